//! Transparency statistics over fixed periods (calendar months and quarters).
//!
//! Counts by category, status, age band, decision and SLA tier; p50/p95 time to first review
//! and to decision per SLA tier; appeal outcomes; intake rejections per error code and the
//! duplicate rate. Every count table goes through [`suppress`] with threshold `k` (default
//! [`DEFAULT_K`]); a percentile is published only over at least `k` reports. A report belongs
//! to the period its receipt falls in. JSON via serde, CSV via [`TransparencyStats::to_csv`].

mod period;
mod suppress;

use std::collections::BTreeMap;

use serde::Serialize;

pub use period::{MAX_YEAR, MIN_YEAR, Period, PeriodError};
pub use suppress::{Cell, Table, percentile, suppress};

use super::SlaTier;
use crate::age::AgeBand;
use crate::intake::ErrorCode;
use crate::status::{Action, ActionSet, StateKind};
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

/// Default suppression threshold: cells under 10 reports are hidden, the usual floor in
/// official statistics for counts that could single out a child.
pub const DEFAULT_K: u64 = 10;
/// Smallest threshold accepted: `k = 1` would hide nothing.
pub const MIN_K: u64 = 2;

/// Which action names a decision in the decision table, strongest restriction first, so each
/// decided report counts once (the cells must partition the total for suppression to hold).
const DECISION_ORDER: [Action; 8] = [
    Action::Suspend,
    Action::Remove,
    Action::Restrict,
    Action::Warn,
    Action::ReportToNcmec,
    Action::ReportToPolice,
    Action::SafeguardingReferral,
    Action::ReferToHelpline,
];
/// Decision-table keys besides the actions.
const DECISION_NONE: &str = "none";
const DECISION_PENDING: &str = "pending";

/// What happened to an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealOutcome {
    /// Not decided yet.
    Pending,
    /// The new decision has the same actions as the appealed one.
    Upheld,
    /// The new decision's actions differ (a reversal).
    Reversed,
}

impl AppealOutcome {
    /// Every outcome, in table order.
    pub const ALL: [AppealOutcome; 3] = [
        AppealOutcome::Pending,
        AppealOutcome::Upheld,
        AppealOutcome::Reversed,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            AppealOutcome::Pending => "pending",
            AppealOutcome::Upheld => "upheld",
            AppealOutcome::Reversed => "reversed",
        }
    }
}

/// One report's facts, as the backend derives them from its stored case. No content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsRecord {
    /// When the report was received (decides the period).
    pub received_at: Timestamp,
    /// Its category.
    pub category: Category,
    /// Its lifecycle state now.
    pub status: StateKind,
    /// The reporter's age band.
    pub age_band: AgeBand,
    /// The standing decision's actions, if decided.
    pub decision: Option<ActionSet>,
    /// Its SLA tier.
    pub sla_tier: SlaTier,
    /// When review first started.
    pub first_review_at: Option<Timestamp>,
    /// When it was first decided.
    pub first_decided_at: Option<Timestamp>,
    /// Its appeal, if appealed.
    pub appeal: Option<AppealOutcome>,
}

/// Intake figures for the period, where the backend records them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntakeCounts {
    /// Rejected submissions per error code.
    pub rejections: BTreeMap<&'static str, u64>,
    /// Submissions stored as new reports.
    pub accepted: u64,
    /// Submissions answered as a duplicate of a stored report.
    pub duplicates: u64,
}

/// Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsConfig {
    /// The suppression threshold.
    pub k: u64,
}

impl Default for StatsConfig {
    fn default() -> StatsConfig {
        StatsConfig { k: DEFAULT_K }
    }
}

/// Why statistics were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StatsError {
    /// `k` is below [`MIN_K`].
    #[error("field `k` must be at least {min}")]
    ThresholdTooLow {
        /// [`MIN_K`].
        min: u64,
    },
    /// Writing CSV failed.
    #[error("writing CSV failed")]
    Csv,
}

/// p50 and p95 of one duration, in milliseconds; `None` when under `k` reports have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Percentiles {
    /// Median.
    pub p50_ms: Option<i64>,
    /// 95th percentile.
    pub p95_ms: Option<i64>,
}

/// Times for one SLA tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TierTimes {
    /// The tier.
    pub tier: SlaTier,
    /// Receipt to first review.
    pub time_to_first_review: Percentiles,
    /// Receipt to first decision.
    pub time_to_decision: Percentiles,
}

/// Intake tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IntakeStats {
    /// Rejections per error code.
    pub rejections: Table,
    /// Submissions: `unique` and `duplicate`.
    pub submissions: Table,
    /// duplicate / (unique + duplicate), when both cells are published.
    pub duplicate_rate: Option<f64>,
}

