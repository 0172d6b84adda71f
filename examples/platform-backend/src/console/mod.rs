//! The trust-and-safety console: server-rendered HTML at `/console` (maud escapes every value)
//! and the same actions as a JSON API under `/v1/console/` for tools, tests and the demo.
//!
//! Reviewer authentication is SIMULATED with demo tokens (`--demo-reviewer name:token`), sent
//! as `Authorization: Bearer` (API) or an HttpOnly, SameSite=Strict cookie (HTML).

mod api;
mod downloads;
mod html;
mod ops;
mod ops_html;
mod subject_access;

use axum::http::{HeaderMap, header};
use rusqlite::params;
use serde_json::{Value, json};
use tellsafe::intake::ErrorCode;

use tellsafe::status::{Action, Event};

use crate::case_history::{self, Case, DecideRequest, Extra, QuestionRequest, ReviseRequest};
use crate::http::{ApiError, store_failed};
use crate::roles::{Role, Staff};
use crate::state::AppState;

pub use api::routes as api_routes;
pub use downloads::routes as download_routes;
pub use html::routes as html_routes;
pub use ops::routes as ops_routes;
pub use ops_html::routes as ops_html_routes;
pub use subject_access::routes as subject_access_routes;

/// The cookie carrying the demo reviewer token.
const COOKIE: &str = "tellsafe_reviewer";

/// The reviewer named by a bearer token or the console cookie.
fn reviewer_of(state: &AppState, headers: &HeaderMap) -> Option<String> {
    staff_of(state, headers).map(|s| s.name)
}

/// The staff member (name and role) of a bearer token or the console cookie.
fn staff_of(state: &AppState, headers: &HeaderMap) -> Option<Staff> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| {
            c.split(';')
                .find_map(|kv| kv.trim().strip_prefix(&format!("{COOKIE}=")).map(str::to_owned))
        });
    let token = bearer.map(str::to_owned).or(cookie)?;
    state.governance.roster.by_token(&token).cloned()
}

/// The role of a signed-in staff member by name; `None` (no rights) for an unknown name.
fn role_of(state: &AppState, name: &str) -> Option<Role> {
    state.governance.roster.role_of(name)
}

/// Who drives a case: a staff member through the console, or a platform tool through the
/// signed decision API (which bypasses role visibility: it is the platform's own system).
#[derive(Debug, Clone)]
pub enum Driver {
    /// A staff member, by name and role.
    Staff(Staff),
    /// A platform tool, by key id, with the request's nonce stored alongside the change.
    Tool {
        /// The tool's key id.
        key_id: String,
        /// The verified request's nonce (refuses replays).
        nonce: crate::signing::PendingNonce,
    },
}

impl Driver {
    fn actor(&self) -> String {
        match self {
            Driver::Staff(s) => format!("reviewer:{}", s.name),
            Driver::Tool { key_id, .. } => format!("integration:{key_id}"),
        }
    }

    /// Whether the driver may act on a case of `category` at all.
    fn may_act_on(&self, category: &str) -> bool {
        match self {
            Driver::Staff(s) => s.role.may_act() && s.role.may_see(category),
            Driver::Tool { .. } => true,
        }
    }
}

/// Whether a decision would be visible to the reported user (a removal, restriction,
/// suspension or warning, each with its statement of reasons): what a law-enforcement hold
/// freezes so the suspect is not tipped off.
fn user_facing(action: &ReviewerAction) -> bool {
    match action {
        ReviewerAction::Decide(d) => [Action::Remove, Action::Restrict, Action::Suspend, Action::Warn]
            .into_iter()
            .any(|a| d.actions.contains(a)),
        _ => false,
    }
}

/// A reviewer's action on a case.
#[derive(Debug, Clone)]
pub enum ReviewerAction {
    /// Start reviewing.
    StartReview,
    /// Decide (first decision, on an appeal, or after a revision).
    Decide(DecideRequest),
    /// Ask the reporter structured questions from the flow.
    Ask(QuestionRequest),
    /// Open a closed case again; a new decision follows with `Decide`.
    Revise(ReviseRequest),
}

