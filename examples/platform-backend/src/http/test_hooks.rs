//! TEST ONLY hooks, mounted with `--test-hooks`: move the clock forward, pause the writer, and
//! count in-flight intakes, so tests reach window ends and concurrency without sleeping.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::state::AppState;

/// Milliseconds in a day: appeal windows are whole days (core's `AppealWindow`).
const MILLIS_PER_DAY: i64 = 86_400_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    #[serde(default)]
    days: i64,
    #[serde(default)]
    seconds: i64,
}

#[derive(Debug, Deserialize)]
struct Pause {
    paused: bool,
}

/// The hook routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/test/advance-clock", post(advance))
        .route("/v1/test/pause-writer", post(pause))
        .route("/v1/test/in-flight", get(in_flight))
}

/// Moves the clock by `days` and `seconds`, then sweeps: every decided case whose appeal
/// window ended is closed with core's `appeal_window_ended`.
async fn advance(State(state): State<AppState>, Json(body): Json<Advance>) -> Json<Value> {
    let millis = body
        .days
        .saturating_mul(MILLIS_PER_DAY)
        .saturating_add(body.seconds.saturating_mul(1000));
    state.clock.advance_millis(millis);
    let now = state.clock.now();
    let closed = state
        .writer
        .write(move |conn| Ok(Ok::<usize, ()>(crate::case_history::sweep(conn, now)?)))
        .await
        .ok()
        .and_then(Result::ok);
    Json(json!({"server_time": now, "closed": closed}))
}

async fn pause(State(state): State<AppState>, Json(body): Json<Pause>) -> Json<Value> {
    state.writer_pause.set(body.paused);
    Json(json!({"paused": body.paused}))
}

async fn in_flight(State(state): State<AppState>) -> Json<Value> {
    let count = state.in_flight.lock().unwrap_or_else(|p| p.into_inner()).len();
    Json(json!({"in_flight": count}))
}
