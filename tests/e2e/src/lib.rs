//! Harness for end-to-end tests and the load generator: spawn the backend binary on a random
//! loopback port with a temporary database, and drive it with real signed requests.

pub mod client;
pub mod harness;

pub use harness::Harness;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use std::sync::{Arc, OnceLock};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{
    Algorithm, MemoryNonceStore, Profile, PublicKey, SignOptions, SigningKey, StaticKeys, Verifier,
    VerifyPolicy, idempotency_key_value, sign_request,
};

/// How far apart the test's clock and the backend's may be when checking response signatures:
/// the tests move the backend's clock by whole days with `/v1/test/advance-clock`.
const RESPONSE_CLOCK_TOLERANCE_SECS: i64 = 2 * 24 * 3600;

/// A running backend.
#[derive(Debug)]
pub struct Backend {
    child: Option<Child>,
    /// Base URL (`http://127.0.0.1:PORT`).
    pub base: String,
    /// Temp dir holding the database and the captured stderr.
    pub dir: tempfile::TempDir,
    /// The backend's public key (pinned from its start-up output).
    pub public_key: PublicKey,
}

impl Backend {
    /// Starts `exe` with `extra` arguments on 127.0.0.1:0, logging at debug (tests read the log).
    pub fn start(exe: &str, extra: &[&str]) -> Backend {
        Backend::start_logging(exe, extra, "debug")
    }

    /// As [`Backend::start`] with the `RUST_LOG` filter `log` (the load generator uses `info`:
    /// debug logs of every connection cost the server more than some of its real work).
    pub fn start_logging(exe: &str, extra: &[&str], log: &str) -> Backend {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("tellsafe.db");
        let stderr = std::fs::File::create(dir.path().join("stderr.log")).expect("stderr file");
        let mut child = Command::new(exe)
            .args(["--listen", "127.0.0.1:0", "--db"])
            .arg(&db)
            .args([
                "--demo-account",
                "alice:token-alice",
                "--demo-account",
                "bob:token-bob",
            ])
            .args(extra)
            .env("RUST_LOG", log)
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .expect("spawn backend");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut lines = BufReader::new(stdout).lines();
        let mut public_key = None;
        let base = loop {
            let line = lines
                .next()
                .expect("backend exited before listening")
                .expect("read stdout");
            if let Some(rest) = line.strip_prefix("backend public key (") {
                let (alg, key) = rest
                    .split_once(", pin this in clients): ")
                    .expect("public key line");
                let alg = Algorithm::from_name(alg).expect("known algorithm");
                let raw = STANDARD.decode(key.trim()).expect("public key is base64");
                public_key = Some(PublicKey::from_raw(alg, &raw).expect("public key parses"));
            }
            if let Some(rest) = line.strip_prefix("listening on ") {
                break rest.split_whitespace().next().expect("url").to_owned();
            }
        };
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Backend {
            child: Some(child),
            base,
            dir,
            public_key: public_key.expect("the backend printed its public key"),
        }
    }

    /// The database path.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("tellsafe.db")
    }

    /// Stops the backend with SIGTERM (graceful) and waits; returns its captured stderr.
    pub fn stop(&mut self) -> String {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(child.id().to_string())
                .status();
            let _ = child.wait();
        }
        std::fs::read_to_string(self.dir.path().join("stderr.log")).unwrap_or_default()
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A response, with whether its backend signature verified.
#[derive(Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// Headers.
    pub headers: HeaderMap,
    /// JSON body (Null if not JSON).
    pub body: Value,
    /// Whether the `tsb` signature verified against the pinned key.
    pub signed: bool,
}

/// An install: an account token and a signing key.
#[derive(Debug)]
pub struct Install {
    /// The install key (shared when a test reuses it under another token).
    pub signer: Arc<SigningKey>,
    /// The account's demo token.
    pub token: String,
    /// Seconds added to the local clock when signing (tests of skew and of the test clock).
    pub clock_offset: i64,
}

impl Install {
    /// A new install of the account with `token` and an Ed25519 key.
    pub fn new(token: &str) -> Install {
        Install::with_alg(token, &tellsafe::sign::ED25519)
    }

    /// A new install with a key of `alg` (P-256 is what mobile hardware keys use).
    pub fn with_alg(token: &str, alg: &'static Algorithm) -> Install {
        Install {
            signer: Arc::new(SigningKey::generate(alg).expect("key generation")),
            token: token.to_owned(),
            clock_offset: 0,
        }
    }

    /// Current Unix seconds as this install signs them.
    pub fn created(&self) -> i64 {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        now + self.clock_offset
    }

    /// Builds a signed request: returns headers as (name, value).
    pub fn headers(
        &self,
        method: &str,
        url: &str,
        body: Option<&[u8]>,
        idempotency_key: Option<&str>,
        nonce: &str,
    ) -> Vec<(String, String)> {
        self.headers_typed(method, url, body, "application/json", idempotency_key, nonce)
    }

