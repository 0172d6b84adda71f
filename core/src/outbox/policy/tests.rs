//! One test per row of the error table, plus the backoff and age rules.

use super::response::parse_http_date;
use super::*;
use proptest::prelude::*;

fn now() -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000).unwrap()
}

fn ctx() -> AttemptContext {
    AttemptContext::default()
}

fn decide_response(ctx: AttemptContext, response: ServerResponse) -> Decision {
    decide(
        &RetryPolicy::default(),
        ctx,
        &AttemptOutcome::Response(response),
        now(),
        12345,
    )
}

fn retry_delay(d: Decision) -> (i64, Option<Prerequisite>) {
    match d {
        Decision::Retry { at, prerequisite, .. } => (at.unix_millis() - now().unix_millis(), prerequisite),
        other => panic!("expected a retry, got {other:?}"),
    }
}

#[test]
fn success_and_idempotent_duplicate_are_delivered() {
    for status in [200, 201, 202, 204, 299] {
        assert_eq!(
            decide_response(ctx(), ServerResponse::status(status)),
            Decision::Delivered
        );
    }
}

#[test]
fn auth_expired_refreshes_then_retries_at_once() {
    let (delay, pre) = retry_delay(decide_response(
        ctx(),
        ServerResponse::error(401, ErrorCode::AuthExpired),
    ));
    assert_eq!((delay, pre), (0, Some(Prerequisite::RefreshAuth)));
}

#[test]
fn repeated_prerequisite_backs_off_instead_of_looping() {
    let again = AttemptContext {
        failed_attempts: 3,
        previous_prerequisite: Some(Prerequisite::RefreshAuth),
        ..ctx()
    };
    let (delay, pre) = retry_delay(decide_response(
        again,
        ServerResponse::error(401, ErrorCode::AuthExpired),
    ));
    assert_eq!(pre, Some(Prerequisite::RefreshAuth));
    assert!(delay >= MIN_RETRY_DELAY_MS);
}

#[test]
fn unknown_or_revoked_key_registers_then_retries() {
    for code in [ErrorCode::KeyUnknown, ErrorCode::KeyRevoked] {
        let (delay, pre) = retry_delay(decide_response(ctx(), ServerResponse::error(403, code)));
        assert_eq!((delay, pre), (0, Some(Prerequisite::Register)));
    }
}

