//! Decisions, the reporter's status derived from a report's history, and its localized copy.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use tellsafe::i18n::Direction;
#[cfg(feature = "intake")]
use tellsafe::status::History;
use tellsafe::status::{self, ActionSet, GroundRef};
use tellsafe::{AgeBand, Category, Timestamp};

use crate::data::WizardData;
use crate::error::TellSafeError;

pub use tellsafe::status::{
    Action, AutomatedDecision, ChildOutcome, ChildStatus, ChildStatusKind, DisclosureLevel, Hold,
};

/// Why the platform acted (the DSA's two grounds).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DecisionGrounds {
    /// The content is illegal under this law.
    IllegalContent {
        /// The law relied on.
        legal_ground: String,
    },
    /// The content breaks this clause of the platform's terms.
    Terms {
        /// The clause relied on.
        clause: String,
    },
}

/// A decision on a report (core's `status::Decision`, with sets as lists).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Decision {
    /// What the platform did; empty means "none".
    pub actions: Vec<Action>,
    /// Why; required when an action restricts or warns.
    pub grounds: Option<DecisionGrounds>,
    /// Whether the content was detected by automated means.
    pub automated_detection: bool,
    /// How far the decision itself was automated.
    pub automated_decision: AutomatedDecision,
    /// Holds placed with this decision.
    pub holds: Vec<Hold>,
    /// How much of it the reporter may see.
    pub disclosure: DisclosureLevel,
    /// When it was made.
    pub decided_at: Timestamp,
}

impl TryFrom<Decision> for status::Decision {
    type Error = TellSafeError;

    fn try_from(d: Decision) -> Result<status::Decision, TellSafeError> {
        let grounds = match d.grounds {
            None => None,
            Some(DecisionGrounds::IllegalContent { legal_ground }) => Some(status::Grounds::IllegalContent {
                legal_ground: GroundRef::new(&legal_ground)?,
            }),
            Some(DecisionGrounds::Terms { clause }) => Some(status::Grounds::Terms {
                clause: GroundRef::new(&clause)?,
            }),
        };
        let decision = status::Decision {
            actions: ActionSet::of(d.actions),
            grounds,
            automated_detection: d.automated_detection,
            automated_decision: d.automated_decision,
            holds: d.holds.into_iter().collect::<BTreeSet<_>>(),
            disclosure: d.disclosure,
            decided_at: d.decided_at,
        };
        decision.validate()?;
        Ok(decision)
    }
}

impl From<status::Decision> for Decision {
    fn from(d: status::Decision) -> Decision {
        Decision {
            actions: d.actions.iter().collect(),
            grounds: d.grounds.map(|g| match g {
                status::Grounds::IllegalContent { legal_ground } => DecisionGrounds::IllegalContent {
                    legal_ground: legal_ground.as_str().to_string(),
                },
                status::Grounds::Terms { clause } => DecisionGrounds::Terms {
                    clause: clause.as_str().to_string(),
                },
            }),
            automated_detection: d.automated_detection,
            automated_decision: d.automated_decision,
            holds: d.holds.into_iter().collect(),
            disclosure: d.disclosure,
            decided_at: d.decided_at,
        }
    }
}

/// Parses and validates decision JSON (the decision API's body). Server-side, like the two
/// calls below (feature `intake`): an app reads decisions through the client's status calls,
/// and the three cost 78 KB of mobile .so (serde for decisions and histories), measured.
#[cfg(feature = "intake")]
#[uniffi::export]
pub fn decision_from_json(json: String) -> Result<Decision, TellSafeError> {
    let decision: status::Decision =
        serde_json::from_str(&json).map_err(|_| TellSafeError::validation("syntax", "decision"))?;
    decision.validate()?;
    Ok(decision.into())
}

/// The decision as JSON, after validating it.
#[cfg(feature = "intake")]
#[uniffi::export]
pub fn decision_to_json(decision: Decision) -> Result<String, TellSafeError> {
    let decision = status::Decision::try_from(decision)?;
    serde_json::to_string(&decision).map_err(|_| TellSafeError::validation("serialize", "decision"))
}

/// The platform's standing limits on what reporters see (core's `DisclosureRules`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DisclosureRules {
    /// The most a child reporter may see.
    pub child_cap: DisclosureLevel,
    /// The most a reporter may see for these categories.
    pub category_caps: HashMap<Category, DisclosureLevel>,
}

impl From<DisclosureRules> for status::DisclosureRules {
    fn from(r: DisclosureRules) -> status::DisclosureRules {
        status::DisclosureRules {
            child_cap: r.child_cap,
            category_caps: r.category_caps.into_iter().collect::<BTreeMap<_, _>>(),
        }
    }
}

