//! Outbox drain with flat memory: queue 10,000 reports (outbox capacity raised for the run) on
//! durable file storage while offline from the backend's point of view, then `flush` them all to
//! the reference backend on loopback (its release build, rate limits raised) over the real HTTP
//! transport. Reports RSS before and after the drain (and its peak, sampled) and how many were
//! delivered; the figure is end RSS against the RSS when the first report left the queue (the
//! same-run floor: the whole queue on disk, the client's history in memory, the transport used
//! once and the flush's one-time start behind it), so growth per report drained shows and a
//! one-time cost is not read as growth. The note keeps the RSS before the flush and the peak.
//!
//! The backend binary: `$TELLSAFE_E2E_BACKEND`, else `e2e-backend` beside `target/<profile>/deps`.
//! `cargo bench -p tellsafe-bench --bench drain` prints JSON lines.
#![allow(missing_docs)]

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use tellsafe::client::{AuthError, AuthHeaderProvider, AuthSession, ClientConfig, SoftwareKeys, TellSafe};
use tellsafe::flow::NotifyPreference;
use tellsafe::outbox::OutboxConfig;
use tellsafe::platform::{MemoryKeyStore, OsRandom, SystemClock};
use tellsafe::report::Platform;
use tellsafe::sign::{ED25519, SigningKey};
use tellsafe::storage::file::FileStorage;
use tellsafe::transport::HttpTransport;
use tellsafe::{AgeBand, AgeSignalSource};
use tellsafe_bench::{Figure, report, rss_kib};
use tellsafe_e2e::Backend;

/// Reports queued, then drained (issue 13).
const REPORTS: usize = 10_000;
/// The drain stops after this long whatever it delivered (keeps `scripts/bench` bounded; at the
/// durable floor of about 0.4-4 ms per fsync and three durable writes per report, 10,000 reports
/// take 12-120 s).
const MAX_DRAIN: Duration = Duration::from_secs(180);
/// How often the RSS sampler looks during the drain.
const RSS_SAMPLE_EVERY: Duration = Duration::from_millis(50);
/// The demo account the backend is started with (see `tellsafe_e2e::Backend`).
const ACCOUNT: (&str, &str) = ("alice", "token-alice");

struct Alice;

#[async_trait]
impl AuthHeaderProvider for Alice {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        Ok(AuthSession {
            account: ACCOUNT.0.into(),
            authorization: format!("Bearer {}", ACCOUNT.1),
        })
    }
    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        self.current().await
    }
}

fn backend_exe() -> PathBuf {
    if let Some(p) = std::env::var_os("TELLSAFE_E2E_BACKEND") {
        return PathBuf::from(p);
    }
    let me = std::env::current_exe().expect("own path");
    me.parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps")
        .join("e2e-backend")
}

/// Outbox records still on disk (`FileStorage` names them `o<id>`; history entries are `h<id>`).
fn queued_records(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with('o'))
            .count()
    })
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

async fn run(backend: &Backend, dir: &std::path::Path) {
    let client = TellSafe::open(ClientConfig {
        backend_url: backend.base.clone(),
        backend_keys: vec![backend.public_key.clone()],
        platform: Platform::Android,
        app_version: "1.0".into(),
        app_name: "Chatter".into(),
        locale: "en".into(),
        country: "GB".into(),
        age_band: AgeBand::Age13To15,
        age_source: Some(AgeSignalSource::Declared),
        keys: Arc::new(SoftwareKeys::new(SigningKey::generate(&ED25519).expect("key"))),
        key_store: Arc::new(MemoryKeyStore::new([3u8; 32])),
        storage: Arc::new(FileStorage::open(dir.join("records")).expect("file storage")),
        clock: Arc::new(SystemClock),
        random: Arc::new(OsRandom::new()),
        transport: Arc::new(HttpTransport::new().expect("http transport")),
        auth: Arc::new(Alice),
        listener: None,
        localizer: None,
        outbox: OutboxConfig {
            max_items: REPORTS,
            ..OutboxConfig::default()
        },
        wizard: None,
    })
    .await
    .expect("client opens");

    let queue_start = Instant::now();
    for n in 0..REPORTS {
        let r = report(n as u64 + 1, "они пишут мне каждый день", 1);
        client
            .submit(&r, NotifyPreference::DontNotify, &[])
            .await
            .expect("queued");
    }
    let queued_in = queue_start.elapsed();

    // The first network use (reqwest's pool and resolver, the key registration) costs a fixed
    // amount once per process, not per report: it happens before the start sample, as it would
    // at app start, so the figure shows growth with the number of reports drained.
    client.register().await.expect("registers");
    let start_kib = rss_kib();
    let peak = Arc::new(AtomicU64::new(start_kib));
    // RSS when the first report has left the queue: the flush's one-time start (sealing the
    // history of all 10,000 pending reports, measured as a single jump before any delivery)
    // is behind it, so from here any growth is growth per report drained.
    let first_delivered = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, first, done) = (peak.clone(), first_delivered.clone(), done.clone());
        let records = dir.join("records");
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                let now = rss_kib();
                peak.fetch_max(now, Ordering::Relaxed);
                if first.load(Ordering::Relaxed) == 0 && queued_records(&records) < REPORTS {
                    first.store(now, Ordering::Relaxed);
                }
                std::thread::sleep(RSS_SAMPLE_EVERY);
            }
        })
    };
    let drain_start = Instant::now();
    // One `flush` sends until the outbox is idle, so the time bound cuts the future itself
    // (dropping it mid-way loses nothing: the SDK's flush is cancel-safe by contract).
    let _ = tokio::time::timeout(MAX_DRAIN, async {
        loop {
            let summary = client.flush().await.expect("flush");
            match summary.next_attempt_at {
                // Waiting on a retry: look again shortly.
                Some(_) => tokio::time::sleep(Duration::from_millis(100)).await,
                None => break,
            }
        }
    })
    .await;
    let drained_in = drain_start.elapsed();
    // Delivered = no longer queued on disk (also right when the time bound cut a flush).
    let delivered = REPORTS.saturating_sub(queued_records(&dir.join("records")));
    let end_kib = rss_kib();
    done.store(true, Ordering::Relaxed);
    sampler.join().expect("sampler");
    let rate = delivered as f64 / drained_in.as_secs_f64();

    // No sample saw a delivery (the drain delivered nothing): compare with the start instead.
    let floor_kib = match first_delivered.load(Ordering::Relaxed) {
        0 => start_kib,
        kib => kib,
    };
    Figure {
        id: "drain_rss",
        unit: "MiB",
        median: mib(end_kib),
        p99: None,
        floor: mib(floor_kib),
        floor_label: "RSS at the first delivery (10,000 queued)",
        note: format!(
            "RSS {:.1} MiB before the flush, peak {:.1} MiB during it; queued in {:.1} s",
            mib(start_kib),
            mib(peak.load(Ordering::Relaxed)),
            queued_in.as_secs_f64()
        ),
    }
    .emit();
    Figure {
        id: "drain_delivered",
        unit: "reports",
        median: delivered as f64,
        p99: None,
        floor: REPORTS as f64,
        floor_label: "reports queued",
        note: format!(
            "{rate:.0} reports/s to the loopback backend, drained in {:.1} s",
            drained_in.as_secs_f64()
        ),
    }
    .emit();
}

fn main() {
    let exe = backend_exe();
    let backend = Backend::start_logging(
        exe.to_str().expect("utf-8 path"),
        &[
            "--rate-per-key-per-minute",
            "1000000",
            "--rate-per-account-per-minute",
            "1000000",
        ],
        "warn",
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(&backend, dir.path()));
}
