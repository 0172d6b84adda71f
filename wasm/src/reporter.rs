//! [`Reporter`]: the page's wrapper over core's client ([`tellsafe::client::TellSafe`]). Queueing,
//! sending, registering, retrying, verifying answers, the local history, status rendering and
//! the release of deferred intents are all core's; this file turns JSON into core calls and
//! back.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tellsafe::client::{AuthSession, ClientConfig, ClientError, Forget, StatusView, TellSafe};
use tellsafe::flow::{Intent, IntentRequest, NotifyPreference};
use tellsafe::outbox::OutboxConfig;
use tellsafe::report::{Platform, Report};
use tellsafe::sign::{ED25519, PublicKey};
use tellsafe::{AgeBand, Timestamp};
use uuid::Uuid;
use wasm_bindgen::prelude::*;

use crate::error::{WebError, from_json_object, to_json};
use crate::platform::{JsKeyStore, JsStorage, WebClock, WebRandom, services};
use crate::services::{JsTransport, PageAuth, WebInstallKeys};
use crate::wizard::WebText;

/// What the page passes to [`Reporter::open`] (JSON).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ReporterConfig {
    backend_url: String,
    account: String,
    authorization: String,
    /// Pinned backend keys: SPKI PEM, or the raw Ed25519 key in base64 as the backend prints it.
    backend_keys: Vec<String>,
    app_name: String,
    #[serde(default)]
    app_version: String,
    locale: String,
    #[serde(default)]
    country: String,
    age_band: AgeBand,
}

