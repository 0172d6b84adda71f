//! The console's view of linked cases: the queue ordered by rank (priority plus waiting), and
//! a case with its reports, the reasons for its priority, its SLA timers, subject flags and
//! each reporter's reliability in the category. Reporter identities are not shown here.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use tellsafe::intake::priority::ageing_points;
use tellsafe::{Category, Timestamp};

use crate::db::StoreError;
use crate::roles::Role;

/// Most linked cases one queue read returns.
const QUEUE_LIMIT: usize = 200;

fn ts(ms: i64) -> Option<Timestamp> {
    Timestamp::from_unix_millis(ms)
}

/// The case a (possibly merged) id now lives in.
pub fn resolve(conn: &Connection, mut id: i64) -> Result<Option<i64>, StoreError> {
    // Merges always point at an older case, so the chain ends; the bound is belt and braces.
    for _ in 0..64 {
        let row: Option<Option<i64>> = conn
            .prepare_cached("SELECT merged_into FROM linked_cases WHERE linked_case_id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        match row {
            None => return Ok(None),
            Some(None) => return Ok(Some(id)),
            Some(Some(next)) => id = next,
        }
    }
    Ok(None)
}

/// Whether `role` may see every report of a linked case (child sexual exploitation only for
/// the specialist role, as for single cases).
pub fn may_see(conn: &Connection, role: Option<Role>, linked_case_id: i64) -> Result<bool, StoreError> {
    let categories = categories(conn, linked_case_id)?;
    Ok(role.is_some_and(|r| categories.iter().all(|c| r.may_see(c))))
}

/// [`queue`] without the linked cases `role` may not see.
pub fn queue_for(conn: &Connection, role: Option<Role>, now: i64) -> Result<Vec<Value>, StoreError> {
    let mut visible = Vec::new();
    for case in queue(conn, now)? {
        let id = case["linked_case_id"].as_i64().unwrap_or_default();
        if may_see(conn, role, id)? {
            visible.push(case);
        }
    }
    Ok(visible)
}

/// [`open`] for a staff member: a linked case `role` may not see is `None` (not found), and
/// the refused look is audited like a refused single case.
pub fn open_as(
    conn: &Connection,
    id: i64,
    who: &str,
    role: Option<Role>,
    now: i64,
) -> Result<Option<Value>, StoreError> {
    if !may_see(conn, role, id)? {
        crate::audit::append(
            conn,
            &crate::audit::Entry {
                at: now,
                actor: &format!("reviewer:{who}"),
                action: "linked_case.view_denied",
                subject: &format!("linked_case:{id}"),
                detail: "{}",
            },
        )?;
        return Ok(None);
    }
    open(conn, id, who, now)
}

/// The category codes of a linked case's reports (for role visibility checks).
pub fn categories(conn: &Connection, linked_case_id: i64) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT category FROM reports WHERE linked_case_id = ?1")?;
    let rows = stmt.query_map([linked_case_id], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Linked cases with open reports first, by rank, then longest waiting.
pub fn queue(conn: &Connection, now: i64) -> Result<Vec<Value>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.linked_case_id, l.priority, l.floor, count(r.case_id),
                sum(r.first_look_at IS NULL), min(CASE WHEN r.first_look_at IS NULL THEN r.received_at END),
                min(CASE WHEN r.first_look_at IS NULL THEN r.expected_review_by END),
                count(DISTINCT r.account_id), group_concat(DISTINCT r.category),
                (SELECT count(*) FROM subject_flags f WHERE f.linked_case_id = l.linked_case_id)
         FROM linked_cases l JOIN reports r ON r.linked_case_id = l.linked_case_id AND r.deleted_at IS NULL
         WHERE l.merged_into IS NULL GROUP BY l.linked_case_id",
    )?;
    let mut rows: Vec<(u8, i64, Value)> = stmt
        .query_map([], |r| {
            let priority: u8 = r.get(1)?;
            let oldest: Option<i64> = r.get(5)?;
            let waiting = oldest.map_or(0, |o| now.saturating_sub(o));
            let rank = priority.saturating_add(ageing_points(waiting)).min(100);
            let due: Option<i64> = r.get(6)?;
            let categories: String = r.get(8)?;
            Ok((
                rank,
                oldest.unwrap_or(i64::MAX),
                json!({
                    "linked_case_id": r.get::<_, i64>(0)?,
                    "priority": priority,
                    "rank": rank,
                    "floor": r.get::<_, Option<String>>(2)?,
                    "reports": r.get::<_, i64>(3)?,
                    "awaiting_first_look": r.get::<_, i64>(4)?,
                    "waiting_secs": waiting / 1000,
                    "first_look_due": due.and_then(ts),
                    "overdue": due.is_some_and(|d| d <= now),
                    "independent_reporters": r.get::<_, i64>(7)?,
                    "categories": categories.split(',').collect::<Vec<_>>(),
                    "flags": r.get::<_, i64>(9)?,
                }),
            ))
        })?
        .collect::<Result<_, _>>()?;
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    Ok(rows.into_iter().take(QUEUE_LIMIT).map(|(_, _, v)| v).collect())
}

