//! Loading and checking packs. Every error names the pack and the field (and the item id the
//! pack itself assigns), never a value from it.

use std::collections::BTreeSet;

use serde_json::Value;

use super::codes::{CountryCode, PackDate, Region};
use super::error::{PackError, PackId};
use super::types::{
    Duty, EmergencyNumber, Helpline, HelplineTier, JurisdictionPack, RedressRoute, RegionPack, Source,
};
use crate::taxonomy::Category;

/// The harmonised European child helpline number, as digits.
pub const CHILD_HELPLINE_116_111: &str = "116111";

/// Countries where helplines.md lists 116 111 as live (Germany, Serbia, Montenegro). North
/// Macedonia is assigned it but "not yet live", and helplines.md says never to fall back to
/// 116 111 for a country without a row, so any other country carrying it is refused.
pub const COUNTRIES_LISTING_116_111: [&str; 3] = ["DE", "RS", "ME"];

/// A parsed pack and the id errors about it use.
type Parsed<T> = (T, PackId);

/// Parses a country pack, reporting unknown category codes by field before serde sees them.
pub(crate) fn parse_country_pack(text: &str) -> Result<Parsed<JurisdictionPack>, PackError> {
    parse_pack(text, "country", |code| {
        CountryCode::parse(code).ok().map(PackId::Country)
    })
}

/// Parses a region pack.
pub(crate) fn parse_region_pack(text: &str) -> Result<Parsed<RegionPack>, PackError> {
    parse_pack(text, "region", |code| {
        (code == "EU").then_some(PackId::Region(Region::Eu))
    })
}

/// Reads a parsed pack: serde's derives natively, the hand-written readers of
/// `super::walk` with `lean-packs` (the web package).
#[cfg(not(feature = "lean-packs"))]
trait ReadPack: serde::de::DeserializeOwned {}
#[cfg(not(feature = "lean-packs"))]
impl<T: serde::de::DeserializeOwned> ReadPack for T {}
#[cfg(feature = "lean-packs")]
trait ReadPack: Sized {
    fn read(value: &Value) -> Result<Self, super::walk::Shape>;
}
#[cfg(feature = "lean-packs")]
impl ReadPack for JurisdictionPack {
    fn read(value: &Value) -> Result<Self, super::walk::Shape> {
        super::walk::country_pack(value)
    }
}
#[cfg(feature = "lean-packs")]
impl ReadPack for RegionPack {
    fn read(value: &Value) -> Result<Self, super::walk::Shape> {
        super::walk::region_pack(value)
    }
}

fn parse_pack<T: ReadPack>(
    text: &str,
    key: &str,
    id_of: impl Fn(&str) -> Option<PackId>,
) -> Result<(T, PackId), PackError> {
    let malformed = |pack, e: serde_json::Error| PackError::Malformed {
        pack,
        line: e.line(),
        column: e.column(),
    };
    let value: Value = serde_json::from_slice(text.as_bytes()).map_err(|e| malformed(PackId::Unknown, e))?;
    let pack = value
        .get(key)
        .and_then(Value::as_str)
        .and_then(&id_of)
        .unwrap_or(PackId::Unknown);
    for (list, field) in [("duties", "duties.categories"), ("redress", "redress.categories")] {
        let items = value.get(list).and_then(Value::as_array).into_iter().flatten();
        let codes = items
            .filter_map(|item| item.get("categories").and_then(Value::as_array))
            .flatten()
            .filter_map(Value::as_str);
        for code in codes {
            if Category::from_code(code).is_none() {
                return Err(PackError::UnknownCategory {
                    pack,
                    field,
                    code: code.to_owned(),
                });
            }
        }
    }
    // Parse from the text (not the Value) so line and column point into the file.
    #[cfg(not(feature = "lean-packs"))]
    let parsed = serde_json::from_slice(text.as_bytes()).map_err(|e| malformed(pack, e))?;
    // The web: no serde_json reader per pack type; a shape error has no position.
    #[cfg(feature = "lean-packs")]
    let parsed = T::read(&value).map_err(|_| PackError::Malformed {
        pack,
        line: 0,
        column: 0,
    })?;
    Ok((parsed, pack))
}

/// Checks one country pack on its own.
pub(crate) fn validate_country_pack(p: &JurisdictionPack) -> Result<(), PackError> {
    let pack = PackId::Country(p.country);
    let prefix = format!("{}.", p.country.as_str().to_ascii_lowercase());
    check_dates(pack, p.source_date, p.expires)?;
    let mut ids = BTreeSet::new();
    for helpline in &p.helplines {
        check_id(pack, "helplines", &helpline.id, &prefix, &mut ids)?;
        check_helpline(pack, p.country, helpline, p.source_date)?;
    }
    check_common(
        pack,
        &prefix,
        p.source_date,
        &p.emergency_numbers,
        &p.duties,
        &p.redress,
        &mut ids,
    )
}

/// Checks one region pack on its own.
pub(crate) fn validate_region_pack(p: &RegionPack) -> Result<(), PackError> {
    let pack = PackId::Region(p.region);
    check_dates(pack, p.source_date, p.expires)?;
    check_sources(
        pack,
        "members_sources",
        "members",
        &p.members_sources,
        p.source_date,
    )?;
    let mut members = BTreeSet::new();
    for member in &p.members {
        if !members.insert(*member) {
            return Err(PackError::Duplicate {
                pack,
                field: "members",
                item: member.to_string(),
            });
        }
    }
    let mut ids = BTreeSet::new();
    check_common(
        pack,
        "eu.",
        p.source_date,
        &p.emergency_numbers,
        &p.duties,
        &p.redress,
        &mut ids,
    )
}

