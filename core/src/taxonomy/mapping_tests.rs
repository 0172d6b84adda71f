//! Invariants of the embedded taxonomy and of the loader's refusals.

use super::reference::*;
use super::*;

const EMBEDDED: &str = include_str!("../../data/taxonomy.json");

fn embedded_value() -> serde_json::Value {
    serde_json::from_str(EMBEDDED).unwrap()
}

fn load(value: &serde_json::Value) -> Result<Taxonomy, TaxonomyError> {
    Taxonomy::from_json(&value.to_string())
}

#[test]
fn embedded_taxonomy_loads() {
    let taxonomy = Taxonomy::from_json(EMBEDDED).unwrap();
    assert_eq!(taxonomy.entries().len(), Category::ALL.len());
    // Nobody has reviewed the shipped proposal: never invent a reviewer.
    assert_eq!(taxonomy.reviewed_by(), None);
    assert!(!taxonomy.source().is_empty());
}

/// The web's taxonomy (build.rs's compact form, no JSON, no reference checks at run time) is
/// the very taxonomy the JSON path validates.
#[cfg(feature = "compact-data")]
#[test]
fn compact_taxonomy_matches_the_json() {
    assert_eq!(Taxonomy::embedded(), &Taxonomy::from_json(EMBEDDED).unwrap());
}

#[test]
fn every_category_has_its_own_entry() {
    let taxonomy = Taxonomy::embedded();
    for category in Category::ALL {
        assert_eq!(taxonomy.info(category).category, category);
        assert_eq!(category.info().category, category);
    }
}

#[test]
fn every_dsa_keyword_belongs_to_its_category() {
    for info in Taxonomy::embedded().entries() {
        assert!(dsa_category_known(&info.dsa.category), "{:?}", info.category);
        for keyword in &info.dsa.keywords {
            assert!(
                dsa_keyword_allowed(&info.dsa.category, keyword),
                "{:?}: {keyword} not under {}",
                info.category,
                info.dsa.category
            );
        }
    }
}

#[test]
fn no_category_uses_an_ncii_or_adult_only_value() {
    // Every category is child-facing: reporters or depicted people may be minors.
    for info in Taxonomy::embedded().entries() {
        for keyword in &info.dsa.keywords {
            assert!(!DSA_KEYWORDS_EXCLUDING_MINORS.contains(&keyword.as_str()));
            assert!(!keyword.contains("NON_CONSENSUAL"), "{:?}", info.category);
        }
        assert!(!ATPROTO_ADULT_ONLY_REASONS.contains(&info.atproto.as_str()));
    }
}

#[test]
fn sexual_images_of_a_child_map_to_csam_including_self_made_and_fake() {
    for category in [Category::SexualImagesOfChild, Category::SexualImagesFake] {
        let info = category.info();
        assert_eq!(info.dsa.category, "STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        assert!(
            info.dsa
                .keywords
                .iter()
                .all(|k| k.starts_with("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"))
        );
        assert!(!info.dsa.keywords.is_empty());
        assert_eq!(info.ncmec.as_ref().unwrap().incident_type, NCMEC_CSAM);
        assert_eq!(info.atproto, "tools.ozone.report.defs#reasonChildSafetyCSAM");
        assert!(info.image_based && info.sexual);
    }
}

#[test]
fn ncmec_values_come_from_the_reference() {
    for info in Taxonomy::embedded().entries() {
        if let Some(ncmec) = &info.ncmec {
            assert!(NCMEC_INCIDENT_TYPES.contains(&ncmec.incident_type.as_str()));
            for annotation in &ncmec.annotations {
                assert!(NCMEC_REPORT_ANNOTATIONS.contains(&annotation.as_str()));
            }
        }
    }
}

#[test]
fn sextortion_is_an_annotation_on_online_enticement() {
    let ncmec = Category::ThreatToSharePictures.info().ncmec.clone().unwrap();
    assert_eq!(ncmec.incident_type, NCMEC_ONLINE_ENTICEMENT);
    assert!(ncmec.annotations.iter().any(|a| a == "sextortion"));
    for info in Taxonomy::embedded().entries() {
        if let Some(ncmec) = &info.ncmec
            && ncmec.annotations.iter().any(|a| a == "sextortion")
        {
            assert_eq!(ncmec.incident_type, NCMEC_ONLINE_ENTICEMENT);
        }
    }
}

#[test]
fn atproto_reasons_come_from_head() {
    for info in Taxonomy::embedded().entries() {
        assert!(
            ATPROTO_REASONS.contains(&info.atproto.as_str()),
            "{:?}",
            info.category
        );
    }
}

