//! The contract between the jurisdiction packs (`crate::duties`) and `help.ftl`: every id a
//! pack query can return has copy in every locale, formats in every band with exactly the
//! variables the code passes, and duty and redress copy cannot carry anything but the band
//! and the platform's name.

use std::collections::BTreeSet;

use crate::AgeBand;
use crate::duties::messages::{
    HELP_CALL_EMERGENCY_NUMBER, HELP_CALL_LOCAL_EMERGENCY_NUMBER, HELP_TELL_TRUSTED_ADULT, help_message_ids,
};
use crate::duties::{
    AgeScope, Duty, DutyCondition, DutyRecipient, DutyStrength, PackSet, RedressBody, RedressKind,
    RedressRoute,
};

use super::super::embedded;
use super::super::*;
use super::BANDS;

/// Variables a duty or redress message may use: nothing a report or a moderator wrote.
const PACK_VARIABLES: [&str; 2] = ["band", "app"];
/// Variables a helpline message may use: the above plus the helpline's own data.
const HELPLINE_VARIABLES: [&str; 5] = ["band", "app", "name", "number", "url"];
/// The attribute holding a helpline's wording for a web-only contact (`$url`, no `$number`).
const WEB_ATTRIBUTE: &str = "web";

const APP: &str = "Linkup";
const NAME: &str = "Kids Line";
const NUMBER: &str = "0800 1111";
const URL: &str = "example.org/help";

// Every variant, so that ids no shipped pack uses yet are covered too. The matches make
// adding a variant without listing it here a compile error.
const RECIPIENTS: [DutyRecipient; 3] = [
    DutyRecipient::NcmecCyberTipline,
    DutyRecipient::LawEnforcement,
    DutyRecipient::NationalCrimeAgency,
];
const STRENGTHS: [DutyStrength; 2] = [DutyStrength::Must, DutyStrength::May];
const CONDITIONS: [DutyCondition; 2] = [
    DutyCondition::ContentConfirmed,
    DutyCondition::SuspectedThreatToLifeOrSafety,
];
const KINDS: [RedressKind; 4] = [
    RedressKind::InternalComplaint,
    RedressKind::OutOfCourtDispute,
    RedressKind::RegulatorComplaint,
    RedressKind::RegulatorOversight,
];
const BODIES: [RedressBody; 4] = [
    RedressBody::Platform,
    RedressBody::CertifiedDisputeBody,
    RedressBody::EsafetyCommissioner,
    RedressBody::Ofcom,
];

/// Fails to compile when a variant is added and not listed above.
#[allow(dead_code)]
fn variants_are_listed(r: DutyRecipient, s: DutyStrength, c: DutyCondition, k: RedressKind, b: RedressBody) {
    match r {
        DutyRecipient::NcmecCyberTipline
        | DutyRecipient::LawEnforcement
        | DutyRecipient::NationalCrimeAgency => {}
    }
    match s {
        DutyStrength::Must | DutyStrength::May => {}
    }
    match c {
        DutyCondition::ContentConfirmed | DutyCondition::SuspectedThreatToLifeOrSafety => {}
    }
    match k {
        RedressKind::InternalComplaint
        | RedressKind::OutOfCourtDispute
        | RedressKind::RegulatorComplaint
        | RedressKind::RegulatorOversight => {}
    }
    match b {
        RedressBody::Platform
        | RedressBody::CertifiedDisputeBody
        | RedressBody::EsafetyCommissioner
        | RedressBody::Ofcom => {}
    }
}

fn duty(recipient: DutyRecipient, strength: DutyStrength, condition: DutyCondition) -> Duty {
    Duty {
        id: "test.duty".to_owned(),
        recipient,
        strength,
        condition,
        categories: vec![crate::Category::SexualImagesOfChild],
        age: AgeScope::Any,
        legal_basis: "test".to_owned(),
        needs_recheck: false,
        sources: Vec::new(),
    }
}

fn route(kind: RedressKind, body: RedressBody) -> RedressRoute {
    RedressRoute {
        id: "test.route".to_owned(),
        kind,
        body,
        categories: None,
        age: AgeScope::Any,
        min_window_months: None,
        legal_basis: "test".to_owned(),
        sources: Vec::new(),
    }
}

/// Every duty and redress id the message-id functions can return.
fn every_pack_id() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for r in RECIPIENTS {
        for s in STRENGTHS {
            for c in CONDITIONS {
                ids.insert(duty(r, s, c).message_id());
            }
        }
    }
    for k in KINDS {
        for b in BODIES {
            ids.insert(route(k, b).message_id());
        }
    }
    ids
}

/// Every id the code can hand to the wizard: fixed help ids, the shipped packs' ids, and
/// every enum combination.
fn every_id() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = help_message_ids().into_iter().map(str::to_owned).collect();
    ids.extend(PackSet::embedded().message_ids());
    ids.extend(every_pack_id());
    ids
}

