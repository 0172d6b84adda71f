//! The DSA Art. 17 statement of reasons to the affected user (reference C.1, Art. 17(3)).
//!
//! It says what was restricted, where, on what ground, whether automated means were used, that
//! the decision followed a notice, and how to seek redress. It never identifies or hints at
//! the reporter: no reporter account, age band, role, locale, country, report time, report id,
//! evidence ids or the reporter's words, and no ids of messages or conversations (a message id
//! names the conversation, and so the person on the other side). Published items are named by
//! their id so the user knows what the decision is about.

use serde::Serialize;

use super::dsa::tokens;
use super::{
    ExportError, ExportFormat, ExportInput, NotApplicableReason, check_not_reporter, dsa_category_label,
    ground_explanation, ground_parts,
};
use crate::report::SubjectKind;
use crate::status::{Action, AutomatedDecision};
use crate::timestamp::Timestamp;

/// Milliseconds in a day, for the complaint deadline.
const DAY_MILLIS: i64 = 86_400_000;
/// Shortest complaint window: DSA Art. 20(1) gives at least six months, and 184 days covers
/// any six calendar months whatever the start date (the lifecycle's default appeal window too).
pub const MIN_COMPLAINT_DAYS: u32 = crate::status::event::DEFAULT_APPEAL_WINDOW_DAYS;

/// One item the decision concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AffectedItem {
    /// What kind of item.
    pub kind: SubjectKind,
    /// Its id, for published items (content, live streams) only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The ground relied on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementGround {
    /// `illegal_content` or `terms`.
    pub basis: &'static str,
    /// The law or clause.
    pub reference: String,
    /// Why the content falls under it (from public taxonomy labels).
    pub explanation: String,
}

/// Redress routes (Art. 17(3)(f), Arts. 20 and 21).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Redress {
    /// Last moment to lodge an internal complaint (Art. 20: at least six months).
    pub internal_complaint_until: Timestamp,
    /// Out-of-court dispute settlement (Art. 21).
    pub out_of_court: &'static str,
    /// Judicial redress.
    pub judicial: &'static str,
}

/// The statement to the affected user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AffectedUserStatement {
    /// The platform's reference for this decision (no report id).
    pub reference: String,
    /// When the decision was made.
    pub decided_at: Timestamp,
    /// Restriction codes: `content_removed`, `visibility_restricted`, `account_suspended`, `warning`.
    pub restrictions: Vec<&'static str>,
    /// Where the restriction applies, as the safety team recorded it.
    pub territorial_scope: Vec<String>,
    /// How long: `indefinite` (the backend records no end dates yet).
    pub duration: &'static str,
    /// The items concerned.
    pub items: Vec<AffectedItem>,
    /// The DSA category the decision falls under.
    pub category: &'static str,
    /// Facts and circumstances relied on.
    pub facts: String,
    /// Where the decision came from: always a notice, never who gave it.
    pub source: &'static str,
    /// Whether the content was detected by automated means.
    pub automated_detection: bool,
    /// `not_automated`, `partially` or `fully`.
    pub automated_decision: &'static str,
    /// The ground.
    pub ground: StatementGround,
    /// How to seek redress.
    pub redress: Redress,
}

/// What the statement says about the source: Art. 17(3)(b) asks whether a notice was the
/// trigger; the notifier's identity is left out (Art. 16(2)(c) waives it for child sexual abuse
/// offences, and a child reporter must never be exposed to the person reported).
const SOURCE: &str = "This decision followed a notice submitted under Article 16 DSA. The identity of the person who submitted it is not disclosed.";
const OUT_OF_COURT: &str = "You may refer this decision to a certified out-of-court dispute settlement body of your choice (Article 21 DSA).";
const JUDICIAL: &str =
    "You may also challenge this decision before a court under the law that applies to you.";

