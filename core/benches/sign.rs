//! Signing and verifying a 2 KiB report request against raw ring over the same bytes.
//!
//! Run: `cargo bench -p tellsafe --bench sign`. Besides criterion's numbers, prints the ratios
//! the issue sets targets for: sign_request / ring sign <= 1.5, verify_request (parse + base +
//! digest + verify; key lookup cached, nonce store excluded) / ring verify <= 1.3.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use criterion::{Criterion, criterion_group, criterion_main};
use tellsafe::Timestamp;
use tellsafe::sign::http::Request;
use tellsafe::sign::{
    Algorithm, DigestAlgorithm, ECDSA_P256_SHA256, ED25519, Expectation, KeyResolver, KeyStatus, Message,
    NonceCheck, NonceStore, Profile, PublicKey, SignOptions, SignatureInput, SigningKey, StoreError,
    Verifier, content_digest, idempotency_key_value, parse_signatures, sign_request, signature_base,
    signature_fields,
};

const T0: i64 = 1_800_000_000;

/// A resolver over one already-parsed key (the backend's cache hit).
struct Cached(PublicKey);

#[async_trait]
impl KeyResolver for Cached {
    async fn resolve(&self, _key_id: &str) -> Result<KeyStatus, StoreError> {
        Ok(KeyStatus::Active(self.0.clone()))
    }
}

/// Excludes the nonce store from the measurement.
struct NoNonceStore;

#[async_trait]
impl NonceStore for NoNonceStore {
    async fn check_and_insert(&self, _: &str, _: &str, _: i64, _: i64) -> Result<NonceCheck, StoreError> {
        Ok(NonceCheck::Fresh)
    }
}

fn report_request() -> Request {
    let mut req = Request::new("POST", "https://api.example.test/v1/reports").unwrap();
    req.headers.append("Content-Type", "application/json");
    req.headers
        .append("Authorization", "Bearer 0123456789abcdef0123456789abcdef");
    req.headers.append(
        "Idempotency-Key",
        idempotency_key_value("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b").unwrap(),
    );
    let filler = "x".repeat(2048 - 160);
    req.body = format!(
        r#"{{"id":"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b","category":"bullying","age_band":"10-12","text":"{filler}"}}"#
    )
    .into_bytes();
    req
}

struct Setup {
    key: SigningKey,
    unsigned: Request,
    signed: Request,
    base: Vec<u8>,
    signature: Vec<u8>,
    options: SignOptions,
}

fn setup(alg: &'static Algorithm) -> Setup {
    let key = SigningKey::generate(alg).unwrap();
    let unsigned = report_request();
    let options = SignOptions::new(Timestamp::from_unix_millis(T0 * 1000).unwrap(), "bench-nonce");
    let mut signed = unsigned.clone();
    pollster::block_on(sign_request(&mut signed, Profile::ClientRequest, &key, &options)).unwrap();
    let parsed = parse_signatures(&signed.headers).unwrap().remove(0);
    let base = signature_base(&Message::Request(&signed), &parsed.input)
        .unwrap()
        .into_bytes();
    Setup {
        key,
        unsigned,
        signed,
        base,
        signature: parsed.signature,
        options,
    }
}

fn sign_ours(s: &Setup) {
    let mut req = s.unsigned.clone();
    pollster::block_on(sign_request(&mut req, Profile::ClientRequest, &s.key, &s.options)).unwrap();
    black_box(req);
}

fn sign_raw(s: &Setup) {
    black_box(s.key.sign_bytes(black_box(&s.base)).unwrap());
}

fn verify_ours(s: &Setup, v: &Verifier<Cached, NoNonceStore>, now: Timestamp) {
    let expect = Expectation::Profile(Profile::ClientRequest);
    black_box(pollster::block_on(v.verify_request(black_box(&s.signed), expect, now)).unwrap());
}

fn verify_raw(s: &Setup) {
    assert!(
        s.key
            .public_key()
            .verify(black_box(&s.base), black_box(&s.signature))
    );
}

/// Mean time per call of a batch, best of several rounds: the machine is shared, so the
/// minimum is the estimate least disturbed by other work.
fn time(mut f: impl FnMut()) -> Duration {
    (0..7).map(|_| batch(&mut f)).min().unwrap()
}

const BATCH: u32 = 200;

fn batch(f: &mut impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..BATCH {
        f();
    }
    start.elapsed() / BATCH
}

/// Rounds of [`paired`]; every round's batch mean is kept for the JSON line's median and p99.
const ROUNDS: usize = 60;