/// One linked case at `now`, or `None` if there is no such case.
pub fn detail(conn: &Connection, id: i64, now: i64) -> Result<Option<Value>, StoreError> {
    let Some(id) = resolve(conn, id)? else {
        return Ok(None);
    };
    let created: i64 = conn
        .prepare_cached("SELECT created_at FROM linked_cases WHERE linked_case_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let table = crate::sla::table();
    let mut stmt = conn.prepare_cached(
        "SELECT case_id, report_id, account_id, category, age_band, in_danger, state, tier, received_at,
                expected_review_by, first_look_at, decided_at, breached_at
         FROM reports WHERE linked_case_id = ?1 AND deleted_at IS NULL ORDER BY received_at, case_id",
    )?;
    // Row fields as JSON, with the three the reliability lookup needs kept typed.
    let rows: Vec<(i64, String, bool, Value)> = stmt
        .query_map([id], |r| {
            let case_id: i64 = r.get(0)?;
            let category: String = r.get(3)?;
            let in_danger: bool = r.get(5)?;
            let tier: String = r.get(7)?;
            let tier_code = tellsafe::intake::ReviewTier::from_code(&tier);
            let partial = json!({
                "case_id": case_id,
                "report_id": r.get::<_, String>(1)?,
                "category": category,
                "age_band": r.get::<_, String>(4)?,
                "in_danger_now": in_danger,
                "state": r.get::<_, String>(6)?,
                "review_tier": tier,
                "sla": tier_code.map(|t| t.sla_name()),
                "first_look_target_ms": tier_code.map(|t| table.first_look_millis(t)),
                "received_at": ts(r.get(8)?),
                "first_look_due": ts(r.get(9)?),
                "first_look_at": r.get::<_, Option<i64>>(10)?.and_then(ts),
                "decided_at": r.get::<_, Option<i64>>(11)?.and_then(ts),
                "breached": r.get::<_, Option<i64>>(12)?.is_some(),
            });
            Ok((case_id, r.get(2)?, in_danger, partial))
        })?
        .collect::<Result<_, _>>()?;
    let mut reports = Vec::new();
    for (case_id, account, in_danger, mut report) in rows {
        let category = report["category"].as_str().unwrap_or_default().to_owned();
        let record = crate::priority::record(conn, &account, &category)?;
        let cat = Category::from_code(&category).unwrap_or(Category::Other);
        report["linked_by"] = json!(crate::linking::shared_kinds(conn, case_id)?);
        report["reporter_reliability"] = json!({
            "decided": record.decided,
            "upheld": record.upheld,
            "reliability": record.reliability(),
            "applied": crate::priority::reliability_applies(cat, in_danger),
        });
        reports.push(report);
    }
    Ok(Some(json!({
        "linked_case_id": id,
        "created_at": ts(created),
        "score": crate::priority::explain(conn, id, now)?,
        "flags": crate::abuse::flags_of(conn, id)?,
        "reports": reports,
    })))
}

/// A reviewer opens a linked case: the first human look for each of its reports, an audit
/// row, and the detail.
pub fn open(conn: &Connection, id: i64, reviewer: &str, now: i64) -> Result<Option<Value>, StoreError> {
    let Some(id) = resolve(conn, id)? else {
        return Ok(None);
    };
    let ids: Vec<i64> = conn
        .prepare_cached("SELECT case_id FROM reports WHERE linked_case_id = ?1 AND deleted_at IS NULL")?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    crate::sla::first_look(conn, &ids, now)?;
    crate::audit::append(
        conn,
        &crate::audit::Entry {
            at: now,
            actor: &format!("reviewer:{reviewer}"),
            action: "linked_case.viewed",
            subject: &format!("linked_case:{id}"),
            detail: &json!({ "reports": ids.len() }).to_string(),
        },
    )?;
    detail(conn, id, now)
}

/// The linked case a report belongs to.
pub fn of_report(conn: &Connection, case_id: i64) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT linked_case_id FROM reports WHERE case_id = ?1")?
        .query_row(params![case_id], |r| r.get::<_, Option<i64>>(0))
        .optional()?
        .flatten())
}
