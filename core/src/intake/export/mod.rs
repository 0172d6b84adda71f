//! Standard exports for trust-and-safety teams (feature `intake`): pure functions from a
//! stored report, its case facts and its decision to the formats T&S teams already file.
//!
//! * [`dsa_statement`]: an EU DSA Transparency Database statement of reasons (API v2 JSON,
//!   `source_type` `SOURCE_ARTICLE_16`), with no personal data.
//! * [`affected_user_statement`]: the DSA Art. 17 statement to the affected user, which never
//!   identifies or hints at the reporter.
//! * [`ncmec_report`]: a NCMEC CyberTipline `<report>` document and one `<fileDetails>`
//!   document per evidence item.
//! * [`atproto_report`]: an AT Protocol `com.atproto.moderation.createReport` body.
//! * [`stats`]: transparency statistics over fixed periods with small-cell suppression.
//!
//! Nothing here reads a clock or a database: the backend passes the report, the case facts it
//! stores (SLA tier, escalation), the decision with its Art. 17 statement fields and the
//! console's view log in; the output is data. Errors name the field, never its value.
//!
//! Field lists and limits: `shared/reference/reporting-anchors.md` sections B and C. Element
//! names of the NCMEC XML follow third-party typings (the reference marks them unverified);
//! confirm against NCMEC's XSD before filing.

mod affected_user;
mod atproto;
mod dsa;
mod ncmec;
pub mod stats;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::report::Report;
use crate::status::{Decision, Grounds};
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

pub use affected_user::{
    AffectedItem, AffectedUserStatement, MIN_COMPLAINT_DAYS, Redress, StatementGround,
    affected_user_statement,
};
pub use atproto::{
    ATPROTO_REASON_MAX_BYTES, ATPROTO_REASON_MAX_GRAPHEMES, AtprotoReport, AtprotoSubject, atproto_report,
};
pub use dsa::{
    DSA_FACTS_MAX, DSA_GROUND_EXPLANATION_MAX, DSA_GROUND_MAX, DSA_OTHER_MAX, DSA_PUID_MAX, DsaStatement,
    dsa_statement, validate_dsa,
};
pub use ncmec::{NcmecExport, NcmecFile, ncmec_report};

/// A service-level tier for a case, `P0` (most urgent) to `P3`, as exports and statistics name it.
///
/// The backend stores the live [`ReviewTier`](super::review::ReviewTier) of each case (which
/// priority can raise); exports take that through `From`. [`SlaTier::derive`] is the default
/// from the report alone, for stores that kept no tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SlaTier {
    /// A child may be in danger now, or sextortion: the first look cannot wait.
    P0,
    /// Child sexual exploitation (every category with a NCMEC incident type).
    P1,
    /// Other categories the taxonomy marks urgent.
    P2,
    /// Everything else.
    P3,
}

impl From<super::review::ReviewTier> for SlaTier {
    fn from(tier: super::review::ReviewTier) -> SlaTier {
        use super::review::ReviewTier;
        match tier {
            ReviewTier::Immediate => SlaTier::P0,
            ReviewTier::Urgent => SlaTier::P1,
            ReviewTier::High => SlaTier::P2,
            ReviewTier::Standard => SlaTier::P3,
        }
    }
}

impl SlaTier {
    /// Every tier, most urgent first.
    pub const ALL: [SlaTier; 4] = [SlaTier::P0, SlaTier::P1, SlaTier::P2, SlaTier::P3];

    /// The stable code (`"P0"`).
    pub fn code(self) -> &'static str {
        match self {
            SlaTier::P0 => "P0",
            SlaTier::P1 => "P1",
            SlaTier::P2 => "P2",
            SlaTier::P3 => "P3",
        }
    }

    /// Parses a code (`"P0"` to `"P3"`); `None` for anything else.
    pub fn from_code(code: &str) -> Option<SlaTier> {
        SlaTier::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The default tier of a report when the backend stores none:
    /// "in danger now" or the sextortion annotation => P0; child sexual exploitation (a
    /// category with a NCMEC incident type) => P1; another urgent category => P2; else P3.
    pub fn derive(report: &Report) -> SlaTier {
        SlaTier::from_facts(
            report.category(),
            report.flags().in_danger_now,
            report.flags().coerced,
        )
    }

    /// [`SlaTier::derive`] from the facts a backend keeps even after the body is deleted:
    /// the category, "in danger now" and "coerced" (which adds sextortion to online
    /// enticement, as the NCMEC export does).
    pub fn from_facts(category: Category, in_danger_now: bool, coerced: bool) -> SlaTier {
        let info = category.info();
        let sextortion = ncmec::annotations_for(category, coerced)
            .iter()
            .any(|a| a == "sextortion");
        if in_danger_now || sextortion {
            SlaTier::P0
        } else if info.ncmec.is_some() {
            SlaTier::P1
        } else if info.urgent {
            SlaTier::P2
        } else {
            SlaTier::P3
        }
    }

    /// Whether a NCMEC report is escalated (`escalateToHighPriority`): P0 and P1.
    pub fn is_high_priority(self) -> bool {
        matches!(self, SlaTier::P0 | SlaTier::P1)
    }
}

