//! End-to-end: the data lifecycle (issue 11, points 1-3) against the backend binary: the
//! retention schedule on a virtual clock (`retention --now`), preservation holds winning over
//! it, the reporter's and the reported user's exports with canaries, the child's withdrawal
//! under a hold, and `purpose = safety_only` on everything that leaves the T&S contract.

#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use std::process::Command;

use platform_backend::retention::{DEFAULT_CONTENT_DAYS, DEFAULT_REPORTER_LINK_DAYS, PSEUDONYM_PREFIX};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::client::ClientError;
use tellsafe::flow::NotifyPreference;
use tellsafe_e2e::client::{Options, flush_all, open_client, real_now, report};
use tellsafe_e2e::{DECISION_EXPLANATION, Harness, Install, conforms, decision, report_body};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
const REVIEWER: &str = "Bearer reviewer-token";
const LEAD: &str = "Bearer lead-token";
const DAY: i64 = 86_400_000;
/// A free text no other field could contain by accident.
const CANARY_TEXT: &str = "canary-free-text-7f3e91 he keeps messaging me";
/// A reporting account id that must never reach the reported user.
const CANARY_ACCOUNT: &str = "canary-account-5d1e0c";

/// The shared harness, Alice (a registered install) and this suite's lifecycle helpers.
struct Ctx {
    harness: Harness,
    alice: Install,
}

tellsafe_e2e::harness_deref!(Ctx, harness);

impl Ctx {
    async fn start(extra: &[&str]) -> Ctx {
        let canary = format!("{CANARY_ACCOUNT}:token-canary");
        let mut args = vec!["--demo-account", &canary];
        args.extend_from_slice(extra);
        let ctx = Ctx {
            harness: Harness::with_hooks(EXE, &args),
            alice: Install::new("token-alice"),
        };
        ctx.register(&ctx.alice).await;
        ctx
    }

    /// Registers `install`, asserting it is new.
    async fn register(&self, install: &Install) {
        assert_eq!(self.harness.register(install).await.status, 201);
    }

    /// Submits a report with `free_text` as `install`; returns (report id, case id).
    async fn submit(&self, install: &Install, free_text: &str) -> (uuid::Uuid, i64) {
        let id = uuid::Uuid::now_v7();
        let body = report_body(&id, "bullying", free_text);
        let a = self.harness.submit(install, &id, &body).await;
        assert_eq!(a.status, 201, "{}", a.body);
        (id, self.case_of(REVIEWER, &id).await.unwrap())
    }

    /// Starts review and decides `case` with `actions`; returns the decision time (ms).
    async fn decide(&self, case: i64, actions: &[&str]) -> i64 {
        let c = format!("/v1/console/cases/{case}");
        let started = self
            .staff(REVIEWER, "POST", &format!("{c}/start-review"), None)
            .await;
        assert_eq!(started.status, 200, "{}", started.body);
        let d = self
            .staff(REVIEWER, "POST", &format!("{c}/decide"), Some(decision(actions)))
            .await;
        assert_eq!(d.status, 200, "{}", d.body);
        self.db()
            .query_row("SELECT decided_at FROM reports WHERE case_id = ?1", [case], |r| {
                r.get(0)
            })
            .unwrap()
    }

    /// Places a preservation hold as the lead; returns its id.
    async fn hold(&self, case: i64) -> String {
        let placed = self
            .staff(
                LEAD,
                "POST",
                &format!("/v1/console/cases/{case}/holds"),
                Some(json!({"kind": "preservation", "basis": "pending civil claim"})),
            )
            .await;
        assert_eq!(placed.status, 200, "{}", placed.body);
        placed.body["hold_id"].as_str().unwrap().to_owned()
    }

    async fn release(&self, case: i64, hold: &str) {
        let released = self
            .staff(
                LEAD,
                "POST",
                &format!("/v1/console/cases/{case}/holds/{hold}/release"),
                Some(json!({"reason": "claim settled"})),
            )
            .await;
        assert_eq!(released.status, 200, "{}", released.body);
    }

