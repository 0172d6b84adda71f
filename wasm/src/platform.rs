//! Core's platform traits over the browser: storage and key store are JS objects the npm
//! package builds over IndexedDB and WebCrypto (`wasm/npm/src/idb.js`); the clock is
//! `Date.now()`; randomness is `crypto.getRandomValues` (ring's getrandom JS backend).

use std::sync::Arc;

use async_trait::async_trait;
use tellsafe::Timestamp;
use tellsafe::platform::{
    Clock, KeyStore, PlatformError, Random, SEALING_KEY_LEN, Storage, StorageOperation,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(typescript_custom_section)]
const TS_PLATFORM: &str = r#"
/** Durable named records (IndexedDB, durability "strict"). */
export interface TellSafeStorage {
  put(name: string, bytes: Uint8Array): Promise<void>;
  get(name: string): Promise<Uint8Array | null>;
  delete(name: string): Promise<void>;
  list(prefix: string): Promise<string[]>;
}
/** The 32-byte outbox sealing key, wrapped by a non-extractable WebCrypto key. */
export interface TellSafeKeyStore { sealingKey(): Promise<Uint8Array>; }
"#;

#[wasm_bindgen]
extern "C" {
    /// Durable named records (IndexedDB, `durability: "strict"`). Every method returns a Promise.
    #[wasm_bindgen(typescript_type = "TellSafeStorage")]
    pub type JsStorage;
    #[wasm_bindgen(method, catch)]
    fn put(this: &JsStorage, name: &str, bytes: &[u8]) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn get(this: &JsStorage, name: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn delete(this: &JsStorage, name: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn list(this: &JsStorage, prefix: &str) -> Result<js_sys::Promise, JsValue>;

    /// The sealing key, stored wrapped by a non-extractable AES-GCM WebCrypto key.
    #[wasm_bindgen(typescript_type = "TellSafeKeyStore")]
    pub type JsKeyStore;
    #[wasm_bindgen(method, catch, js_name = sealingKey)]
    fn sealing_key(this: &JsKeyStore) -> Result<js_sys::Promise, JsValue>;
}

/// The JS error's `name` only: messages from IndexedDB can quote record names.
fn kind(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

async fn call(
    operation: StorageOperation,
    promise: Result<js_sys::Promise, JsValue>,
) -> Result<JsValue, PlatformError> {
    let failed = |e: JsValue| PlatformError::Storage {
        operation,
        kind: kind(&e),
    };
    JsFuture::from(promise.map_err(failed)?).await.map_err(failed)
}

/// [`Storage`] over a JS object (one per page; JS objects are not `Send`, which the wasm32
/// build of the trait does not require).
pub struct WebStorage(pub JsStorage);

#[async_trait(?Send)]
impl Storage for WebStorage {
    async fn put(&self, name: &str, bytes: &[u8]) -> Result<(), PlatformError> {
        call(StorageOperation::Put, self.0.put(name, bytes))
            .await
            .map(|_| ())
    }

    async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        let value = call(StorageOperation::Get, self.0.get(name)).await?;
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        Ok(Some(js_sys::Uint8Array::new(&value).to_vec()))
    }

    async fn delete(&self, name: &str) -> Result<(), PlatformError> {
        call(StorageOperation::Delete, self.0.delete(name))
            .await
            .map(|_| ())
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        let value = call(StorageOperation::List, self.0.list(prefix)).await?;
        Ok(js_sys::Array::from(&value)
            .iter()
            .filter_map(|v| v.as_string())
            .collect())
    }
}

/// [`KeyStore`] over a JS object.
pub struct WebKeyStore(pub JsKeyStore);

#[async_trait(?Send)]
impl KeyStore for WebKeyStore {
    async fn sealing_key(&self) -> Result<[u8; SEALING_KEY_LEN], PlatformError> {
        let failed = |e: JsValue| PlatformError::KeyStore { kind: kind(&e) };
        let value = JsFuture::from(self.0.sealing_key().map_err(failed)?)
            .await
            .map_err(failed)?;
        let bytes = js_sys::Uint8Array::new(&value).to_vec();
        bytes.try_into().map_err(|_| PlatformError::KeyStore {
            kind: "wrong key length".to_owned(),
        })
    }
}

/// `Date.now()`.
#[derive(Debug, Default, Clone, Copy)]
pub struct WebClock;

impl Clock for WebClock {
    fn now(&self) -> Timestamp {
        // Date.now() is integral milliseconds well inside i64 and years 1..=9999.
        #[allow(clippy::cast_possible_truncation)]
        let millis = js_sys::Date::now() as i64;
        Timestamp::from_unix_millis(millis).unwrap_or_else(tellsafe::platform::epoch)
    }
}

/// `crypto.getRandomValues` through ring (getrandom's JS backend).
#[derive(Debug)]
pub struct WebRandom(ring::rand::SystemRandom);

impl Default for WebRandom {
    fn default() -> Self {
        WebRandom(ring::rand::SystemRandom::new())
    }
}

impl Random for WebRandom {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), PlatformError> {
        ring::rand::SecureRandom::fill(&self.0, bytes).map_err(|_| PlatformError::Random)
    }
}

/// The services as the core's `Arc<dyn Trait>`s.
pub fn services(storage: JsStorage, key_store: JsKeyStore) -> (Arc<dyn Storage>, Arc<dyn KeyStore>) {
    (Arc::new(WebStorage(storage)), Arc::new(WebKeyStore(key_store)))
}
