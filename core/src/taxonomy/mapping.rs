//! Severity, wizard flags and wire mappings per [`Category`], loaded from
//! `core/data/taxonomy.json` and checked against [`super::reference`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Category;
use super::reference::{
    ATPROTO_ADULT_ONLY_REASONS, ATPROTO_REASONS, DSA_KEYWORDS_EXCLUDING_MINORS, NCMEC_INCIDENT_TYPES,
    NCMEC_ONLINE_ENTICEMENT, NCMEC_REPORT_ANNOTATIONS, dsa_category_known, dsa_keyword_allowed,
};

/// The mapping data shipped in the crate (reviewed as data, not code).
#[cfg(not(feature = "compact-data"))]
const EMBEDDED_TAXONOMY: &str = include_str!("../../data/taxonomy.json");

/// The same file in `build.rs`'s compact form (feature `compact-data`).
#[cfg(feature = "compact-data")]
const COMPACT_TAXONOMY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/taxonomy.bin"));

/// The only taxonomy file format this code reads. Bumped when a field changes meaning.
pub const TAXONOMY_FORMAT_VERSION: u32 = 1;

/// How much harm a category implies, for ordering queues and choosing the wizard's path.
///
/// Ordered `Low < Medium < High < Critical`; compare with `>=`. `Critical` is reserved for child
/// sexual exploitation, a child in danger and self-harm; `High` is serious harm to a child that
/// is not (yet) exploitation or danger; `Medium` needs review but not first; `Low` is nuisance.
/// A four-step scale rather than 0-100 because the backend's priority score (0-100) is built
/// from several weighted signals, and the category is only one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Nuisance (spam).
    Low,
    /// Harm that needs review, not first in the queue.
    Medium,
    /// Serious harm to a child that is not exploitation or danger now.
    High,
    /// Child sexual exploitation, a child in danger, self-harm.
    Critical,
}

/// The DSA Transparency Database statement category and keywords for a category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DsaMapping {
    /// `STATEMENT_CATEGORY_*` (reference B.2.1).
    pub category: String,
    /// `KEYWORD_*` values valid for `category` (reference B.2.2); may be empty.
    pub keywords: Vec<String>,
}

/// The NCMEC CyberTipline incident type and report annotations for a category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NcmecMapping {
    /// `incidentSummary/incidentType` (reference B.3).
    pub incident_type: String,
    /// `incidentSummary/reportAnnotations` (reference B.3); may be empty.
    pub annotations: Vec<String>,
}

/// Everything TellSafe knows about one category beyond its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryInfo {
    /// The category this entry describes.
    pub category: Category,
    /// How much harm the category implies.
    pub severity: Severity,
    /// Ask "are you in danger" early, and never expire the report in the outbox.
    pub urgent: bool,
    /// Sexual content or contact: the status-notification choice defaults to "don't notify me".
    pub sexual: bool,
    /// The child's own image may exist: offer the Take It Down / Report Remove hand-off.
    pub image_based: bool,
    /// DSA statement-of-reasons category and keywords.
    pub dsa: DsaMapping,
    /// NCMEC incident type and annotations, or `None` where no NCMEC report fits.
    pub ncmec: Option<NcmecMapping>,
    /// AT Protocol / Ozone `reasonType` NSID.
    pub atproto: String,
    /// Where the mapping comes from (reference section), for reviewers.
    pub source: String,
}

impl CategoryInfo {
    /// Whether the "tell me when something changes" choice defaults to "don't notify me":
    /// for in-danger (urgent) and sexual categories, where a notification on a shared or
    /// monitored device could put the child at risk.
    pub fn quiet_by_default(&self) -> bool {
        self.urgent || self.sexual
    }
}

