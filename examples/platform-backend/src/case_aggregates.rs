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
        category: Category::from_code(&r.get::<_, String>(2)?).unwrap_or(Category::Other),
        age_band: AgeBand::from_code(&r.get::<_, String>(3)?).unwrap_or(AgeBand::Unknown),
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
                top_category: Category::from_code(&r.get::<_, String>(1)?).unwrap_or(Category::Other),
                age_case_id: r.get(2)?,
                age_band: AgeBand::from_code(&r.get::<_, String>(3)?).unwrap_or(AgeBand::Unknown),
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
mod tests {
    use super::*;
    use serde_json::json;

    /// Categories across every severity and floor, with several sharing a severity (the top
    /// category is then the latest report's).
    const CATEGORIES: [&str; 9] = [
        "bullying",
        "hate",
        "spam",
        "scam",
        "self_harm_or_suicide",
        "asked_for_sexual_things",
        "wants_to_meet",
        "threat_to_share_pictures",
        "violence_or_threats",
    ];
    const BANDS: [&str; 6] = ["6-9", "10-12", "13-15", "16-17", "adult", "unknown"];
    const ACCOUNTS: [&str; 4] = ["a", "b", "c", "d"];
    const SUBJECTS: [&str; 4] = ["u1", "u2", "u3", "u4"];

