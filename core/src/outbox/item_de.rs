//! Hand-written `Deserialize` for the internally tagged [`ItemState`] and [`ParkReason`].
//!
//! The `#[serde(tag = "...")]` derives buffer each object into serde's private `Content` tree
//! and read the variant again from it: a second copy of every field deserializer in the wasm.
//! These visitors read the fields directly and pick the variant at the end.
//!
//! They accept what the derives accepted for everything the outbox writes (the tag first; the
//! tests compare both on mutated inputs), with two differences on input no serializer writes,
//! both refusing where the derive accepted:
//! * a field of another variant that comes before the tag is still read as its type (the
//!   derive buffered it and then ignored it): `{"ask": "junk", "state": "pending"}` is refused,
//!   `{"ask": "old", "state": "pending"}` is read as pending; likewise a `status` before the
//!   `reason` tag of a park reason other than `rejected`. Keeping such values until the tag
//!   is known would take a JSON value tree and its deserializer (about 2 KB of gzipped wasm);
//!   The same holds for such a field given twice before the tag;
//! * nested in the buffered item state, the derive also took a park reason tag given as a
//!   variant index (`"reason": 5`); tags are now string codes;
//! * the derive also read an array `[tag, fields...]`; only objects are read now.
//!
//! Neither type refuses unknown fields; a field of another variant after the tag is ignored.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::item::ItemState;
use super::policy::ParkReason;
use crate::status::wire_de::{need, put};

/// Reads the value of key `name` into `slot` when the variant wants it (`Some(true)`), skips it
/// when the tag chose another variant (`Some(false)`), and reads it typed when the tag is not
/// known yet (`None`; see the module comment).
fn read<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
    wanted: Option<bool>,
) -> Result<(), A::Error> {
    if wanted == Some(false) {
        map.next_value::<IgnoredAny>()?;
        return Ok(());
    }
    put(slot, name, map.next_value()?)
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
        let (mut reason, mut ask) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "state" => put(&mut tag, "state", map.next_value()?)?,
                "reason" => read(
                    &mut reason,
                    &mut map,
                    "reason",
                    tag.map(|t| t == StateTag::Parked),
                )?,
                "ask" => read(
                    &mut ask,
                    &mut map,
                    "ask",
                    tag.map(|t| t == StateTag::NeedsConfirmation),
                )?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match need(tag, "state")? {
            StateTag::Pending => ItemState::Pending,
            StateTag::Parked => ItemState::Parked {
                reason: need(reason, "reason")?,
            },
            StateTag::NeedsConfirmation => ItemState::NeedsConfirmation {
                ask: need(ask, "ask")?,
            },
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
        let mut status = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "reason" => put(&mut tag, "reason", map.next_value()?)?,
                "status" => read(
                    &mut status,
                    &mut map,
                    "status",
                    tag.map(|t| t == ParkTag::Rejected),
                )?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match need(tag, "reason")? {
            ParkTag::SignatureInvalid => ParkReason::SignatureInvalid,
            ParkTag::DigestMismatch => ParkReason::DigestMismatch,
            ParkTag::TooLarge => ParkReason::TooLarge,
            ParkTag::SchemaInvalid => ParkReason::SchemaInvalid,
            ParkTag::IdempotencyMismatch => ParkReason::IdempotencyMismatch,
            ParkTag::Rejected => ParkReason::Rejected {
                status: need(status, "status")?,
            },
        })
    }
}

#[cfg(test)]
mod tests;
