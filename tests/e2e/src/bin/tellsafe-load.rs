//! Load generator (loopback only, bounded in count and time): spawns the backend with raised
//! rate limits and a temp database, registers 50 keys, and sends signed Report v1 submissions
//! from 50 concurrent clients. Prints verified + durably stored reports per second and p50/p99,
//! next to the same-run floor: ring verify + sign + one batched SQLite insert per report.
//!
//! `cargo run --release -p tellsafe-e2e --bin tellsafe-load -- [TOTAL]`

#![allow(clippy::print_stdout, reason = "a benchmark prints its numbers")]

use std::time::{Duration, Instant};

use tellsafe::sign::http::{Request, Response};
use tellsafe_e2e::{Backend, Install, nonce, report_body, response_verifies, send};

/// A request signed before the timed phase: headers and body.
type Prepared = (Vec<(String, String)>, Vec<u8>);
/// An answer as received (status, headers, body), its signature checked after the timed phase.
type Received = (u16, reqwest::header::HeaderMap, Vec<u8>);

/// Whether `answer` is a 201 whose receipt signature verifies with the backend's key.
fn stored_and_signed(key: &tellsafe::sign::PublicKey, url: &str, answer: &Received) -> bool {
    let (status, headers, body) = answer;
    let mut response = Response::new(*status);
    for (name, value) in headers {
        if let Ok(value) = value.to_str() {
            response.headers.append(name.as_str(), value);
        }
    }
    response.body.clone_from(body);
    *status == 201
        && Request::new("POST", url)
            .map(|request| response_verifies(key, &request, &response))
            .unwrap_or(false)
}

/// Concurrent clients, each with its own key.
const CLIENTS: usize = 50;
/// Default number of reports sent in total.
const DEFAULT_TOTAL: usize = 10_000;
/// The run stops after this long whatever the count.
const MAX_RUN: Duration = Duration::from_secs(60);

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn floor(total: usize) -> f64 {
    use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut conn = platform_backend::db::open(&dir.path().join("floor.db"), false).expect("db");
    platform_backend::db::migrations::migrate(&mut conn).expect("migrate");
    let rng = ring::rand::SystemRandom::new();
    let client =
        Ed25519KeyPair::from_pkcs8(Ed25519KeyPair::generate_pkcs8(&rng).expect("key").as_ref()).expect("key");
    let server =
        Ed25519KeyPair::from_pkcs8(Ed25519KeyPair::generate_pkcs8(&rng).expect("key").as_ref()).expect("key");
    let bodies: Vec<Vec<u8>> = (0..total)
        .map(|_| report_body(&uuid::Uuid::now_v7(), "bullying", "x"))
        .collect();
    let signed: Vec<_> = bodies.iter().map(|b| client.sign(b)).collect();
    let start = Instant::now();
    for (chunk, sig_chunk) in bodies.chunks(256).zip(signed.chunks(256)) {
        let tx = conn.transaction().expect("tx");
        for (body, sig) in chunk.iter().zip(sig_chunk) {
            UnparsedPublicKey::new(&ED25519, client.public_key().as_ref())
                .verify(body, sig.as_ref())
                .expect("verifies");
            let receipt_sig = server.sign(
                tellsafe::sign::content_digest(body, tellsafe::sign::DigestAlgorithm::Sha256).as_bytes(),
            );
            tx.execute(
                "INSERT INTO platform_events (at, kind, payload) VALUES (?1, 'floor', ?2)",
                rusqlite::params![receipt_sig.as_ref().len() as i64, body],
            )
            .expect("insert");
        }
        tx.commit().expect("commit");
    }
    total as f64 / start.elapsed().as_secs_f64()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(DEFAULT_TOTAL);
    let exe = std::env::current_exe()
        .expect("own path")
        .with_file_name("e2e-backend");
    let mut backend = Backend::start_logging(
        exe.to_str().expect("utf-8 path"),
        &[
            "--rate-per-key-per-minute",
            "1000000",
            "--rate-per-account-per-minute",
            "1000000",
        ],
        "info",
    );
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .expect("client");
    let mut installs = Vec::new();
    for _ in 0..CLIENTS {
        let install = Install::new("token-alice");
        let url = format!("{}/v1/keys", backend.base);
        let body = install.registration();
        let headers = install.headers("POST", &url, Some(&body), None, &nonce());
        let answer = send(&http, &backend.public_key, "POST", &url, &headers, Some(body)).await;
        assert_eq!(answer.status, 201, "registration failed: {}", answer.body);
        installs.push(install);
    }
    let per_client = total / CLIENTS;
    // Sign every request before the clock starts: the generator shares the cores with the
    // server, and its own signing would otherwise be counted against the server.
    let url = format!("{}/v1/reports", backend.base);
    let prepared: Vec<Vec<Prepared>> = installs
        .iter()
        .map(|install| {
            (0..per_client)
                .map(|_| {
                    let id = uuid::Uuid::now_v7();
                    let body = report_body(&id, "bullying", "load");
                    let headers = install.headers("POST", &url, Some(&body), Some(&id.to_string()), &nonce());
                    (headers, body)
                })
                .collect()
        })
        .collect();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for requests in prepared {
        let (http, url) = (http.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_client);
            let mut answers: Vec<Received> = Vec::with_capacity(per_client);
            for (headers, body) in requests {
                if started.elapsed() > MAX_RUN {
                    break;
                }
                let t = Instant::now();
                let mut request = http.post(&url).body(body);
                for (name, value) in &headers {
                    request = request.header(name, value);
                }
                let answer = request.send().await.expect("request sent");
                let status = answer.status().as_u16();
                let headers = answer.headers().clone();
                let body = answer.bytes().await.expect("body read").to_vec();
                latencies.push(t.elapsed());
                answers.push((status, headers, body));
            }
            (latencies, answers)
        }));
    }
    let mut latencies = Vec::new();
    let mut answers = Vec::new();
    for task in tasks {
        let (l, a) = task.await.expect("client task");
        latencies.extend(l);
        answers.extend(a);
    }
    let elapsed = started.elapsed();
    // Receipts are verified after the clock stops, for the reason requests are signed before it
    // starts: the generator shares the cores with the server, and an ed25519 verify per receipt
    // inside the timed phase was counted against the server. Every receipt is still verified.
    let failures = answers
        .iter()
        .filter(|a| !stored_and_signed(&backend.public_key, &url, a))
        .count();
    latencies.sort();
    let stored = latencies.len() - failures;
    let _ = backend.stop();
    let floor_rate = floor(stored.max(1000));
    println!(
        "clients: {CLIENTS}, reports: {stored} stored (201, signed receipt verified), {failures} failed"
    );
    println!(
        "throughput: {:.0} reports/s over {:.2}s",
        stored as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    println!(
        "latency: p50 {:.1} ms, p99 {:.1} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3
    );
    println!(
        "floor (same run, one thread: ring verify + sign + batched SQLite insert): {floor_rate:.0} reports/s"
    );
}
