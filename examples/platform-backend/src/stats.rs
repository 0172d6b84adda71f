//! Transparency statistics of a period from the database, through core's
//! `intake::export::stats` (suppression, percentiles, JSON and CSV happen there).
//!
//! Each case becomes one record: category, state, age band, standing decision, SLA tier (the
//! stored column where the SLA work added one, else core's default from the category, "in
//! danger" and, while the body exists, "coerced"), first review and decision times, and the
//! appeal outcome (reversed when the decision after the appeal has other actions). The intake
//! section (refusals per error code, stored and duplicate submissions) comes from the daily
//! counts of `intake_counts`; refusals reach the table on the server's next tick, so the CLI
//! may lag a running server by that long (the console flushes before it reads).

use std::path::Path;
use std::process::ExitCode;

use rusqlite::Connection;
use tellsafe::intake::export::SlaTier;
use tellsafe::intake::export::stats::{
    AppealOutcome, DEFAULT_K, Period, StatsConfig, StatsRecord, TransparencyStats, transparency_stats,
};
use tellsafe::report::Report;
use tellsafe::status::Event;
use tellsafe::{AgeBand, Category};

use crate::case_history::{self, Case};
use crate::db::StoreError;
use crate::exports::{first_times, stored_tier};

/// Output format of `platform-backend stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatsFormat {
    /// JSON (the default).
    #[default]
    Json,
    /// Long-format CSV.
    Csv,
}

/// How the appeal of a case ended, from its events.
fn appeal_outcome(case: &Case) -> Option<AppealOutcome> {
    let events = case.history.events();
    let appeal = events.iter().position(|e| matches!(e, Event::Appeal { .. }))?;
    let before = events[..appeal].iter().rev().find_map(|e| match e {
        Event::Decide { decision } => Some(&decision.actions),
        _ => None,
    });
    let after = events[appeal..].iter().find_map(|e| match e {
        Event::Decide { decision } => Some(&decision.actions),
        _ => None,
    });
    Some(match after {
        None => AppealOutcome::Pending,
        Some(after) if Some(after) == before => AppealOutcome::Upheld,
        Some(_) => AppealOutcome::Reversed,
    })
}

/// One stats record per stored case received in the period.
pub fn records(conn: &Connection, period: Period) -> Result<Vec<StatsRecord>, StoreError> {
    let ids: Vec<i64> = conn
        .prepare("SELECT case_id FROM reports WHERE received_at >= ?1 AND received_at < ?2")?
        .query_map([period.start().unix_millis(), period.end().unix_millis()], |r| {
            r.get(0)
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(case) = case_history::load_by_case(conn, id)? else {
            continue;
        };
        let category = Category::from_code(&case.category).unwrap_or(Category::Other);
        let coerced = case
            .body
            .as_deref()
            .and_then(|b| Report::from_json(b).ok())
            .is_some_and(|r| r.flags().coerced);
        let (tier, _) = stored_tier(conn, id)?;
        let (first_review_at, first_decided_at) = first_times(&case);
        out.push(StatsRecord {
            received_at: case.received_at,
            category,
            status: case.history.state().kind(),
            age_band: AgeBand::from_code(&case.age_band).unwrap_or(AgeBand::Unknown),
            decision: case
                .history
                .state()
                .last_ruling()
                .map(|r| r.decision.actions.clone()),
            sla_tier: tier.unwrap_or_else(|| SlaTier::from_facts(category, case.in_danger, coerced)),
            first_review_at,
            first_decided_at,
            appeal: appeal_outcome(&case),
        });
    }
    Ok(out)
}

/// The statistics of `period` with threshold `k`.
pub fn compute(conn: &Connection, period: Period, k: u64) -> Result<TransparencyStats, StatsFailure> {
    let records = records(conn, period)?;
    let intake = crate::intake_counts::counts(conn, period)?;
    transparency_stats(period, &records, Some(&intake), StatsConfig { k }).map_err(StatsFailure::Stats)
}

/// Renders statistics in a format.
pub fn render(stats: &TransparencyStats, format: StatsFormat) -> Result<String, StatsFailure> {
    match format {
        StatsFormat::Json => serde_json::to_string_pretty(stats)
            .map(|s| s + "\n")
            .map_err(|_| StatsFailure::Stats(tellsafe::intake::export::stats::StatsError::Csv)),
        StatsFormat::Csv => stats.to_csv().map_err(StatsFailure::Stats),
    }
}

/// Why statistics failed.
#[derive(Debug, thiserror::Error)]
pub enum StatsFailure {
    /// `--period` is not `YYYY-MM` or `YYYY-Qn`.
    #[error("--period must be YYYY-MM or YYYY-Qn")]
    Period,
    /// Core refused.
    #[error(transparent)]
    Stats(tellsafe::intake::export::stats::StatsError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// `platform-backend stats --period P --db FILE [--format json|csv] [--k K]`.
#[allow(clippy::print_stdout, reason = "the statistics are the command's output")]
pub fn cli_stats(period: &str, db: &Path, format: StatsFormat, k: Option<u64>) -> ExitCode {
    let result = (|| -> Result<String, StatsFailure> {
        let period: Period = period.parse().map_err(|_| StatsFailure::Period)?;
        let conn = crate::db::open(db, true).map_err(StoreError::from)?;
        render(&compute(&conn, period, k.unwrap_or(DEFAULT_K))?, format)
    })();
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "stats failed");
            ExitCode::FAILURE
        }
    }
}
