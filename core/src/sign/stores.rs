//! Where keys and nonces come from: the [`KeyResolver`] and [`NonceStore`] traits, an
//! in-memory nonce store and a fixed key set.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::keys::PublicKey;
use super::signer::MaybeSendSync;

/// Default capacity of [`MemoryNonceStore`]: a nonce lives about `DEFAULT_MAX_AGE_SECS` (360 s), so this
/// absorbs ~270 signed requests per second before refusing (never silently forgetting) nonces.
pub const DEFAULT_NONCE_CAPACITY: usize = 100_000;

/// A failure of a key resolver or nonce store (database down, store full).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("store failed: {reason}")]
pub struct StoreError {
    /// A short, content-free reason.
    pub reason: String,
}

/// What a key id resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStatus {
    /// A registered, usable key.
    Active(PublicKey),
    /// Registered once, revoked since.
    Revoked,
    /// Never registered here.
    Unknown,
}

/// Looks up public keys by key id (the backend: its key table; a client: the pinned backend key).
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait KeyResolver: MaybeSendSync {
    /// The status of `key_id`.
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError>;
}

/// Whether a nonce was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonceCheck {
    /// First use; now remembered.
    Fresh,
    /// Seen before within its lifetime.
    Replayed,
}

/// Remembers nonces per key until they could no longer verify anyway.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait NonceStore: MaybeSendSync {
    /// Atomically checks and records (`key_id`, `nonce`), keeping it until `keep_until` (Unix
    /// seconds); `now` lets the store drop entries that have lapsed.
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError>;
}

/// An in-memory [`NonceStore`] with a capacity bound (a full store refuses, it never evicts live
/// nonces, which would reopen replays).
#[derive(Debug)]
pub struct MemoryNonceStore {
    seen: Mutex<HashMap<(String, String), i64>>,
    capacity: usize,
}

impl MemoryNonceStore {
    /// A store holding at most `capacity` live nonces.
    pub fn new(capacity: usize) -> MemoryNonceStore {
        MemoryNonceStore {
            seen: Mutex::new(HashMap::new()),
            capacity,
        }
    }
}

impl Default for MemoryNonceStore {
    fn default() -> Self {
        MemoryNonceStore::new(DEFAULT_NONCE_CAPACITY)
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl NonceStore for MemoryNonceStore {
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError> {
        let mut seen = self.seen.lock().map_err(|_| StoreError {
            reason: "nonce store poisoned".into(),
        })?;
        let entry = (key_id.to_string(), nonce.to_string());
        if seen.get(&entry).is_some_and(|&until| until >= now) {
            return Ok(NonceCheck::Replayed);
        }
        if seen.len() >= self.capacity {
            seen.retain(|_, until| *until >= now);
            if seen.len() >= self.capacity {
                return Err(StoreError {
                    reason: "nonce store full".into(),
                });
            }
        }
        seen.insert(entry, keep_until);
        Ok(NonceCheck::Fresh)
    }
}

/// A fixed set of keys: the client's pinned backend key, the CLI, tests.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    active: Vec<PublicKey>,
    revoked: Vec<String>,
}

impl StaticKeys {
    /// Resolves exactly these keys by their key ids.
    pub fn new(keys: impl IntoIterator<Item = PublicKey>) -> StaticKeys {
        StaticKeys {
            active: keys.into_iter().collect(),
            revoked: Vec::new(),
        }
    }

    /// Marks `key_id` revoked.
    pub fn revoke(&mut self, key_id: &str) {
        self.active.retain(|k| k.key_id() != key_id);
        self.revoked.push(key_id.to_string());
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl KeyResolver for StaticKeys {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        if let Some(key) = self.active.iter().find(|k| k.key_id() == key_id) {
            return Ok(KeyStatus::Active(key.clone()));
        }
        if self.revoked.iter().any(|k| k == key_id) {
            return Ok(KeyStatus::Revoked);
        }
        Ok(KeyStatus::Unknown)
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl<T: KeyResolver + ?Sized> KeyResolver for std::sync::Arc<T> {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        (**self).resolve(key_id).await
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl<T: NonceStore + ?Sized> NonceStore for std::sync::Arc<T> {
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError> {
        (**self).check_and_insert(key_id, nonce, keep_until, now).await
    }
}
