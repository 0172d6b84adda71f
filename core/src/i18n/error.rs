//! Errors of the i18n module. They name locales, files and message ids (identifiers from
//! our own catalog), never a formatted text or a variable's value.

/// Why a locale could not be loaded or a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    /// A `locale.json` record is invalid.
    #[error("invalid locale metadata: field `{field}`: {reason}")]
    InvalidMetadata {
        /// The offending field.
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The `.ftl` files of a needed locale were not given (or not embedded).
    #[error("no .ftl sources for locale `{locale}`")]
    MissingSource {
        /// The locale tag.
        locale: String,
    },
    /// A `.ftl` file did not parse, or redefined a message.
    #[error("locale `{locale}` file #{file}: {errors} parse error(s)")]
    Parse {
        /// The locale tag.
        locale: String,
        /// Index of the file in the sources given.
        file: usize,
        /// How many errors.
        errors: usize,
    },
    /// No loaded locale has this message.
    #[error("unknown message `{id}`")]
    UnknownMessage {
        /// The message id.
        id: String,
    },
    /// The message has no such attribute.
    #[error("message `{id}` has no attribute `{attribute}`")]
    UnknownAttribute {
        /// The message id.
        id: String,
        /// The attribute name.
        attribute: String,
    },
    /// The message has only attributes.
    #[error("message `{id}` has no value")]
    NoValue {
        /// The message id.
        id: String,
    },
    /// The message uses a variable the caller did not pass.
    #[error("message `{id}` needs variable `{variable}`")]
    MissingVariable {
        /// The message id.
        id: String,
        /// The variable name, without `$`.
        variable: String,
    },
    /// Any other Fluent resolver error (unknown reference, cycle).
    #[error("message `{id}` could not be formatted")]
    Format {
        /// The message id.
        id: String,
    },
}
