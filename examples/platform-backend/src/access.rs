//! Access requests (issue 11, point 2): the reporter's own export and the reported user's.
//!
//! - [`reporter_export`] answers `GET /v1/reports/export`, signed by the backend and bound to
//!   the account that signed the request: the reporter's reports as they sent them, their
//!   answers and each report's status, plus why a report is kept if it could not be deleted.
//! - [`subject_export`] is what a reported user may receive about the reports naming them
//!   (GDPR Art. 15, DSA Art. 17): category, day received, state and the decisions with their
//!   statements. Every reporter identity and reporter-only field is left out by construction
//!   (the document is built from an allow-list, never by deleting keys from a report): no
//!   account or key id, no report id, no free text, no answers, no age band, no evidence ids,
//!   no other subject. Cases under a law-enforcement hold are left out (no tip-off).
//!
//! Both carry `purpose: safety_only`, the one purpose reports are held for.

use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::status::Event;

use crate::case_history::{self, Case};
use crate::db::StoreError;

/// The one purpose reports are stored and disclosed for (migration 5's `CHECK`).
pub const PURPOSE: &str = "safety_only";

/// Most reports one export lists: far above any honest reporter or subject; the export says
/// when it was cut.
pub const MAX_EXPORT_REPORTS: i64 = 1_000;

/// Why a report that is not deleted cannot be deleted now (`None`: it can be).
fn kept_because(conn: &Connection, case: &Case) -> Result<Option<&'static str>, StoreError> {
    if case.deleted {
        return Ok(None);
    }
    if case.has_duty() {
        return Ok(Some("legal_duty"));
    }
    if case.has_hold() || crate::holds::is_held(conn, case.case_id)? {
        return Ok(Some("hold"));
    }
    Ok(None)
}

/// The reporter's export: every report of `account` with its content (theirs), answers and
/// status. Call inside a writer job (it closes cases whose window ended, as status reads do).
pub fn reporter_export(conn: &Connection, account: &str, now: Timestamp) -> Result<Value, StoreError> {
    let ids: Vec<String> = conn
        .prepare_cached("SELECT report_id FROM reports WHERE account_id = ?1 ORDER BY case_id LIMIT ?2")?
        .query_map(params![account, MAX_EXPORT_REPORTS + 1], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let truncated = ids.len() > usize::try_from(MAX_EXPORT_REPORTS).unwrap_or(usize::MAX);
    let mut reports = Vec::new();
    for id in ids
        .iter()
        .take(usize::try_from(MAX_EXPORT_REPORTS).unwrap_or(usize::MAX))
    {
        let Some(mut case) = case_history::load_by_report(conn, account, id)? else {
            continue;
        };
        if !case.deleted {
            case_history::close_if_window_ended(conn, &mut case, now)?;
        }
        let answers: Vec<Value> = conn
            .prepare_cached("SELECT question_id, answer FROM answers WHERE case_id = ?1 ORDER BY seq")?
            .query_map([case.case_id], |r| {
                let answer: String = r.get(1)?;
                Ok(json!({
                    "question_id": r.get::<_, String>(0)?,
                    "answer": serde_json::from_str::<Value>(&answer).unwrap_or(Value::Null),
                }))
            })?
            .collect::<Result<_, _>>()?;
        let report = case
            .body
            .as_deref()
            .and_then(|b| serde_json::from_slice::<Value>(b).ok());
        reports.push(json!({
            "report_id": case.report_id,
            "received_at": case.received_at,
            "category": case.category,
            "purpose": PURPOSE,
            "deleted": case.deleted,
            "content_erased": report.is_none() && !case.deleted,
            "kept_because": kept_because(conn, &case)?,
            "report": report,
            "answers": answers,
            "status": (!case.deleted).then(|| case_history::status_document(&case, now)),
        }));
    }
    Ok(json!({
        "generated_at": now,
        "purpose": PURPOSE,
        "truncated": truncated,
        "reports": reports,
    }))
}

/// The reported user's export for subject `kind`:`id` (a `user`, `post`, `message` ...).
pub fn subject_export(conn: &Connection, kind: &str, id: &str, now: Timestamp) -> Result<Value, StoreError> {
    let key = crate::linking::subject_key(kind, id);
    let cases: Vec<i64> = conn
        .prepare_cached(
            "SELECT DISTINCT case_id FROM report_links WHERE kind = 'subject' AND key_hash = ?1
             ORDER BY case_id LIMIT ?2",
        )?
        .query_map(params![key, MAX_EXPORT_REPORTS + 1], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let truncated = cases.len() > usize::try_from(MAX_EXPORT_REPORTS).unwrap_or(usize::MAX);
    let mut reports = Vec::new();
    for case_id in cases
        .into_iter()
        .take(usize::try_from(MAX_EXPORT_REPORTS).unwrap_or(usize::MAX))
    {
        if crate::holds::law_enforcement_hold(conn, case_id)? {
            continue;
        }
        let Some(case) = case_history::load_by_case(conn, case_id)? else {
            continue;
        };
        reports.push(subject_view(&case));
    }
    Ok(json!({
        "generated_at": now,
        "purpose": PURPOSE,
        "subject": {"kind": kind, "id": id},
        "truncated": truncated,
        "reports": reports,
    }))
}

/// One report as the reported user sees it: an allow-list of fields with no reporter in it.
fn subject_view(case: &Case) -> Value {
    let decisions: Vec<Value> = case
        .history
        .events()
        .iter()
        .enumerate()
        .filter_map(|(index, event)| match event {
            Event::Decide { decision } => Some(json!({
                "decided_at": decision.decided_at,
                "actions": decision.actions,
                "grounds": decision.grounds,
                "automated_decision": decision.automated_decision,
                "statement": case.statements.get(&index).map(|s| s.explanation.clone()),
            })),
            _ => None,
        })
        .collect();
    // The day only: the exact second could help the reported user guess who reported.
    let day = json!(case.received_at)
        .as_str()
        .and_then(|t| t.get(..10))
        .unwrap_or_default()
        .to_owned();
    json!({
        "case_id": case.case_id,
        "category": case.category,
        "received_on": day,
        "state": case.history.state().kind(),
        "purpose": PURPOSE,
        "decisions": decisions,
    })
}

/// `platform-backend subject-export --db FILE --kind user --subject ID`: prints the reported
/// user's export as JSON (the database is opened read-only).
#[allow(clippy::print_stdout, reason = "the export is the command's output")]
pub fn cli_subject_export(db: &std::path::Path, kind: &str, id: &str) -> std::process::ExitCode {
    let now = crate::clock::Clock::default().now();
    let result = crate::db::open(db, true)
        .map_err(StoreError::from)
        .and_then(|conn| subject_export(&conn, kind, id, now));
    match result {
        Ok(doc) => {
            println!("{doc}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "subject export failed");
            std::process::ExitCode::from(2)
        }
    }
}
