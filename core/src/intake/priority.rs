//! Case priority 0-100 as a sum of named, weighted contributions, with floors.
//!
//! A moderator must be able to see *why* a case sits where it does, so the score is never a
//! bare number: [`score`] returns every contribution by name with its points, and the floor
//! that applied. The rules that protect children are structural, not tuning:
//!
//! - child sexual exploitation, "in danger now" and self-harm have a floor (`*_FLOOR`) that
//!   no other contribution can push the score below;
//! - reporter reliability is never applied to those cases (a child reporting for the first
//!   time, or a reporter whose earlier reports were not upheld, still gets the floor);
//! - the number of independent reporters adds at most [`REPORTERS_CAP`] points, so a brigade
//!   of a thousand accounts cannot outrank a single child in danger.
//!
//! Waiting time raises the rank a case is served in ([`ageing_points`]) without changing the
//! stored priority, so a low case is not starved forever.

use serde::{Deserialize, Serialize};

use crate::AgeBand;
use crate::taxonomy::{Category, Severity};

/// Points for a critical category (sexual exploitation, meeting, real-life harm, self-harm).
pub const SEVERITY_CRITICAL: i32 = 70;
/// Points for a high-severity category.
pub const SEVERITY_HIGH: i32 = 50;
/// Points for a medium-severity category.
pub const SEVERITY_MEDIUM: i32 = 30;
/// Points for a low-severity category (spam).
pub const SEVERITY_LOW: i32 = 5;

/// Points when someone is in danger now: with a critical category this reaches the top.
pub const IN_DANGER_POINTS: i32 = 25;
/// Points for live or ongoing harm (a live stream, coercion still going on).
pub const LIVE_HARM_POINTS: i32 = 10;

/// Points per independent reporter beyond the first.
pub const POINTS_PER_EXTRA_REPORTER: i32 = 3;
/// Most points the number of reporters can add: three extra reporters reach it, so volume
/// is a signal but a brigade cannot buy more than this.
pub const REPORTERS_CAP: i32 = 9;

/// Largest reliability adjustment either way: a reporter whose reports are always upheld adds
/// this much, one whose reports never are subtracts it (never for floored cases).
pub const RELIABILITY_WEIGHT: i32 = 6;

/// Points per earlier upheld decision against the reported account.
pub const POINTS_PER_UPHELD: i32 = 4;
/// Most points the reported account's history adds.
pub const HISTORY_CAP: i32 = 12;

/// Floor of a child-sexual-exploitation case: inside the urgent band whatever else is known.
pub const CSE_FLOOR: u8 = 90;
/// Floor when someone is in danger now.
pub const IN_DANGER_FLOOR: u8 = 95;
/// Floor of a self-harm or suicide case.
pub const SELF_HARM_FLOOR: u8 = 90;

/// Waiting time that earns one rank point: an hour keeps the order stable within a shift.
pub const AGEING_MILLIS_PER_POINT: i64 = 3_600_000;
/// Most rank points waiting adds: enough to lift a three-day-old case past fresh ones of the
/// same band, never past a band above.
pub const AGEING_CAP: u8 = 10;

/// Highest priority.
pub const MAX_PRIORITY: u8 = 100;

/// Whether `category` is child sexual exploitation (critical and sexual in the taxonomy:
/// sexual images of a child, real or fake, grooming, sextortion, live-stream coercion,
/// offers of money or gifts).
pub fn is_child_sexual_exploitation(category: Category) -> bool {
    let info = category.info();
    info.sexual && info.severity == Severity::Critical
}

/// Why a case has a floor; reporter reliability is never applied when one holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Floor {
    /// Someone is in danger now.
    InDanger,
    /// Child sexual exploitation.
    ChildSexualExploitation,
    /// Self-harm or suicide.
    SelfHarm,
}

impl Floor {
    /// The score this floor guarantees.
    pub fn value(self) -> u8 {
        match self {
            Floor::InDanger => IN_DANGER_FLOOR,
            Floor::ChildSexualExploitation => CSE_FLOOR,
            Floor::SelfHarm => SELF_HARM_FLOOR,
        }
    }
}

