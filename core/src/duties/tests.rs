//! Invariants of the shipped packs, the loader's refusals, the queries and overrides.

use serde_json::{Value, json};

use super::*;
use crate::age::AgeBand;
use crate::taxonomy::{Category, Severity};
use crate::timestamp::Timestamp;

/// Every country helplines.md has a row for (sections 1-3).
const HELPLINES_MD_COUNTRIES: [&str; 33] = [
    "ET", "KE", "MZ", "NA", "ZA", "TZ", "UG", "KH", "ID", "MY", "TH", "PH", "VN", "AM", "BR", "CO", "DO",
    "JO", "ME", "MA", "MK", "PK", "RS", "TN", "US", "GB", "IN", "NG", "BD", "MX", "DE", "FR", "AU",
];

/// Countries with a number in helplines.md's Summary tiers 1 and 2 (items 1, 2 and 6).
const SUMMARY_TIER_1_2_COUNTRIES: [&str; 18] = [
    "KE", "ZA", "TZ", "UG", "KH", "TH", "VN", "BD", "RS", "GB", "FR", "AU", "US", "DE", "IN", "CO", "PH",
    "NA",
];

fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

fn day(text: &str) -> Timestamp {
    Timestamp::parse_rfc3339(&format!("{text}T12:00:00Z")).unwrap()
}

