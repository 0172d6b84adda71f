//! The TellSafe client as a uniffi Object ([`TellSafeClient`]): register, submit, flush, read
//! statuses, and the discretion calls. Async methods run on tokio (reqwest needs it); uniffi
//! drives them from Kotlin coroutines, Swift tasks and Python asyncio. Thin: every rule lives
//! in core's `client` module.

use std::sync::Arc;

use async_trait::async_trait;
use tellsafe::client::{self, ClientError, Forget, NotificationKey, SoftwareKeys, TellSafe};
use tellsafe::outbox::OutboxConfig;
use tellsafe::platform::{MemoryKeyStore, OsRandom, Random, SEALING_KEY_LEN, SystemClock};
use tellsafe::report::{Platform, ReportId};
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::status::{ChildOutcome, ChildStatusKind};
use tellsafe::storage::MemoryStorage;
use tellsafe::transport::HttpTransport;
use tellsafe::{AgeBand, AgeSignalSource, Timestamp};
use uuid::Uuid;

use crate::error::TellSafeError;
use crate::foreign::{ForeignKeyStore, ForeignStorage, KeyStore, Storage};
use crate::report::{Evidence, Report};
use crate::sign::PublicKey;
use crate::wizard::{WizardSession, embedded_wizard};

/// The code an [`AuthHeaderProvider`] throws (`TellSafeError.Platform`) when nobody is signed in.
pub const SIGNED_OUT: &str = "signed_out";

/// The signed-in account and its `Authorization` header value.
#[derive(Clone, uniffi::Record)]
pub struct AuthSession {
    /// The platform's stable account id.
    pub account: String,
    /// The full `Authorization` header value (e.g. `Bearer ...`).
    pub authorization: String,
}

/// The app's login. Throw `TellSafeError.Platform { code = "signed_out" }` when nobody is
/// signed in; anything else means "not available now". The SDK never stores the token.
#[uniffi::export(with_foreign)]
#[async_trait]
pub trait AuthHeaderProvider: Send + Sync {
    /// The current account and header.
    async fn current(&self) -> Result<AuthSession, TellSafeError>;
    /// A fresh header after the backend answered `auth_expired`; the account must not change.
    async fn refresh(&self) -> Result<AuthSession, TellSafeError>;
}

/// Gets a neutral key (`tellsafe-update`) when a report's status changes; never a category,
/// status word or id, and nothing for reports whose reporter chose "don't notify me".
#[uniffi::export(with_foreign)]
pub trait StatusListener: Send + Sync {
    /// A status changed.
    fn on_update(&self, key: String);
}

struct ForeignAuth(Arc<dyn AuthHeaderProvider>);

fn auth_result(r: Result<AuthSession, TellSafeError>) -> Result<client::AuthSession, client::AuthError> {
    match r {
        Ok(s) => Ok(client::AuthSession {
            account: s.account,
            authorization: s.authorization,
        }),
        Err(e) if e.code() == SIGNED_OUT => Err(client::AuthError::SignedOut),
        Err(_) => Err(client::AuthError::Unavailable),
    }
}

#[async_trait]
impl client::AuthHeaderProvider for ForeignAuth {
    async fn current(&self) -> Result<client::AuthSession, client::AuthError> {
        auth_result(self.0.current().await)
    }
    async fn refresh(&self) -> Result<client::AuthSession, client::AuthError> {
        auth_result(self.0.refresh().await)
    }
}

struct ForeignListener(Arc<dyn StatusListener>);

impl client::StatusListener for ForeignListener {
    fn on_update(&self, key: NotificationKey) {
        self.0.on_update(key.key().to_owned());
    }
}

/// Who the reporter is and which backend to trust.
#[derive(uniffi::Record)]
pub struct ClientOptions {
    /// The backend's base URL (`https`; plain `http` only on loopback).
    pub backend_url: String,
    /// The pinned backend public keys.
    pub backend_keys: Vec<Arc<PublicKey>>,
    /// The platform the SDK runs on.
    pub platform: Platform,
    /// The app's version.
    pub app_version: String,
    /// The app's display name, used in copy.
    pub app_name: String,
    /// The reporter's locale.
    pub locale: String,
    /// The reporter's country (ISO 3166-1 alpha-2).
    pub country: String,
    /// The app's age signal.
    pub age_band: AgeBand,
    /// Where the age signal came from.
    pub age_source: Option<AgeSignalSource>,
}