/// The named reason a contribution is about (stable codes for the console and its API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The most severe category among the case's reports.
    CategorySeverity,
    /// The youngest age band among the reporters.
    AgeBand,
    /// A reporter said someone is in danger now.
    InDanger,
    /// Live or ongoing harm.
    LiveHarm,
    /// Independent reporters beyond the first (capped).
    Reporters,
    /// The reporters' track record in this category (never for floored cases).
    ReporterReliability,
    /// Earlier upheld decisions against the reported account (capped).
    AccountHistory,
    /// Raised to a floor.
    Floor,
    /// Waiting time (rank only).
    Waiting,
}

/// One named, weighted part of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    /// What it is about.
    pub reason: Reason,
    /// Points added (negative for an unreliable reporter record).
    pub points: i32,
    /// Whether it counted: `false` for reliability on a floored case (shown, not applied).
    pub applied: bool,
}

/// Everything known about a case that moves its priority.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriorityInput {
    /// The most severe category among the case's reports.
    pub category: Category,
    /// Whether any report in the case is child sexual exploitation (the floor follows every
    /// report, not only the most severe one).
    pub any_cse: bool,
    /// Whether any report in the case is about self-harm.
    pub any_self_harm: bool,
    /// The youngest age band among the reporters.
    pub age_band: AgeBand,
    /// Whether any reporter said someone is in danger now.
    pub in_danger: bool,
    /// Live or ongoing harm (a live stream, continuing coercion).
    pub live_harm: bool,
    /// Distinct reporting accounts.
    pub independent_reporters: u32,
    /// The reporters' mean reliability in this category, 0.0 to 1.0 (`None` if none known).
    pub reliability: Option<f64>,
    /// Earlier decisions with an action against the reported account.
    pub upheld_against_subject: u32,
    /// How long the case has waited for a first look, in milliseconds (rank only).
    pub waiting_millis: i64,
}

/// A score and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    /// The priority 0-100 (without waiting time): stored, shown and used for the SLA tier.
    pub priority: u8,
    /// Priority plus waiting time, capped at 100: the order the queue serves cases in.
    pub rank: u8,
    /// The floor that applied, if any.
    pub floor: Option<Floor>,
    /// Every contribution by name, in a fixed order.
    pub contributions: Vec<Contribution>,
}

/// Points for a category's severity.
pub fn severity_points(category: Category) -> i32 {
    match category.severity() {
        Severity::Critical => SEVERITY_CRITICAL,
        Severity::High => SEVERITY_HIGH,
        Severity::Medium => SEVERITY_MEDIUM,
        Severity::Low => SEVERITY_LOW,
    }
}

/// Points for the youngest reporter's age band: younger children first; an unknown age is
/// treated as a child (benefit of the doubt).
pub fn age_points(band: AgeBand) -> i32 {
    match band {
        AgeBand::Age6To9 => 10,
        AgeBand::Age10To12 => 8,
        AgeBand::Age13To15 | AgeBand::Unknown => 5,
        AgeBand::Age16To17 => 3,
        AgeBand::Adult => 0,
    }
}

/// Points for `n` independent reporters, capped at [`REPORTERS_CAP`].
pub fn reporter_points(n: u32) -> i32 {
    let extra = i32::try_from(n.saturating_sub(1)).unwrap_or(i32::MAX);
    extra.saturating_mul(POINTS_PER_EXTRA_REPORTER).min(REPORTERS_CAP)
}

/// Rank points for waiting `millis`, capped at [`AGEING_CAP`].
pub fn ageing_points(millis: i64) -> u8 {
    let points = millis.max(0) / AGEING_MILLIS_PER_POINT;
    u8::try_from(points.min(i64::from(AGEING_CAP))).unwrap_or(AGEING_CAP)
}

/// The floor a case has: the highest of in danger, sexual exploitation and self-harm.
pub fn floor_of(input: &PriorityInput) -> Option<Floor> {
    let cse = input.any_cse || is_child_sexual_exploitation(input.category);
    let self_harm = input.any_self_harm || input.category == Category::SelfHarmOrSuicide;
    [
        (input.in_danger, Floor::InDanger),
        (cse, Floor::ChildSexualExploitation),
        (self_harm, Floor::SelfHarm),
    ]
    .into_iter()
    .filter(|(holds, _)| *holds)
    .map(|(_, floor)| floor)
    .max_by_key(|floor| floor.value())
}

