//! Reading a verified status document, applying it to the local lifecycle, and the
//! reporter-facing view with localized, age-appropriate text.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::ClientError;
use super::records::StatusCache;
use crate::age::AgeBand;
use crate::i18n::{Args, Localizer};
use crate::status::{ChildOutcome, ChildStatus, ChildStatusKind, EventKind, StateKind, accepts};
use crate::timestamp::Timestamp;

/// Milliseconds in a day, for "within N days".
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What the reporter sees for one report: codes for the app's own UI, and ready text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusView {
    /// The report id (for the app's own screens; never put it in a notification).
    pub id: Uuid,
    /// Where the report is, as a code.
    pub kind: ChildStatusKind,
    /// What changed, as codes.
    pub outcomes: Vec<ChildOutcome>,
    /// Short label (`.title` of the status message).
    pub title: String,
    /// The status text for the reporter's age band, in their language.
    pub text: String,
    /// One line per outcome.
    pub outcome_texts: Vec<String>,
    /// When the reporter will hear back, if the backend promised a time.
    pub expected_by: Option<Timestamp>,
    /// Whether the reporter can ask for another look now.
    pub can_appeal: bool,
    /// Question ids waiting for an answer (`provide_info`).
    pub questions: Vec<String>,
}

#[derive(Deserialize)]
struct Document {
    report_id: Uuid,
    child_status: Value,
    #[serde(default)]
    outcome: Vec<String>,
    #[serde(default)]
    history: Vec<Value>,
    #[serde(default)]
    can_appeal: bool,
    #[serde(default)]
    expected_first_review_by: Option<Timestamp>,
    #[serde(default)]
    question: Option<Value>,
}

/// An event code from either vocabulary: core's (`start_review`) or the lifecycle's past-tense
/// names (`review_started`). `received` opens every history and moves nothing.
fn event_kind(code: &str) -> Result<Option<EventKind>, ClientError> {
    let kind = match code {
        "received" => return Ok(None),
        "start_review" | "review_started" => EventKind::StartReview,
        "ask_reporter" | "info_requested" => EventKind::AskReporter,
        "info_provided" => EventKind::InfoProvided,
        "stop_waiting_for_info" => EventKind::StopWaitingForInfo,
        "decide" | "decided" => EventKind::Decide,
        "appeal" | "appealed" => EventKind::Appeal,
        "appeal_window_ended" | "closed" => EventKind::AppealWindowEnded,
        "revise" | "revised" => EventKind::Revise,
        _ => {
            return Err(ClientError::Validation {
                field: "history.event",
                reason: "unknown event code".to_owned(),
            });
        }
    };
    Ok(Some(kind))
}

/// The state an accepted event leads to (kind level: the document carries codes and times).
fn next_state(from: StateKind, event: EventKind) -> Result<StateKind, ClientError> {
    if !accepts(from, event) {
        return Err(ClientError::InvalidTransition {
            from: from.code(),
            event: event.code().to_owned(),
        });
    }
    Ok(match event {
        EventKind::StartReview | EventKind::InfoProvided | EventKind::StopWaitingForInfo => {
            StateKind::InReview
        }
        EventKind::AskReporter => StateKind::NeedsInfo,
        EventKind::Decide => StateKind::Decided,
        EventKind::Appeal => StateKind::Appealed,
        EventKind::AppealWindowEnded => StateKind::Closed,
        EventKind::Revise => StateKind::Revised,
    })
}

fn outcome_from_code(code: &str) -> Option<ChildOutcome> {
    Some(match code {
        "removed" | "content_removed" => ChildOutcome::Removed,
        "restricted" | "content_limited" => ChildOutcome::Restricted,
        "account_stopped" => ChildOutcome::AccountStopped,
        "warned" | "person_warned" => ChildOutcome::Warned,
        "not_removed" | "no_rule_broken" => ChildOutcome::NotRemoved,
        _ => return None,
    })
}

fn invalid(field: &'static str) -> ClientError {
    ClientError::Validation {
        field,
        reason: "not a valid status document".to_owned(),
    }
}

