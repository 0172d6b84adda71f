//! The backend's side of core's signing module (`tellsafe::sign`): its response-signing key,
//! a [`KeyResolver`] over the registered keys (bound to the account asking), a [`NonceStore`]
//! whose durable half is the `nonces` table, and the conversion of axum requests into core's
//! [`Request`].
//!
//! The nonce store's check is the `INSERT OR IGNORE` into `nonces` inside the same writer
//! transaction as the request's effect: a replay (also across restarts) is refused before it
//! changes anything, a nonce is never stored without its effect, and no process memory grows
//! with traffic (an in-memory set would need rate x validity entries: 840k at 2,000/s).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use async_trait::async_trait;
use axum::http::request::Parts;
use tellsafe::sign::http::Request;
use tellsafe::sign::{
    KeyError, KeyResolver, KeyStatus, NonceCheck, NonceStore, PublicKey, SigningKey, StoreError,
};

/// A registered client key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientKey {
    /// The public key; its RFC 7638 thumbprint is the key id.
    pub public_key: PublicKey,
    /// The account it is bound to.
    pub account: String,
    /// Revoked keys are refused with `key_revoked`.
    pub revoked: bool,
}

impl ClientKey {
    /// The key id (RFC 7638 thumbprint of the public key).
    pub fn key_id(&self) -> &str {
        self.public_key.key_id()
    }
}

/// Registered keys by key id: a write-through cache of the `keys` table, loaded at start-up.
pub type KeyTable = RwLock<HashMap<String, ClientKey>>;

/// Resolves key ids for one account: a key bound to another account is unknown to this one
/// (no cross-account oracle), a revoked key is `Revoked`.
#[derive(Debug, Clone)]
pub struct AccountKeys {
    keys: Arc<KeyTable>,
    account: String,
}

impl AccountKeys {
    /// The resolver for `account`.
    pub fn new(keys: Arc<KeyTable>, account: &str) -> AccountKeys {
        AccountKeys {
            keys,
            account: account.to_owned(),
        }
    }
}

#[async_trait]
impl KeyResolver for AccountKeys {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        let keys = self.keys.read().unwrap_or_else(|p| p.into_inner());
        Ok(match keys.get(key_id) {
            Some(key) if key.account != self.account => KeyStatus::Unknown,
            Some(key) if key.revoked => KeyStatus::Revoked,
            Some(key) => KeyStatus::Active(key.public_key.clone()),
            None => KeyStatus::Unknown,
        })
    }
}

/// A nonce accepted by the in-memory store and still to be written with the request's effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingNonce {
    /// The signing key.
    pub key_id: String,
    /// The nonce.
    pub nonce: String,
    /// Until when it must be remembered, Unix milliseconds (the `nonces.expires_at` column).
    pub expires_at_millis: i64,
}

/// The per-request nonce store: hands the nonce (with the expiry core computed) to the writer
/// job, which inserts it into `nonces` and refuses a replay there (see [`store_nonce`]).
#[derive(Debug, Default)]
pub struct RequestNonces {
    pending: Mutex<Option<PendingNonce>>,
}

