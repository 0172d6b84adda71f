//! Driver tests on memory storage and a virtual clock.

use std::sync::Arc;

use futures::executor::block_on;
use uuid::Uuid;

use super::*;
use crate::platform::{ManualClock, MemoryKeyStore, SeededRandom};
use crate::storage::MemoryStorage;

pub(super) const CANARY: &str = "CANARY-7f3a-do-not-leak";

pub(super) struct Env {
    pub storage: Arc<MemoryStorage>,
    pub clock: Arc<ManualClock>,
    pub random: Arc<SeededRandom>,
    pub config: OutboxConfig,
}

impl Env {
    pub fn new() -> Env {
        Env {
            storage: Arc::new(MemoryStorage::new()),
            clock: Arc::new(ManualClock::new(
                Timestamp::from_unix_millis(1_800_000_000_000).unwrap(),
            )),
            random: Arc::new(SeededRandom::new(42)),
            config: OutboxConfig::default(),
        }
    }

    pub fn open(&self) -> Outbox {
        block_on(Outbox::open(
            self.storage.clone(),
            Arc::new(MemoryKeyStore::new([9; 32])),
            self.clock.clone(),
            self.random.clone(),
            self.config,
        ))
        .unwrap()
    }
}

pub(super) fn item(n: u128, account: &str, urgent: bool) -> NewItem {
    NewItem {
        id: Uuid::from_u128(n),
        account: account.to_owned(),
        category: Some("bullying".to_owned()),
        urgent,
        request: UnsignedRequest {
            method: "POST".to_owned(),
            path: "/v1/reports".to_owned(),
            content_type: Some("application/json".to_owned()),
            body: format!(r#"{{"free_text":"{CANARY} {n}"}}"#).into_bytes(),
        },
    }
}

fn send(outbox: &Outbox, account: &str) -> Attempt {
    match block_on(outbox.next_ready(account)).unwrap() {
        NextTask::Send(a) => a,
        other => panic!("expected an attempt, got {other:?}"),
    }
}

fn ok() -> AttemptOutcome {
    AttemptOutcome::Response(ServerResponse::status(200))
}

#[test]
fn enqueued_items_survive_a_restart_sealed() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    drop(outbox);
    let outbox = env.open();
    let a = send(&outbox, "alice");
    assert_eq!(
        (a.id, a.number, a.account.as_str()),
        (Uuid::from_u128(1), 1, "alice")
    );
    assert!(String::from_utf8_lossy(&a.request.body).contains(CANARY));
    for (name, bytes) in env.storage.snapshot() {
        assert!(name.len() <= 33 && !name.contains("alice") && !name.contains("bullying"));
        let text = String::from_utf8_lossy(&bytes);
        for secret in [CANARY, "alice", "bullying", "/v1/reports", "00000000-0000"] {
            assert!(!text.contains(secret), "{secret} in plaintext in record");
        }
    }
}

#[test]
fn enqueue_is_idempotent_per_id_and_rejects_a_different_request() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    assert_eq!(env.storage.snapshot().len(), 1);
    let mut other = item(1, "alice", false);
    other.request.body = b"{}".to_vec();
    assert_eq!(block_on(outbox.enqueue(other)), Err(OutboxError::IdConflict));
    assert_eq!(
        block_on(outbox.enqueue(item(1, "bob", false))),
        Err(OutboxError::IdConflict)
    );
}

#[test]
fn a_full_queue_is_an_error_never_an_eviction() {
    let mut env = Env::new();
    env.config.max_items = 2;
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    block_on(outbox.enqueue(item(2, "alice", false))).unwrap();
    assert_eq!(
        block_on(outbox.enqueue(item(3, "alice", true))),
        Err(OutboxError::QueueFull { capacity: 2 })
    );
    assert_eq!(outbox.items("alice").len(), 2);
    // Delivering one frees a place.
    let a = send(&outbox, "alice");
    block_on(outbox.record_attempt(a.id, ok())).unwrap();
    block_on(outbox.enqueue(item(3, "alice", true))).unwrap();
}

#[test]
fn input_limits_are_enforced() {
    let mut env = Env::new();
    env.config.max_body_bytes = 10;
    let outbox = env.open();
    assert_eq!(
        block_on(outbox.enqueue(item(1, "alice", false))),
        Err(OutboxError::BodyTooLarge { limit: 10 })
    );
    let mut small = item(1, "", false);
    small.request.body = b"{}".to_vec();
    assert_eq!(
        block_on(outbox.enqueue(small)),
        Err(OutboxError::EmptyField { field: "account" })
    );
}

#[test]
fn a_failed_write_accepts_nothing_and_leaks_no_capacity() {
    let mut env = Env::new();
    env.config.max_items = 1;
    let outbox = env.open();
    env.storage.fail_next_puts(1);
    assert!(matches!(
        block_on(outbox.enqueue(item(1, "alice", false))),
        Err(OutboxError::Platform(_))
    ));
    assert!(outbox.items("alice").is_empty());
    assert!(env.storage.snapshot().is_empty());
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
}