/// Why a taxonomy file was refused. Names the category code and field, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaxonomyError {
    /// The file is not JSON of the expected outer shape.
    #[error("taxonomy file is malformed at line {line}, column {column}")]
    Malformed {
        /// 1-based line of the parse error.
        line: usize,
        /// 1-based column of the parse error.
        column: usize,
    },
    /// The file's `version` is not [`TAXONOMY_FORMAT_VERSION`].
    #[error("taxonomy file version is not supported")]
    UnsupportedVersion,
    /// A top-level field is missing or empty.
    #[error("taxonomy field `{field}` is missing or empty")]
    MissingTopLevel {
        /// The field name.
        field: &'static str,
    },
    /// An entry is keyed by a code that is not a [`Category`].
    #[error("taxonomy has an entry for unknown category code `{code}`")]
    UnknownCategory {
        /// The unknown code.
        code: String,
    },
    /// A [`Category`] has no entry.
    #[error("taxonomy has no entry for category `{code}`")]
    MissingCategory {
        /// The category's code.
        code: &'static str,
    },
    /// An entry lacks a required field.
    #[error("taxonomy entry `{code}` is missing field `{field}`")]
    MissingField {
        /// The category's code.
        code: &'static str,
        /// The field name.
        field: &'static str,
    },
    /// An entry has a field this version does not know (a typo would otherwise be ignored).
    #[error("taxonomy entry `{code}` has unknown field `{field}`")]
    UnknownField {
        /// The category's code.
        code: &'static str,
        /// The unknown field name.
        field: String,
    },
    /// A field has a value outside the reference (or of the wrong type).
    #[error("taxonomy entry `{code}` field `{field}` is invalid: {reason}")]
    InvalidField {
        /// The category's code.
        code: &'static str,
        /// The field, dotted (`dsa.keywords`).
        field: &'static str,
        /// Which rule failed.
        reason: TaxonomyRule,
    },
}

/// The rule an invalid taxonomy field broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TaxonomyRule {
    /// Not the expected JSON type.
    #[error("wrong type")]
    WrongType,
    /// Not a valid value of the field's type (an unknown severity, a number for a bool).
    #[error("invalid value for the field's type")]
    InvalidValue,
    /// Not a value from the reference list for this field.
    #[error("not a value from the reference")]
    NotInReference,
    /// A DSA keyword not listed under the entry's DSA category (B.2.2).
    #[error("keyword does not belong to the DSA category")]
    KeywordNotInCategory,
    /// A non-consensual intimate image keyword or adult-only reason for a child-facing category.
    #[error("adult-only (NCII) value used for a child-facing category")]
    AdultOnlyValue,
    /// The sextortion annotation on an incident type other than online enticement.
    #[error("sextortion is an annotation on online enticement only")]
    SextortionNotOnEnticement,
    /// The same value twice in a list.
    #[error("duplicate value")]
    Duplicate,
    /// An empty string where text is required.
    #[error("empty")]
    Empty,
}

/// The validated taxonomy: one [`CategoryInfo`] per [`Category`], in [`Category::ALL`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    reviewed_by: Option<String>,
    source: String,
    entries: Vec<CategoryInfo>,
}

