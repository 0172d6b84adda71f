//! Linking reports into cases: by subject, victim, conversation and content hash, across
//! categories and with no time limit (grooming runs for months; a case a year old is still
//! the same child and the same account).
//!
//! Each report yields link keys; a report joins the case that holds any of its keys, and when
//! its keys span several cases they are merged into the oldest. Keys are stored as SHA-256
//! hashes under a domain prefix: the tables can link without holding a readable id.

use ring::digest::{SHA256, digest};
use rusqlite::{Connection, params};
use serde::Deserialize;
use serde_json::json;

use crate::case_events::{self, CaseEvent, CaseEventKind};
use crate::db::StoreError;

/// Domain prefix of link-key hashes (versioned: a new derivation gets a new prefix).
const KEY_DOMAIN: &str = "tellsafe-link-v1";

/// What a link key is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LinkKind {
    /// A reported account, post, message or live stream.
    Subject,
    /// The reporter, when they are the depicted minor.
    Victim,
    /// A conversation.
    Conversation,
    /// An evidence item's SHA-256.
    Hash,
}

impl LinkKind {
    /// The stable code stored and shown.
    pub fn code(self) -> &'static str {
        match self {
            LinkKind::Subject => "subject",
            LinkKind::Victim => "victim",
            LinkKind::Conversation => "conversation",
            LinkKind::Hash => "hash",
        }
    }
}

#[derive(Debug, Deserialize)]
struct SubjectView {
    kind: String,
    id: String,
}

#[derive(Debug, Deserialize)]
struct EvidenceView {
    #[serde(default)]
    sha256: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct FlagsView {
    #[serde(default)]
    depicted_minor_is_reporter: bool,
    #[serde(default)]
    coerced: bool,
}

#[derive(Debug, Deserialize)]
struct BodyView {
    #[serde(default)]
    subjects: Vec<SubjectView>,
    #[serde(default)]
    evidence: Vec<EvidenceView>,
    #[serde(default)]
    flags: FlagsView,
}

/// The facts of a (validated) report that linking and triage use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkFacts {
    /// Link keys: kind and hash, sorted and unique.
    pub keys: Vec<(LinkKind, String)>,
    /// Live or ongoing harm: a live-stream subject, or continuing coercion.
    pub live_harm: bool,
}

