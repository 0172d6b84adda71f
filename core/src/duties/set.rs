//! [`PackSet`]: the loaded packs, lookups that report expiry, the wizard's queries and
//! platform overrides with an audit list.

use std::collections::{BTreeMap, BTreeSet};

use super::codes::{CountryCode, PackDate, Region};
use super::error::{PackError, PackId};
use super::messages::{
    HELP_CALL_EMERGENCY_NUMBER, HELP_CALL_LOCAL_EMERGENCY_NUMBER, HELP_TELL_TRUSTED_ADULT, help_message_ids,
};
use super::types::{
    Duty, EmergencyNumber, Helpline, HelplinePurpose, JurisdictionPack, RedressRoute, RegionPack,
};
use super::validate::{
    check_regions, parse_country_pack, parse_region_pack, validate_country_pack, validate_region_pack,
};
use crate::age::AgeBand;
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

/// Every jurisdiction pack and region layer, validated, plus the platform's overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSet {
    countries: BTreeMap<CountryCode, JurisdictionPack>,
    regions: BTreeMap<Region, RegionPack>,
    overrides: Vec<OverrideRecord>,
}

/// Something a lookup wants the app to log or act on. Never child-facing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackWarning {
    /// The pack is past its `expires` date. Its data is still returned (a possibly stale
    /// helpline beats none for a child in crisis), but the app must log this and update.
    Expired {
        /// The expired pack.
        pack: PackId,
        /// Its expiry date.
        expired_on: PackDate,
    },
    /// No pack for the country: only region layers (if any) and the fallbacks apply.
    NoCountryPack {
        /// The country looked up.
        country: CountryCode,
    },
    /// The country's pack contains platform overrides (see [`PackSet::overrides`]).
    Overridden {
        /// The country.
        country: CountryCode,
    },
}

/// The packs that apply to one country on one day, with anything the caller must know.
/// The queries the wizard uses ([`PackLookup::duty_to_tell`], [`PackLookup::help_for`],
/// [`PackLookup::redress_for`]) live here so that nobody can query without the warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a lookup carries expiry warnings the app must log"]
pub struct PackLookup<'a> {
    /// The country looked up.
    pub country: CountryCode,
    /// Its pack, if TellSafe (or the platform) has one.
    pub pack: Option<&'a JurisdictionPack>,
    /// Region layers that apply (the EU for members), whether or not a country pack exists.
    pub regions: Vec<&'a RegionPack>,
    /// Expiry and fallback warnings; empty when everything is current.
    pub warnings: Vec<PackWarning>,
}

/// Who to talk to: sourced helplines, or the trusted-adult fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TalkTo {
    /// Helplines ranked best first: tier 1 before tier 2, child-dedicated first, then higher
    /// confidence, then pack order. Never empty.
    Helplines(Vec<Helpline>),
    /// No sourced helpline: show [`HELP_TELL_TRUSTED_ADULT`].
    TellAnAdultYouTrust,
}

impl TalkTo {
    /// The message id for the fallback, or `None` when there are helplines (each helpline has
    /// its own id via [`super::messages::helpline_message_id`]).
    pub fn fallback_message_id(&self) -> Option<&'static str> {
        match self {
            TalkTo::Helplines(_) => None,
            TalkTo::TellAnAdultYouTrust => Some(HELP_TELL_TRUSTED_ADULT),
        }
    }
}

/// The emergency number to show, or the generic fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Emergency {
    /// A sourced number ([`HELP_CALL_EMERGENCY_NUMBER`] with `$number`).
    Number(EmergencyNumber),
    /// No sourced number: show [`HELP_CALL_LOCAL_EMERGENCY_NUMBER`].
    CallYourLocalEmergencyNumber,
}

impl Emergency {
    /// The message id to render.
    pub fn message_id(&self) -> &'static str {
        match self {
            Emergency::Number(_) => HELP_CALL_EMERGENCY_NUMBER,
            Emergency::CallYourLocalEmergencyNumber => HELP_CALL_LOCAL_EMERGENCY_NUMBER,
        }
    }
}

/// What the "get help now" action shows for a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpInfo {
    /// Helplines to talk to, or the trusted-adult fallback.
    pub talk_to: TalkTo,
    /// Reporting channels outside the platform (e.g. the NCMEC CyberTipline form).
    pub report_elsewhere: Vec<Helpline>,
    /// The emergency number, or the generic fallback.
    pub emergency: Emergency,
}

/// A platform's change to the shipped packs. Each one is validated like shipped data and
/// recorded in [`PackSet::overrides`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackOverride {
    /// Add or replace a whole country pack.
    Pack(Box<JurisdictionPack>),
    /// Replace a country's helplines.
    Helplines {
        /// The country.
        country: CountryCode,
        /// The new list (may be empty: the trusted-adult fallback then applies).
        helplines: Vec<Helpline>,
    },
    /// Replace a country's own emergency numbers.
    EmergencyNumbers {
        /// The country.
        country: CountryCode,
        /// The new list.
        numbers: Vec<EmergencyNumber>,
    },
    /// Replace a country's own duties (region duties still apply).
    Duties {
        /// The country.
        country: CountryCode,
        /// The new list.
        duties: Vec<Duty>,
    },
    /// Replace a country's own redress routes (region routes still apply).
    Redress {
        /// The country.
        country: CountryCode,
        /// The new list.
        routes: Vec<RedressRoute>,
    },
}

