//! Incremental priority inputs per linked case, so intake costs the same for the first report
//! of a case and for the ten-thousandth (a brigade flooding one subject is exactly the load
//! intake must survive).
//!
//! [`crate::priority::input`] scores a case from all of its reports; it stays the reference.
//! Here the same inputs are kept in `case_aggregates` (one row per linked case), its reporting
//! accounts in `case_reporters` and their records as counts per (category, decided, upheld)
//! in `case_reliability`, all updated in the intake transaction by [`add_report`].
//!
//! Anything rarer than intake that changes an input (a decision, a merge, a deletion, a
//! pseudonymized reporter, a row written by hand) deletes the affected aggregates through
//! SQLite triggers (migration 7), so no code path can leave a stale one behind; a missing
//! aggregate is rebuilt from the reports the next time the case is scored.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use tellsafe::intake::priority::{PriorityInput, age_points, is_child_sexual_exploitation, severity_points};
use tellsafe::{AgeBand, Category};

use crate::db::StoreError;
use crate::priority::{Record, mean_reliability};

/// One case's stored aggregate. The "top" category and the age band follow the reference:
/// the highest severity (age points), the latest report (`case_id`) among equals.
#[derive(Debug, Clone, PartialEq)]
struct Aggregate {
    top_case_id: i64,
    top_category: Category,
    age_case_id: i64,
    age_band: AgeBand,
    any_cse: bool,
    any_self_harm: bool,
    in_danger: bool,
    live_harm: bool,
    reporters: u32,
    upheld: u32,
}

/// The facts of one report the aggregate needs.
struct ReportFacts {
    case_id: i64,
    account: String,
    category: Category,
    age_band: AgeBand,
    in_danger: bool,
    live_harm: bool,
    upheld: bool,
}

impl Aggregate {
    fn first(r: &ReportFacts) -> Aggregate {
        Aggregate {
            top_case_id: r.case_id,
            top_category: r.category,
            age_case_id: r.case_id,
            age_band: r.age_band,
            any_cse: is_child_sexual_exploitation(r.category),
            any_self_harm: r.category == Category::SelfHarmOrSuicide,
            in_danger: r.in_danger,
            live_harm: r.live_harm,
            reporters: 0,
            upheld: u32::from(r.upheld),
        }
    }

    /// Folds in one more report (`new_reporter`: its account had no report in the case).
    fn add(&mut self, r: &ReportFacts) {
        if (severity_points(r.category), r.case_id) >= (severity_points(self.top_category), self.top_case_id)
        {
            self.top_case_id = r.case_id;
            self.top_category = r.category;
        }
        if (age_points(r.age_band), r.case_id) >= (age_points(self.age_band), self.age_case_id) {
            self.age_case_id = r.case_id;
            self.age_band = r.age_band;
        }
        self.any_cse |= is_child_sexual_exploitation(r.category);
        self.any_self_harm |= r.category == Category::SelfHarmOrSuicide;
        self.in_danger |= r.in_danger;
        self.live_harm |= r.live_harm;
        self.upheld = self.upheld.saturating_add(u32::from(r.upheld));
    }
}

fn facts_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReportFacts> {
    Ok(ReportFacts {
        case_id: r.get(0)?,
        account: r.get(1)?,
        category: crate::db::category_column(r, 2)?,
        age_band: crate::db::age_band_column(r, 3)?,
        in_danger: r.get(4)?,
        live_harm: r.get(5)?,
        upheld: r.get(6)?,
    })
}

const FACTS: &str =
    "SELECT case_id, account_id, category, age_band, in_danger, live_harm, coalesce(upheld, 0) FROM reports";

fn load(conn: &Connection, linked_case_id: i64) -> Result<Option<Aggregate>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT top_case_id, top_category, age_case_id, age_band, any_cse, any_self_harm, in_danger,
                    live_harm, reporters, upheld
             FROM case_aggregates WHERE linked_case_id = ?1",
        )?
        .query_row([linked_case_id], |r| {
            Ok(Aggregate {
                top_case_id: r.get(0)?,
                top_category: crate::db::category_column(r, 1)?,
                age_case_id: r.get(2)?,
                age_band: crate::db::age_band_column(r, 3)?,
                any_cse: r.get(4)?,
                any_self_harm: r.get(5)?,
                in_danger: r.get(6)?,
                live_harm: r.get(7)?,
                reporters: r.get(8)?,
                upheld: r.get(9)?,
            })
        })
        .optional()?)
}

fn store(conn: &Connection, linked_case_id: i64, a: &Aggregate) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO case_aggregates (linked_case_id, top_case_id, top_category, age_case_id, age_band,
             any_cse, any_self_harm, in_danger, live_harm, reporters, upheld)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        linked_case_id,
        a.top_case_id,
        a.top_category.code(),
        a.age_case_id,
        a.age_band.code(),
        a.any_cse,
        a.any_self_harm,
        a.in_danger,
        a.live_harm,
        a.reporters,
        a.upheld,
    ])?;
    Ok(())
}

