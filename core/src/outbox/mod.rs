//! The sealed, crash-safe offline outbox and its delivery driver.
//!
//! `submit` hands the outbox an unsigned request; [`Outbox::enqueue`] seals it (ChaCha20-Poly1305,
//! key from the platform [`KeyStore`](crate::platform::KeyStore)) and writes it durably before it returns, so a report the
//! child sent survives a crash, a reboot or a dead battery. The client's sender then loops
//! (glean's upload loop, matrix's send queue):
//!
//! ```text
//! loop {
//!     match outbox.next_ready(account).await? {
//!         NextTask::Send(attempt) => {
//!             // do attempt.prerequisite first (refresh auth, register), sign with
//!             // outbox.signing_time(), send, verify the response signature
//!             let decision = outbox.record_attempt(attempt.id, outcome).await?;
//!         }
//!         NextTask::Wait { until } => sleep until `until` or connectivity returns,
//!         NextTask::Idle => break,
//!     }
//! }
//! ```
//!
//! What to do after each response is the pure [`policy`]. Every state change is sealed and
//! written before the call returns (cancel safety: a future dropped mid-way leaves either the
//! old or the new state on disk), and no lock is held across an `.await`. Items are bound to the
//! account they were queued under and are only handed out for that account. Nothing is dropped
//! silently: undeliverable items are parked with a reason, old ones ask the child, unreadable
//! records are quarantined and counted.

mod config;
mod error;
mod item;
mod item_de;
mod persist;
pub mod policy;
pub mod seal;
mod state;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use config::{DEFAULT_IN_FLIGHT_LEASE_MS, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ITEMS, OutboxConfig};
pub use error::OutboxError;
pub use item::{Attempt, ItemState, ItemSummary, NewItem, UnsignedRequest};
pub use policy::{
    AskReason, AttemptOutcome, Decision, ErrorCode, ParkReason, Prerequisite, RetryPolicy, ServerResponse,
};
pub use state::{DeliveryHealth, NextTask};

use crate::platform::{Clock, Random, Storage};
use crate::timestamp::Timestamp;
use item::StoredItem;
use seal::Sealer;

/// Name prefix of item records. Names are neutral on purpose: a prefix letter and random hex,
/// nothing about category, account or report id.
const ITEM_PREFIX: &str = "o";
/// Prefix added to a record moved aside because it could not be opened.
const QUARANTINE_PREFIX: &str = "q";
/// The sealed record holding outbox-wide state (the clock offset).
const META_NAME: &str = "m0";
/// Random bytes in an item record's name: 128 bits never collide in practice.
const SLOT_ID_BYTES: usize = 16;
/// Rounds of re-writing one slot when concurrent updates of the same item interleave; each
/// round converges unless another update lands in between, so a handful is plenty.
const MAX_RESYNC_ROUNDS: usize = 8;

/// The outbox. Cheap to share behind an `Arc`; every method takes `&self`.
pub struct Outbox {
    storage: Arc<dyn Storage>,
    clock: Arc<dyn Clock>,
    random: Arc<dyn Random>,
    sealer: Sealer,
    config: OutboxConfig,
    state: Mutex<state::State>,
}

impl std::fmt::Debug for Outbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outbox")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize, Deserialize)]
struct Meta {
    clock_offset_ms: i64,
}

/// A capacity slot taken by an `enqueue` in progress; released even if the future is dropped.
struct Reservation<'a> {
    state: &'a Mutex<state::State>,
    active: bool,
}

impl Reservation<'_> {
    /// Releases the slot under a lock the caller already holds.
    fn release(mut self, st: &mut state::State) {
        st.reserved = st.reserved.saturating_sub(1);
        self.active = false;
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if self.active {
            let mut st = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            st.reserved = st.reserved.saturating_sub(1);
        }
    }
}

