//! End-to-end: the backend binary driven over HTTP with real signed requests.

#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use serde_json::{Value, json};
use tellsafe_e2e::{Answer, Harness, Install, conforms, decision, nonce, report_body, send};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const REVIEWER: &str = "Bearer reviewer-token";
const CANARY: &str = "CANARY-7f3a-do-not-log";

/// The shared harness plus this suite's reviewer, hook and error helpers.
struct Ctx(Harness);

tellsafe_e2e::harness_deref!(Ctx, 0);

impl Ctx {
    fn start(extra: &[&str]) -> Ctx {
        Ctx(Harness::with_hooks(EXE, extra))
    }

    async fn reviewer(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        self.staff(REVIEWER, method, path, body).await
    }

    fn error(&self, answer: &Answer, status: u16, code: &str) {
        assert_eq!(answer.status, status, "{}", answer.body);
        assert_eq!(answer.body["code"], code);
        assert!(answer.signed, "error responses are signed");
        conforms("Error", &answer.body);
    }
}

/// The status body parses as core's types: the history replays through core's machine and
/// the child status passes core's checks.
fn core_status(body: &Value) -> (tellsafe::status::History, tellsafe::status::ChildStatus) {
    (
        serde_json::from_value(body["history"].clone()).unwrap(),
        serde_json::from_value(body["child_status"].clone()).unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn happy_path_lifecycle_appeal_and_audit() {
    let mut ctx = Ctx::start(&["--appeal-window-days", "1"]);
    let alice = Install::new("token-alice");
    let reg = ctx.register(&alice).await;
    assert_eq!(reg.status, 201, "{}", reg.body);
    assert!(reg.signed);
    assert_eq!(
        ctx.register(&alice).await.status,
        200,
        "re-registration is idempotent"
    );

    let id = uuid::Uuid::now_v7();
    let body = report_body(&id, "bullying", CANARY);
    let created = ctx.submit(&alice, &id, &body).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert!(created.signed);
    conforms("Receipt", &created.body);
    assert_eq!(created.body["report_id"], id.to_string());

    // Same id and body: the stored receipt, re-signed, 200.
    let again = ctx.submit(&alice, &id, &body).await;
    assert_eq!(again.status, 200);
    assert!(again.signed);
    assert_eq!(again.body, created.body);
    // Same id, other body.
    let other = report_body(&id, "bullying", "different");
    ctx.error(
        &ctx.submit(&alice, &id, &other).await,
        422,
        "idempotency_mismatch",
    );

    // A new install of the same account reads the status; another account cannot.
    let alice2 = Install::new("token-alice");
    ctx.register(&alice2).await;
    let path = format!("/v1/reports/{id}/status");
    let status = ctx.signed(&alice2, "GET", &path, None, None).await;
    assert_eq!(status.status, 200, "{}", status.body);
    conforms("Status", &status.body);
    assert_eq!(status.body["state"], "received");
    let bob = Install::new("token-bob");
    ctx.register(&bob).await;
    ctx.error(
        &ctx.signed(&bob, "GET", &path, None, None).await,
        404,
        "not_found",
    );

    // Console: queue, start review, ask, answer, decide.
    let queue = ctx.reviewer("GET", "/v1/console/queue", None).await;
    let case_id = queue.body["cases"][0]["case_id"].as_i64().unwrap();
    let case = format!("/v1/console/cases/{case_id}");
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/start-review"), None)
            .await
            .status,
        200
    );
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    assert_eq!(
        (s.body["state"].as_str(), s.body["child_status"]["kind"].as_str()),
        (Some("in_review"), Some("looking_at_it"))
    );
    assert!(
        s.body["child_status"]["expected_by"].is_string(),
        "a time is promised while the platform owes an answer"
    );

    let q = json!({"questions": ["when_did_it_start"]});
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/question"), Some(q))
            .await
            .status,
        200
    );
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    conforms("Status", &s.body);
    assert_eq!(s.body["child_status"]["kind"], "need_to_ask_you");
    assert_eq!(s.body["open_questions"], json!(["when_did_it_start"]));
    // Free-text questions to a child are refused by core's question id rules.
    let free_text = json!({"questions": ["How are you feeling?"]});
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/question"), Some(free_text))
            .await
            .status,
        422
    );
    let answer = json!({"question_id": "when_did_it_start", "answer": ["this_week"]})
        .to_string()
        .into_bytes();
    let info = ctx
        .signed(
            &alice,
            "POST",
            &format!("/v1/reports/{id}/info"),
            Some(&answer),
            None,
        )
        .await;
    assert_eq!(info.status, 200, "{}", info.body);
    assert_eq!(info.body["state"], "in_review");

    // A decision without the Art. 17 fields is refused.
    let incomplete = json!({"actions": ["remove"]});
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/decide"), Some(incomplete))
            .await
            .status,
        422
    );
    assert_eq!(
        ctx.reviewer(
            "POST",
            &format!("{case}/decide"),
            Some(decision(&["remove", "warn"]))
        )
        .await
        .status,
        200
    );
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    conforms("Status", &s.body);
    let (history, child) = core_status(&s.body);
    assert_eq!(child.kind, tellsafe::status::ChildStatusKind::Decided);
    assert_eq!(
        s.body["child_status"]["outcomes"],
        json!(["removed", "warned"]),
        "core's outcome codes"
    );
    assert_eq!(history.state().kind(), tellsafe::status::StateKind::Decided);
    assert_eq!(s.body["can_appeal"], true);
    assert_eq!(
        s.body["appeal_deadline"],
        json!(history.state().appeal_window_end()),
        "the deadline is core's window end"
    );
    assert!(
        !s.body.to_string().contains("Bullying messages"),
        "moderator text never reaches the child"
    );

    // Appeal once, within the window.
    let appeal_path = format!("/v1/reports/{id}/appeal");
    let appeal = json!({"reason": "disagree"}).to_string().into_bytes();
    let a = ctx
        .signed(&alice, "POST", &appeal_path, Some(&appeal), None)
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body["state"], "appealed");
    ctx.error(
        &ctx.signed(&alice, "POST", &appeal_path, Some(&appeal), None)
            .await,
        409,
        "invalid_state",
    );
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/decide"), Some(decision(&["none"])))
            .await
            .status,
        200
    );
    ctx.error(
        &ctx.signed(&alice, "POST", &appeal_path, Some(&appeal), None)
            .await,
        409,
        "appeal_already_made",
    );

    // The window ends: Closed follows it (no manual close), then a revision.
    ctx.hook("/v1/test/advance-clock", json!({"days": 1})).await;
    alice_offset_sign(&ctx, &alice).await;
    let mut alice = alice;
    alice.clock_offset = 24 * 3600;
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    assert_eq!(s.body["state"], "closed", "{}", s.body);
    assert_eq!(s.body["can_appeal"], false);
    let (history, _) = core_status(&s.body);
    assert_eq!(
        history.events().last().map(|e| e.kind()),
        Some(tellsafe::status::EventKind::AppealWindowEnded),
        "closed only by the window's end"
    );
    // A decision cannot be made on a closed case without a revision.
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/decide"), Some(decision(&["remove"])))
            .await
            .status,
        409
    );
    assert_eq!(
        ctx.reviewer(
            "POST",
            &format!("{case}/revise"),
            Some(json!({"reason": "new_evidence"}))
        )
        .await
        .status,
        200
    );
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    assert_eq!(s.body["child_status"]["kind"], "looked_again");
    assert_eq!(
        ctx.reviewer("POST", &format!("{case}/decide"), Some(decision(&["remove"])))
            .await
            .status,
        200
    );
    let s = ctx.signed(&alice, "GET", &path, None, None).await;
    conforms("Status", &s.body);
    assert_eq!(s.body["child_status"]["kind"], "looked_again");
    assert_eq!(s.body["child_status"]["outcomes"], json!(["removed"]));
    assert_eq!(
        s.body["can_appeal"], true,
        "a decision on revision is appealable once"
    );

    // Audit chain: intact, then tampered.
    let stderr = ctx.backend.stop();
    assert!(
        !stderr.contains(CANARY),
        "report free text must never reach the logs"
    );
    assert!(stderr.contains("report received"), "logs were captured");
    let out = std::process::Command::new(EXE)
        .args(["audit-verify", "--db"])
        .arg(ctx.backend.db())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let conn = rusqlite::Connection::open(ctx.backend.db()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'reviewer:mallory' WHERE seq = 3;",
    )
    .unwrap();
    drop(conn);
    let out = std::process::Command::new(EXE)
        .args(["audit-verify", "--db"])
        .arg(ctx.backend.db())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("row 3"));
}

