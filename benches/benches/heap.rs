//! Peak heap of one report, end to end on the device (budget 2 MB): open the client (memory
//! storage, offline transport), load the wizard from the embedded flow, walk a session to its
//! end, build the report and `submit` it (sealed into the outbox). Counted by a global
//! allocator that tracks live and peak bytes; the same-run floor is the peak heap of parsing the
//! flow and script JSON into `serde_json::Value` (the inputs alone).
//!
//! `cargo bench -p tellsafe-bench --bench heap` prints one JSON line.
#![allow(missing_docs)]
// A counting allocator must implement `GlobalAlloc`, an unsafe trait; it only forwards to the
// system allocator and counts. This is the one place in the workspace that needs it.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_trait::async_trait;
use tellsafe::client::{AuthError, AuthHeaderProvider, AuthSession, ClientConfig, SoftwareKeys, TellSafe};
use tellsafe::flow::{Answer, EMBEDDED_FLOW, EMBEDDED_SCRIPTS, StepKind, StepView, SubmitInputs};
use tellsafe::outbox::OutboxConfig;
use tellsafe::platform::{MemoryKeyStore, OsRandom, SystemClock};
use tellsafe::report::{Platform, ReportId};
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::storage::MemoryStorage;
use tellsafe::transport::{Transport, TransportError};
use tellsafe::{AgeBand, AgeSignalSource, Timestamp};
use tellsafe_bench::{Figure, Samples, context, wizard};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn add(n: usize) {
    let live = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; the counters
// are plain atomics and never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            add(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns the peak heap above what was live before it, in bytes.
fn peak_of<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (PEAK.load(Ordering::Relaxed).saturating_sub(base), out)
}

/// Repetitions of each side (the heap figure barely varies; the median hides a stray lazy
/// static initialized in the first run).
const RUNS: usize = 5;

struct Offline;

#[async_trait]
impl Transport for Offline {
    async fn send(&self, _request: &Request) -> Result<Response, TransportError> {
        Err(TransportError::Network {
            kind: "offline".into(),
        })
    }
}

struct Auth;

#[async_trait]
impl AuthHeaderProvider for Auth {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        Ok(AuthSession {
            account: "account-1".into(),
            authorization: "Bearer bench".into(),
        })
    }
    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        self.current().await
    }
}

fn first_answer(view: &StepView) -> Answer {
    match view.kind {
        StepKind::ChooseOne | StepKind::YesNo => Answer::Choose(view.options[0].id.clone()),
        StepKind::ChooseMany => Answer::ChooseMany(vec![view.options[0].id.clone()]),
        StepKind::ShortText => Answer::Text("они пишут мне каждый день".into()),
        _ => Answer::Continue,
    }
}

/// Steps a session may take before the bench gives up (the embedded flow has about a dozen).
const MAX_STEPS: usize = 64;

/// One report, from opening the client to the sealed outbox record. Returns the steps walked.
fn session_and_submit(n: u64) -> usize {
    let backend = SigningKey::generate(&ED25519).expect("key");
    let client = pollster::block_on(TellSafe::open(ClientConfig {
        backend_url: "http://127.0.0.1:9".into(),
        backend_keys: vec![backend.public_key().clone()],
        platform: Platform::Android,
        app_version: "1.0".into(),
        app_name: "Chatter".into(),
        locale: "sw".into(),
        country: "KE".into(),
        age_band: AgeBand::Age13To15,
        age_source: Some(AgeSignalSource::Declared),
        keys: Arc::new(SoftwareKeys::new(SigningKey::generate(&ED25519).expect("key"))),
        key_store: Arc::new(MemoryKeyStore::new([3u8; 32])),
        storage: Arc::new(MemoryStorage::new()),
        clock: Arc::new(SystemClock),
        random: Arc::new(OsRandom::new()),
        transport: Arc::new(Offline),
        auth: Arc::new(Auth),
        listener: None,
        localizer: None,
        outbox: OutboxConfig::default(),
        wizard: None,
    }))
    .expect("client opens");
    let wizard = wizard();
    let mut session = wizard.start(context()).expect("starts");
    let mut steps = 0;
    loop {
        let view = session.current().expect("renders");
        if view.kind == StepKind::Done || steps == MAX_STEPS {
            break;
        }
        session.answer(first_answer(&view)).expect("valid answer");
        steps += 1;
    }
    let outcome = session
        .to_report(SubmitInputs {
            id: ReportId::new(1_795_000_000_000 + n, &[7u8; 10]),
            created_at: Timestamp::from_unix_millis(1_795_000_000_000).expect("valid time"),
            platform: Platform::Android,
            app_version: "1.0".into(),
            evidence: vec![("m_77101".into(), None)],
        })
        .expect("a finished session builds a report");
    pollster::block_on(client.submit(&outcome.report, outcome.notify, &outcome.intents)).expect("submits");
    steps
}

fn main() {
    let (mut ours, mut floor) = (Samples::default(), Samples::default());
    let mut steps = 0;
    for n in 0..RUNS {
        let (peak, s) = peak_of(|| session_and_submit(n as u64));
        steps = s;
        ours.push_value(peak as f64);
        let (peak, ()) = peak_of(|| {
            let f: serde_json::Value = serde_json::from_str(EMBEDDED_FLOW).expect("json");
            let s: serde_json::Value = serde_json::from_str(EMBEDDED_SCRIPTS).expect("json");
            std::hint::black_box((f, s));
        });
        floor.push_value(peak as f64);
    }
    Figure {
        id: "peak_heap",
        unit: "bytes",
        median: ours.median(),
        p99: None,
        floor: floor.median(),
        floor_label: "serde_json::Value parse of flow + scripts",
        note: format!("client open + wizard load + {steps}-step session + submit; {RUNS} runs"),
    }
    .emit();
}
