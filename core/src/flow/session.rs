//! A wizard session: a sans-I/O state machine over step ids and answers.
//!
//! The state ([`SessionState`]) is plain data that serializes and restores exactly, so an app
//! can seal it to disk between screens and [`super::Wizard::resume`] it after the process dies.
//! Everything else a session uses (flow, messages, policy) is looked up again on resume.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::env::{HelpInfo, Messages, Policy};
use super::model::{CategoryFlag, Condition, Field, Flow, Next, Step, StepKind};
use super::outcome::{Intent, IntentRequest, NotifyPreference};
use super::scripts::SafetyScripts;
use super::submit::Subject;
use super::validate::NO_INTENT;
use crate::age::{AgeBand, AgeSignalSource, ReporterRole};
use crate::taxonomy::Category;

/// Longest free text the wizard accepts, in Unicode scalar values. The report applies its own
/// limit after cleaning; this bound keeps a session (sealed to disk on every step) small.
pub const MAX_SHORT_TEXT_CHARS: usize = 2_000;

/// Most selections one choose-many answer may carry; no flow offers more options than this,
/// and the bound keeps hostile input (an FFI caller) from growing the saved state.
pub const MAX_SELECTIONS: usize = 16;

/// What the app knows when the reporter taps "Report".
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartContext {
    /// The app's age band; `Unknown` makes the wizard ask.
    pub age_band: AgeBand,
    /// Where the band came from; `None` when unknown.
    pub age_source: Option<AgeSignalSource>,
    /// Who is reporting.
    pub role: ReporterRole,
    /// The locale the app asked for (negotiated against shipped locales).
    pub locale: String,
    /// ISO 3166-1 alpha-2 country of the reporter (drives help, duties and hand-offs).
    pub country: String,
    /// The app's display name, used in copy ("people at { $app } will look at this").
    pub app_name: String,
    /// A category the app already knows (a "report sextortion" entry point); skips that question.
    #[serde(default)]
    pub category: Option<Category>,
    /// Who or what is reported (the platform's ids), copied into the report.
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

impl fmt::Debug for StartContext {
    // The context is report content (country, subjects): Debug names only the shape.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StartContext")
            .field("subjects", &self.subjects.len())
            .finish_non_exhaustive()
    }
}

/// One answer to the current step.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The chosen option of a choose-one or yes/no step.
    Choose(String),
    /// The chosen options of a choose-many step.
    ChooseMany(Vec<String>),
    /// The typed text of a short-text step.
    Text(String),
    /// Skip an optional short-text step.
    Skip,
    /// Continue past an info, who-will-be-told or review step.
    Continue,
}

impl fmt::Debug for Answer {
    // Answers are report content: Debug names the variant only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Answer::Choose(_) => "Choose",
            Answer::ChooseMany(_) => "ChooseMany",
            Answer::Text(_) => "Text",
            Answer::Skip => "Skip",
            Answer::Continue => "Continue",
        };
        write!(f, "Answer::{name}(..)")
    }
}

/// A step that was answered, in path order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    /// The step id.
    pub step: String,
    /// The answer.
    pub answer: Answer,
}

/// The whole serializable state of a session.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionState {
    /// The flow's id.
    pub flow_id: String,
    /// The flow's version when the session started; a different version refuses to resume.
    pub flow_version: u32,
    /// What the app passed to `start`.
    pub context: StartContext,
    /// Answered steps, in order. Invariant: they form the path from the start to `current`.
    pub answered: Vec<Answered>,
    /// The step on screen.
    pub current: String,
}

impl fmt::Debug for SessionState {
    // Never prints answers or context values (report content).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionState")
            .field("flow_id", &self.flow_id)
            .field("current", &self.current)
            .field("answered", &self.answered.len())
            .finish_non_exhaustive()
    }
}

