//! Cases in the database: intake, the child's requests and reviewer actions. Every function
//! here runs inside a writer job, so it sees and changes one consistent snapshot.

use ring::digest::{SHA256, digest};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::intake::{ErrorCode, IdempotencyOutcome, Receipt, decide_idempotency};
use uuid::Uuid;

use crate::audit;
use crate::case_history::{self, Extra};
use crate::db::StoreError;
use crate::http::Verified;
use crate::report_glue::{self, ReportFacts};
use tellsafe::status::{AppealWindow, Event};

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
    window: AppealWindow,
    links: crate::linking::LinkFacts,
}

impl NewReport {
    /// Computes digest, link keys, a provisional priority and tier (intake replaces them with
    /// the linked case's), and the hold id.
    pub fn new(
        facts: ReportFacts,
        body: &[u8],
        verified: &Verified,
        now: Timestamp,
        window: AppealWindow,
    ) -> NewReport {
        let priority = report_glue::priority(facts.category);
        let tier = crate::priority::tier_of(facts.category, facts.in_danger_now, priority);
        let receipt = Receipt {
            report_id: facts.report_id,
            received_at: now,
            hold_id: Uuid::new_v4(),
            priority,
            expected_first_review_by: now.plus_millis(crate::sla::table().first_look_millis(tier)),
            review_tier: tier.code().to_owned(),
        };
        NewReport {
            links: crate::linking::facts(body, &verified.account),
            body: body.to_vec(),
            digest: digest(&SHA256, body).as_ref().to_vec(),
            facts,
            receipt,
            window,
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
            // Counted (never the request) for the transparency statistics' duplicate rate.
            let day = crate::intake_counts::day_of(new.receipt.received_at);
            crate::intake_counts::add(conn, day, crate::intake_counts::DUPLICATE, 1)?;
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
             in_danger, priority, tier, received_at, expected_review_by, hold_id, state, appeal_window_days)
         VALUES (?1, ?2, ?3, 'application/json', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'received', ?14)",
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
            new.window.in_days(),
        ],
    )?;
    let case_id = conn.last_insert_rowid();
    crate::intake_counts::add(
        conn,
        crate::intake_counts::day_of(r.received_at),
        crate::intake_counts::ACCEPTED,
        1,
    )?;
    let items = new.facts.hold_items.to_string();
    conn.prepare_cached("INSERT INTO holds (hold_id, case_id, placed_at, items) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![r.hold_id.to_string(), case_id, now, items])?;
    conn.prepare_cached("INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.placed', ?2)")?
        .execute(params![
            now,
            json!({"hold_id": r.hold_id, "case_id": case_id, "items": new.facts.hold_items}).to_string()
        ])?;
    enqueue_intake_webhooks(conn, case_id, new)?;
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
    Ok(Ok(IntakeOutcome::Created(triage(conn, case_id, new)?)))
}

/// Links a stored report into its case, checks its subjects for bursts, re-scores the case,
/// and sets the report's tier and deadline from the case's priority and the configured SLA.
/// Returns the receipt with those live figures.
fn triage(conn: &Connection, case_id: i64, new: &NewReport) -> Result<Receipt, StoreError> {
    let r = &new.receipt;
    let now = millis(r.received_at);
    let linked = crate::linking::link(conn, case_id, &new.links, now)?;
    crate::abuse::check(conn, linked, &new.links, now)?;
    let priority = crate::priority::recompute(conn, linked, now)?.map_or(r.priority, |p| p.priority);
    let tier = crate::priority::tier_of(new.facts.category, new.facts.in_danger_now, priority);
    let expected = r
        .received_at
        .plus_millis(crate::sla::table().first_look_millis(tier));
    conn.prepare_cached("UPDATE reports SET tier = ?1, expected_review_by = ?2 WHERE case_id = ?3")?
        .execute(params![tier.code(), millis(expected), case_id])?;
    Ok(Receipt {
        priority,
        review_tier: tier.code().to_owned(),
        expected_first_review_by: expected,
        ..r.clone()
    })
}

/// The outbound webhooks of a new case: `case.created` and its intake `hold.placed`.
fn enqueue_intake_webhooks(conn: &Connection, case_id: i64, new: &NewReport) -> Result<(), StoreError> {
    let r = &new.receipt;
    let created = crate::webhooks::Event::CaseCreated {
        case_id,
        category: new.facts.category.code().to_owned(),
        priority: r.priority,
        tier: r.review_tier.clone(),
    };
    crate::webhooks::enqueue(conn, &created, r.received_at)?;
    let hold = crate::webhooks::Event::HoldPlaced {
        case_id,
        hold_id: r.hold_id.to_string(),
        kind: "intake".to_owned(),
    };
    crate::webhooks::enqueue(conn, &hold, r.received_at)?;
    Ok(())
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
}

/// Runs a reporter's request; the answer body is the status document (or the deletion note).
pub fn child_action(conn: &Connection, req: &ChildRequest) -> Result<Result<Value, ErrorCode>, StoreError> {
    if !crate::http::store_nonce(conn, &req.verified)? {
        return Ok(Err(crate::http::replayed()));
    }
    let Some(mut case) = case_history::load_by_report(conn, &req.verified.account, &req.report_id)? else {
        return Ok(Err(ErrorCode::NotFound));
    };
    if case.deleted {
        return Ok(Err(ErrorCode::NotFound));
    }
    case_history::close_if_window_ended(conn, &mut case, req.now)?;
    let actor = format!("account:{}", req.verified.account);
    match &req.action {
        Action::Status => {}
        Action::Appeal { reason } => {
            let extra = Extra {
                audit: Some(json!({ "reason": reason })),
                ..Extra::default()
            };
            let event = Event::Appeal { at: req.now };
            if let Err(code) = case_history::push_event(conn, &mut case, &actor, event, extra)? {
                return Ok(Err(code));
            }
        }
        Action::Info { question_id, answer } => {
            let open = case.history.state().open_questions();
            if !open.is_some_and(|q| q.ids().iter().any(|id| id.as_str() == question_id)) {
                return Ok(Err(ErrorCode::InvalidState));
            }
            let extra = Extra {
                answer: Some((question_id, answer)),
                audit: Some(json!({ "question_id": question_id })),
                ..Extra::default()
            };
            let event = Event::InfoProvided { at: req.now };
            if let Err(code) = case_history::push_event(conn, &mut case, &actor, event, extra)? {
                return Ok(Err(code));
            }
        }
        Action::Delete => {
            if case.has_duty() {
                return Ok(Err(ErrorCode::DeleteRefusedDuty));
            }
            if case.has_hold() {
                return Ok(Err(ErrorCode::DeleteRefusedHold));
            }
            conn.execute(
                "UPDATE reports SET body = NULL, deleted_at = ?1 WHERE case_id = ?2",
                params![millis(req.now), case.case_id],
            )?;
            conn.execute("DELETE FROM answers WHERE case_id = ?1", [case.case_id])?;
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
    }
    Ok(Ok(case_history::status_document(&case, req.now)))
}
