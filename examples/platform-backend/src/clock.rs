//! The server clock, with a test-only offset so tests reach the end of an appeal window
//! without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use tellsafe::Timestamp;

/// Wall-clock time plus an offset that only the test hooks change.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_millis: Arc<AtomicI64>,
}

impl Clock {
    /// Now, as the backend sees it.
    pub fn now(&self) -> Timestamp {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        let millis = wall.saturating_add(self.offset_millis.load(Ordering::Relaxed));
        Timestamp::from_unix_millis(millis)
            .unwrap_or_else(|| Timestamp::from_unix_millis(0).expect("the Unix epoch is representable"))
    }

    /// Moves the clock forward (test hooks only).
    pub fn advance_millis(&self, millis: i64) {
        self.offset_millis.fetch_add(millis, Ordering::Relaxed);
    }
}
