//! The client's own sealed records: one history entry per report (what the reporter sees in
//! "my reports", with its status cache) and the saved wizard draft.
//!
//! Sealed with the outbox's sealer (same KeyStore key, ChaCha20-Poly1305, bound to the record
//! name), under neutral names: `h` + random hex for entries, `d0` for the draft. Nothing in a
//! name says what a record holds or whose it is.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ClientError;
use crate::age::AgeBand;
use crate::flow::{Intent, NotifyPreference};
use crate::outbox::seal::Sealer;
use crate::platform::{Random, Storage};
use crate::status::{ChildStatus, EventKind, StateKind};
use crate::taxonomy::Category;
use crate::timestamp::Timestamp;

/// Name prefix of history entries.
pub(crate) const ENTRY_PREFIX: &str = "h";
/// The one draft slot (the wizard session being filled in).
pub(crate) const DRAFT_NAME: &str = "d0";
/// Random bytes in an entry's name (128 bits: never collide).
const SLOT_ID_BYTES: usize = 16;

/// What the backend acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ReceiptInfo {
    pub received_at: Option<Timestamp>,
    pub expected_by: Option<Timestamp>,
}

/// The last status the client verified and accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StatusCache {
    /// Lifecycle events applied so far (kind-level), oldest first.
    pub events: Vec<(Option<Timestamp>, EventKind)>,
    /// Where they lead.
    #[serde(with = "state_code")]
    pub state: StateKind,
    /// The reporter's status.
    pub child: ChildStatus,
    /// Whether an appeal is open now.
    pub can_appeal: bool,
    /// Question ids the team asked, if waiting for answers.
    #[serde(default)]
    pub questions: Vec<String>,
}

/// One report as the reporter's device remembers it. Sealed; bound to `account`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LocalReport {
    pub id: Uuid,
    pub account: String,
    /// `None` for a report this install learnt about from the backend only.
    pub category: Option<Category>,
    pub age_band: AgeBand,
    pub notify: NotifyPreference,
    pub submitted_at: Timestamp,
    /// Deferred intents not released yet (released on receipt or `preserve_locally`).
    pub deferred: Vec<Intent>,
    pub receipt: Option<ReceiptInfo>,
    pub status: Option<StatusCache>,
}

struct Slot {
    name: String,
    report: LocalReport,
    /// Changed in memory and not written yet (submit writes only the outbox record).
    dirty: bool,
}

/// The entries, in memory and sealed on storage.
pub(crate) struct Records {
    storage: Arc<dyn Storage>,
    random: Arc<dyn Random>,
    sealer: Sealer,
    slots: Mutex<HashMap<Uuid, Slot>>,
}

