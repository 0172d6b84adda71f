//! The outbox record decoder: what `Outbox::open` does with each stored record (open the seal,
//! decode the item). The first byte picks what the rest is: 0, a raw record as found on disk
//! (a torn write, a flipped bit, another key); 1, the plaintext of an item record, sealed
//! correctly so the decoder behind the seal is reached; 2, the plaintext of the meta record.
//! Opening must never fail because of a record's content: it loads or it is quarantined, and
//! the queue then answers for any account.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use tellsafe::Timestamp;
use tellsafe::outbox::seal::Sealer;
use tellsafe::outbox::{Outbox, OutboxConfig};
use tellsafe::platform::{ManualClock, MemoryKeyStore, SEALING_KEY_LEN, SeededRandom, Storage};
use tellsafe::storage::MemoryStorage;

/// A slot name of the form the outbox writes (prefix `o`, 16 random bytes in hex).
const ITEM_SLOT: &str = "o0123456789abcdef0123456789abcdef";
/// The meta record's name.
const META_SLOT: &str = "m0";
const KEY: [u8; SEALING_KEY_LEN] = [7; SEALING_KEY_LEN];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let random = Arc::new(SeededRandom::new(1));
    let sealer = Sealer::new(&KEY);
    let (slot, record) = match mode % 3 {
        0 => (ITEM_SLOT, rest.to_vec()),
        1 => (
            ITEM_SLOT,
            sealer.seal(ITEM_SLOT, rest, random.as_ref()).expect("seal"),
        ),
        _ => (
            META_SLOT,
            sealer.seal(META_SLOT, rest, random.as_ref()).expect("seal"),
        ),
    };
    let storage = Arc::new(MemoryStorage::new());
    pollster::block_on(async {
        storage.put(slot, &record).await.expect("memory put");
        let clock = Arc::new(ManualClock::new(
            Timestamp::from_unix_millis(1_800_000_000_000).expect("valid time"),
        ));
        let outbox = Outbox::open(
            storage.clone(),
            Arc::new(MemoryKeyStore::new(KEY)),
            clock,
            random,
            OutboxConfig::default(),
        )
        .await
        .expect("a corrupt record must be quarantined, not fail the open");
        let health = outbox.delivery_health();
        if slot == ITEM_SLOT {
            // `retrying` and `in_flight` are subsets of `pending`.
            let loaded = health.pending + health.parked + health.needs_confirmation;
            assert_eq!(
                loaded + health.quarantined,
                1,
                "a record was neither loaded nor quarantined"
            );
        }
        let _ = outbox.next_ready("alice").await;
        // Reopening after quarantine or load finds the same queue.
        let again = Outbox::open(
            storage.clone(),
            Arc::new(MemoryKeyStore::new(KEY)),
            Arc::new(ManualClock::new(
                Timestamp::from_unix_millis(1_800_000_000_000).expect("valid time"),
            )),
            Arc::new(SeededRandom::new(2)),
            OutboxConfig::default(),
        )
        .await
        .expect("the queue reopens");
        assert_eq!(again.delivery_health().quarantined, health.quarantined);
    });
});
