//! Builders shared by the status tests.

use super::decision::{Action, ActionSet, AutomatedDecision, Decision, DisclosureLevel, GroundRef, Grounds};
use crate::timestamp::Timestamp;

/// Milliseconds in a day.
pub const DAY: i64 = 86_400_000;

/// A timestamp `ms` after 2026-01-01T00:00:00Z.
pub fn t(ms: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_767_225_600_000 + ms).unwrap()
}

/// A valid decision with these actions at `at`, full disclosure, no holds.
pub fn decision(actions: &[Action], at: Timestamp) -> Decision {
    Decision {
        actions: ActionSet::of(actions.iter().copied()),
        grounds: Some(Grounds::Terms {
            clause: GroundRef::new("terms 4.2").unwrap(),
        }),
        automated_detection: false,
        automated_decision: AutomatedDecision::NotAutomated,
        holds: Default::default(),
        disclosure: DisclosureLevel::Full,
        decided_at: at,
    }
}
