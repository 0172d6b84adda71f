//! Durable file storage for native targets: one file per record in a private directory.
//!
//! `put` writes a temporary file, fsyncs it, renames it over the record and fsyncs the
//! directory, so after a crash or power loss a record is either the old or the new one in full.
//! Temporary files start with a dot (never a valid record name): `list` ignores them and
//! [`FileStorage::open`] deletes leftovers of an interrupted `put`. Files are created `0600` in a
//! `0700` directory on Unix. File names are the record names, which the outbox makes neutral
//! (a letter and random hex). Keep the directory out of backups (Android `dataExtractionRules`,
//! iOS `isExcludedFromBackup`).
//!
//! The async methods do blocking I/O (an fsync takes milliseconds): run them where blocking is
//! fine (a blocking-capable executor thread, as uniffi's foreign executors are).

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;

use crate::platform::{
    KeyStore, PlatformError, Random, SEALING_KEY_LEN, Storage, StorageOperation, is_valid_record_name,
};

/// Prefix of temporary files: a dot, so they are never valid record names.
const TEMP_PREFIX: &str = ".tmp-";

/// Records as files in one directory.
#[derive(Debug)]
pub struct FileStorage {
    dir: PathBuf,
    counter: AtomicU64,
}

impl FileStorage {
    /// Opens (creating if needed) the directory `dir` and deletes leftover temporary files from
    /// an interrupted write. One `FileStorage` per directory per process.
    pub fn open(dir: impl Into<PathBuf>) -> Result<FileStorage, PlatformError> {
        let dir = dir.into();
        let err = |e: std::io::Error| PlatformError::io(StorageOperation::Open, &e);
        create_private_dir(&dir).map_err(err)?;
        let mut cleaned = false;
        for entry in fs::read_dir(&dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            if entry
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(TEMP_PREFIX))
            {
                fs::remove_file(entry.path()).map_err(err)?;
                cleaned = true;
            }
        }
        if cleaned {
            sync_dir(&dir).map_err(err)?;
        }
        Ok(FileStorage {
            dir,
            counter: AtomicU64::new(0),
        })
    }

    /// The directory holding the records.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, name: &str) -> Result<PathBuf, PlatformError> {
        if is_valid_record_name(name) {
            Ok(self.dir.join(name))
        } else {
            Err(PlatformError::InvalidName)
        }
    }

    fn put_sync(&self, name: &str, bytes: &[u8]) -> Result<(), std::io::Error> {
        let target = self.dir.join(name);
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let temp = self.dir.join(format!("{TEMP_PREFIX}{name}-{n}"));
        let written = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, &target));
        if let Err(e) = written {
            // Best effort: a leftover is also removed at the next open.
            let _ = fs::remove_file(&temp);
            return Err(e);
        }
        sync_dir(&self.dir)
    }
}

/// Writes `bytes` to a new file at `path` and fsyncs it.
pub fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), std::io::Error> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Fsyncs a directory so a rename or delete in it is durable. A no-op where directories cannot
/// be opened as files (Windows, where the rename itself is durable once it returns).
pub fn sync_dir(dir: &Path) -> Result<(), std::io::Error> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

fn create_private_dir(dir: &Path) -> Result<(), std::io::Error> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[async_trait]
impl Storage for FileStorage {
    async fn put(&self, name: &str, bytes: &[u8]) -> Result<(), PlatformError> {
        self.path(name)?;
        self.put_sync(name, bytes)
            .map_err(|e| PlatformError::io(StorageOperation::Put, &e))
    }

    async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        match fs::read(self.path(name)?) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(PlatformError::io(StorageOperation::Get, &e)),
        }
    }

    async fn delete(&self, name: &str) -> Result<(), PlatformError> {
        let err = |e: std::io::Error| PlatformError::io(StorageOperation::Delete, &e);
        match fs::remove_file(self.path(name)?) {
            Ok(()) => sync_dir(&self.dir).map_err(err),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(err(e)),
        }
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        let err = |e: std::io::Error| PlatformError::io(StorageOperation::List, &e);
        let mut names = Vec::new();
        for entry in fs::read_dir(&self.dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            if let Some(name) = entry.file_name().to_str()
                && is_valid_record_name(name)
                && name.starts_with(prefix)
            {
                names.push(name.to_owned());
            }
        }
        Ok(names)
    }
}

/// Name of the key record in a [`FileKeyStore`]'s directory.
const KEY_NAME: &str = "k0";

/// A sealing key kept in a file: for tests and desktop only. On mobile use the platform key
/// store (a key in a file next to the records protects nothing against someone holding the disk).
pub struct FileKeyStore {
    storage: FileStorage,
    random: Arc<dyn Random>,
}

impl FileKeyStore {
    /// A key store in `dir` (created `0700` if missing); the key is created on first use.
    pub fn open(dir: impl Into<PathBuf>, random: Arc<dyn Random>) -> Result<FileKeyStore, PlatformError> {
        Ok(FileKeyStore {
            storage: FileStorage::open(dir)?,
            random,
        })
    }
}