/// The reporter's status, derived from a report's stored history (JSON, as the backend keeps
/// it) by core's pure function. `rules` `None` means no platform limits. Feature `intake`.
#[cfg(feature = "intake")]
#[uniffi::export]
pub fn derive_child_status(
    history_json: String,
    age_band: AgeBand,
    category: Category,
    rules: Option<DisclosureRules>,
    expected_by: Option<Timestamp>,
) -> Result<ChildStatus, TellSafeError> {
    let history: History =
        serde_json::from_str(&history_json).map_err(|_| TellSafeError::validation("invalid", "history"))?;
    let rules = rules.map(status::DisclosureRules::from).unwrap_or_default();
    Ok(ChildStatus::derive(
        history.state(),
        age_band,
        category,
        &rules,
        expected_by,
    ))
}

/// The status shown before any receipt: "sent".
#[uniffi::export]
pub fn child_status_sent() -> ChildStatus {
    ChildStatus::sent()
}

/// A status in the reporter's language: a short title, the sentence, and one line per outcome.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedStatus {
    /// The negotiated locale.
    pub locale: String,
    /// Whether the locale is a draft translation (show the "draft translation" notice).
    pub draft: bool,
    /// Whether the text is right to left.
    pub right_to_left: bool,
    /// The short label (`Received`).
    pub title: String,
    /// What it means and what happens next.
    pub text: String,
    /// What changed, one line each, in order.
    pub outcomes: Vec<String>,
}

/// Formats a status for the reporter with the copy of `data` (`None`: the embedded copy):
/// negotiates `requested_locales` (drafts only with `allow_draft_locales`), words by
/// `age_band`, names the app, and turns `expected_by` into whole days from `now` (rounded up,
/// so a promise is never shortened).
#[uniffi::export(default(data = None))]
pub fn format_child_status(
    child_status: ChildStatus,
    requested_locales: Vec<String>,
    allow_draft_locales: bool,
    age_band: AgeBand,
    app_name: String,
    now: Timestamp,
    data: Option<Arc<WizardData>>,
) -> Result<LocalizedStatus, TellSafeError> {
    let requested: Vec<&str> = requested_locales.iter().map(String::as_str).collect();
    let localizer = WizardData::or_default(data)?.localizer(&requested, allow_draft_locales)?;
    let args = tellsafe::i18n::status_args(age_band, &app_name, child_status.expected_by, now);
    let id = child_status.kind.message_id();
    let outcomes = child_status
        .outcomes
        .iter()
        .map(|o| localizer.format(o.message_id(), &args))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(LocalizedStatus {
        locale: localizer.locale().to_string(),
        draft: localizer.is_draft(),
        right_to_left: localizer.direction() == Direction::Rtl,
        title: localizer.format_attribute(id, "title", &args)?,
        text: localizer.format(id, &args)?,
        outcomes,
    })
}

// Every test needs decision JSON (`intake`) or the embedded copy (`embedded`).
#[cfg(test)]
#[cfg(any(feature = "intake", feature = "embedded"))]
mod tests {
    use super::*;

    #[cfg(feature = "intake")]
    fn decision(actions: Vec<Action>, grounds: Option<DecisionGrounds>) -> Decision {
        Decision {
            actions,
            grounds,
            automated_detection: false,
            automated_decision: AutomatedDecision::NotAutomated,
            holds: vec![],
            disclosure: DisclosureLevel::Full,
            decided_at: Timestamp::from_unix_millis(1_800_000_000_000).unwrap(),
        }
    }

    #[test]
    #[cfg(feature = "intake")]
    fn a_decision_round_trips_through_core_json() {
        let d = decision(
            vec![Action::Remove, Action::Warn],
            Some(DecisionGrounds::Terms { clause: "4.2".into() }),
        );
        assert_eq!(
            decision_from_json(decision_to_json(d.clone()).unwrap()).unwrap(),
            d
        );
    }

    #[test]
    #[cfg(feature = "intake")]
    fn a_restricting_decision_without_grounds_is_refused_by_core() {
        let err = decision_to_json(decision(vec![Action::Remove], None)).unwrap_err();
        assert!(matches!(err, TellSafeError::Validation { ref field, .. } if field == "decision"));
    }

    #[test]
    #[cfg(feature = "embedded")]
    fn the_sent_status_formats_in_swahili_with_a_title() {
        let now = Timestamp::from_unix_millis(1_800_000_000_000).unwrap();
        let text = format_child_status(
            child_status_sent(),
            vec!["sw".into()],
            true,
            AgeBand::Age10To12,
            "Demo".into(),
            now,
            None,
        )
        .unwrap();
        assert_eq!(text.locale, "sw");
        assert!(!text.title.is_empty() && text.text.contains("Demo"));
    }
}
