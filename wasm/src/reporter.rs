//! [`Reporter`]: queue a finished report in the sealed outbox and deliver it.
//!
//! INTERIM: this is the thin driver loop DESIGN gives the client facade (`core/src/client/`,
//! in flight on branch `client`). Every decision is the core's (`Outbox::next_ready`,
//! `record_attempt` and its pure policy, `sign_request`, `Verifier::verify_response`); this file
//! only moves bytes between them and `fetch`. When `core::client` lands, `Reporter` becomes a
//! wrapper over it and this loop goes away.

use std::cell::Cell;
use std::sync::Arc;

use base64::Engine;
use serde::{Deserialize, Serialize};
use tellsafe::Category;
use tellsafe::outbox::seal::Sealer;
use tellsafe::outbox::{
    AttemptOutcome, Decision, NewItem, NextTask, Outbox, OutboxConfig, Prerequisite, ServerResponse,
    UnsignedRequest,
};
use tellsafe::platform::{Clock, Storage};
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{
    ED25519, MemoryNonceStore, Profile, PublicKey, SignOptions, SigningKey, StaticKeys, Verifier,
    idempotency_key_value, sign_request,
};
use tellsafe::taxonomy::Taxonomy;
use uuid::Uuid;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::error::{WebError, from_json, to_json};
use crate::platform::{JsKeyStore, JsStorage, WebClock, WebRandom, services};

