//! Enqueue-to-durable latency of the sealed outbox on file storage, against the floor any
//! durable queue pays on the same disk in the same run: one seal of a record-sized payload, then
//! write a temp file + fsync + rename + fsync the directory. Target: p50 ratio <= 1.3.
//!
//! `cargo bench -p tellsafe --bench outbox` runs criterion, then prints p50/p99 of interleaved
//! samples and the p50 ratio (interleaving cancels drift in disk speed during the run).
#![allow(missing_docs)]
#![allow(clippy::print_stdout, reason = "a benchmark reports on stdout")]
#![allow(clippy::unwrap_used, reason = "a failed benchmark should stop loudly")]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::Criterion;
use futures::executor::block_on;
use tellsafe::outbox::seal::Sealer;
use tellsafe::outbox::{NewItem, Outbox, OutboxConfig, UnsignedRequest};
use tellsafe::platform::{MemoryKeyStore, OsRandom, SystemClock};
use tellsafe::storage::file::{FileStorage, sync_dir};

#[path = "common/durable_floor.rs"]
mod durable_floor;
use durable_floor::floor_write;

/// A typical report body: structured JSON with some free text, about 2 KiB.
const BODY_BYTES: usize = 2048;
/// Interleaved samples per side for the percentile report.
const SAMPLES: usize = 300;

struct Fixture {
    _dir: tempfile::TempDir,
    floor_dir: std::path::PathBuf,
    outbox: Outbox,
    sealer: Sealer,
    random: OsRandom,
    next_id: AtomicU64,
    record_len: usize,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("records");
        let floor_dir = dir.path().join("floor");
        std::fs::create_dir_all(&floor_dir).unwrap();
        let key = [3u8; 32];
        let outbox = block_on(Outbox::open(
            Arc::new(FileStorage::open(&records).unwrap()),
            Arc::new(MemoryKeyStore::new(key)),
            Arc::new(SystemClock),
            Arc::new(OsRandom::new()),
            OutboxConfig::default(),
        ))
        .unwrap();
        let mut f = Fixture {
            _dir: dir,
            floor_dir,
            outbox,
            sealer: Sealer::new(&key),
            random: OsRandom::new(),
            next_id: AtomicU64::new(1),
            record_len: 0,
        };
        let id = f.enqueue();
        f.record_len = std::fs::read_dir(&records)
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .max()
            .unwrap() as usize;
        block_on(f.outbox.forget(id)).unwrap();
        f
    }

    fn item(&self) -> NewItem {
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        NewItem {
            id: uuid::Uuid::from_u128(u128::from(n)),
            account: "account-1".to_owned(),
            category: Some("bullying".to_owned()),
            urgent: false,
            request: UnsignedRequest {
                method: "POST".to_owned(),
                path: "/v1/reports".to_owned(),
                content_type: Some("application/json".to_owned()),
                body: vec![b'a'; BODY_BYTES],
            },
        }
    }

    fn enqueue(&self) -> uuid::Uuid {
        block_on(self.outbox.enqueue(self.item())).unwrap()
    }

    /// Times one enqueue; the record is forgotten afterwards, outside the timing.
    fn time_enqueue(&self) -> Duration {
        let item = self.item();
        let start = Instant::now();
        let id = block_on(self.outbox.enqueue(item)).unwrap();
        let took = start.elapsed();
        block_on(self.outbox.forget(id)).unwrap();
        took
    }

    /// Times the floor: seal a payload that yields a record of the same size, write it durably
    /// under a new name (as enqueue does); the file is deleted afterwards, outside the timing,
    /// as `forget` does for the enqueue side.
    fn time_floor(&self) -> Duration {
        // Header 2 + nonce 12 + length prefix 4 + tag 16; padding keeps it in the same size bucket.
        let payload = vec![b'a'; self.record_len.saturating_sub(34)];
        let name = format!("o{}", self.next_id.fetch_add(1, Ordering::Relaxed));
        let start = Instant::now();
        let record = self.sealer.seal(&name, &payload, &self.random).unwrap();
        floor_write(&self.floor_dir, &name, &record);
        let took = start.elapsed();
        std::fs::remove_file(self.floor_dir.join(&name)).unwrap();
        sync_dir(&self.floor_dir).unwrap();
        took
    }
}

fn report(fixture: &Fixture) {
    let (mut enqueue, mut floor) = (Vec::with_capacity(SAMPLES), Vec::with_capacity(SAMPLES));
    for _ in 0..SAMPLES {
        enqueue.push(fixture.time_enqueue());
        floor.push(fixture.time_floor());
    }
    println!(
        "record size: {} bytes (body {BODY_BYTES} bytes), {SAMPLES} interleaved samples",
        fixture.record_len
    );
    durable_floor::print_against_floor("enqueue", enqueue, floor);
}

fn main() {
    let fixture = Fixture::new();
    let mut c = Criterion::default()
        .sample_size(50)
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut group = c.benchmark_group("outbox");
    group.bench_function("enqueue_to_durable_file", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| fixture.time_enqueue()).sum())
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
