//! Harness for end-to-end tests and the load generator: spawn the backend binary on a random
//! loopback port with a temporary database, and drive it with real signed requests.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use platform_backend::sig::{ClientSigner, content_digest};
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

/// A running backend.
#[derive(Debug)]
pub struct Backend {
    child: Option<Child>,
    /// Base URL (`http://127.0.0.1:PORT`).
    pub base: String,
    /// Temp dir holding the database and the captured stderr.
    pub dir: tempfile::TempDir,
    /// The backend's public key (pinned from its start-up output).
    pub public_key: Vec<u8>,
}

impl Backend {
    /// Starts `exe` with `extra` arguments on 127.0.0.1:0.
    pub fn start(exe: &str, extra: &[&str]) -> Backend {
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
            .env("RUST_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .expect("spawn backend");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut lines = BufReader::new(stdout).lines();
        let mut public_key = Vec::new();
        let base = loop {
            let line = lines
                .next()
                .expect("backend exited before listening")
                .expect("read stdout");
            if let Some(key) = line.strip_prefix("backend public key (ed25519, pin this in clients): ") {
                public_key = STANDARD.decode(key.trim()).expect("public key is base64");
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
            public_key,
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
    /// The signer.
    pub signer: ClientSigner,
    /// The account's demo token.
    pub token: String,
    /// Seconds added to the local clock when signing (tests of skew and of the test clock).
    pub clock_offset: i64,
}

impl Install {
    /// A new install of the account with `token`.
    pub fn new(token: &str) -> Install {
        Install {
            signer: ClientSigner::generate(),
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
        let auth = format!("Bearer {}", self.token);
        let mut covered: Vec<(String, String)> = Vec::new();
        if let Some(body) = body {
            covered.push(("content-digest".into(), content_digest(body)));
            covered.push(("content-type".into(), content_type.into()));
        }
        covered.push(("authorization".into(), auth));
        if let Some(key) = idempotency_key {
            covered.push(("idempotency-key".into(), format!("\"{key}\"")));
        }
        let pairs: Vec<(&str, &str)> = covered.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let (input, sig) = self
            .signer
            .sign_request(method, url, &pairs, self.created(), nonce);
        covered.push(("signature-input".into(), input));
        covered.push(("signature".into(), sig));
        covered
    }

    /// The registration body for this install's key.
    pub fn registration(&self) -> Vec<u8> {
        json!({"key_id": self.signer.key_id, "alg": "ed25519", "public_key": STANDARD.encode(self.signer.public_key())})
            .to_string()
            .into_bytes()
    }
}

/// A fresh random nonce.
pub fn nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Sends a request with the given headers and verifies the response signature.
pub async fn send(
    http: &reqwest::Client,
    backend_key: &[u8],
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
    let mut axum_headers = axum::http::HeaderMap::new();
    for (name, value) in &headers {
        if let (Ok(n), Ok(v)) = (
            axum::http::HeaderName::from_bytes(name.as_str().as_bytes()),
            axum::http::HeaderValue::from_bytes(value.as_bytes()),
        ) {
            axum_headers.insert(n, v);
        }
    }
    let signed =
        platform_backend::sig::verify_response(backend_key, status, &axum_headers, &bytes, method, url);
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        body,
        signed,
    }
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