/// Why an answer, a back step or a resume was refused. The state is unchanged after an error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// No messages could be loaded for the requested locale (nor its fallback).
    #[error("no messages for the requested locale (field `locale`)")]
    Locale,
    /// `quick_exit()` was called; the session holds nothing any more.
    #[error("the session was closed by quick exit")]
    Exited,
    /// The session is on its done step.
    #[error("the session is finished")]
    Finished,
    /// `to_report()` before the done step.
    #[error("the session is not finished (current step `{step}`)")]
    NotFinished {
        /// The current step.
        step: String,
    },
    /// The answer's kind does not fit the step.
    #[error("answer does not fit step `{step}`")]
    WrongKind {
        /// The step.
        step: String,
    },
    /// An option that the step does not show.
    #[error("step `{step}` has no such option (field `answer`)")]
    UnknownOption {
        /// The step.
        step: String,
    },
    /// Nothing chosen, a duplicate, or too many selections.
    #[error("step `{step}` needs a valid selection (field `answer`)")]
    BadSelection {
        /// The step.
        step: String,
    },
    /// The text is empty or longer than [`MAX_SHORT_TEXT_CHARS`].
    #[error("step `{step}`: field `text` is empty or too long")]
    BadText {
        /// The step.
        step: String,
    },
    /// Nothing to go back to.
    #[error("cannot go back from step `{step}`")]
    CannotGoBack {
        /// The step.
        step: String,
    },
    /// A saved state does not fit the loaded flow (other flow id or version, unknown step).
    #[error("saved session does not fit the loaded flow (field `{field}`)")]
    StaleState {
        /// The field that does not fit.
        field: &'static str,
    },
}

/// Shared, read-only things a session looks things up in.
pub(crate) struct SessionEnv {
    pub(crate) flow: Arc<Flow>,
    pub(crate) scripts: Arc<SafetyScripts>,
    pub(crate) policy: Arc<dyn Policy>,
    pub(crate) messages: Arc<dyn Messages>,
    pub(crate) help: HelpInfo,
}

/// A running wizard. Create with [`super::Wizard::start`]; save with [`Session::state`].
/// Cloning is cheap (the flow, scripts and messages are shared).
#[derive(Clone)]
pub struct Session {
    pub(crate) state: SessionState,
    pub(crate) env: Arc<SessionEnv>,
    pub(crate) exited: bool,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("state", &self.state)
            .field("exited", &self.exited)
            .finish()
    }
}

/// What the answers so far say, derived on demand from [`SessionState::answered`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Facts {
    pub(crate) band: AgeBand,
    pub(crate) age_source: Option<AgeSignalSource>,
    pub(crate) age_asked: bool,
    pub(crate) category: Option<Category>,
    pub(crate) in_danger: bool,
    pub(crate) depicted_is_reporter: bool,
    pub(crate) coerced: bool,
    pub(crate) blocked_already: bool,
    pub(crate) desired_outcome: Option<String>,
    pub(crate) notify: Option<NotifyPreference>,
    pub(crate) intents: Vec<Intent>,
    pub(crate) free_text: Option<String>,
}

impl Session {
    /// The serializable state (seal it to disk to survive a restart).
    pub fn state(&self) -> &SessionState {
        &self.state
    }

    /// The locale the session speaks (after negotiation).
    pub fn locale(&self) -> &str {
        self.env.messages.locale()
    }

    /// Whether `quick_exit()` was called.
    pub fn is_exited(&self) -> bool {
        self.exited
    }

    pub(crate) fn step(&self) -> Result<&Step, SessionError> {
        if self.exited {
            return Err(SessionError::Exited);
        }
        self.env
            .flow
            .step(&self.state.current)
            .ok_or(SessionError::StaleState { field: "current" })
    }

    /// Answers the current step and moves to the next one. On error nothing changes.
    pub fn answer(&mut self, answer: Answer) -> Result<(), SessionError> {
        let step = self.step()?;
        let step_id = step.id.clone();
        self.check_answer(step, &answer)?;
        let chosen_goto = match (&answer, step.kind) {
            (Answer::Choose(id), StepKind::ChooseOne | StepKind::YesNo) => step
                .options
                .iter()
                .find(|c| &c.id == id)
                .and_then(|c| c.goto.clone()),
            _ => None,
        };
        let next_rule = step.next.clone();
        self.state.answered.push(Answered {
            step: step_id,
            answer,
        });
        let next = match chosen_goto {
            Some(target) => Some(target),
            None => next_rule.as_ref().and_then(|n| self.route(n)),
        };
        match next {
            Some(target) => {
                self.state.current = target;
                Ok(())
            }
            None => {
                // Unreachable for a validated flow (the last route is unconditional); undo.
                let undone = self.state.answered.pop();
                debug_assert!(undone.is_some());
                Err(SessionError::Finished)
            }
        }
    }

