//! Locale metadata (`core/locales/<tag>/locale.json`) and negotiation.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use super::{I18nError, REFERENCE_LOCALE};

/// Text direction of a locale, for the UI's layout (`dir` on the web).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute wants it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a named human reviewer signed the copy of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// A named human reviewer (`reviewed_by`) signed it on `reviewed_on`.
    Reviewed,
    /// Nobody has signed it yet.
    Draft,
}

/// What a locale is, relative to the authored copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocaleRole {
    /// The language the copy is written in, and the fallback of every other locale.
    Reference,
    /// A translation of the reference.
    Translation,
    /// Generated from `source` for layout testing (accented, longer text). Never for users.
    Pseudo,
}

/// How the reading level of a locale was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReadingLevelCheck {
    /// Not checked.
    None,
    /// Checked only by the automated Flesch-Kincaid test (English only).
    Automated,
    /// Checked by a human reviewer who knows the age bands.
    Human,
}

/// The review record of one locale. Honest by construction: `reviewed` needs a named
/// reviewer and a date ([`LocaleCatalog::from_metadata`] refuses anything else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// BCP 47 tag, also the folder name (`"pt"`, `"en-XA"`).
    pub tag: String,
    /// The language's own name for itself, for a language picker.
    pub name: String,
    /// Text direction.
    pub direction: Direction,
    /// Reference, translation or pseudo-locale.
    pub role: LocaleRole,
    /// Whether a named human signed the copy.
    pub status: ReviewStatus,
    /// The named human reviewer. `null` until one signs: never invented.
    pub reviewed_by: Option<String>,
    /// When they signed (ISO 8601 date).
    pub reviewed_on: Option<String>,
    /// How the reading level was checked.
    pub reading_level_checked: ReadingLevelCheck,
    /// For a pseudo-locale, the locale whose files it is generated from.
    pub source: Option<String>,
    /// Free notes for reviewers (method, known gaps).
    pub notes: String,
}

impl LocaleMeta {
    /// Whether the UI must show the "draft translation" notice: an unreviewed translation
    /// or a pseudo-locale. The unreviewed reference is not a translation, so it is not.
    pub fn is_draft(&self) -> bool {
        self.role != LocaleRole::Reference && self.status == ReviewStatus::Draft
    }

    /// Whether negotiation may pick this locale without `allow_draft_locales`.
    pub fn usable_without_draft_flag(&self) -> bool {
        !self.is_draft()
    }

    /// The locale whose `.ftl` files hold this locale's copy (`en` for `en-XA`).
    pub fn files_locale(&self) -> &str {
        self.source.as_deref().unwrap_or(&self.tag)
    }

    /// The parsed language identifier.
    pub fn langid(&self) -> Result<LanguageIdentifier, I18nError> {
        self.tag.parse().map_err(|_| I18nError::InvalidMetadata {
            field: "tag",
            reason: "not a BCP 47 tag",
        })
    }

    fn validate(&self) -> Result<(), I18nError> {
        self.langid()?;
        let invalid = |field, reason| Err(I18nError::InvalidMetadata { field, reason });
        match self.status {
            ReviewStatus::Reviewed if self.reviewed_by.as_deref().is_none_or(str::is_empty) => {
                invalid("reviewed_by", "status reviewed needs a named reviewer")
            }
            ReviewStatus::Reviewed if self.reviewed_on.is_none() => {
                invalid("reviewed_on", "status reviewed needs a date")
            }
            ReviewStatus::Draft if self.reviewed_by.is_some() => {
                invalid("reviewed_by", "a draft has no reviewer")
            }
            _ => match (self.role, &self.source) {
                (LocaleRole::Pseudo, None) => invalid("source", "a pseudo-locale needs a source"),
                (LocaleRole::Reference | LocaleRole::Translation, Some(_)) => {
                    invalid("source", "only a pseudo-locale has a source")
                }
                _ => Ok(()),
            },
        }
    }
}