/// Builds the Art. 17 statement for the case's standing decision.
///
/// Refuses when there is no decision, when it neither restricts nor warns, and when any text
/// would carry something only the reporter's side knows (`ReporterIdentity`).
pub fn affected_user_statement(input: &ExportInput<'_>) -> Result<AffectedUserStatement, ExportError> {
    let format = ExportFormat::AffectedUser;
    let (decision, facts) = input.decision.ok_or(ExportError::MissingDecision { format })?;
    let mut restrictions = Vec::new();
    for (action, code) in [
        (Action::Remove, "content_removed"),
        (Action::Restrict, "visibility_restricted"),
        (Action::Suspend, "account_suspended"),
        (Action::Warn, "warning"),
    ] {
        if decision.actions.contains(action) {
            restrictions.push(code);
        }
    }
    if restrictions.is_empty() {
        return Err(ExportError::NotApplicable {
            format,
            reason: NotApplicableReason::NoRestriction,
        });
    }
    let grounds = decision
        .grounds
        .as_ref()
        .ok_or(ExportError::MissingField { field: "ground" })?;
    let (illegal, reference) = ground_parts(grounds);
    let category = input.stored.report.category();
    let stored = input.stored;
    let facts_text = facts.explanation.trim().to_owned();
    if facts_text.is_empty() {
        return Err(ExportError::MissingField { field: "facts" });
    }
    check_not_reporter(stored, "facts", &facts_text)?;
    check_not_reporter(stored, "ground.reference", reference)?;
    let territorial_scope: Vec<String> = tokens(&facts.territorial_scope)
        .map(|t| {
            if t.len() == 2 {
                t.to_ascii_uppercase()
            } else {
                t.to_ascii_lowercase()
            }
        })
        .collect();
    if territorial_scope.is_empty() {
        return Err(ExportError::MissingField {
            field: "territorial_scope",
        });
    }
    for scope in &territorial_scope {
        check_not_reporter(stored, "territorial_scope", scope)?;
    }
    let items = stored
        .report
        .subjects()
        .iter()
        .filter(|s| s.kind != SubjectKind::User)
        .map(|s| AffectedItem {
            kind: s.kind,
            id: matches!(s.kind, SubjectKind::Content | SubjectKind::LiveStream)
                .then(|| s.id.as_str().to_owned()),
        })
        .collect::<Vec<_>>();
    for item in &items {
        if let Some(id) = &item.id {
            check_not_reporter(stored, "items", id)?;
        }
    }
    let window_days = i64::from(input.platform.complaint_window_days.max(MIN_COMPLAINT_DAYS));
    Ok(AffectedUserStatement {
        reference: format!(
            "{}-{}-{}",
            input.platform.puid_prefix,
            input.case.case_id,
            decision.decided_at.unix_millis()
        ),
        decided_at: decision.decided_at,
        restrictions,
        territorial_scope,
        duration: "indefinite",
        items,
        category: dsa_category_label(&category.info().dsa.category)
            .unwrap_or("Other violation of provider's terms and conditions"),
        facts: facts_text,
        source: SOURCE,
        automated_detection: decision.automated_detection,
        automated_decision: match decision.automated_decision {
            AutomatedDecision::NotAutomated => "not_automated",
            AutomatedDecision::Partially => "partially",
            AutomatedDecision::Fully => "fully",
        },
        ground: StatementGround {
            basis: if illegal { "illegal_content" } else { "terms" },
            reference: reference.to_owned(),
            explanation: ground_explanation(category, illegal),
        },
        redress: Redress {
            internal_complaint_until: decision.decided_at.plus_millis(window_days * DAY_MILLIS),
            out_of_court: OUT_OF_COURT,
            judicial: JUDICIAL,
        },
    })
}

impl AffectedUserStatement {
    /// A plain-English rendering for an email or in-app notice (the JSON is the source; a
    /// platform localizes from it).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "Statement of reasons (reference {})\n\n",
            self.reference
        ));
        let what: Vec<&str> = self
            .restrictions
            .iter()
            .map(|r| match *r {
                "content_removed" => "your content was removed",
                "visibility_restricted" => "the visibility of your content was restricted",
                "account_suspended" => "your account was suspended",
                _ => "you received a warning",
            })
            .collect();
        out.push_str(&format!(
            "On {}, {}. Duration: {}. Where: {}.\n",
            super::date_of(self.decided_at),
            what.join("; "),
            self.duration,
            self.territorial_scope.join(", ")
        ));
        for item in &self.items {
            let kind = serde_json::to_value(item.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            match &item.id {
                Some(id) => out.push_str(&format!("Item: {kind} {id}\n")),
                None => out.push_str(&format!("Item: a {kind} you sent\n")),
            }
        }
        out.push_str(&format!("\nCategory: {}\nFacts: {}\n", self.category, self.facts));
        out.push_str(&format!(
            "Ground: {} ({}). {}\n",
            self.ground.reference,
            if self.ground.basis == "terms" {
                "terms and conditions"
            } else {
                "law"
            },
            self.ground.explanation
        ));
        out.push_str(&format!("{}\n", self.source));
        out.push_str(&format!(
            "Automated detection: {}. Automated decision: {}.\n",
            if self.automated_detection { "yes" } else { "no" },
            self.automated_decision.replace('_', " ")
        ));
        out.push_str(&format!(
            "\nYou can complain about this decision through our internal complaint system until {}. {} {}\n",
            super::date_of(self.redress.internal_complaint_until),
            self.redress.out_of_court,
            self.redress.judicial
        ));
        out
    }
}
