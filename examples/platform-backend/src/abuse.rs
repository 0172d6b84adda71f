//! Abuse resistance: burst and reporter-cluster detection per subject.
//!
//! Mass reporting is used to silence people (brigading). Detection here only *flags* the
//! subject and emits an event for a moderator to weigh: report volume alone never triggers an
//! action, and the priority a burst can add is core's capped reporter-count contribution.
//! Key attestation is a weight here and nowhere else.

use rusqlite::{Connection, params};
use serde_json::json;

use crate::attestation::Attestation;
use crate::case_events::{self, CaseEvent, CaseEventKind};
use crate::db::StoreError;
use crate::linking::{LinkFacts, LinkKind};

/// The window a burst is counted in: ten minutes catches a coordinated wave, not a slow
/// trickle of honest reports over a day.
pub const BURST_WINDOW_MILLIS: i64 = 10 * 60_000;
/// Distinct reporters about one subject inside the window that make a burst.
pub const BURST_MIN_REPORTERS: i64 = 5;
/// A reporting key younger than this at report time counts towards a cluster: brigades use
/// freshly created accounts.
pub const YOUNG_KEY_MILLIS: i64 = 24 * 3_600_000;
/// Weight of a young key with platform attestation (a real device is costlier to fake).
pub const ATTESTED_WEIGHT: f64 = 0.25;
/// Weight of a young key without attestation.
pub const UNATTESTED_WEIGHT: f64 = 1.0;
/// Summed weight of young keys among a burst's reporters that makes a reporter cluster.
pub const CLUSTER_MIN_WEIGHT: f64 = 4.0;

/// Stable flag codes.
pub mod flags {
    /// Many distinct reporters in a short window.
    pub const BURST: &str = "burst";
    /// A burst made mostly of young, unattested keys.
    pub const REPORTER_CLUSTER: &str = "reporter_cluster";
}

/// The weight a reporting key adds to cluster detection.
pub fn key_weight(attestation: Attestation, key_age_millis: i64) -> f64 {
    if key_age_millis >= YOUNG_KEY_MILLIS {
        return 0.0;
    }
    match attestation {
        Attestation::Attested => ATTESTED_WEIGHT,
        Attestation::Unattested => UNATTESTED_WEIGHT,
    }
}

/// Whether the full check of one subject could raise anything at `now`: not when both flags
/// are already raised (each is raised once), nor when fewer than [`BURST_MIN_REPORTERS`]
/// accounts reported it inside the window (`subject_reporters` over-counts, never under-counts).
/// Both answers come from indexes, so a flood on one subject does not make each intake
/// scan all of the subject's earlier reports.
fn may_raise(conn: &Connection, kind: &str, hash: &str, now: i64) -> Result<bool, StoreError> {
    let raised: i64 = conn
        .prepare_cached("SELECT count(*) FROM subject_flags WHERE key_hash = ?1 AND flag IN (?2, ?3)")?
        .query_row(params![hash, flags::BURST, flags::REPORTER_CLUSTER], |r| r.get(0))?;
    if raised >= 2 {
        return Ok(false);
    }
    // Counting stops at the threshold: a brigade of thousands of accounts costs five rows.
    let recent: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM subject_reporters
               WHERE kind = ?1 AND key_hash = ?2 AND last_at > ?3 LIMIT ?4)",
        )?
        .query_row(
            params![kind, hash, now - BURST_WINDOW_MILLIS, BURST_MIN_REPORTERS],
            |r| r.get(0),
        )?;
    Ok(recent >= BURST_MIN_REPORTERS)
}

/// Checks every subject of a new report at `now`; raises each flag once per subject.
/// Returns the flags raised now.
pub fn check(
    conn: &Connection,
    linked_case_id: i64,
    facts: &LinkFacts,
    now: i64,
) -> Result<Vec<&'static str>, StoreError> {
    let mut raised = Vec::new();
    for (kind, hash) in facts.keys.iter().filter(|(k, _)| *k == LinkKind::Subject) {
        if !may_raise(conn, kind.code(), hash, now)? {
            continue;
        }
        let reporters: Vec<(i64, String)> = conn
            .prepare_cached(
                "SELECT min(r.received_at - k.registered_at), k.attestation FROM report_links l
                   JOIN reports r ON r.case_id = l.case_id JOIN keys k ON k.key_id = r.key_id
                 WHERE l.kind = ?1 AND l.key_hash = ?2 AND r.received_at > ?3
                 GROUP BY r.account_id",
            )?
            .query_map(params![kind.code(), hash, now - BURST_WINDOW_MILLIS], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<Result<_, _>>()?;
        let count = i64::try_from(reporters.len()).unwrap_or(i64::MAX);
        if count < BURST_MIN_REPORTERS {
            continue;
        }
        let weight: f64 = reporters
            .iter()
            .map(|(age, att)| key_weight(Attestation::from_code(att), *age))
            .sum();
        let mut found = vec![(
            flags::BURST,
            json!({"reporters": count, "window_ms": BURST_WINDOW_MILLIS}),
        )];
        if weight >= CLUSTER_MIN_WEIGHT {
            found.push((
                flags::REPORTER_CLUSTER,
                json!({"reporters": count, "young_key_weight": weight}),
            ));
        }
        for (flag, detail) in found {
            let inserted = conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO subject_flags (key_hash, flag, raised_at, linked_case_id, detail)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![hash, flag, now, linked_case_id, detail.to_string()])?;
            if inserted == 0 {
                continue;
            }
            raised.push(flag);
            crate::audit::append(
                conn,
                &crate::audit::Entry {
                    at: now,
                    actor: "system",
                    action: "subject.flagged",
                    subject: &format!("linked_case:{linked_case_id}"),
                    detail: &json!({ "flag": flag }).to_string(),
                },
            )?;
            let mut detail = detail;
            detail["flag"] = json!(flag);
            case_events::emit(
                conn,
                &CaseEvent {
                    kind: CaseEventKind::SubjectFlagged,
                    at: now,
                    linked_case_id: Some(linked_case_id),
                    case_id: None,
                    detail,
                },
            )?;
        }
    }
    Ok(raised)
}

