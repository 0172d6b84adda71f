//! Bodies the intake answers with: the receipt and the error body.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::codes::ErrorCode;
use crate::Timestamp;

/// The signed answer to an accepted report (201, or 200 for an idempotent duplicate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The report id the client chose (UUIDv7).
    pub report_id: Uuid,
    /// When the backend durably stored the report.
    pub received_at: Timestamp,
    /// The preservation hold placed on the referenced items before answering.
    pub hold_id: Uuid,
    /// Priority 0-100 the report entered the queue with.
    pub priority: u8,
    /// When a person is expected to first look at it (from the backend's review tier).
    pub expected_first_review_by: Timestamp,
    /// The review tier's code (`urgent`, `high`, `standard`, `low`).
    pub review_tier: String,
}

/// The body of every error response: a code and the server's clock (for `clock_skew`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The stable code.
    pub code: ErrorCode,
    /// The server's time when answering; a client stores the offset on `clock_skew`.
    pub server_time: Timestamp,
}
