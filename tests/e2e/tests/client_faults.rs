//! The fault matrix: the SDK client's delivery against the real backend through a
//! fault-injecting transport, on the client's virtual clock. Every report arrives exactly once,
//! under the account that submitted it, and nothing is parked that should not be (a refused schema is
//! parked with its reason until the app un-parks it).

#![allow(clippy::unwrap_used, reason = "tests: a panic is a failed test")]

use std::collections::HashSet;

use tellsafe::flow::NotifyPreference;
use tellsafe::status::ChildStatusKind;
use tellsafe_e2e::client::{Client, Fault, Options, flush_all, open_client, report, server_reports};
use tellsafe_e2e::{Backend, Install, nonce, send};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
/// Reports in the account-switch run. 1,000 keeps the debug run well under two minutes.
const MANY: usize = 1_000;
/// Rate limits high enough that the bulk run measures delivery, not the limiter.
const NO_LIMITS: [&str; 4] = [
    "--rate-per-key-per-minute",
    "1000000",
    "--rate-per-account-per-minute",
    "1000000",
];

async fn submit(client: &Client, text: &str) -> uuid::Uuid {
    client
        .sdk
        .submit(&report("bullying", text), NotifyPreference::DontNotify, &[])
        .await
        .unwrap()
        .id
}

/// The backend holds exactly `ids` for `account` (each once), and nothing else of the account.
fn assert_exactly_once(backend: &Backend, account: &str, ids: &[uuid::Uuid]) {
    let rows: Vec<String> = server_reports(backend)
        .into_iter()
        .filter(|(a, _)| a == account)
        .map(|(_, id)| id)
        .collect();
    let distinct: HashSet<&String> = rows.iter().collect();
    assert_eq!(rows.len(), distinct.len(), "duplicates on the server");
    let want: HashSet<String> = ids.iter().map(uuid::Uuid::to_string).collect();
    assert_eq!(
        distinct,
        want.iter().collect(),
        "server set != client set for {account}"
    );
}

