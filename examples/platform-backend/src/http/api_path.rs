//! Path and query parameters for the JSON API.
//!
//! axum's `Path` answers a parameter that does not parse (`/v1/cases/null,null/events`) with its
//! own unsigned plain-text 400. A path that does not parse names no resource, so the API answers
//! its own signed JSON `not_found` instead, like every other error (found by Schemathesis).

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use tellsafe::intake::ErrorCode;

use super::ApiError;
use crate::state::AppState;

/// `Path<T>` whose rejection is the API's signed `not_found`.
#[derive(Debug, Clone, Copy)]
pub struct ApiPath<T>(pub T);

impl<T> FromRequestParts<AppState> for ApiPath<T>
where
    T: DeserializeOwned + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(ApiPath(value)),
            Err(_) => Err(ApiError::new(ErrorCode::NotFound, state.clock.now())),
        }
    }
}

/// `Query<T>` whose rejection is the API's signed `schema_invalid` (a query that does not parse
/// is a malformed request, answered like a malformed body).
#[derive(Debug, Clone, Copy)]
pub struct ApiQuery<T>(pub T);

impl<T> FromRequestParts<AppState> for ApiQuery<T>
where
    T: DeserializeOwned + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(_) => Err(ApiError::new(ErrorCode::SchemaInvalid, state.clock.now())),
        }
    }
}
