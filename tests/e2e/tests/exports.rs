//! End-to-end: a report stored through the real signed intake, reviewed and decided in the
//! console, then exported with `platform-backend export ...` and `platform-backend stats ...`
//! against the backend's database, and downloaded from the console.

#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use std::process::Command;

use serde_json::{Value, json};
use tellsafe_e2e::{Backend, Install, conforms, nonce, send};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
/// Exploitation cases are the child-safety specialist's (reviewers get 404).
const REVIEWER: &str = "Bearer specialist-token";
/// The reporting account: must never appear as a suspect or in the affected user's statement.
const KID: &str = "canary-kid-7f3a";
const FREE_TEXT: &str = "CANARY-TEXT-5e1d he sent it to everyone";

fn report(id: &uuid::Uuid) -> Vec<u8> {
    json!({
        "id": id,
        "schema_version": 1,
        "created_at": tellsafe_e2e::client::real_now(),
        "locale": "en-GB",
        "country": "IE",
        "age_band": "13-15",
        "age_signal_source": "declared",
        "role": "self",
        "category": "sexual_images_of_child",
        "subjects": [
            {"kind": "user", "id": "did:plc:suspect99"},
            {"kind": "content", "id": "post-31337"}
        ],
        "answers": {},
        "free_text": FREE_TEXT,
        "evidence": [
            {"id": "media-1", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
            {"id": "media-2"}
        ],
        "flags": {"in_danger_now": false, "depicted_minor_is_reporter": true, "coerced": false, "blocked_already": true},
        "desired_outcome": "take_it_down",
        "client": {"sdk_version": "0.1.0", "platform": "android", "app_version": "1.0"},
    })
    .to_string()
    .into_bytes()
}

fn cli(args: &[&str], db: &std::path::Path) -> (bool, String) {
    let out = Command::new(EXE).args(args).arg("--db").arg(db).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_and_console_export_a_decided_report() {
    let account = format!("{KID}:token-kid");
    let backend = Backend::start(EXE, &["--demo-account", account.as_str()]);
    let http = reqwest::Client::new();
    let kid = Install::new("token-kid");
    let id = uuid::Uuid::now_v7();
    let body = report(&id);
    let reviewer = |method: &'static str, path: String, body: Option<Value>| {
        let url = format!("{}{path}", backend.base);
        let headers = vec![
            ("authorization".to_owned(), REVIEWER.to_owned()),
            ("content-type".to_owned(), "application/json".to_owned()),
        ];
        let http = http.clone();
        let key = backend.public_key.clone();
        async move {
            send(
                &http,
                &key,
                method,
                &url,
                &headers,
                body.map(|b| b.to_string().into_bytes()),
            )
            .await
        }
    };
    {
        let url = format!("{}/v1/keys", backend.base);
        let reg = kid.registration();
        let headers = kid.headers("POST", &url, Some(&reg), None, &nonce());
        assert_eq!(
            send(&http, &backend.public_key, "POST", &url, &headers, Some(reg))
                .await
                .status,
            201
        );
        let url = format!("{}/v1/reports", backend.base);
        let headers = kid.headers("POST", &url, Some(&body), Some(&id.to_string()), &nonce());
        let stored = send(
            &http,
            &backend.public_key,
            "POST",
            &url,
            &headers,
            Some(body.clone()),
        )
        .await;
        assert_eq!(stored.status, 201, "{}", stored.body);
        let queue = reviewer("GET", "/v1/console/queue".into(), None).await;
        let case = queue.body["cases"][0]["case_id"].as_i64().unwrap();
        assert_eq!(
            reviewer("POST", format!("/v1/console/cases/{case}/start-review"), None)
                .await
                .status,
            200
        );
        // The reviewer opens the first evidence item in full: only that one is "viewed by ESP".
        let viewed = reviewer(
            "POST",
            format!("/v1/console/cases/{case}/evidence/0/viewed"),
            None,
        )
        .await;
        assert_eq!(viewed.status, 204);
        let out_of_range = reviewer(
            "POST",
            format!("/v1/console/cases/{case}/evidence/9/viewed"),
            None,
        )
        .await;
        assert_eq!(out_of_range.status, 404);
        let decision = json!({
            "actions": ["remove", "suspend", "report_to_ncmec"],
            "grounds": {"basis": "illegal_content", "legal_ground": "Directive 2011/93/EU Art. 5"},
            "automated_detection": false,
            "automated_decision": "not_automated",
            "holds": ["preservation"],
            "disclosure": "minimal",
            "explanation": "Sexual image of a minor shared in a public post.",
            "content_type": "image",
            "territorial_scope": "EU",
        });
        let decided = reviewer("POST", format!("/v1/console/cases/{case}/decide"), Some(decision)).await;
        assert_eq!(decided.status, 200, "{}", decided.body);

        // Console download: an attachment, recorded in the audit log.
        let url = format!("{}/console/cases/{case}/export/dsa", backend.base);
        let resp = http
            .get(&url)
            .header("authorization", REVIEWER)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        assert!(
            resp.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment")
        );
        let dsa: Value = resp.json().await.unwrap();
        assert_eq!(dsa["source_type"], "SOURCE_ARTICLE_16");
        let resp = http.get(&url).send().await.unwrap();
        assert_eq!(resp.status(), 401, "downloads need a reviewer");
        // A reviewer without the specialist role cannot export (or even find) an exploitation case.
        let resp = http
            .get(&url)
            .header("authorization", "Bearer reviewer-token")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 404, "exploitation exports are the specialist's");
        let month = tellsafe_e2e::client::real_now().to_rfc3339()[..7].to_owned();
        let url = format!("{}/console/stats?period={month}&format=csv", backend.base);
        let resp = http
            .get(&url)
            .header("authorization", REVIEWER)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        assert!(
            resp.text()
                .await
                .unwrap()
                .starts_with("period,table,key,value,suppressed")
        );
    }
    let db = backend.db();
    let report_id = id.to_string();

    let (ok, dsa) = cli(&["export", "dsa", "--report", &report_id], &db);
    assert!(ok, "dsa export failed");
    let dsa: Value = serde_json::from_str(&dsa).unwrap();
    assert_eq!(dsa["category"], "STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
    assert_eq!(
        dsa["category_specification"],
        json!(["KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"])
    );
    assert_eq!(dsa["decision_ground"], "DECISION_GROUND_ILLEGAL_CONTENT");
    assert_eq!(dsa["decision_account"], "DECISION_ACCOUNT_SUSPENDED");
    let text = dsa.to_string();
    for secret in [
        KID,
        "CANARY-TEXT",
        "did:plc:suspect99",
        "media-1",
        report_id.as_str(),
    ] {
        assert!(!text.contains(secret), "the DSA statement holds personal data");
    }

    let (ok, xml) = cli(&["export", "ncmec", "--report", &report_id], &db);
    assert!(ok, "ncmec export failed");
    assert!(xml.contains(
        "<incidentType>Child Pornography (possession, manufacture, and distribution)</incidentType>"
    ));
    assert!(xml.contains("<escalateToHighPriority>"), "P1 escalates");
    let suspect =
        &xml[xml.find("<personOrUserReported>").unwrap()..xml.find("</personOrUserReported>").unwrap()];
    assert!(suspect.contains("did:plc:suspect99") && !suspect.contains(KID));
    let victim = &xml[xml.find("<victim>").unwrap()..xml.find("</victim>").unwrap()];
    assert!(
        victim.contains(KID),
        "the depicted minor who reported is the victim"
    );
    assert!(!xml.contains("CANARY-TEXT"));

    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    let (ok, _) = cli(
        &["export", "ncmec", "--report", &report_id, "--out-dir", out_dir],
        &db,
    );
    assert!(ok);
    let file0 = std::fs::read_to_string(dir.path().join("ncmec-file-0.xml")).unwrap();
    let file1 = std::fs::read_to_string(dir.path().join("ncmec-file-1.xml")).unwrap();
    assert!(file0.contains("<fileViewedByEsp>true</fileViewedByEsp>"));
    assert!(
        file1.contains("<fileViewedByEsp>false</fileViewedByEsp>"),
        "no log entry, no claim"
    );

    let (ok, at) = cli(&["export", "atproto", "--report", &report_id], &db);
    assert!(ok, "atproto export failed");
    let at: Value = serde_json::from_str(&at).unwrap();
    assert_eq!(at["reasonType"], "tools.ozone.report.defs#reasonChildSafetyCSAM");
    assert_eq!(at["subject"]["did"], "did:plc:suspect99");

    let (ok, statement) = cli(&["export", "affected-user", "--report", &report_id], &db);
    assert!(ok, "affected-user export failed");
    for secret in [KID, "CANARY-TEXT", "media-1", "13-15", report_id.as_str()] {
        assert!(
            !statement.contains(secret),
            "the affected user's statement hints at the reporter"
        );
    }
    let statement: Value = serde_json::from_str(&statement).unwrap();
    assert_eq!(
        statement["restrictions"],
        json!(["content_removed", "account_suspended"])
    );

    let (ok, _) = cli(&["export", "dsa", "--report", "no-such-report"], &db);
    assert!(!ok, "an unknown report fails");

    // One report this month: every count is under k, so every table is withheld.
    let month = tellsafe_e2e::client::real_now().to_rfc3339()[..7].to_owned();
    let (ok, stats) = cli(&["stats", "--period", &month], &db);
    assert!(ok, "stats failed");
    let stats: Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["period"], month);
    assert_eq!(stats["by_category"]["total"], Value::Null);
    assert!(
        stats["by_category"]["cells"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["count"].is_null())
    );
    let (ok, csv) = cli(&["stats", "--period", &month, "--format", "csv", "--k", "2"], &db);
    assert!(ok);
    assert!(
        csv.lines()
            .any(|l| l.ends_with("by_category,sexual_images_of_child,,true"))
    );
    let (ok, _) = cli(&["stats", "--period", "2026-13"], &db);
    assert!(!ok, "a bad period fails");

    // Every export was audited and the chain is intact.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let exports: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'case.exported'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(exports, 6, "one console download and five CLI exports");
    let (ok, _) = cli(&["audit-verify"], &db);
    assert!(ok);
}

