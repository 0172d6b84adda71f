//! Priority and the expected time to first review (a static table for now).
//!
//! Priority is the category's severity (0-100). The review tier turns it into a promise the
//! child may be shown; the times are deliberately conservative defaults a platform overrides.

/// A service-level tier for first review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewTier {
    /// Danger to a child now: first look within one hour.
    Urgent,
    /// Serious harm: within 24 hours.
    High,
    /// Within 72 hours.
    Standard,
    /// Within 7 days.
    Low,
}

/// Priority at or above which a report is urgent (sexual exploitation, in danger now).
pub const URGENT_FROM: u8 = 90;
/// Priority at or above which a report is high.
pub const HIGH_FROM: u8 = 60;
/// Priority at or above which a report is standard; below it, low.
pub const STANDARD_FROM: u8 = 30;

impl ReviewTier {
    /// The stable code shown in receipts and the console.
    pub fn code(self) -> &'static str {
        match self {
            ReviewTier::Urgent => "urgent",
            ReviewTier::High => "high",
            ReviewTier::Standard => "standard",
            ReviewTier::Low => "low",
        }
    }

    /// The expected time to first review, in milliseconds.
    pub fn expected_first_review_millis(self) -> i64 {
        const HOUR: i64 = 3_600_000;
        match self {
            ReviewTier::Urgent => HOUR,
            ReviewTier::High => 24 * HOUR,
            ReviewTier::Standard => 72 * HOUR,
            ReviewTier::Low => 7 * 24 * HOUR,
        }
    }
}

/// The tier for a priority; a report flagged "in danger now" is always urgent.
pub fn review_tier(priority: u8, in_danger_now: bool) -> ReviewTier {
    if in_danger_now || priority >= URGENT_FROM {
        ReviewTier::Urgent
    } else if priority >= HIGH_FROM {
        ReviewTier::High
    } else if priority >= STANDARD_FROM {
        ReviewTier::Standard
    } else {
        ReviewTier::Low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_are_monotonic_in_priority() {
        let mut last = i64::MAX;
        for priority in 0..=100u8 {
            let millis = review_tier(priority, false).expected_first_review_millis();
            assert!(millis <= last, "higher priority must never wait longer");
            last = millis;
        }
        assert_eq!(review_tier(0, true), ReviewTier::Urgent);
        assert_eq!(review_tier(URGENT_FROM - 1, false), ReviewTier::High);
    }
}
