//! The events that move a report through its lifecycle, and the small checked types they carry.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::decision::Decision;
use crate::timestamp::Timestamp;

/// The default appeal window, in days.
///
/// DSA Art. 20(1) requires complaints to stay open "for a period of at least six months
/// following the decision". Six consecutive calendar months are at most 184 days long
/// (July to December), so 184 days is never shorter than six months, whatever the start date.
pub const DEFAULT_APPEAL_WINDOW_DAYS: u32 = 184;

/// The longest appeal window a platform may configure, in days.
///
/// Ten years: no redress route we know of runs longer, and a bigger number is almost certainly
/// a unit mistake (milliseconds or seconds passed as days).
pub const MAX_APPEAL_WINDOW_DAYS: u32 = 3_660;

/// Most questions the team may ask the reporter in one `ask_reporter` event.
///
/// Each question is one screen for a child; more than a handful turns a follow-up into an
/// interrogation, which helpline practice warns keeps children from reporting again.
pub const MAX_QUESTIONS_PER_ASK: usize = 5;

/// Longest question id, in bytes (ids are ASCII).
///
/// Flow step ids are short codes (`when_did_it_start`); 64 leaves room for a namespace prefix
/// while keeping ids from being used to smuggle a sentence of free text.
pub const MAX_QUESTION_ID_LEN: usize = 64;

const MILLIS_PER_DAY: i64 = 86_400_000;

/// How long after a decision an appeal is accepted. Whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "u32", into = "u32")]
pub struct AppealWindow(u32);

impl AppealWindow {
    /// A window of `days` days, 1 to [`MAX_APPEAL_WINDOW_DAYS`].
    pub fn days(days: u32) -> Result<AppealWindow, EventError> {
        if days == 0 || days > MAX_APPEAL_WINDOW_DAYS {
            return Err(EventError::AppealWindowOutOfRange {
                max: MAX_APPEAL_WINDOW_DAYS,
            });
        }
        Ok(AppealWindow(days))
    }

    /// The window length in days.
    pub fn in_days(self) -> u32 {
        self.0
    }

    /// The window length in milliseconds.
    pub fn in_millis(self) -> i64 {
        i64::from(self.0) * MILLIS_PER_DAY
    }

    /// Whether the window opened at `start` has ended at `at` (ends exactly at `start + window`).
    ///
    /// Computed on millisecond differences, so it stays exact even where `start + window`
    /// would fall outside the representable years.
    pub fn has_ended(self, start: Timestamp, at: Timestamp) -> bool {
        at.unix_millis().saturating_sub(start.unix_millis()) >= self.in_millis()
    }

    /// When the window opened at `start` ends; `None` if that is past the year 9999.
    pub fn end(self, start: Timestamp) -> Option<Timestamp> {
        Timestamp::from_unix_millis(start.unix_millis().checked_add(self.in_millis())?)
    }
}

impl Default for AppealWindow {
    fn default() -> AppealWindow {
        AppealWindow(DEFAULT_APPEAL_WINDOW_DAYS)
    }
}

impl TryFrom<u32> for AppealWindow {
    type Error = EventError;

    fn try_from(days: u32) -> Result<AppealWindow, EventError> {
        AppealWindow::days(days)
    }
}

impl From<AppealWindow> for u32 {
    fn from(window: AppealWindow) -> u32 {
        window.0
    }
}

/// The id of a question defined in a flow (`when_did_it_start`), never the question's text.
///
/// ASCII lower-case letters, digits, `_`, `-` and `.`; 1 to [`MAX_QUESTION_ID_LEN`] bytes. The
/// client looks the id up in its flow and shows localized copy, so the team cannot type a
/// free-text question to a child.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "String", into = "String")]
pub struct QuestionId(String);

