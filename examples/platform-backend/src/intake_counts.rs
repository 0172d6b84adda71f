//! Intake figures for the transparency statistics: per UTC day, how many submissions to
//! `POST /v1/reports` were stored, answered as a duplicate (an idempotent replay of a stored
//! report), or refused, by error code.
//!
//! Counts only: the table has a day, an outcome code and a number, never a request's content,
//! ids, key or account. Stored and duplicate submissions are counted by one UPSERT inside the
//! intake writer job (the job that decided them). Refusals mostly happen before any writer job
//! (bad content type, signature, schema), and a flood of them must not turn into a flood of
//! writes, so they are counted in memory ([`Tally`]) and flushed in one job: on the server's
//! periodic tick, before the console's statistics are read, and on shutdown.

use std::collections::BTreeMap;
use std::sync::Mutex;

use rusqlite::{Connection, params};
use tellsafe::Timestamp;
use tellsafe::intake::ErrorCode;
use tellsafe::intake::export::stats::{IntakeCounts, Period};

use crate::db::{StoreError, Writer};

/// Milliseconds in a UTC day: the table's unit of time (every period starts at a UTC midnight).
const DAY_MILLIS: i64 = 86_400_000;
/// Outcome code of a submission stored as a new report.
pub const ACCEPTED: &str = "accepted";
/// Outcome code of a submission answered as a duplicate of a stored report.
pub const DUPLICATE: &str = "duplicate";

/// The UTC day number (days since 1970-01-01) of `at`.
pub fn day_of(at: Timestamp) -> i64 {
    at.unix_millis().div_euclid(DAY_MILLIS)
}

/// Adds `n` to the count of `outcome` on `day` (one UPSERT; cached statement: intake's hot path).
pub fn add(conn: &Connection, day: i64, outcome: &str, n: u64) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO intake_counts (day, outcome, count) VALUES (?1, ?2, ?3)
         ON CONFLICT (day, outcome) DO UPDATE SET count = count + excluded.count",
    )?
    .execute(params![day, outcome, i64::try_from(n).unwrap_or(i64::MAX)])?;
    Ok(())
}

/// The intake figures of `period`: stored, duplicate, and refused per error code (codes this
/// build does not know are left out rather than guessed).
pub fn counts(conn: &Connection, period: Period) -> Result<IntakeCounts, StoreError> {
    let from = day_of(period.start());
    let to = day_of(period.end());
    let mut out = IntakeCounts::default();
    let mut stmt = conn.prepare_cached(
        "SELECT outcome, sum(count) FROM intake_counts WHERE day >= ?1 AND day < ?2 GROUP BY outcome",
    )?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    for row in rows {
        let (outcome, n) = row?;
        let n = u64::try_from(n).unwrap_or(0);
        match outcome.as_str() {
            ACCEPTED => out.accepted += n,
            DUPLICATE => out.duplicates += n,
            other => {
                if let Some(code) = ErrorCode::ALL.into_iter().find(|c| c.code() == other) {
                    *out.rejections.entry(code.code()).or_insert(0) += n;
                }
            }
        }
    }
    Ok(out)
}

/// Refusals counted in memory until the next flush. Keys are (day, error code): at most
/// twenty per day, so the map stays tiny whatever the request rate.
#[derive(Debug, Default)]
pub struct Tally(Mutex<BTreeMap<(i64, &'static str), u64>>);

impl Tally {
    /// Counts one refused submission at `at`.
    pub fn reject(&self, at: Timestamp, code: ErrorCode) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *map.entry((day_of(at), code.code())).or_insert(0) += 1;
    }

    fn take(&self) -> BTreeMap<(i64, &'static str), u64> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn put_back(&self, pending: BTreeMap<(i64, &'static str), u64>) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        for (key, n) in pending {
            *map.entry(key).or_insert(0) += n;
        }
    }

    /// Writes the pending counts in one writer job; on failure they are kept for the next flush.
    pub async fn flush(&self, writer: &Writer) -> Result<(), StoreError> {
        let pending = self.take();
        if pending.is_empty() {
            return Ok(());
        }
        let job = pending.clone();
        let written = writer
            .write(move |conn| {
                for ((day, code), n) in &job {
                    add(conn, *day, code, *n)?;
                }
                Ok(Ok::<(), ()>(()))
            })
            .await;
        match written {
            Ok(_) => Ok(()),
            Err(error) => {
                self.put_back(pending);
                Err(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn
    }

    fn at(rfc3339: &str) -> Timestamp {
        serde_json::from_value(serde_json::Value::String(rfc3339.to_owned())).unwrap()
    }

    #[test]
    fn counts_add_up_within_the_period_only() {
        let conn = conn();
        let inside = day_of(at("2026-11-30T23:59:59.999Z"));
        let first = day_of(at("2026-11-01T00:00:00.000Z"));
        let after = day_of(at("2026-12-01T00:00:00.000Z"));
        let before = day_of(at("2026-10-31T23:59:59.999Z"));
        add(&conn, inside, ACCEPTED, 1).unwrap();
        add(&conn, inside, ACCEPTED, 2).unwrap();
        add(&conn, first, ACCEPTED, 2).unwrap();
        add(&conn, inside, DUPLICATE, 1).unwrap();
        add(&conn, inside, "schema_invalid", 4).unwrap();
        add(&conn, first, "schema_invalid", 1).unwrap();
        add(&conn, inside, "no_such_code", 7).unwrap();
        add(&conn, after, ACCEPTED, 100).unwrap();
        add(&conn, before, "clock_skew", 100).unwrap();
        let c = counts(&conn, "2026-11".parse().unwrap()).unwrap();
        assert_eq!(c.accepted, 5);
        assert_eq!(c.duplicates, 1);
        assert_eq!(c.rejections.get("schema_invalid"), Some(&5));
        assert_eq!(
            c.rejections.len(),
            1,
            "other periods and unknown codes are left out"
        );
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM intake_counts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 8, "one row per day and outcome: repeats add to it");
    }

    #[test]
    fn the_tally_keeps_counts_per_day_and_code() {
        let tally = Tally::default();
        let now = at("2026-11-29T06:00:00.000Z");
        tally.reject(now, ErrorCode::SchemaInvalid);
        tally.reject(now, ErrorCode::SchemaInvalid);
        tally.reject(now.plus_millis(DAY_MILLIS), ErrorCode::SchemaInvalid);
        let taken = tally.take();
        assert_eq!(taken.get(&(day_of(now), "schema_invalid")), Some(&2));
        assert_eq!(taken.len(), 2);
        assert!(tally.take().is_empty(), "taking drains");
        tally.put_back(taken);
        tally.reject(now, ErrorCode::SchemaInvalid);
        assert_eq!(tally.take().get(&(day_of(now), "schema_invalid")), Some(&3));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flush_writes_the_pending_counts_once() {
        let dir = std::env::temp_dir().join(format!("tellsafe-intake-counts-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let (writer, thread) = Writer::open(&path, crate::db::WriterPause::default()).unwrap();
        let tally = Tally::default();
        let now = at("2026-11-29T06:00:00.000Z");
        tally.reject(now, ErrorCode::TooLarge);
        tally.reject(now, ErrorCode::TooLarge);
        tally.flush(&writer).await.unwrap();
        tally.flush(&writer).await.unwrap();
        drop(writer);
        thread.join();
        let conn = Connection::open(&path).unwrap();
        let c = counts(&conn, "2026-11".parse().unwrap()).unwrap();
        assert_eq!(
            c.rejections.get("too_large"),
            Some(&2),
            "a second flush adds nothing"
        );
        std::fs::remove_dir_all(dir).ok();
    }
}
