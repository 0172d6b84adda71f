//! Safety scripts: what the wizard tells a reporter for a category, as reviewed data.
//!
//! Scripts are data with `reviewed_by` and a date because the words are safeguarding advice:
//! a safeguarding lead must be able to review and change them without reading Rust, and an
//! unreviewed script must be visible as unreviewed (`reviewed_by: null`).

use serde::{Deserialize, Serialize};

use super::model::MessageRef;
use super::outcome::Intent;
use crate::age::AgeBand;
use crate::taxonomy::Category;

/// The safety-script file format this code reads.
pub const SCRIPTS_FORMAT: u32 = 1;

/// The whole `safety-scripts.json` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyScripts {
    /// The file format ([`SCRIPTS_FORMAT`]).
    pub format: u32,
    /// The scripts.
    pub scripts: Vec<SafetyScript>,
    /// Hand-off services scripts may point to (Take It Down, Report Remove).
    pub handoffs: Vec<Handoff>,
}

/// Advice for one situation (a set of categories, or a named case such as `in_danger`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyScript {
    /// Stable id (`sextortion`, `in_danger`).
    pub id: String,
    /// The categories this script is shown for (empty for named-only scripts).
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Show this script, with the helpline, before any further question.
    #[serde(default)]
    pub help_first: bool,
    /// The lines, in order. Each may vary by audience.
    pub lines: Vec<MessageRef>,
    /// Hand-off ids (see [`Handoff`]).
    #[serde(default)]
    pub handoffs: Vec<String>,
    /// Intents the script suggests, in the order it suggests them (restrict before block).
    #[serde(default)]
    pub suggested_intents: Vec<Intent>,
    /// Who reviewed the words; `None` until a safeguarding lead has.
    pub reviewed_by: Option<String>,
    /// When the words were last written or reviewed (ISO 8601 date).
    pub date: String,
}

/// An outside service that removes images (hash-based), offered to young people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handoff {
    /// Stable id (`take_it_down`, `report_remove`).
    pub id: String,
    /// The label.
    pub label: MessageRef,
    /// Where it lives.
    pub url: String,
    /// ISO 3166-1 alpha-2 countries where it is offered; `None` for everywhere.
    #[serde(default)]
    pub countries: Option<Vec<String>>,
    /// Bands it is offered to (these services are for images taken under 18).
    pub bands: Vec<AgeBand>,
    /// Where the facts come from.
    pub source: String,
    /// How sure we are (`high`, `medium`, `low`), as in reference/helplines.md.
    pub confidence: String,
}

impl SafetyScripts {
    /// Parses the scripts file.
    pub fn from_json(json: &str) -> Result<SafetyScripts, serde_json::Error> {
        serde_json::from_slice(json.as_bytes())
    }

    /// The script for a category, if any.
    pub fn for_category(&self, category: Category) -> Option<&SafetyScript> {
        self.scripts.iter().find(|s| s.categories.contains(&category))
    }

    /// A script by id.
    pub fn named(&self, id: &str) -> Option<&SafetyScript> {
        self.scripts.iter().find(|s| s.id == id)
    }

    /// A hand-off by id.
    pub fn handoff(&self, id: &str) -> Option<&Handoff> {
        self.handoffs.iter().find(|h| h.id == id)
    }
}

impl Handoff {
    /// Whether this hand-off is offered to a reporter in `country` with `band`.
    pub fn offered(&self, country: &str, band: AgeBand) -> bool {
        let in_country = self
            .countries
            .as_ref()
            .is_none_or(|list| list.iter().any(|c| c.eq_ignore_ascii_case(country)));
        in_country && self.bands.contains(&band)
    }
}
