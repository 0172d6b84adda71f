//! The in-memory view of the outbox and the pure queries over it (what to send next, counts).

use std::collections::HashMap;

use uuid::Uuid;

use super::item::{Attempt, ItemState, ItemSummary, StoredItem};
use super::policy::{self, AskReason, RetryPolicy};
use crate::timestamp::Timestamp;

/// What the sender should do next for one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextTask {
    /// Send this attempt now.
    Send(Attempt),
    /// Nothing is due; the earliest pending item becomes due at `until`.
    Wait {
        /// When to ask again (or earlier, when connectivity returns).
        until: Timestamp,
    },
    /// Nothing pending for this account (parked or waiting-for-confirmation items may remain).
    Idle,
}

/// Delivery-health figures: counts only, never ids or content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeliveryHealth {
    /// Items waiting to be sent (due now or later), in flight or not.
    pub pending: usize,
    /// Pending items that have failed at least once.
    pub retrying: usize,
    /// Pending items handed out and not yet reported back.
    pub in_flight: usize,
    /// Parked items (not retried until the app asks).
    pub parked: usize,
    /// Items waiting for the child's "still send?".
    pub needs_confirmation: usize,
    /// Unreadable records moved aside.
    pub quarantined: usize,
    /// Items delivered since the outbox was opened.
    pub delivered_since_open: u64,
}

/// One item in memory: where it lives and its current state.
pub(crate) struct Entry {
    pub slot: String,
    pub item: StoredItem,
    /// Handed out by `next_ready` and not reported back yet. Memory only: a restart clears it.
    pub lease_until: Option<Timestamp>,
}

impl Entry {
    pub(crate) fn new(slot: String, item: StoredItem) -> Entry {
        Entry {
            slot,
            item,
            lease_until: None,
        }
    }

    fn leased(&self, now: Timestamp) -> bool {
        self.lease_until.is_some_and(|until| until > now)
    }
}

/// Everything the outbox knows, behind its mutex.
#[derive(Default)]
pub(crate) struct State {
    pub items: HashMap<Uuid, Entry>,
    /// Capacity taken by enqueues that are still writing.
    pub reserved: usize,
    pub quarantined: usize,
    pub delivered: u64,
    pub clock_offset_ms: i64,
}

impl State {
    /// Pending non-urgent items of `account` that reached the age limit, with their successor
    /// state (slot, revision it replaces, new item).
    pub(crate) fn aged(
        &self,
        account: &str,
        now: Timestamp,
        retry: &RetryPolicy,
    ) -> Vec<(String, u64, StoredItem)> {
        self.items
            .values()
            .filter(|e| {
                e.item.account == account
                    && e.item.state == ItemState::Pending
                    && !e.leased(now)
                    && policy::needs_confirmation(retry, e.item.urgent, e.item.age_since, now)
            })
            .map(|e| {
                let mut next = e.item.clone();
                next.state = ItemState::NeedsConfirmation { ask: AskReason::Old };
                (e.slot.clone(), e.item.rev, next)
            })
            .collect()
    }

    /// Hands out the most pressing due item of `account` (urgent first, then oldest) and leases it.
    pub(crate) fn pick(&mut self, account: &str, now: Timestamp, lease_ms: i64) -> NextTask {
        let mut due: Option<&mut Entry> = None;
        let mut wait: Option<Timestamp> = None;
        for entry in self.items.values_mut() {
            if entry.item.account != account || entry.item.state != ItemState::Pending {
                continue;
            }
            let ready_at = match entry.lease_until {
                Some(lease) if lease > now => lease.max(entry.item.next_attempt_at),
                _ => entry.item.next_attempt_at,
            };
            if ready_at > now {
                wait = Some(wait.map_or(ready_at, |w| w.min(ready_at)));
                continue;
            }
            let better = due
                .as_ref()
                .is_none_or(|d| order_key(&entry.item) < order_key(&d.item));
            if better {
                due = Some(entry);
            }
        }
        match (due, wait) {
            (Some(entry), _) => {
                entry.lease_until = Some(now.plus_millis(lease_ms));
                NextTask::Send(Attempt {
                    id: entry.item.id,
                    account: entry.item.account.clone(),
                    request: entry.item.request.clone(),
                    number: entry.item.failed_attempts.saturating_add(1),
                    prerequisite: entry.item.prerequisite,
                })
            }
            (None, Some(until)) => NextTask::Wait { until },
            (None, None) => NextTask::Idle,
        }
    }

    pub(crate) fn summaries(&self, account: &str, keep: impl Fn(&ItemState) -> bool) -> Vec<ItemSummary> {
        let mut out: Vec<ItemSummary> = self
            .items
            .values()
            .filter(|e| e.item.account == account && keep(&e.item.state))
            .map(|e| e.item.summary())
            .collect();
        out.sort_by_key(|s| (s.created_at, s.id));
        out
    }

    pub(crate) fn health(&self, now: Timestamp) -> DeliveryHealth {
        let mut h = DeliveryHealth {
            quarantined: self.quarantined,
            delivered_since_open: self.delivered,
            ..DeliveryHealth::default()
        };
        for e in self.items.values() {
            match e.item.state {
                ItemState::Pending => {
                    h.pending += 1;
                    h.retrying += usize::from(e.item.failed_attempts > 0);
                    h.in_flight += usize::from(e.leased(now));
                }
                ItemState::Parked { .. } => h.parked += 1,
                ItemState::NeedsConfirmation { .. } => h.needs_confirmation += 1,
            }
        }
        h
    }
}

/// Urgent before non-urgent, then oldest first, then by id so the order is total.
fn order_key(item: &StoredItem) -> (bool, Timestamp, Uuid) {
    (!item.urgent, item.created_at, item.id)
}
