//! Standard exports of one case (DSA statement of reasons, Art. 17 statement to the affected
//! user, NCMEC CyberTipline XML, AT Protocol createReport body): this file loads what core's
//! pure export functions need from the database and hands the result to the CLI
//! (`platform-backend export ...`) and the console's download routes.
//!
//! SLA tier: read from a `reports.sla_tier` column (`P0`-`P3`) when the SLA work has added
//! one; otherwise core's documented default, [`SlaTier::derive`] (in danger or sextortion =>
//! P0, child sexual exploitation => P1, other urgent => P2, else P3). Escalation: a
//! `reports.escalated` column when present, else not escalated. `fileViewedByEsp` comes only
//! from `evidence.viewed` audit rows, which the console writes when a reviewer opens an
//! evidence item in full.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;
use tellsafe::Timestamp;
use tellsafe::intake::export::{
    CaseFacts, ExportError, ExportInput, MIN_COMPLAINT_DAYS, PlatformInfo, SlaTier, StatementFacts,
    StoredReport, ViewLog, affected_user_statement, atproto_report, dsa_statement, ncmec_report,
};
use tellsafe::intake::review::ReviewTier;
use tellsafe::report::Report;
use tellsafe::status::{Decision, Event};

use crate::audit;
use crate::case_history::{self, Case};
use crate::db::StoreError;

/// The audit action of a reviewer opening an evidence item in full (detail: `evidence_index`).
pub const EVIDENCE_VIEWED: &str = "evidence.viewed";

/// Which export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    /// DSA Transparency Database statement of reasons (JSON).
    Dsa,
    /// NCMEC CyberTipline report (XML).
    Ncmec,
    /// AT Protocol createReport body (JSON).
    Atproto,
    /// DSA Art. 17 statement to the affected user (JSON).
    AffectedUser,
}

impl ExportKind {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            ExportKind::Dsa => "dsa",
            ExportKind::Ncmec => "ncmec",
            ExportKind::Atproto => "atproto",
            ExportKind::AffectedUser => "affected-user",
        }
    }
}

/// The platform facts exports name (a real deployment sets its own).
#[derive(Debug, Clone, clap::Args)]
pub struct ExportSettings {
    /// Service name in NCMEC reports.
    #[arg(
        long,
        env = "TELLSAFE_ESP_SERVICE",
        default_value = "TellSafe reference backend"
    )]
    pub esp_service: String,
    /// The NCMEC reporting person's email.
    #[arg(
        long,
        env = "TELLSAFE_ESP_EMAIL",
        default_value = "trust-and-safety@example.invalid"
    )]
    pub esp_email: String,
    /// Prefix of DSA statement ids (`[A-Za-z0-9_-]`).
    #[arg(long, env = "TELLSAFE_PUID_PREFIX", default_value = "tellsafe")]
    pub puid_prefix: String,
    /// Terms of service URL for DSA statements.
    #[arg(long, env = "TELLSAFE_TERMS_URL")]
    pub terms_url: Option<String>,
}

impl Default for ExportSettings {
    fn default() -> ExportSettings {
        ExportSettings {
            esp_service: "TellSafe reference backend".to_owned(),
            esp_email: "trust-and-safety@example.invalid".to_owned(),
            puid_prefix: "tellsafe".to_owned(),
            terms_url: None,
        }
    }
}

impl ExportSettings {
    fn platform(&self) -> PlatformInfo {
        PlatformInfo {
            service: self.esp_service.clone(),
            contact_email: self.esp_email.clone(),
            puid_prefix: self.puid_prefix.clone(),
            terms_url: self.terms_url.clone(),
            complaint_window_days: MIN_COMPLAINT_DAYS,
        }
    }
}

/// Why an export could not be made. No report content.
#[derive(Debug, thiserror::Error)]
pub enum ExportFailure {
    /// No case with that report id (or case number).
    #[error("no such report")]
    NotFound,
    /// The report id names cases of several accounts; use the case number.
    #[error("report id is ambiguous; use the case number")]
    Ambiguous,
    /// The reporter deleted the report body.
    #[error("the report was deleted")]
    Deleted,
    /// The stored body no longer parses as Report v1.
    #[error("the stored report is not a valid Report v1")]
    InvalidBody,
    /// Core refused the export.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ExportFailure {
    fn from(error: rusqlite::Error) -> ExportFailure {
        ExportFailure::Store(StoreError::Sqlite(error))
    }
}