    /// A small deterministic generator (xorshift64*): each seed is one reproducible sequence.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % n as u64).unwrap()
        }
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.below(from.len())]
        }
    }

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn
    }

    /// Stores one report and runs intake's linking and scoring on it; returns its case id.
    fn intake(conn: &Connection, rng: &mut Rng, now: i64) -> i64 {
        let account = rng.pick(&ACCOUNTS);
        let category = rng.pick(&CATEGORIES);
        let mut subjects = vec![json!({"kind": "user", "id": rng.pick(&SUBJECTS)})];
        if rng.below(4) == 0 {
            subjects.push(json!({"kind": "user", "id": rng.pick(&SUBJECTS)}));
        }
        let live = rng.below(5) == 0;
        if live {
            subjects.push(json!({"kind": "live_stream", "id": "l1"}));
        }
        let body = json!({"subjects": subjects, "evidence": [], "flags": {"coerced": false}}).to_string();
        conn.execute(
            "INSERT INTO reports (account_id, report_id, key_id, content_type, body_digest, category, age_band,
                 in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
             VALUES (?1, ?2, 'k', 'application/json', x'00', ?3, ?4, ?5, ?6, 'standard', ?7, 0, 'h', 'received')",
            params![
                account,
                uuid::Uuid::new_v4().to_string(),
                category,
                rng.pick(&BANDS),
                rng.below(8) == 0,
                rng.below(101),
                now,
            ],
        )
        .unwrap();
        let case_id = conn.last_insert_rowid();
        let facts = crate::linking::facts(body.as_bytes(), account);
        let linked = crate::linking::link(conn, case_id, &facts, now).unwrap();
        crate::priority::recompute(conn, linked, now).unwrap();
        case_id
    }

    fn random_report(conn: &Connection, rng: &mut Rng) -> Option<(i64, Option<i64>)> {
        let n: i64 = conn
            .query_row("SELECT max(case_id) FROM reports", [], |r| {
                r.get::<_, Option<i64>>(0)
            })
            .unwrap()?;
        let id = i64::try_from(rng.below(usize::try_from(n).unwrap())).unwrap() + 1;
        Some((
            id,
            conn.query_row(
                "SELECT linked_case_id FROM reports WHERE case_id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap(),
        ))
    }

    /// Every linked case's aggregate input equals the reference recomputed from its reports,
    /// and its stored priority is the reference's score.
    fn assert_all_equal(conn: &Connection, now: i64, step: &str) {
        let ids: Vec<i64> = conn
            .prepare("SELECT linked_case_id FROM linked_cases")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for id in ids {
            let reference = crate::priority::input(conn, id, now)
                .unwrap()
                .map(|i| PriorityInput {
                    waiting_millis: 0,
                    ..i
                });
            let incremental = input(conn, id).unwrap();
            assert_eq!(incremental, reference, "case {id} after {step}");
        }
    }

    #[test]
    fn incremental_inputs_equal_the_recomputation_after_every_step() {
        assert!(CATEGORIES.iter().all(|c| Category::from_code(c).is_some()));
        for seed in 1..=24u64 {
            let conn = db();
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let mut now = 1_700_000_000_000i64;
            for step in 0..120 {
                now += i64::try_from(rng.below(120_000)).unwrap();
                let op = rng.below(10);
                let name = match (op, random_report(&conn, &mut rng)) {
                    (0..=5, _) | (_, None) => {
                        intake(&conn, &mut rng, now);
                        "intake"
                    }
                    (6 | 7, Some((case_id, linked))) => {
                        // A decision, as `case_history` records it (a later one may flip upheld).
                        crate::sla::decided(&conn, case_id, now, rng.below(2) == 0).unwrap();
                        if let Some(linked) = linked {
                            crate::priority::recompute(&conn, linked, now).unwrap();
                        }
                        "decision"
                    }
                    (8, Some((case_id, _))) => {
                        conn.execute(
                            "UPDATE reports SET body = NULL, deleted_at = ?1 WHERE case_id = ?2",
                            params![now, case_id],
                        )
                        .unwrap();
                        "deletion"
                    }
                    (_, Some((case_id, _))) => {
                        // Retention's reporter pseudonymization moves a report to another account.
                        conn.execute(
                            "UPDATE reports SET account_id = 'p-' || account_id WHERE case_id = ?1",
                            [case_id],
                        )
                        .unwrap();
                        "pseudonymization"
                    }
                };
                assert_all_equal(&conn, now, &format!("seed {seed} step {step} ({name})"));
            }
        }
    }

    #[test]
    fn intake_into_a_scored_case_folds_in_without_a_rebuild() {
        let conn = db();
        let mut rng = Rng(7);
        let now = 1_700_000_000_000;
        let first = intake(&conn, &mut rng, now);
        let linked: i64 = conn
            .query_row(
                "SELECT linked_case_id FROM reports WHERE case_id = ?1",
                [first],
                |r| r.get(0),
            )
            .unwrap();
        // A marker no rebuild would keep: the hot path must fire no invalidation trigger.
        conn.execute(
            "UPDATE case_aggregates SET upheld = 1000 WHERE linked_case_id = ?1",
            [linked],
        )
        .unwrap();
        let body = json!({"subjects": [{"kind": "user", "id": "u1"}, {"kind": "user", "id": "u2"},
                                       {"kind": "user", "id": "u3"}, {"kind": "user", "id": "u4"}]})
        .to_string();
        conn.execute(
            "INSERT INTO reports (account_id, report_id, key_id, content_type, body_digest, category, age_band,
                 in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
             VALUES ('z', 'r', 'k', 'application/json', x'00', 'spam', 'adult', 0, 0, 'standard', ?1, 0, 'h', 'received')",
            [now],
        )
        .unwrap();
        let second = conn.last_insert_rowid();
        let facts = crate::linking::facts(body.as_bytes(), "z");
        assert_eq!(crate::linking::link(&conn, second, &facts, now).unwrap(), linked);
        crate::priority::recompute(&conn, linked, now).unwrap();
        let (upheld, reporters): (i64, i64) = conn
            .query_row(
                "SELECT upheld, reporters FROM case_aggregates WHERE linked_case_id = ?1",
                [linked],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((upheld, reporters), (1000, 2), "folded in, not rebuilt");
        // Any other change to a scored column invalidates it: the next scoring rebuilds.
        crate::sla::decided(&conn, first, now, true).unwrap();
        let left: i64 = conn
            .query_row(
                "SELECT count(*) FROM case_aggregates WHERE linked_case_id = ?1",
                [linked],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
        assert_eq!(
            input(&conn, linked).unwrap(),
            crate::priority::input(&conn, linked, now)
                .unwrap()
                .map(|i| PriorityInput {
                    waiting_millis: 0,
                    ..i
                })
        );
    }
}
