//! Packs read from the already parsed [`serde_json::Value`] by hand (feature `lean-packs`, the
//! web package) instead of by the serde derives: a typed serde_json parse inlines the JSON
//! reader into every struct and enum of a pack (~50 KB of wasm); these readers are plain code.
//!
//! They accept exactly what the derives accept (unknown fields refused, `#[serde(default)]`
//! lists may be absent, `Option`s may be absent or null), which the tests check on every
//! shipped pack and on mutations of them. Two edges differ: a shape error has no position
//! (line 0, column 0), and a duplicated key keeps its last value where serde refuses it.

use serde_json::{Map, Value};

use super::codes::{CountryCode, PackDate, Region, SourceDate};
use super::types::{
    AgeScope, Channel, Confidence, Contact, Duty, DutyCondition, DutyRecipient, DutyStrength,
    EmergencyNumber, Helpline, HelplinePurpose, HelplineTier, JurisdictionPack, RedressBody, RedressKind,
    RedressRoute, RegionPack, Source,
};
use crate::taxonomy::Category;

/// Any shape error (the caller reports the pack as malformed).
pub(crate) struct Shape;

type R<T> = Result<T, Shape>;

/// A country pack.
pub(crate) fn country_pack(v: &Value) -> R<JurisdictionPack> {
    let m = object(
        v,
        &[
            "country",
            "regions",
            "reviewed_by",
            "source_date",
            "expires",
            "helplines",
            "emergency_numbers",
            "duties",
            "redress",
            "notes",
        ],
    )?;
    Ok(JurisdictionPack {
        country: country(req(m, "country")?)?,
        regions: list_or_empty(m, "regions", region)?,
        reviewed_by: opt(m, "reviewed_by", string)?,
        source_date: pack_date(req(m, "source_date")?)?,
        expires: pack_date(req(m, "expires")?)?,
        helplines: list_or_empty(m, "helplines", helpline)?,
        emergency_numbers: list_or_empty(m, "emergency_numbers", emergency_number)?,
        duties: list_or_empty(m, "duties", duty)?,
        redress: list_or_empty(m, "redress", redress)?,
        notes: opt(m, "notes", string)?,
    })
}

/// A region pack.
pub(crate) fn region_pack(v: &Value) -> R<RegionPack> {
    let m = object(
        v,
        &[
            "region",
            "members",
            "members_sources",
            "reviewed_by",
            "source_date",
            "expires",
            "emergency_numbers",
            "duties",
            "redress",
            "notes",
        ],
    )?;
    Ok(RegionPack {
        region: region(req(m, "region")?)?,
        members: list(req(m, "members")?, country)?,
        members_sources: list(req(m, "members_sources")?, source)?,
        reviewed_by: opt(m, "reviewed_by", string)?,
        source_date: pack_date(req(m, "source_date")?)?,
        expires: pack_date(req(m, "expires")?)?,
        emergency_numbers: list_or_empty(m, "emergency_numbers", emergency_number)?,
        duties: list_or_empty(m, "duties", duty)?,
        redress: list_or_empty(m, "redress", redress)?,
        notes: opt(m, "notes", string)?,
    })
}

fn helpline(v: &Value) -> R<Helpline> {
    let m = object(
        v,
        &[
            "id",
            "name",
            "operator",
            "purpose",
            "contacts",
            "always_open",
            "hours_note",
            "languages",
            "free",
            "child_specific",
            "is_116_111",
            "tier",
            "confidence",
            "needs_recheck",
            "sources",
        ],
    )?;
    Ok(Helpline {
        id: string(req(m, "id")?)?,
        name: string(req(m, "name")?)?,
        operator: opt(m, "operator", string)?,
        purpose: code(req(m, "purpose")?, &PURPOSES)?,
        contacts: list(req(m, "contacts")?, |v| {
            let c = object(v, &["channel", "value"])?;
            Ok(Contact {
                channel: code(req(c, "channel")?, &CHANNELS)?,
                value: string(req(c, "value")?)?,
            })
        })?,
        always_open: opt(m, "always_open", flag)?,
        hours_note: opt(m, "hours_note", string)?,
        languages: list_or_empty(m, "languages", string)?,
        free: opt(m, "free", flag)?,
        child_specific: flag(req(m, "child_specific")?)?,
        is_116_111: flag(req(m, "is_116_111")?)?,
        tier: match req(m, "tier")?.as_u64() {
            Some(1) => HelplineTier::Ship,
            Some(2) => HelplineTier::ShipWithRecheck,
            _ => return Err(Shape),
        },
        confidence: code(req(m, "confidence")?, &CONFIDENCES)?,
        needs_recheck: flag(req(m, "needs_recheck")?)?,
        sources: list(req(m, "sources")?, source)?,
    })
}

