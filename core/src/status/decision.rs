//! What the safety team decided about a report: actions, grounds, automation, holds, and how
//! much of it the reporter may see.
//!
//! A decision is data the backend (or a platform's own case tool, via the signed decision API)
//! hands to the lifecycle in a `decide` event. It never carries the moderator's explanation:
//! that free text stays in the case tool, so nothing here can leak it to a child.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::timestamp::Timestamp;

/// Longest legal-ground or terms-clause reference, in Unicode scalar values.
///
/// 500 because the EU Transparency Database caps `illegal_content_legal_ground` and
/// `incompatible_content_ground` at 500 characters; a longer reference could not be filed there.
pub const MAX_GROUND_REF_CHARS: usize = 500;

/// One thing the platform did (or decided not to do) about the report.
///
/// `none` is not a variant: "no action" is the empty [`ActionSet`], so a set that says both
/// "none" and "remove" cannot be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The reported content was removed.
    Remove,
    /// The reported content's visibility or reach was restricted (hidden, age-gated, demoted).
    Restrict,
    /// The reported account was suspended or terminated.
    Suspend,
    /// The reported account was warned.
    Warn,
    /// A CyberTipline report was filed with NCMEC.
    ReportToNcmec,
    /// The police were told.
    ReportToPolice,
    /// Someone was pointed to a helpline (for example a user talking about self-harm).
    ReferToHelpline,
    /// The case went to a safeguarding team (for example a child hurt off the platform).
    SafeguardingReferral,
}

impl Action {
    /// Every action, in wire order.
    pub const ALL: [Action; 8] = [
        Action::Remove,
        Action::Restrict,
        Action::Suspend,
        Action::Warn,
        Action::ReportToNcmec,
        Action::ReportToPolice,
        Action::ReferToHelpline,
        Action::SafeguardingReferral,
    ];

    /// Whether this action hands the case to people outside the platform whose job is keeping
    /// children safe. The child is then told only that, with no further detail.
    pub fn involves_specialists(self) -> bool {
        matches!(
            self,
            Action::ReportToNcmec | Action::ReportToPolice | Action::SafeguardingReferral
        )
    }

    /// Whether this action restricts the reported person or content, so that a statement of
    /// reasons with grounds is owed (DSA Art. 17(3)(d)/(e)); a warning must say why as well.
    pub fn needs_grounds(self) -> bool {
        matches!(
            self,
            Action::Remove | Action::Restrict | Action::Suspend | Action::Warn
        )
    }
}

/// An action code as it appears on the wire: every [`Action`] plus `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionCode {
    /// The platform took no action on the reported person or content.
    None,
    /// See [`Action::Remove`].
    Remove,
    /// See [`Action::Restrict`].
    Restrict,
    /// See [`Action::Suspend`].
    Suspend,
    /// See [`Action::Warn`].
    Warn,
    /// See [`Action::ReportToNcmec`].
    ReportToNcmec,
    /// See [`Action::ReportToPolice`].
    ReportToPolice,
    /// See [`Action::ReferToHelpline`].
    ReferToHelpline,
    /// See [`Action::SafeguardingReferral`].
    SafeguardingReferral,
}

crate::status::code_de::code_enum_de!(ActionCode {
    None => "none",
    Remove => "remove",
    Restrict => "restrict",
    Suspend => "suspend",
    Warn => "warn",
    ReportToNcmec => "report_to_ncmec",
    ReportToPolice => "report_to_police",
    ReferToHelpline => "refer_to_helpline",
    SafeguardingReferral => "safeguarding_referral",
});

impl From<Action> for ActionCode {
    fn from(action: Action) -> ActionCode {
        match action {
            Action::Remove => ActionCode::Remove,
            Action::Restrict => ActionCode::Restrict,
            Action::Suspend => ActionCode::Suspend,
            Action::Warn => ActionCode::Warn,
            Action::ReportToNcmec => ActionCode::ReportToNcmec,
            Action::ReportToPolice => ActionCode::ReportToPolice,
            Action::ReferToHelpline => ActionCode::ReferToHelpline,
            Action::SafeguardingReferral => ActionCode::SafeguardingReferral,
        }
    }
}

/// The actions of one decision. Empty means "none"; on the wire it is `["none"]`.
///
/// The wire form is a list of codes: `["none"]`, or one or more other codes without repeats.
/// An empty list, `none` next to another code, or a repeated code is a [`DecisionError`], so a
/// typo cannot silently turn "remove" into "no action".
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "Vec<ActionCode>", into = "Vec<ActionCode>")]
pub struct ActionSet(BTreeSet<Action>);

impl ActionSet {
    /// "No action": the platform looked and did nothing to the reported person or content.
    pub fn none() -> ActionSet {
        ActionSet(BTreeSet::new())
    }

