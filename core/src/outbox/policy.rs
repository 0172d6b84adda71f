//! Delivery policy: what to do after an attempt, as a pure function (sans-I/O, glean-style).
//!
//! The driver feeds in the item's history, the outcome of one attempt, the time and one random
//! number; the policy answers delivered / retry at a time (possibly after a prerequisite such as
//! refreshing auth) / park with a reason / ask the child. Nothing here touches storage or the
//! network, so every row of the error table in DESIGN.md is a plain unit test.

use serde::Serialize;

use crate::timestamp::Timestamp;

const SECOND_MS: i64 = 1_000;
const MINUTE_MS: i64 = 60 * SECOND_MS;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;

/// First backoff step. A mobile link that just dropped often recovers within seconds; 2 s makes
/// the first retry quick without hammering a struggling backend.
pub const BASE_RETRY_DELAY_MS: i64 = 2 * SECOND_MS;
/// Backoff ceiling. A report held back longer than this by backoff alone costs the child more
/// than one request per device per half hour costs a recovering backend.
pub const MAX_RETRY_DELAY_MS: i64 = 30 * MINUTE_MS;
/// Smallest delay between two attempts of one item, so full jitter (which may draw zero) can
/// never turn a fast-failing path into a tight loop.
pub const MIN_RETRY_DELAY_MS: i64 = SECOND_MS;
/// Failed attempts after which a non-urgent item stops and asks the child "still send?". With
/// backoff capped at 30 min and full jitter (mean 15 min) this is roughly a day of continuous
/// failure: long enough to outlast an outage, short enough that the child is not left guessing.
/// Urgent items never stop; they keep retrying at the ceiling.
pub const MAX_ATTEMPTS_BEFORE_ASKING: u32 = 100;
/// Wait after `409 in_progress` (another attempt of the same report is being stored): the
/// backend finishes a store in well under a second; 5 s leaves room without delaying the receipt.
pub const IN_PROGRESS_WAIT_MS: i64 = 5 * SECOND_MS;
/// Longest `Retry-After` we honour. A server, or a hostile proxy on a school network, must not
/// be able to suspend a child's report indefinitely with one header.
pub const MAX_RETRY_AFTER_MS: i64 = 6 * HOUR_MS;
/// Age after which a non-urgent item asks the child "still send?" (DESIGN.md: 30 days). A month
/// later the situation may have changed; the child decides, the SDK never drops it.
pub const CONFIRM_AFTER_MS: i64 = 30 * DAY_MS;
/// Largest clock offset accepted from a `clock_skew` answer. Device clocks can be years off
/// (dead RTC battery); beyond ten years the answer is garbage and applying it would only break
/// every later signature.
pub const MAX_CLOCK_OFFSET_MS: i64 = 10 * 366 * DAY_MS;

/// Retry policy knobs; [`Default`] gives the named constants above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// See [`BASE_RETRY_DELAY_MS`].
    pub base_delay_ms: i64,
    /// See [`MAX_RETRY_DELAY_MS`].
    pub max_delay_ms: i64,
    /// See [`MIN_RETRY_DELAY_MS`].
    pub min_delay_ms: i64,
    /// See [`MAX_ATTEMPTS_BEFORE_ASKING`].
    pub max_attempts_before_asking: u32,
    /// See [`IN_PROGRESS_WAIT_MS`].
    pub in_progress_wait_ms: i64,
    /// See [`MAX_RETRY_AFTER_MS`].
    pub max_retry_after_ms: i64,
    /// See [`CONFIRM_AFTER_MS`].
    pub confirm_after_ms: i64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base_delay_ms: BASE_RETRY_DELAY_MS,
            max_delay_ms: MAX_RETRY_DELAY_MS,
            min_delay_ms: MIN_RETRY_DELAY_MS,
            max_attempts_before_asking: MAX_ATTEMPTS_BEFORE_ASKING,
            in_progress_wait_ms: IN_PROGRESS_WAIT_MS,
            max_retry_after_ms: MAX_RETRY_AFTER_MS,
            confirm_after_ms: CONFIRM_AFTER_MS,
        }
    }
}

mod response;
pub use response::{AttemptOutcome, ErrorCode, ServerResponse, parse_retry_after};

