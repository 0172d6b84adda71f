//! The flow loader: a flow JSON file as `Wizard::from_json` reads it, with the shipped safety
//! scripts. A flow that loads must start a session for a child without panicking.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use tellsafe::flow::{EMBEDDED_SCRIPTS, EmbeddedLocales, PackPolicy, StartContext, Wizard};
use tellsafe::{AgeBand, AgeSignalSource, ReporterRole, Timestamp};

fuzz_target!(|data: &[u8]| {
    let Ok(flow) = std::str::from_utf8(data) else {
        return;
    };
    let today = Timestamp::from_unix_millis(1_800_000_000_000).expect("valid time");
    let Ok(wizard) = Wizard::from_json(
        flow,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(today)),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    ) else {
        return;
    };
    let _ = wizard.start(StartContext {
        age_band: AgeBand::Age10To12,
        age_source: Some(AgeSignalSource::Declared),
        role: ReporterRole::Myself,
        locale: "en".into(),
        country: "GB".into(),
        app_name: "Fuzz".into(),
        category: None,
        subjects: Vec::new(),
    });
});
