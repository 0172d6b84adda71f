//! Soak: crash and disk faults against the client outbox, with figures.
//!
//! 1. KILLS SIGKILLs at random points of `crash_child` (submits and drains to a loopback
//!    backend with file storage); then one client reopens and drains, and the backend's rows
//!    are counted: every acknowledged submit must be there, none twice.
//! 2. Disk faults on a small tmpfs (needs root; `scripts/soak` checks `id`): ENOSPC, the
//!    directory turned read-only, a deleted queue file, a flipped bit in a sealed record. Each
//!    must give a typed error (never a panic), keep what was accepted, quarantine what is
//!    corrupt, and reopen cleanly.
//!
//! Usage: `soak [--no-mount] [KILLS] [SEED]` (the backend and `crash_child` binaries sit beside
//! this one). `--no-mount` (not root) skips the two faults that need a tmpfs and says so.
//! Prints one line of figures per part; exits non-zero on any loss, duplicate or failed check.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line driver: the figures are its output"
)]

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use base64::Engine;
use tellsafe::client::ClientError;
use tellsafe::flow::NotifyPreference;
use tellsafe::outbox::OutboxError;
use tellsafe::platform::PlatformError;
use tellsafe_e2e::Backend;
use tellsafe_e2e::client::{Client, Options, flush_all, open_client, report, server_reports};

/// Kills when none is given (the long run; `scripts/test` passes 200).
const DEFAULT_KILLS: usize = 1_000;
/// Most acknowledged submits to wait for before a kill (then a random extra delay).
const MAX_LINES_BEFORE_KILL: u64 = 6;
/// Longest extra random delay before a kill, microseconds: spreads kills over the fsyncs,
/// renames and sends between two acknowledgements.
const MAX_EXTRA_DELAY_US: u64 = 3_000;
/// Outbox capacity for the soak: far above what the kills leave queued.
const MAX_ITEMS: usize = 100_000;
/// Rate limits high enough for thousands of requests in seconds.
const NO_LIMITS: [&str; 4] = [
    "--rate-per-key-per-minute",
    "1000000",
    "--rate-per-account-per-minute",
    "1000000",
];
/// Size of the tmpfs that runs out of space: room for the key and a few dozen sealed records
/// (tmpfs charges whole 4 KiB pages per file).
const FULL_DISK_BYTES: usize = 256 * 1024;
/// Size of the tmpfs for the other disk faults, and of the full one once "space is freed".
const ROOMY_DISK_BYTES: usize = 16 * 1024 * 1024;
/// Most submits tried before the small disk must have filled.
const MAX_SUBMITS_TO_FILL: usize = 10_000;
/// Reports queued before a file is deleted or a bit flipped.
const QUEUED_BEFORE_DAMAGE: usize = 5;

/// xorshift64*: a seeded random source for kill points (the seed is printed to reproduce).
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % below.max(1)
    }
}

type Check = Result<String, String>;