    /// `retention --db FILE --now T`: the job once, as if it were `at_ms`; its counts.
    fn retention(&self, at_ms: i64) -> Value {
        let now = json!(Timestamp::from_unix_millis(at_ms).unwrap());
        let out = Command::new(EXE)
            .args(["retention", "--db"])
            .arg(self.backend.db())
            .args(["--now", now.as_str().unwrap()])
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Runs the job far enough after `decided_at` that the appeal window has ended (closing
    /// the case); returns the close time the backend recorded.
    fn close(&self, case: i64, decided_at: i64) -> i64 {
        let window_days = i64::from(tellsafe::status::event::DEFAULT_APPEAL_WINDOW_DAYS);
        let run = self.retention(decided_at + (window_days + 1) * DAY);
        assert!(run["closed"].as_u64().unwrap() >= 1, "{run}");
        self.db()
            .query_row(
                "SELECT at FROM events WHERE case_id = ?1 AND json_extract(event, '$.event') = 'appeal_window_ended'",
                [case],
                |r| r.get(0),
            )
            .unwrap()
    }

    fn db(&self) -> Connection {
        Connection::open_with_flags(self.backend.db(), OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
    }

    fn body_present(&self, case: i64) -> bool {
        self.db()
            .query_row(
                "SELECT body IS NOT NULL FROM reports WHERE case_id = ?1",
                [case],
                |r| r.get(0),
            )
            .unwrap()
    }

    fn reporter_of(&self, case: i64) -> (String, String) {
        self.db()
            .query_row(
                "SELECT account_id, key_id FROM reports WHERE case_id = ?1",
                [case],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    }

    /// The audit detail of `action` on `case`, if any.
    fn audit_detail(&self, action: &str, case: i64) -> Option<String> {
        self.db()
            .query_row(
                "SELECT detail FROM audit WHERE action = ?1 AND subject = ?2",
                rusqlite::params![action, format!("case:{case}")],
                |r| r.get(0),
            )
            .optional()
            .unwrap()
    }

    /// The reporter's export as `install` (checked signed and against openapi.yaml).
    async fn export(&self, install: &Install) -> Value {
        let a = self
            .signed(install, "GET", "/v1/reports/export", None, None)
            .await;
        assert_eq!(a.status, 200, "{}", a.body);
        assert!(a.signed, "the export is signed by the backend");
        conforms("ReporterExport", &a.body);
        a.body
    }

    fn audit_intact(&self) {
        let out = Command::new(EXE)
            .args(["audit-verify", "--db"])
            .arg(self.backend.db())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    }
}

fn exported_ids(export: &Value) -> Vec<String> {
    export["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["report_id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_text_is_purged_at_close_plus_90_days_and_not_before() {
    let ctx = Ctx::start(&[]).await;
    let (_, case) = ctx.submit(&ctx.alice, CANARY_TEXT).await;
    let decided = ctx.decide(case, &["none"]).await;
    let closed = ctx.close(case, decided);
    assert!(ctx.body_present(case), "closing alone erases nothing");

    let content_days = i64::from(DEFAULT_CONTENT_DAYS);
    let early = ctx.retention(closed + (content_days - 1) * DAY);
    assert_eq!(early["content_purged"], 0, "{early}");
    assert!(ctx.body_present(case), "kept until close + {content_days} days");
    assert!(ctx.audit_detail("retention.content_purged", case).is_none());

    let due = ctx.retention(closed + content_days * DAY + 60_000);
    assert_eq!(due["content_purged"], 1, "{due}");
    assert!(!ctx.body_present(case));
    // The subject and evidence refs kept for the intake hold go with the text.
    let db = ctx.db();
    let leftovers: i64 = db
        .query_row(
            "SELECT (SELECT count(*) FROM holds WHERE case_id = ?1 AND items LIKE '%u_123%')
                  + (SELECT count(*) FROM platform_events WHERE payload LIKE '%u_123%'
                         AND json_extract(payload, '$.case_id') = ?1)",
            [case],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(leftovers, 0, "no subject or evidence ref left for the case");
    // Audited with field names and counts, never a value.
    let detail = ctx.audit_detail("retention.content_purged", case).unwrap();
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["fields"]["reports.body"], 1);
    assert!(!detail.to_string().contains("canary") && !detail.to_string().contains("u_123"));
    // Categories, decisions and the audit chain stay (transparency), and the chain is intact.
    let category: String = db
        .query_row("SELECT category FROM reports WHERE case_id = ?1", [case], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(category, "bullying");
    ctx.audit_intact();
    // Idempotent: a second run purges nothing more.
    let again = ctx.retention(closed + content_days * DAY + 120_000);
    assert_eq!(again["content_purged"], 0, "{again}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_report_is_untouched_by_retention_until_the_hold_is_released() {
    let ctx = Ctx::start(&[]).await;
    let (_, case) = ctx.submit(&ctx.alice, CANARY_TEXT).await;
    let decided = ctx.decide(case, &["none"]).await;
    let hold = ctx.hold(case).await;
    let closed = ctx.close(case, decided);

    let long_after = closed + i64::from(DEFAULT_CONTENT_DAYS + DEFAULT_REPORTER_LINK_DAYS) * DAY;
    let held = ctx.retention(long_after);
    assert_eq!(held["content_purged"], 0, "{held}");
    assert_eq!(held["reporter_links_pseudonymized"], 0, "{held}");
    assert!(held["skipped_held"].as_u64().unwrap() >= 1, "{held}");
    assert!(ctx.body_present(case), "the hold keeps the content");
    assert_eq!(ctx.reporter_of(case).0, "alice", "and the reporter link");

    ctx.release(case, &hold).await;
    let released = ctx.retention(long_after + 60_000);
    assert_eq!(released["content_purged"], 1, "{released}");
    assert_eq!(released["reporter_links_pseudonymized"], 1, "{released}");
    assert!(!ctx.body_present(case));
    ctx.audit_intact();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reporter_link_is_pseudonymized_after_the_appeal_window() {
    let ctx = Ctx::start(&[]).await;
    let (id, case) = ctx.submit(&ctx.alice, CANARY_TEXT).await;
    let key_id = ctx.alice.signer.public_key().key_id().to_owned();
    let decided = ctx.decide(case, &["none"]).await;
    let closed = ctx.close(case, decided);
    assert_eq!(ctx.reporter_of(case), ("alice".to_owned(), key_id.clone()));

    let link_days = i64::from(DEFAULT_REPORTER_LINK_DAYS);
    let early = ctx.retention(closed + (link_days - 1) * DAY);
    assert_eq!(early["reporter_links_pseudonymized"], 0, "{early}");
    assert_eq!(ctx.reporter_of(case).0, "alice");
    assert!(
        exported_ids(&ctx.export(&ctx.alice).await).contains(&id.to_string()),
        "the child still sees the closed report"
    );

    let due = ctx.retention(closed + link_days * DAY + 60_000);
    assert_eq!(due["reporter_links_pseudonymized"], 1, "{due}");
    let (account, key) = ctx.reporter_of(case);
    assert!(account.starts_with(PSEUDONYM_PREFIX) && key.starts_with(PSEUDONYM_PREFIX));
    assert!(!account.contains("alice") && !key.contains(&key_id));
    assert!(ctx.body_present(case), "content has its own, longer period");
    let detail = ctx
        .audit_detail("retention.reporter_pseudonymized", case)
        .unwrap();
    assert!(detail.contains("reports.account_id") && !detail.contains("alice"));
    assert!(
        !exported_ids(&ctx.export(&ctx.alice).await).contains(&id.to_string()),
        "nothing links the account to the report any more"
    );
    // A second report by the same account gets the same pseudonym (abuse checks still link).
    let (_, second) = ctx.submit(&ctx.alice, "another").await;
    let decided2 = ctx.decide(second, &["none"]).await;
    let closed2 = ctx.close(second, decided2);
    ctx.retention(closed2 + link_days * DAY + 60_000);
    assert_eq!(ctx.reporter_of(second).0, account);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_nonces_are_purged_and_live_ones_kept() {
    let ctx = Ctx::start(&[]).await;
    ctx.submit(&ctx.alice, "text").await;
    let count = || -> i64 {
        ctx.db()
            .query_row("SELECT count(*) FROM nonces", [], |r| r.get(0))
            .unwrap()
    };
    assert!(count() >= 2, "registration and submission stored their nonces");
    let now = real_now().unix_millis();
    let live = ctx.retention(now);
    assert_eq!(live["nonces_purged"], 0, "{live}");
    assert!(count() >= 2);
    let skew_ms = i64::try_from(platform_backend::cli::DEFAULT_MAX_SKEW_SECS).unwrap() * 1000;
    let expired = ctx.retention(now + 2 * skew_ms);
    assert!(expired["nonces_purged"].as_u64().unwrap() >= 2, "{expired}");
    assert_eq!(count(), 0);
    let audited: i64 = ctx
        .db()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'retention.expired_purged'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reporter_export_is_signed_bound_to_the_account_and_lists_reports_with_statuses() {
    let ctx = Ctx::start(&[]).await;
    let bob = Install::new("token-bob");
    ctx.register(&bob).await;
    let (alice_report, case) = ctx.submit(&ctx.alice, CANARY_TEXT).await;
    let (bob_report, _) = ctx.submit(&bob, "bob's own words").await;
    ctx.decide(case, &["warn"]).await;

    let export = ctx.export(&ctx.alice).await;
    assert_eq!(exported_ids(&export), vec![alice_report.to_string()]);
    let mine = &export["reports"][0];
    assert_eq!(
        mine["report"]["free_text"], CANARY_TEXT,
        "the reporter gets their own words"
    );
    assert_eq!(mine["status"]["state"], "decided");
    assert_eq!(mine["purpose"], "safety_only");
    assert_eq!(export["purpose"], "safety_only");
    let theirs = ctx.export(&bob).await;
    assert_eq!(exported_ids(&theirs), vec![bob_report.to_string()]);
    assert!(
        !theirs.to_string().contains("canary"),
        "bound to the signing account"
    );

    // Unsigned, or signed with a key registered to another account: refused.
    let unsigned = ctx
        .http
        .get(ctx.url("/v1/reports/export"))
        .header("authorization", "Bearer token-alice")
        .send()
        .await
        .unwrap();
    assert!(
        (400..500).contains(&unsigned.status().as_u16()),
        "an unsigned export is refused"
    );
    let borrowed = Install {
        signer: bob.signer.clone(),
        token: "token-alice".to_owned(),
        clock_offset: 0,
    };
    let a = ctx
        .signed(&borrowed, "GET", "/v1/reports/export", None, None)
        .await;
    assert_ne!(a.status, 200, "bob's key cannot read alice's export");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reported_users_export_carries_no_reporter_identity_or_content() {
    let ctx = Ctx::start(&[]).await;
    let canary = Install::new("token-canary");
    ctx.register(&canary).await;
    let (report_id, case) = ctx.submit(&canary, CANARY_TEXT).await;
    ctx.decide(case, &["warn"]).await;
    // Positive control: the canaries are in the store (so their absence below means something).
    assert_eq!(ctx.reporter_of(case).0, CANARY_ACCOUNT);
    assert!(ctx.export(&canary).await.to_string().contains(CANARY_TEXT));

    let out = Command::new(EXE)
        .args(["subject-export", "--db"])
        .arg(ctx.backend.db())
        .args(["--kind", "user", "--subject", "u_123"])
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let export: Value = serde_json::from_str(&text).unwrap();
    conforms("SubjectExport", &export);
    let reports = export["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["decisions"][0]["actions"], json!(["warn"]));
    assert_eq!(reports[0]["decisions"][0]["statement"], DECISION_EXPLANATION);
    let key_id = canary.signer.public_key().key_id().to_owned();
    for forbidden in [
        CANARY_ACCOUNT,
        "canary-free-text",
        &report_id.to_string(),
        &key_id,
        "13-15",
        "m_1",
        "age_band",
        "free_text",
        "answers",
    ] {
        assert!(
            !text.contains(forbidden),
            "the reported user's export leaks `{forbidden}`"
        );
    }
    // The console gives the lead the same document; a reviewer gets nothing.
    let path = "/v1/console/subjects/user/u_123/export";
    let console = ctx.staff(LEAD, "GET", path, None).await;
    assert_eq!(console.status, 200, "{}", console.body);
    assert!(console.signed);
    conforms("SubjectExport", &console.body);
    assert_eq!(console.body["reports"], export["reports"]);
    assert!(
        !console.body.to_string().contains(CANARY_ACCOUNT)
            && !console.body.to_string().contains("canary-free")
    );
    assert_eq!(ctx.staff(REVIEWER, "GET", path, None).await.status, 404);
    let audited = ctx
        .db()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'subject.exported' AND subject NOT LIKE '%u_123%'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    assert_eq!(audited, 1, "the look is audited under the key hash, not the id");
    // The Art. 17 statement to the affected user leaves the T&S contract too: same canaries.
    let out = Command::new(EXE)
        .args([
            "export",
            "affected-user",
            "--report",
            &format!("case:{case}"),
            "--db",
        ])
        .arg(ctx.backend.db())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let statement = String::from_utf8(out.stdout).unwrap();
    assert!(statement.contains(DECISION_EXPLANATION), "{statement}");
    for forbidden in [
        CANARY_ACCOUNT,
        "canary-free-text",
        &report_id.to_string(),
        &key_id,
    ] {
        assert!(
            !statement.contains(forbidden),
            "the Art. 17 statement leaks `{forbidden}`"
        );
    }
    // Another subject's export is empty.
    let out = Command::new(EXE)
        .args(["subject-export", "--db"])
        .arg(ctx.backend.db())
        .args(["--subject", "u_999"])
        .output()
        .unwrap();
    let other: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(other["reports"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_webhook_carries_report_content_and_every_one_says_safety_only() {
    let ctx = Ctx::start(&[]).await;
    let canary = Install::new("token-canary");
    ctx.register(&canary).await;
    let (report_id, case) = ctx.submit(&canary, CANARY_TEXT).await;
    ctx.hold(case).await;
    ctx.decide(case, &["warn"]).await;
    let db = ctx.db();
    let mut stmt = db.prepare("SELECT payload FROM webhook_outbox").unwrap();
    let payloads: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(payloads.len() >= 3, "case.created and two hold.placed at least");
    for payload in &payloads {
        for forbidden in [
            CANARY_ACCOUNT,
            "canary-free-text",
            &report_id.to_string(),
            "u_123",
            "m_1",
        ] {
            assert!(!payload.contains(forbidden), "a webhook carries `{forbidden}`");
        }
        let event: Value = serde_json::from_str(payload).unwrap();
        assert_eq!(event["purpose"], "safety_only");
        conforms("WebhookEvent", &event);
    }
    // Stored reports carry the purpose, and the database refuses any other.
    let purpose: String = db
        .query_row("SELECT purpose FROM reports WHERE case_id = ?1", [case], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(purpose, "safety_only");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_childs_withdrawal_is_refused_while_held_and_succeeds_after_release() {
    let ctx = Ctx::start(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let child = open_client(&ctx.backend, dir.path(), &Options::new("alice", "token-alice")).await;
    let sent = child
        .sdk
        .submit(
            &report("bullying", CANARY_TEXT),
            NotifyPreference::TellMeHere,
            &[],
        )
        .await
        .unwrap();
    assert_eq!(flush_all(&child).await, vec![sent.id]);
    let case = ctx.case_of(REVIEWER, &sent.id).await.unwrap();
    ctx.decide(case, &["none"]).await;
    let hold = ctx.hold(case).await;

    // delete_everywhere is refused honestly, and the report stays readable and explained.
    match child.sdk.delete_everywhere(sent.id).await {
        Err(refused @ ClientError::Backend { status: 409, .. }) => {
            assert!(matches!(&refused, ClientError::Backend { code, .. } if code == "delete_refused_hold"));
            // The SDK hands the app the words the child reads ("we cannot delete this yet").
            assert_eq!(
                refused.child_message_id(),
                Some(tellsafe::client::WITHDRAW_KEPT_MESSAGE)
            );
        }
        other => panic!("a held report was withdrawn: {other:?}"),
    }
    assert!(
        child.sdk.status(sent.id).await.is_ok(),
        "the child still sees the report"
    );
    let export = ctx.export(&ctx.alice).await;
    let kept = &export["reports"][0];
    assert_eq!(kept["kept_because"], "hold", "the child is told why it is kept");
    assert_eq!(kept["deleted"], false);
    assert!(ctx.body_present(case));

    ctx.release(case, &hold).await;
    child.sdk.delete_everywhere(sent.id).await.unwrap();
    assert!(!ctx.body_present(case), "withdrawn on the backend");
    let export = ctx.export(&ctx.alice).await;
    let gone = &export["reports"][0];
    assert_eq!(
        (gone["deleted"].as_bool(), gone["kept_because"].is_null()),
        (Some(true), true)
    );
    assert!(gone["report"].is_null() && !export.to_string().contains("canary"));
    let after = child.sdk.status(sent.id).await;
    assert!(
        after.is_err(),
        "withdrawn everywhere: {:?}",
        after.map(|v| v.kind)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reporting_duty_keeps_content_past_the_schedule_until_the_duty_ends() {
    let ctx = Ctx::start(&[]).await;
    let (_, case) = ctx.submit(&ctx.alice, CANARY_TEXT).await;
    let decided = ctx.decide(case, &["report_to_police"]).await;
    let export = ctx.export(&ctx.alice).await;
    assert_eq!(
        export["reports"][0]["kept_because"], "legal_duty",
        "the child is told why a withdrawal would be refused"
    );
    // A case handed to specialists keeps its intake hold; the lead releases it once the police
    // have what they need. The duty still keeps the content.
    let intake: String = ctx
        .db()
        .query_row(
            "SELECT hold_id FROM holds WHERE case_id = ?1 AND released_at IS NULL",
            [case],
            |r| r.get(0),
        )
        .unwrap();
    ctx.release(case, &intake).await;
    let closed = ctx.close(case, decided);
    let after_schedule = ctx.retention(closed + i64::from(DEFAULT_CONTENT_DAYS) * DAY + 60_000);
    assert_eq!(after_schedule["content_purged"], 0, "{after_schedule}");
    assert_eq!(after_schedule["kept_for_duty"], 1, "{after_schedule}");
    assert!(ctx.body_present(case));
    let duty_days = i64::from(platform_backend::retention::DEFAULT_DUTY_DAYS);
    let duty_over = ctx.retention(decided + duty_days * DAY + 60_000);
    assert_eq!(duty_over["content_purged"], 1, "{duty_over}");
    assert!(!ctx.body_present(case));
}
