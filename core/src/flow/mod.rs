//! The report wizard: flows as data, validated when loaded, and sans-I/O sessions over them.
//!
//! A [`Wizard`] holds a validated [`Flow`], the [`SafetyScripts`], a [`Policy`] (taxonomy flags,
//! duties, helplines) and a [`MessageSource`] (Fluent). [`Wizard::start`] makes a [`Session`]:
//! call [`Session::current`] to render, [`Session::answer`] / [`Session::back`] to move,
//! [`Session::quick_exit`] to drop everything, and save [`Session::state`] between screens.
//! The session does no I/O, reads no clock and holds no globals, so it runs the same on
//! Android, iOS, the web and in tests.

mod adapters;
#[cfg(feature = "compact-data")]
mod compact;
mod env;
mod model;
mod outcome;
mod scripts;
mod session;
mod submit;
mod validate;
mod view;

use std::sync::Arc;

#[cfg(feature = "embedded-locales")]
pub use adapters::{EmbeddedLocales, shipped_locale_ids};
pub use adapters::{FluentMessages, PackPolicy, locale_ids};
#[cfg(feature = "compact-data")]
pub(crate) use compact::Reader;
#[cfg(feature = "compact-data")]
pub use compact::{embedded_flow, embedded_scripts};
pub use env::{HelpInfo, HelplineInfo, Messages, Policy};
pub use model::{
    CategoryFlag, Choice, Chrome, Condition, DEFAULT_AUDIENCE, DefaultRule, FLOW_FORMAT, Field, Flow,
    MessageRef, Next, Route, ScriptRef, Step, StepKind,
};
pub use outcome::{Intent, IntentRequest, NotifyPreference};
pub use scripts::{Handoff, SCRIPTS_FORMAT, SafetyScript, SafetyScripts};
pub use session::{
    Answer, Answered, MAX_SELECTIONS, MAX_SHORT_TEXT_CHARS, Session, SessionError, SessionState, StartContext,
};
pub use submit::{Subject, SubmitError, SubmitInputs, WizardOutcome, desired_outcome_for};
pub use validate::{FlowError, InvalidFlow, LocaleIds, NO_INTENT, message_ids, structure, validate};
pub use view::{
    ChromeView, GetHelp, HandoffView, OptionView, Progress, ScriptView, StepView, SummaryItem, band_key,
};

use session::SessionEnv;

/// The embedded default flow (`core/flows/report.json`).
#[cfg(feature = "embedded-locales")]
pub const EMBEDDED_FLOW: &str = include_str!("../../flows/report.json");

/// The embedded safety scripts (`core/data/safety-scripts.json`).
#[cfg(feature = "embedded-locales")]
pub const EMBEDDED_SCRIPTS: &str = include_str!("../../data/safety-scripts.json");

/// Loads the messages of one locale (and its fallback) when a session starts.
pub trait MessageSource: Send + Sync {
    /// Messages for the requested locale, negotiated; `None` when nothing usable exists.
    fn load(&self, requested: &str) -> Option<Arc<dyn Messages>>;
}

/// Why a flow or its scripts could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The JSON does not parse as a flow or scripts file.
    #[error("{file} does not parse: {source}")]
    Parse {
        /// Which file (`flow` or `scripts`).
        file: &'static str,
        /// The parser's error (names fields and positions, never report content).
        source: serde_json::Error,
    },
    /// It parses but is not a valid flow.
    #[error(transparent)]
    Invalid(#[from] InvalidFlow),
}

/// A loaded, validated flow with what its sessions need. Cheap to share (`Arc` inside).
#[derive(Clone)]
pub struct Wizard {
    flow: Arc<Flow>,
    scripts: Arc<SafetyScripts>,
    policy: Arc<dyn Policy>,
    messages: Arc<dyn MessageSource>,
}

impl std::fmt::Debug for Wizard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wizard")
            .field("flow", &self.flow.id)
            .finish_non_exhaustive()
    }
}

