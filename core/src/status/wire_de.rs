//! Hand-written `Deserialize` for the internally tagged [`Event`] and [`Grounds`].
//!
//! `#[serde(tag = "...")]` derives buffer every object into serde's private `Content` tree
//! before they know the variant, and then deserialize the variant again from that tree: a second
//! copy of every field's deserializer, about 50 KB of wasm across the tagged enums. These
//! visitors read each known field straight into its type and pick the variant at the end.
//!
//! They accept exactly what the derives accepted (the tests compare both on mutated inputs):
//! an object holding the tag and the variant's fields, in any order; unknown fields, fields of
//! another variant, repeated fields and a missing tag or field are refused. Every field has one
//! type across the variants, so reading a field before the tag is known refuses nothing the
//! derive accepted. Two differences, both refusing input no serializer writes: nested inside a
//! buffered tagged enum, the derive also took a tag given as a variant index (`"basis": 1` in a
//! `decide` event's grounds), and at any level an array `[tag, fields...]`; a tag must now be its
//! string code, in an object. Errors use serde's constructors (`missing field`, `unknown field`, ...), which
//! name fields; the wire format itself is unchanged (serialization stays derived).
//!
//! [`struct_from_map`] (with [`map_only_serde!`]) reads a derived struct from a JSON object only,
//! dropping serde's second reader for the array form of a struct; the status, outbox and report
//! wire structs use it.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::decision::{GroundRef, Grounds};
use super::event::Event;

/// Stores a field's value, refusing a repeated field as the derive does.
pub(crate) fn put<T, E: de::Error>(slot: &mut Option<T>, name: &'static str, value: T) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

/// A required field's value.
pub(crate) fn need<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Refuses any present field that the chosen variant does not have (`deny_unknown_fields`).
fn only<E: de::Error>(present: &[(&'static str, bool)], expected: &'static [&'static str]) -> Result<(), E> {
    match present
        .iter()
        .find(|(name, here)| *here && !expected.contains(name))
    {
        Some((name, _)) => Err(E::unknown_field(name, expected)),
        None => Ok(()),
    }
}

/// The `event` tag of [`Event`], read as an identifier (a string) like the derive's tag.
/// Not [`EventKind`](super::event::EventKind): its shared code reader goes through
/// `deserialize_enum`, which also takes serde_json's `{"decide": null}` form; a tag must be a
/// plain identifier, as the derive read it (the mutation test fails on the swap).
#[derive(serde::Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(variant_identifier, rename_all = "snake_case")]
enum EventTag {
    StartReview,
    AskReporter,
    InfoProvided,
    StopWaitingForInfo,
    Decide,
    Appeal,
    AppealWindowEnded,
    Revise,
}

/// Every field an [`Event`] variant may carry, for "unknown field" messages.
const EVENT_FIELDS: &[&str] = &["event", "at", "questions", "decision", "reason"];

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
        deserializer.deserialize_map(EventVisitor)
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum Event")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Event, A::Error> {
        let (mut kind, mut at, mut questions, mut decision, mut reason) = (None, None, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "event" => put(&mut kind, "event", map.next_value::<EventTag>()?)?,
                "at" => put(&mut at, "at", map.next_value()?)?,
                "questions" => put(&mut questions, "questions", map.next_value()?)?,
                "decision" => put(&mut decision, "decision", map.next_value()?)?,
                "reason" => put(&mut reason, "reason", map.next_value()?)?,
                other => return Err(de::Error::unknown_field(other, EVENT_FIELDS)),
            }
        }
        let kind = need(kind, "event")?;
        let expected: &'static [&'static str] = match kind {
            EventTag::AskReporter => &["at", "questions"],
            EventTag::Decide => &["decision"],
            EventTag::Revise => &["at", "reason"],
            _ => &["at"],
        };
        only(
            &[
                ("at", at.is_some()),
                ("questions", questions.is_some()),
                ("decision", decision.is_some()),
                ("reason", reason.is_some()),
            ],
            expected,
        )?;
        if kind == EventTag::Decide {
            return Ok(Event::Decide {
                decision: need(decision, "decision")?,
            });
        }
        let at = need(at, "at")?;
        Ok(match kind {
            EventTag::StartReview => Event::StartReview { at },
            EventTag::AskReporter => Event::AskReporter {
                at,
                questions: need(questions, "questions")?,
            },
            EventTag::InfoProvided => Event::InfoProvided { at },
            EventTag::StopWaitingForInfo => Event::StopWaitingForInfo { at },
            EventTag::Appeal => Event::Appeal { at },
            EventTag::AppealWindowEnded => Event::AppealWindowEnded { at },
            EventTag::Revise | EventTag::Decide => Event::Revise {
                at,
                reason: need(reason, "reason")?,
            },
        })
    }
}

/// The `basis` tag of [`Grounds`].
#[derive(serde::Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(variant_identifier, rename_all = "snake_case")]
enum Basis {
    IllegalContent,
    Terms,
}

/// Every field a [`Grounds`] variant may carry, for "unknown field" messages.
const GROUNDS_FIELDS: &[&str] = &["basis", "legal_ground", "clause"];

impl<'de> Deserialize<'de> for Grounds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Grounds, D::Error> {
        deserializer.deserialize_map(GroundsVisitor)
    }
}

struct GroundsVisitor;

impl<'de> Visitor<'de> for GroundsVisitor {
    type Value = Grounds;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum Grounds")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Grounds, A::Error> {
        let (mut basis, mut legal_ground, mut clause) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "basis" => put(&mut basis, "basis", map.next_value::<Basis>()?)?,
                "legal_ground" => put(&mut legal_ground, "legal_ground", map.next_value::<GroundRef>()?)?,
                "clause" => put(&mut clause, "clause", map.next_value::<GroundRef>()?)?,
                other => return Err(de::Error::unknown_field(other, GROUNDS_FIELDS)),
            }
        }
        let present = [
            ("legal_ground", legal_ground.is_some()),
            ("clause", clause.is_some()),
        ];
        Ok(match need(basis, "basis")? {
            Basis::IllegalContent => {
                only(&present, &["legal_ground"])?;
                Grounds::IllegalContent {
                    legal_ground: need(legal_ground, "legal_ground")?,
                }
            }
            Basis::Terms => {
                only(&present, &["clause"])?;
                Grounds::Terms {
                    clause: need(clause, "clause")?,
                }
            }
        })
    }
}

/// Reads a derived struct from a JSON object only.
///
/// serde_json hands a struct visitor an array too (`[fields in order]`), so every derived struct
/// carries a second, sequence reader. Called through this, a derive is only ever given an
/// object, and its sequence reader is never linked. Nothing writes these structs as arrays.
pub(crate) fn struct_from_map<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize(StructAsMap(deserializer))
}

/// A deserializer whose `deserialize_struct` is its inner one's `deserialize_map`: a derived
/// struct read through it accepts only the object form, so its array reader is never linked
/// (the wasm package reads the page's JSON configs through it too).
pub struct StructAsMap<D>(pub D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for StructAsMap<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// Implements `Deserialize` (and, with `serialize`, `Serialize`) for a struct whose derives were
/// made inherent by `#[serde(remote = "Self")]`, reading it with [`struct_from_map`].
macro_rules! map_only_serde {
    ($ty:ty) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                <$ty>::deserialize($crate::status::wire_de::StructAsMap(deserializer))
            }
        }
    };
    ($ty:ty, serialize) => {
        $crate::status::wire_de::map_only_serde!($ty);
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, serializer)
            }
        }
    };
}
pub(crate) use map_only_serde;

#[cfg(test)]
mod tests;
