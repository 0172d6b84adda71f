//! Cases in the database: intake, the child's requests and reviewer actions. Every function
//! here runs inside a writer job, so it sees and changes one consistent snapshot.

use ring::digest::{SHA256, digest};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::intake::{ErrorCode, IdempotencyOutcome, Receipt, decide_idempotency, review_tier};
use uuid::Uuid;

use crate::audit;
use crate::db::StoreError;
use crate::http::Verified;
use crate::lifecycle::{self, Event, Lifecycle, State, TransitionError};
use crate::report_glue::{self, ReportFacts};

/// Longest id or code accepted in appeal / info bodies and question ids.
const MAX_CODE_LEN: usize = 64;

/// Whether `s` is a short machine code (`[a-z0-9_.-]`), never free text.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_CODE_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b))
}

/// A verified, parsed report ready to store.
#[derive(Debug, Clone)]
pub struct NewReport {
    facts: ReportFacts,
    body: Vec<u8>,
    digest: Vec<u8>,
    receipt: Receipt,
}

impl NewReport {
    /// Computes digest, priority, tier and the hold id.
    pub fn new(facts: ReportFacts, body: &[u8], _verified: &Verified, now: Timestamp) -> NewReport {
        let priority = report_glue::priority(facts.category);
        let tier = review_tier(priority, facts.in_danger_now);
        let receipt = Receipt {
            report_id: facts.report_id,
            received_at: now,
            hold_id: Uuid::new_v4(),
            priority,
            expected_first_review_by: now.plus_millis(tier.expected_first_review_millis()),
            review_tier: tier.code().to_owned(),
        };
        NewReport {
            body: body.to_vec(),
            digest: digest(&SHA256, body).as_ref().to_vec(),
            facts,
            receipt,
        }
    }
}

/// What intake did.
#[derive(Debug, Clone)]
pub enum IntakeOutcome {
    /// Stored now (201).
    Created(Receipt),
    /// Stored before with the same body (200, re-signed).
    Duplicate(Receipt),
    /// Stored before with another body (422).
    Mismatch,
}

fn millis(t: Timestamp) -> i64 {
    t.unix_millis()
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_unix_millis(ms).unwrap_or_else(|| Timestamp::from_unix_millis(0).expect("epoch is valid"))
}

