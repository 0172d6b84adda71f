//! The ordered events of one report, which the backend and the client store instead of a state.
//!
//! A history is checked when it is built or read: deserializing one replays every event, so a
//! stored or received history that the machine would refuse never becomes a value.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::event::{AppealWindow, Event};
use super::lifecycle::{State, TransitionError};
use crate::timestamp::Timestamp;

/// Most events one history may hold.
///
/// A real case has about ten (receipt, review, a question or two, decision, appeal, decision,
/// close, perhaps a revision). 256 leaves room for long cases while stopping a corrupt cache or
/// a hostile backend from making a phone or a web page replay an unbounded list.
pub const MAX_HISTORY_EVENTS: usize = 256;

/// The stored form of a [`History`]: where it started and what happened since. Read from a
/// JSON object only (see `wire_de::struct_from_map`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryRecord {
    /// When the backend received the report.
    pub received_at: Timestamp,
    /// The appeal window the case was opened with, in days.
    pub appeal_window: AppealWindow,
    /// The accepted events, oldest first.
    pub events: Vec<Event>,
}

impl<'de> Deserialize<'de> for HistoryRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<HistoryRecord, D::Error> {
        /// The derive, read as an object only.
        #[derive(Deserialize)]
        #[serde(
            deny_unknown_fields,
            rename = "HistoryRecord",
            expecting = "struct HistoryRecord"
        )]
        struct Wire {
            received_at: Timestamp,
            appeal_window: AppealWindow,
            events: Vec<Event>,
        }
        let w: Wire = super::wire_de::struct_from_map(deserializer)?;
        Ok(HistoryRecord {
            received_at: w.received_at,
            appeal_window: w.appeal_window,
            events: w.events,
        })
    }
}

/// The events of one report and the state they lead to. Only accepted events are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "HistoryRecord", into = "HistoryRecord")]
pub struct History {
    record: HistoryRecord,
    state: State,
}

impl History {
    /// A history for a report received at `received_at`.
    pub fn new(received_at: Timestamp, appeal_window: AppealWindow) -> History {
        History {
            record: HistoryRecord {
                received_at,
                appeal_window,
                events: Vec::new(),
            },
            state: State::received(received_at, appeal_window),
        }
    }

    /// Checks a stored record by replaying it.
    pub fn from_record(record: HistoryRecord) -> Result<History, HistoryError> {
        let state = replay_record(&record)?;
        Ok(History { record, state })
    }

    /// The current state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The accepted events, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.record.events
    }

    /// The stored form.
    pub fn record(&self) -> &HistoryRecord {
        &self.record
    }

    /// Applies `event` and, if the machine accepts it, appends it. A refused event leaves the
    /// history unchanged.
    pub fn push(&mut self, event: Event) -> Result<&State, HistoryError> {
        let index = self.record.events.len();
        if index >= MAX_HISTORY_EVENTS {
            return Err(HistoryError::TooManyEvents {
                max: MAX_HISTORY_EVENTS,
            });
        }
        self.state = self
            .state
            .apply(event.clone())
            .map_err(|source| HistoryError::Refused { index, source })?;
        self.record.events.push(event);
        Ok(&self.state)
    }

    /// Rebuilds the state from the start by applying every event in order.
    ///
    /// Always equal to [`History::state`] for a history built by this type; exposed so that
    /// stores can check what they hold.
    pub fn replay(&self) -> Result<State, HistoryError> {
        replay_record(&self.record)
    }
}

fn replay_record(record: &HistoryRecord) -> Result<State, HistoryError> {
    if record.events.len() > MAX_HISTORY_EVENTS {
        return Err(HistoryError::TooManyEvents {
            max: MAX_HISTORY_EVENTS,
        });
    }
    let start = State::received(record.received_at, record.appeal_window);
    record
        .events
        .iter()
        .enumerate()
        .try_fold(start, |state, (index, event)| {
            state
                .apply(event.clone())
                .map_err(|source| HistoryError::Refused { index, source })
        })
}

impl TryFrom<HistoryRecord> for History {
    type Error = HistoryError;

    fn try_from(record: HistoryRecord) -> Result<History, HistoryError> {
        History::from_record(record)
    }
}

impl From<History> for HistoryRecord {
    fn from(history: History) -> HistoryRecord {
        history.record
    }
}

/// Why a history was refused. Names positions and kinds, never event data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    /// The machine refused the event at `index` (0-based).
    #[error("event {index} refused: {source}")]
    Refused {
        /// Position of the refused event.
        index: usize,
        /// What the machine said.
        source: TransitionError,
    },
    /// More than [`MAX_HISTORY_EVENTS`] events.
    #[error("history holds more than {max} events")]
    TooManyEvents {
        /// The limit.
        max: usize,
    },
}

impl HistoryError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            HistoryError::Refused { source, .. } => source.code(),
            HistoryError::TooManyEvents { .. } => "too_many_events",
        }
    }
}
