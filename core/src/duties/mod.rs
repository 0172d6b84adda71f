//! Jurisdiction packs: who must or may be told, where to get help, and where to complain,
//! per country (ISO 3166-1 alpha-2), with a shared EU layer.
//!
//! Packs are data (`core/data/packs/*.json`), each with sources, a `source_date`, an `expires`
//! date and `reviewed_by` (always `null` in shipped packs: nobody has reviewed them yet, and we
//! never invent a reviewer). Loading validates them ([`PackError`] names the pack and field).
//!
//! How the wizard uses it:
//! ```
//! # use tellsafe::duties::*;
//! # use tellsafe::{AgeBand, Category, Timestamp};
//! # #[cfg(feature = "embedded-locales")] {
//! let packs = PackSet::embedded();
//! let today = Timestamp::from_unix_millis(1_795_000_000_000).unwrap();
//! let lookup = packs.lookup(CountryCode::parse("US").unwrap(), today);
//! // Log lookup.warnings (expired pack, no pack, overrides) before using the answers.
//! let duties = lookup.duty_to_tell(Category::SexualImagesOfChild, AgeBand::Age13To15);
//! assert!(duties.iter().any(Duty::is_mandatory));
//! let help = lookup.help_for();
//! assert!(matches!(help.talk_to, TalkTo::Helplines(_)));
//! # }
//! ```
//!
//! Expired packs are reported, not hidden: [`PackSet::lookup`] still returns their data (an
//! old helpline number beats none for a child in crisis) together with
//! [`PackWarning::Expired`], and the queries exist only on the [`PackLookup`] that carries the
//! warnings. No English copy lives here: kinds map to Fluent message ids ([`messages`]).

mod codes;
mod error;
pub mod messages;
mod set;
mod types;
mod validate;
#[cfg(feature = "lean-packs")]
mod walk;

pub use codes::{CountryCode, PackDate, Region, SourceDate};
pub use error::{PackError, PackId};
pub use set::{
    Emergency, HelpInfo, OverrideKind, OverrideRecord, PackLookup, PackOverride, PackSet, PackWarning, TalkTo,
};
pub use types::{
    AgeScope, Channel, Confidence, Contact, Duty, DutyCondition, DutyRecipient, DutyStrength,
    EmergencyNumber, Helpline, HelplinePurpose, HelplineTier, JurisdictionPack, RedressBody, RedressKind,
    RedressRoute, RegionPack, Source,
};
pub use validate::{CHILD_HELPLINE_116_111, COUNTRIES_LISTING_116_111};

#[cfg(feature = "embedded-locales")]
mod embedded;

#[cfg(test)]
mod tests;