/// Stores a report idempotently, with its hold, its `hold.placed` platform event and an audit row.
pub fn intake(
    conn: &Connection,
    verified: &Verified,
    new: &NewReport,
) -> Result<Result<IntakeOutcome, ErrorCode>, StoreError> {
    if !crate::http::store_nonce(conn, verified)? {
        return Ok(Err(crate::http::replayed()));
    }
    let report_id = new.facts.report_id.to_string();
    // Cached statements throughout: intake is the hot path (one writer runs every report).
    let stored = conn
        .prepare_cached(
            "SELECT body_digest, received_at, hold_id, priority, expected_review_by, tier FROM reports
             WHERE account_id = ?1 AND report_id = ?2",
        )?
        .query_row(params![verified.account, report_id], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u8>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .optional()?;
    match decide_idempotency(stored.as_ref().map(|s| s.0.as_slice()), false, &new.digest) {
        IdempotencyOutcome::Duplicate => {
            let Some((_, received, hold, priority, expected, tier)) = stored else {
                return Ok(Err(ErrorCode::Unavailable));
            };
            return Ok(Ok(IntakeOutcome::Duplicate(Receipt {
                report_id: new.facts.report_id,
                received_at: ts(received),
                hold_id: Uuid::parse_str(&hold).unwrap_or_default(),
                priority,
                expected_first_review_by: ts(expected),
                review_tier: tier,
            })));
        }
        IdempotencyOutcome::Mismatch => return Ok(Ok(IntakeOutcome::Mismatch)),
        IdempotencyOutcome::InProgress | IdempotencyOutcome::Fresh => {}
    }
    let r = &new.receipt;
    let now = millis(r.received_at);
    conn.prepare_cached(
        "INSERT INTO reports (account_id, report_id, key_id, content_type, body, body_digest, category, age_band,
             in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
         VALUES (?1, ?2, ?3, 'application/json', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'received')",
    )?
    .execute(params![
            verified.account,
            report_id,
            verified.key_id,
            new.body,
            new.digest,
            new.facts.category.code(),
            serde_json::to_value(new.facts.age_band).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
            new.facts.in_danger_now,
            r.priority,
            r.review_tier,
            now,
            millis(r.expected_first_review_by),
            r.hold_id.to_string(),
        ],
    )?;
    let case_id = conn.last_insert_rowid();
    conn.prepare_cached(
        "INSERT INTO events (case_id, seq, at, actor, event) VALUES (?1, 1, ?2, 'system', ?3)",
    )?
    .execute(params![
        case_id,
        now,
        serde_json::to_string(&Event::Received).unwrap_or_default()
    ])?;
    let items = new.facts.hold_items.to_string();
    conn.prepare_cached("INSERT INTO holds (hold_id, case_id, placed_at, items) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![r.hold_id.to_string(), case_id, now, items])?;
    conn.prepare_cached("INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.placed', ?2)")?
        .execute(params![
            now,
            json!({"hold_id": r.hold_id, "case_id": case_id, "items": new.facts.hold_items}).to_string()
        ])?;
    audit::append(
        conn,
        &audit::Entry {
            at: now,
            actor: &format!("account:{}", verified.account),
            action: "report.received",
            subject: &format!("case:{case_id}"),
            detail: &json!({"hold_id": r.hold_id, "key_id": verified.key_id}).to_string(),
        },
    )?;
    Ok(Ok(IntakeOutcome::Created(new.receipt.clone())))
}

/// A case row with its folded lifecycle.
#[derive(Debug, Clone)]
pub struct Case {
    /// Internal case number.
    pub case_id: i64,
    /// The reporting account.
    pub account: String,
    /// The client's report id.
    pub report_id: String,
    /// Category code.
    pub category: String,
    /// Age band code.
    pub age_band: String,
    /// "In danger now".
    pub in_danger: bool,
    /// Priority 0-100.
    pub priority: u8,
    /// Review tier code.
    pub tier: String,
    /// Received at.
    pub received_at: Timestamp,
    /// Expected first review by.
    pub expected_review_by: Timestamp,
    /// The body, unless deleted.
    pub body: Option<Vec<u8>>,
    /// The events, in order: (at, actor, event).
    pub events: Vec<(Timestamp, String, Event)>,
    /// The folded lifecycle.
    pub lifecycle: Lifecycle,
    /// Whether a hold is still active.
    pub hold_active: bool,
    /// Deleted at the reporter's request.
    pub deleted: bool,
}

const CASE_COLUMNS: &str = "case_id, account_id, report_id, category, age_band, in_danger, priority, tier,
    received_at, expected_review_by, body, deleted_at";

/// Loads a case by its number.
pub fn load_by_case(conn: &Connection, case_id: i64, window: i64) -> Result<Option<Case>, StoreError> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM reports WHERE case_id = ?1");
    load_where(conn, &sql, params![case_id], window)
}

/// Loads a case by the reporting account and report id.
pub fn load_by_report(
    conn: &Connection,
    account: &str,
    report_id: &str,
    window: i64,
) -> Result<Option<Case>, StoreError> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM reports WHERE account_id = ?1 AND report_id = ?2");
    load_where(conn, &sql, params![account, report_id], window)
}

fn load_where(
    conn: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
    window: i64,
) -> Result<Option<Case>, StoreError> {
    let row = conn
        .query_row(sql, p, |r| {
            Ok(Case {
                case_id: r.get(0)?,
                account: r.get(1)?,
                report_id: r.get(2)?,
                category: r.get(3)?,
                age_band: r.get(4)?,
                in_danger: r.get(5)?,
                priority: r.get(6)?,
                tier: r.get(7)?,
                received_at: ts(r.get(8)?),
                expected_review_by: ts(r.get(9)?),
                body: r.get(10)?,
                events: Vec::new(),
                lifecycle: Lifecycle::new(),
                hold_active: false,
                deleted: r.get::<_, Option<i64>>(11)?.is_some(),
            })
        })
        .optional()?;
    let Some(mut case) = row else { return Ok(None) };
    let mut stmt =
        conn.prepare_cached("SELECT at, actor, event FROM events WHERE case_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([case.case_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (at, actor, text) = row?;
        let Ok(event) = serde_json::from_str::<Event>(&text) else {
            continue;
        };
        // Stored events applied when they were appended; folding them again cannot fail unless
        // the row was edited by hand, in which case the event is skipped and audit-verify tells.
        if let Ok(next) = case.lifecycle.apply(&event, ts(at), window) {
            case.lifecycle = next;
        }
        case.events.push((ts(at), actor, event));
    }
    case.hold_active = conn.query_row(
        "SELECT count(*) FROM holds WHERE case_id = ?1 AND released_at IS NULL",
        [case.case_id],
        |r| r.get::<_, i64>(0),
    )? > 0;
    Ok(Some(case))
}

