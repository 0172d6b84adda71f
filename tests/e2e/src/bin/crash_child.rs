//! Crash-test child: opens the SDK client with file storage in `DIR` and submits reports
//! forever, printing each id on stdout only after `submit` returned `Ok` (the report is
//! durable), and flushing every few reports. The parent SIGKILLs it at random points.
//!
//! Usage: `crash_child DIR BASE_URL BACKEND_PUBKEY_BASE64`

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the ids on stdout are the test protocol; usage goes to stderr"
)]

use std::io::Write;

use base64::Engine;
use tellsafe::flow::NotifyPreference;
use tellsafe::sign::{ED25519, PublicKey};
use tellsafe_e2e::client::{Options, Remote, open_client_at, report};

/// Most reports one run submits (the parent kills it long before).
const MAX_REPORTS: usize = 10_000;
/// Flush after every this many submits, so kills also land mid-send and mid-receipt.
const FLUSH_EVERY: usize = 3;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, base, key] = args.as_slice() else {
        eprintln!("usage: crash_child DIR BASE_URL BACKEND_PUBKEY_BASE64");
        return std::process::ExitCode::from(2);
    };
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(key) else {
        return std::process::ExitCode::from(2);
    };
    let Ok(public_key) = PublicKey::from_raw(&ED25519, &raw) else {
        return std::process::ExitCode::from(2);
    };
    let remote = Remote {
        base: base.clone(),
        public_key,
    };
    let mut options = Options::new("alice", "token-alice");
    options.max_items = MAX_REPORTS;
    let client = open_client_at(&remote, std::path::Path::new(dir), &options).await;
    let mut out = std::io::stdout();
    for i in 0..MAX_REPORTS {
        let Ok(sent) = client
            .sdk
            .submit(&report("bullying", "crash"), NotifyPreference::DontNotify, &[])
            .await
        else {
            return std::process::ExitCode::from(1);
        };
        if writeln!(out, "{}", sent.id).and_then(|()| out.flush()).is_err() {
            return std::process::ExitCode::from(1);
        }
        if i % FLUSH_EVERY == FLUSH_EVERY - 1 {
            let _ = client.sdk.flush().await;
        }
    }
    std::process::ExitCode::SUCCESS
}
