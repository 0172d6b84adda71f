//! Negotiation, metadata honesty and the loader API.

use super::super::*;

fn catalog() -> LocaleCatalog {
    LocaleCatalog::builtin().unwrap()
}

#[test]
fn builtin_catalog_is_honest() {
    let catalog = catalog();
    assert_eq!(catalog.reference().tag, REFERENCE_LOCALE);
    for meta in catalog.locales() {
        // Nobody has signed any of the shipped copy yet: a reviewer's name may only
        // appear here when a real person signs, together with status "reviewed".
        assert_eq!(
            meta.status == ReviewStatus::Reviewed,
            meta.reviewed_by.is_some(),
            "{}",
            meta.tag
        );
        assert_eq!(meta.direction == Direction::Rtl, meta.tag == "ar", "{}", meta.tag);
        if meta.role != LocaleRole::Reference {
            assert!(meta.is_draft(), "{} is not reviewed, so it is a draft", meta.tag);
        }
    }
    let tags: Vec<&str> = catalog.locales().iter().map(|m| m.tag.as_str()).collect();
    for tag in [
        "en", "fr", "es", "pt", "ar", "sw", "am", "km", "id", "ms", "th", "fil", "vi", "en-XA",
    ] {
        assert!(tags.contains(&tag), "{tag} missing");
    }
}

#[test]
fn drafts_are_refused_without_the_flag() {
    let catalog = catalog();
    for meta in catalog.locales().iter().filter(|m| m.is_draft()) {
        let refused = catalog.negotiate(&[&meta.tag], false);
        assert_eq!(
            refused.tag(),
            REFERENCE_LOCALE,
            "{} chosen without the flag",
            meta.tag
        );
        assert!(!refused.is_draft());
        let allowed = catalog.negotiate(&[&meta.tag], true);
        assert_eq!(allowed.tag(), meta.tag);
        assert!(allowed.is_draft());
    }
}

#[test]
fn a_reviewed_translation_is_used_without_the_flag() {
    let mut metas = catalog().locales().to_vec();
    let fr = metas.iter_mut().find(|m| m.tag == "fr").unwrap();
    fr.status = ReviewStatus::Reviewed;
    fr.reviewed_by = Some("A. Reviewer (test fixture, not a real sign-off)".into());
    fr.reviewed_on = Some("2025-01-01".into());
    let catalog = LocaleCatalog::from_metadata(metas).unwrap();
    let chosen = catalog.negotiate(&["fr-CA", "en"], false);
    assert_eq!(chosen.tag(), "fr");
    assert!(!chosen.is_draft());
}

#[test]
fn dishonest_metadata_is_refused() {
    let base = catalog().locales().to_vec();
    let edit = |f: &dyn Fn(&mut LocaleMeta)| {
        let mut metas = base.clone();
        f(metas.iter_mut().find(|m| m.tag == "sw").unwrap());
        LocaleCatalog::from_metadata(metas)
    };
    let no_reviewer = edit(&|m| m.status = ReviewStatus::Reviewed);
    assert!(matches!(
        no_reviewer,
        Err(I18nError::InvalidMetadata {
            field: "reviewed_by",
            ..
        })
    ));
    let draft_with_reviewer = edit(&|m| m.reviewed_by = Some("Someone".into()));
    assert!(matches!(
        draft_with_reviewer,
        Err(I18nError::InvalidMetadata {
            field: "reviewed_by",
            ..
        })
    ));
    let two_references = edit(&|m| m.role = LocaleRole::Reference);
    assert!(matches!(
        two_references,
        Err(I18nError::InvalidMetadata { field: "role", .. })
    ));
}

#[test]
fn arabic_is_rtl_and_the_rest_ltr() {
    let catalog = catalog();
    assert_eq!(catalog.negotiate(&["ar-EG"], true).direction(), Direction::Rtl);
    assert_eq!(catalog.negotiate(&["ar-EG"], true).direction().as_str(), "rtl");
    assert_eq!(
        catalog.negotiate(&["ar"], false).direction(),
        Direction::Ltr,
        "falls back to en"
    );
    assert_eq!(catalog.negotiate(&["th"], true).direction(), Direction::Ltr);
}

#[test]
fn unknown_and_garbage_locales_fall_back_to_the_reference() {
    let catalog = catalog();
    for requested in [&["xx"][..], &["de-DE", "ja"], &[""], &["!!"], &[]] {
        let chosen = catalog.negotiate(requested, true);
        assert_eq!(chosen.tag(), REFERENCE_LOCALE, "{requested:?}");
        assert_eq!(chosen.files_to_load(), vec![REFERENCE_LOCALE]);
    }
}

