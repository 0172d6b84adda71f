//! What the child (or caregiver) who reported sees: a status code, the outcomes they may know
//! about, and when they will hear back. A pure function of the lifecycle state, the reporter's
//! age band, the category and the disclosure rules.
//!
//! The codes here are a contract with the localization engineers: each maps to a Fluent
//! message id (`status-looking-at-it`, `outcome-account-stopped`). Never rename one.
//! [`ChildStatus`] has no string field, so moderator text or a category name cannot reach it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::decision::{Action, Decision, DisclosureLevel};
use super::lifecycle::{RulingBasis, Stage, State};
use crate::age::AgeBand;
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

/// Categories about harm that happens away from the platform. Their decisions never show
/// `not_removed`: there was nothing on the platform to remove, and "we did not remove it"
/// would read as "we did nothing" (these reports are never closed as off-platform).
const OFF_PLATFORM_CATEGORIES: [Category; 1] = [Category::HurtingMeInRealLife];

/// What the reporter is told about their report. Wire codes are fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ChildStatusKind {
    /// The report left the device but no receipt has come back. Set by the client only.
    Sent,
    /// The platform has the report.
    Received,
    /// People at the platform are looking at it (also while an appeal is considered).
    LookingAtIt,
    /// The platform needs to ask the reporter something.
    NeedToAskYou,
    /// The platform decided; the outcomes say what changed.
    Decided,
    /// The platform passed this to people whose job is keeping children safe. No details.
    HandedToSpecialists,
    /// The platform looked again (after an appeal or a revision).
    LookedAgain,
}

crate::status::code_de::code_enum_de!(ChildStatusKind {
    Sent => "sent",
    Received => "received",
    LookingAtIt => "looking_at_it",
    NeedToAskYou => "need_to_ask_you",
    Decided => "decided",
    HandedToSpecialists => "handed_to_specialists",
    LookedAgain => "looked_again",
});

impl ChildStatusKind {
    /// Every kind.
    pub const ALL: [ChildStatusKind; 7] = [
        ChildStatusKind::Sent,
        ChildStatusKind::Received,
        ChildStatusKind::LookingAtIt,
        ChildStatusKind::NeedToAskYou,
        ChildStatusKind::Decided,
        ChildStatusKind::HandedToSpecialists,
        ChildStatusKind::LookedAgain,
    ];

    /// The wire code (`looking_at_it`).
    pub fn code(self) -> &'static str {
        match self {
            ChildStatusKind::Sent => "sent",
            ChildStatusKind::Received => "received",
            ChildStatusKind::LookingAtIt => "looking_at_it",
            ChildStatusKind::NeedToAskYou => "need_to_ask_you",
            ChildStatusKind::Decided => "decided",
            ChildStatusKind::HandedToSpecialists => "handed_to_specialists",
            ChildStatusKind::LookedAgain => "looked_again",
        }
    }

    /// The Fluent message id: `status-` and the code with dashes (`status-looking-at-it`).
    pub fn message_id(self) -> &'static str {
        match self {
            ChildStatusKind::Sent => "status-sent",
            ChildStatusKind::Received => "status-received",
            ChildStatusKind::LookingAtIt => "status-looking-at-it",
            ChildStatusKind::NeedToAskYou => "status-need-to-ask-you",
            ChildStatusKind::Decided => "status-decided",
            ChildStatusKind::HandedToSpecialists => "status-handed-to-specialists",
            ChildStatusKind::LookedAgain => "status-looked-again",
        }
    }

    /// Whether a status of this kind may list outcomes.
    pub fn lists_outcomes(self) -> bool {
        matches!(self, ChildStatusKind::Decided | ChildStatusKind::LookedAgain)
    }
}

/// One thing that changed, in the reporter's terms. Wire codes are fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ChildOutcome {
    /// The content was removed ([`Action::Remove`]).
    Removed,
    /// Fewer people can see the content ([`Action::Restrict`]).
    Restricted,
    /// The account was stopped ([`Action::Suspend`]).
    AccountStopped,
    /// The person was warned ([`Action::Warn`]).
    Warned,
    /// We looked carefully and did not remove it (no action).
    NotRemoved,
}

