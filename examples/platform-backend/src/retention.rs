//! The retention schedule and the job that enforces it (issue 11, point 1).
//!
//! Every stored field has a retention period counted from an event of the case (see
//! [`RetentionSchedule`] and `docs` of each flag for the reasons):
//!
//! | field | kept until | then |
//! |---|---|---|
//! | `reports.body` (free text, answers, subjects, evidence refs as sent) | case closed + `content_days` | erased (`NULL`) |
//! | `answers.answer` (answers to reviewers' questions) | case closed + `content_days` | deleted |
//! | `holds.items`, `platform_events.items` (subject and evidence refs) | case closed + `content_days` | removed |
//! | `reports.account_id`, `reports.key_id` (the reporter link) | case closed (appeal window ended) + `reporter_link_days` | keyed hash |
//! | `nonces` | their own expiry (created + max skew) | deleted |
//! | `webhook_outbox` rows | delivered (or failed) + `webhook_days` | deleted |
//! | rate-limit buckets | never stored (in memory only, see `ratelimit`) | - |
//!
//! Holds and legal duties win over the schedule: a case under any active hold is skipped (and
//! the SQLite triggers of migration 3 would refuse the erasure anyway), and a case with a
//! reporting duty (an NCMEC or police report in a decision, or an escalation record) keeps its
//! content for at least `duty_days` after the decision. Categories, timestamps, decisions,
//! statements of reasons and the hash-chained audit log are kept: they carry no report
//! content and are what DSA Art. 15/24 transparency and audits need.
//!
//! Each purge appends an audit row naming the fields and counts, never a value.

use std::path::{Path, PathBuf};

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::json;
use tellsafe::Timestamp;
use tellsafe::status::StateKind;

use crate::audit;
use crate::case_history;
use crate::db::StoreError;

/// Milliseconds in a day (every period of the schedule is whole days).
const DAY_MILLIS: i64 = 86_400_000;

/// Default: report content is erased 90 days after the case closed. The appeal window (six
/// months by default, DSA Art. 20) has already ended at close; 90 more days cover a late
/// complaint, an out-of-court settlement request (Art. 21) or a regulator's question about a
/// recent case, and no more (GDPR Art. 5(1)(e), ICO Children's Code standard 8).
pub const DEFAULT_CONTENT_DAYS: u32 = 90;
/// Default: the reporter link is pseudonymized 30 days after the case closed, so the child can
/// still read the final status in the app for a month; after that nothing in the store says
/// who reported, while the keyed hash still links one reporter's reports for abuse checks.
pub const DEFAULT_REPORTER_LINK_DAYS: u32 = 30;
/// Default: a case with a reporting duty keeps its content at least a year after the decision
/// (18 U.S.C. 2258A(h) as amended by the REPORT Act 2024: providers preserve reported
/// material for one year).
pub const DEFAULT_DUTY_DAYS: u32 = 365;
/// Default: delivered or failed webhook rows are deleted 30 days later (enough to answer a
/// receiver's "did you send it?"; payloads carry ids and codes only).
pub const DEFAULT_WEBHOOK_DAYS: u32 = 30;
/// Most cases one run purges or pseudonymizes, so a run never holds the single writer for
/// long; the next tick continues.
pub const BATCH: i64 = 500;
/// How often the server runs the job: retention periods are days long, an hour is precise
/// enough and costs nothing.
pub const TICK_SECS: u64 = 3_600;
/// Length of the pseudonym key: 256 bits for HMAC-SHA256.
const PSEUDONYM_KEY_LEN: usize = 32;
/// Prefix of a pseudonymized reporter link, so it is never mistaken for an account id.
pub const PSEUDONYM_PREFIX: &str = "pseud:";

/// The per-field retention periods, in whole days.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct RetentionSchedule {
    /// Days after a case closed (appeal window ended) before its free text, answers, subject
    /// and evidence refs are erased (default 90: late complaints and regulator questions).
    #[arg(long = "retain-content-days", env = "TELLSAFE_RETAIN_CONTENT_DAYS", default_value_t = DEFAULT_CONTENT_DAYS)]
    pub content_days: u32,
    /// Days after a case closed before the reporter's account and key ids are replaced by a
    /// keyed hash (default 30: the child can still read the final status).
    #[arg(long = "retain-reporter-link-days", env = "TELLSAFE_RETAIN_REPORTER_LINK_DAYS", default_value_t = DEFAULT_REPORTER_LINK_DAYS)]
    pub reporter_link_days: u32,
    /// Days after a decision with a reporting duty (NCMEC, police) during which content is
    /// kept whatever the schedule says (default 365: 18 U.S.C. 2258A(h)).
    #[arg(long = "retain-duty-days", env = "TELLSAFE_RETAIN_DUTY_DAYS", default_value_t = DEFAULT_DUTY_DAYS)]
    pub duty_days: u32,
    /// Days after delivery (or final failure) before a webhook outbox row is deleted.
    #[arg(long = "retain-webhook-days", env = "TELLSAFE_RETAIN_WEBHOOK_DAYS", default_value_t = DEFAULT_WEBHOOK_DAYS)]
    pub webhook_days: u32,
    /// The key for pseudonymizing reporter links (32 random bytes, created on first use);
    /// default: next to the database. Losing it only stops old and new pseudonyms matching.
    #[arg(long = "pseudonym-key", env = "TELLSAFE_PSEUDONYM_KEY")]
    pub pseudonym_key: Option<PathBuf>,
}

