//! The incremental aggregate against the from-scratch reference, step by step.

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