/// Records `account` as a reporter of the case; when it is new there, adds its record in
/// every category it has decided reports in. Returns whether it was new.
fn add_reporter(conn: &Connection, linked_case_id: i64, account: &str) -> Result<bool, StoreError> {
    let inserted = conn
        .prepare_cached("INSERT OR IGNORE INTO case_reporters (linked_case_id, account_id) VALUES (?1, ?2)")?
        .execute(params![linked_case_id, account])?;
    if inserted == 0 {
        return Ok(false);
    }
    let records: Vec<(String, i64, i64)> = conn
        .prepare_cached(
            "SELECT category, count(*), coalesce(sum(upheld), 0) FROM reports
             WHERE account_id = ?1 AND decided_at IS NOT NULL GROUP BY category",
        )?
        .query_map([account], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (category, decided, upheld) in records {
        conn.prepare_cached(
            "INSERT INTO case_reliability (linked_case_id, category, decided, upheld, accounts)
             VALUES (?1, ?2, ?3, ?4, 1)
             ON CONFLICT (linked_case_id, category, decided, upheld) DO UPDATE SET accounts = accounts + 1",
        )?
        .execute(params![linked_case_id, category, decided, upheld])?;
    }
    Ok(true)
}

/// Rebuilds a case's aggregate from its reports (after an invalidation, or for a new case).
/// Returns `None` for a case without reports (nothing is stored then).
fn rebuild(conn: &Connection, linked_case_id: i64) -> Result<Option<Aggregate>, StoreError> {
    conn.prepare_cached("DELETE FROM case_reporters WHERE linked_case_id = ?1")?
        .execute([linked_case_id])?;
    conn.prepare_cached("DELETE FROM case_reliability WHERE linked_case_id = ?1")?
        .execute([linked_case_id])?;
    let rows: Vec<ReportFacts> = conn
        .prepare_cached(&format!(
            "{FACTS} WHERE linked_case_id = ?1 AND deleted_at IS NULL ORDER BY case_id"
        ))?
        .query_map([linked_case_id], facts_row)?
        .collect::<Result<_, _>>()?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let mut aggregate = Aggregate::first(first);
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            aggregate.add(r);
        }
        if add_reporter(conn, linked_case_id, &r.account)? {
            aggregate.reporters = aggregate.reporters.saturating_add(1);
        }
    }
    store(conn, linked_case_id, &aggregate)?;
    Ok(Some(aggregate))
}

/// Folds report `case_id`, just linked into `linked_case_id`, into that case's aggregate:
/// constant work per report whatever the case size. Without a stored aggregate nothing is
/// done (the next scoring rebuilds it, this report included).
pub fn add_report(conn: &Connection, linked_case_id: i64, case_id: i64) -> Result<(), StoreError> {
    let Some(mut aggregate) = load(conn, linked_case_id)? else {
        return Ok(());
    };
    let report = conn
        .prepare_cached(&format!(
            "{FACTS} WHERE case_id = ?1 AND linked_case_id = ?2 AND deleted_at IS NULL"
        ))?
        .query_row(params![case_id, linked_case_id], facts_row)
        .optional()?;
    let Some(report) = report else {
        return Ok(());
    };
    aggregate.add(&report);
    if add_reporter(conn, linked_case_id, &report.account)? {
        aggregate.reporters = aggregate.reporters.saturating_add(1);
    }
    store(conn, linked_case_id, &aggregate)
}

/// Core's input for a linked case from its aggregate (rebuilt first when missing), with no
/// waiting time: equal to [`crate::priority::input`] with `waiting_millis` zeroed.
pub fn input(conn: &Connection, linked_case_id: i64) -> Result<Option<PriorityInput>, StoreError> {
    let aggregate = match load(conn, linked_case_id)? {
        Some(a) => a,
        None => match rebuild(conn, linked_case_id)? {
            Some(a) => a,
            None => return Ok(None),
        },
    };
    let mut groups: BTreeMap<Record, u32> = BTreeMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT decided, upheld, accounts FROM case_reliability
             WHERE linked_case_id = ?1 AND category = ?2 AND decided > 0",
        )?;
        let rows = stmt.query_map(params![linked_case_id, aggregate.top_category.code()], |r| {
            Ok((r.get::<_, u32>(0)?, r.get::<_, u32>(1)?, r.get::<_, u32>(2)?))
        })?;
        for row in rows {
            let (decided, upheld, accounts) = row?;
            let count = groups.entry(Record { decided, upheld }).or_default();
            *count = count.saturating_add(accounts);
        }
    }
    Ok(Some(PriorityInput {
        category: aggregate.top_category,
        any_cse: aggregate.any_cse,
        any_self_harm: aggregate.any_self_harm,
        age_band: aggregate.age_band,
        in_danger: aggregate.in_danger,
        live_harm: aggregate.live_harm,
        independent_reporters: aggregate.reporters,
        reliability: mean_reliability(&groups),
        upheld_against_subject: aggregate.upheld,
        waiting_millis: 0,
    }))
}

#[cfg(test)]
mod tests;
