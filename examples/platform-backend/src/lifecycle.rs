//! The backend's adapter to the report lifecycle: which events exist, how they are stored, and
//! what the child sees.
//!
//! INTERIM: `core/src/status/` (decisions, `apply`, child-facing status) is being built on
//! another branch. Until it is merged, this module holds the smallest lifecycle the backend needs,
//! behind the same shape (a pure `apply` over stored events) so swapping in core's is local.

use serde::{Deserialize, Serialize};
use tellsafe::Timestamp;

/// Lifecycle states (DESIGN "Decisions and status").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Stored, nobody has looked yet.
    Received,
    /// A reviewer is looking at it.
    InReview,
    /// A structured question is waiting for the reporter.
    NeedsInfo,
    /// Decided; appealable until the window ends.
    Decided,
    /// The reporter appealed; waiting for a new decision.
    Appealed,
    /// The appeal window ended.
    Closed,
    /// Looked at again after closing.
    Revised,
}

impl State {
    /// The stable code (stored in the `reports.state` column).
    pub fn code(self) -> &'static str {
        match self {
            State::Received => "received",
            State::InReview => "in_review",
            State::NeedsInfo => "needs_info",
            State::Decided => "decided",
            State::Appealed => "appealed",
            State::Closed => "closed",
            State::Revised => "revised",
        }
    }
}

/// What a decision did (DESIGN: a set of actions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionAction {
    /// Content removed.
    Remove,
    /// Content or account restricted.
    Restrict,
    /// Account suspended.
    Suspend,
    /// The other person was warned.
    Warn,
    /// Reported to NCMEC.
    ReportToNcmec,
    /// Reported to police.
    ReportToPolice,
    /// Referred to a helpline / safeguarding.
    ReferToHelpline,
    /// No action.
    None,
}

impl DecisionAction {
    /// Every action, for forms.
    pub const ALL: [DecisionAction; 8] = [
        DecisionAction::Remove,
        DecisionAction::Restrict,
        DecisionAction::Suspend,
        DecisionAction::Warn,
        DecisionAction::ReportToNcmec,
        DecisionAction::ReportToPolice,
        DecisionAction::ReferToHelpline,
        DecisionAction::None,
    ];

    /// Whether this action is a hand-over to specialists (a legal duty to keep the report).
    pub fn is_escalation(self) -> bool {
        matches!(
            self,
            DecisionAction::ReportToNcmec | DecisionAction::ReportToPolice | DecisionAction::ReferToHelpline
        )
    }

    /// The wire code.
    pub fn code(self) -> &'static str {
        match self {
            DecisionAction::Remove => "remove",
            DecisionAction::Restrict => "restrict",
            DecisionAction::Suspend => "suspend",
            DecisionAction::Warn => "warn",
            DecisionAction::ReportToNcmec => "report_to_ncmec",
            DecisionAction::ReportToPolice => "report_to_police",
            DecisionAction::ReferToHelpline => "refer_to_helpline",
            DecisionAction::None => "none",
        }
    }
}

/// The ground of a decision (DSA Art. 17(3)(d)/(e)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Ground {
    /// Illegal content, with the legal ground relied on.
    Illegal {
        /// The legal ground (e.g. a statute reference).
        legal_ground: String,
    },
    /// Incompatible with the terms, with the clause.
    Terms {
        /// The terms clause.
        clause: String,
    },
}

/// A decision with the DSA Art. 17 statement-of-reasons fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What was done (at least one).
    pub actions: Vec<DecisionAction>,
    /// Why.
    pub ground: Ground,
    /// The facts and circumstances relied on (for the affected user; never shown to the child).
    pub explanation: String,
    /// Whether automated means detected the content.
    pub automated_detection: bool,
    /// Whether the decision was taken by automated means.
    pub automated_decision: bool,
    /// The type of content concerned (text, image, video, account, message, live_stream).
    pub content_type: String,
    /// Where the restriction applies (e.g. `EU`, `worldwide`, ISO country codes).
    pub territorial_scope: String,
    /// Keep the preservation hold after deciding (otherwise it is released).
    #[serde(default)]
    pub keep_hold: bool,
}

