//! Client behaviour against an in-process backend on virtual time: delivery, status, account
//! binding, the fault matrix, and discretion.

mod backend_keys;
mod fake_backend;

use std::sync::{Arc, Mutex};

use futures::executor::block_on;
use uuid::Uuid;

use super::*;
use crate::flow::{Intent, IntentRequest, NotifyPreference};
use crate::outbox::OutboxConfig;
use crate::platform::{ManualClock, MemoryKeyStore, SeededRandom, Storage};
use crate::report::{Platform, Report, ReportBuilder, ReportId};
use crate::sign::{ED25519, SigningKey};
use crate::status::{ChildOutcome, ChildStatusKind};
use crate::storage::MemoryStorage;
use crate::{AgeBand, AgeSignalSource, Category, ReporterRole};
use fake_backend::{FakeBackend, Faulty};

const CANARY: &str = "CANARY-91c2";
const START_MS: i64 = 1_790_000_000_000;

struct TestAuth {
    account: Mutex<String>,
    expired_once: Mutex<bool>,
}

#[async_trait::async_trait]
impl AuthHeaderProvider for TestAuth {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        let account = self.account.lock().unwrap().clone();
        let expired = *self.expired_once.lock().unwrap();
        Ok(AuthSession {
            authorization: if expired {
                format!("Bearer token-{account}-old")
            } else {
                format!("Bearer token-{account}")
            },
            account,
        })
    }
    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        *self.expired_once.lock().unwrap() = false;
        self.current().await
    }
}