/// Record holding the sealed install key (neutral name, like the outbox's).
const KEY_RECORD: &str = "k1";
/// Prefix of the sealed "my reports" records (report id and band, nothing else).
const HISTORY_PREFIX: &str = "h";
/// Nonces remembered when checking backend responses; a page sees few responses.
const RESPONSE_NONCES: usize = 256;
/// Most attempts one `flush` makes, so a misbehaving backend cannot spin the page.
const MAX_ATTEMPTS_PER_FLUSH: usize = 32;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ReporterConfig {
    backend_url: String,
    account: String,
    authorization: String,
    #[serde(default)]
    backend_public_key_pem: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Finished {
    report_id: String,
    report_json: String,
    category: String,
    band: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct HistoryEntry {
    report_id: String,
    band: String,
    account: String,
    created_ms: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FlushResult {
    delivered: u32,
    wait_until_ms: Option<i64>,
    parked: usize,
    pending: usize,
}

/// The page's reporter: one install key, one outbox, one account.
#[wasm_bindgen]
pub struct Reporter {
    outbox: Outbox,
    key: SigningKey,
    config: ReporterConfig,
    send: js_sys::Function,
    storage: Arc<dyn Storage>,
    sealer: Sealer,
    registered: Cell<bool>,
}

#[wasm_bindgen]
impl Reporter {
    /// Opens the outbox on `storage` and loads (or creates and seals) the install key.
    /// `send(method, url, headers, body)` performs one HTTP request and resolves to
    /// `{status, headers, body}` (the npm package passes a `fetch` wrapper).
    pub async fn open(
        config: String,
        storage: JsStorage,
        key_store: JsKeyStore,
        send: js_sys::Function,
    ) -> Result<Reporter, JsValue> {
        Ok(Self::open_inner(&config, storage, key_store, send).await?)
    }

    /// Seals a finished report (`WebSession.toReport()` plus the band) into the outbox
    /// durably; returns when it is on disk. Delivery happens in [`Reporter::flush`].
    pub async fn submit(&self, finished: String) -> Result<String, JsValue> {
        Ok(self.submit_inner(&finished).await?)
    }

    /// Delivers what is due; resolves to JSON `FlushResult` (`waitUntilMs` says when to call
    /// again).
    pub async fn flush(&self) -> Result<String, JsValue> {
        Ok(self.flush_inner().await?)
    }

    /// The reporter's reports on this device (JSON `MyReport[]`), newest first.
    pub async fn reports(&self) -> Result<String, JsValue> {
        Ok(to_json(&self.history().await?)?)
    }

    /// The backend's status document for one report (raw JSON), fetched signed.
    pub async fn status(&self, report_id: String) -> Result<String, JsValue> {
        Ok(self.status_inner(&report_id).await?)
    }
}

impl Reporter {
    async fn open_inner(
        config: &str,
        storage: JsStorage,
        key_store: JsKeyStore,
        send: js_sys::Function,
    ) -> Result<Reporter, WebError> {
        let config: ReporterConfig = from_json("config", config)?;
        tellsafe_url(&config.backend_url)?;
        let (storage, key_store) = services(storage, key_store);
        let platform = |e: &dyn std::fmt::Display| WebError::from_display("storage", e);
        let sealer = Sealer::new(&key_store.sealing_key().await.map_err(|e| platform(&e))?);
        let key = match storage.get(KEY_RECORD).await.map_err(|e| platform(&e))? {
            Some(record) => {
                let pem = sealer.open(KEY_RECORD, &record).map_err(|e| platform(&e))?;
                let pem =
                    String::from_utf8(pem).map_err(|_| WebError::new("storage", "install key record"))?;
                SigningKey::from_pkcs8_pem(&pem).map_err(|e| WebError::from_display("key", &e))?
            }
            None => {
                let key = SigningKey::generate(&ED25519).map_err(|e| WebError::from_display("key", &e))?;
                let sealed = sealer
                    .seal(KEY_RECORD, key.to_pkcs8_pem().as_bytes(), &WebRandom::default())
                    .map_err(|e| platform(&e))?;
                storage.put(KEY_RECORD, &sealed).await.map_err(|e| platform(&e))?;
                key
            }
        };
        let outbox = Outbox::open(
            storage.clone(),
            key_store,
            Arc::new(WebClock),
            Arc::new(WebRandom::default()),
            OutboxConfig::default(),
        )
        .await
        .map_err(|e| WebError::from_display(e.code(), &e))?;
        Ok(Reporter {
            outbox,
            key,
            config,
            send,
            storage,
            sealer,
            registered: Cell::new(false),
        })
    }

    async fn submit_inner(&self, finished: &str) -> Result<String, WebError> {
        let finished: Finished = from_json("finished", finished)?;
        let id = Uuid::parse_str(&finished.report_id)
            .map_err(|_| WebError::new("invalid_input", "field `reportId` is not a UUID"))?;
        let category = Category::from_code(&finished.category)
            .ok_or_else(|| WebError::new("invalid_input", "field `category` is not a category code"))?;
        self.outbox
            .enqueue(NewItem {
                id,
                account: self.config.account.clone(),
                category: Some(category.code().to_owned()),
                urgent: Taxonomy::embedded().info(category).urgent,
                request: UnsignedRequest {
                    method: "POST".to_owned(),
                    path: "/v1/reports".to_owned(),
                    content_type: Some("application/json".to_owned()),
                    body: finished.report_json.into_bytes(),
                },
            })
            .await
            .map_err(|e| WebError::from_display(e.code(), &e))?;
        let entry = HistoryEntry {
            report_id: finished.report_id.clone(),
            band: finished.band,
            account: self.config.account.clone(),
            created_ms: WebClock.now().unix_millis(),
        };
        let name = format!("{HISTORY_PREFIX}{}", id.simple());
        let sealed = self
            .sealer
            .seal(&name, to_json(&entry)?.as_bytes(), &WebRandom::default())
            .map_err(|e| WebError::from_display("storage", &e))?;
        self.storage
            .put(&name, &sealed)
            .await
            .map_err(|e| WebError::from_display("storage", &e))?;
        Ok(finished.report_id)
    }

    async fn history(&self) -> Result<Vec<HistoryEntry>, WebError> {
        let storage = |e: &dyn std::fmt::Display| WebError::from_display("storage", e);
        let mut out = Vec::new();
        for name in self.storage.list(HISTORY_PREFIX).await.map_err(|e| storage(&e))? {
            let Some(record) = self.storage.get(&name).await.map_err(|e| storage(&e))? else {
                continue;
            };
            let Ok(plain) = self.sealer.open(&name, &record) else {
                continue;
            };
            if let Ok(entry) = serde_json::from_slice::<HistoryEntry>(&plain)
                && entry.account == self.config.account
            {
                out.push(entry);
            }
        }
        out.sort_by_key(|e| std::cmp::Reverse(e.created_ms));
        Ok(out)
    }

    async fn flush_inner(&self) -> Result<String, WebError> {
        let account = self.config.account.as_str();
        let mut delivered = 0;
        let mut wait_until_ms = None;
        for _ in 0..MAX_ATTEMPTS_PER_FLUSH {
            let task = self
                .outbox
                .next_ready(account)
                .await
                .map_err(|e| WebError::from_display(e.code(), &e))?;
            let attempt = match task {
                NextTask::Send(attempt) => attempt,
                NextTask::Wait { until } => {
                    wait_until_ms = Some(until.unix_millis());
                    break;
                }
                NextTask::Idle => break,
            };
            if attempt.prerequisite == Some(Prerequisite::Register) {
                self.registered.set(false);
            }
            let outcome = match self.ensure_registered().await {
                Ok(()) => {
                    let mut request = self.request(&attempt.request.method, &attempt.request.path)?;
                    if let Some(ct) = &attempt.request.content_type {
                        request.headers.append("Content-Type", ct.clone());
                    }
                    let idem = idempotency_key_value(&attempt.id.to_string())
                        .map_err(|_| WebError::new("internal", "idempotency key"))?;
                    request.headers.append("Idempotency-Key", idem);
                    request.body = attempt.request.body.clone();
                    self.exchange(request, Profile::ClientRequest).await?
                }
                Err(outcome) => outcome,
            };
            let decision = self
                .outbox
                .record_attempt(attempt.id, outcome)
                .await
                .map_err(|e| WebError::from_display(e.code(), &e))?;
            if decision == Decision::Delivered {
                delivered += 1;
            }
        }
        let health = self.outbox.delivery_health();
        to_json(&FlushResult {
            delivered,
            wait_until_ms,
            parked: self.outbox.parked(account).len(),
            pending: health.pending + health.retrying,
        })
    }

    /// Registers the install key once per page (the backend answers 2xx when it already has
    /// it); a failure becomes the attempt's outcome so the core's policy decides what next.
    async fn ensure_registered(&self) -> Result<(), AttemptOutcome> {
        if self.registered.get() {
            return Ok(());
        }
        let public = self.key.public_key();
        let body = serde_json::json!({
            "key_id": self.key.key_id(),
            "alg": public.algorithm().name(),
            "public_key": base64::engine::general_purpose::STANDARD.encode(public.raw()),
        });
        let mut request = self
            .request("POST", "/v1/keys")
            .map_err(|_| AttemptOutcome::SigningUnavailable)?;
        request.headers.append("Content-Type", "application/json");
        request.body = body.to_string().into_bytes();
        let outcome = self
            .exchange(request, Profile::KeyRegistration)
            .await
            .map_err(|_| AttemptOutcome::NetworkError)?;
        match outcome {
            AttemptOutcome::Response(r) if (200..300).contains(&r.status) => {
                self.registered.set(true);
                Ok(())
            }
            other => Err(other),
        }
    }

    fn request(&self, method: &str, path: &str) -> Result<Request, WebError> {
        let url = format!("{}{}", self.config.backend_url.trim_end_matches('/'), path);
        let mut request =
            Request::new(method, url).map_err(|e| WebError::from_display("invalid_input", &e))?;
        request
            .headers
            .append("Authorization", self.config.authorization.clone());
        Ok(request)
    }

    /// Signs, sends, and checks the answer's signature when a backend key is pinned.
    async fn exchange(&self, mut request: Request, profile: Profile) -> Result<AttemptOutcome, WebError> {
        let now = self.outbox.signing_time();
        let nonce = tellsafe::sign::generate_nonce().map_err(|e| WebError::from_display("signing", &e))?;
        if sign_request(&mut request, profile, &self.key, &SignOptions::new(now, nonce))
            .await
            .is_err()
        {
            return Ok(AttemptOutcome::SigningUnavailable);
        }
        let Some(response) = self.send_js(&request).await else {
            return Ok(AttemptOutcome::NetworkError);
        };
        if !self.response_is_authentic(&response, &request).await {
            // An unsigned or forged answer is treated like no answer: retry later.
            return Ok(AttemptOutcome::NetworkError);
        }
        Ok(AttemptOutcome::Response(ServerResponse::from_parts(
            response.status,
            &response.body,
            response.headers.get("retry-after"),
            WebClock.now(),
        )))
    }

    async fn response_is_authentic(&self, response: &Response, request: &Request) -> bool {
        let Some(pem) = &self.config.backend_public_key_pem else {
            return true;
        };
        let Ok(key) = PublicKey::from_spki_pem(pem) else {
            return false;
        };
        let verifier = Verifier::new(StaticKeys::new([key]), MemoryNonceStore::new(RESPONSE_NONCES));
        verifier
            .verify_response(response, request, self.outbox.signing_time())
            .await
            .is_ok()
    }

    async fn send_js(&self, request: &Request) -> Option<Response> {
        let headers = js_sys::Array::new();
        for (name, value) in request.headers.iter() {
            headers.push(&js_sys::Array::of2(&name.into(), &value.into()));
        }
        let body: JsValue = if request.body.is_empty() {
            JsValue::NULL
        } else {
            js_sys::Uint8Array::from(request.body.as_slice()).into()
        };
        let args = js_sys::Array::of4(
            &request.method.as_str().into(),
            &request.target_uri.as_str().into(),
            &headers,
            &body,
        );
        let promise: js_sys::Promise = self.send.apply(&JsValue::NULL, &args).ok()?.dyn_into().ok()?;
        let value = JsFuture::from(promise).await.ok()?;
        let get = |k: &str| js_sys::Reflect::get(&value, &JsValue::from_str(k)).ok();
        let status = u16::try_from(get("status")?.as_f64()? as i64).ok()?;
        let mut response = Response::new(status);
        for pair in js_sys::Array::from(&get("headers")?).iter() {
            let pair = js_sys::Array::from(&pair);
            if let (Some(n), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                response.headers.append(n, v);
            }
        }
        response.body = js_sys::Uint8Array::new(&get("body")?).to_vec();
        Some(response)
    }

    async fn status_inner(&self, report_id: &str) -> Result<String, WebError> {
        Uuid::parse_str(report_id)
            .map_err(|_| WebError::new("invalid_input", "field `reportId` is not a UUID"))?;
        if let Err(outcome) = self.ensure_registered().await {
            let _ = outcome;
            return Err(WebError::new("network", "key registration did not succeed"));
        }
        let request = self.request("GET", &format!("/v1/reports/{report_id}/status"))?;
        let mut signed = request.clone();
        let now = self.outbox.signing_time();
        let nonce = tellsafe::sign::generate_nonce().map_err(|e| WebError::from_display("signing", &e))?;
        sign_request(
            &mut signed,
            Profile::ClientStatusRequest,
            &self.key,
            &SignOptions::new(now, nonce),
        )
        .await
        .map_err(|e| WebError::from_display("signing", &e))?;
        let response = self
            .send_js(&signed)
            .await
            .ok_or_else(|| WebError::new("network", "no answer"))?;
        if !self.response_is_authentic(&response, &signed).await {
            return Err(WebError::new(
                "signature_invalid",
                "response signature did not verify",
            ));
        }
        if !(200..300).contains(&response.status) {
            let code = ServerResponse::from_parts(response.status, &response.body, None, WebClock.now())
                .code
                .map_or("http_error", |c| c.code());
            return Err(WebError::new(
                code,
                format!("status request answered {}", response.status),
            ));
        }
        String::from_utf8(response.body).map_err(|_| WebError::new("network", "status body is not UTF-8"))
    }
}

/// HTTPS, or plain HTTP to loopback only (DESIGN, "Transport").
fn tellsafe_url(url: &str) -> Result<(), WebError> {
    let parts = tellsafe::sign::http::UriParts::parse(url)
        .map_err(|_| WebError::new("invalid_input", "field `backendUrl` is not an absolute URL"))?;
    let host = parts
        .authority
        .rsplit_once(':')
        .map_or(parts.authority.as_str(), |(h, _)| h);
    match parts.scheme.as_str() {
        "https" => Ok(()),
        "http" if matches!(host, "127.0.0.1" | "localhost" | "[::1]") => Ok(()),
        _ => Err(WebError::new(
            "insecure_url",
            "field `backendUrl` must use https (http only for loopback)",
        )),
    }
}