fn assert_settled(client: &Client) {
    let health = client.sdk.delivery_health();
    assert_eq!(
        (health.pending, health.parked, health.quarantined),
        (0, 0, 0),
        "{health:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drops_and_lost_responses_deliver_once() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let id = submit(&c, "drops").await;
    c.transport.plan("POST", "/v1/reports", Fault::DropBeforeSend);
    c.transport.plan("POST", "/v1/reports", Fault::DropBeforeSend);
    // Committed on the server, answer lost: the resend must be recognised as a duplicate.
    c.transport.plan("POST", "/v1/reports", Fault::LoseResponse);
    assert_eq!(flush_all(&c).await, vec![id]);
    assert_eq!(c.transport.pending(), 0);
    let statuses = c.transport.statuses("POST", "/v1/reports");
    assert_eq!(&statuses[..3], &[0, 0, 0]);
    assert!(statuses[3] / 100 == 2, "{statuses:?}");
    assert_exactly_once(&backend, "alice", &[id]);
    assert_settled(&c);
    assert_eq!(c.sdk.status(id).await.unwrap().kind, ChildStatusKind::Received);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_back_off_and_honour_retry_after() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let id = submit(&c, "errors").await;
    let cases = [
        (500, None, false, 0),
        (503, None, false, 0),
        (503, Some(120), true, 120),
        (429, Some(600), true, 600),
    ];
    for (status, retry_after, signed, wait_secs) in cases {
        c.transport.plan(
            "POST",
            "/v1/reports",
            Fault::Status {
                status,
                retry_after,
                signed,
            },
        );
        let before = c.clock_ms();
        let summary = c.sdk.flush().await.unwrap();
        assert!(summary.delivered.is_empty(), "{status}");
        let next = summary
            .next_attempt_at
            .expect("a retry is scheduled")
            .unix_millis();
        // A signed Retry-After is honoured (no earlier attempt); anything else backs off.
        assert!(
            next - before >= wait_secs * 1000,
            "{status}: retry after {}ms",
            next - before
        );
        assert!(next > before, "{status}: no backoff");
        // Nothing is sent before the time comes.
        assert!(c.sdk.flush().await.unwrap().delivered.is_empty());
        c.set_clock_ms(next);
    }
    assert_eq!(flush_all(&c).await, vec![id]);
    assert_exactly_once(&backend, "alice", &[id]);
    assert_settled(&c);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_token_is_refreshed_once() {
    // Two tokens for alice: the app's old one is unknown to the backend (expired), refresh
    // yields the second.
    let backend = Backend::start(EXE, &["--demo-account", "alice:token-alice-2"]);
    let dir = tempfile::tempdir().unwrap();
    let mut options = Options::new("alice", "token-alice-expired");
    options.refresh_to = vec!["token-alice-2".to_owned()];
    let c = open_client(&backend, dir.path(), &options).await;
    let id = submit(&c, "auth").await;
    assert_eq!(flush_all(&c).await, vec![id]);
    assert!(c.login.refreshes.load(std::sync::atomic::Ordering::SeqCst) >= 1);
    assert!(c.transport.statuses("POST", "/v1/").contains(&401));
    assert_exactly_once(&backend, "alice", &[id]);
    assert_settled(&c);
    assert_eq!(c.sdk.status(id).await.unwrap().kind, ChildStatusKind::Received);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revoked_key_rotates_and_registers_again() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let first = submit(&c, "before").await;
    assert_eq!(flush_all(&c).await, vec![first]);
    let old_key = c.keys_id().await;

    // Alice revokes this install's key from another of her devices (the backend's key API).
    let other = Install::new("token-alice");
    let http = reqwest::Client::new();
    let url = format!("{}/v1/keys", backend.base);
    let body = other.registration();
    let headers = other.headers_typed("POST", &url, Some(&body), "application/json", None, &nonce());
    let a = send(&http, &backend.public_key, "POST", &url, &headers, Some(body)).await;
    assert!(a.status / 100 == 2, "register the other device: {}", a.status);
    let url = format!("{}/v1/keys/{old_key}", backend.base);
    let headers = other.headers("DELETE", &url, None, None, &nonce());
    let a = send(&http, &backend.public_key, "DELETE", &url, &headers, None).await;
    assert!(a.status / 100 == 2, "revoke: {} {}", a.status, a.body);

    let second = submit(&c, "after").await;
    assert_eq!(flush_all(&c).await, vec![second]);
    assert_ne!(c.keys_id().await, old_key, "a new key after revocation");
    assert!(c.transport.statuses("POST", "/v1/reports").contains(&403));
    assert_exactly_once(&backend, "alice", &[first, second]);
    assert_settled(&c);
    assert_eq!(c.sdk.status(first).await.unwrap().kind, ChildStatusKind::Received);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_clock_two_hours_off_either_way() {
    let backend = Backend::start(EXE, &[]);
    for error_h in [2_i64, -2] {
        let dir = tempfile::tempdir().unwrap();
        let mut options = Options::new("alice", "token-alice");
        options.clock_error_ms = error_h * 3_600_000;
        let c = open_client(&backend, dir.path(), &options).await;
        let id = submit(&c, "skew").await;
        assert_eq!(flush_all(&c).await, vec![id], "clock {error_h:+}h");
        assert_eq!(c.sdk.status(id).await.unwrap().kind, ChildStatusKind::Received);
        assert_settled(&c);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_switch_with_many_queued_and_faults() {
    let backend = Backend::start(EXE, &NO_LIMITS);
    let dir = tempfile::tempdir().unwrap();
    let mut options = Options::new("alice", "token-alice");
    options.max_items = MANY;
    let c = open_client(&backend, dir.path(), &options).await;
    let started = std::time::Instant::now();

    let mut alice = Vec::new();
    for i in 0..MANY / 2 {
        alice.push(submit(&c, &format!("alice {i}")).await);
    }
    // Bob signs in on the same device with alice's reports still queued.
    c.login.switch("bob", "token-bob");
    let mut bob = Vec::new();
    for i in 0..MANY - MANY / 2 {
        bob.push(submit(&c, &format!("bob {i}")).await);
    }
    // Faults along the way: drops, lost answers, proxy 503s, signed 429s.
    for i in 0..40 {
        let fault = match i % 4 {
            0 => Fault::DropBeforeSend,
            1 => Fault::LoseResponse,
            2 => Fault::Status {
                status: 503,
                retry_after: None,
                signed: false,
            },
            _ => Fault::Status {
                status: 429,
                retry_after: Some(1),
                signed: true,
            },
        };
        c.transport.plan("POST", "/v1/reports", fault);
    }
    let delivered_bob = flush_all(&c).await;
    // Bob's session sent only bob's reports.
    assert_exactly_once(&backend, "bob", &bob);
    assert!(server_reports(&backend).iter().all(|(a, _)| a == "bob"));
    assert_eq!(delivered_bob.iter().collect::<HashSet<_>>(), bob.iter().collect());

    c.login.switch("alice", "token-alice");
    let delivered_alice = flush_all(&c).await;
    assert_eq!(
        delivered_alice.iter().collect::<HashSet<_>>(),
        alice.iter().collect()
    );
    assert_exactly_once(&backend, "alice", &alice);
    assert_eq!(
        server_reports(&backend).len(),
        MANY,
        "server count == client count"
    );
    assert_eq!(c.transport.pending(), 0, "every planned fault was hit");
    assert_settled(&c);
    eprintln!("{MANY} reports, 2 accounts, 40 faults: {:?}", started.elapsed());
}

/// A schema-version bump: the backend (upgraded first) refuses the queued report's schema with
/// a signed 422 `schema_invalid`. The report is parked with that reason, visible to the app and
/// counted, never dropped or retried blindly; after the app update the app un-parks it and it
/// arrives exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schema_version_bump_parks_with_reason_then_delivers_once() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let id = submit(&c, "schema bump").await;
    c.transport.plan(
        "POST",
        "/v1/reports",
        Fault::Status {
            status: 422,
            retry_after: None,
            signed: true,
        },
    );
    assert_eq!(flush_all(&c).await, Vec::<uuid::Uuid>::new());
    let parked = c.sdk.parked().await.unwrap();
    assert_eq!(parked.len(), 1);
    assert_eq!(parked[0].id, id);
    assert!(
        format!("{:?}", parked[0].state).contains("SchemaInvalid"),
        "{:?}",
        parked[0].state
    );
    assert_eq!(c.sdk.delivery_health().parked, 1);
    assert_exactly_once(&backend, "alice", &[]);

    // The app update: the report is un-parked and sent again, once.
    c.sdk.retry_parked(id).await.unwrap();
    assert_eq!(flush_all(&c).await, vec![id]);
    assert_exactly_once(&backend, "alice", &[id]);
    assert_settled(&c);
}

/// Slow answers: each report's answer reaches the device late on the virtual clock (30 s, then
/// 5 min, past the signature's validity window). The backend stored each report once; the late
/// receipts still verify and count, so nothing is resent or parked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delayed_answers_deliver_once() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let c = open_client(&backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let first = submit(&c, "slow one").await;
    let second = submit(&c, "slow two").await;
    let start = c.clock_ms();
    c.transport
        .plan("POST", "/v1/reports", Fault::Delay { ms: 30_000 });
    c.transport
        .plan("POST", "/v1/reports", Fault::Delay { ms: 300_000 });
    let mut delivered = flush_all(&c).await;
    delivered.sort();
    let mut want = vec![first, second];
    want.sort();
    assert_eq!(delivered, want);
    assert!(
        c.clock_ms() - start >= 330_000,
        "the delays moved the virtual clock"
    );
    assert_eq!(c.transport.pending(), 0);
    assert_eq!(c.transport.statuses("POST", "/v1/reports").len(), 2, "no resend");
    assert_exactly_once(&backend, "alice", &[first, second]);
    assert_settled(&c);
}
