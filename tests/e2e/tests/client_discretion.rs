//! Discretion against the real backend: quick exit drops the saved draft, forget-on-device
//! removes local history while queued reports still arrive, free text never appears in plain
//! text on disk or in the backend's logs, and notifications are neutral.

#![allow(clippy::unwrap_used, reason = "tests: a panic is a failed test")]

use tellsafe::client::Forget;
use tellsafe::flow::NotifyPreference;
use tellsafe_e2e::Backend;
use tellsafe_e2e::client::{Options, flush_all, open_client, report, server_reports};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const CANARY: &str = "CANARY-e2e-5d1f-never-in-plaintext";

/// Every file under `dir`, recursively.
fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_drops_the_saved_draft() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    c.sdk.start_session(None, Vec::new()).unwrap();
    c.sdk.save_session().await.unwrap();
    // The sealed copy exists before the exit (a reopened client could resume it).
    let reopened = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    assert!(reopened.sdk.resume_session().await.unwrap().is_some());
    drop(reopened);
    c.sdk.quick_exit().await.unwrap();
    assert!(c.sdk.resume_session().await.unwrap().is_none());
    let reopened = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    assert!(
        reopened.sdk.resume_session().await.unwrap().is_none(),
        "no draft after a quick exit"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_on_device_keeps_delivery_and_nothing_leaks() {
    let mut backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let r = report("bullying", &format!("{CANARY} what they wrote"));
        ids.push(
            c.sdk
                .submit(&r, NotifyPreference::TellMeHere, &[])
                .await
                .unwrap()
                .id,
        );
    }
    c.sdk.forget_on_device(Forget::One(ids[0])).await.unwrap();
    let listed: Vec<_> = c
        .sdk
        .my_reports()
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(
        listed,
        ids[1..].to_vec(),
        "the forgotten report is gone from history"
    );

    // The forgotten report is still queued and still arrives, with the others.
    let mut delivered = flush_all(&c).await;
    delivered.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(delivered, want);
    let on_server: Vec<String> = server_reports(&backend).into_iter().map(|r| r.1).collect();
    assert!(ids.iter().all(|id| on_server.contains(&id.to_string())));
    // No history or status cache came back for it, in this run or after a restart.
    let listed: Vec<_> = c
        .sdk
        .my_reports()
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert!(!listed.contains(&ids[0]));
    let reopened = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let listed: Vec<_> = reopened
        .sdk
        .my_reports()
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(listed, ids[1..].to_vec());
    drop(reopened);

    // Notifications were neutral: the key only, never a category or an id.
    let keys = c.listener.0.lock().unwrap().clone();
    assert!(!keys.is_empty());
    for key in &keys {
        assert_eq!(key, "tellsafe-update");
        assert!(!key.contains("bullying") && ids.iter().all(|id| !key.contains(&id.to_string())));
    }

    // The canary is nowhere in plain text on the device or in the backend's log.
    for path in files(dir.path()) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "free text in plain text in {}",
            path.display()
        );
    }
    let log = backend.stop();
    assert!(!log.is_empty(), "the backend logged at debug");
    assert!(!log.contains(CANARY), "free text in the backend's log");
}
