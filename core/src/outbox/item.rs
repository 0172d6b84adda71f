//! What the outbox holds: an opaque unsigned request bound to an account, and its delivery state.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::policy::{AskReason, ParkReason, Prerequisite};
use crate::timestamp::Timestamp;

/// An HTTP request as it will be signed and sent, minus everything that changes per attempt
/// (signature, `created`, auth header). The outbox never looks inside `body`: the same path
/// will carry HPKE-sealed bodies (`application/tellsafe-sealed`) later.
///
/// Read from a JSON object only (see `wire_de::struct_from_map`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UnsignedRequest {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// Path and query on the backend, e.g. `/v1/reports`.
    pub path: String,
    /// `Content-Type` of the body; `None` for a request without body.
    pub content_type: Option<String>,
    /// The body bytes, exactly as they will be digested and sent.
    #[serde(with = "b64")]
    pub body: Vec<u8>,
}

/// Deliberately content-free: a `Debug` of a request must not print the report.
impl std::fmt::Debug for UnsignedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnsignedRequest")
            .field("method", &self.method)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// What `enqueue` takes: the request and what binds it (account, id, urgency).
#[derive(Clone, PartialEq, Eq)]
pub struct NewItem {
    /// The request's idempotency key: the report id for a report. Unique in the outbox.
    pub id: Uuid,
    /// The platform account the request was made under; it is sent only under this account.
    pub account: String,
    /// The category code, kept sealed for the app's own display; never in a file name or log.
    pub category: Option<String>,
    /// Urgent categories are sent first, never age out and never stop retrying.
    pub urgent: bool,
    /// The request.
    pub request: UnsignedRequest,
}

/// Content-free on purpose (no account, category or body).
impl std::fmt::Debug for NewItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewItem")
            .field("urgent", &self.urgent)
            .field("request", &self.request)
            .finish_non_exhaustive()
    }
}

/// Where an item is in its life. Delivered items leave the outbox, so there is no `Delivered`.
///
/// `Deserialize` is hand-written in `item_de` (same accepted input, no `Content` buffering).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum ItemState {
    /// Waiting to be sent (now or at its next attempt time).
    Pending,
    /// Stopped with a reason; the app may retry it (after an upgrade) or forget it.
    Parked {
        /// Why.
        reason: ParkReason,
    },
    /// Waiting for the child's "still send?".
    NeedsConfirmation {
        /// Why the child is asked.
        ask: AskReason,
    },
}

/// One item as the app may see it: no body, no category, no account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSummary {
    /// The item's id (idempotency key / report id).
    pub id: Uuid,
    /// Its state.
    pub state: ItemState,
    /// Failed attempts so far (since the last confirmation or un-parking).
    pub failed_attempts: u32,
    /// When it was enqueued.
    pub created_at: Timestamp,
    /// Earliest next attempt, for pending items.
    pub next_attempt_at: Option<Timestamp>,
    /// Whether its category is urgent.
    pub urgent: bool,
}

/// An attempt the client should make now: sign `request` (with the clock offset the outbox
/// keeps) under `account`'s session, send it, and report back with `record_attempt(id, ..)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The item's id: send it as `Idempotency-Key`.
    pub id: Uuid,
    /// The account this item is bound to (always the one asked for).
    pub account: String,
    /// The request to sign and send.
    pub request: UnsignedRequest,
    /// 1 for the first attempt.
    pub number: u32,
    /// Do this first (the previous attempt asked for it; survives a restart).
    pub prerequisite: Option<Prerequisite>,
}

/// The sealed plaintext of one outbox record. Field names are short and stable: changing them
/// loses queued reports; add fields with `#[serde(default)]` instead.
/// Read from a JSON object only (see `wire_de::struct_from_map`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub(crate) struct StoredItem {
    pub id: Uuid,
    pub account: String,
    #[serde(default)]
    pub category: Option<String>,
    pub urgent: bool,
    pub request: UnsignedRequest,
    pub created_at: Timestamp,
    /// When the age clock last restarted (creation or the child's "still send").
    pub age_since: Timestamp,
    pub failed_attempts: u32,
    pub next_attempt_at: Timestamp,
    #[serde(default)]
    pub prerequisite: Option<Prerequisite>,
    pub state: ItemState,
    /// Bumped on every change; detects concurrent updates of one item.
    pub rev: u64,
}

crate::status::wire_de::map_only_serde!(UnsignedRequest, serialize);
crate::status::wire_de::map_only_serde!(StoredItem, serialize);

impl StoredItem {
    pub(crate) fn summary(&self) -> ItemSummary {
        ItemSummary {
            id: self.id,
            state: self.state,
            failed_attempts: self.failed_attempts,
            created_at: self.created_at,
            next_attempt_at: (self.state == ItemState::Pending).then_some(self.next_attempt_at),
            urgent: self.urgent,
        }
    }
}

mod b64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map_err(|_| serde::de::Error::custom("body is not base64"))
    }
}
