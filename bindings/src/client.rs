//! The TellSafe client as a uniffi Object ([`TellSafeClient`]): register, submit, flush, read
//! statuses, appeal, answer questions, the wizard draft, and the discretion calls. uniffi drives
//! the async methods from Kotlin coroutines, Swift tasks and Python asyncio; with feature `http`
//! they run on tokio (reqwest needs it), without it requests go through the app's
//! [`Transport`]. Thin: every rule lives in core's `client` module.

use std::sync::Arc;

use async_trait::async_trait;
use tellsafe::client::{self, ClientError, Forget, NotificationKey, SoftwareKeys, TellSafe};
use tellsafe::outbox::{DeliveryHealth, ItemState, ItemSummary, OutboxConfig, ParkReason};
use tellsafe::platform::{MemoryKeyStore, OsRandom, Random, SEALING_KEY_LEN, SystemClock};
use tellsafe::report::{Platform, ReportId};
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::status::{ChildOutcome, ChildStatusKind};
use tellsafe::storage::MemoryStorage;
use tellsafe::{AgeBand, AgeSignalSource, Category, Timestamp};
use uuid::Uuid;

use crate::data::WizardData;
use crate::error::TellSafeError;
use crate::foreign::{ForeignKeyStore, ForeignStorage, KeyStore, Storage};
use crate::keys::{ForeignInstallKeys, InstallKeyProvider};
use crate::report::{Evidence, Report};
use crate::sign::PublicKey;
use crate::transport::{ForeignTransport, Transport};
use crate::wizard::{StepView, WizardAnswer, WizardSession};

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
    /// Let locale negotiation pick draft (unreviewed) translations for the wizard.
    #[uniffi(default = false)]
    pub allow_draft_locales: bool,
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

/// Delivery-health figures for the app's diagnostics: counts only, every account.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeliveryHealthInfo {
    /// Items waiting to be sent (due now or later).
    pub pending: u64,
    /// Pending items that failed at least once.
    pub retrying: u64,
    /// Items handed out and not yet reported back.
    pub in_flight: u64,
    /// Parked items (not retried until the app asks).
    pub parked: u64,
    /// Items waiting for the reporter's "still send?".
    pub needs_confirmation: u64,
    /// Unreadable records moved aside.
    pub quarantined: u64,
    /// Items delivered since the client was opened.
    pub delivered_since_open: u64,
}

impl From<DeliveryHealth> for DeliveryHealthInfo {
    fn from(h: DeliveryHealth) -> DeliveryHealthInfo {
        let n = |v: usize| u64::try_from(v).unwrap_or(u64::MAX);
        DeliveryHealthInfo {
            pending: n(h.pending),
            retrying: n(h.retrying),
            in_flight: n(h.in_flight),
            parked: n(h.parked),
            needs_confirmation: n(h.needs_confirmation),
            quarantined: n(h.quarantined),
            delivered_since_open: h.delivered_since_open,
        }
    }
}

/// A parked report as the app may show it: no body, no category, no account.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ParkedReport {
    /// The report id (`retry_parked` takes it).
    pub id: String,
    /// Why it was parked: core's stable code (`schema_invalid`, `too_large`, `rejected`, ...).
    pub reason: String,
    /// The HTTP status for `rejected` (a status the error table does not list).
    pub http_status: Option<u16>,
    /// Failed attempts before it was parked.
    pub failed_attempts: u32,
    /// When it was queued.
    pub created_at: Timestamp,
    /// Whether its category is urgent.
    pub urgent: bool,
}

