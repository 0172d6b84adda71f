//! Localized copy: Fluent bundles, locale negotiation and the review status of each locale.
//!
//! The copy lives in `core/locales/<tag>/*.ftl`, one folder per locale, with a
//! `locale.json` that says honestly who reviewed it ([`LocaleMeta`]). Three things follow
//! from the fact that almost every translation is a machine-assisted draft:
//!
//! - **Negotiation refuses drafts unless the platform opts in.** A locale is used without
//!   the `allow_draft_locales` flag only if a named human reviewed it, or it is the authored
//!   reference (`en`). `en` is the reference *source*, not a human-reviewed text either: its
//!   metadata says `status: "draft"` and `role: "reference"`. It is always usable because it
//!   is what the copy was written in and what everything falls back to; the UI shows the
//!   "draft translation" notice only for draft *translations* ([`Localizer::is_draft`]).
//! - **Every message falls back to the reference**, so a draft that misses a message still
//!   shows something correct.
//! - **Review status is data**, checked by [`check_sources`] (and `check_locales` with the
//!   embedded files), which a `tellsafe locales check` command can print.
//!
//! ## Variables and age bands
//! Copy differs by age band through a Fluent selector on `$band`. Fluent variant keys must
//! be identifiers, so the wire codes ("6-9", "10-12", ...) are mapped to selector keys
//! `age-6-9`, `age-10-12`, `age-13-15`, `age-16-17`, `adult` ([`band_key`]); [`Args`] does
//! this for you, and a raw wire code passed as `band` is mapped too. The default variant of
//! every selector is the 10-12 wording, which is also what an unknown age reads
//! ([`AgeBand::wording_band`]). When `band` is absent it is set to `age-10-12`; when
//! `days` is absent it is set to the string `none`, which the status copy selects on to say
//! "we will tell you when we know more" instead of promising a time.
//!
//! ## Bidi isolation
//! Placeables are wrapped in FSI/PDI (U+2068, U+2069) in every locale: app names, helpline
//! names and phone numbers can be of either direction, and an unisolated "+44 800 1111"
//! inside Arabic text is reordered into a wrong number. The marks are invisible in every
//! platform text view we target; [`strip_isolation`] removes them for terminals and tests.

mod check;
#[cfg(feature = "embedded-locales")]
mod embedded;
/// The embedded `.ftl` sources per locale (used by the flow validator).
#[cfg(feature = "embedded-locales")]
pub(crate) use embedded::all as embedded_sources;
mod error;
mod localizer;
mod meta;
mod pseudo;
#[cfg(test)]
mod tests;

use std::fmt;

#[cfg(feature = "embedded-locales")]
pub use check::check_locales;
pub use check::{LocaleCheck, LocalesReport, ParseIssue, check_sources, message_variables};
pub use error::I18nError;
pub use localizer::Localizer;
pub use meta::{
    Direction, LocaleCatalog, LocaleMeta, LocaleRole, NegotiatedLocale, ReadingLevelCheck, ReviewStatus,
};

use crate::AgeBand;

/// The tag of the authored reference locale, the fallback of every other one.
pub const REFERENCE_LOCALE: &str = "en";

/// First strong isolate (U+2068), which Fluent puts before each placeable.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate (U+2069), which Fluent puts after each placeable.
pub const PDI: char = '\u{2069}';

/// Value of `$days` when no time was promised: the copy then says "when we know more".
pub const DAYS_NONE: &str = "none";

/// Names of the `.ftl` files of one locale, in load order. Kept small and split by who
/// edits them (wizard chrome, categories, the status contract, jurisdiction-pack copy).
pub const LOCALE_FILES: [&str; 4] = ["wizard.ftl", "categories.ftl", "status.ftl", "help.ftl"];

/// Every message id the status engineer relies on (core/src/status.rs). A fixed contract.
pub const STATUS_MESSAGE_IDS: [&str; 7] = [
    "status-sent",
    "status-received",
    "status-looking-at-it",
    "status-need-to-ask-you",
    "status-decided",
    "status-handed-to-specialists",
    "status-looked-again",
];

/// Every outcome message id: what changed after a decision.
pub const OUTCOME_MESSAGE_IDS: [&str; 5] = [
    "outcome-removed",
    "outcome-restricted",
    "outcome-account-stopped",
    "outcome-warned",
    "outcome-not-removed",
];

/// The only variables status and outcome copy may use: none of them can carry free text,
/// so a moderator's words can never reach a child through this copy.
pub const STATUS_VARIABLES: [&str; 3] = ["band", "app", "days"];

/// The Fluent selector key for an age band (`AgeBand::Age6To9` -> `"age-6-9"`).
/// Unknown age reads as 10-12, as everywhere else.
pub fn band_key(band: AgeBand) -> &'static str {
    match band.wording_band() {
        AgeBand::Age6To9 => "age-6-9",
        AgeBand::Age13To15 => "age-13-15",
        AgeBand::Age16To17 => "age-16-17",
        AgeBand::Adult => "adult",
        AgeBand::Age10To12 | AgeBand::Unknown => "age-10-12",
    }
}