impl Records {
    pub(crate) async fn open(
        storage: Arc<dyn Storage>,
        random: Arc<dyn Random>,
        sealer: Sealer,
    ) -> Result<Records, ClientError> {
        let mut slots = HashMap::new();
        for name in storage.list(ENTRY_PREFIX).await? {
            let Some(bytes) = storage.get(&name).await? else {
                continue;
            };
            let report = sealer
                .open(&name, &bytes)
                .ok()
                .and_then(|p| serde_json::from_slice::<LocalReport>(&p).ok());
            match report {
                Some(report) => {
                    slots.insert(
                        report.id,
                        Slot {
                            name,
                            report,
                            dirty: false,
                        },
                    );
                }
                // Unreadable (another key, corrupt): a history entry is a convenience copy,
                // not the report itself, so it is removed rather than kept around.
                None => storage.delete(&name).await?,
            }
        }
        Ok(Records {
            storage,
            random,
            sealer,
            slots: Mutex::new(slots),
        })
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<Uuid, Slot>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn new_name(&self) -> Result<String, ClientError> {
        let mut bytes = [0u8; SLOT_ID_BYTES];
        self.random.fill(&mut bytes)?;
        let mut name = String::from(ENTRY_PREFIX);
        for b in bytes {
            name.push_str(&format!("{b:02x}"));
        }
        Ok(name)
    }

    /// Adds an entry in memory only; [`Records::persist_dirty`] writes it.
    pub(crate) fn insert_unsaved(&self, report: LocalReport) -> Result<(), ClientError> {
        let name = self.new_name()?;
        let mut slots = self.lock();
        slots.entry(report.id).or_insert(Slot {
            name,
            report,
            dirty: true,
        });
        Ok(())
    }

    /// The entry `id` if it belongs to `account`.
    pub(crate) fn get(&self, account: &str, id: Uuid) -> Option<LocalReport> {
        self.lock()
            .get(&id)
            .filter(|s| s.report.account == account)
            .map(|s| s.report.clone())
    }

    /// Whether any entry (of any account) has this id.
    pub(crate) fn contains(&self, id: Uuid) -> bool {
        self.lock().contains_key(&id)
    }

    /// Every entry of `account`, oldest first.
    pub(crate) fn of_account(&self, account: &str) -> Vec<LocalReport> {
        let mut list: Vec<LocalReport> = self
            .lock()
            .values()
            .filter(|s| s.report.account == account)
            .map(|s| s.report.clone())
            .collect();
        list.sort_by_key(|r| (r.submitted_at, r.id));
        list
    }

    /// Replaces entry `id` (same account) and writes it durably.
    pub(crate) async fn update(
        &self,
        account: &str,
        id: Uuid,
        change: impl FnOnce(&mut LocalReport),
    ) -> Result<Option<LocalReport>, ClientError> {
        let (name, report) = {
            let mut slots = self.lock();
            let Some(slot) = slots.get_mut(&id).filter(|s| s.report.account == account) else {
                return Ok(None);
            };
            change(&mut slot.report);
            slot.dirty = true;
            (slot.name.clone(), slot.report.clone())
        };
        self.write(&name, &report).await?;
        self.mark_clean(id, &report);
        Ok(Some(report))
    }

    async fn write(&self, name: &str, report: &LocalReport) -> Result<(), ClientError> {
        let payload = serde_json::to_vec(report)
            .map_err(|_| ClientError::Outbox(crate::outbox::OutboxError::Encode))?;
        let record = self.sealer.seal(name, &payload, self.random.as_ref())?;
        self.storage.put(name, &record).await?;
        Ok(())
    }

    fn mark_clean(&self, id: Uuid, written: &LocalReport) {
        if let Some(slot) = self.lock().get_mut(&id) {
            if &slot.report == written {
                slot.dirty = false;
            }
        }
    }

    /// Writes every entry changed in memory since its last write.
    pub(crate) async fn persist_dirty(&self) -> Result<(), ClientError> {
        let dirty: Vec<(Uuid, String, LocalReport)> = self
            .lock()
            .iter()
            .filter(|(_, s)| s.dirty)
            .map(|(id, s)| (*id, s.name.clone(), s.report.clone()))
            .collect();
        for (id, name, report) in dirty {
            self.write(&name, &report).await?;
            self.mark_clean(id, &report);
        }
        Ok(())
    }

    /// Removes entry `id` of `account` from memory and storage.
    pub(crate) async fn remove(&self, account: &str, id: Uuid) -> Result<bool, ClientError> {
        let removed = {
            let mut slots = self.lock();
            match slots.get(&id) {
                Some(s) if s.report.account == account => slots.remove(&id),
                _ => None,
            }
        };
        match removed {
            Some(slot) => {
                self.storage.delete(&slot.name).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Seals and stores the draft (bytes chosen by the caller) for `account`.
    pub(crate) async fn save_draft(
        &self,
        account: &str,
        state: &serde_json::Value,
    ) -> Result<(), ClientError> {
        let payload = serde_json::to_vec(&serde_json::json!({"account": account, "state": state}))
            .map_err(|_| ClientError::Outbox(crate::outbox::OutboxError::Encode))?;
        let record = self.sealer.seal(DRAFT_NAME, &payload, self.random.as_ref())?;
        self.storage.put(DRAFT_NAME, &record).await?;
        Ok(())
    }

    /// The saved draft of `account`, if any.
    pub(crate) async fn load_draft(&self, account: &str) -> Result<Option<serde_json::Value>, ClientError> {
        let Some(bytes) = self.storage.get(DRAFT_NAME).await? else {
            return Ok(None);
        };
        let Ok(plain) = self.sealer.open(DRAFT_NAME, &bytes) else {
            return Ok(None);
        };
        let value: serde_json::Value = serde_json::from_slice(&plain).unwrap_or_default();
        if value.get("account").and_then(|a| a.as_str()) != Some(account) {
            return Ok(None);
        }
        Ok(value.get("state").cloned())
    }

    /// Deletes the saved draft.
    pub(crate) async fn drop_draft(&self) -> Result<(), ClientError> {
        self.storage.delete(DRAFT_NAME).await?;
        Ok(())
    }
}

/// `StateKind` by its stable code (it serializes but has no `Deserialize` of its own).
mod state_code {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::status::StateKind;

    pub(super) fn serialize<S: Serializer>(kind: &StateKind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(kind.code())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<StateKind, D::Error> {
        let code = String::deserialize(d)?;
        StateKind::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| serde::de::Error::custom("unknown state code"))
    }
}
