//! Reading a report from JSON: structure via serde, then the builder's validation.
//!
//! The wire struct mirrors [`Report`] with raw strings where `Report` has validated types, so
//! every content check runs once, in the builder, with its typed errors. Structural problems
//! (missing field, unknown field or code, wrong type) come from serde; `serde_json`'s messages
//! quote the input (``unknown variant `xyz` ``), so they are never passed on: the error is
//! mapped to a [`FieldPath`] (from `serde_path_to_error`) and a [`Reason`], and the message
//! itself is dropped.
//!
//! Without the `field-paths` feature (the web build, where `serde_path_to_error` costs ~37 KB
//! of wasm and reports are only read back from the wizard's own output) the path is the root
//! plus, for a missing field, that field's name; the reason is the same.
//!
//! The wire structs are read from JSON objects only (`status::wire_de::struct_from_map`): a
//! report or part of one given as an array is the wrong type.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{FieldPath, PathSegment, Reason, ReportError};
use super::parts::{DesiredOutcome, Flags, Platform, SubjectKind};
use super::report_id::ReportId;
use super::{MAX_REPORT_JSON_BYTES, Report, ReportBuilder, SCHEMA_VERSION};
use crate::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

/// Every field name of the wire structs. Only these may appear in an error path: a map key
/// or unknown field name seen in input is withheld.
pub(crate) const FIELD_NAMES: &[&str] = &[
    "id",
    "schema_version",
    "created_at",
    "locale",
    "country",
    "age_band",
    "age_signal_source",
    "role",
    "category",
    "subjects",
    "kind",
    "answers",
    "free_text",
    "evidence",
    "sha256",
    "flags",
    "in_danger_now",
    "depicted_minor_is_reporter",
    "coerced",
    "blocked_already",
    "desired_outcome",
    "client",
    "sdk_version",
    "platform",
    "app_version",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub(crate) struct ReportWire {
    id: String,
    schema_version: u64,
    created_at: Timestamp,
    locale: String,
    country: String,
    age_band: AgeBand,
    age_signal_source: AgeSignalSource,
    role: ReporterRole,
    category: Category,
    subjects: Vec<SubjectWire>,
    answers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    free_text: Option<String>,
    evidence: Vec<EvidenceWire>,
    flags: Flags,
    desired_outcome: DesiredOutcome,
    client: ClientWire,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
struct SubjectWire {
    kind: SubjectKind,
    id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
struct EvidenceWire {
    id: String,
    #[serde(default)]
    sha256: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
struct ClientWire {
    sdk_version: String,
    platform: Platform,
    app_version: String,
}

// Read from JSON objects only (see `wire_de::struct_from_map`).
crate::status::wire_de::map_only_serde!(ReportWire);
crate::status::wire_de::map_only_serde!(SubjectWire);
crate::status::wire_de::map_only_serde!(EvidenceWire);
crate::status::wire_de::map_only_serde!(ClientWire);

impl ReportWire {
    /// Validates through the builder, so both entry points share every rule.
    pub(crate) fn into_report(self) -> Result<Report, ReportError> {
        let id = ReportId::parse(&self.id)
            .map_err(|reason| ReportError::invalid(FieldPath::field("id"), reason))?;
        if self.schema_version != u64::from(SCHEMA_VERSION) {
            return Err(ReportError::invalid(
                FieldPath::field("schema_version"),
                Reason::UnsupportedSchemaVersion,
            ));
        }
        let mut builder = ReportBuilder::new(id, self.created_at)
            .locale(self.locale)
            .country(self.country)
            .age(self.age_band, self.age_signal_source)
            .role(self.role)
            .category(self.category)
            .flags(self.flags)
            .desired_outcome(self.desired_outcome)
            .client(self.client.platform, self.client.app_version)
            .sdk_version(self.client.sdk_version);
        for subject in self.subjects {
            builder = builder.subject(subject.kind, subject.id);
        }
        for (step, choices) in self.answers {
            builder = builder.answer(step, choices);
        }
        if let Some(text) = self.free_text {
            builder = builder.free_text(text);
        }
        for item in self.evidence {
            builder = builder.evidence(item.id, item.sha256.as_deref());
        }
        builder.build()
    }
}

/// [`Report::from_json`].
pub(crate) fn parse(json: &[u8]) -> Result<Report, ReportError> {
    if json.len() > MAX_REPORT_JSON_BYTES {
        return Err(ReportError::TooLarge {
            len: json.len(),
            max: MAX_REPORT_JSON_BYTES,
        });
    }
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    #[cfg(feature = "field-paths")]
    let wire: ReportWire = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| map_error(e.inner(), safe_path(e.path())))?;
    #[cfg(not(feature = "field-paths"))]
    let wire: ReportWire = <ReportWire as Deserialize>::deserialize(&mut deserializer)
        .map_err(|e| map_error(&e, FieldPath::root()))?;
    deserializer.end().map_err(|e| ReportError::Syntax {
        line: e.line(),
        column: e.column(),
    })?;
    wire.into_report()
}

/// Maps serde's error to a reason under `field` (the path to where it happened).
fn map_error(inner: &serde_json::Error, mut field: FieldPath) -> ReportError {
    if !inner.is_data() {
        return ReportError::Syntax {
            line: inner.line(),
            column: inner.column(),
        };
    }
    // Read only the fixed leading words of serde's message; anything after them is input.
    let message = inner.to_string();
    let reason = if let Some(rest) = message.strip_prefix("missing field `") {
        if let Some(name) = rest.split('`').next().and_then(known_field) {
            field.push(PathSegment::Field(name));
        }
        Reason::Missing
    } else if message.starts_with("unknown field") {
        Reason::UnknownField
    } else if message.starts_with("unknown variant") {
        Reason::UnknownCode
    } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
        Reason::WrongType
    } else if message.starts_with("duplicate field") {
        Reason::Duplicate
    } else {
        Reason::BadFormat
    };
    ReportError::invalid(field, reason)
}

fn known_field(name: &str) -> Option<&'static str> {
    FIELD_NAMES.iter().copied().find(|known| *known == name)
}

/// The serde path with only schema field names and indices; `answers` keys (step ids) are
/// withheld, and an index under one names a choice.
#[cfg(feature = "field-paths")]
fn safe_path(path: &serde_path_to_error::Path) -> FieldPath {
    let mut out = FieldPath::root();
    let mut under_answers_key = false;
    for (depth, segment) in path.iter().enumerate() {
        match segment {
            serde_path_to_error::Segment::Map { key } => {
                let is_answers_key = depth == 1 && matches!(out.segments(), [PathSegment::Field("answers")]);
                match known_field(key) {
                    Some(name) if !is_answers_key => out.push(PathSegment::Field(name)),
                    _ => {
                        out.push(PathSegment::Withheld);
                        under_answers_key = is_answers_key;
                    }
                }
            }
            serde_path_to_error::Segment::Seq { index } => {
                if under_answers_key {
                    out.push(PathSegment::Field("choices"));
                    under_answers_key = false;
                }
                out.push(PathSegment::Index(*index));
            }
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {
                out.push(PathSegment::Withheld);
            }
        }
    }
    out
}