/// A structured question from the flow (ids only; the app renders localized text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question's id in the flow.
    pub question_id: String,
    /// The choice ids offered.
    pub options: Vec<String>,
}

/// A lifecycle event as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// The report was stored.
    Received,
    /// A reviewer started looking.
    ReviewStarted,
    /// A question was asked.
    InfoRequested {
        /// The question.
        question: Question,
    },
    /// The reporter answered.
    InfoProvided {
        /// Which question.
        question_id: String,
        /// The chosen ids.
        answer: Vec<String>,
    },
    /// A decision was made.
    Decided {
        /// The decision.
        decision: Decision,
    },
    /// The reporter appealed.
    Appealed {
        /// A reason code.
        reason: String,
    },
    /// The appeal window ended.
    Closed,
    /// Revised after closing.
    Revised {
        /// The new decision.
        decision: Decision,
    },
}

impl Event {
    /// The stable code of the event kind.
    pub fn code(&self) -> &'static str {
        match self {
            Event::Received => "received",
            Event::ReviewStarted => "review_started",
            Event::InfoRequested { .. } => "info_requested",
            Event::InfoProvided { .. } => "info_provided",
            Event::Decided { .. } => "decided",
            Event::Appealed { .. } => "appealed",
            Event::Closed => "closed",
            Event::Revised { .. } => "revised",
        }
    }
}

/// A case folded from its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifecycle {
    /// Current state.
    pub state: State,
    /// The latest decision, and when it was made.
    pub decision: Option<(Decision, Timestamp)>,
    /// Whether the report was appealed (one appeal per report).
    pub appealed: bool,
    /// The pending question.
    pub question: Option<Question>,
}

/// Why an event does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// Not allowed from this state.
    InvalidState,
    /// Appeal after the window.
    WindowClosed,
    /// Second appeal of the same decision.
    AlreadyAppealed,
}

impl Lifecycle {
    /// The state before any event.
    pub fn new() -> Lifecycle {
        Lifecycle {
            state: State::Received,
            decision: None,
            appealed: false,
            question: None,
        }
    }

    /// Applies one event at `at` (pure). `window_millis` bounds appeals.
    pub fn apply(
        &self,
        event: &Event,
        at: Timestamp,
        window_millis: i64,
    ) -> Result<Lifecycle, TransitionError> {
        let mut next = self.clone();
        use State::*;
        match (self.state, event) {
            (Received, Event::Received) => {}
            (Received, Event::ReviewStarted) => next.state = InReview,
            (InReview, Event::InfoRequested { question }) => {
                next.state = NeedsInfo;
                next.question = Some(question.clone());
            }
            (NeedsInfo, Event::InfoProvided { question_id, .. }) => {
                if self.question.as_ref().map(|q| &q.question_id) != Some(question_id) {
                    return Err(TransitionError::InvalidState);
                }
                next.state = InReview;
                next.question = None;
            }
            (InReview | Appealed, Event::Decided { decision }) => {
                next.state = Decided;
                next.decision = Some((decision.clone(), at));
            }
            (Decided, Event::Appealed { .. }) => {
                if self.appealed {
                    return Err(TransitionError::AlreadyAppealed);
                }
                if self.appeal_deadline(window_millis).is_some_and(|end| at > end) {
                    return Err(TransitionError::WindowClosed);
                }
                next.state = Appealed;
                next.appealed = true;
            }
            (Decided, Event::Closed) => next.state = Closed,
            (Closed | Revised, Event::Revised { decision }) => {
                next.state = Revised;
                next.decision = Some((decision.clone(), at));
            }
            (Closed | Revised, Event::Appealed { .. }) => {
                return Err(if self.appealed {
                    TransitionError::AlreadyAppealed
                } else {
                    TransitionError::WindowClosed
                });
            }
            _ => return Err(TransitionError::InvalidState),
        }
        Ok(next)
    }

    /// When the latest decision stops being appealable.
    pub fn appeal_deadline(&self, window_millis: i64) -> Option<Timestamp> {
        self.decision
            .as_ref()
            .map(|(_, at)| at.plus_millis(window_millis))
    }

