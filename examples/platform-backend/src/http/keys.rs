//! Key registration (proof of possession) and revocation.

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;
use serde_json::json;
use tellsafe::intake::{BodyKind, ErrorCode};

use super::client_auth::{self, replayed, store_nonce};
use super::{ApiError, store_failed};
use tellsafe::sign::{Algorithm, PublicKey};

use crate::signing::ClientKey;
use crate::state::AppState;

/// Longest key id accepted (key ids are short digests).
const MAX_KEY_ID_LEN: usize = 128;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Registration {
    key_id: String,
    alg: String,
    public_key: String,
    /// Platform attestation evidence for the key (base64), checked by the installed
    /// [`crate::attestation::KeyAttestation`]; absent means unattested.
    #[serde(default)]
    attestation: Option<String>,
}

/// `POST /v1/keys`: binds the signing key to the authenticated account. The request is signed
/// by the key being registered, which proves the caller holds it.
pub async fn register(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let (parts, body) = request.into_parts();
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let content_type = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if BodyKind::from_content_type(content_type) != Ok(BodyKind::Json) {
        return Err(err(ErrorCode::UnsupportedMediaType));
    }
    let body = client_auth::read_body(&state, body).await?;
    let account = client_auth::account_of(&state, &parts.headers)?;
    let reg: Registration = serde_json::from_slice(&body).map_err(|_| err(ErrorCode::SchemaInvalid))?;
    let alg = Algorithm::from_name(&reg.alg).ok_or_else(|| err(ErrorCode::SchemaInvalid))?;
    let raw = STANDARD
        .decode(&reg.public_key)
        .map_err(|_| err(ErrorCode::SchemaInvalid))?;
    let public_key = PublicKey::from_raw(alg, &raw).map_err(|_| err(ErrorCode::SchemaInvalid))?;
    // The key id is derived (RFC 7638 thumbprint), never chosen: a claimed id that is not the
    // thumbprint of the key is refused rather than stored under a name anyone could pick.
    if reg.key_id.len() > MAX_KEY_ID_LEN || reg.key_id != public_key.key_id() {
        return Err(err(ErrorCode::SchemaInvalid));
    }
    let key = ClientKey {
        public_key: public_key.clone(),
        account: account.clone(),
        revoked: false,
    };
    let evidence = match &reg.attestation {
        Some(b64) => Some(STANDARD.decode(b64).map_err(|_| err(ErrorCode::SchemaInvalid))?),
        None => None,
    };
    let verified = client_auth::verify_registration(&state, &parts, &body, public_key, account).await?;
    let attestation = crate::attestation::attest(&key.account, key.key_id(), evidence.as_deref());
    let stored = key.clone();
    let outcome = state
        .writer
        .write(move |conn| {
            if !store_nonce(conn, &verified)? {
                return Ok(Err(replayed()));
            }
            let existing: Option<(String, Option<i64>)> = conn
                .query_row("SELECT account_id, revoked_at FROM keys WHERE key_id = ?1", [stored.key_id()], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            match existing {
                Some((owner, _)) if owner != stored.account => Ok(Err(ErrorCode::KeyBoundElsewhere)),
                Some((_, Some(_))) => Ok(Err(ErrorCode::KeyRevoked)),
                Some(_) => Ok(Ok(false)),
                None => {
                    conn.execute(
                        "INSERT INTO keys (key_id, account_id, alg, public_key, registered_at, attestation) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![stored.key_id(), stored.account, stored.public_key.algorithm().name(), stored.public_key.raw(), now.unix_millis(), attestation.code()],
                    )?;
                    crate::audit::append(
                        conn,
                        &crate::audit::Entry {
                            at: now.unix_millis(),
                            actor: &format!("account:{}", stored.account),
                            action: "key.registered",
                            subject: &format!("key:{}", stored.key_id()),
                            detail: &json!({"attestation": attestation.code()}).to_string(),
                        },
                    )?;
                    Ok(Ok(true))
                }
            }
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(err)?;
    if outcome {
        state
            .keys
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key.key_id().to_owned(), key.clone());
    }
    let status = if outcome {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(json!({"key_id": key.key_id(), "alg": key.public_key.algorithm().name(), "attestation": attestation.code()})),
    )
        .into_response())
}

/// `DELETE /v1/keys/{key_id}`: revokes a key of the caller's account (signed by any of its keys).
pub async fn revoke(
    State(state): State<AppState>,
    Path(key_id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let (parts, _body) = request.into_parts();
    let now = state.clock.now();
    let err = |code| ApiError::new(code, now);
    let verified = client_auth::verify(&state, &parts, None).await?;
    let target = {
        let keys = state.keys.read().unwrap_or_else(|p| p.into_inner());
        keys.get(&key_id)
            .filter(|k| k.account == verified.account)
            .cloned()
    };
    let Some(target) = target else {
        return Err(err(ErrorCode::NotFound));
    };
    let account = verified.account.clone();
    let id = target.key_id().to_owned();
    state
        .writer
        .write(move |conn| {
            if !store_nonce(conn, &verified)? {
                return Ok(Err(replayed()));
            }
            conn.execute(
                "UPDATE keys SET revoked_at = ?1 WHERE key_id = ?2 AND revoked_at IS NULL",
                params![now.unix_millis(), id],
            )?;
            crate::audit::append(
                conn,
                &crate::audit::Entry {
                    at: now.unix_millis(),
                    actor: &format!("account:{account}"),
                    action: "key.revoked",
                    subject: &format!("key:{id}"),
                    detail: "{}",
                },
            )?;
            Ok(Ok(()))
        })
        .await
        .map_err(|e| store_failed(&state, e))?
        .map_err(err)?;
    if let Some(k) = state
        .keys
        .write()
        .unwrap_or_else(|p| p.into_inner())
        .get_mut(target.key_id())
    {
        k.revoked = true;
    }
    Ok((
        StatusCode::OK,
        Json(json!({"key_id": target.key_id(), "revoked_at": now})),
    )
        .into_response())
}

/// `GET /v1/backend-key`: the backend's public key (clients pin it out of band; this is for demos).
pub async fn backend_key(State(state): State<AppState>) -> Response {
    let key = state.backend_key.public_key();
    Json(json!({"key_id": key.key_id(), "alg": key.algorithm().name(), "public_key": STANDARD.encode(key.raw())}))
        .into_response()
}

/// Loads every key into the cache at start-up (rows whose key no longer parses are skipped
/// and logged by id: they could never verify anything).
pub fn load_keys(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<ClientKey>> {
    let mut stmt = conn.prepare("SELECT key_id, account_id, alg, public_key, revoked_at FROM keys")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Vec<u8>>(3)?,
            r.get::<_, Option<i64>>(4)?.is_some(),
        ))
    })?;
    let mut keys = Vec::new();
    for row in rows {
        let (key_id, account, alg, raw, revoked) = row?;
        match Algorithm::from_name(&alg).and_then(|alg| PublicKey::from_raw(alg, &raw).ok()) {
            Some(public_key) if public_key.key_id() == key_id => keys.push(ClientKey {
                public_key,
                account,
                revoked,
            }),
            _ => tracing::warn!(%key_id, "stored key does not parse; skipped"),
        }
    }
    Ok(keys)
}
