//! Typed ids and codes of a report. Each parses (rejecting what it must, see `hygiene`) and
//! serializes as a JSON string; the ones that can point at a person or a piece of content
//! have a redacted `Debug`.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error::Reason;
use super::hygiene::{contains_forbidden, forbidden_class_for_schema};
use super::limits::{MAX_CODE_LEN, MAX_LOCALE_LEN, MAX_OPAQUE_ID_CHARS, MAX_VERSION_LABEL_CHARS};

/// Checks shared by every id and code: not empty, no forbidden character, at most `max`
/// (counted by `count`).
fn check_common(text: &str, max: usize, count: impl Fn(&str) -> usize) -> Result<(), Reason> {
    if text.is_empty() {
        return Err(Reason::Empty);
    }
    if contains_forbidden(text) {
        return Err(Reason::ForbiddenCharacter);
    }
    if count(text) > max {
        return Err(Reason::TooLong { max });
    }
    Ok(())
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Writes `Name(<redacted N chars>)`: the length helps debugging, the text never shows.
fn redacted(f: &mut fmt::Formatter<'_>, name: &str, text: &str) -> fmt::Result {
    write!(f, "{name}(<redacted {} chars>)", text.chars().count())
}

/// Implements `as_str`, `Serialize` (as a string) and a redacted or plain `Debug`.
macro_rules! string_newtype {
    ($name:ident, redacted) => {
        string_newtype!(@common $name);
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                redacted(f, stringify!($name), &self.0)
            }
        }
    };
    ($name:ident, plain) => {
        string_newtype!(@common $name);
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }
    };
    (@common $name:ident) => {
        impl $name {
            /// The text, as serialized.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }
    };
}

/// A code chosen by a flow author: a wizard step id or choice id.
///
/// Syntax: 1 to [`MAX_CODE_LEN`] bytes of `a-z`, `0-9`, `_`, `.`, `-`, starting with a letter
/// or digit. Kept this narrow so codes read the same in every language and log safely.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(String);
string_newtype!(Code, redacted);

impl Code {
    /// Parses a code.
    pub fn parse(text: &str) -> Result<Code, Reason> {
        check_common(text, MAX_CODE_LEN, str::len)?;
        let mut bytes = text.bytes();
        let first_ok = bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let rest_ok =
            bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.' | b'-'));
        if first_ok && rest_ok {
            Ok(Code(text.to_owned()))
        } else {
            Err(Reason::BadFormat)
        }
    }
}

impl JsonSchema for Code {
    fn schema_name() -> Cow<'static, str> {
        "Code".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A flow step or choice id.",
            "pattern": "^[a-z0-9][a-z0-9_.-]*$",
            "minLength": 1,
            "maxLength": MAX_CODE_LEN
        })
    }
}

/// An id assigned by the platform (user, post, message, media, ...): opaque to TellSafe.
///
/// Any text of 1 to [`MAX_OPAQUE_ID_CHARS`] scalar values without a forbidden character; it is
/// stored exactly as given, never normalized, because the platform compares it byte for byte.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OpaqueId(String);
string_newtype!(OpaqueId, redacted);

impl OpaqueId {
    /// Parses an opaque id.
    pub fn parse(text: &str) -> Result<OpaqueId, Reason> {
        check_common(text, MAX_OPAQUE_ID_CHARS, chars)?;
        Ok(OpaqueId(text.to_owned()))
    }
}

impl JsonSchema for OpaqueId {
    fn schema_name() -> Cow<'static, str> {
        "OpaqueId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A platform id, opaque to TellSafe; no control, bidi or zero-width characters.",
            "pattern": format!("^[^{}]*$", forbidden_class_for_schema(false)),
            "minLength": 1,
            "maxLength": MAX_OPAQUE_ID_CHARS
        })
    }
}

/// Shortest and longest primary language subtag accepted (ISO 639 codes: 2 or 3 letters).
const MIN_LANGUAGE_LEN: usize = 2;
/// See [`MIN_LANGUAGE_LEN`].
const MAX_LANGUAGE_LEN: usize = 3;

/// The reporter's locale, a BCP 47 language tag (language, script, region, variants).
///
/// Stored in canonical case (`pt-BR`, `sr-Latn`); parsing accepts `_` as a separator and any
/// case, as platforms report locales in both styles.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Locale(String);
string_newtype!(Locale, plain);

impl Locale {
    /// Parses and canonicalizes a tag.
    pub fn parse(text: &str) -> Result<Locale, Reason> {
        check_common(text, MAX_LOCALE_LEN, str::len)?;
        let tag =
            unic_langid::LanguageIdentifier::from_bytes(text.as_bytes()).map_err(|_| Reason::BadFormat)?;
        // BCP 47 also allows 5-8 letter "registered" language subtags; none is in use, and the
        // published schema (and every client) takes 2-3 letters, so the parser agrees with it.
        if !(MIN_LANGUAGE_LEN..=MAX_LANGUAGE_LEN).contains(&tag.language.as_str().len()) {
            return Err(Reason::BadFormat);
        }
        Ok(Locale(tag.to_string()))
    }
}

