//! TEST ONLY hooks, mounted with `--test-hooks`: move the clock forward, pause the writer, and
//! count in-flight intakes, so tests reach window ends and concurrency without sleeping.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::state::AppState;

#[derive(Debug, Deserialize)]
struct Advance {
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

async fn advance(State(state): State<AppState>, Json(body): Json<Advance>) -> Json<Value> {
    state.clock.advance_millis(body.seconds.saturating_mul(1000));
    Json(json!({"server_time": state.clock.now()}))
}

async fn pause(State(state): State<AppState>, Json(body): Json<Pause>) -> Json<Value> {
    state.writer_pause.set(body.paused);
    Json(json!({"paused": body.paused}))
}

async fn in_flight(State(state): State<AppState>) -> Json<Value> {
    let count = state.in_flight.lock().unwrap_or_else(|p| p.into_inner()).len();
    Json(json!({"in_flight": count}))
}