#[test]
fn regional_and_legacy_tags_match() {
    let catalog = catalog();
    assert_eq!(catalog.negotiate(&["pt-BR"], true).tag(), "pt");
    assert_eq!(catalog.negotiate(&["pt_BR"], true).tag(), "pt");
    assert_eq!(catalog.negotiate(&["tl-PH"], true).tag(), "fil");
    assert_eq!(catalog.negotiate(&["in-ID"], true).tag(), "id");
    assert_eq!(
        catalog.negotiate(&["de", "sw-KE"], true).tag(),
        "sw",
        "second preference used"
    );
    assert_eq!(
        catalog.negotiate(&["en-US"], true).tag(),
        "en",
        "a real user never gets en-XA"
    );
    assert_eq!(catalog.negotiate(&["en-XA"], true).tag(), "en-XA");
    assert_eq!(catalog.negotiate(&["en-XA"], false).tag(), "en");
}

#[test]
fn the_loader_fetches_only_the_chosen_locale_and_the_fallback() {
    let en = ["a = { $band ->\n    [age-6-9] A small\n   *[other] A\n}\nb = B\n"];
    let fr = ["a = { $band ->\n    [age-6-9] Un petit\n   *[other] Un\n}\n"];
    let catalog = LocaleCatalog::builtin().unwrap();
    let mut fetched = Vec::new();
    let localizer = Localizer::load_with(&catalog, &["fr"], true, |tag| {
        fetched.push(tag.to_owned());
        match tag {
            "en" => Some(en.iter().map(|s| s.to_string()).collect()),
            "fr" => Some(fr.iter().map(|s| s.to_string()).collect()),
            _ => None,
        }
    })
    .unwrap();
    assert_eq!(fetched, ["fr", "en"]);
    assert!(localizer.is_draft());
    assert_eq!(
        localizer
            .format("a", &Args::new().band(crate::AgeBand::Age6To9))
            .unwrap(),
        "Un petit"
    );
    assert_eq!(
        localizer.format("a", &Args::new()).unwrap(),
        "Un",
        "no band reads as 10-12"
    );
    assert_eq!(
        localizer.format("b", &Args::new()).unwrap(),
        "B",
        "missing message falls back"
    );
    assert!(matches!(
        localizer.format("c", &Args::new()),
        Err(I18nError::UnknownMessage { .. })
    ));
}

#[test]
fn a_broken_file_is_refused_not_half_loaded() {
    let catalog = LocaleCatalog::builtin().unwrap();
    let negotiated = catalog.negotiate(&["fr"], true);
    let result = Localizer::from_sources(&negotiated, &["a = {"], &["a = A\n"]);
    assert!(matches!(result, Err(I18nError::Parse { file: 0, .. })));
    let missing = Localizer::from_sources(&negotiated, &["a = A\n"], &[]);
    assert!(matches!(missing, Err(I18nError::MissingSource { .. })));
}

#[test]
fn wire_band_codes_and_missing_variables() {
    let catalog = LocaleCatalog::default();
    let negotiated = catalog.negotiate(&["en"], false);
    let source = "m = { $band ->\n    [age-6-9] young\n    [adult] grown\n   *[other] default\n} { $app }\n";
    let localizer = Localizer::from_sources(&negotiated, &[source], &[]).unwrap();
    let with = |band: &str| localizer.format("m", &Args::new().string("band", band).app("X"));
    assert_eq!(strip_isolation(&with("6-9").unwrap()), "young X");
    assert_eq!(strip_isolation(&with("adult").unwrap()), "grown X");
    assert_eq!(strip_isolation(&with("unknown").unwrap()), "default X");
    let missing = localizer.format("m", &Args::new());
    assert_eq!(
        missing,
        Err(I18nError::MissingVariable {
            id: "m".into(),
            variable: "app".into()
        })
    );
}

#[test]
fn placeables_are_isolated() {
    let negotiated = LocaleCatalog::default().negotiate(&[], false);
    let localizer = Localizer::from_sources(&negotiated, &["m = call { $number }."], &[]).unwrap();
    let text = localizer
        .format("m", &Args::new().emergency_number("+44 800 1111"))
        .unwrap();
    assert_eq!(text, format!("call {FSI}+44 800 1111{PDI}."));
    assert_eq!(strip_isolation(&text), "call +44 800 1111.");
}

#[test]
fn args_debug_shows_names_not_values() {
    let args = Args::new().app("SecretApp").helpline("Line");
    let shown = format!("{args:?}");
    assert!(shown.contains("app") && !shown.contains("SecretApp"));
}