    /// As [`Install::headers`] with another content type.
    pub fn headers_typed(
        &self,
        method: &str,
        url: &str,
        body: Option<&[u8]>,
        content_type: &str,
        idempotency_key: Option<&str>,
        nonce: &str,
    ) -> Vec<(String, String)> {
        let mut request = Request::new(method, url).expect("absolute url");
        if let Some(body) = body {
            request.headers.append("Content-Type", content_type);
            request.body = body.to_vec();
        }
        request
            .headers
            .append("Authorization", format!("Bearer {}", self.token));
        if let Some(key) = idempotency_key {
            request
                .headers
                .append("Idempotency-Key", idempotency_key_value(key).expect("sf-string"));
        }
        let profile = if body.is_some() {
            Profile::ClientRequest
        } else {
            Profile::ClientStatusRequest
        };
        let now = Timestamp::from_unix_millis(self.created() * 1000).expect("time");
        let options = SignOptions::new(now, nonce);
        block_on(sign_request(&mut request, profile, &*self.signer, &options)).expect("signing");
        request
            .headers
            .iter()
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
            .collect()
    }

    /// The registration body for this install's key.
    pub fn registration(&self) -> Vec<u8> {
        let key = self.signer.public_key();
        json!({"key_id": key.key_id(), "alg": key.algorithm().name(), "public_key": STANDARD.encode(key.raw())})
            .to_string()
            .into_bytes()
    }
}

/// Runs core's signing and verification futures (they never wait on I/O) to completion.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    pollster::block_on(future)
}

/// Whether `response` carries a valid `tsb` signature by `backend_key` for `request`.
pub fn response_verifies(backend_key: &PublicKey, request: &Request, response: &Response) -> bool {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    let Some(now) = Timestamp::from_unix_millis(now) else {
        return false;
    };
    let verifier = Verifier::new(StaticKeys::new([backend_key.clone()]), MemoryNonceStore::new(1))
        .with_policy(VerifyPolicy {
            max_skew_secs: RESPONSE_CLOCK_TOLERANCE_SECS,
            max_age_secs: RESPONSE_CLOCK_TOLERANCE_SECS,
        });
    block_on(verifier.verify_response(response, request, now)).is_ok()
}

/// A fresh random nonce.
pub fn nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Sends a request with the given headers and verifies the response signature.
pub async fn send(
    http: &reqwest::Client,
    backend_key: &PublicKey,
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Option<Vec<u8>>,
) -> Answer {
    let mut req = http.request(
        reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
        url,
    );
    for (name, value) in headers {
        req = req.header(name, value);
    }
    if let Some(body) = body {
        req = req.body(body);
    }
    let resp = req.send().await.expect("request sent");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("body read");
    let mut response = Response::new(status);
    for (name, value) in &headers {
        if let Ok(value) = value.to_str() {
            response.headers.append(name.as_str(), value);
        }
    }
    response.body = bytes.to_vec();
    let signed = Request::new(method, url)
        .map(|request| response_verifies(backend_key, &request, &response))
        .unwrap_or(false);
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        body,
        signed,
    }
}

/// The statement every test decision carries (tests that read it back compare with this).
pub const DECISION_EXPLANATION: &str = "Repeated unwanted messages.";

/// The console's decide request: core's `Decision` (less `decided_at`) plus the DSA Art. 17
/// fields, on the platform's terms.
pub fn decision(actions: &[&str]) -> Value {
    json!({
        "actions": actions,
        "grounds": {"basis": "terms", "clause": "community-guidelines-4.2"},
        "automated_detection": false,
        "automated_decision": "not_automated",
        "holds": [],
        "disclosure": "full",
        "explanation": DECISION_EXPLANATION,
        "content_type": "text",
        "territorial_scope": "worldwide"
    })
}

/// A Report v1 body for `category`, with `free_text`.
pub fn report_body(id: &uuid::Uuid, category: &str, free_text: &str) -> Vec<u8> {
    json!({
        "id": id,
        "schema_version": 1,
        "created_at": "2026-01-01T00:00:00.000Z",
        "locale": "en-GB",
        "country": "GB",
        "age_band": "13-15",
        "age_signal_source": "declared",
        "role": "self",
        "category": category,
        "subjects": [{"kind": "user", "id": "u_123"}],
        "answers": {"when": ["today"]},
        "free_text": free_text,
        "evidence": [{"id": "m_1"}],
        "flags": {"in_danger_now": false, "depicted_minor_is_reporter": false, "coerced": false, "blocked_already": false},
        "desired_outcome": "stop_contact",
        "client": {"sdk_version": "0.1.0", "platform": "android", "app_version": "1.0"},
    })
    .to_string()
    .into_bytes()
}

/// The reference backend's OpenAPI document, parsed once per test binary.
pub fn openapi() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        serde_yaml::from_str(include_str!("../../../examples/platform-backend/openapi.yaml"))
            .expect("openapi.yaml parses")
    })
}

/// Asserts that `body` matches `#/components/schemas/{name}` of openapi.yaml: every e2e suite
/// checks the backend's answers against the documented contract, not only their status.
pub fn conforms(name: &str, body: &Value) {
    let schema =
        json!({"$ref": format!("#/components/schemas/{name}"), "components": openapi()["components"]});
    let validator = jsonschema::validator_for(&schema).expect("the OpenAPI schemas compile");
    let errors: Vec<String> = validator.iter_errors(body).map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "{name} does not match openapi.yaml: {errors:?}\n{body}"
    );
}