impl std::fmt::Debug for FileKeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileKeyStore")
            .field("dir", &self.storage.dir)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl KeyStore for FileKeyStore {
    async fn sealing_key(&self) -> Result<[u8; SEALING_KEY_LEN], PlatformError> {
        if let Some(bytes) = self.storage.get(KEY_NAME).await? {
            return <[u8; SEALING_KEY_LEN]>::try_from(bytes.as_slice()).map_err(|_| {
                PlatformError::KeyStore {
                    kind: "key file has the wrong length".to_owned(),
                }
            });
        }
        let mut key = [0u8; SEALING_KEY_LEN];
        self.random.fill(&mut key)?;
        self.storage.put(KEY_NAME, &key).await?;
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::{NewItem, NextTask, Outbox, OutboxConfig, UnsignedRequest};
    use crate::platform::{ManualClock, SeededRandom, epoch};
    use futures::executor::block_on;

    const CANARY: &str = "CANARY-file-b41d-never-in-clear";

    fn item(n: u128) -> NewItem {
        NewItem {
            id: uuid::Uuid::from_u128(n),
            account: "acct-canary".to_owned(),
            category: Some("threat_to_share_pictures".to_owned()),
            urgent: true,
            request: UnsignedRequest {
                method: "POST".to_owned(),
                path: "/v1/reports".to_owned(),
                content_type: Some("application/json".to_owned()),
                body: format!(r#"{{"free_text":"{CANARY}"}}"#).into_bytes(),
            },
        }
    }

    fn open_outbox(records: &Path, keys: &Path) -> Outbox {
        let random: Arc<dyn Random> = Arc::new(SeededRandom::new(5));
        block_on(Outbox::open(
            Arc::new(FileStorage::open(records).unwrap()),
            Arc::new(FileKeyStore::open(keys, random.clone()).unwrap()),
            Arc::new(ManualClock::new(epoch().plus_millis(1_800_000_000_000))),
            random,
            OutboxConfig::default(),
        ))
        .unwrap()
    }

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (e.file_name().into_string().unwrap(), fs::read(e.path()).unwrap())
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn put_get_delete_list_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let s = FileStorage::open(dir.path().join("r")).unwrap();
        block_on(async {
            s.put("oa", b"one").await.unwrap();
            s.put("oa", b"two").await.unwrap();
            s.put("qb", b"three").await.unwrap();
            assert_eq!(s.get("oa").await.unwrap(), Some(b"two".to_vec()));
            assert_eq!(s.list("o").await.unwrap(), vec!["oa".to_owned()]);
            s.delete("oa").await.unwrap();
            s.delete("oa").await.unwrap();
            assert_eq!(s.get("oa").await.unwrap(), None);
            assert_eq!(s.put("../x", b"").await, Err(PlatformError::InvalidName));
        });
        assert_eq!(files(s.dir()).len(), 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn files_and_directory_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let s = FileStorage::open(dir.path().join("r")).unwrap();
        block_on(s.put("oa", b"x")).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(s.dir()), 0o700);
        assert_eq!(mode(&s.dir().join("oa")), 0o600);
    }

    #[test]
    fn leftover_temp_files_of_a_crashed_write_are_ignored_and_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("r");
        let keys = dir.path().join("k");
        block_on(open_outbox(&records, &keys).enqueue(item(1))).unwrap();
        // A crash between writing the temp file and the rename leaves a half-written temp file.
        fs::write(records.join(format!("{TEMP_PREFIX}o00-7")), b"half a rec").unwrap();
        let outbox = open_outbox(&records, &keys);
        assert_eq!(outbox.items("acct-canary").len(), 1);
        assert_eq!(outbox.delivery_health().quarantined, 0);
        assert!(files(&records).iter().all(|(n, _)| !n.starts_with('.')));
    }

    #[test]
    fn a_flipped_bit_quarantines_one_record_and_the_others_still_send() {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("r");
        let keys = dir.path().join("k");
        let outbox = open_outbox(&records, &keys);
        block_on(outbox.enqueue(item(1))).unwrap();
        block_on(outbox.enqueue(item(2))).unwrap();
        drop(outbox);
        let (name, mut bytes) = files(&records).remove(0);
        bytes[20] ^= 0x10;
        fs::write(records.join(&name), bytes).unwrap();
        let outbox = open_outbox(&records, &keys);
        assert_eq!(outbox.delivery_health().quarantined, 1);
        assert!(matches!(
            block_on(outbox.next_ready("acct-canary")).unwrap(),
            NextTask::Send(_)
        ));
        assert!(files(&records).iter().any(|(n, _)| n == &format!("q{name}")));
    }

    #[test]
    fn no_plaintext_content_in_any_file_and_names_are_neutral() {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("r");
        let keys = dir.path().join("k");
        let outbox = open_outbox(&records, &keys);
        block_on(outbox.enqueue(item(1))).unwrap();
        block_on(outbox.enqueue(item(0xfeed))).unwrap();
        let all: Vec<(String, Vec<u8>)> = files(&records).into_iter().chain(files(&keys)).collect();
        assert!(all.len() >= 3);
        let forbidden = [
            CANARY,
            "acct-canary",
            "threat_to_share_pictures",
            "/v1/reports",
            "feed",
        ];
        for (name, bytes) in all {
            for secret in forbidden {
                assert!(!name.contains(secret), "{secret} in a file name");
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                    "{secret} in clear in {name}"
                );
            }
        }
    }

    #[test]
    fn the_file_key_store_creates_once_then_returns_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let random: Arc<dyn Random> = Arc::new(SeededRandom::new(9));
        let a = block_on(
            FileKeyStore::open(dir.path(), random.clone())
                .unwrap()
                .sealing_key(),
        )
        .unwrap();
        let b = block_on(FileKeyStore::open(dir.path(), random).unwrap().sealing_key()).unwrap();
        assert_eq!(a, b);
        fs::write(dir.path().join(KEY_NAME), b"short").unwrap();
        let random: Arc<dyn Random> = Arc::new(SeededRandom::new(9));
        assert!(block_on(FileKeyStore::open(dir.path(), random).unwrap().sealing_key()).is_err());
    }
}
