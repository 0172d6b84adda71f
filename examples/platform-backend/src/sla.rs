//! SLA timers: each report's first-look deadline from its tier and the configured table,
//! breach events on the server clock (the test clock too), and p50/p95 times to first look
//! and to decision per tier.
//!
//! The table is set once at start-up from the command line; receipts, the child's status and
//! the breach sweep all read it here, so the promise and the measurement cannot drift apart.

use std::sync::OnceLock;

use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tellsafe::intake::{ReviewTier, SlaTable};

use crate::case_events::{self, CaseEvent, CaseEventKind};
use crate::db::StoreError;

/// Most breaches one sweep records, so a sweep never holds the single writer for long.
const SWEEP_BATCH: i64 = 500;

static TABLE: OnceLock<SlaTable> = OnceLock::new();

/// Sets the table for this process (start-up only; later calls are ignored and say so).
pub fn configure(table: SlaTable) -> bool {
    TABLE.set(table).is_ok()
}

/// The configured table (core's defaults until configured).
pub fn table() -> SlaTable {
    TABLE.get().copied().unwrap_or_default()
}

/// Records a breach for every report still without a first look past its deadline at `now`.
pub fn sweep(conn: &Connection, now: i64) -> Result<usize, StoreError> {
    let due: Vec<(i64, Option<i64>, String, i64)> = conn
        .prepare_cached(
            "SELECT case_id, linked_case_id, tier, expected_review_by FROM reports
             WHERE first_look_at IS NULL AND breached_at IS NULL AND deleted_at IS NULL
               AND expected_review_by <= ?1 LIMIT ?2",
        )?
        .query_map(params![now, SWEEP_BATCH], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    for (case_id, linked, tier, due_at) in &due {
        conn.prepare_cached("UPDATE reports SET breached_at = ?1 WHERE case_id = ?2")?
            .execute(params![due_at, case_id])?;
        let tier = ReviewTier::from_code(tier).unwrap_or(ReviewTier::Standard);
        case_events::emit(
            conn,
            &CaseEvent {
                kind: CaseEventKind::SlaBreached,
                at: now,
                linked_case_id: *linked,
                case_id: Some(*case_id),
                detail: json!({
                    "tier": tier.code(),
                    "sla": tier.sla_name(),
                    "due": tellsafe::Timestamp::from_unix_millis(*due_at),
                }),
            },
        )?;
    }
    Ok(due.len())
}

/// Marks the first human look at the given reports (breaches up to `now` are recorded first,
/// so a late look never hides one).
pub fn first_look(conn: &Connection, case_ids: &[i64], now: i64) -> Result<(), StoreError> {
    sweep(conn, now)?;
    for id in case_ids {
        conn.prepare_cached(
            "UPDATE reports SET first_look_at = ?1 WHERE case_id = ?2 AND first_look_at IS NULL",
        )?
        .execute(params![now, id])?;
    }
    Ok(())
}

/// Records the first decision on a report.
pub fn decided(conn: &Connection, case_id: i64, now: i64, upheld: bool) -> Result<(), StoreError> {
    conn.prepare_cached(
        "UPDATE reports SET decided_at = coalesce(decided_at, ?1), upheld = ?2,
             first_look_at = coalesce(first_look_at, ?1) WHERE case_id = ?3",
    )?
    .execute(params![now, upheld, case_id])?;
    Ok(())
}

/// The nearest-rank percentile `p` (0-100) of sorted `values`.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len();
    let rank = (usize::try_from(p).unwrap_or(100) * n).div_ceil(100).clamp(1, n);
    sorted.get(rank - 1).copied()
}

fn durations(conn: &Connection, tier: &str, column: &str) -> Result<Vec<i64>, StoreError> {
    // `column` is one of two fixed names below, never input.
    let sql = format!(
        "SELECT {column} - received_at FROM reports WHERE tier = ?1 AND {column} IS NOT NULL ORDER BY 1"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([tier], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Per tier: target, counts, breaches, and p50/p95 (ms) to first look and to decision.
pub fn stats(conn: &Connection, now: i64) -> Result<Value, StoreError> {
    let table = table();
    let mut tiers = Vec::new();
    for tier in ReviewTier::ALL {
        let code = tier.code();
        let (total, open, breached, overdue): (i64, i64, i64, i64) = conn
            .prepare_cached(
                "SELECT count(*), coalesce(sum(first_look_at IS NULL), 0), coalesce(sum(breached_at IS NOT NULL), 0),
                        coalesce(sum(first_look_at IS NULL AND expected_review_by <= ?2), 0)
                 FROM reports WHERE tier = ?1 AND deleted_at IS NULL",
            )?
            .query_row(params![code, now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        let look = durations(conn, code, "first_look_at")?;
        let decision = durations(conn, code, "decided_at")?;
        tiers.push(json!({
            "tier": code,
            "sla": tier.sla_name(),
            "first_look_target_ms": table.first_look_millis(tier),
            "reports": total,
            "awaiting_first_look": open,
            "overdue": overdue,
            "breached": breached,
            "first_look_ms": {"count": look.len(), "p50": percentile(&look, 50), "p95": percentile(&look, 95)},
            "decision_ms": {"count": decision.len(), "p50": percentile(&decision, 50), "p95": percentile(&decision, 95)},
        }));
    }
    Ok(json!({ "server_time": tellsafe::Timestamp::from_unix_millis(now), "tiers": tiers }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<i64> = (1..=100).collect();
        assert_eq!(percentile(&v, 50), Some(50));
        assert_eq!(percentile(&v, 95), Some(95));
        assert_eq!(percentile(&[7], 95), Some(7));
        assert_eq!(percentile(&[], 50), None);
        let two = [1, 9];
        assert_eq!((percentile(&two, 50), percentile(&two, 95)), (Some(1), Some(9)));
    }

    #[test]
    fn breaches_are_recorded_once_and_only_without_a_first_look() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        for (id, due) in [(1, 100), (2, 100), (3, 500)] {
            conn.execute(
                "INSERT INTO reports (case_id, account_id, report_id, key_id, content_type, body_digest, category,
                     age_band, in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
                 VALUES (?1, 'a', ?1, 'k', 'application/json', x'00', 'bullying', '13-15', 0, 0, 'urgent', 0, ?2, 'h', 'received')",
                params![id, due],
            )
            .unwrap();
        }
        first_look(&conn, &[2], 50).unwrap();
        assert_eq!(sweep(&conn, 99).unwrap(), 0);
        assert_eq!(sweep(&conn, 100).unwrap(), 1, "report 2 was looked at in time");
        assert_eq!(
            sweep(&conn, 1000).unwrap(),
            1,
            "report 3 breaches later; report 1 only once"
        );
        let s = stats(&conn, 1000).unwrap();
        let urgent = &s["tiers"][1];
        assert_eq!(urgent["breached"], 2);
        assert_eq!(urgent["first_look_ms"]["p50"], 50);
    }
}
