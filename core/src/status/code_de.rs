//! One shared `Deserialize` path for the unit enums written as snake_case codes.
//!
//! A derived unit enum brings its own visitor, field visitor and two `visit_enum` copies per
//! input format (about 1.5 KB of wasm each). [`read_code`] is one generic visitor that every
//! such enum shares: it takes the enum's codes and returns the index of the one read. It calls
//! the same `deserialize_enum` / `variant_seed` / `unit_variant` steps as the derive, so it
//! accepts the same input (`"code"`, and serde_json's `{"code": null}` form) and refuses the
//! same, with the same `unknown variant` messages.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, Unexpected, VariantAccess, Visitor};

/// Reads one of `codes` (the variants of enum `name`, in declaration order) and returns its
/// index.
pub(crate) fn read_code<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    codes: &'static [&'static str],
) -> Result<usize, D::Error> {
    deserializer.deserialize_enum(name, codes, Code { name, codes })
}

/// The enum being read: its name (for messages) and codes.
#[derive(Clone, Copy)]
struct Code {
    name: &'static str,
    codes: &'static [&'static str],
}

impl<'de> Visitor<'de> for Code {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(self)?;
        variant.unit_variant()?;
        Ok(index)
    }
}

impl<'de> DeserializeSeed<'de> for Code {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(Identifier(self.codes))
    }
}

/// The variant identifier: a code, or (as the derive allows) a variant index.
struct Identifier(&'static [&'static str]);

impl Visitor<'_> for Identifier {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        match usize::try_from(index) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(index),
                &IndexRange(self.0.len()),
            )),
        }
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|c| *c == code)
            .ok_or_else(|| E::unknown_variant(code, self.0))
    }

    fn visit_bytes<E: de::Error>(self, code: &[u8]) -> Result<usize, E> {
        self.visit_str(&String::from_utf8_lossy(code))
    }
}

/// "variant index 0 <= i < N", as the derive says it.
struct IndexRange(usize);

impl de::Expected for IndexRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "variant index 0 <= i < {}", self.0)
    }
}

/// Implements `Deserialize` for a `Copy` unit enum through [`read_code`]:
/// `code_enum_de!(Hold { Preservation => "preservation", Police => "police" });`
/// The codes must be the ones `Serialize` writes; each use has a round-trip test.
macro_rules! code_enum_de {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                const ALL: &[$ty] = &[$($ty::$variant),+];
                const CODES: &[&str] = &[$($code),+];
                let index = $crate::status::code_de::read_code(deserializer, stringify!($ty), CODES)?;
                ALL.get(index).copied().ok_or_else(|| serde::de::Error::custom("variant index"))
            }
        }
    };
}
pub(crate) use code_enum_de;

#[cfg(test)]
mod tests;
