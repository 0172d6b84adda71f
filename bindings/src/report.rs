//! Reports: the builder the wizard fills and the validated, immutable report (JSON in and out).
//!
//! `Report` is an object, not a record: its accessors return content (free text, ids) only when
//! asked, and the generated classes never print it in `toString` / `description` / `repr`.

use std::sync::{Arc, Mutex, PoisonError};

use tellsafe::platform::{OsRandom, Random};
use tellsafe::report::{self, ReportId};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

use crate::error::TellSafeError;

pub use tellsafe::report::{DesiredOutcome, Flags, Platform, SubjectKind};

/// Who or what a report is about.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Subject {
    /// User, content, message, conversation or live stream.
    pub kind: SubjectKind,
    /// The platform's opaque id.
    pub id: String,
}

/// The reporter's choices at one wizard step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Answer {
    /// The step id.
    pub step: String,
    /// The chosen option ids.
    pub choices: Vec<String>,
}

/// A piece of evidence the platform holds.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Evidence {
    /// The platform's opaque id.
    pub id: String,
    /// Optional client-side SHA-256, lowercase hex.
    pub sha256: Option<String>,
}

/// A fresh UUIDv7 report id for `created_at` (random bits from the OS).
#[uniffi::export]
pub fn new_report_id(created_at_unix_millis: i64) -> Result<String, TellSafeError> {
    let millis = u64::try_from(created_at_unix_millis)
        .map_err(|_| TellSafeError::validation("out_of_range", "created_at"))?;
    let mut random = [0u8; 10];
    OsRandom::new().fill(&mut random)?;
    Ok(ReportId::new(millis, &random).to_string())
}

/// Collects a report's fields; `build` validates them all at once (core's `ReportBuilder`).
/// Setters return the builder, so calls chain in every language.
#[derive(uniffi::Object)]
pub struct ReportBuilder(Mutex<report::ReportBuilder>);

impl ReportBuilder {
    fn with(self: Arc<Self>, f: impl FnOnce(report::ReportBuilder) -> report::ReportBuilder) -> Arc<Self> {
        {
            let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            *guard = f(guard.clone());
        }
        self
    }
}

#[uniffi::export]
impl ReportBuilder {
    /// Starts a report with its id (`new_report_id`) and creation time.
    #[uniffi::constructor]
    pub fn new(id: String, created_at: Timestamp) -> Result<Arc<ReportBuilder>, TellSafeError> {
        let id = ReportId::parse(&id).map_err(|reason| TellSafeError::validation(reason.code(), "id"))?;
        Ok(Arc::new(ReportBuilder(Mutex::new(report::ReportBuilder::new(
            id, created_at,
        )))))
    }

    /// The reporter's locale (BCP 47).
    pub fn locale(self: Arc<Self>, tag: String) -> Arc<Self> {
        self.with(|b| b.locale(tag))
    }
    /// The reporter's country (ISO 3166-1 alpha-2).
    pub fn country(self: Arc<Self>, code: String) -> Arc<Self> {
        self.with(|b| b.country(code))
    }
    /// Age band and where it came from.
    pub fn age(self: Arc<Self>, band: AgeBand, source: AgeSignalSource) -> Arc<Self> {
        self.with(|b| b.age(band, source))
    }
    /// Who is reporting.
    pub fn role(self: Arc<Self>, role: ReporterRole) -> Arc<Self> {
        self.with(|b| b.role(role))
    }
    /// What happened.
    pub fn category(self: Arc<Self>, category: Category) -> Arc<Self> {
        self.with(|b| b.category(category))
    }
    /// Adds a subject.
    pub fn subject(self: Arc<Self>, kind: SubjectKind, id: String) -> Arc<Self> {
        self.with(|b| b.subject(kind, id))
    }
    /// Records the choices at one step.
    pub fn answer(self: Arc<Self>, step: String, choices: Vec<String>) -> Arc<Self> {
        self.with(|b| b.answer(step, choices))
    }
    /// The reporter's own words (cleaned and limited by core).
    pub fn free_text(self: Arc<Self>, text: String) -> Arc<Self> {
        self.with(|b| b.free_text(text))
    }
    /// Adds an evidence reference.
    pub fn evidence(self: Arc<Self>, id: String, sha256: Option<String>) -> Arc<Self> {
        self.with(|b| b.evidence(id, sha256.as_deref()))
    }
    /// Sets the flags.
    pub fn flags(self: Arc<Self>, flags: Flags) -> Arc<Self> {
        self.with(|b| b.flags(flags))
    }
    /// What the reporter would like to happen.
    pub fn desired_outcome(self: Arc<Self>, outcome: DesiredOutcome) -> Arc<Self> {
        self.with(|b| b.desired_outcome(outcome))
    }
    /// The app that made the report.
    pub fn client(self: Arc<Self>, platform: Platform, app_version: String) -> Arc<Self> {
        self.with(|b| b.client(platform, app_version))
    }

