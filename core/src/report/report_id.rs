//! The report id: UUIDv7 from a time and random bytes the caller supplies.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::{Uuid, Variant, Version};

use super::error::Reason;
use super::hygiene::contains_forbidden;

/// The report id: a UUID version 7, so ids sort by creation time and carry no device data.
///
/// Core has no random number generator: the caller passes the creation time and 10 random
/// bytes from the platform's CSPRNG. `Display` gives the wire form (lowercase hyphenated) for
/// headers and storage keys; `Debug` is redacted so a `{:?}` in a log line cannot be joined
/// to a report.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportId(Uuid);

impl ReportId {
    /// A UUIDv7 from milliseconds since the Unix epoch and 10 random bytes (the version and
    /// variant bits overwrite 6 of their 80 bits).
    pub fn new(unix_millis: u64, random: &[u8; 10]) -> ReportId {
        ReportId(uuid::Builder::from_unix_timestamp_millis(unix_millis, random).into_uuid())
    }

    /// Parses the hyphenated form (either case); rejects any other UUID version.
    pub fn parse(text: &str) -> Result<ReportId, Reason> {
        if text.len() != 36 || contains_forbidden(text) {
            return Err(Reason::BadFormat);
        }
        let uuid = Uuid::try_parse(text).map_err(|_| Reason::BadFormat)?;
        if uuid.get_version() != Some(Version::SortRand) || uuid.get_variant() != Variant::RFC4122 {
            return Err(Reason::NotUuidV7);
        }
        Ok(ReportId(uuid))
    }

    /// The UUID.
    pub fn as_uuid(&self) -> &Uuid {
        &self.0
    }

    /// The creation time embedded in the id, in milliseconds since the Unix epoch.
    pub fn unix_millis(&self) -> u64 {
        let bytes = self.0.as_bytes();
        bytes[..6].iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
    }
}

impl fmt::Display for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl fmt::Debug for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReportId(<redacted>)")
    }
}

impl Serialize for ReportId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0.hyphenated())
    }
}

impl<'de> Deserialize<'de> for ReportId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        // The reason names no value, so it is safe in serde's error message.
        ReportId::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for ReportId {
    fn schema_name() -> Cow<'static, str> {
        "ReportId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "uuid",
            "description": "UUID version 7, lowercase hyphenated.",
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_id_is_v7_and_keeps_its_time() {
        let id = ReportId::new(1_795_000_000_123, &[0xAB; 10]);
        assert_eq!(id.as_uuid().get_version(), Some(Version::SortRand));
        assert_eq!(id.unix_millis(), 1_795_000_000_123);
        assert_eq!(ReportId::parse(&id.to_string()), Ok(id));
        assert_eq!(ReportId::parse(&id.to_string().to_uppercase()), Ok(id));
    }

    #[test]
    fn report_id_rejects_other_versions_and_forms() {
        let v4 = "9b2f3c4e-1d2a-4b3c-8d4e-5f6a7b8c9d0e";
        assert_eq!(ReportId::parse(v4), Err(Reason::NotUuidV7));
        assert_eq!(ReportId::parse(&Uuid::nil().to_string()), Err(Reason::NotUuidV7));
        let id = ReportId::new(1, &[1; 10]);
        assert_eq!(
            ReportId::parse(&id.as_uuid().simple().to_string()),
            Err(Reason::BadFormat)
        );
        assert_eq!(ReportId::parse("not a uuid"), Err(Reason::BadFormat));
    }

    #[test]
    fn report_id_debug_is_redacted_but_display_is_the_wire_form() {
        let id = ReportId::new(1_795_000_000_123, &[7; 10]);
        let wire = serde_json::to_string(&id).unwrap();
        assert_eq!(wire, format!("\"{id}\""));
        assert!(!format!("{id:?}").contains(&id.to_string()[..8]));
    }
}