/// Runs a reviewer action through core's history; returns the case detail afterwards.
/// A case the reviewer's role may not see is `not_found`; an auditor cannot act.
pub async fn act(
    state: &AppState,
    reviewer: String,
    case_id: i64,
    action: ReviewerAction,
) -> Result<Value, ApiError> {
    let Some(role) = role_of(state, &reviewer) else {
        return Err(ApiError::new(ErrorCode::AuthExpired, state.clock.now()));
    };
    let staff = Staff { name: reviewer, role };
    drive(state, Driver::Staff(staff), case_id, action).await
}

/// Runs an action by any [`Driver`]: role visibility, the law-enforcement freeze of
/// user-facing actions, then core's history.
pub async fn drive(
    state: &AppState,
    driver: Driver,
    case_id: i64,
    action: ReviewerAction,
) -> Result<Value, ApiError> {
    let now = state.clock.now();
    if let ReviewerAction::Decide(d) = &action {
        let statement_ok = case_history::Statement {
            explanation: d.explanation.clone(),
            content_type: d.content_type.clone(),
            territorial_scope: d.territorial_scope.clone(),
        }
        .is_valid();
        if !statement_ok {
            return Err(ApiError::new(ErrorCode::SchemaInvalid, now));
        }
    }
    state
        .writer
        .write(move |conn| {
            if let Driver::Tool { nonce, .. } = &driver {
                if !crate::signing::store_nonce(conn, nonce)? {
                    return Ok(Err(crate::http::replayed()));
                }
            }
            let Some(mut case) = case_history::load_by_case(conn, case_id)? else {
                return Ok(Err(ErrorCode::NotFound));
            };
            if !driver.may_act_on(&case.category) {
                return Ok(Err(ErrorCode::NotFound));
            }
            if user_facing(&action) && crate::holds::law_enforcement_hold(conn, case_id)? {
                return Ok(Err(ErrorCode::InvalidState));
            }
            case_history::close_if_window_ended(conn, &mut case, now)?;
            let actor = driver.actor();
            let pushed = match action {
                ReviewerAction::StartReview => case_history::push_event(
                    conn,
                    &mut case,
                    &actor,
                    Event::StartReview { at: now },
                    Extra::default(),
                )?,
                ReviewerAction::Ask(q) => {
                    let event = Event::AskReporter {
                        at: now,
                        questions: q.questions,
                    };
                    case_history::push_event(conn, &mut case, &actor, event, Extra::default())?
                }
                ReviewerAction::Revise(r) => {
                    let event = Event::Revise {
                        at: now,
                        reason: r.reason,
                    };
                    case_history::push_event(conn, &mut case, &actor, event, Extra::default())?
                }
                ReviewerAction::Decide(d) => {
                    let (decision, statement) = d.split(now);
                    let extra = Extra {
                        statement: Some(&statement),
                        ..Extra::default()
                    };
                    case_history::push_event(conn, &mut case, &actor, Event::Decide { decision }, extra)?
                }
            };
            Ok(pushed.map(|()| detail(&case, now)))
        })
        .await
        .map_err(|e| store_failed(state, e))?
        .map_err(|code| ApiError::new(code, now))
}

/// Loads a case for viewing, closing it first if its window ended, and logs the view. A case
/// the reviewer's role may not see is `not_found`, and the refused look is logged too.
pub async fn view(state: &AppState, reviewer: String, case_id: i64) -> Result<Case, ApiError> {
    let now = state.clock.now();
    let role = role_of(state, &reviewer);
    state
        .writer
        .write(move |conn| {
            let Some(mut case) = case_history::load_by_case(conn, case_id)? else {
                return Ok(Err(ErrorCode::NotFound));
            };
            if !role.is_some_and(|r| r.may_see(&case.category)) {
                crate::audit::append(
                    conn,
                    &crate::audit::Entry {
                        at: now.unix_millis(),
                        actor: &format!("reviewer:{reviewer}"),
                        action: "case.view_denied",
                        subject: &format!("case:{case_id}"),
                        detail: "{}",
                    },
                )?;
                return Ok(Ok(None));
            }
            case_history::close_if_window_ended(conn, &mut case, now)?;
            crate::audit::append(
                conn,
                &crate::audit::Entry {
                    at: now.unix_millis(),
                    actor: &format!("reviewer:{reviewer}"),
                    action: "case.viewed",
                    subject: &format!("case:{case_id}"),
                    detail: "{}",
                },
            )?;
            Ok(Ok(Some(case)))
        })
        .await
        .map_err(|e| store_failed(state, e))?
        .map_err(|code| ApiError::new(code, now))?
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, now))
}

