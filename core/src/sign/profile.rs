//! TellSafe's signing profiles (DESIGN "Signing, keys and wire format"), the `Idempotency-Key`
//! field and the signed error body.

use serde::{Deserialize, Serialize};

use super::component::{Component, Derived};
use super::http::Headers;

/// Tag of requests signed by an install key.
pub const TAG_CLIENT: &str = "tsc";
/// Tag of responses and webhooks signed by the backend key.
pub const TAG_BACKEND: &str = "tsb";
/// Tag of requests from a platform tool (decision API).
pub const TAG_PLATFORM: &str = "tsp";

/// `Content-Digest` header name.
pub const CONTENT_DIGEST: &str = "content-digest";
/// `Content-Type` header name.
pub const CONTENT_TYPE: &str = "content-type";
/// `Authorization` header name.
pub const AUTHORIZATION: &str = "authorization";
/// `Idempotency-Key` header name.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// Which kind of message is signed, by whom, covering what, with which tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Profile {
    /// Client request with a body (report, appeal, info, delete), install key, `tsc`.
    ClientRequest,
    /// Client request without a body (status), install key, `tsc`.
    ClientStatusRequest,
    /// `POST /v1/keys`, signed by the key being registered (proof of possession), `tsc`.
    KeyRegistration,
    /// Backend response (receipt, status, errors), backend key, `tsb`.
    BackendResponse,
    /// Backend webhook: a request with body and no `authorization`, backend key, `tsb`.
    Webhook,
    /// Platform tool to backend (decision API): a request with body, the tool's key, `tsp`.
    PlatformTool,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 6] = [
        Profile::ClientRequest,
        Profile::ClientStatusRequest,
        Profile::KeyRegistration,
        Profile::BackendResponse,
        Profile::Webhook,
        Profile::PlatformTool,
    ];

    /// A stable snake_case code (for vectors, logs and the CLI).
    pub fn code(self) -> &'static str {
        match self {
            Profile::ClientRequest => "client_request",
            Profile::ClientStatusRequest => "client_status_request",
            Profile::KeyRegistration => "key_registration",
            Profile::BackendResponse => "backend_response",
            Profile::Webhook => "webhook",
            Profile::PlatformTool => "platform_tool",
        }
    }

    /// The profile with this code.
    pub fn from_code(code: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The `tag` parameter.
    pub fn tag(self) -> &'static str {
        match self {
            Profile::ClientRequest | Profile::ClientStatusRequest | Profile::KeyRegistration => TAG_CLIENT,
            Profile::BackendResponse | Profile::Webhook => TAG_BACKEND,
            Profile::PlatformTool => TAG_PLATFORM,
        }
    }

    /// Whether the profile signs a response (with `;req` components) rather than a request.
    pub fn is_response(self) -> bool {
        self == Profile::BackendResponse
    }

    /// Whether the body is covered through `content-digest` (and `content-type`).
    pub fn covers_body(self) -> bool {
        self != Profile::ClientStatusRequest
    }

    /// The components this profile covers for a message with `headers`. `authorization` and
    /// `idempotency-key` are covered exactly when present (and where the profile includes them),
    /// so a verifier can insist that a present one is covered.
    pub fn components(self, headers: &Headers) -> Vec<Component> {
        if self.is_response() {
            return vec![
                Component::derived(Derived::Status),
                Component::field(CONTENT_DIGEST),
                Component::derived(Derived::Method).from_request(),
                Component::derived(Derived::TargetUri).from_request(),
            ];
        }
        let mut out = vec![
            Component::derived(Derived::Method),
            Component::derived(Derived::TargetUri),
        ];
        if self.covers_body() {
            out.push(Component::field(CONTENT_DIGEST));
            out.push(Component::field(CONTENT_TYPE));
        }
        if self != Profile::Webhook && headers.contains(AUTHORIZATION) {
            out.push(Component::field(AUTHORIZATION));
        }
        if self.covers_body() && headers.contains(IDEMPOTENCY_KEY) {
            out.push(Component::field(IDEMPOTENCY_KEY));
        }
        out
    }
}

/// Why an `Idempotency-Key` could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdempotencyKeyError {
    /// The key is not representable as an sf-string (printable ASCII), or the field is not one.
    #[error("idempotency-key is not a structured-field string")]
    Malformed,
}

/// The `Idempotency-Key` field value for a report id: an sf-string, e.g. `"0190…"`.
pub fn idempotency_key_value(report_id: &str) -> Result<String, IdempotencyKeyError> {
    let s = sfv::String::from_string(report_id.to_string()).map_err(|_| IdempotencyKeyError::Malformed)?;
    let item = sfv::Item::new(sfv::BareItem::String(s));
    Ok(sfv::FieldType::serialize(&item))
}

