//! [`Localizer`]: formats messages in the negotiated locale, falling back to the reference.

use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentError, FluentMessage};

use super::meta::{Direction, LocaleMeta, LocaleRole, NegotiatedLocale};
use super::{Args, I18nError, LocaleCatalog, pseudo};

/// Metadata of every shipped locale, embedded always (it is tiny and negotiation needs it
/// before any `.ftl` is fetched). Order is the order of a language picker. With
/// `compact-data` the catalog reads `build.rs`'s compact copy instead (tests compare the two).
#[cfg(any(test, not(feature = "compact-data")))]
pub(crate) const BUILTIN_METADATA: [&str; 14] = [
    include_str!("../../locales/en/locale.json"),
    include_str!("../../locales/fr/locale.json"),
    include_str!("../../locales/es/locale.json"),
    include_str!("../../locales/pt/locale.json"),
    include_str!("../../locales/ar/locale.json"),
    include_str!("../../locales/sw/locale.json"),
    include_str!("../../locales/am/locale.json"),
    include_str!("../../locales/km/locale.json"),
    include_str!("../../locales/id/locale.json"),
    include_str!("../../locales/ms/locale.json"),
    include_str!("../../locales/th/locale.json"),
    include_str!("../../locales/fil/locale.json"),
    include_str!("../../locales/vi/locale.json"),
    include_str!("../../locales/en-XA/locale.json"),
];

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Formats TellSafe copy for one negotiated locale. Holds at most two parsed bundles (the
/// chosen locale and the reference), so building one is cheap and parses nothing else.
/// `Send + Sync` (concurrent bundles), so a binding can share it across threads.
pub struct Localizer {
    meta: LocaleMeta,
    /// Chosen locale first, then the fallback when it differs.
    bundles: Vec<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.meta.tag)
            .field("bundles", &self.bundles.len())
            .finish()
    }
}

impl Localizer {
    /// Negotiates over the built-in catalog and loads the embedded files of the chosen
    /// locale and the reference only.
    #[cfg(feature = "embedded-locales")]
    pub fn embedded(requested: &[&str], allow_draft_locales: bool) -> Result<Self, I18nError> {
        let negotiated = LocaleCatalog::builtin()?.negotiate(requested, allow_draft_locales);
        Self::for_negotiated(&negotiated)
    }

    /// Loads the embedded files for an already negotiated locale.
    #[cfg(feature = "embedded-locales")]
    pub fn for_negotiated(negotiated: &NegotiatedLocale) -> Result<Self, I18nError> {
        let files = |tag: &str| {
            super::embedded::files(tag).ok_or_else(|| I18nError::MissingSource {
                locale: tag.to_owned(),
            })
        };
        let chosen = files(negotiated.meta.files_locale())?;
        let fallback = files(&negotiated.fallback)?;
        Self::from_sources(negotiated, &chosen, &fallback)
    }

    /// Builds a localizer from `.ftl` sources fetched at runtime (the web loader; works
    /// with `embedded-locales` off). `chosen` holds the files of
    /// `negotiated.meta.files_locale()`, `fallback` those of `negotiated.fallback` (pass
    /// the same again, or nothing, when they are the same locale). Any parse error is
    /// refused: a half-parsed file would silently show reference text.
    pub fn from_sources(
        negotiated: &NegotiatedLocale,
        chosen: &[&str],
        fallback: &[&str],
    ) -> Result<Self, I18nError> {
        let meta = negotiated.meta.clone();
        let mut bundles = vec![build_bundle(&meta, chosen)?];
        if meta.files_locale() != negotiated.fallback {
            if fallback.is_empty() {
                return Err(I18nError::MissingSource {
                    locale: negotiated.fallback.clone(),
                });
            }
            let fallback_meta = LocaleMeta {
                tag: negotiated.fallback.clone(),
                role: LocaleRole::Reference,
                source: None,
                ..meta.clone()
            };
            bundles.push(build_bundle(&fallback_meta, fallback)?);
        }
        Ok(Self { meta, bundles })
    }

