//! The console's JSON API (reviewer bearer token).

use crate::http::{ApiPath, ApiQuery};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use tellsafe::intake::ErrorCode;

use super::{Filters, ReviewerAction, act, detail, queue, reviewer_of, view};
use crate::case_history::{DecideRequest, QuestionRequest, ReviseRequest};
use crate::http::ApiError;
use crate::state::AppState;

/// The API routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/console/queue", get(list))
        .route("/v1/console/cases/{case_id}", get(show))
        .route("/v1/console/cases/{case_id}/start-review", post(start_review))
        .route("/v1/console/cases/{case_id}/decide", post(decide))
        .route("/v1/console/cases/{case_id}/question", post(question))
        .route("/v1/console/cases/{case_id}/revise", post(revise))
        .merge(ops_routes())
}

/// Trust-and-safety operations: linked cases, SLA figures and the case-event feed.
fn ops_routes() -> Router<AppState> {
    Router::new()
        .route("/v1/console/linked-cases", get(linked_list))
        .route("/v1/console/linked-cases/{id}", get(linked_show))
        .route("/v1/console/sla", get(sla_stats))
        .route("/v1/console/case-events", get(case_events))
}

/// Runs a writer job for an ops endpoint, mapping storage failures to 503.
async fn ops_write<T, F>(state: &AppState, job: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&rusqlite::Connection) -> Result<T, crate::db::StoreError> + Send + 'static,
{
    state
        .writer
        .write(move |conn| Ok(Ok::<T, ErrorCode>(job(conn)?)))
        .await
        .map_err(|e| crate::http::store_failed(state, e))?
        .map_err(|code| ApiError::new(code, state.clock.now()))
}

async fn linked_list(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let role = state.governance.roster.role_of(&who);
    let now = state.clock.now().unix_millis();
    let cases = ops_write(&state, move |conn| {
        crate::sla::sweep(conn, now)?;
        crate::linked_cases::queue_for(conn, role, now)
    })
    .await?;
    Ok(Json(json!({ "linked_cases": cases })))
}

async fn linked_show(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let role = state.governance.roster.role_of(&who);
    let now = state.clock.now().unix_millis();
    ops_write(&state, move |conn| {
        crate::linked_cases::open_as(conn, id, &who, role, now)
    })
    .await?
    .map(Json)
    .ok_or_else(|| ApiError::new(ErrorCode::NotFound, state.clock.now()))
}

async fn sla_stats(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    reviewer(&state, &headers)?;
    let now = state.clock.now().unix_millis();
    Ok(Json(
        ops_write(&state, move |conn| {
            crate::sla::sweep(conn, now)?;
            crate::sla::stats(conn, now)
        })
        .await?,
    ))
}

/// `since`: the last feed id the caller has seen.
#[derive(Debug, Default, serde::Deserialize)]
struct Since {
    #[serde(default)]
    since: i64,
}

async fn case_events(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(since): ApiQuery<Since>,
) -> Result<Json<Value>, ApiError> {
    reviewer(&state, &headers)?;
    let now = state.clock.now().unix_millis();
    let events = ops_write(&state, move |conn| {
        crate::sla::sweep(conn, now)?;
        crate::case_events::feed(conn, since.since)
    })
    .await?;
    Ok(Json(json!({ "events": events })))
}

/// The case id of a path. Read as text and parsed here so that a path that is not a case id is
/// the API's own signed JSON `not_found` (it names no case), not the framework's plain-text 400.
fn case_id_of(state: &AppState, raw: &str) -> Result<i64, ApiError> {
    raw.parse()
        .map_err(|_| ApiError::new(ErrorCode::NotFound, state.clock.now()))
}

fn reviewer(state: &AppState, headers: &HeaderMap) -> Result<String, ApiError> {
    reviewer_of(state, headers).ok_or_else(|| ApiError::new(ErrorCode::AuthExpired, state.clock.now()))
}

async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(filters): ApiQuery<Filters>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    Ok(Json(json!({"cases": queue(&state, &who, filters).await?})))
}

async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let case_id = case_id_of(&state, &case_id)?;
    let case = view(&state, who, case_id).await?;
    Ok(Json(detail(&case, state.clock.now())))
}

async fn start_review(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let case_id = case_id_of(&state, &case_id)?;
    Ok(Json(
        act(&state, who, case_id, ReviewerAction::StartReview).await?,
    ))
}

fn parse<T: serde::de::DeserializeOwned>(state: &AppState, body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|_| ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()))
}

async fn decide(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let case_id = case_id_of(&state, &case_id)?;
    let decision: DecideRequest = parse(&state, &body)?;
    Ok(Json(
        act(&state, who, case_id, ReviewerAction::Decide(decision)).await?,
    ))
}

async fn question(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let case_id = case_id_of(&state, &case_id)?;
    let q: QuestionRequest = parse(&state, &body)?;
    Ok(Json(act(&state, who, case_id, ReviewerAction::Ask(q)).await?))
}

async fn revise(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(case_id): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer(&state, &headers)?;
    let case_id = case_id_of(&state, &case_id)?;
    let revise: ReviseRequest = parse(&state, &body)?;
    Ok(Json(
        act(&state, who, case_id, ReviewerAction::Revise(revise)).await?,
    ))
}
