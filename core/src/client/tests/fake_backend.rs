//! An in-process backend speaking the DESIGN wire contract with core's own signing: key
//! registration, idempotent intake per (account, id), status, appeal, delete, and the error
//! table. Plus a fault-injecting wrapper. For client tests on virtual time.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::outbox::ErrorCode;
use crate::platform::{Clock, ManualClock, Random, SeededRandom};
use crate::sign::http::{Request, Response};
use crate::sign::{
    ED25519, Expectation, KeyResolver, KeyStatus, MemoryNonceStore, Profile, PublicKey, SignOptions,
    SigningKey, StaticKeys, StoreError, Verifier, sign_response,
};
use crate::transport::{Transport, TransportError};

/// A report's lifecycle, in core's types (what the real backend stores).
pub type StatusRow = crate::status::History;

#[derive(Default)]
pub struct Db {
    /// key id -> (key, account, revoked)
    pub keys: HashMap<String, (PublicKey, String, bool)>,
    /// (account, id) -> body
    pub reports: HashMap<(String, Uuid), Vec<u8>>,
    /// (account, id) -> status code and history codes
    pub status: HashMap<(String, Uuid), StatusRow>,
    pub stores: usize,
    pub expired_tokens: HashSet<String>,
}

pub struct FakeBackend {
    pub key: SigningKey,
    pub clock: Arc<ManualClock>,
    pub db: Mutex<Db>,
    nonces: Arc<MemoryNonceStore>,
}

struct Keys<'a>(&'a FakeBackend, String);

#[async_trait]
impl KeyResolver for Keys<'_> {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        let db = self.0.db.lock().unwrap();
        Ok(match db.keys.get(key_id) {
            Some((_, account, _)) if *account != self.1 => KeyStatus::Unknown,
            Some((_, _, true)) => KeyStatus::Revoked,
            Some((key, _, false)) => KeyStatus::Active(key.clone()),
            None => KeyStatus::Unknown,
        })
    }
}

impl FakeBackend {
    pub fn new(clock: Arc<ManualClock>) -> Arc<FakeBackend> {
        Arc::new(FakeBackend {
            key: SigningKey::generate(&ED25519).unwrap(),
            clock,
            db: Mutex::new(Db::default()),
            nonces: Arc::new(MemoryNonceStore::default()),
        })
    }

    pub fn public(&self) -> PublicKey {
        self.key.public_key().clone()
    }

    pub async fn sign(&self, mut response: Response, request: &Request) -> Response {
        let options = SignOptions::new(self.clock.now(), crate::sign::generate_nonce().unwrap());
        sign_response(&mut response, request, &self.key, &options)
            .await
            .unwrap();
        response
    }

    pub fn error(&self, code: ErrorCode) -> Response {
        let mut r = Response::new(code.http_status());
        r.headers.append("Content-Type", "application/json");
        r.body = json!({"code": code.code(), "server_time": self.clock.now()})
            .to_string()
            .into_bytes();
        r
    }

    fn ok(status: u16, body: Value) -> Response {
        let mut r = Response::new(status);
        r.headers.append("Content-Type", "application/json");
        r.body = body.to_string().into_bytes();
        r
    }

    /// A reviewer starts review and decides with `action`, through core's lifecycle.
    pub fn decide(&self, account: &str, id: Uuid, action: crate::status::Action) {
        use crate::status::Event;
        let now = self.clock.now();
        let mut db = self.db.lock().unwrap();
        let history = db.status.get_mut(&(account.to_owned(), id)).unwrap();
        history.push(Event::StartReview { at: now }).unwrap();
        history
            .push(Event::Decide {
                decision: crate::status::test_support::decision(&[action], now),
            })
            .unwrap();
    }

