//! `GET /v1/console/subjects/{kind}/{id}/export`: the reported user's export (issue 11,
//! point 2) for the lead or the child-safety specialist answering an access request; the same
//! document as `platform-backend subject-export`, limited to the categories the role may see.
//! The look is audited under the subject's link-key hash, never the readable id.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use tellsafe::intake::ErrorCode;

use super::staff_of;
use crate::http::{ApiError, store_failed};
use crate::roles::Role;
use crate::state::AppState;

/// The route.
pub fn routes() -> Router<AppState> {
    Router::new().route("/v1/console/subjects/{kind}/{id}/export", get(export))
}

async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let now = state.clock.now();
    // Another role (or no sign-in) gets `not_found`, as for every governance action.
    let staff = staff_of(&state, &headers)
        .filter(|s| matches!(s.role, Role::Lead | Role::ChildSafety))
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, now))?;
    if !crate::cases::is_code(&kind) || id.is_empty() || id.len() > crate::holds::MAX_REASON_LEN {
        return Err(ApiError::new(ErrorCode::SchemaInvalid, now));
    }
    let actor = format!("reviewer:{}", staff.name);
    let role = staff.role;
    let doc = state
        .writer
        .write(move |conn| {
            let mut doc = crate::access::subject_export(conn, &kind, &id, now)?;
            if let Some(reports) = doc["reports"].as_array_mut() {
                reports.retain(|r| r["category"].as_str().is_some_and(|c| role.may_see(c)));
            }
            let count = doc["reports"].as_array().map_or(0, Vec::len);
            crate::audit::append(
                conn,
                &crate::audit::Entry {
                    at: now.unix_millis(),
                    actor: &actor,
                    action: "subject.exported",
                    subject: &format!("subject:{}", crate::linking::subject_key(&kind, &id)),
                    detail: &json!({ "reports": count }).to_string(),
                },
            )?;
            Ok(Ok::<Value, ()>(doc))
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(|()| ApiError::new(ErrorCode::Unavailable, now))?;
    Ok(Json(doc))
}
