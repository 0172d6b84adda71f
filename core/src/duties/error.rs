//! [`PackError`]: why a pack or an override was refused. Names the pack, the field and the
//! pack's own item id, never a value from the pack.

use std::fmt;

use super::codes::{CountryCode, Region};

/// Which pack an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackId {
    /// A country pack.
    Country(CountryCode),
    /// A region layer.
    Region(Region),
    /// A file that could not be parsed far enough to know.
    Unknown,
}

impl fmt::Display for PackId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackId::Country(c) => write!(f, "country pack {c}"),
            PackId::Region(Region::Eu) => f.write_str("region pack EU"),
            PackId::Unknown => f.write_str("unparsed pack"),
        }
    }
}

/// Why a pack (or an override) was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// Not JSON of the pack shape (includes unknown fields and bad codes or dates).
    #[error("{pack} is malformed at line {line}, column {column}")]
    Malformed {
        /// The pack, when its `country` / `region` could be read.
        pack: PackId,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A category code that is not a [`Category`](crate::taxonomy::Category).
    #[error("{pack} field `{field}` has unknown category code `{code}`")]
    UnknownCategory {
        /// The pack.
        pack: PackId,
        /// The field (`duties.categories`).
        field: &'static str,
        /// The unknown code.
        code: String,
    },
    /// An item without any source.
    #[error("{pack} field `{field}` item `{item}` has no source")]
    MissingSource {
        /// The pack.
        pack: PackId,
        /// The field (`helplines`, `duties`, ...).
        field: &'static str,
        /// The item's id (or its index for emergency numbers).
        item: String,
    },
    /// A required text is empty, or a URL is not http(s).
    #[error("{pack} field `{field}` item `{item}` is empty or invalid")]
    InvalidText {
        /// The pack.
        pack: PackId,
        /// The field (`helplines.name`, `sources.url`, ...).
        field: &'static str,
        /// The item's id.
        item: String,
    },
    /// A tier-2 helpline without `needs_recheck`.
    #[error("{pack} helpline `{item}` is tier 2 but not marked needs_recheck")]
    Tier2WithoutRecheck {
        /// The pack.
        pack: PackId,
        /// The helpline id.
        item: String,
    },
    /// 116 111 in a country helplines.md does not list it for.
    #[error("{pack} helpline `{item}` uses 116 111, which helplines.md does not list there")]
    Unlisted116111 {
        /// The pack.
        pack: PackId,
        /// The helpline id.
        item: String,
    },
    /// `is_116_111` disagrees with the helpline's numbers.
    #[error("{pack} helpline `{item}` field `is_116_111` disagrees with its numbers")]
    Inconsistent116111 {
        /// The pack.
        pack: PackId,
        /// The helpline id.
        item: String,
    },
    /// `expires` is not after `source_date`.
    #[error("{pack} field `expires` is not after `source_date`")]
    ExpiresBeforeSourceDate {
        /// The pack.
        pack: PackId,
    },
    /// A source is dated after the pack was compiled.
    #[error("{pack} field `{field}` item `{item}` has a source dated after the pack")]
    SourceAfterPackDate {
        /// The pack.
        pack: PackId,
        /// The field.
        field: &'static str,
        /// The item id.
        item: String,
    },
    /// Two items share an id, or two packs a country.
    #[error("{pack} field `{field}` has duplicate item `{item}`")]
    Duplicate {
        /// The pack.
        pack: PackId,
        /// The field.
        field: &'static str,
        /// The duplicated id.
        item: String,
    },
    /// An item id does not start with the pack's own prefix (`gb.`, `eu.`).
    #[error("{pack} field `{field}` item `{item}` has an id outside the pack's prefix")]
    ForeignId {
        /// The pack.
        pack: PackId,
        /// The field.
        field: &'static str,
        /// The id.
        item: String,
    },
    /// A duty or helpline list that must not be empty is.
    #[error("{pack} field `{field}` item `{item}` is empty")]
    EmptyList {
        /// The pack.
        pack: PackId,
        /// The field (`duties.categories`, `helplines.contacts`).
        field: &'static str,
        /// The item id.
        item: String,
    },
    /// A country's `regions` disagree with the region's member list.
    #[error("{pack} field `regions` disagrees with the region's member list")]
    RegionMismatch {
        /// The pack.
        pack: PackId,
    },
    /// A partial override for a country that has no pack.
    #[error("no pack for {pack} to override")]
    NoPack {
        /// The country.
        pack: PackId,
    },
}