/// Applies a verified document for report `id` on top of `cached`. The cached events must be
/// a prefix of the document's (the backend never rewrites history); every new event must be a
/// legal transition. On any error the cache is left as it was.
pub(crate) fn apply(id: Uuid, cached: Option<&StatusCache>, body: &[u8]) -> Result<StatusCache, ClientError> {
    let doc: Document = serde_json::from_slice(body).map_err(|_| invalid("status"))?;
    if doc.report_id != id {
        return Err(invalid("report_id"));
    }
    let mut events: Vec<(Option<Timestamp>, EventKind)> = Vec::new();
    for item in &doc.history {
        let code = item
            .get("event")
            .and_then(Value::as_str)
            .ok_or_else(|| invalid("history"))?;
        let at = item
            .get("at")
            .and_then(Value::as_str)
            .and_then(Timestamp::parse_rfc3339);
        if let Some(kind) = event_kind(code)? {
            events.push((at, kind));
        }
    }
    let (mut state, start) = match cached {
        Some(c) => {
            let prefix_matches =
                c.events.len() <= events.len() && c.events.iter().zip(&events).all(|(a, b)| a.1 == b.1);
            if !prefix_matches {
                return Err(ClientError::InvalidTransition {
                    from: c.state.code(),
                    event: "history_rewritten".to_owned(),
                });
            }
            (c.state, c.events.len())
        }
        None => (StateKind::Received, 0),
    };
    for (_, kind) in &events[start..] {
        state = next_state(state, *kind)?;
    }
    let kind = match &doc.child_status {
        Value::String(code) => serde_json::from_value::<ChildStatusKind>(Value::String(code.clone()))
            .map_err(|_| invalid("child_status"))?,
        Value::Object(o) => o
            .get("kind")
            .cloned()
            .and_then(|k| serde_json::from_value::<ChildStatusKind>(k).ok())
            .ok_or_else(|| invalid("child_status"))?,
        _ => return Err(invalid("child_status")),
    };
    check_consistent(kind, state)?;
    let mut outcomes: Vec<ChildOutcome> = if kind.lists_outcomes() {
        doc.outcome.iter().filter_map(|c| outcome_from_code(c)).collect()
    } else {
        Vec::new()
    };
    outcomes.sort();
    outcomes.dedup();
    if outcomes.len() > 1 {
        outcomes.retain(|o| *o != ChildOutcome::NotRemoved);
    }
    let waiting = matches!(
        kind,
        ChildStatusKind::Received | ChildStatusKind::LookingAtIt | ChildStatusKind::LookedAgain
    ) && outcomes.is_empty();
    let child = ChildStatus {
        kind,
        outcomes,
        expected_by: if waiting {
            doc.expected_first_review_by
        } else {
            None
        },
    };
    child.check().map_err(|_| invalid("outcome"))?;
    let questions = match &doc.question {
        Some(Value::Object(q)) => q
            .get("ids")
            .or_else(|| q.get("questions"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .or_else(|| {
                q.get("question_id")
                    .or_else(|| q.get("id"))
                    .and_then(Value::as_str)
                    .map(|s| vec![s.to_owned()])
            })
            .unwrap_or_default(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    Ok(StatusCache {
        events,
        state,
        child,
        can_appeal: doc.can_appeal && state == StateKind::Decided,
        questions: if state == StateKind::NeedsInfo {
            questions
        } else {
            Vec::new()
        },
    })
}

/// The backend's child status must fit the lifecycle the client replayed.
fn check_consistent(kind: ChildStatusKind, state: StateKind) -> Result<(), ClientError> {
    use ChildStatusKind as K;
    use StateKind as S;
    let ok = match kind {
        K::Sent => false,
        K::HandedToSpecialists => true,
        K::Received => state == S::Received,
        K::LookingAtIt => matches!(state, S::InReview | S::Appealed),
        K::NeedToAskYou => state == S::NeedsInfo,
        K::Decided => matches!(state, S::Decided | S::Closed),
        K::LookedAgain => matches!(state, S::Decided | S::Closed | S::Revised | S::Appealed),
    };
    if ok {
        Ok(())
    } else {
        Err(ClientError::InvalidTransition {
            from: state.code(),
            event: kind.code().to_owned(),
        })
    }
}

/// What is shown for one report, before rendering.
pub(crate) struct Shown {
    pub child: ChildStatus,
    pub can_appeal: bool,
    pub questions: Vec<String>,
}

/// Renders `child` for the reporter: text for their band, "within N days" from `expected_by`.
pub(crate) fn view(
    localizer: &Localizer,
    id: Uuid,
    band: AgeBand,
    app: &str,
    now: Timestamp,
    shown: Shown,
) -> StatusView {
    let Shown {
        child,
        can_appeal,
        questions,
    } = shown;
    let cache_child = &child;
    let mut args = Args::new().band(band).app(app);
    args = match cache_child.expected_by {
        Some(at) => {
            let left = at.unix_millis().saturating_sub(now.unix_millis()).max(0);
            let days = u32::try_from((left + DAY_MS - 1) / DAY_MS)
                .unwrap_or(u32::MAX)
                .max(1);
            args.days(days)
        }
        None => args.string("days", "none"),
    };
    let kind = cache_child.kind;
    // Copy is embedded and completeness-tested for every locale; an empty string is the
    // least harmful fallback if an app loads its own incomplete bundle.
    let text = localizer.format(kind.message_id(), &args).unwrap_or_default();
    let title = localizer
        .format_attribute(kind.message_id(), "title", &args)
        .unwrap_or_default();
    let outcome_texts = cache_child
        .outcomes
        .iter()
        .map(|o| localizer.format(o.message_id(), &args).unwrap_or_default())
        .collect();
    StatusView {
        id,
        kind,
        outcomes: cache_child.outcomes.clone(),
        title,
        text,
        outcome_texts,
        expected_by: cache_child.expected_by,
        can_appeal,
        questions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(id: Uuid, child: &str, events: &[&str], outcome: &[&str]) -> Vec<u8> {
        json!({
            "report_id": id,
            "child_status": child,
            "outcome": outcome,
            "history": events.iter().map(|e| json!({"at": "2026-01-01T00:00:00Z", "event": e})).collect::<Vec<_>>(),
            "can_appeal": true,
            "expected_first_review_by": "2026-01-03T00:00:00Z",
        })
        .to_string()
        .into_bytes()
    }

    #[test]
    fn legal_histories_apply_and_extend_the_cache() {
        let id = Uuid::from_u128(7);
        let first = apply(
            id,
            None,
            &doc(id, "looking_at_it", &["received", "review_started"], &[]),
        )
        .unwrap();
        assert_eq!(first.state, StateKind::InReview);
        assert!(first.child.expected_by.is_some());
        let second = apply(
            id,
            Some(&first),
            &doc(
                id,
                "decided",
                &["received", "review_started", "decided"],
                &["content_removed"],
            ),
        )
        .unwrap();
        assert_eq!(second.state, StateKind::Decided);
        assert_eq!(second.child.outcomes, vec![ChildOutcome::Removed]);
        assert_eq!(second.child.expected_by, None);
        assert!(second.can_appeal);
    }

    #[test]
    fn illegal_transitions_and_rewrites_are_rejected() {
        let id = Uuid::from_u128(7);
        // Decided straight from Received skips review.
        let err = apply(id, None, &doc(id, "decided", &["received", "decided"], &[])).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        let decided = apply(id, None, &doc(id, "decided", &["review_started", "decided"], &[])).unwrap();
        // The backend may not drop events the client already accepted.
        let err = apply(id, Some(&decided), &doc(id, "received", &["received"], &[])).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        // A child status that does not fit the lifecycle is refused.
        let err = apply(id, None, &doc(id, "decided", &["review_started"], &[])).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        // A document about another report is refused.
        assert!(apply(Uuid::from_u128(8), None, &doc(id, "received", &[], &[])).is_err());
    }

    #[cfg(feature = "embedded-locales")]
    #[test]
    fn view_text_follows_band_and_promised_time() {
        let localizer = Localizer::embedded(&["en"], true).unwrap();
        let id = Uuid::from_u128(1);
        let now = Timestamp::from_unix_millis(0).unwrap();
        let waiting = ChildStatus {
            kind: ChildStatusKind::Received,
            outcomes: vec![],
            expected_by: Timestamp::from_unix_millis(2 * DAY_MS - 5),
        };
        let shown = || Shown {
            child: waiting.clone(),
            can_appeal: false,
            questions: vec![],
        };
        let young = view(&localizer, id, AgeBand::Age6To9, "Linkup", now, shown());
        let adult = view(&localizer, id, AgeBand::Adult, "Linkup", now, shown());
        assert_ne!(young.text, adult.text);
        assert!(young.text.contains('2'), "promised days appear");
        assert!(young.text.contains("Linkup"));
    }
}
