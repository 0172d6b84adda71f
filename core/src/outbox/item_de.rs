//! Hand-written `Deserialize` for the internally tagged [`ItemState`] and [`ParkReason`].
//!
//! The `#[serde(tag = "...")]` derives buffer each object into serde's private `Content` tree
//! and read the variant again from it: a second copy of every field deserializer in the wasm.
//! These visitors read the fields directly and pick the variant at the end.
//!
//! They accept exactly what the derives accepted (the tests compare both on mutated inputs).
//! Neither type refuses unknown fields, so a field of another variant is ignored whatever it
//! holds; when such a field comes before the tag (never in what the outbox writes, which puts the
//! tag first) its value is kept as a JSON value until the tag says whether it is needed.
//!
//! Two differences, both outside anything a serializer writes: nested in the buffered item
//! state, the derive also took a park reason tag given as a variant index (`"reason": 5`); tags
//! are now string codes. And a park reason that comes before the `state` tag passes through a
//! JSON value, whose objects keep the last of repeated keys where the derive refused them.

use std::fmt;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use super::item::ItemState;
use super::policy::{AskReason, ParkReason};

/// One variant's field, which may come before the tag says whether it is wanted.
enum Slot<T> {
    /// Not seen.
    Empty,
    /// Read after the tag chose this field's variant.
    Typed(T),
    /// Seen before the tag (`repeated` when more than once).
    Early { value: Value, repeated: bool },
}

impl<T: DeserializeOwned> Slot<T> {
    /// Reads the value of key `name`, which belongs to the variant when `wanted` (`None`: the
    /// tag is not known yet).
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, name: &'static str, wanted: Option<bool>) -> Result<(), A::Error> {
        match (wanted, &mut *self) {
            (Some(false), _) => {
                map.next_value::<IgnoredAny>()?;
            }
            (Some(true), Slot::Empty) => *self = Slot::Typed(map.next_value()?),
            (Some(true), _) | (None, Slot::Typed(_)) => return Err(de::Error::duplicate_field(name)),
            (None, Slot::Empty) => {
                *self = Slot::Early {
                    value: map.next_value()?,
                    repeated: false,
                }
            }
            (None, Slot::Early { value, repeated }) => {
                *value = map.next_value()?;
                *repeated = true;
            }
        }
        Ok(())
    }

    /// The value of the chosen variant's field `name`.
    fn take<E: de::Error>(self, name: &'static str) -> Result<T, E> {
        match self {
            Slot::Empty => Err(E::missing_field(name)),
            Slot::Typed(value) => Ok(value),
            Slot::Early { repeated: true, .. } => Err(E::duplicate_field(name)),
            Slot::Early { value, .. } => T::deserialize(value).map_err(E::custom),
        }
    }
}

/// The `state` tag of [`ItemState`], read as an identifier (a string) like the derive's tag.
#[derive(serde::Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(variant_identifier, rename_all = "snake_case")]
enum StateTag {
    Pending,
    Parked,
    NeedsConfirmation,
}

impl<'de> Deserialize<'de> for ItemState {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ItemState, D::Error> {
        deserializer.deserialize_map(ItemStateVisitor)
    }
}

struct ItemStateVisitor;

impl<'de> Visitor<'de> for ItemStateVisitor {
    type Value = ItemState;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum ItemState")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ItemState, A::Error> {
        let mut tag: Option<StateTag> = None;
        let mut reason = Slot::<ParkReason>::Empty;
        let mut ask = Slot::<AskReason>::Empty;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "state" => crate::status::wire_de::put(&mut tag, "state", map.next_value()?)?,
                "reason" => reason.read(&mut map, "reason", tag.map(|t| t == StateTag::Parked))?,
                "ask" => ask.read(&mut map, "ask", tag.map(|t| t == StateTag::NeedsConfirmation))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match crate::status::wire_de::need(tag, "state")? {
            StateTag::Pending => ItemState::Pending,
            StateTag::Parked => ItemState::Parked {
                reason: reason.take("reason")?,
            },
            StateTag::NeedsConfirmation => ItemState::NeedsConfirmation { ask: ask.take("ask")? },
        })
    }
}

/// The `reason` tag of [`ParkReason`].
#[derive(serde::Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(variant_identifier, rename_all = "snake_case")]
enum ParkTag {
    SignatureInvalid,
    DigestMismatch,
    TooLarge,
    SchemaInvalid,
    IdempotencyMismatch,
    Rejected,
}

impl<'de> Deserialize<'de> for ParkReason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ParkReason, D::Error> {
        deserializer.deserialize_map(ParkReasonVisitor)
    }
}

struct ParkReasonVisitor;

impl<'de> Visitor<'de> for ParkReasonVisitor {
    type Value = ParkReason;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum ParkReason")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ParkReason, A::Error> {
        let mut tag: Option<ParkTag> = None;
        let mut status = Slot::<u16>::Empty;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "reason" => crate::status::wire_de::put(&mut tag, "reason", map.next_value()?)?,
                "status" => status.read(&mut map, "status", tag.map(|t| t == ParkTag::Rejected))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match crate::status::wire_de::need(tag, "reason")? {
            ParkTag::SignatureInvalid => ParkReason::SignatureInvalid,
            ParkTag::DigestMismatch => ParkReason::DigestMismatch,
            ParkTag::TooLarge => ParkReason::TooLarge,
            ParkTag::SchemaInvalid => ParkReason::SchemaInvalid,
            ParkTag::IdempotencyMismatch => ParkReason::IdempotencyMismatch,
            ParkTag::Rejected => ParkReason::Rejected {
                status: status.take("status")?,
            },
        })
    }
}

#[cfg(test)]
mod tests;
