//! Property: random sequences of enqueue / attempt / outcome / time / restart / storage faults
//! never lose an accepted item, never send an item under another account, and deliver every
//! item exactly once (no attempt is handed out after its delivery was recorded).

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::*;

const ACCOUNTS: [&str; 2] = ["alice", "bob"];

#[derive(Debug, Clone)]
enum Reply {
    Ok,
    /// The backend stored it but the answer was lost.
    StoredThenCut,
    Network,
    Status(u16, Option<ErrorCode>),
    RetryAfter(u16, i64),
    ClockSkew(i64),
}

#[derive(Debug, Clone)]
enum Op {
    Enqueue { account: usize, urgent: bool },
    Send { account: usize, reply: Reply },
    Advance(i64),
    Restart,
    FailNextPut,
    Forget(usize),
    Confirm { index: usize, yes: bool },
    RetryParked(usize),
}

fn reply() -> impl Strategy<Value = Reply> {
    let code = proptest::option::of(proptest::sample::select(ErrorCode::ALL.to_vec()));
    prop_oneof![
        4 => Just(Reply::Ok),
        2 => Just(Reply::StoredThenCut),
        3 => Just(Reply::Network),
        3 => (proptest::sample::select(vec![400u16, 401, 403, 404, 408, 409, 413, 422, 429, 500, 503]), code)
            .prop_map(|(s, c)| Reply::Status(s, c)),
        1 => (proptest::sample::select(vec![429u16, 503]), 0i64..100_000).prop_map(|(s, ms)| Reply::RetryAfter(s, ms)),
        1 => (-1_000_000i64..1_000_000).prop_map(Reply::ClockSkew),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize, any::<bool>()).prop_map(|(account, urgent)| Op::Enqueue { account, urgent }),
        8 => (0..2usize, reply()).prop_map(|(account, reply)| Op::Send { account, reply }),
        3 => prop_oneof![0i64..10_000, 0i64..3_600_000, Just(policy::CONFIRM_AFTER_MS)].prop_map(Op::Advance),
        2 => Just(Op::Restart),
        1 => Just(Op::FailNextPut),
        1 => (0..64usize).prop_map(Op::Forget),
        1 => (0..64usize, any::<bool>()).prop_map(|(index, yes)| Op::Confirm { index, yes }),
        1 => (0..64usize).prop_map(Op::RetryParked),
    ]
}

#[derive(Default)]
struct Model {
    /// Accepted, not forgotten, not delivered: id -> account.
    live: BTreeMap<Uuid, &'static str>,
    delivered: BTreeSet<Uuid>,
    forgotten: BTreeSet<Uuid>,
    /// The backend: id -> (account it arrived under, times stored).
    server: BTreeMap<Uuid, (&'static str, u32)>,
    next_id: u128,
}

impl Model {
    fn server_store(&mut self, id: Uuid, account: &'static str) {
        let entry = self.server.entry(id).or_insert((account, 0));
        assert_eq!(
            entry.0, account,
            "an item reached the backend under another account"
        );
        entry.1 += 1;
    }

