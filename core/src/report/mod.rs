//! Report schema v1: the record a child's report becomes, its limits and its text hygiene.
//!
//! A [`Report`] is immutable and always valid: the only ways to get one are
//! [`ReportBuilder::build`] (the wizard) and [`Report::from_json`] (the backend, the outbox),
//! and both run the same validation. [`Report::to_json`] writes the canonical form, which is
//! what `core/schema/report-v1.json` describes.
//!
//! Content (free text, answers, subject and evidence ids, digests) never appears in `Debug`
//! output or in an error: errors name the field (`subjects[3].id`) and the reason.
//!
//! ```
//! use tellsafe::report::{Platform, ReportBuilder, ReportId, SubjectKind};
//! use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};
//!
//! let now = 1_795_000_000_000;
//! let random = [7u8; 10]; // from the platform's CSPRNG
//! let report = ReportBuilder::new(ReportId::new(now, &random), Timestamp::from_unix_millis(1_795_000_000_000).unwrap())
//!     .locale("en-GB")
//!     .country("GB")
//!     .age(AgeBand::Age13To15, AgeSignalSource::Declared)
//!     .role(ReporterRole::Myself)
//!     .category(Category::Bullying)
//!     .subject(SubjectKind::User, "user-123")
//!     .client(Platform::Android, "5.12.1")
//!     .build()?;
//! let json = report.to_json()?;
//! assert_eq!(tellsafe::report::Report::from_json(json.as_bytes())?, report);
//! # Ok::<(), tellsafe::report::ReportError>(())
//! ```

mod builder;
mod digest;
mod error;
pub mod hygiene;
mod ids;
pub mod limits;
mod parts;
mod report_id;
mod wire;

#[cfg(test)]
mod limit_tests;
#[cfg(test)]
mod schema_tests;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

pub use builder::{ReportBuilder, SDK_VERSION};
pub use digest::Sha256Digest;
pub use error::{FieldPath, PathSegment, Reason, ReportError};
pub use ids::{Code, CountryCode, Locale, OpaqueId, VersionLabel};
pub use limits::*;
pub use parts::{
    Answers, ClientInfo, DesiredOutcome, EvidenceRef, Flags, FreeText, Platform, SubjectKind, SubjectRef,
};
pub use report_id::ReportId;

/// A child's report, schema version 1. Every field is listed in `DESIGN.md`; nothing else.
///
/// Built by [`ReportBuilder`] or parsed by [`Report::from_json`]; both validate, so a value of
/// this type always meets every limit. `Debug` shows counts only.
#[derive(Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "TellSafe report v1",
    description = "A child's report for a trust-and-safety team, TellSafe schema version 1. This schema \
                   describes the canonical form the SDK writes: free text cleaned and NFC-normalized, \
                   locale in canonical case, digests as lowercase hex. Generated from the Rust types; \
                   do not edit by hand."
)]
pub struct Report {
    /// UUIDv7, also the idempotency key.
    pub(crate) id: ReportId,
    /// Always 1 for this schema.
    pub(crate) schema_version: SchemaVersion1,
    /// When the reporter submitted, UTC.
    pub(crate) created_at: Timestamp,
    /// The reporter's locale (BCP 47), so T&S answer in the child's language.
    pub(crate) locale: Locale,
    /// Where the reporter is (ISO 3166-1 alpha-2): selects duties and helplines.
    pub(crate) country: CountryCode,
    /// The reporter's age band; never an exact age.
    pub(crate) age_band: AgeBand,
    /// Where the age band came from.
    pub(crate) age_signal_source: AgeSignalSource,
    /// Who is reporting, relative to the harm.
    pub(crate) role: ReporterRole,
    /// What happened, as a stable category code.
    pub(crate) category: Category,
    /// Who or what is reported.
    #[schemars(length(max = MAX_SUBJECTS))]
    pub(crate) subjects: Vec<SubjectRef>,
    /// The wizard's answers.
    pub(crate) answers: Answers,
    /// The reporter's own words, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) free_text: Option<FreeText>,
    /// Evidence the platform holds.
    #[schemars(length(max = MAX_EVIDENCE))]
    pub(crate) evidence: Vec<EvidenceRef>,
    /// Yes/no facts used by triage.
    pub(crate) flags: Flags,
    /// What the reporter would like to happen: a preference, never a promise.
    pub(crate) desired_outcome: DesiredOutcome,
    /// Which software made the report.
    pub(crate) client: ClientInfo,
}