/// The reviewer's view of a case (includes the report; never logged).
pub fn detail(case: &Case, now: tellsafe::Timestamp) -> Value {
    let report: Value = case
        .body
        .as_deref()
        .and_then(|b| serde_json::from_slice(b).ok())
        .unwrap_or(Value::Null);
    json!({
        "case_id": case.case_id,
        "report_id": case.report_id,
        "category": case.category,
        "age_band": case.age_band,
        "in_danger_now": case.in_danger,
        "priority": case.priority,
        "review_tier": case.tier,
        "received_at": case.received_at,
        "expected_first_review_by": case.expected_review_by,
        "hold_active": case.hold_active,
        "deleted": case.deleted,
        // Who reported is never shown by default: `POST .../reveal-reporter` with a reason.
        "reporter_identity": "hidden",
        "report": report,
        "events": case
            .history
            .events()
            .iter()
            .zip(&case.actors)
            .enumerate()
            .map(|(i, (e, actor))| json!({"actor": actor, "event": e, "statement": case.statements.get(&i)}))
            .collect::<Vec<_>>(),
        "status": case_history::status_document(case, now),
    })
}

/// Queue filters.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Filters {
    /// Lifecycle state code.
    pub state: Option<String>,
    /// Category code.
    pub category: Option<String>,
    /// Review tier code.
    pub tier: Option<String>,
}

/// Most queue rows returned at once.
const QUEUE_LIMIT: i64 = 200;

/// The queue as `reviewer` may see it (child sexual exploitation only for specialists),
/// priority first, then longest waiting; the look is logged.
pub async fn queue(state: &AppState, reviewer: &str, filters: Filters) -> Result<Vec<Value>, ApiError> {
    let now = state.clock.now();
    let role = role_of(state, reviewer);
    let actor = format!("reviewer:{reviewer}");
    let detail =
        json!({"state": filters.state, "category": filters.category, "tier": filters.tier}).to_string();
    state
        .writer
        .write(move |conn| {
            crate::audit::append(
                conn,
                &crate::audit::Entry {
                    at: now.unix_millis(),
                    actor: &actor,
                    action: "queue.viewed",
                    subject: "queue",
                    detail: &detail,
                },
            )?;
            Ok(Ok::<(), ()>(()))
        })
        .await
        .map_err(|e| store_failed(state, e))?
        .ok();
    let visible: Vec<&str> = tellsafe::Category::ALL
        .iter()
        .map(|c| c.code())
        .filter(|c| role.is_some_and(|r| r.may_see(c)))
        .collect();
    queue_rows(state, filters, json!(visible).to_string()).await
}

async fn queue_rows(state: &AppState, filters: Filters, visible: String) -> Result<Vec<Value>, ApiError> {
    let now = state.clock.now();
    state
        .readers
        .read(move |conn| {
            let blank = |s: &Option<String>| s.clone().filter(|v| !v.is_empty());
            let mut stmt = conn.prepare_cached(
                "SELECT case_id, report_id, category, priority, tier, state, received_at, expected_review_by, in_danger
                 FROM reports WHERE deleted_at IS NULL
                   AND (?1 IS NULL OR state = ?1) AND (?2 IS NULL OR category = ?2) AND (?3 IS NULL OR tier = ?3)
                   AND category IN (SELECT value FROM json_each(?5))
                 ORDER BY priority DESC, received_at ASC LIMIT ?4",
            )?;
            let rows = stmt.query_map(
                params![blank(&filters.state), blank(&filters.category), blank(&filters.tier), QUEUE_LIMIT, visible],
                |r| {
                    let received: i64 = r.get(6)?;
                    Ok(json!({
                        "case_id": r.get::<_, i64>(0)?,
                        "report_id": r.get::<_, String>(1)?,
                        "category": r.get::<_, String>(2)?,
                        "priority": r.get::<_, i64>(3)?,
                        "review_tier": r.get::<_, String>(4)?,
                        "state": r.get::<_, String>(5)?,
                        "received_at": tellsafe::Timestamp::from_unix_millis(received),
                        "waiting_secs": (now.unix_millis() - received).max(0) / 1000,
                        "expected_first_review_by": tellsafe::Timestamp::from_unix_millis(r.get(7)?),
                        "in_danger_now": r.get::<_, bool>(8)?,
                    }))
                },
            )?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
        .map_err(|e| store_failed(state, e))
}