#[test]
fn clock_skew_stores_the_offset_and_resigns() {
    let server = now().plus_millis(-90_000);
    let response = ServerResponse {
        server_time: Some(server),
        ..ServerResponse::error(400, ErrorCode::ClockSkew)
    };
    match decide_response(ctx(), response) {
        Decision::Retry {
            at,
            prerequisite,
            clock_offset_ms,
        } => {
            assert_eq!(at, now());
            assert_eq!(prerequisite, Some(Prerequisite::Resync));
            assert_eq!(clock_offset_ms, Some(-90_000));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn absurd_clock_offsets_are_clamped() {
    let response = ServerResponse {
        server_time: Timestamp::from_unix_millis(0),
        ..ServerResponse::error(400, ErrorCode::ClockSkew)
    };
    match decide_response(ctx(), response) {
        Decision::Retry { clock_offset_ms, .. } => assert_eq!(clock_offset_ms, Some(-MAX_CLOCK_OFFSET_MS)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn clock_skew_without_server_time_backs_off() {
    let (delay, pre) = retry_delay(decide_response(
        ctx(),
        ServerResponse::error(400, ErrorCode::ClockSkew),
    ));
    assert_eq!(pre, None);
    assert!(delay >= MIN_RETRY_DELAY_MS);
}

#[test]
fn bugs_in_signing_or_body_park_with_reason() {
    let rows = [
        (400, ErrorCode::SignatureInvalid, ParkReason::SignatureInvalid),
        (400, ErrorCode::DigestMismatch, ParkReason::DigestMismatch),
        (413, ErrorCode::TooLarge, ParkReason::TooLarge),
        (422, ErrorCode::SchemaInvalid, ParkReason::SchemaInvalid),
        (
            422,
            ErrorCode::IdempotencyMismatch,
            ParkReason::IdempotencyMismatch,
        ),
    ];
    for (status, code, reason) in rows {
        assert_eq!(
            decide_response(ctx(), ServerResponse::error(status, code)),
            Decision::Park(reason)
        );
    }
    // A proxy's 413 carries no code: still too large.
    assert_eq!(
        decide_response(ctx(), ServerResponse::status(413)),
        Decision::Park(ParkReason::TooLarge)
    );
}

#[test]
fn in_progress_waits_then_retries() {
    let (delay, pre) = retry_delay(decide_response(
        ctx(),
        ServerResponse::error(409, ErrorCode::InProgress),
    ));
    assert_eq!((delay, pre), (IN_PROGRESS_WAIT_MS, None));
}

#[test]
fn rate_limited_and_unavailable_honour_retry_after() {
    for (status, code) in [(429, ErrorCode::RateLimited), (503, ErrorCode::Unavailable)] {
        let response = ServerResponse {
            retry_after_ms: Some(42_000),
            ..ServerResponse::error(status, code)
        };
        assert_eq!(retry_delay(decide_response(ctx(), response)), (42_000, None));
        // Without Retry-After: backoff.
        let (delay, _) = retry_delay(decide_response(ctx(), ServerResponse::status(status)));
        assert!((MIN_RETRY_DELAY_MS..=BASE_RETRY_DELAY_MS).contains(&delay));
    }
}

#[test]
fn retry_after_is_capped_so_a_proxy_cannot_suspend_reports() {
    let response = ServerResponse {
        retry_after_ms: Some(i64::MAX),
        ..ServerResponse::status(503)
    };
    assert_eq!(
        retry_delay(decide_response(ctx(), response)),
        (MAX_RETRY_AFTER_MS, None)
    );
}

#[test]
fn timeouts_network_errors_and_other_5xx_back_off() {
    for status in [408, 500, 502, 504, 599] {
        let (delay, pre) = retry_delay(decide_response(ctx(), ServerResponse::status(status)));
        assert_eq!(pre, None, "status {status}");
        assert!(delay >= MIN_RETRY_DELAY_MS);
    }
    for outcome in [AttemptOutcome::NetworkError, AttemptOutcome::SigningUnavailable] {
        let d = decide(&RetryPolicy::default(), ctx(), &outcome, now(), 7);
        assert!(matches!(
            d,
            Decision::Retry {
                prerequisite: None,
                ..
            }
        ));
    }
}

#[test]
fn any_other_status_parks_with_that_status() {
    for status in [
        400, 401, 403, 404, 409, 410, 418, 422, 451, 100, 301, 302, 304, 600,
    ] {
        assert_eq!(
            decide_response(ctx(), ServerResponse::status(status)),
            Decision::Park(ParkReason::Rejected { status }),
            "status {status}"
        );
    }
    // A known code on the wrong status is not trusted either.
    assert_eq!(
        decide_response(ctx(), ServerResponse::error(400, ErrorCode::AuthExpired)),
        Decision::Park(ParkReason::Rejected { status: 400 })
    );
}

#[test]
fn non_urgent_items_ask_after_max_attempts_urgent_keep_going() {
    let last = AttemptContext {
        failed_attempts: MAX_ATTEMPTS_BEFORE_ASKING - 1,
        ..ctx()
    };
    let before = AttemptContext {
        failed_attempts: MAX_ATTEMPTS_BEFORE_ASKING - 2,
        ..ctx()
    };
    let d = decide(
        &RetryPolicy::default(),
        last,
        &AttemptOutcome::NetworkError,
        now(),
        1,
    );
    assert_eq!(d, Decision::Ask(AskReason::ManyAttempts));
    let d = decide(
        &RetryPolicy::default(),
        before,
        &AttemptOutcome::NetworkError,
        now(),
        1,
    );
    assert!(matches!(d, Decision::Retry { .. }));
    let urgent = AttemptContext { urgent: true, ..last };
    let d = decide(
        &RetryPolicy::default(),
        urgent,
        &AttemptOutcome::NetworkError,
        now(),
        u64::MAX,
    );
    match d {
        Decision::Retry { at, .. } => assert!(at.unix_millis() - now().unix_millis() <= MAX_RETRY_DELAY_MS),
        other => panic!("{other:?}"),
    }
}

#[test]
fn age_rule_asks_only_non_urgent_items_after_thirty_days() {
    let p = RetryPolicy::default();
    let created = now();
    let just_before = created.plus_millis(CONFIRM_AFTER_MS - 1);
    let at = created.plus_millis(CONFIRM_AFTER_MS);
    assert!(!needs_confirmation(&p, false, created, just_before));
    assert!(needs_confirmation(&p, false, created, at));
    assert!(!needs_confirmation(
        &p,
        true,
        created,
        at.plus_millis(10 * CONFIRM_AFTER_MS)
    ));
}

#[test]
fn error_codes_round_trip_and_match_serde() {
    for code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(
            serde_json::to_value(code).unwrap(),
            serde_json::json!(code.code())
        );
    }
    assert_eq!(ErrorCode::from_code("no_such_code"), None);
}

#[test]
fn response_parts_parse_body_and_retry_after() {
    let body = br#"{"code":"clock_skew","server_time":"2027-01-15T08:00:00.000Z"}"#;
    let r = ServerResponse::from_parts(400, body, None, now());
    assert_eq!(r.code, Some(ErrorCode::ClockSkew));
    assert_eq!(r.server_time, Timestamp::parse_rfc3339("2027-01-15T08:00:00Z"));
    let r = ServerResponse::from_parts(
        400,
        br#"{"code":"clock_skew","server_time":1700000000}"#,
        None,
        now(),
    );
    assert_eq!(r.server_time.map(Timestamp::unix_seconds), Some(1_700_000_000));
    let r = ServerResponse::from_parts(503, b"<html>busy</html>", Some("120"), now());
    assert_eq!((r.code, r.retry_after_ms), (None, Some(120_000)));
}

#[test]
fn retry_after_accepts_http_dates() {
    let base = Timestamp::parse_rfc3339("1994-11-06T08:49:00Z").unwrap();
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", base),
        Some(37_000)
    );
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", base.plus_millis(60_000)),
        Some(0)
    );
    assert_eq!(parse_retry_after("soon", base), None);
}

#[test]
fn retry_after_reads_every_http_date_form_and_refuses_near_misses() {
    let base = Timestamp::parse_rfc3339("1994-11-06T08:49:00Z").unwrap();
    // RFC 9110 §5.6.7's three forms of the same instant.
    for date in [
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
        "  Sun, 06 Nov 1994 08:49:37 GMT ",
    ] {
        assert_eq!(parse_retry_after(date, base), Some(37_000), "{date}");
    }
    assert_eq!(
        parse_retry_after("Wed Nov 16 08:49:37 1994", base),
        Some(10 * 86_400_000 + 37_000)
    );
    for near_miss in [
        "Mon, 06 Nov 1994 08:49:37 GMT", // wrong day name
        "sun, 06 Nov 1994 08:49:37 GMT", // names are case-sensitive
        "Sun, 6 Nov 1994 08:49:37 GMT",  // IMF-fixdate has two-digit days
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 06 Nov 1994 08:49:37 +0000",
        "Sun, 06 Nov 1994 8:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:60 GMT",
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 31 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37",
        "Sun,  06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94-1 08:49:37 GMT",
        "",
    ] {
        assert_eq!(parse_retry_after(near_miss, base), None, "{near_miss}");
    }
}

#[test]
fn rfc850_two_digit_years_are_at_most_fifty_years_ahead() {
    let now = Timestamp::parse_rfc3339("2026-06-01T00:00:00Z").unwrap();
    let year_of = |date: &str| {
        let ms = parse_http_date(date, now).unwrap();
        time::OffsetDateTime::from_unix_timestamp(ms / 1000)
            .unwrap()
            .year()
    };
    assert_eq!(year_of("Wednesday, 01-Jan-76 00:00:00 GMT"), 2076);
    assert_eq!(year_of("Saturday, 01-Jan-77 00:00:00 GMT"), 1977);
    assert_eq!(year_of("Friday, 01-Jan-27 00:00:00 GMT"), 2027);
}

proptest! {
    #[test]
    fn http_dates_read_back_what_time_writes(secs in 0i64..253_402_300_799) {
        let at = time::OffsetDateTime::from_unix_timestamp(secs).unwrap();
        let imf = at
            .format(&time::format_description::parse("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT").unwrap())
            .unwrap();
        let now = Timestamp::from_unix_millis(0).unwrap();
        prop_assert_eq!(parse_http_date(&imf, now), Some(secs * 1000), "{}", imf);
        // The same text through time's RFC 2822 parser, which the outbox used before.
        let old = time::OffsetDateTime::parse(&imf, &time::format_description::well_known::Rfc2822).unwrap();
        prop_assert_eq!(old.unix_timestamp(), secs);
    }
}

proptest! {
    #[test]
    fn backoff_stays_within_full_jitter_bounds(failed in 0u32..200, jitter: u64) {
        let p = RetryPolicy::default();
        let d = backoff_ms(&p, failed, jitter);
        let ceiling = (BASE_RETRY_DELAY_MS.saturating_mul(1 << failed.min(40))).min(MAX_RETRY_DELAY_MS);
        prop_assert!(d >= MIN_RETRY_DELAY_MS);
        prop_assert!(d <= ceiling.max(MIN_RETRY_DELAY_MS));
    }

    #[test]
    fn every_outcome_gets_a_decision_and_never_a_silent_drop(
        status in 0u16..700,
        code in proptest::option::of(0usize..ErrorCode::ALL.len()),
        failed in 0u32..150,
        urgent: bool,
        jitter: u64,
    ) {
        let response = ServerResponse { code: code.map(|i| ErrorCode::ALL[i]), ..ServerResponse::status(status) };
        let c = AttemptContext { failed_attempts: failed, urgent, previous_prerequisite: None };
        let d = decide(&RetryPolicy::default(), c, &AttemptOutcome::Response(response), now(), jitter);
        if (200..300).contains(&status) {
            prop_assert_eq!(d, Decision::Delivered);
        }
        if let Decision::Retry { at, .. } = d {
            prop_assert!(at >= now());
            prop_assert!(at.unix_millis() - now().unix_millis() <= MAX_RETRY_AFTER_MS.max(MAX_RETRY_DELAY_MS));
        }
        if urgent {
            prop_assert!(!matches!(d, Decision::Ask(_)));
        }
    }
}