/// A report as the backend stored it, with who sent it.
///
/// `reporter_account` is the reporting account on the platform: it may appear only where a
/// format asks for the reporter (the NCMEC `victim` when the reporter is the depicted minor),
/// and every export checks that it appears nowhere else.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredReport {
    /// The validated report.
    pub report: Report,
    /// The reporting account's platform id.
    pub reporter_account: String,
}

impl std::fmt::Debug for StoredReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The account identifies the reporter: never in Debug.
        f.debug_struct("StoredReport")
            .field("report", &self.report)
            .finish_non_exhaustive()
    }
}

/// What the backend knows about the case beyond the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseFacts {
    /// The backend's case number (used in the DSA `puid`, never the report id).
    pub case_id: u64,
    /// When the backend received the report.
    pub received_at: Timestamp,
    /// The case's SLA tier (stored, or [`SlaTier::derive`]).
    pub sla_tier: SlaTier,
    /// Whether the safety team escalated the case.
    pub escalated: bool,
    /// Whether the safety team established that the reported user is a minor too
    /// (NCMEC `minorToMinorInteraction`); never guessed from the report.
    pub reported_user_is_minor: bool,
}

/// The DSA Art. 17 fields the backend keeps beside a decision (core's [`Decision`] carries
/// no moderator text on purpose).
#[derive(Clone, PartialEq, Eq)]
pub struct StatementFacts {
    /// Facts and circumstances relied on, written by the safety team.
    pub explanation: String,
    /// Content type codes (`text`, `image`, `video`, `message`, ...), comma separated.
    pub content_type: String,
    /// Territorial scope: `worldwide`, `EEA`, `EU` or ISO 3166-1 alpha-2 codes, comma separated.
    pub territorial_scope: String,
}

impl std::fmt::Debug for StatementFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StatementFacts")
            .field(
                "explanation",
                &format_args!("<redacted {} chars>", self.explanation.chars().count()),
            )
            .finish_non_exhaustive()
    }
}

/// Which evidence items a reviewer opened in full in the console (indices into
/// [`Report::evidence`]). Only this log may set NCMEC's `fileViewedByEsp`: claiming a view
/// that did not happen changes what law enforcement may open without a warrant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewLog {
    /// Indices of evidence items viewed in full.
    pub viewed_evidence: BTreeSet<usize>,
}

/// Who files: the platform's own facts, for the parts of each format that name the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformInfo {
    /// The service name (NCMEC `espService`, `chatClient`).
    pub service: String,
    /// The NCMEC reporting person's email (required by NCMEC).
    pub contact_email: String,
    /// Prefix of DSA `puid`s (`[A-Za-z0-9_-]`), unique per platform.
    pub puid_prefix: String,
    /// The terms of service URL, if published (DSA `decision_ground_reference_url`).
    pub terms_url: Option<String>,
    /// Days the affected user may lodge an internal complaint (DSA Art. 20: at least six months).
    pub complaint_window_days: u32,
}

/// Everything one export reads.
#[derive(Debug, Clone, Copy)]
pub struct ExportInput<'a> {
    /// The report and its reporter.
    pub stored: &'a StoredReport,
    /// The case facts.
    pub case: &'a CaseFacts,
    /// The standing decision and its statement fields, if decided.
    pub decision: Option<(&'a Decision, &'a StatementFacts)>,
    /// The console's view log.
    pub view_log: &'a ViewLog,
    /// The platform filing.
    pub platform: &'a PlatformInfo,
}

