//! Command line and environment options.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::ratelimit::{DEFAULT_PER_ACCOUNT_PER_MINUTE, DEFAULT_PER_KEY_PER_MINUTE};

/// Largest accepted distance between a request's `created` and server time: clients on phones
/// drift by minutes; beyond five the client is told the server time and re-signs.
pub const DEFAULT_MAX_SKEW_SECS: u64 = 300;

/// TellSafe reference platform backend: intake, status and appeals, and a T&S console.
///
/// A reference for the contract, not a product. Account authentication is SIMULATED with demo
/// tokens (`--demo-account`); a real platform uses its own session auth.
#[derive(Debug, Parser)]
#[command(name = "platform-backend", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A maintenance subcommand; without one the server runs.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Server options.
    #[command(flatten)]
    pub serve: ServeArgs,
}

/// Subcommands that read the database.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Checks the audit log's hash chain; exits 1 and names the first bad row if it is broken.
    AuditVerify {
        /// The database file.
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// Also check the signed checkpoints in this file (written by `audit-sign`): catches a
        /// chain rewritten with recomputed hashes.
        #[arg(long, requires = "public_key")]
        checkpoints: Option<PathBuf>,
        /// The checkpoint key's public key (base64, or a file holding it, e.g. `<key>.pub`).
        #[arg(long, requires = "checkpoints")]
        public_key: Option<String>,
    },
    /// Creates the audit checkpoint signing key (Ed25519 PKCS#8 PEM, mode 0600) and
    /// `<out>.pub`. Keep it away from the server's user and out of version control.
    AuditKeygen {
        /// Where to write the private key (refuses to overwrite).
        #[arg(long)]
        out: PathBuf,
    },
    /// Signs the audit chain head and appends the checkpoint to an append-only file; run by a
    /// different user than the server (cron), or every `--every-secs` seconds until stopped.
    AuditSign {
        /// The checkpoint signing key (from `audit-keygen`).
        #[arg(long)]
        key: PathBuf,
        /// The database file (opened read-only).
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// The append-only checkpoint file.
        #[arg(long)]
        checkpoints: PathBuf,
        /// Sign again every this many seconds instead of once.
        #[arg(long)]
        every_secs: Option<u64>,
    },
    /// Prints a standard export of one report (DSA statement of reasons, NCMEC CyberTipline
    /// XML, AT Protocol createReport body, Art. 17 statement to the affected user).
    Export {
        /// Which export.
        kind: crate::exports::ExportKind,
        /// The report id (or `case:N`).
        #[arg(long)]
        report: String,
        /// The database file.
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// Write the document (and NCMEC file details) into this directory instead of stdout.
        #[arg(long)]
        out_dir: Option<PathBuf>,
        /// Platform facts the exports name.
        #[command(flatten)]
        settings: crate::exports::ExportSettings,
    },
    /// Runs the retention schedule once (the server runs it every hour): closes cases whose
    /// appeal window ended, erases content and pseudonymizes reporter links that are due,
    /// skipping held cases; prints the counts as JSON. Every purge is audited.
    Retention {
        /// The database file.
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// Run as if it were this RFC 3339 UTC time (default: now).
        #[arg(long)]
        now: Option<String>,
        /// The schedule (same flags and defaults as the server).
        #[command(flatten)]
        schedule: crate::retention::RetentionSchedule,
    },
    /// Prints the reported user's export for one subject: their reports' categories, days,
    /// states and decisions, with every reporter identity and reporter-only field left out.
    SubjectExport {
        /// The database file.
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// The subject kind (`user`, `post`, `message`, ...).
        #[arg(long, default_value = "user")]
        kind: String,
        /// The subject id.
        #[arg(long)]
        subject: String,
    },
    /// Prints transparency statistics of a calendar month (`2026-11`) or quarter (`2026-Q4`).
    Stats {
        /// The period.
        #[arg(long)]
        period: String,
        /// The database file.
        #[arg(long, env = "TELLSAFE_DB")]
        db: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = crate::stats::StatsFormat::Json)]
        format: crate::stats::StatsFormat,
        /// Suppression threshold (default 10).
        #[arg(long)]
        k: Option<u64>,
    },
}

