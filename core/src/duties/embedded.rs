//! The packs shipped in the crate (feature `embedded-locales`; the web loads them instead).

use std::sync::OnceLock;

use super::PackSet;

/// Country packs, one file per country, named by the lower-case code.
pub(super) const COUNTRY_PACKS: &[&str] = &[
    include_str!("../../data/packs/am.json"),
    include_str!("../../data/packs/au.json"),
    include_str!("../../data/packs/bd.json"),
    include_str!("../../data/packs/br.json"),
    include_str!("../../data/packs/co.json"),
    include_str!("../../data/packs/de.json"),
    include_str!("../../data/packs/do.json"),
    include_str!("../../data/packs/et.json"),
    include_str!("../../data/packs/fr.json"),
    include_str!("../../data/packs/gb.json"),
    include_str!("../../data/packs/id.json"),
    include_str!("../../data/packs/in.json"),
    include_str!("../../data/packs/jo.json"),
    include_str!("../../data/packs/ke.json"),
    include_str!("../../data/packs/kh.json"),
    include_str!("../../data/packs/ma.json"),
    include_str!("../../data/packs/me.json"),
    include_str!("../../data/packs/mk.json"),
    include_str!("../../data/packs/mx.json"),
    include_str!("../../data/packs/my.json"),
    include_str!("../../data/packs/mz.json"),
    include_str!("../../data/packs/na.json"),
    include_str!("../../data/packs/ng.json"),
    include_str!("../../data/packs/ph.json"),
    include_str!("../../data/packs/pk.json"),
    include_str!("../../data/packs/rs.json"),
    include_str!("../../data/packs/th.json"),
    include_str!("../../data/packs/tn.json"),
    include_str!("../../data/packs/tz.json"),
    include_str!("../../data/packs/ug.json"),
    include_str!("../../data/packs/us.json"),
    include_str!("../../data/packs/vn.json"),
    include_str!("../../data/packs/za.json"),
];

/// Region layers.
pub(super) const REGION_PACKS: &[&str] = &[include_str!("../../data/packs/eu.json")];

/// How many files are embedded, so a test can compare with the data directory.
#[cfg(test)]
pub(crate) const EMBEDDED_FILE_COUNT: usize = COUNTRY_PACKS.len() + REGION_PACKS.len();

impl PackSet {
    /// The packs shipped in the crate, parsed once; each call returns an owned copy the
    /// platform may override.
    ///
    /// # Panics
    /// Never in a released build: every embedded pack is validated by the
    /// `embedded_packs_load` test, so a failure here means the tests were not run.
    pub fn embedded() -> PackSet {
        static EMBEDDED: OnceLock<PackSet> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                PackSet::from_json(COUNTRY_PACKS, REGION_PACKS)
                    .expect("embedded packs are validated by the embedded_packs_load test")
            })
            .clone()
    }
}
