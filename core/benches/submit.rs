//! `TellSafe::submit` to durable, against the same-run floor: one seal of a record-sized
//! payload, then write a temp file + fsync + rename + fsync the directory (what any durable
//! queue pays on the same disk). Target: p50 ratio <= 1.3.
//!
//! `cargo bench -p tellsafe --bench submit` runs criterion, then prints p50/p99 of interleaved
//! samples and the p50 ratio (interleaving cancels drift in disk speed during the run).
#![allow(missing_docs)]
#![allow(clippy::print_stdout, reason = "a benchmark reports on stdout")]
#![allow(clippy::unwrap_used, reason = "a failed benchmark should stop loudly")]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use criterion::Criterion;
use futures::executor::block_on;
use tellsafe::client::{AuthError, AuthHeaderProvider, AuthSession, ClientConfig, SoftwareKeys, TellSafe};
use tellsafe::flow::NotifyPreference;
use tellsafe::outbox::OutboxConfig;
use tellsafe::outbox::seal::Sealer;
use tellsafe::platform::{MemoryKeyStore, OsRandom, SystemClock};
use tellsafe::report::{Platform, Report, ReportBuilder, ReportId, SubjectKind};
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::storage::file::FileStorage;
use tellsafe::transport::{Transport, TransportError};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

#[path = "common/durable_floor.rs"]
mod durable_floor;
use durable_floor::floor_write;

/// Interleaved samples per side for the percentile report.
const SAMPLES: usize = 300;
/// Room for every record criterion's iterations leave behind (submit never evicts).
const BENCH_CAPACITY: usize = 1_000_000;

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

struct Fixture {
    _dir: tempfile::TempDir,
    records: std::path::PathBuf,
    floor_dir: std::path::PathBuf,
    client: TellSafe,
    sealer: Sealer,
    random: OsRandom,
    next: AtomicU64,
    record_len: usize,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("records");
        let floor_dir = dir.path().join("floor");
        std::fs::create_dir_all(&floor_dir).unwrap();
        let key = [3u8; 32];
        let backend = SigningKey::generate(&ED25519).unwrap();
        let client = block_on(TellSafe::open(ClientConfig {
            backend_url: "http://127.0.0.1:9".into(),
            backend_keys: vec![backend.public_key().clone()],
            platform: Platform::Android,
            app_version: "1.0".into(),
            app_name: "Linkup".into(),
            locale: "en".into(),
            country: "GB".into(),
            age_band: AgeBand::Age13To15,
            age_source: Some(AgeSignalSource::Declared),
            keys: Arc::new(SoftwareKeys::new(SigningKey::generate(&ED25519).unwrap())),
            key_store: Arc::new(MemoryKeyStore::new(key)),
            storage: Arc::new(FileStorage::open(&records).unwrap()),
            clock: Arc::new(SystemClock),
            random: Arc::new(OsRandom::new()),
            transport: Arc::new(Offline),
            auth: Arc::new(Auth),
            listener: None,
            localizer: None,
            outbox: OutboxConfig {
                max_items: BENCH_CAPACITY,
                ..OutboxConfig::default()
            },
            wizard: None,
        }))
        .unwrap();
        let mut f = Fixture {
            _dir: dir,
            records,
            floor_dir,
            client,
            sealer: Sealer::new(&key),
            random: OsRandom::new(),
            next: AtomicU64::new(1),
            record_len: 0,
        };
        f.time_submit();
        f.record_len = std::fs::read_dir(&f.records)
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .max()
            .unwrap() as usize;
        f
    }

    /// A typical report: structured answers, subjects, evidence refs and some free text.
    fn report(&self) -> Report {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&n.to_le_bytes());
        ReportBuilder::new(
            ReportId::new(1_790_000_000_000 + n, &random),
            Timestamp::from_unix_millis(1_790_000_000_000).unwrap(),
        )
        .locale("en-GB")
        .country("GB")
        .age(AgeBand::Age13To15, AgeSignalSource::Declared)
        .role(ReporterRole::Myself)
        .category(Category::Bullying)
        .client(Platform::Android, "1.0")
        .subject(SubjectKind::User, "u_8841")
        .subject(SubjectKind::Message, "m_77101")
        .answer("what_happened", ["mean_messages"])
        .answer("when", ["today"])
        .free_text("They keep sending mean messages to me in the group chat every day after school.")
        .evidence("m_77101", None)
        .build()
        .unwrap()
    }

    /// Times one `submit` (report built outside the timing).
    fn time_submit(&self) -> Duration {
        let report = self.report();
        let start = Instant::now();
        block_on(self.client.submit(&report, NotifyPreference::DontNotify, &[])).unwrap();
        start.elapsed()
    }

    /// The floor: seal a payload giving a record of the same size, write it durably.
    fn time_floor(&self) -> Duration {
        // Header 2 + nonce 12 + length prefix 4 + tag 16; padding keeps it in the same size bucket.
        let payload = vec![b'a'; self.record_len.saturating_sub(34)];
        let name = format!("o{}", self.next.fetch_add(1, Ordering::Relaxed));
        let start = Instant::now();
        let record = self.sealer.seal(&name, &payload, &self.random).unwrap();
        floor_write(&self.floor_dir, &name, &record);
        start.elapsed()
    }
}

fn report(fixture: &Fixture) {
    let (mut submit, mut floor) = (Vec::with_capacity(SAMPLES), Vec::with_capacity(SAMPLES));
    for _ in 0..SAMPLES {
        submit.push(fixture.time_submit());
        floor.push(fixture.time_floor());
    }
    println!(
        "record size: {} bytes, {SAMPLES} interleaved samples",
        fixture.record_len
    );
    durable_floor::print_against_floor("submit", submit, floor);
}

fn main() {
    let fixture = Fixture::new();
    let mut c = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("client");
    group.bench_function("submit_to_durable_file", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| fixture.time_submit()).sum())
    });
    group.bench_function("floor_seal_write_fsync_rename_fsync_dir", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| fixture.time_floor()).sum())
    });
    group.finish();
    c.final_summary();
    if std::env::args().any(|a| a == "--bench") {
        report(&fixture);
    }
}
