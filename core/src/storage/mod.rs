//! [`Storage`] implementations: in memory (tests, and hosts that persist elsewhere) and, on
//! native targets, durable files (`file`). The web implements `Storage` over IndexedDB in the
//! wasm crate.

#[cfg(not(target_arch = "wasm32"))]
pub mod file;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use async_trait::async_trait;

use crate::platform::{PlatformError, Storage, StorageOperation, is_valid_record_name};

/// Records in memory. Not durable: for tests, and for fault injection (`fail_next_puts`).
#[derive(Debug, Default)]
pub struct MemoryStorage {
    records: Mutex<BTreeMap<String, Vec<u8>>>,
    failing_puts: AtomicUsize,
}

impl MemoryStorage {
    /// An empty storage.
    pub fn new() -> MemoryStorage {
        MemoryStorage::default()
    }

    /// Makes the next `count` puts fail (like a full disk) without storing anything.
    pub fn fail_next_puts(&self, count: usize) {
        self.failing_puts.store(count, Ordering::SeqCst);
    }

    /// A copy of every record, for tests that inspect or tamper with the raw bytes.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        self.records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Replaces a record's raw bytes without any checks (tests: corruption).
    pub fn set_raw(&self, name: &str, bytes: Vec<u8>) {
        self.records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(name.to_owned(), bytes);
    }
}

fn check(name: &str) -> Result<(), PlatformError> {
    if is_valid_record_name(name) {
        Ok(())
    } else {
        Err(PlatformError::InvalidName)
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl Storage for MemoryStorage {
    async fn put(&self, name: &str, bytes: &[u8]) -> Result<(), PlatformError> {
        check(name)?;
        let failing = self
            .failing_puts
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        if failing.is_ok() {
            return Err(PlatformError::Storage {
                operation: StorageOperation::Put,
                kind: "StorageFull".to_owned(),
            });
        }
        self.records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(name.to_owned(), bytes.to_vec());
        Ok(())
    }

    async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        check(name)?;
        Ok(self
            .records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(name)
            .cloned())
    }

    async fn delete(&self, name: &str) -> Result<(), PlatformError> {
        check(name)?;
        self.records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(name);
        Ok(())
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        Ok(self
            .records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;

    #[test]
    fn memory_storage_put_get_delete_list() {
        let s = MemoryStorage::new();
        block_on(async {
            s.put("a1", b"x").await.unwrap();
            s.put("b1", b"y").await.unwrap();
            s.put("a1", b"z").await.unwrap();
            assert_eq!(s.get("a1").await.unwrap(), Some(b"z".to_vec()));
            assert_eq!(s.list("a").await.unwrap(), vec!["a1".to_owned()]);
            s.delete("a1").await.unwrap();
            s.delete("a1").await.unwrap();
            assert_eq!(s.get("a1").await.unwrap(), None);
            assert_eq!(s.put("A/..", b"").await, Err(PlatformError::InvalidName));
        });
    }

    #[test]
    fn injected_put_failures_store_nothing() {
        let s = MemoryStorage::new();
        s.fail_next_puts(1);
        block_on(async {
            assert!(s.put("a1", b"x").await.is_err());
            assert_eq!(s.get("a1").await.unwrap(), None);
            s.put("a1", b"x").await.unwrap();
        });
    }
}
