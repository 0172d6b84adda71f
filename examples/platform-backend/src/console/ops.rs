//! Governance actions of the console JSON API: holds, escalations, reporter reveal and audit
//! export. Every one checks the caller's role and the case's visibility to that role, and lands
//! in the audit log in the same transaction as its effect.
//!
//! A case the role may not see, and an action the role may not take, both answer `not_found`
//! (so the answer never confirms that a hidden case exists).

use crate::http::{ApiPath, ApiQuery};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{Connection, params};
use serde::Deserialize;
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::intake::ErrorCode;

use super::staff_of;
use crate::audit;
use crate::db::StoreError;
use crate::escalations::{self, NcmecResponse, NewEscalation};
use crate::holds::{self, HoldKind, is_reason};
use crate::http::{ApiError, store_failed};
use crate::roles::{Role, Staff};
use crate::state::AppState;

/// Most audit rows one export returns; a tool pages with `after`.
pub const AUDIT_PAGE: i64 = 1_000;

/// The governance API routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/console/whoami", get(whoami))
        .route(
            "/v1/console/cases/{case_id}/holds",
            get(list_holds).post(place_hold),
        )
        .route(
            "/v1/console/cases/{case_id}/holds/{hold_id}/release",
            post(release_hold),
        )
        .route("/v1/console/cases/{case_id}/reveal-reporter", post(reveal))
        .route(
            "/v1/console/cases/{case_id}/escalations",
            get(list_escalations).post(escalate),
        )
        .route(
            "/v1/console/escalations/{escalation_id}/ncmec-response",
            post(ncmec_response),
        )
        .route(
            "/v1/console/escalations/{escalation_id}/export",
            get(export_escalation),
        )
        .route("/v1/console/audit", get(export_audit))
}

fn staff(state: &AppState, headers: &HeaderMap) -> Result<Staff, ApiError> {
    staff_of(state, headers).ok_or_else(|| ApiError::new(ErrorCode::AuthExpired, state.clock.now()))
}

fn parse<T: serde::de::DeserializeOwned>(state: &AppState, body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|_| ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()))
}

/// Whether `staff` may see case `case_id` (false if there is no such case).
pub fn visible(conn: &Connection, staff: &Staff, case_id: i64) -> rusqlite::Result<bool> {
    crate::roles::may_see_case(conn, Some(staff.role), case_id)
}

type Job<T> =
    Box<dyn FnOnce(&Connection, &str, Timestamp) -> Result<Result<T, ErrorCode>, StoreError> + Send>;

/// Runs `job` in the writer if `staff`'s role passes `allowed` and may see `case_id`.
pub async fn governed<T: Send + 'static>(
    state: &AppState,
    staff: Staff,
    case_id: i64,
    allowed: fn(Role) -> bool,
    job: Job<T>,
) -> Result<T, ApiError> {
    guarded(
        state,
        staff,
        allowed,
        move |conn, staff| visible(conn, staff, case_id),
        job,
    )
    .await
}

/// The one gate of every governed console action: a role outside `allowed` or a target the
/// staff member may not see (`may_see`, checked inside the writer transaction so it cannot race
/// a reclassification) is answered `not_found`, never `forbidden`, so nothing leaks existence.
async fn guarded<T: Send + 'static>(
    state: &AppState,
    staff: Staff,
    allowed: fn(Role) -> bool,
    may_see: impl FnOnce(&Connection, &Staff) -> rusqlite::Result<bool> + Send + 'static,
    job: Job<T>,
) -> Result<T, ApiError> {
    let now = state.clock.now();
    if !allowed(staff.role) {
        return Err(ApiError::new(ErrorCode::NotFound, now));
    }
    state
        .writer
        .write(move |conn| {
            if !may_see(conn, &staff)? {
                return Ok(Err(ErrorCode::NotFound));
            }
            job(conn, &format!("reviewer:{}", staff.name), now)
        })
        .await
        .map_err(|e| store_failed(state, e))?
        .map_err(|code| ApiError::new(code, now))
}

async fn whoami(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    Ok(Json(json!({"name": who.name, "role": who.role})))
}

fn any_viewer(role: Role) -> bool {
    role.may_act() || role == Role::Auditor
}

pub(super) async fn list_holds(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        audit::append(
            conn,
            &audit::Entry {
                at: now.unix_millis(),
                actor,
                action: "holds.viewed",
                subject: &format!("case:{case_id}"),
                detail: "{}",
            },
        )?;
        Ok(Ok(json!({
            "holds": holds::list(conn, case_id)?,
            "law_enforcement_hold": holds::law_enforcement_hold(conn, case_id)?,
        })))
    });
    Ok(Json(governed(&state, who, case_id, any_viewer, job).await?))
}

/// `POST .../holds` body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceHold {
    kind: HoldKind,
    basis: String,
    #[serde(default)]
    reference: Option<String>,
}

pub(super) async fn place_hold(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let hold: PlaceHold = parse(&state, &body)?;
    if !is_reason(&hold.basis) || !hold.reference.as_deref().is_none_or(is_reason) {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        let id = holds::place(
            conn,
            case_id,
            hold.kind,
            actor,
            &hold.basis,
            hold.reference.as_deref(),
            now,
        )?;
        Ok(Ok(json!({"hold_id": id, "holds": holds::list(conn, case_id)?})))
    });
    Ok(Json(
        governed(&state, who, case_id, Role::may_hold_and_escalate, job).await?,
    ))
}

