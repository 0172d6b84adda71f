//! Errors of the outbox. They name fields and limits, never an item's content or account.

use thiserror::Error;

use super::seal::SealError;
use crate::platform::PlatformError;

/// Why an outbox operation failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OutboxError {
    /// The outbox holds `capacity` items already. Never an eviction: the app tells the child
    /// to try again later (or to connect), and nothing queued is lost.
    #[error("outbox is full ({capacity} items)")]
    QueueFull {
        /// The configured capacity.
        capacity: usize,
    },
    /// The body is over the configured limit.
    #[error("field `request.body` is over the outbox limit of {limit} bytes")]
    BodyTooLarge {
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A required field is empty.
    #[error("field `{field}` must not be empty")]
    EmptyField {
        /// The field's name.
        field: &'static str,
    },
    /// The id is already queued with a different request or account.
    #[error("field `id` is already queued with a different request")]
    IdConflict,
    /// No item with this id (already delivered, forgotten, or never queued).
    #[error("no outbox item with this `id`")]
    UnknownItem,
    /// The operation does not apply in the item's current state (e.g. confirming a pending item).
    #[error("operation not allowed while the item is {state}")]
    WrongState {
        /// The item's state.
        state: &'static str,
    },
    /// Storage, key store or randomness failed; the operation had no effect on disk.
    #[error(transparent)]
    Platform(#[from] PlatformError),
    /// Sealing failed (the plaintext was too large, or randomness failed).
    #[error("sealing a record failed: {0}")]
    Seal(#[from] SealError),
    /// Serializing a record failed (should not happen).
    #[error("encoding an outbox record failed")]
    Encode,
}

impl OutboxError {
    /// A stable machine-readable code for bindings and logs.
    pub fn code(&self) -> &'static str {
        match self {
            OutboxError::QueueFull { .. } => "queue_full",
            OutboxError::BodyTooLarge { .. } => "body_too_large",
            OutboxError::EmptyField { .. } => "empty_field",
            OutboxError::IdConflict => "id_conflict",
            OutboxError::UnknownItem => "unknown_item",
            OutboxError::WrongState { .. } => "wrong_state",
            OutboxError::Platform(_) => "storage",
            OutboxError::Seal(_) => "seal",
            OutboxError::Encode => "encode",
        }
    }
}