impl QuestionId {
    /// Checks and wraps a question id.
    pub fn new(id: &str) -> Result<QuestionId, EventError> {
        if id.is_empty() || id.len() > MAX_QUESTION_ID_LEN {
            return Err(EventError::QuestionIdLength {
                max: MAX_QUESTION_ID_LEN,
            });
        }
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c);
        if !id.chars().all(allowed) {
            return Err(EventError::QuestionIdCharacter);
        }
        Ok(QuestionId(id.to_owned()))
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for QuestionId {
    type Error = EventError;

    fn try_from(id: String) -> Result<QuestionId, EventError> {
        QuestionId::new(&id)
    }
}

impl From<QuestionId> for String {
    fn from(id: QuestionId) -> String {
        id.0
    }
}

/// The questions of one `ask_reporter` event: 1 to [`MAX_QUESTIONS_PER_ASK`] distinct ids, in
/// the order the child sees them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "Vec<QuestionId>", into = "Vec<QuestionId>")]
pub struct Questions(Vec<QuestionId>);

impl Questions {
    /// Checks a list of question ids.
    pub fn new(ids: Vec<QuestionId>) -> Result<Questions, EventError> {
        if ids.is_empty() || ids.len() > MAX_QUESTIONS_PER_ASK {
            return Err(EventError::QuestionCount {
                max: MAX_QUESTIONS_PER_ASK,
            });
        }
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                return Err(EventError::DuplicateQuestion);
            }
        }
        Ok(Questions(ids))
    }

    /// The ids, in order.
    pub fn ids(&self) -> &[QuestionId] {
        &self.0
    }
}

impl TryFrom<Vec<QuestionId>> for Questions {
    type Error = EventError;

    fn try_from(ids: Vec<QuestionId>) -> Result<Questions, EventError> {
        Questions::new(ids)
    }
}

impl From<Questions> for Vec<QuestionId> {
    fn from(questions: Questions) -> Vec<QuestionId> {
        questions.0
    }
}

/// Why a closed case was opened again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RevisionReason {
    /// A complaint by an affected user (for example the reported person) was upheld.
    ComplaintUpheld,
    /// New evidence came to light.
    NewEvidence,
}

crate::status::code_de::code_enum_de!(RevisionReason {
    ComplaintUpheld => "complaint_upheld",
    NewEvidence => "new_evidence",
});

/// Something that happened to a report. Every event carries its time; on the wire it is an
/// object tagged by `event` (`{"event": "start_review", "at": "..."}`).
///
/// `Deserialize` is hand-written in `wire_de` (same accepted input, no `Content` buffering).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// A person (or system) started looking at the report. Received -> InReview.
    StartReview {
        /// When.
        at: Timestamp,
    },
    /// The team asked the reporter questions from the flow. InReview -> NeedsInfo.
    AskReporter {
        /// When.
        at: Timestamp,
        /// Which questions, by id.
        questions: Questions,
    },
    /// The reporter answered. NeedsInfo -> InReview. The answers travel separately.
    InfoProvided {
        /// When.
        at: Timestamp,
    },
    /// The team stopped waiting for answers and went on without them. NeedsInfo -> InReview.
    StopWaitingForInfo {
        /// When.
        at: Timestamp,
    },
    /// A decision was made; its `decided_at` is the event time.
    /// InReview, Appealed or Revised -> Decided.
    Decide {
        /// The decision.
        decision: Decision,
    },
    /// Someone appealed the decision. Decided -> Appealed, once, before the window ends.
    Appeal {
        /// When.
        at: Timestamp,
    },
    /// The appeal window ended. Decided -> Closed; the only way to Closed.
    AppealWindowEnded {
        /// When; not before `decided_at` + the appeal window.
        at: Timestamp,
    },
    /// The closed case is opened again. Closed -> Revised.
    Revise {
        /// When.
        at: Timestamp,
        /// Why.
        reason: RevisionReason,
    },
}

impl Event {
    /// When the event happened.
    pub fn at(&self) -> Timestamp {
        match self {
            Event::StartReview { at }
            | Event::AskReporter { at, .. }
            | Event::InfoProvided { at }
            | Event::StopWaitingForInfo { at }
            | Event::Appeal { at }
            | Event::AppealWindowEnded { at }
            | Event::Revise { at, .. } => *at,
            Event::Decide { decision } => decision.decided_at,
        }
    }

