//! Platform services the core needs but must not implement itself.
//!
//! Core runs on Android, iOS, desktop and in a browser tab (wasm32, no threads, no files), so
//! durable storage, the sealing key, the current time and randomness come in through these traits.
//! Each platform implements them over its own facilities (IndexedDB, Android Keystore, iOS
//! Keychain, `Date.now()`, `crypto.getRandomValues`); tests plug in a virtual clock and a seeded
//! random source so fault sequences replay exactly.
//!
//! Storage and key store are async because IndexedDB and platform key stores are. Clock and
//! randomness are synchronous: every platform answers them without waiting.

use async_trait::async_trait;
use thiserror::Error;

use crate::timestamp::Timestamp;

/// `Send + Sync` on native targets (services are shared across threads there), nothing on wasm32,
/// where JS-backed services cannot be `Send` and there is only one thread.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSendSync: Send + Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + Sync + ?Sized> MaybeSendSync for T {}

/// `Send + Sync` on native targets (services are shared across threads there), nothing on wasm32,
/// where JS-backed services cannot be `Send` and there is only one thread.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSendSync {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSendSync for T {}

/// Which storage operation failed; a field name for error messages, never a record's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageOperation {
    /// [`Storage::put`].
    Put,
    /// [`Storage::get`].
    Get,
    /// [`Storage::delete`].
    Delete,
    /// [`Storage::list`].
    List,
    /// Opening or preparing the storage itself.
    Open,
}

impl std::fmt::Display for StorageOperation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StorageOperation::Put => "put",
            StorageOperation::Get => "get",
            StorageOperation::Delete => "delete",
            StorageOperation::List => "list",
            StorageOperation::Open => "open",
        })
    }
}

/// A platform service failed. Messages name the operation, never a record name or its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlatformError {
    /// A storage operation failed (disk full, permission, quota, I/O error).
    #[error("storage {operation} failed ({kind})")]
    Storage {
        /// The operation that failed.
        operation: StorageOperation,
        /// The I/O error kind, e.g. `StorageFull`; the platform's own word for other backends.
        kind: String,
    },
    /// A record name the storage cannot hold (empty, too long, or outside `[a-z0-9._-]`).
    #[error("record name is not acceptable to this storage")]
    InvalidName,
    /// The random source failed (should not happen on a working OS).
    #[error("random source unavailable")]
    Random,
    /// The key store could not return or create the sealing key (e.g. the device is locked).
    #[error("key store unavailable ({kind})")]
    KeyStore {
        /// The platform's own short word for the failure.
        kind: String,
    },
}

impl PlatformError {
    /// A storage failure from a `std::io::Error`, keeping only its kind (the message may carry a path).
    pub fn io(operation: StorageOperation, error: &std::io::Error) -> PlatformError {
        PlatformError::Storage {
            operation,
            kind: format!("{:?}", error.kind()),
        }
    }
}

/// Durable key-value storage of named records.
///
/// Contract (the outbox's crash safety rests on it):
/// - `put` is atomic and durable when it returns: after a crash or power loss a reader sees
///   either the old record or the new one in full, never a mix, and never loses a completed put.
///   (Native: write a temporary file, fsync, rename, fsync the directory. Web: one IndexedDB
///   transaction with `durability: "strict"`.)
/// - `delete` of a missing record succeeds (deletion is idempotent).
/// - Names are short ASCII (`[a-z0-9._-]`, at most [`MAX_RECORD_NAME_LEN`] bytes). Callers choose
///   neutral names that say nothing about content; the storage may use them as file names.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait Storage: MaybeSendSync {
    /// Stores `bytes` under `name`, replacing any record of that name, atomically and durably.
    async fn put(&self, name: &str, bytes: &[u8]) -> Result<(), PlatformError>;
    /// The record stored under `name`, or `None` if there is none.
    async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError>;
    /// Removes the record `name`, durably; succeeds if it does not exist.
    async fn delete(&self, name: &str) -> Result<(), PlatformError>;
    /// The names of all records whose name starts with `prefix`, in any order.
    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError>;
}

/// Longest record name a [`Storage`] must accept. 64 bytes fits a prefix plus a 256-bit hex id
/// and stays far below every file system's name limit (255 bytes).
pub const MAX_RECORD_NAME_LEN: usize = 64;

/// Whether `name` is a record name every [`Storage`] must accept: non-empty, at most
/// [`MAX_RECORD_NAME_LEN`] bytes of `[a-z0-9._-]`, not starting with a dot (hidden files and
/// `.`/`..` on file systems).
pub fn is_valid_record_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_RECORD_NAME_LEN
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
}

/// Length of the outbox sealing key: ChaCha20-Poly1305 takes a 256-bit key.
pub const SEALING_KEY_LEN: usize = 32;