/// Which export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// DSA Transparency Database statement of reasons.
    Dsa,
    /// Art. 17 statement to the affected user.
    AffectedUser,
    /// NCMEC CyberTipline report.
    Ncmec,
    /// AT Protocol createReport body.
    Atproto,
}

impl ExportFormat {
    /// The stable code (`"affected-user"`), as the backend's CLI spells it.
    pub fn code(self) -> &'static str {
        match self {
            ExportFormat::Dsa => "dsa",
            ExportFormat::AffectedUser => "affected-user",
            ExportFormat::Ncmec => "ncmec",
            ExportFormat::Atproto => "atproto",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why an export does not apply to this case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotApplicableReason {
    /// The decision restricts nothing (no removal, restriction or suspension), so no statement
    /// of reasons is owed.
    #[error("the decision restricts nothing")]
    NoRestriction,
    /// The territorial scope has no EU/EEA country, so the DSA does not apply.
    #[error("the territorial scope has no EU/EEA country")]
    OutsideEea,
    /// The category has no NCMEC incident type.
    #[error("the category has no NCMEC incident type")]
    NoNcmecIncidentType,
    /// No subject is an AT Protocol account (a `did:` user id).
    #[error("no subject is an AT Protocol account")]
    NoAtprotoSubject,
}

/// Why an export failed. Names fields, never values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The export needs a decision and the case has none.
    #[error("{format} export needs a decision")]
    MissingDecision {
        /// The export.
        format: ExportFormat,
    },
    /// The export does not apply to this case.
    #[error("{format} export does not apply: {reason}")]
    NotApplicable {
        /// The export.
        format: ExportFormat,
        /// Why.
        reason: NotApplicableReason,
    },
    /// A required field is empty.
    #[error("field `{field}` is required")]
    MissingField {
        /// The field.
        field: &'static str,
    },
    /// A field is over its limit.
    #[error("field `{field}` is longer than {max}")]
    TooLong {
        /// The field.
        field: &'static str,
        /// The limit.
        max: usize,
    },
    /// A field holds a value outside its format (an unknown code, a bad character).
    #[error("field `{field}` is invalid")]
    InvalidField {
        /// The field.
        field: &'static str,
    },
    /// A field would carry an identifier or the reporter's words into a public filing.
    #[error("field `{field}` would disclose personal data")]
    PersonalData {
        /// The field.
        field: &'static str,
    },
    /// A field would identify the reporter where the format must not.
    #[error("field `{field}` would identify the reporter")]
    ReporterIdentity {
        /// The field.
        field: &'static str,
    },
    /// Writing the document failed (never with well-formed input; kept typed, not a panic).
    #[error("writing the {format} document failed")]
    Write {
        /// The export.
        format: ExportFormat,
    },
}

/// Shortest free text checked for verbatim copies: shorter texts ("ok", "no") occur in any
/// prose and would refuse every export.
const MIN_FREE_TEXT_CHECK_CHARS: usize = 8;

/// Whether `needle` occurs in `haystack` as a whole token (not inside a longer word or id), so
/// that subject id `12` does not match "section 12a" but does match "user 12 posted".
pub(crate) fn contains_token(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    haystack.match_indices(needle).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + needle.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Whether `text` quotes the reporter's free text verbatim.
pub(crate) fn quotes_free_text(report: &Report, text: &str) -> bool {
    report.free_text().is_some_and(|free| {
        free.char_count() >= MIN_FREE_TEXT_CHECK_CHARS && text.contains(free.as_str().trim())
    })
}

/// Values only the reporter's side knows: the account, evidence ids, the report id.
pub(crate) fn reporter_tokens(stored: &StoredReport) -> Vec<String> {
    let report = &stored.report;
    let mut tokens = vec![stored.reporter_account.clone(), report.id().to_string()];
    tokens.extend(report.evidence().iter().map(|e| e.id.as_str().to_owned()));
    tokens.retain(|t| !t.trim().is_empty());
    tokens
}

/// Every identifier the report carries (reporter side plus subject ids): none may reach a
/// public filing.
pub(crate) fn all_identifiers(stored: &StoredReport) -> Vec<String> {
    let mut tokens = reporter_tokens(stored);
    tokens.extend(stored.report.subjects().iter().map(|s| s.id.as_str().to_owned()));
    tokens
}

/// Refuses `text` for a public filing if it holds an identifier or quotes the reporter.
pub(crate) fn check_public(
    stored: &StoredReport,
    field: &'static str,
    text: &str,
) -> Result<(), ExportError> {
    if all_identifiers(stored).iter().any(|t| contains_token(text, t))
        || quotes_free_text(&stored.report, text)
    {
        return Err(ExportError::PersonalData { field });
    }
    Ok(())
}

/// Refuses `text` where the reporter must not be identifiable.
pub(crate) fn check_not_reporter(
    stored: &StoredReport,
    field: &'static str,
    text: &str,
) -> Result<(), ExportError> {
    if reporter_tokens(stored).iter().any(|t| contains_token(text, t))
        || quotes_free_text(&stored.report, text)
    {
        return Err(ExportError::ReporterIdentity { field });
    }
    Ok(())
}

/// Checks a length in Unicode scalar values (the unit of the DSA database's limits).
pub(crate) fn check_len(field: &'static str, text: &str, max: usize) -> Result<(), ExportError> {
    if text.chars().count() > max {
        return Err(ExportError::TooLong { field, max });
    }
    Ok(())
}

/// The human label of a DSA `STATEMENT_CATEGORY_*` (reference B.2.1); `None` for an unknown one.
pub fn dsa_category_label(code: &str) -> Option<&'static str> {
    DSA_CATEGORY_LABELS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, label)| *label)
}