/// After the server clock moved, an unadjusted client is told the server time (clock_skew).
async fn alice_offset_sign(ctx: &Ctx, alice: &Install) {
    let a = ctx
        .signed(
            alice,
            "GET",
            "/v1/reports/00000000-0000-0000-0000-000000000000/status",
            None,
            None,
        )
        .await;
    ctx.error(&a, 400, "clock_skew");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_intake_error_class() {
    let ctx = Ctx::start(&["--rate-per-key-per-minute", "12"]);
    let alice = Install::new("token-alice");
    let id = uuid::Uuid::now_v7();
    let body = report_body(&id, "scam", "text");

    // Unregistered key.
    ctx.error(&ctx.submit(&alice, &id, &body).await, 403, "key_unknown");
    ctx.register(&alice).await;
    // Bad auth.
    let wrong = Install::new("nope");
    ctx.error(&ctx.submit(&wrong, &id, &body).await, 401, "auth_expired");
    // Key bound to another account.
    let bob_with_alice_key = Install {
        signer: alice.signer.clone(),
        token: "token-bob".into(),
        clock_offset: 0,
    };
    ctx.error(
        &ctx.submit(&bob_with_alice_key, &id, &body).await,
        403,
        "key_unknown",
    );
    // Skew.
    let skewed = Install {
        signer: alice.signer.clone(),
        token: alice.token.clone(),
        clock_offset: -3600,
    };
    let a = ctx.submit(&skewed, &id, &body).await;
    ctx.error(&a, 400, "clock_skew");
    assert!(a.body["server_time"].is_string());
    // Digest mismatch: sign one body, send another.
    let url = ctx.url("/v1/reports");
    let headers = alice.headers("POST", &url, Some(&body), Some(&id.to_string()), &nonce());
    let tampered = report_body(&id, "scam", "texT");
    let a = send(
        &ctx.http,
        &ctx.backend.public_key,
        "POST",
        &url,
        &headers,
        Some(tampered),
    )
    .await;
    ctx.error(&a, 400, "digest_mismatch");
    // Signature invalid: wrong path signed.
    let headers = alice.headers(
        "POST",
        &ctx.url("/v1/elsewhere"),
        Some(&body),
        Some(&id.to_string()),
        &nonce(),
    );
    ctx.error(
        &send(
            &ctx.http,
            &ctx.backend.public_key,
            "POST",
            &url,
            &headers,
            Some(body.clone()),
        )
        .await,
        400,
        "signature_invalid",
    );
    // Schema invalid.
    let bad = br#"{"id": "not-a-uuid"}"#;
    ctx.error(
        &ctx.signed(&alice, "POST", "/v1/reports", Some(bad), None).await,
        422,
        "schema_invalid",
    );
    // Too deep and too large.
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40)).into_bytes();
    ctx.error(
        &ctx.signed(&alice, "POST", "/v1/reports", Some(&deep), None).await,
        413,
        "too_large",
    );
    let big = vec![b' '; 70 * 1024];
    ctx.error(
        &ctx.signed(&alice, "POST", "/v1/reports", Some(&big), None).await,
        413,
        "too_large",
    );
    // Reserved sealed content type.
    let headers = alice.headers_typed(
        "POST",
        &url,
        Some(&body),
        "application/tellsafe-sealed",
        Some(&id.to_string()),
        &nonce(),
    );
    ctx.error(
        &send(
            &ctx.http,
            &ctx.backend.public_key,
            "POST",
            &url,
            &headers,
            Some(body.clone()),
        )
        .await,
        415,
        "unsupported_media_type",
    );
    // Replay: the exact same signed request twice.
    let headers = alice.headers("POST", &url, Some(&body), Some(&id.to_string()), &nonce());
    let first = send(
        &ctx.http,
        &ctx.backend.public_key,
        "POST",
        &url,
        &headers,
        Some(body.clone()),
    )
    .await;
    assert_eq!(first.status, 201, "{}", first.body);
    ctx.error(
        &send(
            &ctx.http,
            &ctx.backend.public_key,
            "POST",
            &url,
            &headers,
            Some(body.clone()),
        )
        .await,
        400,
        // Core's wire code for a replay (VerifyError::Replayed.wire_code()): the client parks it
        // as a bug, as DESIGN's table says for signature_invalid.
        "signature_invalid",
    );
    // Rate limit: the key's bucket runs out; 429 with Retry-After.
    let mut limited = None;
    for _ in 0..20 {
        let a = ctx
            .signed(&alice, "GET", &format!("/v1/reports/{id}/status"), None, None)
            .await;
        if a.status == 429 {
            limited = Some(a);
            break;
        }
    }
    let limited = limited.expect("the per-key limit is reached within 20 requests");
    ctx.error(&limited, 429, "rate_limited");
    assert!(limited.headers.get("retry-after").is_some());
    // Revoked key.
    let alice2 = Install::new("token-alice");
    ctx.register(&alice2).await;
    let a = ctx
        .signed(
            &alice2,
            "DELETE",
            &format!("/v1/keys/{}", alice.signer.key_id()),
            None,
            None,
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    ctx.error(&ctx.submit(&alice, &id, &body).await, 403, "key_revoked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_duplicate_is_in_progress() {
    let ctx = Ctx::start(&[]);
    let alice = Install::new("token-alice");
    ctx.register(&alice).await;
    let id = uuid::Uuid::now_v7();
    let body = report_body(&id, "hate", "x");
    ctx.hook("/v1/test/pause-writer", json!({"paused": true})).await;
    let first = {
        let url = ctx.url("/v1/reports");
        let headers = alice.headers("POST", &url, Some(&body), Some(&id.to_string()), &nonce());
        let (http, key, body) = (ctx.http.clone(), ctx.backend.public_key.clone(), body.clone());
        tokio::spawn(async move { send(&http, &key, "POST", &url, &headers, Some(body)).await })
    };
    // Wait (by polling a condition, not sleeping) until the first request holds the id.
    loop {
        let v: Value = ctx
            .http
            .get(ctx.url("/v1/test/in-flight"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if v["in_flight"] == 1 {
            break;
        }
        assert!(
            !first.is_finished(),
            "the first request finished without holding the id: {:?}",
            first.await.map(|a| (a.status, a.body))
        );
        tokio::task::yield_now().await;
    }
    ctx.error(&ctx.submit(&alice, &id, &body).await, 409, "in_progress");
    ctx.hook("/v1/test/pause-writer", json!({"paused": false})).await;
    assert_eq!(first.await.unwrap().status, 201);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_is_refused_honestly_until_no_hold_or_duty() {
    let ctx = Ctx::start(&[]);
    let alice = Install::new("token-alice");
    ctx.register(&alice).await;
    let mut cases = Vec::new();
    for category in ["bullying", "sexual_images_of_child"] {
        let id = uuid::Uuid::now_v7();
        assert_eq!(
            ctx.submit(&alice, &id, &report_body(&id, category, "x"))
                .await
                .status,
            201
        );
        cases.push(id);
    }
    let del = |id: &uuid::Uuid| format!("/v1/reports/{id}");
    // Fresh report: the preservation hold applies.
    ctx.error(
        &ctx.signed(&alice, "DELETE", &del(&cases[0]), None, None).await,
        409,
        "delete_refused_hold",
    );
    // The child-safety specialist: the only role that sees the exploitation case.
    const SPECIALIST: &str = "Bearer specialist-token";
    let queue = ctx.staff(SPECIALIST, "GET", "/v1/console/queue", None).await;
    for row in queue.body["cases"].as_array().unwrap() {
        let case = format!("/v1/console/cases/{}", row["case_id"]);
        ctx.staff(SPECIALIST, "POST", &format!("{case}/start-review"), None)
            .await;
        let actions: &[&str] = if row["category"] == "bullying" {
            &["none"]
        } else {
            &["remove", "report_to_ncmec"]
        };
        let d = ctx
            .staff(
                SPECIALIST,
                "POST",
                &format!("{case}/decide"),
                Some(decision(actions)),
            )
            .await;
        assert_eq!(d.status, 200, "{}", d.body);
    }
    // Escalated: a legal duty to keep it; child sees "handed to specialists".
    let s = ctx
        .signed(
            &alice,
            "GET",
            &format!("/v1/reports/{}/status", cases[1]),
            None,
            None,
        )
        .await;
    conforms("Status", &s.body);
    assert_eq!(s.body["child_status"]["kind"], "handed_to_specialists");
    assert_eq!(s.body["child_status"]["outcomes"], json!([]));
    ctx.error(
        &ctx.signed(&alice, "DELETE", &del(&cases[1]), None, None).await,
        409,
        "delete_refused_duty",
    );
    // No hold, no duty: deleted; afterwards it is gone for the reporter.
    let d = ctx.signed(&alice, "DELETE", &del(&cases[0]), None, None).await;
    assert_eq!(d.status, 200, "{}", d.body);
    ctx.error(
        &ctx.signed(
            &alice,
            "GET",
            &format!("/v1/reports/{}/status", cases[0]),
            None,
            None,
        )
        .await,
        404,
        "not_found",
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn console_html_escapes_and_requires_a_reviewer() {
    let ctx = Ctx::start(&[]);
    let alice = Install::new("token-alice");
    ctx.register(&alice).await;
    let id = uuid::Uuid::now_v7();
    ctx.submit(
        &alice,
        &id,
        &report_body(&id, "other", "<script>alert(1)</script>"),
    )
    .await;
    let anon = ctx
        .http
        .get(ctx.url("/console/cases/1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(anon.contains("Sign in") && !anon.contains("alert"));
    let page = ctx
        .http
        .get(ctx.url("/console/cases/1"))
        .header("cookie", "tellsafe_reviewer=reviewer-token")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("&lt;script&gt;"), "values are escaped");
    assert!(!page.contains("<script>alert"));
    let health = ctx.http.get(ctx.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ecdsa_p256_install_registers_submits_and_reads_status() {
    let ctx = Ctx::start(&[]);
    let phone = Install::with_alg("token-alice", &tellsafe::sign::ECDSA_P256_SHA256);
    let reg = ctx.register(&phone).await;
    assert_eq!(reg.status, 201, "{}", reg.body);
    assert!(reg.signed);
    assert_eq!(reg.body["alg"], "ecdsa-p256-sha256");
    assert_eq!(
        reg.body["key_id"],
        phone.signer.key_id(),
        "the key id is the RFC 7638 thumbprint"
    );
    let id = uuid::Uuid::now_v7();
    let created = ctx.submit(&phone, &id, &report_body(&id, "bullying", "x")).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert!(created.signed);
    conforms("Receipt", &created.body);
    let s = ctx
        .signed(&phone, "GET", &format!("/v1/reports/{id}/status"), None, None)
        .await;
    assert_eq!(s.status, 200, "{}", s.body);
    assert!(s.signed);
    conforms("Status", &s.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_needs_the_derived_key_id_and_proof_of_possession() {
    let ctx = Ctx::start(&[]);
    let alice = Install::new("token-alice");
    // A claimed key id that is not the key's thumbprint.
    let mut body: Value = serde_json::from_slice(&alice.registration()).unwrap();
    body["key_id"] = json!("chosen-by-me");
    let body = body.to_string().into_bytes();
    ctx.error(
        &ctx.signed(&alice, "POST", "/v1/keys", Some(&body), None).await,
        422,
        "schema_invalid",
    );
    // Someone else's public key, signed with ours: no proof of possession.
    let other = Install::new("token-alice");
    let body = other.registration();
    ctx.error(
        &ctx.signed(&alice, "POST", "/v1/keys", Some(&body), None).await,
        400,
        "signature_invalid",
    );
}
