//! The facade integrators call: [`TellSafe`].
//!
//! One object per app process. It owns the sealed outbox, the reporter's local history and
//! status cache, the wizard draft, and the signed conversation with the backend:
//!
//! ```text
//! let client = TellSafe::open(config).await?;
//! client.start_session(None, subjects)?;          // wizard (or build a Report yourself)
//! client.answer(Answer::Choose(..))?; ...          // save_session() between screens
//! let sent = client.submit_session(evidence).await?; // durable when it returns
//! client.flush().await?;                            // send now (also at start-up, on connectivity)
//! let view = client.status(sent.id).await?;         // verified, localized, age-appropriate
//! ```
//!
//! Discretion (DESIGN "Discretion"): [`TellSafe::quick_exit`] drops the wizard draft (memory
//! and sealed copy) but keeps sealed unsent reports; [`TellSafe::forget_on_device`] removes
//! local history and status cache; [`TellSafe::delete_everywhere`] asks the backend. Every
//! outbox item, history entry and status right is bound to the account signed in at submit
//! time, sent only under that account's session and shown only to it. The [`StatusListener`]
//! gets a neutral key, never a category, status word or id, and nothing at all for reports
//! whose reporter chose "don't notify me".

mod config;
mod error;
mod records;
mod send;
mod session;
mod status_doc;
mod wire;

#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use uuid::Uuid;

pub use config::{
    AuthError, AuthHeaderProvider, AuthSession, ClientConfig, InstallKeys, KeyPair,
    MAX_SENDS_PER_ITEM_PER_FLUSH, NotificationKey, RESPONSE_TIME_TOLERANCE_SECS, SoftwareKeys,
    StatusListener,
};
pub use error::{ClientError, WITHDRAW_KEPT_MESSAGE};
pub use send::{FlushSummary, ReleasedIntents, Submitted};
pub use status_doc::StatusView;

use crate::age::{AgeBand, AgeSignalSource};
use crate::flow::{Session, Wizard};
use crate::i18n::Localizer;
use crate::outbox::seal::Sealer;
use crate::outbox::{DeliveryHealth, Outbox, OutboxConfig};
use crate::platform::{Clock, Random};
use crate::sign::{MemoryNonceStore, StaticKeys, Verifier, VerifyPolicy};
use crate::status::ChildStatus;
use crate::timestamp::Timestamp;
use crate::transport::{Transport, check_url};
use records::Records;

/// Which local records `forget_on_device` removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forget {
    /// One report's history entry and status cache.
    One(Uuid),
    /// Every history entry and status cache of the signed-in account.
    All,
}

/// The TellSafe client. Share it behind an `Arc`; every method takes `&self`, and no lock is
/// held across an `.await` (a cancelled call leaves old or new state, never a mix).
pub struct TellSafe {
    base_url: String,
    app_name: String,
    locale: String,
    country: String,
    age_band: AgeBand,
    age_source: Option<AgeSignalSource>,
    platform: crate::report::Platform,
    app_version: String,
    keys: Arc<dyn config::InstallKeys>,
    transport: Arc<dyn Transport>,
    auth: Arc<dyn AuthHeaderProvider>,
    clock: Arc<dyn Clock>,
    random: Arc<dyn Random>,
    listener: Option<Arc<dyn StatusListener>>,
    localizer: Arc<Localizer>,
    wizard: Option<Arc<Wizard>>,
    outbox: Outbox,
    outbox_config: OutboxConfig,
    records: Records,
    verifier: Verifier<StaticKeys, MemoryNonceStore>,
    /// (account, key id) pairs registered by this process.
    registered: Mutex<HashSet<(String, String)>>,
    /// Server time minus device time, ms: from the outbox at open, then every `clock_skew`.
    offset_ms: AtomicI64,
    /// The wizard session on screen (memory only; `save_session` seals a copy).
    session: Mutex<Option<Session>>,
    /// Ids forgotten in this process whose outbox item may still deliver: no new history.
    forgotten: Mutex<HashSet<Uuid>>,
}

