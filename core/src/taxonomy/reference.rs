//! The closed value sets the taxonomy may map to, copied from
//! `shared/reference/reporting-anchors.md` (sections B.1, B.2 and B.3).
//!
//! These tables are the *reference*, not the mapping: `core/data/taxonomy.json` is checked
//! against them when it loads, so a typo or a keyword filed under the wrong DSA category is a
//! load error instead of a silently wrong Transparency Database statement. When an upstream
//! list changes, change it here (with the source) and the data file together.

/// DSA Transparency Database `category` values and the `category_specification` keywords the
/// TDB's own "Additional explanation" page lists under each (reference B.2.1 and B.2.2, schema
/// v2 from 1 July 2025). `KEYWORD_OTHER` is the catch-all and is allowed under every category
/// (see [`DSA_CATCH_ALL_KEYWORD`]).
pub const DSA_CATEGORY_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "STATEMENT_CATEGORY_ANIMAL_WELFARE",
        &["KEYWORD_ANIMAL_HARM", "KEYWORD_UNLAWFUL_SALE_ANIMALS"],
    ),
    (
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        &[
            "KEYWORD_HIDDEN_ADVERTISEMENT",
            "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS",
            "KEYWORD_MISLEADING_INFO_GOODS_SERVICES",
            "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
            "KEYWORD_NONCOMPLIANCE_PRICING",
        ],
    ),
    (
        "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        &[
            "KEYWORD_CYBER_BULLYING_INTIMIDATION",
            "KEYWORD_CYBER_HARASSMENT",
            "KEYWORD_CYBER_INCITEMENT",
            "KEYWORD_CYBER_STALKING",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
            "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
        ],
    ),
    (
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
        &[
            "KEYWORD_BULLYING_AGAINST_GIRLS",
            "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
            "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
            "KEYWORD_FEMALE_GENDERED_DISINFORMATION",
            "KEYWORD_INCITEMENT_AGAINST_WOMEN",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
            "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
        ],
    ),
    (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        &[
            "KEYWORD_BIOMETRIC_DATA_BREACH",
            "KEYWORD_DATA_FALSIFICATION",
            "KEYWORD_MISSING_PROCESSING_GROUND",
            "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
        ],
    ),
    (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        &[
            "KEYWORD_DEFAMATION",
            "KEYWORD_DISCRIMINATION",
            "KEYWORD_HATE_SPEECH",
        ],
    ),
    (
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        &[
            "KEYWORD_COPYRIGHT_INFRINGEMENT",
            "KEYWORD_DESIGN_INFRINGEMENT",
            "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
            "KEYWORD_PATENT_INFRINGEMENT",
            "KEYWORD_TRADE_SECRET_INFRINGEMENT",
            "KEYWORD_TRADEMARK_INFRINGEMENT",
        ],
    ),
    (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        &[
            "KEYWORD_MISINFORMATION_DISINFORMATION",
            "KEYWORD_VIOLATION_EU_LAW",
            "KEYWORD_VIOLATION_NATIONAL_LAW",
        ],
    ),
    ("STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", &[]),
    (
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        &[
            "KEYWORD_ADULT_SEXUAL_MATERIAL",
            "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
            "KEYWORD_GEOGRAPHICAL_REQUIREMENTS",
            "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
            "KEYWORD_LANGUAGE_REQUIREMENTS",
            "KEYWORD_NUDITY",
        ],
    ),
    (
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        &[
            "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS",
            "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
            "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
            "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
            "KEYWORD_UNSAFE_CHALLENGES",
        ],
    ),
    (
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        &[
            "KEYWORD_ILLEGAL_ORGANIZATIONS",
            "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE",
            "KEYWORD_RISK_PUBLIC_HEALTH",
            "KEYWORD_TERRORIST_CONTENT",
        ],
    ),
    (
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        &[
            "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
            "KEYWORD_INAUTHENTIC_ACCOUNTS",
            "KEYWORD_INAUTHENTIC_LISTINGS",
            "KEYWORD_INAUTHENTIC_USER_REVIEWS",
            "KEYWORD_PHISHING",
            "KEYWORD_PYRAMID_SCHEMES",
        ],
    ),
    (
        "STATEMENT_CATEGORY_SELF_HARM",
        &[
            "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS",
            "KEYWORD_SELF_MUTILATION",
            "KEYWORD_SUICIDE",
        ],
    ),
    (
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        &["KEYWORD_PROHIBITED_PRODUCTS", "KEYWORD_UNSAFE_PRODUCTS"],
    ),
    (
        "STATEMENT_CATEGORY_VIOLENCE",
        &[
            "KEYWORD_COORDINATED_HARM",
            "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
            "KEYWORD_HUMAN_EXPLOITATION",
            "KEYWORD_HUMAN_TRAFFICKING",
            "KEYWORD_TRAFFICKING_WOMEN_GIRLS",
        ],
    ),
];

/// The TDB catch-all keyword ("Not captured by any other keyword"), valid with any category.
pub const DSA_CATCH_ALL_KEYWORD: &str = "KEYWORD_OTHER";

/// DSA keywords whose TDB definition says "excluding content depicting minors" (reference
/// B.2.2): non-consensual intimate image keywords. A child-facing category must never use one;
/// a self-generated image of a minor is `KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL`.
pub const DSA_KEYWORDS_EXCLUDING_MINORS: &[&str] = &[
    "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
    "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
    "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
    "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
];

