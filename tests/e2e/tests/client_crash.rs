//! Crash safety: a child process submits reports with file storage and is SIGKILLed at random
//! points; every id it printed (printed only after `submit` returned `Ok`) must reach the real
//! backend exactly once after the client reopens and flushes.

#![allow(clippy::unwrap_used, reason = "tests: a panic is a failed test")]

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use base64::Engine;
use tellsafe_e2e::Backend;
use tellsafe_e2e::client::{Options, flush_all, open_client, server_reports};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const CHILD: &str = env!("CARGO_BIN_EXE_crash_child");
/// Kill iterations.
const ITERATIONS: usize = 200;
/// Most acknowledged submits to wait for before the kill (then a random extra delay).
const MAX_LINES_BEFORE_KILL: u64 = 6;
/// Longest extra random delay before the kill, microseconds: spreads kills over the fsyncs,
/// renames and sends between two acknowledgements.
const MAX_EXTRA_DELAY_US: u64 = 3_000;
/// Rate limits high enough for a few thousand requests in seconds.
const NO_LIMITS: [&str; 4] = [
    "--rate-per-key-per-minute",
    "1000000",
    "--rate-per-account-per-minute",
    "1000000",
];

/// xorshift64*: a seeded random source for kill points (the seed is printed to reproduce).
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % below.max(1)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_at_random_points_loses_and_duplicates_nothing() {
    let backend = Backend::start(EXE, &NO_LIMITS);
    let dir = tempfile::tempdir().unwrap();
    let key = base64::engine::general_purpose::STANDARD.encode(backend.public_key.raw());
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed {seed}");
    let mut rng = Rng(seed);
    let mut printed: Vec<uuid::Uuid> = Vec::new();
    for _ in 0..ITERATIONS {
        let mut child = Command::new(CHILD)
            .arg(dir.path())
            .arg(&backend.base)
            .arg(&key)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let wait_for = rng.next(MAX_LINES_BEFORE_KILL + 1);
        let mut line = String::new();
        for _ in 0..wait_for {
            line.clear();
            assert!(stdout.read_line(&mut line).unwrap() > 0, "child exited early");
            printed.push(line.trim().parse().unwrap());
        }
        // A random extra delay so the kill lands anywhere between two acknowledgements.
        std::thread::sleep(std::time::Duration::from_micros(rng.next(MAX_EXTRA_DELAY_US)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Complete lines the child printed before dying count; a torn last line cannot exist
        // for a 36-byte write, but is ignored if it does.
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).unwrap();
        printed.extend(rest.lines().filter_map(|l| l.parse::<uuid::Uuid>().ok()));
    }

    let mut options = Options::new("alice", "token-alice");
    options.max_items = 10_000;
    let client = open_client(&backend, dir.path(), &options).await;
    flush_all(&client).await;
    let health = client.sdk.delivery_health();
    assert_eq!(
        (health.pending, health.parked, health.quarantined),
        (0, 0, 0),
        "{health:?}"
    );

    let rows = server_reports(&backend);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, id) in &rows {
        *counts.entry(id.clone()).or_default() += 1;
    }
    assert!(counts.values().all(|&n| n == 1), "a report arrived twice");
    let missing: Vec<_> = printed
        .iter()
        .filter(|id| !counts.contains_key(&id.to_string()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged reports never arrived",
        missing.len()
    );
    let unique: HashSet<_> = printed.iter().collect();
    assert_eq!(unique.len(), printed.len(), "an id was handed out twice");
    eprintln!(
        "{ITERATIONS} kills, {} acknowledged submits, {} reports on the server",
        printed.len(),
        rows.len()
    );
}