/// Which part of a pack an override replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OverrideKind {
    /// The whole pack.
    Pack,
    /// Helplines.
    Helplines,
    /// Emergency numbers.
    EmergencyNumbers,
    /// Duties.
    Duties,
    /// Redress routes.
    Redress,
}

/// One applied override, for the app's audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverrideRecord {
    /// The country changed.
    pub country: CountryCode,
    /// What was replaced.
    pub what: OverrideKind,
    /// When the platform applied it (the caller's clock).
    pub at: Timestamp,
}

impl PackSet {
    /// Parses and validates country packs and region layers (JSON texts).
    pub fn from_json(countries: &[&str], regions: &[&str]) -> Result<PackSet, PackError> {
        let mut region_map = BTreeMap::new();
        for text in regions {
            let (pack, id) = parse_region_pack(text)?;
            validate_region_pack(&pack)?;
            if region_map.insert(pack.region, pack).is_some() {
                return Err(PackError::Duplicate {
                    pack: id,
                    field: "region",
                    item: "region".into(),
                });
            }
        }
        let mut set = PackSet {
            countries: BTreeMap::new(),
            regions: region_map,
            overrides: Vec::new(),
        };
        for text in countries {
            let (pack, id) = parse_country_pack(text)?;
            set.check_country(&pack)?;
            if set.countries.insert(pack.country, pack).is_some() {
                return Err(PackError::Duplicate {
                    pack: id,
                    field: "country",
                    item: "country".into(),
                });
            }
        }
        Ok(set)
    }

    fn check_country(&self, pack: &JurisdictionPack) -> Result<(), PackError> {
        validate_country_pack(pack)?;
        let regions: Vec<&RegionPack> = self.regions.values().collect();
        check_regions(pack, &regions)
    }

    /// Countries that have a pack.
    pub fn countries(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.countries.keys().copied()
    }

    /// A country's pack, without expiry checks (for tooling and tests; the wizard uses
    /// [`PackSet::lookup`]).
    pub fn pack(&self, country: CountryCode) -> Option<&JurisdictionPack> {
        self.countries.get(&country)
    }

    /// A region layer, without expiry checks.
    pub fn region(&self, region: Region) -> Option<&RegionPack> {
        self.regions.get(&region)
    }

    /// The packs for `country` on the UTC day of `today`, with warnings for expired packs,
    /// a missing country pack and overrides. Expired data is still returned: see
    /// [`PackWarning::Expired`].
    pub fn lookup(&self, country: CountryCode, today: Timestamp) -> PackLookup<'_> {
        let day = PackDate::of(today);
        let pack = self.countries.get(&country);
        let regions: Vec<&RegionPack> = self
            .regions
            .values()
            .filter(|r| r.members.contains(&country))
            .collect();
        let mut warnings = Vec::new();
        match pack {
            Some(p) if day > p.expires => warnings.push(PackWarning::Expired {
                pack: PackId::Country(country),
                expired_on: p.expires,
            }),
            Some(_) => {}
            None => warnings.push(PackWarning::NoCountryPack { country }),
        }
        for region in &regions {
            if day > region.expires {
                warnings.push(PackWarning::Expired {
                    pack: PackId::Region(region.region),
                    expired_on: region.expires,
                });
            }
        }
        if self.overrides.iter().any(|o| o.country == country) {
            warnings.push(PackWarning::Overridden { country });
        }
        PackLookup {
            country,
            pack,
            regions,
            warnings,
        }
    }

    /// Applies a platform override after validating the resulting pack like shipped data,
    /// and records it. On error nothing changes.
    pub fn apply_override(&mut self, change: PackOverride, at: Timestamp) -> Result<(), PackError> {
        let (country, what, pack) = match change {
            PackOverride::Pack(pack) => (pack.country, OverrideKind::Pack, *pack),
            PackOverride::Helplines { country, helplines } => {
                let mut pack = self.existing(country)?;
                pack.helplines = helplines;
                (country, OverrideKind::Helplines, pack)
            }
            PackOverride::EmergencyNumbers { country, numbers } => {
                let mut pack = self.existing(country)?;
                pack.emergency_numbers = numbers;
                (country, OverrideKind::EmergencyNumbers, pack)
            }
            PackOverride::Duties { country, duties } => {
                let mut pack = self.existing(country)?;
                pack.duties = duties;
                (country, OverrideKind::Duties, pack)
            }
            PackOverride::Redress { country, routes } => {
                let mut pack = self.existing(country)?;
                pack.redress = routes;
                (country, OverrideKind::Redress, pack)
            }
        };
        self.check_country(&pack)?;
        self.countries.insert(country, pack);
        self.overrides.push(OverrideRecord { country, what, at });
        Ok(())
    }

    fn existing(&self, country: CountryCode) -> Result<JurisdictionPack, PackError> {
        self.countries.get(&country).cloned().ok_or(PackError::NoPack {
            pack: PackId::Country(country),
        })
    }

    /// Every override applied, oldest first, for the app's audit log.
    pub fn overrides(&self) -> &[OverrideRecord] {
        &self.overrides
    }

    /// Every message id a query on this set can return (fixed help ids plus the duty and
    /// redress ids of the loaded packs), for locale completeness checks.
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids: BTreeSet<String> = help_message_ids().into_iter().map(str::to_owned).collect();
        let duties = self
            .countries
            .values()
            .flat_map(|p| &p.duties)
            .chain(self.regions.values().flat_map(|r| &r.duties));
        ids.extend(duties.map(Duty::message_id));
        let routes = self
            .countries
            .values()
            .flat_map(|p| &p.redress)
            .chain(self.regions.values().flat_map(|r| &r.redress));
        ids.extend(routes.map(RedressRoute::message_id));
        ids
    }
}