fn is_helpline(id: &str) -> bool {
    id.starts_with("help-helpline-")
}

/// The arguments the code passes for `id`, and nothing else.
fn args_for(id: &str, band: AgeBand) -> Args {
    let args = Args::new().band(band).app(APP);
    if id == HELP_CALL_EMERGENCY_NUMBER {
        args.emergency_number(NUMBER)
    } else if is_helpline(id) {
        args.string("name", NAME).string("number", NUMBER)
    } else {
        args
    }
}

#[test]
fn every_pack_id_is_in_the_id_list() {
    let ids = every_id();
    assert_eq!(every_pack_id().len(), 3 * 2 * 2 + 4 * 4, "ids are distinct");
    for fixed in [
        HELP_TELL_TRUSTED_ADULT,
        HELP_CALL_LOCAL_EMERGENCY_NUMBER,
        HELP_CALL_EMERGENCY_NUMBER,
    ] {
        assert!(ids.contains(fixed));
    }
    assert!(
        PackSet::embedded()
            .message_ids()
            .iter()
            .all(|id| ids.contains(id)),
        "the shipped packs return only ids of the known shapes"
    );
}

#[test]
fn every_pack_id_formats_in_every_locale_and_band() {
    let catalog = LocaleCatalog::builtin().unwrap();
    let ids = every_id();
    for meta in catalog.locales() {
        let localizer = Localizer::for_negotiated(&catalog.negotiate(&[&meta.tag], true)).unwrap();
        let own = message_variables(&embedded::files(meta.files_locale()).unwrap());
        for id in &ids {
            assert!(own.contains_key(id), "{} lacks {id}", meta.tag);
            for band in BANDS {
                let args = args_for(id, band);
                let text = localizer
                    .format(id, &args)
                    .unwrap_or_else(|e| panic!("{} {id} {band:?}: {e}", meta.tag));
                let text = strip_isolation(&text);
                assert!(
                    !text.trim().is_empty() && !text.contains('{'),
                    "{} {id}",
                    meta.tag
                );
                if is_helpline(id) {
                    assert!(
                        text.contains(NAME) && text.contains(NUMBER),
                        "{} {id} {band:?}",
                        meta.tag
                    );
                    let web_args = Args::new()
                        .band(band)
                        .app(APP)
                        .string("name", NAME)
                        .string("url", URL);
                    let web = localizer
                        .format_attribute(id, WEB_ATTRIBUTE, &web_args)
                        .unwrap_or_else(|e| panic!("{} {id}.web {band:?}: {e}", meta.tag));
                    let web = strip_isolation(&web);
                    assert!(
                        web.contains(NAME) && web.contains(URL),
                        "{} {id}.web {band:?}",
                        meta.tag
                    );
                }
                if id == HELP_CALL_EMERGENCY_NUMBER {
                    assert!(text.contains(NUMBER), "{} {id} hides the number", meta.tag);
                }
            }
        }
    }
}

#[test]
fn pack_copy_uses_only_the_variables_the_code_passes() {
    let ids = every_id();
    for (tag, sources) in embedded::all() {
        let variables = message_variables(&sources);
        for id in &ids {
            let allowed: &[&str] = if is_helpline(id) {
                &HELPLINE_VARIABLES
            } else if id.starts_with("duty-") || id.starts_with("redress-") {
                &PACK_VARIABLES
            } else {
                continue;
            };
            let used = variables.get(id).unwrap_or_else(|| panic!("{tag} lacks {id}"));
            for variable in used {
                assert!(
                    allowed.contains(&variable.as_str()),
                    "{tag} {id} uses ${variable}"
                );
            }
        }
    }
}

#[test]
fn young_children_read_no_organisation_names_and_are_not_blamed() {
    // The task brief and child-copy.md: "a team whose job is keeping children safe", never
    // the acronyms or agency names, for 6-12; and every duty says the child is not in trouble.
    const NAMES: [&str; 5] = ["ncmec", "cybertipline", "national crime agency", "nca", "police"];
    let localizer = Localizer::embedded(&["en"], false).unwrap();
    for id in every_pack_id().iter().filter(|id| id.starts_with("duty-")) {
        for band in BANDS {
            let text = strip_isolation(&localizer.format(id, &args_for(id, band)).unwrap()).to_lowercase();
            assert!(text.contains("not in trouble"), "{id} {band:?}");
            if matches!(band, AgeBand::Age6To9 | AgeBand::Age10To12) {
                let words: Vec<&str> = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                for name in NAMES {
                    let hit = if name.contains(' ') {
                        text.contains(name)
                    } else {
                        words.contains(&name)
                    };
                    assert!(!hit, "{id} says {name:?} to {band:?}");
                }
            }
        }
    }
}