impl Default for RetentionSchedule {
    fn default() -> Self {
        RetentionSchedule {
            content_days: DEFAULT_CONTENT_DAYS,
            reporter_link_days: DEFAULT_REPORTER_LINK_DAYS,
            duty_days: DEFAULT_DUTY_DAYS,
            webhook_days: DEFAULT_WEBHOOK_DAYS,
            pseudonym_key: None,
        }
    }
}

impl RetentionSchedule {
    /// The pseudonym key path, defaulting to `<db>.pseudonym-key`.
    pub fn key_path(&self, db: &Path) -> PathBuf {
        self.pseudonym_key.clone().unwrap_or_else(|| {
            let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
            name.push(".pseudonym-key");
            db.with_file_name(name)
        })
    }
}

/// Why the pseudonym key could not be loaded or created.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Reading or writing the key file failed.
    #[error("pseudonym key file: {0}")]
    Io(#[from] std::io::Error),
    /// The file does not hold a key of the expected length.
    #[error("pseudonym key file has the wrong length")]
    Length,
    /// The system random source failed.
    #[error("pseudonym key: no randomness")]
    Random,
}

/// The keyed hash that replaces reporter links.
#[derive(Debug)]
pub struct Pseudonymizer(hmac::Key);

impl Pseudonymizer {
    /// A pseudonymizer with `key` (tests).
    pub fn from_bytes(key: &[u8]) -> Pseudonymizer {
        Pseudonymizer(hmac::Key::new(hmac::HMAC_SHA256, key))
    }

    /// Loads the key at `path`, creating it (mode 0600) if missing.
    pub fn load_or_create(path: &Path) -> Result<Pseudonymizer, KeyError> {
        match std::fs::read(path) {
            Ok(bytes) if bytes.len() == PSEUDONYM_KEY_LEN => Ok(Pseudonymizer::from_bytes(&bytes)),
            Ok(_) => Err(KeyError::Length),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let mut key = [0u8; PSEUDONYM_KEY_LEN];
                SystemRandom::new().fill(&mut key).map_err(|_| KeyError::Random)?;
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                match options.open(path) {
                    Ok(mut file) => {
                        std::io::Write::write_all(&mut file, &key)?;
                        file.sync_all()?;
                        Ok(Pseudonymizer::from_bytes(&key))
                    }
                    // Another process created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Pseudonymizer::load_or_create(path)
                    }
                    Err(e) => Err(e.into()),
                }
            }
            Err(error) => Err(error.into()),
        }
    }

    /// The pseudonym of `value` (deterministic: one reporter keeps one pseudonym).
    pub fn pseudonym(&self, field: &str, value: &str) -> String {
        let tag = hmac::sign(&self.0, format!("{field}\u{0}{value}").as_bytes());
        let hex: String = tag.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        format!("{PSEUDONYM_PREFIX}{hex}")
    }
}

/// What one run of the job did (counts only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RetentionRun {
    /// Decided cases closed first (their appeal window ended).
    pub closed: usize,
    /// Cases whose content was erased.
    pub content_purged: usize,
    /// Cases whose reporter link was pseudonymized.
    pub reporter_links_pseudonymized: usize,
    /// Expired nonces deleted.
    pub nonces_purged: usize,
    /// Webhook outbox rows deleted.
    pub webhooks_purged: usize,
    /// Cases due for a purge but kept because a hold is active.
    pub skipped_held: usize,
    /// Cases due for a purge but kept because a reporting duty still runs.
    pub kept_for_duty: usize,
}

/// A case that reached the end of its reporting window (closed, or withdrawn by the reporter).
struct Due {
    case_id: i64,
    ended_at: i64,
}