crate::status::code_de::code_enum_de!(ChildOutcome {
    Removed => "removed",
    Restricted => "restricted",
    AccountStopped => "account_stopped",
    Warned => "warned",
    NotRemoved => "not_removed",
});

impl ChildOutcome {
    /// Every outcome, in display order.
    pub const ALL: [ChildOutcome; 5] = [
        ChildOutcome::Removed,
        ChildOutcome::Restricted,
        ChildOutcome::AccountStopped,
        ChildOutcome::Warned,
        ChildOutcome::NotRemoved,
    ];

    /// The wire code (`account_stopped`).
    pub fn code(self) -> &'static str {
        match self {
            ChildOutcome::Removed => "removed",
            ChildOutcome::Restricted => "restricted",
            ChildOutcome::AccountStopped => "account_stopped",
            ChildOutcome::Warned => "warned",
            ChildOutcome::NotRemoved => "not_removed",
        }
    }

    /// The Fluent message id: `outcome-` and the code with dashes (`outcome-account-stopped`).
    pub fn message_id(self) -> &'static str {
        match self {
            ChildOutcome::Removed => "outcome-removed",
            ChildOutcome::Restricted => "outcome-restricted",
            ChildOutcome::AccountStopped => "outcome-account-stopped",
            ChildOutcome::Warned => "outcome-warned",
            ChildOutcome::NotRemoved => "outcome-not-removed",
        }
    }

    /// Whether this outcome is about the other person's account rather than the content:
    /// hidden below [`DisclosureLevel::Full`].
    pub fn is_about_account(self) -> bool {
        matches!(self, ChildOutcome::AccountStopped | ChildOutcome::Warned)
    }

    fn from_action(action: Action) -> Option<ChildOutcome> {
        match action {
            Action::Remove => Some(ChildOutcome::Removed),
            Action::Restrict => Some(ChildOutcome::Restricted),
            Action::Suspend => Some(ChildOutcome::AccountStopped),
            Action::Warn => Some(ChildOutcome::Warned),
            Action::ReportToNcmec
            | Action::ReportToPolice
            | Action::ReferToHelpline
            | Action::SafeguardingReferral => None,
        }
    }
}

/// The platform's standing limits on what reporters see, on top of each decision's own
/// [`DisclosureLevel`]. The strictest applicable level wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisclosureRules {
    /// The most a reporter treated as a child ([`AgeBand::is_child`]) may see.
    pub child_cap: DisclosureLevel,
    /// The most a reporter may see for these categories.
    pub category_caps: BTreeMap<Category, DisclosureLevel>,
}

impl Default for DisclosureRules {
    /// No platform limits: each decision's own level applies.
    fn default() -> DisclosureRules {
        DisclosureRules {
            child_cap: DisclosureLevel::Full,
            category_caps: BTreeMap::new(),
        }
    }
}

impl DisclosureRules {
    /// The level that applies to `decision` for this reporter and category.
    pub fn effective(&self, decision: &Decision, age_band: AgeBand, category: Category) -> DisclosureLevel {
        let band_cap = if age_band.is_child() {
            self.child_cap
        } else {
            DisclosureLevel::Full
        };
        let category_cap = self
            .category_caps
            .get(&category)
            .copied()
            .unwrap_or(DisclosureLevel::Full);
        decision.disclosure.min(band_cap).min(category_cap)
    }
}

/// What the reporter sees. Codes only: no text, no category, no moderator words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChildStatus {
    /// Where the report is, in the reporter's terms.
    pub kind: ChildStatusKind,
    /// What changed, in display order. Empty unless `kind` lists outcomes.
    pub outcomes: Vec<ChildOutcome>,
    /// When the reporter will hear back, from the backend's SLA tier; `None` when no time is
    /// promised (the status is final, or the platform waits for the reporter).
    pub expected_by: Option<Timestamp>,
}

impl ChildStatus {
    /// The client's status for a report that left the device and has no receipt yet.
    pub fn sent() -> ChildStatus {
        ChildStatus {
            kind: ChildStatusKind::Sent,
            outcomes: Vec::new(),
            expected_by: None,
        }
    }