impl RequestNonces {
    /// The nonce the verifier accepted, if any.
    pub fn take(&self) -> Option<PendingNonce> {
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

#[async_trait]
impl NonceStore for RequestNonces {
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        _now: i64,
    ) -> Result<NonceCheck, StoreError> {
        *self.pending.lock().unwrap_or_else(|p| p.into_inner()) = Some(PendingNonce {
            key_id: key_id.to_owned(),
            nonce: nonce.to_owned(),
            expires_at_millis: keep_until.saturating_mul(1000),
        });
        Ok(NonceCheck::Fresh)
    }
}

/// Inserts the nonce inside a writer job; `Ok(false)` if it was stored before (a replay, e.g.
/// across a restart). Expired rows are purged by the server's periodic task.
pub fn store_nonce(conn: &rusqlite::Connection, nonce: &PendingNonce) -> rusqlite::Result<bool> {
    let mut stmt =
        conn.prepare_cached("INSERT OR IGNORE INTO nonces (key_id, nonce, expires_at) VALUES (?1, ?2, ?3)")?;
    let inserted = stmt.execute(rusqlite::params![
        nonce.key_id,
        nonce.nonce,
        nonce.expires_at_millis
    ])?;
    Ok(inserted == 1)
}

/// Core's request from axum parts: the absolute `@target-uri` the client signed (public base
/// URL + path and query), every UTF-8 header, and the body. `None` if the URI does not parse.
pub fn core_request(base_url: &str, parts: &Parts, body: &[u8]) -> Option<Request> {
    let target = format!(
        "{base_url}{}",
        parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/")
    );
    let mut request = Request::new(parts.method.as_str(), target).ok()?;
    for (name, value) in &parts.headers {
        if let Ok(value) = value.to_str() {
            request.headers.append(name.as_str(), value);
        }
    }
    request.body = body.to_vec();
    Some(request)
}

/// Why the backend key could not be loaded or created.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// Reading or writing the file failed.
    #[error("signing key file: {0}")]
    Io(#[from] std::io::Error),
    /// The file is not a PKCS#8 PEM key core can sign with.
    #[error("signing key file is not a supported PKCS#8 PEM key")]
    Format(#[from] KeyError),
}

/// Loads the backend's signing key (PKCS#8 PEM) at `path`, creating an Ed25519 key (mode 0600)
/// on first run. Returns whether it was new.
pub fn load_or_create_backend_key(path: &Path) -> Result<(SigningKey, bool), KeyFileError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((SigningKey::from_pkcs8_pem(&text)?, false)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = SigningKey::generate(&tellsafe::sign::ED25519)?;
            write_private(path, key.to_pkcs8_pem().as_bytes())?;
            Ok((key, true))
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_key_is_created_once_as_pem_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.pem");
        let (first, created) = load_or_create_backend_key(&path).unwrap();
        assert!(created);
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .starts_with("-----BEGIN PRIVATE KEY-----")
        );
        let (again, created) = load_or_create_backend_key(&path).unwrap();
        assert!(!created);
        assert_eq!(first.key_id(), again.key_id());
    }

    #[tokio::test]
    async fn resolver_hides_other_accounts_and_reports_revocation() {
        let key = SigningKey::generate(&tellsafe::sign::ED25519).unwrap();
        let id = key.key_id().to_owned();
        let table = Arc::new(KeyTable::default());
        table.write().unwrap().insert(
            id.clone(),
            ClientKey {
                public_key: key.public_key().clone(),
                account: "alice".into(),
                revoked: false,
            },
        );
        let alice = AccountKeys::new(table.clone(), "alice");
        assert!(matches!(alice.resolve(&id).await.unwrap(), KeyStatus::Active(_)));
        let bob = AccountKeys::new(table.clone(), "bob");
        assert_eq!(bob.resolve(&id).await.unwrap(), KeyStatus::Unknown);
        table.write().unwrap().get_mut(&id).unwrap().revoked = true;
        assert_eq!(alice.resolve(&id).await.unwrap(), KeyStatus::Revoked);
    }

    fn nonce_db() -> rusqlite::Connection {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE nonces (key_id TEXT, nonce TEXT, expires_at INTEGER, PRIMARY KEY (key_id, nonce))",
        )
        .unwrap();
        conn
    }

    #[tokio::test]
    async fn request_nonces_hand_the_nonce_to_the_writer_which_refuses_a_replay() {
        let nonces = RequestNonces::default();
        assert_eq!(
            nonces.check_and_insert("k", "n", 100, 10).await.unwrap(),
            NonceCheck::Fresh
        );
        let pending = nonces.take().unwrap();
        assert_eq!(pending.expires_at_millis, 100_000);
        let conn = nonce_db();
        assert!(store_nonce(&conn, &pending).unwrap());
        assert!(
            !store_nonce(&conn, &pending).unwrap(),
            "the same nonce again is a replay"
        );
    }
}