#[test]
fn severity_follows_the_documented_scale() {
    // Exploitation, danger and self-harm are the highest.
    for category in [Category::HurtingMeInRealLife, Category::SelfHarmOrSuicide] {
        assert_eq!(category.severity(), Severity::Critical);
    }
    for info in Taxonomy::embedded().entries() {
        let exploitation = info.ncmec.as_ref().is_some_and(|n| {
            [NCMEC_CSAM, NCMEC_ONLINE_ENTICEMENT, "Child Sex Trafficking"].contains(&n.incident_type.as_str())
        });
        if exploitation {
            assert_eq!(info.severity, Severity::Critical, "{:?}", info.category);
        }
        if info.urgent || info.ncmec.is_some() {
            assert!(info.severity >= Severity::High, "{:?}", info.category);
        }
        if info.severity < Severity::High {
            assert!(!info.urgent && !info.sexual, "{:?}", info.category);
        }
    }
    assert!(Severity::Low < Severity::Medium && Severity::High < Severity::Critical);
}

#[test]
fn quiet_by_default_for_danger_and_sexual_categories() {
    for info in Taxonomy::embedded().entries() {
        assert_eq!(info.quiet_by_default(), info.urgent || info.sexual);
    }
    assert!(Category::HurtingMeInRealLife.info().quiet_by_default());
    assert!(Category::UnwantedSexualPictures.info().quiet_by_default());
    assert!(!Category::Spam.info().quiet_by_default());
}

#[test]
fn unknown_category_code_is_refused_by_name() {
    let mut value = embedded_value();
    let entry = value["categories"]["spam"].clone();
    value["categories"]["sextortion"] = entry;
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::UnknownCategory {
            code: "sextortion".into()
        }
    );
}

#[test]
fn missing_category_is_refused_by_name() {
    let mut value = embedded_value();
    value["categories"].as_object_mut().unwrap().remove("hate");
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::MissingCategory { code: "hate" }
    );
}

#[test]
fn keyword_from_another_dsa_category_is_refused() {
    let mut value = embedded_value();
    value["categories"]["bullying"]["dsa"]["keywords"] = serde_json::json!(["KEYWORD_SUICIDE"]);
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            code: "bullying",
            field: "dsa.keywords",
            reason: TaxonomyRule::KeywordNotInCategory
        }
    );
}

#[test]
fn ncii_keyword_is_refused_even_under_its_own_category() {
    let mut value = embedded_value();
    value["categories"]["sexual_images_of_child"]["dsa"] = serde_json::json!({
        "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        "keywords": ["KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"]
    });
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            code: "sexual_images_of_child",
            field: "dsa.keywords",
            reason: TaxonomyRule::AdultOnlyValue
        }
    );
}

#[test]
fn sextortion_on_another_incident_type_is_refused() {
    let mut value = embedded_value();
    value["categories"]["threat_to_share_pictures"]["ncmec"]["incident_type"] = serde_json::json!(NCMEC_CSAM);
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            code: "threat_to_share_pictures",
            field: "ncmec.annotations",
            reason: TaxonomyRule::SextortionNotOnEnticement
        }
    );
}

#[test]
fn unverified_ncmec_annotation_and_draft_atproto_reason_are_refused() {
    let mut value = embedded_value();
    value["categories"]["asked_for_sexual_things"]["ncmec"]["annotations"] =
        serde_json::json!(["instrumentalUse"]);
    assert!(matches!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            field: "ncmec.annotations",
            reason: TaxonomyRule::NotInReference,
            ..
        }
    ));
    let mut value = embedded_value();
    value["categories"]["threat_to_share_pictures"]["atproto"] =
        serde_json::json!("tools.ozone.report.defs#reasonSexualSextortion");
    assert!(matches!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            code: "threat_to_share_pictures",
            field: "atproto",
            reason: TaxonomyRule::NotInReference
        }
    ));
}

#[test]
fn missing_and_misspelt_fields_are_named() {
    let mut value = embedded_value();
    value["categories"]["scam"]
        .as_object_mut()
        .unwrap()
        .remove("severity");
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::MissingField {
            code: "scam",
            field: "severity"
        }
    );
    let mut value = embedded_value();
    value["categories"]["scam"]["urgnet"] = serde_json::json!(true);
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::UnknownField {
            code: "scam",
            field: "urgnet".into()
        }
    );
    let mut value = embedded_value();
    value["categories"]["scam"]["severity"] = serde_json::json!("extreme");
    assert_eq!(
        load(&value).unwrap_err(),
        TaxonomyError::InvalidField {
            code: "scam",
            field: "severity",
            reason: TaxonomyRule::InvalidValue
        }
    );
}

#[test]
fn malformed_json_reports_position_only() {
    let err = Taxonomy::from_json("{\"version\": 1,").unwrap_err();
    assert!(matches!(err, TaxonomyError::Malformed { line: 1, .. }));
}
