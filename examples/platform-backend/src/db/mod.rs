//! SQLite storage: one writer thread with group commit, and a small pool of readers.
//!
//! WAL mode lets readers run beside the writer. Every write goes through [`Writer`], which
//! batches jobs from many requests into one transaction (one fsync), each job inside its own
//! savepoint so one failing job does not undo the others; a job's answer is released only after
//! its transaction committed, so a receipt always means "durably stored".

pub mod migrations;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

pub use writer::{Writer, WriterPause};

/// How long a connection waits for a lock before failing: long enough for a large batch.
const BUSY_TIMEOUT_MS: u64 = 5_000;
/// Prepared statements the writer keeps: every intake and audit statement (about 20) fits.
const STATEMENT_CACHE: usize = 64;
/// Readers kept open for reuse; more are opened on demand and dropped.
const MAX_IDLE_READERS: usize = 8;

/// Column `i` as a taxonomy [`Category`](tellsafe::taxonomy::Category): a code the running
/// build no longer knows (a row written by a newer one) reads as `Other`, never as an error.
pub fn category_column(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<tellsafe::taxonomy::Category> {
    let code: String = row.get(i)?;
    Ok(tellsafe::taxonomy::Category::from_code(&code).unwrap_or(tellsafe::taxonomy::Category::Other))
}

/// Column `i` as an [`AgeBand`](tellsafe::AgeBand); an unknown code reads as `Unknown`.
pub fn age_band_column(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<tellsafe::AgeBand> {
    let code: String = row.get(i)?;
    Ok(tellsafe::AgeBand::from_code(&code).unwrap_or(tellsafe::AgeBand::Unknown))
}

/// Errors from storage. Never carries report content.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The writer thread is gone (shutting down).
    #[error("writer stopped")]
    WriterStopped,
    /// A blocking task failed.
    #[error("blocking task failed")]
    Join,
}

/// Opens a connection with the pragmas every connection needs.
pub fn open(path: &Path, read_only: bool) -> rusqlite::Result<Connection> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    if !read_only {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a commit is on disk before the receipt leaves; group commit pays for it.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Each writer job runs in a savepoint whose sub-journal (the pages it may roll back)
        // spills to a temporary file past 64 KiB: intake touches enough tables that every job
        // created, wrote and deleted one (the largest writer cost in `perf`). In memory it is
        // the same rollback, without the file; it never held anything durable.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    }
    Ok(conn)
}

/// Read-only connections for request handlers, used on the blocking pool.
#[derive(Debug)]
pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl Readers {
    /// Readers for the database at `path` (which must exist and be migrated).
    pub fn new(path: PathBuf) -> Readers {
        Readers {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `f` with a read connection on the blocking pool.
    pub async fn read<T, F>(self: &std::sync::Arc<Self>, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let this = self.clone();
        tokio::task::spawn_blocking(move || {
            let conn = match this.idle.lock().unwrap_or_else(|p| p.into_inner()).pop() {
                Some(conn) => conn,
                None => open(&this.path, true)?,
            };
            let result = f(&conn);
            let mut idle = this.idle.lock().unwrap_or_else(|p| p.into_inner());
            if idle.len() < MAX_IDLE_READERS {
                idle.push(conn);
            }
            result
        })
        .await
        .map_err(|_| StoreError::Join)?
    }
}