fn emergency_number(v: &Value) -> R<EmergencyNumber> {
    let m = object(v, &["number", "confidence", "sources"])?;
    Ok(EmergencyNumber {
        number: string(req(m, "number")?)?,
        confidence: code(req(m, "confidence")?, &CONFIDENCES)?,
        sources: list(req(m, "sources")?, source)?,
    })
}

fn duty(v: &Value) -> R<Duty> {
    let m = object(
        v,
        &[
            "id",
            "recipient",
            "strength",
            "condition",
            "categories",
            "age",
            "legal_basis",
            "needs_recheck",
            "sources",
        ],
    )?;
    Ok(Duty {
        id: string(req(m, "id")?)?,
        recipient: code(req(m, "recipient")?, &RECIPIENTS)?,
        strength: code(req(m, "strength")?, &STRENGTHS)?,
        condition: code(req(m, "condition")?, &CONDITIONS)?,
        categories: list(req(m, "categories")?, category)?,
        age: code(req(m, "age")?, &AGE_SCOPES)?,
        legal_basis: string(req(m, "legal_basis")?)?,
        needs_recheck: flag(req(m, "needs_recheck")?)?,
        sources: list(req(m, "sources")?, source)?,
    })
}

fn redress(v: &Value) -> R<RedressRoute> {
    let m = object(
        v,
        &[
            "id",
            "kind",
            "body",
            "categories",
            "age",
            "min_window_months",
            "legal_basis",
            "sources",
        ],
    )?;
    Ok(RedressRoute {
        id: string(req(m, "id")?)?,
        kind: code(req(m, "kind")?, &REDRESS_KINDS)?,
        body: code(req(m, "body")?, &REDRESS_BODIES)?,
        categories: opt(m, "categories", |v| list(v, category))?,
        age: code(req(m, "age")?, &AGE_SCOPES)?,
        min_window_months: opt(m, "min_window_months", |v| {
            v.as_u64().and_then(|n| u16::try_from(n).ok()).ok_or(Shape)
        })?,
        legal_basis: string(req(m, "legal_basis")?)?,
        sources: list(req(m, "sources")?, source)?,
    })
}

fn source(v: &Value) -> R<Source> {
    let m = object(v, &["url", "date", "note"])?;
    Ok(Source {
        url: string(req(m, "url")?)?,
        date: opt(m, "date", |v| {
            SourceDate::parse(v.as_str().ok_or(Shape)?).ok_or(Shape)
        })?,
        note: opt(m, "note", string)?,
    })
}

fn country(v: &Value) -> R<CountryCode> {
    CountryCode::parse(v.as_str().ok_or(Shape)?).map_err(|_| Shape)
}

fn region(v: &Value) -> R<Region> {
    code(v, &[("EU", Region::Eu)])
}

fn category(v: &Value) -> R<Category> {
    Category::from_code(v.as_str().ok_or(Shape)?).ok_or(Shape)
}

fn pack_date(v: &Value) -> R<PackDate> {
    PackDate::parse(v.as_str().ok_or(Shape)?).ok_or(Shape)
}

fn string(v: &Value) -> R<String> {
    v.as_str().map(str::to_owned).ok_or(Shape)
}

fn flag(v: &Value) -> R<bool> {
    v.as_bool().ok_or(Shape)
}

/// The object, refusing keys outside `known` (`#[serde(deny_unknown_fields)]`).
fn object<'a>(v: &'a Value, known: &[&str]) -> R<&'a Map<String, Value>> {
    let m = v.as_object().ok_or(Shape)?;
    if m.keys().all(|k| known.contains(&k.as_str())) {
        Ok(m)
    } else {
        Err(Shape)
    }
}

