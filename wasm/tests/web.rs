//! wasm-bindgen-test: the exported API in a real wasm engine (Node by default; headless
//! Chromium with `WASM_BINDGEN_USE_BROWSER=1`, see `scripts/test`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // tests may unwrap (HELPERS.md); wasm_bindgen_test is not #[test] to clippy

use tellsafe_wasm::{JsKeyStore, JsStorage, Reporter, WebWizard, sign_request_js};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const KE: &str = include_str!("../../core/data/packs/ke.json");
const VECTORS: &str = include_str!("../../tests/vectors/signing.json");

fn wizard(locale: &str) -> WebWizard {
    let config = serde_json::json!({
        "locales": [locale], "allowDraftLocales": false, "todayMs": 1_795_000_000_000i64,
        "countryPacks": [KE], "regionPacks": [],
    });
    WebWizard::new(&config.to_string()).unwrap()
}

fn context() -> String {
    serde_json::json!({
        "age_band": "10-12", "age_source": "declared", "role": "self", "locale": "en",
        "country": "KE", "app_name": "Pebble", "subjects": [{"kind": "message", "id": "msg-7"}],
    })
    .to_string()
}

/// Walks a session to its done step on the bullying path.
fn walk(s: &mut tellsafe_wasm::WebSession) {
    walk_with_text(s, "They keep sending mean messages.");
}

/// [`walk`], answering free-text steps with `text`.
fn walk_with_text(s: &mut tellsafe_wasm::WebSession, text: &str) {
    let mut steps = 0;
    loop {
        let view: serde_json::Value = serde_json::from_str(&s.current().unwrap()).unwrap();
        assert!(
            !view["get_help"]["label"].as_str().unwrap_or("").is_empty(),
            "get help on every step"
        );
        let answer = match view["kind"].as_str().unwrap_or("") {
            "done" => break,
            "choose_one" | "yes_no" => {
                let ids: Vec<&str> = view["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|o| o["id"].as_str())
                    .collect();
                let id = if ids.contains(&"bullying") {
                    "bullying"
                } else {
                    ids[0]
                };
                serde_json::json!({ "choose": id })
            }
            "choose_many" => serde_json::json!({ "choose_many": [view["options"][0]["id"]] }),
            "short_text" => serde_json::json!({ "text": text }),
            _ => serde_json::json!("continue"),
        };
        s.answer(&answer.to_string()).unwrap();
        steps += 1;
        assert!(steps < 20, "the flow ends");
    }
}

#[wasm_bindgen_test]
fn a_10_12_bullying_report_runs_to_a_valid_report() {
    let w = wizard("en");
    let mut s = w.start(&context()).unwrap();
    walk(&mut s);
    let finished: serde_json::Value =
        serde_json::from_str(&s.to_report("1.0.0", 1_795_000_000_000.0).unwrap()).unwrap();
    let report: serde_json::Value = serde_json::from_str(finished["reportJson"].as_str().unwrap()).unwrap();
    assert_eq!(report["category"], "bullying");
    assert_eq!(report["age_band"], "10-12");
    assert_eq!(finished["reportId"], report["id"]);
}

/// Core is built without its NFC tables here: free text is normalized by the browser's
/// `String.prototype.normalize`, installed by the wizard constructor.
#[wasm_bindgen_test]
fn free_text_is_nfc_normalized_through_javascript() {
    let w = wizard("en");
    let mut s = w.start(&context()).unwrap();
    // "e" + combining acute, split by a zero-width space that hygiene removes first.
    walk_with_text(&mut s, "Cafe\u{200B}\u{301} again");
    let finished: serde_json::Value =
        serde_json::from_str(&s.to_report("1.0.0", 1_795_000_000_000.0).unwrap()).unwrap();
    let json = finished["reportJson"].as_str().unwrap();
    assert!(json.contains("Caf\u{e9} again"), "composed to one scalar");
    assert!(!json.contains('\u{301}') && !json.contains('\u{200B}'));
}

#[wasm_bindgen_test]
fn quick_exit_drops_the_session() {
    let w = wizard("en");
    let mut s = w.start(&context()).unwrap();
    s.quick_exit();
    assert!(s.is_exited());
    assert!(s.current().is_err());
}

#[wasm_bindgen_test]
async fn ed25519_vector_is_reproduced_byte_for_byte() {
    let v: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
    let case = v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "client_request/ed25519")
        .unwrap();
    let input = serde_json::json!({
        "privatePkcs8Pem": v["keys"]["ed25519"]["private_pkcs8_pem"],
        "profile": case["profile"], "method": case["request"]["method"],
        "targetUri": case["request"]["target_uri"], "headers": case["request"]["headers"],
        "body": case["request"]["body"], "created": case["options"]["created"],
        "expires": case["options"]["expires"], "nonce": case["options"]["nonce"],
    });
    let out = sign_request_js(input.to_string()).await.unwrap();
    let out: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(out["headers"], case["expected"]["headers"]);
}

