//! Network faults the client's fault transport cannot fake, on real sockets: TLS to a plain or
//! self-signed server, an unresolvable host, responses cut by a proxy (after the backend
//! committed), and a backend SIGKILLed and restarted under load. Each time, every report the
//! SDK accepted is delivered exactly once, none lost, once the network is whole again.

#![allow(clippy::unwrap_used, reason = "tests: a panic is a failed test")]

use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use tellsafe::flow::NotifyPreference;
use tellsafe::sign::{Algorithm, PublicKey};
use tellsafe_e2e::Backend;
use tellsafe_e2e::client::{Client, Options, Remote, flush_all, open_client_at, report};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
/// Rate limits high enough for the load run.
const NO_LIMITS: [&str; 4] = [
    "--rate-per-key-per-minute",
    "1000000",
    "--rate-per-account-per-minute",
    "1000000",
];
/// Accounts of the restart run, one client each.
const ACCOUNTS: [&str; 4] = ["alice", "bob", "carol", "dave"];
/// Reports each client has queued when the load starts.
const REPORTS_PER_CLIENT: usize = 30;
/// Responses the proxy passes before the backend is killed: about a third of the load.
const KILL_AFTER_RESPONSES: usize = 40;
/// The HTTP/1.1 status-line prefix the proxy counts responses by.
const STATUS_LINE: &[u8] = b"HTTP/1.1 ";
/// Proxy read buffer.
const PROXY_BUF: usize = 16 * 1024;

/// How the proxy spoils one connection's first response.
#[derive(Debug, Clone, Copy)]
enum Cut {
    /// Headers and one byte of the body, then the connection closes.
    AfterHeaders,
    /// The first 12 bytes of the status line, then close.
    MidStatusLine,
    /// The backend answered; nothing of it is passed on.
    NoAnswer,
}

/// A TCP proxy in front of the backend whose target can move (a restarted backend) and which
/// cuts the first response of the next connections as planned.
struct Proxy {
    base: String,
    target: Arc<Mutex<SocketAddr>>,
    cuts: Arc<Mutex<VecDeque<Cut>>>,
    cut_done: Arc<AtomicUsize>,
    responses: watch::Receiver<usize>,
}

impl Proxy {
    async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let target = Arc::new(Mutex::new(target));
        let cuts = Arc::new(Mutex::new(VecDeque::new()));
        let cut_done = Arc::new(AtomicUsize::new(0));
        let (tx, responses) = watch::channel(0usize);
        let tx = Arc::new(tx);
        let (t, c, d) = (target.clone(), cuts.clone(), cut_done.clone());
        tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                let to = *t.lock().unwrap();
                let cut = c.lock().unwrap().pop_front();
                tokio::spawn(relay(conn, to, cut, d.clone(), tx.clone()));
            }
        });
        Proxy {
            base,
            target,
            cuts,
            cut_done,
            responses,
        }
    }

    fn retarget(&self, to: SocketAddr) {
        *self.target.lock().unwrap() = to;
    }
}

async fn relay(
    client: TcpStream,
    to: SocketAddr,
    cut: Option<Cut>,
    cut_done: Arc<AtomicUsize>,
    responses: Arc<watch::Sender<usize>>,
) {
    // Backend down: the client's connection closes unanswered.
    let Ok(upstream) = TcpStream::connect(to).await else {
        return;
    };
    let (mut cr, mut cw) = client.into_split();
    let (mut ur, mut uw) = upstream.into_split();
    let up = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut cr, &mut uw).await;
        let _ = uw.shutdown().await;
    });
    let mut buf = vec![0u8; PROXY_BUF];
    match cut {
        None => loop {
            let n = match ur.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let seen = buf[..n]
                .windows(STATUS_LINE.len())
                .filter(|w| *w == STATUS_LINE)
                .count();
            responses.send_modify(|c| *c += seen);
            if cw.write_all(&buf[..n]).await.is_err() {
                break;
            }
        },
        Some(cut) => {
            let mut got = Vec::new();
            let head_end = loop {
                if let Some(at) = got.windows(4).position(|w| w == b"\r\n\r\n") {
                    if got.len() > at + 4 {
                        break at + 4;
                    }
                }
                match ur.read(&mut buf).await {
                    Ok(0) | Err(_) => break got.len().saturating_sub(1),
                    Ok(n) => got.extend_from_slice(&buf[..n]),
                }
            };
            let keep = match cut {
                Cut::AfterHeaders => head_end + 1,
                Cut::MidStatusLine => 12,
                Cut::NoAnswer => 0,
            };
            let _ = cw.write_all(&got[..keep.min(got.len())]).await;
            cut_done.fetch_add(1, Ordering::SeqCst);
        }
    }
    up.abort();
}

/// A backend process on a database that outlives it (so it can be restarted).
struct Server {
    child: Child,
    addr: SocketAddr,
    public_key: PublicKey,
}

