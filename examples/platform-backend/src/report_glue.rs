//! The backend's adapter to Report v1 and the taxonomy.
//!
//! INTERIM: `Report::from_json` (core/src/report/) and category severity (core/src/taxonomy.rs)
//! are being built on other branches. Until they are merged this reads only the fields the
//! backend routes on, strictly typed with core's own enums, and refuses anything else.

use serde::Deserialize;
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

#[derive(Deserialize)]
struct Minimal {
    id: Uuid,
    category: Category,
    age_band: AgeBand,
    #[serde(default)]
    flags: Flags,
    #[serde(default)]
    subjects: serde_json::Value,
    #[serde(default)]
    evidence: serde_json::Value,
}

#[derive(Deserialize, Default)]
struct Flags {
    #[serde(default)]
    in_danger_now: bool,
}

/// Why a body is not a valid report (no content in it).
#[derive(Debug, thiserror::Error)]
#[error("report body is not a valid Report v1")]
pub struct InvalidReport;

/// Parses and validates a Report v1 body.
pub fn parse(body: &[u8]) -> Result<ReportFacts, InvalidReport> {
    let minimal: Minimal = serde_json::from_slice(body).map_err(|_| InvalidReport)?;
    Ok(ReportFacts {
        report_id: minimal.id,
        category: minimal.category,
        age_band: minimal.age_band,
        in_danger_now: minimal.flags.in_danger_now,
        hold_items: serde_json::json!({ "subjects": minimal.subjects, "evidence": minimal.evidence }),
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