/// Planted in every refused body: counting a refusal must never store what it said.
const REFUSED_CANARY: &str = "CANARY-REFUSED-c4f1";

#[tokio::test(flavor = "multi_thread")]
async fn intake_refusals_and_duplicates_are_counted_without_content() {
    let mut backend = Backend::start(EXE, &[]);
    let http = reqwest::Client::new();
    let kid = Install::new("token-alice");
    let base = backend.base.clone();
    let key = backend.public_key.clone();
    let url = format!("{base}/v1/reports");
    let post = |body: Vec<u8>, content_type: &'static str, id: Option<String>| {
        let headers = kid.headers_typed("POST", &url, Some(&body), content_type, id.as_deref(), &nonce());
        let (http, key, url) = (http.clone(), key.clone(), url.clone());
        async move { send(&http, &key, "POST", &url, &headers, Some(body)).await }
    };
    {
        let reg_url = format!("{base}/v1/keys");
        let reg = kid.registration();
        let headers = kid.headers("POST", &reg_url, Some(&reg), None, &nonce());
        assert_eq!(
            send(&http, &key, "POST", &reg_url, &headers, Some(reg))
                .await
                .status,
            201
        );
    }
    let mut stored = Vec::new();
    for _ in 0..2 {
        let id = uuid::Uuid::now_v7();
        let body = tellsafe_e2e::report_body(&id, "bullying", "they keep posting about me");
        let a = post(body.clone(), "application/json", Some(id.to_string())).await;
        assert_eq!(a.status, 201, "{}", a.body);
        stored.push((id, body));
    }
    // Two idempotent replays of a stored report (duplicates, 200 with the same receipt).
    for _ in 0..2 {
        let (id, body) = &stored[0];
        let a = post(body.clone(), "application/json", Some(id.to_string())).await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let refused = |a: &tellsafe_e2e::Answer, code: &str| {
        assert_eq!(a.body["code"], code, "{}", a.body);
        assert!(a.signed, "refusals are signed");
        conforms("Error", &a.body);
    };
    for _ in 0..2 {
        let body = format!("free_text={REFUSED_CANARY}").into_bytes();
        refused(&post(body, "text/plain", None).await, "unsupported_media_type");
        let body = json!({"free_text": REFUSED_CANARY}).to_string().into_bytes();
        refused(&post(body, "application/json", None).await, "schema_invalid");
        // Same report id, another body: refused, and the other body is not stored.
        let (id, _) = &stored[1];
        let body = tellsafe_e2e::report_body(id, "bullying", REFUSED_CANARY);
        refused(
            &post(body, "application/json", Some(id.to_string())).await,
            "idempotency_mismatch",
        );
    }

    // The console flushes the refusals counted in memory before it reads: the section is
    // there, and at the default k = 10 every small intake cell is withheld.
    let month = tellsafe_e2e::client::real_now().to_rfc3339()[..7].to_owned();
    let resp = http
        .get(format!("{base}/console/stats?period={month}&format=json"))
        .header("authorization", "Bearer reviewer-token")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let console: Value = resp.json().await.unwrap();
    conforms("TransparencyStats", &console);
    assert_eq!(console["k"], 10);
    assert_eq!(console["intake"]["rejections"]["total"], Value::Null, "6 < k");
    assert_eq!(console["intake"]["duplicate_rate"], Value::Null);

    // Two more refusals after the console's flush: only the shutdown flush writes them.
    for _ in 0..2 {
        let body = json!({"free_text": REFUSED_CANARY}).to_string().into_bytes();
        refused(&post(body, "application/json", None).await, "schema_invalid");
    }
    let log = backend.stop();
    let db = backend.db();

    let (ok, out) = cli(&["stats", "--period", &month, "--k", "2"], &db);
    assert!(ok, "stats failed");
    let stats: Value = serde_json::from_str(&out).unwrap();
    conforms("TransparencyStats", &stats);
    let intake = &stats["intake"];
    let cell = |table: &str, key: &str| {
        intake[table]["cells"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == key)
            .unwrap_or_else(|| panic!("no {table} cell {key}"))["count"]
            .clone()
    };
    assert_eq!(cell("rejections", "unsupported_media_type"), 2);
    assert_eq!(cell("rejections", "schema_invalid"), 4);
    assert_eq!(cell("rejections", "idempotency_mismatch"), 2);
    assert_eq!(cell("rejections", "clock_skew"), 0);
    assert_eq!(intake["rejections"]["total"], 8, "nothing else was refused");
    assert_eq!(cell("submissions", "unique"), 2);
    assert_eq!(cell("submissions", "duplicate"), 2);
    assert_eq!(intake["duplicate_rate"], 0.5);
    assert_eq!(
        stats["by_category"]["total"], 2,
        "refusals and duplicates are not reports"
    );
    let (ok, csv) = cli(&["stats", "--period", &month, "--k", "2", "--format", "csv"], &db);
    assert!(ok);
    assert!(
        csv.lines()
            .any(|l| l.ends_with("intake_rejections,schema_invalid,4,false")),
        "{csv}"
    );

    // Counting kept no content: the canary is nowhere in the database files or the log.
    for entry in std::fs::read_dir(backend.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("tellsafe.db") {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes
                    .windows(REFUSED_CANARY.len())
                    .any(|w| w == REFUSED_CANARY.as_bytes()),
                "{name} holds a refused body"
            );
        }
    }
    assert!(!log.contains(REFUSED_CANARY), "the log holds a refused body");
}
