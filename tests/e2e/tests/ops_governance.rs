//! End-to-end: trust-and-safety governance (issue 9, points 4-6 and 8) against the backend
//! binary: holds, roles and visibility, reporter reveal, escalations, signed audit
//! checkpoints, signed webhooks and the signed decision API.

#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use std::process::Command;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::sign::http::Request;
use tellsafe::sign::{
    ED25519, Expectation, MemoryNonceStore, Profile, SignOptions, SigningKey, StaticKeys, Verifier,
    sign_request,
};
use tellsafe_e2e::{Answer, Harness, Install, block_on, conforms, decision, report_body, send};
use tokio::sync::mpsc;

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const REVIEWER: &str = "Bearer reviewer-token";
const SPECIALIST: &str = "Bearer specialist-token";
const LEAD: &str = "Bearer lead-token";
const AUDITOR: &str = "Bearer auditor-token";

/// The shared harness, Alice (a registered install) and this suite's console helpers.
struct Ctx {
    harness: Harness,
    alice: Install,
}

tellsafe_e2e::harness_deref!(Ctx, harness);

impl Ctx {
    async fn start(extra: &[&str]) -> Ctx {
        let ctx = Ctx {
            harness: Harness::with_hooks(EXE, extra),
            alice: Install::new("token-alice"),
        };
        assert_eq!(ctx.register(&ctx.alice).await.status, 201);
        ctx
    }

    /// A request signed by Alice's install.
    async fn as_alice(&self, method: &str, path: &str, body: Option<&[u8]>, idem: Option<&str>) -> Answer {
        self.signed(&self.alice, method, path, body, idem).await
    }

    /// Submits a report of `category`; returns (report id, case id seen by the specialist).
    async fn submit(&self, category: &str) -> (uuid::Uuid, i64) {
        let id = uuid::Uuid::now_v7();
        let body = report_body(&id, category, "free text");
        let a = self.harness.submit(&self.alice, &id, &body).await;
        assert_eq!(a.status, 201, "{}", a.body);
        (id, self.case_of(SPECIALIST, &id).await.unwrap())
    }

    /// A console call; every console answer is signed.
    async fn staff(&self, bearer: &str, method: &str, path: &str, body: Option<Value>) -> Answer {
        let a = self.harness.staff(bearer, method, path, body).await;
        assert!(a.signed, "console answers are signed");
        a
    }

    /// Every audit row, exported by the auditor.
    async fn audit(&self) -> Vec<Value> {
        let a = self.staff(AUDITOR, "GET", "/v1/console/audit", None).await;
        assert_eq!(a.status, 200, "{}", a.body);
        conforms("AuditExport", &a.body);
        a.body["rows"].as_array().unwrap().clone()
    }

    async fn status(&self, id: &uuid::Uuid) -> Value {
        self.as_alice("GET", &format!("/v1/reports/{id}/status"), None, None)
            .await
            .body
    }
}