/// What `submit` queued.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Submitted {
    /// The report id.
    pub id: String,
    /// Intent codes the app performs now.
    pub perform_now: Vec<String>,
    /// Intent codes that wait for the receipt (or `preserve_locally`).
    pub deferred: Vec<String>,
}

/// What one `flush` did.
#[derive(Debug, Clone, uniffi::Record)]
pub struct FlushResult {
    /// Report ids delivered in this flush.
    pub delivered: Vec<String>,
    /// When the next queued item is due, if any.
    pub next_attempt_at: Option<Timestamp>,
}

/// A report's status, verified and worded for the reporter's age band.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ReportStatus {
    /// The report id.
    pub id: String,
    /// The status.
    pub kind: ChildStatusKind,
    /// What changed.
    pub outcomes: Vec<ChildOutcome>,
    /// Localized title.
    pub title: String,
    /// Localized text.
    pub text: String,
    /// Localized outcome lines.
    pub outcome_texts: Vec<String>,
    /// When a decision is expected, if known.
    pub expected_by: Option<Timestamp>,
    /// Whether the reporter may appeal now.
    pub can_appeal: bool,
    /// Questions the reviewer asked.
    pub questions: Vec<String>,
}

impl From<client::StatusView> for ReportStatus {
    fn from(v: client::StatusView) -> ReportStatus {
        ReportStatus {
            id: v.id.to_string(),
            kind: v.kind,
            outcomes: v.outcomes,
            title: v.title,
            text: v.text,
            outcome_texts: v.outcome_texts,
            expected_by: v.expected_by,
            can_appeal: v.can_appeal,
            questions: v.questions,
        }
    }
}

fn codes<T: serde::Serialize>(items: &[T]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| serde_json::to_value(i).ok())
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

impl From<client::Submitted> for Submitted {
    fn from(s: client::Submitted) -> Submitted {
        Submitted {
            id: s.id.to_string(),
            perform_now: codes(&s.perform_now),
            deferred: codes(&s.deferred),
        }
    }
}

impl From<ClientError> for TellSafeError {
    fn from(e: ClientError) -> TellSafeError {
        match e {
            ClientError::Config { field } => TellSafeError::validation("config", field),
            ClientError::Validation { field, .. } => TellSafeError::validation("invalid", field),
            ClientError::Unverified { reason } => TellSafeError::Verification {
                code: reason.to_owned(),
                wire_code: "signature_invalid".to_owned(),
            },
            ClientError::Signing => TellSafeError::Signing {
                code: "signer_failed".to_owned(),
            },
            ClientError::Storage(p) => p.into(),
            ClientError::Auth(client::AuthError::SignedOut) => TellSafeError::Platform {
                code: SIGNED_OUT.to_owned(),
            },
            other => TellSafeError::Platform {
                code: other.code().to_owned(),
            },
        }
    }
}

fn parse_id(id: &str) -> Result<Uuid, TellSafeError> {
    Uuid::parse_str(id).map_err(|_| TellSafeError::validation("syntax", "id"))
}

/// The TellSafe client: one per app process.
#[derive(uniffi::Object)]
pub struct TellSafeClient {
    inner: TellSafe,
    platform: Platform,
    app_version: String,
}