/// Something the client must do before the next attempt of this item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Prerequisite {
    /// `401 auth_expired`: refresh the platform auth header.
    RefreshAuth,
    /// `403 key_unknown` / `key_revoked`: call `register()` for the install key.
    Register,
    /// `400 clock_skew`: sign with the stored clock offset (the outbox stores it).
    Resync,
}

crate::status::code_de::code_enum_de!(Prerequisite {
    RefreshAuth => "refresh_auth",
    Register => "register",
    Resync => "resync",
});

/// Why an item is parked: kept, visible, counted, but not retried until the app asks
/// (a bug or an upgrade, not the child's fault).
///
/// `Deserialize` is hand-written in `item_de` (same accepted input, no `Content` buffering).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum ParkReason {
    /// `400 signature_invalid`.
    SignatureInvalid,
    /// `400 digest_mismatch`.
    DigestMismatch,
    /// `413 too_large`.
    TooLarge,
    /// `422 schema_invalid`: migrate on upgrade.
    SchemaInvalid,
    /// `422 idempotency_mismatch`.
    IdempotencyMismatch,
    /// Any other status the table does not list (4xx, 1xx, 3xx).
    Rejected {
        /// The HTTP status.
        status: u16,
    },
}

impl ParkReason {
    /// A stable machine-readable code for apps and health figures.
    pub fn code(self) -> &'static str {
        match self {
            ParkReason::SignatureInvalid => "signature_invalid",
            ParkReason::DigestMismatch => "digest_mismatch",
            ParkReason::TooLarge => "too_large",
            ParkReason::SchemaInvalid => "schema_invalid",
            ParkReason::IdempotencyMismatch => "idempotency_mismatch",
            ParkReason::Rejected { .. } => "rejected",
        }
    }
}

/// Why an item waits for the child's "still send?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AskReason {
    /// A non-urgent item older than [`CONFIRM_AFTER_MS`].
    Old,
    /// A non-urgent item failed [`MAX_ATTEMPTS_BEFORE_ASKING`] times.
    ManyAttempts,
}

crate::status::code_de::code_enum_de!(AskReason {
    Old => "old",
    ManyAttempts => "many_attempts",
});

/// The policy's answer after one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Stored by the backend (2xx, including an idempotent duplicate): remove the item.
    Delivered,
    /// Try again at `at`, after doing `prerequisite` if there is one.
    Retry {
        /// Earliest time of the next attempt.
        at: Timestamp,
        /// What to do first.
        prerequisite: Option<Prerequisite>,
        /// For [`Prerequisite::Resync`]: server time minus device time, in ms.
        clock_offset_ms: Option<i64>,
    },
    /// Stop and keep the item visible with a reason.
    Park(ParkReason),
    /// Stop and ask the child whether to still send it.
    Ask(AskReason),
}

/// The item's history the policy needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AttemptContext {
    /// Failed attempts before this one.
    pub failed_attempts: u32,
    /// Urgent categories never stop retrying and never age out.
    pub urgent: bool,
    /// The prerequisite the previous failure asked for, if any.
    pub previous_prerequisite: Option<Prerequisite>,
}