/// What a fault that needs a tmpfs prints when mounting is not allowed.
const NO_MOUNT: &str = "skipped (--no-mount: a tmpfs needs root)";

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let mount = !all.iter().any(|a| a == "--no-mount");
    let args: Vec<&String> = all.iter().filter(|a| !a.starts_with("--")).collect();
    let kills = args.first().and_then(|a| a.parse().ok()).unwrap_or(DEFAULT_KILLS);
    let seed = args.get(1).and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1)
            | 1
    });
    let Some(bin_dir) = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
    else {
        eprintln!("soak: cannot find its own directory");
        return ExitCode::FAILURE;
    };
    let backend_exe = bin_dir.join("e2e-backend");
    let child_exe = bin_dir.join("crash_child");
    let backend = Backend::start(&backend_exe.to_string_lossy(), &NO_LIMITS);

    let mut ok = true;
    for (name, result) in [
        ("sigkill", sigkill(&backend, &child_exe, kills, seed).await),
        (
            "enospc",
            if mount {
                enospc(&backend).await
            } else {
                Ok(NO_MOUNT.into())
            },
        ),
        (
            "read-only",
            if mount {
                read_only(&backend).await
            } else {
                Ok(NO_MOUNT.into())
            },
        ),
        ("deleted file", deleted_file(&backend).await),
        ("flipped bit", flipped_bit(&backend).await),
    ] {
        match result {
            Ok(figures) => println!("soak {name}: {figures}"),
            Err(why) => {
                ok = false;
                println!("soak {name}: FAILED: {why}");
            }
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Rows per report id on the server.
fn server_counts(backend: &Backend) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for (_, id) in server_reports(backend) {
        *counts.entry(id).or_default() += 1;
    }
    counts
}

/// `accepted` ids missing from the server, and ids the server holds more than once.
fn lost_and_duplicated(backend: &Backend, accepted: &[uuid::Uuid]) -> (usize, usize) {
    let counts = server_counts(backend);
    let lost = accepted
        .iter()
        .filter(|id| !counts.contains_key(&id.to_string()))
        .count();
    let duplicates = counts.values().filter(|&&n| n > 1).count();
    (lost, duplicates)
}

fn options() -> Options {
    let mut options = Options::new("alice", "token-alice");
    options.max_items = MAX_ITEMS;
    options
}

async fn submit(client: &Client) -> Result<uuid::Uuid, ClientError> {
    client
        .sdk
        .submit(&report("bullying", "soak"), NotifyPreference::DontNotify, &[])
        .await
        .map(|s| s.id)
}

/// The storage error kind inside a client error, if it is one.
fn storage_kind(error: &ClientError) -> Option<&str> {
    match error {
        ClientError::Storage(PlatformError::Storage { kind, .. })
        | ClientError::Outbox(OutboxError::Platform(PlatformError::Storage { kind, .. })) => Some(kind),
        _ => None,
    }
}

async fn sigkill(backend: &Backend, child_exe: &Path, kills: usize, seed: u64) -> Check {
    let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
    let key = base64::engine::general_purpose::STANDARD.encode(backend.public_key.raw());
    let mut rng = Rng(seed);
    let mut accepted: Vec<uuid::Uuid> = Vec::new();
    for _ in 0..kills {
        let mut child = Command::new(child_exe)
            .arg(dir.path())
            .arg(&backend.base)
            .arg(&key)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("spawn crash_child: {e}"))?;
        let mut stdout = BufReader::new(child.stdout.take().ok_or("child stdout")?);
        let wait_for = rng.next(MAX_LINES_BEFORE_KILL + 1);
        let mut line = String::new();
        for _ in 0..wait_for {
            line.clear();
            if stdout.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
                return Err("crash_child exited early".into());
            }
            accepted.push(line.trim().parse().map_err(|_| "crash_child printed a non-id")?);
        }
        std::thread::sleep(std::time::Duration::from_micros(rng.next(MAX_EXTRA_DELAY_US)));
        child.kill().map_err(|e| format!("SIGKILL: {e}"))?;
        child.wait().map_err(|e| e.to_string())?;
        // Lines printed before the kill count; a torn last line is ignored.
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).map_err(|e| e.to_string())?;
        accepted.extend(rest.lines().filter_map(|l| l.parse::<uuid::Uuid>().ok()));
    }
    let client = open_client(backend, dir.path(), &options()).await;
    flush_all(&client).await;
    let health = client.sdk.delivery_health();
    let (lost, duplicates) = lost_and_duplicated(backend, &accepted);
    let delivered = server_counts(backend).len();
    let unique: HashSet<_> = accepted.iter().collect();
    let figures = format!(
        "seed {seed}, kills {kills}, reports accepted {}, delivered {delivered}, lost={lost}, duplicates={duplicates}, left queued {}",
        accepted.len(),
        health.pending + health.parked + health.quarantined
    );
    if lost != 0 || duplicates != 0 || unique.len() != accepted.len() || health.pending + health.parked != 0 {
        return Err(figures);
    }
    Ok(figures)
}