/// Scores a case. Pure: the same input always gives the same answer.
pub fn score(input: &PriorityInput) -> Priority {
    let floor = floor_of(input);
    let mut contributions = vec![
        Contribution {
            reason: Reason::CategorySeverity,
            points: severity_points(input.category),
            applied: true,
        },
        Contribution {
            reason: Reason::AgeBand,
            points: age_points(input.age_band),
            applied: true,
        },
    ];
    if input.in_danger {
        contributions.push(Contribution {
            reason: Reason::InDanger,
            points: IN_DANGER_POINTS,
            applied: true,
        });
    }
    if input.live_harm {
        contributions.push(Contribution {
            reason: Reason::LiveHarm,
            points: LIVE_HARM_POINTS,
            applied: true,
        });
    }
    let reporters = reporter_points(input.independent_reporters);
    if reporters > 0 {
        contributions.push(Contribution {
            reason: Reason::Reporters,
            points: reporters,
            applied: true,
        });
    }
    if let Some(reliability) = input.reliability {
        let r = if reliability.is_finite() {
            reliability.clamp(0.0, 1.0)
        } else {
            0.5
        };
        // (r - 0.5) * 2 in [-1, 1], scaled; rounding keeps it inside ±RELIABILITY_WEIGHT.
        #[allow(clippy::cast_possible_truncation, reason = "bounded to ±RELIABILITY_WEIGHT")]
        let points = ((r - 0.5) * 2.0 * f64::from(RELIABILITY_WEIGHT)).round() as i32;
        contributions.push(Contribution {
            reason: Reason::ReporterReliability,
            points,
            applied: floor.is_none(),
        });
    }
    let history = i32::try_from(input.upheld_against_subject)
        .unwrap_or(i32::MAX)
        .saturating_mul(POINTS_PER_UPHELD)
        .min(HISTORY_CAP);
    if history > 0 {
        contributions.push(Contribution {
            reason: Reason::AccountHistory,
            points: history,
            applied: true,
        });
    }
    let sum: i32 = contributions.iter().filter(|c| c.applied).map(|c| c.points).sum();
    let clamped = u8::try_from(sum.clamp(0, i32::from(MAX_PRIORITY))).unwrap_or(MAX_PRIORITY);
    let priority = match floor {
        Some(f) if clamped < f.value() => {
            contributions.push(Contribution {
                reason: Reason::Floor,
                points: i32::from(f.value() - clamped),
                applied: true,
            });
            f.value()
        }
        _ => clamped,
    };
    let waiting = ageing_points(input.waiting_millis);
    if waiting > 0 {
        contributions.push(Contribution {
            reason: Reason::Waiting,
            points: i32::from(waiting),
            applied: true,
        });
    }
    Priority {
        priority,
        rank: priority.saturating_add(waiting).min(MAX_PRIORITY),
        floor,
        contributions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(category: Category) -> PriorityInput {
        PriorityInput {
            category,
            any_cse: false,
            any_self_harm: false,
            age_band: AgeBand::Age13To15,
            in_danger: false,
            live_harm: false,
            independent_reporters: 1,
            reliability: None,
            upheld_against_subject: 0,
            waiting_millis: 0,
        }
    }

    #[test]
    fn reasons_add_up_to_the_priority_below_the_cap() {
        let mut input = base(Category::Bullying);
        input.independent_reporters = 2;
        input.upheld_against_subject = 1;
        let p = score(&input);
        let sum: i32 = p
            .contributions
            .iter()
            .filter(|c| c.reason != Reason::Waiting)
            .map(|c| c.points)
            .sum();
        assert_eq!(i32::from(p.priority), sum);
        assert!(p.contributions.iter().any(|c| c.reason == Reason::Reporters));
        assert!(p.contributions.iter().any(|c| c.reason == Reason::AccountHistory));
        assert_eq!(p.floor, None);
    }

    #[test]
    fn every_cse_category_has_the_floor_and_other_categories_do_not() {
        for category in Category::ALL {
            let p = score(&base(category));
            let expected = is_child_sexual_exploitation(category) || category == Category::SelfHarmOrSuicide;
            assert_eq!(p.floor.is_some(), expected, "{}", category.code());
        }
        assert!(is_child_sexual_exploitation(Category::ThreatToSharePictures));
        assert!(!is_child_sexual_exploitation(Category::Bullying));
    }

    #[test]
    fn waiting_raises_rank_not_priority() {
        let mut input = base(Category::Spam);
        let fresh = score(&input);
        input.waiting_millis = 5 * AGEING_MILLIS_PER_POINT;
        let waited = score(&input);
        assert_eq!(fresh.priority, waited.priority);
        assert_eq!(waited.rank, fresh.rank + 5);
        input.waiting_millis = i64::MAX;
        assert_eq!(score(&input).rank, fresh.priority + AGEING_CAP);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn any_input() -> impl Strategy<Value = PriorityInput> {
            (
                0..Category::ALL.len(),
                any::<bool>(),
                any::<bool>(),
                prop::sample::select(vec![
                    AgeBand::Age6To9,
                    AgeBand::Age10To12,
                    AgeBand::Age13To15,
                    AgeBand::Age16To17,
                    AgeBand::Adult,
                    AgeBand::Unknown,
                ]),
                any::<bool>(),
                any::<bool>(),
                any::<u32>(),
                prop::option::of(prop_oneof![0.0f64..=1.0, Just(f64::NAN), Just(-3.0), Just(7.0)]),
                any::<u32>(),
                any::<i64>(),
            )
                .prop_map(|(c, cse, sh, age_band, in_danger, live, n, rel, upheld, wait)| {
                    PriorityInput {
                        category: Category::ALL[c],
                        any_cse: cse,
                        any_self_harm: sh,
                        age_band,
                        in_danger,
                        live_harm: live,
                        independent_reporters: n,
                        reliability: rel,
                        upheld_against_subject: upheld,
                        waiting_millis: wait,
                    }
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            #[test]
            fn floors_hold_whatever_the_reliability(input in any_input(), r in 0.0f64..=1.0) {
                let mut input = input;
                input.reliability = Some(r);
                let p = score(&input);
                prop_assert!(p.priority <= MAX_PRIORITY && p.rank <= MAX_PRIORITY && p.rank >= p.priority);
                if let Some(floor) = p.floor {
                    prop_assert!(p.priority >= floor.value());
                    let without = score(&PriorityInput { reliability: None, ..input });
                    prop_assert_eq!(p.priority, without.priority, "reliability never moves a floored case");
                    prop_assert!(p.contributions.iter()
                        .filter(|c| c.reason == Reason::ReporterReliability)
                        .all(|c| !c.applied));
                }
                if input.in_danger { prop_assert!(p.priority >= IN_DANGER_FLOOR); }
                if input.any_cse || is_child_sexual_exploitation(input.category) { prop_assert!(p.priority >= CSE_FLOOR); }
                if input.any_self_harm || input.category == Category::SelfHarmOrSuicide { prop_assert!(p.priority >= SELF_HARM_FLOOR); }
            }

            #[test]
            fn reporters_add_at_most_the_cap(input in any_input(), more in any::<u32>()) {
                let one = score(&PriorityInput { independent_reporters: 1, ..input });
                let many = score(&PriorityInput { independent_reporters: more, ..input });
                prop_assert!(many.priority >= one.priority);
                prop_assert!(i32::from(many.priority) - i32::from(one.priority) <= REPORTERS_CAP);
                prop_assert!(many.contributions.iter()
                    .filter(|c| c.reason == Reason::Reporters)
                    .all(|c| c.points <= REPORTERS_CAP));
            }

            #[test]
            fn reliability_moves_at_most_its_weight(input in any_input(), a in 0.0f64..=1.0, b in 0.0f64..=1.0) {
                let pa = score(&PriorityInput { reliability: Some(a), ..input });
                let pb = score(&PriorityInput { reliability: Some(b), ..input });
                prop_assert!((i32::from(pa.priority) - i32::from(pb.priority)).abs() <= 2 * RELIABILITY_WEIGHT);
            }

            #[test]
            fn waiting_never_lowers_rank(input in any_input(), extra in 0i64..1_000_000_000) {
                let before = score(&input);
                let later = score(&PriorityInput { waiting_millis: input.waiting_millis.max(0).saturating_add(extra), ..input });
                prop_assert!(later.rank >= before.rank);
                prop_assert_eq!(later.priority, before.priority);
            }
        }
    }
}
