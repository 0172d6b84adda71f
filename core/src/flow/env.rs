//! What a session needs from outside the flow: localized messages and the facts of the
//! jurisdiction (helplines, emergency number, category flags, duties to tell).
//!
//! Both are traits so the session stays a pure function of its state and these lookups, and so
//! tests and platforms can plug in their own (a platform with its own helpline directory).

use serde::{Deserialize, Serialize};

use super::model::CategoryFlag;
use crate::age::AgeBand;
use crate::taxonomy::Category;

/// Localized messages for one negotiated locale (with its fallback already applied).
pub trait Messages: Send + Sync {
    /// The formatted message, or `None` when no locale in the chain has `id`.
    /// `args` are Fluent variables such as `app`.
    fn format(&self, id: &str, args: &[(&str, &str)]) -> Option<String>;

    /// The locale actually used (after negotiation), recorded in the report.
    fn locale(&self) -> &str;
}

/// A helpline as the get-help action shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelplineInfo {
    /// The service name (as the operator writes it).
    pub name: String,
    /// The number to call or text.
    pub number: String,
}

/// Where to get help in a country.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpInfo {
    /// The child helpline, if a sourced one exists.
    pub helpline: Option<HelplineInfo>,
    /// The emergency number, only when a sourced one exists.
    pub emergency_number: Option<String>,
}

/// Everything about the jurisdiction and taxonomy that changes the flow.
pub trait Policy: Send + Sync {
    /// Whether `category` has `flag`.
    fn has_flag(&self, category: Category, flag: CategoryFlag) -> bool;

    /// Message ids naming who the platform must tell for this case (empty when no duty).
    /// Each id is a localized line for the "who will be told" step.
    fn who_must_be_told(&self, country: &str, category: Category, band: AgeBand) -> Vec<String>;

    /// Helpline and emergency number for a country.
    fn help_for(&self, country: &str) -> HelpInfo;
}