/// A tmpfs mounted for one fault; unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(bytes: usize) -> Result<Tmpfs, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
        run(
            "mount",
            &["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"],
            dir.path(),
        )?;
        Ok(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, options: &str) -> Result<(), String> {
        run("mount", &["-o", &format!("remount,{options}")], self.path())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = run("umount", &[], self.path());
    }
}

fn run(cmd: &str, args: &[&str], path: &Path) -> Result<(), String> {
    let status = Command::new(cmd)
        .args(args)
        .arg(path)
        .status()
        .map_err(|e| format!("{cmd}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd} {} failed (needs root)", args.join(" ")))
    }
}

/// Fills a small disk: submits fail with a typed StorageFull error, everything accepted before
/// stays queued, the queue reopens on the full disk, and drains once space is freed.
async fn enospc(backend: &Backend) -> Check {
    let disk = Tmpfs::mount(FULL_DISK_BYTES)?;
    let client = open_client(backend, disk.path(), &options()).await;
    let mut accepted = Vec::new();
    let mut error = None;
    for _ in 0..MAX_SUBMITS_TO_FILL {
        match submit(&client).await {
            Ok(id) => accepted.push(id),
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    let error = error.ok_or("the small disk never filled")?;
    let kind =
        storage_kind(&error).ok_or_else(|| format!("untyped error on a full disk: {}", error.code()))?;
    if kind != "StorageFull" {
        return Err(format!("a full disk gave storage kind {kind}"));
    }
    drop(client);
    let reopened = open_client(backend, disk.path(), &options()).await;
    let queued = reopened.sdk.delivery_health().pending;
    if queued != accepted.len() {
        return Err(format!(
            "{} accepted, {queued} queued after reopening the full disk",
            accepted.len()
        ));
    }
    drop(reopened);
    disk.remount(&format!("size={ROOMY_DISK_BYTES}"))?;
    let client = open_client(backend, disk.path(), &options()).await;
    flush_all(&client).await;
    let (lost, duplicates) = lost_and_duplicated(backend, &accepted);
    let figures = format!(
        "{} accepted before ENOSPC (tmpfs {} KiB), error storage/{kind}, reopened with {queued} queued, lost={lost}, duplicates={duplicates}",
        accepted.len(),
        FULL_DISK_BYTES / 1024
    );
    if lost != 0 || duplicates != 0 {
        Err(figures)
    } else {
        Ok(figures)
    }
}

/// Turns the directory read-only under a running client: submit and flush fail typed, the
/// queue reopens read-only with everything accepted, and drains exactly once when writable.
async fn read_only(backend: &Backend) -> Check {
    let disk = Tmpfs::mount(ROOMY_DISK_BYTES)?;
    let client = open_client(backend, disk.path(), &options()).await;
    let mut accepted = Vec::new();
    for _ in 0..QUEUED_BEFORE_DAMAGE {
        accepted.push(
            submit(&client)
                .await
                .map_err(|e| format!("submit: {}", e.code()))?,
        );
    }
    disk.remount("ro")?;
    let submit_error = match submit(&client).await {
        Ok(_) => return Err("a submit on a read-only disk returned Ok".into()),
        Err(e) => storage_kind(&e)
            .map(str::to_owned)
            .ok_or_else(|| format!("untyped submit error on a read-only disk: {}", e.code()))?,
    };
    // Sends reach the backend, but the delivered records cannot be removed: the flush must
    // fail typed or leave them queued, never lose them.
    let flush = match client.sdk.flush().await {
        Ok(_) => "ok".to_owned(),
        Err(e) => e.code().to_owned(),
    };
    drop(client);
    let reopened = open_client(backend, disk.path(), &options()).await;
    let queued = reopened.sdk.delivery_health().pending;
    drop(reopened);
    disk.remount("rw")?;
    let client = open_client(backend, disk.path(), &options()).await;
    flush_all(&client).await;
    let (lost, duplicates) = lost_and_duplicated(backend, &accepted);
    let figures = format!(
        "{} accepted, submit error storage/{submit_error}, flush {flush}, reopened read-only with {queued} queued, lost={lost}, duplicates={duplicates}",
        accepted.len()
    );
    if lost != 0 || duplicates != 0 {
        Err(figures)
    } else {
        Ok(figures)
    }
}

/// Queues reports without sending, closes the client, and returns the queue files.
async fn queue_offline(backend: &Backend, dir: &Path) -> Result<(Vec<uuid::Uuid>, Vec<PathBuf>), String> {
    let client = open_client(backend, dir, &options()).await;
    let mut accepted = Vec::new();
    for _ in 0..QUEUED_BEFORE_DAMAGE {
        accepted.push(
            submit(&client)
                .await
                .map_err(|e| format!("submit: {}", e.code()))?,
        );
    }
    drop(client);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("records"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('o'))
        })
        .collect();
    files.sort();
    if files.len() != accepted.len() {
        return Err(format!(
            "{} accepted but {} queue files",
            accepted.len(),
            files.len()
        ));
    }
    Ok((accepted, files))
}