/// The result of negotiation: which locale to load, and what the UI must know about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NegotiatedLocale {
    /// The chosen locale's metadata.
    pub meta: LocaleMeta,
    /// The fallback (the reference locale) used for messages the chosen one lacks.
    pub fallback: String,
}

impl NegotiatedLocale {
    /// The chosen tag.
    pub fn tag(&self) -> &str {
        &self.meta.tag
    }

    /// Text direction to render in.
    pub fn direction(&self) -> Direction {
        self.meta.direction
    }

    /// Whether to show the "draft translation" notice.
    pub fn is_draft(&self) -> bool {
        self.meta.is_draft()
    }

    /// The locales whose `.ftl` files must be loaded, chosen first, without duplicates.
    /// On the web, fetch exactly these.
    pub fn files_to_load(&self) -> Vec<&str> {
        let mut tags = vec![self.meta.files_locale()];
        if !tags.contains(&self.fallback.as_str()) {
            tags.push(&self.fallback);
        }
        tags
    }
}

/// Every shipped `locale.json` in `build.rs`'s compact form (feature `compact-data`, the web
/// package: no serde_json deserializer for [`LocaleMeta`] in the .wasm). The catalog still
/// validates them; `compact_catalog_matches_the_json` compares with the JSON path.
#[cfg(feature = "compact-data")]
fn compact_metadata() -> Option<Vec<LocaleMeta>> {
    use crate::flow::Reader;
    const LOCALES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locales.bin"));
    let mut r = Reader::new(LOCALES);
    let metas = r.list(|r| {
        Some(LocaleMeta {
            tag: r.string()?,
            name: r.string()?,
            direction: r.pick(&[Direction::Ltr, Direction::Rtl])?,
            role: r.pick(&[LocaleRole::Reference, LocaleRole::Translation, LocaleRole::Pseudo])?,
            status: r.pick(&[ReviewStatus::Reviewed, ReviewStatus::Draft])?,
            reviewed_by: r.opt(Reader::string)?,
            reviewed_on: r.opt(Reader::string)?,
            reading_level_checked: r.pick(&[
                ReadingLevelCheck::None,
                ReadingLevelCheck::Automated,
                ReadingLevelCheck::Human,
            ])?,
            source: r.opt(Reader::string)?,
            notes: r.string()?,
        })
    })?;
    r.end(metas)
}

/// Legacy or alternative tags platforms still send, mapped to ours. Java reports
/// Indonesian as `in` and Filipino as `tl` on older Android versions.
const TAG_ALIASES: [(&str, &str); 2] = [("in", "id"), ("tl", "fil")];

/// The set of locales an app can use, with their review records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCatalog {
    locales: Vec<LocaleMeta>,
}

impl LocaleCatalog {
    /// The locales TellSafe ships. Only metadata (a few hundred bytes each), so it is
    /// available with `embedded-locales` off too: the web negotiates first, then fetches.
    pub fn builtin() -> Result<Self, I18nError> {
        #[cfg(feature = "compact-data")]
        let metas = compact_metadata().ok_or(I18nError::InvalidMetadata {
            field: "locale.json",
            reason: "not valid locale metadata",
        })?;
        #[cfg(not(feature = "compact-data"))]
        let metas = super::localizer::BUILTIN_METADATA
            .iter()
            .map(|json| {
                serde_json::from_slice(json.as_bytes()).map_err(|_| I18nError::InvalidMetadata {
                    field: "locale.json",
                    reason: "not valid locale metadata",
                })
            })
            .collect::<Result<Vec<LocaleMeta>, _>>()?;
        Self::from_metadata(metas)
    }