/// Everything one export reads, loaded from the database.
#[derive(Debug, Clone)]
pub struct Loaded {
    stored: StoredReport,
    case: CaseFacts,
    decision: Option<(Decision, StatementFacts)>,
    view_log: ViewLog,
}

/// A rendered export.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// `application/json` or `application/xml`.
    pub content_type: &'static str,
    /// The document.
    pub body: String,
    /// NCMEC only: one `<fileDetails>` document per evidence item.
    pub file_details: Vec<String>,
}

/// Whether `reports` has a column (the SLA work may add `sla_tier` and `escalated`).
/// The stored review tier of a case (the SLA tier the backend set at intake, see
/// `tellsafe::intake::review`) and whether any escalation record names the case.
pub fn stored_tier(conn: &Connection, case_id: i64) -> Result<(Option<SlaTier>, bool), rusqlite::Error> {
    let tier = conn
        .query_row("SELECT tier FROM reports WHERE case_id = ?1", [case_id], |r| {
            r.get::<_, String>(0)
        })
        .optional()?
        .and_then(|code| ReviewTier::from_code(&code))
        .map(SlaTier::from);
    let escalated = conn
        .prepare_cached("SELECT 1 FROM escalation_cases WHERE case_id = ?1")?
        .exists([case_id])?;
    Ok((tier, escalated))
}

/// The console's view log of a case: evidence indices a reviewer opened in full.
pub fn view_log(conn: &Connection, case_id: i64) -> Result<ViewLog, rusqlite::Error> {
    let mut stmt = conn.prepare("SELECT detail FROM audit WHERE action = ?1 AND subject = ?2")?;
    let details = stmt
        .query_map(params![EVIDENCE_VIEWED, format!("case:{case_id}")], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut log = ViewLog::default();
    for detail in details {
        let index = serde_json::from_str::<serde_json::Value>(&detail)
            .ok()
            .and_then(|v| v["evidence_index"].as_u64())
            .and_then(|i| usize::try_from(i).ok());
        if let Some(index) = index {
            log.viewed_evidence.insert(index);
        }
    }
    Ok(log)
}

/// Records that `actor` opened evidence item `index` of a case in full (call in a writer job).
pub fn record_view(
    conn: &Connection,
    case_id: i64,
    index: usize,
    actor: &str,
    now: Timestamp,
) -> rusqlite::Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            at: now.unix_millis(),
            actor,
            action: EVIDENCE_VIEWED,
            subject: &format!("case:{case_id}"),
            detail: &json!({ "evidence_index": index }).to_string(),
        },
    )
}

/// Records an export in the audit log (kind only; never the document).
pub fn record_export(
    conn: &Connection,
    case_id: i64,
    kind: ExportKind,
    actor: &str,
    now: Timestamp,
) -> rusqlite::Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            at: now.unix_millis(),
            actor,
            action: "case.exported",
            subject: &format!("case:{case_id}"),
            detail: &json!({ "format": kind.code() }).to_string(),
        },
    )
}

