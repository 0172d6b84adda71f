//! Preservation holds: the automatic hold placed at intake (table `holds`) and holds placed by
//! staff (table `preservation_holds`): `preservation` keeps evidence, `law_enforcement`
//! additionally freezes every user-facing action and statement so the reported account is not
//! tipped off while the police work.
//!
//! A held report cannot be deleted or erased by any path: the delete endpoint asks
//! [`is_held`], and SQLite triggers refuse the erasing `UPDATE`/`DELETE` whatever code runs it.
//! **A retention job must call [`is_held`] and skip held cases** (the triggers would abort its
//! whole batch otherwise). Releasing a hold needs a reason and is audited.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::intake::ErrorCode;
use uuid::Uuid;

use crate::audit;
use crate::db::StoreError;
use crate::webhooks;

/// Longest hold basis, reference or release reason, in bytes: a sentence or an official
/// reference number, never a document.
pub const MAX_REASON_LEN: usize = 500;

/// What a staff-placed hold does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldKind {
    /// Keep the report and its evidence.
    Preservation,
    /// Keep everything and freeze user-facing actions and statements (no tip-off).
    LawEnforcement,
}

impl HoldKind {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            HoldKind::Preservation => "preservation",
            HoldKind::LawEnforcement => "law_enforcement",
        }
    }
}

/// Whether `text` is an acceptable reason, basis or reference: present, bounded, one line.
pub fn is_reason(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() <= MAX_REASON_LEN && !t.chars().any(char::is_control)
}

/// Whether any hold on case `case_id` is active: the call every deletion path (and the
/// future retention job) must make before erasing anything.
pub fn is_held(conn: &Connection, case_id: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM holds WHERE case_id = ?1 AND released_at IS NULL)
             OR EXISTS (SELECT 1 FROM preservation_holds WHERE case_id = ?1 AND released_at IS NULL)",
    )?
    .query_row([case_id], |r| r.get(0))
}

/// Whether the report `report_id` of `account` is held (`false` if there is no such report).
pub fn is_report_held(conn: &Connection, account: &str, report_id: &str) -> rusqlite::Result<bool> {
    let case: Option<i64> = conn
        .prepare_cached("SELECT case_id FROM reports WHERE account_id = ?1 AND report_id = ?2")?
        .query_row(params![account, report_id], |r| r.get(0))
        .optional()?;
    match case {
        Some(id) => is_held(conn, id),
        None => Ok(false),
    }
}

/// Whether an active law-enforcement hold freezes the case's user-facing actions.
pub fn law_enforcement_hold(conn: &Connection, case_id: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM preservation_holds
             WHERE case_id = ?1 AND kind = 'law_enforcement' AND released_at IS NULL)",
    )?
    .query_row([case_id], |r| r.get(0))
}

/// Places a staff hold on `case_id` (audited, `hold.placed` platform event and webhook).
pub fn place(
    conn: &Connection,
    case_id: i64,
    kind: HoldKind,
    actor: &str,
    basis: &str,
    reference: Option<&str>,
    now: Timestamp,
) -> Result<String, StoreError> {
    let hold_id = Uuid::new_v4().to_string();
    let at = now.unix_millis();
    conn.execute(
        "INSERT INTO preservation_holds (hold_id, case_id, kind, placed_by, placed_at, basis, reference)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            hold_id,
            case_id,
            kind.code(),
            actor,
            at,
            basis.trim(),
            reference.map(str::trim)
        ],
    )?;
    conn.execute(
        "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.placed', ?2)",
        params![
            at,
            json!({"hold_id": hold_id, "case_id": case_id, "kind": kind}).to_string()
        ],
    )?;
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor,
            action: "hold.placed",
            subject: &format!("case:{case_id}"),
            detail: &json!({"hold_id": hold_id, "kind": kind, "basis": basis.trim(), "reference": reference})
                .to_string(),
        },
    )?;
    webhooks::enqueue(
        conn,
        &webhooks::Event::HoldPlaced {
            case_id,
            hold_id: hold_id.clone(),
            kind: kind.code().to_owned(),
        },
        now,
    )?;
    Ok(hold_id)
}

/// Releases an active hold (staff-placed or the intake hold) with a reason; audited.
/// `NotFound` if there is no such active hold on `case_id`.
pub fn release(
    conn: &Connection,
    case_id: i64,
    hold_id: &str,
    actor: &str,
    reason: &str,
    now: Timestamp,
) -> Result<Result<(), ErrorCode>, StoreError> {
    let at = now.unix_millis();
    let mut changed = 0;
    for table in ["preservation_holds", "holds"] {
        changed += conn.execute(
            &format!(
                "UPDATE {table} SET released_at = ?1, released_by = ?2, release_reason = ?3
                 WHERE hold_id = ?4 AND case_id = ?5 AND released_at IS NULL"
            ),
            params![at, actor, reason.trim(), hold_id, case_id],
        )?;
    }
    if changed == 0 {
        return Ok(Err(ErrorCode::NotFound));
    }
    conn.execute(
        "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.released', ?2)",
        params![at, json!({"hold_id": hold_id, "case_id": case_id}).to_string()],
    )?;
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor,
            action: "hold.released",
            subject: &format!("case:{case_id}"),
            detail: &json!({"hold_id": hold_id, "reason": reason.trim()}).to_string(),
        },
    )?;
    Ok(Ok(()))
}

