//! Versioned schema migrations, tracked in SQLite's `user_version`.
//!
//! Each entry is applied once, in order, in its own transaction; never edit a shipped one.

use rusqlite::Connection;

/// 3: trust-and-safety governance (issue 9, points 4-6 and 8): staff-placed preservation and
/// law-enforcement holds (released only with a reason), escalation records with NCMEC bundles
/// (one per reported user), the durable webhook outbox, and triggers that refuse to erase or
/// delete a held report whichever code path tries (the retention job included).
const GOVERNANCE: &str = r#"
    CREATE TABLE preservation_holds (
        hold_id TEXT PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        kind TEXT NOT NULL,
        placed_by TEXT NOT NULL,
        placed_at INTEGER NOT NULL,
        basis TEXT NOT NULL,
        reference TEXT,
        released_at INTEGER,
        released_by TEXT,
        release_reason TEXT
    );
    CREATE INDEX preservation_holds_case ON preservation_holds(case_id, released_at);
    ALTER TABLE holds ADD COLUMN released_by TEXT;
    ALTER TABLE holds ADD COLUMN release_reason TEXT;
    CREATE TRIGGER reports_held_no_erase BEFORE UPDATE OF body, deleted_at ON reports
        WHEN ((NEW.body IS NULL AND OLD.body IS NOT NULL) OR (NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL))
         AND (EXISTS (SELECT 1 FROM holds WHERE case_id = OLD.case_id AND released_at IS NULL)
              OR EXISTS (SELECT 1 FROM preservation_holds WHERE case_id = OLD.case_id AND released_at IS NULL))
        BEGIN SELECT RAISE(ABORT, 'report under preservation hold'); END;
    CREATE TRIGGER reports_held_no_delete BEFORE DELETE ON reports
        WHEN EXISTS (SELECT 1 FROM holds WHERE case_id = OLD.case_id AND released_at IS NULL)
          OR EXISTS (SELECT 1 FROM preservation_holds WHERE case_id = OLD.case_id AND released_at IS NULL)
        BEGIN SELECT RAISE(ABORT, 'report under preservation hold'); END;
    CREATE TRIGGER answers_held_no_delete BEFORE DELETE ON answers
        WHEN EXISTS (SELECT 1 FROM holds WHERE case_id = OLD.case_id AND released_at IS NULL)
          OR EXISTS (SELECT 1 FROM preservation_holds WHERE case_id = OLD.case_id AND released_at IS NULL)
        BEGIN SELECT RAISE(ABORT, 'report under preservation hold'); END;
    CREATE TABLE escalations (
        escalation_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        reference TEXT,
        legal_basis TEXT NOT NULL,
        reported_user TEXT,
        record TEXT NOT NULL
    );
    CREATE UNIQUE INDEX escalations_ncmec_bundle ON escalations(reported_user) WHERE kind = 'ncmec';
    CREATE TABLE escalation_cases (
        escalation_id INTEGER NOT NULL REFERENCES escalations(escalation_id),
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        added_at INTEGER NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (escalation_id, case_id)
    ) WITHOUT ROWID;
    CREATE INDEX escalation_cases_case ON escalation_cases(case_id);
    CREATE TABLE webhook_outbox (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        delivered_at INTEGER,
        failed_at INTEGER,
        last_status INTEGER
    );
    CREATE INDEX webhook_outbox_due ON webhook_outbox(next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
"#;

/// The migrations, index + 1 = the schema version they produce.
const MIGRATIONS: &[&str] = &[
    // 1: accounts' keys, nonces, reports and their lifecycle, holds, platform events, audit log.
    r#"
    CREATE TABLE keys (
        key_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        alg TEXT NOT NULL,
        public_key BLOB NOT NULL,
        registered_at INTEGER NOT NULL,
        revoked_at INTEGER
    );
    CREATE INDEX keys_account ON keys(account_id);
    CREATE TABLE nonces (
        key_id TEXT NOT NULL,
        nonce TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (key_id, nonce)
    ) WITHOUT ROWID;
    CREATE INDEX nonces_expiry ON nonces(expires_at);
    CREATE TABLE reports (
        case_id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        report_id TEXT NOT NULL,
        key_id TEXT NOT NULL,
        content_type TEXT NOT NULL,
        body BLOB,
        body_digest BLOB NOT NULL,
        category TEXT NOT NULL,
        age_band TEXT NOT NULL,
        in_danger INTEGER NOT NULL,
        priority INTEGER NOT NULL,
        tier TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        expected_review_by INTEGER NOT NULL,
        hold_id TEXT NOT NULL,
        state TEXT NOT NULL,
        deleted_at INTEGER,
        UNIQUE (account_id, report_id)
    );
    CREATE INDEX reports_queue ON reports(state, priority DESC, received_at);
    CREATE TABLE events (
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE holds (
        hold_id TEXT PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        placed_at INTEGER NOT NULL,
        released_at INTEGER,
        items TEXT NOT NULL
    );
    CREATE INDEX holds_case ON holds(case_id);
    CREATE TABLE platform_events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        acted_at INTEGER
    );
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    "#,
    // 2: the lifecycle is core's `status` module. Events are core `Event` JSON (the stand-in's
    // rows stay in `legacy_events`, unread); each case keeps the appeal window it was opened
    // with; the Art. 17 fields core's `Decision` does not carry, and the reporter's answers,
    // live beside the event they belong to.
    r#"
    ALTER TABLE events RENAME TO legacy_events;
    CREATE TABLE events (
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID;
    ALTER TABLE reports ADD COLUMN appeal_window_days INTEGER NOT NULL DEFAULT 184;
    CREATE TABLE statements (
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        seq INTEGER NOT NULL,
        explanation TEXT NOT NULL,
        content_type TEXT NOT NULL,
        territorial_scope TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE answers (
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        seq INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID;
    "#,
    GOVERNANCE,
    OPS_CASES,
    LIFECYCLE,
    INTAKE_COUNTS,
    CASE_AGGREGATES,
];

/// 5: data lifecycle (issue 11): every stored report is held for one purpose, safety, and
/// the database refuses any other (`CHECK`); the retention job records when it pseudonymized
/// a reporter link and purged a report's content, so each purge happens once and is visible.
const LIFECYCLE: &str = r#"
    ALTER TABLE reports ADD COLUMN purpose TEXT NOT NULL DEFAULT 'safety_only' CHECK (purpose = 'safety_only');
    ALTER TABLE reports ADD COLUMN content_purged_at INTEGER;
    ALTER TABLE reports ADD COLUMN reporter_pseudonymized_at INTEGER;
"#;

/// 4: trust-and-safety operations. Reports are linked into cases by hashed keys (subject,
/// victim, conversation, content hash; never the ids themselves); each linked case keeps its
/// priority and the named reasons for it; reports carry their SLA timers; subjects carry
/// abuse flags; case events feed outbound integrations; keys record their attestation.
const OPS_CASES: &str = r#"
    CREATE TABLE linked_cases (
        linked_case_id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        priority INTEGER NOT NULL DEFAULT 0,
        reasons TEXT NOT NULL DEFAULT '[]',
        floor TEXT,
        merged_into INTEGER
    );
    CREATE TABLE link_keys (
        kind TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        linked_case_id INTEGER NOT NULL REFERENCES linked_cases(linked_case_id),
        PRIMARY KEY (kind, key_hash)
    ) WITHOUT ROWID;
    CREATE INDEX link_keys_case ON link_keys(linked_case_id);
    CREATE TABLE report_links (
        case_id INTEGER NOT NULL REFERENCES reports(case_id),
        kind TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        PRIMARY KEY (case_id, kind, key_hash)
    ) WITHOUT ROWID;
    CREATE INDEX report_links_key ON report_links(kind, key_hash);
    ALTER TABLE reports ADD COLUMN linked_case_id INTEGER;
    ALTER TABLE reports ADD COLUMN live_harm INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE reports ADD COLUMN first_look_at INTEGER;
    ALTER TABLE reports ADD COLUMN decided_at INTEGER;
    ALTER TABLE reports ADD COLUMN upheld INTEGER;
    ALTER TABLE reports ADD COLUMN breached_at INTEGER;
    CREATE INDEX reports_linked ON reports(linked_case_id);
    CREATE INDEX reports_sla ON reports(first_look_at, expected_review_by);
    CREATE INDEX reports_reporter ON reports(account_id, category);
    CREATE TABLE subject_flags (
        key_hash TEXT NOT NULL,
        flag TEXT NOT NULL,
        raised_at INTEGER NOT NULL,
        linked_case_id INTEGER NOT NULL,
        detail TEXT NOT NULL,
        PRIMARY KEY (key_hash, flag)
    ) WITHOUT ROWID;
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        linked_case_id INTEGER,
        case_id INTEGER,
        detail TEXT NOT NULL
    );
    ALTER TABLE keys ADD COLUMN attestation TEXT NOT NULL DEFAULT 'unattested';
"#;

/// 6: intake figures for the transparency statistics (issue 10): per UTC day number, how many
/// submissions were stored (`accepted`), answered as a duplicate (`duplicate`) or refused (the
/// error code). Counts only: never a request's content, ids, key or account.
const INTAKE_COUNTS: &str = r#"
    CREATE TABLE intake_counts (
        day INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, outcome)
    ) WITHOUT ROWID;
"#;

/// 7: intake at constant cost per report (issue 13). A linked case's priority inputs are kept
/// incrementally (`case_aggregates`, `case_reporters`, `case_reliability`; see
/// `crate::case_aggregates`): intake folds each report in, and every other change to a scored
/// column deletes the aggregates it touches through the triggers below (rebuilt from the
/// reports when next scored), so no write path can leave a stale one. The hot path's own
/// writes (a fresh report's first link, its priority, tier and timers) fire none of them.
/// `subject_reporters` bounds the distinct reporters of a subject in the burst window (a
/// superset: it only lets the burst check skip its full query when a burst is impossible).
/// Indexes: reporter records over decided reports only, and reports by case and priority.
const CASE_AGGREGATES: &str = r#"
    CREATE TABLE case_aggregates (
        linked_case_id INTEGER PRIMARY KEY,
        top_case_id INTEGER NOT NULL,
        top_category TEXT NOT NULL,
        age_case_id INTEGER NOT NULL,
        age_band TEXT NOT NULL,
        any_cse INTEGER NOT NULL,
        any_self_harm INTEGER NOT NULL,
        in_danger INTEGER NOT NULL,
        live_harm INTEGER NOT NULL,
        reporters INTEGER NOT NULL,
        upheld INTEGER NOT NULL
    );
    CREATE TABLE case_reporters (
        linked_case_id INTEGER NOT NULL,
        account_id TEXT NOT NULL,
        PRIMARY KEY (linked_case_id, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX case_reporters_account ON case_reporters(account_id);
    CREATE TABLE case_reliability (
        linked_case_id INTEGER NOT NULL,
        category TEXT NOT NULL,
        decided INTEGER NOT NULL,
        upheld INTEGER NOT NULL,
        accounts INTEGER NOT NULL,
        PRIMARY KEY (linked_case_id, category, decided, upheld)
    ) WITHOUT ROWID;
    CREATE INDEX reports_reporter_decided ON reports(account_id, category) WHERE decided_at IS NOT NULL;
    CREATE INDEX reports_linked_priority ON reports(linked_case_id, priority);
    CREATE TRIGGER case_aggregates_on_insert AFTER INSERT ON reports
        WHEN new.linked_case_id IS NOT NULL OR new.decided_at IS NOT NULL OR new.upheld IS NOT NULL
    BEGIN
        DELETE FROM case_aggregates WHERE linked_case_id = new.linked_case_id
            OR linked_case_id IN (SELECT linked_case_id FROM case_reporters WHERE account_id = new.account_id);
    END;
    CREATE TRIGGER case_aggregates_on_update AFTER UPDATE OF linked_case_id, deleted_at, category, age_band,
            in_danger, live_harm, upheld, decided_at, account_id ON reports
        WHEN (old.linked_case_id IS NOT NULL AND (old.linked_case_id IS NOT new.linked_case_id
                OR old.deleted_at IS NOT new.deleted_at OR old.age_band IS NOT new.age_band
                OR old.in_danger IS NOT new.in_danger OR old.live_harm IS NOT new.live_harm))
            OR old.category IS NOT new.category OR old.upheld IS NOT new.upheld
            OR old.decided_at IS NOT new.decided_at OR old.account_id IS NOT new.account_id
    BEGIN
        DELETE FROM case_aggregates WHERE linked_case_id IN (old.linked_case_id, new.linked_case_id)
            OR linked_case_id IN (SELECT linked_case_id FROM case_reporters
                                  WHERE account_id IN (old.account_id, new.account_id));
    END;
    CREATE TRIGGER case_aggregates_on_delete AFTER DELETE ON reports
    BEGIN
        DELETE FROM case_aggregates WHERE linked_case_id = old.linked_case_id
            OR linked_case_id IN (SELECT linked_case_id FROM case_reporters WHERE account_id = old.account_id);
    END;
    CREATE TABLE subject_reporters (
        kind TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        account_id TEXT NOT NULL,
        last_at INTEGER NOT NULL,
        PRIMARY KEY (kind, key_hash, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX subject_reporters_recent ON subject_reporters(kind, key_hash, last_at);
    INSERT INTO subject_reporters (kind, key_hash, account_id, last_at)
        SELECT l.kind, l.key_hash, r.account_id, max(r.received_at) FROM report_links l
          JOIN reports r ON r.case_id = l.case_id
        WHERE l.kind = 'subject' GROUP BY l.kind, l.key_hash, r.account_id;
    CREATE TRIGGER subject_reporters_on_link AFTER INSERT ON report_links WHEN new.kind = 'subject'
    BEGIN
        INSERT INTO subject_reporters (kind, key_hash, account_id, last_at)
            SELECT new.kind, new.key_hash, r.account_id, r.received_at FROM reports r WHERE r.case_id = new.case_id
            ON CONFLICT (kind, key_hash, account_id) DO UPDATE SET last_at = max(last_at, excluded.last_at);
    END;
    CREATE TRIGGER subject_reporters_on_report AFTER UPDATE OF account_id, received_at ON reports
    BEGIN
        INSERT INTO subject_reporters (kind, key_hash, account_id, last_at)
            SELECT l.kind, l.key_hash, new.account_id, new.received_at FROM report_links l
            WHERE l.case_id = new.case_id AND l.kind = 'subject'
            ON CONFLICT (kind, key_hash, account_id) DO UPDATE SET last_at = max(last_at, excluded.last_at);
    END;
"#;

/// Brings the database to the newest schema version; returns that version.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<usize> {
    let current: usize = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(MIGRATIONS.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_and_audit_is_append_only() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), MIGRATIONS.len());
        assert_eq!(migrate(&mut conn).unwrap(), MIGRATIONS.len());
        conn.execute(
            "INSERT INTO audit (at, actor, action, subject, detail, prev_hash, hash) VALUES (1,'a','b','c','{}',x'',x'')",
            [],
        )
        .unwrap();
        assert!(conn.execute("UPDATE audit SET actor = 'x'", []).is_err());
        assert!(conn.execute("DELETE FROM audit", []).is_err());
    }
}
