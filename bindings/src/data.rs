//! The wizard's data: the flow, safety scripts, `.ftl` locale files and jurisdiction packs.
//!
//! The flow and safety scripts are compiled into every build in core's compact binary form
//! (`core/build.rs`, feature `compact-data`: ~19 KB read by small decoders), as in the web
//! package. A mobile library (`--no-default-features`) leaves out the rest, ~0.9 MB of text
//! that belongs in the app's assets (compressed in the APK / IPA, shared with the web build's
//! files): the app passes the locale files and packs it needs as [`WizardAssets`]
//! ([`WizardData::from_assets`]). Feature `json-flow` adds [`WizardData::from_sources`] for a
//! platform's own flow as JSON (the serde deserializers and the flow checker: +129 KB of mobile
//! .so, measured; on for the Python wheel). Feature `embedded` compiles everything in:
//! [`embedded_wizard_data`].

use std::collections::HashMap;
use std::sync::Arc;

use tellsafe::Timestamp;
use tellsafe::duties::PackSet;
use tellsafe::flow::{FluentMessages, MessageSource, Messages, PackPolicy, Policy, Wizard};
use tellsafe::i18n::{LOCALE_FILES, LocaleCatalog, Localizer};
use tellsafe::taxonomy::Taxonomy;

use crate::error::TellSafeError;

/// The locale files and packs the app read from its assets (the repository's `core/locales`
/// and `core/data/packs` files); the flow and scripts are the library's own.
#[derive(Clone, uniffi::Record)]
pub struct WizardAssets {
    /// `.ftl` texts per locale tag, in `locale_files()` order. Include `en` (every locale's
    /// fallback) and whatever `locales_to_load` names for the reporter's locale.
    pub locales: HashMap<String, Vec<String>>,
    /// Country packs (`data/packs/<cc>.json`): at least the reporter's country.
    pub country_packs: Vec<String>,
    /// Region packs (JSON), if any.
    pub region_packs: Vec<String>,
}

/// A platform's own flow and scripts as JSON, with the assets (feature `json-flow`).
#[cfg(feature = "json-flow")]
#[derive(Clone, uniffi::Record)]
pub struct WizardSources {
    /// The flow (`flows/report.json` is the shipped one).
    pub flow: String,
    /// The safety scripts (`data/safety-scripts.json` is the shipped one).
    pub scripts: String,
    /// `.ftl` texts per locale tag, in `locale_files()` order. Include `en` (every locale's
    /// fallback) and whatever `locales_to_load` names for the reporter's locale.
    pub locales: HashMap<String, Vec<String>>,
    /// Country packs (`data/packs/<cc>.json`): at least the reporter's country.
    pub country_packs: Vec<String>,
    /// Region packs (JSON), if any.
    pub region_packs: Vec<String>,
}

/// Where a wizard's flow and scripts come from.
enum FlowSource {
    /// The library's compact copy of the shipped flow (checked by core's tests).
    BuiltIn,
    /// The platform's own JSON, checked when loaded.
    #[cfg(feature = "json-flow")]
    Json { flow: String, scripts: String },
}

enum Kind {
    #[cfg(feature = "embedded")]
    Embedded,
    Sources {
        flow: FlowSource,
        locales: Arc<HashMap<String, Vec<String>>>,
        packs: PackSet,
    },
}

/// Loaded wizard data, checked once; shared by every session and client that uses it.
#[derive(uniffi::Object)]
pub struct WizardData(Kind);

impl std::fmt::Debug for WizardData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WizardData(..)")
    }
}

/// Negotiates each session's locale against the shipped catalog and loads the given sources.
struct SourceMessages {
    locales: Arc<HashMap<String, Vec<String>>>,
    allow_draft_locales: bool,
}

impl MessageSource for SourceMessages {
    fn load(&self, requested: &str) -> Option<Arc<dyn Messages>> {
        let localizer = localizer_from(&self.locales, &[requested], self.allow_draft_locales).ok()?;
        Some(Arc::new(FluentMessages::new(localizer)))
    }
}

fn localizer_from(
    locales: &HashMap<String, Vec<String>>,
    requested: &[&str],
    allow_draft_locales: bool,
) -> Result<Localizer, TellSafeError> {
    let catalog = LocaleCatalog::builtin()?;
    Ok(Localizer::load_with(
        &catalog,
        requested,
        allow_draft_locales,
        |tag| locales.get(tag).cloned(),
    )?)
}

#[cfg(feature = "json-flow")]
fn flow_error(_: tellsafe::flow::LoadError) -> TellSafeError {
    TellSafeError::validation("invalid_flow", "flow")
}

