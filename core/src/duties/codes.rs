//! Country and region codes and the two kinds of date packs carry: the day a pack was
//! compiled or expires ([`PackDate`]) and the date a source page shows ([`SourceDate`]).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::Date;

use crate::timestamp::Timestamp;

pub use crate::report::CountryCode;

/// A region whose rules apply to several countries. Only the EU today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Region {
    /// The European Union (DSA duties and redress, 112).
    #[serde(rename = "EU")]
    Eu,
}

/// A calendar date (UTC), `YYYY-MM-DD` in JSON. Pack dates are days, not instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, JsonSchema)]
#[schemars(with = "String")]
pub struct PackDate(Date);

impl PackDate {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<PackDate> {
        // By hand: `time`'s format-description parser costs ~12 KB of wasm for this one format.
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |at: std::ops::Range<usize>| {
            let part = text.get(at)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse::<u16>().ok())?
        };
        let month = time::Month::try_from(u8::try_from(number(5..7)?).ok()?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::from_calendar_date(i32::from(number(0..4)?), month, day)
            .ok()
            .map(PackDate)
    }

    /// The UTC day of `at`.
    pub fn of(at: Timestamp) -> PackDate {
        let date = time::OffsetDateTime::from_unix_timestamp(at.unix_seconds())
            .map(|t| t.date())
            .unwrap_or(Date::MIN);
        PackDate(date)
    }

    /// `(year, month, day)`.
    pub fn ymd(self) -> (i32, u8, u8) {
        (self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

impl fmt::Display for PackDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for PackDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PackDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PackDate::parse(&text).ok_or_else(|| serde::de::Error::custom("expected YYYY-MM-DD"))
    }
}

/// The date a source shows, as precise as the source is: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
/// It is the page's own date, not a date anyone checked the number live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, JsonSchema)]
#[schemars(with = "String")]
pub struct SourceDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl SourceDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<SourceDate> {
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 {
            return None;
        }
        let year = year_text.parse().ok()?;
        let mut next = |max: u8| -> Option<Option<u8>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == 2 => p.parse().ok().filter(|v| (1..=max).contains(v)).map(Some),
                Some(_) => None,
            }
        };
        let month = next(12)?;
        let day = next(31)?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        Some(SourceDate { year, month, day })
    }

    /// The first day the date can mean (`2023` -> 2023-01-01), for comparisons.
    pub fn earliest(self) -> (i32, u8, u8) {
        (
            i32::from(self.year),
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        )
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for SourceDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SourceDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SourceDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("expected YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `PackDate::parse` did before it was written by hand (and what pack authors expect).
    fn by_time(text: &str) -> Option<PackDate> {
        Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
            .ok()
            .map(PackDate)
    }

    #[test]
    fn pack_dates_parse_as_the_time_crate_does() {
        for text in [
            "2026-05-01",
            "2024-02-29",
            "2025-02-29",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "+026-01-01",
            "2026-1-01",
            "2026-01-1",
            "2026/01/01",
            "20260101",
            "2026-01-01 ",
            "",
        ] {
            assert_eq!(PackDate::parse(text), by_time(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_short_text_parses_as_the_time_crate_does(text in "[0-9+ -]{8,11}") {
            prop_assert_eq!(PackDate::parse(&text), by_time(&text));
        }

        #[test]
        fn any_real_day_round_trips(days in 0i32..80_000) {
            let date = Date::from_julian_day(2_400_000 + days).unwrap();
            let text = PackDate(date).to_string();
            prop_assert_eq!(PackDate::parse(&text), Some(PackDate(date)));
        }
    }
}
