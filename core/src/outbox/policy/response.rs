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
    let date = time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let millis = i64::try_from(date.unix_timestamp_nanos() / 1_000_000).ok()?;
    Some(millis.saturating_sub(now.unix_millis()).max(0))
}