    async fn handle(&self, request: &Request) -> Response {
        let Some(account) = request
            .headers
            .get("authorization")
            .and_then(|a| a.strip_prefix("Bearer token-"))
            .filter(|a| ["alice", "bob"].contains(a))
            .map(str::to_owned)
        else {
            return self.error(ErrorCode::AuthExpired);
        };
        if self
            .db
            .lock()
            .unwrap()
            .expired_tokens
            .contains(request.headers.get("authorization").unwrap())
        {
            return self.error(ErrorCode::AuthExpired);
        }
        let now = self.clock.now();
        let path = request.uri_parts().unwrap().path;
        if path == "/v1/keys" {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            let raw = base64::Engine::decode(
                &base64::engine::general_purpose::STANDARD,
                body["public_key"].as_str().unwrap(),
            )
            .unwrap();
            let alg = crate::sign::Algorithm::from_name(body["alg"].as_str().unwrap()).unwrap();
            let key = PublicKey::from_raw(alg, &raw).unwrap();
            let verifier = Verifier::new(StaticKeys::new([key.clone()]), Arc::clone(&self.nonces));
            if let Err(e) = verifier
                .verify_request(request, Expectation::Profile(Profile::KeyRegistration), now)
                .await
            {
                return self.error(e.wire_code());
            }
            let mut db = self.db.lock().unwrap();
            if let Some((_, owner, revoked)) = db.keys.get(key.key_id()) {
                if *revoked {
                    return self.error(ErrorCode::KeyRevoked);
                }
                if *owner != account {
                    return FakeBackend::ok(409, json!({"code": "key_bound_elsewhere"}));
                }
            }
            db.keys
                .entry(key.key_id().to_owned())
                .or_insert((key.clone(), account, false));
            return FakeBackend::ok(201, json!({"key_id": key.key_id()}));
        }
        let profile = if request.body.is_empty() {
            Profile::ClientStatusRequest
        } else {
            Profile::ClientRequest
        };
        let verifier = Verifier::new(Keys(self, account.clone()), Arc::clone(&self.nonces));
        if let Err(e) = verifier
            .verify_request(request, Expectation::Profile(profile), now)
            .await
        {
            return self.error(e.wire_code());
        }
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        match (request.method.as_str(), segments.as_slice()) {
            ("POST", ["v1", "reports"]) => {
                let report = crate::report::Report::from_json(&request.body).unwrap();
                let id = *report.id().as_uuid();
                let mut db = self.db.lock().unwrap();
                let receipt = json!({"report_id": id, "received_at": now, "expected_first_review_by": now.plus_millis(2 * 86_400_000)});
                match db.reports.get(&(account.clone(), id)) {
                    Some(body) if *body == request.body => FakeBackend::ok(200, receipt),
                    Some(_) => self.error(ErrorCode::IdempotencyMismatch),
                    None => {
                        db.reports.insert((account.clone(), id), request.body.clone());
                        let window = crate::status::AppealWindow::days(14).unwrap();
                        db.status
                            .insert((account, id), crate::status::History::new(now, window));
                        db.stores += 1;
                        FakeBackend::ok(201, receipt)
                    }
                }
            }
            ("GET", ["v1", "reports", id, "status"]) => {
                let id: Uuid = id.parse().unwrap();
                let db = self.db.lock().unwrap();
                match db.status.get(&(account, id)) {
                    Some(history) => {
                        let state = history.state();
                        let child = crate::status::ChildStatus::derive(
                            state,
                            crate::AgeBand::Age13To15,
                            crate::Category::Bullying,
                            &crate::status::DisclosureRules::default(),
                            Some(state.updated_at().plus_millis(2 * 86_400_000)),
                        );
                        FakeBackend::ok(
                            200,
                            json!({
                                "report_id": id,
                                "state": state.kind(),
                                "child_status": child,
                                "history": history.record(),
                                "open_questions": [],
                                "can_appeal": state.accepts_appeal_at(now),
                            }),
                        )
                    }
                    None => FakeBackend::ok(404, json!({"code": "not_found"})),
                }
            }
            ("DELETE", ["v1", "reports", id]) => {
                let id: Uuid = id.parse().unwrap();
                let mut db = self.db.lock().unwrap();
                db.reports.remove(&(account.clone(), id));
                db.status.remove(&(account, id));
                FakeBackend::ok(200, json!({"report_id": id}))
            }
            _ => FakeBackend::ok(404, json!({"code": "not_found"})),
        }
    }
}

#[async_trait]
impl Transport for FakeBackend {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        let response = self.handle(request).await;
        Ok(self.sign(response, request).await)
    }
}

/// Faults, drawn per request from a seeded source.
pub struct Faulty {
    pub inner: Arc<FakeBackend>,
    pub client_clock: Arc<ManualClock>,
    pub random: SeededRandom,
    /// Percent of requests that get a fault.
    pub rate: u8,
    pub injected: Mutex<HashMap<&'static str, usize>>,
}

#[async_trait]
impl Transport for Faulty {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        let mut b = [0u8; 2];
        self.random.fill(&mut b).unwrap();
        let fault = if b[0] % 100 < self.rate { b[1] % 8 } else { 255 };
        let name = match fault {
            0 => "drop",
            1 => "lost_after_commit",
            2 => "unsigned_500",
            3 => "signed_503_retry_after",
            4 => "signed_429_retry_after",
            5 => "delay",
            6 => "signed_500",
            7 => "tampered_body",
            _ => "none",
        };
        *self.injected.lock().unwrap().entry(name).or_default() += 1;
        match fault {
            0 => Err(TransportError::Network {
                kind: "connect".into(),
            }),
            1 => {
                let _ = self.inner.send(request).await;
                Err(TransportError::Timeout)
            }
            2 => Ok(Response::new(500)),
            3 | 4 => {
                let code = if fault == 3 {
                    ErrorCode::Unavailable
                } else {
                    ErrorCode::RateLimited
                };
                let mut r = self.inner.error(code);
                r.headers.append("Retry-After", "7");
                Ok(self.inner.sign(r, request).await)
            }
            5 => {
                // A slow answer: the device's clock moves on while waiting.
                self.client_clock.advance(20_000);
                self.inner.clock.advance(20_000);
                self.inner.send(request).await
            }
            6 => Ok(self.inner.sign(Response::new(500), request).await),
            7 => {
                let mut r = self.inner.send(request).await?;
                r.body.push(b' ');
                Ok(r)
            }
            _ => self.inner.send(request).await,
        }
    }
}
