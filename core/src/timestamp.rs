//! A UTC instant with millisecond precision, serialized as RFC 3339.
//!
//! One type for every time in reports, decisions and receipts, so that three languages
//! read the same string and ordering never depends on a time zone.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A UTC instant, millisecond precision. Serialized as `2026-11-29T01:02:03.456Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// The instant `millis` milliseconds after the Unix epoch; `None` outside years 1..=9999.
    pub fn from_unix_millis(millis: i64) -> Option<Timestamp> {
        let nanos = i128::from(millis) * 1_000_000;
        OffsetDateTime::from_unix_timestamp_nanos(nanos)
            .ok()
            .map(Timestamp)
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_millis(self) -> i64 {
        // In range by construction: every Timestamp comes from whole milliseconds within years 1..=9999.
        i64::try_from(self.0.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
    }

    /// Whole seconds since the Unix epoch (as RFC 9421 `created` / `expires` use).
    pub fn unix_seconds(self) -> i64 {
        self.0.unix_timestamp()
    }

    /// This instant plus `millis` milliseconds, saturating at the representable range.
    pub fn plus_millis(self, millis: i64) -> Timestamp {
        Timestamp::from_unix_millis(self.unix_millis().saturating_add(millis)).unwrap_or(self)
    }

    /// Parses RFC 3339; sub-millisecond digits are truncated.
    pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
        let parsed = OffsetDateTime::parse(text, &Rfc3339).ok()?;
        let millis = i64::try_from(parsed.unix_timestamp_nanos().div_euclid(1_000_000)).ok()?;
        Timestamp::from_unix_millis(millis)
    }

    /// RFC 3339 in UTC with exactly three fractional digits.
    pub fn to_rfc3339(self) -> String {
        let t = self.0;
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        )
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse_rfc3339(&text)
            .ok_or_else(|| serde::de::Error::custom("expected an RFC 3339 timestamp"))
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "UTC instant, RFC 3339 with millisecond precision."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_with_millis() {
        let t = Timestamp::from_unix_millis(1_795_000_000_123).unwrap();
        let text = t.to_rfc3339();
        assert!(text.ends_with(".123Z"), "{text}");
        assert_eq!(Timestamp::parse_rfc3339(&text), Some(t));
        assert_eq!(t.unix_millis(), 1_795_000_000_123);
    }

    #[test]
    fn offsets_are_normalised_to_utc() {
        let t = Timestamp::parse_rfc3339("2026-11-29T03:00:00+02:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-29T01:00:00.000Z");
    }

    #[test]
    fn garbage_is_rejected() {
        assert_eq!(Timestamp::parse_rfc3339("yesterday"), None);
        assert!(serde_json::from_str::<Timestamp>("\"2026-13-01T00:00:00Z\"").is_err());
    }
}
