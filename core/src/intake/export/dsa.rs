//! The DSA Transparency Database statement of reasons (API v2; reference C.1).

use serde::{Deserialize, Serialize};

use super::{
    ExportError, ExportFormat, ExportInput, NotApplicableReason, check_len, check_public, date_of,
    ground_explanation, ground_parts,
};
use crate::status::{Action, AutomatedDecision};
use crate::taxonomy::reference::{DSA_CATCH_ALL_KEYWORD, dsa_category_known, dsa_keyword_allowed};

/// `decision_visibility_other`, `content_type_other`, `category_specification_other`,
/// `source_identity`: the database caps each at 500 characters.
pub const DSA_OTHER_MAX: usize = 500;
/// `illegal_content_legal_ground` and `incompatible_content_ground`: 500 characters.
pub const DSA_GROUND_MAX: usize = 500;
/// `illegal_content_explanation` and `incompatible_content_explanation`: 2,000 characters.
pub const DSA_GROUND_EXPLANATION_MAX: usize = 2_000;
/// `decision_facts`: 5,000 characters.
pub const DSA_FACTS_MAX: usize = 5_000;
/// `puid`: 500 characters of `[A-Za-z0-9_-]`, unique per platform.
pub const DSA_PUID_MAX: usize = 500;
/// Earliest `content_date` the database accepts.
const DSA_MIN_CONTENT_DATE: &str = "2000-01-01";

/// EU member states (ISO 3166-1 alpha-2, as the database spells them).
const EU: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
/// EEA states outside the EU.
const EEA_EXTRA: [&str; 3] = ["IS", "LI", "NO"];

/// Visibility values the database knows (B.2.3).
const VISIBILITY: [&str; 7] = [
    "DECISION_VISIBILITY_CONTENT_REMOVED",
    "DECISION_VISIBILITY_CONTENT_DISABLED",
    "DECISION_VISIBILITY_CONTENT_DEMOTED",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_LABELLED",
    "DECISION_VISIBILITY_OTHER",
];
/// Content types the database knows (B.2.3).
const CONTENT_TYPES: [&str; 8] = [
    "CONTENT_TYPE_APP",
    "CONTENT_TYPE_AUDIO",
    "CONTENT_TYPE_IMAGE",
    "CONTENT_TYPE_PRODUCT",
    "CONTENT_TYPE_SYNTHETIC_MEDIA",
    "CONTENT_TYPE_TEXT",
    "CONTENT_TYPE_VIDEO",
    "CONTENT_TYPE_OTHER",
];
/// What our "restrict" action means, for `decision_visibility_other`.
const RESTRICT_OTHER: &str =
    "Visibility or reach of the content restricted (hidden, age-restricted or demoted)";

/// A statement of reasons as the Transparency Database API v2 takes it. Optional fields are
/// left out of the JSON when empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DsaStatement {
    /// `DECISION_VISIBILITY_*` values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decision_visibility: Vec<String>,
    /// Text when `DECISION_VISIBILITY_OTHER` is chosen (≤ 500).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_visibility_other: Option<String>,
    /// `DECISION_ACCOUNT_SUSPENDED` when the account was suspended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_account: Option<String>,
    /// `DECISION_GROUND_ILLEGAL_CONTENT` or `DECISION_GROUND_INCOMPATIBLE_CONTENT`.
    pub decision_ground: String,
    /// The terms or law relied on, as a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_ground_reference_url: Option<String>,
    /// The law relied on (≤ 500), when illegal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illegal_content_legal_ground: Option<String>,
    /// Why the content is illegal on that ground (≤ 2,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illegal_content_explanation: Option<String>,
    /// The terms clause relied on (≤ 500), when incompatible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incompatible_content_ground: Option<String>,
    /// Why the content is incompatible with that clause (≤ 2,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incompatible_content_explanation: Option<String>,
    /// `CONTENT_TYPE_*` values.
    pub content_type: Vec<String>,
    /// Text when `CONTENT_TYPE_OTHER` is chosen (≤ 500).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type_other: Option<String>,
    /// `STATEMENT_CATEGORY_*` from the taxonomy mapping.
    pub category: String,
    /// `KEYWORD_*` values from the taxonomy mapping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category_specification: Vec<String>,
    /// Text when `KEYWORD_OTHER` is chosen (≤ 500).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_specification_other: Option<String>,
    /// EU/EEA ISO 3166-1 alpha-2 codes.
    pub territorial_scope: Vec<String>,
    /// `YYYY-MM-DD`: the day the report was made (the content existed by then).
    pub content_date: String,
    /// `YYYY-MM-DD`: the day of the decision.
    pub application_date: String,
    /// Facts and circumstances (≤ 5,000), checked for identifiers and the reporter's words.
    pub decision_facts: String,
    /// Always `SOURCE_ARTICLE_16` (a notice); `source_identity` is never sent.
    pub source_type: String,
    /// `Yes` or `No`.
    pub automated_detection: String,
    /// `AUTOMATED_DECISION_*`.
    pub automated_decision: String,
    /// The platform's unique id for this statement.
    pub puid: String,
}