/// The case number of a report id (or of `case:N` / a bare case number).
pub fn find_case(conn: &Connection, report: &str) -> Result<i64, ExportFailure> {
    if let Some(n) = report.strip_prefix("case:").and_then(|n| n.parse::<i64>().ok()) {
        return Ok(n);
    }
    let ids: Vec<i64> = conn
        .prepare("SELECT case_id FROM reports WHERE report_id = ?1")?
        .query_map([report], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    match ids.as_slice() {
        [] => Err(ExportFailure::NotFound),
        [one] => Ok(*one),
        _ => Err(ExportFailure::Ambiguous),
    }
}

/// The first time an event of review or decision happened.
pub fn first_times(case: &Case) -> (Option<Timestamp>, Option<Timestamp>) {
    let events = case.history.events();
    let review = events
        .iter()
        .find(|e| matches!(e, Event::StartReview { .. }))
        .map(Event::at);
    let decided = events
        .iter()
        .find(|e| matches!(e, Event::Decide { .. }))
        .map(Event::at);
    (review, decided)
}

/// Loads a case for export.
pub fn load(conn: &Connection, case_id: i64) -> Result<Loaded, ExportFailure> {
    let case = case_history::load_by_case(conn, case_id)?.ok_or(ExportFailure::NotFound)?;
    let body = case.body.as_deref().ok_or(ExportFailure::Deleted)?;
    let report = Report::from_json(body).map_err(|_| ExportFailure::InvalidBody)?;
    let (tier, escalated) = stored_tier(conn, case_id)?;
    let facts = CaseFacts {
        case_id: u64::try_from(case.case_id).unwrap_or_default(),
        received_at: case.received_at,
        sla_tier: tier.unwrap_or_else(|| SlaTier::derive(&report)),
        escalated,
        reported_user_is_minor: false,
    };
    let last_decide = case
        .history
        .events()
        .iter()
        .rposition(|e| matches!(e, Event::Decide { .. }));
    let decision = match (case.history.state().last_ruling(), last_decide) {
        (Some(ruling), Some(index)) => case.statements.get(&index).map(|s| {
            (
                ruling.decision.clone(),
                StatementFacts {
                    explanation: s.explanation.clone(),
                    content_type: s.content_type.clone(),
                    territorial_scope: s.territorial_scope.clone(),
                },
            )
        }),
        _ => None,
    };
    Ok(Loaded {
        stored: StoredReport {
            report,
            reporter_account: case.account.clone(),
        },
        case: facts,
        decision,
        view_log: view_log(conn, case_id)?,
    })
}

/// Renders one export of a loaded case.
pub fn render(
    kind: ExportKind,
    loaded: &Loaded,
    settings: &ExportSettings,
) -> Result<Rendered, ExportFailure> {
    let platform = settings.platform();
    let input = ExportInput {
        stored: &loaded.stored,
        case: &loaded.case,
        decision: loaded.decision.as_ref().map(|(d, s)| (d, s)),
        view_log: &loaded.view_log,
        platform: &platform,
    };
    let json = |value: serde_json::Result<String>| {
        value.map(|mut s| {
            s.push('\n');
            s
        })
    };
    let write_failed = |format| ExportFailure::Export(ExportError::Write { format });
    Ok(match kind {
        ExportKind::Dsa => Rendered {
            content_type: "application/json",
            body: json(serde_json::to_string_pretty(&dsa_statement(&input)?))
                .map_err(|_| write_failed(tellsafe::intake::export::ExportFormat::Dsa))?,
            file_details: Vec::new(),
        },
        ExportKind::AffectedUser => Rendered {
            content_type: "application/json",
            body: json(serde_json::to_string_pretty(&affected_user_statement(&input)?))
                .map_err(|_| write_failed(tellsafe::intake::export::ExportFormat::AffectedUser))?,
            file_details: Vec::new(),
        },
        ExportKind::Atproto => Rendered {
            content_type: "application/json",
            body: json(serde_json::to_string_pretty(&atproto_report(&input, None)?))
                .map_err(|_| write_failed(tellsafe::intake::export::ExportFormat::Atproto))?,
            file_details: Vec::new(),
        },
        ExportKind::Ncmec => {
            let export = ncmec_report(&input)?;
            Rendered {
                content_type: "application/xml",
                body: export.report_xml + "\n",
                file_details: export.files.into_iter().map(|f| f.xml + "\n").collect(),
            }
        }
    })
}

/// `platform-backend export KIND --report ID --db FILE [--out-dir DIR]`: prints the document
/// (or writes it and the NCMEC file details into DIR) and records the export in the audit log.
#[allow(clippy::print_stdout, reason = "the export is the command's output")]
pub fn cli_export(
    kind: ExportKind,
    report: &str,
    db: &Path,
    out_dir: Option<&PathBuf>,
    settings: &ExportSettings,
) -> ExitCode {
    let result = (|| -> Result<Rendered, ExportFailure> {
        let conn = crate::db::open(db, false)?;
        let case_id = find_case(&conn, report)?;
        let rendered = render(kind, &load(&conn, case_id)?, settings)?;
        let now = crate::clock::Clock::default().now();
        record_export(&conn, case_id, kind, "cli", now)?;
        Ok(rendered)
    })();
    match result {
        Ok(rendered) => match out_dir {
            None => {
                print!("{}", rendered.body);
                ExitCode::SUCCESS
            }
            Some(dir) => match write_files(dir, kind, &rendered) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    tracing::error!(%error, "cannot write the export");
                    ExitCode::from(2)
                }
            },
        },
        Err(error) => {
            tracing::error!(%error, "export failed");
            ExitCode::FAILURE
        }
    }
}

fn write_files(dir: &Path, kind: ExportKind, rendered: &Rendered) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let ext = if rendered.content_type == "application/xml" {
        "xml"
    } else {
        "json"
    };
    std::fs::write(dir.join(format!("{}.{ext}", kind.code())), &rendered.body)?;
    for (i, xml) in rendered.file_details.iter().enumerate() {
        std::fs::write(dir.join(format!("{}-file-{i}.xml", kind.code())), xml)?;
    }
    Ok(())
}