/// Appends an event if the lifecycle accepts it, with its audit row; returns the new lifecycle.
pub fn append_event(
    conn: &Connection,
    case: &Case,
    actor: &str,
    event: Event,
    now: Timestamp,
    window: i64,
) -> Result<Result<Lifecycle, ErrorCode>, StoreError> {
    let next = match case.lifecycle.apply(&event, now, window) {
        Ok(next) => next,
        Err(TransitionError::InvalidState) => return Ok(Err(ErrorCode::InvalidState)),
        Err(TransitionError::WindowClosed) => return Ok(Err(ErrorCode::AppealWindowClosed)),
        Err(TransitionError::AlreadyAppealed) => return Ok(Err(ErrorCode::AppealAlreadyMade)),
    };
    let seq = case.events.len() as i64 + 1;
    conn.execute(
        "INSERT INTO events (case_id, seq, at, actor, event) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            case.case_id,
            seq,
            millis(now),
            actor,
            serde_json::to_string(&event).unwrap_or_default()
        ],
    )?;
    conn.execute(
        "UPDATE reports SET state = ?1 WHERE case_id = ?2",
        params![next.state.code(), case.case_id],
    )?;
    let detail = match &event {
        Event::Decided { decision } | Event::Revised { decision } => json!({
            "actions": decision.actions, "automated_decision": decision.automated_decision,
            "ground": match &decision.ground { lifecycle::Ground::Illegal { .. } => "illegal", lifecycle::Ground::Terms { .. } => "terms" },
        }),
        Event::InfoRequested { question } => json!({"question_id": question.question_id}),
        _ => json!({}),
    };
    audit::append(
        conn,
        &audit::Entry {
            at: millis(now),
            actor,
            action: event.code(),
            subject: &format!("case:{}", case.case_id),
            detail: &detail.to_string(),
        },
    )?;
    if let Event::Decided { decision } | Event::Revised { decision } = &event {
        if !decision.keep_hold && !decision.actions.iter().any(|a| a.is_escalation()) {
            release_holds(conn, case.case_id, now)?;
        }
    }
    Ok(Ok(next))
}