    /// These actions (repeats collapse). An empty iterator gives [`ActionSet::none`].
    pub fn of(actions: impl IntoIterator<Item = Action>) -> ActionSet {
        ActionSet(actions.into_iter().collect())
    }

    /// Whether this is "no action".
    pub fn is_none(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `action` is in the set.
    pub fn contains(&self, action: Action) -> bool {
        self.0.contains(&action)
    }

    /// The actions, in [`Action::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = Action> + '_ {
        self.0.iter().copied()
    }

    /// Whether any action hands the case to specialists (see [`Action::involves_specialists`]).
    pub fn involves_specialists(&self) -> bool {
        self.iter().any(Action::involves_specialists)
    }
}

impl TryFrom<Vec<ActionCode>> for ActionSet {
    type Error = DecisionError;

    fn try_from(codes: Vec<ActionCode>) -> Result<ActionSet, DecisionError> {
        match codes.as_slice() {
            [] => return Err(DecisionError::EmptyActions),
            [ActionCode::None] => return Ok(ActionSet::none()),
            _ => {}
        }
        let mut set = BTreeSet::new();
        for code in codes {
            let action = match code {
                ActionCode::None => return Err(DecisionError::NoneWithOtherActions),
                ActionCode::Remove => Action::Remove,
                ActionCode::Restrict => Action::Restrict,
                ActionCode::Suspend => Action::Suspend,
                ActionCode::Warn => Action::Warn,
                ActionCode::ReportToNcmec => Action::ReportToNcmec,
                ActionCode::ReportToPolice => Action::ReportToPolice,
                ActionCode::ReferToHelpline => Action::ReferToHelpline,
                ActionCode::SafeguardingReferral => Action::SafeguardingReferral,
            };
            if !set.insert(action) {
                return Err(DecisionError::DuplicateAction);
            }
        }
        Ok(ActionSet(set))
    }
}

impl From<ActionSet> for Vec<ActionCode> {
    fn from(set: ActionSet) -> Vec<ActionCode> {
        if set.is_none() {
            vec![ActionCode::None]
        } else {
            set.iter().map(ActionCode::from).collect()
        }
    }
}

/// A reference to a law or a terms-of-service clause (`"18 U.S.C. 2252A"`, `"terms 4.2"`).
///
/// A reference, not an explanation: at most [`MAX_GROUND_REF_CHARS`], no control characters.
/// It goes into the statement of reasons for the reported user and into transparency filings;
/// it is never shown in the reporter's status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "String", into = "String")]
pub struct GroundRef(String);

impl GroundRef {
    /// Checks and wraps a reference. Leading and trailing whitespace is trimmed.
    pub fn new(text: &str) -> Result<GroundRef, DecisionError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DecisionError::EmptyGroundRef);
        }
        if text.chars().count() > MAX_GROUND_REF_CHARS {
            return Err(DecisionError::GroundRefTooLong {
                max: MAX_GROUND_REF_CHARS,
            });
        }
        if text.chars().any(char::is_control) {
            return Err(DecisionError::GroundRefControlCharacter);
        }
        Ok(GroundRef(text.to_owned()))
    }

    /// The reference text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for GroundRef {
    type Error = DecisionError;

    fn try_from(text: String) -> Result<GroundRef, DecisionError> {
        GroundRef::new(&text)
    }
}

impl From<GroundRef> for String {
    fn from(reference: GroundRef) -> String {
        reference.0
    }
}

/// Why the platform acted: the DSA's two decision grounds.
///
/// `Deserialize` is hand-written in `wire_de` (same accepted input, no `Content` buffering).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "basis", rename_all = "snake_case", deny_unknown_fields)]
pub enum Grounds {
    /// The content is illegal (`DECISION_GROUND_ILLEGAL_CONTENT`).
    IllegalContent {
        /// The law relied on.
        legal_ground: GroundRef,
    },
    /// The content breaks the platform's terms (`DECISION_GROUND_INCOMPATIBLE_CONTENT`).
    Terms {
        /// The clause relied on.
        clause: GroundRef,
    },
}

/// How far automated means decided, as the DSA statement of reasons records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum AutomatedDecision {
    /// A person decided (`AUTOMATED_DECISION_NOT_AUTOMATED`).
    NotAutomated,
    /// A person decided with automated help (`AUTOMATED_DECISION_PARTIALLY`).
    Partially,
    /// A system decided alone (`AUTOMATED_DECISION_FULLY`).
    Fully,
}

crate::status::code_de::code_enum_de!(AutomatedDecision {
    NotAutomated => "not_automated",
    Partially => "partially",
    Fully => "fully",
});

/// A hold that stops the platform from deleting data, even on a `delete_everywhere` request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Hold {
    /// Evidence is preserved (for example the 1-year preservation after a CyberTipline report).
    Preservation,
    /// The police asked the platform to keep the data. The child then sees only
    /// "handed to specialists".
    Police,
}