    fn check_answer(&self, step: &Step, answer: &Answer) -> Result<(), SessionError> {
        let id = || step.id.clone();
        let facts = self.facts();
        let visible = |option: &str| {
            step.options
                .iter()
                .any(|c| c.id == option && c.when.as_ref().is_none_or(|w| self.holds(w, &facts)))
        };
        match (step.kind, answer) {
            (StepKind::Done, _) => Err(SessionError::Finished),
            (StepKind::ChooseOne | StepKind::YesNo, Answer::Choose(option)) => {
                if visible(option) {
                    Ok(())
                } else {
                    Err(SessionError::UnknownOption { step: id() })
                }
            }
            (StepKind::ChooseMany, Answer::ChooseMany(options)) => {
                if options.is_empty() || options.len() > MAX_SELECTIONS {
                    return Err(SessionError::BadSelection { step: id() });
                }
                for (i, option) in options.iter().enumerate() {
                    if options[..i].contains(option) {
                        return Err(SessionError::BadSelection { step: id() });
                    }
                    if !visible(option) {
                        return Err(SessionError::UnknownOption { step: id() });
                    }
                }
                if options.len() > 1 && options.iter().any(|o| o == NO_INTENT) {
                    return Err(SessionError::BadSelection { step: id() });
                }
                Ok(())
            }
            (StepKind::ShortText, Answer::Text(text)) => {
                let len = text.chars().count();
                if text.trim().is_empty() || len > MAX_SHORT_TEXT_CHARS {
                    Err(SessionError::BadText { step: id() })
                } else {
                    Ok(())
                }
            }
            (StepKind::ShortText, Answer::Skip) if step.optional => Ok(()),
            (StepKind::Info | StepKind::WhoWillBeTold | StepKind::Review, Answer::Continue) => Ok(()),
            _ => Err(SessionError::WrongKind { step: id() }),
        }
    }

    /// Goes back one step, forgetting the answer given there. Then answering again gives
    /// exactly the state that answering that way in the first place would have given.
    pub fn back(&mut self) -> Result<(), SessionError> {
        let step = self.step()?;
        if !self.can_go_back(step) {
            return Err(SessionError::CannotGoBack {
                step: step.id.clone(),
            });
        }
        if let Some(previous) = self.state.answered.pop() {
            self.state.current = previous.step;
        }
        Ok(())
    }

    pub(crate) fn can_go_back(&self, step: &Step) -> bool {
        // After done the report is built and handed over: going back would edit a sent report.
        !self.state.answered.is_empty() && step.kind != StepKind::Done
    }

    /// Closes the wizard at once and forgets every answer. The app must also drop the sealed
    /// saved copy of the state; the session refuses every further call.
    pub fn quick_exit(&mut self) {
        self.exited = true;
        for answered in &mut self.state.answered {
            if let Answer::Text(text) = &mut answered.answer {
                // Overwrite before drop; best effort (no zeroize dependency for one string).
                text.clear();
            }
        }
        self.state.answered = Vec::new();
        self.state.current = String::new();
        self.state.context.category = None;
    }

    /// The first route whose condition holds.
    pub(crate) fn route(&self, next: &Next) -> Option<String> {
        match next {
            Next::To(id) => Some(id.clone()),
            Next::Routes(routes) => {
                let facts = self.facts();
                routes
                    .iter()
                    .find(|r| r.when.as_ref().is_none_or(|w| self.holds(w, &facts)))
                    .map(|r| r.goto.clone())
            }
        }
    }