/// The message id of a category label (`threat_to_share_pictures` ->
/// `category-threat-to-share-pictures`).
pub fn category_message_id(category: crate::Category) -> String {
    format!("category-{}", category.code().replace('_', "-"))
}

/// Milliseconds in a day, for "within N days".
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The arguments of the status and outcome copy: wording for `band`, the app's name, and "within
/// N days" from `expected_by` (whole days from `now`, rounded up and at least 1, so a promise is
/// never shortened; [`DAYS_NONE`] when nothing is promised). One place, so every platform shows
/// the same promise.
pub fn status_args(
    band: AgeBand,
    app: &str,
    expected_by: Option<crate::Timestamp>,
    now: crate::Timestamp,
) -> Args {
    let args = Args::new().band(band).app(app);
    match expected_by {
        Some(at) => {
            let left = at.unix_millis().saturating_sub(now.unix_millis()).max(0);
            let days = u32::try_from((left + DAY_MS - 1) / DAY_MS)
                .unwrap_or(u32::MAX)
                .max(1);
            args.days(days)
        }
        None => args.string("days", DAYS_NONE),
    }
}

/// Removes the FSI/PDI marks Fluent puts around placeables, for output that has no bidi
/// algorithm (terminals, logs of copy, text comparisons in tests).
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

/// One argument value: a string or a number (numbers select plural variants).
#[derive(Clone, PartialEq)]
pub enum ArgValue {
    /// A string, used as is (or as a selector key).
    Str(String),
    /// A number, formatted by Fluent and matched against plural categories.
    Number(f64),
}

/// Arguments for a message. Built with the typed helpers for the variables TellSafe copy
/// uses; `Debug` shows names only, because values may be platform strings.
#[derive(Clone, Default, PartialEq)]
pub struct Args {
    values: Vec<(String, ArgValue)>,
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.values.iter().map(|(name, _)| name))
            .finish()
    }
}

impl Args {
    /// No arguments: `band` then reads as 10-12 and `days` as `none`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `$band` to the selector key of `band`.
    pub fn band(self, band: AgeBand) -> Self {
        self.string("band", band_key(band))
    }

    /// Sets `$app`, the platform's name.
    pub fn app(self, name: &str) -> Self {
        self.string("app", name)
    }

    /// Sets `$days`, when the reporter will hear back (from the backend's SLA tier).
    pub fn days(self, days: u32) -> Self {
        self.number("days", f64::from(days))
    }

    /// Sets `$helpline` (a name or number from the jurisdiction data, never from copy).
    pub fn helpline(self, helpline: &str) -> Self {
        self.string("helpline", helpline)
    }

    /// Sets `$number`, an emergency number from the jurisdiction data. A string, so that
    /// leading zeros and `+` survive.
    pub fn emergency_number(self, number: &str) -> Self {
        self.string("number", number)
    }

    /// Sets `$step` and `$total` for the progress line.
    pub fn progress(self, step: u32, total: u32) -> Self {
        self.number("step", f64::from(step))
            .number("total", f64::from(total))
    }

    /// Sets any string variable (replacing an earlier value of the same name). A `band`
    /// given as a wire code ("6-9") is mapped to its selector key when formatting.
    pub fn string(mut self, name: &str, value: &str) -> Self {
        self.set(name, ArgValue::Str(value.to_owned()));
        self
    }

    /// Sets any number variable (replacing an earlier value of the same name).
    pub fn number(mut self, name: &str, value: f64) -> Self {
        self.set(name, ArgValue::Number(value));
        self
    }

    /// The value of a variable, if set.
    pub fn get(&self, name: &str) -> Option<&ArgValue> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn set(&mut self, name: &str, value: ArgValue) {
        match self.values.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.values.push((name.to_owned(), value)),
        }
    }

    /// The names set, in insertion order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.values.iter().map(|(n, _)| n.as_str())
    }

    /// The Fluent arguments, with defaults for `band` and `days` and wire codes mapped.
    pub(crate) fn to_fluent(&self) -> fluent_bundle::FluentArgs<'_> {
        let mut args = fluent_bundle::FluentArgs::with_capacity(self.values.len() + 2);
        for (name, value) in &self.values {
            match value {
                ArgValue::Str(s) if name == "band" => {
                    let key = AgeBand::from_code(s).map(band_key).unwrap_or(s.as_str());
                    args.set(name.as_str(), key);
                }
                ArgValue::Str(s) => args.set(name.as_str(), s.as_str()),
                ArgValue::Number(n) => args.set(name.as_str(), *n),
            }
        }
        if self.get("band").is_none() {
            args.set("band", band_key(AgeBand::Unknown));
        }
        if self.get("days").is_none() {
            args.set("days", DAYS_NONE);
        }
        args
    }
}
