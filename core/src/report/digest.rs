//! The optional client-side SHA-256 of an evidence item.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

use super::error::Reason;
use super::hygiene::contains_forbidden;

/// A SHA-256 digest the client computed over an evidence item, so the platform can check
/// that what it preserves is what the child saw.
///
/// Parsing accepts 64 hex digits (either case) or standard padded base64 (44 characters, as
/// in RFC 9530 `Content-Digest`); it is always serialized as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sha256Digest([u8; 32]);

impl Sha256Digest {
    /// A digest from its bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Sha256Digest {
        Sha256Digest(bytes)
    }

    /// Parses hex or base64 (see the type docs).
    pub fn parse(text: &str) -> Result<Sha256Digest, Reason> {
        if text.is_empty() {
            return Err(Reason::Empty);
        }
        if contains_forbidden(text) {
            return Err(Reason::ForbiddenCharacter);
        }
        let mut out = [0u8; 32];
        if text.len() == 64 {
            // from_str_radix alone would accept a '+' sign.
            if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Reason::BadFormat);
            }
            for (slot, pair) in out.iter_mut().zip(text.as_bytes().chunks_exact(2)) {
                let hex = std::str::from_utf8(pair).map_err(|_| Reason::BadFormat)?;
                *slot = u8::from_str_radix(hex, 16).map_err(|_| Reason::BadFormat)?;
            }
            return Ok(Sha256Digest(out));
        }
        if text.len() == 44 {
            use base64::Engine as _;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|_| Reason::BadFormat)?;
            out = bytes.try_into().map_err(|_| Reason::BadFormat)?;
            return Ok(Sha256Digest(out));
        }
        Err(Reason::BadFormat)
    }

    /// The 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// 64 lowercase hex digits (the wire form).
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Debug for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A digest identifies the evidence as surely as the evidence itself.
        f.write_str("Sha256Digest(<redacted>)")
    }
}

impl Serialize for Sha256Digest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl JsonSchema for Sha256Digest {
    fn schema_name() -> Cow<'static, str> {
        "Sha256Digest".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "SHA-256 as 64 lowercase hex digits (readers also accept uppercase hex and padded base64).",
            "pattern": "^[0-9a-f]{64}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_accepts_hex_and_base64_and_writes_lower_hex() {
        let bytes: [u8; 32] = std::array::from_fn(|i| u8::try_from(i * 7).unwrap());
        let hex = Sha256Digest::from_bytes(bytes).to_hex();
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        assert_eq!(Sha256Digest::parse(&hex).unwrap().as_bytes(), &bytes);
        assert_eq!(
            Sha256Digest::parse(&hex.to_uppercase()).unwrap().as_bytes(),
            &bytes
        );
        assert_eq!(Sha256Digest::parse(&b64).unwrap().as_bytes(), &bytes);
        assert_eq!(Sha256Digest::parse(&hex[1..]), Err(Reason::BadFormat));
        assert_eq!(
            Sha256Digest::parse(&format!("{}g", &hex[1..])),
            Err(Reason::BadFormat)
        );
        assert_eq!(
            Sha256Digest::parse(&format!("+{}", &hex[1..])),
            Err(Reason::BadFormat)
        );
    }
}
