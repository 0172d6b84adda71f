//! `GET /v1/reports/export`: the reporter's own export (issue 11, point 2), signed like every
//! answer and bound to the account whose install key signed the request.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::client_auth;
use super::{ApiError, store_failed};
use crate::state::AppState;

/// `GET /v1/reports/export`: every report of the signed-in account, with its status.
pub async fn reporter_export(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let (parts, _) = request.into_parts();
    let verified = client_auth::verify(&state, &parts, None).await?;
    let now = state.clock.now();
    // A writer job: the nonce is stored with the read (no replay of a signed export request),
    // and cases whose window ended close as they do on a status read.
    let body = state
        .writer
        .write(move |conn| {
            if !client_auth::store_nonce(conn, &verified)? {
                return Ok(Err(client_auth::replayed()));
            }
            Ok(Ok(crate::access::reporter_export(conn, &verified.account, now)?))
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(|code| ApiError::new(code, now))?;
    Ok((StatusCode::OK, Json(body)).into_response())
}
