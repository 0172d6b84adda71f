//! Validation errors that name the field and the reason, never the value.
//!
//! A report holds what a child wrote and who they reported; an error message ends up in logs,
//! crash reports and bug trackers. So a [`FieldPath`] can only be built from the static field
//! names of the schema and from indices, and no variant holds a `String` taken from input.

use std::fmt;

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSegment {
    /// A field name of the schema (always a `'static` literal, never taken from input).
    Field(&'static str),
    /// A position in a list; in `answers`, the position of the step in key order.
    Index(usize),
    /// A map key whose text is input (an `answers` step id seen by the JSON parser): withheld.
    Withheld,
}

/// Where in a report an error is, such as `subjects[3].id` or `answers[1].choices[0]`.
///
/// `answers` entries are named by position in step-id order (`answers[1].step` is the second
/// step id, `answers[1].choices[0]` its first choice), so the path never repeats a step id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(Vec<PathSegment>);

impl FieldPath {
    /// The whole report.
    pub fn root() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// A top-level field.
    pub fn field(name: &'static str) -> FieldPath {
        FieldPath(vec![PathSegment::Field(name)])
    }

    /// This path followed by a field name.
    pub fn then(mut self, name: &'static str) -> FieldPath {
        self.0.push(PathSegment::Field(name));
        self
    }

    /// This path followed by a list index.
    pub fn at(mut self, index: usize) -> FieldPath {
        self.0.push(PathSegment::Index(index));
        self
    }

    pub(crate) fn push(&mut self, segment: PathSegment) {
        self.0.push(segment);
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[PathSegment] {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(report)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                PathSegment::Field(name) if i == 0 => f.write_str(name)?,
                PathSegment::Field(name) => write!(f, ".{name}")?,
                PathSegment::Index(index) => write!(f, "[{index}]")?,
                PathSegment::Withheld => f.write_str("[?]")?,
            }
        }
        Ok(())
    }
}

/// Why a field was rejected. Holds only limits, never input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// A required field is absent (or `null`).
    Missing,
    /// The field is present but empty where a value is required.
    Empty,
    /// Longer than the limit (the unit is the one the limit's constant documents).
    TooLong {
        /// The limit.
        max: usize,
    },
    /// More items than the limit.
    TooMany {
        /// The limit.
        max: usize,
    },
    /// A control, bidi or zero-width character inside an id or code (see `hygiene`).
    ForbiddenCharacter,
    /// Not in the required format (code syntax, locale tag, country code, digest, timestamp).
    BadFormat,
    /// A UUID, but not a version 7 one.
    NotUuidV7,
    /// A code the schema does not define (an unknown category, role, kind, ...).
    UnknownCode,
    /// The JSON type is wrong (a number where a string belongs, ...).
    WrongType,
    /// A field the schema does not define.
    UnknownField,
    /// The same item twice (subject, evidence id, choice id, or a field repeated in JSON).
    Duplicate,
    /// A `schema_version` this crate does not read.
    UnsupportedSchemaVersion,
}

impl Reason {
    /// A stable machine-readable code, for metrics and for mapping to `schema_invalid`.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Missing => "missing",
            Reason::Empty => "empty",
            Reason::TooLong { .. } => "too_long",
            Reason::TooMany { .. } => "too_many",
            Reason::ForbiddenCharacter => "forbidden_character",
            Reason::BadFormat => "bad_format",
            Reason::NotUuidV7 => "not_uuid_v7",
            Reason::UnknownCode => "unknown_code",
            Reason::WrongType => "wrong_type",
            Reason::UnknownField => "unknown_field",
            Reason::Duplicate => "duplicate",
            Reason::UnsupportedSchemaVersion => "unsupported_schema_version",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Missing => f.write_str("is required"),
            Reason::Empty => f.write_str("must not be empty"),
            Reason::TooLong { max } => write!(f, "is longer than {max}"),
            Reason::TooMany { max } => write!(f, "has more than {max} items"),
            Reason::ForbiddenCharacter => f.write_str("contains a control, bidi or zero-width character"),
            Reason::BadFormat => f.write_str("is not in the required format"),
            Reason::NotUuidV7 => f.write_str("is not a UUID version 7"),
            Reason::UnknownCode => f.write_str("is not a known code"),
            Reason::WrongType => f.write_str("has the wrong JSON type"),
            Reason::UnknownField => f.write_str("contains a field the schema does not define"),
            Reason::Duplicate => f.write_str("is a duplicate"),
            Reason::UnsupportedSchemaVersion => f.write_str("is not a supported schema version"),
        }
    }
}

/// A report could not be built, parsed or serialized. Messages name the field, never the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// One field is missing, malformed or out of bounds.
    #[error("report field {field} {reason}")]
    Invalid {
        /// Where the problem is.
        field: FieldPath,
        /// What is wrong with it.
        reason: Reason,
    },
    /// The JSON is larger than [`MAX_REPORT_JSON_BYTES`](super::MAX_REPORT_JSON_BYTES).
    #[error("report JSON is {len} bytes, more than the limit of {max}")]
    TooLarge {
        /// The size seen, in bytes.
        len: usize,
        /// The limit, in bytes.
        max: usize,
    },
    /// The input is not well-formed JSON (or has trailing data) at this position.
    #[error("report is not well-formed JSON (line {line}, column {column})")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

impl ReportError {
    pub(crate) fn invalid(field: FieldPath, reason: Reason) -> ReportError {
        ReportError::Invalid { field, reason }
    }

    /// The field at fault, when the error is about one field.
    pub fn field(&self) -> Option<&FieldPath> {
        match self {
            ReportError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The reason, when the error is about one field.
    pub fn reason(&self) -> Option<Reason> {
        match self {
            ReportError::Invalid { reason, .. } => Some(*reason),
            _ => None,
        }
    }

    /// A stable machine-readable code (`missing`, `too_long`, `too_large`, `syntax`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::Invalid { reason, .. } => reason.code(),
            ReportError::TooLarge { .. } => "too_large",
            ReportError::Syntax { .. } => "syntax",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_field_accessors() {
        assert_eq!(
            FieldPath::field("subjects").at(3).then("id").to_string(),
            "subjects[3].id"
        );
        assert_eq!(
            FieldPath::field("answers")
                .at(1)
                .then("choices")
                .at(0)
                .to_string(),
            "answers[1].choices[0]"
        );
        assert_eq!(FieldPath::root().to_string(), "(report)");
        let mut withheld = FieldPath::field("answers");
        withheld.push(PathSegment::Withheld);
        assert_eq!(withheld.to_string(), "answers[?]");
    }

    #[test]
    fn display_names_field_and_reason() {
        let err = ReportError::invalid(FieldPath::field("free_text"), Reason::TooLong { max: 2000 });
        assert_eq!(err.to_string(), "report field free_text is longer than 2000");
        assert_eq!(err.code(), "too_long");
    }
}
