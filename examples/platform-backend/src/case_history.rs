//! Each case's lifecycle as core's [`History`]: core `Event`s stored as JSON rows, replayed
//! through `History::push` on load, so core's state machine (not this crate) decides every
//! transition, the appeal window and appeal-once. The DSA Art. 17 fields core's `Decision`
//! does not carry (explanation, content type, territorial scope) and the reporter's answers
//! are stored beside the event they belong to.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tellsafe::intake::{ErrorCode, ReviewTier, review_tier};
use tellsafe::status::{
    Action, ActionSet, AppealWindow, AutomatedDecision, ChildStatus, Decision, DisclosureLevel,
    DisclosureRules, Event, Grounds, History, HistoryError, Hold, Questions, RejectReason, RevisionReason,
    StateKind,
};
use tellsafe::{AgeBand, Category, Timestamp};

use crate::audit;
use crate::db::StoreError;

/// Longest decision explanation, in Unicode scalar values. The EU Transparency Database caps
/// `decision_facts` at 5000 characters; a longer statement could not be filed there.
pub const MAX_EXPLANATION_CHARS: usize = 5_000;

/// Longest content-type or territorial-scope entry, in bytes: both are short codes
/// (`text`, `EU`, `worldwide`, ISO 3166 lists), never prose.
pub const MAX_SCOPE_LEN: usize = 200;

/// The DSA Art. 17 statement-of-reasons fields that core's [`Decision`] deliberately does not
/// carry (its explanation must never reach a child), kept in the `statements` table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The facts and circumstances relied on (for the affected user; never shown to the child).
    pub explanation: String,
    /// The type of content concerned (text, image, video, account, message, live_stream).
    pub content_type: String,
    /// Where the restriction applies (`EU`, `worldwide`, ISO country codes).
    pub territorial_scope: String,
}

impl Statement {
    /// Whether every field is present, within its limit and free of control characters
    /// (the explanation may hold line breaks).
    pub fn is_valid(&self) -> bool {
        let short = |s: &str| {
            let s = s.trim();
            !s.is_empty() && s.len() <= MAX_SCOPE_LEN && !s.chars().any(char::is_control)
        };
        let explanation = self.explanation.trim();
        !explanation.is_empty()
            && explanation.chars().count() <= MAX_EXPLANATION_CHARS
            && !explanation
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
            && short(&self.content_type)
            && short(&self.territorial_scope)
    }
}

/// The console's decide request (JSON API and, built from fields, the HTML form): core's
/// [`Decision`] without `decided_at` (the server's clock sets it), plus the [`Statement`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecideRequest {
    /// What the platform did: `["none"]` or action codes, as core's wire form.
    pub actions: ActionSet,
    /// Why; required when an action removes, restricts, suspends or warns.
    #[serde(default)]
    pub grounds: Option<Grounds>,
    /// Whether automated means detected the content.
    pub automated_detection: bool,
    /// How far the decision itself was automated.
    pub automated_decision: AutomatedDecision,
    /// Holds placed with this decision (unknown fields are refused, so a misspelt key cannot
    /// drop one silently).
    #[serde(default)]
    pub holds: BTreeSet<Hold>,
    /// How much of this decision the reporter may see.
    pub disclosure: DisclosureLevel,
    /// Art. 17 facts and circumstances.
    pub explanation: String,
    /// Art. 17 content type.
    pub content_type: String,
    /// Art. 17 territorial scope.
    pub territorial_scope: String,
}

impl DecideRequest {
    /// Core's decision made at `at`, and the statement kept beside it.
    pub fn split(self, at: Timestamp) -> (Decision, Statement) {
        (
            Decision {
                actions: self.actions,
                grounds: self.grounds,
                automated_detection: self.automated_detection,
                automated_decision: self.automated_decision,
                holds: self.holds,
                disclosure: self.disclosure,
                decided_at: at,
            },
            Statement {
                explanation: self.explanation,
                content_type: self.content_type,
                territorial_scope: self.territorial_scope,
            },
        )
    }
}

/// The console's question request: question ids from the flow, never text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionRequest {
    /// 1 to core's `MAX_QUESTIONS_PER_ASK` distinct ids.
    pub questions: Questions,
}

/// The console's revise request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviseRequest {
    /// Why the closed case is opened again.
    pub reason: RevisionReason,
}