    /// Convenience for the web: negotiate over `catalog`, then call `fetch(tag)` for the
    /// `.ftl` sources of exactly the locales needed.
    pub fn load_with<F>(
        catalog: &LocaleCatalog,
        requested: &[&str],
        allow_draft_locales: bool,
        mut fetch: F,
    ) -> Result<Self, I18nError>
    where
        F: FnMut(&str) -> Option<Vec<String>>,
    {
        let negotiated = catalog.negotiate(requested, allow_draft_locales);
        let mut get = |tag: &str| {
            fetch(tag).ok_or_else(|| I18nError::MissingSource {
                locale: tag.to_owned(),
            })
        };
        let chosen = get(negotiated.meta.files_locale())?;
        let fallback = get(&negotiated.fallback)?;
        let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
        let fallback: Vec<&str> = fallback.iter().map(String::as_str).collect();
        Self::from_sources(&negotiated, &chosen, &fallback)
    }

    /// The chosen locale's tag (`"ar"`).
    pub fn locale(&self) -> &str {
        &self.meta.tag
    }

    /// The chosen locale's review record.
    pub fn meta(&self) -> &LocaleMeta {
        &self.meta
    }

    /// Direction to render in.
    pub fn direction(&self) -> Direction {
        self.meta.direction
    }

    /// Whether the UI must show the "draft translation" notice (`wizard-draft-translation`).
    pub fn is_draft(&self) -> bool {
        self.meta.is_draft()
    }

    /// Whether any loaded bundle has this message.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Formats a message's value. Falls back to the reference when the chosen locale lacks
    /// the message. A variable the message needs but `args` lacks is an error, except
    /// `band` (reads as 10-12) and `days` (reads as "no time promised").
    pub fn format(&self, id: &str, args: &Args) -> Result<String, I18nError> {
        let (bundle, message) = self.find(id)?;
        let pattern = message
            .value()
            .ok_or_else(|| I18nError::NoValue { id: id.to_owned() })?;
        format_pattern(bundle, id, pattern, args)
    }

    /// Formats an attribute (`.title`) of a message, with the same fallback and defaults.
    pub fn format_attribute(&self, id: &str, attribute: &str, args: &Args) -> Result<String, I18nError> {
        let (bundle, message) = self.find(id)?;
        let attr = message
            .get_attribute(attribute)
            .ok_or_else(|| I18nError::UnknownAttribute {
                id: id.to_owned(),
                attribute: attribute.to_owned(),
            })?;
        format_pattern(bundle, id, attr.value(), args)
    }

    fn find(&self, id: &str) -> Result<(&Bundle, FluentMessage<'_>), I18nError> {
        self.bundles
            .iter()
            .find_map(|b| b.get_message(id).map(|m| (b, m)))
            .ok_or_else(|| I18nError::UnknownMessage { id: id.to_owned() })
    }
}

fn format_pattern(
    bundle: &Bundle,
    id: &str,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: &Args,
) -> Result<String, I18nError> {
    let fluent_args = args.to_fluent();
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    match errors.into_iter().next() {
        None => Ok(text),
        Some(FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
            id: variable,
        }))) => Err(I18nError::MissingVariable {
            id: id.to_owned(),
            variable,
        }),
        Some(_) => Err(I18nError::Format { id: id.to_owned() }),
    }
}

fn build_bundle(meta: &LocaleMeta, sources: &[&str]) -> Result<Bundle, I18nError> {
    let mut bundle = Bundle::new_concurrent(vec![meta.langid()?]);
    // Isolation on in every locale: see the module docs.
    bundle.set_use_isolating(true);
    if meta.role == LocaleRole::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for (file, source) in sources.iter().enumerate() {
        let resource =
            FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| I18nError::Parse {
                locale: meta.tag.clone(),
                file,
                errors: errors.len(),
            })?;
        bundle
            .add_resource(Arc::new(resource))
            .map_err(|errors| I18nError::Parse {
                locale: meta.tag.clone(),
                file,
                errors: errors.len(),
            })?;
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn localizer_is_send_and_sync() {
        assert_send_sync::<Localizer>();
    }
}
