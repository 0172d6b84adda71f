//! Shared server state.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::clock::Clock;
use crate::db::{Readers, Writer, WriterPause};
use crate::ratelimit::Limiter;
use tellsafe::sign::SigningKey;

use crate::signing::KeyTable;

/// Settings fixed at start-up.
#[derive(Debug, Clone)]
pub struct Config {
    /// Base URL clients sign `@target-uri` against, no trailing slash.
    pub base_url: String,
    /// Appeal window after a decision, in whole days (core's `AppealWindow`); each case keeps
    /// the window it was received with.
    pub appeal_window: tellsafe::status::AppealWindow,
    /// Largest accepted clock skew, in seconds.
    pub max_skew_secs: i64,
    /// Whether the `/v1/test/*` hooks are mounted.
    pub test_hooks: bool,
}

/// Everything a handler needs. Cheap to clone (an `Arc`).
#[derive(Debug, Clone)]
pub struct AppState(pub Arc<Inner>);

/// The state behind [`AppState`].
#[derive(Debug)]
pub struct Inner {
    /// Start-up settings.
    pub config: Config,
    /// The single writer.
    pub writer: Writer,
    /// Read connections.
    pub readers: Arc<Readers>,
    /// Server time.
    pub clock: Clock,
    /// DEMO auth: bearer token -> account id.
    pub accounts: HashMap<String, String>,
    /// DEMO auth: console token -> reviewer name.
    pub reviewers: HashMap<String, String>,
    /// Per signing-key rate limit.
    pub key_limiter: Limiter,
    /// Per account rate limit.
    pub account_limiter: Limiter,
    /// The backend's response-signing key.
    pub backend_key: SigningKey,
    /// Registered client keys (write-through cache of the `keys` table).
    pub keys: Arc<KeyTable>,
    /// (account, report id) pairs being stored right now, for 409 `in_progress`.
    pub in_flight: Mutex<HashSet<(String, String)>>,
    /// Test hook: holds the writer between batches.
    pub writer_pause: WriterPause,
    /// Staff roles, webhook endpoint and decision-API keys.
    pub governance: Arc<crate::governance::Governance>,
    /// Refused submissions per day and error code, until the next flush (`intake_counts`).
    pub intake_tally: crate::intake_counts::Tally,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Marks an (account, report id) pair in flight until dropped.
#[derive(Debug)]
pub struct InFlight {
    state: AppState,
    key: (String, String),
}

impl InFlight {
    /// Claims the pair; `None` if another request holds it.
    pub fn claim(state: &AppState, account: &str, report_id: &str) -> Option<InFlight> {
        let key = (account.to_owned(), report_id.to_owned());
        let mut set = state.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        set.insert(key.clone()).then(|| InFlight {
            state: state.clone(),
            key,
        })
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.state
            .in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.key);
    }
}