/// NCMEC CyberTipline `incidentSummary/incidentType` values (reference B.3, from third-party
/// typings of the ISPWS; confirm against the XSD before a real submission). The enticement
/// spelling follows the majority of sources ("…for Sexual Acts").
pub const NCMEC_INCIDENT_TYPES: &[&str] = &[
    "Child Pornography (possession, manufacture, and distribution)",
    "Child Sex Trafficking",
    "Child Sex Tourism",
    "Child Sexual Molestation",
    "Misleading Domain Name",
    "Misleading Words or Digital Images on the Internet",
    "Online Enticement of Children for Sexual Acts",
    "Unsolicited Obscene Material Sent to a Child",
];

/// NCMEC `reportAnnotations` values seen in maintained clients (reference B.3). The three
/// values one TS schema lists as unverified (`informational`, `potentialAggravatingFactors`,
/// `instrumentalUse`) are left out on purpose.
pub const NCMEC_REPORT_ANNOTATIONS: &[&str] = &[
    "sextortion",
    "csamSolicitation",
    "minorToMinorInteraction",
    "spam",
    "sadisticOnlineExploitation",
];

/// The NCMEC incident type for online enticement; sextortion is an annotation on it (B.3).
pub const NCMEC_ONLINE_ENTICEMENT: &str = "Online Enticement of Children for Sexual Acts";

/// The NCMEC incident type for child sexual abuse material (B.3, F).
pub const NCMEC_CSAM: &str = "Child Pornography (possession, manufacture, and distribution)";

/// AT Protocol / Ozone report reason types on HEAD (reference B.1.2 and B.1.3). Draft-only
/// values such as `reasonSexualSextortion` (B.1.4) are not here: HEAD has no sextortion reason.
pub const ATPROTO_REASONS: &[&str] = &[
    "com.atproto.moderation.defs#reasonSpam",
    "com.atproto.moderation.defs#reasonViolation",
    "com.atproto.moderation.defs#reasonMisleading",
    "com.atproto.moderation.defs#reasonSexual",
    "com.atproto.moderation.defs#reasonRude",
    "com.atproto.moderation.defs#reasonOther",
    "com.atproto.moderation.defs#reasonAppeal",
    "tools.ozone.report.defs#reasonAppeal",
    "tools.ozone.report.defs#reasonOther",
    "tools.ozone.report.defs#reasonViolenceAnimal",
    "tools.ozone.report.defs#reasonViolenceThreats",
    "tools.ozone.report.defs#reasonViolenceGraphicContent",
    "tools.ozone.report.defs#reasonViolenceGlorification",
    "tools.ozone.report.defs#reasonViolenceExtremistContent",
    "tools.ozone.report.defs#reasonViolenceTrafficking",
    "tools.ozone.report.defs#reasonViolenceOther",
    "tools.ozone.report.defs#reasonSexualAbuseContent",
    "tools.ozone.report.defs#reasonSexualNCII",
    "tools.ozone.report.defs#reasonSexualDeepfake",
    "tools.ozone.report.defs#reasonSexualAnimal",
    "tools.ozone.report.defs#reasonSexualUnlabeled",
    "tools.ozone.report.defs#reasonSexualOther",
    "tools.ozone.report.defs#reasonChildSafetyCSAM",
    "tools.ozone.report.defs#reasonChildSafetyGroom",
    "tools.ozone.report.defs#reasonChildSafetyPrivacy",
    "tools.ozone.report.defs#reasonChildSafetyHarassment",
    "tools.ozone.report.defs#reasonChildSafetyOther",
    "tools.ozone.report.defs#reasonHarassmentTroll",
    "tools.ozone.report.defs#reasonHarassmentTargeted",
    "tools.ozone.report.defs#reasonHarassmentHateSpeech",
    "tools.ozone.report.defs#reasonHarassmentDoxxing",
    "tools.ozone.report.defs#reasonHarassmentOther",
    "tools.ozone.report.defs#reasonMisleadingBot",
    "tools.ozone.report.defs#reasonMisleadingImpersonation",
    "tools.ozone.report.defs#reasonMisleadingSpam",
    "tools.ozone.report.defs#reasonMisleadingScam",
    "tools.ozone.report.defs#reasonMisleadingElections",
    "tools.ozone.report.defs#reasonMisleadingOther",
    "tools.ozone.report.defs#reasonRuleSiteSecurity",
    "tools.ozone.report.defs#reasonRuleProhibitedSales",
    "tools.ozone.report.defs#reasonRuleBanEvasion",
    "tools.ozone.report.defs#reasonRuleOther",
    "tools.ozone.report.defs#reasonSelfHarmContent",
    "tools.ozone.report.defs#reasonSelfHarmED",
    "tools.ozone.report.defs#reasonSelfHarmStunts",
    "tools.ozone.report.defs#reasonSelfHarmSubstances",
    "tools.ozone.report.defs#reasonSelfHarmOther",
];

/// Ozone reasons described upstream as *adult* content (B.1.3: "Adult sexual abuse content",
/// "Non-consensual intimate imagery", "Deepfake adult content"). Child-facing categories map to
/// the child-safety group instead.
pub const ATPROTO_ADULT_ONLY_REASONS: &[&str] = &[
    "tools.ozone.report.defs#reasonSexualAbuseContent",
    "tools.ozone.report.defs#reasonSexualNCII",
    "tools.ozone.report.defs#reasonSexualDeepfake",
];

/// Whether `keyword` may be filed under the DSA `category` per B.2.2.
pub fn dsa_keyword_allowed(category: &str, keyword: &str) -> bool {
    keyword == DSA_CATCH_ALL_KEYWORD
        || DSA_CATEGORY_KEYWORDS
            .iter()
            .any(|(c, keywords)| *c == category && keywords.contains(&keyword))
}

/// Whether `category` is a DSA TDB statement category (B.2.1).
pub fn dsa_category_known(category: &str) -> bool {
    DSA_CATEGORY_KEYWORDS.iter().any(|(c, _)| *c == category)
}
