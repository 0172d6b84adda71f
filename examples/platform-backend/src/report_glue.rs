//! The backend's adapter to Report v1 and the taxonomy.
//!
//! Validation is core's `Report::from_json`. INTERIM: category severity (core/src/taxonomy.rs)
//! is being built on another branch; until it is merged, [`priority`] is a local table.

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

/// Priority 0-100 = the category's severity.
pub fn priority(category: Category) -> u8 {
    use Category::*;
    match category {
        SexualImagesOfChild | ThreatToSharePictures | HurtingMeInRealLife | SelfHarmOrSuicide => 95,
        AskedForSexualThings
        | SexualImagesFake
        | WantsToMeet
        | PressuredOnLiveStream
        | OfferedMoneyOrGifts => 90,
        ViolenceOrThreats | UnwantedSexualPictures | DangerousChallenge => 75,
        Bullying | PrivateInfoShared | Hate => 60,
        ImpersonationOrFakeAccount | Scam => 40,
        Other => 30,
        Spam => 10,
    }
}