impl std::fmt::Debug for TellSafe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TellSafe").finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl TellSafe {
    /// Opens the client: checks the config, opens the sealed outbox and local records. Call
    /// [`TellSafe::flush`] afterwards to resume sending what a previous run left queued.
    pub async fn open(config: ClientConfig) -> Result<TellSafe, ClientError> {
        check_url(&config.backend_url)?;
        // A key this build cannot verify with (P-256 without `software-p256`) would refuse every
        // answer; say so now rather than at the first delivery.
        if config.backend_keys.is_empty() || !config.backend_keys.iter().all(|k| k.algorithm().is_built_in())
        {
            return Err(ClientError::Config {
                field: "backend_keys",
            });
        }
        let localizer = match config.localizer {
            Some(l) => l,
            None => Arc::new(default_localizer(&config.locale)?),
        };
        let sealer = Sealer::new(&config.key_store.sealing_key().await?);
        let outbox = Outbox::open(
            Arc::clone(&config.storage),
            Arc::clone(&config.key_store),
            Arc::clone(&config.clock),
            Arc::clone(&config.random),
            config.outbox,
        )
        .await?;
        let records = Records::open(Arc::clone(&config.storage), Arc::clone(&config.random), sealer).await?;
        let verifier = Verifier::new(StaticKeys::new(config.backend_keys), MemoryNonceStore::default())
            .with_policy(VerifyPolicy {
                max_skew_secs: RESPONSE_TIME_TOLERANCE_SECS,
                max_age_secs: RESPONSE_TIME_TOLERANCE_SECS,
            });
        let offset = outbox.clock_offset_ms();
        Ok(TellSafe {
            base_url: config.backend_url.trim_end_matches('/').to_owned(),
            app_name: config.app_name,
            locale: config.locale,
            country: config.country,
            age_band: config.age_band,
            age_source: config.age_source,
            platform: config.platform,
            app_version: config.app_version,
            keys: config.keys,
            transport: config.transport,
            auth: config.auth,
            clock: config.clock,
            random: config.random,
            listener: config.listener,
            localizer,
            wizard: config.wizard,
            outbox,
            outbox_config: config.outbox,
            records,
            verifier,
            registered: Mutex::new(HashSet::new()),
            offset_ms: AtomicI64::new(offset),
            session: Mutex::new(None),
            forgotten: Mutex::new(HashSet::new()),
        })
    }

    /// Registers the install key for the signed-in account (`POST /v1/keys`). Sending does this
    /// by itself before the first request and after `key_unknown` / `key_revoked`.
    pub async fn register(&self) -> Result<(), ClientError> {
        let session = self.auth.current().await?;
        self.register_as(&session).await
    }

    /// Delivery-health figures for the app's diagnostics: counts only, all accounts.
    pub fn delivery_health(&self) -> DeliveryHealth {
        self.outbox.delivery_health()
    }

    /// The signed-in account's parked reports (each with its reason in `state`; no content), so
    /// the app can show them: a parked report is never dropped silently.
    pub async fn parked(&self) -> Result<Vec<crate::outbox::ItemSummary>, ClientError> {
        let session = self.auth.current().await?;
        Ok(self.outbox.parked(&session.account))
    }

    /// Puts a parked report of the signed-in account back in the queue, e.g. after an app update
    /// that fixed what parked it (a schema bump the backend refused). It is then sent again,
    /// still under its idempotency key, so it arrives at most once.
    pub async fn retry_parked(&self, id: Uuid) -> Result<(), ClientError> {
        let session = self.auth.current().await?;
        if !self
            .outbox
            .parked(&session.account)
            .iter()
            .any(|item| item.id == id)
        {
            return Err(ClientError::NotFound);
        }
        Ok(self.outbox.retry_parked(id).await?)
    }

    /// The signed-in account's reports on this device, oldest first, with their last known
    /// status (no network).
    pub async fn my_reports(&self) -> Result<Vec<StatusView>, ClientError> {
        let session = self.auth.current().await?;
        self.records.persist_dirty().await?;
        let now = self.clock.now();
        Ok(self
            .records
            .of_account(&session.account)
            .into_iter()
            .map(|r| self.view_of(&r, now))
            .collect())
    }

    /// `quick_exit()`: closes the wizard and drops the draft, in memory and its sealed saved
    /// copy, at once. Sealed unsent reports stay and are still delivered.
    pub async fn quick_exit(&self) -> Result<(), ClientError> {
        if let Some(mut session) = lock(&self.session).take() {
            session.quick_exit();
        }
        self.records.drop_draft().await
    }

    /// `forget_on_device(id | all)`: removes the local history entry and status cache of one
    /// report, or of every report of the signed-in account. Queued (unsent) reports stay in the
    /// outbox and still arrive; no history is re-created for them in this run.
    pub async fn forget_on_device(&self, which: Forget) -> Result<(), ClientError> {
        let session = self.auth.current().await?;
        let ids: Vec<Uuid> = match which {
            Forget::One(id) => vec![id],
            Forget::All => self
                .records
                .of_account(&session.account)
                .into_iter()
                .map(|r| r.id)
                .collect(),
        };
        for id in ids {
            if self.records.remove(&session.account, id).await? {
                lock(&self.forgotten).insert(id);
            }
        }
        Ok(())
    }

    /// The view of a local entry from its cache (or "sent" before a receipt).
    fn view_of(&self, report: &records::LocalReport, now: Timestamp) -> StatusView {
        let (child, can_appeal, questions) = match &report.status {
            Some(c) => (c.child.clone(), c.can_appeal, c.questions.clone()),
            None if report.receipt.is_some() => (
                ChildStatus {
                    kind: crate::status::ChildStatusKind::Received,
                    outcomes: Vec::new(),
                    expected_by: report.receipt.as_ref().and_then(|r| r.expected_by),
                },
                false,
                Vec::new(),
            ),
            None => (ChildStatus::sent(), false, Vec::new()),
        };
        status_doc::view(
            &self.localizer,
            report.id,
            report.age_band,
            &self.app_name,
            now,
            status_doc::Shown {
                child,
                can_appeal,
                questions,
            },
        )
    }

    pub(crate) fn is_registered(&self, account: &str, key_id: &str) -> bool {
        lock(&self.registered).contains(&(account.to_owned(), key_id.to_owned()))
    }

    pub(crate) fn mark_registered(&self, account: &str, key_id: &str) {
        lock(&self.registered).insert((account.to_owned(), key_id.to_owned()));
    }

    /// Device time corrected by the last known server offset: the `created` of signatures and
    /// the "now" for checking responses.
    pub(crate) fn signing_time(&self) -> Timestamp {
        self.clock
            .now()
            .plus_millis(self.offset_ms.load(Ordering::SeqCst))
    }

    pub(crate) fn set_offset(&self, offset_ms: i64) {
        self.offset_ms.store(offset_ms, Ordering::SeqCst);
    }

    /// The outbox capacity and retry policy in use.
    pub fn outbox_config(&self) -> OutboxConfig {
        self.outbox_config
    }
}

#[cfg(feature = "embedded-locales")]
fn default_localizer(locale: &str) -> Result<Localizer, ClientError> {
    Localizer::embedded(&[locale], true).map_err(|_| ClientError::Config { field: "locale" })
}

#[cfg(not(feature = "embedded-locales"))]
fn default_localizer(_locale: &str) -> Result<Localizer, ClientError> {
    Err(ClientError::Config { field: "localizer" })
}