impl Taxonomy {
    /// The taxonomy embedded in the crate, parsed once.
    ///
    /// # Panics
    /// Never in a released build: the embedded file is validated by the crate's tests
    /// (`embedded_taxonomy_loads`), so a failure here means the tests were not run.
    pub fn embedded() -> &'static Taxonomy {
        static EMBEDDED: OnceLock<Taxonomy> = OnceLock::new();
        #[cfg(not(feature = "compact-data"))]
        let load = || {
            Taxonomy::from_json(EMBEDDED_TAXONOMY)
                .expect("embedded taxonomy.json is validated by the embedded_taxonomy_loads test")
        };
        #[cfg(feature = "compact-data")]
        let load = || {
            Taxonomy::from_compact(COMPACT_TAXONOMY)
                .expect("the compact taxonomy equals the validated JSON (compact_taxonomy_matches_the_json)")
        };
        EMBEDDED.get_or_init(load)
    }

    /// The taxonomy from `build.rs`'s compact form (feature `compact-data`): no JSON reader and
    /// no reference checks in the binary; the test `compact_taxonomy_matches_the_json` proves it
    /// equals the validated JSON. `None` when the bytes do not decode.
    #[cfg(feature = "compact-data")]
    fn from_compact(bytes: &[u8]) -> Option<Taxonomy> {
        let mut r = crate::flow::Reader::new(bytes);
        let _version = r.u32()?;
        let reviewed_by = r.opt(crate::flow::Reader::string)?;
        let source = r.string()?;
        let mut found = r.list(|r| {
            let category = Category::from_code(r.str()?)?;
            let severity = r.pick(&[
                Severity::Low,
                Severity::Medium,
                Severity::High,
                Severity::Critical,
            ])?;
            Some(CategoryInfo {
                category,
                severity,
                urgent: r.flag()?,
                sexual: r.flag()?,
                image_based: r.flag()?,
                dsa: DsaMapping {
                    category: r.string()?,
                    keywords: r.list(crate::flow::Reader::string)?,
                },
                ncmec: r.opt(|r| {
                    Some(NcmecMapping {
                        incident_type: r.string()?,
                        annotations: r.list(crate::flow::Reader::string)?,
                    })
                })?,
                atproto: r.string()?,
                source: r.string()?,
            })
        })?;
        // Category::ALL order, every category exactly once.
        let mut entries = Vec::with_capacity(found.len());
        for category in Category::ALL {
            let at = found.iter().position(|info| info.category == category)?;
            entries.push(found.swap_remove(at));
        }
        r.end(found.is_empty().then_some(Taxonomy {
            reviewed_by,
            source,
            entries,
        })?)
    }

    /// Parses and validates a taxonomy file (a platform may ship its own reviewed copy).
    pub fn from_json(text: &str) -> Result<Taxonomy, TaxonomyError> {
        let raw: RawTaxonomy =
            serde_json::from_slice(text.as_bytes()).map_err(|e| TaxonomyError::Malformed {
                line: e.line(),
                column: e.column(),
            })?;
        if raw.version != TAXONOMY_FORMAT_VERSION {
            return Err(TaxonomyError::UnsupportedVersion);
        }
        if raw.source.trim().is_empty() {
            return Err(TaxonomyError::MissingTopLevel { field: "source" });
        }
        if let Some(code) = raw
            .categories
            .keys()
            .find(|code| Category::from_code(code).is_none())
        {
            return Err(TaxonomyError::UnknownCategory { code: code.clone() });
        }
        let mut entries = Vec::with_capacity(Category::ALL.len());
        for category in Category::ALL {
            let value = raw
                .categories
                .get(category.code())
                .ok_or(TaxonomyError::MissingCategory {
                    code: category.code(),
                })?;
            entries.push(parse_entry(category, value)?);
        }
        Ok(Taxonomy {
            reviewed_by: raw.reviewed_by,
            source: raw.source,
            entries,
        })
    }

    /// The entry for `category`. Total: loading guarantees every category has one.
    pub fn info(&self, category: Category) -> &CategoryInfo {
        // Entries are pushed in Category::ALL order, which is declaration order (tested), so the
        // discriminant is the index; the fallback is unreachable but avoids a panic path.
        self.entries
            .get(category as usize)
            .filter(|info| info.category == category)
            .or_else(|| self.entries.iter().find(|info| info.category == category))
            .unwrap_or(&self.entries[0])
    }

    /// Every entry, in [`Category::ALL`] order.
    pub fn entries(&self) -> &[CategoryInfo] {
        &self.entries
    }

    /// Who reviewed this mapping; `None` for the shipped proposal (nobody has yet).
    pub fn reviewed_by(&self) -> Option<&str> {
        self.reviewed_by.as_deref()
    }

    /// Where the mapping comes from, for reviewers and audit.
    pub fn source(&self) -> &str {
        &self.source
    }
}