impl Outbox {
    fn lock(&self) -> MutexGuard<'_, state::State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Seals and durably stores a new request; when this returns `Ok`, the request survives a
    /// crash. Enqueueing the same id again with the same account and request returns `Ok`
    /// (a retried `submit` does not duplicate); with anything different it is [`OutboxError::IdConflict`].
    /// A full outbox is [`OutboxError::QueueFull`]: nothing is ever evicted.
    pub async fn enqueue(&self, new: NewItem) -> Result<Uuid, OutboxError> {
        if new.request.body.len() > self.config.max_body_bytes {
            return Err(OutboxError::BodyTooLarge {
                limit: self.config.max_body_bytes,
            });
        }
        for (field, value) in [
            ("account", &new.account),
            ("request.method", &new.request.method),
            ("request.path", &new.request.path),
        ] {
            if value.is_empty() {
                return Err(OutboxError::EmptyField { field });
            }
        }
        let now = self.clock.now();
        let reservation = {
            let mut st = self.lock();
            if let Some(existing) = st.items.get(&new.id) {
                return same_request(&existing.item, &new);
            }
            if st.items.len() + st.reserved >= self.config.max_items {
                return Err(OutboxError::QueueFull {
                    capacity: self.config.max_items,
                });
            }
            st.reserved += 1;
            Reservation {
                state: &self.state,
                active: true,
            }
        };
        let slot = self.new_slot_name()?;
        let item = StoredItem {
            id: new.id,
            account: new.account,
            category: new.category,
            urgent: new.urgent,
            request: new.request,
            created_at: now,
            age_since: now,
            failed_attempts: 0,
            next_attempt_at: now,
            prerequisite: None,
            state: ItemState::Pending,
            rev: 0,
        };
        self.write(&slot, &item).await?;
        let id = item.id;
        let lost_race = {
            let mut st = self.lock();
            reservation.release(&mut st);
            match st.items.get(&id) {
                // A concurrent enqueue of the same id won the race: keep its record only.
                Some(existing) => Some(same_request_stored(&existing.item, &item)),
                None => {
                    st.items.insert(id, state::Entry::new(slot.clone(), item));
                    None
                }
            }
        };
        if let Some(verdict) = lost_race {
            self.storage.delete(&slot).await?;
            verdict?;
        }
        Ok(id)
    }

    /// The next thing to do for `account`: an attempt to send now, a time to wait until, or
    /// nothing. Only items queued under `account` are ever returned. A handed-out item is not
    /// handed out again until [`Outbox::record_attempt`] or the in-flight lease expires.
    /// Non-urgent items past the age limit move to [`ItemState::NeedsConfirmation`] here.
    pub async fn next_ready(&self, account: &str) -> Result<NextTask, OutboxError> {
        let now = self.clock.now();
        let aged = self.lock().aged(account, now, &self.config.retry);
        for (slot, expected, updated) in aged {
            self.commit(&slot, expected, updated).await?;
        }
        Ok(self.lock().pick(account, now, self.config.in_flight_lease_ms))
    }

    /// Records the outcome of an attempt and returns what the policy decided. The new state is
    /// durable when this returns (a delivered item's record is deleted). A clock offset from a
    /// `clock_skew` answer is stored before returning; read it with [`Outbox::clock_offset_ms`].
    pub async fn record_attempt(&self, id: Uuid, outcome: AttemptOutcome) -> Result<Decision, OutboxError> {
        let now = self.clock.now();
        let mut jitter = [0u8; 8];
        self.random.fill(&mut jitter)?;
        let (slot, current, decision) = {
            let st = self.lock();
            let entry = st.items.get(&id).ok_or(OutboxError::UnknownItem)?;
            expect_state(&entry.item, "pending")?;
            let ctx = policy::AttemptContext {
                failed_attempts: entry.item.failed_attempts,
                urgent: entry.item.urgent,
                previous_prerequisite: entry.item.prerequisite,
            };
            let decision = policy::decide(&self.config.retry, ctx, &outcome, now, u64::from_le_bytes(jitter));
            (entry.slot.clone(), entry.item.clone(), decision)
        };
        let mut updated = current.clone();
        updated.failed_attempts = updated.failed_attempts.saturating_add(1);
        updated.prerequisite = None;
        match decision {
            Decision::Delivered => {
                self.remove(id, &slot).await?;
                self.lock().delivered += 1;
                return Ok(decision);
            }
            Decision::Retry {
                at,
                prerequisite,
                clock_offset_ms,
            } => {
                if let Some(offset) = clock_offset_ms {
                    self.store_clock_offset(offset).await?;
                }
                updated.next_attempt_at = at;
                updated.prerequisite = prerequisite;
            }
            Decision::Park(reason) => updated.state = ItemState::Parked { reason },
            Decision::Ask(ask) => updated.state = ItemState::NeedsConfirmation { ask },
        }
        self.commit(&slot, current.rev, updated).await?;
        Ok(decision)
    }

    /// The child's answer to "still send?": `true` sends it again (the age clock and attempt
    /// count restart), `false` forgets it.
    pub async fn confirm(&self, id: Uuid, still_send: bool) -> Result<(), OutboxError> {
        if !still_send {
            return self.forget(id).await;
        }
        self.reactivate(id, |s| matches!(s, ItemState::NeedsConfirmation { .. }))
            .await
    }