/// A queue file deleted behind the client's back: the queue reopens with the others and
/// delivers each once.
async fn deleted_file(backend: &Backend) -> Check {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let (accepted, files) = queue_offline(backend, dir.path()).await?;
    let victim = files.first().ok_or("no queue file")?;
    std::fs::remove_file(victim).map_err(|e| e.to_string())?;
    let client = open_client(backend, dir.path(), &options()).await;
    let health = client.sdk.delivery_health();
    let delivered: HashSet<_> = flush_all(&client).await.into_iter().collect();
    let (_, duplicates) = lost_and_duplicated(backend, &accepted);
    let figures = format!(
        "{} accepted, 1 file deleted, reopened with {} queued and {} quarantined, delivered {}, duplicates={duplicates}",
        accepted.len(),
        health.pending,
        health.quarantined,
        delivered.len()
    );
    if health.pending != accepted.len() - 1 || delivered.len() != accepted.len() - 1 || duplicates != 0 {
        return Err(figures);
    }
    Ok(figures)
}

/// One bit flipped in a sealed record: that record is quarantined (counted, never sent, never
/// fatal), the rest deliver once, and the queue reopens again cleanly.
async fn flipped_bit(backend: &Backend) -> Check {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let (accepted, files) = queue_offline(backend, dir.path()).await?;
    let victim = files.first().ok_or("no queue file")?;
    let mut bytes = std::fs::read(victim).map_err(|e| e.to_string())?;
    let at = bytes.len() / 2;
    let byte = bytes.get_mut(at).ok_or("empty record")?;
    *byte ^= 0x10;
    std::fs::write(victim, &bytes).map_err(|e| e.to_string())?;
    let client = open_client(backend, dir.path(), &options()).await;
    let health = client.sdk.delivery_health();
    let delivered: HashSet<_> = flush_all(&client).await.into_iter().collect();
    drop(client);
    let again = open_client(backend, dir.path(), &options()).await;
    let after = again.sdk.delivery_health();
    let (_, duplicates) = lost_and_duplicated(backend, &accepted);
    let figures = format!(
        "{} accepted, 1 bit flipped, quarantined {}, delivered {}, reopened with {} queued and {} quarantined, duplicates={duplicates}",
        accepted.len(),
        health.quarantined,
        delivered.len(),
        after.pending,
        after.quarantined
    );
    if health.quarantined != 1
        || delivered.len() != accepted.len() - 1
        || after.pending != 0
        || after.quarantined != 1
        || duplicates != 0
    {
        return Err(figures);
    }
    Ok(figures)
}