/// The published statistics of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransparencyStats {
    /// The period.
    pub period: Period,
    /// The suppression threshold used.
    pub k: u64,
    /// Reports by category code.
    pub by_category: Table,
    /// Reports by lifecycle state.
    pub by_status: Table,
    /// Reports by reporter age band.
    pub by_age_band: Table,
    /// Reports by decision (strongest action, `none` or `pending`).
    pub by_decision: Table,
    /// Reports by SLA tier.
    pub by_sla_tier: Table,
    /// Times per SLA tier.
    pub times: Vec<TierTimes>,
    /// Appeals by outcome (`reversed` is the appeal reversals).
    pub appeals: Table,
    /// Intake figures; `None` when the backend does not record them.
    pub intake: Option<IntakeStats>,
}

fn count_by<T: Copy>(
    records: &[&StatsRecord],
    keys: impl IntoIterator<Item = T>,
    code: impl Fn(T) -> String,
    of: impl Fn(&StatsRecord) -> Option<String>,
) -> Vec<(String, u64)> {
    keys.into_iter()
        .map(|key| {
            let key = code(key);
            let n = records
                .iter()
                .filter(|r| of(r).as_deref() == Some(key.as_str()))
                .count() as u64;
            (key, n)
        })
        .collect()
}

/// The decision-table key of a record.
fn decision_key(decision: Option<&ActionSet>) -> String {
    match decision {
        None => DECISION_PENDING.to_owned(),
        Some(set) if set.is_none() => DECISION_NONE.to_owned(),
        Some(set) => DECISION_ORDER
            .into_iter()
            .find(|a| set.contains(*a))
            .map(|a| action_code(a).to_owned())
            .unwrap_or_else(|| DECISION_NONE.to_owned()),
    }
}

fn action_code(action: Action) -> &'static str {
    match action {
        Action::Remove => "remove",
        Action::Restrict => "restrict",
        Action::Suspend => "suspend",
        Action::Warn => "warn",
        Action::ReportToNcmec => "report_to_ncmec",
        Action::ReportToPolice => "report_to_police",
        Action::ReferToHelpline => "refer_to_helpline",
        Action::SafeguardingReferral => "safeguarding_referral",
    }
}

fn percentiles(mut values: Vec<i64>, k: u64) -> Percentiles {
    if (values.len() as u64) < k {
        return Percentiles {
            p50_ms: None,
            p95_ms: None,
        };
    }
    values.sort_unstable();
    Percentiles {
        p50_ms: percentile(&values, 50),
        p95_ms: percentile(&values, 95),
    }
}