impl Server {
    fn spawn(db: &Path, public_base: &str) -> Server {
        let stderr = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(db.with_extension("stderr"))
            .unwrap();
        let mut args = vec!["--listen", "127.0.0.1:0", "--public-base-url", public_base];
        args.extend_from_slice(&NO_LIMITS);
        let mut cmd = Command::new(EXE);
        cmd.args(&args).arg("--db").arg(db);
        for account in ACCOUNTS {
            cmd.arg("--demo-account")
                .arg(format!("{account}:token-{account}"));
        }
        let mut child = cmd
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut public_key = None;
        let addr = loop {
            let line = lines.next().expect("backend exited before listening").unwrap();
            if let Some(rest) = line.strip_prefix("backend public key (") {
                let (alg, key) = rest.split_once(", pin this in clients): ").unwrap();
                let raw = base64::engine::general_purpose::STANDARD
                    .decode(key.trim())
                    .unwrap();
                public_key = Some(PublicKey::from_raw(Algorithm::from_name(alg).unwrap(), &raw).unwrap());
            }
            // "listening on PUBLIC_BASE (bound ADDR)": the public base is the proxy's.
            if let Some((_, bound)) = line.split_once("(bound ") {
                break bound.trim_end_matches(')').parse().unwrap();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            addr,
            public_key: public_key.unwrap(),
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Every (account, report id) row on the server.
fn server_rows(db: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn.prepare("SELECT account_id, report_id FROM reports").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The server holds exactly `ids` for `account`, each once.
fn assert_exactly_once(rows: &[(String, String)], account: &str, ids: &[uuid::Uuid]) {
    let mine: Vec<&String> = rows
        .iter()
        .filter(|(a, _)| a == account)
        .map(|(_, id)| id)
        .collect();
    let distinct: HashSet<&String> = mine.iter().copied().collect();
    assert_eq!(mine.len(), distinct.len(), "{account}: duplicates on the server");
    let want: HashSet<String> = ids.iter().map(uuid::Uuid::to_string).collect();
    assert_eq!(
        distinct,
        want.iter().collect(),
        "{account}: server set != accepted set"
    );
}

async fn submit(client: &Client, text: &str) -> uuid::Uuid {
    client
        .sdk
        .submit(&report("bullying", text), NotifyPreference::DontNotify, &[])
        .await
        .unwrap()
        .id
}

/// One flush against an unusable backend: nothing delivered, the report stays pending (not
/// parked or quarantined: the network is at fault, not the report), a retry is scheduled.
async fn flush_fails_softly(client: &Client, what: &str, pending: usize) {
    let summary = client.sdk.flush().await.unwrap();
    assert!(
        summary.delivered.is_empty(),
        "{what}: delivered through a broken network"
    );
    assert!(summary.next_attempt_at.is_some(), "{what}: no retry scheduled");
    let health = client.sdk.delivery_health();
    assert_eq!(
        (health.pending, health.parked, health.quarantined),
        (pending, 0, 0),
        "{what}: {health:?}"
    );
    assert!(
        client.transport.statuses("POST", "/v1/").iter().all(|s| *s == 0),
        "{what}: got an HTTP answer"
    );
}

/// A self-signed TLS server (`openssl s_server`) on a free loopback port; returns its URL.
fn self_signed_server(dir: &Path) -> (Child, String) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "1",
        ])
        .args([
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new("openssl")
        .args(["s_server", "-www", "-accept"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("-cert")
        .arg(&cert)
        .arg("-key")
        .arg(&key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // s_server prints ACCEPT once it listens.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(
        lines.any(|l| l.is_ok_and(|l| l.starts_with("ACCEPT"))),
        "openssl s_server did not start"
    );
    std::thread::spawn(move || for _ in lines {});
    (child, format!("https://localhost:{port}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_and_dns_failures_keep_reports_until_the_backend_is_reachable() {
    let backend = Backend::start(EXE, &[]);
    let dir = tempfile::tempdir().unwrap();
    let certs = tempfile::tempdir().unwrap();
    let (mut tls, tls_url) = self_signed_server(certs.path());
    let plain_as_https = backend.base.replacen("http://", "https://", 1);
    let broken = [
        ("https to a plain HTTP server", plain_as_https),
        ("a self-signed certificate", tls_url),
        (
            "an unresolvable host",
            "https://tellsafe-backend.invalid".to_owned(),
        ),
    ];
    let options = Options::new("alice", "token-alice");
    let mut accepted = Vec::new();
    for (what, base) in &broken {
        let remote = Remote {
            base: base.clone(),
            public_key: backend.public_key.clone(),
        };
        let client = open_client_at(&remote, dir.path(), &options).await;
        accepted.push(submit(&client, what).await);
        flush_fails_softly(&client, what, accepted.len()).await;
    }
    let _ = tls.kill();
    let _ = tls.wait();
    assert!(
        tellsafe_e2e::client::server_reports(&backend).is_empty(),
        "nothing got through"
    );
    // The app is pointed at the right backend: every queued report arrives, once.
    let remote = Remote {
        base: backend.base.clone(),
        public_key: backend.public_key.clone(),
    };
    let client = open_client_at(&remote, dir.path(), &options).await;
    let mut delivered = flush_all(&client).await;
    delivered.sort();
    accepted.sort();
    assert_eq!(delivered, accepted);
    assert_exactly_once(
        &tellsafe_e2e::client::server_reports(&backend),
        "alice",
        &accepted,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_responses_deliver_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tellsafe.db");
    // The proxy's address is the public base URL clients sign; it learns the backend's later.
    let proxy = Proxy::start("127.0.0.1:9".parse().unwrap()).await;
    let server = Server::spawn(&db, &proxy.base);
    proxy.retarget(server.addr);
    let planned = [Cut::AfterHeaders, Cut::MidStatusLine, Cut::NoAnswer];
    proxy.cuts.lock().unwrap().extend(planned.iter().cycle().take(9));
    let remote = Remote {
        base: proxy.base.clone(),
        public_key: server.public_key.clone(),
    };
    let client_dir = tempfile::tempdir().unwrap();
    let client = open_client_at(&remote, client_dir.path(), &Options::new("alice", "token-alice")).await;
    let mut accepted = Vec::new();
    for i in 0..5 {
        accepted.push(submit(&client, &format!("truncated {i}")).await);
    }
    let mut delivered = flush_all(&client).await;
    assert_eq!(
        proxy.cut_done.load(Ordering::SeqCst),
        9,
        "every planned cut happened"
    );
    delivered.sort();
    accepted.sort();
    assert_eq!(delivered, accepted);
    assert_exactly_once(&server_rows(&db), "alice", &accepted);
    let health = client.sdk.delivery_health();
    assert_eq!(
        (health.pending, health.parked, health.quarantined),
        (0, 0, 0),
        "{health:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backend_restart_under_load_delivers_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tellsafe.db");
    let mut proxy = Proxy::start("127.0.0.1:9".parse().unwrap()).await;
    let mut server = Server::spawn(&db, &proxy.base);
    proxy.retarget(server.addr);
    let remote = Remote {
        base: proxy.base.clone(),
        public_key: server.public_key.clone(),
    };
    let mut clients = Vec::new();
    let mut accepted = Vec::new();
    let dirs: Vec<tempfile::TempDir> = ACCOUNTS.iter().map(|_| tempfile::tempdir().unwrap()).collect();
    for (account, cdir) in ACCOUNTS.iter().zip(&dirs) {
        let client = open_client_at(
            &remote,
            cdir.path(),
            &Options::new(account, &format!("token-{account}")),
        )
        .await;
        let mut ids = Vec::new();
        for i in 0..REPORTS_PER_CLIENT {
            ids.push(submit(&client, &format!("load {i}")).await);
        }
        clients.push(Arc::new(client));
        accepted.push(ids);
    }
    // Load: every client flushes at once; the backend is SIGKILLed mid-way.
    let tasks: Vec<_> = clients
        .iter()
        .map(|c| {
            let c = c.clone();
            tokio::spawn(async move { c.sdk.flush().await.unwrap().delivered })
        })
        .collect();
    proxy
        .responses
        .wait_for(|n| *n >= KILL_AFTER_RESPONSES)
        .await
        .unwrap();
    server.kill();
    let mut before_kill = Vec::new();
    for task in tasks {
        before_kill.push(task.await.unwrap());
    }
    // Acknowledged before the kill means durable: the killed backend's database has them.
    let rows = server_rows(&db);
    let stored: HashSet<&String> = rows.iter().map(|(_, id)| id).collect();
    let acked: usize = before_kill.iter().map(Vec::len).sum();
    assert!(acked > 0, "the kill landed after some deliveries");
    assert!(
        acked < ACCOUNTS.len() * REPORTS_PER_CLIENT,
        "the kill landed before the end of the load"
    );
    for id in before_kill.iter().flatten() {
        assert!(
            stored.contains(&id.to_string()),
            "acknowledged report {id} lost by the kill"
        );
    }
    // Restart on the same database and key; the proxy keeps the clients' URL.
    server = Server::spawn(&db, &proxy.base);
    proxy.retarget(server.addr);
    let finishing: Vec<_> = clients
        .iter()
        .map(|c| {
            let c = c.clone();
            tokio::spawn(async move { flush_all(&c).await })
        })
        .collect();
    let mut after = Vec::new();
    for task in finishing {
        after.push(task.await.unwrap());
    }
    let rows = server_rows(&db);
    for (i, account) in ACCOUNTS.iter().enumerate() {
        let mut delivered: Vec<uuid::Uuid> = before_kill[i].iter().chain(&after[i]).copied().collect();
        delivered.sort();
        let mut want = accepted[i].clone();
        want.sort();
        assert_eq!(
            delivered, want,
            "{account}: each report acknowledged once to the client"
        );
        assert_exactly_once(&rows, account, &accepted[i]);
        let health = clients[i].sdk.delivery_health();
        assert_eq!(
            (health.pending, health.parked, health.quarantined),
            (0, 0, 0),
            "{account}: {health:?}"
        );
    }
    let _ = proxy.responses.borrow_and_update();
    eprintln!(
        "restart under load: {} reports, {acked} acknowledged before the SIGKILL, the rest after the restart",
        ACCOUNTS.len() * REPORTS_PER_CLIENT
    );
}
