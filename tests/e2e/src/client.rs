//! The SDK client (`tellsafe::client::TellSafe`) wired to a spawned backend for end-to-end
//! tests: a virtual client clock, an app login that can switch accounts and refresh tokens,
//! and a fault-injecting [`Transport`] around the real [`HttpTransport`].

use std::collections::VecDeque;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use serde_json::json;
use tellsafe::Timestamp;
use tellsafe::client::{
    AuthError, AuthHeaderProvider, AuthSession, ClientConfig, NotificationKey, SoftwareKeys, StatusListener,
    TellSafe,
};
use tellsafe::flow::{EMBEDDED_FLOW, EMBEDDED_SCRIPTS, EmbeddedLocales, PackPolicy, Wizard};
use tellsafe::outbox::OutboxConfig;
use tellsafe::platform::{Clock, KeyStore, ManualClock, OsRandom, Storage};
use tellsafe::report::{Platform, Report};
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{ED25519, SignOptions, SigningKey, sign_response};
use tellsafe::storage::file::{FileKeyStore, FileStorage};
use tellsafe::transport::{HttpTransport, Transport, TransportError};
use tellsafe::{AgeBand, AgeSignalSource};

use crate::Backend;

/// Most flush rounds [`flush_all`] runs before giving up: each round either delivers, or
/// jumps the virtual clock to the next due attempt; a policy that never converges fails the
/// test instead of hanging it.
const MAX_FLUSH_ROUNDS: usize = 200;

/// Real Unix milliseconds now (the client's virtual clock starts here so signatures verify).
pub fn real_now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    Timestamp::from_unix_millis(ms).expect("now is a valid timestamp")
}

/// The app's login: one signed-in account at a time; `refresh` moves to the next token of the
/// account's refresh list (a backend that accepts several tokens per account).
#[derive(Debug)]
pub struct AppLogin {
    state: Mutex<(String, String, VecDeque<String>)>,
    /// How many times the SDK asked for a refresh.
    pub refreshes: AtomicUsize,
}

impl AppLogin {
    /// Signed in as `account` with `token`; `refresh_to` are the tokens refresh hands out.
    pub fn new(account: &str, token: &str, refresh_to: &[&str]) -> AppLogin {
        AppLogin {
            state: Mutex::new((
                account.to_owned(),
                token.to_owned(),
                refresh_to.iter().map(|t| (*t).to_owned()).collect(),
            )),
            refreshes: AtomicUsize::new(0),
        }
    }

    /// Another account signs in on this device.
    pub fn switch(&self, account: &str, token: &str) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        *s = (account.to_owned(), token.to_owned(), VecDeque::new());
    }
}

#[async_trait]
impl AuthHeaderProvider for AppLogin {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        let s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        Ok(AuthSession {
            account: s.0.clone(),
            authorization: format!("Bearer {}", s.1),
        })
    }

    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        self.refreshes.fetch_add(1, Ordering::SeqCst);
        {
            let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(next) = s.2.pop_front() {
                s.1 = next;
            }
        }
        self.current().await
    }
}

/// Records every neutral key the SDK hands the app.
#[derive(Debug, Default)]
pub struct Recorder(pub Mutex<Vec<String>>);

impl StatusListener for Recorder {
    fn on_update(&self, key: NotificationKey) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(key.key().to_owned());
    }
}

/// One injected fault, applied to the next request whose method and path match.
#[derive(Debug, Clone)]
pub enum Fault {
    /// The request never leaves the device (no connectivity).
    DropBeforeSend,
    /// The request reaches the backend and commits, then the answer is lost.
    LoseResponse,
    /// The request reaches the backend, and its answer reaches the device `ms` later on the
    /// client's virtual clock (a slow network or a long server queue).
    Delay {
        /// How late the answer arrives, ms.
        ms: i64,
    },
    /// A synthetic answer without sending. `signed`: signed with the backend's own key (the
    /// backend itself overloaded); unsigned: a proxy or load balancer answered.
    Status {
        /// HTTP status.
        status: u16,
        /// `Retry-After` seconds.
        retry_after: Option<u32>,
        /// Whether the backend key signs it.
        signed: bool,
    },
}

