//! Opening, sealing and durable writes of the outbox: every path that touches storage.

use std::sync::{Arc, Mutex};

use uuid::Uuid;

use super::item::StoredItem;
use super::seal::Sealer;
use super::{
    ITEM_PREFIX, MAX_RESYNC_ROUNDS, META_NAME, Meta, Outbox, OutboxConfig, OutboxError, QUARANTINE_PREFIX,
    SLOT_ID_BYTES, state,
};
use crate::platform::{Clock, KeyStore, Random, Storage};

impl Outbox {
    /// Opens the outbox over `storage`, restoring every queued item. Records that cannot be
    /// opened (corrupt, truncated, another key) are moved aside under a quarantine name and
    /// counted in [`DeliveryHealth::quarantined`](super::DeliveryHealth::quarantined); the rest load and send normally.
    pub async fn open(
        storage: Arc<dyn Storage>,
        key_store: Arc<dyn KeyStore>,
        clock: Arc<dyn Clock>,
        random: Arc<dyn Random>,
        config: OutboxConfig,
    ) -> Result<Outbox, OutboxError> {
        let sealer = Sealer::new(&key_store.sealing_key().await?);
        let mut st = state::State::default();
        if let Some(bytes) = storage.get(META_NAME).await? {
            let meta = sealer
                .open(META_NAME, &bytes)
                .ok()
                .and_then(|p| serde_json::from_slice::<Meta>(&p).ok());
            match meta {
                Some(meta) => st.clock_offset_ms = meta.clock_offset_ms,
                None => quarantine(storage.as_ref(), META_NAME, &bytes).await?,
            }
        }
        let mut names = storage.list(ITEM_PREFIX).await?;
        names.sort();
        for name in names {
            let Some(bytes) = storage.get(&name).await? else {
                continue;
            };
            let item = sealer
                .open(&name, &bytes)
                .ok()
                .and_then(|p| serde_json::from_slice::<StoredItem>(&p).ok());
            let Some(item) = item else {
                quarantine(storage.as_ref(), &name, &bytes).await?;
                continue;
            };
            // Two slots for one id can only come from an enqueue interrupted and repeated;
            // keep the newer state and remove the other.
            let stale = match st.items.get(&item.id) {
                Some(kept) if kept.item.rev >= item.rev => Some(name),
                Some(_) => {
                    let old = st.items.remove(&item.id).map(|e| e.slot);
                    st.items.insert(item.id, state::Entry::new(name, item));
                    old
                }
                None => {
                    st.items.insert(item.id, state::Entry::new(name, item));
                    None
                }
            };
            if let Some(stale) = stale {
                storage.delete(&stale).await?;
            }
        }
        st.quarantined = storage.list(QUARANTINE_PREFIX).await?.len();
        Ok(Outbox {
            storage,
            clock,
            random,
            sealer,
            config,
            state: Mutex::new(st),
        })
    }

    pub(super) async fn store_clock_offset(&self, offset: i64) -> Result<(), OutboxError> {
        let payload = serde_json::to_vec(&Meta {
            clock_offset_ms: offset,
        })
        .map_err(|_| OutboxError::Encode)?;
        let record = self.sealer.seal(META_NAME, &payload, self.random.as_ref())?;
        self.storage.put(META_NAME, &record).await?;
        self.lock().clock_offset_ms = offset;
        Ok(())
    }

    pub(super) fn new_slot_name(&self) -> Result<String, OutboxError> {
        let mut bytes = [0u8; SLOT_ID_BYTES];
        self.random.fill(&mut bytes)?;
        let mut name = String::with_capacity(ITEM_PREFIX.len() + 2 * SLOT_ID_BYTES);
        name.push_str(ITEM_PREFIX);
        for b in bytes {
            name.push_str(&format!("{b:02x}"));
        }
        Ok(name)
    }

    pub(super) async fn write(&self, slot: &str, item: &StoredItem) -> Result<(), OutboxError> {
        let payload = serde_json::to_vec(item).map_err(|_| OutboxError::Encode)?;
        let record = self.sealer.seal(slot, &payload, self.random.as_ref())?;
        self.storage.put(slot, &record).await?;
        Ok(())
    }

    /// Writes `updated` (the successor of revision `expected`) and then makes it the in-memory
    /// state. If the item changed or vanished meanwhile, re-syncs the slot to memory instead,
    /// so storage always converges to the in-memory truth.
    pub(super) async fn commit(
        &self,
        slot: &str,
        expected: u64,
        mut updated: StoredItem,
    ) -> Result<(), OutboxError> {
        updated.rev = expected.wrapping_add(1);
        self.write(slot, &updated).await?;
        let id = updated.id;
        let conflict = {
            let mut st = self.lock();
            match st.items.get_mut(&updated.id) {
                Some(entry) if entry.slot == slot && entry.item.rev == expected => {
                    entry.item = updated;
                    entry.lease_until = None;
                    false
                }
                _ => true,
            }
        };
        if conflict {
            self.resync(id, slot).await?;
        }
        Ok(())
    }

    /// Makes the record in `slot` match memory: rewritten if the item is there, deleted if not.
    pub(super) async fn resync(&self, id: Uuid, slot: &str) -> Result<(), OutboxError> {
        for _ in 0..MAX_RESYNC_ROUNDS {
            let snapshot = self
                .lock()
                .items
                .get(&id)
                .filter(|e| e.slot == slot)
                .map(|e| e.item.clone());
            match &snapshot {
                None => self.storage.delete(slot).await?,
                Some(item) => self.write(slot, item).await?,
            }
            let now_rev = self
                .lock()
                .items
                .get(&id)
                .filter(|e| e.slot == slot)
                .map(|e| e.item.rev);
            if now_rev == snapshot.as_ref().map(|i| i.rev) {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Removes an item from memory, then its record; on a storage failure it is put back so
    /// memory never claims less than the disk holds.
    pub(super) async fn remove(&self, id: Uuid, slot: &str) -> Result<(), OutboxError> {
        let removed = {
            let mut st = self.lock();
            match st.items.get(&id) {
                Some(e) if e.slot == slot => st.items.remove(&id),
                _ => None,
            }
        };
        if let Err(e) = self.storage.delete(slot).await {
            if let Some(entry) = removed {
                self.lock().items.entry(id).or_insert(entry);
            }
            return Err(e.into());
        }
        Ok(())
    }
}

async fn quarantine(storage: &dyn Storage, name: &str, bytes: &[u8]) -> Result<(), OutboxError> {
    storage.put(&format!("{QUARANTINE_PREFIX}{name}"), bytes).await?;
    storage.delete(name).await?;
    Ok(())
}
