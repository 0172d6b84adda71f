//! The HTTP surface: routes, the error type, and response signing.

mod api_path;
mod cases_api;
mod client_auth;
mod export;
mod keys;
mod reports;
mod test_hooks;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use tellsafe::Timestamp;
use tellsafe::intake::{ErrorBody, ErrorCode};
use tellsafe::sign::http::{Request as CoreRequest, Response as CoreResponse};
use tellsafe::sign::{CONTENT_DIGEST, SIGNATURE, SIGNATURE_INPUT, SignOptions, sign_response};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::state::AppState;

pub use api_path::{ApiPath, ApiQuery};
pub use client_auth::{Verified, replayed, store_nonce};
pub use keys::load_keys;

/// Largest response body the signing middleware buffers (responses are small JSON documents).
const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

/// An error answer: the code decides the status; the body carries the server time.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The stable code.
    pub code: ErrorCode,
    /// Server time when the error was made.
    pub server_time: Timestamp,
    /// Seconds for `Retry-After` (429 / 503 / 409 in progress).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with `code` at `now`.
    pub fn new(code: ErrorCode, now: Timestamp) -> ApiError {
        ApiError {
            code,
            server_time: now,
            retry_after: None,
        }
    }

    /// Adds a `Retry-After`.
    pub fn retry_after(mut self, seconds: u64) -> ApiError {
        self.retry_after = Some(seconds);
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = ErrorBody {
            code: self.code,
            server_time: self.server_time,
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

/// Maps a storage failure to 503 `unavailable` (logged without content).
pub fn store_failed(state: &AppState, error: crate::db::StoreError) -> ApiError {
    tracing::error!(%error, "storage failed");
    ApiError::new(ErrorCode::Unavailable, state.clock.now()).retry_after(1)
}

/// Builds the router.
pub fn router(state: AppState, cors_origins: &[String]) -> Router {
    let mut api = Router::new()
        .route("/v1/keys", post(keys::register))
        .route("/v1/keys/{key_id}", axum::routing::delete(keys::revoke))
        .route("/v1/reports", post(reports::submit))
        .route("/v1/reports/export", get(export::reporter_export))
        .route("/v1/reports/{id}", axum::routing::delete(reports::delete))
        .route("/v1/reports/{id}/status", get(reports::status))
        .route("/v1/reports/{id}/appeal", post(reports::appeal))
        .route("/v1/reports/{id}/info", post(reports::info))
        .route("/v1/backend-key", get(keys::backend_key))
        .route("/v1/cases/{id}/events", post(cases_api::post_event))
        .merge(crate::console::api_routes())
        .merge(crate::console::ops_routes())
        .merge(crate::console::subject_access_routes());
    if state.config.test_hooks {
        api = api.merge(test_hooks::routes());
    }
    let api = api.layer(middleware::from_fn_with_state(state.clone(), sign_responses));
    let mut app = Router::new()
        .route("/healthz", get(healthz))
        .merge(crate::console::html_routes())
        .merge(crate::console::ops_html_routes())
        .merge(crate::console::download_routes())
        .merge(api)
        .with_state(state);
    let origins: Vec<HeaderValue> = cors_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if !origins.is_empty() {
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST, Method::DELETE])
                .allow_headers(tower_http::cors::Any)
                .expose_headers(tower_http::cors::Any),
        );
    }
    app
}

async fn healthz() -> &'static str {
    "ok"
}

/// Signs every API response with core's [`sign_response`] (profile `tsb`): `@status`,
/// `content-digest`, and the request's `@method` and `@target-uri` via `;req`.
async fn sign_responses(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let target_uri = format!(
        "{}{}",
        state.config.base_url,
        request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/")
    );
    let signed_request = CoreRequest::new(request.method().as_str(), target_uri);
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_RESPONSE_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(signed_request) = signed_request else {
        tracing::error!("response signing failed: request target does not parse");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut core_response = CoreResponse::new(parts.status.as_u16());
    core_response.body = bytes.to_vec();
    let signed = match SignOptions::with_random_nonce(state.clock.now()) {
        Ok(options) => sign_response(&mut core_response, &signed_request, &state.backend_key, &options).await,
        Err(error) => Err(error),
    };
    if let Err(error) = signed {
        // An unsigned answer would be refused by every client: fail loudly instead.
        tracing::error!(%error, "response signing failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    for name in [CONTENT_DIGEST, SIGNATURE_INPUT, SIGNATURE] {
        if let Some(value) = core_response
            .headers
            .get(name)
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            parts.headers.insert(name, value);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
