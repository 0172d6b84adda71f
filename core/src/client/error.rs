//! The client's public error: few, actionable variants with stable codes and no report content.

use thiserror::Error;

use crate::outbox::OutboxError;
use crate::platform::PlatformError;
use crate::transport::TransportError;

use super::config::AuthError;

/// Why a client call failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ClientError {
    /// The configuration is unusable (names the field).
    #[error("configuration field `{field}` is invalid")]
    Config {
        /// The field.
        field: &'static str,
    },
    /// Input did not validate (names the field and the rule).
    #[error("field `{field}` is invalid: {reason}")]
    Validation {
        /// The field.
        field: &'static str,
        /// The rule, without the value.
        reason: String,
    },
    /// No answer from the backend (offline, timeout, or an answer that did not verify).
    #[error("network: {0}")]
    Network(#[from] TransportError),
    /// The backend answered with a signed response that is not what the client needed.
    #[error("the backend answered {status} `{code}`")]
    Backend {
        /// HTTP status.
        status: u16,
        /// The error body's code, or `unexpected`.
        code: String,
    },
    /// The response did not verify against the pinned backend key.
    #[error("the response signature did not verify ({reason})")]
    Unverified {
        /// The verifier's code.
        reason: &'static str,
    },
    /// The install key could not sign.
    #[error("signing failed")]
    Signing,
    /// The app's session is unavailable.
    #[error(transparent)]
    Auth(#[from] AuthError),
    /// No report with this id for the signed-in account (also: it belongs to another account).
    #[error("no report with this `id` for this account")]
    NotFound,
    /// The backend's lifecycle would move in a way the status machine forbids.
    #[error("status event `{event}` is not allowed in state `{from}`")]
    InvalidTransition {
        /// The local state's code.
        from: &'static str,
        /// The event's code.
        event: String,
    },
    /// The outbox refused (full, too large, ...).
    #[error(transparent)]
    Outbox(#[from] OutboxError),
    /// Storage or the key store failed.
    #[error(transparent)]
    Storage(#[from] PlatformError),
}

impl ClientError {
    /// A stable machine-readable code for bindings and logs.
    pub fn code(&self) -> &'static str {
        match self {
            ClientError::Config { .. } => "config",
            ClientError::Validation { .. } => "validation",
            ClientError::Network(_) => "network",
            ClientError::Backend { .. } => "backend",
            ClientError::Unverified { .. } => "unverified",
            ClientError::Signing => "signing",
            ClientError::Auth(_) => "auth",
            ClientError::NotFound => "not_found",
            ClientError::InvalidTransition { .. } => "invalid_transition",
            ClientError::Outbox(OutboxError::QueueFull { .. }) => "queue_full",
            ClientError::Outbox(_) => "outbox",
            ClientError::Storage(_) => "storage",
        }
    }
}

/// The backend's codes for a withdrawal it must refuse: a preservation hold, or a legal duty
/// to report, keeps the report for now.
const WITHDRAWAL_REFUSED: [&str; 2] = ["delete_refused_hold", "delete_refused_duty"];

/// The message (in `status.ftl`) that tells the reporter why a withdrawal was refused.
pub const WITHDRAW_KEPT_MESSAGE: &str = "withdraw-kept";

impl ClientError {
    /// The Fluent message id the reporter must read for this error, where the SDK owes them an
    /// explanation rather than a retry: a `delete_everywhere` the backend refused because a hold
    /// or a legal duty keeps the report is [`WITHDRAW_KEPT_MESSAGE`] ("we cannot delete this
    /// yet ... it is not your fault"). `None` for errors the app handles itself.
    pub fn child_message_id(&self) -> Option<&'static str> {
        match self {
            ClientError::Backend { code, .. } if WITHDRAWAL_REFUSED.contains(&code.as_str()) => {
                Some(WITHDRAW_KEPT_MESSAGE)
            }
            _ => None,
        }
    }
}

impl From<crate::outbox::seal::SealError> for ClientError {
    fn from(e: crate::outbox::seal::SealError) -> ClientError {
        ClientError::Outbox(OutboxError::Seal(e))
    }
}