/// A case row with its replayed history.
#[derive(Debug, Clone)]
pub struct Case {
    /// Internal case number.
    pub case_id: i64,
    /// The reporting account.
    pub account: String,
    /// The client's report id.
    pub report_id: String,
    /// Category code.
    pub category: String,
    /// Age band code.
    pub age_band: String,
    /// "In danger now".
    pub in_danger: bool,
    /// Priority 0-100.
    pub priority: u8,
    /// Review tier code.
    pub tier: String,
    /// Received at.
    pub received_at: Timestamp,
    /// Expected first review by.
    pub expected_review_by: Timestamp,
    /// The body, unless deleted.
    pub body: Option<Vec<u8>>,
    /// Who caused each accepted event, parallel to `history.events()`.
    pub actors: Vec<String>,
    /// Core's history, replayed from the stored events.
    pub history: History,
    /// Art. 17 statements by event index.
    pub statements: BTreeMap<usize, Statement>,
    /// Whether a preservation hold record is still active.
    pub hold_active: bool,
    /// Deleted at the reporter's request.
    pub deleted: bool,
    /// The linked case this report belongs to (reports linked by subject, victim,
    /// conversation or content hash).
    pub linked_case_id: Option<i64>,
}

impl Case {
    /// Whether any decision so far carried a legal reporting duty (NCMEC or police), which
    /// forbids deleting the report.
    pub fn has_duty(&self) -> bool {
        self.history.events().iter().any(|e| match e {
            Event::Decide { decision } => {
                decision.actions.contains(Action::ReportToNcmec)
                    || decision.actions.contains(Action::ReportToPolice)
            }
            _ => false,
        })
    }

    /// Whether a hold stops deletion: the standing decision's holds or an active
    /// preservation hold record.
    pub fn has_hold(&self) -> bool {
        self.hold_active
            || self
                .history
                .state()
                .last_ruling()
                .is_some_and(|r| !r.decision.holds.is_empty())
    }
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_unix_millis(ms).unwrap_or_else(|| Timestamp::from_unix_millis(0).expect("epoch is valid"))
}

const CASE_COLUMNS: &str = "case_id, account_id, report_id, category, age_band, in_danger, priority, tier,
    received_at, expected_review_by, body, deleted_at, appeal_window_days, linked_case_id";

/// Loads a case by its number.
pub fn load_by_case(conn: &Connection, case_id: i64) -> Result<Option<Case>, StoreError> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM reports WHERE case_id = ?1");
    load_where(conn, &sql, params![case_id])
}

/// Loads a case by the reporting account and report id.
pub fn load_by_report(conn: &Connection, account: &str, report_id: &str) -> Result<Option<Case>, StoreError> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM reports WHERE account_id = ?1 AND report_id = ?2");
    load_where(conn, &sql, params![account, report_id])
}

fn load_where(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Option<Case>, StoreError> {
    let row = conn
        .query_row(sql, p, |r| {
            let received_at = ts(r.get(8)?);
            let days: u32 = r.get(12)?;
            let window = AppealWindow::days(days).unwrap_or_default();
            Ok(Case {
                case_id: r.get(0)?,
                account: r.get(1)?,
                report_id: r.get(2)?,
                category: r.get(3)?,
                age_band: r.get(4)?,
                in_danger: r.get(5)?,
                priority: r.get(6)?,
                tier: r.get(7)?,
                received_at,
                expected_review_by: ts(r.get(9)?),
                body: r.get(10)?,
                actors: Vec::new(),
                history: History::new(received_at, window),
                statements: BTreeMap::new(),
                hold_active: false,
                deleted: r.get::<_, Option<i64>>(11)?.is_some(),
                linked_case_id: r.get(13)?,
            })
        })
        .optional()?;
    let Some(mut case) = row else { return Ok(None) };
    let mut stmt = conn.prepare_cached(
        "SELECT e.actor, e.event, s.explanation, s.content_type, s.territorial_scope
         FROM events e LEFT JOIN statements s ON s.case_id = e.case_id AND s.seq = e.seq
         WHERE e.case_id = ?1 ORDER BY e.seq",
    )?;
    let rows = stmt.query_map([case.case_id], |r| {
        let statement = match (r.get(2)?, r.get(3)?, r.get(4)?) {
            (Some(explanation), Some(content_type), Some(territorial_scope)) => Some(Statement {
                explanation,
                content_type,
                territorial_scope,
            }),
            _ => None,
        };
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, statement))
    })?;
    for row in rows {
        let (actor, text, statement) = row?;
        // Stored events were accepted by core when appended; one that no longer replays was
        // edited by hand. It is skipped and named by position only (never its content).
        let pushed = serde_json::from_str::<Event>(&text)
            .map_err(|_| "unparsable")
            .and_then(|event| case.history.push(event).map(|_| ()).map_err(|e| e.code()));
        match pushed {
            Ok(()) => {
                if let Some(statement) = statement {
                    case.statements.insert(case.actors.len(), statement);
                }
                case.actors.push(actor);
            }
            Err(reason) => tracing::error!(case_id = case.case_id, reason, "stored event does not replay"),
        }
    }
    case.hold_active = conn
        .prepare_cached("SELECT count(*) FROM holds WHERE case_id = ?1 AND released_at IS NULL")?
        .query_row([case.case_id], |r| r.get::<_, i64>(0))?
        > 0;
    Ok(Some(case))
}

