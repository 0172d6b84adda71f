//! [`WebWizard`]: the core wizard with data the page fetched (locale files, jurisdiction packs)
//! and the embedded flow, scripts (core's compact form) and English copy.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tellsafe::duties::PackSet;
use tellsafe::flow::{FluentMessages, MessageSource, Messages, PackPolicy, StartContext, Wizard};
use tellsafe::i18n::{Args, Localizer};
use tellsafe::status::{ChildOutcome, ChildStatusKind};
use tellsafe::taxonomy::Taxonomy;
use tellsafe::{AgeBand, Timestamp};
use wasm_bindgen::prelude::*;

use crate::error::{WebError, from_json, to_json};
use crate::locale::{EMBEDDED_SOURCES, EMBEDDED_TAG, catalog, plan};
use crate::session::WebSession;

/// What the page passes to [`WebWizard::new`] (JSON).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct WizardConfig {
    /// Locale preferences, most preferred first.
    locales: Vec<String>,
    /// Let negotiation pick draft translations (the element then shows the draft notice).
    #[serde(default)]
    allow_draft_locales: bool,
    /// Fetched `.ftl` texts per locale tag, in the plan's file order.
    #[serde(default)]
    sources: BTreeMap<String, Vec<String>>,
    /// Fetched country packs (JSON texts).
    #[serde(default)]
    country_packs: Vec<String>,
    /// Fetched region packs (JSON texts).
    #[serde(default)]
    region_packs: Vec<String>,
    /// Today, for pack expiry (the page's clock; the core reads none).
    today_ms: i64,
}

/// One negotiated locale's messages, shared by every session of this wizard.
struct Loaded(Arc<FluentMessages>);

impl MessageSource for Loaded {
    fn load(&self, _requested: &str) -> Option<Arc<dyn Messages>> {
        // Negotiation happened once, before the page fetched the files.
        Some(self.0.clone())
    }
}

/// A loaded wizard for one locale and country.
#[wasm_bindgen]
pub struct WebWizard {
    wizard: Wizard,
    localizer: Arc<FluentMessages>,
    text: Arc<Localizer>,
    plan: String,
}

/// The wizard's negotiated status copy, handed to [`crate::Reporter`] so "My reports" speaks the
/// same language as the wizard without fetching the locale files twice.
#[wasm_bindgen]
pub struct WebText(
    #[cfg_attr(
        not(target_arch = "wasm32"),
        allow(dead_code, reason = "read by the wasm32-only Reporter")
    )]
    pub(crate) Arc<Localizer>,
);

#[wasm_bindgen]
impl WebWizard {
    /// Builds a wizard. `config` is JSON (see `WizardConfig` in `index.d.ts`); the sources of
    /// every locale in the plan's `fetch` list must be present.
    #[wasm_bindgen(constructor)]
    pub fn new(config: &str) -> Result<WebWizard, JsValue> {
        crate::install_nfc();
        Ok(Self::build(config)?)
    }

    /// The wizard's status copy, for `Reporter.open`.
    #[wasm_bindgen(js_name = textHandle)]
    pub fn text_handle(&self) -> WebText {
        WebText(Arc::clone(&self.text))
    }

    /// The locale plan actually used (JSON `LocalePlan`).
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> String {
        self.plan.clone()
    }

    /// Starts a session. `context` is a JSON `StartContext`.
    pub fn start(&self, context: &str) -> Result<WebSession, JsValue> {
        let context: StartContext = from_json("context", context)?;
        let session = self
            .wizard
            .start(context)
            .map_err(|e| WebError::from_display("session", &e))?;
        Ok(WebSession::new(session))
    }

    /// Resumes a saved session (JSON `SessionState`); refused when the flow changed.
    pub fn resume(&self, state: &str) -> Result<WebSession, JsValue> {
        let state = from_json("state", state)?;
        let session = self
            .wizard
            .resume(state)
            .map_err(|e| WebError::from_display("session", &e))?;
        Ok(WebSession::new(session))
    }

    /// One message of the chosen locale, formatted with string `args` (JSON object): chrome
    /// text outside the step view (the draft notice, "My reports" headings).
    pub fn text(&self, id: &str, args: &str) -> Result<String, JsValue> {
        let args: BTreeMap<String, String> = from_json("args", args)?;
        let pairs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.localizer
            .format(id, &pairs)
            .ok_or_else(|| WebError::new("locale", "message id not found").into())
    }

    /// The child-facing words for a status document's `child_status` code and `outcome`
    /// codes (JSON `StatusView`), for the reporter's age band.
    #[wasm_bindgen(js_name = statusView)]
    pub fn status_view(
        &self,
        status: &str,
        outcomes: &str,
        band: &str,
        app: &str,
    ) -> Result<String, JsValue> {
        Ok(to_json(&self.view(status, outcomes, band, app)?)?)
    }
}

/// The Fluent `band` selector value (`age-10-12`, `adult`) for an age band code and role code,
/// for [`WebWizard::text`] calls outside a step view.
#[wasm_bindgen(js_name = bandKey)]
pub fn band_key(band: &str, role: &str) -> Result<String, JsValue> {
    let band: AgeBand = from_json("band", &format!("\"{}\"", band.escape_default()))?;
    let role: tellsafe::ReporterRole = from_json("role", &format!("\"{}\"", role.escape_default()))?;
    Ok(tellsafe::flow::band_key(band, role).to_owned())
}

