//! The shipped implementations of [`Policy`] (taxonomy + jurisdiction packs) and
//! [`MessageSource`] (Fluent bundles), so an app needs no glue for the defaults.

#[cfg(feature = "embedded-locales")]
use std::collections::BTreeMap;
use std::collections::HashSet;
#[cfg(feature = "embedded-locales")]
use std::sync::Arc;

#[cfg(feature = "embedded-locales")]
use super::MessageSource;
use super::env::{HelpInfo, HelplineInfo, Messages, Policy};
use super::model::CategoryFlag;
use super::validate::LocaleIds;
use crate::age::AgeBand;
use crate::duties::{CountryCode, Emergency, PackSet, TalkTo};
use crate::i18n::{Args, Localizer};
use crate::taxonomy::{Category, Taxonomy};
use crate::timestamp::Timestamp;

/// Taxonomy flags plus the jurisdiction packs as of one day.
///
/// Packs expire, so the lookup needs a date; the core reads no clock, so the app passes
/// `today` when it builds the wizard (once a session is enough: a report takes minutes).
#[derive(Debug, Clone)]
pub struct PackPolicy {
    packs: PackSet,
    taxonomy: Taxonomy,
    today: Timestamp,
}

impl PackPolicy {
    /// A policy over these packs and this taxonomy, as of `today`.
    pub fn new(packs: PackSet, taxonomy: Taxonomy, today: Timestamp) -> PackPolicy {
        PackPolicy {
            packs,
            taxonomy,
            today,
        }
    }

    /// The shipped packs and taxonomy, as of `today`.
    #[cfg(feature = "embedded-locales")]
    pub fn embedded(today: Timestamp) -> PackPolicy {
        PackPolicy::new(PackSet::embedded(), Taxonomy::embedded().clone(), today)
    }

    /// Every "who will be told" message id the packs can produce (for locale checks).
    pub fn duty_message_ids(&self) -> Vec<String> {
        self.packs
            .message_ids()
            .into_iter()
            .filter(|id| id.starts_with("duty-"))
            .collect()
    }
}

impl Policy for PackPolicy {
    fn has_flag(&self, category: Category, flag: CategoryFlag) -> bool {
        let info = self.taxonomy.info(category);
        match flag {
            CategoryFlag::Urgent => info.urgent,
            CategoryFlag::Sexual => info.sexual,
            CategoryFlag::ImageBased => info.image_based,
        }
    }

    fn who_must_be_told(&self, country: &str, category: Category, band: AgeBand) -> Vec<String> {
        let Ok(code) = CountryCode::parse(country) else {
            return Vec::new();
        };
        let lookup = self.packs.lookup(code, self.today);
        // Only a mandatory duty makes the step appear (and hides "don't tell anyone"); it
        // then names every duty, so the child also hears about the ones that only may apply.
        if !lookup.must_tell(category, band) {
            return Vec::new();
        }
        lookup
            .duty_to_tell(category, band)
            .iter()
            .map(|d| d.message_id())
            .collect()
    }

    fn help_for(&self, country: &str) -> HelpInfo {
        let Ok(code) = CountryCode::parse(country) else {
            return HelpInfo::default();
        };
        let help = self.packs.lookup(code, self.today).help_for();
        let helpline = match &help.talk_to {
            TalkTo::Helplines(lines) => lines.first().and_then(|line| {
                let contact = line
                    .contacts
                    .iter()
                    .find(|c| c.dial_digits().is_some())
                    .or(line.contacts.first())?;
                Some(HelplineInfo {
                    name: line.name.clone(),
                    number: contact.value.clone(),
                })
            }),
            TalkTo::TellAnAdultYouTrust => None,
        };
        let emergency_number = match help.emergency {
            Emergency::Number(n) => Some(n.number),
            Emergency::CallYourLocalEmergencyNumber => None,
        };
        HelpInfo {
            helpline,
            emergency_number,
        }
    }
}

/// Fluent messages through [`Localizer`]. Ids may name an attribute (`privacy-who-can-see.title`).
pub struct FluentMessages(Localizer);

impl FluentMessages {
    /// Wraps a loaded localizer.
    pub fn new(localizer: Localizer) -> FluentMessages {
        FluentMessages(localizer)
    }

    /// Whether the locale is a draft (the UI shows the draft notice).
    pub fn is_draft(&self) -> bool {
        self.0.is_draft()
    }
}

impl Messages for FluentMessages {
    fn format(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let args = args
            .iter()
            .fold(Args::new(), |acc, (name, value)| acc.string(name, value));
        match id.split_once('.') {
            Some((message, attribute)) => self.0.format_attribute(message, attribute, &args).ok(),
            None => self.0.format(id, &args).ok(),
        }
    }

    fn locale(&self) -> &str {
        self.0.locale()
    }
}

/// Loads the embedded locale (negotiated) for each session; drafts only when allowed.
#[cfg(feature = "embedded-locales")]
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedLocales {
    /// Let negotiation pick draft (unreviewed) locales.
    pub allow_draft_locales: bool,
}

#[cfg(feature = "embedded-locales")]
impl MessageSource for EmbeddedLocales {
    fn load(&self, requested: &str) -> Option<Arc<dyn Messages>> {
        let localizer = Localizer::embedded(&[requested], self.allow_draft_locales).ok()?;
        Some(Arc::new(FluentMessages(localizer)))
    }
}

/// The message ids (and `id.attribute`s) of Fluent sources, per locale, for [`super::validate`].
pub fn locale_ids(locales: &[(&str, Vec<&str>)]) -> Vec<LocaleIds> {
    locales
        .iter()
        .map(|(tag, sources)| {
            let mut ids = HashSet::new();
            for source in sources {
                let resource = match fluent_syntax::parser::parse(*source) {
                    Ok(resource) => resource,
                    Err((resource, _)) => resource,
                };
                for entry in resource.body {
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        for attribute in &message.attributes {
                            ids.insert(format!("{}.{}", message.id.name, attribute.id.name));
                        }
                        ids.insert(message.id.name.to_owned());
                    }
                }
            }
            LocaleIds {
                locale: (*tag).to_owned(),
                ids,
            }
        })
        .collect()
}

/// The ids of every shipped (embedded) locale.
#[cfg(feature = "embedded-locales")]
pub fn shipped_locale_ids() -> Vec<LocaleIds> {
    let all: BTreeMap<&str, Vec<&str>> = crate::i18n::embedded_sources()
        .map(|(tag, files)| (tag, files.to_vec()))
        .collect();
    locale_ids(&all.into_iter().collect::<Vec<_>>())
}
