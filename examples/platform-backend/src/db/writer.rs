//! The single writer thread: group commit of jobs from many requests.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

use rusqlite::Connection;
use tokio::sync::{mpsc, oneshot};

use super::StoreError;

/// Jobs waiting for the writer; beyond this the backend answers 503 `unavailable` rather than
/// queueing without bound (memory) or making clients wait past their timeouts.
pub const WRITE_QUEUE_CAPACITY: usize = 4_096;
/// Most jobs in one transaction: large enough to amortise the fsync at thousands of reports per
/// second, small enough that one batch commits in a few milliseconds.
pub const MAX_BATCH: usize = 256;

type Finish = Box<dyn FnOnce(Result<(), String>) + Send>;
type Job = Box<dyn FnOnce(&Connection) -> (bool, Finish) + Send>;

/// A switch the test hooks use to hold the writer between batches (deterministic
/// "in progress" tests); never set in production.
#[derive(Debug, Clone, Default)]
pub struct WriterPause(Arc<(Mutex<bool>, Condvar)>);

impl WriterPause {
    /// Pauses (`true`) or resumes (`false`) the writer before its next batch.
    pub fn set(&self, paused: bool) {
        let (lock, cvar) = &*self.0;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = paused;
        cvar.notify_all();
    }

    fn wait_while_paused(&self) {
        let (lock, cvar) = &*self.0;
        let mut paused = lock.lock().unwrap_or_else(|p| p.into_inner());
        while *paused {
            paused = cvar.wait(paused).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// Handle to the writer thread. Cloning shares the thread.
#[derive(Debug, Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
}

/// The writer thread itself, joined on shutdown so every accepted job is committed.
#[derive(Debug)]
pub struct WriterThread(JoinHandle<()>);

impl WriterThread {
    /// Waits until every queued job is committed (all [`Writer`] handles must be dropped first).
    pub fn join(self) {
        if self.0.join().is_err() {
            tracing::error!("writer thread panicked");
        }
    }
}

impl Writer {
    /// Starts the writer thread on an open, migrated connection.
    pub fn start(conn: Connection, pause: WriterPause) -> (Writer, WriterThread) {
        let (tx, rx) = mpsc::channel::<Job>(WRITE_QUEUE_CAPACITY);
        let handle = std::thread::Builder::new()
            .name("tellsafe-writer".into())
            .spawn(move || run(conn, rx, pause))
            .expect("spawning the writer thread only fails when the OS is out of threads at start-up");
        (Writer { tx }, WriterThread(handle))
    }

    /// Opens `path`, migrates it and starts the writer.
    pub fn open(path: &Path, pause: WriterPause) -> Result<(Writer, WriterThread), StoreError> {
        let mut conn = super::open(path, false)?;
        super::migrations::migrate(&mut conn)?;
        Ok(Writer::start(conn, pause))
    }

    /// Runs `f` inside the next batch's transaction (in its own savepoint). `Ok` is released only
    /// after the batch committed; an `Err` from `f` rolls back `f`'s writes alone.
    pub async fn write<T, E, F>(&self, f: F) -> Result<Result<T, E>, StoreError>
    where
        T: Send + 'static,
        E: Send + 'static,
        F: FnOnce(&Connection) -> Result<Result<T, E>, StoreError> + Send + 'static,
    {
        let (reply_tx, reply_rx) = oneshot::channel::<Result<Result<T, E>, StoreError>>();
        let job: Job = Box::new(move |conn| {
            let outcome = f(conn);
            let keep = matches!(outcome, Ok(Ok(_)));
            let finish: Finish = Box::new(move |committed| {
                let answer = match committed {
                    Ok(()) => outcome,
                    Err(reason) => {
                        tracing::error!(%reason, "batch commit failed");
                        Err(StoreError::WriterStopped)
                    }
                };
                let _ = reply_tx.send(answer);
            });
            (keep, finish)
        });
        self.tx.try_send(job).map_err(|_| StoreError::WriterStopped)?;
        reply_rx.await.map_err(|_| StoreError::WriterStopped)?
    }
}

fn run(mut conn: Connection, mut rx: mpsc::Receiver<Job>, pause: WriterPause) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    loop {
        match rx.blocking_recv() {
            Some(job) => batch.push(job),
            None => break,
        }
        // After the receive: a writer already waiting for a job when the pause was set must
        // still hold that job (checking only before the receive let it through).
        pause.wait_while_paused();
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit_batch(&mut conn, &mut batch);
    }
    tracing::info!("writer drained and stopped");
}

fn commit_batch(conn: &mut Connection, batch: &mut Vec<Job>) {
    let mut finishers: Vec<Finish> = Vec::with_capacity(batch.len());
    let tx = match conn.transaction() {
        Ok(tx) => tx,
        Err(error) => {
            for job in batch.drain(..) {
                // Run nothing; tell every waiter the batch failed.
                let (_, finish) = job(&failing_connection());
                finish(Err(error.to_string()));
            }
            return;
        }
    };
    for job in batch.drain(..) {
        let savepoint_ok = tx.execute_batch("SAVEPOINT job").is_ok();
        let (keep, finish) = job(&tx);
        let ended = if keep && savepoint_ok {
            tx.execute_batch("RELEASE job")
        } else {
            tx.execute_batch("ROLLBACK TO job; RELEASE job")
        };
        if let Err(error) = ended {
            tracing::error!(%error, "savepoint failed");
        }
        finishers.push(finish);
    }
    let committed = tx.commit().map_err(|e| e.to_string());
    for finish in finishers {
        finish(committed.clone());
    }
}

/// A connection on which every statement fails, so jobs of a batch whose transaction could not
/// begin return errors without touching the real database.
fn failing_connection() -> Connection {
    Connection::open_in_memory().expect("an in-memory database always opens")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn jobs_commit_and_failures_roll_back_alone() {
        let dir = tempfile_dir();
        let (writer, thread) = Writer::open(&dir.join("t.db"), WriterPause::default()).unwrap();
        let mut handles = Vec::new();
        for i in 0..50i64 {
            let w = writer.clone();
            handles.push(tokio::spawn(async move {
                w.write(move |conn| {
                    conn.execute(
                        "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'k', '{}')",
                        [i],
                    )?;
                    Ok(if i % 10 == 0 { Err(()) } else { Ok(i) })
                })
                .await
            }));
        }
        for h in handles {
            h.await.unwrap().unwrap().ok();
        }
        let count: i64 = writer
            .write(|conn| {
                Ok(Ok::<i64, ()>(conn.query_row(
                    "SELECT count(*) FROM platform_events",
                    [],
                    |r| r.get(0),
                )?))
            })
            .await
            .unwrap()
            .unwrap();
        assert_eq!(count, 45, "the five failing jobs rolled back alone");
        drop(writer);
        thread.join();
    }

    fn tempfile_dir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("tellsafe-writer-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