/// A status in words (no category, no moderator text: both are absent from the codes).
#[derive(Serialize)]
struct StatusView {
    code: String,
    title: String,
    outcomes: Vec<String>,
}

impl WebWizard {
    fn build(config: &str) -> Result<WebWizard, WebError> {
        let config: WizardConfig = from_json("config", config)?;
        let requested: Vec<&str> = config.locales.iter().map(String::as_str).collect();
        let catalog = catalog()?;
        let negotiated = catalog.negotiate(&requested, config.allow_draft_locales);
        let load = || {
            Localizer::load_with(&catalog, &requested, config.allow_draft_locales, |tag| {
                if tag == EMBEDDED_TAG {
                    return Some(EMBEDDED_SOURCES.iter().map(|s| (*s).to_owned()).collect());
                }
                config.sources.get(tag).cloned()
            })
            .map_err(|e| WebError::from_display("locale", &e))
        };
        let localizer = Arc::new(FluentMessages::new(load()?));
        let text = Arc::new(load()?);
        let countries: Vec<&str> = config.country_packs.iter().map(String::as_str).collect();
        let regions: Vec<&str> = config.region_packs.iter().map(String::as_str).collect();
        let packs =
            PackSet::from_json(&countries, &regions).map_err(|e| WebError::from_display("packs", &e))?;
        let today = Timestamp::from_unix_millis(config.today_ms)
            .ok_or_else(|| WebError::new("invalid_input", "config: field `todayMs` out of range"))?;
        let policy = Arc::new(PackPolicy::new(packs, Taxonomy::embedded().clone(), today));
        // The flow and scripts in core's build-time compact form (feature `compact-data`),
        // checked by core's tests: no serde_json deserializer per flow type and no flow checker
        // in the .wasm.
        let wizard = Wizard::embedded_compact(policy, Arc::new(Loaded(localizer.clone())))
            .ok_or_else(|| WebError::new("flow", "the embedded flow does not decode"))?;
        Ok(WebWizard {
            wizard,
            localizer,
            text,
            plan: to_json(&plan(&negotiated))?,
        })
    }

    fn view(&self, status: &str, outcomes: &str, band: &str, app: &str) -> Result<StatusView, WebError> {
        let kind: ChildStatusKind = from_json("status", &format!("\"{}\"", status.escape_default()))?;
        let outcomes: Vec<String> = from_json("outcomes", outcomes)?;
        let band: AgeBand = from_json("band", &format!("\"{}\"", band.escape_default()))?;
        let args = Args::new().band(band).app(app);
        let format = |id: &str| {
            self.text
                .format(id, &args)
                .map_err(|e| WebError::from_display("locale", &e))
        };
        Ok(StatusView {
            code: kind.code().to_owned(),
            title: format(kind.message_id())?,
            outcomes: if kind.lists_outcomes() {
                outcomes
                    .iter()
                    .filter_map(|c| {
                        let code = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(c);
                        ChildOutcome::deserialize(code).ok()
                    })
                    .map(|o| format(o.message_id()))
                    .collect::<Result<_, _>>()?
            } else {
                Vec::new()
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(locale: &str, extra: &str) -> String {
        format!(
            r#"{{"locales":["{locale}"],"allowDraftLocales":true,"todayMs":1795000000000,
                "countryPacks":[{}],"regionPacks":[]{extra}}}"#,
            serde_json::to_string(include_str!("../../core/data/packs/ke.json")).unwrap()
        )
    }

    #[test]
    fn english_needs_no_fetch_and_a_missing_fetch_is_a_locale_error() {
        let w = WebWizard::build(&config("en", "")).unwrap();
        assert!(w.plan.contains(r#""fetch":[]"#));
        let err = WebWizard::build(&config("sw", "")).err().unwrap();
        assert_eq!(err.code, "locale");
    }

    #[test]
    fn fetched_swahili_drives_the_session_text() {
        let files: Vec<String> = ["wizard", "categories", "status", "help"]
            .iter()
            .map(|f| std::fs::read_to_string(format!("../core/locales/sw/{f}.ftl")).unwrap())
            .collect();
        let extra = format!(
            r#","sources":{{"sw":{}}}"#,
            serde_json::to_string(&files).unwrap()
        );
        let w = WebWizard::build(&config("sw", &extra)).unwrap();
        assert!(w.plan.contains(r#""draft":true"#));
        let en = WebWizard::build(&config("en", "")).unwrap();
        let id = "wizard-get-help-now";
        assert_ne!(w.localizer.format(id, &[]), en.localizer.format(id, &[]));
    }

    #[test]
    fn status_view_never_shows_outcomes_for_specialists() {
        let w = WebWizard::build(&config("en", "")).unwrap();
        let v = w
            .view("handed_to_specialists", r#"["removed"]"#, "10-12", "Demo")
            .unwrap();
        assert!(v.outcomes.is_empty() && !v.title.is_empty());
        let d = w.view("decided", r#"["removed"]"#, "10-12", "Demo").unwrap();
        assert_eq!(d.outcomes.len(), 1);
    }
}