/// What the wrapper saw: (method, path, status or 0 when there was no answer).
pub type Seen = (String, String, u16);

/// A [`Transport`] that injects faults in front of the real [`HttpTransport`].
pub struct FaultTransport {
    inner: HttpTransport,
    plan: Mutex<VecDeque<(String, String, Fault)>>,
    backend_key: Option<SigningKey>,
    /// The client's virtual clock, which [`Fault::Delay`] moves forward.
    clock: Option<Arc<ManualClock>>,
    /// Every request in order.
    pub seen: Mutex<Vec<Seen>>,
}

impl std::fmt::Debug for FaultTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FaultTransport(..)")
    }
}

impl FaultTransport {
    /// A transport with no faults planned; `backend_key` lets it sign synthetic answers.
    pub fn new(backend_key: Option<SigningKey>, clock: Option<Arc<ManualClock>>) -> FaultTransport {
        FaultTransport {
            inner: HttpTransport::new().expect("http transport"),
            plan: Mutex::new(VecDeque::new()),
            backend_key,
            clock,
            seen: Mutex::new(Vec::new()),
        }
    }

    /// Applies `fault` to the next `method` request whose path starts with `path`.
    pub fn plan(&self, method: &str, path: &str, fault: Fault) {
        self.plan.lock().unwrap_or_else(|p| p.into_inner()).push_back((
            method.to_owned(),
            path.to_owned(),
            fault,
        ));
    }

    /// Faults planned and not yet used.
    pub fn pending(&self) -> usize {
        self.plan.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// The statuses seen for `method` requests to paths starting with `path`.
    pub fn statuses(&self, method: &str, path: &str) -> Vec<u16> {
        self.seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter(|(m, p, _)| m == method && p.starts_with(path))
            .map(|s| s.2)
            .collect()
    }

    fn take_fault(&self, method: &str, path: &str) -> Option<Fault> {
        let mut plan = self.plan.lock().unwrap_or_else(|p| p.into_inner());
        let at = plan
            .iter()
            .position(|(m, p, _)| m == method && path.starts_with(p.as_str()))?;
        plan.remove(at).map(|(_, _, f)| f)
    }

    fn record(&self, method: &str, path: &str, status: u16) {
        self.seen.lock().unwrap_or_else(|p| p.into_inner()).push((
            method.to_owned(),
            path.to_owned(),
            status,
        ));
    }

    async fn synthetic(
        &self,
        request: &Request,
        status: u16,
        retry_after: Option<u32>,
        signed: bool,
    ) -> Response {
        let mut response = Response::new(status);
        let code = match status {
            429 => "rate_limited",
            503 => "unavailable",
            422 => "schema_invalid",
            _ => "internal",
        };
        response.headers.append("Content-Type", "application/json");
        if let Some(secs) = retry_after {
            response.headers.append("Retry-After", secs.to_string());
        }
        response.body = json!({"code": code}).to_string().into_bytes();
        if signed {
            let key = self.backend_key.as_ref().expect("backend key to sign with");
            let options = SignOptions::new(real_now(), crate::nonce());
            sign_response(&mut response, request, key, &options)
                .await
                .expect("signing a synthetic answer");
        }
        response
    }
}

#[async_trait]
impl Transport for FaultTransport {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        let method = request.method.clone();
        let path = request
            .target_uri
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
            .unwrap_or_default();
        match self.take_fault(&method, &path) {
            Some(Fault::DropBeforeSend) => {
                self.record(&method, &path, 0);
                Err(TransportError::Network {
                    kind: "connect".to_owned(),
                })
            }
            Some(Fault::LoseResponse) => {
                let answer = self.inner.send(request).await;
                self.record(&method, &path, 0);
                drop(answer);
                Err(TransportError::Network {
                    kind: "body".to_owned(),
                })
            }
            Some(Fault::Delay { ms }) => {
                let answer = self.inner.send(request).await;
                let clock = self.clock.as_ref().expect("a virtual clock to delay on");
                clock.set(clock.now().plus_millis(ms));
                self.record(&method, &path, answer.as_ref().map_or(0, |r| r.status));
                answer
            }
            Some(Fault::Status {
                status,
                retry_after,
                signed,
            }) => {
                self.record(&method, &path, status);
                Ok(self.synthetic(request, status, retry_after, signed).await)
            }
            None => {
                let answer = self.inner.send(request).await;
                self.record(&method, &path, answer.as_ref().map_or(0, |r| r.status));
                answer
            }
        }
    }
}

