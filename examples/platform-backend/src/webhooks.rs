//! Signed outbound webhooks from a durable outbox.
//!
//! [`enqueue`] writes an event into `webhook_outbox` inside the caller's writer transaction, so
//! an event exists exactly when the change it reports was committed. A delivery task POSTs due
//! rows to the configured endpoint, signed with the backend key under core's `Webhook` profile
//! (RFC 9421, `tsb`: `@method`, `@target-uri`, `content-digest`, `content-type`), and retries
//! with exponential backoff until [`MAX_ATTEMPTS`]. Payloads carry ids and codes only, never
//! report content. Receivers deduplicate on the event `id` (delivery is at least once).

use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::sign::http::Request;
use tellsafe::sign::{Profile, SignOptions, sign_request};
use uuid::Uuid;

use crate::db::StoreError;
use crate::state::AppState;

/// Attempts before an event is marked failed (about a day of backoff in total).
pub const MAX_ATTEMPTS: i64 = 12;
/// First retry delay; each retry doubles it (1 s, 2 s, 4 s ... about 34 min at the 12th).
pub const FIRST_RETRY_MILLIS: i64 = 1_000;
/// How often the delivery task looks for due events: webhooks are near real time, and a
/// one-second poll of an indexed query costs nothing.
pub const POLL_MILLIS: u64 = 500;
/// Events delivered per poll, so one slow endpoint cannot hold the task for long.
pub const BATCH: i64 = 50;
/// Per-request timeout: a receiver that does not answer in this time is retried later.
pub const TIMEOUT_SECS: u64 = 10;

/// An event other systems subscribe to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A case was opened for a report.
    CaseCreated {
        /// The case.
        case_id: i64,
        /// Category code.
        category: String,
        /// Priority 0-100.
        priority: u8,
        /// Review tier code.
        tier: String,
    },
    /// A case's priority changed.
    PriorityChanged {
        /// The case.
        case_id: i64,
        /// Before.
        from: u8,
        /// After.
        to: u8,
        /// Named reason codes of the change.
        reasons: Vec<String>,
    },
    /// A hold was placed on a case.
    HoldPlaced {
        /// The case.
        case_id: i64,
        /// The hold.
        hold_id: String,
        /// `intake`, `preservation` or `law_enforcement`.
        kind: String,
    },
    /// A case missed its SLA.
    SlaBreach {
        /// The case.
        case_id: i64,
        /// The SLA tier code.
        tier: String,
        /// What was due (`first_look`, `decision`).
        target: String,
        /// When it was due.
        due_at: Timestamp,
    },
}

impl Event {
    /// The `type` code.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::CaseCreated { .. } => "case.created",
            Event::PriorityChanged { .. } => "case.priority_changed",
            Event::HoldPlaced { .. } => "hold.placed",
            Event::SlaBreach { .. } => "sla.breach",
        }
    }

    fn data(&self) -> Value {
        match self {
            Event::CaseCreated {
                case_id,
                category,
                priority,
                tier,
            } => json!({"case_id": case_id, "category": category, "priority": priority, "review_tier": tier}),
            Event::PriorityChanged {
                case_id,
                from,
                to,
                reasons,
            } => json!({"case_id": case_id, "from": from, "to": to, "reasons": reasons}),
            Event::HoldPlaced {
                case_id,
                hold_id,
                kind,
            } => {
                json!({"case_id": case_id, "hold_id": hold_id, "kind": kind})
            }
            Event::SlaBreach {
                case_id,
                tier,
                target,
                due_at,
            } => json!({"case_id": case_id, "tier": tier, "target": target, "due_at": due_at}),
        }
    }
}

/// Adds `event` to the outbox (call inside a writer job: it commits with the change it
/// reports). Returns the event id.
pub fn enqueue(conn: &Connection, event: &Event, now: Timestamp) -> Result<String, StoreError> {
    let id = Uuid::now_v7().to_string();
    let payload = json!({
        "id": id,
        "type": event.kind(),
        "created_at": now,
        "purpose": crate::access::PURPOSE,
        "data": event.data(),
    });
    conn.prepare_cached(
        "INSERT INTO webhook_outbox (event_id, kind, payload, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?4)",
    )?
    .execute(params![id, event.kind(), payload.to_string(), now.unix_millis()])?;
    Ok(id)
}