impl Report {
    /// Parses and validates a report from JSON (bytes or `&str`).
    ///
    /// Rejects input over [`MAX_REPORT_JSON_BYTES`] before parsing, unknown fields, unknown
    /// codes and anything [`ReportBuilder::build`] rejects. Free text is cleaned as the builder
    /// cleans it; a locale is canonicalized and a base64 digest rewritten as hex, so
    /// `to_json` may differ from the input in those ways only.
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Report, ReportError> {
        wire::parse(json.as_ref())
    }

    /// The canonical compact JSON (field order as declared, answers by step id).
    ///
    /// Checks the size limit again, so the result is always something a backend accepts.
    pub fn to_json(&self) -> Result<String, ReportError> {
        let json = self.serialize_compact();
        check_size(json.len())?;
        Ok(json)
    }

    pub(crate) fn serialize_compact(&self) -> String {
        // Invariant: every field serializes to a JSON string, number, bool, array or a map with
        // string keys, none of which serde_json can fail to write.
        serde_json::to_string(self).expect("a Report always serializes")
    }

    /// The report id.
    pub fn id(&self) -> ReportId {
        self.id
    }
    /// The schema version (always [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> u32 {
        SCHEMA_VERSION
    }
    /// When it was created.
    pub fn created_at(&self) -> Timestamp {
        self.created_at
    }
    /// The reporter's locale.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }
    /// The reporter's country.
    pub fn country(&self) -> CountryCode {
        self.country
    }
    /// The reporter's age band.
    pub fn age_band(&self) -> AgeBand {
        self.age_band
    }
    /// Where the age band came from.
    pub fn age_signal_source(&self) -> AgeSignalSource {
        self.age_signal_source
    }
    /// The reporter's role.
    pub fn role(&self) -> ReporterRole {
        self.role
    }
    /// The category.
    pub fn category(&self) -> Category {
        self.category
    }
    /// Who or what is reported.
    pub fn subjects(&self) -> &[SubjectRef] {
        &self.subjects
    }
    /// The wizard's answers.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }
    /// The cleaned free text.
    pub fn free_text(&self) -> Option<&FreeText> {
        self.free_text.as_ref()
    }
    /// Evidence references.
    pub fn evidence(&self) -> &[EvidenceRef] {
        &self.evidence
    }
    /// The flags.
    pub fn flags(&self) -> Flags {
        self.flags
    }
    /// The desired outcome (a preference).
    pub fn desired_outcome(&self) -> DesiredOutcome {
        self.desired_outcome
    }
    /// Client info.
    pub fn client(&self) -> &ClientInfo {
        &self.client
    }
}

pub(crate) fn check_size(len: usize) -> Result<(), ReportError> {
    if len > MAX_REPORT_JSON_BYTES {
        return Err(ReportError::TooLarge {
            len,
            max: MAX_REPORT_JSON_BYTES,
        });
    }
    Ok(())
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Counts only: ids, category, text and answers can identify a child or a report.
        f.debug_struct("Report")
            .field("schema_version", &SCHEMA_VERSION)
            .field("subjects", &self.subjects.len())
            .field("answers", &self.answers)
            .field("free_text", &self.free_text)
            .field("evidence", &self.evidence.len())
            .finish_non_exhaustive()
    }
}

impl<'de> Deserialize<'de> for Report {
    /// For embedding a report in other serde types. Prefer [`Report::from_json`] for untrusted
    /// input: serde's own messages for type errors inside may quote the input.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = wire::ReportWire::deserialize(deserializer)?;
        raw.into_report().map_err(serde::de::Error::custom)
    }
}

/// The `schema_version` field: serializes as the number 1, and the schema says `const: 1`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct SchemaVersion1;

impl Serialize for SchemaVersion1 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(SCHEMA_VERSION)
    }
}

impl JsonSchema for SchemaVersion1 {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion1".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "const": SCHEMA_VERSION })
    }
}

/// The JSON Schema of [`Report`] (draft 2020-12), as committed in `core/schema/report-v1.json`.
pub fn json_schema() -> serde_json::Value {
    serde_json::Value::from(schemars::schema_for!(Report))
}