    /// What kind of event this is, without its data (safe to log).
    pub fn kind(&self) -> EventKind {
        match self {
            Event::StartReview { .. } => EventKind::StartReview,
            Event::AskReporter { .. } => EventKind::AskReporter,
            Event::InfoProvided { .. } => EventKind::InfoProvided,
            Event::StopWaitingForInfo { .. } => EventKind::StopWaitingForInfo,
            Event::Decide { .. } => EventKind::Decide,
            Event::Appeal { .. } => EventKind::Appeal,
            Event::AppealWindowEnded { .. } => EventKind::AppealWindowEnded,
            Event::Revise { .. } => EventKind::Revise,
        }
    }
}

/// The kind of an [`Event`], with the same snake_case codes as the `event` tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// [`Event::StartReview`].
    StartReview,
    /// [`Event::AskReporter`].
    AskReporter,
    /// [`Event::InfoProvided`].
    InfoProvided,
    /// [`Event::StopWaitingForInfo`].
    StopWaitingForInfo,
    /// [`Event::Decide`].
    Decide,
    /// [`Event::Appeal`].
    Appeal,
    /// [`Event::AppealWindowEnded`].
    AppealWindowEnded,
    /// [`Event::Revise`].
    Revise,
}

crate::status::code_de::code_enum_de!(EventKind {
    StartReview => "start_review",
    AskReporter => "ask_reporter",
    InfoProvided => "info_provided",
    StopWaitingForInfo => "stop_waiting_for_info",
    Decide => "decide",
    Appeal => "appeal",
    AppealWindowEnded => "appeal_window_ended",
    Revise => "revise",
});

impl EventKind {
    /// Every kind.
    pub const ALL: [EventKind; 8] = [
        EventKind::StartReview,
        EventKind::AskReporter,
        EventKind::InfoProvided,
        EventKind::StopWaitingForInfo,
        EventKind::Decide,
        EventKind::Appeal,
        EventKind::AppealWindowEnded,
        EventKind::Revise,
    ];

    /// The stable code, as in the `event` tag.
    pub fn code(self) -> &'static str {
        match self {
            EventKind::StartReview => "start_review",
            EventKind::AskReporter => "ask_reporter",
            EventKind::InfoProvided => "info_provided",
            EventKind::StopWaitingForInfo => "stop_waiting_for_info",
            EventKind::Decide => "decide",
            EventKind::Appeal => "appeal",
            EventKind::AppealWindowEnded => "appeal_window_ended",
            EventKind::Revise => "revise",
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why an event's data was refused before any transition. Names fields, never values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// `appeal_window` was 0 or above the maximum.
    #[error("appeal_window must be 1 to {max} days")]
    AppealWindowOutOfRange {
        /// [`MAX_APPEAL_WINDOW_DAYS`].
        max: u32,
    },
    /// A question id was empty or too long.
    #[error("question id must be 1 to {max} bytes")]
    QuestionIdLength {
        /// [`MAX_QUESTION_ID_LEN`].
        max: usize,
    },
    /// A question id held a character outside `a-z 0-9 _ - .`.
    #[error("question id holds a character outside a-z, 0-9, '_', '-', '.'")]
    QuestionIdCharacter,
    /// `questions` was empty or too long.
    #[error("questions must hold 1 to {max} ids")]
    QuestionCount {
        /// [`MAX_QUESTIONS_PER_ASK`].
        max: usize,
    },
    /// `questions` held the same id twice.
    #[error("questions holds a repeated id")]
    DuplicateQuestion,
}

impl EventError {
    /// A stable machine-readable code.
    pub fn code(self) -> &'static str {
        match self {
            EventError::AppealWindowOutOfRange { .. } => "appeal_window_out_of_range",
            EventError::QuestionIdLength { .. } => "question_id_length",
            EventError::QuestionIdCharacter => "question_id_character",
            EventError::QuestionCount { .. } => "question_count",
            EventError::DuplicateQuestion => "duplicate_question",
        }
    }
}