impl PackLookup<'_> {
    /// Whether every pack used is within its dates (no [`PackWarning::Expired`]).
    pub fn is_current(&self) -> bool {
        !self
            .warnings
            .iter()
            .any(|w| matches!(w, PackWarning::Expired { .. }))
    }

    /// Who will (or may) be told outside the platform about a report of `category` concerning
    /// someone in `age_band` (the child's band; the reporter's own for a self report;
    /// `Unknown` counts as a child). Region duties first, then the country's; no duplicates.
    /// Empty means no sourced duty, not "nobody will ever be told".
    pub fn duty_to_tell(&self, category: Category, age_band: AgeBand) -> Vec<Duty> {
        let region_duties = self.regions.iter().flat_map(|r| &r.duties);
        let own = self.pack.into_iter().flat_map(|p| &p.duties);
        let mut seen = BTreeSet::new();
        region_duties
            .chain(own)
            .filter(|d| d.categories.contains(&category) && d.age.includes(age_band))
            .filter(|d| seen.insert(d.id.as_str()))
            .cloned()
            .collect()
    }

    /// Whether any duty for this report is mandatory: the wizard must then show "who will be
    /// told" and must not offer "don't tell anyone".
    pub fn must_tell(&self, category: Category, age_band: AgeBand) -> bool {
        self.duty_to_tell(category, age_band)
            .iter()
            .any(Duty::is_mandatory)
    }

    /// Redress routes for a decision on a report of `category` about someone in `age_band`.
    pub fn redress_for(&self, category: Category, age_band: AgeBand) -> Vec<RedressRoute> {
        let region_routes = self.regions.iter().flat_map(|r| &r.redress);
        let own = self.pack.into_iter().flat_map(|p| &p.redress);
        region_routes
            .chain(own)
            .filter(|r| r.covers(category, age_band))
            .cloned()
            .collect()
    }

    /// What "get help now" shows: ranked helplines or the trusted-adult fallback, reporting
    /// channels, and the country's sourced emergency number (else the region's, else the
    /// generic fallback).
    pub fn help_for(&self) -> HelpInfo {
        let all: Vec<&Helpline> = self.pack.into_iter().flat_map(|p| &p.helplines).collect();
        let (report, mut talk): (Vec<&Helpline>, Vec<&Helpline>) = all
            .into_iter()
            .partition(|h| h.purpose == HelplinePurpose::Reporting);
        // Stable: pack order among equals (the pack lists the preferred line first). An
        // insertion sort, because a pack lists a handful of helplines and `sort_by_key` would
        // add a ~4 KB driftsort instantiation to the .wasm.
        let key = |h: &Helpline| (h.tier, !h.child_specific, std::cmp::Reverse(h.confidence));
        for i in 1..talk.len() {
            let mut j = i;
            while j > 0 && key(talk[j - 1]) > key(talk[j]) {
                talk.swap(j - 1, j);
                j -= 1;
            }
        }
        let talk_to = if talk.is_empty() {
            TalkTo::TellAnAdultYouTrust
        } else {
            TalkTo::Helplines(talk.into_iter().cloned().collect())
        };
        let own = self.pack.into_iter().flat_map(|p| &p.emergency_numbers);
        let regional = self.regions.iter().flat_map(|r| &r.emergency_numbers);
        let emergency = own
            .max_by_key(|n| n.confidence)
            .or_else(|| regional.max_by_key(|n| n.confidence))
            .cloned()
            .map_or(Emergency::CallYourLocalEmergencyNumber, Emergency::Number);
        HelpInfo {
            talk_to,
            report_elsewhere: report.into_iter().cloned().collect(),
            emergency,
        }
    }
}