    pub(crate) fn facts(&self) -> Facts {
        let ctx = &self.state.context;
        let mut facts = Facts {
            band: ctx.age_band,
            age_source: ctx.age_source,
            age_asked: false,
            category: ctx.category,
            in_danger: false,
            depicted_is_reporter: false,
            coerced: false,
            blocked_already: false,
            desired_outcome: None,
            notify: None,
            intents: Vec::new(),
            free_text: None,
        };
        for answered in &self.state.answered {
            let Some(field) = self.env.flow.step(&answered.step).and_then(|s| s.records) else {
                continue;
            };
            let choice = match &answered.answer {
                Answer::Choose(c) => Some(c.as_str()),
                _ => None,
            };
            let yes = choice == Some("yes");
            match field {
                Field::AgeBand => {
                    if let Some(band) = choice.and_then(AgeBand::from_code) {
                        facts.band = band;
                        facts.age_source = Some(AgeSignalSource::AskedInFlow);
                        facts.age_asked = true;
                    }
                }
                Field::Category => facts.category = choice.and_then(Category::from_code).or(facts.category),
                Field::InDanger => facts.in_danger = yes,
                Field::DepictedIsReporter => facts.depicted_is_reporter = yes,
                Field::Coerced => facts.coerced = yes,
                Field::BlockedAlready => facts.blocked_already = yes,
                Field::DesiredOutcome => facts.desired_outcome = choice.map(str::to_owned),
                Field::Notify => facts.notify = choice.and_then(NotifyPreference::from_code),
                Field::Intents => {
                    if let Answer::ChooseMany(ids) = &answered.answer {
                        facts.intents = ids.iter().filter_map(|i| Intent::from_code(i)).collect();
                    }
                }
                Field::FreeText => {
                    if let Answer::Text(text) = &answered.answer {
                        facts.free_text = Some(text.clone());
                    }
                }
            }
        }
        facts
    }

    pub(crate) fn holds(&self, condition: &Condition, facts: &Facts) -> bool {
        let ctx = &self.state.context;
        let flag = |f: CategoryFlag| facts.category.is_some_and(|c| self.env.policy.has_flag(c, f));
        match condition {
            Condition::Band(bands) => bands.contains(&facts.band.wording_band()),
            Condition::Role(roles) => roles.contains(&ctx.role),
            Condition::AgeUnknown => facts.band == AgeBand::Unknown,
            Condition::CategoryKnown => facts.category.is_some(),
            Condition::CategoryFlag(f) => flag(*f),
            Condition::Category(list) => facts.category.is_some_and(|c| list.contains(&c)),
            Condition::HasScript => facts
                .category
                .is_some_and(|c| self.env.scripts.for_category(c).is_some()),
            Condition::HelpFirst => facts
                .category
                .and_then(|c| self.env.scripts.for_category(c))
                .is_some_and(|s| s.help_first),
            Condition::DutyToTell => facts.category.is_some_and(|c| {
                !self
                    .env
                    .policy
                    .who_must_be_told(&ctx.country, c, facts.band)
                    .is_empty()
            }),
            Condition::InDanger => facts.in_danger,
            Condition::Answered { step, option } => self
                .state
                .answered
                .iter()
                .any(|a| &a.step == step && matches!(&a.answer, Answer::Choose(c) if c == option)),
            Condition::Not(inner) => !self.holds(inner, facts),
            Condition::All(list) => list.iter().all(|c| self.holds(c, facts)),
            Condition::Any(list) => list.iter().any(|c| self.holds(c, facts)),
        }
    }

    /// The notification preference: the answer from 13, else the safe default
    /// ("don't notify" for in-danger and sexual categories).
    pub fn notify_preference(&self) -> NotifyPreference {
        let facts = self.facts();
        facts.notify.unwrap_or_else(|| {
            // The taxonomy's `quiet_by_default`: urgent or sexual categories, or in danger now.
            let quiet = facts.category.is_some_and(|c| {
                self.env.policy.has_flag(c, CategoryFlag::Sexual)
                    || self.env.policy.has_flag(c, CategoryFlag::Urgent)
            });
            if facts.in_danger || quiet {
                NotifyPreference::DontNotify
            } else {
                NotifyPreference::TellMeHere
            }
        })
    }

    /// The intents the reporter chose, evidence-destroying ones marked deferred.
    pub fn intents(&self) -> Vec<IntentRequest> {
        if self.exited {
            return Vec::new();
        }
        self.facts()
            .intents
            .into_iter()
            .map(IntentRequest::for_intent)
            .collect()
    }
}