#[test]
fn items_are_only_handed_out_for_their_own_account() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    assert_eq!(block_on(outbox.next_ready("bob")).unwrap(), NextTask::Idle);
    assert!(outbox.items("bob").is_empty());
    assert_eq!(send(&outbox, "alice").account, "alice");
}

#[test]
fn urgent_items_go_first_then_oldest() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    env.clock.advance(1);
    block_on(outbox.enqueue(item(2, "alice", false))).unwrap();
    env.clock.advance(1);
    block_on(outbox.enqueue(item(3, "alice", true))).unwrap();
    let order: Vec<u128> = (0..3).map(|_| send(&outbox, "alice").id.as_u128()).collect();
    assert_eq!(order, [3, 1, 2]);
}

#[test]
fn a_handed_out_item_is_leased_until_reported_or_expired() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    send(&outbox, "alice");
    let until = env.clock.now().plus_millis(DEFAULT_IN_FLIGHT_LEASE_MS);
    assert_eq!(
        block_on(outbox.next_ready("alice")).unwrap(),
        NextTask::Wait { until }
    );
    assert_eq!(outbox.delivery_health().in_flight, 1);
    env.clock.set(until);
    assert_eq!(send(&outbox, "alice").number, 1);
}

#[test]
fn delivered_items_leave_storage_and_are_counted() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    assert_eq!(
        block_on(outbox.record_attempt(a.id, ok())).unwrap(),
        Decision::Delivered
    );
    assert!(env.storage.snapshot().is_empty());
    assert_eq!(block_on(outbox.next_ready("alice")).unwrap(), NextTask::Idle);
    assert_eq!(outbox.delivery_health().delivered_since_open, 1);
    assert_eq!(
        block_on(outbox.record_attempt(a.id, ok())),
        Err(OutboxError::UnknownItem)
    );
}

#[test]
fn retries_wait_for_their_time_and_survive_restart() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    let Decision::Retry { at, .. } =
        block_on(outbox.record_attempt(a.id, AttemptOutcome::NetworkError)).unwrap()
    else {
        panic!("expected retry")
    };
    assert!(at > env.clock.now());
    drop(outbox);
    let outbox = env.open();
    assert_eq!(
        block_on(outbox.next_ready("alice")).unwrap(),
        NextTask::Wait { until: at }
    );
    assert_eq!(outbox.delivery_health().retrying, 1);
    env.clock.set(at);
    assert_eq!(send(&outbox, "alice").number, 2);
}

#[test]
fn parked_items_are_visible_counted_and_can_be_retried() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    let outcome = AttemptOutcome::Response(ServerResponse::error(422, ErrorCode::SchemaInvalid));
    assert_eq!(
        block_on(outbox.record_attempt(a.id, outcome)).unwrap(),
        Decision::Park(ParkReason::SchemaInvalid)
    );
    drop(outbox);
    let outbox = env.open();
    let parked = outbox.parked("alice");
    assert_eq!(parked.len(), 1);
    assert_eq!(
        parked[0].state,
        ItemState::Parked {
            reason: ParkReason::SchemaInvalid
        }
    );
    assert!(outbox.parked("bob").is_empty());
    assert_eq!(outbox.delivery_health().parked, 1);
    assert_eq!(block_on(outbox.next_ready("alice")).unwrap(), NextTask::Idle);
    assert!(matches!(
        block_on(outbox.record_attempt(a.id, ok())),
        Err(OutboxError::WrongState { state: "parked" })
    ));
    block_on(outbox.retry_parked(a.id)).unwrap();
    assert_eq!(send(&outbox, "alice").number, 1);
}

#[test]
fn clock_offset_is_stored_durably_and_used_for_signing() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    let response = ServerResponse {
        server_time: Some(env.clock.now().plus_millis(600_000)),
        ..ServerResponse::error(400, ErrorCode::ClockSkew)
    };
    block_on(outbox.record_attempt(a.id, AttemptOutcome::Response(response))).unwrap();
    drop(outbox);
    let outbox = env.open();
    assert_eq!(outbox.clock_offset_ms(), 600_000);
    assert_eq!(outbox.signing_time(), env.clock.now().plus_millis(600_000));
    assert_eq!(send(&outbox, "alice").prerequisite, Some(Prerequisite::Resync));
}

#[test]
fn a_prerequisite_survives_restart() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    let outcome = AttemptOutcome::Response(ServerResponse::error(403, ErrorCode::KeyRevoked));
    block_on(outbox.record_attempt(a.id, outcome)).unwrap();
    drop(outbox);
    let outbox = env.open();
    let again = send(&outbox, "alice");
    assert_eq!(
        (again.number, again.prerequisite),
        (2, Some(Prerequisite::Register))
    );
}

