//! The status and outcome contract: no category names, no free text, honest about time.

use super::super::embedded;
use super::super::*;
use super::{BANDS, sample_args};

fn contract_ids() -> impl Iterator<Item = &'static str> {
    STATUS_MESSAGE_IDS.into_iter().chain(OUTCOME_MESSAGE_IDS)
}

fn rendered(localizer: &Localizer, id: &str, args: &Args) -> Vec<String> {
    let mut texts = vec![localizer.format(id, args).unwrap()];
    if let Ok(title) = localizer.format_attribute(id, "title", args) {
        texts.push(title);
    }
    texts
        .into_iter()
        .map(|t| strip_isolation(&t).to_lowercase())
        .collect()
}

#[test]
fn status_copy_never_names_the_category() {
    let catalog = LocaleCatalog::builtin().unwrap();
    for meta in catalog.locales() {
        let localizer = Localizer::for_negotiated(&catalog.negotiate(&[&meta.tag], true)).unwrap();
        let labels: Vec<String> = BANDS
            .into_iter()
            .flat_map(|band| {
                crate::Category::ALL.map(|c| {
                    let label = localizer
                        .format(&category_message_id(c), &Args::new().band(band))
                        .unwrap();
                    strip_isolation(&label).to_lowercase()
                })
            })
            .collect();
        for band in BANDS {
            for args in [sample_args(band), sample_args(band).days(2)] {
                for id in contract_ids() {
                    for text in rendered(&localizer, id, &args) {
                        for label in &labels {
                            assert!(
                                !text.contains(label.as_str()),
                                "{} {id} {band:?} contains {label:?}",
                                meta.tag
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn status_copy_takes_no_free_text_variable() {
    for (tag, sources) in embedded::all() {
        let variables = message_variables(&sources);
        for id in contract_ids() {
            let used = variables.get(id).unwrap_or_else(|| panic!("{tag} lacks {id}"));
            for variable in used {
                assert!(
                    STATUS_VARIABLES.contains(&variable.as_str()),
                    "{tag} {id} uses ${variable}"
                );
            }
        }
    }
}

#[test]
fn promised_days_are_shown_and_absence_promises_nothing() {
    let catalog = LocaleCatalog::builtin().unwrap();
    for meta in catalog.locales() {
        let localizer = Localizer::for_negotiated(&catalog.negotiate(&[&meta.tag], true)).unwrap();
        for band in BANDS {
            for id in ["status-received", "status-looking-at-it", "next-what-happens"] {
                let with = strip_isolation(&localizer.format(id, &sample_args(band).days(37)).unwrap());
                assert!(
                    with.contains("37"),
                    "{} {id} {band:?} hides the promised time",
                    meta.tag
                );
                let without = strip_isolation(&localizer.format(id, &sample_args(band)).unwrap());
                assert!(
                    !without.contains(DAYS_NONE),
                    "{} {id} prints the sentinel",
                    meta.tag
                );
                assert!(
                    !without.chars().any(|c| c.is_ascii_digit()),
                    "{} {id} invents a time",
                    meta.tag
                );
            }
        }
    }
}

#[test]
fn every_status_has_a_title() {
    let localizer = Localizer::embedded(&["en"], false).unwrap();
    for id in STATUS_MESSAGE_IDS {
        for band in BANDS {
            assert!(
                !localizer
                    .format_attribute(id, "title", &sample_args(band))
                    .unwrap()
                    .is_empty()
            );
        }
    }
}

#[test]
fn not_removed_never_says_nothing_happened() {
    let localizer = Localizer::embedded(&["en"], false).unwrap();
    for band in BANDS {
        let text = localizer
            .format("outcome-not-removed", &sample_args(band))
            .unwrap()
            .to_lowercase();
        assert!(!text.contains("nothing wrong") && !text.contains("no violation"));
        assert!(
            text.contains("you can still"),
            "{band:?}: say what they can still do"
        );
    }
}

#[test]
fn a_refused_withdrawal_is_explained_in_every_locale_and_band_without_the_category() {
    use crate::client::{ClientError, WITHDRAW_KEPT_MESSAGE};
    for code in ["delete_refused_hold", "delete_refused_duty"] {
        let refused = ClientError::Backend {
            status: 409,
            code: code.to_owned(),
        };
        assert_eq!(refused.child_message_id(), Some(WITHDRAW_KEPT_MESSAGE), "{code}");
    }
    let other = ClientError::Backend {
        status: 409,
        code: "invalid_state".to_owned(),
    };
    assert_eq!(other.child_message_id(), None);
    let catalog = LocaleCatalog::builtin().unwrap();
    for meta in catalog.locales() {
        let localizer = Localizer::for_negotiated(&catalog.negotiate(&[&meta.tag], true)).unwrap();
        let labels: Vec<String> = crate::Category::ALL
            .map(|c| {
                let label = localizer
                    .format(&category_message_id(c), &Args::new().band(BANDS[0]))
                    .unwrap();
                strip_isolation(&label).to_lowercase()
            })
            .to_vec();
        for band in BANDS {
            let text = localizer
                .format(WITHDRAW_KEPT_MESSAGE, &sample_args(band))
                .unwrap();
            let text = strip_isolation(&text).to_lowercase();
            assert!(!text.trim().is_empty(), "{} {band:?}", meta.tag);
            for label in &labels {
                assert!(
                    !text.contains(label.as_str()),
                    "{} {band:?} names {label:?}",
                    meta.tag
                );
            }
        }
    }
}