/// Decides what follows `outcome`. `jitter` is a uniformly random `u64` (full jitter is drawn
/// from it), `now` is the time the outcome was observed.
pub fn decide(
    policy: &RetryPolicy,
    ctx: AttemptContext,
    outcome: &AttemptOutcome,
    now: Timestamp,
    jitter: u64,
) -> Decision {
    let backoff = |prerequisite: Option<Prerequisite>| {
        retry_or_ask(
            policy,
            ctx,
            now.plus_millis(backoff_ms(policy, ctx.failed_attempts, jitter)),
            prerequisite,
        )
    };
    let response = match outcome {
        AttemptOutcome::NetworkError | AttemptOutcome::SigningUnavailable => return backoff(None),
        AttemptOutcome::Response(r) => r,
    };
    let prerequisite_retry = |p: Prerequisite, offset: Option<i64>| {
        // The first time, act at once: refreshing auth or registering usually fixes it. If the same
        // answer comes right back, the fix did not help: back off instead of looping.
        let at = if ctx.previous_prerequisite == Some(p) {
            now.plus_millis(backoff_ms(policy, ctx.failed_attempts, jitter))
        } else {
            now
        };
        match retry_or_ask(policy, ctx, at, Some(p)) {
            Decision::Retry { at, prerequisite, .. } => Decision::Retry {
                at,
                prerequisite,
                clock_offset_ms: offset,
            },
            other => other,
        }
    };
    let status = response.status;
    match (status, response.code) {
        (200..=299, _) => Decision::Delivered,
        (401, Some(ErrorCode::AuthExpired)) => prerequisite_retry(Prerequisite::RefreshAuth, None),
        (403, Some(ErrorCode::KeyUnknown | ErrorCode::KeyRevoked)) => {
            prerequisite_retry(Prerequisite::Register, None)
        }
        (400, Some(ErrorCode::ClockSkew)) => match response.server_time {
            Some(server) => {
                let offset = server
                    .unix_millis()
                    .saturating_sub(now.unix_millis())
                    .clamp(-MAX_CLOCK_OFFSET_MS, MAX_CLOCK_OFFSET_MS);
                prerequisite_retry(Prerequisite::Resync, Some(offset))
            }
            // Without the server's time there is nothing to correct by: treat as transient.
            None => backoff(None),
        },
        (400, Some(ErrorCode::SignatureInvalid)) => Decision::Park(ParkReason::SignatureInvalid),
        (400, Some(ErrorCode::DigestMismatch)) => Decision::Park(ParkReason::DigestMismatch),
        (409, Some(ErrorCode::InProgress)) => {
            let wait = response.retry_after_ms.unwrap_or(0).clamp(
                policy.in_progress_wait_ms,
                policy.max_retry_after_ms.max(policy.in_progress_wait_ms),
            );
            retry_or_ask(policy, ctx, now.plus_millis(wait), None)
        }
        // 413 from a proxy may carry no code; it is still "too large" and retrying cannot help.
        (413, _) => Decision::Park(ParkReason::TooLarge),
        (422, Some(ErrorCode::SchemaInvalid)) => Decision::Park(ParkReason::SchemaInvalid),
        (422, Some(ErrorCode::IdempotencyMismatch)) => Decision::Park(ParkReason::IdempotencyMismatch),
        (429 | 503, _) => match response.retry_after_ms {
            Some(ms) => {
                let wait = ms.clamp(policy.min_delay_ms, policy.max_retry_after_ms);
                retry_or_ask(policy, ctx, now.plus_millis(wait), None)
            }
            None => backoff(None),
        },
        (408, _) | (500..=599, _) => backoff(None),
        (_, _) => Decision::Park(ParkReason::Rejected { status }),
    }
}

/// Retry at `at`, unless a non-urgent item has now failed too often: then ask the child.
fn retry_or_ask(
    policy: &RetryPolicy,
    ctx: AttemptContext,
    at: Timestamp,
    prerequisite: Option<Prerequisite>,
) -> Decision {
    if !ctx.urgent && ctx.failed_attempts.saturating_add(1) >= policy.max_attempts_before_asking {
        Decision::Ask(AskReason::ManyAttempts)
    } else {
        Decision::Retry {
            at,
            prerequisite,
            clock_offset_ms: None,
        }
    }
}

/// Exponential backoff with full jitter: uniform in `[0, min(max, base * 2^failed)]`, then at
/// least the minimum delay.
pub fn backoff_ms(policy: &RetryPolicy, failed_attempts: u32, jitter: u64) -> i64 {
    let ceiling = policy
        .base_delay_ms
        .max(0)
        .saturating_mul(1_i64 << failed_attempts.min(40))
        .min(policy.max_delay_ms)
        .max(0);
    let span = u64::try_from(ceiling).unwrap_or(0).saturating_add(1);
    let drawn = i64::try_from(jitter % span).unwrap_or(0);
    drawn.max(policy.min_delay_ms)
}

/// Whether a non-urgent item created (or last confirmed) at `since` must now ask "still send?".
pub fn needs_confirmation(policy: &RetryPolicy, urgent: bool, since: Timestamp, now: Timestamp) -> bool {
    !urgent && now.unix_millis().saturating_sub(since.unix_millis()) >= policy.confirm_after_ms
}

#[cfg(test)]
mod tests;