fn rows<'a>(audit: &'a [Value], action: &str) -> Vec<&'a Value> {
    audit.iter().filter(|r| r["action"] == action).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hold_blocks_deletion_until_released_with_a_reason() {
    let ctx = Ctx::start(&[]).await;
    let (id, case) = ctx.submit("bullying").await;
    let c = format!("/v1/console/cases/{case}");
    ctx.staff(LEAD, "POST", &format!("{c}/start-review"), None).await;
    let d = ctx
        .staff(LEAD, "POST", &format!("{c}/decide"), Some(decision(&["none"])))
        .await;
    assert_eq!(d.status, 200, "{}", d.body);
    // The intake hold ended with the decision; a staff hold now keeps the report.
    assert_eq!(
        ctx.staff(
            REVIEWER,
            "POST",
            &format!("{c}/holds"),
            Some(json!({"kind": "preservation", "basis": "x"}))
        )
        .await
        .status,
        404,
        "a reviewer cannot place holds"
    );
    let placed = ctx
        .staff(
            LEAD,
            "POST",
            &format!("{c}/holds"),
            Some(json!({"kind": "preservation", "basis": "pending civil claim"})),
        )
        .await;
    assert_eq!(placed.status, 200, "{}", placed.body);
    conforms("Holds", &placed.body);
    let hold = placed.body["hold_id"].as_str().unwrap().to_owned();
    let del = format!("/v1/reports/{id}");
    let refused = ctx.as_alice("DELETE", &del, None, None).await;
    assert_eq!(
        (refused.status, refused.body["code"].as_str()),
        (409, Some("delete_refused_hold"))
    );
    let release = format!("{c}/holds/{hold}/release");
    assert_eq!(
        ctx.staff(LEAD, "POST", &release, Some(json!({"reason": " "})))
            .await
            .status,
        422,
        "a release needs a reason"
    );
    assert_eq!(
        ctx.staff(LEAD, "POST", &release, Some(json!({"reason": "claim settled"})))
            .await
            .status,
        200
    );
    let deleted = ctx.as_alice("DELETE", &del, None, None).await;
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    let audit = ctx.audit().await;
    let placed = rows(&audit, "hold.placed");
    assert_eq!(placed.len(), 1);
    assert_eq!(placed[0]["actor"], "reviewer:lead");
    let released = rows(&audit, "hold.released");
    assert!(
        released
            .iter()
            .any(|r| r["detail"]["reason"] == "claim settled" && r["actor"] == "reviewer:lead")
    );
    assert_eq!(rows(&audit, "report.deleted").len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exploitation_cases_are_for_specialists_and_the_reporter_is_revealed_only_with_a_reason() {
    let ctx = Ctx::start(&[]).await;
    let (_, cse) = ctx.submit("sexual_images_of_child").await;
    let (_, bullying) = ctx.submit("bullying").await;
    let ids = |a: &Answer| -> Vec<i64> {
        a.body["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["case_id"].as_i64().unwrap())
            .collect()
    };
    for (who, sees) in [(REVIEWER, false), (LEAD, false), (SPECIALIST, true)] {
        let queue = ids(&ctx.staff(who, "GET", "/v1/console/queue", None).await);
        assert!(queue.contains(&bullying));
        assert_eq!(queue.contains(&cse), sees, "{who}");
        let view = ctx
            .staff(who, "GET", &format!("/v1/console/cases/{cse}"), None)
            .await;
        assert_eq!(view.status, if sees { 200 } else { 404 }, "{who}");
        let act = ctx
            .staff(
                who,
                "POST",
                &format!("/v1/console/cases/{cse}/start-review"),
                None,
            )
            .await;
        assert_eq!(act.status, if sees { 200 } else { 404 }, "{who}");
    }
    // Linked cases follow the same rule: one holding an exploitation report is the specialist's.
    let linked = |a: &Answer| -> Vec<i64> {
        a.body["linked_cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["linked_case_id"].as_i64().unwrap())
            .collect()
    };
    let all = linked(
        &ctx.staff(SPECIALIST, "GET", "/v1/console/linked-cases", None)
            .await,
    );
    assert!(!all.is_empty());
    let mut holds_cse = Vec::new();
    for id in &all {
        let shown = ctx
            .staff(SPECIALIST, "GET", &format!("/v1/console/linked-cases/{id}"), None)
            .await;
        assert_eq!(shown.status, 200);
        if shown.body.to_string().contains("sexual_images_of_child") {
            holds_cse.push(*id);
        }
    }
    assert_eq!(
        holds_cse.len(),
        1,
        "the exploitation report is in one linked case"
    );
    let reviewer_sees = linked(&ctx.staff(REVIEWER, "GET", "/v1/console/linked-cases", None).await);
    let expected: Vec<i64> = all.iter().copied().filter(|id| !holds_cse.contains(id)).collect();
    assert_eq!(reviewer_sees, expected);
    let hidden = ctx
        .staff(
            REVIEWER,
            "GET",
            &format!("/v1/console/linked-cases/{}", holds_cse[0]),
            None,
        )
        .await;
    assert_eq!(hidden.status, 404);
    // Reporter identity: hidden in the case, revealed only with a reason, and logged.
    let view = ctx
        .staff(REVIEWER, "GET", &format!("/v1/console/cases/{bullying}"), None)
        .await;
    assert_eq!(view.body["reporter_identity"], "hidden");
    assert!(
        !view.body.to_string().contains("alice"),
        "no account id in the case view"
    );
    let reveal = format!("/v1/console/cases/{bullying}/reveal-reporter");
    assert_eq!(
        ctx.staff(REVIEWER, "POST", &reveal, Some(json!({}))).await.status,
        422
    );
    assert_eq!(
        ctx.staff(AUDITOR, "POST", &reveal, Some(json!({"reason": "curious"})))
            .await
            .status,
        404,
        "auditors never reveal"
    );
    let shown = ctx
        .staff(
            REVIEWER,
            "POST",
            &reveal,
            Some(json!({"reason": "police request 2026-17"})),
        )
        .await;
    assert_eq!(shown.body["account_id"], "alice");
    conforms("Reporter", &shown.body);
    let audit = ctx.audit().await;
    let reveals = rows(&audit, "reporter.revealed");
    assert_eq!(reveals.len(), 1, "only the reveal with a reason happened");
    assert_eq!(reveals[0]["actor"], "reviewer:reviewer");
    assert_eq!(reveals[0]["detail"]["reason"], "police request 2026-17");
    assert_eq!(reveals[0]["subject"], format!("case:{bullying}"));
    let denied = rows(&audit, "case.view_denied");
    assert_eq!(denied.len(), 2, "the reviewer's and the lead's refused looks");
    assert!(!rows(&audit, "queue.viewed").is_empty());
    assert!(!rows(&audit, "case.viewed").is_empty());
    // The export itself is audited (seen by the next export).
    assert!(!rows(&ctx.audit().await, "audit.exported").is_empty());
    assert_eq!(
        ctx.staff(REVIEWER, "GET", "/v1/console/audit", None).await.status,
        404
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn escalations_are_recorded_bundled_per_user_and_a_law_enforcement_hold_freezes_user_facing_actions() {
    let ctx = Ctx::start(&[]).await;
    let (id, first) = ctx.submit("sexual_images_of_child").await;
    let (_, second) = ctx.submit("threat_to_share_pictures").await;
    let ncmec =
        json!({"kind": "ncmec", "priority_reason": "child_in_imminent_danger", "law_enforcement_hold": true});
    assert_eq!(
        ctx.staff(
            LEAD,
            "POST",
            &format!("/v1/console/cases/{first}/escalations"),
            Some(ncmec.clone())
        )
        .await
        .status,
        404,
        "the lead does not see exploitation cases"
    );
    let a = ctx
        .staff(
            SPECIALIST,
            "POST",
            &format!("/v1/console/cases/{first}/escalations"),
            Some(ncmec.clone()),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    let b = ctx
        .staff(
            SPECIALIST,
            "POST",
            &format!("/v1/console/cases/{second}/escalations"),
            Some(ncmec),
        )
        .await;
    assert_eq!(
        a.body["escalation_id"], b.body["escalation_id"],
        "one bundle per reported user"
    );
    assert_eq!(b.body["case_ids"], json!([first, second]));
    assert_eq!(b.body["created_by"], "reviewer:specialist");
    assert_eq!(b.body["legal_basis"], "18 U.S.C. 2258A");
    assert_eq!(b.body["record"]["priority_reason"], "child_in_imminent_danger");
    conforms("Escalation", &a.body);
    conforms("Escalation", &b.body);
    let bundle = a.body["escalation_id"].as_i64().unwrap();
    let answered = ctx
        .staff(
            SPECIALIST,
            "POST",
            &format!("/v1/console/escalations/{bundle}/ncmec-response"),
            Some(json!({"report_id": "TIP-4711", "response_codes": [0]})),
        )
        .await;
    assert_eq!(answered.body["record"]["cybertip_report_id"], "TIP-4711");
    assert_eq!(answered.body["record"]["response_codes"], json!([0]));
    // The law-enforcement hold: no removal (it would tip off the account), a report is fine.
    let c = format!("/v1/console/cases/{first}");
    let holds = ctx.staff(SPECIALIST, "GET", &format!("{c}/holds"), None).await;
    assert_eq!(holds.body["law_enforcement_hold"], true);
    ctx.staff(SPECIALIST, "POST", &format!("{c}/start-review"), None)
        .await;
    let frozen = ctx
        .staff(
            SPECIALIST,
            "POST",
            &format!("{c}/decide"),
            Some(decision(&["remove"])),
        )
        .await;
    assert_eq!(
        (frozen.status, frozen.body["code"].as_str()),
        (409, Some("invalid_state"))
    );
    let reported = ctx
        .staff(
            SPECIALIST,
            "POST",
            &format!("{c}/decide"),
            Some(decision(&["report_to_ncmec"])),
        )
        .await;
    assert_eq!(reported.status, 200, "{}", reported.body);
    assert_eq!(
        ctx.status(&id).await["child_status"]["kind"],
        "handed_to_specialists"
    );

    // Art. 18 (with and without a member state) and emergency disclosure on another case.
    let (_, other) = ctx.submit("hurting_me_in_real_life").await;
    let e = format!("/v1/console/cases/{other}/escalations");
    assert_eq!(
        ctx.staff(LEAD, "POST", &e, Some(json!({"kind": "dsa_art18"})))
            .await
            .status,
        422,
        "Art. 18 needs a member state or the Europol fallback"
    );
    for body in [
        json!({"kind": "dsa_art18", "europol_fallback": true, "reference": "N-1"}),
        json!({"kind": "dsa_art18", "member_state": "IE", "authority": "An Garda Síochána"}),
        json!({"kind": "emergency_disclosure", "authority": "Police Scotland", "legal_basis": "GDPR Art. 6(1)(d)"}),
    ] {
        let r = ctx.staff(LEAD, "POST", &e, Some(body)).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let listed = ctx.staff(LEAD, "GET", &e, None).await;
    conforms("Escalations", &listed.body);
    let kinds: Vec<&str> = listed.body["escalations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["dsa_art18", "dsa_art18", "emergency_disclosure"]);
    assert_eq!(listed.body["escalations"][0]["record"]["europol_fallback"], true);
    assert_eq!(listed.body["escalations"][1]["record"]["member_state"], "IE");
    let audit = ctx.audit().await;
    assert_eq!(rows(&audit, "escalation.recorded").len(), 5);
    assert_eq!(rows(&audit, "escalation.ncmec_response").len(), 1);
}

fn run(args: &[&str], db: &std::path::Path) -> (bool, String) {
    let out = Command::new(EXE).args(args).arg("--db").arg(db).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_checkpoints_catch_a_chain_rewritten_with_recomputed_hashes() {
    let mut ctx = Ctx::start(&[]).await;
    let (_, case) = ctx.submit("bullying").await;
    ctx.staff(REVIEWER, "GET", &format!("/v1/console/cases/{case}"), None)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("audit.key");
    let file = dir.path().join("checkpoints.jsonl");
    let out = Command::new(EXE)
        .args(["audit-keygen", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success());
    let public = format!("{}.pub", key.display());
    let db = ctx.backend.db();
    let sign = [
        "audit-sign",
        "--key",
        key.to_str().unwrap(),
        "--checkpoints",
        file.to_str().unwrap(),
    ];
    assert!(run(&sign, &db).0);
    ctx.staff(REVIEWER, "GET", &format!("/v1/console/cases/{case}"), None)
        .await;
    assert!(run(&sign, &db).0, "a second checkpoint, later head");
    ctx.backend.stop();
    let verify = [
        "audit-verify",
        "--checkpoints",
        file.to_str().unwrap(),
        "--public-key",
        public.as_str(),
    ];
    let (ok, out) = run(&verify, &db);
    assert!(ok, "{out}");
    assert!(out.contains("checkpoints consistent: 2"), "{out}");

    // The attacker rewrites row 2 and recomputes every hash: the chain alone looks intact.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("DROP TRIGGER audit_no_delete; DROP TRIGGER audit_no_update;")
        .unwrap();
    let all: Vec<(i64, String, String, String, String)> = conn
        .prepare("SELECT at, actor, action, subject, detail FROM audit ORDER BY seq")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    conn.execute("DELETE FROM audit", []).unwrap();
    for (i, (at, actor, action, subject, detail)) in all.iter().enumerate() {
        let actor = if i == 1 {
            "reviewer:mallory"
        } else {
            actor.as_str()
        };
        platform_backend::audit::append(
            &conn,
            &platform_backend::audit::Entry {
                at: *at,
                actor,
                action,
                subject,
                detail,
            },
        )
        .unwrap();
    }
    drop(conn);
    let (ok, out) = run(&["audit-verify"], &db);
    assert!(ok, "recomputed hashes fool the chain check alone: {out}");
    let (ok, out) = run(&verify, &db);
    assert!(!ok, "{out}");
    assert!(out.contains("rewritten"), "{out}");
}

/// A platform tool's signed request to the decision API.
async fn tool_event(ctx: &Ctx, tool: &SigningKey, case: i64, body: &Value) -> Answer {
    let url = ctx.url(&format!("/v1/cases/{case}/events"));
    let mut request = Request::new("POST", &url).unwrap();
    request.headers.append("Content-Type", "application/json");
    request.body = body.to_string().into_bytes();
    let options = SignOptions::with_random_nonce(tellsafe_e2e::client::real_now()).unwrap();
    block_on(sign_request(&mut request, Profile::PlatformTool, tool, &options)).unwrap();
    let headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    send(
        &ctx.http,
        &ctx.backend.public_key,
        "POST",
        &url,
        &headers,
        Some(request.body.clone()),
    )
    .await
}

/// A webhook as the test receiver saw it.
struct Delivery {
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// A local receiver: answers 500 to the first delivery (to exercise the retry), 200 after.
async fn receiver() -> (String, mpsc::UnboundedReceiver<Delivery>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::unbounded_channel();
    let seen = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let target = url.clone();
    let app = axum::Router::new().route(
        "/hooks",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let tx = tx.clone();
            let seen = seen.clone();
            let url = target.clone();
            async move {
                let headers = headers
                    .iter()
                    .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap_or_default().to_owned()))
                    .collect();
                let _ = tx.send(Delivery {
                    url,
                    headers,
                    body: body.to_vec(),
                });
                if seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::OK
                }
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, rx)
}

fn webhook_verifies(ctx: &Ctx, d: &Delivery) -> bool {
    let mut request = Request::new("POST", &d.url).unwrap();
    for (name, value) in &d.headers {
        request.headers.append(name, value);
    }
    request.body = d.body.clone();
    let verifier = Verifier::new(
        StaticKeys::new([ctx.backend.public_key.clone()]),
        MemoryNonceStore::default(),
    );
    let now: Timestamp = tellsafe_e2e::client::real_now();
    block_on(verifier.verify_request(&request, Expectation::Profile(Profile::Webhook), now)).is_ok()
}

async fn next(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> Delivery {
    tokio::time::timeout(std::time::Duration::from_secs(20), rx.recv())
        .await
        .expect("a webhook arrives")
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_webhooks_are_retried_and_a_signed_tool_decision_drives_the_childs_status() {
    let tool = SigningKey::generate(&ED25519).unwrap();
    let tool_arg = format!("ed25519:{}", STANDARD.encode(tool.public_key().raw()));
    let (hook_url, mut deliveries) = receiver().await;
    let ctx = Ctx::start(&["--webhook-url", &hook_url, "--integration-key", &tool_arg]).await;
    let (id, case) = ctx.submit("bullying").await;

    // Webhooks: the first delivery is refused (500) and retried after its backoff, which the
    // test reaches by moving the backend's clock rather than by sleeping.
    let first = next(&mut deliveries).await;
    assert!(webhook_verifies(&ctx, &first), "signed by the backend key (tsb)");
    let first: Value = serde_json::from_slice(&first.body).unwrap();
    ctx.hook("/v1/test/advance-clock", json!({"seconds": 5})).await;
    let mut seen = Vec::new();
    while seen.len() < 2 {
        let d = next(&mut deliveries).await;
        assert!(webhook_verifies(&ctx, &d));
        let mut tampered = Delivery {
            url: d.url.clone(),
            headers: d.headers.clone(),
            body: d.body.clone(),
        };
        tampered.body.push(b' ');
        assert!(!webhook_verifies(&ctx, &tampered), "a changed body fails");
        let event = serde_json::from_slice::<Value>(&d.body).unwrap();
        conforms("WebhookEvent", &event);
        seen.push(event);
    }
    let retried = seen.iter().filter(|e| e["id"] == first["id"]).count();
    assert_eq!(retried, 1, "the refused event is delivered again, once");
    let types: std::collections::BTreeSet<&str> = seen.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["case.created", "hold.placed"].into_iter().collect());
    let created = seen.iter().find(|e| e["type"] == "case.created").unwrap();
    assert_eq!(created["data"]["case_id"], case);
    assert_eq!(created["data"]["category"], "bullying");
    assert!(
        !created.to_string().contains("free text"),
        "no report content in webhooks"
    );

    // A staff hold fires hold.placed too.
    ctx.staff(
        LEAD,
        "POST",
        &format!("/v1/console/cases/{case}/holds"),
        Some(json!({"kind": "law_enforcement", "basis": "police request"})),
    )
    .await;
    let d = next(&mut deliveries).await;
    let event: Value = serde_json::from_slice(&d.body).unwrap();
    assert_eq!(
        (event["type"].as_str(), event["data"]["kind"].as_str()),
        (Some("hold.placed"), Some("law_enforcement"))
    );

    // The decision API: unsigned or foreign-signed is refused; the tool drives the case.
    let stranger = SigningKey::generate(&ED25519).unwrap();
    let refused = tool_event(&ctx, &stranger, case, &json!({"event": "start_review"})).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    conforms("Error", &refused.body);
    let started = tool_event(&ctx, &tool, case, &json!({"event": "start_review"})).await;
    assert_eq!(started.status, 200, "{}", started.body);
    assert!(started.signed);
    let frozen = tool_event(
        &ctx,
        &tool,
        case,
        &json!({"event": "decide", "decision": decision(&["warn"])}),
    )
    .await;
    assert_eq!(
        frozen.status, 409,
        "the law-enforcement hold freezes the tool too"
    );
    let decided = tool_event(
        &ctx,
        &tool,
        case,
        &json!({"event": "decide", "decision": decision(&["none"])}),
    )
    .await;
    assert_eq!(decided.status, 200, "{}", decided.body);
    conforms("CaseDetail", &decided.body);
    let status = ctx.status(&id).await;
    assert_eq!(status["state"], "decided");
    assert_eq!(status["child_status"]["kind"], "decided");
    let audit = ctx.audit().await;
    let by_tool: Vec<&Value> = audit
        .iter()
        .filter(|r| r["actor"] == format!("integration:{}", tool.key_id()))
        .collect();
    assert_eq!(by_tool.len(), 2, "start_review and decide, by the tool's key");
}