    /// A catalog from metadata the platform supplies (its own locales). Validates every
    /// record and requires exactly one reference locale.
    pub fn from_metadata(locales: Vec<LocaleMeta>) -> Result<Self, I18nError> {
        for meta in &locales {
            meta.validate()?;
        }
        let references = locales.iter().filter(|m| m.role == LocaleRole::Reference).count();
        if references != 1 {
            return Err(I18nError::InvalidMetadata {
                field: "role",
                reason: "exactly one locale must be the reference",
            });
        }
        for (i, meta) in locales.iter().enumerate() {
            if locales[..i].iter().any(|m| m.tag == meta.tag) {
                return Err(I18nError::InvalidMetadata {
                    field: "tag",
                    reason: "duplicate tag",
                });
            }
            if let Some(source) = &meta.source
                && !locales.iter().any(|m| &m.tag == source && m.source.is_none())
            {
                return Err(I18nError::InvalidMetadata {
                    field: "source",
                    reason: "source is not a locale with its own files",
                });
            }
        }
        Ok(Self { locales })
    }

    /// Every locale, in catalog order.
    pub fn locales(&self) -> &[LocaleMeta] {
        &self.locales
    }

    /// The metadata of one tag.
    pub fn get(&self, tag: &str) -> Option<&LocaleMeta> {
        self.locales.iter().find(|m| m.tag == tag)
    }

    /// The reference locale (validated to exist).
    pub fn reference(&self) -> &LocaleMeta {
        self.locales
            .iter()
            .find(|m| m.role == LocaleRole::Reference)
            .unwrap_or(&self.locales[0])
    }

    /// Picks the best locale for the user's preferences (most preferred first, BCP 47 or
    /// POSIX-ish tags; unparsable ones are skipped). Draft translations and pseudo-locales
    /// are candidates only with `allow_draft_locales`; otherwise, and when nothing
    /// matches, the result is the reference locale.
    pub fn negotiate(&self, requested: &[&str], allow_draft_locales: bool) -> NegotiatedLocale {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| {
                let tag = tag.replace('_', "-");
                let mut id: LanguageIdentifier = tag.parse().ok()?;
                if let Some((_, ours)) = TAG_ALIASES
                    .iter()
                    .find(|(alias, _)| id.language.as_str() == *alias)
                {
                    id.language = ours.parse().ok()?;
                }
                Some(id)
            })
            .collect();
        let candidates: Vec<(LanguageIdentifier, &LocaleMeta)> = self
            .locales
            .iter()
            .filter(|m| allow_draft_locales || m.usable_without_draft_flag())
            .filter_map(|m| Some((m.langid().ok()?, m)))
            .collect();
        let available: Vec<&LanguageIdentifier> = candidates.iter().map(|(id, _)| id).collect();
        let reference = self.reference();
        let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering)
            .first()
            .and_then(|id| candidates.iter().find(|(c, _)| c == **id))
            .map_or(reference, |(_, meta)| *meta);
        NegotiatedLocale {
            meta: chosen.clone(),
            fallback: reference.tag.clone(),
        }
    }
}

impl Default for LocaleCatalog {
    /// Only the reference locale, `en`: what an app gets if it loads no catalog at all.
    fn default() -> Self {
        Self {
            locales: vec![LocaleMeta {
                tag: REFERENCE_LOCALE.to_owned(),
                name: "English".to_owned(),
                direction: Direction::Ltr,
                role: LocaleRole::Reference,
                status: ReviewStatus::Draft,
                reviewed_by: None,
                reviewed_on: None,
                reading_level_checked: ReadingLevelCheck::Automated,
                source: None,
                notes: String::new(),
            }],
        }
    }
}

#[cfg(test)]
#[cfg(feature = "compact-data")]
mod compact_tests {
    use super::*;

    /// The web's catalog (build.rs's compact form) holds exactly the shipped `locale.json`s,
    /// in the same order.
    #[test]
    fn compact_catalog_matches_the_json() {
        let json: Vec<LocaleMeta> = super::super::localizer::BUILTIN_METADATA
            .iter()
            .map(|text| serde_json::from_str(text).unwrap())
            .collect();
        assert_eq!(compact_metadata(), Some(json));
    }
}
