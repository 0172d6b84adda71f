//! A linked case's priority from its stored reports, scored by core's
//! [`tellsafe::intake::priority`] (the weights, floors and caps live there, tested once).
//!
//! [`input`] computes a case's inputs from all of its reports: the reference, used where a
//! person looks at one case. Intake scores from [`crate::case_aggregates`] instead, which
//! keeps the same inputs incrementally (its tests compare the two after every step).

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use tellsafe::intake::priority::{
    PriorityInput, age_points, is_child_sexual_exploitation, score, severity_points,
};
use tellsafe::intake::{Priority, ReviewTier};
use tellsafe::{AgeBand, Category};

use crate::case_events::{self, CaseEvent, CaseEventKind};
use crate::db::StoreError;

/// A reporter's record in one category: decided reports and how many were upheld (ordered by
/// decided, then upheld: the order [`mean_reliability`] sums in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Record {
    /// Reports in the category with a decision.
    pub decided: u32,
    /// Of those, decided with an action.
    pub upheld: u32,
}

impl Record {
    /// Reliability 0.0-1.0 with a uniform prior (Laplace): one report says little.
    pub fn reliability(self) -> Option<f64> {
        (self.decided > 0).then(|| (f64::from(self.upheld) + 1.0) / (f64::from(self.decided) + 2.0))
    }
}

/// The mean reliability of reporters grouped by record (`None` when no record is known).
///
/// Summed per distinct record in record order, so the result depends only on which records
/// the reporters have, never on the order they are read in: the reference and the
/// incremental aggregate get the same bits, hence the same rounded points.
pub fn mean_reliability(groups: &BTreeMap<Record, u32>) -> Option<f64> {
    let mut sum = 0.0;
    let mut n = 0u32;
    for (record, count) in groups {
        if let Some(r) = record.reliability() {
            sum += f64::from(*count) * r;
            n = n.saturating_add(*count);
        }
    }
    (n > 0).then(|| sum / f64::from(n))
}

/// Whether reliability may ever be applied to a report of `category` flagged `in_danger`:
/// never for child sexual exploitation, in danger or self-harm.
pub fn reliability_applies(category: Category, in_danger: bool) -> bool {
    !(in_danger || is_child_sexual_exploitation(category) || category == Category::SelfHarmOrSuicide)
}

/// `account`'s record in `category`.
pub fn record(conn: &Connection, account: &str, category: &str) -> Result<Record, StoreError> {
    let (decided, upheld): (i64, i64) = conn
        .prepare_cached(
            "SELECT count(*), coalesce(sum(upheld), 0) FROM reports
             WHERE account_id = ?1 AND category = ?2 AND decided_at IS NOT NULL",
        )?
        .query_row(params![account, category], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Record {
        decided: u32::try_from(decided).unwrap_or(u32::MAX),
        upheld: u32::try_from(upheld).unwrap_or(u32::MAX),
    })
}

struct Row {
    account: String,
    category: Category,
    age_band: AgeBand,
    in_danger: bool,
    live_harm: bool,
    upheld: bool,
    received_at: i64,
    looked: bool,
}