/// Labels of reference B.2.1, verbatim.
const DSA_CATEGORY_LABELS: [(&str, &str); 16] = [
    ("STATEMENT_CATEGORY_ANIMAL_WELFARE", "Animal welfare"),
    (
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        "Consumer information infringements",
    ),
    ("STATEMENT_CATEGORY_CYBER_VIOLENCE", "Cyber violence"),
    (
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
        "Cyber violence against women",
    ),
    (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "Data protection and privacy violations",
    ),
    (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        "Illegal or harmful speech",
    ),
    (
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "Intellectual property infringements",
    ),
    (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "Negative effects on civic discourse or elections",
    ),
    (
        "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
        "Type of alleged illegal content not specified by the notifier",
    ),
    (
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "Other violation of provider's terms and conditions",
    ),
    ("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "Protection of minors"),
    (
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        "Risk for public security",
    ),
    ("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "Scams and/or fraud"),
    ("STATEMENT_CATEGORY_SELF_HARM", "Self-harm"),
    (
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        "Unsafe, non-compliant or prohibited products",
    ),
    ("STATEMENT_CATEGORY_VIOLENCE", "Violence"),
];

/// A keyword constant as words (`KEYWORD_HATE_SPEECH` -> `hate speech`).
pub(crate) fn keyword_words(keyword: &str) -> String {
    keyword
        .trim_start_matches("KEYWORD_")
        .split('_')
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The grounds' basis and reference.
pub(crate) fn ground_parts(grounds: &Grounds) -> (bool, &str) {
    match grounds {
        Grounds::IllegalContent { legal_ground } => (true, legal_ground.as_str()),
        Grounds::Terms { clause } => (false, clause.as_str()),
    }
}

/// A neutral sentence on why the content breaks the ground, from public taxonomy labels only
/// (never the reporter's words): DSA `*_explanation` and the affected user's statement.
pub(crate) fn ground_explanation(category: Category, illegal: bool) -> String {
    let dsa = &category.info().dsa;
    let label = dsa_category_label(&dsa.category).unwrap_or("a category of the provider's policies");
    let keywords: Vec<String> = dsa
        .keywords
        .iter()
        .filter(|k| k.as_str() != crate::taxonomy::reference::DSA_CATCH_ALL_KEYWORD)
        .map(|k| keyword_words(k))
        .collect();
    let what = if keywords.is_empty() {
        label.to_owned()
    } else {
        format!("{label} ({})", keywords.join(", "))
    };
    if illegal {
        format!(
            "The content was reviewed and assessed as {what}, which is illegal under the legal ground cited."
        )
    } else {
        format!(
            "The content was reviewed and assessed as {what}, which is incompatible with the terms and conditions clause cited."
        )
    }
}

/// The calendar date (`YYYY-MM-DD`, UTC) of an instant.
pub(crate) fn date_of(t: Timestamp) -> String {
    t.to_rfc3339().chars().take(10).collect()
}