/// The API error for an event core refused.
pub fn refusal(error: HistoryError) -> ErrorCode {
    match error {
        HistoryError::Refused { source, .. } => match source.reason {
            RejectReason::AppealWindowEnded => ErrorCode::AppealWindowClosed,
            RejectReason::AlreadyAppealed => ErrorCode::AppealAlreadyMade,
            RejectReason::InvalidDecision(_) => ErrorCode::SchemaInvalid,
            RejectReason::NotAllowed | RejectReason::TimeWentBackwards | RejectReason::AppealWindowOpen => {
                ErrorCode::InvalidState
            }
        },
        HistoryError::TooManyEvents { .. } => ErrorCode::InvalidState,
    }
}

/// What else is stored with an event.
#[derive(Debug, Clone, Default)]
pub struct Extra<'a> {
    /// The Art. 17 statement of a `decide`.
    pub statement: Option<&'a Statement>,
    /// The reporter's answer to one question, for `info_provided`.
    pub answer: Option<(&'a str, &'a [String])>,
    /// Extra audit detail (codes only).
    pub audit: Option<Value>,
}

/// Pushes `event` through core's history; if accepted, stores it with its extras and an
/// audit row, and updates the queue's state column. `case` is updated in place.
pub fn push_event(
    conn: &Connection,
    case: &mut Case,
    actor: &str,
    event: Event,
    extra: Extra<'_>,
) -> Result<Result<(), ErrorCode>, StoreError> {
    if let Err(error) = case.history.push(event.clone()) {
        return Ok(Err(refusal(error)));
    }
    let index = case.actors.len();
    let seq = i64::try_from(index).unwrap_or(i64::MAX);
    let at = event.at().unix_millis();
    let text = serde_json::to_string(&event).map_err(|_| StoreError::WriterStopped)?;
    conn.prepare_cached("INSERT INTO events (case_id, seq, at, actor, event) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![case.case_id, seq, at, actor, text])?;
    if let Some(s) = extra.statement {
        conn.prepare_cached(
            "INSERT INTO statements (case_id, seq, explanation, content_type, territorial_scope)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            case.case_id,
            seq,
            s.explanation,
            s.content_type,
            s.territorial_scope
        ])?;
        case.statements.insert(index, s.clone());
    }
    if let Some((question_id, answer)) = extra.answer {
        conn.prepare_cached(
            "INSERT INTO answers (case_id, seq, question_id, answer) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![case.case_id, seq, question_id, json!(answer).to_string()])?;
    }
    case.actors.push(actor.to_owned());
    let state = case.history.state();
    conn.prepare_cached("UPDATE reports SET state = ?1 WHERE case_id = ?2")?
        .execute(params![state.kind().code(), case.case_id])?;
    let mut detail = match &event {
        Event::Decide { decision } => json!({
            "actions": decision.actions,
            "grounds": decision.grounds.as_ref().map(|g| match g {
                Grounds::IllegalContent { .. } => "illegal_content",
                Grounds::Terms { .. } => "terms",
            }),
            "automated_detection": decision.automated_detection,
            "automated_decision": decision.automated_decision,
            "holds": decision.holds,
            "disclosure": decision.disclosure,
        }),
        Event::AskReporter { questions, .. } => json!({ "questions": questions }),
        Event::Revise { reason, .. } => json!({ "reason": reason }),
        _ => json!({}),
    };
    if let (Some(Value::Object(more)), Value::Object(map)) = (extra.audit, &mut detail) {
        map.extend(more);
    }
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor,
            action: event.kind().code(),
            subject: &format!("case:{}", case.case_id),
            detail: &detail.to_string(),
        },
    )?;
    record_timers(conn, case, &event)?;
    if let Event::Decide { decision } = &event {
        if decision.holds.is_empty() && !state.handed_to_specialists() {
            release_holds(conn, case.case_id, event.at())?;
            case.hold_active = false;
        }
    }
    Ok(Ok(()))
}