/// Reads `Idempotency-Key` as an sf-string; `Ok(None)` when absent.
pub fn idempotency_key(headers: &Headers) -> Result<Option<String>, IdempotencyKeyError> {
    let Some(value) = headers.combined(IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    let item: sfv::Item = sfv::Parser::new(&value)
        .parse()
        .map_err(|_| IdempotencyKeyError::Malformed)?;
    match item.bare_item {
        sfv::BareItem::String(s) if item.params.is_empty() => Ok(Some(s.as_str().to_string())),
        _ => Err(IdempotencyKeyError::Malformed),
    }
}

/// An error `code` from DESIGN's table: what the client does next depends only on this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 401: refresh the auth header, retry.
    AuthExpired,
    /// 403: register the key, retry.
    KeyUnknown,
    /// 403: register a new key, retry.
    KeyRevoked,
    /// 400: store the offset from `server_time`, re-sign, retry.
    ClockSkew,
    /// 400: park with reason (a bug, not the child's fault).
    SignatureInvalid,
    /// 400: park with reason.
    DigestMismatch,
    /// 409: wait, retry.
    InProgress,
    /// 413: park with reason.
    TooLarge,
    /// 422: park with reason; migrate on upgrade.
    SchemaInvalid,
    /// 422: park with reason.
    IdempotencyMismatch,
    /// 429: wait for Retry-After, retry.
    RateLimited,
    /// 503: wait for Retry-After, retry.
    Unavailable,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 12] = [
        ErrorCode::AuthExpired,
        ErrorCode::KeyUnknown,
        ErrorCode::KeyRevoked,
        ErrorCode::ClockSkew,
        ErrorCode::SignatureInvalid,
        ErrorCode::DigestMismatch,
        ErrorCode::InProgress,
        ErrorCode::TooLarge,
        ErrorCode::SchemaInvalid,
        ErrorCode::IdempotencyMismatch,
        ErrorCode::RateLimited,
        ErrorCode::Unavailable,
    ];

    /// The wire string, e.g. `clock_skew`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::AuthExpired => "auth_expired",
            ErrorCode::KeyUnknown => "key_unknown",
            ErrorCode::KeyRevoked => "key_revoked",
            ErrorCode::ClockSkew => "clock_skew",
            ErrorCode::SignatureInvalid => "signature_invalid",
            ErrorCode::DigestMismatch => "digest_mismatch",
            ErrorCode::InProgress => "in_progress",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::SchemaInvalid => "schema_invalid",
            ErrorCode::IdempotencyMismatch => "idempotency_mismatch",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Unavailable => "unavailable",
        }
    }

    /// The code for a wire string; `None` for codes this version does not know.
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The HTTP status the backend answers with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::AuthExpired => 401,
            ErrorCode::KeyUnknown | ErrorCode::KeyRevoked => 403,
            ErrorCode::ClockSkew | ErrorCode::SignatureInvalid | ErrorCode::DigestMismatch => 400,
            ErrorCode::InProgress => 409,
            ErrorCode::TooLarge => 413,
            ErrorCode::SchemaInvalid | ErrorCode::IdempotencyMismatch => 422,
            ErrorCode::RateLimited => 429,
            ErrorCode::Unavailable => 503,
        }
    }
}

/// The JSON error body `{"code": "...", "server_time": ...}`, signed like any response.
/// `server_time` is the backend's clock in Unix seconds (the unit of `created`), so a client can
/// store the offset after `clock_skew`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What went wrong.
    pub code: ErrorCode,
    /// The backend's time, Unix seconds.
    pub server_time: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_have_distinct_codes_and_design_tags() {
        for p in Profile::ALL {
            assert_eq!(Profile::from_code(p.code()), Some(p));
        }
        let tags: Vec<_> = Profile::ALL.iter().map(|p| p.tag()).collect();
        assert_eq!(tags, ["tsc", "tsc", "tsc", "tsb", "tsb", "tsp"]);
    }

    #[test]
    fn optional_headers_are_covered_only_when_present() {
        let mut h = Headers::new();
        let names = |p: Profile, h: &Headers| {
            p.components(h)
                .iter()
                .map(|c| c.identifier())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            names(Profile::ClientRequest, &h),
            r#""@method" "@target-uri" "content-digest" "content-type""#
        );
        h.append("Authorization", "Bearer x");
        h.append("Idempotency-Key", "\"r1\"");
        assert_eq!(
            names(Profile::ClientRequest, &h),
            r#""@method" "@target-uri" "content-digest" "content-type" "authorization" "idempotency-key""#
        );
        assert_eq!(
            names(Profile::ClientStatusRequest, &h),
            r#""@method" "@target-uri" "authorization""#
        );
        assert_eq!(
            names(Profile::Webhook, &h),
            r#""@method" "@target-uri" "content-digest" "content-type" "idempotency-key""#
        );
        assert_eq!(
            names(Profile::BackendResponse, &h),
            r#""@status" "content-digest" "@method";req "@target-uri";req"#
        );
    }

    #[test]
    fn idempotency_key_is_an_sf_string() {
        let v = idempotency_key_value("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b").unwrap();
        assert_eq!(v, "\"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b\"");
        let mut h = Headers::new();
        h.append("Idempotency-Key", v);
        assert_eq!(
            idempotency_key(&h).unwrap().as_deref(),
            Some("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b")
        );
        h.set("Idempotency-Key", "bare-token");
        assert_eq!(idempotency_key(&h), Err(IdempotencyKeyError::Malformed));
        assert_eq!(idempotency_key_value("é"), Err(IdempotencyKeyError::Malformed));
    }

    #[test]
    fn error_body_serializes_as_designed() {
        let body = ErrorBody {
            code: ErrorCode::ClockSkew,
            server_time: 1_700_000_000,
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"code":"clock_skew","server_time":1700000000}"#
        );
        for code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.code());
            assert!((400..600).contains(&code.http_status()));
        }
    }
}
