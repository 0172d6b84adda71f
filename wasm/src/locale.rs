//! Locale negotiation for the web bundle loader: the page asks which `.ftl` files to fetch,
//! fetches them, and hands the texts to [`crate::WebWizard`]. English (the reference and the
//! fallback of every locale) is compiled in, so a first screen never waits for the network.

use serde::Serialize;
use tellsafe::i18n::{LOCALE_FILES, LocaleCatalog, NegotiatedLocale};
use wasm_bindgen::prelude::*;

use crate::error::{WebError, from_json, to_json};

/// The reference locale's files, compiled in (the fallback every other locale needs).
pub const EMBEDDED_TAG: &str = "en";
/// `en`'s `.ftl` sources, in [`LOCALE_FILES`] order, without translator comments (`build.rs`).
pub const EMBEDDED_SOURCES: [&str; 4] = [
    include_str!(concat!(env!("OUT_DIR"), "/wizard.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/categories.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/status.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/help.ftl")),
];

/// What the page needs to know about a negotiated locale.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalePlan {
    /// The chosen tag.
    pub tag: String,
    /// `ltr` or `rtl` (the element sets `dir`).
    pub direction: &'static str,
    /// Show the "draft translation" notice.
    pub draft: bool,
    /// Locales whose files must be fetched (the embedded one is left out).
    pub fetch: Vec<String>,
    /// File names under each locale directory.
    pub files: Vec<&'static str>,
}

pub fn catalog() -> Result<LocaleCatalog, WebError> {
    LocaleCatalog::builtin().map_err(|e| WebError::from_display("locale", &e))
}

pub fn plan(negotiated: &NegotiatedLocale) -> LocalePlan {
    LocalePlan {
        tag: negotiated.tag().to_owned(),
        direction: negotiated.direction().as_str(),
        draft: negotiated.is_draft(),
        fetch: negotiated
            .files_to_load()
            .into_iter()
            .filter(|t| *t != EMBEDDED_TAG)
            .map(str::to_owned)
            .collect(),
        files: LOCALE_FILES.to_vec(),
    }
}

/// Negotiates `requested` (a JSON array of BCP 47 tags, most preferred first) against the
/// shipped catalog; returns a [`LocalePlan`] as JSON.
#[wasm_bindgen(js_name = negotiateLocale)]
pub fn negotiate_locale(requested: &str, allow_draft_locales: bool) -> Result<String, JsValue> {
    let requested: Vec<String> = from_json("requested", requested)?;
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let negotiated = catalog()?.negotiate(&requested, allow_draft_locales);
    Ok(to_json(&plan(&negotiated))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_rtl_draft_and_fetches_only_itself() {
        let cat = catalog().unwrap();
        let p = plan(&cat.negotiate(&["ar-EG"], true));
        assert_eq!((p.tag.as_str(), p.direction, p.draft), ("ar", "rtl", true));
        assert_eq!(p.fetch, vec!["ar"]);
        let en = plan(&cat.negotiate(&["en-GB"], false));
        assert!(en.fetch.is_empty() && !en.draft);
        // Drafts are not picked unless allowed.
        assert_eq!(plan(&cat.negotiate(&["sw"], false)).tag, "en");
    }

    /// What `build.rs` removed is only comments: every message and term parses the same.
    #[test]
    fn stripped_english_has_the_same_messages() {
        use fluent_syntax::ast::Entry;
        fn entries(source: &str) -> Vec<Entry<&str>> {
            let resource = fluent_syntax::parser::parse(source).unwrap();
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    Entry::Message(mut m) => {
                        m.comment = None;
                        Some(Entry::Message(m))
                    }
                    Entry::Term(mut t) => {
                        t.comment = None;
                        Some(Entry::Term(t))
                    }
                    _ => None,
                })
                .collect()
        }
        for (file, stripped) in LOCALE_FILES.iter().zip(EMBEDDED_SOURCES) {
            let original = std::fs::read_to_string(format!("../core/locales/en/{file}")).unwrap();
            assert!(stripped.len() < original.len(), "{file} has comments to strip");
            assert!(!stripped.lines().any(|l| l.starts_with('#')), "{file}");
            let kept = entries(stripped);
            assert!(!kept.is_empty());
            assert_eq!(kept, entries(&original), "{file}");
        }
    }

    #[test]
    fn embedded_sources_are_the_locale_files_in_order() {
        assert_eq!(LOCALE_FILES[0], "wizard.ftl");
        assert!(EMBEDDED_SOURCES[0].contains("wizard-get-help-now"));
        assert!(EMBEDDED_SOURCES[2].contains("status-"));
    }
}
