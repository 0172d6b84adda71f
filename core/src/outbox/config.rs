//! Outbox configuration with named defaults.

use super::policy::RetryPolicy;

/// Most items the outbox holds (pending, parked and waiting for confirmation together). A child
/// does not file a hundred reports offline; the bound keeps storage and start-up time small
/// (every record is opened at start) and stops a runaway caller from filling the disk.
pub const DEFAULT_MAX_ITEMS: usize = 100;
/// Largest body accepted. A report is structured JSON with references to evidence, not the
/// evidence itself: 256 KiB is far above any valid report and below every backend limit we set.
pub const DEFAULT_MAX_BODY_BYTES: usize = 256 * 1024;
/// How long `next_ready` keeps an item it handed out from being handed out again, unless
/// `record_attempt` comes first. Longer than a whole request's transport timeout (60 s) so one
/// slow send is never doubled; short enough that a cancelled send is retried within minutes.
pub const DEFAULT_IN_FLIGHT_LEASE_MS: i64 = 2 * 60 * 1000;

/// Capacity and retry policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxConfig {
    /// See [`DEFAULT_MAX_ITEMS`].
    pub max_items: usize,
    /// See [`DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: usize,
    /// See [`DEFAULT_IN_FLIGHT_LEASE_MS`].
    pub in_flight_lease_ms: i64,
    /// Backoff, attempt and age limits.
    pub retry: RetryPolicy,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            max_items: DEFAULT_MAX_ITEMS,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            in_flight_lease_ms: DEFAULT_IN_FLIGHT_LEASE_MS,
            retry: RetryPolicy::default(),
        }
    }
}