/// A wizard over `flow` with `policy` and `messages`.
fn wizard_from(
    flow: &FlowSource,
    policy: Arc<dyn Policy>,
    messages: Arc<dyn MessageSource>,
) -> Result<Wizard, TellSafeError> {
    match flow {
        // `None` only if the compact bytes do not decode: a build bug that core's tests catch.
        FlowSource::BuiltIn => Wizard::embedded_compact(policy, messages)
            .ok_or(TellSafeError::validation("invalid_flow", "flow")),
        #[cfg(feature = "json-flow")]
        FlowSource::Json { flow, scripts } => {
            Wizard::from_json(flow, scripts, policy, messages).map_err(flow_error)
        }
    }
}

impl WizardData {
    /// A wizard over this data with packs valid on `today`.
    pub(crate) fn wizard(
        &self,
        today: Timestamp,
        allow_draft_locales: bool,
    ) -> Result<Wizard, TellSafeError> {
        match &self.0 {
            #[cfg(feature = "embedded")]
            Kind::Embedded => wizard_from(
                &FlowSource::BuiltIn,
                Arc::new(PackPolicy::embedded(today)),
                Arc::new(tellsafe::flow::EmbeddedLocales { allow_draft_locales }),
            ),
            Kind::Sources { flow, locales, packs } => wizard_from(
                flow,
                Arc::new(PackPolicy::new(
                    packs.clone(),
                    Taxonomy::embedded().clone(),
                    today,
                )),
                Arc::new(SourceMessages {
                    locales: Arc::clone(locales),
                    allow_draft_locales,
                }),
            ),
        }
    }

    /// Status copy negotiated for `requested` (most preferred first).
    pub(crate) fn localizer(
        &self,
        requested: &[&str],
        allow_draft_locales: bool,
    ) -> Result<Localizer, TellSafeError> {
        match &self.0 {
            #[cfg(feature = "embedded")]
            Kind::Embedded => Ok(Localizer::embedded(requested, allow_draft_locales)?),
            Kind::Sources { locales, .. } => localizer_from(locales, requested, allow_draft_locales),
        }
    }

    /// The data a call without explicit data uses: the embedded data, or a typed `Validation {
    /// code: "missing", field: "data" }` in a library built without it.
    pub(crate) fn or_default(data: Option<Arc<WizardData>>) -> Result<Arc<WizardData>, TellSafeError> {
        match data {
            Some(d) => Ok(d),
            #[cfg(feature = "embedded")]
            None => Ok(embedded_wizard_data()),
            #[cfg(not(feature = "embedded"))]
            None => Err(TellSafeError::validation("missing", "data")),
        }
    }
}

impl WizardData {
    /// Checks the packs and locales and keeps them with `flow`.
    fn checked(
        flow: FlowSource,
        locales: HashMap<String, Vec<String>>,
        country_packs: &[String],
        region_packs: &[String],
    ) -> Result<Arc<WizardData>, TellSafeError> {
        let countries: Vec<&str> = country_packs.iter().map(String::as_str).collect();
        let regions: Vec<&str> = region_packs.iter().map(String::as_str).collect();
        let packs = PackSet::from_json(&countries, &regions)
            .map_err(|_| TellSafeError::validation("invalid", "country_packs"))?;
        let reference = LocaleCatalog::builtin()?.reference().tag.clone();
        if !locales.contains_key(&reference) {
            return Err(TellSafeError::validation("missing", "locales"));
        }
        let data = WizardData(Kind::Sources {
            flow,
            locales: Arc::new(locales),
            packs,
        });
        // Load the flow and scripts now, so a broken asset fails at start-up, not mid-report.
        let epoch = crate::sign::timestamp(0)?;
        data.wizard(epoch, false)?;
        Ok(Arc::new(data))
    }
}

#[uniffi::export]
impl WizardData {
    /// The library's flow and scripts with the app's locale files and packs: the packs must
    /// parse and `en` (every locale's fallback) must be present. Typed errors name the field,
    /// never the text.
    #[uniffi::constructor]
    pub fn from_assets(assets: WizardAssets) -> Result<Arc<WizardData>, TellSafeError> {
        WizardData::checked(
            FlowSource::BuiltIn,
            assets.locales,
            &assets.country_packs,
            &assets.region_packs,
        )
    }
}

#[cfg(feature = "json-flow")]
#[uniffi::export]
impl WizardData {
    /// A platform's own flow and scripts (JSON, checked structurally) with its locale files and
    /// packs (feature `json-flow`). Typed errors name the file, never its text.
    #[uniffi::constructor]
    pub fn from_sources(sources: WizardSources) -> Result<Arc<WizardData>, TellSafeError> {
        WizardData::checked(
            FlowSource::Json {
                flow: sources.flow,
                scripts: sources.scripts,
            },
            sources.locales,
            &sources.country_packs,
            &sources.region_packs,
        )
    }
}

/// The data compiled into this library (feature `embedded`; not in mobile builds).
#[cfg(feature = "embedded")]
#[uniffi::export]
pub fn embedded_wizard_data() -> Arc<WizardData> {
    Arc::new(WizardData(Kind::Embedded))
}