fn release_holds(conn: &Connection, case_id: i64, now: Timestamp) -> Result<(), StoreError> {
    let mut stmt = conn.prepare("SELECT hold_id FROM holds WHERE case_id = ?1 AND released_at IS NULL")?;
    let holds: Vec<String> = stmt
        .query_map([case_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for hold in holds {
        conn.execute(
            "UPDATE holds SET released_at = ?1 WHERE hold_id = ?2",
            params![millis(now), hold],
        )?;
        conn.execute(
            "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.released', ?2)",
            params![
                millis(now),
                json!({"hold_id": hold, "case_id": case_id}).to_string()
            ],
        )?;
        audit::append(
            conn,
            &audit::Entry {
                at: millis(now),
                actor: "system",
                action: "hold.released",
                subject: &format!("case:{case_id}"),
                detail: &json!({"hold_id": hold}).to_string(),
            },
        )?;
    }
    Ok(())
}

/// Closes the case if its appeal window ended (Closed follows the window, never a button).
pub fn close_if_window_ended(
    conn: &Connection,
    case: Case,
    now: Timestamp,
    window: i64,
) -> Result<Case, StoreError> {
    if !case.lifecycle.window_ended(now, window) {
        return Ok(case);
    }
    let deadline = case.lifecycle.appeal_deadline(window).unwrap_or(now);
    let _ = append_event(conn, &case, "system", Event::Closed, deadline, window)?;
    Ok(load_by_case(conn, case.case_id, window)?.unwrap_or(case))
}

/// A request from the reporter about one of their reports.
#[derive(Debug, Clone)]
pub enum Action {
    /// Read the status.
    Status,
    /// Appeal the decision.
    Appeal {
        /// A reason code.
        reason: String,
    },
    /// Answer the pending question.
    Info {
        /// Which question.
        question_id: String,
        /// Chosen ids.
        answer: Vec<String>,
    },
    /// Delete the report.
    Delete,
}

/// Everything a child action needs.
#[derive(Debug, Clone)]
pub struct ChildRequest {
    /// The verified request.
    pub verified: Verified,
    /// The report id in the path.
    pub report_id: String,
    /// What to do.
    pub action: Action,
    /// Now.
    pub now: Timestamp,
    /// Appeal window in ms.
    pub window: i64,
}

/// Runs a reporter's request; the answer body is the status document (or the deletion note).
pub fn child_action(conn: &Connection, req: &ChildRequest) -> Result<Result<Value, ErrorCode>, StoreError> {
    if !crate::http::store_nonce(conn, &req.verified)? {
        return Ok(Err(crate::http::replayed()));
    }
    let Some(case) = load_by_report(conn, &req.verified.account, &req.report_id, req.window)? else {
        return Ok(Err(ErrorCode::NotFound));
    };
    if case.deleted {
        return Ok(Err(ErrorCode::NotFound));
    }
    let case = close_if_window_ended(conn, case, req.now, req.window)?;
    let actor = format!("account:{}", req.verified.account);
    let event = match &req.action {
        Action::Status => None,
        Action::Appeal { reason } => Some(Event::Appealed {
            reason: reason.clone(),
        }),
        Action::Info { question_id, answer } => Some(Event::InfoProvided {
            question_id: question_id.clone(),
            answer: answer.clone(),
        }),
        Action::Delete => {
            if case.lifecycle.escalated() {
                return Ok(Err(ErrorCode::DeleteRefusedDuty));
            }
            if case.hold_active {
                return Ok(Err(ErrorCode::DeleteRefusedHold));
            }
            conn.execute(
                "UPDATE reports SET body = NULL, deleted_at = ?1 WHERE case_id = ?2",
                params![millis(req.now), case.case_id],
            )?;
            audit::append(
                conn,
                &audit::Entry {
                    at: millis(req.now),
                    actor: &actor,
                    action: "report.deleted",
                    subject: &format!("case:{}", case.case_id),
                    detail: "{}",
                },
            )?;
            return Ok(Ok(json!({"report_id": case.report_id, "deleted_at": req.now})));
        }
    };
    let case = match event {
        Some(event) => {
            if let Err(code) = append_event(conn, &case, &actor, event, req.now, req.window)? {
                return Ok(Err(code));
            }
            load_by_case(conn, case.case_id, req.window)?.unwrap_or(case)
        }
        None => case,
    };
    Ok(Ok(status_document(&case, req.now, req.window)))
}

/// The status document the reporter sees: lifecycle history (codes and times only) and the
/// child-facing status.
pub fn status_document(case: &Case, now: Timestamp, window: i64) -> Value {
    let deadline = case.lifecycle.appeal_deadline(window);
    let can_appeal = case.lifecycle.state == State::Decided
        && !case.lifecycle.appealed
        && deadline.is_some_and(|d| now <= d);
    json!({
        "report_id": case.report_id,
        "state": case.lifecycle.state,
        "child_status": lifecycle::child_status(&case.lifecycle),
        "outcome": lifecycle::child_outcome(&case.lifecycle),
        "history": case.events.iter().map(|(at, _, e)| json!({"at": at, "event": e.code()})).collect::<Vec<_>>(),
        "question": case.lifecycle.question,
        "can_appeal": can_appeal,
        "appeal_deadline": if case.lifecycle.decision.is_some() { deadline } else { None },
        "review_tier": case.tier,
        "expected_first_review_by": case.expected_review_by,
    })
}
