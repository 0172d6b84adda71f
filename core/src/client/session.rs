//! The wizard session the client holds for the app: start, answer, save (sealed), resume,
//! submit. The session lives in memory; `save_session` seals a copy bound to the account.

use crate::flow::{Answer, SessionState, StartContext, StepView, Subject, SubmitInputs};
use crate::report::ReportId;
use crate::taxonomy::Category;

use super::send::Submitted;
use super::{ClientError, TellSafe, lock};

fn no_wizard() -> ClientError {
    ClientError::Config { field: "wizard" }
}

fn session_error(e: crate::flow::SessionError) -> ClientError {
    ClientError::Validation {
        field: "session",
        reason: e.to_string(),
    }
}

impl TellSafe {
    /// Starts a wizard session for the signed-in reporter (age band, locale and country from
    /// the config; `category` when the app's entry point already knows it) and returns the first step.
    pub fn start_session(
        &self,
        category: Option<Category>,
        subjects: Vec<Subject>,
    ) -> Result<StepView, ClientError> {
        let wizard = self.wizard.as_ref().ok_or_else(no_wizard)?;
        let session = wizard
            .start(StartContext {
                age_band: self.age_band,
                age_source: self.age_source,
                role: crate::age::ReporterRole::Myself,
                locale: self.locale.clone(),
                country: self.country.clone(),
                app_name: self.app_name.clone(),
                category,
                subjects,
            })
            .map_err(session_error)?;
        let view = session.current().map_err(session_error)?;
        *lock(&self.session) = Some(session);
        Ok(view)
    }

    /// The step on screen.
    pub fn current_step(&self) -> Result<StepView, ClientError> {
        let guard = lock(&self.session);
        let session = guard.as_ref().ok_or(ClientError::NotFound)?;
        session.current().map_err(session_error)
    }

    /// Answers the current step and returns the next one.
    pub fn answer(&self, answer: Answer) -> Result<StepView, ClientError> {
        let mut guard = lock(&self.session);
        let session = guard.as_mut().ok_or(ClientError::NotFound)?;
        session.answer(answer).map_err(session_error)?;
        session.current().map_err(session_error)
    }

    /// Goes back one step.
    pub fn back(&self) -> Result<StepView, ClientError> {
        let mut guard = lock(&self.session);
        let session = guard.as_mut().ok_or(ClientError::NotFound)?;
        session.back().map_err(session_error)?;
        session.current().map_err(session_error)
    }

    /// Seals the session's state (bound to the signed-in account) so it survives the app being
    /// killed. `quick_exit` deletes it.
    pub async fn save_session(&self) -> Result<(), ClientError> {
        let account = self.auth.current().await?.account;
        let state = {
            let guard = lock(&self.session);
            let session = guard.as_ref().ok_or(ClientError::NotFound)?;
            serde_json::to_value(session.state())
                .map_err(|_| ClientError::Outbox(crate::outbox::OutboxError::Encode))?
        };
        self.records.save_draft(&account, &state).await
    }

    /// Resumes the saved session of the signed-in account, if there is one (replayed through
    /// the flow, so a tampered or stale state is refused). Returns the step on screen.
    pub async fn resume_session(&self) -> Result<Option<StepView>, ClientError> {
        let account = self.auth.current().await?.account;
        let wizard = self.wizard.as_ref().ok_or_else(no_wizard)?;
        let Some(value) = self.records.load_draft(&account).await? else {
            return Ok(None);
        };
        let Ok(state) = serde_json::from_value::<SessionState>(value) else {
            return Ok(None);
        };
        let session = wizard.resume(state).map_err(session_error)?;
        let view = session.current().map_err(session_error)?;
        *lock(&self.session) = Some(session);
        Ok(Some(view))
    }

    /// Submits the finished session: builds the Report v1 (new UUIDv7 from the clock and the
    /// random source), queues it durably, then drops the draft.
    pub async fn submit_session(
        &self,
        evidence: Vec<(String, Option<String>)>,
    ) -> Result<Submitted, ClientError> {
        let now = self.clock.now();
        let mut random = [0u8; 10];
        self.random.fill(&mut random)?;
        let millis = u64::try_from(now.unix_millis()).unwrap_or(0);
        let outcome = {
            let guard = lock(&self.session);
            let session = guard.as_ref().ok_or(ClientError::NotFound)?;
            session
                .to_report(SubmitInputs {
                    id: ReportId::new(millis, &random),
                    created_at: now,
                    platform: self.platform,
                    app_version: self.app_version.clone(),
                    evidence,
                })
                .map_err(|e| ClientError::Validation {
                    field: "session",
                    reason: e.to_string(),
                })?
        };
        let submitted = self
            .submit(&outcome.report, outcome.notify, &outcome.intents)
            .await?;
        lock(&self.session).take();
        self.records.drop_draft().await?;
        Ok(submitted)
    }
}