/// Every hold on `case_id`, intake and staff, active and released.
pub fn list(conn: &Connection, case_id: i64) -> rusqlite::Result<Vec<Value>> {
    let ms = |v: Option<i64>| v.and_then(Timestamp::from_unix_millis);
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT hold_id, placed_at, released_at, released_by, release_reason FROM holds WHERE case_id = ?1",
    )?;
    for row in stmt.query_map([case_id], |r| {
        Ok(json!({
            "hold_id": r.get::<_, String>(0)?,
            "kind": "intake",
            "placed_by": "system",
            "placed_at": ms(r.get(1)?),
            "active": r.get::<_, Option<i64>>(2)?.is_none(),
            "released_at": ms(r.get(2)?),
            "released_by": r.get::<_, Option<String>>(3)?,
            "release_reason": r.get::<_, Option<String>>(4)?,
        }))
    })? {
        out.push(row?);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT hold_id, kind, placed_by, placed_at, basis, reference, released_at, released_by, release_reason
         FROM preservation_holds WHERE case_id = ?1 ORDER BY placed_at",
    )?;
    for row in stmt.query_map([case_id], |r| {
        Ok(json!({
            "hold_id": r.get::<_, String>(0)?,
            "kind": r.get::<_, String>(1)?,
            "placed_by": r.get::<_, String>(2)?,
            "placed_at": ms(r.get(3)?),
            "basis": r.get::<_, String>(4)?,
            "reference": r.get::<_, Option<String>>(5)?,
            "active": r.get::<_, Option<i64>>(6)?.is_none(),
            "released_at": ms(r.get(6)?),
            "released_by": r.get::<_, Option<String>>(7)?,
            "release_reason": r.get::<_, Option<String>>(8)?,
        }))
    })? {
        out.push(row?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_700_000_000_000 + ms).unwrap()
    }

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO reports (case_id, account_id, report_id, key_id, content_type, body, body_digest,
                 category, age_band, in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
             VALUES (1, 'a', 'r', 'k', 'application/json', x'7b7d', x'00', 'bullying', '10-12', 0, 40,
                 'standard', 0, 0, 'h', 'received')",
            [],
        )
        .unwrap();
        conn
    }

    fn erase(conn: &Connection) -> rusqlite::Result<usize> {
        conn.execute(
            "UPDATE reports SET body = NULL, deleted_at = 1 WHERE case_id = 1",
            [],
        )
    }

    #[test]
    fn a_staff_hold_blocks_every_erasure_until_released_with_a_reason() {
        let conn = db();
        assert!(!is_held(&conn, 1).unwrap());
        let id = place(
            &conn,
            1,
            HoldKind::LawEnforcement,
            "reviewer:lead",
            "court order",
            None,
            t(0),
        )
        .unwrap();
        assert!(is_held(&conn, 1).unwrap() && is_report_held(&conn, "a", "r").unwrap());
        assert!(law_enforcement_hold(&conn, 1).unwrap());
        assert!(erase(&conn).is_err(), "the trigger refuses an erasing update");
        assert!(conn.execute("DELETE FROM reports WHERE case_id = 1", []).is_err());
        assert_eq!(
            release(&conn, 1, "nope", "reviewer:lead", "done", t(1)).unwrap(),
            Err(ErrorCode::NotFound)
        );
        release(&conn, 1, &id, "reviewer:lead", "investigation closed", t(1))
            .unwrap()
            .unwrap();
        assert!(!is_held(&conn, 1).unwrap() && !law_enforcement_hold(&conn, 1).unwrap());
        assert_eq!(erase(&conn).unwrap(), 1);
        let reason: String = conn
            .query_row(
                "SELECT detail FROM audit WHERE action = 'hold.released'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(reason.contains("investigation closed"));
        assert_eq!(
            crate::audit::verify(&conn).unwrap(),
            crate::audit::Verdict::Intact { rows: 2 }
        );
    }

    #[test]
    fn reasons_must_be_short_single_lines() {
        assert!(is_reason("court order 2026/113"));
        assert!(!is_reason("  "));
        assert!(!is_reason("a\nb"));
        assert!(!is_reason(&"x".repeat(MAX_REASON_LEN + 1)));
    }
}