/// A client under test and its handles.
pub struct Client {
    /// The SDK facade.
    pub sdk: TellSafe,
    /// The client's virtual clock.
    pub clock: Arc<ManualClock>,
    /// The fault injector (wraps the real HTTP transport).
    pub transport: Arc<FaultTransport>,
    /// The app login.
    pub login: Arc<AppLogin>,
    /// The install keys.
    pub keys: Arc<SoftwareKeys>,
    /// Neutral notifications received.
    pub listener: Arc<Recorder>,
}

/// How to open a client.
#[derive(Debug, Clone)]
pub struct Options {
    /// Account and token signed in.
    pub account: String,
    /// Its token.
    pub token: String,
    /// Tokens `refresh` hands out.
    pub refresh_to: Vec<String>,
    /// Device clock error, ms (positive: the device is ahead).
    pub clock_error_ms: i64,
    /// Outbox capacity.
    pub max_items: usize,
    /// Reporter age band.
    pub age_band: AgeBand,
}

impl Options {
    /// `account` signed in with `token`; defaults elsewhere.
    pub fn new(account: &str, token: &str) -> Options {
        Options {
            account: account.to_owned(),
            token: token.to_owned(),
            refresh_to: Vec::new(),
            clock_error_ms: 0,
            max_items: OutboxConfig::default().max_items,
            age_band: AgeBand::Age13To15,
        }
    }
}

/// The backend's own signing key (its PKCS#8 PEM beside the database), for signed synthetic
/// answers.
pub fn backend_signing_key(backend: &Backend) -> SigningKey {
    let mut name = backend.db().file_name().expect("db name").to_os_string();
    name.push(".backend-key.pem");
    let pem = std::fs::read_to_string(backend.db().with_file_name(name)).expect("backend key file");
    SigningKey::from_pkcs8_pem(&pem).expect("backend key parses")
}

/// Opens a client on `dir` (FileStorage + FileKeyStore there) against `backend`.
pub async fn open_client(backend: &Backend, dir: &Path, options: &Options) -> Client {
    let random = Arc::new(OsRandom::new());
    let storage: Arc<dyn Storage> = Arc::new(FileStorage::open(dir.join("records")).expect("file storage"));
    let key_store: Arc<dyn KeyStore> =
        Arc::new(FileKeyStore::open(dir.join("keys"), random.clone()).expect("file key store"));
    open_with(backend, storage, key_store, options, None).await
}

/// As [`open_client`] against a [`Remote`] (no synthetic answers can be signed).
pub async fn open_client_at(remote: &Remote, dir: &Path, options: &Options) -> Client {
    let random = Arc::new(OsRandom::new());
    let storage: Arc<dyn Storage> = Arc::new(FileStorage::open(dir.join("records")).expect("file storage"));
    let key_store: Arc<dyn KeyStore> =
        Arc::new(FileKeyStore::open(dir.join("keys"), random.clone()).expect("file key store"));
    open_remote(remote, None, storage, key_store, options, None).await
}

/// Where the backend is and how to trust it, without a [`Backend`] handle (a child process).
#[derive(Debug, Clone)]
pub struct Remote {
    /// Base URL.
    pub base: String,
    /// The pinned backend key.
    pub public_key: tellsafe::sign::PublicKey,
}

/// Opens a client with the given storage, key store and (optionally) a fixed install key.
pub async fn open_with(
    backend: &Backend,
    storage: Arc<dyn Storage>,
    key_store: Arc<dyn KeyStore>,
    options: &Options,
    key: Option<SigningKey>,
) -> Client {
    let remote = Remote {
        base: backend.base.clone(),
        public_key: backend.public_key.clone(),
    };
    open_remote(
        &remote,
        Some(backend_signing_key(backend)),
        storage,
        key_store,
        options,
        key,
    )
    .await
}

