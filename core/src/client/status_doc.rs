//! Reading a verified status document, applying it to the local lifecycle, and the
//! reporter-facing view with localized, age-appropriate text.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ClientError;
use super::records::StatusCache;
use crate::age::AgeBand;
use crate::i18n::Localizer;
use crate::status::{
    ChildOutcome, ChildStatus, ChildStatusKind, EventKind, History, HistoryRecord, StateKind,
};
use crate::timestamp::Timestamp;

/// Milliseconds in a day, for "within N days".
#[cfg(all(test, feature = "embedded-locales"))]
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

/// The backend's status document in core's wire format: the [`HistoryRecord`] it keeps and
/// the [`ChildStatus`] it derived (plus conveniences; unknown extra fields are ignored).
#[derive(Deserialize)]
struct Document {
    report_id: Uuid,
    child_status: ChildStatus,
    history: HistoryRecord,
    #[serde(default)]
    open_questions: Vec<String>,
    #[serde(default)]
    can_appeal: bool,
}

fn invalid(field: &'static str) -> ClientError {
    ClientError::Validation {
        field,
        reason: "not a valid status document".to_owned(),
    }
}

/// Applies a verified document for report `id` on top of `cached`. The history is replayed
/// with core's lifecycle (illegal transitions refused); the cached events must be a prefix of
/// the document's (the backend never rewrites history); the child status must fit the state.
/// On any error the cache is left as it was.
pub(crate) fn apply(id: Uuid, cached: Option<&StatusCache>, body: &[u8]) -> Result<StatusCache, ClientError> {
    let doc: Document = serde_json::from_slice(body).map_err(|_| invalid("status"))?;
    if doc.report_id != id {
        return Err(invalid("report_id"));
    }
    let events: Vec<(Option<Timestamp>, EventKind)> = doc
        .history
        .events
        .iter()
        .map(|e| (Some(e.at()), e.kind()))
        .collect();
    let history = History::from_record(doc.history).map_err(|_| ClientError::InvalidTransition {
        from: "history",
        event: "illegal_history".to_owned(),
    })?;
    let state = history.state().kind();
    if let Some(c) = cached {
        let prefix_matches =
            c.events.len() <= events.len() && c.events.iter().zip(&events).all(|(a, b)| a.1 == b.1);
        if !prefix_matches {
            return Err(ClientError::InvalidTransition {
                from: c.state.code(),
                event: "history_rewritten".to_owned(),
            });
        }
    }
    check_consistent(doc.child_status.kind, state)?;
    Ok(StatusCache {
        events,
        state,
        child: doc.child_status,
        can_appeal: doc.can_appeal && state == StateKind::Decided,
        questions: if state == StateKind::NeedsInfo {
            doc.open_questions
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
    let args = crate::i18n::status_args(band, app, cache_child.expected_by, now);
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

    use crate::status::test_support::{DAY, decision, t};
    use crate::status::{Action, AppealWindow, DisclosureRules, Event};
    use crate::{AgeBand, Category};

    /// A document as the backend builds it: core's record and the status core derives from it.
    fn doc(id: Uuid, history: &History) -> Vec<u8> {
        let child = ChildStatus::derive(
            history.state(),
            AgeBand::Age10To12,
            Category::Bullying,
            &DisclosureRules::default(),
            Some(history.state().updated_at().plus_millis(2 * DAY)),
        );
        raw(id, &json!(child), history.record())
    }

    fn raw(id: Uuid, child: &serde_json::Value, record: &HistoryRecord) -> Vec<u8> {
        json!({"report_id": id, "child_status": child, "history": record, "can_appeal": true})
            .to_string()
            .into_bytes()
    }

    fn received() -> History {
        History::new(t(0), AppealWindow::days(14).unwrap())
    }

    #[test]
    fn legal_histories_apply_and_extend_the_cache() {
        let id = Uuid::from_u128(7);
        let mut history = received();
        history.push(Event::StartReview { at: t(DAY) }).unwrap();
        let first = apply(id, None, &doc(id, &history)).unwrap();
        assert_eq!(first.state, StateKind::InReview);
        assert!(first.child.expected_by.is_some());
        assert!(!first.can_appeal, "only a decision can be appealed");
        history
            .push(Event::Decide {
                decision: decision(&[Action::Remove], t(2 * DAY)),
            })
            .unwrap();
        let second = apply(id, Some(&first), &doc(id, &history)).unwrap();
        assert_eq!(second.state, StateKind::Decided);
        assert_eq!(second.child.outcomes, vec![ChildOutcome::Removed]);
        assert_eq!(second.child.expected_by, None);
        assert!(second.can_appeal);
    }

    #[test]
    fn illegal_histories_rewrites_and_misfits_are_rejected() {
        let id = Uuid::from_u128(7);
        // Decided straight from Received skips review: core's replay refuses the record.
        let mut record = received().record().clone();
        record.events.push(Event::Decide {
            decision: decision(&[Action::Remove], t(DAY)),
        });
        let child = json!({"kind": "decided", "outcomes": ["removed"], "expected_by": null});
        let err = apply(id, None, &raw(id, &child, &record)).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        // The backend may not drop events the client already accepted.
        let mut history = received();
        history.push(Event::StartReview { at: t(DAY) }).unwrap();
        let reviewing = apply(id, None, &doc(id, &history)).unwrap();
        let err = apply(id, Some(&reviewing), &doc(id, &received())).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        // A child status that does not fit the lifecycle is refused.
        let err = apply(id, None, &raw(id, &child, history.record())).unwrap_err();
        assert_eq!(err.code(), "invalid_transition");
        // Old vocabulary (event lists, past-tense codes) is not a status document.
        let old = json!({"report_id": id, "child_status": "received", "history": [{"at": "2026-01-01T00:00:00Z", "event": "received"}]});
        assert!(apply(id, None, old.to_string().as_bytes()).is_err());
        // A document about another report is refused.
        assert!(apply(Uuid::from_u128(8), None, &doc(id, &received())).is_err());
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
