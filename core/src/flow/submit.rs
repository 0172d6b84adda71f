//! Turning a finished session into a Report v1 plus what the app does next.

use serde::{Deserialize, Serialize};

use super::model::{Field, StepKind};
use super::outcome::{IntentRequest, NotifyPreference};
use super::session::{Answer, Session, SessionError};
use crate::age::AgeSignalSource;
use crate::report::{
    DesiredOutcome, Flags, Platform, Report, ReportBuilder, ReportError, ReportId, SubjectKind,
};
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

/// Who or what the app is reporting (the platform's own ids), passed at `start`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// What the id points at.
    pub kind: SubjectKind,
    /// The platform's id for it.
    pub id: String,
}

impl std::fmt::Debug for Subject {
    // Subject ids are report content: only the kind is printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Subject({:?}, ..)", self.kind)
    }
}

/// What only the app knows at submit time: the report id, the time, the app, the evidence.
#[derive(Debug, Clone)]
pub struct SubmitInputs {
    /// UUIDv7 from the platform's clock and CSPRNG (the core reads neither).
    pub id: ReportId,
    /// When the reporter pressed send.
    pub created_at: Timestamp,
    /// The platform the SDK runs on.
    pub platform: Platform,
    /// The integrating app's version.
    pub app_version: String,
    /// Evidence the platform holds: its id and an optional SHA-256 (hex or base64).
    pub evidence: Vec<(String, Option<String>)>,
}

/// A finished wizard: the report, and beside it what the app does for the reporter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WizardOutcome {
    /// The report to send.
    pub report: Report,
    /// Whether the app may tell the reporter in the app when something changes.
    pub notify: NotifyPreference,
    /// Actions for the app; deferred ones wait for the receipt or `preserve_locally(id)`.
    pub intents: Vec<IntentRequest>,
}

/// Why `to_report` failed.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// The session is not on its done step, or was exited.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The report did not validate (names the field).
    #[error(transparent)]
    Report(#[from] ReportError),
}

/// Option ids of a `desired_outcome` step that are not themselves [`DesiredOutcome`] codes.
/// "Keep it private" is recorded as "I just want someone to know"; the answers keep the nuance.
const OUTCOME_ALIASES: [(&str, DesiredOutcome); 1] =
    [("keep_private", DesiredOutcome::JustWantSomeoneToKnow)];

/// The [`DesiredOutcome`] an option id records, if any.
pub fn desired_outcome_for(option: &str) -> Option<DesiredOutcome> {
    OUTCOME_ALIASES
        .iter()
        .find(|(id, _)| *id == option)
        .map(|(_, outcome)| *outcome)
        .or_else(|| {
            // serde's plain string deserializer: no JSON parser instantiated for one code.
            let code = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(option);
            serde::Deserialize::deserialize(code).ok()
        })
}

impl Session {
    /// Builds the report once the session reached its done step. The in-flow age answer
    /// leaves the device only as the band (the age step is not copied into `answers`).
    pub fn to_report(&self, inputs: SubmitInputs) -> Result<WizardOutcome, SubmitError> {
        let step = self.step()?;
        if step.kind != StepKind::Done {
            return Err(SessionError::NotFinished {
                step: step.id.clone(),
            }
            .into());
        }
        let facts = self.facts();
        let ctx = &self.state.context;
        let category = facts.category.ok_or(SessionError::NotFinished {
            step: step.id.clone(),
        })?;
        // A band the app did not know and the flow did not ask (cannot happen with the embedded
        // flow) is reported as unknown, declared by nobody: the closest honest source is Declared.
        let (band, source) = match (facts.band, facts.age_source) {
            (band, Some(source)) => (band, source),
            (band, None) => (band, AgeSignalSource::Declared),
        };
        let mut builder = ReportBuilder::new(inputs.id, inputs.created_at)
            .locale(self.env.messages.locale())
            .country(ctx.country.clone())
            .age(band, source)
            .role(ctx.role)
            .category(category)
            .client(inputs.platform, inputs.app_version);
        for subject in &ctx.subjects {
            builder = builder.subject(subject.kind, subject.id.clone());
        }
        for (id, digest) in &inputs.evidence {
            builder = builder.evidence(id.clone(), digest.as_deref());
        }
        let mut desired = DesiredOutcome::NotSure;
        for answered in &self.state.answered {
            let Some(step) = self.env.flow.step(&answered.step) else {
                continue;
            };
            if step.records == Some(Field::AgeBand) {
                continue;
            }
            match &answered.answer {
                Answer::Choose(id) => {
                    if step.records == Some(Field::DesiredOutcome) {
                        desired = desired_outcome_for(id).unwrap_or(DesiredOutcome::NotSure);
                    }
                    builder = builder.answer(step.id.clone(), [id.clone()]);
                }
                Answer::ChooseMany(ids) => builder = builder.answer(step.id.clone(), ids.iter().cloned()),
                Answer::Text(_) | Answer::Skip | Answer::Continue => {}
            }
        }
        if let Some(text) = &facts.free_text {
            builder = builder.free_text(text.clone());
        }
        let flags = Flags {
            in_danger_now: facts.in_danger,
            depicted_minor_is_reporter: facts.depicted_is_reporter,
            // A threat to share pictures is coercion by definition, whether or not it was asked.
            coerced: facts.coerced || category == Category::ThreatToSharePictures,
            blocked_already: facts.blocked_already,
        };
        let report = builder.flags(flags).desired_outcome(desired).build()?;
        Ok(WizardOutcome {
            report,
            notify: self.notify_preference(),
            intents: self.intents(),
        })
    }
}