    /// Validates everything and returns the report; the builder can be changed and built again.
    pub fn build(&self) -> Result<Arc<Report>, TellSafeError> {
        let builder = self.0.lock().unwrap_or_else(PoisonError::into_inner).clone();
        Ok(Arc::new(Report(builder.build()?)))
    }
}

/// A validated report (schema v1). Immutable; every way to get one validates.
#[derive(uniffi::Object)]
pub struct Report(pub(crate) report::Report);

#[uniffi::export]
impl Report {
    /// Parses and validates report JSON (what a T&S script or the backend receives).
    #[uniffi::constructor]
    pub fn from_json(json: String) -> Result<Arc<Report>, TellSafeError> {
        Ok(Arc::new(Report(report::Report::from_json(json.as_bytes())?)))
    }

    /// The canonical JSON.
    pub fn to_json(&self) -> Result<String, TellSafeError> {
        Ok(self.0.to_json()?)
    }
    /// The report id (UUIDv7).
    pub fn id(&self) -> String {
        self.0.id().to_string()
    }
    /// The schema version (1).
    pub fn schema_version(&self) -> u32 {
        self.0.schema_version()
    }
    /// When the reporter submitted.
    pub fn created_at(&self) -> Timestamp {
        self.0.created_at()
    }
    /// The reporter's locale.
    pub fn locale(&self) -> String {
        self.0.locale().as_str().to_string()
    }
    /// The reporter's country.
    pub fn country(&self) -> String {
        self.0.country().as_str().to_string()
    }
    /// The age band.
    pub fn age_band(&self) -> AgeBand {
        self.0.age_band()
    }
    /// Where the age band came from.
    pub fn age_signal_source(&self) -> AgeSignalSource {
        self.0.age_signal_source()
    }
    /// Who reported.
    pub fn role(&self) -> ReporterRole {
        self.0.role()
    }
    /// The category.
    pub fn category(&self) -> Category {
        self.0.category()
    }
    /// The subjects.
    pub fn subjects(&self) -> Vec<Subject> {
        let subjects = self.0.subjects().iter();
        subjects
            .map(|s| Subject {
                kind: s.kind,
                id: s.id.as_str().to_string(),
            })
            .collect()
    }
    /// The wizard's answers, by step id.
    pub fn answers(&self) -> Vec<Answer> {
        let answers = self.0.answers().iter();
        answers
            .map(|(step, choices)| Answer {
                step: step.as_str().to_string(),
                choices: choices.iter().map(|c| c.as_str().to_string()).collect(),
            })
            .collect()
    }
    /// The cleaned free text.
    pub fn free_text(&self) -> Option<String> {
        self.0.free_text().map(|t| t.as_str().to_string())
    }
    /// Evidence references.
    pub fn evidence(&self) -> Vec<Evidence> {
        let evidence = self.0.evidence().iter();
        evidence
            .map(|e| Evidence {
                id: e.id.as_str().to_string(),
                sha256: e.sha256.map(|d| d.to_hex()),
            })
            .collect()
    }
    /// The flags.
    pub fn flags(&self) -> Flags {
        self.0.flags()
    }
    /// The desired outcome.
    pub fn desired_outcome(&self) -> DesiredOutcome {
        self.0.desired_outcome()
    }
    /// The app platform.
    pub fn platform(&self) -> Platform {
        self.0.client().platform
    }
    /// The app version.
    pub fn app_version(&self) -> String {
        self.0.client().app_version.as_str().to_string()
    }
    /// The SDK version that built the report.
    pub fn sdk_version(&self) -> String {
        self.0.client().sdk_version.as_str().to_string()
    }
}

/// Whether a report JSON is valid; the error says which field and why (never its value).
#[uniffi::export]
pub fn validate_report_json(json: String) -> Result<(), TellSafeError> {
    report::Report::from_json(json.as_bytes())?;
    Ok(())
}
