//! The rest of core's client services over the browser: the install keys (sealed in the
//! page's storage), the page's sign-in (its token may change), and a [`Transport`] over the package's `fetch`
//! wrapper. They only move bytes; every decision is core's (`tellsafe::client`).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use tellsafe::client::{AuthError, AuthHeaderProvider, AuthSession, InstallKeys, KeyPair};
use tellsafe::outbox::seal::Sealer;
use tellsafe::platform::{KeyStore, PlatformError, Storage};
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::transport::{Transport, TransportError};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::platform::WebRandom;

/// Record holding the sealed install keys, one per account (neutral name, like the outbox's;
/// the account ids are inside the sealed bytes, never in a record name).
const KEYS_RECORD: &str = "k2";

/// Software Ed25519 install keys, sealed at rest with the outbox sealing key. A page has no
/// hardware keystore; the sealing key itself is wrapped by a non-extractable WebCrypto key.
pub struct WebInstallKeys {
    storage: Arc<dyn Storage>,
    key_store: Arc<dyn KeyStore>,
}

impl WebInstallKeys {
    /// Keys stored in `storage`, sealed with `key_store`'s sealing key.
    pub fn new(storage: Arc<dyn Storage>, key_store: Arc<dyn KeyStore>) -> WebInstallKeys {
        WebInstallKeys { storage, key_store }
    }

    async fn sealer(&self) -> Result<Sealer, PlatformError> {
        Ok(Sealer::new(&self.key_store.sealing_key().await?))
    }

    /// Account -> PKCS#8 PEM. A record that does not open is treated as absent: the keys are
    /// re-created and re-registered, which the backend accepts.
    async fn load(&self, sealer: &Sealer) -> Result<BTreeMap<String, String>, PlatformError> {
        let Some(record) = self.storage.get(KEYS_RECORD).await? else {
            return Ok(BTreeMap::new());
        };
        Ok(sealer
            .open(KEYS_RECORD, &record)
            .ok()
            .and_then(|plain| serde_json::from_slice(&plain).ok())
            .unwrap_or_default())
    }

    async fn store(&self, sealer: &Sealer, keys: &BTreeMap<String, String>) -> Result<(), PlatformError> {
        let plain = serde_json::to_vec(keys).map_err(|_| corrupt())?;
        let sealed = sealer
            .seal(KEYS_RECORD, &plain, &WebRandom::default())
            .map_err(|_| corrupt())?;
        self.storage.put(KEYS_RECORD, &sealed).await
    }

    async fn fresh(&self, account: &str) -> Result<KeyPair, PlatformError> {
        let sealer = self.sealer().await?;
        let mut keys = self.load(&sealer).await?;
        let key = SigningKey::generate(&ED25519).map_err(|_| PlatformError::Random)?;
        keys.insert(account.to_owned(), key.to_pkcs8_pem());
        self.store(&sealer, &keys).await?;
        Ok(pair(key))
    }
}

fn corrupt() -> PlatformError {
    PlatformError::KeyStore {
        kind: "install key record".to_owned(),
    }
}

fn pair(key: SigningKey) -> KeyPair {
    let public = key.public_key().clone();
    (Arc::new(key), public)
}

#[async_trait(?Send)]
impl InstallKeys for WebInstallKeys {
    async fn current(&self, account: &str) -> Result<KeyPair, PlatformError> {
        let sealer = self.sealer().await?;
        match self.load(&sealer).await?.get(account) {
            Some(pem) => Ok(pair(SigningKey::from_pkcs8_pem(pem).map_err(|_| corrupt())?)),
            None => self.fresh(account).await,
        }
    }

    async fn rotate(&self, account: &str) -> Result<KeyPair, PlatformError> {
        self.fresh(account).await
    }
}

/// The page's sign-in as the elements' `token` attribute gives it. Every element of a page
/// shares one reporter (one outbox, one delivery loop), so a page that refreshes its token
/// hands the new header to that reporter ([`PageAuth::set`]) instead of opening a second
/// client on the same outbox. The account never changes: another account is another reporter.
pub struct PageAuth {
    session: RefCell<AuthSession>,
    /// How many times the page replaced the header.
    generation: Cell<u64>,
    /// The generation last handed out by `refresh`: after `auth_expired`, core asks for a
    /// fresh header, and only one the page set since then is worth a retry (the same header
    /// would fail again). Core's flush reads `current` first, so this cannot be a flag that
    /// `current` clears.
    refreshed: Cell<u64>,
}

impl PageAuth {
    /// The sign-in the reporter was opened with.
    pub fn new(session: AuthSession) -> PageAuth {
        PageAuth {
            session: RefCell::new(session),
            generation: Cell::new(0),
            refreshed: Cell::new(0),
        }
    }

    /// Replaces the `Authorization` header; an unchanged header changes nothing.
    pub fn set(&self, authorization: String) {
        let mut session = self.session.borrow_mut();
        if session.authorization != authorization {
            session.authorization = authorization;
            self.generation.set(self.generation.get() + 1);
        }
    }
}

#[async_trait(?Send)]
impl AuthHeaderProvider for PageAuth {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        Ok(self.session.borrow().clone())
    }

    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        let generation = self.generation.get();
        if generation == self.refreshed.replace(generation) {
            return Err(AuthError::Unavailable);
        }
        Ok(self.session.borrow().clone())
    }
}

/// [`Transport`] over the package's `send(method, url, headers, body)` (a `fetch` wrapper with
/// `redirect: "error"` and `credentials: "omit"`, which reqwest's fetch backend cannot set):
/// a signed request must never follow a redirect to another origin.
pub struct JsTransport(pub js_sys::Function);

fn network(kind: &str) -> TransportError {
    TransportError::Network {
        kind: kind.to_owned(),
    }
}

#[async_trait(?Send)]
impl Transport for JsTransport {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        tellsafe::transport::check_url(&request.target_uri)?;
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
        let promise: js_sys::Promise = self
            .0
            .apply(&JsValue::NULL, &args)
            .map_err(|_| network("send"))?
            .dyn_into()
            .map_err(|_| network("send"))?;
        let value = JsFuture::from(promise).await.map_err(|_| network("fetch"))?;
        let get =
            |k: &str| js_sys::Reflect::get(&value, &JsValue::from_str(k)).map_err(|_| network("answer"));
        let status = get("status")?
            .as_f64()
            .filter(|s| (100.0..600.0).contains(s))
            .ok_or_else(|| network("answer"))?;
        // Checked to be in 100..600 just above.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let mut response = Response::new(status as u16);
        for pair in js_sys::Array::from(&get("headers")?).iter() {
            let pair = js_sys::Array::from(&pair);
            if let (Some(n), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                response.headers.append(n, v);
            }
        }
        let body = js_sys::Uint8Array::new(&get("body")?);
        if body.length() as usize > tellsafe::transport::MAX_RESPONSE_BYTES {
            return Err(TransportError::TooLarge);
        }
        response.body = body.to_vec();
        Ok(response)
    }
}
