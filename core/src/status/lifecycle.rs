//! The backend lifecycle of one report as a pure state machine.
//!
//! ```text
//! Received -> InReview <-> NeedsInfo
//!             InReview -> Decided -> Appealed -> Decided (on appeal: no second appeal)
//!                         Decided -> Closed      (only by `appeal_window_ended`, at or after
//!                                                 decided_at + window)
//!                         Closed  -> Revised -> Decided (on revision: a fresh appeal right)
//! ```
//!
//! * Every event carries a time and times never go backwards (equal times are fine: an
//!   automated pipeline can start a review and decide in the same millisecond).
//! * One appeal per decision cycle: the decision made on an appeal answers it and cannot be
//!   appealed again inside the platform (further redress is external: DSA Art. 21, eSafety,
//!   Ofcom). A decision made after a revision is new, so it can be appealed once.
//! * Revised waits for a new decision. It cannot go back to Closed without one, because the
//!   old decision no longer stands (a complaint was upheld or new evidence arrived).
//! * Once any decision hands the case to specialists (NCMEC, police, safeguarding, or a
//!   police hold), the state remembers it for the rest of the case, so the child never later
//!   sees details of a case that went to police.

use schemars::JsonSchema;
use serde::Serialize;

use super::decision::{Decision, DecisionError};
use super::event::{AppealWindow, Event, EventKind, Questions, RevisionReason};
use crate::timestamp::Timestamp;

/// How a decision came about, which decides whether it can still be appealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RulingBasis {
    /// The first decision on the report.
    First,
    /// The decision on an appeal. Not appealable again.
    OnAppeal,
    /// A new decision after the closed case was revised. Appealable once.
    OnRevision,
}

/// A decision together with how it came about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Ruling {
    /// The decision.
    pub decision: Decision,
    /// How it came about.
    pub basis: RulingBasis,
}

impl Ruling {
    /// Whether this decision may still be appealed at all (window aside).
    pub fn appealable(&self) -> bool {
        self.basis != RulingBasis::OnAppeal
    }
}

/// Where a report is, with the data that stage needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Stage {
    /// The backend has stored the report.
    Received,
    /// Someone is looking at it.
    InReview,
    /// The team asked the reporter questions from the flow and waits for answers.
    NeedsInfo {
        /// The questions asked, by id.
        questions: Questions,
    },
    /// A decision stands and may be appealed until its window ends.
    Decided {
        /// The decision.
        ruling: Ruling,
    },
    /// The decision was appealed; a new decision will follow.
    Appealed {
        /// The decision under appeal.
        ruling: Ruling,
    },
    /// The appeal window ended; the decision is final unless revised.
    Closed {
        /// The final decision.
        ruling: Ruling,
    },
    /// The closed case was opened again and waits for a new decision.
    Revised {
        /// The decision that no longer stands.
        previous: Ruling,
        /// Why it was opened again.
        reason: RevisionReason,
    },
}

/// The kind of a [`Stage`], without its data (safe to log), with stable snake_case codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StateKind {
    /// [`Stage::Received`].
    Received,
    /// [`Stage::InReview`].
    InReview,
    /// [`Stage::NeedsInfo`].
    NeedsInfo,
    /// [`Stage::Decided`].
    Decided,
    /// [`Stage::Appealed`].
    Appealed,
    /// [`Stage::Closed`].
    Closed,
    /// [`Stage::Revised`].
    Revised,
}

impl StateKind {
    /// Every kind, in lifecycle order.
    pub const ALL: [StateKind; 7] = [
        StateKind::Received,
        StateKind::InReview,
        StateKind::NeedsInfo,
        StateKind::Decided,
        StateKind::Appealed,
        StateKind::Closed,
        StateKind::Revised,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            StateKind::Received => "received",
            StateKind::InReview => "in_review",
            StateKind::NeedsInfo => "needs_info",
            StateKind::Decided => "decided",
            StateKind::Appealed => "appealed",
            StateKind::Closed => "closed",
            StateKind::Revised => "revised",
        }
    }
}

impl std::fmt::Display for StateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The lifecycle state of one report. Built only by [`State::received`] and [`State::apply`]
/// (or by replaying a [`super::History`]), so every value is one the machine can reach.
///
/// Serialize-only on purpose: store the history and replay it, rather than trusting a stored
/// state that nothing checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct State {
    stage: Stage,
    updated_at: Timestamp,
    appeal_window: AppealWindow,
    handed_to_specialists: bool,
}