#[derive(Default)]
struct Recorder(Mutex<Vec<&'static str>>);

impl StatusListener for Recorder {
    fn on_update(&self, key: NotificationKey) {
        self.0.lock().unwrap().push(key.key());
    }
}

struct Rig {
    client: TellSafe,
    clock: Arc<ManualClock>,
    storage: Arc<MemoryStorage>,
    auth: Arc<TestAuth>,
    keys: Arc<SoftwareKeys>,
    listener: Arc<Recorder>,
}

fn rig(
    transport: Arc<dyn crate::transport::Transport>,
    backend: &FakeBackend,
    clock: Arc<ManualClock>,
    account: &str,
    seed: u64,
) -> Rig {
    rig_with(
        transport,
        backend,
        clock,
        account,
        seed,
        Arc::new(MemoryStorage::new()),
    )
}

fn rig_with(
    transport: Arc<dyn crate::transport::Transport>,
    backend: &FakeBackend,
    clock: Arc<ManualClock>,
    account: &str,
    seed: u64,
    storage: Arc<MemoryStorage>,
) -> Rig {
    let (config, auth, keys, listener) = config_with(
        transport,
        vec![backend.public()],
        clock.clone(),
        account,
        seed,
        storage.clone(),
    );
    Rig {
        client: block_on(TellSafe::open(config)).unwrap(),
        clock,
        storage,
        auth,
        keys,
        listener,
    }
}

/// The test config with the backend keys pinned, plus the handles a [`Rig`] keeps.
fn config_with(
    transport: Arc<dyn crate::transport::Transport>,
    backend_keys: Vec<crate::sign::PublicKey>,
    clock: Arc<ManualClock>,
    account: &str,
    seed: u64,
    storage: Arc<MemoryStorage>,
) -> (ClientConfig, Arc<TestAuth>, Arc<SoftwareKeys>, Arc<Recorder>) {
    let auth = Arc::new(TestAuth {
        account: Mutex::new(account.to_owned()),
        expired_once: Mutex::new(false),
    });
    let keys = Arc::new(SoftwareKeys::new(SigningKey::generate(&ED25519).unwrap()));
    let listener = Arc::new(Recorder::default());
    let config = ClientConfig {
        backend_url: "http://127.0.0.1:9".into(),
        backend_keys,
        platform: Platform::Android,
        app_version: "1.0".into(),
        app_name: "Linkup".into(),
        locale: "en".into(),
        country: "GB".into(),
        age_band: AgeBand::Age10To12,
        age_source: Some(AgeSignalSource::Declared),
        keys: keys.clone(),
        key_store: Arc::new(MemoryKeyStore::new([9; 32])),
        storage,
        clock,
        random: Arc::new(SeededRandom::new(seed)),
        transport,
        auth: auth.clone(),
        listener: Some(listener.clone()),
        localizer: None,
        outbox: OutboxConfig {
            max_items: 2_000,
            ..OutboxConfig::default()
        },
        wizard: None,
    };
    (config, auth, keys, listener)
}

fn report(n: u64, category: Category, text: &str) -> Report {
    ReportBuilder::new(
        ReportId::new(START_MS as u64 + n, &[(n % 251) as u8; 10]),
        crate::Timestamp::from_unix_millis(START_MS).unwrap(),
    )
    .locale("en-GB")
    .country("GB")
    .age(AgeBand::Age10To12, AgeSignalSource::Declared)
    .role(ReporterRole::Myself)
    .category(category)
    .client(Platform::Android, "1.0")
    .subject(crate::report::SubjectKind::User, "u_1")
    .free_text(text)
    .build()
    .unwrap()
}

fn clocks() -> (Arc<ManualClock>, Arc<ManualClock>) {
    let t = crate::Timestamp::from_unix_millis(START_MS).unwrap();
    (Arc::new(ManualClock::new(t)), Arc::new(ManualClock::new(t)))
}

/// Flushes until idle, moving both clocks to each wait; returns the number of rounds.
fn drain(r: &Rig, server: &ManualClock) -> usize {
    for round in 0..10_000 {
        let summary = block_on(r.client.flush()).unwrap();
        match summary.next_attempt_at {
            Some(until) => {
                let step = until.unix_millis() - r.clock.now().unix_millis();
                r.clock.advance(step.max(1));
                server.advance(step.max(1));
            }
            None => return round,
        }
    }
    panic!("outbox never drained");
}

#[test]
fn submit_deliver_decide_and_read_status_bound_to_the_account() {
    let (client_clock, server_clock) = clocks();
    let backend = FakeBackend::new(server_clock.clone());
    let alice = rig(backend.clone(), &backend, client_clock.clone(), "alice", 1);
    let quiet = block_on(alice.client.submit(
        &report(1, Category::Bullying, "x"),
        NotifyPreference::DontNotify,
        &[],
    ))
    .unwrap();
    let told = block_on(alice.client.submit(
        &report(2, Category::Bullying, "y"),
        NotifyPreference::TellMeHere,
        &[
            IntentRequest::for_intent(Intent::Block),
            IntentRequest::for_intent(Intent::Mute),
        ],
    ))
    .unwrap();
    assert_eq!(told.deferred, vec![Intent::Block]);
    assert_eq!(told.perform_now, vec![Intent::Mute]);
    // Before sending, the reporter sees "sent".
    assert_eq!(
        block_on(alice.client.status(told.id)).unwrap().kind,
        ChildStatusKind::Sent
    );
    let summary = block_on(alice.client.flush()).unwrap();
    assert_eq!(summary.delivered.len(), 2);
    assert_eq!(
        summary.released,
        vec![ReleasedIntents {
            id: told.id,
            intents: vec![Intent::Block]
        }]
    );
    // Only the "tell me" report produced a notification, and only a neutral key.
    assert_eq!(*alice.listener.0.lock().unwrap(), vec!["tellsafe-update"]);
    let received = block_on(alice.client.status(told.id)).unwrap();
    assert_eq!(received.kind, ChildStatusKind::Received);
    assert!(received.expected_by.is_some() && received.text.contains("Linkup"));

    backend.decide("alice", told.id, crate::status::Action::Remove);
    backend.decide("alice", quiet.id, crate::status::Action::Remove);
    let decided = block_on(alice.client.status(told.id)).unwrap();
    assert_eq!(decided.kind, ChildStatusKind::Decided);
    assert_eq!(decided.outcomes, vec![ChildOutcome::Removed]);
    assert_eq!(decided.outcome_texts.len(), 1);
    assert!(decided.can_appeal);
    block_on(alice.client.status(quiet.id)).unwrap();
    let keys = alice.listener.0.lock().unwrap().clone();
    assert_eq!(
        keys,
        vec!["tellsafe-update", "tellsafe-update"],
        "none for the don't-notify report"
    );

    // Another account on the same device sees nothing.
    *alice.auth.account.lock().unwrap() = "bob".into();
    // Not in bob's history; the backend refuses it to bob too.
    assert_eq!(
        block_on(alice.client.status(told.id)).unwrap_err().code(),
        "backend"
    );
    assert!(block_on(alice.client.my_reports()).unwrap().is_empty());
    assert_eq!(
        block_on(alice.client.appeal(told.id)).unwrap_err().code(),
        "not_found"
    );
    *alice.auth.account.lock().unwrap() = "alice".into();

    // A new install (new key, new storage) of the same account reads it; bob's install cannot.
    let reinstall = rig(backend.clone(), &backend, client_clock.clone(), "alice", 2);
    assert_eq!(
        block_on(reinstall.client.status(told.id)).unwrap().kind,
        ChildStatusKind::Decided
    );
    let bob = rig(backend.clone(), &backend, client_clock, "bob", 3);
    assert_eq!(
        block_on(bob.client.status(told.id)).unwrap_err().code(),
        "backend"
    );
}

#[test]
fn fault_matrix_delivers_every_report_exactly_once() {
    const REPORTS: u64 = 1_000;
    let (client_clock, server_clock) = clocks();
    let backend = FakeBackend::new(server_clock.clone());
    let faulty = Arc::new(Faulty {
        inner: backend.clone(),
        client_clock: client_clock.clone(),
        random: SeededRandom::new(42),
        rate: 35,
        injected: Mutex::new(Default::default()),
    });
    let r = rig(faulty.clone(), &backend, client_clock.clone(), "alice", 5);
    let mut ids = std::collections::HashSet::new();
    for n in 0..REPORTS {
        // Account switch with items queued: a third of the reports belong to bob.
        let account = if n % 3 == 0 { "bob" } else { "alice" };
        *r.auth.account.lock().unwrap() = account.into();
        match n {
            // Device clock two hours fast, then two hours slow.
            300 => client_clock.advance(2 * 3_600_000),
            500 => client_clock.advance(-4 * 3_600_000),
            // The token expires: 401, refresh, retry.
            400 => *r.auth.expired_once.lock().unwrap() = true,
            _ => {}
        }
        if n == 600 {
            // The install key is revoked: 403 key_revoked, rotate, re-register, resend.
            let kid = block_on(r.keys.current("alice")).unwrap().0.key_id();
            backend.db.lock().unwrap().keys.get_mut(&kid).unwrap().2 = true;
        }
        if n == 650 {
            backend
                .db
                .lock()
                .unwrap()
                .expired_tokens
                .insert("Bearer token-alice".into());
        }
        let sent = block_on(r.client.submit(
            &report(n, Category::Bullying, "t"),
            NotifyPreference::DontNotify,
            &[],
        ))
        .unwrap();
        ids.insert((account, sent.id));
        if n % 7 == 0 {
            let _ = block_on(r.client.flush());
        }
    }
    backend.db.lock().unwrap().expired_tokens.clear();
    for account in ["alice", "bob"] {
        *r.auth.account.lock().unwrap() = account.into();
        drain(&r, &server_clock);
    }
    let db = backend.db.lock().unwrap();
    assert_eq!(
        db.stores as u64, REPORTS,
        "server count equals client count, no duplicates"
    );
    for (account, id) in &ids {
        assert!(
            db.reports.contains_key(&(account.to_string(), *id)),
            "stored under its own account"
        );
    }
    let health = r.client.delivery_health();
    assert_eq!(
        (health.pending, health.parked, health.needs_confirmation),
        (0, 0, 0)
    );
    let injected = faulty.injected.lock().unwrap();
    for fault in [
        "drop",
        "lost_after_commit",
        "unsigned_500",
        "signed_503_retry_after",
        "signed_429_retry_after",
        "delay",
        "tampered_body",
    ] {
        assert!(
            injected.get(fault).copied().unwrap_or(0) > 0,
            "{fault} was exercised"
        );
    }
}

#[test]
fn exits_drop_what_they_promise_and_leave_no_plaintext() {
    let (client_clock, server_clock) = clocks();
    let backend = FakeBackend::new(server_clock.clone());
    let r = rig(backend.clone(), &backend, client_clock, "alice", 9);
    let first = block_on(r.client.submit(
        &report(1, Category::Bullying, CANARY),
        NotifyPreference::TellMeHere,
        &[],
    ))
    .unwrap();
    block_on(r.client.flush()).unwrap();
    let queued = block_on(r.client.submit(
        &report(2, Category::Bullying, CANARY),
        NotifyPreference::TellMeHere,
        &[],
    ))
    .unwrap();
    block_on(r.client.quick_exit()).unwrap();
    block_on(r.client.forget_on_device(Forget::One(first.id))).unwrap();
    let views = block_on(r.client.my_reports()).unwrap();
    assert_eq!(views.iter().map(|v| v.id).collect::<Vec<_>>(), vec![queued.id]);
    assert_eq!(r.client.delivery_health().pending, 1, "the queued report stays");
    for (name, bytes) in r.storage.snapshot() {
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "{name} holds plaintext"
        );
        assert!(!name.contains("alice") && !name.contains(&first.id.to_string()));
    }
    block_on(r.client.flush()).unwrap();
    assert_eq!(
        backend.db.lock().unwrap().stores,
        2,
        "still arrives after the exits"
    );
    // Reopening over the same storage does not bring the forgotten entry back.
    let again = rig_with(
        backend.clone(),
        &backend,
        r.clock.clone(),
        "alice",
        10,
        r.storage.clone(),
    );
    let ids: Vec<Uuid> = block_on(again.client.my_reports())
        .unwrap()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(ids, vec![queued.id]);
    let _ = r.keys;
    let _: &dyn Storage = r.storage.as_ref();
}
