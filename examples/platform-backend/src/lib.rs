//! TellSafe reference platform backend: intake of signed reports, key registration, status,
//! appeals and deletion bound to the reporting account, and a trust-and-safety console whose
//! actions drive the report lifecycle and land in a hash-chained audit log.
//!
//! A reference for the contract (see `openapi.yaml` beside this crate), not a product: account
//! and reviewer authentication are simulated with demo tokens, loudly labelled as such.

pub mod abuse;
pub mod access;
pub mod attestation;
pub mod audit;
pub mod case_aggregates;
pub mod case_events;
pub mod case_history;
pub mod cases;
pub mod checkpoints;
pub mod cli;
pub mod clock;
pub mod console;
pub mod db;
pub mod escalations;
pub mod exports;
pub mod governance;
pub mod holds;
pub mod http;
pub mod intake_counts;
pub mod linked_cases;
pub mod linking;
pub mod priority;
pub mod ratelimit;
pub mod report_glue;
pub mod retention;
pub mod roles;
pub mod signing;
pub mod sla;
pub mod state;
pub mod stats;
pub mod webhooks;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, RwLock};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use clap::Parser;
use tower_http::set_header::SetResponseHeader;

use crate::cli::{Cli, Command, ServeArgs, parse_pairs};
use crate::db::{Readers, Writer, WriterPause};
use crate::state::{AppState, Config, Inner};

