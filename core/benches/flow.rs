//! Wizard timings: `answer()` (budget 10 us) and a cold `start()` with one locale (budget 2 ms).
//! Numbers are printed by criterion; no test asserts a time (machines differ).

#![allow(missing_docs)]

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use tellsafe::flow::{
    Answer, EMBEDDED_FLOW, EMBEDDED_SCRIPTS, EmbeddedLocales, PackPolicy, StartContext, Wizard,
};
use tellsafe::{AgeBand, AgeSignalSource, ReporterRole, Timestamp};

fn context() -> StartContext {
    StartContext {
        age_band: AgeBand::Age13To15,
        age_source: Some(AgeSignalSource::Declared),
        role: ReporterRole::Myself,
        locale: "sw".into(),
        country: "KE".into(),
        app_name: "Chatter".into(),
        category: None,
        subjects: Vec::new(),
    }
}

fn wizard() -> Wizard {
    let today = Timestamp::from_unix_millis(1_780_000_000_000).expect("valid time");
    Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(today)),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    )
    .expect("embedded flow is valid")
}

fn bench(c: &mut Criterion) {
    let wizard = wizard();
    c.bench_function("answer (category, then danger check)", |b| {
        let session = wizard.start(context()).expect("starts");
        b.iter_batched(
            || session.clone(),
            |mut s| {
                s.answer(Answer::Choose("wants_to_meet".into()))
                    .expect("valid answer");
                s
            },
            criterion::BatchSize::SmallInput,
        );
    });
    c.bench_function("cold start (parse flow + scripts, load one locale)", |b| {
        b.iter(wizard_and_start);
    });
    c.bench_function("start on a loaded wizard (load one locale)", |b| {
        b.iter(|| wizard.start(context()).expect("starts"));
    });
}

fn wizard_and_start() -> tellsafe::flow::Session {
    wizard().start(context()).expect("starts")
}

criterion_group!(benches, bench);
criterion_main!(benches);