fn rows(conn: &Connection, linked_case_id: i64) -> Result<Vec<Row>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT account_id, category, age_band, in_danger, live_harm, coalesce(upheld, 0), received_at,
                first_look_at IS NOT NULL
         FROM reports WHERE linked_case_id = ?1 AND deleted_at IS NULL ORDER BY case_id",
    )?;
    let rows = stmt.query_map([linked_case_id], |r| {
        Ok(Row {
            account: r.get(0)?,
            category: crate::db::category_column(r, 1)?,
            age_band: crate::db::age_band_column(r, 2)?,
            in_danger: r.get(3)?,
            live_harm: r.get(4)?,
            upheld: r.get(5)?,
            received_at: r.get(6)?,
            looked: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Core's input for a linked case at `now` (waiting counts from the oldest report nobody
/// has looked at yet), from all of its reports: the reference [`crate::case_aggregates`]
/// must equal. The top category is the most severe, the latest report among equals.
pub fn input(conn: &Connection, linked_case_id: i64, now: i64) -> Result<Option<PriorityInput>, StoreError> {
    let rows = rows(conn, linked_case_id)?;
    let Some(top) = rows.iter().max_by_key(|r| severity_points(r.category)) else {
        return Ok(None);
    };
    let mut accounts: Vec<&str> = rows.iter().map(|r| r.account.as_str()).collect();
    accounts.sort_unstable();
    accounts.dedup();
    let mut groups: BTreeMap<Record, u32> = BTreeMap::new();
    for account in &accounts {
        let r = record(conn, account, top.category.code())?;
        if r.decided > 0 {
            *groups.entry(r).or_default() += 1;
        }
    }
    let reliability = mean_reliability(&groups);
    let waiting_since = rows.iter().filter(|r| !r.looked).map(|r| r.received_at).min();
    Ok(Some(PriorityInput {
        category: top.category,
        any_cse: rows.iter().any(|r| is_child_sexual_exploitation(r.category)),
        any_self_harm: rows.iter().any(|r| r.category == Category::SelfHarmOrSuicide),
        age_band: rows
            .iter()
            .map(|r| r.age_band)
            .max_by_key(|b| age_points(*b))
            .unwrap_or(AgeBand::Unknown),
        in_danger: rows.iter().any(|r| r.in_danger),
        live_harm: rows.iter().any(|r| r.live_harm),
        independent_reporters: u32::try_from(accounts.len()).unwrap_or(u32::MAX),
        reliability,
        upheld_against_subject: u32::try_from(rows.iter().filter(|r| r.upheld).count()).unwrap_or(u32::MAX),
        waiting_millis: waiting_since.map_or(0, |since| now.saturating_sub(since)),
    }))
}

/// Re-scores a linked case, stores priority and reasons (on the case and its reports), and
/// emits `priority_changed` when the number moved. Returns the new score (without waiting).
pub fn recompute(conn: &Connection, linked_case_id: i64, now: i64) -> Result<Option<Priority>, StoreError> {
    // The aggregate, not the reference: constant work per intake whatever the case size.
    let Some(input) = crate::case_aggregates::input(conn, linked_case_id)? else {
        return Ok(None);
    };
    let scored = score(&input);
    let stored: Option<(u8, String, Option<String>)> = conn
        .prepare_cached("SELECT priority, reasons, floor FROM linked_cases WHERE linked_case_id = ?1")?
        .query_row([linked_case_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let before = stored
        .as_ref()
        .and_then(|(p, reasons, _)| (reasons != "[]").then_some(*p));
    let reasons = serde_json::to_string(&scored.contributions).unwrap_or_else(|_| "[]".to_owned());
    let floor = scored
        .floor
        .and_then(|f| serde_json::to_value(f).ok())
        .and_then(|v| v.as_str().map(str::to_owned));
    // Most intakes into a large case change nothing here: skip the write then.
    if stored.as_ref() != Some(&(scored.priority, reasons.clone(), floor.clone())) {
        conn.prepare_cached(
            "UPDATE linked_cases SET priority = ?1, reasons = ?2, floor = ?3 WHERE linked_case_id = ?4",
        )?
        .execute(params![scored.priority, reasons, floor, linked_case_id])?;
    }
    // Only rows whose priority differs, found by two ranges of the (linked_case_id, priority)
    // index: rewriting (or even visiting) every report of a large case on each intake made
    // intake quadratic in the case size (98 reports/s in the 50-client load test).
    for sql in [
        "UPDATE reports SET priority = ?1 WHERE linked_case_id = ?2 AND priority < ?1",
        "UPDATE reports SET priority = ?1 WHERE linked_case_id = ?2 AND priority > ?1",
    ] {
        conn.prepare_cached(sql)?
            .execute(params![scored.priority, linked_case_id])?;
    }
    if let Some(before) = before.filter(|b| *b != scored.priority) {
        case_events::emit(
            conn,
            &CaseEvent {
                kind: CaseEventKind::PriorityChanged,
                at: now,
                linked_case_id: Some(linked_case_id),
                case_id: None,
                detail: json!({
                    "from": before,
                    "to": scored.priority,
                    "floor": scored.floor,
                    "reasons": scored
                        .contributions
                        .iter()
                        .filter(|c| c.applied && c.points != 0)
                        .filter_map(|c| serde_json::to_value(c.reason).ok())
                        .collect::<Vec<_>>(),
                }),
            },
        )?;
    }
    Ok(Some(scored))
}

/// The console's view of a case's score at `now`: priority, rank (with waiting) and reasons.
pub fn explain(conn: &Connection, linked_case_id: i64, now: i64) -> Result<Value, StoreError> {
    let Some(input) = input(conn, linked_case_id, now)? else {
        return Ok(Value::Null);
    };
    let scored = score(&input);
    Ok(json!({
        "priority": scored.priority,
        "rank": scored.rank,
        "floor": scored.floor,
        "reasons": scored.contributions,
        "independent_reporters": input.independent_reporters,
    }))
}

/// The tier a report enters with, given its case's priority.
pub fn tier_of(category: Category, in_danger: bool, case_priority: u8) -> ReviewTier {
    tellsafe::intake::sla_tier(category, in_danger, case_priority)
}
