//! The report wizard as a uniffi Object: start with the reporter's context, read the step on
//! screen, answer, go back, quick-exit, and finish into a report. Thin conversions of core's
//! `flow` types; every rule lives in core.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tellsafe::flow;
use tellsafe::report::{Platform, ReportId};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

use crate::data::WizardData;
use crate::error::TellSafeError;
use crate::report::{Evidence, Report};

/// What the app passes to start a wizard session.
#[derive(Debug, Clone, uniffi::Record)]
pub struct WizardStart {
    /// The reporter's age band (the app's signal; `Unknown` is treated as a child).
    pub age_band: AgeBand,
    /// Where the age signal came from, if known.
    pub age_source: Option<AgeSignalSource>,
    /// Who is reporting (self, caregiver, ...).
    pub role: ReporterRole,
    /// The reporter's locale (negotiated against shipped locales).
    pub locale: String,
    /// The reporter's country (ISO 3166-1 alpha-2), which picks the jurisdiction pack.
    pub country: String,
    /// The app's display name, used in copy.
    pub app_name: String,
    /// Let negotiation pick draft (unreviewed) translations.
    pub allow_draft_locales: bool,
    /// The category when the app's entry point already knows it.
    pub category: Option<Category>,
    /// Today (pack expiry); the core reads no clock.
    pub today: Timestamp,
    /// The flow, scripts, locales and packs (`None`: the embedded data, in libraries built
    /// with feature `embedded`; mobile libraries need the app's `WizardData.from_sources`).
    #[uniffi(default = None)]
    pub data: Option<Arc<WizardData>>,
}

/// One answer to the step on screen.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum WizardAnswer {
    /// The chosen option of a choose-one or yes/no step.
    Choose {
        /// The option id.
        option: String,
    },
    /// The chosen options of a choose-many step.
    ChooseMany {
        /// The option ids.
        options: Vec<String>,
    },
    /// The typed text of a short-text step.
    Text {
        /// The text.
        text: String,
    },
    /// Skip an optional short-text step.
    Skip,
    /// Continue past an info, who-will-be-told or review step.
    Continue,
}

impl From<WizardAnswer> for flow::Answer {
    fn from(a: WizardAnswer) -> flow::Answer {
        match a {
            WizardAnswer::Choose { option } => flow::Answer::Choose(option),
            WizardAnswer::ChooseMany { options } => flow::Answer::ChooseMany(options),
            WizardAnswer::Text { text } => flow::Answer::Text(text),
            WizardAnswer::Skip => flow::Answer::Skip,
            WizardAnswer::Continue => flow::Answer::Continue,
        }
    }
}

/// One option of a step.
#[derive(Debug, Clone, uniffi::Record)]
pub struct StepOption {
    /// Stable id (what `WizardAnswer.Choose` takes).
    pub id: String,
    /// Localized label.
    pub label: String,
    /// Icon name, if any.
    pub icon: Option<String>,
    /// Whether the UI preselects it.
    pub preselected: bool,
}

/// The "get help now" block every step carries.
#[derive(Debug, Clone, uniffi::Record)]
pub struct StepHelp {
    /// The button label.
    pub label: String,
    /// The text shown when opened.
    pub text: String,
    /// The helpline's name, if the country has one.
    pub helpline_name: Option<String>,
    /// The emergency number, if known.
    pub emergency_number: Option<String>,
}

/// One answered step on the review screen.
#[derive(Debug, Clone, uniffi::Record)]
pub struct StepSummary {
    /// The step id.
    pub step_id: String,
    /// The question as asked.
    pub question: String,
    /// The answer's words.
    pub answer: Vec<String>,
}

/// The step on screen, localized and worded for the reporter's age band.
#[derive(Debug, Clone, uniffi::Record)]
pub struct StepView {
    /// The step id.
    pub step_id: String,
    /// The kind's stable code (`choose_one`, `choose_many`, `short_text`, `yes_no`, `info`,
    /// `who_will_be_told`, `review`, `done`).
    pub kind: String,
    /// Title.
    pub title: String,
    /// Body text, if any.
    pub body: Option<String>,
    /// Icon name, if any.
    pub icon: Option<String>,
    /// Options (choose and yes/no steps).
    pub options: Vec<StepOption>,
    /// Whether the step may be skipped.
    pub optional: bool,
    /// Longest text a short-text step takes.
    pub max_text_chars: Option<u32>,
    /// 1-based position among the questions.
    pub progress_step: u32,
    /// Number of questions on this path.
    pub progress_of: u32,
    /// Whether "back" is offered.
    pub can_go_back: bool,
    /// Whether "get help" leads the screen (worrying answers).
    pub help_first: bool,
    /// The help block.
    pub get_help: StepHelp,
    /// Lines of a safety script shown on this step, if any.
    pub script_lines: Vec<String>,
    /// Who will be told (who-will-be-told step).
    pub told: Vec<String>,
    /// The answers so far (review step).
    pub summary: Vec<StepSummary>,
    /// Chrome labels: back, quick exit, next.
    pub back_label: String,
    /// The quick-exit label.
    pub quick_exit_label: String,
    /// The next label.
    pub next_label: String,
}

