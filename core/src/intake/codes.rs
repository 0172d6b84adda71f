//! The error-code table of the wire format (DESIGN "Signing, keys and wire format").
//!
//! Every error a backend sends is `{"code": ..., "server_time": ...}` with the HTTP status
//! fixed by the code, so a client can act on the code alone. The codes the client table names
//! come first; the rest are answers to account-bound requests (status, appeal, info, delete)
//! that the client parks with their reason.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable error code. The wire value is the `serde` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 401: the platform's auth header is missing, expired or wrong; refresh it and retry.
    AuthExpired,
    /// 403: the signing key is not registered for this account; register and retry.
    KeyUnknown,
    /// 403: the signing key was revoked; register a new one and retry.
    KeyRevoked,
    /// 403: registration of a key id already bound to another account (never rebound).
    KeyBoundElsewhere,
    /// 400: `created` is too far from server time; the body carries `server_time`.
    ClockSkew,
    /// 400: missing, malformed or wrong signature (a bug, not the child's fault).
    SignatureInvalid,
    /// 400: the `Content-Digest` does not match the body.
    DigestMismatch,
    /// 409: the same report is being stored by a concurrent request; wait and retry.
    InProgress,
    /// 413: the body exceeds the size or nesting limit.
    TooLarge,
    /// 415: the content type is not one this backend accepts (yet).
    UnsupportedMediaType,
    /// 422: the body is not a valid Report v1 (or appeal / info body).
    SchemaInvalid,
    /// 422: the same report id was sent before with a different body.
    IdempotencyMismatch,
    /// 404: no such report for this account (another account's report looks the same).
    NotFound,
    /// 409: the appeal window for this decision has ended.
    AppealWindowClosed,
    /// 409: this decision was already appealed (one appeal per decision).
    AppealAlreadyMade,
    /// 409: the report is in a state that does not accept this request.
    InvalidState,
    /// 409: a preservation hold applies, so the report cannot be deleted now.
    DeleteRefusedHold,
    /// 409: a legal duty (e.g. a report to NCMEC or police) requires keeping the report.
    DeleteRefusedDuty,
    /// 429: too many requests for this key or account; wait for `Retry-After`.
    RateLimited,
    /// 503: the backend cannot take requests now; wait for `Retry-After`.
    Unavailable,
}

impl ErrorCode {
    /// The HTTP status this code is always sent with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::AuthExpired => 401,
            ErrorCode::KeyUnknown | ErrorCode::KeyRevoked | ErrorCode::KeyBoundElsewhere => 403,
            ErrorCode::ClockSkew | ErrorCode::SignatureInvalid | ErrorCode::DigestMismatch => 400,
            ErrorCode::InProgress
            | ErrorCode::AppealWindowClosed
            | ErrorCode::AppealAlreadyMade
            | ErrorCode::InvalidState
            | ErrorCode::DeleteRefusedHold
            | ErrorCode::DeleteRefusedDuty => 409,
            ErrorCode::TooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::SchemaInvalid | ErrorCode::IdempotencyMismatch => 422,
            ErrorCode::NotFound => 404,
            ErrorCode::RateLimited => 429,
            ErrorCode::Unavailable => 503,
        }
    }

    /// The wire code (`"clock_skew"`).
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::AuthExpired => "auth_expired",
            ErrorCode::KeyUnknown => "key_unknown",
            ErrorCode::KeyRevoked => "key_revoked",
            ErrorCode::KeyBoundElsewhere => "key_bound_elsewhere",
            ErrorCode::ClockSkew => "clock_skew",
            ErrorCode::SignatureInvalid => "signature_invalid",
            ErrorCode::DigestMismatch => "digest_mismatch",
            ErrorCode::InProgress => "in_progress",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::SchemaInvalid => "schema_invalid",
            ErrorCode::IdempotencyMismatch => "idempotency_mismatch",
            ErrorCode::NotFound => "not_found",
            ErrorCode::AppealWindowClosed => "appeal_window_closed",
            ErrorCode::AppealAlreadyMade => "appeal_already_made",
            ErrorCode::InvalidState => "invalid_state",
            ErrorCode::DeleteRefusedHold => "delete_refused_hold",
            ErrorCode::DeleteRefusedDuty => "delete_refused_duty",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Unavailable => "unavailable",
        }
    }

    /// Every code, for documentation and tests (the OpenAPI enum lists the same).
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::AuthExpired,
        ErrorCode::KeyUnknown,
        ErrorCode::KeyRevoked,
        ErrorCode::KeyBoundElsewhere,
        ErrorCode::ClockSkew,
        ErrorCode::SignatureInvalid,
        ErrorCode::DigestMismatch,
        ErrorCode::InProgress,
        ErrorCode::TooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::SchemaInvalid,
        ErrorCode::IdempotencyMismatch,
        ErrorCode::NotFound,
        ErrorCode::AppealWindowClosed,
        ErrorCode::AppealAlreadyMade,
        ErrorCode::InvalidState,
        ErrorCode::DeleteRefusedHold,
        ErrorCode::DeleteRefusedDuty,
        ErrorCode::RateLimited,
        ErrorCode::Unavailable,
    ];

    /// Whether a client should wait for `Retry-After` and send again (429 / 503 / 409 in progress).
    pub fn is_retry_later(self) -> bool {
        matches!(
            self,
            ErrorCode::RateLimited | ErrorCode::Unavailable | ErrorCode::InProgress
        )
    }
}

