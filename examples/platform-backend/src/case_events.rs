//! Case events: what integrations (outbound webhooks, a platform's case tool) are told.
//!
//! Every event is one row of `case_events` (an ordered feed a tool can poll with `since`) and
//! one call of [`on_case_event`], the hook outbound delivery is wired to. Both happen inside
//! the writer's transaction, so an event exists exactly when the change it reports committed;
//! the hook must therefore only enqueue (never block on the network). Details carry ids and
//! codes, never report content or subject ids.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::{Value, json};

use crate::db::StoreError;
use crate::webhooks;

/// Most events one feed read returns.
pub const MAX_FEED: i64 = 500;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseEventKind {
    /// A report opened a new linked case.
    CaseCreated,
    /// A report joined an existing linked case.
    ReportLinked,
    /// A report linked two or more cases; they were merged into the oldest.
    CasesMerged,
    /// A linked case's priority changed (detail: `from`, `to`).
    PriorityChanged,
    /// A report waited past its tier's first-look time (detail: `tier`, `due`).
    SlaBreached,
    /// A subject was flagged by abuse detection (detail: `flag`); never an action.
    SubjectFlagged,
}

impl CaseEventKind {
    /// The stable code stored and sent.
    pub fn code(self) -> &'static str {
        match self {
            CaseEventKind::CaseCreated => "case_created",
            CaseEventKind::ReportLinked => "report_linked",
            CaseEventKind::CasesMerged => "cases_merged",
            CaseEventKind::PriorityChanged => "priority_changed",
            CaseEventKind::SlaBreached => "sla_breached",
            CaseEventKind::SubjectFlagged => "subject_flagged",
        }
    }
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseEvent {
    /// What happened.
    pub kind: CaseEventKind,
    /// When, Unix milliseconds (server clock, so the test clock too).
    pub at: i64,
    /// The linked case concerned.
    pub linked_case_id: Option<i64>,
    /// The report (its `case_id` row) concerned.
    pub case_id: Option<i64>,
    /// Ids and codes only.
    pub detail: Value,
}

/// The integration hook, called once per event inside the change's transaction: priority
/// changes and SLA breaches are enqueued as signed webhooks (`case.priority_changed`,
/// `sla.breach`) in the same transaction, so a rolled-back change sends nothing. The webhook's
/// `case_id` is the report's case where the event has one, else the linked case.
pub fn on_case_event(conn: &Connection, event: &CaseEvent) -> Result<(), StoreError> {
    // `at` is the server clock's now, always in range; the epoch fallback only satisfies types.
    let now = tellsafe::Timestamp::from_unix_millis(event.at)
        .unwrap_or_else(|| tellsafe::Timestamp::from_unix_millis(0).expect("epoch is valid"));
    let case_id = event.case_id.or(event.linked_case_id);
    let webhook = match (event.kind, case_id) {
        (CaseEventKind::PriorityChanged, Some(case_id)) => Some(webhooks::Event::PriorityChanged {
            case_id,
            from: detail_u8(&event.detail, "from"),
            to: detail_u8(&event.detail, "to"),
            reasons: event.detail["reasons"]
                .as_array()
                .map(|a| a.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect())
                .unwrap_or_default(),
        }),
        (CaseEventKind::SlaBreached, Some(case_id)) => Some(webhooks::Event::SlaBreach {
            case_id,
            tier: event.detail["tier"].as_str().unwrap_or_default().to_owned(),
            target: SLA_TARGET.to_owned(),
            due_at: serde_json::from_value(event.detail["due"].clone()).unwrap_or(now),
        }),
        _ => None,
    };
    if let Some(webhook) = webhook {
        webhooks::enqueue(conn, &webhook, now)?;
    }
    Ok(())
}

/// What an SLA breach missed: the tier's time is to the first human look.
const SLA_TARGET: &str = "first_look";

fn detail_u8(detail: &Value, field: &str) -> u8 {
    detail[field]
        .as_u64()
        .and_then(|v| u8::try_from(v).ok())
        .unwrap_or(0)
}