impl From<flow::StepView> for StepView {
    fn from(v: flow::StepView) -> StepView {
        let kind = serde_json::to_value(v.kind)
            .ok()
            .and_then(|k| k.as_str().map(str::to_owned))
            .unwrap_or_default();
        StepView {
            step_id: v.step_id,
            kind,
            title: v.title,
            body: v.body,
            icon: v.icon,
            options: v
                .options
                .into_iter()
                .map(|o| StepOption {
                    id: o.id,
                    label: o.label,
                    icon: o.icon,
                    preselected: o.preselected,
                })
                .collect(),
            optional: v.optional,
            max_text_chars: v.max_text_chars,
            progress_step: v.progress.step,
            progress_of: v.progress.of,
            can_go_back: v.can_go_back,
            help_first: v.help_first,
            get_help: StepHelp {
                label: v.get_help.label,
                text: v.get_help.text,
                helpline_name: v.get_help.helpline.map(|h| h.name),
                emergency_number: v.get_help.emergency_number,
            },
            script_lines: v.script.map(|s| s.lines).unwrap_or_default(),
            told: v.told,
            summary: v
                .summary
                .into_iter()
                .map(|s| StepSummary {
                    step_id: s.step_id,
                    question: s.question,
                    answer: s.answer,
                })
                .collect(),
            back_label: v.chrome.back,
            quick_exit_label: v.chrome.quick_exit,
            next_label: v.chrome.next,
        }
    }
}

/// A finished wizard: the report and what the app does next.
#[derive(uniffi::Record)]
pub struct WizardResult {
    /// The report to submit.
    pub report: Arc<Report>,
    /// Whether the reporter wants in-app updates (`false`: "don't notify me").
    pub notify: bool,
    /// The app's follow-up actions, each a JSON `IntentRequest`.
    pub intents: Vec<String>,
}

pub(crate) fn session_error(e: &flow::SessionError) -> TellSafeError {
    let code = match e {
        flow::SessionError::Locale => {
            return TellSafeError::Locale {
                code: "no_messages".into(),
            };
        }
        flow::SessionError::Exited => "exited",
        _ => "refused",
    };
    TellSafeError::validation(code, "session")
}

/// One wizard session. Answers and typed text are report content: nothing here logs them, and
/// `quick_exit` wipes them at once.
#[derive(uniffi::Object)]
pub struct WizardSession {
    pub(crate) session: Mutex<flow::Session>,
}

impl WizardSession {
    pub(crate) fn lock(&self) -> MutexGuard<'_, flow::Session> {
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The finished session as a core outcome (shared by `to_report` and the client).
    pub(crate) fn outcome(
        &self,
        id: ReportId,
        created_at: Timestamp,
        platform: Platform,
        app_version: String,
        evidence: Vec<Evidence>,
    ) -> Result<flow::WizardOutcome, TellSafeError> {
        self.lock()
            .to_report(flow::SubmitInputs {
                id,
                created_at,
                platform,
                app_version,
                evidence: evidence.into_iter().map(|e| (e.id, e.sha256)).collect(),
            })
            .map_err(|e| match e {
                flow::SubmitError::Session(s) => session_error(&s),
                flow::SubmitError::Report(r) => r.into(),
            })
    }
}

#[uniffi::export]
impl WizardSession {
    /// Starts a session over `start.data` (or the embedded data).
    #[uniffi::constructor]
    pub fn start(start: WizardStart) -> Result<Arc<WizardSession>, TellSafeError> {
        let wizard = WizardData::or_default(start.data)?.wizard(start.today, start.allow_draft_locales)?;
        let session = wizard
            .start(flow::StartContext {
                age_band: start.age_band,
                age_source: start.age_source,
                role: start.role,
                locale: start.locale,
                country: start.country,
                app_name: start.app_name,
                category: start.category,
                subjects: Vec::new(),
            })
            .map_err(|e| session_error(&e))?;
        Ok(Arc::new(WizardSession {
            session: Mutex::new(session),
        }))
    }

    /// The step on screen.
    pub fn current(&self) -> Result<StepView, TellSafeError> {
        self.lock()
            .current()
            .map(Into::into)
            .map_err(|e| session_error(&e))
    }

    /// Answers the step on screen and returns the next one. Nothing changes on error.
    pub fn answer(&self, answer: WizardAnswer) -> Result<StepView, TellSafeError> {
        let mut s = self.lock();
        s.answer(answer.into()).map_err(|e| session_error(&e))?;
        s.current().map(Into::into).map_err(|e| session_error(&e))
    }

    /// Goes back one step.
    pub fn back(&self) -> Result<StepView, TellSafeError> {
        let mut s = self.lock();
        s.back().map_err(|e| session_error(&e))?;
        s.current().map(Into::into).map_err(|e| session_error(&e))
    }

    /// Wipes every answer now; later calls fail with `exited`.
    pub fn quick_exit(&self) {
        self.lock().quick_exit();
    }

    /// Whether `quick_exit` was called.
    pub fn is_exited(&self) -> bool {
        self.lock().is_exited()
    }

    /// Builds the report once the session is on its done step (`id` from `new_report_id`).
    pub fn to_report(
        &self,
        id: String,
        created_at: Timestamp,
        platform: Platform,
        app_version: String,
        evidence: Vec<Evidence>,
    ) -> Result<WizardResult, TellSafeError> {
        let id = ReportId::parse(&id).map_err(|_| TellSafeError::validation("syntax", "id"))?;
        let outcome = self.outcome(id, created_at, platform, app_version, evidence)?;
        Ok(result(outcome))
    }
}

pub(crate) fn result(outcome: flow::WizardOutcome) -> WizardResult {
    WizardResult {
        report: Arc::new(Report(outcome.report)),
        notify: outcome.notify == flow::NotifyPreference::TellMeHere,
        intents: outcome
            .intents
            .iter()
            .filter_map(|i| serde_json::to_string(i).ok())
            .collect(),
    }
}
