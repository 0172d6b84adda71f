//! The backend's adapter to Report v1 and the taxonomy.
//!
//! Validation is core's `Report::from_json`; priority comes from core's taxonomy
//! (`Category::severity()` and the `urgent` flag of `Category::info()`).

use tellsafe::intake::review::URGENT_FROM;
use tellsafe::taxonomy::Severity;
use tellsafe::{AgeBand, Category};
use uuid::Uuid;

/// The facts the backend routes a report on.
#[derive(Debug, Clone)]
pub struct ReportFacts {
    /// The client-chosen id.
    pub report_id: Uuid,
    /// What happened.
    pub category: Category,
    /// The reporter's age band.
    pub age_band: AgeBand,
    /// "I am in danger now".
    pub in_danger_now: bool,
    /// The referenced items to preserve (subject and evidence refs), as JSON.
    pub hold_items: serde_json::Value,
}

/// Why a body is not a valid report (no content in it).
#[derive(Debug, thiserror::Error)]
#[error("report body is not a valid Report v1")]
pub struct InvalidReport;

/// Parses and validates a Report v1 body with core's `Report::from_json`.
pub fn parse(body: &[u8]) -> Result<ReportFacts, InvalidReport> {
    let report = tellsafe::report::Report::from_json(body).map_err(|_| InvalidReport)?;
    Ok(ReportFacts {
        report_id: *report.id().as_uuid(),
        category: report.category(),
        age_band: report.age_band(),
        in_danger_now: report.flags().in_danger_now,
        hold_items: serde_json::json!({
            "subjects": serde_json::to_value(report.subjects()).unwrap_or_default(),
            "evidence": serde_json::to_value(report.evidence()).unwrap_or_default(),
        }),
    })
}

/// Priority of a critical category: inside the urgent review tier.
pub const PRIORITY_CRITICAL: u8 = 95;
/// Priority of a high-severity category: the high tier (24 h).
pub const PRIORITY_HIGH: u8 = 75;
/// Priority of a medium-severity category: the standard tier (72 h).
pub const PRIORITY_MEDIUM: u8 = 45;
/// Priority of a low-severity category (spam): the low tier (7 days).
pub const PRIORITY_LOW: u8 = 10;

/// Priority 0-100 from core's taxonomy: the category's severity, raised to the urgent tier for
/// categories the taxonomy marks urgent (a child possibly in danger is never queued behind
/// anything).
pub fn priority(category: Category) -> u8 {
    let by_severity = match category.severity() {
        Severity::Critical => PRIORITY_CRITICAL,
        Severity::High => PRIORITY_HIGH,
        Severity::Medium => PRIORITY_MEDIUM,
        Severity::Low => PRIORITY_LOW,
    };
    if category.info().urgent {
        by_severity.max(URGENT_FROM)
    } else {
        by_severity
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tellsafe::intake::{ReviewTier, review_tier};

    #[test]
    fn priority_follows_core_severity_and_urgency() {
        for category in Category::ALL {
            let p = priority(category);
            assert!(p <= 100);
            if category.info().urgent || category.severity() == Severity::Critical {
                assert_eq!(review_tier(p, false), ReviewTier::Urgent, "{}", category.code());
            }
            for other in Category::ALL {
                if category.severity() > other.severity() && !other.info().urgent {
                    assert!(p > priority(other), "{} vs {}", category.code(), other.code());
                }
            }
        }
    }
}