crate::status::code_de::code_enum_de!(Hold {
    Preservation => "preservation",
    Police => "police",
});

/// How much of a decision the reporter may see, chosen per decision by the safety team.
///
/// Ordered from least to most shown, so the stricter of two levels is their `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DisclosureLevel {
    /// Only that a decision was made; no outcomes.
    Minimal,
    /// What happened to the reported content (removed, restricted, not removed), but not
    /// sanctions on the other person's account (stopped, warned), which are that person's data.
    ContentOnly,
    /// Every outcome that applies.
    Full,
}

crate::status::code_de::code_enum_de!(DisclosureLevel {
    Minimal => "minimal",
    ContentOnly => "content_only",
    Full => "full",
});

/// A decision on a report.
///
/// All fields are required on the wire and unknown fields are rejected: a misspelt `holds`
/// must not silently drop a police hold and show the child more than it should. Read from a
/// JSON object only (see `wire_de::struct_from_map`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What the platform did; empty means "none".
    pub actions: ActionSet,
    /// Why. Required when any action restricts or warns (see [`Action::needs_grounds`]).
    pub grounds: Option<Grounds>,
    /// Whether the content was detected by automated means.
    pub automated_detection: bool,
    /// How far the decision itself was automated.
    pub automated_decision: AutomatedDecision,
    /// Holds placed with this decision.
    pub holds: BTreeSet<Hold>,
    /// How much of this decision the reporter may see.
    pub disclosure: DisclosureLevel,
    /// When the decision was made; the appeal window runs from here. This is also the time of
    /// the `decide` event that carries it.
    pub decided_at: Timestamp,
}

impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Decision, D::Error> {
        /// The derive, read as an object only.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields, rename = "Decision", expecting = "struct Decision")]
        struct Wire {
            actions: ActionSet,
            grounds: Option<Grounds>,
            automated_detection: bool,
            automated_decision: AutomatedDecision,
            holds: BTreeSet<Hold>,
            disclosure: DisclosureLevel,
            decided_at: Timestamp,
        }
        let w: Wire = super::wire_de::struct_from_map(deserializer)?;
        Ok(Decision {
            actions: w.actions,
            grounds: w.grounds,
            automated_detection: w.automated_detection,
            automated_decision: w.automated_decision,
            holds: w.holds,
            disclosure: w.disclosure,
            decided_at: w.decided_at,
        })
    }
}

impl Decision {
    /// Checks rules the types cannot express: grounds are present when an action needs them.
    pub fn validate(&self) -> Result<(), DecisionError> {
        if self.grounds.is_none() && self.actions.iter().any(Action::needs_grounds) {
            return Err(DecisionError::MissingGrounds);
        }
        Ok(())
    }

    /// Whether the child sees only "handed to specialists": any NCMEC, police or safeguarding
    /// action, or a police hold.
    pub fn involves_specialists(&self) -> bool {
        self.actions.involves_specialists() || self.holds.contains(&Hold::Police)
    }
}

/// Why a decision (or part of one) was refused. Names fields, never values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    /// `actions` was an empty list; "no action" must be said as `["none"]`.
    #[error("actions is empty; use [\"none\"] for no action")]
    EmptyActions,
    /// `actions` held `none` next to another action.
    #[error("actions holds none together with another action")]
    NoneWithOtherActions,
    /// `actions` held the same action twice.
    #[error("actions holds a repeated action")]
    DuplicateAction,
    /// An action that restricts or warns came without `grounds`.
    #[error("grounds is required when an action removes, restricts, suspends or warns")]
    MissingGrounds,
    /// A ground reference was empty.
    #[error("ground reference is empty")]
    EmptyGroundRef,
    /// A ground reference was too long.
    #[error("ground reference is longer than {max} characters")]
    GroundRefTooLong {
        /// The limit, [`MAX_GROUND_REF_CHARS`].
        max: usize,
    },
    /// A ground reference held a control character.
    #[error("ground reference holds a control character")]
    GroundRefControlCharacter,
}

impl DecisionError {
    /// A stable machine-readable code for APIs and logs.
    pub fn code(self) -> &'static str {
        match self {
            DecisionError::EmptyActions => "empty_actions",
            DecisionError::NoneWithOtherActions => "none_with_other_actions",
            DecisionError::DuplicateAction => "duplicate_action",
            DecisionError::MissingGrounds => "missing_grounds",
            DecisionError::EmptyGroundRef => "empty_ground_ref",
            DecisionError::GroundRefTooLong { .. } => "ground_ref_too_long",
            DecisionError::GroundRefControlCharacter => "ground_ref_control_character",
        }
    }
}

#[cfg(test)]
mod tests;