impl JsonSchema for Locale {
    fn schema_name() -> Cow<'static, str> {
        "Locale".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "BCP 47 language tag (language[-script][-region][-variant...]).",
            "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
            "maxLength": MAX_LOCALE_LEN
        })
    }
}

/// Where the reporter is: an ISO 3166-1 alpha-2 code, two uppercase ASCII letters (`GB`).
///
/// Lowercase is rejected rather than fixed, so a wrong field passed by mistake is caught.
/// Whether a code is covered by a jurisdiction pack is the duties module's question.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses a code.
    pub fn parse(text: &str) -> Result<CountryCode, Reason> {
        if text.is_empty() {
            return Err(Reason::Empty);
        }
        if contains_forbidden(text) {
            return Err(Reason::ForbiddenCharacter);
        }
        match text.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok(CountryCode([a, b])),
            _ => Err(Reason::BadFormat),
        }
    }

    /// The two letters.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII uppercase letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("ZZ")
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // The message names the expected form, never the value received.
        CountryCode::parse(&text).map_err(|_| serde::de::Error::custom("expected an ISO 3166-1 alpha-2 code"))
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code, uppercase.",
            "pattern": "^[A-Z]{2}$"
        })
    }
}

/// An SDK or app version label (`0.1.0`, `5.12.1 (build 34021)`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VersionLabel(String);
string_newtype!(VersionLabel, plain);

impl VersionLabel {
    /// Parses a label: 1 to [`MAX_VERSION_LABEL_CHARS`] scalars, no forbidden character.
    pub fn parse(text: &str) -> Result<VersionLabel, Reason> {
        check_common(text, MAX_VERSION_LABEL_CHARS, chars)?;
        Ok(VersionLabel(text.to_owned()))
    }
}

impl JsonSchema for VersionLabel {
    fn schema_name() -> Cow<'static, str> {
        "VersionLabel".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": format!("^[^{}]*$", forbidden_class_for_schema(false)),
            "minLength": 1,
            "maxLength": MAX_VERSION_LABEL_CHARS
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn code_boundaries() {
        assert!(Code::parse(&"a".repeat(MAX_CODE_LEN)).is_ok());
        assert_eq!(
            Code::parse(&"a".repeat(MAX_CODE_LEN + 1)),
            Err(Reason::TooLong { max: MAX_CODE_LEN })
        );
        assert_eq!(Code::parse(""), Err(Reason::Empty));
        assert!(Code::parse("threat.money-2_x").is_ok());
        for bad in ["_x", "Upper", "a b", "é", "a/b"] {
            assert_eq!(Code::parse(bad), Err(Reason::BadFormat), "{bad}");
        }
        assert_eq!(Code::parse("a\u{202E}b"), Err(Reason::ForbiddenCharacter));
    }

    #[test]
    fn opaque_id_boundaries_count_scalars() {
        assert!(OpaqueId::parse(&"é".repeat(MAX_OPAQUE_ID_CHARS)).is_ok());
        assert_eq!(
            OpaqueId::parse(&"é".repeat(MAX_OPAQUE_ID_CHARS + 1)),
            Err(Reason::TooLong {
                max: MAX_OPAQUE_ID_CHARS
            })
        );
        assert!(OpaqueId::parse("at://did:plc:abc/app.bsky.feed.post/3k2").is_ok());
        for c in ['\u{200B}', '\u{2066}', '\u{0}', '\u{FEFF}', '\u{61C}'] {
            assert_eq!(
                OpaqueId::parse(&format!("id{c}1")),
                Err(Reason::ForbiddenCharacter)
            );
        }
    }

    #[test]
    fn locale_is_validated_and_canonicalized() {
        assert_eq!(Locale::parse("pt_br").unwrap().as_str(), "pt-BR");
        assert_eq!(Locale::parse("sr-latn-rs").unwrap().as_str(), "sr-Latn-RS");
        assert_eq!(Locale::parse("en-GB\u{200E}"), Err(Reason::ForbiddenCharacter));
        assert_eq!(Locale::parse("not a locale"), Err(Reason::BadFormat));
        // A 5-8 letter language subtag parses as BCP 47 but the schema refuses it: so do we.
        assert_eq!(Locale::parse("CANARY-9d41e7"), Err(Reason::BadFormat));
        assert_eq!(Locale::parse("abcde"), Err(Reason::BadFormat));
        assert!(Locale::parse("fil-PH").is_ok());
        assert_eq!(Locale::parse(""), Err(Reason::Empty));
        let long = "en-varianta-variantb-variantc-abcde".to_owned();
        assert_eq!(long.len(), MAX_LOCALE_LEN);
        assert!(Locale::parse(&long).is_ok());
        assert_eq!(
            Locale::parse(&format!("{long}x")),
            Err(Reason::TooLong { max: MAX_LOCALE_LEN })
        );
    }

    #[test]
    fn country_is_two_uppercase_letters() {
        assert_eq!(CountryCode::parse("GB").unwrap().as_str(), "GB");
        for bad in ["gb", "GBR", "G", "G1"] {
            assert_eq!(CountryCode::parse(bad), Err(Reason::BadFormat), "{bad}");
        }
        assert_eq!(CountryCode::parse("G\u{200B}"), Err(Reason::ForbiddenCharacter));
    }
}