/// SLA and triage bookkeeping of an accepted event: the first review is the first human look;
/// a decision records time to decision and whether it was upheld (reporter reliability and
/// the account's history), and re-scores the linked case.
fn record_timers(conn: &Connection, case: &Case, event: &Event) -> Result<(), StoreError> {
    let at = event.at().unix_millis();
    match event {
        Event::StartReview { .. } => crate::sla::first_look(conn, &[case.case_id], at),
        Event::Decide { decision } => {
            crate::sla::decided(conn, case.case_id, at, !decision.actions.is_none())?;
            if let Some(linked) = case.linked_case_id {
                crate::priority::recompute(conn, linked, at)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn release_holds(conn: &Connection, case_id: i64, now: Timestamp) -> Result<(), StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT hold_id FROM holds WHERE case_id = ?1 AND released_at IS NULL")?;
    let holds: Vec<String> = stmt
        .query_map([case_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let at = now.unix_millis();
    for hold in holds {
        conn.execute(
            "UPDATE holds SET released_at = ?1 WHERE hold_id = ?2",
            params![at, hold],
        )?;
        conn.execute(
            "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'hold.released', ?2)",
            params![at, json!({"hold_id": hold, "case_id": case_id}).to_string()],
        )?;
        audit::append(
            conn,
            &audit::Entry {
                at,
                actor: "system",
                action: "hold.released",
                subject: &format!("case:{case_id}"),
                detail: &json!({"hold_id": hold}).to_string(),
            },
        )?;
    }
    Ok(())
}

/// Closes the case if its appeal window has ended by `now`, with core's
/// `appeal_window_ended` event dated at the window's end (Closed follows the window, never a
/// button). Returns whether it closed.
pub fn close_if_window_ended(conn: &Connection, case: &mut Case, now: Timestamp) -> Result<bool, StoreError> {
    let state = case.history.state();
    if state.kind() != StateKind::Decided {
        return Ok(false);
    }
    let Some(end) = state.appeal_window_end() else {
        return Ok(false);
    };
    if now < end {
        return Ok(false);
    }
    let event = Event::AppealWindowEnded { at: end };
    Ok(push_event(conn, case, "system", event, Extra::default())?.is_ok())
}

/// Most cases one sweep closes, so a sweep never holds the single writer for long; the next
/// sweep (or a read of the case) closes the rest.
const SWEEP_BATCH: i64 = 500;

/// Closes every decided case whose appeal window ended by `now`; returns how many closed.
pub fn sweep(conn: &Connection, now: Timestamp) -> Result<usize, StoreError> {
    let ids: Vec<i64> = conn
        .prepare_cached(
            "SELECT case_id FROM reports WHERE state = 'decided' AND deleted_at IS NULL LIMIT ?1",
        )?
        .query_map([SWEEP_BATCH], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut closed = 0;
    for id in ids {
        if let Some(mut case) = load_by_case(conn, id)? {
            if close_if_window_ended(conn, &mut case, now)? {
                closed += 1;
            }
        }
    }
    Ok(closed)
}

/// The platform's standing disclosure limits (none beyond each decision's own level: the
/// reference leaves that choice to the reviewer).
fn disclosure_rules() -> DisclosureRules {
    DisclosureRules::default()
}

/// The reporter's status, derived by core from the history, the stored band and category, and
/// the review tier's promised time (counted from the last event, or receipt).
pub fn child_status(case: &Case) -> ChildStatus {
    let state = case.history.state();
    let band = AgeBand::from_code(&case.age_band).unwrap_or(AgeBand::Unknown);
    let category = Category::from_code(&case.category).unwrap_or(Category::Other);
    let expected_by = state
        .updated_at()
        .plus_millis(crate::sla::table().first_look_millis(tier_of(case)));
    ChildStatus::derive(state, band, category, &disclosure_rules(), Some(expected_by))
}

/// The report's stored SLA tier (rows without a known code fall back to the priority table).
pub fn tier_of(case: &Case) -> ReviewTier {
    ReviewTier::from_code(&case.tier).unwrap_or_else(|| review_tier(case.priority, case.in_danger))
}

/// The status document the reporter sees: core's history record and derived status, plus
/// conveniences the client could compute itself (state code, open questions, appealability).
pub fn status_document(case: &Case, now: Timestamp) -> Value {
    let state = case.history.state();
    let can_appeal = state.accepts_appeal_at(now);
    json!({
        "report_id": case.report_id,
        "state": state.kind(),
        "child_status": child_status(case),
        "history": case.history.record(),
        "open_questions": state.open_questions().map(Questions::ids).unwrap_or_default(),
        "can_appeal": can_appeal,
        "appeal_deadline": if can_appeal { state.appeal_window_end() } else { None },
        "review_tier": case.tier,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tellsafe::status::{ActionSet, ChildStatusKind, EventKind, QuestionId};

    const DAY: i64 = 86_400_000;

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_700_000_000_000 + ms).unwrap()
    }

    /// A database with one received case (id 1), a window of `days`, and an active hold.
    fn db(days: u32) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO reports (case_id, account_id, report_id, key_id, content_type, body, body_digest,
                 category, age_band, in_danger, priority, tier, received_at, expected_review_by, hold_id,
                 state, appeal_window_days)
             VALUES (1, 'a', 'r', 'k', 'application/json', x'7b7d', x'00', 'bullying', '10-12', 0, 40,
                 'standard', ?1, ?1, 'h', 'received', ?2)",
            params![t(0).unix_millis(), days],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO holds (hold_id, case_id, placed_at, items) VALUES ('h', 1, ?1, '{}')",
            [t(0).unix_millis()],
        )
        .unwrap();
        conn
    }

    fn decide(actions: &[Action], at: Timestamp) -> (Event, Statement) {
        let request: DecideRequest = serde_json::from_value(json!({
            "actions": ActionSet::of(actions.iter().copied()),
            "grounds": {"basis": "terms", "clause": "4.2"},
            "automated_detection": false,
            "automated_decision": "not_automated",
            "disclosure": "full",
            "explanation": "facts",
            "content_type": "text",
            "territorial_scope": "worldwide",
        }))
        .unwrap();
        let (decision, statement) = request.split(at);
        (Event::Decide { decision }, statement)
    }

    fn push(
        conn: &Connection,
        case: &mut Case,
        event: Event,
        statement: Option<&Statement>,
    ) -> Result<(), ErrorCode> {
        let extra = Extra {
            statement,
            ..Extra::default()
        };
        push_event(conn, case, "test", event, extra).unwrap()
    }

    fn decided(conn: &Connection, actions: &[Action]) -> Case {
        let mut case = load_by_case(conn, 1).unwrap().unwrap();
        push(conn, &mut case, Event::StartReview { at: t(1) }, None).unwrap();
        let (event, statement) = decide(actions, t(2));
        push(conn, &mut case, event, Some(&statement)).unwrap();
        case
    }

    #[test]
    fn stored_events_replay_to_the_same_state_and_statement() {
        let conn = db(1);
        let mut case = decided(&conn, &[Action::Remove]);
        push(&conn, &mut case, Event::Appeal { at: t(3) }, None).unwrap();
        let loaded = load_by_case(&conn, 1).unwrap().unwrap();
        assert_eq!(loaded.history, case.history);
        assert_eq!(loaded.actors.len(), loaded.history.events().len());
        assert_eq!(
            loaded.statements.get(&1).map(|s| s.explanation.as_str()),
            Some("facts")
        );
        let state: String = conn
            .query_row("SELECT state FROM reports WHERE case_id = 1", [], |r| r.get(0))
            .unwrap();
        assert_eq!(state, "appealed");
    }

    #[test]
    fn core_refusals_store_nothing_and_map_to_api_codes() {
        let conn = db(1);
        let mut case = load_by_case(&conn, 1).unwrap().unwrap();
        let (event, statement) = decide(&[Action::Remove], t(1));
        assert_eq!(
            push(&conn, &mut case, event, Some(&statement)),
            Err(ErrorCode::InvalidState),
            "no decision before review"
        );
        let mut case = decided(&conn, &[Action::Warn]);
        push(&conn, &mut case, Event::Appeal { at: t(3) }, None).unwrap();
        let (event, statement) = decide(&[], t(4));
        push(&conn, &mut case, event, Some(&statement)).unwrap();
        assert_eq!(
            push(&conn, &mut case, Event::Appeal { at: t(5) }, None),
            Err(ErrorCode::AppealAlreadyMade)
        );
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM events WHERE case_id = 1", [], |r| r.get(0))
            .unwrap();
        assert_eq!(usize::try_from(rows).unwrap(), case.history.events().len());
    }

    #[test]
    fn appeal_after_the_window_is_refused_and_the_case_closes_at_the_window_end() {
        let conn = db(2);
        let mut case = decided(&conn, &[Action::Remove]);
        let end = t(2 + 2 * DAY);
        assert_eq!(
            push(&conn, &mut case.clone(), Event::Appeal { at: end }, None),
            Err(ErrorCode::AppealWindowClosed)
        );
        assert!(!close_if_window_ended(&conn, &mut case, end.plus_millis(-1)).unwrap());
        assert_eq!(sweep(&conn, end.plus_millis(-1)).unwrap(), 0);
        assert_eq!(sweep(&conn, end.plus_millis(DAY)).unwrap(), 1);
        let case = load_by_case(&conn, 1).unwrap().unwrap();
        assert_eq!(case.history.state().kind(), StateKind::Closed);
        let last = case.history.events().last().unwrap();
        assert_eq!((last.kind(), last.at()), (EventKind::AppealWindowEnded, end));
        assert_eq!(sweep(&conn, end.plus_millis(DAY)).unwrap(), 0, "closes once");
    }

    #[test]
    fn holds_and_duties_follow_the_decision() {
        let conn = db(1);
        let fresh = load_by_case(&conn, 1).unwrap().unwrap();
        assert!(fresh.has_hold() && !fresh.has_duty());
        let case = decided(&conn, &[Action::Remove, Action::ReportToNcmec]);
        assert!(case.has_duty());
        assert!(
            case.hold_active,
            "a hand-over to specialists keeps the preservation hold"
        );
        assert_eq!(child_status(&case).kind, ChildStatusKind::HandedToSpecialists);

        let conn = db(1);
        let case = decided(&conn, &[]);
        assert!(
            !case.has_hold() && !case.has_duty(),
            "no action, no hold: deletable"
        );
        let status = child_status(&case);
        assert_eq!(status.kind, ChildStatusKind::Decided);
        assert!(status.check().is_ok());
    }

    #[test]
    fn open_questions_and_expected_time_come_from_core_and_the_tier() {
        let conn = db(1);
        let mut case = load_by_case(&conn, 1).unwrap().unwrap();
        push(&conn, &mut case, Event::StartReview { at: t(1) }, None).unwrap();
        let tier_millis = crate::sla::table().first_look_millis(tier_of(&case));
        assert_eq!(
            child_status(&case).expected_by,
            Some(t(1).plus_millis(tier_millis))
        );
        let questions = Questions::new(vec![QuestionId::new("when_did_it_start").unwrap()]).unwrap();
        push(&conn, &mut case, Event::AskReporter { at: t(2), questions }, None).unwrap();
        let doc = status_document(&case, t(3));
        assert_eq!(doc["open_questions"], json!(["when_did_it_start"]));
        assert_eq!(
            doc["child_status"]["expected_by"],
            Value::Null,
            "the platform waits for the child"
        );
        assert_eq!(doc["can_appeal"], false);
    }

    #[test]
    fn statements_need_every_art17_field() {
        let ok = Statement {
            explanation: "a\nb".into(),
            content_type: "text".into(),
            territorial_scope: "EU".into(),
        };
        assert!(ok.is_valid());
        for broken in [
            Statement {
                explanation: " ".into(),
                ..ok.clone()
            },
            Statement {
                explanation: "x".repeat(MAX_EXPLANATION_CHARS + 1),
                ..ok.clone()
            },
            Statement {
                content_type: String::new(),
                ..ok.clone()
            },
            Statement {
                territorial_scope: "EU\u{7}".into(),
                ..ok.clone()
            },
        ] {
            assert!(!broken.is_valid());
        }
    }
}