/// Best batch of each of two functions, measured alternately so both see the same machine load,
/// and every batch mean of both (for `scripts/bench`).
fn paired(
    mut ours: impl FnMut(),
    mut raw: impl FnMut(),
) -> (Duration, Duration, Vec<Duration>, Vec<Duration>) {
    let (mut all_ours, mut all_raw) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
    for _ in 0..ROUNDS {
        all_ours.push(batch(&mut ours));
        all_raw.push(batch(&mut raw));
    }
    let best = |v: &[Duration]| v.iter().copied().min().unwrap();
    (best(&all_ours), best(&all_raw), all_ours, all_raw)
}

/// One JSON line for `scripts/bench` (its aggregator applies the budget): median and p99 of the
/// batch means of `ours`, against the median of `floor`, in microseconds.
fn emit_figure(id: &str, floor_label: &str, mut ours: Vec<Duration>, mut floor: Vec<Duration>) {
    ours.sort();
    floor.sort();
    let q = |v: &[Duration], p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e6;
    let line = serde_json::json!({
        "figure": id,
        "unit": "us",
        "median": q(&ours, 0.5),
        "p99": q(&ours, 0.99),
        "floor": q(&floor, 0.5),
        "floor_label": floor_label,
        "note": format!("{ROUNDS} rounds of {BATCH} calls each, alternating"),
    });
    println!("{line}");
}

fn bench(c: &mut Criterion) {
    let now = Timestamp::from_unix_millis((T0 + 5) * 1000).unwrap();
    let mut ratios = Vec::new();
    for (name, alg) in [("ed25519", &ED25519), ("p256", &ECDSA_P256_SHA256)] {
        let s = setup(alg);
        let verifier = Verifier::new(Cached(s.key.public_key().clone()), NoNonceStore);
        let mut group = c.benchmark_group(format!("sign/{name}"));
        group.bench_function("sign_request 2KiB report", |b| b.iter(|| sign_ours(&s)));
        group.bench_function("ring sign of the base", |b| b.iter(|| sign_raw(&s)));
        group.bench_function("verify_request 2KiB report", |b| {
            b.iter(|| verify_ours(&s, &verifier, now))
        });
        group.bench_function("ring verify of the base", |b| b.iter(|| verify_raw(&s)));
        group.finish();
        let (ours_s, raw_s, all_s, all_raw_s) = paired(|| sign_ours(&s), || sign_raw(&s));
        let (ours_v, raw_v, all_v, all_raw_v) = paired(|| verify_ours(&s, &verifier, now), || verify_raw(&s));
        emit_figure(
            &format!("sign_{name}"),
            "raw ring sign of the base",
            all_s,
            all_raw_s,
        );
        emit_figure(
            &format!("verify_{name}"),
            "raw ring verify of the base",
            all_v,
            all_raw_v,
        );
        ratios.push((name, ours_s, raw_s, ours_v, raw_v));
    }
    breakdown();
    println!("\nratios (best 200-call batch of 60, ours and ring alternating, same run):");
    for (name, ours_s, raw_s, ours_v, raw_v) in ratios {
        let rs = ours_s.as_secs_f64() / raw_s.as_secs_f64();
        let rv = ours_v.as_secs_f64() / raw_v.as_secs_f64();
        println!(
            "  {name:8} sign   {ours_s:>10.2?} vs ring {raw_s:>10.2?}  ratio {rs:.2} (target <= 1.5) {}",
            if rs <= 1.5 { "ok" } else { "OVER" }
        );
        println!(
            "  {name:8} verify {ours_v:>10.2?} vs ring {raw_v:>10.2?}  ratio {rv:.2} (target <= 1.3) {}",
            if rv <= 1.3 { "ok" } else { "OVER" }
        );
    }
}

/// Where the time of `sign_request` goes beyond the signature itself.
fn breakdown() {
    let s = setup(&ED25519);
    let parsed = parse_signatures(&s.signed.headers).unwrap().remove(0);
    let clone = time(|| {
        black_box(s.unsigned.clone());
    });
    let digest = time(|| {
        black_box(content_digest(
            black_box(&s.unsigned.body),
            DigestAlgorithm::Sha256,
        ));
    });
    let input = time(|| {
        black_box(SignatureInput::new(parsed.input.components.clone(), parsed.input.params.clone()).unwrap());
    });
    let base = time(|| {
        black_box(signature_base(&Message::Request(&s.signed), &parsed.input).unwrap());
    });
    let fields = time(|| {
        black_box(signature_fields("sig", &parsed.input, &parsed.signature).unwrap());
    });
    let parse = time(|| {
        black_box(parse_signatures(&s.signed.headers).unwrap());
    });
    println!(
        "\nbreakdown: clone {clone:.2?}, digest {digest:.2?}, input {input:.2?}, base {base:.2?}, fields {fields:.2?}, parse {parse:.2?}"
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