impl State {
    /// A report the backend received at `at`, whose decisions may be appealed within `window`.
    pub fn received(at: Timestamp, window: AppealWindow) -> State {
        State {
            stage: Stage::Received,
            updated_at: at,
            appeal_window: window,
            handed_to_specialists: false,
        }
    }

    /// The stage and its data.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// The stage's kind.
    pub fn kind(&self) -> StateKind {
        match self.stage {
            Stage::Received => StateKind::Received,
            Stage::InReview => StateKind::InReview,
            Stage::NeedsInfo { .. } => StateKind::NeedsInfo,
            Stage::Decided { .. } => StateKind::Decided,
            Stage::Appealed { .. } => StateKind::Appealed,
            Stage::Closed { .. } => StateKind::Closed,
            Stage::Revised { .. } => StateKind::Revised,
        }
    }

    /// The time of the last event (or of receipt). The next event may not be earlier.
    pub fn updated_at(&self) -> Timestamp {
        self.updated_at
    }

    /// The appeal window this case was opened with.
    pub fn appeal_window(&self) -> AppealWindow {
        self.appeal_window
    }

    /// The most recent decision with its basis: the standing one, or in Revised the one that
    /// no longer stands. `None` before the first decision.
    pub fn last_ruling(&self) -> Option<&Ruling> {
        match &self.stage {
            Stage::Received | Stage::InReview | Stage::NeedsInfo { .. } => None,
            Stage::Decided { ruling } | Stage::Appealed { ruling } | Stage::Closed { ruling } => Some(ruling),
            Stage::Revised { previous, .. } => Some(previous),
        }
    }

    /// The questions waiting for answers, in NeedsInfo.
    pub fn open_questions(&self) -> Option<&Questions> {
        match &self.stage {
            Stage::NeedsInfo { questions } => Some(questions),
            _ => None,
        }
    }

    /// When the standing decision's appeal window ends (Decided, Appealed, Closed); `None`
    /// otherwise or past the year 9999.
    pub fn appeal_window_end(&self) -> Option<Timestamp> {
        match &self.stage {
            Stage::Decided { ruling } | Stage::Appealed { ruling } | Stage::Closed { ruling } => {
                self.appeal_window.end(ruling.decision.decided_at)
            }
            _ => None,
        }
    }

    /// Whether an `appeal` at `at` would be accepted.
    pub fn accepts_appeal_at(&self, at: Timestamp) -> bool {
        self.apply(Event::Appeal { at }).is_ok()
    }

    /// Whether any decision in this case so far handed it to specialists (NCMEC, police,
    /// safeguarding, or a police hold). Sticky for the rest of the case.
    pub fn handed_to_specialists(&self) -> bool {
        self.handed_to_specialists
    }