/// The flags on a linked case's subjects.
pub fn flags_of(conn: &Connection, linked_case_id: i64) -> Result<Vec<serde_json::Value>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT flag, raised_at, detail FROM subject_flags WHERE linked_case_id = ?1 ORDER BY raised_at, flag",
    )?;
    let rows = stmt.query_map([linked_case_id], |r| {
        let detail: String = r.get(2)?;
        Ok(json!({
            "flag": r.get::<_, String>(0)?,
            "raised_at": tellsafe::Timestamp::from_unix_millis(r.get(1)?),
            "detail": serde_json::from_str::<serde_json::Value>(&detail).unwrap_or_default(),
        }))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// Stores a report by `account` (its key `account`, registered at 0) about user `u1` at
    /// `at`, links it and runs the check; returns the flags raised.
    fn report(conn: &Connection, account: &str, at: i64) -> Vec<&'static str> {
        conn.execute(
            "INSERT OR IGNORE INTO keys (key_id, account_id, alg, public_key, registered_at) VALUES (?1, ?1, 'ed25519', x'00', 0)",
            [account],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO reports (account_id, report_id, key_id, content_type, body_digest, category, age_band,
                 in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
             VALUES (?1, ?2, ?1, 'application/json', x'00', 'bullying', '13-15', 0, 0, 'standard', ?3, 0, 'h', 'received')",
            rusqlite::params![account, uuid::Uuid::new_v4().to_string(), at],
        )
        .unwrap();
        let case_id = conn.last_insert_rowid();
        let facts = crate::linking::facts(br#"{"subjects": [{"kind": "user", "id": "u1"}]}"#, account);
        let linked = crate::linking::link(conn, case_id, &facts, at).unwrap();
        check(conn, linked, &facts, at).unwrap()
    }

    #[test]
    fn a_burst_needs_five_accounts_inside_the_window_however_many_reports() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        let t = 10 * BURST_WINDOW_MILLIS;
        // One account flooding, and three more long before the window: no burst.
        for account in ["old1", "old2", "old3"] {
            assert!(report(&conn, account, t - 2 * BURST_WINDOW_MILLIS).is_empty());
        }
        for i in 0..50 {
            assert!(report(&conn, "flood", t + i).is_empty());
        }
        for account in ["b", "c", "d"] {
            assert!(report(&conn, account, t + 100).is_empty());
        }
        // The fifth distinct account inside the window raises both flags (young, unattested keys).
        assert_eq!(
            report(&conn, "e", t + 200),
            vec![flags::BURST, flags::REPORTER_CLUSTER]
        );
        assert!(report(&conn, "f", t + 300).is_empty(), "each flag is raised once");
        // A pseudonymized reporter counts as another account in the full query; the bound follows.
        conn.execute(
            "UPDATE reports SET account_id = 'p' WHERE account_id = 'flood'",
            [],
        )
        .unwrap();
        let bound: i64 = conn
            .query_row(
                "SELECT count(*) FROM subject_reporters WHERE account_id = 'p'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(bound, 1);
    }

    #[test]
    fn attestation_only_lowers_the_weight_of_young_keys() {
        assert_eq!(key_weight(Attestation::Unattested, YOUNG_KEY_MILLIS), 0.0);
        assert!(key_weight(Attestation::Attested, 0) < key_weight(Attestation::Unattested, 0));
        assert!(
            ATTESTED_WEIGHT * (BURST_MIN_REPORTERS as f64) < CLUSTER_MIN_WEIGHT,
            "attested devices alone never cluster at the minimum burst"
        );
    }
}
