//! Verifying a client request: the platform's (demo) auth, the RFC 9421 signature, the key's
//! binding to the account, clock skew and rate limits. Replays are caught when the nonce is
//! stored, inside the same write as the request's effect.

use axum::body::{Body, to_bytes};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use tellsafe::intake::{ErrorCode, MAX_BODY_BYTES};

use super::ApiError;
use crate::sig::{self, ClientKey};
use crate::state::AppState;

/// A request whose signature, key binding, skew and rate limits checked out.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The authenticated account.
    pub account: String,
    /// The key that signed.
    pub key_id: String,
    /// The signature's nonce (stored to refuse replays).
    pub nonce: String,
    /// Until when the nonce must be remembered (Unix ms): after it, the skew check refuses.
    pub nonce_expires_millis: i64,
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

/// The `@target-uri` the client signed.
pub fn target_uri(state: &AppState, parts: &Parts) -> String {
    format!(
        "{}{}",
        state.config.base_url,
        parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/")
    )
}

/// Verifies a signed client request. `registering` is the key being registered (proof of
/// possession), which need not be known yet.
pub fn verify(
    state: &AppState,
    parts: &Parts,
    body: Option<&[u8]>,
    registering: Option<&ClientKey>,
) -> Result<Verified, ApiError> {
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let account = account_of(state, &parts.headers)?;
    let signature = sig::parse_request(&parts.headers).map_err(err)?;
    let key = match registering {
        Some(key) => {
            if key.key_id != signature.key_id {
                return Err(err(ErrorCode::SignatureInvalid));
            }
            key.clone()
        }
        None => {
            let keys = state.keys.read().unwrap_or_else(|p| p.into_inner());
            let key = keys
                .get(&signature.key_id)
                .cloned()
                .ok_or_else(|| err(ErrorCode::KeyUnknown))?;
            if key.revoked {
                return Err(err(ErrorCode::KeyRevoked));
            }
            // A key bound to another account is unknown to this one (no cross-account oracle).
            if key.account != account {
                return Err(err(ErrorCode::KeyUnknown));
            }
            key
        }
    };
    if (signature.created - now.unix_seconds()).abs() > state.config.max_skew_secs {
        return Err(err(ErrorCode::ClockSkew));
    }
    if let Some(expires) = signature.expires {
        if expires < now.unix_seconds() {
            return Err(err(ErrorCode::ClockSkew));
        }
    }
    sig::verify_request(
        &signature,
        parts.method.as_str(),
        &target_uri(state, parts),
        &parts.headers,
        body,
        &key,
    )
    .map_err(err)?;
    let now_ms = now.unix_millis();
    state
        .key_limiter
        .check(&key.key_id, now_ms)
        .map_err(|wait| err(ErrorCode::RateLimited).retry_after(wait))?;
    state
        .account_limiter
        .check(&account, now_ms)
        .map_err(|wait| err(ErrorCode::RateLimited).retry_after(wait))?;
    Ok(Verified {
        account,
        key_id: key.key_id,
        nonce: signature.nonce,
        nonce_expires_millis: (signature.created + state.config.max_skew_secs + 1) * 1000,
    })
}

/// Stores the nonce; `Ok(false)` if it was seen before (a replay). Call inside a writer job.
pub fn store_nonce(conn: &rusqlite::Connection, verified: &Verified) -> rusqlite::Result<bool> {
    let inserted = conn.execute(
        "INSERT OR IGNORE INTO nonces (key_id, nonce, expires_at) VALUES (?1, ?2, ?3)",
        rusqlite::params![verified.key_id, verified.nonce, verified.nonce_expires_millis],
    )?;
    Ok(inserted == 1)
}
