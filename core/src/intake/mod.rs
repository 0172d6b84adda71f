//! Server-side intake logic shared by backends (feature `intake`).
//!
//! Everything a platform's intake server decides that is not I/O lives here, so that the
//! reference backend, a platform's own server and the Python wheel apply the same rules:
//! the error-code table of the wire format ([`codes`]), body limits and content-type dispatch
//! ([`body`]), idempotency decisions ([`idempotency`]), receipts and error bodies ([`receipt`]),
//! case priority with named contributions and floors ([`priority`]) and the SLA tier table
//! ([`review`]). No tokio, HTTP or database types
//! appear here: a server passes bytes, header values and times in and gets decisions out.

pub mod body;
pub mod codes;
pub mod export;
pub mod idempotency;
pub mod priority;
pub mod receipt;
pub mod review;

pub use body::{BodyError, BodyKind, MAX_BODY_BYTES, MAX_JSON_DEPTH, check_json_depth};
pub use codes::ErrorCode;
pub use idempotency::{IdempotencyOutcome, decide_idempotency};
pub use priority::{Priority, PriorityInput, score};
pub use receipt::{ErrorBody, Receipt};
pub use review::{ReviewTier, SlaTable, review_tier, sla_tier};