/// Builds the statement of reasons for the case's standing decision.
///
/// Refuses when there is no decision, when it restricts nothing (a statement is owed for
/// removal, restriction and suspension), when the scope has no EU/EEA country, and when the
/// facts hold an identifier from the report or quote the reporter (`PersonalData`).
pub fn dsa_statement(input: &ExportInput<'_>) -> Result<DsaStatement, ExportError> {
    let format = ExportFormat::Dsa;
    let (decision, facts) = input.decision.ok_or(ExportError::MissingDecision { format })?;
    let not_applicable = |reason| ExportError::NotApplicable { format, reason };
    let mut decision_visibility = Vec::new();
    let mut decision_visibility_other = None;
    if decision.actions.contains(Action::Remove) {
        decision_visibility.push("DECISION_VISIBILITY_CONTENT_REMOVED".to_owned());
    }
    if decision.actions.contains(Action::Restrict) {
        decision_visibility.push("DECISION_VISIBILITY_OTHER".to_owned());
        decision_visibility_other = Some(RESTRICT_OTHER.to_owned());
    }
    let decision_account = decision
        .actions
        .contains(Action::Suspend)
        .then(|| "DECISION_ACCOUNT_SUSPENDED".to_owned());
    if decision_visibility.is_empty() && decision_account.is_none() {
        return Err(not_applicable(NotApplicableReason::NoRestriction));
    }
    let grounds = decision.grounds.as_ref().ok_or(ExportError::MissingField {
        field: "decision_ground",
    })?;
    let (illegal, reference) = ground_parts(grounds);
    let category = input.stored.report.category();
    let explanation = ground_explanation(category, illegal);
    check_public(input.stored, "decision_ground", reference)?;
    let territorial_scope = eea_scope(&facts.territorial_scope)?;
    if territorial_scope.is_empty() {
        return Err(not_applicable(NotApplicableReason::OutsideEea));
    }
    let (content_type, content_type_other) = content_types(&facts.content_type)?;
    let decision_facts = facts.explanation.trim().to_owned();
    check_public(input.stored, "decision_facts", &decision_facts)?;
    let dsa = &category.info().dsa;
    let statement = DsaStatement {
        decision_visibility,
        decision_visibility_other,
        decision_account,
        decision_ground: if illegal {
            "DECISION_GROUND_ILLEGAL_CONTENT"
        } else {
            "DECISION_GROUND_INCOMPATIBLE_CONTENT"
        }
        .to_owned(),
        decision_ground_reference_url: input.platform.terms_url.clone().filter(|_| !illegal),
        illegal_content_legal_ground: illegal.then(|| reference.to_owned()),
        illegal_content_explanation: illegal.then(|| explanation.clone()),
        incompatible_content_ground: (!illegal).then(|| reference.to_owned()),
        incompatible_content_explanation: (!illegal).then_some(explanation),
        content_type,
        content_type_other,
        category: dsa.category.clone(),
        category_specification: dsa.keywords.clone(),
        category_specification_other: dsa
            .keywords
            .iter()
            .any(|k| k == DSA_CATCH_ALL_KEYWORD)
            .then(|| format!("Child-safety report category: {}", category.code())),
        territorial_scope,
        content_date: date_of(input.stored.report.created_at()),
        application_date: date_of(decision.decided_at),
        decision_facts,
        source_type: "SOURCE_ARTICLE_16".to_owned(),
        automated_detection: if decision.automated_detection { "Yes" } else { "No" }.to_owned(),
        automated_decision: match decision.automated_decision {
            AutomatedDecision::NotAutomated => "AUTOMATED_DECISION_NOT_AUTOMATED",
            AutomatedDecision::Partially => "AUTOMATED_DECISION_PARTIALLY",
            AutomatedDecision::Fully => "AUTOMATED_DECISION_FULLY",
        }
        .to_owned(),
        puid: format!(
            "{}-{}-{}",
            input.platform.puid_prefix,
            input.case.case_id,
            decision.decided_at.unix_millis()
        ),
    };
    validate_dsa(&statement)?;
    Ok(statement)
}