/// Holds the symmetric key that seals records at rest.
///
/// On mobile the key lives in (or is wrapped by) the platform key store: Android Keystore,
/// iOS Keychain with "this device only" accessibility, so a backup or a copied disk image does not
/// carry it. On the web it is wrapped by a non-extractable WebCrypto key.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait KeyStore: MaybeSendSync {
    /// The sealing key, created (from a cryptographic random source) and stored on first call.
    /// Later calls return the same key until the app's data is wiped.
    async fn sealing_key(&self) -> Result<[u8; SEALING_KEY_LEN], PlatformError>;
}

/// The current time. Injected so delivery policy and fault tests run on virtual time.
pub trait Clock: MaybeSendSync {
    /// Now, in UTC.
    fn now(&self) -> Timestamp;
}

/// A cryptographically secure random source (nonces, record names, retry jitter).
pub trait Random: MaybeSendSync {
    /// Fills `bytes` with random bytes.
    fn fill(&self, bytes: &mut [u8]) -> Result<(), PlatformError>;
}

/// The operating system's clock. Native only: wasm32-unknown-unknown has no `SystemTime`.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

#[cfg(not(target_arch = "wasm32"))]
impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        // A clock outside years 1..=9999 is broken; the epoch is the least surprising answer.
        Timestamp::from_unix_millis(millis).unwrap_or_else(epoch)
    }
}

/// The Unix epoch.
pub fn epoch() -> Timestamp {
    Timestamp::from_unix_millis(0).expect("the Unix epoch is inside years 1..=9999")
}

/// The operating system's random source via ring. Native only (the web passes WebCrypto).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct OsRandom(ring::rand::SystemRandom);

#[cfg(not(target_arch = "wasm32"))]
impl OsRandom {
    /// A handle on the OS random source.
    pub fn new() -> OsRandom {
        OsRandom(ring::rand::SystemRandom::new())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for OsRandom {
    fn default() -> Self {
        OsRandom::new()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Random for OsRandom {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), PlatformError> {
        use ring::rand::SecureRandom;
        self.0.fill(bytes).map_err(|_| PlatformError::Random)
    }
}

/// A clock that moves only when told to: virtual time for tests and fault replays.
#[derive(Debug)]
pub struct ManualClock(std::sync::Mutex<Timestamp>);

impl ManualClock {
    /// A clock showing `start`.
    pub fn new(start: Timestamp) -> ManualClock {
        ManualClock(std::sync::Mutex::new(start))
    }

    /// Moves the clock forward by `millis` (or back, if negative: clocks do jump back).
    pub fn advance(&self, millis: i64) {
        let mut now = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *now = now.plus_millis(millis);
    }

    /// Sets the clock to `to`.
    pub fn set(&self, to: Timestamp) {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A deterministic, NOT secure random source (SplitMix64) so tests replay exactly.
/// Never use it to seal real data: nonces would repeat across runs with the same seed.
#[derive(Debug)]
pub struct SeededRandom(std::sync::Mutex<u64>);

impl SeededRandom {
    /// A source whose output is fixed by `seed`.
    pub fn new(seed: u64) -> SeededRandom {
        SeededRandom(std::sync::Mutex::new(seed))
    }
}

impl Random for SeededRandom {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), PlatformError> {
        let mut state = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for chunk in bytes.chunks_mut(8) {
            *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = *state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
        Ok(())
    }
}

/// A key store holding one fixed key in memory: for tests and for hosts that manage keys
/// themselves. Not persistent: a new instance with another key cannot read older records.
#[derive(Debug, Clone)]
pub struct MemoryKeyStore([u8; SEALING_KEY_LEN]);

impl MemoryKeyStore {
    /// A key store that always returns `key`.
    pub fn new(key: [u8; SEALING_KEY_LEN]) -> MemoryKeyStore {
        MemoryKeyStore(key)
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl KeyStore for MemoryKeyStore {
    async fn sealing_key(&self) -> Result<[u8; SEALING_KEY_LEN], PlatformError> {
        Ok(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_names_are_restricted_to_neutral_ascii() {
        assert!(is_valid_record_name("o0123abcdef"));
        assert!(is_valid_record_name(&"a".repeat(MAX_RECORD_NAME_LEN)));
        assert!(!is_valid_record_name(&"a".repeat(MAX_RECORD_NAME_LEN + 1)));
        for bad in ["", ".", "..", ".hidden", "a/b", "A", "a b", "é", "a\\b"] {
            assert!(!is_valid_record_name(bad), "{bad:?} accepted");
        }
    }

    #[test]
    fn seeded_random_replays_and_differs_by_seed() {
        let (mut a, mut b, mut c) = ([0u8; 20], [0u8; 20], [0u8; 20]);
        SeededRandom::new(7).fill(&mut a).unwrap();
        SeededRandom::new(7).fill(&mut b).unwrap();
        SeededRandom::new(8).fill(&mut c).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(epoch());
        assert_eq!(clock.now(), epoch());
        clock.advance(1500);
        assert_eq!(clock.now().unix_millis(), 1500);
    }
}
