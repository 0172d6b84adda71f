//! Shared pieces of the `scripts/bench` benchmarks: samples and their quantiles, the JSON line
//! each bench prints per figure (the aggregator `scripts/bench-table.py` reads them and applies
//! the budgets), and the fixtures several benches use.
//!
//! Every figure is measured next to its floor in the same run, alternating the two, because the
//! machine is shared and noisy: a floor measured at another time says nothing about this run.

use std::time::{Duration, Instant};

use tellsafe::flow::{EMBEDDED_FLOW, EMBEDDED_SCRIPTS, EmbeddedLocales, PackPolicy, StartContext, Wizard};
use tellsafe::report::{Platform, Report, ReportBuilder, ReportId, SubjectKind};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

/// The figure's size in bytes of serialized report the CPU benches use (issue 13: "a 2 KiB
/// report"): the fixture grows its evidence list until the JSON reaches it.
pub const REPORT_JSON_BYTES: usize = 2048;
/// Non-Latin characters in the fixture's free text (issue 13): multi-byte UTF-8 is what
/// normalization and escaping checks pay for.
pub const NON_LATIN_CHARS: usize = 500;
/// A fixed "now" for the wizard's pack policy (packs are dated; the benches must not depend on
/// the day they run).
pub const TODAY_MS: i64 = 1_780_000_000_000;

/// Per-call durations in microseconds, with their quantiles.
#[derive(Debug, Default, Clone)]
pub struct Samples(Vec<f64>);

impl Samples {
    /// Room for `n` samples.
    pub fn with_capacity(n: usize) -> Samples {
        Samples(Vec::with_capacity(n))
    }

    /// Adds one sample.
    pub fn push(&mut self, d: Duration) {
        self.0.push(d.as_secs_f64() * 1e6);
    }

    /// Adds one value already in the figure's unit.
    pub fn push_value(&mut self, v: f64) {
        self.0.push(v);
    }

    /// The `p` quantile (nearest rank); 0 when empty.
    pub fn quantile(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let mut sorted = self.0.clone();
        sorted.sort_by(f64::total_cmp);
        let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
        sorted[i.min(sorted.len() - 1)]
    }

    /// The median.
    pub fn median(&self) -> f64 {
        self.quantile(0.5)
    }

    /// The 99th percentile.
    pub fn p99(&self) -> f64 {
        self.quantile(0.99)
    }
}

/// Times `n` rounds of `ours` and `floor`, alternating (so both see the same machine load),
/// each round the mean of a batch of `batch` calls. Returns per-call microseconds.
pub fn paired(n: usize, batch: u32, mut ours: impl FnMut(), mut floor: impl FnMut()) -> (Samples, Samples) {
    let (mut a, mut b) = (Samples::with_capacity(n), Samples::with_capacity(n));
    // Warm caches and lazy statics outside the samples.
    for _ in 0..batch.max(3) {
        ours();
        floor();
    }
    for _ in 0..n {
        a.push(time_batch(batch, &mut ours));
        b.push(time_batch(batch, &mut floor));
    }
    (a, b)
}

fn time_batch(batch: u32, f: &mut impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..batch {
        f();
    }
    start.elapsed() / batch
}

/// One figure as the aggregator reads it: a JSON object on one line of stdout.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Stable id the aggregator keys its budget table on.
    pub id: &'static str,
    /// The unit of `median`, `p99` and `floor` (`us`, `ms`, `bytes`, `MiB`, `reports/s`).
    pub unit: &'static str,
    /// The measured figure's median.
    pub median: f64,
    /// Its 99th percentile, where latency matters.
    pub p99: Option<f64>,
    /// The same-run floor's median (same unit).
    pub floor: f64,
    /// What the floor is, in a few words.
    pub floor_label: &'static str,
    /// Free-form context (sample counts, sizes).
    pub note: String,
}

impl Figure {
    /// A figure with median and p99 of `ours` against the median of `floor`.
    pub fn latency(id: &'static str, ours: &Samples, floor: &Samples, floor_label: &'static str) -> Figure {
        Figure {
            id,
            unit: "us",
            median: ours.median(),
            p99: Some(ours.p99()),
            floor: floor.median(),
            floor_label,
            note: format!("{} samples each, alternating", ours.0.len()),
        }
    }

    /// Adds a note.
    pub fn note(mut self, note: impl Into<String>) -> Figure {
        self.note = note.into();
        self
    }

    /// Prints the JSON line.
    #[allow(clippy::print_stdout, reason = "the aggregator reads stdout")]
    pub fn emit(&self) {
        let line = serde_json::json!({
            "figure": self.id,
            "unit": self.unit,
            "median": self.median,
            "p99": self.p99,
            "floor": self.floor,
            "floor_label": self.floor_label,
            "note": self.note,
        });
        println!("{line}");
    }
}

/// The wizard over the embedded flow, scripts, packs and locales (what an app ships).
pub fn wizard() -> Wizard {
    let today = Timestamp::from_unix_millis(TODAY_MS).expect("valid time");
    Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        std::sync::Arc::new(PackPolicy::embedded(today)),
        std::sync::Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    )
    .expect("embedded flow is valid")
}

/// A 13-15 reporter in Kenya reading Swahili (a non-English locale is loaded at start).
pub fn context() -> StartContext {
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

/// Exactly [`NON_LATIN_CHARS`] characters of Cyrillic, Arabic and Chinese text.
pub fn non_latin_text() -> String {
    const PHRASE: &str =
        "Они пишут мне гадости каждый день. يرسلون لي رسائل مؤذية كل يوم. 他们每天给我发难听的消息。";
    PHRASE.chars().cycle().take(NON_LATIN_CHARS).collect()
}

/// The CPU benches' report: [`NON_LATIN_CHARS`] of free text, padded with evidence entries to
/// at least [`REPORT_JSON_BYTES`] of JSON. `evidence` is how many entries (see
/// [`evidence_for_2kib`]); `n` makes the id unique.
pub fn report(n: u64, text: &str, evidence: usize) -> Report {
    let mut random = [0u8; 10];
    random[..8].copy_from_slice(&n.to_le_bytes());
    let mut b = ReportBuilder::new(
        ReportId::new(1_790_000_000_000 + n, &random),
        Timestamp::from_unix_millis(1_790_000_000_000).expect("valid time"),
    )
    .locale("ru-RU")
    .country("KE")
    .age(AgeBand::Age13To15, AgeSignalSource::Declared)
    .role(ReporterRole::Myself)
    .category(Category::Bullying)
    .client(Platform::Android, "1.0")
    .subject(SubjectKind::User, "u_8841")
    .subject(SubjectKind::Message, "m_77101")
    .answer("what_happened", ["mean_messages"])
    .answer("when", ["today"])
    .free_text(text);
    for i in 0..evidence {
        b = b.evidence(format!("m_{:06}", 77_000 + i), None);
    }
    b.build().expect("the fixture report is valid")
}

/// How many evidence entries bring [`report`] to [`REPORT_JSON_BYTES`].
pub fn evidence_for_2kib(text: &str) -> usize {
    (0..tellsafe::report::MAX_EVIDENCE)
        .find(|&e| report(0, text, e).to_json().map_or(0, |j| j.len()) >= REPORT_JSON_BYTES)
        .unwrap_or(tellsafe::report::MAX_EVIDENCE)
}

/// Resident set size of this process in KiB (Linux `/proc/self/status`, `VmRSS`).
pub fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}