    /// Derives the reporter's status. Pure.
    ///
    /// `expected_by` comes from the backend's SLA tier and is passed through only while the
    /// platform owes the reporter an answer (received, looking at it, looking again); it is
    /// never invented here.
    pub fn derive(
        state: &State,
        age_band: AgeBand,
        category: Category,
        rules: &DisclosureRules,
        expected_by: Option<Timestamp>,
    ) -> ChildStatus {
        let waiting = |kind| ChildStatus {
            kind,
            outcomes: Vec::new(),
            expected_by,
        };
        if state.handed_to_specialists() {
            return ChildStatus {
                kind: ChildStatusKind::HandedToSpecialists,
                outcomes: Vec::new(),
                expected_by: None,
            };
        }
        match state.stage() {
            Stage::Received => waiting(ChildStatusKind::Received),
            Stage::InReview | Stage::Appealed { .. } => waiting(ChildStatusKind::LookingAtIt),
            Stage::Revised { .. } => waiting(ChildStatusKind::LookedAgain),
            Stage::NeedsInfo { .. } => ChildStatus {
                kind: ChildStatusKind::NeedToAskYou,
                outcomes: Vec::new(),
                expected_by: None,
            },
            Stage::Decided { ruling } | Stage::Closed { ruling } => {
                let level = rules.effective(&ruling.decision, age_band, category);
                ChildStatus {
                    kind: match ruling.basis {
                        RulingBasis::First => ChildStatusKind::Decided,
                        RulingBasis::OnAppeal | RulingBasis::OnRevision => ChildStatusKind::LookedAgain,
                    },
                    outcomes: outcomes(&ruling.decision, level, category),
                    expected_by: None,
                }
            }
        }
    }

    /// Checks the rules a derived status always meets; applied when a status is deserialized,
    /// so a cached or received status cannot show outcomes the derivation would hide.
    pub fn check(&self) -> Result<(), ChildStatusError> {
        if !self.outcomes.is_empty() && !self.kind.lists_outcomes() {
            return Err(ChildStatusError::OutcomesNotAllowed);
        }
        if self.outcomes.windows(2).any(|pair| pair[0] >= pair[1]) {
            return Err(ChildStatusError::OutcomesNotOrdered);
        }
        if self.outcomes.len() > 1 && self.outcomes.contains(&ChildOutcome::NotRemoved) {
            return Err(ChildStatusError::NotRemovedWithOthers);
        }
        Ok(())
    }
}

fn outcomes(decision: &Decision, level: DisclosureLevel, category: Category) -> Vec<ChildOutcome> {
    if level == DisclosureLevel::Minimal {
        return Vec::new();
    }
    if decision.actions.is_none() {
        return if OFF_PLATFORM_CATEGORIES.contains(&category) {
            Vec::new()
        } else {
            vec![ChildOutcome::NotRemoved]
        };
    }
    let mut listed: Vec<ChildOutcome> = decision
        .actions
        .iter()
        .filter_map(ChildOutcome::from_action)
        .filter(|outcome| level == DisclosureLevel::Full || !outcome.is_about_account())
        .collect();
    listed.sort();
    listed.dedup();
    listed
}

impl<'de> Deserialize<'de> for ChildStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            kind: ChildStatusKind,
            outcomes: Vec<ChildOutcome>,
            expected_by: Option<Timestamp>,
        }
        let raw = Raw::deserialize(deserializer)?;
        let status = ChildStatus {
            kind: raw.kind,
            outcomes: raw.outcomes,
            expected_by: raw.expected_by,
        };
        status.check().map_err(serde::de::Error::custom)?;
        Ok(status)
    }
}

/// Why a status was refused. Names rules, never values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChildStatusError {
    /// `outcomes` was not empty for a kind that lists none.
    #[error("outcomes must be empty for this status kind")]
    OutcomesNotAllowed,
    /// `outcomes` was out of display order or held a repeat.
    #[error("outcomes must be in display order without repeats")]
    OutcomesNotOrdered,
    /// `outcomes` held `not_removed` next to another outcome.
    #[error("outcomes holds not_removed together with another outcome")]
    NotRemovedWithOthers,
}

#[cfg(test)]
mod tests;
