//! What an app passes to [`TellSafe::open`](super::TellSafe::open): where the backend is, whom
//! to trust, who the reporter is, and the platform services.

use std::sync::Arc;

use async_trait::async_trait;

use crate::age::{AgeBand, AgeSignalSource};
use crate::i18n::Localizer;
use crate::outbox::OutboxConfig;
use crate::platform::{Clock, KeyStore, MaybeSendSync, PlatformError, Random, Storage};
use crate::sign::{PublicKey, Signer};
use crate::transport::Transport;

/// How far a backend response's `created` may be from the client's corrected clock. A device
/// clock can be hours off before the first `clock_skew` answer corrects it, and that answer must
/// itself verify; receipts and status documents are additionally bound to the report id they
/// answer, so an old response replayed by a proxy cannot stand in for a new one. One day covers
/// any time-zone-sized error while still refusing responses recorded long ago.
pub const RESPONSE_TIME_TOLERANCE_SECS: i64 = 24 * 60 * 60;

/// Most requests one [`flush`](super::TellSafe::flush) makes per queued item (first attempt,
/// a prerequisite such as registering, and a re-sign after `clock_skew`). The bound stops a
/// misbehaving backend from keeping a flush busy forever; the outbox keeps the rest for later.
pub const MAX_SENDS_PER_ITEM_PER_FLUSH: usize = 4;

/// The platform account the reporter is signed in to, and its current `Authorization` value.
#[derive(Clone, PartialEq, Eq)]
pub struct AuthSession {
    /// The platform's stable account id. Outbox items, history and status rights are bound to it.
    pub account: String,
    /// The full `Authorization` header value (e.g. `Bearer ...`).
    pub authorization: String,
}

/// Never prints the token or the account.
impl std::fmt::Debug for AuthSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthSession(..)")
    }
}

/// Why the app could not give an auth session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Nobody is signed in.
    #[error("no account is signed in")]
    SignedOut,
    /// The app could not refresh its token now (offline, server error).
    #[error("auth refresh unavailable")]
    Unavailable,
}

/// The app's session: which account is signed in and how to authenticate as it. The app
/// implements it over its own login; the SDK never stores the token.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait AuthHeaderProvider: MaybeSendSync {
    /// The current account and header.
    async fn current(&self) -> Result<AuthSession, AuthError>;
    /// A fresh header after the backend answered `auth_expired`; the account must not change.
    async fn refresh(&self) -> Result<AuthSession, AuthError>;
}

/// An install key: the signer and its public half.
pub type KeyPair = (Arc<dyn Signer>, PublicKey);

/// The install's signing keys, one per platform account: the backend binds a key to the
/// account that registered it, so a shared device signs each account's requests with its own
/// key (and one account's key never speaks for another).
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait InstallKeys: MaybeSendSync {
    /// The key to sign `account`'s requests with and its public half (sent when registering).
    async fn current(&self, account: &str) -> Result<KeyPair, PlatformError>;
    /// Makes a new key for `account` (e.g. a new Android Keystore alias) after `key_revoked`.
    async fn rotate(&self, account: &str) -> Result<KeyPair, PlatformError>;
}

/// A neutral notification the app may show. It carries no category, subject, status word or
/// report id: on a shared or monitored device a notification must not reveal a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationKey {
    /// Something changed; the app shows its own neutral words ("You have an update").
    Update,
}

impl NotificationKey {
    /// The stable key the app maps to its own copy.
    pub fn key(self) -> &'static str {
        match self {
            NotificationKey::Update => "tellsafe-update",
        }
    }
}

/// Receives neutral notification keys when a report's status changes. Never called for a
/// report whose reporter chose "don't notify me".
pub trait StatusListener: MaybeSendSync {
    /// A status changed; `key` is all the app learns here (it reads details in the app).
    fn on_update(&self, key: NotificationKey);
}

