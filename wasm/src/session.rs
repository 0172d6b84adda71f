//! [`WebSession`]: one wizard run. Every call is the core session's, with JSON at the edge.

use serde::Serialize;
use tellsafe::Timestamp;
use tellsafe::flow::{Answer, Session, SubmitInputs};
use tellsafe::report::{Platform, ReportId};
use wasm_bindgen::prelude::*;

use crate::error::{WebError, from_json, to_json};

/// A wizard session. Holds no I/O; the element renders [`WebSession::current`] and calls
/// [`WebSession::answer`] / [`WebSession::back`] / [`WebSession::quick_exit`].
#[wasm_bindgen]
pub struct WebSession {
    session: Session,
}

/// A finished wizard as JSON for the page: the canonical report body to queue, its id, and
/// what the app does next (the outcome's notify preference and intents).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Finished<'a> {
    report_id: String,
    report_json: String,
    category: &'static str,
    notify: tellsafe::flow::NotifyPreference,
    intents: &'a [tellsafe::flow::IntentRequest],
}

/// Bytes of randomness in a UUIDv7 after the 48-bit time (74 random bits, rounded up).
const UUID_RANDOM_BYTES: usize = 10;

impl WebSession {
    pub(crate) fn new(session: Session) -> WebSession {
        WebSession { session }
    }
}

#[wasm_bindgen]
impl WebSession {
    /// The step on screen (JSON `StepView`): localized title, body, options, progress,
    /// get-help action and chrome labels.
    pub fn current(&self) -> Result<String, JsValue> {
        let view = self
            .session
            .current()
            .map_err(|e| WebError::from_display("session", &e))?;
        Ok(to_json(&view)?)
    }

    /// Answers the current step (JSON `Answer`: `{"choose":"id"}`, `{"choose_many":[..]}`,
    /// `{"text":".."}`, `"skip"`, `"continue"`). The state is unchanged after an error.
    pub fn answer(&mut self, answer: &str) -> Result<(), JsValue> {
        let answer: Answer = from_json("answer", answer)?;
        self.session
            .answer(answer)
            .map_err(|e| WebError::from_display("session", &e).into())
    }

    /// Goes back one step.
    pub fn back(&mut self) -> Result<(), JsValue> {
        self.session
            .back()
            .map_err(|e| WebError::from_display("session", &e).into())
    }

    /// Drops every answer at once (the page also deletes any saved copy and closes the UI).
    #[wasm_bindgen(js_name = quickExit)]
    pub fn quick_exit(&mut self) {
        self.session.quick_exit();
    }

    /// Whether the session was exited.
    #[wasm_bindgen(getter, js_name = isExited)]
    pub fn is_exited(&self) -> bool {
        self.session.is_exited()
    }

    /// The locale the session speaks.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> String {
        self.session.locale().to_owned()
    }

    /// The serializable state (JSON `SessionState`), to seal between screens.
    pub fn state(&self) -> Result<String, JsValue> {
        Ok(to_json(self.session.state())?)
    }

    /// Builds the report once the session is on its done step (JSON `FinishedReport`). The
    /// id is a UUIDv7 from `Date.now()` and `crypto.getRandomValues`.
    #[wasm_bindgen(js_name = toReport)]
    pub fn to_report(&self, app_version: &str, now_ms: f64) -> Result<String, JsValue> {
        Ok(self.finish(app_version, now_ms)?)
    }
}

impl WebSession {
    fn finish(&self, app_version: &str, now_ms: f64) -> Result<String, WebError> {
        // JS numbers for times are integral milliseconds.
        #[allow(clippy::cast_possible_truncation)]
        let millis = now_ms as i64;
        let created_at = Timestamp::from_unix_millis(millis)
            .ok_or_else(|| WebError::new("invalid_input", "field `nowMs` out of range"))?;
        let mut random = [0u8; UUID_RANDOM_BYTES];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random)
            .map_err(|_| WebError::new("random", "random source unavailable"))?;
        let id = ReportId::new(u64::try_from(millis).unwrap_or(0), &random);
        let outcome = self
            .session
            .to_report(SubmitInputs {
                id,
                created_at,
                platform: Platform::Web,
                app_version: app_version.to_owned(),
                evidence: Vec::new(),
            })
            .map_err(|e| WebError::from_display("report", &e))?;
        let report_json = outcome
            .report
            .to_json()
            .map_err(|e| WebError::from_display("report", &e))?;
        to_json(&Finished {
            report_id: outcome.report.id().to_string(),
            report_json,
            category: outcome.report.category().code(),
            notify: outcome.notify,
            intents: &outcome.intents,
        })
    }
}