impl Category {
    /// This category's entry in the embedded taxonomy.
    pub fn info(self) -> &'static CategoryInfo {
        Taxonomy::embedded().info(self)
    }

    /// This category's severity in the embedded taxonomy.
    pub fn severity(self) -> Severity {
        self.info().severity
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTaxonomy {
    version: u32,
    reviewed_by: Option<String>,
    source: String,
    #[serde(default)]
    #[allow(dead_code)]
    severity_scale: Option<String>,
    categories: BTreeMap<String, Value>,
}

const ENTRY_FIELDS: [&str; 8] = [
    "severity",
    "urgent",
    "sexual",
    "image_based",
    "dsa",
    "ncmec",
    "atproto",
    "source",
];

fn parse_entry(category: Category, value: &Value) -> Result<CategoryInfo, TaxonomyError> {
    let code = category.code();
    let map = value.as_object().ok_or(TaxonomyError::InvalidField {
        code,
        field: "entry",
        reason: TaxonomyRule::WrongType,
    })?;
    if let Some(unknown) = map.keys().find(|k| !ENTRY_FIELDS.contains(&k.as_str())) {
        return Err(TaxonomyError::UnknownField {
            code,
            field: unknown.clone(),
        });
    }
    let invalid = |field, reason| TaxonomyError::InvalidField { code, field, reason };
    let dsa: DsaMapping = field(map, code, "dsa")?;
    if !dsa_category_known(&dsa.category) {
        return Err(invalid("dsa.category", TaxonomyRule::NotInReference));
    }
    check_unique(&dsa.keywords).map_err(|r| invalid("dsa.keywords", r))?;
    for keyword in &dsa.keywords {
        if DSA_KEYWORDS_EXCLUDING_MINORS.contains(&keyword.as_str()) {
            return Err(invalid("dsa.keywords", TaxonomyRule::AdultOnlyValue));
        }
        if !dsa_keyword_allowed(&dsa.category, keyword) {
            return Err(invalid("dsa.keywords", TaxonomyRule::KeywordNotInCategory));
        }
    }
    let ncmec: Option<NcmecMapping> = field(map, code, "ncmec")?;
    if let Some(ncmec) = &ncmec {
        if !NCMEC_INCIDENT_TYPES.contains(&ncmec.incident_type.as_str()) {
            return Err(invalid("ncmec.incident_type", TaxonomyRule::NotInReference));
        }
        check_unique(&ncmec.annotations).map_err(|r| invalid("ncmec.annotations", r))?;
        for annotation in &ncmec.annotations {
            if !NCMEC_REPORT_ANNOTATIONS.contains(&annotation.as_str()) {
                return Err(invalid("ncmec.annotations", TaxonomyRule::NotInReference));
            }
            if annotation == "sextortion" && ncmec.incident_type != NCMEC_ONLINE_ENTICEMENT {
                return Err(invalid(
                    "ncmec.annotations",
                    TaxonomyRule::SextortionNotOnEnticement,
                ));
            }
        }
    }
    let atproto: String = field(map, code, "atproto")?;
    if ATPROTO_ADULT_ONLY_REASONS.contains(&atproto.as_str()) {
        return Err(invalid("atproto", TaxonomyRule::AdultOnlyValue));
    }
    if !ATPROTO_REASONS.contains(&atproto.as_str()) {
        return Err(invalid("atproto", TaxonomyRule::NotInReference));
    }
    let source: String = field(map, code, "source")?;
    if source.trim().is_empty() {
        return Err(invalid("source", TaxonomyRule::Empty));
    }
    Ok(CategoryInfo {
        category,
        severity: field(map, code, "severity")?,
        urgent: field(map, code, "urgent")?,
        sexual: field(map, code, "sexual")?,
        image_based: field(map, code, "image_based")?,
        dsa,
        ncmec,
        atproto,
        source,
    })
}

fn field<T: DeserializeOwned>(
    map: &Map<String, Value>,
    code: &'static str,
    name: &'static str,
) -> Result<T, TaxonomyError> {
    let value = map
        .get(name)
        .ok_or(TaxonomyError::MissingField { code, field: name })?;
    T::deserialize(value).map_err(|_| TaxonomyError::InvalidField {
        code,
        field: name,
        reason: TaxonomyRule::InvalidValue,
    })
}

fn check_unique(values: &[String]) -> Result<(), TaxonomyRule> {
    let mut seen = BTreeSet::new();
    for value in values {
        if value.is_empty() {
            return Err(TaxonomyRule::Empty);
        }
        if !seen.insert(value) {
            return Err(TaxonomyRule::Duplicate);
        }
    }
    Ok(())
}