/// How often expired nonces are purged: they are only needed until `created + max skew`.
const NONCE_PURGE_SECS: u64 = 60;
/// The policy of the static pages (the web demo): only this origin's scripts, styles and
/// connections, WebAssembly compilation allowed, no inline script or style. The demo proves
/// the `<tellsafe-report>` element runs under the strict policy an integrator would set.
const STATIC_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/// Entry point of the binary.
pub fn cli_main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match cli.command {
        Some(Command::AuditVerify {
            db,
            checkpoints,
            public_key,
        }) => audit_verify(&db, checkpoints.as_deref().zip(public_key.as_deref())),
        Some(Command::AuditKeygen { out }) => audit_keygen(&out),
        Some(Command::AuditSign {
            key,
            db,
            checkpoints,
            every_secs,
        }) => audit_sign(&key, &db, &checkpoints, every_secs),
        Some(Command::Export {
            kind,
            report,
            db,
            out_dir,
            settings,
        }) => exports::cli_export(kind, &report, &db, out_dir.as_ref(), &settings),
        Some(Command::Stats {
            period,
            db,
            format,
            k,
        }) => stats::cli_stats(&period, &db, format, k),
        Some(Command::Retention { db, now, schedule }) => {
            retention::cli_retention(&db, now.as_deref(), &schedule)
        }
        Some(Command::SubjectExport { db, kind, subject }) => {
            access::cli_subject_export(&db, &kind, &subject)
        }
        None => {
            let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
                Ok(rt) => rt,
                Err(error) => {
                    tracing::error!(%error, "cannot start the runtime");
                    return ExitCode::FAILURE;
                }
            };
            match runtime.block_on(serve(cli.serve)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    tracing::error!(%error, "server failed");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

#[allow(clippy::print_stdout, reason = "audit-verify reports its verdict on stdout")]
fn audit_verify(path: &std::path::Path, checkpoints: Option<(&std::path::Path, &str)>) -> ExitCode {
    let conn = match db::open(path, true) {
        Ok(conn) => conn,
        Err(error) => {
            tracing::error!(%error, "cannot open database");
            return ExitCode::from(2);
        }
    };
    match audit::verify(&conn) {
        Ok(audit::Verdict::Intact { rows }) => {
            println!("audit log intact: {rows} rows");
            if let Some((file, public_key)) = checkpoints {
                return verify_checkpoints(&conn, file, public_key);
            }
            ExitCode::SUCCESS
        }
        Ok(audit::Verdict::Broken { seq, reason }) => {
            println!("audit log BROKEN at row {seq}: {reason}");
            ExitCode::FAILURE
        }
        Err(error) => {
            tracing::error!(%error, "cannot read audit log");
            ExitCode::from(2)
        }
    }
}

#[allow(clippy::print_stdout, reason = "audit-verify reports its verdict on stdout")]
fn verify_checkpoints(conn: &rusqlite::Connection, file: &std::path::Path, public_key: &str) -> ExitCode {
    let verdict =
        checkpoints::load_public_key(public_key).and_then(|key| checkpoints::verify(conn, file, &key));
    match verdict {
        Ok(checkpoints::CheckpointVerdict::Consistent { checkpoints }) => {
            println!("checkpoints consistent: {checkpoints} signed heads match");
            ExitCode::SUCCESS
        }
        Ok(checkpoints::CheckpointVerdict::Mismatch { line, reason }) => {
            println!("audit log BROKEN at checkpoint line {line}: {reason}");
            ExitCode::FAILURE
        }
        Err(error) => {
            tracing::error!(%error, "cannot check checkpoints");
            ExitCode::from(2)
        }
    }
}

#[allow(clippy::print_stdout, reason = "the public key is the command's output")]
fn audit_keygen(out: &std::path::Path) -> ExitCode {
    match checkpoints::keygen(out) {
        Ok(public) => {
            println!("audit checkpoint public key (pin it in audit-verify --public-key): {public}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "audit-keygen failed");
            ExitCode::from(2)
        }
    }
}

#[allow(clippy::print_stdout, reason = "each checkpoint is reported on stdout")]
fn audit_sign(
    key: &std::path::Path,
    db_path: &std::path::Path,
    file: &std::path::Path,
    every_secs: Option<u64>,
) -> ExitCode {
    loop {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        let signed = db::open(db_path, true)
            .map_err(checkpoints::CheckpointError::from)
            .and_then(|conn| checkpoints::sign(&conn, key, file, now));
        match signed {
            Ok(cp) => println!("checkpoint signed: seq {}", cp.seq),
            Err(error) => {
                tracing::error!(%error, "audit-sign failed");
                return ExitCode::from(2);
            }
        }
        match every_secs {
            Some(secs) => std::thread::sleep(std::time::Duration::from_secs(secs.max(1))),
            None => return ExitCode::SUCCESS,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A `name:token` option is malformed.
    #[error("--demo-account / --demo-reviewer must be name:token")]
    BadPair,
    /// `--appeal-window-days` is outside core's range.
    #[error(
        "--appeal-window-days must be 1 to {} days",
        tellsafe::status::event::MAX_APPEAL_WINDOW_DAYS
    )]
    AppealWindow,
    /// The `--sla-*` options do not make a valid table.
    #[error(transparent)]
    Sla(#[from] tellsafe::intake::review::SlaError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] db::StoreError),
    /// The governance options (staff, webhook, integration keys) are unusable.
    #[error(transparent)]
    Governance(#[from] governance::GovernanceError),
    /// The signing key file failed.
    #[error(transparent)]
    Key(#[from] signing::KeyFileError),
    /// The pseudonym key of the retention job is unusable.
    #[error(transparent)]
    Retention(#[from] retention::KeyError),
    /// Binding or serving failed.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// SQLite failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Runs the server until Ctrl-C or SIGTERM, then drains: in-flight requests finish, the writer
/// commits everything it accepted, and only then the process exits.
#[allow(
    clippy::print_stdout,
    reason = "the public key and address are the operator's start-up output"
)]
pub async fn serve(args: ServeArgs) -> Result<(), ServeError> {
    let accounts = parse_pairs(&args.demo_accounts).ok_or(ServeError::BadPair)?;
    let appeal_window = tellsafe::status::AppealWindow::days(args.appeal_window_days)
        .map_err(|_| ServeError::AppealWindow)?;
    let reviewers = parse_pairs(&args.demo_reviewers).ok_or(ServeError::BadPair)?;
    let governance = governance::Governance::new(
        &reviewers,
        &args.demo_staff,
        args.webhook_url.clone(),
        &args.integration_keys,
    )?;
    sla::configure(args.sla_table()?);
    let pause = WriterPause::default();
    let (writer, writer_thread) = Writer::open(&args.db, pause.clone())?;
    let keys = {
        let conn = db::open(&args.db, true)?;
        http::load_keys(&conn)?
    };
    let key_path = args.signing_key_path();
    let (backend_key, created) = signing::load_or_create_backend_key(&key_path)?;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let bound = listener.local_addr()?;
    let base_url = args.base_url(bound);
    if created {
        println!("created backend signing key at {}", key_path.display());
    }
    println!(
        "backend public key ({}, pin this in clients): {}",
        backend_key.algorithm().name(),
        STANDARD.encode(backend_key.public_key().raw())
    );
    println!("backend key id: {}", backend_key.key_id());
    tracing::warn!("DEMO AUTH: accounts and reviewers use demo tokens; not for production");
    if args.test_hooks {
        tracing::warn!("TEST HOOKS ENABLED: clock and writer can be controlled over HTTP");
    }
    let state = AppState(Arc::new(Inner {
        config: Config {
            base_url: base_url.clone(),
            appeal_window,
            max_skew_secs: i64::try_from(args.max_skew_secs).unwrap_or(i64::MAX),
            test_hooks: args.test_hooks,
        },
        writer: writer.clone(),
        readers: Arc::new(Readers::new(args.db.clone())),
        clock: clock::Clock::default(),
        accounts: accounts.into_iter().map(|(name, token)| (token, name)).collect(),
        // Every staff token signs in to the console; `governance.roster` knows the roles.
        reviewers: governance.roster.names_by_token(),
        key_limiter: ratelimit::Limiter::new(args.rate_per_key_per_minute),
        account_limiter: ratelimit::Limiter::new(args.rate_per_account_per_minute),
        backend_key,
        keys: Arc::new(RwLock::new(
            keys.into_iter()
                .map(|k| (k.key_id().to_owned(), k))
                .collect::<HashMap<_, _>>(),
        )),
        in_flight: Mutex::new(Default::default()),
        writer_pause: pause.clone(),
        governance: Arc::new(governance),
        intake_tally: intake_counts::Tally::default(),
    }));
    let pseudonymizer = retention::Pseudonymizer::load_or_create(&args.retention.key_path(&args.db))?;
    let retention_job = tokio::spawn(run_retention(
        writer.clone(),
        state.clock.clone(),
        args.retention.clone(),
        Arc::new(pseudonymizer),
    ));
    let purge = tokio::spawn(purge_nonces(state.clone()));
    // Every handle must go for the writer thread to drain and stop at shutdown.
    drop(writer);
    let deliveries = state
        .governance
        .webhook_url
        .clone()
        .map(|url| tokio::spawn(webhooks::run(state.clone(), url)));
    let mut app = http::router(state.clone(), &args.cors_origins);
    if let Some(dir) = &args.static_dir {
        app = app.fallback_service(SetResponseHeader::if_not_present(
            tower_http::services::ServeDir::new(dir),
            axum::http::header::CONTENT_SECURITY_POLICY,
            axum::http::HeaderValue::from_static(STATIC_CSP),
        ));
    }
    println!("listening on {base_url} (bound {bound})");
    tracing::info!(%bound, "listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("shutting down: draining the writer");
    purge.abort();
    let _ = purge.await;
    retention_job.abort();
    let _ = retention_job.await;
    if let Some(deliveries) = deliveries {
        deliveries.abort();
        let _ = deliveries.await;
    }
    pause.set(false);
    // Refusals counted since the last tick: written before the writer drains.
    if let Err(error) = state.intake_tally.flush(&state.writer).await {
        tracing::warn!(%error, "intake counts flush failed");
    }
    drop(state);
    tokio::task::spawn_blocking(move || writer_thread.join())
        .await
        .ok();
    tracing::info!("stopped");
    Ok(())
}

async fn purge_nonces(state: AppState) {
    let writer = state.writer.clone();
    let clock = state.clock.clone();
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(NONCE_PURGE_SECS));
    loop {
        tick.tick().await;
        let now = clock.now().unix_millis();
        let result = writer
            .write(move |conn| {
                Ok(Ok::<usize, ()>(
                    conn.execute("DELETE FROM nonces WHERE expires_at < ?1", [now])?,
                ))
            })
            .await;
        if let Err(error) = result {
            tracing::warn!(%error, "nonce purge failed");
        }
        // Same tick: close decided cases whose appeal window ended (reads close lazily too).
        let now = clock.now();
        match writer
            .write(move |conn| Ok(Ok::<usize, ()>(case_history::sweep(conn, now)?)))
            .await
        {
            Ok(Ok(closed)) if closed > 0 => tracing::info!(closed, "appeal windows ended"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "appeal-window sweep failed"),
        }
        // Same tick: SLA breaches on the server clock (console reads sweep too).
        let now = clock.now().unix_millis();
        match writer
            .write(move |conn| Ok(Ok::<usize, ()>(sla::sweep(conn, now)?)))
            .await
        {
            Ok(Ok(breached)) if breached > 0 => tracing::info!(breached, "SLA breaches recorded"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "SLA sweep failed"),
        }
        // Same tick: the refusals counted in memory since the last one.
        if let Err(error) = state.intake_tally.flush(&writer).await {
            tracing::warn!(%error, "intake counts flush failed");
        }
    }
}

/// The retention job (issue 11): the schedule of `--retain-*` on the server clock, every
/// [`retention::TICK_SECS`]; held cases are skipped and every purge is audited.
async fn run_retention(
    writer: Writer,
    clock: clock::Clock,
    schedule: retention::RetentionSchedule,
    pseudonymizer: Arc<retention::Pseudonymizer>,
) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(retention::TICK_SECS));
    loop {
        tick.tick().await;
        let now = clock.now();
        let schedule = schedule.clone();
        let pseudonymizer = pseudonymizer.clone();
        match writer
            .write(move |conn| Ok(Ok::<_, ()>(retention::run(conn, &schedule, &pseudonymizer, now)?)))
            .await
        {
            Ok(Ok(run)) => tracing::info!(?run, "retention run"),
            Ok(Err(())) => {}
            Err(error) => tracing::warn!(%error, "retention run failed"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