/// `POST .../release` and `.../reveal-reporter` body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Reason {
    reason: String,
}

pub(super) async fn release_hold(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath((case_id, hold_id)): ApiPath<(i64, String)>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let Reason { reason } = parse(&state, &body)?;
    if !is_reason(&reason) {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        if let Err(code) = holds::release(conn, case_id, &hold_id, actor, &reason, now)? {
            return Ok(Err(code));
        }
        Ok(Ok(json!({"holds": holds::list(conn, case_id)?})))
    });
    Ok(Json(
        governed(&state, who, case_id, Role::may_hold_and_escalate, job).await?,
    ))
}

pub(super) async fn reveal(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let Reason { reason } = parse(&state, &body)?;
    if !is_reason(&reason) {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        let (account, key_id): (String, String) = conn.query_row(
            "SELECT account_id, key_id FROM reports WHERE case_id = ?1",
            [case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        audit::append(
            conn,
            &audit::Entry {
                at: now.unix_millis(),
                actor,
                action: "reporter.revealed",
                subject: &format!("case:{case_id}"),
                detail: &json!({"reason": reason.trim()}).to_string(),
            },
        )?;
        Ok(Ok(
            json!({"case_id": case_id, "account_id": account, "key_id": key_id}),
        ))
    });
    Ok(Json(governed(&state, who, case_id, Role::may_reveal, job).await?))
}

pub(super) async fn list_escalations(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        audit::append(
            conn,
            &audit::Entry {
                at: now.unix_millis(),
                actor,
                action: "escalations.viewed",
                subject: &format!("case:{case_id}"),
                detail: "{}",
            },
        )?;
        Ok(Ok(json!({"escalations": escalations::for_case(conn, case_id)?})))
    });
    Ok(Json(governed(&state, who, case_id, any_viewer, job).await?))
}

pub(super) async fn escalate(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let new: NewEscalation = parse(&state, &body)?;
    if !new.is_valid() {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    let job: Job<Value> =
        Box::new(move |conn, actor, now| escalations::create(conn, case_id, actor, &new, now));
    Ok(Json(
        governed(&state, who, case_id, Role::may_hold_and_escalate, job).await?,
    ))
}

/// Runs `job` on escalation `id` if every case in it is visible to `staff` and `allowed`.
async fn on_escalation(
    state: &AppState,
    staff: Staff,
    id: i64,
    allowed: fn(Role) -> bool,
    job: Job<Value>,
) -> Result<Value, ApiError> {
    let may_see = move |conn: &Connection, staff: &Staff| {
        let categories = escalations::categories(conn, id)?;
        Ok(!categories.is_empty() && categories.iter().all(|c| staff.role.may_see(c)))
    };
    guarded(state, staff, allowed, may_see, job).await
}

pub(super) async fn ncmec_response(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let response: NcmecResponse = parse(&state, &body)?;
    let job: Job<Value> =
        Box::new(move |conn, actor, now| escalations::record_ncmec_response(conn, id, actor, &response, now));
    Ok(Json(
        on_escalation(&state, who, id, Role::may_hold_and_escalate, job).await?,
    ))
}

async fn export_escalation(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let job: Job<Value> = Box::new(move |conn, actor, now| {
        let Some(record) = escalations::get(conn, id)? else {
            return Ok(Err(ErrorCode::NotFound));
        };
        audit::append(
            conn,
            &audit::Entry {
                at: now.unix_millis(),
                actor,
                action: "escalation.exported",
                subject: &format!("escalation:{id}"),
                detail: "{}",
            },
        )?;
        Ok(Ok(record))
    });
    Ok(Json(
        on_escalation(&state, who, id, Role::may_hold_and_escalate, job).await?,
    ))
}

/// `GET /v1/console/audit` query.
#[derive(Debug, Deserialize)]
struct AuditPage {
    #[serde(default)]
    after: i64,
}

async fn export_audit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(page): ApiQuery<AuditPage>,
) -> Result<Json<Value>, ApiError> {
    let who = staff(&state, &headers)?;
    let now = state.clock.now();
    if !who.role.may_export_audit() {
        return Err(ApiError::new(ErrorCode::NotFound, now));
    }
    let actor = format!("reviewer:{}", who.name);
    let rows = state
        .writer
        .write(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT seq, at, actor, action, subject, detail, hash FROM audit WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = stmt
                .query_map(params![page.after, AUDIT_PAGE], |r| {
                    let hash: Vec<u8> = r.get(6)?;
                    Ok(json!({
                        "seq": r.get::<_, i64>(0)?,
                        "at": Timestamp::from_unix_millis(r.get(1)?),
                        "actor": r.get::<_, String>(2)?,
                        "action": r.get::<_, String>(3)?,
                        "subject": r.get::<_, String>(4)?,
                        "detail": serde_json::from_str::<Value>(&r.get::<_, String>(5)?).unwrap_or(Value::Null),
                        "hash": hash.iter().map(|b| format!("{b:02x}")).collect::<String>(),
                    }))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            audit::append(
                conn,
                &audit::Entry {
                    at: now.unix_millis(),
                    actor: &actor,
                    action: "audit.exported",
                    subject: "audit",
                    detail: &json!({"after": page.after, "rows": rows.len()}).to_string(),
                },
            )?;
            Ok(Ok::<_, ()>(rows))
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(|()| ApiError::new(ErrorCode::Unavailable, now))?;
    Ok(Json(json!({"rows": rows})))
}
