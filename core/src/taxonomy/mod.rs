//! Child-facing report categories with stable codes.
//!
//! Codes are wire values stored in reports for days offline and read by three languages:
//! never rename one. Severity and the mappings to DSA, NCMEC and AT Protocol live in
//! `core/data/taxonomy.json` (reviewed data, not code) and are loaded by [`Taxonomy`].

mod mapping;
pub mod reference;

pub use mapping::{
    CategoryInfo, DsaMapping, NcmecMapping, Severity, TAXONOMY_FORMAT_VERSION, Taxonomy, TaxonomyError,
    TaxonomyRule,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What happened, in the child's terms. The wire code is the `serde` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Sexual pictures or videos of me or another child, including self-made ones.
    SexualImagesOfChild,
    /// Fake (AI-made or edited) sexual pictures of me or another child.
    SexualImagesFake,
    /// Someone asked me for sexual pictures or to do sexual things (grooming).
    AskedForSexualThings,
    /// Someone threatens to share my pictures unless I do something (sextortion).
    ThreatToSharePictures,
    /// Someone sent me sexual pictures I did not want.
    UnwantedSexualPictures,
    /// Someone I met online wants to meet me in person.
    WantsToMeet,
    /// Someone pressured me to do things on a live stream.
    PressuredOnLiveStream,
    /// Someone offered money or gifts for sexual things.
    OfferedMoneyOrGifts,
    /// Someone is hurting me in real life (off the platform).
    HurtingMeInRealLife,
    /// Bullying.
    Bullying,
    /// My private information was shared.
    PrivateInfoShared,
    /// Hate against a group.
    Hate,
    /// Someone is talking about hurting themselves or suicide.
    SelfHarmOrSuicide,
    /// A dangerous challenge.
    DangerousChallenge,
    /// Violence or threats of violence.
    ViolenceOrThreats,
    /// A scam.
    Scam,
    /// Someone is pretending to be someone else, or a fake account.
    ImpersonationOrFakeAccount,
    /// Spam.
    Spam,
    /// Something else.
    Other,
}

impl Category {
    /// Every category, in the order the wizard lists them by default.
    pub const ALL: [Category; 19] = [
        Category::SexualImagesOfChild,
        Category::SexualImagesFake,
        Category::AskedForSexualThings,
        Category::ThreatToSharePictures,
        Category::UnwantedSexualPictures,
        Category::WantsToMeet,
        Category::PressuredOnLiveStream,
        Category::OfferedMoneyOrGifts,
        Category::HurtingMeInRealLife,
        Category::Bullying,
        Category::PrivateInfoShared,
        Category::Hate,
        Category::SelfHarmOrSuicide,
        Category::DangerousChallenge,
        Category::ViolenceOrThreats,
        Category::Scam,
        Category::ImpersonationOrFakeAccount,
        Category::Spam,
        Category::Other,
    ];

    /// The stable wire code (`"threat_to_share_pictures"`).
    pub fn code(self) -> &'static str {
        match self {
            Category::SexualImagesOfChild => "sexual_images_of_child",
            Category::SexualImagesFake => "sexual_images_fake",
            Category::AskedForSexualThings => "asked_for_sexual_things",
            Category::ThreatToSharePictures => "threat_to_share_pictures",
            Category::UnwantedSexualPictures => "unwanted_sexual_pictures",
            Category::WantsToMeet => "wants_to_meet",
            Category::PressuredOnLiveStream => "pressured_on_live_stream",
            Category::OfferedMoneyOrGifts => "offered_money_or_gifts",
            Category::HurtingMeInRealLife => "hurting_me_in_real_life",
            Category::Bullying => "bullying",
            Category::PrivateInfoShared => "private_info_shared",
            Category::Hate => "hate",
            Category::SelfHarmOrSuicide => "self_harm_or_suicide",
            Category::DangerousChallenge => "dangerous_challenge",
            Category::ViolenceOrThreats => "violence_or_threats",
            Category::Scam => "scam",
            Category::ImpersonationOrFakeAccount => "impersonation_or_fake_account",
            Category::Spam => "spam",
            Category::Other => "other",
        }
    }

    /// Parses a wire code; `None` for an unknown one.
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod mapping_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_match_serde() {
        let mut seen = std::collections::BTreeSet::new();
        for category in Category::ALL {
            assert!(seen.insert(category.code()), "duplicate code {}", category.code());
            assert_eq!(
                serde_json::to_string(&category).unwrap(),
                format!("\"{}\"", category.code())
            );
            assert_eq!(Category::from_code(category.code()), Some(category));
        }
    }

    #[test]
    fn all_is_in_declaration_order() {
        // Taxonomy::info relies on the discriminant being the index into Category::ALL.
        for (index, category) in Category::ALL.into_iter().enumerate() {
            assert_eq!(category as usize, index);
        }
    }
}