    /// The state after `event`, or why the event is refused. Pure: `self` is unchanged.
    pub fn apply(&self, event: Event) -> Result<State, TransitionError> {
        let reject = |reason| TransitionError {
            from: self.kind(),
            event: event.kind(),
            reason,
        };
        if !accepts(self.kind(), event.kind()) {
            return Err(reject(RejectReason::NotAllowed));
        }
        let at = event.at();
        if at < self.updated_at {
            return Err(reject(RejectReason::TimeWentBackwards));
        }
        let stage = match (&self.stage, &event) {
            (Stage::Received, Event::StartReview { .. }) => Stage::InReview,
            (Stage::InReview, Event::AskReporter { questions, .. }) => Stage::NeedsInfo {
                questions: questions.clone(),
            },
            (Stage::NeedsInfo { .. }, Event::InfoProvided { .. } | Event::StopWaitingForInfo { .. }) => {
                Stage::InReview
            }
            (Stage::InReview, Event::Decide { decision }) => {
                decided(decision, RulingBasis::First).map_err(reject)?
            }
            (Stage::Appealed { .. }, Event::Decide { decision }) => {
                decided(decision, RulingBasis::OnAppeal).map_err(reject)?
            }
            (Stage::Revised { .. }, Event::Decide { decision }) => {
                decided(decision, RulingBasis::OnRevision).map_err(reject)?
            }
            (Stage::Decided { ruling }, Event::Appeal { .. }) => {
                if !ruling.appealable() {
                    return Err(reject(RejectReason::AlreadyAppealed));
                }
                if self.appeal_window.has_ended(ruling.decision.decided_at, at) {
                    return Err(reject(RejectReason::AppealWindowEnded));
                }
                Stage::Appealed {
                    ruling: ruling.clone(),
                }
            }
            (Stage::Decided { ruling }, Event::AppealWindowEnded { .. }) => {
                if !self.appeal_window.has_ended(ruling.decision.decided_at, at) {
                    return Err(reject(RejectReason::AppealWindowOpen));
                }
                Stage::Closed {
                    ruling: ruling.clone(),
                }
            }
            (Stage::Closed { ruling }, Event::Revise { reason, .. }) => Stage::Revised {
                previous: ruling.clone(),
                reason: *reason,
            },
            // `accepts` and this match list the same pairs; a pair missing here is refused
            // rather than guessed.
            _ => return Err(reject(RejectReason::NotAllowed)),
        };
        let handed = match &event {
            Event::Decide { decision } => decision.involves_specialists(),
            _ => false,
        };
        Ok(State {
            stage,
            updated_at: at,
            appeal_window: self.appeal_window,
            handed_to_specialists: self.handed_to_specialists || handed,
        })
    }
}

fn decided(decision: &Decision, basis: RulingBasis) -> Result<Stage, RejectReason> {
    decision.validate().map_err(RejectReason::InvalidDecision)?;
    Ok(Stage::Decided {
        ruling: Ruling {
            decision: decision.clone(),
            basis,
        },
    })
}

/// Whether a state of kind `from` has any transition for an event of kind `event`, before
/// looking at times or data. The transition table in one place.
pub fn accepts(from: StateKind, event: EventKind) -> bool {
    use EventKind as E;
    use StateKind as S;
    matches!(
        (from, event),
        (S::Received, E::StartReview)
            | (S::InReview, E::AskReporter | E::Decide)
            | (S::NeedsInfo, E::InfoProvided | E::StopWaitingForInfo)
            | (S::Decided, E::Appeal | E::AppealWindowEnded)
            | (S::Appealed, E::Decide)
            | (S::Closed, E::Revise)
            | (S::Revised, E::Decide)
    )
}

/// An event the machine refused, naming the state it was in and the kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{event} refused in state {from}: {reason}")]
pub struct TransitionError {
    /// The state the machine was in (unchanged).
    pub from: StateKind,
    /// The kind of event refused.
    pub event: EventKind,
    /// Why.
    #[source]
    pub reason: RejectReason,
}

impl TransitionError {
    /// A stable machine-readable code for the reason (`appeal_window_ended`).
    pub fn code(&self) -> &'static str {
        self.reason.code()
    }
}

/// Why a transition was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RejectReason {
    /// No transition for this event in this state (including any manual close).
    #[error("no such transition")]
    NotAllowed,
    /// The event's time is earlier than the last event's.
    #[error("at is earlier than the last event")]
    TimeWentBackwards,
    /// An appeal came at or after `decided_at` + the appeal window.
    #[error("the appeal window has ended")]
    AppealWindowEnded,
    /// `appeal_window_ended` came before `decided_at` + the appeal window.
    #[error("the appeal window is still open")]
    AppealWindowOpen,
    /// The standing decision was itself made on an appeal.
    #[error("this decision was made on an appeal and cannot be appealed again")]
    AlreadyAppealed,
    /// The decision in a `decide` event broke a rule.
    #[error("decision is invalid: {0}")]
    InvalidDecision(#[source] DecisionError),
}

impl RejectReason {
    /// A stable machine-readable code.
    pub fn code(self) -> &'static str {
        match self {
            RejectReason::NotAllowed => "not_allowed",
            RejectReason::TimeWentBackwards => "time_went_backwards",
            RejectReason::AppealWindowEnded => "appeal_window_ended",
            RejectReason::AppealWindowOpen => "appeal_window_open",
            RejectReason::AlreadyAppealed => "already_appealed",
            RejectReason::InvalidDecision(_) => "invalid_decision",
        }
    }
}

#[cfg(test)]
mod tests;
