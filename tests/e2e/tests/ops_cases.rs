//! End-to-end: trust-and-safety operations on the backend binary. Linked cases, priority
//! reasons and floors, SLA breaches on the test clock with p50/p95 figures, and brigading.

#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use serde_json::{Value, json};
use tellsafe::intake::priority::{
    AGEING_MILLIS_PER_POINT, CSE_FLOOR, IN_DANGER_FLOOR, REPORTERS_CAP, SELF_HARM_FLOOR,
};
use tellsafe_e2e::{Harness, Install, conforms};

const EXE: &str = env!("CARGO_BIN_EXE_e2e-backend");
/// The specialist sees every case, exploitation ones included (roles are tested in ops_governance).
const REVIEWER: &str = "Bearer specialist-token";
const MINUTE_MS: i64 = 60_000;

/// The shared harness plus this suite's console lookups as the specialist.
struct Ctx(Harness);

tellsafe_e2e::harness_deref!(Ctx, 0);
impl Ctx {
    fn start(extra: &[&str]) -> Ctx {
        Ctx(Harness::with_hooks(EXE, extra))
    }

    async fn install(&self, token: &str) -> Install {
        let who = Install::new(token);
        let reg = self.register(&who).await;
        assert_eq!(reg.status, 201, "{}", reg.body);
        assert_eq!(
            reg.body["attestation"], "unattested",
            "no attestation provider: stored unattested"
        );
        conforms("KeyRegistered", &reg.body);
        who
    }

    /// Submits a report; returns (receipt, report id).
    async fn report(&self, who: &Install, r: Rep) -> (Value, uuid::Uuid) {
        let id = uuid::Uuid::now_v7();
        let body = r.body(&id);
        let answer = self.submit(who, &id, &body).await;
        assert_eq!(answer.status, 201, "{}", answer.body);
        conforms("Receipt", &answer.body);
        (answer.body, id)
    }

    async fn reviewer(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let answer = self.staff(REVIEWER, method, path, body).await;
        assert_eq!(answer.status, 200, "{method} {path}: {}", answer.body);
        answer.body
    }

    /// The report-level case id of a report (from the console queue).
    async fn case_of(&self, report_id: &uuid::Uuid) -> i64 {
        self.0.case_of(REVIEWER, report_id).await.unwrap()
    }

    /// The linked case a report is in, from the event feed (opening a case would be a first
    /// look): the case it was linked into, followed through any merges.
    async fn linked_of(&self, report_id: &uuid::Uuid) -> i64 {
        let case = self.case_of(report_id).await;
        let events = self.events().await;
        let mut linked = events
            .iter()
            .rev()
            .find(|e| e["case_id"] == case && (e["kind"] == "case_created" || e["kind"] == "report_linked"))
            .and_then(|e| e["linked_case_id"].as_i64())
            .unwrap();
        while let Some(merge) = events.iter().find(|e| {
            e["kind"] == "cases_merged" && e["detail"]["merged"].as_array().unwrap().contains(&json!(linked))
        }) {
            linked = merge["linked_case_id"].as_i64().unwrap();
        }
        linked
    }

    async fn events(&self) -> Vec<Value> {
        let feed = self
            .reviewer("GET", "/v1/console/case-events?since=0", None)
            .await;
        conforms("CaseEvents", &feed);
        feed["events"].as_array().unwrap().clone()
    }

    async fn summary(&self, linked: i64) -> Value {
        let list = self.reviewer("GET", "/v1/console/linked-cases", None).await;
        list["linked_cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["linked_case_id"] == linked)
            .unwrap()
            .clone()
    }

    async fn open(&self, linked: i64) -> Value {
        let detail = self
            .reviewer("GET", &format!("/v1/console/linked-cases/{linked}"), None)
            .await;
        conforms("LinkedCase", &detail);
        detail
    }

    async fn advance(&self, seconds: i64) {
        self.hook("/v1/test/advance-clock", json!({"seconds": seconds}))
            .await;
    }

    async fn decide_none(&self, case: i64) {
        self.reviewer("POST", &format!("/v1/console/cases/{case}/start-review"), None)
            .await;
        let decision = json!({
            "actions": ["none"], "grounds": null, "automated_detection": false,
            "automated_decision": "not_automated", "holds": [], "disclosure": "full",
            "explanation": "Not a violation.", "content_type": "text", "territorial_scope": "worldwide"
        });
        self.reviewer(
            "POST",
            &format!("/v1/console/cases/{case}/decide"),
            Some(decision),
        )
        .await;
    }
}

/// A report's routing facts.
#[derive(Clone)]
struct Rep {
    category: &'static str,
    age_band: &'static str,
    subjects: Value,
    evidence: Value,
    in_danger: bool,
    victim: bool,
}

impl Rep {
    fn about(category: &'static str, user: &str) -> Rep {
        Rep {
            category,
            age_band: "13-15",
            subjects: json!([{"kind": "user", "id": user}]),
            evidence: json!([{"id": "m_1"}]),
            in_danger: false,
            victim: false,
        }
    }

