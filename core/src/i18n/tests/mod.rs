//! Tests over the shipped locale files: completeness, negotiation, the status contract and
//! the reading level of the English copy.

#[cfg(feature = "embedded-locales")]
mod completeness;
mod negotiation;
#[cfg(feature = "embedded-locales")]
mod pack_copy;
#[cfg(feature = "embedded-locales")]
mod readability;
#[cfg(feature = "embedded-locales")]
mod status_copy;

#[cfg(feature = "embedded-locales")]
use super::Args;
#[cfg(feature = "embedded-locales")]
use crate::AgeBand;

#[cfg(feature = "embedded-locales")]
/// Sample values for every variable the copy uses, as a platform would pass them.
pub(super) fn sample_args(band: AgeBand) -> Args {
    Args::new()
        .band(band)
        .app("Linkup")
        .helpline("Childline")
        .string("name", "Childline")
        .string("url", "childline.org.uk")
        .emergency_number("112")
        .progress(2, 5)
}

#[cfg(feature = "embedded-locales")]
/// Every wording band (unknown reads as 10-12, so it is left out).
pub(super) const BANDS: [AgeBand; 5] = [
    AgeBand::Age6To9,
    AgeBand::Age10To12,
    AgeBand::Age13To15,
    AgeBand::Age16To17,
    AgeBand::Adult,
];
