//! Token-bucket rate limits per signing key and per account.
//!
//! In memory on purpose: a restart forgets the buckets, which at worst lets one extra burst
//! through; persisting them would put a write on every request.

use std::collections::HashMap;
use std::sync::Mutex;

/// Default requests per minute for one signing key: an install sends a handful of reports, status
/// checks and registrations a day; 30 a minute is far above honest use and cheap to absorb.
pub const DEFAULT_PER_KEY_PER_MINUTE: u32 = 30;
/// Default requests per minute for one account (all its installs together).
pub const DEFAULT_PER_ACCOUNT_PER_MINUTE: u32 = 60;
/// Buckets are dropped when this many exist, so a flood of fresh keys cannot grow memory without
/// bound (a full bucket carries no information anyway).
const MAX_BUCKETS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last_millis: i64,
}

/// A set of token buckets with one rate and a burst equal to one minute's allowance.
#[derive(Debug)]
pub struct Limiter {
    per_minute: u32,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl Limiter {
    /// A limiter allowing `per_minute` requests per minute per name.
    pub fn new(per_minute: u32) -> Limiter {
        Limiter {
            per_minute: per_minute.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `name` at `now_millis`; `Err(seconds)` to wait when empty.
    pub fn check(&self, name: &str, now_millis: i64) -> Result<(), u64> {
        let capacity = f64::from(self.per_minute);
        let refill_per_milli = capacity / 60_000.0;
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if buckets.len() >= MAX_BUCKETS && !buckets.contains_key(name) {
            buckets.clear();
        }
        let bucket = buckets.entry(name.to_owned()).or_insert(Bucket {
            tokens: capacity,
            last_millis: now_millis,
        });
        let elapsed = (now_millis - bucket.last_millis).max(0) as f64;
        bucket.tokens = (bucket.tokens + elapsed * refill_per_milli).min(capacity);
        bucket.last_millis = now_millis;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait_millis = (1.0 - bucket.tokens) / refill_per_milli;
            Err((wait_millis / 1000.0).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill() {
        let limiter = Limiter::new(3);
        for _ in 0..3 {
            assert_eq!(limiter.check("k", 0), Ok(()));
        }
        let wait = limiter.check("k", 0).unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        assert_eq!(limiter.check("other", 0), Ok(()));
        assert_eq!(limiter.check("k", 20_000), Ok(()));
    }
}