impl ParkedReport {
    /// `None` for an item that is not parked (core's `parked` returns only parked ones).
    fn from_summary(item: ItemSummary) -> Option<ParkedReport> {
        let ItemState::Parked { reason } = item.state else {
            return None;
        };
        Some(ParkedReport {
            id: item.id.to_string(),
            reason: reason.code().to_owned(),
            http_status: match reason {
                ParkReason::Rejected { status } => Some(status),
                _ => None,
            },
            failed_attempts: item.failed_attempts,
            created_at: item.created_at,
            urgent: item.urgent,
        })
    }
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

/// The code of a `Platform` error the reporter must be told about in words: the backend keeps
/// the report for now (a preservation hold or a legal duty to report refused the withdrawal).
/// [`child_message_id`] gives the copy to show.
pub const WITHDRAW_KEPT: &str = "withdraw_kept";

/// The Fluent message id (in `status.ftl`) the reporter must read for an error `code`, where
/// the SDK owes them an explanation rather than a retry (`withdraw_kept` -> `withdraw-kept`,
/// "we cannot delete this yet ... it is not your fault"); `None` for codes the app handles
/// itself. The rule is core's `ClientError::child_message_id`.
#[uniffi::export]
pub fn child_message_id(code: String) -> Option<String> {
    (code == WITHDRAW_KEPT).then(|| client::WITHDRAW_KEPT_MESSAGE.to_owned())
}

impl From<ClientError> for TellSafeError {
    fn from(e: ClientError) -> TellSafeError {
        if e.child_message_id() == Some(client::WITHDRAW_KEPT_MESSAGE) {
            return TellSafeError::Platform {
                code: WITHDRAW_KEPT.to_owned(),
            };
        }
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

/// The transport: the app's, else reqwest (feature `http`), else a typed config error.
fn pick_transport(
    foreign: Option<Arc<dyn Transport>>,
) -> Result<Arc<dyn tellsafe::transport::Transport>, TellSafeError> {
    if let Some(t) = foreign {
        return Ok(Arc::new(ForeignTransport(t)));
    }
    #[cfg(feature = "http")]
    {
        let t = tellsafe::transport::HttpTransport::new().map_err(|e| TellSafeError::Platform {
            code: e.code().to_owned(),
        })?;
        Ok(Arc::new(t))
    }
    #[cfg(not(feature = "http"))]
    Err(TellSafeError::validation("missing", "transport"))
}

#[cfg_attr(feature = "http", uniffi::export(async_runtime = "tokio"))]
#[cfg_attr(not(feature = "http"), uniffi::export)]
impl TellSafeClient {
    /// Opens the client.
    ///
    /// - `storage` / `key_store` `None`: in memory (tests and demos only; nothing survives).
    /// - `transport` `None`: the built-in reqwest transport (feature `http`); pass OkHttp /
    ///   URLSession here, which a library built without `http` requires.
    /// - `install_keys` `None`: a software Ed25519 key per account in memory (tests only);
    ///   phones pass hardware keys (Android Keystore, Secure Enclave).
    /// - `data` `None`: the embedded wizard data (feature `embedded`); mobile libraries take the
    ///   app's `WizardData.from_sources`.
    #[uniffi::constructor(default(transport = None, install_keys = None, data = None))]
    #[allow(
        clippy::too_many_arguments,
        reason = "mirrors the platform services an app passes"
    )]
    pub async fn open(
        options: ClientOptions,
        auth: Arc<dyn AuthHeaderProvider>,
        listener: Option<Arc<dyn StatusListener>>,
        storage: Option<Arc<dyn Storage>>,
        key_store: Option<Arc<dyn KeyStore>>,
        transport: Option<Arc<dyn Transport>>,
        install_keys: Option<Arc<dyn InstallKeyProvider>>,
        data: Option<Arc<WizardData>>,
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
        let keys: Arc<dyn client::InstallKeys> = match install_keys {
            Some(k) => Arc::new(ForeignInstallKeys(k)),
            None => Arc::new(SoftwareKeys::new(SigningKey::generate(&ED25519)?)),
        };
        let transport = pick_transport(transport)?;
        let now = tellsafe::platform::Clock::now(clock.as_ref());
        let data = WizardData::or_default(data)?;
        let draft = options.allow_draft_locales;
        let localizer = Some(Arc::new(data.localizer(&[options.locale.as_str()], true)?));
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
            keys,
            key_store,
            storage,
            clock,
            random,
            transport,
            auth: Arc::new(ForeignAuth(auth)),
            listener: listener.map(|l| Arc::new(ForeignListener(l)) as Arc<dyn client::StatusListener>),
            localizer,
            outbox: OutboxConfig::default(),
            wizard: Some(Arc::new(data.wizard(now, draft)?)),
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

    /// Fetches, verifies and words the status of every report of the signed-in account on
    /// this device (a network failure keeps a report's last known status).
    pub async fn refresh(&self) -> Result<Vec<ReportStatus>, TellSafeError> {
        Ok(self.inner.refresh().await?.into_iter().map(Into::into).collect())
    }

    /// Asks for another look at a decision (when `ReportStatus.can_appeal`); returns the new
    /// status.
    pub async fn appeal(&self, id: String) -> Result<ReportStatus, TellSafeError> {
        Ok(self.inner.appeal(parse_id(&id)?).await?.into())
    }

    /// Answers the team's question with choice ids from the flow (never free text); returns
    /// the new status.
    pub async fn provide_info(
        &self,
        id: String,
        question_id: String,
        answers: Vec<String>,
    ) -> Result<ReportStatus, TellSafeError> {
        Ok(self
            .inner
            .provide_info(parse_id(&id)?, &question_id, &answers)
            .await?
            .into())
    }

    /// The app preserved the evidence itself (offline, the reporter wants to block now):
    /// returns the intent codes that were waiting for the receipt, for the app to perform.
    pub async fn preserve_locally(&self, id: String) -> Result<Vec<String>, TellSafeError> {
        Ok(codes(&self.inner.preserve_locally(parse_id(&id)?).await?))
    }

    /// Delivery-health counts for diagnostics (no content, no ids).
    pub fn delivery_health(&self) -> DeliveryHealthInfo {
        self.inner.delivery_health().into()
    }

    /// The signed-in account's parked reports, each with its reason (no content), so the app
    /// can show them: a parked report is never dropped silently.
    pub async fn parked(&self) -> Result<Vec<ParkedReport>, TellSafeError> {
        Ok(self
            .inner
            .parked()
            .await?
            .into_iter()
            .filter_map(ParkedReport::from_summary)
            .collect())
    }

    /// Puts a parked report of the signed-in account back in the queue (after an app update
    /// that fixed what parked it); `flush` then sends it again under its idempotency key.
    /// `Platform { code = "not_found" }` for an id that is not parked under this account.
    pub async fn retry_parked(&self, id: String) -> Result<(), TellSafeError> {
        Ok(self.inner.retry_parked(parse_id(&id)?).await?)
    }

    /// Starts the client-held wizard session for the signed-in reporter (age band, locale and
    /// country from the options) and returns the first step. `save_session` keeps it sealed.
    pub fn start_session(&self, category: Option<Category>) -> Result<StepView, TellSafeError> {
        Ok(self.inner.start_session(category, Vec::new())?.into())
    }

    /// The client-held session's step on screen.
    pub fn current_step(&self) -> Result<StepView, TellSafeError> {
        Ok(self.inner.current_step()?.into())
    }

    /// Answers the client-held session's step and returns the next one.
    pub fn answer(&self, answer: WizardAnswer) -> Result<StepView, TellSafeError> {
        Ok(self.inner.answer(answer.into())?.into())
    }

    /// Goes back one step in the client-held session.
    pub fn back(&self) -> Result<StepView, TellSafeError> {
        Ok(self.inner.back()?.into())
    }

    /// Seals the client-held session (bound to the signed-in account) so it survives the app
    /// being killed; `quick_exit` deletes it.
    pub async fn save_session(&self) -> Result<(), TellSafeError> {
        Ok(self.inner.save_session().await?)
    }

    /// Resumes the saved session of the signed-in account (`None` if there is none, or it no
    /// longer fits the flow); returns the step on screen.
    pub async fn resume_session(&self) -> Result<Option<StepView>, TellSafeError> {
        Ok(self.inner.resume_session().await?.map(Into::into))
    }

    /// Submits the finished client-held session and drops its saved draft.
    pub async fn submit_current_session(&self, evidence: Vec<Evidence>) -> Result<Submitted, TellSafeError> {
        let evidence = evidence.into_iter().map(|e| (e.id, e.sha256)).collect();
        Ok(self.inner.submit_session(evidence).await?.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_withdrawal_kept_by_a_hold_or_duty_carries_the_child_message() {
        for code in ["delete_refused_hold", "delete_refused_duty"] {
            let err: TellSafeError = ClientError::Backend {
                status: 409,
                code: code.to_owned(),
            }
            .into();
            assert_eq!(err.code(), WITHDRAW_KEPT);
            assert_eq!(
                child_message_id(err.code().to_owned()).as_deref(),
                Some("withdraw-kept")
            );
        }
    }

    #[test]
    fn other_errors_carry_no_child_message() {
        let err: TellSafeError = ClientError::Backend {
            status: 409,
            code: "conflict".to_owned(),
        }
        .into();
        assert_eq!(err.code(), "backend");
        assert_eq!(child_message_id(err.code().to_owned()), None);
        assert_eq!(child_message_id("not_found".to_owned()), None);
    }

    #[test]
    fn a_parked_summary_keeps_its_reason_and_status_but_a_pending_one_is_skipped() {
        let summary = |state| ItemSummary {
            id: Uuid::from_u128(7),
            state,
            failed_attempts: 2,
            created_at: Timestamp::from_unix_millis(1_000).unwrap(),
            next_attempt_at: None,
            urgent: true,
        };
        let parked = ParkedReport::from_summary(summary(ItemState::Parked {
            reason: ParkReason::Rejected { status: 418 },
        }))
        .unwrap();
        assert_eq!(parked.reason, "rejected");
        assert_eq!(parked.http_status, Some(418));
        assert_eq!(parked.id, Uuid::from_u128(7).to_string());
        let schema = ParkedReport::from_summary(summary(ItemState::Parked {
            reason: ParkReason::SchemaInvalid,
        }))
        .unwrap();
        assert_eq!(
            (schema.reason.as_str(), schema.http_status),
            ("schema_invalid", None)
        );
        assert_eq!(ParkedReport::from_summary(summary(ItemState::Pending)), None);
    }
}
