//! Reporting periods: calendar months and quarters, UTC. No arbitrary ranges, so that
//! published figures cannot be differenced (a range one day shorter than another would reveal
//! the reports of that day).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month, PrimitiveDateTime, Time};

use crate::timestamp::Timestamp;

/// Earliest year a period may name (TellSafe did not exist before).
pub const MIN_YEAR: i32 = 2000;
/// Latest year a period may name (keeps every bound representable).
pub const MAX_YEAR: i32 = 9998;

/// A calendar month (`2026-11`) or quarter (`2026-Q4`), in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// A calendar month.
    Month {
        /// The year.
        year: i32,
        /// 1 to 12.
        month: u8,
    },
    /// A calendar quarter.
    Quarter {
        /// The year.
        year: i32,
        /// 1 to 4.
        quarter: u8,
    },
}

/// Why a period string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// Not `YYYY-MM` or `YYYY-Qn`.
    #[error("period must be YYYY-MM or YYYY-Qn")]
    Format,
    /// The year, month or quarter is out of range.
    #[error("period is out of range")]
    Range,
}

impl Period {
    /// A month; checks the range.
    pub fn month(year: i32, month: u8) -> Result<Period, PeriodError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return Err(PeriodError::Range);
        }
        Ok(Period::Month { year, month })
    }

    /// A quarter; checks the range.
    pub fn quarter(year: i32, quarter: u8) -> Result<Period, PeriodError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=4).contains(&quarter) {
            return Err(PeriodError::Range);
        }
        Ok(Period::Quarter { year, quarter })
    }

    /// The first month of the period and how many months it has.
    fn months(self) -> (i32, u8, u8) {
        match self {
            Period::Month { year, month } => (year, month, 1),
            Period::Quarter { year, quarter } => (year, (quarter - 1) * 3 + 1, 3),
        }
    }

    /// The first instant of the period.
    pub fn start(self) -> Timestamp {
        let (year, month, _) = self.months();
        month_start(year, month)
    }

    /// The first instant after the period (exclusive end).
    pub fn end(self) -> Timestamp {
        let (year, month, count) = self.months();
        let next = month + count;
        if next > 12 {
            month_start(year + 1, next - 12)
        } else {
            month_start(year, next)
        }
    }

    /// Whether `t` falls in the period.
    pub fn contains(self, t: Timestamp) -> bool {
        self.start() <= t && t < self.end()
    }
}

fn month_start(year: i32, month: u8) -> Timestamp {
    // Invariant: year is within MIN_YEAR..=MAX_YEAR + 1 and month within 1..=12 (checked by the
    // constructors), all representable dates; the fallbacks are unreachable.
    let month = Month::try_from(month).unwrap_or(Month::January);
    let date = Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN);
    let at = PrimitiveDateTime::new(date, Time::MIDNIGHT).assume_utc();
    Timestamp::from_unix_millis(at.unix_timestamp() * 1_000)
        .or_else(|| Timestamp::from_unix_millis(0))
        .expect("the epoch is a valid timestamp")
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Period, PeriodError> {
        let (year, rest) = text.split_once('-').ok_or(PeriodError::Format)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        let year: i32 = year.parse().map_err(|_| PeriodError::Format)?;
        if let Some(q) = rest.strip_prefix('Q') {
            if q.len() != 1 || !q.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PeriodError::Format);
            }
            return Period::quarter(year, q.parse().map_err(|_| PeriodError::Format)?);
        }
        if rest.len() != 2 || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        Period::month(year, rest.parse().map_err(|_| PeriodError::Format)?)
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_months_and_quarters_and_round_trips() {
        for text in ["2026-11", "2026-Q4", "2027-01", "2026-Q1"] {
            let period: Period = text.parse().unwrap();
            assert_eq!(period.to_string(), text);
        }
        for bad in [
            "2026-13",
            "2026-Q5",
            "2026-Q0",
            "2026-1",
            "26-11",
            "2026-11-01",
            "2026/11",
            "",
            "2026-q4",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    #[test]
    fn bounds_are_half_open_and_quarters_cover_their_months() {
        let q4: Period = "2026-Q4".parse().unwrap();
        let oct: Period = "2026-10".parse().unwrap();
        let dec: Period = "2026-12".parse().unwrap();
        assert_eq!(q4.start(), oct.start());
        assert_eq!(q4.end(), dec.end());
        assert_eq!(dec.end(), "2027-01".parse::<Period>().unwrap().start());
        assert_eq!(q4.start().to_rfc3339(), "2026-10-01T00:00:00.000Z");
        assert!(q4.contains(q4.start()));
        assert!(!q4.contains(q4.end()));
        assert!(q4.contains(q4.end().plus_millis(-1)));
    }
}
