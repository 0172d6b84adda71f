//! [`ReportBuilder`]: collects raw input from the wizard, validates it all in [`build`].
//!
//! Setters never fail; `build` reports the first problem found, in field order, as a typed
//! error naming the field. Counts are checked before items, so a hostile list is rejected
//! before any item in it is looked at.
//!
//! [`build`]: ReportBuilder::build

use std::collections::{BTreeMap, BTreeSet};

use super::digest::Sha256Digest;
use super::error::{FieldPath, Reason, ReportError};
use super::ids::{Code, CountryCode, Locale, OpaqueId, VersionLabel};
use super::limits::{MAX_ANSWER_STEPS, MAX_CHOICES_PER_STEP, MAX_EVIDENCE, MAX_SUBJECTS};
use super::parts::{
    Answers, ClientInfo, DesiredOutcome, EvidenceRef, Flags, FreeText, Platform, SubjectKind, SubjectRef,
};
use super::report_id::ReportId;
use super::{Report, SchemaVersion1, check_size};
use crate::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

/// This crate's version, written into `client.sdk_version` unless overridden.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Builds a [`Report`]. Required: everything in [`new`](ReportBuilder::new) plus locale,
/// country, age, role, category and client. Optional: subjects, answers, free text,
/// evidence and flags (default none / all false), desired outcome (default `NotSure`).
#[derive(Clone)]
#[must_use]
pub struct ReportBuilder {
    id: ReportId,
    created_at: Timestamp,
    locale: Option<String>,
    country: Option<String>,
    age: Option<(AgeBand, AgeSignalSource)>,
    role: Option<ReporterRole>,
    category: Option<Category>,
    subjects: Vec<(SubjectKind, String)>,
    answers: BTreeMap<String, Vec<String>>,
    free_text: Option<String>,
    evidence: Vec<(String, Option<String>)>,
    flags: Flags,
    desired_outcome: DesiredOutcome,
    sdk_version: String,
    client: Option<(Platform, String)>,
}

impl std::fmt::Debug for ReportBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Counts only, like `Report`'s Debug.
        f.debug_struct("ReportBuilder")
            .field("subjects", &self.subjects.len())
            .field("answers", &self.answers.len())
            .field("evidence", &self.evidence.len())
            .finish_non_exhaustive()
    }
}

impl ReportBuilder {
    /// Starts a report with its id and creation time (the caller owns the clock and the RNG).
    pub fn new(id: ReportId, created_at: Timestamp) -> ReportBuilder {
        ReportBuilder {
            id,
            created_at,
            locale: None,
            country: None,
            age: None,
            role: None,
            category: None,
            subjects: Vec::new(),
            answers: BTreeMap::new(),
            free_text: None,
            evidence: Vec::new(),
            flags: Flags::default(),
            desired_outcome: DesiredOutcome::NotSure,
            sdk_version: SDK_VERSION.to_owned(),
            client: None,
        }
    }

    /// The reporter's BCP 47 locale (`en-GB`; `_` and any case accepted, stored canonical).
    pub fn locale(mut self, tag: impl Into<String>) -> Self {
        self.locale = Some(tag.into());
        self
    }

    /// The reporter's ISO 3166-1 alpha-2 country, uppercase (`GB`).
    pub fn country(mut self, code: impl Into<String>) -> Self {
        self.country = Some(code.into());
        self
    }

    /// The age band and where it came from.
    pub fn age(mut self, band: AgeBand, source: AgeSignalSource) -> Self {
        self.age = Some((band, source));
        self
    }

    /// Who is reporting.
    pub fn role(mut self, role: ReporterRole) -> Self {
        self.role = Some(role);
        self
    }

    /// What happened.
    pub fn category(mut self, category: Category) -> Self {
        self.category = Some(category);
        self
    }

    /// Adds a subject (at most [`MAX_SUBJECTS`](super::MAX_SUBJECTS), no duplicates).
    pub fn subject(mut self, kind: SubjectKind, id: impl Into<String>) -> Self {
        self.subjects.push((kind, id.into()));
        self
    }

    /// Records the choices picked on a step, replacing an earlier answer to the same step.
    pub fn answer<I, S>(mut self, step: impl Into<String>, choices: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.answers
            .insert(step.into(), choices.into_iter().map(Into::into).collect());
        self
    }

    /// The reporter's own words, raw: `build` cleans, normalizes and measures them.
    pub fn free_text(mut self, text: impl Into<String>) -> Self {
        self.free_text = Some(text.into());
        self
    }

    /// Adds an evidence ref with an optional SHA-256 (64 hex digits or padded base64).
    pub fn evidence(mut self, id: impl Into<String>, sha256: Option<&str>) -> Self {
        self.evidence.push((id.into(), sha256.map(str::to_owned)));
        self
    }

    /// The flags (default all false).
    pub fn flags(mut self, flags: Flags) -> Self {
        self.flags = flags;
        self
    }

    /// What the reporter would like to happen (default [`DesiredOutcome::NotSure`]).
    pub fn desired_outcome(mut self, outcome: DesiredOutcome) -> Self {
        self.desired_outcome = outcome;
        self
    }

    /// The platform and the integrating app's version.
    pub fn client(mut self, platform: Platform, app_version: impl Into<String>) -> Self {
        self.client = Some((platform, app_version.into()));
        self
    }