/// Checks that a country's `regions` match the member lists of the loaded regions.
pub(crate) fn check_regions(p: &JurisdictionPack, regions: &[&RegionPack]) -> Result<(), PackError> {
    for region in regions {
        let member = region.members.contains(&p.country);
        if member != p.regions.contains(&region.region) {
            return Err(PackError::RegionMismatch {
                pack: PackId::Country(p.country),
            });
        }
    }
    Ok(())
}

fn check_dates(pack: PackId, source_date: PackDate, expires: PackDate) -> Result<(), PackError> {
    if expires <= source_date {
        return Err(PackError::ExpiresBeforeSourceDate { pack });
    }
    Ok(())
}

fn check_id(
    pack: PackId,
    field: &'static str,
    id: &str,
    prefix: &str,
    ids: &mut BTreeSet<String>,
) -> Result<(), PackError> {
    if id.len() <= prefix.len() || !id.starts_with(prefix) {
        return Err(PackError::ForeignId {
            pack,
            field,
            item: id.to_owned(),
        });
    }
    if !ids.insert(id.to_owned()) {
        return Err(PackError::Duplicate {
            pack,
            field,
            item: id.to_owned(),
        });
    }
    Ok(())
}

fn check_text(pack: PackId, field: &'static str, item: &str, text: &str) -> Result<(), PackError> {
    if text.trim().is_empty() {
        return Err(PackError::InvalidText {
            pack,
            field,
            item: item.to_owned(),
        });
    }
    Ok(())
}

fn check_sources(
    pack: PackId,
    field: &'static str,
    item: &str,
    sources: &[Source],
    pack_date: PackDate,
) -> Result<(), PackError> {
    if sources.is_empty() {
        return Err(PackError::MissingSource {
            pack,
            field,
            item: item.to_owned(),
        });
    }
    for source in sources {
        let url = source.url.as_str();
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok || url.contains(char::is_whitespace) {
            return Err(PackError::InvalidText {
                pack,
                field: "sources.url",
                item: item.to_owned(),
            });
        }
        if source.date.is_some_and(|d| d.earliest() > pack_date.ymd()) {
            return Err(PackError::SourceAfterPackDate {
                pack,
                field,
                item: item.to_owned(),
            });
        }
    }
    Ok(())
}

fn check_helpline(
    pack: PackId,
    country: CountryCode,
    h: &Helpline,
    pack_date: PackDate,
) -> Result<(), PackError> {
    let item = h.id.as_str();
    check_text(pack, "helplines.name", item, &h.name)?;
    check_sources(pack, "helplines", item, &h.sources, pack_date)?;
    if h.contacts.is_empty() {
        return Err(PackError::EmptyList {
            pack,
            field: "helplines.contacts",
            item: item.to_owned(),
        });
    }
    for contact in &h.contacts {
        check_text(pack, "helplines.contacts", item, &contact.value)?;
    }
    if h.tier == HelplineTier::ShipWithRecheck && !h.needs_recheck {
        return Err(PackError::Tier2WithoutRecheck {
            pack,
            item: item.to_owned(),
        });
    }
    let dials_116_111 = h
        .contacts
        .iter()
        .filter_map(|c| c.dial_digits())
        .any(|d| d == CHILD_HELPLINE_116_111);
    if dials_116_111 != h.is_116_111 {
        return Err(PackError::Inconsistent116111 {
            pack,
            item: item.to_owned(),
        });
    }
    if h.is_116_111 && !COUNTRIES_LISTING_116_111.contains(&country.as_str()) {
        return Err(PackError::Unlisted116111 {
            pack,
            item: item.to_owned(),
        });
    }
    Ok(())
}

fn check_common(
    pack: PackId,
    prefix: &str,
    pack_date: PackDate,
    emergency: &[EmergencyNumber],
    duties: &[Duty],
    redress: &[RedressRoute],
    ids: &mut BTreeSet<String>,
) -> Result<(), PackError> {
    for (index, number) in emergency.iter().enumerate() {
        let item = format!("#{index}");
        check_text(pack, "emergency_numbers.number", &item, &number.number)?;
        check_sources(pack, "emergency_numbers", &item, &number.sources, pack_date)?;
    }
    for duty in duties {
        check_id(pack, "duties", &duty.id, prefix, ids)?;
        check_text(pack, "duties.legal_basis", &duty.id, &duty.legal_basis)?;
        check_sources(pack, "duties", &duty.id, &duty.sources, pack_date)?;
        if duty.categories.is_empty() {
            return Err(PackError::EmptyList {
                pack,
                field: "duties.categories",
                item: duty.id.clone(),
            });
        }
    }
    for route in redress {
        check_id(pack, "redress", &route.id, prefix, ids)?;
        check_text(pack, "redress.legal_basis", &route.id, &route.legal_basis)?;
        check_sources(pack, "redress", &route.id, &route.sources, pack_date)?;
        if route.categories.as_ref().is_some_and(Vec::is_empty) {
            return Err(PackError::EmptyList {
                pack,
                field: "redress.categories",
                item: route.id.clone(),
            });
        }
    }
    Ok(())
}