#[test]
fn old_non_urgent_items_ask_and_urgent_ones_never_age() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    block_on(outbox.enqueue(item(2, "alice", true))).unwrap();
    env.clock.advance(policy::CONFIRM_AFTER_MS);
    let urgent = send(&outbox, "alice");
    assert_eq!(urgent.id, Uuid::from_u128(2));
    block_on(outbox.record_attempt(urgent.id, ok())).unwrap();
    assert_eq!(block_on(outbox.next_ready("alice")).unwrap(), NextTask::Idle);
    let asking = outbox.needs_confirmation("alice");
    assert_eq!(asking.len(), 1);
    assert_eq!(
        asking[0].state,
        ItemState::NeedsConfirmation { ask: AskReason::Old }
    );
    assert_eq!(outbox.delivery_health().needs_confirmation, 1);
    // Still there after a restart; "yes" sends it, and the age clock restarts.
    drop(outbox);
    let outbox = env.open();
    block_on(outbox.confirm(Uuid::from_u128(1), true)).unwrap();
    assert_eq!(send(&outbox, "alice").id, Uuid::from_u128(1));
}

#[test]
fn no_to_still_send_forgets_the_item() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    env.clock.advance(policy::CONFIRM_AFTER_MS);
    assert_eq!(block_on(outbox.next_ready("alice")).unwrap(), NextTask::Idle);
    assert!(matches!(
        block_on(outbox.retry_parked(Uuid::from_u128(1))),
        Err(OutboxError::WrongState { .. })
    ));
    block_on(outbox.confirm(Uuid::from_u128(1), false)).unwrap();
    assert!(outbox.items("alice").is_empty());
    assert!(env.storage.snapshot().is_empty());
}

#[test]
fn forget_removes_the_sealed_record() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    block_on(outbox.enqueue(item(2, "bob", false))).unwrap();
    block_on(outbox.forget(Uuid::from_u128(1))).unwrap();
    block_on(outbox.forget(Uuid::from_u128(1))).unwrap();
    assert_eq!(env.storage.snapshot().len(), 1);
    block_on(outbox.forget_account("bob")).unwrap();
    assert!(env.storage.snapshot().is_empty());
    drop(outbox);
    assert!(env.open().items("alice").is_empty());
}

#[test]
fn a_corrupt_record_is_quarantined_while_the_rest_still_send() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    block_on(outbox.enqueue(item(2, "alice", false))).unwrap();
    drop(outbox);
    let (name, mut bytes) = env.storage.snapshot().into_iter().next().unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    env.storage.set_raw(&name, bytes);
    env.storage.set_raw("of00", b"truncated".to_vec());
    let outbox = env.open();
    assert_eq!(outbox.delivery_health().quarantined, 2);
    assert_eq!(outbox.items("alice").len(), 1);
    let a = send(&outbox, "alice");
    block_on(outbox.record_attempt(a.id, ok())).unwrap();
    let names: Vec<String> = env.storage.snapshot().into_keys().collect();
    assert_eq!(names.len(), 2);
    assert!(names.iter().all(|n| n.starts_with('q')));
    block_on(outbox.forget_quarantined()).unwrap();
    assert_eq!(outbox.delivery_health().quarantined, 0);
    assert!(env.storage.snapshot().is_empty());
}

#[test]
fn a_record_under_another_key_is_quarantined() {
    let env = Env::new();
    block_on(env.open().enqueue(item(1, "alice", false))).unwrap();
    let other = block_on(Outbox::open(
        env.storage.clone(),
        Arc::new(MemoryKeyStore::new([1; 32])),
        env.clock.clone(),
        env.random.clone(),
        env.config,
    ))
    .unwrap();
    assert_eq!(other.delivery_health().quarantined, 1);
    assert!(other.items("alice").is_empty());
}

#[test]
fn a_failed_state_write_changes_nothing_and_the_item_is_retried() {
    let env = Env::new();
    let outbox = env.open();
    block_on(outbox.enqueue(item(1, "alice", false))).unwrap();
    let a = send(&outbox, "alice");
    env.storage.fail_next_puts(1);
    assert!(block_on(outbox.record_attempt(a.id, AttemptOutcome::NetworkError)).is_err());
    assert_eq!(outbox.items("alice")[0].failed_attempts, 0);
    env.clock.advance(DEFAULT_IN_FLIGHT_LEASE_MS);
    assert_eq!(send(&outbox, "alice").number, 1);
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn driver_futures_are_send_so_native_executors_can_run_them() {
    fn assert_send<T: Send>(_: &T) {}
    let env = Env::new();
    let outbox = env.open();
    assert_send(&outbox.enqueue(item(1, "alice", false)));
    assert_send(&outbox.next_ready("alice"));
    assert_send(&outbox.record_attempt(Uuid::from_u128(1), ok()));
    assert_send(&outbox.forget(Uuid::from_u128(1)));
}

mod model;