    /// Overrides `client.sdk_version` (default [`SDK_VERSION`]); for bindings with their own
    /// version and for re-reading stored reports.
    pub fn sdk_version(mut self, version: impl Into<String>) -> Self {
        self.sdk_version = version.into();
        self
    }

    /// Validates everything and returns the report, or the first problem in field order.
    pub fn build(self) -> Result<Report, ReportError> {
        let locale = required(self.locale.as_deref(), "locale", Locale::parse)?;
        let country = required(self.country.as_deref(), "country", CountryCode::parse)?;
        let (age_band, age_signal_source) = self.age.ok_or_else(|| missing("age_band"))?;
        let role = self.role.ok_or_else(|| missing("role"))?;
        let category = self.category.ok_or_else(|| missing("category"))?;
        let subjects = build_subjects(&self.subjects)?;
        let answers = build_answers(&self.answers)?;
        let free_text = match self.free_text.as_deref() {
            Some(raw) => FreeText::clean(raw).map_err(at(FieldPath::field("free_text")))?,
            None => None,
        };
        let evidence = build_evidence(&self.evidence)?;
        let (platform, app_version) = self.client.ok_or_else(|| missing("client"))?;
        let client = ClientInfo {
            sdk_version: VersionLabel::parse(&self.sdk_version)
                .map_err(at(FieldPath::field("client").then("sdk_version")))?,
            platform,
            app_version: VersionLabel::parse(&app_version)
                .map_err(at(FieldPath::field("client").then("app_version")))?,
        };
        let report = Report {
            id: self.id,
            schema_version: SchemaVersion1,
            created_at: self.created_at,
            locale,
            country,
            age_band,
            age_signal_source,
            role,
            category,
            subjects,
            answers,
            free_text,
            evidence,
            flags: self.flags,
            desired_outcome: self.desired_outcome,
            client,
        };
        check_size(report.serialize_compact().len())?;
        Ok(report)
    }
}

fn missing(field: &'static str) -> ReportError {
    ReportError::invalid(FieldPath::field(field), Reason::Missing)
}

fn at(path: FieldPath) -> impl FnOnce(Reason) -> ReportError {
    move |reason| ReportError::invalid(path, reason)
}

fn required<T>(
    value: Option<&str>,
    field: &'static str,
    parse: fn(&str) -> Result<T, Reason>,
) -> Result<T, ReportError> {
    let text = value.ok_or_else(|| missing(field))?;
    parse(text).map_err(at(FieldPath::field(field)))
}

fn check_count(len: usize, max: usize, path: impl FnOnce() -> FieldPath) -> Result<(), ReportError> {
    if len > max {
        return Err(ReportError::invalid(path(), Reason::TooMany { max }));
    }
    Ok(())
}

fn build_subjects(raw: &[(SubjectKind, String)]) -> Result<Vec<SubjectRef>, ReportError> {
    check_count(raw.len(), MAX_SUBJECTS, || FieldPath::field("subjects"))?;
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, (kind, id)) in raw.iter().enumerate() {
        let id = OpaqueId::parse(id).map_err(at(FieldPath::field("subjects").at(i).then("id")))?;
        let subject = SubjectRef { kind: *kind, id };
        if !seen.insert((subject.kind, subject.id.clone())) {
            return Err(ReportError::invalid(
                FieldPath::field("subjects").at(i),
                Reason::Duplicate,
            ));
        }
        out.push(subject);
    }
    Ok(out)
}

fn build_answers(raw: &BTreeMap<String, Vec<String>>) -> Result<Answers, ReportError> {
    check_count(raw.len(), MAX_ANSWER_STEPS, || FieldPath::field("answers"))?;
    let mut out = BTreeMap::new();
    for (i, (step, choices)) in raw.iter().enumerate() {
        let entry = FieldPath::field("answers").at(i);
        let step = Code::parse(step).map_err(at(entry.clone().then("step")))?;
        check_count(choices.len(), MAX_CHOICES_PER_STEP, || {
            entry.clone().then("choices")
        })?;
        let mut picked = Vec::with_capacity(choices.len());
        for (j, choice) in choices.iter().enumerate() {
            let path = || entry.clone().then("choices").at(j);
            let choice = Code::parse(choice).map_err(at(path()))?;
            if picked.contains(&choice) {
                return Err(ReportError::invalid(path(), Reason::Duplicate));
            }
            picked.push(choice);
        }
        out.insert(step, picked);
    }
    Ok(Answers(out))
}

fn build_evidence(raw: &[(String, Option<String>)]) -> Result<Vec<EvidenceRef>, ReportError> {
    check_count(raw.len(), MAX_EVIDENCE, || FieldPath::field("evidence"))?;
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, (id, sha256)) in raw.iter().enumerate() {
        let path = FieldPath::field("evidence").at(i);
        let id = OpaqueId::parse(id).map_err(at(path.clone().then("id")))?;
        let sha256 = match sha256.as_deref() {
            Some(text) => Some(Sha256Digest::parse(text).map_err(at(path.clone().then("sha256")))?),
            None => None,
        };
        if !seen.insert(id.clone()) {
            return Err(ReportError::invalid(path.then("id"), Reason::Duplicate));
        }
        out.push(EvidenceRef { id, sha256 });
    }
    Ok(out)
}
