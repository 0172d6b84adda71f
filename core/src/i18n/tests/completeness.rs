//! Every message in every locale, no parse errors, every message formats for every band.

use super::super::embedded;
use super::super::*;
use super::{BANDS, sample_args};

#[test]
fn every_locale_is_complete_against_the_reference() {
    let report = check_locales().unwrap();
    for locale in &report.locales {
        assert!(
            locale.parse_errors.is_empty(),
            "{}: {:?}",
            locale.tag,
            locale.parse_errors
        );
        assert!(
            locale.missing_messages.is_empty(),
            "{} lacks {:?}",
            locale.tag,
            locale.missing_messages
        );
        assert!(
            locale.extra_messages.is_empty(),
            "{} has extra {:?}",
            locale.tag,
            locale.extra_messages
        );
        assert!(
            locale.unexpected_variables.is_empty(),
            "{}: {:?}",
            locale.tag,
            locale.unexpected_variables
        );
        assert!(!locale.files_missing, "{}", locale.tag);
    }
    assert!(report.is_clean());
    assert!(report.drafts().contains(&"fr") && !report.drafts().contains(&"en"));
}

#[test]
fn the_check_reports_what_is_wrong() {
    let catalog = LocaleCatalog::builtin().unwrap();
    let en = vec![(
        "a.ftl",
        "a = A\n    .title = T\nb = { $band ->\n   *[other] B\n}\n",
    )];
    let fr = vec![(
        "a.ftl",
        "a = A { $secret }\nc = C\nb = { $band ->\n    [age-6-9] B\n}\n",
    )];
    let report = check_sources(&catalog, &[("en", en), ("fr", fr)]);
    let fr = report.locales.iter().find(|l| l.tag == "fr").unwrap();
    assert_eq!(
        fr.missing_messages,
        ["a.title", "b"],
        "b has no default variant, so it fails to parse"
    );
    assert_eq!(fr.extra_messages, ["c"]);
    assert_eq!(fr.unexpected_variables, ["a: $secret"]);
    assert_eq!(fr.parse_errors.len(), 1);
    assert_eq!(
        fr.parse_errors[0].line, 5,
        "where the default variant was expected"
    );
    assert!(
        report
            .locales
            .iter()
            .find(|l| l.tag == "es")
            .unwrap()
            .files_missing
    );
    assert!(!report.is_clean());
}

#[test]
fn every_message_formats_in_every_locale_for_every_band() {
    let catalog = LocaleCatalog::builtin().unwrap();
    let en_ids = message_variables(&embedded::files("en").unwrap());
    for meta in catalog.locales() {
        let localizer = Localizer::for_negotiated(&catalog.negotiate(&[&meta.tag], true)).unwrap();
        assert_eq!(localizer.locale(), meta.tag);
        let own = message_variables(&embedded::files(meta.files_locale()).unwrap());
        assert_eq!(
            own.keys().collect::<Vec<_>>(),
            en_ids.keys().collect::<Vec<_>>(),
            "{}",
            meta.tag
        );
        for band in BANDS {
            for args in [
                sample_args(band),
                sample_args(band).days(1),
                sample_args(band).days(3),
            ] {
                for id in en_ids.keys() {
                    let text = localizer
                        .format(id, &args)
                        .unwrap_or_else(|e| panic!("{}: {e}", meta.tag));
                    assert!(!text.trim().is_empty(), "{} {id} is empty", meta.tag);
                    assert!(!text.contains('{'), "{} {id} shows a raw placeable", meta.tag);
                }
            }
        }
    }
}

#[test]
fn every_category_has_a_label_that_differs_from_the_others() {
    let localizer = Localizer::embedded(&["en"], false).unwrap();
    for band in BANDS {
        let mut labels = std::collections::BTreeSet::new();
        for category in crate::Category::ALL {
            let label = localizer
                .format(&category_message_id(category), &Args::new().band(band))
                .unwrap();
            assert!(labels.insert(label), "{category:?} repeats a label for {band:?}");
        }
    }
    assert_eq!(
        category_message_id(crate::Category::ThreatToSharePictures),
        "category-threat-to-share-pictures"
    );
}

#[test]
fn young_bands_never_read_jargon() {
    // child-copy.md "words to avoid", for every band a child is in.
    const JARGON: [&str; 10] = [
        "csam",
        "grooming",
        "sextortion",
        "solicitation",
        "enticement",
        "perpetrator",
        "offender",
        "violation",
        "policy",
        "law enforcement",
    ];
    let localizer = Localizer::embedded(&["en"], false).unwrap();
    let ids = message_variables(&embedded::files("en").unwrap());
    for band in BANDS.into_iter().filter(|b| b.is_child()) {
        for id in ids.keys() {
            let text = localizer.format(id, &sample_args(band)).unwrap().to_lowercase();
            for word in JARGON {
                assert!(!text.contains(word), "{id} says {word:?} to {band:?}");
            }
            assert!(!text.contains("anonymous"), "{id}: never promise anonymity");
        }
    }
}

#[test]
fn the_pseudo_locale_is_generated_from_en_and_longer() {
    let en = Localizer::embedded(&["en"], true).unwrap();
    let pseudo = Localizer::embedded(&["en-XA"], true).unwrap();
    assert!(pseudo.is_draft());
    let args = sample_args(crate::AgeBand::Age10To12);
    for id in message_variables(&embedded::files("en").unwrap()).keys() {
        let (e, p) = (en.format(id, &args).unwrap(), pseudo.format(id, &args).unwrap());
        assert_ne!(e, p, "{id}");
        assert!(p.chars().count() > e.chars().count(), "{id}");
        assert!(
            !p.contains("Linkup") || e.contains("Linkup"),
            "placeables are not transformed"
        );
        assert_eq!(
            p.contains("Linkup"),
            e.contains("Linkup"),
            "{id}: app name kept as is"
        );
    }
}
