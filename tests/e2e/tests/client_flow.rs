//! The SDK client against the real backend: submit, receipt, a reviewer's decision through the
//! console JSON API, and the child's status text; status rights follow the account, not the
//! install.

#![allow(clippy::unwrap_used, reason = "tests: a panic is a failed test")]

use serde_json::Value;
use tellsafe::client::ClientError;
use tellsafe::flow::NotifyPreference;
use tellsafe::status::{ChildOutcome, ChildStatusKind};
use tellsafe_e2e::client::{Options, flush_all, open_client, report};
use tellsafe_e2e::{Backend, decision};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const REVIEWER: &str = "Bearer reviewer-token";

/// The console JSON API as the demo reviewer.
async fn reviewer(backend: &Backend, method: &str, path: &str, body: Option<Value>) -> Value {
    let http = reqwest::Client::new();
    let mut req = http
        .request(method.parse().unwrap(), format!("{}{path}", backend.base))
        .header("authorization", REVIEWER);
    if let Some(body) = body {
        req = req
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let resp = req.send().await.unwrap();
    assert!(resp.status().is_success(), "{method} {path}: {}", resp.status());
    resp.json().await.unwrap_or(Value::Null)
}

/// Starts review of `id`'s case and decides it: content removed.
async fn decide_removed(backend: &Backend, id: uuid::Uuid) {
    let queue = reviewer(backend, "GET", "/v1/console/queue", None).await;
    let case = queue["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["report_id"] == id.to_string())
        .expect("the report is in the review queue")["case_id"]
        .clone();
    reviewer(
        backend,
        "POST",
        &format!("/v1/console/cases/{case}/start-review"),
        None,
    )
    .await;
    let decision = decision(&["remove"]);
    reviewer(
        backend,
        "POST",
        &format!("/v1/console/cases/{case}/decide"),
        Some(decision),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submit_decide_status_follows_the_account() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let child = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;

    let sent = child
        .sdk
        .submit(
            &report("bullying", "they keep posting about me"),
            NotifyPreference::TellMeHere,
            &[],
        )
        .await
        .unwrap();
    // Durable but not yet sent: the child sees "sent".
    assert_eq!(
        child.sdk.status(sent.id).await.unwrap().kind,
        ChildStatusKind::Sent
    );
    assert_eq!(flush_all(&child).await, vec![sent.id]);

    let received = child.sdk.status(sent.id).await.unwrap();
    assert_eq!(received.kind, ChildStatusKind::Received);
    assert!(
        received.expected_by.is_some(),
        "the receipt promises a first review time"
    );

    decide_removed(&backend, sent.id).await;
    let decided = child.sdk.status(sent.id).await.unwrap();
    assert_eq!(decided.kind, ChildStatusKind::Decided);
    assert_eq!(decided.outcomes, vec![ChildOutcome::Removed]);
    assert!(!decided.text.is_empty() && decided.outcome_texts.len() == 1);
    assert!(decided.can_appeal);
    // The change reached the app as a neutral key only (it chose "tell me here").
    let keys = child.listener.0.lock().unwrap().clone();
    assert!(
        !keys.is_empty() && keys.iter().all(|k| k == "tellsafe-update"),
        "{keys:?}"
    );

    // A new install of the same account (new key, empty device) reads the same status.
    let dir2 = tempfile::tempdir().unwrap();
    let reinstall = open_client(&backend, dir2.path(), &Options::new("alice", "token-alice")).await;
    assert_ne!(
        reinstall.keys_id().await,
        child.keys_id().await,
        "a reinstall has a new key"
    );
    let again = reinstall.sdk.status(sent.id).await.unwrap();
    assert_eq!(
        (again.kind, again.outcomes.clone()),
        (decided.kind, decided.outcomes.clone())
    );
    assert_eq!(again.text, decided.text);

    // Another account cannot read it: not on its device, not from the backend.
    let dir3 = tempfile::tempdir().unwrap();
    let bob = open_client(&backend, dir3.path(), &Options::new("bob", "token-bob")).await;
    match bob.sdk.status(sent.id).await {
        Err(ClientError::Backend { status: 404, .. } | ClientError::NotFound) => {}
        other => panic!("another account read the status: {:?}", other.map(|v| v.kind)),
    }
    // And on the shared device, after bob signs in, alice's report is not listed or readable.
    child.login.switch("bob", "token-bob");
    assert!(child.sdk.my_reports().await.unwrap().is_empty());
    assert!(child.sdk.status(sent.id).await.is_err());
}
