//! `POST /v1/cases/{id}/events`: the signed decision API through which a platform's own
//! case-management tool drives a case (start review, ask, decide, revise) and so the child's
//! status. Requests are signed under core's `PlatformTool` profile (`tsp`) by a key configured
//! with `--integration-key`; the nonce is stored with the change (replays are refused), and the
//! same rules as the console apply (core's state machine, the law-enforcement freeze).

use crate::http::ApiPath;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Request, State};
use serde::Deserialize;
use serde_json::Value;
use tellsafe::intake::{BodyKind, ErrorCode, check_json_depth};
use tellsafe::sign::{DEFAULT_VALIDITY_SECS, Expectation, Profile, StaticKeys, Verifier, VerifyPolicy};

use super::ApiError;
use super::client_auth::{read_body, verify_failed};
use crate::case_history::{DecideRequest, QuestionRequest, ReviseRequest};
use crate::console::{Driver, ReviewerAction, drive};
use crate::signing::{RequestNonces, core_request};
use crate::state::AppState;

/// The body: one lifecycle event, in the console API's own shapes.
#[derive(Debug, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
enum ToolEvent {
    /// Start reviewing.
    StartReview,
    /// Ask the reporter structured questions.
    AskReporter {
        /// Question ids from the flow.
        questions: serde_json::Value,
    },
    /// Decide.
    Decide {
        /// The decision and its statement of reasons.
        decision: DecideRequest,
    },
    /// Reopen a closed case.
    Revise {
        /// Why.
        reason: serde_json::Value,
    },
}

/// `POST /v1/cases/{id}/events`.
pub async fn post_event(
    State(state): State<AppState>,
    ApiPath(case_id): ApiPath<i64>,
    request: Request,
) -> Result<Json<Value>, ApiError> {
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let (parts, body) = request.into_parts();
    let content_type = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if !matches!(BodyKind::from_content_type(content_type), Ok(BodyKind::Json)) {
        return Err(err(ErrorCode::UnsupportedMediaType));
    }
    let body = read_body(&state, body).await?;
    if state.governance.integration_keys.is_empty() {
        return Err(err(ErrorCode::KeyUnknown));
    }
    let signed = core_request(&state.config.base_url, &parts, &body)
        .ok_or_else(|| err(ErrorCode::SignatureInvalid))?;
    let nonces = Arc::new(RequestNonces::default());
    let policy = VerifyPolicy {
        max_skew_secs: state.config.max_skew_secs,
        max_age_secs: DEFAULT_VALIDITY_SECS.saturating_add(state.config.max_skew_secs),
    };
    let keys = StaticKeys::new(state.governance.integration_keys.iter().cloned());
    let verified = Verifier::new(keys, Arc::clone(&nonces))
        .with_policy(policy)
        .verify_request(&signed, Expectation::Profile(Profile::PlatformTool), now)
        .await
        .map_err(|e| verify_failed(&e, now))?;
    let nonce = nonces.take().ok_or_else(|| err(ErrorCode::SignatureInvalid))?;
    check_json_depth(&body).map_err(|_| err(ErrorCode::TooLarge))?;
    let event: ToolEvent = serde_json::from_slice(&body).map_err(|_| err(ErrorCode::SchemaInvalid))?;
    let action = match event {
        ToolEvent::StartReview => ReviewerAction::StartReview,
        ToolEvent::Decide { decision } => ReviewerAction::Decide(decision),
        ToolEvent::AskReporter { questions } => ReviewerAction::Ask(
            serde_json::from_value::<QuestionRequest>(serde_json::json!({ "questions": questions }))
                .map_err(|_| err(ErrorCode::SchemaInvalid))?,
        ),
        ToolEvent::Revise { reason } => ReviewerAction::Revise(
            serde_json::from_value::<ReviseRequest>(serde_json::json!({ "reason": reason }))
                .map_err(|_| err(ErrorCode::SchemaInvalid))?,
        ),
    };
    let driver = Driver::Tool {
        key_id: verified.key_id,
        nonce,
    };
    Ok(Json(drive(&state, driver, case_id, action).await?))
}