/// Opens a client against `remote`; `backend_signing` lets the fault injector sign answers.
pub async fn open_remote(
    backend: &Remote,
    backend_signing: Option<SigningKey>,
    storage: Arc<dyn Storage>,
    key_store: Arc<dyn KeyStore>,
    options: &Options,
    key: Option<SigningKey>,
) -> Client {
    let clock = Arc::new(ManualClock::new(real_now().plus_millis(options.clock_error_ms)));
    let transport = Arc::new(FaultTransport::new(backend_signing, Some(clock.clone())));
    let refresh: Vec<&str> = options.refresh_to.iter().map(String::as_str).collect();
    let login = Arc::new(AppLogin::new(&options.account, &options.token, &refresh));
    let keys =
        Arc::new(SoftwareKeys::new(key.unwrap_or_else(|| {
            SigningKey::generate(&ED25519).expect("install key")
        })));
    let listener = Arc::new(Recorder::default());
    let wizard = Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(clock.now())),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    )
    .expect("embedded wizard");
    let config = ClientConfig {
        backend_url: backend.base.clone(),
        backend_keys: vec![backend.public_key.clone()],
        platform: Platform::Other,
        app_version: "e2e".into(),
        app_name: "E2E".into(),
        locale: "en".into(),
        country: "GB".into(),
        age_band: options.age_band,
        age_source: Some(AgeSignalSource::Declared),
        keys: keys.clone(),
        key_store,
        storage,
        clock: clock.clone(),
        random: Arc::new(OsRandom::new()),
        transport: transport.clone(),
        auth: login.clone(),
        listener: Some(listener.clone()),
        localizer: None,
        outbox: OutboxConfig {
            max_items: options.max_items,
            ..OutboxConfig::default()
        },
        wizard: Some(Arc::new(wizard)),
    };
    Client {
        sdk: TellSafe::open(config).await.expect("client opens"),
        clock,
        transport,
        login,
        keys,
        listener,
    }
}

/// A Report v1 with a fresh UUIDv7 id, `category` and `free_text`.
pub fn report(category: &str, free_text: &str) -> Report {
    let id = uuid::Uuid::now_v7();
    Report::from_json(crate::report_body(&id, category, free_text)).expect("report parses")
}

/// Flushes until nothing is due for the signed-in account, jumping the virtual clock to each
/// next attempt. Returns every id delivered.
pub async fn flush_all(client: &Client) -> Vec<uuid::Uuid> {
    let mut delivered = Vec::new();
    for _ in 0..MAX_FLUSH_ROUNDS {
        let summary = client.sdk.flush().await.expect("flush");
        delivered.extend(summary.delivered);
        match summary.next_attempt_at {
            Some(at) => {
                if at.unix_millis() > client.clock.now().unix_millis() {
                    client.clock.set(at);
                }
            }
            None => return delivered,
        }
    }
    panic!("the outbox did not settle within {MAX_FLUSH_ROUNDS} flush rounds");
}

impl Client {
    /// The key id this client signs the signed-in account's requests with.
    pub async fn keys_id(&self) -> String {
        use tellsafe::client::InstallKeys;
        let account = self.login.current().await.expect("signed in").account;
        self.keys.current(&account).await.expect("install key").0.key_id()
    }
}

/// Every report row the backend stored: (account, report id), read from its database.
pub fn server_reports(backend: &Backend) -> Vec<(String, String)> {
    let conn =
        rusqlite::Connection::open_with_flags(backend.db(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open backend db");
    let mut stmt = conn
        .prepare("SELECT account_id, report_id FROM reports ORDER BY case_id")
        .expect("query");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows read")
}

impl Client {
    /// The virtual clock, Unix ms.
    pub fn clock_ms(&self) -> i64 {
        self.clock.now().unix_millis()
    }

    /// Sets the virtual clock to `ms`.
    pub fn set_clock_ms(&self, ms: i64) {
        self.clock
            .set(Timestamp::from_unix_millis(ms).expect("valid time"));
    }
}