/// Computes the period's statistics from every stored report (those received outside the
/// period are ignored) and, where recorded, the period's intake counts.
pub fn transparency_stats(
    period: Period,
    records: &[StatsRecord],
    intake: Option<&IntakeCounts>,
    config: StatsConfig,
) -> Result<TransparencyStats, StatsError> {
    let k = config.k;
    if k < MIN_K {
        return Err(StatsError::ThresholdTooLow { min: MIN_K });
    }
    let records: Vec<&StatsRecord> = records
        .iter()
        .filter(|r| period.contains(r.received_at))
        .collect();
    let by_category = count_by(
        &records,
        Category::ALL,
        |c| c.code().to_owned(),
        |r| Some(r.category.code().to_owned()),
    );
    let by_status = count_by(
        &records,
        StateKind::ALL,
        |s| s.code().to_owned(),
        |r| Some(r.status.code().to_owned()),
    );
    let by_age_band = count_by(
        &records,
        AgeBand::ALL,
        |b| b.code().to_owned(),
        |r| Some(r.age_band.code().to_owned()),
    );
    let decision_keys: Vec<String> = DECISION_ORDER
        .into_iter()
        .map(|a| action_code(a).to_owned())
        .chain([DECISION_NONE.to_owned(), DECISION_PENDING.to_owned()])
        .collect();
    let by_decision = count_by(
        &records,
        decision_keys.iter(),
        |k| k.clone(),
        |r| Some(decision_key(r.decision.as_ref())),
    );
    let by_sla_tier = count_by(
        &records,
        SlaTier::ALL,
        |t| t.code().to_owned(),
        |r| Some(r.sla_tier.code().to_owned()),
    );
    let appeals = count_by(
        &records,
        AppealOutcome::ALL,
        |a| a.code().to_owned(),
        |r| r.appeal.map(|a| a.code().to_owned()),
    );
    let times = SlaTier::ALL
        .into_iter()
        .map(|tier| {
            let in_tier = records.iter().filter(|r| r.sla_tier == tier);
            let since = |at: Option<Timestamp>, r: &StatsRecord| {
                at.map(|t| t.unix_millis() - r.received_at.unix_millis())
            };
            TierTimes {
                tier,
                time_to_first_review: percentiles(
                    in_tier
                        .clone()
                        .filter_map(|r| since(r.first_review_at, r))
                        .collect(),
                    k,
                ),
                time_to_decision: percentiles(
                    in_tier.filter_map(|r| since(r.first_decided_at, r)).collect(),
                    k,
                ),
            }
        })
        .collect();
    let intake = intake.map(|counts| {
        let rejections: Vec<(String, u64)> = ErrorCode::ALL
            .into_iter()
            .map(|code| {
                (
                    code.code().to_owned(),
                    counts.rejections.get(code.code()).copied().unwrap_or(0),
                )
            })
            .collect();
        let submissions = suppress(
            &[
                ("unique".to_owned(), counts.accepted),
                ("duplicate".to_owned(), counts.duplicates),
            ],
            k,
        );
        let duplicate_rate = match (submissions.count("unique"), submissions.count("duplicate")) {
            (Some(unique), Some(duplicate)) if unique + duplicate > 0 => {
                Some(duplicate as f64 / (unique + duplicate) as f64)
            }
            _ => None,
        };
        IntakeStats {
            rejections: suppress(&rejections, k),
            submissions,
            duplicate_rate,
        }
    });
    Ok(TransparencyStats {
        period,
        k,
        by_category: suppress(&by_category, k),
        by_status: suppress(&by_status, k),
        by_age_band: suppress(&by_age_band, k),
        by_decision: suppress(&by_decision, k),
        by_sla_tier: suppress(&by_sla_tier, k),
        times,
        appeals: suppress(&appeals, k),
        intake,
    })
}

impl TransparencyStats {
    /// The tables by name, in output order.
    fn tables(&self) -> Vec<(&'static str, &Table)> {
        let mut out = vec![
            ("by_category", &self.by_category),
            ("by_status", &self.by_status),
            ("by_age_band", &self.by_age_band),
            ("by_decision", &self.by_decision),
            ("by_sla_tier", &self.by_sla_tier),
            ("appeals", &self.appeals),
        ];
        if let Some(intake) = &self.intake {
            out.push(("intake_rejections", &intake.rejections));
            out.push(("intake_submissions", &intake.submissions));
        }
        out
    }

    /// Long-format CSV: `period,table,key,value,suppressed`, one row per cell, a `total` row per
    /// table, then the percentiles (`time_to_first_review_p50_ms`, key = tier) and the
    /// duplicate rate. A suppressed value is empty with `suppressed` = `true`.
    pub fn to_csv(&self) -> Result<String, StatsError> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["period", "table", "key", "value", "suppressed"])
            .map_err(|_| StatsError::Csv)?;
        let period = self.period.to_string();
        let mut row = |table: &str, key: &str, value: Option<String>| {
            let suppressed = if value.is_none() { "true" } else { "false" };
            w.write_record([
                period.as_str(),
                table,
                key,
                value.as_deref().unwrap_or(""),
                suppressed,
            ])
        };
        let result = (|| -> Result<(), csv::Error> {
            for (name, table) in self.tables() {
                row(name, "total", table.total.map(|t| t.to_string()))?;
                for cell in &table.cells {
                    row(name, &cell.key, cell.count.map(|c| c.to_string()))?;
                }
            }
            for t in &self.times {
                for (name, p) in [
                    ("time_to_first_review", t.time_to_first_review),
                    ("time_to_decision", t.time_to_decision),
                ] {
                    row(
                        &format!("{name}_p50_ms"),
                        t.tier.code(),
                        p.p50_ms.map(|v| v.to_string()),
                    )?;
                    row(
                        &format!("{name}_p95_ms"),
                        t.tier.code(),
                        p.p95_ms.map(|v| v.to_string()),
                    )?;
                }
            }
            if let Some(intake) = &self.intake {
                row(
                    "intake",
                    "duplicate_rate",
                    intake.duplicate_rate.map(|r| format!("{r:.4}")),
                )?;
            }
            Ok(())
        })();
        result.map_err(|_| StatsError::Csv)?;
        let bytes = w.into_inner().map_err(|_| StatsError::Csv)?;
        String::from_utf8(bytes).map_err(|_| StatsError::Csv)
    }
}

#[cfg(test)]
mod tests;
