//! Verification failures: one variant per reason, a stable code each, and the DESIGN error
//! code the backend answers with.

use super::component::ComponentError;
use super::params::{InputError, SIGNATURE_INPUT};
use super::profile::{ErrorBody, ErrorCode};
use super::stores::StoreError;
use crate::Timestamp;

/// Why a signed message was refused. [`VerifyError::code`] is stable and distinct per variant;
/// [`VerifyError::wire_code`] is what goes in the error body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Headers, a signature field, the number of signatures or of components exceed a limit.
    #[error("{field} exceeds its size limit")]
    TooLarge {
        /// `headers`, `signature-input`, `signature` or `components`.
        field: &'static str,
    },
    /// A structured field is not valid (or of the wrong type).
    #[error("{field} is malformed")]
    Malformed {
        /// The header name.
        field: &'static str,
    },
    /// No `Signature-Input`, or a label without a `Signature` value.
    #[error("message is not signed")]
    SignatureMissing,
    /// A component uses a feature we do not implement.
    #[error("covered component {component} is not supported")]
    UnsupportedComponent {
        /// The identifier.
        component: String,
    },
    /// No signature carries the profile's tag.
    #[error("no signature has the expected tag")]
    WrongTag,
    /// A parameter the profile requires is absent.
    #[error("signature parameter {name} is missing")]
    MissingParameter {
        /// `created`, `expires`, `nonce`, `keyid` or `alg`.
        name: &'static str,
    },
    /// `created` is ahead of the verifier's clock by more than the allowed skew.
    #[error("signature created in the future")]
    CreatedInFuture {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// `expires` has passed.
    #[error("signature expired")]
    Expired {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// `created` is older than the maximum age.
    #[error("signature too old")]
    TooOld {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// The profile requires a component the signature does not cover.
    #[error("component {component} is required but not covered")]
    NotCovered {
        /// The identifier.
        component: String,
    },
    /// A covered component is absent from the message.
    #[error("covered component {component} is missing from the message")]
    MissingComponent {
        /// The identifier.
        component: String,
    },
    /// The key id is not registered.
    #[error("key is unknown")]
    KeyUnknown,
    /// The key id is revoked.
    #[error("key is revoked")]
    KeyRevoked,
    /// `alg` names an algorithm we do not support, or the key's algorithm is not built in
    /// (`ecdsa-p256-sha256` without the `software-p256` feature).
    #[error("algorithm is not supported")]
    UnsupportedAlgorithm,
    /// `alg` does not match the key's algorithm.
    #[error("algorithm does not match the key")]
    AlgorithmMismatch,
    /// The decoded signature has the wrong length for the algorithm.
    #[error("signature is {actual} bytes, expected {expected}")]
    SignatureLength {
        /// Bytes the algorithm produces.
        expected: usize,
        /// Bytes received.
        actual: usize,
    },
    /// The signature does not verify.
    #[error("signature does not verify")]
    BadSignature,
    /// The body has content but `content-digest` is not covered.
    #[error("body is not covered by a content-digest")]
    DigestMissing,
    /// `Content-Digest` names no supported algorithm.
    #[error("content-digest has no supported algorithm")]
    DigestUnsupported,
    /// `Content-Digest` does not match the body.
    #[error("content-digest does not match the body")]
    DigestMismatch,
    /// The nonce was seen before.
    #[error("nonce was already used")]
    Replayed,
    /// The key resolver failed.
    #[error("key lookup failed")]
    KeyStore(StoreError),
    /// The nonce store failed.
    #[error("nonce store failed")]
    NonceStore(StoreError),
}

impl VerifyError {
    /// A stable, distinct code per variant (for logs, metrics, tests and the CLI).
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::TooLarge { .. } => "too_large",
            VerifyError::Malformed { .. } => "malformed",
            VerifyError::SignatureMissing => "signature_missing",
            VerifyError::UnsupportedComponent { .. } => "component_unsupported",
            VerifyError::WrongTag => "wrong_tag",
            VerifyError::MissingParameter { .. } => "parameter_missing",
            VerifyError::CreatedInFuture { .. } => "created_in_future",
            VerifyError::Expired { .. } => "expired",
            VerifyError::TooOld { .. } => "too_old",
            VerifyError::NotCovered { .. } => "component_not_covered",
            VerifyError::MissingComponent { .. } => "component_missing",
            VerifyError::KeyUnknown => "key_unknown",
            VerifyError::KeyRevoked => "key_revoked",
            VerifyError::UnsupportedAlgorithm => "alg_unsupported",
            VerifyError::AlgorithmMismatch => "alg_mismatch",
            VerifyError::SignatureLength { .. } => "signature_length",
            VerifyError::BadSignature => "signature_invalid",
            VerifyError::DigestMissing => "digest_missing",
            VerifyError::DigestUnsupported => "digest_unsupported",
            VerifyError::DigestMismatch => "digest_mismatch",
            VerifyError::Replayed => "replayed",
            VerifyError::KeyStore(_) => "key_store_failed",
            VerifyError::NonceStore(_) => "nonce_store_failed",
        }
    }

    /// The DESIGN error-table code the backend answers with (and so what the client does).
    pub fn wire_code(&self) -> ErrorCode {
        match self {
            VerifyError::TooLarge { .. } => ErrorCode::TooLarge,
            VerifyError::CreatedInFuture { .. }
            | VerifyError::Expired { .. }
            | VerifyError::TooOld { .. } => ErrorCode::ClockSkew,
            VerifyError::KeyUnknown => ErrorCode::KeyUnknown,
            VerifyError::KeyRevoked => ErrorCode::KeyRevoked,
            VerifyError::DigestMismatch | VerifyError::DigestMissing | VerifyError::DigestUnsupported => {
                ErrorCode::DigestMismatch
            }
            VerifyError::KeyStore(_) | VerifyError::NonceStore(_) => ErrorCode::Unavailable,
            _ => ErrorCode::SignatureInvalid,
        }
    }

    /// The verifier's time carried by time errors.
    pub fn server_time(&self) -> Option<i64> {
        match self {
            VerifyError::CreatedInFuture { server_time }
            | VerifyError::Expired { server_time }
            | VerifyError::TooOld { server_time } => Some(*server_time),
            _ => None,
        }
    }

    /// The error body to answer with (`server_time` = the error's time, else `now`).
    pub fn error_body(&self, now: Timestamp) -> ErrorBody {
        ErrorBody {
            code: self.wire_code(),
            server_time: self.server_time().unwrap_or(now.unix_seconds()),
        }
    }
}

impl From<InputError> for VerifyError {
    fn from(e: InputError) -> Self {
        match e {
            InputError::Malformed { field } => VerifyError::Malformed { field },
            InputError::Component(c) => c.into(),
            InputError::DuplicateComponent => VerifyError::Malformed {
                field: SIGNATURE_INPUT,
            },
            InputError::MissingSignature => VerifyError::SignatureMissing,
        }
    }
}

impl From<ComponentError> for VerifyError {
    fn from(e: ComponentError) -> Self {
        match e {
            ComponentError::Malformed => VerifyError::Malformed {
                field: SIGNATURE_INPUT,
            },
            ComponentError::Unsupported { component } => VerifyError::UnsupportedComponent { component },
            ComponentError::Missing { component } => VerifyError::MissingComponent { component },
        }
    }
}