/// Checks a statement against the database's required-field and length rules (reference C.1):
/// at least one decision, a ground with its reference and explanation, known enum values,
/// non-empty content type, category and EU/EEA scope, valid dates, `puid` charset.
pub fn validate_dsa(s: &DsaStatement) -> Result<(), ExportError> {
    let missing = |field| ExportError::MissingField { field };
    let invalid = |field| ExportError::InvalidField { field };
    if s.decision_visibility.is_empty() && s.decision_account.is_none() {
        return Err(missing("decision_visibility"));
    }
    if s.decision_visibility
        .iter()
        .any(|v| !VISIBILITY.contains(&v.as_str()))
    {
        return Err(invalid("decision_visibility"));
    }
    other_text(
        "decision_visibility_other",
        s.decision_visibility
            .iter()
            .any(|v| v == "DECISION_VISIBILITY_OTHER"),
        s.decision_visibility_other.as_deref(),
    )?;
    if s.decision_account
        .as_deref()
        .is_some_and(|a| a != "DECISION_ACCOUNT_SUSPENDED" && a != "DECISION_ACCOUNT_TERMINATED")
    {
        return Err(invalid("decision_account"));
    }
    let (ground, explanation, ground_field, explanation_field) = match s.decision_ground.as_str() {
        "DECISION_GROUND_ILLEGAL_CONTENT" => (
            &s.illegal_content_legal_ground,
            &s.illegal_content_explanation,
            "illegal_content_legal_ground",
            "illegal_content_explanation",
        ),
        "DECISION_GROUND_INCOMPATIBLE_CONTENT" => (
            &s.incompatible_content_ground,
            &s.incompatible_content_explanation,
            "incompatible_content_ground",
            "incompatible_content_explanation",
        ),
        "" => return Err(missing("decision_ground")),
        _ => return Err(invalid("decision_ground")),
    };
    let ground = ground
        .as_deref()
        .filter(|g| !g.trim().is_empty())
        .ok_or(missing(ground_field))?;
    check_len(ground_field, ground, DSA_GROUND_MAX)?;
    let explanation = explanation
        .as_deref()
        .filter(|e| !e.trim().is_empty())
        .ok_or(missing(explanation_field))?;
    check_len(explanation_field, explanation, DSA_GROUND_EXPLANATION_MAX)?;
    if s.content_type.is_empty() {
        return Err(missing("content_type"));
    }
    if s.content_type
        .iter()
        .any(|c| !CONTENT_TYPES.contains(&c.as_str()))
    {
        return Err(invalid("content_type"));
    }
    other_text(
        "content_type_other",
        s.content_type.iter().any(|c| c == "CONTENT_TYPE_OTHER"),
        s.content_type_other.as_deref(),
    )?;
    if s.category.is_empty() {
        return Err(missing("category"));
    }
    if !dsa_category_known(&s.category) {
        return Err(invalid("category"));
    }
    if s.category_specification
        .iter()
        .any(|k| !dsa_keyword_allowed(&s.category, k))
    {
        return Err(invalid("category_specification"));
    }
    other_text(
        "category_specification_other",
        s.category_specification
            .iter()
            .any(|k| k == DSA_CATCH_ALL_KEYWORD),
        s.category_specification_other.as_deref(),
    )?;
    if s.territorial_scope.is_empty() {
        return Err(missing("territorial_scope"));
    }
    if s.territorial_scope
        .iter()
        .any(|c| !EU.contains(&c.as_str()) && !EEA_EXTRA.contains(&c.as_str()))
    {
        return Err(invalid("territorial_scope"));
    }
    if !is_date(&s.content_date) || s.content_date.as_str() < DSA_MIN_CONTENT_DATE {
        return Err(invalid("content_date"));
    }
    if !is_date(&s.application_date) {
        return Err(invalid("application_date"));
    }
    if s.decision_facts.trim().is_empty() {
        return Err(missing("decision_facts"));
    }
    check_len("decision_facts", &s.decision_facts, DSA_FACTS_MAX)?;
    if s.source_type != "SOURCE_ARTICLE_16" {
        return Err(invalid("source_type"));
    }
    if s.automated_detection != "Yes" && s.automated_detection != "No" {
        return Err(invalid("automated_detection"));
    }
    if !matches!(
        s.automated_decision.as_str(),
        "AUTOMATED_DECISION_FULLY" | "AUTOMATED_DECISION_PARTIALLY" | "AUTOMATED_DECISION_NOT_AUTOMATED"
    ) {
        return Err(invalid("automated_decision"));
    }
    if s.puid.is_empty() {
        return Err(missing("puid"));
    }
    check_len("puid", &s.puid, DSA_PUID_MAX)?;
    if !s
        .puid
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return Err(invalid("puid"));
    }
    Ok(())
}

