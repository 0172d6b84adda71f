//! The child's side: submit a report, read its status, appeal, answer a question, delete.

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tellsafe::intake::{BodyKind, ErrorCode, check_json_depth};

use super::client_auth::{self, Verified};
use super::{ApiError, store_failed};
use crate::cases::{self, Action, ChildRequest, IntakeOutcome, NewReport};
use crate::state::{AppState, InFlight};

/// `POST /v1/reports`. Every refusal is counted by its code for the transparency statistics
/// (`intake_counts`; the code and the day only).
pub async fn submit(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let answer = submit_checked(&state, request).await;
    if let Err(refused) = &answer {
        state.intake_tally.reject(state.clock.now(), refused.code);
    }
    answer
}

async fn submit_checked(state: &AppState, request: Request) -> Result<Response, ApiError> {
    let state = state.clone();
    let (parts, body) = request.into_parts();
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let content_type = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let kind = BodyKind::from_content_type(content_type).map_err(|_| err(ErrorCode::UnsupportedMediaType))?;
    let body = client_auth::read_body(&state, body).await?;
    let verified = client_auth::verify(&state, &parts, Some(&body)).await?;
    match kind {
        BodyKind::Json => {}
        // Reserved (DESIGN: HPKE-sealed bodies); the dispatch point exists so adding it is additive.
        BodyKind::Sealed => return Err(err(ErrorCode::UnsupportedMediaType)),
    }
    check_json_depth(&body).map_err(|_| err(ErrorCode::TooLarge))?;
    let report = crate::report_glue::parse(&body).map_err(|_| err(ErrorCode::SchemaInvalid))?;
    if let Some(key) = idempotency_key(&parts.headers) {
        if key != report.report_id.to_string() {
            return Err(err(ErrorCode::SchemaInvalid));
        }
    }
    let report_id = report.report_id.to_string();
    let Some(_claim) = InFlight::claim(&state, &verified.account, &report_id) else {
        return Err(err(ErrorCode::InProgress).retry_after(1));
    };
    let new = NewReport::new(report, &body, &verified, now, state.config.appeal_window);
    let outcome = state
        .writer
        .write(move |conn| cases::intake(conn, &verified, &new))
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(err)?;
    Ok(match outcome {
        IntakeOutcome::Created(receipt) => {
            tracing::info!(tier = %receipt.review_tier, priority = receipt.priority, "report received");
            (StatusCode::CREATED, Json(receipt)).into_response()
        }
        IntakeOutcome::Duplicate(receipt) => (StatusCode::OK, Json(receipt)).into_response(),
        IntakeOutcome::Mismatch => return Err(err(ErrorCode::IdempotencyMismatch)),
    })
}

fn idempotency_key(headers: &axum::http::HeaderMap) -> Option<String> {
    let raw = headers.get("idempotency-key")?.to_str().ok()?;
    Some(raw.trim().trim_matches('"').to_owned())
}

async fn child_request(
    state: &AppState,
    request: Request,
    with_body: bool,
) -> Result<(Verified, Option<bytes::Bytes>), ApiError> {
    let (parts, body) = request.into_parts();
    let now = state.clock.now();
    if !with_body {
        let verified = client_auth::verify(state, &parts, None).await?;
        return Ok((verified, None));
    }
    let content_type = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    match BodyKind::from_content_type(content_type) {
        Ok(BodyKind::Json) => {}
        _ => return Err(ApiError::new(ErrorCode::UnsupportedMediaType, now)),
    }
    let body = client_auth::read_body(state, body).await?;
    let verified = client_auth::verify(state, &parts, Some(&body)).await?;
    check_json_depth(&body).map_err(|_| ApiError::new(ErrorCode::TooLarge, now))?;
    Ok((verified, Some(body)))
}

async fn run(
    state: &AppState,
    verified: Verified,
    report_id: String,
    action: Action,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let body = state
        .writer
        .write(move |conn| {
            cases::child_action(
                conn,
                &ChildRequest {
                    verified,
                    report_id,
                    action,
                    now,
                },
            )
        })
        .await
        .map_err(|e| store_failed(state, e))?
        .map_err(|code| ApiError::new(code, now))?;
    Ok((StatusCode::OK, Json(body)).into_response())
}

/// `GET /v1/reports/{id}/status`.
pub async fn status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let (verified, _) = child_request(&state, request, false).await?;
    run(&state, verified, id, Action::Status).await
}

/// The body of `POST /v1/reports/{id}/appeal`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AppealBody {
    /// A reason code chosen in the flow (never free text here).
    #[serde(default)]
    reason: Option<String>,
}

/// `POST /v1/reports/{id}/appeal`.
pub async fn appeal(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let (verified, body) = child_request(&state, request, true).await?;
    let parsed: AppealBody = serde_json::from_slice(body.as_deref().unwrap_or_default())
        .map_err(|_| ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()))?;
    let reason = parsed.reason.unwrap_or_else(|| "disagree".to_owned());
    if !cases::is_code(&reason) {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    run(&state, verified, id, Action::Appeal { reason }).await
}

/// The body of `POST /v1/reports/{id}/info`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InfoBody {
    /// The question being answered.
    question_id: String,
    /// Choice ids from the question's options.
    answer: Vec<String>,
}

/// `POST /v1/reports/{id}/info`.
pub async fn info(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let (verified, body) = child_request(&state, request, true).await?;
    let parsed: InfoBody = serde_json::from_slice(body.as_deref().unwrap_or_default())
        .map_err(|_| ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()))?;
    if !cases::is_code(&parsed.question_id)
        || parsed.answer.is_empty()
        || !parsed.answer.iter().all(|a| cases::is_code(a))
    {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now()));
    }
    run(
        &state,
        verified,
        id,
        Action::Info {
            question_id: parsed.question_id,
            answer: parsed.answer,
        },
    )
    .await
}

/// `DELETE /v1/reports/{id}`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    // DESIGN lists delete among requests with a body; a body-less DELETE is accepted too.
    let with_body = request.headers().contains_key(axum::http::header::CONTENT_TYPE);
    let (verified, _) = child_request(&state, request, with_body).await?;
    let now = state.clock.now();
    // Holds are checked in the same writer job as the deletion (no race with a hold being
    // placed); the `reports_held_no_erase` trigger refuses it again at the database.
    let body = state
        .writer
        .write(move |conn| {
            // A legal duty is named before a hold (`child_action` decides those cases).
            let case = crate::case_history::load_by_report(conn, &verified.account, &id)?;
            if case.is_some_and(|c| !c.deleted && !c.has_duty())
                && crate::holds::is_report_held(conn, &verified.account, &id)?
            {
                return Ok(Err(ErrorCode::DeleteRefusedHold));
            }
            cases::child_action(
                conn,
                &ChildRequest {
                    verified,
                    report_id: id,
                    action: Action::Delete,
                    now,
                },
            )
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(|code| ApiError::new(code, now))?;
    Ok((StatusCode::OK, Json(body)).into_response())
}