/// An in-memory stand-in for the package's IndexedDB storage, exposing its map for checks.
fn memory_storage() -> (JsStorage, js_sys::Map) {
    let map = js_sys::Map::new();
    (storage_over(&map), map)
}

/// The storage object over an existing map (a page reload over the same IndexedDB).
fn storage_over(map: &js_sys::Map) -> JsStorage {
    let make = js_sys::Function::new_with_args(
        "m",
        "return { put: async (n, b) => { m.set(n, b.slice()); }, get: async (n) => m.get(n) ?? null, \
         delete: async (n) => { m.delete(n); }, list: async (p) => [...m.keys()].filter((k) => k.startsWith(p)) };",
    );
    make.call1(&wasm_bindgen::JsValue::NULL, map)
        .unwrap()
        .unchecked_into()
}

fn key_store() -> JsKeyStore {
    js_sys::Function::new_no_args("return { sealingKey: async () => new Uint8Array(32).fill(7) };")
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
        .unchecked_into()
}

/// A `send` that never gets an answer (offline) and counts its calls.
fn offline_send() -> (js_sys::Function, js_sys::Array) {
    let calls = js_sys::Array::new();
    let send = js_sys::Function::new_with_args(
        "c",
        "return async (m, u) => { c.push(u); throw new TypeError('offline'); };",
    )
    .call1(&wasm_bindgen::JsValue::NULL, &calls)
    .unwrap()
    .unchecked_into();
    (send, calls)
}

/// A real Ed25519 public key to pin (the responses never come, so any key will do).
const PINNED: &str = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

fn reporter_config(keys: &[&str]) -> String {
    serde_json::json!({
        "backendUrl": "http://127.0.0.1:9", "account": "acct-canary-42", "authorization": "Bearer t",
        "backendKeys": keys, "appName": "Pebble", "appVersion": "1.0.0", "locale": "en",
        "country": "KE", "ageBand": "10-12",
    })
    .to_string()
}

fn finished_report(w: &WebWizard) -> String {
    let mut s = w.start(&context()).unwrap();
    walk(&mut s);
    s.to_report("1.0.0", js_sys::Date::now()).unwrap()
}

#[wasm_bindgen_test]
async fn reporter_queues_durably_through_core_and_keeps_names_and_keys_neutral() {
    let w = wizard("en");
    let (storage, map) = memory_storage();
    let (send, calls) = offline_send();
    let reporter = Reporter::open(
        reporter_config(&[PINNED]),
        storage,
        key_store(),
        send,
        w.text_handle(),
    )
    .await
    .unwrap();
    let sent: serde_json::Value =
        serde_json::from_str(&reporter.submit(finished_report(&w)).await.unwrap()).unwrap();
    let id = sent["reportId"].as_str().unwrap().to_owned();

    // Offline: nothing delivered, nothing released, core says when to try again.
    let flushed: serde_json::Value = serde_json::from_str(&reporter.flush().await.unwrap()).unwrap();
    assert!(calls.length() >= 1, "core tried to send");
    assert_eq!(flushed["delivered"], serde_json::json!([]));
    assert_eq!(flushed["released"], serde_json::json!([]));
    assert!(flushed["waitUntilMs"].as_i64().unwrap() > 0, "a retry time");

    // "My reports" comes from core's records: one report, still "sent", with localized text.
    let mine: serde_json::Value = serde_json::from_str(&reporter.my_reports().await.unwrap()).unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["id"], id.as_str());
    assert_eq!(mine[0]["kind"], "sent");
    assert!(!mine[0]["title"].as_str().unwrap().is_empty());

    // Record names and sealed bytes never carry the account or the report id.
    for entry in map.entries() {
        let pair = js_sys::Array::from(&entry.unwrap());
        let name = pair.get(0).as_string().unwrap();
        let bytes = js_sys::Uint8Array::new(&pair.get(1)).to_vec();
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["acct-canary-42", id.as_str()] {
            assert!(!name.contains(secret), "record name {name} leaks");
            assert!(!text.contains(secret), "record {name} is not sealed");
        }
    }

    // Quick exit keeps the queued report; a new page (same storage) still has it.
    reporter.quick_exit().await.unwrap();
    let storage = storage_over(&map);
    let (send, _) = offline_send();
    let again = Reporter::open(
        reporter_config(&[PINNED]),
        storage,
        key_store(),
        send,
        w.text_handle(),
    )
    .await
    .unwrap();
    again.flush().await.unwrap();
    let mine: serde_json::Value = serde_json::from_str(&again.my_reports().await.unwrap()).unwrap();
    assert_eq!(
        mine[0]["id"],
        id.as_str(),
        "the queued report survived the reload"
    );
}

#[wasm_bindgen_test]
async fn reporter_refuses_to_open_without_a_pinned_backend_key() {
    let w = wizard("en");
    let (storage, _) = memory_storage();
    let (send, _) = offline_send();
    let error = Reporter::open(reporter_config(&[]), storage, key_store(), send, w.text_handle())
        .await
        .err()
        .unwrap();
    let code = js_sys::Reflect::get(&error, &"code".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(code, "config");
}