    fn nth_live(&self, index: usize) -> Option<Uuid> {
        let n = self.live.len();
        (n > 0).then(|| *self.live.keys().nth(index % n).unwrap())
    }
}

fn outcome_for(reply: &Reply, now: Timestamp) -> AttemptOutcome {
    let r = match *reply {
        Reply::Ok | Reply::StoredThenCut | Reply::Network => return AttemptOutcome::NetworkError,
        Reply::Status(status, code) => ServerResponse {
            code,
            ..ServerResponse::status(status)
        },
        Reply::RetryAfter(status, ms) => ServerResponse {
            retry_after_ms: Some(ms),
            ..ServerResponse::status(status)
        },
        Reply::ClockSkew(offset) => ServerResponse {
            server_time: Some(now.plus_millis(offset)),
            ..ServerResponse::error(400, ErrorCode::ClockSkew)
        },
    };
    AttemptOutcome::Response(r)
}

fn attempt(outbox: &Outbox, model: &mut Model, account: &'static str, reply: &Reply, now: Timestamp) {
    if let Ok(NextTask::Send(a)) = block_on(outbox.next_ready(account)) {
        reply_to(outbox, model, account, a, reply, now);
    }
}

fn reply_to(
    outbox: &Outbox,
    model: &mut Model,
    account: &'static str,
    a: Attempt,
    reply: &Reply,
    now: Timestamp,
) {
    assert_eq!(a.account, account);
    assert_eq!(
        model.live.get(&a.id),
        Some(&account),
        "handed out an item that is not live for this account"
    );
    let outcome = match reply {
        Reply::Ok => {
            model.server_store(a.id, account);
            AttemptOutcome::Response(ServerResponse::status(if model.server[&a.id].1 > 1 {
                200
            } else {
                201
            }))
        }
        Reply::StoredThenCut => {
            model.server_store(a.id, account);
            AttemptOutcome::NetworkError
        }
        other => outcome_for(other, now),
    };
    if let Ok(Decision::Delivered) = block_on(outbox.record_attempt(a.id, outcome)) {
        model.live.remove(&a.id);
        assert!(model.delivered.insert(a.id), "delivered twice");
    }
}

fn check(outbox: &Outbox, model: &Model) {
    for account in ACCOUNTS {
        let ids: BTreeSet<Uuid> = outbox.items(account).iter().map(|s| s.id).collect();
        let expected: BTreeSet<Uuid> = model
            .live
            .iter()
            .filter(|(_, a)| **a == account)
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(
            ids, expected,
            "outbox content differs from the accepted items of {account}"
        );
    }
    let h = outbox.delivery_health();
    assert_eq!(h.pending + h.parked + h.needs_confirmation, model.live.len());
}

fn run(ops: Vec<Op>) {
    let env = Env::new();
    let mut outbox = env.open();
    let mut model = Model::default();
    for op in ops {
        match op {
            Op::Enqueue { account, urgent } => {
                model.next_id += 1;
                let new = item(model.next_id, ACCOUNTS[account], urgent);
                let id = new.id;
                if block_on(outbox.enqueue(new)).is_ok() {
                    model.live.insert(id, ACCOUNTS[account]);
                }
            }
            Op::Send { account, reply } => {
                attempt(&outbox, &mut model, ACCOUNTS[account], &reply, env.clock.now())
            }
            Op::Advance(ms) => env.clock.advance(ms),
            Op::Restart => {
                drop(outbox);
                outbox = env.open();
            }
            Op::FailNextPut => env.storage.fail_next_puts(1),
            Op::Forget(index) => {
                if let Some(id) = model.nth_live(index)
                    && block_on(outbox.forget(id)).is_ok()
                {
                    model.live.remove(&id);
                    model.forgotten.insert(id);
                }
            }
            Op::Confirm { index, yes } => {
                if let Some(id) = model.nth_live(index)
                    && block_on(outbox.confirm(id, yes)).is_ok()
                    && !yes
                {
                    model.live.remove(&id);
                    model.forgotten.insert(id);
                }
            }
            Op::RetryParked(index) => {
                if let Some(id) = model.nth_live(index) {
                    let _ = block_on(outbox.retry_parked(id));
                }
            }
        }
        check(&outbox, &model);
    }
    // Drain on a healthy network: everything still queued is delivered, exactly once.
    env.storage.fail_next_puts(0);
    drop(outbox);
    let outbox = env.open();
    for account in ACCOUNTS {
        for _ in 0..1000 {
            for summary in outbox.items(account) {
                match summary.state {
                    ItemState::Pending => {}
                    ItemState::Parked { .. } => block_on(outbox.retry_parked(summary.id)).unwrap(),
                    ItemState::NeedsConfirmation { .. } => {
                        block_on(outbox.confirm(summary.id, true)).unwrap()
                    }
                }
            }
            match block_on(outbox.next_ready(account)).unwrap() {
                NextTask::Send(a) => reply_to(&outbox, &mut model, account, a, &Reply::Ok, env.clock.now()),
                NextTask::Wait { until } => env.clock.set(until),
                NextTask::Idle if outbox.items(account).is_empty() => break,
                NextTask::Idle => {}
            }
        }
    }
    assert!(
        model.live.is_empty(),
        "accepted items left undelivered: {}",
        model.live.len()
    );
    assert!(outbox.items("alice").is_empty() && outbox.items("bob").is_empty());
    for id in &model.delivered {
        assert!(
            model.server.contains_key(id),
            "recorded as delivered but never reached the backend"
        );
    }
    for (id, _) in model.server.iter() {
        assert!(model.delivered.contains(id) || model.forgotten.contains(id));
    }
    assert!(env.storage.snapshot().keys().all(|k| k == "m0"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]
    #[test]
    fn accepted_items_are_never_lost_and_delivered_exactly_once(ops in proptest::collection::vec(op(), 1..60)) {
        run(ops);
    }
}