fn req<'a>(m: &'a Map<String, Value>, key: &str) -> R<&'a Value> {
    m.get(key).ok_or(Shape)
}

/// An `Option` field: absent or null is `None`.
fn opt<T>(m: &Map<String, Value>, key: &str, f: impl FnOnce(&Value) -> R<T>) -> R<Option<T>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => f(v).map(Some),
    }
}

fn list<T>(v: &Value, mut f: impl FnMut(&Value) -> R<T>) -> R<Vec<T>> {
    // A loop, not `collect::<Result<Vec<_>, _>>()`: its adapters cost ~1.5 KB of wasm per type.
    let items = v.as_array().ok_or(Shape)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(f(item)?);
    }
    Ok(out)
}

/// A `#[serde(default)]` list: absent is empty (null is refused, as serde does).
fn list_or_empty<T>(m: &Map<String, Value>, key: &str, f: impl FnMut(&Value) -> R<T>) -> R<Vec<T>> {
    m.get(key).map_or(Ok(Vec::new()), |v| list(v, f))
}

/// A unit variant by its serde code.
fn code<T: Copy>(v: &Value, table: &[(&str, T)]) -> R<T> {
    let text = v.as_str().ok_or(Shape)?;
    table
        .iter()
        .find(|(c, _)| *c == text)
        .map(|(_, t)| *t)
        .ok_or(Shape)
}

const CONFIDENCES: [(&str, Confidence); 5] = [
    ("low", Confidence::Low),
    ("medium_low", Confidence::MediumLow),
    ("medium", Confidence::Medium),
    ("medium_high", Confidence::MediumHigh),
    ("high", Confidence::High),
];
const PURPOSES: [(&str, HelplinePurpose); 5] = [
    ("counselling", HelplinePurpose::Counselling),
    ("crisis", HelplinePurpose::Crisis),
    ("child_protection", HelplinePurpose::ChildProtection),
    ("online_harm", HelplinePurpose::OnlineHarm),
    ("reporting", HelplinePurpose::Reporting),
];
const CHANNELS: [(&str, Channel); 6] = [
    ("phone", Channel::Phone),
    ("sms", Channel::Sms),
    ("whatsapp", Channel::Whatsapp),
    ("chat", Channel::Chat),
    ("web", Channel::Web),
    ("email", Channel::Email),
];
const RECIPIENTS: [(&str, DutyRecipient); 3] = [
    ("ncmec_cyber_tipline", DutyRecipient::NcmecCyberTipline),
    ("law_enforcement", DutyRecipient::LawEnforcement),
    ("national_crime_agency", DutyRecipient::NationalCrimeAgency),
];
const STRENGTHS: [(&str, DutyStrength); 2] = [("must", DutyStrength::Must), ("may", DutyStrength::May)];
const CONDITIONS: [(&str, DutyCondition); 2] = [
    ("content_confirmed", DutyCondition::ContentConfirmed),
    (
        "suspected_threat_to_life_or_safety",
        DutyCondition::SuspectedThreatToLifeOrSafety,
    ),
];
const AGE_SCOPES: [(&str, AgeScope); 2] = [("any", AgeScope::Any), ("child", AgeScope::Child)];
const REDRESS_KINDS: [(&str, RedressKind); 4] = [
    ("internal_complaint", RedressKind::InternalComplaint),
    ("out_of_court_dispute", RedressKind::OutOfCourtDispute),
    ("regulator_complaint", RedressKind::RegulatorComplaint),
    ("regulator_oversight", RedressKind::RegulatorOversight),
];
const REDRESS_BODIES: [(&str, RedressBody); 4] = [
    ("platform", RedressBody::Platform),
    ("certified_dispute_body", RedressBody::CertifiedDisputeBody),
    ("esafety_commissioner", RedressBody::EsafetyCommissioner),
    ("ofcom", RedressBody::Ofcom),
];

#[cfg(test)]
#[cfg(feature = "embedded-locales")]
mod tests {
    use super::*;

    fn serde_code<T: serde::Serialize>(value: T) -> String {
        serde_json::to_value(value).unwrap().as_str().unwrap().to_owned()
    }