    /// Whether the appeal window ended at `now` and the case should close.
    pub fn window_ended(&self, now: Timestamp, window_millis: i64) -> bool {
        self.state == State::Decided && self.appeal_deadline(window_millis).is_some_and(|end| now > end)
    }

    /// Whether any decision so far handed the case to specialists.
    pub fn escalated(&self) -> bool {
        self.decision
            .as_ref()
            .is_some_and(|(d, _)| d.actions.iter().any(|a| a.is_escalation()))
    }
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle::new()
    }
}

/// The child-facing status code: what the app shows, in its own localized words. Never the
/// category, never moderator text.
pub fn child_status(lifecycle: &Lifecycle) -> &'static str {
    if lifecycle.escalated() {
        return "handed_to_specialists";
    }
    match lifecycle.state {
        State::Received => "received",
        State::InReview | State::Appealed => "looking_at_it",
        State::NeedsInfo => "need_to_ask_you",
        State::Decided | State::Closed => "decided",
        State::Revised => "looked_again",
    }
}

/// What changed, in child-word codes (empty when escalated: no further detail).
pub fn child_outcome(lifecycle: &Lifecycle) -> Vec<&'static str> {
    if lifecycle.escalated() {
        return Vec::new();
    }
    let Some((decision, _)) = &lifecycle.decision else {
        return Vec::new();
    };
    decision
        .actions
        .iter()
        .map(|a| match a {
            DecisionAction::Remove => "content_removed",
            DecisionAction::Restrict => "content_limited",
            DecisionAction::Suspend => "account_stopped",
            DecisionAction::Warn => "person_warned",
            DecisionAction::None => "no_rule_broken",
            _ => "handed_to_specialists",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(actions: Vec<DecisionAction>) -> Decision {
        Decision {
            actions,
            ground: Ground::Terms { clause: "4.2".into() },
            explanation: "x".into(),
            automated_detection: false,
            automated_decision: false,
            content_type: "text".into(),
            territorial_scope: "worldwide".into(),
            keep_hold: false,
        }
    }

    #[test]
    fn appeal_once_within_window() {
        let t0 = Timestamp::from_unix_millis(1_000_000).unwrap();
        let l = Lifecycle::new()
            .apply(&Event::ReviewStarted, t0, 10)
            .unwrap()
            .apply(
                &Event::Decided {
                    decision: decision(vec![DecisionAction::Remove]),
                },
                t0,
                10,
            )
            .unwrap();
        assert_eq!(
            l.apply(&Event::Appealed { reason: "r".into() }, t0.plus_millis(11), 10),
            Err(TransitionError::WindowClosed)
        );
        let appealed = l
            .apply(&Event::Appealed { reason: "r".into() }, t0.plus_millis(5), 10)
            .unwrap();
        assert_eq!(appealed.state, State::Appealed);
        let redecided = appealed
            .apply(
                &Event::Decided {
                    decision: decision(vec![DecisionAction::None]),
                },
                t0.plus_millis(6),
                10,
            )
            .unwrap();
        assert_eq!(
            redecided.apply(&Event::Appealed { reason: "r".into() }, t0.plus_millis(7), 10),
            Err(TransitionError::AlreadyAppealed),
            "one appeal per report"
        );
        assert_eq!(child_status(&l), "decided");
    }

    #[test]
    fn escalation_hides_detail() {
        let t0 = Timestamp::from_unix_millis(0).unwrap();
        let l = Lifecycle::new()
            .apply(&Event::ReviewStarted, t0, 10)
            .unwrap()
            .apply(
                &Event::Decided {
                    decision: decision(vec![DecisionAction::ReportToNcmec, DecisionAction::Remove]),
                },
                t0,
                10,
            )
            .unwrap();
        assert_eq!(child_status(&l), "handed_to_specialists");
        assert!(child_outcome(&l).is_empty());
        assert_eq!(
            Lifecycle::new().apply(&Event::Closed, t0, 10),
            Err(TransitionError::InvalidState)
        );
    }
}