/// The delay before attempt `attempts + 1`.
pub fn backoff_millis(attempts: i64) -> i64 {
    let shift = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
    FIRST_RETRY_MILLIS.saturating_mul(1i64 << shift)
}

/// Delivers due events to `url` until the server stops.
pub async fn run(state: AppState, url: String) {
    let http = match reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(TIMEOUT_SECS))
        .build()
    {
        Ok(http) => http,
        Err(error) => {
            tracing::error!(%error, "webhook client failed to start");
            return;
        }
    };
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(POLL_MILLIS));
    loop {
        tick.tick().await;
        if let Err(error) = deliver_due(&state, &http, &url).await {
            tracing::warn!(%error, "webhook delivery pass failed");
        }
    }
}

async fn deliver_due(state: &AppState, http: &reqwest::Client, url: &str) -> Result<(), StoreError> {
    let now = state.clock.now().unix_millis();
    let due: Vec<(i64, String, i64)> = state
        .readers
        .read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, payload, attempts FROM webhook_outbox
                 WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?1
                 ORDER BY id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![now, BATCH], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    for (id, payload, attempts) in due {
        let status = send(state, http, url, payload.into_bytes()).await;
        let now = state.clock.now().unix_millis();
        let delivered = status.is_some_and(|s| (200..300).contains(&s));
        let attempts = attempts + 1;
        state
            .writer
            .write(move |conn| {
                if delivered {
                    conn.execute(
                        "UPDATE webhook_outbox SET delivered_at = ?1, attempts = ?2, last_status = ?3 WHERE id = ?4",
                        params![now, attempts, status, id],
                    )?;
                } else {
                    let failed = (attempts >= MAX_ATTEMPTS).then_some(now);
                    conn.execute(
                        "UPDATE webhook_outbox SET attempts = ?1, last_status = ?2, next_attempt_at = ?3, failed_at = ?4
                         WHERE id = ?5",
                        params![attempts, status, now.saturating_add(backoff_millis(attempts - 1)), failed, id],
                    )?;
                }
                Ok(Ok::<(), ()>(()))
            })
            .await?
            .ok();
        if !delivered {
            tracing::warn!(attempts, status = status.unwrap_or(0), "webhook delivery failed");
        }
    }
    Ok(())
}

/// Signs and posts one payload; the HTTP status, or `None` if it never arrived.
async fn send(state: &AppState, http: &reqwest::Client, url: &str, body: Vec<u8>) -> Option<u16> {
    let mut request = Request::new("POST", url).ok()?;
    request.headers.append("Content-Type", "application/json");
    request.body = body;
    let options = SignOptions::with_random_nonce(state.clock.now()).ok()?;
    if let Err(error) = sign_request(&mut request, Profile::Webhook, &state.backend_key, &options).await {
        tracing::error!(%error, "webhook signing failed");
        return None;
    }
    let mut out = http.post(url);
    for (name, value) in request.headers.iter() {
        out = out.header(name, value);
    }
    match out.body(request.body).send().await {
        Ok(response) => Some(response.status().as_u16()),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enqueue_stores_codes_and_ids_and_backoff_grows() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        let now = Timestamp::from_unix_millis(1_700_000_000_000).unwrap();
        let id = enqueue(
            &conn,
            &Event::HoldPlaced {
                case_id: 7,
                hold_id: "h".into(),
                kind: "preservation".into(),
            },
            now,
        )
        .unwrap();
        let (kind, payload, due): (String, String, i64) = conn
            .query_row(
                "SELECT kind, payload, next_attempt_at FROM webhook_outbox WHERE event_id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(kind, "hold.placed");
        assert_eq!(due, now.unix_millis(), "due at once");
        let payload: Value = serde_json::from_str(&payload).unwrap();
        assert_eq!(payload["data"]["case_id"], 7);
        assert_eq!(payload["id"], id.as_str());
        for attempts in 0..MAX_ATTEMPTS {
            assert!(backoff_millis(attempts + 1) > backoff_millis(attempts));
        }
        assert_eq!(backoff_millis(0), FIRST_RETRY_MILLIS);
    }
}