    #[test]
    fn every_code_table_entry_is_the_serde_code() {
        fn check<T: serde::Serialize + Copy>(table: &[(&str, T)]) {
            for (code, value) in table {
                assert_eq!(serde_code(*value), *code);
            }
        }
        check(&CONFIDENCES);
        check(&PURPOSES);
        check(&CHANNELS);
        check(&RECIPIENTS);
        check(&STRENGTHS);
        check(&CONDITIONS);
        check(&AGE_SCOPES);
        check(&REDRESS_KINDS);
        check(&REDRESS_BODIES);
    }

    fn shipped() -> Vec<(&'static str, Value)> {
        let countries = super::super::embedded::COUNTRY_PACKS
            .iter()
            .map(|t| ("country", *t));
        let regions = super::super::embedded::REGION_PACKS
            .iter()
            .map(|t| ("region", *t));
        countries
            .chain(regions)
            .map(|(kind, text)| (kind, serde_json::from_str(text).unwrap()))
            .collect()
    }

    /// Both readers on one value: `Some(equal)` when both accept, `None` when both refuse.
    fn both(kind: &str, v: &Value) -> Option<()> {
        if kind == "country" {
            let walked = country_pack(v).ok();
            assert_eq!(walked, serde_json::from_value::<JurisdictionPack>(v.clone()).ok());
            walked.map(drop)
        } else {
            let walked = region_pack(v).ok();
            assert_eq!(walked, serde_json::from_value::<RegionPack>(v.clone()).ok());
            walked.map(drop)
        }
    }

    #[test]
    fn every_shipped_pack_reads_as_serde_reads_it() {
        let packs = shipped();
        assert!(packs.len() > 30);
        for (kind, v) in &packs {
            assert!(both(kind, v).is_some(), "a shipped {kind} pack is refused");
        }
    }

    /// Every object in every shipped pack, mutated each way serde cares about: each key
    /// removed, set to null, to a number, to a string, to an empty list, and an unknown key
    /// added. The two readers must accept and refuse the same mutations, with equal results.
    #[test]
    fn mutated_packs_are_refused_or_accepted_as_serde_does() {
        fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            match v {
                Value::Object(m) => {
                    out.push(at.clone());
                    for (k, child) in m {
                        at.push(k.clone());
                        paths(child, at, out);
                        at.pop();
                    }
                }
                Value::Array(items) => {
                    for (i, child) in items.iter().enumerate() {
                        at.push(i.to_string());
                        paths(child, at, out);
                        at.pop();
                    }
                }
                _ => {}
            }
        }
        fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
            path.iter().fold(v, |v, step| match v {
                Value::Object(m) => m.get_mut(step).unwrap(),
                Value::Array(items) => &mut items[step.parse::<usize>().unwrap()],
                _ => unreachable!(),
            })
        }
        let mut checked = 0;
        // Three packs keep the run short and still reach every type (helplines, duties,
        // redress, region members).
        for (kind, pack) in shipped().into_iter().filter(|(k, v)| {
            *k == "region" || ["GB", "US", "DE"].contains(&v["country"].as_str().unwrap_or(""))
        }) {
            let mut objects = Vec::new();
            paths(&pack, &mut Vec::new(), &mut objects);
            for path in objects {
                let keys: Vec<String> = {
                    let mut copy = pack.clone();
                    at(&mut copy, &path)
                        .as_object()
                        .unwrap()
                        .keys()
                        .cloned()
                        .collect()
                };
                for key in &keys {
                    for replacement in [
                        None,
                        Some(Value::Null),
                        Some(7.into()),
                        Some("x".into()),
                        Some(Value::Array(vec![])),
                    ] {
                        let mut copy = pack.clone();
                        let object = at(&mut copy, &path).as_object_mut().unwrap();
                        match replacement {
                            None => drop(object.remove(key)),
                            Some(r) => drop(object.insert(key.clone(), r)),
                        }
                        both(kind, &copy);
                        checked += 1;
                    }
                }
                let mut copy = pack.clone();
                at(&mut copy, &path)
                    .as_object_mut()
                    .unwrap()
                    .insert("unknown_field".into(), true.into());
                assert!(both(kind, &copy).is_none());
            }
        }
        assert!(checked > 500, "{checked}");
    }
}
