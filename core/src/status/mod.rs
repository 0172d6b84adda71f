//! Decisions, the report lifecycle, and the status the reporter sees.
//!
//! * [`decision`]: what the safety team decided ([`Decision`]).
//! * [`event`] and [`lifecycle`]: the backend lifecycle as a pure state machine
//!   ([`State::apply`]), fed by timestamped [`Event`]s.
//! * [`history`]: the stored, replayable list of events ([`History`]).
//! * [`child`]: the reporter-facing [`ChildStatus`], derived by a pure function.
//!
//! Nothing here reads a clock: every time comes in with an event, so the backend, the client
//! and the tests get the same answers on native and wasm.

pub mod child;
pub(crate) mod code_de;
pub mod decision;
pub mod event;
pub mod history;
pub mod lifecycle;
pub(crate) mod wire_de;

pub use child::{ChildOutcome, ChildStatus, ChildStatusError, ChildStatusKind, DisclosureRules};
pub use decision::{
    Action, ActionCode, ActionSet, AutomatedDecision, Decision, DecisionError, DisclosureLevel, GroundRef,
    Grounds, Hold,
};
pub use event::{AppealWindow, Event, EventError, EventKind, QuestionId, Questions, RevisionReason};
pub use history::{History, HistoryError, HistoryRecord};
pub use lifecycle::{RejectReason, Ruling, RulingBasis, Stage, State, StateKind, TransitionError, accepts};

#[cfg(test)]
mod proptests;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod wire_tests;