/// Everything the client needs. Capacity and retry policy live in `outbox` (named defaults in
/// [`OutboxConfig::default`]).
pub struct ClientConfig {
    /// The backend's base URL, e.g. `https://reports.example.com`. Plain http only on loopback.
    pub backend_url: String,
    /// The pinned backend public keys; responses signed by anything else are not believed.
    /// A P-256 key needs the `software-p256` feature (without it `open` fails naming this
    /// field); Ed25519 keys, the reference backend's, need none.
    pub backend_keys: Vec<PublicKey>,
    /// The platform the SDK runs on (recorded in each report's client info).
    pub platform: crate::report::Platform,
    /// The integrating app's version (recorded in each report's client info).
    pub app_version: String,
    /// The app's display name, used in status copy ("People at { $app } ...").
    pub app_name: String,
    /// The reporter's locale (negotiated against shipped locales).
    pub locale: String,
    /// The reporter's country (ISO 3166-1 alpha-2).
    pub country: String,
    /// The app's age signal; `Unknown` is treated as a child.
    pub age_band: AgeBand,
    /// Where the age signal came from, if known.
    pub age_source: Option<AgeSignalSource>,
    /// The install key.
    pub keys: Arc<dyn InstallKeys>,
    /// The key store holding the sealing key for records at rest.
    pub key_store: Arc<dyn KeyStore>,
    /// Durable storage for sealed records.
    pub storage: Arc<dyn Storage>,
    /// The clock (virtual in tests).
    pub clock: Arc<dyn Clock>,
    /// Cryptographic randomness (nonces, record names, jitter).
    pub random: Arc<dyn Random>,
    /// How requests reach the backend.
    pub transport: Arc<dyn Transport>,
    /// The app's login.
    pub auth: Arc<dyn AuthHeaderProvider>,
    /// Gets neutral keys on status changes (optional).
    pub listener: Option<Arc<dyn StatusListener>>,
    /// Status copy; `None` loads the embedded locales (feature `embedded-locales`).
    pub localizer: Option<Arc<Localizer>>,
    /// Capacity and retry policy.
    pub outbox: OutboxConfig,
    /// The report wizard (`None`: the app submits reports it built itself).
    pub wizard: Option<Arc<crate::flow::Wizard>>,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("backend_keys", &self.backend_keys.len())
            .field("outbox", &self.outbox)
            .finish_non_exhaustive()
    }
}

/// Software install keys ([`SigningKey`](crate::sign::SigningKey) in memory): the given key for
/// the first account that asks, fresh keys of the same algorithm for any other account and on
/// rotation. For desktop, the CLI and tests; phones use hardware keys.
pub struct SoftwareKeys {
    first: std::sync::Mutex<Option<crate::sign::SigningKey>>,
    alg: &'static crate::sign::Algorithm,
    by_account: std::sync::Mutex<std::collections::HashMap<String, KeyPair>>,
}

impl SoftwareKeys {
    /// Starts with `key`.
    pub fn new(key: crate::sign::SigningKey) -> SoftwareKeys {
        SoftwareKeys {
            alg: key.algorithm(),
            first: std::sync::Mutex::new(Some(key)),
            by_account: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    fn fresh(&self) -> Result<KeyPair, PlatformError> {
        let key = crate::sign::SigningKey::generate(self.alg).map_err(|_| PlatformError::Random)?;
        let public = key.public_key().clone();
        Ok((Arc::new(key), public))
    }
}

impl std::fmt::Debug for SoftwareKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SoftwareKeys(..)")
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl InstallKeys for SoftwareKeys {
    async fn current(&self, account: &str) -> Result<KeyPair, PlatformError> {
        let mut map = self
            .by_account
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(pair) = map.get(account) {
            return Ok(pair.clone());
        }
        let first = self
            .first
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        let pair: KeyPair = match first {
            Some(key) => {
                let public = key.public_key().clone();
                (Arc::new(key), public)
            }
            None => self.fresh()?,
        };
        map.insert(account.to_owned(), pair.clone());
        Ok(pair)
    }

    async fn rotate(&self, account: &str) -> Result<KeyPair, PlatformError> {
        let pair = self.fresh()?;
        self.by_account
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(account.to_owned(), pair.clone());
        Ok(pair)
    }
}