/// The `.ftl` file names of a locale directory, in the order `WizardSources.locales` takes.
#[uniffi::export]
pub fn locale_files() -> Vec<String> {
    LOCALE_FILES.iter().map(|f| (*f).to_owned()).collect()
}

/// The locale tags whose files a reporter asking for `requested` needs (the negotiated locale
/// and its fallbacks, `en` last), so the app reads only those from its assets.
#[uniffi::export]
pub fn locales_to_load(requested: String, allow_draft_locales: bool) -> Result<Vec<String>, TellSafeError> {
    let catalog = LocaleCatalog::builtin()?;
    Ok(catalog
        .negotiate(&[requested.as_str()], allow_draft_locales)
        .files_to_load()
        .into_iter()
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use tellsafe::flow::StartContext;
    use tellsafe::{AgeBand, AgeSignalSource, ReporterRole};

    use super::*;

    fn read(path: &str) -> String {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core");
        std::fs::read_to_string(root.join(path)).unwrap()
    }

    fn assets(tags: &[&str]) -> WizardAssets {
        WizardAssets {
            locales: tags
                .iter()
                .map(|t| {
                    let files = locale_files()
                        .iter()
                        .map(|f| read(&format!("locales/{t}/{f}")))
                        .collect();
                    ((*t).to_owned(), files)
                })
                .collect(),
            country_packs: vec![read("data/packs/ke.json")],
            region_packs: Vec::new(),
        }
    }

    #[cfg(feature = "json-flow")]
    fn sources(tags: &[&str]) -> WizardSources {
        let assets = assets(tags);
        WizardSources {
            flow: read("flows/report.json"),
            scripts: read("data/safety-scripts.json"),
            locales: assets.locales,
            country_packs: assets.country_packs,
            region_packs: assets.region_packs,
        }
    }

    fn first_title(data: &WizardData, locale: &str) -> String {
        let today = crate::sign::timestamp(1_800_000_000_000).unwrap();
        let wizard = data.wizard(today, true).unwrap();
        let session = wizard
            .start(StartContext {
                age_band: AgeBand::Age10To12,
                age_source: Some(AgeSignalSource::Declared),
                role: ReporterRole::Myself,
                locale: locale.into(),
                country: "KE".into(),
                app_name: "Demo".into(),
                category: None,
                subjects: Vec::new(),
            })
            .unwrap();
        session.current().unwrap().title
    }

    #[test]
    fn assets_the_app_passes_drive_the_wizard_in_the_negotiated_locale() {
        let tags = locales_to_load("sw-KE".into(), true).unwrap();
        assert!(tags.contains(&"sw".to_owned()) && tags.contains(&"en".to_owned()));
        let data = WizardData::from_assets(assets(&["sw", "en"])).unwrap();
        let sw = first_title(&data, "sw");
        assert_ne!(sw, first_title(&data, "en"));
        #[cfg(feature = "embedded")]
        assert_eq!(sw, first_title(&embedded_wizard_data(), "sw"));
        let copy = data.localizer(&["sw"], true).unwrap();
        assert_eq!(copy.locale(), "sw");
    }

    #[test]
    fn missing_english_or_a_broken_pack_is_refused_by_field() {
        let field = |a: WizardAssets| match WizardData::from_assets(a) {
            Err(TellSafeError::Validation { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(assets(&["sw"])), "locales");
        assert_eq!(
            field(WizardAssets {
                country_packs: vec!["{".into()],
                ..assets(&["en"])
            }),
            "country_packs"
        );
    }

    #[test]
    #[cfg(feature = "json-flow")]
    fn the_shipped_flow_as_json_drives_the_same_wizard_as_the_built_in_one() {
        let json = WizardData::from_sources(sources(&["sw", "en"])).unwrap();
        let built_in = WizardData::from_assets(assets(&["sw", "en"])).unwrap();
        for locale in ["sw", "en"] {
            assert_eq!(first_title(&json, locale), first_title(&built_in, locale));
        }
    }

    #[test]
    #[cfg(feature = "json-flow")]
    fn a_broken_own_flow_is_refused_by_field() {
        let field = |s: WizardSources| match WizardData::from_sources(s) {
            Err(TellSafeError::Validation { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(sources(&["sw"])), "locales");
        assert_eq!(
            field(WizardSources {
                flow: "{}".into(),
                ..sources(&["en"])
            }),
            "flow"
        );
        assert_eq!(
            field(WizardSources {
                scripts: "[]".into(),
                ..sources(&["en"])
            }),
            "flow"
        );
    }

    #[test]
    #[cfg(not(feature = "embedded"))]
    fn without_embedded_data_a_call_without_data_is_a_typed_error() {
        let err = WizardData::or_default(None).unwrap_err();
        assert_eq!(err, TellSafeError::validation("missing", "data"));
    }
}