/// Options of the server.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "TELLSAFE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// SQLite database file (created and migrated on first run).
    #[arg(long, env = "TELLSAFE_DB", default_value = "./tellsafe.db")]
    pub db: PathBuf,
    /// The backend's response-signing key (PKCS#8, created on first run); default: next to the db.
    #[arg(long, env = "TELLSAFE_SIGNING_KEY")]
    pub signing_key: Option<PathBuf>,
    /// The public base URL clients use (the `@target-uri` they sign); default: http://LISTEN.
    #[arg(long, env = "TELLSAFE_PUBLIC_BASE_URL")]
    pub public_base_url: Option<String>,
    /// Browser origins allowed to call the API (repeatable; none by default).
    #[arg(long = "cors-origin", env = "TELLSAFE_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// DEMO ONLY: an account and its bearer token as `name:token` (repeatable). Stands in for
    /// the platform's real session auth.
    #[arg(
        long = "demo-account",
        env = "TELLSAFE_DEMO_ACCOUNTS",
        value_delimiter = ',',
        default_value = "demo:demo-token"
    )]
    pub demo_accounts: Vec<String>,
    /// DEMO ONLY: a reviewer and their console token as `name:token` (repeatable).
    #[arg(
        long = "demo-reviewer",
        env = "TELLSAFE_DEMO_REVIEWERS",
        value_delimiter = ',',
        default_value = "reviewer:reviewer-token"
    )]
    pub demo_reviewers: Vec<String>,
    /// DEMO ONLY: staff with a role as `role:name:token` (repeatable); roles are reviewer,
    /// child_safety, lead and auditor. Names must not repeat `--demo-reviewer` names.
    #[arg(
        long = "demo-staff",
        env = "TELLSAFE_DEMO_STAFF",
        value_delimiter = ',',
        default_value = "child_safety:specialist:specialist-token,lead:lead:lead-token,auditor:auditor:auditor-token"
    )]
    pub demo_staff: Vec<String>,
    /// Where signed webhooks (case created, priority changed, hold placed, SLA breach) are
    /// POSTed; without it events wait in the outbox.
    #[arg(long, env = "TELLSAFE_WEBHOOK_URL")]
    pub webhook_url: Option<String>,
    /// A platform tool's public key allowed to call `POST /v1/cases/{id}/events`, as
    /// `ed25519:BASE64` or `ecdsa-p256-sha256:BASE64` (raw key; repeatable).
    #[arg(
        long = "integration-key",
        env = "TELLSAFE_INTEGRATION_KEYS",
        value_delimiter = ','
    )]
    pub integration_keys: Vec<String>,
    /// Requests per minute allowed per signing key.
    #[arg(long, env = "TELLSAFE_RATE_PER_KEY", default_value_t = DEFAULT_PER_KEY_PER_MINUTE)]
    pub rate_per_key_per_minute: u32,
    /// Requests per minute allowed per account.
    #[arg(long, env = "TELLSAFE_RATE_PER_ACCOUNT", default_value_t = DEFAULT_PER_ACCOUNT_PER_MINUTE)]
    pub rate_per_account_per_minute: u32,
    /// Whole days after a decision during which it can be appealed (core's `AppealWindow`;
    /// the default covers DSA Art. 20's six months whatever the start date).
    #[arg(long, env = "TELLSAFE_APPEAL_WINDOW_DAYS", default_value_t = tellsafe::status::event::DEFAULT_APPEAL_WINDOW_DAYS)]
    pub appeal_window_days: u32,
    /// Largest accepted clock skew of a signed request, in seconds.
    #[arg(long, env = "TELLSAFE_MAX_SKEW_SECS", default_value_t = DEFAULT_MAX_SKEW_SECS)]
    pub max_skew_secs: u64,
    /// SLA P0 (in danger now, sextortion): minutes to a first human look.
    #[arg(long, env = "TELLSAFE_SLA_P0_MINUTES", default_value_t = 15)]
    pub sla_p0_minutes: u32,
    /// SLA P1 (child sexual exploitation, other critical harm): minutes to a first human look.
    #[arg(long, env = "TELLSAFE_SLA_P1_MINUTES", default_value_t = 60)]
    pub sla_p1_minutes: u32,
    /// SLA P2 (serious harm): minutes to a first human look.
    #[arg(long, env = "TELLSAFE_SLA_P2_MINUTES", default_value_t = 24 * 60)]
    pub sla_p2_minutes: u32,
    /// SLA P3 (everything else): minutes to a first human look.
    #[arg(long, env = "TELLSAFE_SLA_P3_MINUTES", default_value_t = 72 * 60)]
    pub sla_p3_minutes: u32,
    /// Serve static files (the web demo) from this directory at `/`; `.wasm` as application/wasm.
    #[arg(long, env = "TELLSAFE_STATIC_DIR")]
    pub static_dir: Option<PathBuf>,
    /// The retention schedule (`--retain-*`, `--pseudonym-key`).
    #[command(flatten)]
    pub retention: crate::retention::RetentionSchedule,
    /// TEST ONLY: enable `/v1/test/*` hooks (advance the clock, pause the writer). Never in production.
    #[arg(long, env = "TELLSAFE_TEST_HOOKS", hide = true)]
    pub test_hooks: bool,
}

impl ServeArgs {
    /// The signing-key path, defaulting to `<db>.backend-key.pem` (PKCS#8 PEM).
    pub fn signing_key_path(&self) -> PathBuf {
        self.signing_key.clone().unwrap_or_else(|| {
            let mut name = self.db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
            name.push(".backend-key.pem");
            self.db.with_file_name(name)
        })
    }

    /// The SLA table from the `--sla-*` options (core refuses non-positive or non-monotonic tiers).
    pub fn sla_table(&self) -> Result<tellsafe::intake::SlaTable, tellsafe::intake::review::SlaError> {
        let ms = |minutes: u32| i64::from(minutes) * 60_000;
        tellsafe::intake::SlaTable::new(
            ms(self.sla_p0_minutes),
            ms(self.sla_p1_minutes),
            ms(self.sla_p2_minutes),
            ms(self.sla_p3_minutes),
        )
    }

    /// The base URL without a trailing slash.
    pub fn base_url(&self, bound: SocketAddr) -> String {
        self.public_base_url
            .clone()
            .unwrap_or_else(|| format!("http://{bound}"))
            .trim_end_matches('/')
            .to_owned()
    }
}

/// Splits `name:token` pairs; `None` for a malformed one.
pub fn parse_pairs(pairs: &[String]) -> Option<Vec<(String, String)>> {
    pairs
        .iter()
        .map(|pair| {
            let (name, token) = pair.split_once(':')?;
            (!name.is_empty() && !token.is_empty()).then(|| (name.to_owned(), token.to_owned()))
        })
        .collect()
}