/// A finished wizard (`Session.toReport()`): the canonical report and what comes after it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Finished {
    report_json: String,
    notify: NotifyPreference,
    #[serde(default)]
    intents: Vec<IntentRequest>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SubmittedJs {
    report_id: Uuid,
    perform_now: Vec<Intent>,
    deferred: Vec<Intent>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReleasedJs {
    report_id: Uuid,
    intents: Vec<Intent>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FlushJs {
    delivered: Vec<Uuid>,
    released: Vec<ReleasedJs>,
    wait_until_ms: Option<i64>,
}

/// The page's reporter: core's client over IndexedDB, WebCrypto, `Date` and `fetch`.
#[wasm_bindgen]
pub struct Reporter {
    client: TellSafe,
    /// The sign-in core asks for on every request; the page may replace its header.
    auth: Arc<PageAuth>,
}

#[wasm_bindgen]
impl Reporter {
    /// Opens core's client. `send(method, url, headers, body)` performs one HTTP request and
    /// resolves to `{status, headers, body}`; `text` is the wizard's status copy
    /// (`WebWizard.textHandle()`).
    pub async fn open(
        config: String,
        storage: JsStorage,
        key_store: JsKeyStore,
        send: js_sys::Function,
        text: WebText,
    ) -> Result<Reporter, JsValue> {
        crate::install_nfc();
        Ok(Self::open_inner(&config, storage, key_store, send, text).await?)
    }

    /// Replaces the `Authorization` header of later requests (the page refreshed its token).
    /// A request the backend refused as `auth_expired` with the old header is retried with
    /// this one on the next `flush`; queued reports wait for it, none is dropped.
    #[wasm_bindgen(js_name = setAuthorization)]
    pub fn set_authorization(&self, authorization: String) {
        self.auth.set(authorization);
    }

    /// Seals a finished report into the outbox durably (JSON `Submitted`); delivery happens
    /// in [`Reporter::flush`]. `deferred` intents come back from `flush` once the backend has
    /// the report.
    pub async fn submit(&self, finished: String) -> Result<String, JsValue> {
        Ok(self.submit_inner(&finished).await?)
    }

    /// Delivers what is due (JSON `FlushResult`: delivered ids, released deferred intents,
    /// `waitUntilMs` when to call again).
    pub async fn flush(&self) -> Result<String, JsValue> {
        let summary = self.client.flush().await.map_err(web)?;
        Ok(to_json(&FlushJs {
            delivered: summary.delivered,
            released: summary
                .released
                .into_iter()
                .map(|r| ReleasedJs {
                    report_id: r.id,
                    intents: r.intents,
                })
                .collect(),
            wait_until_ms: summary.next_attempt_at.map(Timestamp::unix_millis),
        })?)
    }

    /// The account's reports on this device with their last known status (JSON
    /// `StatusView[]`, oldest first; no network).
    #[wasm_bindgen(js_name = myReports)]
    pub async fn my_reports(&self) -> Result<String, JsValue> {
        Ok(to_json(&self.client.my_reports().await.map_err(web)?)?)
    }

    /// Fetches, verifies and applies the status of every delivered report (JSON
    /// `StatusView[]`).
    pub async fn refresh(&self) -> Result<String, JsValue> {
        Ok(to_json(&self.client.refresh().await.map_err(web)?)?)
    }

    /// One report's verified status (JSON `StatusView`).
    pub async fn status(&self, report_id: String) -> Result<String, JsValue> {
        let view: StatusView = self.client.status(parse_id(&report_id)?).await.map_err(web)?;
        Ok(to_json(&view)?)
    }

    /// The app preserved the evidence itself: releases the report's deferred intents now
    /// (JSON `Intent[]`).
    #[wasm_bindgen(js_name = preserveLocally)]
    pub async fn preserve_locally(&self, report_id: String) -> Result<String, JsValue> {
        let intents = self
            .client
            .preserve_locally(parse_id(&report_id)?)
            .await
            .map_err(web)?;
        Ok(to_json(&intents)?)
    }

    /// Drops any saved wizard draft; queued reports stay and are still delivered.
    #[wasm_bindgen(js_name = quickExit)]
    pub async fn quick_exit(&self) -> Result<(), JsValue> {
        Ok(self.client.quick_exit().await.map_err(web)?)
    }

    /// Forgets one report (`reportId`) or, with `null`, every report of the account on this
    /// device. Queued reports are still delivered.
    #[wasm_bindgen(js_name = forgetOnDevice)]
    pub async fn forget_on_device(&self, report_id: Option<String>) -> Result<(), JsValue> {
        let which = match report_id {
            Some(id) => Forget::One(parse_id(&id)?),
            None => Forget::All,
        };
        Ok(self.client.forget_on_device(which).await.map_err(web)?)
    }
}

fn web(e: ClientError) -> WebError {
    WebError::from_display(e.code(), &e)
}

fn parse_id(text: &str) -> Result<Uuid, WebError> {
    Uuid::parse_str(text).map_err(|_| WebError::new("invalid_input", "field `reportId` is not a UUID"))
}

fn backend_key(text: &str) -> Result<PublicKey, WebError> {
    let bad = || WebError::new("invalid_input", "field `backendKeys` holds an unreadable key");
    if text.trim_start().starts_with("-----BEGIN") {
        return PublicKey::from_spki_pem(text).map_err(|_| bad());
    }
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| bad())?;
    PublicKey::from_raw(&ED25519, &raw).map_err(|_| bad())
}

impl Reporter {
    #[allow(
        clippy::arc_with_non_send_sync,
        reason = "wasm32 has one thread; core's service traits ask for no Send there"
    )]
    async fn open_inner(
        config: &str,
        storage: JsStorage,
        key_store: JsKeyStore,
        send: js_sys::Function,
        text: WebText,
    ) -> Result<Reporter, WebError> {
        let config: ReporterConfig = from_json_object("config", config)?;
        let backend_keys = config
            .backend_keys
            .iter()
            .map(|k| backend_key(k))
            .collect::<Result<Vec<_>, _>>()?;
        let (storage, key_store) = services(storage, key_store);
        let auth = Arc::new(PageAuth::new(AuthSession {
            account: config.account,
            authorization: config.authorization,
        }));
        let client = TellSafe::open(ClientConfig {
            backend_url: config.backend_url,
            backend_keys,
            platform: Platform::Web,
            app_version: config.app_version,
            app_name: config.app_name,
            locale: config.locale,
            country: config.country,
            age_band: config.age_band,
            age_source: None,
            keys: Arc::new(WebInstallKeys::new(storage.clone(), key_store.clone())),
            key_store,
            storage,
            clock: Arc::new(WebClock),
            random: Arc::new(WebRandom::default()),
            transport: Arc::new(JsTransport(send)),
            auth: auth.clone(),
            listener: None,
            localizer: Some(text.0),
            outbox: OutboxConfig::default(),
            wizard: None,
        })
        .await
        .map_err(web)?;
        Ok(Reporter { client, auth })
    }

    async fn submit_inner(&self, finished: &str) -> Result<String, WebError> {
        let finished: Finished = from_json_object("finished", finished)?;
        let report =
            Report::from_json(&finished.report_json).map_err(|e| WebError::from_display("report", &e))?;
        let submitted = self
            .client
            .submit(&report, finished.notify, &finished.intents)
            .await
            .map_err(web)?;
        to_json(&SubmittedJs {
            report_id: submitted.id,
            perform_now: submitted.perform_now,
            deferred: submitted.deferred,
        })
    }
}