fn read(name: &str) -> Value {
    let path = format!("{}/data/packs/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn eu() -> String {
    read("eu").to_string()
}

fn load_one(pack: &Value) -> Result<PackSet, PackError> {
    PackSet::from_json(&[&pack.to_string()], &[&eu()])
}

fn all_files() -> Vec<(String, Value)> {
    let dir = format!("{}/data/packs", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(String, Value)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (
                stem,
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap(),
            )
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn shipped() -> PackSet {
    static SHIPPED: std::sync::OnceLock<PackSet> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(load_shipped).clone()
}

fn load_shipped() -> PackSet {
    let files = all_files();
    let countries: Vec<String> = files
        .iter()
        .filter(|(n, _)| n != "eu")
        .map(|(_, v)| v.to_string())
        .collect();
    let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
    PackSet::from_json(&refs, &[&eu()]).unwrap()
}

#[cfg(feature = "embedded-locales")]
#[test]
fn embedded_packs_load_and_match_the_data_directory() {
    let embedded = PackSet::embedded();
    assert_eq!(super::embedded::EMBEDDED_FILE_COUNT, all_files().len());
    assert_eq!(embedded, shipped());
}

#[test]
fn every_file_is_named_after_its_country() {
    for (name, value) in all_files() {
        let key = if name == "eu" { "region" } else { "country" };
        assert_eq!(value[key].as_str().unwrap().to_ascii_lowercase(), name);
    }
}

#[test]
fn every_helplines_md_country_has_a_pack() {
    let set = shipped();
    for code in HELPLINES_MD_COUNTRIES {
        assert!(set.pack(cc(code)).is_some(), "{code}");
    }
    assert_eq!(set.countries().count(), HELPLINES_MD_COUNTRIES.len());
}

#[test]
fn shipped_packs_have_no_reviewer_and_are_current_at_their_own_date() {
    let set = shipped();
    for country in set.countries() {
        let pack = set.pack(country).unwrap();
        assert_eq!(pack.reviewed_by, None, "{country}");
        let (y, m, d) = pack.source_date.ymd();
        let lookup = set.lookup(country, day(&format!("{y:04}-{m:02}-{d:02}")));
        assert!(lookup.is_current(), "{country}");
    }
    assert_eq!(set.region(Region::Eu).unwrap().reviewed_by, None);
}

#[test]
fn helpline_numbers_only_where_the_summary_tiers_1_2_list_them() {
    let set = shipped();
    for country in set.countries() {
        let pack = set.pack(country).unwrap();
        if !SUMMARY_TIER_1_2_COUNTRIES.contains(&country.as_str()) {
            assert!(pack.helplines.is_empty(), "{country}");
            let help = set.lookup(country, day("2026-12-01")).help_for();
            assert_eq!(help.talk_to, TalkTo::TellAnAdultYouTrust);
        }
        for h in &pack.helplines {
            assert!(h.tier != HelplineTier::ShipWithRecheck || h.needs_recheck);
            if h.is_116_111 {
                assert!(COUNTRIES_LISTING_116_111.contains(&country.as_str()));
            }
            assert!(!h.sources.is_empty() && h.id.starts_with(&country.as_str().to_lowercase()));
        }
    }
}

#[test]
fn mandatory_duties_cover_only_serious_categories_and_ncmec_duties_have_an_ncmec_type() {
    let set = shipped();
    let region = set.region(Region::Eu).unwrap();
    let duties = set
        .countries()
        .flat_map(|c| set.pack(c).unwrap().duties.clone())
        .chain(region.duties.clone());
    for duty in duties {
        for category in &duty.categories {
            if duty.is_mandatory() {
                assert!(category.severity() >= Severity::High, "{}", duty.id);
            }
            if duty.recipient == DutyRecipient::NcmecCyberTipline {
                assert!(category.info().ncmec.is_some(), "{}", duty.id);
            }
        }
    }
}

#[test]
fn us_csam_is_told_to_ncmec_whoever_reports() {
    let set = shipped();
    let lookup = set.lookup(cc("US"), day("2026-12-01"));
    assert!(lookup.warnings.is_empty());
    for band in AgeBand::ALL {
        let duties = lookup.duty_to_tell(Category::SexualImagesOfChild, band);
        assert!(duties.iter().any(|d| d.is_mandatory()
            && d.recipient == DutyRecipient::NcmecCyberTipline
            && d.legal_basis.contains("2258A")));
        assert!(lookup.must_tell(Category::SexualImagesFake, band));
    }
    assert!(lookup.duty_to_tell(Category::Spam, AgeBand::Age10To12).is_empty());
}

#[test]
fn child_scoped_duties_treat_unknown_age_as_a_child() {
    let set = shipped();
    let lookup = set.lookup(cc("US"), day("2026-12-01"));
    let adult = lookup.duty_to_tell(Category::ThreatToSharePictures, AgeBand::Adult);
    let unknown = lookup.duty_to_tell(Category::ThreatToSharePictures, AgeBand::Unknown);
    assert!(adult.is_empty());
    assert!(unknown.iter().any(|d| d.id == "us.2258a_enticement"));
}

#[test]
fn eu_layer_applies_to_members_with_and_without_a_pack() {
    let set = shipped();
    for code in ["DE", "FR", "IT"] {
        let lookup = set.lookup(cc(code), day("2026-12-01"));
        let duties = lookup.duty_to_tell(Category::HurtingMeInRealLife, AgeBand::Age6To9);
        assert!(
            duties.iter().any(
                |d| d.id == "eu.dsa_art18" && d.condition == DutyCondition::SuspectedThreatToLifeOrSafety
            )
        );
        let redress = lookup.redress_for(Category::Bullying, AgeBand::Age13To15);
        assert!(redress.iter().any(|r| r.min_window_months == Some(6)));
        assert!(matches!(lookup.help_for().emergency, Emergency::Number(ref n) if n.number == "112"));
    }
    let italy = set.lookup(cc("IT"), day("2026-12-01"));
    assert_eq!(
        italy.warnings,
        vec![PackWarning::NoCountryPack { country: cc("IT") }]
    );
    assert_eq!(italy.help_for().talk_to, TalkTo::TellAnAdultYouTrust);
}

#[test]
fn unknown_country_gets_both_fallbacks() {
    let set = shipped();
    let help = set.lookup(cc("ZZ"), day("2026-12-01")).help_for();
    assert_eq!(
        help.talk_to.fallback_message_id(),
        Some(messages::HELP_TELL_TRUSTED_ADULT)
    );
    assert_eq!(help.emergency, Emergency::CallYourLocalEmergencyNumber);
    assert_eq!(
        help.emergency.message_id(),
        messages::HELP_CALL_LOCAL_EMERGENCY_NUMBER
    );
}

#[test]
fn helplines_are_ranked_by_tier_and_reporting_channels_kept_apart() {
    let set = shipped();
    for country in set.countries() {
        let help = set.lookup(country, day("2026-12-01")).help_for();
        if let TalkTo::Helplines(list) = &help.talk_to {
            assert!(!list.is_empty());
            assert!(list.windows(2).all(|w| w[0].tier <= w[1].tier), "{country}");
            assert!(list.iter().all(|h| h.purpose != HelplinePurpose::Reporting));
        }
        assert!(
            help.report_elsewhere
                .iter()
                .all(|h| h.purpose == HelplinePurpose::Reporting)
        );
    }
    let us = set.lookup(cc("US"), day("2026-12-01")).help_for();
    assert_eq!(us.report_elsewhere.len(), 1);
}

/// `help_for` ranks with a hand-written insertion sort (smaller wasm); it must order exactly as
/// the standard stable sort on the same key, pack order kept among equals.
#[test]
fn helpline_ranking_is_the_stable_sort_of_the_pack_order() {
    let set = shipped();
    for country in set.countries() {
        let lookup = set.lookup(country, day("2026-12-01"));
        let mut expected: Vec<Helpline> = lookup
            .pack
            .into_iter()
            .flat_map(|p| p.helplines.iter().cloned())
            .filter(|h| h.purpose != HelplinePurpose::Reporting)
            .collect();
        expected.sort_by_key(|h| (h.tier, !h.child_specific, std::cmp::Reverse(h.confidence)));
        match lookup.help_for().talk_to {
            TalkTo::Helplines(list) => assert_eq!(list, expected, "{country}"),
            TalkTo::TellAnAdultYouTrust => assert!(expected.is_empty(), "{country}"),
        }
    }
}

#[test]
fn an_expired_pack_is_reported_and_still_answers() {
    let set = shipped();
    let pack = set.pack(cc("GB")).unwrap();
    let (y, m, d) = pack.expires.ymd();
    let on_expiry = set.lookup(cc("GB"), day(&format!("{y:04}-{m:02}-{d:02}")));
    assert!(on_expiry.is_current());
    let after = set.lookup(cc("GB"), day(&format!("{:04}-{m:02}-{d:02}", y + 1)));
    assert!(!after.is_current());
    assert!(after.warnings.contains(&PackWarning::Expired {
        pack: PackId::Country(cc("GB")),
        expired_on: pack.expires,
    }));
    assert!(matches!(after.help_for().talk_to, TalkTo::Helplines(_)));
}

#[test]
fn unknown_category_code_is_named_with_pack_and_field() {
    let mut us = read("us");
    us["duties"][0]["categories"] = json!(["sextortion"]);
    assert_eq!(
        load_one(&us).unwrap_err(),
        PackError::UnknownCategory {
            pack: PackId::Country(cc("US")),
            field: "duties.categories",
            code: "sextortion".into()
        }
    );
}

#[test]
fn missing_source_is_refused() {
    let mut gb = read("gb");
    gb["redress"][1]["sources"] = json!([]);
    assert_eq!(
        load_one(&gb).unwrap_err(),
        PackError::MissingSource {
            pack: PackId::Country(cc("GB")),
            field: "redress",
            item: "gb.ofcom_oversight".into()
        }
    );
    let mut au = read("au");
    au["emergency_numbers"][0]["sources"][0]["url"] = json!("ftp://x");
    assert!(matches!(
        load_one(&au).unwrap_err(),
        PackError::InvalidText {
            field: "sources.url",
            ..
        }
    ));
}

#[test]
fn tier_2_without_recheck_is_refused() {
    let mut de = read("de");
    de["helplines"][0]["needs_recheck"] = json!(false);
    assert_eq!(
        load_one(&de).unwrap_err(),
        PackError::Tier2WithoutRecheck {
            pack: PackId::Country(cc("DE")),
            item: "de.nummer_gegen_kummer".into()
        }
    );
    let mut de = read("de");
    de["helplines"][0]["tier"] = json!(3);
    assert!(matches!(
        load_one(&de).unwrap_err(),
        PackError::Malformed {
            pack: PackId::Country(_),
            ..
        }
    ));
}

#[test]
fn one_one_six_one_one_one_only_where_helplines_md_lists_it() {
    let mut ke = read("ke");
    ke["helplines"][0]["contacts"] = json!([{ "channel": "phone", "value": "116 111" }]);
    ke["helplines"][0]["is_116_111"] = json!(true);
    assert_eq!(
        load_one(&ke).unwrap_err(),
        PackError::Unlisted116111 {
            pack: PackId::Country(cc("KE")),
            item: "ke.child_helpline_116".into()
        }
    );
    let mut rs = read("rs");
    rs["helplines"][0]["is_116_111"] = json!(false);
    assert!(matches!(
        load_one(&rs).unwrap_err(),
        PackError::Inconsistent116111 { .. }
    ));
}

#[test]
fn dates_and_regions_are_checked() {
    let mut gb = read("gb");
    gb["expires"] = gb["source_date"].clone();
    assert_eq!(
        load_one(&gb).unwrap_err(),
        PackError::ExpiresBeforeSourceDate {
            pack: PackId::Country(cc("GB"))
        }
    );
    let mut gb = read("gb");
    gb["helplines"][0]["sources"][0]["date"] = json!("2099");
    assert!(matches!(
        load_one(&gb).unwrap_err(),
        PackError::SourceAfterPackDate {
            field: "helplines",
            ..
        }
    ));
    let mut de = read("de");
    de["regions"] = json!([]);
    assert_eq!(
        load_one(&de).unwrap_err(),
        PackError::RegionMismatch {
            pack: PackId::Country(cc("DE"))
        }
    );
    let mut us = read("us");
    us["duties"][1]["id"] = us["duties"][0]["id"].clone();
    assert!(matches!(
        load_one(&us).unwrap_err(),
        PackError::Duplicate { field: "duties", .. }
    ));
}

#[test]
fn overrides_are_validated_and_recorded() {
    let mut set = shipped();
    let at = day("2026-12-02");
    set.apply_override(
        PackOverride::Helplines {
            country: cc("GB"),
            helplines: Vec::new(),
        },
        at,
    )
    .unwrap();
    assert_eq!(
        set.overrides(),
        &[OverrideRecord {
            country: cc("GB"),
            what: OverrideKind::Helplines,
            at
        }]
    );
    let lookup = set.lookup(cc("GB"), at);
    assert!(
        lookup
            .warnings
            .contains(&PackWarning::Overridden { country: cc("GB") })
    );
    assert_eq!(lookup.help_for().talk_to, TalkTo::TellAnAdultYouTrust);

    // An invalid override changes nothing and is not recorded.
    let mut bad = shipped().pack(cc("DE")).unwrap().helplines.clone();
    bad[0].needs_recheck = false;
    let before = set.clone();
    let err = set
        .apply_override(
            PackOverride::Helplines {
                country: cc("DE"),
                helplines: bad,
            },
            at,
        )
        .unwrap_err();
    assert!(matches!(err, PackError::Tier2WithoutRecheck { .. }));
    assert_eq!(set, before);

    assert_eq!(
        set.apply_override(
            PackOverride::Duties {
                country: cc("IT"),
                duties: Vec::new()
            },
            at
        ),
        Err(PackError::NoPack {
            pack: PackId::Country(cc("IT"))
        })
    );
    let mut italy = shipped().pack(cc("DE")).unwrap().clone();
    italy.country = cc("IT");
    italy.helplines.clear();
    set.apply_override(PackOverride::Pack(Box::new(italy)), at)
        .unwrap();
    assert_eq!(set.overrides().len(), 2);
    assert!(set.lookup(cc("IT"), at).pack.is_some());
}

#[test]
fn message_ids_cover_every_shipped_duty_and_route() {
    let set = shipped();
    let ids = set.message_ids();
    let region = set.region(Region::Eu).unwrap();
    for duty in set
        .countries()
        .flat_map(|c| set.pack(c).unwrap().duties.clone())
        .chain(region.duties.clone())
    {
        assert!(ids.contains(&duty.message_id()));
    }
    for id in &ids {
        assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id}");
    }
    assert!(ids.contains(messages::HELP_TELL_TRUSTED_ADULT));
}

#[test]
fn country_codes_and_dates_parse_strictly() {
    assert!(CountryCode::parse("gb").is_err());
    assert!(CountryCode::parse("GBR").is_err());
    assert_eq!(cc("GB").to_string(), "GB");
    for good in ["2020", "2021-05", "2021-05-03"] {
        assert_eq!(SourceDate::parse(good).unwrap().to_string(), good);
    }
    for bad in ["20", "2021-13", "2021-5", "2021-05-03-01", "undated"] {
        assert!(SourceDate::parse(bad).is_none(), "{bad}");
    }
    assert_eq!(PackDate::of(day("2026-11-29")).to_string(), "2026-11-29");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn duties_returned_always_apply(
            country in 0..HELPLINES_MD_COUNTRIES.len(),
            category in 0..Category::ALL.len(),
            band in 0..AgeBand::ALL.len(),
        ) {
            let set = shipped();
            let (category, band) = (Category::ALL[category], AgeBand::ALL[band]);
            let lookup = set.lookup(cc(HELPLINES_MD_COUNTRIES[country]), day("2026-12-01"));
            let duties = lookup.duty_to_tell(category, band);
            for duty in &duties {
                prop_assert!(duty.categories.contains(&category));
                prop_assert!(duty.age.includes(band));
            }
            // A child's report never has fewer duties than an adult's.
            let as_child = lookup.duty_to_tell(category, AgeBand::Unknown);
            prop_assert!(as_child.len() >= lookup.duty_to_tell(category, AgeBand::Adult).len());
        }
    }
}

#[test]
fn australian_bullying_points_to_the_platform_and_the_esafety_commissioner() {
    // BOSE s.13 (a way to complain to the platform) and s.16 / OSA s.30 (how to complain to the
    // Commissioner about cyber-bullying): both routes reach a child reporting bullying in AU.
    let set = shipped();
    let lookup = set.lookup(cc("AU"), day("2026-12-01"));
    for band in [AgeBand::Age10To12, AgeBand::Age13To15, AgeBand::Unknown] {
        let routes = lookup.redress_for(Category::Bullying, band);
        assert!(
            routes
                .iter()
                .any(|r| r.body == RedressBody::EsafetyCommissioner && r.legal_basis.contains("s.30"))
        );
        assert!(routes.iter().any(|r| r.kind == RedressKind::InternalComplaint));
    }
    // The Commissioner route is the cyber-bullying scheme only.
    let spam = lookup.redress_for(Category::Spam, AgeBand::Age13To15);
    assert!(!spam.iter().any(|r| r.body == RedressBody::EsafetyCommissioner));
}