    fn body(&self, id: &uuid::Uuid) -> Vec<u8> {
        json!({
            "id": id, "schema_version": 1, "created_at": "2026-01-01T00:00:00.000Z",
            "locale": "en-GB", "country": "GB", "age_band": self.age_band, "age_signal_source": "declared",
            "role": "self", "category": self.category, "subjects": self.subjects,
            "answers": {"when": ["today"]}, "evidence": self.evidence,
            "flags": {"in_danger_now": self.in_danger, "depicted_minor_is_reporter": self.victim, "coerced": false, "blocked_already": false},
            "desired_outcome": "stop_contact",
            "client": {"sdk_version": "0.1.0", "platform": "android", "app_version": "1.0"},
        })
        .to_string()
        .into_bytes()
    }
}

fn reason<'a>(score: &'a Value, name: &str) -> Option<&'a Value> {
    score["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reason"] == name)
}

fn millis(v: &Value) -> i64 {
    serde_json::from_value::<tellsafe::Timestamp>(v.clone())
        .unwrap()
        .unix_millis()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_link_by_subject_victim_conversation_and_hash_across_categories_and_time() {
    let ctx = Ctx::start(&[]);
    let alice = ctx.install("token-alice").await;
    let mut bob = ctx.install("token-bob").await;

    // Subject, across categories.
    let (_, s1) = ctx.report(&alice, Rep::about("bullying", "u_subject")).await;
    let (_, s2) = ctx.report(&bob, Rep::about("hate", "u_subject")).await;
    // Conversation: different accounts reported, same conversation.
    let mut c = Rep::about("bullying", "u_c1");
    c.subjects = json!([{"kind": "user", "id": "u_c1"}, {"kind": "conversation", "id": "conv_1"}]);
    let (_, c1) = ctx.report(&alice, c.clone()).await;
    c.subjects = json!([{"kind": "user", "id": "u_c2"}, {"kind": "conversation", "id": "conv_1"}]);
    let (_, c2) = ctx.report(&bob, c).await;
    // Content hash.
    let hash = "ab".repeat(32);
    let mut h = Rep::about("scam", "u_h1");
    h.evidence = json!([{"id": "m_h1", "sha256": hash}]);
    let (_, h1) = ctx.report(&alice, h.clone()).await;
    h.subjects = json!([{"kind": "user", "id": "u_h2"}]);
    h.evidence = json!([{"id": "m_h2", "sha256": hash}]);
    let (_, h2) = ctx.report(&bob, h).await;
    // Victim: alice is the depicted minor in two reports about different accounts.
    let mut v = Rep::about("sexual_images_of_child", "u_v1");
    v.victim = true;
    let (_, v1) = ctx.report(&alice, v.clone()).await;
    v.subjects = json!([{"kind": "user", "id": "u_v2"}]);
    let (_, v2) = ctx.report(&alice, v.clone()).await;
    // Bob as the depicted minor is another victim: not linked to alice's case.
    v.subjects = json!([{"kind": "user", "id": "u_v3"}]);
    let (_, v3) = ctx.report(&bob, v).await;

    let pairs = [
        (s1, s2, "subject"),
        (c1, c2, "conversation"),
        (h1, h2, "hash"),
        (v1, v2, "victim"),
    ];
    let mut linked_ids = Vec::new();
    for (a, b, kind) in pairs {
        let la = ctx.linked_of(&a).await;
        assert_eq!(la, ctx.linked_of(&b).await, "linked by {kind}");
        let detail = ctx.open(la).await;
        let reports = detail["reports"].as_array().unwrap();
        assert_eq!(reports.len(), 2, "{kind}: the case shows both reports");
        for r in reports {
            assert!(
                r["linked_by"].as_array().unwrap().iter().any(|k| k == kind),
                "{kind}: {r}"
            );
        }
        linked_ids.push(la);
    }
    linked_ids.sort_unstable();
    linked_ids.dedup();
    assert_eq!(linked_ids.len(), 4, "the four groups stay apart");
    assert_ne!(
        ctx.linked_of(&v3).await,
        ctx.linked_of(&v1).await,
        "another child is another victim"
    );
    let subject_case = ctx.linked_of(&s1).await;
    let categories = ctx.summary(subject_case).await["categories"].clone();
    assert_eq!(
        categories.as_array().unwrap().len(),
        2,
        "across categories: {categories}"
    );

    // No time limit: a report 400 days later about the same account joins the same case.
    let days = 400;
    ctx.advance(days * 86_400).await;
    bob.clock_offset = days * 86_400;
    let (_, late) = ctx
        .report(&bob, Rep::about("violence_or_threats", "u_subject"))
        .await;
    assert_eq!(ctx.linked_of(&late).await, subject_case);
    assert_eq!(
        ctx.open(subject_case).await["reports"].as_array().unwrap().len(),
        3
    );

    // A report bridging two cases merges them into the older one.
    let mut bridge = Rep::about("bullying", "u_c1");
    bridge.subjects = json!([{"kind": "user", "id": "u_c1"}, {"kind": "user", "id": "u_h1"}]);
    let (_, b) = ctx.report(&bob, bridge).await;
    let (conv_case, hash_case) = (ctx.linked_of(&c1).await, ctx.linked_of(&h1).await);
    assert_eq!(conv_case, hash_case, "merged");
    assert_eq!(ctx.linked_of(&b).await, conv_case);
    assert!(ctx.events().await.iter().any(|e| e["kind"] == "cases_merged"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn priority_shows_its_reasons_and_floors_hold_against_reporter_reliability() {
    let ctx = Ctx::start(&[]);
    let alice = ctx.install("token-alice").await;
    let bob = ctx.install("token-bob").await;

    // Floors: sexual exploitation, in danger, self-harm; tiers follow.
    let (cse, _) = ctx
        .report(&alice, Rep::about("sexual_images_of_child", "u_f1"))
        .await;
    assert!(cse["priority"].as_u64().unwrap() >= u64::from(CSE_FLOOR));
    assert_eq!(cse["review_tier"], "urgent");
    let (sextortion, _) = ctx
        .report(&alice, Rep::about("threat_to_share_pictures", "u_f2"))
        .await;
    assert_eq!(sextortion["review_tier"], "immediate", "sextortion is P0");
    let mut danger = Rep::about("bullying", "u_f3");
    danger.in_danger = true;
    let (d, d_id) = ctx.report(&alice, danger).await;
    assert!(d["priority"].as_u64().unwrap() >= u64::from(IN_DANGER_FLOOR));
    assert_eq!(d["review_tier"], "immediate");
    let score = ctx.open(ctx.linked_of(&d_id).await).await["score"].clone();
    assert_eq!(score["floor"], "in_danger");
    for name in ["category_severity", "age_band", "in_danger"] {
        assert!(reason(&score, name).is_some(), "reason {name} shown: {score}");
    }

    // Make alice's record poor in bullying and in self-harm: three reports each, none upheld.
    for (i, category) in ["bullying", "self_harm_or_suicide"].iter().enumerate() {
        for n in 0..3 {
            let (_, id) = ctx
                .report(&alice, Rep::about(category, &format!("u_r{i}_{n}")))
                .await;
            ctx.decide_none(ctx.case_of(&id).await).await;
        }
    }
    // Bullying: reliability is applied and lowers alice's new report below bob's identical one.
    let (a_b, a_id) = ctx.report(&alice, Rep::about("bullying", "u_new_a")).await;
    let (b_b, _) = ctx.report(&bob, Rep::about("bullying", "u_new_b")).await;
    assert!(
        a_b["priority"].as_u64() < b_b["priority"].as_u64(),
        "{a_b} vs {b_b}"
    );
    let a_detail = ctx.open(ctx.linked_of(&a_id).await).await;
    let rel = reason(&a_detail["score"], "reporter_reliability").unwrap();
    assert_eq!(rel["applied"], true);
    assert!(rel["points"].as_i64().unwrap() < 0);
    assert_eq!(
        a_detail["reports"][0]["reporter_reliability"]["decided"], 3,
        "visible to moderators"
    );
    assert_eq!(a_detail["reports"][0]["reporter_reliability"]["upheld"], 0);
    // Self-harm: the same poor record is shown but never applied; the floor holds.
    let (sh, sh_id) = ctx
        .report(&alice, Rep::about("self_harm_or_suicide", "u_new_sh"))
        .await;
    assert!(sh["priority"].as_u64().unwrap() >= u64::from(SELF_HARM_FLOOR));
    let sh_detail = ctx.open(ctx.linked_of(&sh_id).await).await;
    assert_eq!(
        reason(&sh_detail["score"], "reporter_reliability").unwrap()["applied"],
        false
    );
    assert_eq!(sh_detail["reports"][0]["reporter_reliability"]["applied"], false);
    assert_eq!(sh_detail["score"]["floor"], "self_harm");

    // Waiting raises rank, not priority.
    let (_, spam_id) = ctx.report(&bob, Rep::about("spam", "u_spam")).await;
    let spam_case = ctx.linked_of(&spam_id).await;
    let before = ctx.summary(spam_case).await;
    ctx.advance(5 * AGEING_MILLIS_PER_POINT / 1000).await;
    let after = ctx.summary(spam_case).await;
    assert_eq!(after["priority"], before["priority"]);
    assert_eq!(
        after["rank"].as_i64().unwrap(),
        before["rank"].as_i64().unwrap() + 5,
        "{before} -> {after}"
    );

    // The console page shows the reasons.
    let page = ctx
        .http
        .get(ctx.url(&format!("/console/linked-cases/{}", ctx.linked_of(&sh_id).await)))
        .header("authorization", REVIEWER)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("category_severity") && page.contains("shown, not applied"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sla_breaches_fire_on_the_test_clock_and_percentiles_are_reported() {
    // P0 configured to 10 minutes: receipts and status carry the configured figure.
    let ctx = Ctx::start(&["--sla-p0-minutes", "10"]);
    let alice = ctx.install("token-alice").await;
    let mut danger = Rep::about("bullying", "u_s1");
    danger.in_danger = true;
    let (p0, p0_id) = ctx.report(&alice, danger).await;
    assert_eq!(p0["review_tier"], "immediate");
    assert_eq!(
        millis(&p0["expected_first_review_by"]) - millis(&p0["received_at"]),
        10 * MINUTE_MS
    );
    let status = ctx
        .signed(&alice, "GET", &format!("/v1/reports/{p0_id}/status"), None, None)
        .await;
    assert_eq!(status.status, 200, "{}", status.body);
    assert_eq!(
        millis(&status.body["child_status"]["expected_by"]) - millis(&p0["received_at"]),
        10 * MINUTE_MS
    );
    let (p1, p1_id) = ctx
        .report(&alice, Rep::about("asked_for_sexual_things", "u_s2"))
        .await;
    assert_eq!(p1["review_tier"], "urgent");
    assert_eq!(
        millis(&p1["expected_first_review_by"]) - millis(&p1["received_at"]),
        60 * MINUTE_MS
    );
    let (p3, _) = ctx.report(&alice, Rep::about("spam", "u_s3")).await;
    assert_eq!(p3["review_tier"], "standard");

    let breaches = |events: &[Value]| {
        events
            .iter()
            .filter(|e| e["kind"] == "sla_breached")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(breaches(&ctx.events().await).is_empty());
    ctx.advance(20 * 60).await;
    let found = breaches(&ctx.events().await);
    assert_eq!(found.len(), 1, "only P0 is past its 10 minutes: {found:?}");
    assert_eq!(found[0]["case_id"], ctx.case_of(&p0_id).await);
    assert_eq!(found[0]["detail"]["sla"], "P0");

    // A first look at the P1 case after 20 minutes, then a decision: it never breaches.
    let p1_linked = ctx.linked_of(&p1_id).await;
    ctx.open(p1_linked).await;
    ctx.advance(5 * 60).await;
    ctx.decide_none(ctx.case_of(&p1_id).await).await;
    ctx.advance(2 * 3600).await;
    assert_eq!(
        breaches(&ctx.events().await).len(),
        1,
        "looked-at reports do not breach; breaches fire once"
    );

    let stats = ctx.reviewer("GET", "/v1/console/sla", None).await;
    conforms("SlaStats", &stats);
    let tier = |code: &str| {
        stats["tiers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["tier"] == code)
            .unwrap()
            .clone()
    };
    let immediate = tier("immediate");
    assert_eq!(immediate["first_look_target_ms"], 10 * MINUTE_MS);
    assert_eq!(immediate["breached"], 1);
    let urgent = tier("urgent");
    assert_eq!(urgent["breached"], 0);
    // Server time = wall time + offset, so measured durations include the test's real run time.
    let slack = MINUTE_MS;
    for p in ["p50", "p95"] {
        let look = urgent["first_look_ms"][p].as_i64().unwrap();
        assert!(
            (20 * MINUTE_MS..20 * MINUTE_MS + slack).contains(&look),
            "{p} first look {look}"
        );
        let decision = urgent["decision_ms"][p].as_i64().unwrap();
        assert!(
            (25 * MINUTE_MS..25 * MINUTE_MS + slack).contains(&decision),
            "{p} decision {decision}"
        );
    }
    assert_eq!(tier("standard")["awaiting_first_look"], 1);
    let page = ctx
        .http
        .get(ctx.url("/console/sla"))
        .header("authorization", REVIEWER)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("P0"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_brigading_burst_flags_the_subject_and_raises_priority_by_at_most_the_cap() {
    const BRIGADE: usize = 8;
    let accounts: Vec<String> = (0..BRIGADE).map(|i| format!("b{i}:token-b{i}")).collect();
    let mut args = Vec::new();
    for a in &accounts {
        args.extend(["--demo-account", a.as_str()]);
    }
    let ctx = Ctx::start(&args);
    let alice = ctx.install("token-alice").await;
    let (first, first_id) = ctx.report(&alice, Rep::about("bullying", "u_target")).await;
    let linked = ctx.linked_of(&first_id).await;
    let before = first["priority"].as_i64().unwrap();

    let mut ids = vec![first_id];
    for i in 0..BRIGADE {
        let who = ctx.install(&format!("token-b{i}")).await;
        let (_, id) = ctx.report(&who, Rep::about("bullying", "u_target")).await;
        ids.push(id);
    }
    let summary = ctx.summary(linked).await;
    let after = summary["priority"].as_i64().unwrap();
    assert!(after > before, "more independent reporters is a signal");
    assert!(after - before <= i64::from(REPORTERS_CAP), "{before} -> {after}");
    assert_eq!(summary["independent_reporters"], BRIGADE + 1);

    let events = ctx.events().await;
    let flagged: Vec<&Value> = events
        .iter()
        .filter(|e| e["kind"] == "subject_flagged" && e["linked_case_id"] == linked)
        .collect();
    let flags: Vec<&Value> = flagged.iter().map(|e| &e["detail"]["flag"]).collect();
    assert!(
        flags.contains(&&json!("burst")) && flags.contains(&&json!("reporter_cluster")),
        "{flagged:?}"
    );
    assert_eq!(flagged.len(), 2, "each flag is raised once per subject");

    let detail = ctx.open(linked).await;
    let raised: Vec<&Value> = detail["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["flag"])
        .collect();
    assert!(raised.contains(&&json!("burst")) && raised.contains(&&json!("reporter_cluster")));
    let reporters = reason(&detail["score"], "reporters").unwrap();
    assert_eq!(reporters["points"], REPORTERS_CAP);

    // Volume alone never acts: every report is still waiting for a person.
    for id in &ids {
        let case = ctx.case_of(id).await;
        let shown = ctx
            .reviewer("GET", &format!("/v1/console/cases/{case}"), None)
            .await;
        assert_eq!(shown["status"]["state"], "received", "{shown}");
        assert_eq!(shown["events"].as_array().unwrap().len(), 0);
    }
}