/// An `*_other` text: required (and ≤ 500) when its OTHER value is chosen, absent otherwise.
fn other_text(field: &'static str, chosen: bool, text: Option<&str>) -> Result<(), ExportError> {
    match (chosen, text) {
        (true, None) => Err(ExportError::MissingField { field }),
        (true, Some(t)) if t.trim().is_empty() => Err(ExportError::MissingField { field }),
        (true, Some(t)) => check_len(field, t, DSA_OTHER_MAX),
        (false, Some(_)) => Err(ExportError::InvalidField { field }),
        (false, None) => Ok(()),
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Splits a comma / space separated list of codes.
pub(crate) fn tokens(list: &str) -> impl Iterator<Item = &str> {
    list.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
}

/// The EU/EEA part of a territorial scope, in a stable order. `worldwide` and `EEA` cover all
/// 30 EEA states, `EU` the 27 members; other country codes are outside the DSA and dropped.
fn eea_scope(scope: &str) -> Result<Vec<String>, ExportError> {
    let mut chosen = std::collections::BTreeSet::new();
    for token in tokens(scope) {
        let upper = token.to_ascii_uppercase();
        match upper.as_str() {
            "WORLDWIDE" | "GLOBAL" | "EEA" => chosen.extend(EU.iter().chain(&EEA_EXTRA).copied()),
            "EU" => chosen.extend(EU),
            code if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
                if let Some(c) = EU.iter().chain(&EEA_EXTRA).find(|c| **c == code) {
                    chosen.insert(*c);
                }
            }
            _ => {
                return Err(ExportError::InvalidField {
                    field: "territorial_scope",
                });
            }
        }
    }
    Ok(chosen.into_iter().map(str::to_owned).collect())
}

/// The database's content types for our codes; unknown codes become `CONTENT_TYPE_OTHER` with
/// the code as its text.
fn content_types(list: &str) -> Result<(Vec<String>, Option<String>), ExportError> {
    let mut types = std::collections::BTreeSet::new();
    let mut other = Vec::new();
    for token in tokens(list) {
        let mapped = match token.to_ascii_lowercase().as_str() {
            "text" | "message" | "conversation" => "CONTENT_TYPE_TEXT",
            "image" => "CONTENT_TYPE_IMAGE",
            "video" | "live_stream" => "CONTENT_TYPE_VIDEO",
            "audio" => "CONTENT_TYPE_AUDIO",
            "synthetic_media" => "CONTENT_TYPE_SYNTHETIC_MEDIA",
            "app" => "CONTENT_TYPE_APP",
            "product" => "CONTENT_TYPE_PRODUCT",
            _ => {
                other.push(token.to_owned());
                "CONTENT_TYPE_OTHER"
            }
        };
        types.insert(mapped);
    }
    if types.is_empty() {
        return Err(ExportError::MissingField {
            field: "content_type",
        });
    }
    let other = (!other.is_empty()).then(|| other.join(", "));
    if let Some(text) = &other {
        check_len("content_type_other", text, DSA_OTHER_MAX)?;
    }
    Ok((types.into_iter().map(str::to_owned).collect(), other))
}