    /// Sends a parked item again (e.g. after an app upgrade fixed the bug that parked it).
    pub async fn retry_parked(&self, id: Uuid) -> Result<(), OutboxError> {
        self.reactivate(id, |s| matches!(s, ItemState::Parked { .. }))
            .await
    }

    async fn reactivate(&self, id: Uuid, is_wanted: impl Fn(&ItemState) -> bool) -> Result<(), OutboxError> {
        let now = self.clock.now();
        let (slot, current) = {
            let st = self.lock();
            let entry = st.items.get(&id).ok_or(OutboxError::UnknownItem)?;
            if !is_wanted(&entry.item.state) {
                return Err(OutboxError::WrongState {
                    state: state_name(&entry.item.state),
                });
            }
            (entry.slot.clone(), entry.item.clone())
        };
        let mut updated = current.clone();
        updated.state = ItemState::Pending;
        updated.failed_attempts = 0;
        updated.prerequisite = None;
        updated.next_attempt_at = now;
        updated.age_since = now;
        self.commit(&slot, current.rev, updated).await
    }

    /// Removes an item and its sealed record from the device (discretion: "forget on device").
    /// Succeeds if the item does not exist. It may already have reached the backend; use the
    /// backend's delete for that.
    pub async fn forget(&self, id: Uuid) -> Result<(), OutboxError> {
        let slot = self.lock().items.get(&id).map(|e| e.slot.clone());
        match slot {
            Some(slot) => self.remove(id, &slot).await,
            None => Ok(()),
        }
    }

    /// Forgets every item of `account`.
    pub async fn forget_account(&self, account: &str) -> Result<(), OutboxError> {
        let ids: Vec<Uuid> = self
            .lock()
            .items
            .values()
            .filter(|e| e.item.account == account)
            .map(|e| e.item.id)
            .collect();
        for id in ids {
            self.forget(id).await?;
        }
        Ok(())
    }

    /// Deletes the records that were quarantined as unreadable.
    pub async fn forget_quarantined(&self) -> Result<(), OutboxError> {
        for name in self.storage.list(QUARANTINE_PREFIX).await? {
            self.storage.delete(&name).await?;
        }
        self.lock().quarantined = 0;
        Ok(())
    }

    /// Every item of `account`, oldest first, without content.
    pub fn items(&self, account: &str) -> Vec<ItemSummary> {
        self.lock().summaries(account, |_| true)
    }

    /// Parked items of `account` with their reasons, oldest first, without content.
    pub fn parked(&self, account: &str) -> Vec<ItemSummary> {
        self.lock()
            .summaries(account, |s| matches!(s, ItemState::Parked { .. }))
    }

    /// Items of `account` waiting for the child's "still send?", oldest first.
    pub fn needs_confirmation(&self, account: &str) -> Vec<ItemSummary> {
        self.lock()
            .summaries(account, |s| matches!(s, ItemState::NeedsConfirmation { .. }))
    }

    /// Counts across all accounts, for delivery-health figures. No ids, no content.
    pub fn delivery_health(&self) -> DeliveryHealth {
        // Ask the (possibly foreign) clock before taking the lock: no callback runs under it.
        let now = self.clock.now();
        self.lock().health(now)
    }

    /// Server time minus device time in ms, learnt from the last `clock_skew` answer.
    pub fn clock_offset_ms(&self) -> i64 {
        self.lock().clock_offset_ms
    }

    /// The time to put in a signature's `created`: device time corrected by the stored offset.
    pub fn signing_time(&self) -> Timestamp {
        self.clock.now().plus_millis(self.clock_offset_ms())
    }
}

fn same_request(existing: &StoredItem, new: &NewItem) -> Result<Uuid, OutboxError> {
    if existing.account == new.account && existing.request == new.request {
        Ok(new.id)
    } else {
        Err(OutboxError::IdConflict)
    }
}

fn same_request_stored(existing: &StoredItem, new: &StoredItem) -> Result<(), OutboxError> {
    if existing.account == new.account && existing.request == new.request {
        Ok(())
    } else {
        Err(OutboxError::IdConflict)
    }
}

fn expect_state(item: &StoredItem, wanted: &'static str) -> Result<(), OutboxError> {
    if state_name(&item.state) == wanted {
        Ok(())
    } else {
        Err(OutboxError::WrongState {
            state: state_name(&item.state),
        })
    }
}

fn state_name(state: &ItemState) -> &'static str {
    match state {
        ItemState::Pending => "pending",
        ItemState::Parked { .. } => "parked",
        ItemState::NeedsConfirmation { .. } => "needs_confirmation",
    }
}

#[cfg(test)]
mod tests;
