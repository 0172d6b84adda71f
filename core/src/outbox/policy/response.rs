//! The backend's answer as the policy sees it: error codes, status, `Retry-After`.

use serde::Deserialize;

use crate::timestamp::Timestamp;

/// The backend error codes of DESIGN.md's table; one definition, shared with the signing module.
pub use crate::sign::ErrorCode;

/// What came back from one attempt. The client builds it after verifying the response signature:
/// an unsigned or badly signed error from the network is a [`AttemptOutcome::NetworkError`], so a
/// hostile proxy cannot park or delay a report by forging an error body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptOutcome {
    /// The backend answered.
    Response(ServerResponse),
    /// No verified answer: DNS, TCP, TLS, timeout, cut connection, unverifiable response.
    NetworkError,
    /// The platform signer could not sign (e.g. the key store is locked until first unlock).
    SigningUnavailable,
}

/// A verified backend answer, reduced to what the policy needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerResponse {
    /// HTTP status.
    pub status: u16,
    /// The error body's `code`, if there was one this version knows.
    pub code: Option<ErrorCode>,
    /// The error body's `server_time` (sent with `clock_skew`).
    pub server_time: Option<Timestamp>,
    /// `Retry-After`, converted to milliseconds from now (see [`parse_retry_after`]).
    pub retry_after_ms: Option<i64>,
}

impl ServerResponse {
    /// A response with only a status (2xx, or an error without a body).
    pub fn status(status: u16) -> ServerResponse {
        ServerResponse {
            status,
            code: None,
            server_time: None,
            retry_after_ms: None,
        }
    }

    /// A response with a status and an error code.
    pub fn error(status: u16, code: ErrorCode) -> ServerResponse {
        ServerResponse {
            code: Some(code),
            ..ServerResponse::status(status)
        }
    }

    /// Builds a response from the status, the (verified) body and the `Retry-After` header value.
    /// The body is read as `{"code": "...", "server_time": ...}`, `server_time` either RFC 3339 or
    /// Unix seconds; anything else in it, or a body that is not such JSON, is ignored.
    pub fn from_parts(status: u16, body: &[u8], retry_after: Option<&str>, now: Timestamp) -> Self {
        #[derive(Deserialize)]
        struct ErrorBody {
            code: Option<String>,
            server_time: Option<serde_json::Value>,
        }
        let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
        let (code, server_time) = match parsed {
            Some(b) => (
                b.code.as_deref().and_then(ErrorCode::from_code),
                b.server_time.and_then(|v| match v {
                    serde_json::Value::String(s) => Timestamp::parse_rfc3339(&s),
                    serde_json::Value::Number(n) => n
                        .as_i64()
                        .and_then(|secs| secs.checked_mul(1000))
                        .and_then(Timestamp::from_unix_millis),
                    _ => None,
                }),
            ),
            None => (None, None),
        };
        ServerResponse {
            status,
            code,
            server_time,
            retry_after_ms: retry_after.and_then(|v| parse_retry_after(v, now)),
        }
    }
}

/// Parses a `Retry-After` value (RFC 9110 §10.2.3): delta-seconds, or an HTTP-date. Returns
/// milliseconds from `now` (zero for a date in the past), `None` if unparseable.
pub fn parse_retry_after(value: &str, now: Timestamp) -> Option<i64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(i64::try_from(secs).unwrap_or(i64::MAX).saturating_mul(1000));
    }
    let millis = parse_http_date(value, now)?;
    Some(millis.saturating_sub(now.unix_millis()).max(0))
}

/// Day names as HTTP-dates write them, Monday first.
const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// The long day names of the obsolete RFC 850 form.
const LONG_DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Month names as HTTP-dates write them.
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// RFC 9110 §5.6.7: a two-digit RFC 850 year that would be more than 50 years ahead of now
/// means the most recent past year with those digits.
const TWO_DIGIT_YEAR_HORIZON: i32 = 50;

/// An HTTP-date (RFC 9110 §5.6.7) as Unix milliseconds: the IMF-fixdate senders must write
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), or the obsolete RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`)
/// and asctime (`Sun Nov  6 08:49:37 1994`) forms recipients must still accept. Names are
/// case-sensitive and the day name must match the date, as the RFC's grammar says.
///
/// Hand-written rather than `time`'s RFC 2822 parser (whose comment and zone grammar HTTP does
/// not use): about 2.7 KB less gzipped wasm.
pub(super) fn parse_http_date(value: &str, now: Timestamp) -> Option<i64> {
    let parts: Vec<&str> = value.split(' ').collect();
    let position = |names: &[&str], name: &str| names.iter().position(|n| *n == name);
    let (weekday, day, month, year, clock) = match parts.as_slice() {
        [name, day, month, year, clock, "GMT"] => {
            let weekday = position(&DAY_NAMES, name.strip_suffix(',')?)?;
            (
                weekday,
                digits(day, 2)?,
                *month,
                i32::try_from(digits(year, 4)?).ok()?,
                *clock,
            )
        }
        [name, date, clock, "GMT"] => {
            let weekday = position(&LONG_DAY_NAMES, name.strip_suffix(',')?)?;
            let mut date = date.split('-');
            let (day, month, year) = (date.next()?, date.next()?, date.next()?);
            if date.next().is_some() {
                return None;
            }
            let this_year = time::OffsetDateTime::from_unix_timestamp(now.unix_seconds())
                .ok()?
                .year();
            let mut year = this_year - this_year.rem_euclid(100) + i32::try_from(digits(year, 2)?).ok()?;
            if year - this_year > TWO_DIGIT_YEAR_HORIZON {
                year -= 100;
            }
            (weekday, digits(day, 2)?, month, year, *clock)
        }
        [name, month, "", day, clock, year] | [name, month, day, clock, year] => {
            let day = if parts.len() == 6 {
                digits(day, 1)?
            } else {
                digits(day, 2)?
            };
            let weekday = position(&DAY_NAMES, name)?;
            (
                weekday,
                day,
                *month,
                i32::try_from(digits(year, 4)?).ok()?,
                *clock,
            )
        }
        _ => return None,
    };
    let month = u8::try_from(position(&MONTH_NAMES, month)? + 1).ok()?;
    let date =
        time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, u8::try_from(day).ok()?)
            .ok()?;
    if usize::from(date.weekday().number_days_from_monday()) != weekday {
        return None;
    }
    let clock = clock.as_bytes();
    if clock.len() != 8 || clock[2] != b':' || clock[5] != b':' {
        return None;
    }
    let field = |at: usize| {
        std::str::from_utf8(&clock[at..at + 2])
            .ok()
            .and_then(|f| digits(f, 2))
    };
    let (hour, minute, second) = (field(0)?, field(3)?, field(6)?);
    let time = date
        .with_hms(
            u8::try_from(hour).ok()?,
            u8::try_from(minute).ok()?,
            u8::try_from(second).ok()?,
        )
        .ok()?;
    time.assume_utc().unix_timestamp().checked_mul(1000)
}

/// `text` as a number if it is exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}
