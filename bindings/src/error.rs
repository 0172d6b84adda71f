//! The public error of the bindings: few actionable variants, each with a stable `code`.
//!
//! Core's errors are rich (field paths, byte counts, parameter names); this layer keeps what an
//! app can act on. No variant carries report content, and no field is named `message` (it
//! clashes with `Throwable.message` in the generated Kotlin).

use tellsafe::i18n::I18nError;
use tellsafe::platform::PlatformError;
use tellsafe::report::ReportError;
use tellsafe::sign::{KeyError, SignError, SignerError, VerifyError};
use tellsafe::status::{ChildStatusError, DecisionError, HistoryError};

/// Why a TellSafe call failed. Kotlin: `TellSafeException`; Swift: `TellSafeError`; Python:
/// `TellSafeError`. Match on the variant, log the `code`: both are stable across releases.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum TellSafeError {
    /// Input was refused: a report, decision or history field, or a malformed value.
    #[error("invalid {field}: {code}")]
    Validation {
        /// What is wrong (`missing`, `too_long`, `syntax`, `missing_grounds`, ...).
        code: String,
        /// Which field (`free_text`, `subjects[3].id`, `decision`); never its value.
        field: String,
    },
    /// Signing failed (the signer, a missing component, a wrong profile).
    #[error("signing failed: {code}")]
    Signing {
        /// `key_unavailable`, `signer_failed`, `missing_component`, `signature_length`, ...
        code: String,
    },
    /// A signature did not verify.
    #[error("verification failed: {code}")]
    Verification {
        /// Core's verification code (`replayed`, `signature_invalid`, `expired`, ...).
        code: String,
        /// The DESIGN error-table code the backend answers with (`signature_invalid`, ...).
        wire_code: String,
    },
    /// A key could not be made or read.
    #[error("key error: {code}")]
    Key {
        /// `pem`, `unsupported`, `bad_length`, `random`.
        code: String,
    },
    /// Storage or key store failed (the platform's implementation, or the device).
    #[error("platform service failed: {code}")]
    Platform {
        /// `storage`, `invalid_name`, `random`, `key_store`.
        code: String,
    },
    /// Localized copy could not be loaded or formatted.
    #[error("localization failed: {code}")]
    Locale {
        /// A short code naming the failure.
        code: String,
    },
    /// A foreign implementation (Kotlin, Swift, Python) threw something that is not a
    /// `TellSafeError`. Its text is dropped: it may contain anything.
    #[error("a platform callback failed unexpectedly")]
    Callback {
        /// Always `callback_failed`.
        code: String,
    },
}

impl TellSafeError {
    /// The stable machine-readable code of this error.
    pub fn code(&self) -> &str {
        match self {
            TellSafeError::Validation { code, .. }
            | TellSafeError::Signing { code }
            | TellSafeError::Verification { code, .. }
            | TellSafeError::Key { code }
            | TellSafeError::Platform { code }
            | TellSafeError::Locale { code }
            | TellSafeError::Callback { code } => code,
        }
    }

    pub(crate) fn validation(code: &str, field: &str) -> TellSafeError {
        TellSafeError::Validation {
            code: code.to_string(),
            field: field.to_string(),
        }
    }
}

/// The code uniffi callbacks get when the foreign side throws something unexpected.
pub const CALLBACK_FAILED: &str = "callback_failed";

impl From<uniffi::UnexpectedUniFFICallbackError> for TellSafeError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> TellSafeError {
        // The foreign exception's text is not kept: it may quote anything the app had.
        TellSafeError::Callback {
            code: CALLBACK_FAILED.to_string(),
        }
    }
}

impl From<ReportError> for TellSafeError {
    fn from(error: ReportError) -> TellSafeError {
        let field = error
            .field()
            .map_or_else(|| "report".to_string(), ToString::to_string);
        TellSafeError::validation(error.code(), &field)
    }
}

impl From<DecisionError> for TellSafeError {
    fn from(error: DecisionError) -> TellSafeError {
        TellSafeError::validation(error.code(), "decision")
    }
}

