//! CPU figures of issue 13, each next to its same-run floor (alternating samples):
//! - wizard `answer()` (budget 10 us) against cloning the session;
//! - cold `start()` (wizard from the embedded flow + one locale; budget 2 ms) against parsing the
//!   same flow and script JSON into `serde_json::Value`;
//! - report build + validate + serialize of a 2 KiB report with 500 non-Latin characters
//!   (budget 30 us) against `serde_json` serializing the same report;
//! - the CPU path of a submission (serialize, seal, digest, sign) against one raw ring Ed25519
//!   sign of the same signature base (budget ratio 1.5).
//!
//! `cargo bench -p tellsafe-bench --bench figures` prints one JSON line per figure.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Instant;

use ring::signature::{Ed25519KeyPair, KeyPair as _};
use tellsafe::Timestamp;
use tellsafe::flow::{Answer, EMBEDDED_FLOW, EMBEDDED_SCRIPTS};
use tellsafe::outbox::seal::Sealer;
use tellsafe::platform::OsRandom;
use tellsafe::sign::http::Request;
use tellsafe::sign::{
    ED25519, Message, Profile, SignOptions, SigningKey, idempotency_key_value, parse_signatures,
    sign_request, signature_base,
};
use tellsafe_bench::{Figure, Samples, context, evidence_for_2kib, non_latin_text, paired, report, wizard};

/// Rounds per side for microsecond figures (each the mean of a small batch).
const ROUNDS: usize = 400;
/// Calls per round for microsecond figures: long enough to dwarf the clock read, short enough
/// that a p99 still shows single disturbed calls.
const BATCH: u32 = 10;
/// Single `answer()` calls timed (each on a fresh clone of the session).
const ANSWER_CALLS: usize = 2000;
/// Rounds per side for the cold start (about a millisecond each).
const COLD_ROUNDS: usize = 150;

fn wizard_figures() {
    let wizard = wizard();
    let session = wizard.start(context()).expect("starts");
    let answer = Answer::Choose("wants_to_meet".into());
    // Each call answers a fresh clone of the same session (clone outside the timing); the
    // floor is the clone itself: copying the session state, which the answer then updates.
    let (mut ours, mut floor) = (
        Samples::with_capacity(ANSWER_CALLS),
        Samples::with_capacity(ANSWER_CALLS),
    );
    for _ in 0..ANSWER_CALLS {
        let mut s = session.clone();
        let a = answer.clone();
        let start = Instant::now();
        s.answer(a).expect("valid answer");
        ours.push(start.elapsed());
        black_box(s);
        let start = Instant::now();
        black_box(session.clone());
        floor.push(start.elapsed());
    }
    Figure::latency("wizard_answer", &ours, &floor, "Session::clone").emit();

    let (cold, parse) = paired(
        COLD_ROUNDS,
        1,
        || {
            black_box(wizard_fresh_start());
        },
        || {
            let f: serde_json::Value = serde_json::from_str(black_box(EMBEDDED_FLOW)).expect("json");
            let s: serde_json::Value = serde_json::from_str(black_box(EMBEDDED_SCRIPTS)).expect("json");
            black_box((f, s));
        },
    );
    Figure::latency(
        "wizard_cold_start",
        &cold,
        &parse,
        "serde_json::Value parse of flow + scripts",
    )
    .emit();
}

fn wizard_fresh_start() -> tellsafe::flow::Session {
    wizard().start(context()).expect("starts")
}

fn report_figure() {
    let text = non_latin_text();
    let evidence = evidence_for_2kib(&text);
    let built = report(1, &text, evidence);
    let value = serde_json::to_value(&built).expect("report serializes");
    let len = built.to_json().expect("serializes").len();
    let mut n = 0u64;
    let (ours, floor) = paired(
        ROUNDS,
        BATCH,
        || {
            n += 1;
            let r = report(n, black_box(&text), evidence);
            black_box(r.to_json().expect("serializes"));
        },
        || {
            black_box(serde_json::to_string(black_box(&value)).expect("serializes"));
        },
    );
    Figure::latency(
        "report_build",
        &ours,
        &floor,
        "serde_json::to_string of the same report",
    )
    .note(format!(
        "{len} bytes JSON, {} non-Latin chars",
        text.chars().count()
    ))
    .emit();
}

const URL: &str = "https://api.example.test/v1/reports";

fn request(body: Vec<u8>) -> Request {
    let mut req = Request::new("POST", URL).expect("valid url");
    req.headers.append("Content-Type", "application/json");
    req.headers
        .append("Authorization", "Bearer 0123456789abcdef0123456789abcdef");
    req.headers.append(
        "Idempotency-Key",
        idempotency_key_value("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b").expect("valid key"),
    );
    req.body = body;
    req
}

fn cpu_path_figure() {
    let text = non_latin_text();
    let built = report(1, &text, evidence_for_2kib(&text));
    let key = SigningKey::generate(&ED25519).expect("key");
    let options = SignOptions::new(
        Timestamp::from_unix_millis(1_800_000_000_000).expect("valid time"),
        "bench-nonce",
    );
    let sealer = Sealer::new(&[3u8; 32]);
    let random = OsRandom::new();
    // The signature base of the signed request: what raw ring signs in the floor.
    let mut signed = request(built.to_json().expect("serializes").into_bytes());
    pollster::block_on(sign_request(&mut signed, Profile::ClientRequest, &key, &options)).expect("signs");
    let parsed = parse_signatures(&signed.headers).expect("parses").remove(0);
    let base = signature_base(&Message::Request(&signed), &parsed.input)
        .expect("base")
        .into_bytes();
    let rng = ring::rand::SystemRandom::new();
    let raw =
        Ed25519KeyPair::from_pkcs8(Ed25519KeyPair::generate_pkcs8(&rng).expect("key").as_ref()).expect("key");
    black_box(raw.public_key());
    let (ours, floor) = paired(
        ROUNDS,
        BATCH,
        || {
            let body = built.to_json().expect("serializes");
            let record = sealer.seal("o1", body.as_bytes(), &random).expect("seals");
            let mut req = request(body.into_bytes());
            pollster::block_on(sign_request(&mut req, Profile::ClientRequest, &key, &options))
                .expect("signs");
            black_box((record, req));
        },
        || {
            black_box(raw.sign(black_box(&base)));
        },
    );
    Figure::latency("cpu_path", &ours, &floor, "raw ring Ed25519 sign of the base")
        .note(format!(
            "serialize + seal + digest + sign, {} bytes body",
            signed.body.len()
        ))
        .emit();
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument picks figures by substring.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if wants("wizard") {
        wizard_figures();
    }
    if wants("report_build") {
        report_figure();
    }
    if wants("cpu_path") {
        cpu_path_figure();
    }
}