/// The signing module's wire codes are the client-facing rows of this table: a verification
/// failure is answered with exactly the code (and so the status) core's `wire_code()` names.
impl From<crate::sign::ErrorCode> for ErrorCode {
    fn from(code: crate::sign::ErrorCode) -> ErrorCode {
        use crate::sign::ErrorCode as Wire;
        match code {
            Wire::AuthExpired => ErrorCode::AuthExpired,
            Wire::KeyUnknown => ErrorCode::KeyUnknown,
            Wire::KeyRevoked => ErrorCode::KeyRevoked,
            Wire::ClockSkew => ErrorCode::ClockSkew,
            Wire::SignatureInvalid => ErrorCode::SignatureInvalid,
            Wire::DigestMismatch => ErrorCode::DigestMismatch,
            Wire::InProgress => ErrorCode::InProgress,
            Wire::TooLarge => ErrorCode::TooLarge,
            Wire::SchemaInvalid => ErrorCode::SchemaInvalid,
            Wire::IdempotencyMismatch => ErrorCode::IdempotencyMismatch,
            Wire::RateLimited => ErrorCode::RateLimited,
            Wire::Unavailable => ErrorCode::Unavailable,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sign_wire_codes_keep_their_code_and_status() {
        for wire in crate::sign::ErrorCode::ALL {
            let ours = ErrorCode::from(wire);
            assert_eq!(ours.code(), wire.code());
            assert_eq!(ours.http_status(), wire.http_status());
        }
    }

    use super::*;

    #[test]
    fn codes_match_serde_and_design_table() {
        let mut seen = std::collections::BTreeSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.code()));
            assert_eq!(
                serde_json::to_string(&code).unwrap(),
                format!("\"{}\"", code.code())
            );
            assert!((400..600).contains(&code.http_status()));
        }
        // The rows of the DESIGN table the client acts on.
        assert_eq!(ErrorCode::AuthExpired.http_status(), 401);
        assert_eq!(ErrorCode::KeyRevoked.http_status(), 403);
        assert_eq!(ErrorCode::ClockSkew.http_status(), 400);
        assert_eq!(ErrorCode::InProgress.http_status(), 409);
        assert_eq!(ErrorCode::TooLarge.http_status(), 413);
        assert_eq!(ErrorCode::IdempotencyMismatch.http_status(), 422);
        assert_eq!(ErrorCode::RateLimited.http_status(), 429);
        assert_eq!(ErrorCode::Unavailable.http_status(), 503);
    }
}