impl From<HistoryError> for TellSafeError {
    fn from(error: HistoryError) -> TellSafeError {
        TellSafeError::validation(error.code(), "history")
    }
}

impl From<ChildStatusError> for TellSafeError {
    fn from(_: ChildStatusError) -> TellSafeError {
        TellSafeError::validation("invalid_status", "status")
    }
}

impl From<KeyError> for TellSafeError {
    fn from(error: KeyError) -> TellSafeError {
        let code = match error {
            KeyError::Pem { .. } => "pem",
            KeyError::Unsupported => "unsupported",
            // A software P-256 key in a build without `software-p256` (mobile).
            KeyError::FeatureDisabled { .. } => "feature_disabled",
            KeyError::BadLength => "bad_length",
            KeyError::Random => "random",
        };
        TellSafeError::Key { code: code.into() }
    }
}

impl From<SignerError> for TellSafeError {
    fn from(error: SignerError) -> TellSafeError {
        let code = match error {
            SignerError::KeyUnavailable => "key_unavailable".to_string(),
            // A foreign signer's own code travels in `reason` (see `foreign::ForeignSigner`).
            SignerError::Failed { reason } => reason,
        };
        TellSafeError::Signing { code }
    }
}

impl From<SignError> for TellSafeError {
    fn from(error: SignError) -> TellSafeError {
        let code = match error {
            SignError::Signer(inner) => return inner.into(),
            SignError::Component(_) => "missing_component",
            SignError::Input(_) => "invalid_parameters",
            SignError::WrongProfile { .. } => "wrong_profile",
            SignError::SignatureLength { .. } => "signature_length",
            SignError::Random => "random",
        };
        TellSafeError::Signing { code: code.into() }
    }
}

impl From<VerifyError> for TellSafeError {
    fn from(error: VerifyError) -> TellSafeError {
        TellSafeError::Verification {
            code: error.code().to_string(),
            wire_code: error.wire_code().code().to_string(),
        }
    }
}

impl From<PlatformError> for TellSafeError {
    fn from(error: PlatformError) -> TellSafeError {
        let code = match error {
            PlatformError::Storage { .. } => "storage",
            PlatformError::InvalidName => "invalid_name",
            PlatformError::Random => "random",
            PlatformError::KeyStore { .. } => "key_store",
        };
        TellSafeError::Platform { code: code.into() }
    }
}

impl From<I18nError> for TellSafeError {
    fn from(error: I18nError) -> TellSafeError {
        TellSafeError::Locale {
            code: i18n_code(&error).into(),
        }
    }
}

fn i18n_code(error: &I18nError) -> &'static str {
    match error {
        I18nError::InvalidMetadata { .. } => "invalid_metadata",
        I18nError::MissingSource { .. } => "missing_source",
        I18nError::Parse { .. } => "parse",
        I18nError::UnknownMessage { .. } => "unknown_message",
        I18nError::UnknownAttribute { .. } => "unknown_attribute",
        I18nError::NoValue { .. } => "no_value",
        I18nError::MissingVariable { .. } => "missing_variable",
        I18nError::Format { .. } => "format",
    }
}

/// Errors come back from `uniffi` exports as this.
pub type Result<T, E = TellSafeError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use tellsafe::report::{FieldPath, Reason};

    #[test]
    fn report_errors_keep_field_and_code_but_no_value() {
        let err: TellSafeError = ReportError::Syntax { line: 1, column: 2 }.into();
        assert_eq!(err.code(), "syntax");
        let _ = (FieldPath::root(), Reason::Missing);
    }

    #[test]
    fn an_unexpected_callback_error_drops_its_text() {
        let err: TellSafeError =
            uniffi::UnexpectedUniFFICallbackError::new("secret words from the app").into();
        assert_eq!(err.code(), CALLBACK_FAILED);
        assert!(!err.to_string().contains("secret"));
    }

    #[test]
    fn a_foreign_signer_code_survives_the_core_round_trip() {
        let core = SignError::Signer(SignerError::Failed {
            reason: "user_not_authenticated".into(),
        });
        assert_eq!(TellSafeError::from(core).code(), "user_not_authenticated");
    }
}