impl Wizard {
    /// A wizard over a flow and scripts, checked structurally (message ids are checked per
    /// locale by [`validate`] in tests and `tellsafe flows check`, so `start` parses one locale).
    pub fn new(
        flow: Flow,
        scripts: SafetyScripts,
        policy: Arc<dyn Policy>,
        messages: Arc<dyn MessageSource>,
    ) -> Result<Wizard, InvalidFlow> {
        validate(&flow, &scripts, &[], &[])?;
        Ok(Wizard {
            flow: Arc::new(flow),
            scripts: Arc::new(scripts),
            policy,
            messages,
        })
    }

    /// A wizard over the embedded flow and scripts in `build.rs`'s compact form (feature
    /// `compact-data`, the web package). Unlike [`Wizard::new`] it runs no structural check:
    /// the data is fixed at build time and the crate's tests run that check on exactly these
    /// bytes (`the_compact_flow_passes_the_checks_wizard_new_runs`), which keeps the checker
    /// (~44 KB) out of the .wasm. `None` when the bytes do not decode (a build bug).
    #[cfg(feature = "compact-data")]
    pub fn embedded_compact(policy: Arc<dyn Policy>, messages: Arc<dyn MessageSource>) -> Option<Wizard> {
        Some(Wizard {
            flow: Arc::new(embedded_flow()?),
            scripts: Arc::new(embedded_scripts()?),
            policy,
            messages,
        })
    }

    /// A wizard from flow and scripts JSON.
    pub fn from_json(
        flow: &str,
        scripts: &str,
        policy: Arc<dyn Policy>,
        messages: Arc<dyn MessageSource>,
    ) -> Result<Wizard, LoadError> {
        let flow = Flow::from_json(flow).map_err(|source| LoadError::Parse { file: "flow", source })?;
        let scripts = SafetyScripts::from_json(scripts).map_err(|source| LoadError::Parse {
            file: "scripts",
            source,
        })?;
        Ok(Wizard::new(flow, scripts, policy, messages)?)
    }

    /// The flow.
    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    /// The safety scripts.
    pub fn scripts(&self) -> &SafetyScripts {
        &self.scripts
    }

    fn env(&self, context: &StartContext) -> Result<Arc<SessionEnv>, SessionError> {
        let messages = self.messages.load(&context.locale).ok_or(SessionError::Locale)?;
        Ok(Arc::new(SessionEnv {
            flow: Arc::clone(&self.flow),
            scripts: Arc::clone(&self.scripts),
            policy: Arc::clone(&self.policy),
            help: self.policy.help_for(&context.country),
            messages,
        }))
    }

    /// Starts a session on the first step the context leads to.
    pub fn start(&self, context: StartContext) -> Result<Session, SessionError> {
        let env = self.env(&context)?;
        Ok(Self::fresh(env, context))
    }

    fn fresh(env: Arc<SessionEnv>, context: StartContext) -> Session {
        let mut session = Session {
            state: SessionState {
                flow_id: env.flow.id.clone(),
                flow_version: env.flow.version,
                context,
                answered: Vec::new(),
                current: String::new(),
            },
            env,
            exited: false,
        };
        let start = session.env.flow.start.clone();
        // A validated start always routes (its last route is unconditional).
        session.state.current = session.route(&start).unwrap_or_default();
        session
    }

    /// Resumes a saved session. The answers are replayed through the flow, so a state that was
    /// edited or saved under another flow is refused rather than trusted.
    pub fn resume(&self, state: SessionState) -> Result<Session, SessionError> {
        if state.flow_id != self.flow.id {
            return Err(SessionError::StaleState { field: "flow_id" });
        }
        if state.flow_version != self.flow.version {
            return Err(SessionError::StaleState {
                field: "flow_version",
            });
        }
        let env = self.env(&state.context)?;
        let mut session = Self::fresh(env, state.context.clone());
        for answered in &state.answered {
            if session.state.current != answered.step {
                return Err(SessionError::StaleState { field: "answered" });
            }
            session
                .answer(answered.answer.clone())
                .map_err(|_| SessionError::StaleState { field: "answered" })?;
        }
        if session.state != state {
            return Err(SessionError::StaleState { field: "current" });
        }
        Ok(session)
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_shipped;
