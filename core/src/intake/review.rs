//! SLA tiers: the promised time to a first human look, driven by a configurable table.
//!
//! Four tiers, P0 to P3. A backend chooses the tier of a report with [`sla_tier`] and the
//! time it promises with its configured [`SlaTable`]; receipts and the child's status use the
//! same table, so what the child is told is what the queue is held to. The defaults are the
//! targets a trust-and-safety team is expected to meet; a platform overrides them.

use serde::{Deserialize, Serialize};

use super::priority::is_child_sexual_exploitation;
use crate::taxonomy::Category;

/// A service-level tier for the first human look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewTier {
    /// P0: someone in danger now, or sextortion (default 15 minutes).
    Immediate,
    /// P1: child sexual exploitation and other critical harm (default 1 hour).
    Urgent,
    /// P2: serious harm (default 24 hours).
    High,
    /// P3: everything else (default 72 hours).
    Standard,
}

/// Priority at or above which a report is at least P1 (urgent).
pub const URGENT_FROM: u8 = 90;
/// Priority at or above which a report is at least P2 (high).
pub const HIGH_FROM: u8 = 60;

/// Milliseconds in a minute.
const MINUTE: i64 = 60_000;
/// Milliseconds in an hour.
const HOUR: i64 = 60 * MINUTE;

/// Default P0 first look: 15 minutes, the window in which a child in danger or being
/// extorted can still be helped before a threat is carried out.
pub const DEFAULT_P0_MILLIS: i64 = 15 * MINUTE;
/// Default P1 first look: 1 hour for child sexual exploitation.
pub const DEFAULT_P1_MILLIS: i64 = HOUR;
/// Default P2 first look: 24 hours.
pub const DEFAULT_P2_MILLIS: i64 = 24 * HOUR;
/// Default P3 first look: 72 hours.
pub const DEFAULT_P3_MILLIS: i64 = 72 * HOUR;

impl ReviewTier {
    /// Every tier, most urgent first.
    pub const ALL: [ReviewTier; 4] = [
        ReviewTier::Immediate,
        ReviewTier::Urgent,
        ReviewTier::High,
        ReviewTier::Standard,
    ];

    /// The stable code shown in receipts and the console.
    pub fn code(self) -> &'static str {
        match self {
            ReviewTier::Immediate => "immediate",
            ReviewTier::Urgent => "urgent",
            ReviewTier::High => "high",
            ReviewTier::Standard => "standard",
        }
    }

    /// The SLA name (`P0` to `P3`).
    pub fn sla_name(self) -> &'static str {
        match self {
            ReviewTier::Immediate => "P0",
            ReviewTier::Urgent => "P1",
            ReviewTier::High => "P2",
            ReviewTier::Standard => "P3",
        }
    }

    /// Parses a code; `None` for an unknown one (older rows stored `low`, read as P3).
    pub fn from_code(code: &str) -> Option<ReviewTier> {
        match code {
            "low" => Some(ReviewTier::Standard),
            _ => ReviewTier::ALL.into_iter().find(|t| t.code() == code),
        }
    }

    /// The expected time to first review with the default table, in milliseconds.
    pub fn expected_first_review_millis(self) -> i64 {
        SlaTable::default().first_look_millis(self)
    }
}

/// Why an [`SlaTable`] is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SlaError {
    /// A tier's time is not positive.
    #[error("sla: every tier's first-look time must be positive")]
    NotPositive,
    /// A more urgent tier promises a longer wait than a less urgent one.
    #[error("sla: a more urgent tier must not wait longer than a less urgent one")]
    NotMonotonic,
}

/// The configured first-look time of each tier, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaTable {
    millis: [i64; 4],
}

impl Default for SlaTable {
    fn default() -> SlaTable {
        SlaTable {
            millis: [
                DEFAULT_P0_MILLIS,
                DEFAULT_P1_MILLIS,
                DEFAULT_P2_MILLIS,
                DEFAULT_P3_MILLIS,
            ],
        }
    }
}

impl SlaTable {
    /// A table of P0..P3 first-look times; refused unless positive and non-decreasing.
    pub fn new(p0: i64, p1: i64, p2: i64, p3: i64) -> Result<SlaTable, SlaError> {
        let millis = [p0, p1, p2, p3];
        if millis.iter().any(|m| *m <= 0) {
            return Err(SlaError::NotPositive);
        }
        if millis.windows(2).any(|w| w[0] > w[1]) {
            return Err(SlaError::NotMonotonic);
        }
        Ok(SlaTable { millis })
    }

    /// The first-look time of `tier`, in milliseconds.
    pub fn first_look_millis(&self, tier: ReviewTier) -> i64 {
        self.millis[tier as usize]
    }
}

/// The tier for a priority alone; a report flagged "in danger now" is always P0.
pub fn review_tier(priority: u8, in_danger_now: bool) -> ReviewTier {
    if in_danger_now {
        ReviewTier::Immediate
    } else if priority >= URGENT_FROM {
        ReviewTier::Urgent
    } else if priority >= HIGH_FROM {
        ReviewTier::High
    } else {
        ReviewTier::Standard
    }
}

/// The tier of a report: P0 for in danger now or sextortion, at least P1 for child sexual
/// exploitation, otherwise by priority.
pub fn sla_tier(category: Category, in_danger_now: bool, priority: u8) -> ReviewTier {
    if category == Category::ThreatToSharePictures {
        return ReviewTier::Immediate;
    }
    let by_priority = review_tier(priority, in_danger_now);
    if is_child_sexual_exploitation(category) {
        by_priority.min(ReviewTier::Urgent)
    } else {
        by_priority
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_are_monotonic_in_priority() {
        let table = SlaTable::default();
        let mut last = i64::MAX;
        for priority in 0..=100u8 {
            let millis = table.first_look_millis(review_tier(priority, false));
            assert!(millis <= last, "higher priority must never wait longer");
            last = millis;
        }
        assert_eq!(review_tier(0, true), ReviewTier::Immediate);
        assert_eq!(review_tier(URGENT_FROM - 1, false), ReviewTier::High);
    }

    #[test]
    fn defaults_are_the_documented_targets_and_tables_are_checked() {
        let t = SlaTable::default();
        assert_eq!(t.first_look_millis(ReviewTier::Immediate), 15 * 60_000);
        assert_eq!(t.first_look_millis(ReviewTier::Urgent), 3_600_000);
        assert_eq!(
            SlaTable::new(1, 2, 3, 4).map(|t| t.first_look_millis(ReviewTier::High)),
            Ok(3)
        );
        assert_eq!(SlaTable::new(0, 2, 3, 4), Err(SlaError::NotPositive));
        assert_eq!(SlaTable::new(5, 2, 3, 4), Err(SlaError::NotMonotonic));
        for tier in ReviewTier::ALL {
            assert_eq!(ReviewTier::from_code(tier.code()), Some(tier));
        }
    }

    #[test]
    fn sextortion_and_danger_are_p0_and_exploitation_at_least_p1() {
        for category in Category::ALL {
            for priority in [0u8, 50, 95] {
                let tier = sla_tier(category, false, priority);
                if category == Category::ThreatToSharePictures {
                    assert_eq!(tier, ReviewTier::Immediate);
                } else if is_child_sexual_exploitation(category) {
                    assert!(tier <= ReviewTier::Urgent, "{}", category.code());
                }
                assert_eq!(sla_tier(category, true, priority), ReviewTier::Immediate);
            }
        }
    }
}
