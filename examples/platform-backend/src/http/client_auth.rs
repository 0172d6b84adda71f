//! Verifying a client request with core's [`Verifier`]: the platform's (demo) auth, the RFC 9421
//! signature by profile, the key's binding to the account, time limits and rate limits. The
//! nonce is checked in memory here and stored inside the same write as the request's effect.

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use tellsafe::Timestamp;
use tellsafe::intake::{ErrorCode, MAX_BODY_BYTES};
use tellsafe::sign::{
    DEFAULT_VALIDITY_SECS, Expectation, KeyResolver, Profile, StaticKeys, Verifier, VerifyError, VerifyPolicy,
};

use super::ApiError;
use crate::signing::{AccountKeys, PendingNonce, RequestNonces, core_request};
use crate::state::AppState;

/// A request whose signature, key binding, time and rate limits checked out.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The authenticated account.
    pub account: String,
    /// The key that signed.
    pub key_id: String,
    /// The signature's nonce, to store with the request's effect (refuses replays).
    pub nonce: PendingNonce,
}

/// The account of the demo bearer token in `Authorization`.
pub fn account_of(state: &AppState, headers: &HeaderMap) -> Result<String, ApiError> {
    let now = state.clock.now();
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| ApiError::new(ErrorCode::AuthExpired, now))?;
    state
        .accounts
        .get(token)
        .cloned()
        .ok_or_else(|| ApiError::new(ErrorCode::AuthExpired, now))
}

/// Reads the body up to [`MAX_BODY_BYTES`].
pub async fn read_body(state: &AppState, body: Body) -> Result<bytes::Bytes, ApiError> {
    to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::new(ErrorCode::TooLarge, state.clock.now()))
}

/// The answer to a failed verification: core's wire code (and so its HTTP status) and, for
/// time errors, the server time core reports.
pub fn verify_failed(error: &VerifyError, now: Timestamp) -> ApiError {
    let server_time = error
        .server_time()
        .and_then(|secs| secs.checked_mul(1000))
        .and_then(Timestamp::from_unix_millis)
        .unwrap_or(now);
    let mut answer = ApiError::new(ErrorCode::from(error.wire_code()), server_time);
    if error.wire_code() == tellsafe::sign::ErrorCode::Unavailable {
        tracing::error!(code = error.code(), "signature verification store failed");
        answer = answer.retry_after(1);
    }
    answer
}

/// The profile a client request is signed under: with or without a body.
fn profile(body: Option<&[u8]>) -> Profile {
    match body {
        Some(_) => Profile::ClientRequest,
        None => Profile::ClientStatusRequest,
    }
}

/// Verifies a signed client request against the caller's registered keys.
pub async fn verify(state: &AppState, parts: &Parts, body: Option<&[u8]>) -> Result<Verified, ApiError> {
    let account = account_of(state, &parts.headers)?;
    let resolver = AccountKeys::new(state.keys.clone(), &account);
    verify_with(state, parts, body, resolver, account).await
}

/// Verifies a key registration: signed by the key in the body (proof of possession).
pub async fn verify_registration(
    state: &AppState,
    parts: &Parts,
    body: &[u8],
    key: tellsafe::sign::PublicKey,
    account: String,
) -> Result<Verified, ApiError> {
    match verify_with(state, parts, Some(body), StaticKeys::new([key]), account).await {
        // Signed by some other key than the one being registered: not proof of possession, and
        // not a reason to register again either.
        Err(e) if e.code == ErrorCode::KeyUnknown => {
            Err(ApiError::new(ErrorCode::SignatureInvalid, e.server_time))
        }
        other => other,
    }
}

async fn verify_with<R: KeyResolver>(
    state: &AppState,
    parts: &Parts,
    body: Option<&[u8]>,
    resolver: R,
    account: String,
) -> Result<Verified, ApiError> {
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let request = core_request(&state.config.base_url, parts, body.unwrap_or_default())
        .ok_or_else(|| err(ErrorCode::SignatureInvalid))?;
    let nonces = Arc::new(RequestNonces::default());
    let policy = VerifyPolicy {
        max_skew_secs: state.config.max_skew_secs,
        max_age_secs: DEFAULT_VALIDITY_SECS.saturating_add(state.config.max_skew_secs),
    };
    let verifier = Verifier::new(resolver, Arc::clone(&nonces)).with_policy(policy);
    let verified = verifier
        .verify_request(&request, Expectation::Profile(profile(body)), now)
        .await
        .map_err(|e| verify_failed(&e, now))?;
    // Every TellSafe profile requires a nonce, so a verified request always left one.
    let nonce = nonces.take().ok_or_else(|| err(ErrorCode::SignatureInvalid))?;
    let now_ms = now.unix_millis();
    state
        .key_limiter
        .check(&verified.key_id, now_ms)
        .map_err(|wait| err(ErrorCode::RateLimited).retry_after(wait))?;
    state
        .account_limiter
        .check(&account, now_ms)
        .map_err(|wait| err(ErrorCode::RateLimited).retry_after(wait))?;
    Ok(Verified {
        account,
        key_id: verified.key_id,
        nonce,
    })
}

/// Stores the request's nonce inside a writer job; `Ok(false)` means a replay.
pub fn store_nonce(conn: &rusqlite::Connection, verified: &Verified) -> rusqlite::Result<bool> {
    crate::signing::store_nonce(conn, &verified.nonce)
}

/// The error code of a replay caught by the nonce table (core's wire code for a replay).
pub fn replayed() -> ErrorCode {
    ErrorCode::from(VerifyError::Replayed.wire_code())
}