/// Cases whose lifecycle ended by `now - days` and where `column` is still unset.
fn due(conn: &Connection, column: &str, now: i64, days: u32) -> Result<Vec<Due>, StoreError> {
    let cutoff = now.saturating_sub(i64::from(days).saturating_mul(DAY_MILLIS));
    // The close time is the `appeal_window_ended` event's; a withdrawn report ended when it
    // was deleted. The filter on `state` keeps the scan to closed cases.
    let sql = format!(
        "SELECT case_id, ended FROM (
             SELECT r.case_id,
                    coalesce(r.deleted_at,
                        (SELECT max(e.at) FROM events e WHERE e.case_id = r.case_id
                             AND json_extract(e.event, '$.event') = 'appeal_window_ended')) AS ended
             FROM reports r
             WHERE r.{column} IS NULL AND (r.state = 'closed' OR r.deleted_at IS NOT NULL))
         WHERE ended IS NOT NULL AND ended <= ?1 ORDER BY case_id LIMIT ?2"
    );
    let rows = conn
        .prepare_cached(&sql)?
        .query_map(params![cutoff, BATCH], |r| {
            Ok(Due {
                case_id: r.get(0)?,
                ended_at: r.get(1)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Whether the case is still closed (a revision can reopen it) or withdrawn, and whether a
/// reporting duty keeps it until after `now`.
fn duty_until(conn: &Connection, case_id: i64, duty_days: u32) -> Result<Option<i64>, StoreError> {
    let Some(case) = case_history::load_by_case(conn, case_id)? else {
        return Ok(None);
    };
    let escalated: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM escalation_cases WHERE case_id = ?1)")?
        .query_row([case_id], |r| r.get(0))?;
    if !(case.has_duty() || escalated) {
        return Ok(None);
    }
    let decided: Option<i64> = conn
        .prepare_cached("SELECT decided_at FROM reports WHERE case_id = ?1")?
        .query_row([case_id], |r| r.get(0))?;
    let from = decided.unwrap_or_else(|| case.received_at.unix_millis());
    Ok(Some(
        from.saturating_add(i64::from(duty_days).saturating_mul(DAY_MILLIS)),
    ))
}

fn still_ended(conn: &Connection, case_id: i64) -> Result<bool, StoreError> {
    let Some(case) = case_history::load_by_case(conn, case_id)? else {
        return Ok(false);
    };
    Ok(case.deleted || case.history.state().kind() == StateKind::Closed)
}

fn audit_purge(
    conn: &Connection,
    at: i64,
    action: &str,
    case_id: i64,
    fields: serde_json::Value,
) -> Result<(), StoreError> {
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor: "system:retention",
            action,
            subject: &format!("case:{case_id}"),
            detail: &json!({ "fields": fields }).to_string(),
        },
    )?;
    Ok(())
}

/// Erases the content of one case; returns the rows changed per field.
fn purge_content(conn: &Connection, case_id: i64, at: i64) -> Result<serde_json::Value, StoreError> {
    let body = conn.execute(
        "UPDATE reports SET body = NULL, content_purged_at = ?1 WHERE case_id = ?2",
        params![at, case_id],
    )?;
    let answers = conn.execute("DELETE FROM answers WHERE case_id = ?1", [case_id])?;
    let hold_items = conn.execute(
        "UPDATE holds SET items = '{}' WHERE case_id = ?1 AND items <> '{}'",
        [case_id],
    )?;
    let event_items = conn.execute(
        "UPDATE platform_events SET payload = json_remove(payload, '$.items')
         WHERE kind = 'hold.placed' AND json_extract(payload, '$.case_id') = ?1
           AND json_extract(payload, '$.items') IS NOT NULL",
        [case_id],
    )?;
    Ok(json!({
        "reports.body": body,
        "answers.answer": answers,
        "holds.items": hold_items,
        "platform_events.items": event_items,
    }))
}

/// Runs the schedule once at `now`: closes decided cases whose window ended, then purges and
/// pseudonymizes what is due, skipping held cases and cases under a reporting duty. Call it
/// inside one writer job (or one transaction from the CLI).
pub fn run(
    conn: &Connection,
    schedule: &RetentionSchedule,
    pseudonymizer: &Pseudonymizer,
    now: Timestamp,
) -> Result<RetentionRun, StoreError> {
    let at = now.unix_millis();
    let mut out = RetentionRun {
        closed: case_history::sweep(conn, now)?,
        ..RetentionRun::default()
    };
    for case in due(conn, "content_purged_at", at, schedule.content_days)? {
        if !still_ended(conn, case.case_id)? {
            continue;
        }
        if crate::holds::is_held(conn, case.case_id)? {
            out.skipped_held += 1;
            continue;
        }
        if duty_until(conn, case.case_id, schedule.duty_days)?.is_some_and(|until| until > at) {
            out.kept_for_duty += 1;
            continue;
        }
        let fields = purge_content(conn, case.case_id, at)?;
        audit_purge(conn, at, "retention.content_purged", case.case_id, fields)?;
        out.content_purged += 1;
        tracing::debug!(case_id = case.case_id, ended_at = case.ended_at, "content purged");
    }
    for case in due(conn, "reporter_pseudonymized_at", at, schedule.reporter_link_days)? {
        if !still_ended(conn, case.case_id)? {
            continue;
        }
        if crate::holds::is_held(conn, case.case_id)? {
            out.skipped_held += 1;
            continue;
        }
        let (account, key): (String, String) = conn
            .prepare_cached("SELECT account_id, key_id FROM reports WHERE case_id = ?1")?
            .query_row([case.case_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        conn.execute(
            "UPDATE reports SET account_id = ?1, key_id = ?2, reporter_pseudonymized_at = ?3 WHERE case_id = ?4",
            params![
                pseudonymizer.pseudonym("account_id", &account),
                pseudonymizer.pseudonym("key_id", &key),
                at,
                case.case_id
            ],
        )?;
        audit_purge(
            conn,
            at,
            "retention.reporter_pseudonymized",
            case.case_id,
            json!({"reports.account_id": 1, "reports.key_id": 1}),
        )?;
        out.reporter_links_pseudonymized += 1;
    }
    out.nonces_purged = conn.execute("DELETE FROM nonces WHERE expires_at < ?1", [at])?;
    let webhook_cutoff = at.saturating_sub(i64::from(schedule.webhook_days).saturating_mul(DAY_MILLIS));
    out.webhooks_purged = conn.execute(
        "DELETE FROM webhook_outbox WHERE coalesce(delivered_at, failed_at) <= ?1",
        [webhook_cutoff],
    )?;
    if out.nonces_purged + out.webhooks_purged > 0 {
        audit::append(
            conn,
            &audit::Entry {
                at,
                actor: "system:retention",
                action: "retention.expired_purged",
                subject: "store",
                detail:
                    &json!({"fields": {"nonces": out.nonces_purged, "webhook_outbox": out.webhooks_purged}})
                        .to_string(),
            },
        )?;
    }
    Ok(out)
}

/// `platform-backend retention --db FILE [--now RFC3339]`: runs the job once in one
/// transaction and prints what it did (counts only) as JSON.
#[allow(clippy::print_stdout, reason = "the run's counts are the command's output")]
pub fn cli_retention(db: &Path, now: Option<&str>, schedule: &RetentionSchedule) -> std::process::ExitCode {
    let now = match now {
        Some(text) => match serde_json::from_value::<Timestamp>(json!(text)) {
            Ok(t) => t,
            Err(_) => {
                tracing::error!("--now must be an RFC 3339 UTC time");
                return std::process::ExitCode::from(2);
            }
        },
        None => crate::clock::Clock::default().now(),
    };
    let result = (|| -> Result<RetentionRun, Box<dyn std::error::Error>> {
        let pseudonymizer = Pseudonymizer::load_or_create(&schedule.key_path(db))?;
        let mut conn = crate::db::open(db, false)?;
        crate::db::migrations::migrate(&mut conn)?;
        let tx = conn.transaction()?;
        let out = run(&tx, schedule, &pseudonymizer, now)?;
        tx.commit()?;
        Ok(out)
    })();
    match result {
        Ok(out) => {
            println!("{}", json!(out));
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "retention failed");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_keyed_deterministic_and_never_the_value() {
        let a = Pseudonymizer::from_bytes(&[1; 32]);
        let b = Pseudonymizer::from_bytes(&[2; 32]);
        let p = a.pseudonym("account_id", "alice");
        assert_eq!(p, a.pseudonym("account_id", "alice"));
        assert_ne!(
            p,
            b.pseudonym("account_id", "alice"),
            "another key, another pseudonym"
        );
        assert_ne!(p, a.pseudonym("key_id", "alice"), "fields are separated");
        assert!(p.starts_with(PSEUDONYM_PREFIX) && !p.contains("alice"));
    }

    #[test]
    fn the_key_file_is_created_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let first = Pseudonymizer::load_or_create(&path).unwrap().pseudonym("f", "v");
        let again = Pseudonymizer::load_or_create(&path).unwrap().pseudonym("f", "v");
        assert_eq!(first, again);
        std::fs::write(&path, b"short").unwrap();
        assert!(matches!(
            Pseudonymizer::load_or_create(&path),
            Err(KeyError::Length)
        ));
    }

    #[test]
    fn purpose_other_than_safety_is_refused_by_the_database() {
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
        let purpose: String = conn
            .query_row("SELECT purpose FROM reports WHERE case_id = 1", [], |r| r.get(0))
            .unwrap();
        assert_eq!(purpose, "safety_only");
        assert!(
            conn.execute("UPDATE reports SET purpose = 'marketing' WHERE case_id = 1", [])
                .is_err()
        );
    }
}