fn key_hash(kind: LinkKind, value: &str) -> String {
    let text = format!("{KEY_DOMAIN}\u{0}{}\u{0}{value}", kind.code());
    digest(&SHA256, text.as_bytes())
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The subject link key of `kind`:`id`, as stored in `report_links` (the reported user's
/// export finds their reports by it without any table holding the readable id).
pub fn subject_key(kind: &str, id: &str) -> String {
    key_hash(LinkKind::Subject, &format!("{kind}:{id}"))
}

/// The link keys of a report `body` (already validated by core) sent by `account`.
pub fn facts(body: &[u8], account: &str) -> LinkFacts {
    let Ok(view) = serde_json::from_slice::<BodyView>(body) else {
        return LinkFacts::default();
    };
    let mut keys = Vec::new();
    let mut live_harm = view.flags.coerced;
    for subject in &view.subjects {
        if subject.kind == "conversation" {
            keys.push((
                LinkKind::Conversation,
                key_hash(LinkKind::Conversation, &subject.id),
            ));
        } else {
            live_harm |= subject.kind == "live_stream";
            let value = format!("{}:{}", subject.kind, subject.id);
            keys.push((LinkKind::Subject, key_hash(LinkKind::Subject, &value)));
        }
    }
    for item in &view.evidence {
        let hex = item
            .sha256
            .as_deref()
            .and_then(|s| tellsafe::report::Sha256Digest::parse(s).ok())
            .map(|d| d.to_hex());
        if let Some(hex) = hex {
            keys.push((LinkKind::Hash, key_hash(LinkKind::Hash, &hex)));
        }
    }
    if view.flags.depicted_minor_is_reporter {
        keys.push((LinkKind::Victim, key_hash(LinkKind::Victim, account)));
    }
    keys.sort();
    keys.dedup();
    LinkFacts { keys, live_harm }
}

/// Links report `case_id` into a case by its keys at `now`; returns the linked case id.
pub fn link(conn: &Connection, case_id: i64, facts: &LinkFacts, now: i64) -> Result<i64, StoreError> {
    let mut found: Vec<i64> = Vec::new();
    {
        let mut stmt =
            conn.prepare_cached("SELECT linked_case_id FROM link_keys WHERE kind = ?1 AND key_hash = ?2")?;
        for (kind, hash) in &facts.keys {
            let mut rows = stmt.query(params![kind.code(), hash])?;
            if let Some(row) = rows.next()? {
                found.push(row.get(0)?);
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    let (target, event) = match found.split_first() {
        None => {
            conn.prepare_cached("INSERT INTO linked_cases (created_at) VALUES (?1)")?
                .execute([now])?;
            (conn.last_insert_rowid(), CaseEventKind::CaseCreated)
        }
        Some((&oldest, rest)) => {
            for &other in rest {
                merge(conn, other, oldest)?;
            }
            let kind = if rest.is_empty() {
                CaseEventKind::ReportLinked
            } else {
                case_events::emit(
                    conn,
                    &CaseEvent {
                        kind: CaseEventKind::CasesMerged,
                        at: now,
                        linked_case_id: Some(oldest),
                        case_id: Some(case_id),
                        detail: json!({ "merged": rest }),
                    },
                )?;
                CaseEventKind::ReportLinked
            };
            (oldest, kind)
        }
    };
    for (kind, hash) in &facts.keys {
        conn.prepare_cached(
            "INSERT INTO link_keys (kind, key_hash, linked_case_id) VALUES (?1, ?2, ?3)
             ON CONFLICT (kind, key_hash) DO UPDATE SET linked_case_id = excluded.linked_case_id",
        )?
        .execute(params![kind.code(), hash, target])?;
        conn.prepare_cached(
            "INSERT OR IGNORE INTO report_links (case_id, kind, key_hash) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![case_id, kind.code(), hash])?;
    }
    conn.prepare_cached("UPDATE reports SET linked_case_id = ?1, live_harm = ?2 WHERE case_id = ?3")?
        .execute(params![target, facts.live_harm, case_id])?;
    crate::case_aggregates::add_report(conn, target, case_id)?;
    let kinds: Vec<&str> = {
        let mut k: Vec<&str> = facts.keys.iter().map(|(kind, _)| kind.code()).collect();
        k.dedup();
        k
    };
    case_events::emit(
        conn,
        &CaseEvent {
            kind: event,
            at: now,
            linked_case_id: Some(target),
            case_id: Some(case_id),
            detail: json!({ "link_kinds": kinds }),
        },
    )?;
    Ok(target)
}

/// Moves everything of case `from` into `into` and marks `from` merged.
fn merge(conn: &Connection, from: i64, into: i64) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE link_keys SET linked_case_id = ?1 WHERE linked_case_id = ?2",
        params![into, from],
    )?;
    conn.execute(
        "UPDATE reports SET linked_case_id = ?1 WHERE linked_case_id = ?2",
        params![into, from],
    )?;
    conn.execute(
        "UPDATE subject_flags SET linked_case_id = ?1 WHERE linked_case_id = ?2",
        params![into, from],
    )?;
    conn.execute(
        "UPDATE linked_cases SET merged_into = ?1 WHERE linked_case_id = ?2",
        params![into, from],
    )?;
    Ok(())
}

/// Which kinds of key report `case_id` shares with other reports of its case.
pub fn shared_kinds(conn: &Connection, case_id: i64) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT a.kind FROM report_links a JOIN report_links b
           ON a.kind = b.kind AND a.key_hash = b.key_hash AND b.case_id <> a.case_id
         WHERE a.case_id = ?1 ORDER BY a.kind",
    )?;
    let rows = stmt.query_map([case_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(subjects: serde_json::Value, evidence: serde_json::Value, victim: bool) -> Vec<u8> {
        json!({"subjects": subjects, "evidence": evidence,
               "flags": {"in_danger_now": false, "depicted_minor_is_reporter": victim, "coerced": false, "blocked_already": false}})
        .to_string()
        .into_bytes()
    }

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn
    }

    fn report(conn: &Connection, case_id: i64) {
        conn.execute(
            "INSERT INTO reports (case_id, account_id, report_id, key_id, content_type, body_digest, category,
                 age_band, in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
             VALUES (?1, 'a', ?1, 'k', 'application/json', x'00', 'bullying', '13-15', 0, 0, 'standard', 0, 0, 'h', 'received')",
            [case_id],
        )
        .unwrap();
    }

    #[test]
    fn keys_cover_every_kind_and_never_hold_the_id() {
        let hash = "ab".repeat(32);
        let f = facts(
            &body(
                json!([{"kind": "user", "id": "u_1"}, {"kind": "conversation", "id": "c_1"}, {"kind": "live_stream", "id": "l_1"}]),
                json!([{"id": "m_1", "sha256": hash}]),
                true,
            ),
            "alice",
        );
        let kinds: Vec<LinkKind> = f.keys.iter().map(|(k, _)| *k).collect();
        for kind in [
            LinkKind::Subject,
            LinkKind::Victim,
            LinkKind::Conversation,
            LinkKind::Hash,
        ] {
            assert!(kinds.contains(&kind), "{kind:?}");
        }
        assert!(f.live_harm);
        assert!(f.keys.iter().all(|(_, h)| !h.contains("u_1") && h.len() == 64));
        let other = facts(
            &body(json!([{"kind": "user", "id": "u_1"}]), json!([]), true),
            "bob",
        );
        assert_ne!(
            f.keys.iter().find(|(k, _)| *k == LinkKind::Victim),
            other.keys.iter().find(|(k, _)| *k == LinkKind::Victim)
        );
    }

    #[test]
    fn shared_keys_link_and_bridging_reports_merge_into_the_oldest() {
        let conn = db();
        let a = facts(
            &body(json!([{"kind": "user", "id": "u_1"}]), json!([]), false),
            "x",
        );
        let b = facts(
            &body(json!([{"kind": "user", "id": "u_2"}]), json!([]), false),
            "x",
        );
        let both = facts(
            &body(
                json!([{"kind": "user", "id": "u_1"}, {"kind": "user", "id": "u_2"}]),
                json!([]),
                false,
            ),
            "x",
        );
        for id in 1..=4 {
            report(&conn, id);
        }
        let first = link(&conn, 1, &a, 0).unwrap();
        let second = link(&conn, 2, &b, 0).unwrap();
        assert_ne!(first, second);
        assert_eq!(link(&conn, 3, &both, 0).unwrap(), first.min(second));
        assert_eq!(
            link(&conn, 4, &b, 0).unwrap(),
            first.min(second),
            "keys of a merged case point at the survivor"
        );
        let distinct: i64 = conn
            .query_row("SELECT count(DISTINCT linked_case_id) FROM reports", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(distinct, 1);
        assert_eq!(shared_kinds(&conn, 4).unwrap(), vec!["subject".to_owned()]);
    }
}
