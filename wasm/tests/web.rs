//! wasm-bindgen-test: the exported API in a real wasm engine (Node by default; headless
//! Chromium with `WASM_BINDGEN_USE_BROWSER=1`, see `scripts/test`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // tests may unwrap (HELPERS.md); wasm_bindgen_test is not #[test] to clippy

use tellsafe_wasm::{WebWizard, sign_request_js};
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

#[wasm_bindgen_test]
fn a_10_12_bullying_report_runs_to_a_valid_report() {
    let w = wizard("en");
    let mut s = w.start(&context()).unwrap();
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
            "short_text" => serde_json::json!({ "text": "They keep sending mean messages." }),
            _ => serde_json::json!("continue"),
        };
        s.answer(&answer.to_string()).unwrap();
        steps += 1;
        assert!(steps < 20, "the flow ends");
    }
    let finished: serde_json::Value =
        serde_json::from_str(&s.to_report("1.0.0", 1_795_000_000_000.0).unwrap()).unwrap();
    let report: serde_json::Value = serde_json::from_str(finished["reportJson"].as_str().unwrap()).unwrap();
    assert_eq!(report["category"], "bullying");
    assert_eq!(report["age_band"], "10-12");
    assert_eq!(finished["reportId"], report["id"]);
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
