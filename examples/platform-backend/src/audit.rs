//! The append-only, hash-chained audit log.
//!
//! Every row's hash covers the previous row's hash and the row's own fields, so changing,
//! removing or reordering any row breaks the chain from that row on; SQLite triggers refuse
//! UPDATE and DELETE as a first line. Rows name actors, actions and ids, never report content.
//! (Signing chain heads with a key the app server does not hold is a later issue.)

use ring::digest::{Context, SHA256};
use rusqlite::{Connection, OptionalExtension, params};

/// The hash of the (absent) row before the first.
const GENESIS: [u8; 32] = [0u8; 32];

/// One audit entry to append.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// When, in Unix milliseconds.
    pub at: i64,
    /// Who: `account:<id>`, `reviewer:<name>`, `system`.
    pub actor: &'a str,
    /// What: a stable action code (`report.received`, `review.start`, `decision.made`, ...).
    pub action: &'a str,
    /// What it was done to: `case:<n>`, `key:<id>`.
    pub subject: &'a str,
    /// Codes and ids only, as JSON.
    pub detail: &'a str,
}

fn row_hash(prev: &[u8], seq: i64, entry: &Entry<'_>) -> Vec<u8> {
    let mut ctx = Context::new(&SHA256);
    ctx.update(prev);
    ctx.update(&seq.to_be_bytes());
    ctx.update(&entry.at.to_be_bytes());
    for field in [entry.actor, entry.action, entry.subject, entry.detail] {
        ctx.update(&(field.len() as u64).to_be_bytes());
        ctx.update(field.as_bytes());
    }
    ctx.finish().as_ref().to_vec()
}

/// Appends `entry` to the chain (call inside the writer's transaction).
pub fn append(conn: &Connection, entry: &Entry<'_>) -> rusqlite::Result<()> {
    // Cached statements: append runs for every write, and re-preparing cost more than the
    // index lookup of the chain head itself.
    let last: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_vec()),
    };
    let hash = row_hash(&prev, seq, entry);
    conn.prepare_cached(
        "INSERT INTO audit (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![seq, entry.at, entry.actor, entry.action, entry.subject, entry.detail, prev, hash])?;
    Ok(())
}

/// What `audit-verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every row chains; `rows` rows checked.
    Intact {
        /// Rows checked.
        rows: u64,
    },
    /// The first row whose hash, link or sequence number is wrong.
    Broken {
        /// Its sequence number.
        seq: i64,
        /// What is wrong with it.
        reason: &'static str,
    },
}

/// Walks the whole chain.
pub fn verify(conn: &Connection) -> rusqlite::Result<Verdict> {
    let mut stmt = conn
        .prepare("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_vec();
    let mut expected_seq = 1i64;
    let mut count = 0u64;
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let (actor, action, subject, detail): (String, String, String, String) =
            (row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?);
        let entry = Entry {
            at: row.get(1)?,
            actor: &actor,
            action: &action,
            subject: &subject,
            detail: &detail,
        };
        let stored_prev: Vec<u8> = row.get(6)?;
        let stored_hash: Vec<u8> = row.get(7)?;
        if seq != expected_seq {
            return Ok(Verdict::Broken {
                seq,
                reason: "sequence gap (a row was removed)",
            });
        }
        if stored_prev != prev {
            return Ok(Verdict::Broken {
                seq,
                reason: "link to the previous row does not match",
            });
        }
        if row_hash(&prev, seq, &entry) != stored_hash {
            return Ok(Verdict::Broken {
                seq,
                reason: "row content does not match its hash",
            });
        }
        prev = stored_hash;
        expected_seq += 1;
        count += 1;
    }
    Ok(Verdict::Intact { rows: count })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn
    }

    fn entry(i: i64) -> Entry<'static> {
        Entry {
            at: i,
            actor: "reviewer:r",
            action: "review.start",
            subject: "case:1",
            detail: "{}",
        }
    }

    #[test]
    fn chain_verifies_and_tampering_is_found() {
        let conn = db();
        for i in 0..5 {
            append(&conn, &entry(i)).unwrap();
        }
        assert_eq!(verify(&conn).unwrap(), Verdict::Intact { rows: 5 });
        conn.execute_batch("DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'x' WHERE seq = 3;")
            .unwrap();
        assert!(matches!(verify(&conn).unwrap(), Verdict::Broken { seq: 3, .. }));
    }

    #[test]
    fn removed_row_is_found() {
        let conn = db();
        for i in 0..4 {
            append(&conn, &entry(i)).unwrap();
        }
        conn.execute_batch("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2;")
            .unwrap();
        assert!(matches!(verify(&conn).unwrap(), Verdict::Broken { seq: 3, .. }));
    }
}
