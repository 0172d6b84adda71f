//! The same-run floor shared by the outbox and client benches: what making a sealed record
//! durable costs with nothing of ours around it (write temp, fsync, rename, fsync dir), and the
//! percentile report that sets a measured figure next to that floor.

use std::path::Path;
use std::time::Duration;

use tellsafe::storage::file::{sync_dir, write_synced};

/// Writes `bytes` under `name` the way a durable store must: temp file, fsync, rename, fsync dir.
pub fn floor_write(dir: &Path, name: &str, bytes: &[u8]) {
    let temp = dir.join(format!(".tmp-{name}"));
    write_synced(&temp, bytes).unwrap();
    std::fs::rename(&temp, dir.join(name)).unwrap();
    sync_dir(dir).unwrap();
}

/// The `p` quantile of sorted samples (nearest rank).
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// Prints p50/p99 of `measured` and `floor` and their p50 ratio against the 1.3 budget.
pub fn print_against_floor(what: &str, mut measured: Vec<Duration>, mut floor: Vec<Duration>) {
    measured.sort();
    floor.sort();
    let (m50, m99) = (percentile(&measured, 0.5), percentile(&measured, 0.99));
    let (f50, f99) = (percentile(&floor, 0.5), percentile(&floor, 0.99));
    println!("{what}-to-durable: p50 {m50:?}  p99 {m99:?}");
    println!("floor (seal + write + fsync + rename + fsync dir): p50 {f50:?}  p99 {f99:?}");
    println!(
        "p50 ratio {what}/floor: {:.3} (target <= 1.3)",
        m50.as_secs_f64() / f50.as_secs_f64()
    );
    // One JSON line for `scripts/bench` (its aggregator applies the budget), in microseconds.
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let line = serde_json::json!({
        "figure": format!("{what}_durable"),
        "unit": "us",
        "median": us(m50),
        "p99": us(m99),
        "floor": us(f50),
        "floor_label": "seal + write + fsync + rename + fsync dir",
        "note": format!("{} interleaved samples each", measured.len()),
    });
    println!("{line}");
}