/// Stores `event` and calls [`on_case_event`]; returns the event's feed id.
pub fn emit(conn: &Connection, event: &CaseEvent) -> Result<i64, StoreError> {
    conn.prepare_cached(
        "INSERT INTO case_events (at, kind, linked_case_id, case_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        event.at,
        event.kind.code(),
        event.linked_case_id,
        event.case_id,
        event.detail.to_string()
    ])?;
    let id = conn.last_insert_rowid();
    on_case_event(conn, event)?;
    Ok(id)
}

/// Events after feed id `since`, oldest first, at most [`MAX_FEED`].
pub fn feed(conn: &Connection, since: i64) -> Result<Vec<Value>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, kind, linked_case_id, case_id, detail FROM case_events WHERE id > ?1 ORDER BY id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![since, MAX_FEED], |r| {
        let detail: String = r.get(5)?;
        Ok(json!({
            "id": r.get::<_, i64>(0)?,
            "at": tellsafe::Timestamp::from_unix_millis(r.get(1)?),
            "kind": r.get::<_, String>(2)?,
            "linked_case_id": r.get::<_, Option<i64>>(3)?,
            "case_id": r.get::<_, Option<i64>>(4)?,
            "detail": serde_json::from_str::<Value>(&detail).unwrap_or(Value::Null),
        }))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outbox(conn: &Connection) -> Vec<(String, Value)> {
        let mut stmt = conn
            .prepare("SELECT kind, payload FROM webhook_outbox ORDER BY rowid")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap()
            .map(|row| {
                let (kind, payload) = row.unwrap();
                (kind, serde_json::from_str(&payload).unwrap())
            })
            .collect()
    }

    #[test]
    fn priority_changes_and_sla_breaches_become_webhooks_in_the_same_transaction() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        let at = 1_700_000_000_000;
        emit(
            &conn,
            &CaseEvent {
                kind: CaseEventKind::PriorityChanged,
                at,
                linked_case_id: Some(4),
                case_id: None,
                detail: json!({"from": 40, "to": 90, "floor": null, "reasons": ["in_danger"]}),
            },
        )
        .unwrap();
        emit(
            &conn,
            &CaseEvent {
                kind: CaseEventKind::SlaBreached,
                at,
                linked_case_id: Some(4),
                case_id: Some(9),
                detail: json!({"tier": "immediate", "sla": "P0", "due": "2023-11-14T22:13:20.000Z"}),
            },
        )
        .unwrap();
        // Events integrations do not subscribe to stay in the feed only.
        emit(
            &conn,
            &CaseEvent {
                kind: CaseEventKind::ReportLinked,
                at,
                linked_case_id: Some(4),
                case_id: Some(9),
                detail: json!({}),
            },
        )
        .unwrap();
        let sent = outbox(&conn);
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[0].0, "case.priority_changed");
        assert_eq!(sent[0].1["data"]["case_id"], 4, "the linked case");
        assert_eq!(sent[0].1["data"]["to"], 90);
        assert_eq!(sent[0].1["data"]["reasons"], json!(["in_danger"]));
        assert_eq!(sent[1].0, "sla.breach");
        assert_eq!(sent[1].1["data"]["case_id"], 9, "the report's case");
        assert_eq!(sent[1].1["data"]["tier"], "immediate");
        assert_eq!(feed(&conn, 0).unwrap().len(), 3);

        // A rolled-back change leaves neither the event nor its webhook.
        let tx = conn.transaction().unwrap();
        emit(
            &tx,
            &CaseEvent {
                kind: CaseEventKind::PriorityChanged,
                at,
                linked_case_id: Some(5),
                case_id: None,
                detail: json!({"from": 10, "to": 20, "floor": null, "reasons": []}),
            },
        )
        .unwrap();
        tx.rollback().unwrap();
        assert_eq!(outbox(&conn).len(), 2);
    }
}