#[uniffi::export(async_runtime = "tokio")]
impl TellSafeClient {
    /// Opens the client with the embedded wizard, the reqwest transport and a software
    /// Ed25519 install key. `storage` / `key_store` `None`: in memory (tests and demos only;
    /// nothing survives the process).
    #[uniffi::constructor]
    pub async fn open(
        options: ClientOptions,
        auth: Arc<dyn AuthHeaderProvider>,
        listener: Option<Arc<dyn StatusListener>>,
        storage: Option<Arc<dyn Storage>>,
        key_store: Option<Arc<dyn KeyStore>>,
    ) -> Result<Arc<TellSafeClient>, TellSafeError> {
        let clock = Arc::new(SystemClock);
        let random = Arc::new(OsRandom::new());
        let storage: Arc<dyn tellsafe::platform::Storage> = match storage {
            Some(s) => Arc::new(ForeignStorage(s)),
            None => Arc::new(MemoryStorage::new()),
        };
        let key_store: Arc<dyn tellsafe::platform::KeyStore> = match key_store {
            Some(k) => Arc::new(ForeignKeyStore(k)),
            None => {
                let mut key = [0u8; SEALING_KEY_LEN];
                random.fill(&mut key)?;
                Arc::new(MemoryKeyStore::new(key))
            }
        };
        let key = SigningKey::generate(&ED25519)?;
        let transport = HttpTransport::new().map_err(|e| TellSafeError::Platform {
            code: e.code().to_owned(),
        })?;
        let now = tellsafe::platform::Clock::now(clock.as_ref());
        let config = client::ClientConfig {
            backend_url: options.backend_url,
            backend_keys: options.backend_keys.iter().map(|k| k.0.clone()).collect(),
            platform: options.platform,
            app_version: options.app_version.clone(),
            app_name: options.app_name,
            locale: options.locale,
            country: options.country,
            age_band: options.age_band,
            age_source: options.age_source,
            keys: Arc::new(SoftwareKeys::new(key)),
            key_store,
            storage,
            clock,
            random,
            transport: Arc::new(transport),
            auth: Arc::new(ForeignAuth(auth)),
            listener: listener.map(|l| Arc::new(ForeignListener(l)) as Arc<dyn client::StatusListener>),
            localizer: None,
            outbox: OutboxConfig::default(),
            wizard: Some(Arc::new(embedded_wizard(now, false)?)),
        };
        Ok(Arc::new(TellSafeClient {
            inner: TellSafe::open(config).await?,
            platform: options.platform,
            app_version: options.app_version,
        }))
    }

    /// Registers the install key for the signed-in account (sending also does it by itself).
    pub async fn register(&self) -> Result<(), TellSafeError> {
        Ok(self.inner.register().await?)
    }

    /// Turns a finished wizard session into a report and queues it (durable when it returns).
    pub async fn submit_session(
        &self,
        session: Arc<WizardSession>,
        evidence: Vec<Evidence>,
    ) -> Result<Submitted, TellSafeError> {
        let now = tellsafe::platform::Clock::now(&SystemClock);
        let mut random = [0u8; 10];
        OsRandom::new().fill(&mut random)?;
        let millis = u64::try_from(now.unix_millis()).unwrap_or(0);
        let outcome = session.outcome(
            ReportId::new(millis, &random),
            now,
            self.platform,
            self.app_version.clone(),
            evidence,
        )?;
        let sent = self
            .inner
            .submit(&outcome.report, outcome.notify, &outcome.intents)
            .await?;
        Ok(sent.into())
    }

    /// Queues a report the app built itself. `notify`: whether the reporter wants updates.
    pub async fn submit(&self, report: Arc<Report>, notify: bool) -> Result<Submitted, TellSafeError> {
        let notify = if notify {
            tellsafe::flow::NotifyPreference::TellMeHere
        } else {
            tellsafe::flow::NotifyPreference::DontNotify
        };
        Ok(self.inner.submit(&report.0, notify, &[]).await?.into())
    }

    /// Sends what is due now (also call at start-up and when connectivity returns).
    pub async fn flush(&self) -> Result<FlushResult, TellSafeError> {
        let s = self.inner.flush().await?;
        Ok(FlushResult {
            delivered: s.delivered.iter().map(Uuid::to_string).collect(),
            next_attempt_at: s.next_attempt_at,
        })
    }

    /// Fetches, verifies and words one report's status.
    pub async fn status(&self, id: String) -> Result<ReportStatus, TellSafeError> {
        Ok(self.inner.status(parse_id(&id)?).await?.into())
    }

    /// The signed-in account's reports on this device with their last known status.
    pub async fn my_reports(&self) -> Result<Vec<ReportStatus>, TellSafeError> {
        Ok(self
            .inner
            .my_reports()
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Drops the client's saved wizard draft at once (queued reports stay).
    pub async fn quick_exit(&self) -> Result<(), TellSafeError> {
        Ok(self.inner.quick_exit().await?)
    }

    /// Removes local history and status cache of one report (`id`) or all (`None`).
    pub async fn forget_on_device(&self, id: Option<String>) -> Result<(), TellSafeError> {
        let which = match id {
            Some(id) => Forget::One(parse_id(&id)?),
            None => Forget::All,
        };
        Ok(self.inner.forget_on_device(which).await?)
    }

    /// Asks the backend to delete the report everywhere.
    pub async fn delete_everywhere(&self, id: String) -> Result<(), TellSafeError> {
        Ok(self.inner.delete_everywhere(parse_id(&id)?).await?)
    }
}
