//! Standard exports: golden files per format for representative categories, and the
//! invariants asserted directly (DSA rules, well-formed XML, the reporter canary, grapheme
//! limits, SLA tiers).
//!
//! To rewrite `core/tests/golden/` after an intended change, run
//! `TELLSAFE_UPDATE_GOLDEN=1 cargo test -p tellsafe --features intake --test exports` and
//! review the diff before committing.
#![cfg(feature = "intake")]
#![allow(clippy::unwrap_used, reason = "test helpers: a panic is a failed test")]

use std::collections::BTreeSet;

use quick_xml::Reader;
use quick_xml::events::Event as XmlEvent;
use tellsafe::intake::export::{
    ATPROTO_REASON_MAX_BYTES, ATPROTO_REASON_MAX_GRAPHEMES, CaseFacts, DSA_FACTS_MAX, ExportError,
    ExportFormat, ExportInput, NotApplicableReason, PlatformInfo, SlaTier, StatementFacts, StoredReport,
    ViewLog, affected_user_statement, atproto_report, dsa_statement, ncmec_report, validate_dsa,
};
use tellsafe::report::{Flags, Platform, ReportBuilder, ReportId, SubjectKind};
use tellsafe::status::{Action, ActionSet, AutomatedDecision, Decision, DisclosureLevel, GroundRef, Grounds};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};
use unicode_segmentation::UnicodeSegmentation;

const REPORTER: &str = "CANARY-REPORTER-7f3a";
const FREE_TEXT: &str = "CANARY-TEXT-91b2 he keeps messaging me";
const EVIDENCE: &str = "CANARY-EVIDENCE-c0de";
const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const CREATED: i64 = 1_795_000_000_000;

fn stored(category: Category, flags: Flags) -> StoredReport {
    let report = ReportBuilder::new(
        ReportId::new(CREATED as u64, &[9; 10]),
        Timestamp::from_unix_millis(CREATED).unwrap(),
    )
    .locale("en-GB")
    .country("GB")
    .age(AgeBand::Age13To15, AgeSignalSource::Declared)
    .role(ReporterRole::Myself)
    .category(category)
    .subject(SubjectKind::User, "did:plc:reported42")
    .subject(SubjectKind::Content, "post-777")
    .subject(SubjectKind::Message, "msg-555")
    .free_text(FREE_TEXT)
    .evidence(EVIDENCE, Some(HASH))
    .evidence("upload-2", None)
    .flags(flags)
    .client(Platform::Android, "5.12.1")
    .build()
    .unwrap();
    StoredReport {
        report,
        reporter_account: REPORTER.to_owned(),
    }
}

fn platform() -> PlatformInfo {
    PlatformInfo {
        service: "ExampleChat".to_owned(),
        contact_email: "safety@example.invalid".to_owned(),
        puid_prefix: "examplechat".to_owned(),
        terms_url: Some("https://example.invalid/terms".to_owned()),
        complaint_window_days: 184,
    }
}

fn case(stored: &StoredReport) -> CaseFacts {
    CaseFacts {
        case_id: 42,
        received_at: Timestamp::from_unix_millis(CREATED + 2_000).unwrap(),
        sla_tier: SlaTier::derive(&stored.report),
        escalated: false,
        reported_user_is_minor: false,
    }
}

fn decision(actions: &[Action], illegal: bool) -> Decision {
    Decision {
        actions: ActionSet::of(actions.iter().copied()),
        grounds: Some(if illegal {
            Grounds::IllegalContent {
                legal_ground: GroundRef::new("Directive 2011/93/EU Art. 5").unwrap(),
            }
        } else {
            Grounds::Terms {
                clause: GroundRef::new("Community rules 4.2").unwrap(),
            }
        }),
        automated_detection: false,
        automated_decision: AutomatedDecision::NotAutomated,
        holds: BTreeSet::new(),
        disclosure: DisclosureLevel::Full,
        decided_at: Timestamp::from_unix_millis(CREATED + 3_600_000).unwrap(),
    }
}

fn facts(explanation: &str) -> StatementFacts {
    StatementFacts {
        explanation: explanation.to_owned(),
        content_type: "image, message".to_owned(),
        territorial_scope: "EU".to_owned(),
    }
}

fn golden(name: &str, text: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("TELLSAFE_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(format!("{}/tests/golden", env!("CARGO_MANIFEST_DIR"))).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{name} differs from core/tests/golden: rerun with TELLSAFE_UPDATE_GOLDEN=1 and review the diff"
    );
}

/// Parses `xml` with quick-xml and returns (element path, text) pairs; panics if malformed.
fn parse_xml(xml: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            XmlEvent::Start(e) => path.push(String::from_utf8(e.name().as_ref().to_vec()).unwrap()),
            XmlEvent::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                out.push((format!("{}/{name}", path.join("/")), String::new()));
            }
            XmlEvent::End(_) => {
                path.pop();
            }
            XmlEvent::Text(t) => {
                let text = t.decode().unwrap().into_owned();
                if !text.trim().is_empty() {
                    out.push((path.join("/"), text));
                }
            }
            XmlEvent::Eof => break,
            _ => {}
        }
    }
    assert!(path.is_empty(), "unclosed elements");
    out
}

/// The representative categories, with their flags and actions.
fn cases() -> Vec<(&'static str, Category, Flags, Vec<Action>, bool)> {
    vec![
        (
            "sexual_images_of_child",
            Category::SexualImagesOfChild,
            Flags {
                depicted_minor_is_reporter: true,
                ..Flags::default()
            },
            vec![Action::Remove, Action::Suspend, Action::ReportToNcmec],
            true,
        ),
        (
            "threat_to_share_pictures",
            Category::ThreatToSharePictures,
            Flags {
                coerced: true,
                ..Flags::default()
            },
            vec![Action::Suspend, Action::ReportToNcmec],
            true,
        ),
        (
            "unwanted_sexual_pictures",
            Category::UnwantedSexualPictures,
            Flags::default(),
            vec![Action::Remove],
            false,
        ),
        (
            "bullying",
            Category::Bullying,
            Flags::default(),
            vec![Action::Restrict, Action::Warn],
            false,
        ),
    ]
}

#[test]
fn golden_files_and_invariants_per_format() {
    let platform = platform();
    let mut view_log = ViewLog::default();
    view_log.viewed_evidence.insert(0);
    for (name, category, flags, actions, illegal) in cases() {
        let stored = stored(category, flags);
        let case = case(&stored);
        let decision = decision(&actions, illegal);
        let facts = facts("The account sent sexual images and threats in private messages over two days.");
        let input = ExportInput {
            stored: &stored,
            case: &case,
            decision: Some((&decision, &facts)),
            view_log: &view_log,
            platform: &platform,
        };

        let dsa = dsa_statement(&input).unwrap();
        validate_dsa(&dsa).unwrap();
        let json = serde_json::to_string_pretty(&dsa).unwrap() + "\n";
        // Required fields of reference C.1 are present in the JSON itself.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        for field in [
            "decision_ground",
            "content_type",
            "category",
            "territorial_scope",
            "content_date",
            "application_date",
            "decision_facts",
            "source_type",
            "automated_detection",
            "automated_decision",
            "puid",
        ] {
            assert!(!value[field].is_null(), "{name}: {field}");
        }
        assert_eq!(value["source_type"], "SOURCE_ARTICLE_16");
        assert_eq!(value["category"], category.info().dsa.category.as_str());
        assert!(value.get("source_identity").is_none());
        validate_dsa(&serde_json::from_value(value).unwrap()).unwrap();
        for secret in [
            REPORTER,
            EVIDENCE,
            "CANARY-TEXT",
            "did:plc:reported42",
            "post-777",
            "msg-555",
        ] {
            assert!(!json.contains(secret), "{name}: DSA JSON holds personal data");
        }
        golden(&format!("dsa-{name}.json"), &json);

        let statement = affected_user_statement(&input).unwrap();
        let json = serde_json::to_string_pretty(&statement).unwrap() + "\n";
        let text = statement.to_text();
        let report_id = stored.report.id().to_string();
        for secret in [
            REPORTER,
            EVIDENCE,
            "CANARY-TEXT",
            report_id.as_str(),
            "msg-555",
            "13-15",
            "en-GB",
        ] {
            assert!(
                !json.contains(secret),
                "{name}: affected-user JSON hints at the reporter"
            );
            assert!(
                !text.contains(secret),
                "{name}: affected-user text hints at the reporter"
            );
        }
        assert!(json.contains("post-777"), "published items are named");
        golden(&format!("affected-user-{name}.json"), &json);
        golden(&format!("affected-user-{name}.txt"), &text);

        match ncmec_report(&input) {
            Ok(export) => {
                let elements = parse_xml(&export.report_xml);
                let has = |path: &str| elements.iter().any(|(p, _)| p == path);
                assert!(has("report/incidentSummary/incidentType"));
                assert!(has("report/incidentSummary/incidentDateTime"));
                assert!(has("report/reporter/reportingPerson/email"));
                let reported: Vec<&String> = elements
                    .iter()
                    .filter(|(p, _)| p.starts_with("report/personOrUserReported"))
                    .map(|(_, t)| t)
                    .collect();
                assert!(reported.iter().any(|t| *t == "did:plc:reported42"));
                assert!(
                    reported.iter().all(|t| !t.contains(REPORTER)),
                    "{name}: reporter as suspect"
                );
                let victim = elements
                    .iter()
                    .any(|(p, t)| p == "report/victim/espIdentifier" && t == REPORTER);
                assert_eq!(victim, flags.depicted_minor_is_reporter, "{name}: victim");
                if !flags.depicted_minor_is_reporter {
                    assert!(!export.report_xml.contains(REPORTER));
                }
                assert!(!export.report_xml.contains("CANARY-TEXT"));
                assert_eq!(
                    has("report/incidentSummary/escalateToHighPriority"),
                    case.sla_tier.is_high_priority()
                );
                golden(&format!("ncmec-{name}.xml"), &export.report_xml);
                assert_eq!(export.files.len(), 2);
                for file in &export.files {
                    let elements = parse_xml(&file.xml);
                    let viewed = elements
                        .iter()
                        .find(|(p, _)| p == "fileDetails/fileViewedByEsp")
                        .map(|(_, t)| t.as_str());
                    let expected = if file.evidence_index == 0 { "true" } else { "false" };
                    assert_eq!(viewed, Some(expected), "only the view log sets fileViewedByEsp");
                }
                golden(&format!("ncmec-{name}-file0.xml"), &export.files[0].xml);
            }
            Err(error) => {
                assert!(category.info().ncmec.is_none(), "{name}: {error}");
                assert_eq!(
                    error,
                    ExportError::NotApplicable {
                        format: ExportFormat::Ncmec,
                        reason: NotApplicableReason::NoNcmecIncidentType
                    }
                );
            }
        }

        let at = atproto_report(&input, None).unwrap();
        assert_eq!(at.reason_type, category.info().atproto);
        assert_eq!(at.subject.did, "did:plc:reported42");
        let json = serde_json::to_string_pretty(&at).unwrap() + "\n";
        assert!(!json.contains(REPORTER) && !json.contains("CANARY-TEXT"));
        golden(&format!("atproto-{name}.json"), &json);
    }
}

fn input_parts(category: Category, flags: Flags) -> (StoredReport, CaseFacts, PlatformInfo) {
    let stored = stored(category, flags);
    let case = case(&stored);
    (stored, case, platform())
}

#[test]
fn a_reporter_named_in_the_facts_is_refused_for_the_affected_user_and_the_database() {
    let (stored, case, platform) = input_parts(Category::Bullying, Flags::default());
    let decision = decision(&[Action::Remove], false);
    let log = ViewLog::default();
    for leaky in [
        format!("Reported by {REPORTER}."),
        format!("The child wrote: {FREE_TEXT}"),
        format!("See screenshot {EVIDENCE}."),
    ] {
        let facts = facts(&leaky);
        let input = ExportInput {
            stored: &stored,
            case: &case,
            decision: Some((&decision, &facts)),
            view_log: &log,
            platform: &platform,
        };
        assert_eq!(
            affected_user_statement(&input).unwrap_err(),
            ExportError::ReporterIdentity { field: "facts" }
        );
        assert_eq!(
            dsa_statement(&input).unwrap_err(),
            ExportError::PersonalData {
                field: "decision_facts"
            }
        );
    }
    // A subject id is fine for the affected user (their own item) but not for a public filing.
    let facts = facts("Item post-777 was removed.");
    let input = ExportInput {
        stored: &stored,
        case: &case,
        decision: Some((&decision, &facts)),
        view_log: &log,
        platform: &platform,
    };
    assert!(affected_user_statement(&input).is_ok());
    assert_eq!(
        dsa_statement(&input).unwrap_err(),
        ExportError::PersonalData {
            field: "decision_facts"
        }
    );
}

#[test]
fn dsa_limits_scope_and_applicability_name_the_field() {
    let (stored, case, platform) = input_parts(Category::Bullying, Flags::default());
    let log = ViewLog::default();
    let run = |decision: Option<&Decision>, facts: &StatementFacts| {
        dsa_statement(&ExportInput {
            stored: &stored,
            case: &case,
            decision: decision.map(|d| (d, facts)),
            view_log: &log,
            platform: &platform,
        })
    };
    let remove = decision(&[Action::Remove], false);
    assert!(run(Some(&remove), &facts(&"x".repeat(DSA_FACTS_MAX))).is_ok());
    assert_eq!(
        run(Some(&remove), &facts(&"x".repeat(DSA_FACTS_MAX + 1))).unwrap_err(),
        ExportError::TooLong {
            field: "decision_facts",
            max: DSA_FACTS_MAX
        }
    );
    assert_eq!(
        run(None, &facts("f")).unwrap_err(),
        ExportError::MissingDecision {
            format: ExportFormat::Dsa
        }
    );
    let warn_only = decision(&[Action::Warn, Action::ReportToPolice], false);
    assert!(matches!(
        run(Some(&warn_only), &facts("f")).unwrap_err(),
        ExportError::NotApplicable {
            reason: NotApplicableReason::NoRestriction,
            ..
        }
    ));
    let mut outside = facts("f");
    outside.territorial_scope = "GB, US".to_owned();
    assert!(matches!(
        run(Some(&remove), &outside).unwrap_err(),
        ExportError::NotApplicable {
            reason: NotApplicableReason::OutsideEea,
            ..
        }
    ));
    outside.territorial_scope = "GB, de, NO".to_owned();
    assert_eq!(
        run(Some(&remove), &outside).unwrap().territorial_scope,
        ["DE", "NO"]
    );
    outside.territorial_scope = "mars".to_owned();
    assert_eq!(
        run(Some(&remove), &outside).unwrap_err(),
        ExportError::InvalidField {
            field: "territorial_scope"
        }
    );

    // validate_dsa refuses what the database refuses.
    let good = run(Some(&remove), &facts("f")).unwrap();
    let mut s = good.clone();
    s.category = String::new();
    assert_eq!(
        validate_dsa(&s).unwrap_err(),
        ExportError::MissingField { field: "category" }
    );
    let mut s = good.clone();
    s.puid = "has space".to_owned();
    assert_eq!(
        validate_dsa(&s).unwrap_err(),
        ExportError::InvalidField { field: "puid" }
    );
    let mut s = good.clone();
    s.incompatible_content_ground = Some("g".repeat(501));
    assert_eq!(
        validate_dsa(&s).unwrap_err(),
        ExportError::TooLong {
            field: "incompatible_content_ground",
            max: 500
        }
    );
    let mut s = good.clone();
    s.category_specification = vec!["KEYWORD_HATE_SPEECH".to_owned()];
    assert_eq!(
        validate_dsa(&s).unwrap_err(),
        ExportError::InvalidField {
            field: "category_specification"
        }
    );
    let mut s = good;
    s.content_date = "1999-12-31".to_owned();
    assert_eq!(
        validate_dsa(&s).unwrap_err(),
        ExportError::InvalidField {
            field: "content_date"
        }
    );
}

#[test]
fn sla_tiers_follow_the_documented_rule_and_drive_ncmec_escalation() {
    let tier = |category, flags| SlaTier::derive(&stored(category, flags).report);
    let danger = Flags {
        in_danger_now: true,
        ..Flags::default()
    };
    assert_eq!(tier(Category::Bullying, danger), SlaTier::P0);
    assert_eq!(
        tier(Category::ThreatToSharePictures, Flags::default()),
        SlaTier::P0
    );
    let coerced = Flags {
        coerced: true,
        ..Flags::default()
    };
    assert_eq!(
        tier(Category::AskedForSexualThings, coerced),
        SlaTier::P0,
        "sextortion annotation"
    );
    assert_eq!(tier(Category::SexualImagesOfChild, Flags::default()), SlaTier::P1);
    assert_eq!(tier(Category::ViolenceOrThreats, Flags::default()), SlaTier::P2);
    assert_eq!(tier(Category::Bullying, Flags::default()), SlaTier::P3);
    for category in Category::ALL {
        let t = tier(category, Flags::default());
        if category.info().ncmec.is_some() {
            assert!(t <= SlaTier::P1, "{}", category.code());
        }
    }

    let (stored, mut case, platform) = input_parts(Category::UnwantedSexualPictures, Flags::default());
    let log = ViewLog::default();
    for (sla, escalated) in [
        (SlaTier::P0, true),
        (SlaTier::P1, true),
        (SlaTier::P2, false),
        (SlaTier::P3, false),
    ] {
        case.sla_tier = sla;
        case.reported_user_is_minor = true;
        let xml = ncmec_report(&ExportInput {
            stored: &stored,
            case: &case,
            decision: None,
            view_log: &log,
            platform: &platform,
        })
        .unwrap()
        .report_xml;
        let elements = parse_xml(&xml);
        let has = |path: &str| elements.iter().any(|(p, _)| p == path);
        assert_eq!(has("report/incidentSummary/escalateToHighPriority"), escalated);
        assert!(has(
            "report/incidentSummary/reportAnnotations/minorToMinorInteraction"
        ));
        assert!(!has("report/victim/espIdentifier"));
    }
}

#[test]
fn a_subject_naming_the_reporter_is_never_a_suspect() {
    let report = ReportBuilder::new(
        ReportId::new(CREATED as u64, &[1; 10]),
        Timestamp::from_unix_millis(CREATED).unwrap(),
    )
    .locale("en")
    .country("DE")
    .age(AgeBand::Age10To12, AgeSignalSource::Declared)
    .role(ReporterRole::Myself)
    .category(Category::SexualImagesOfChild)
    .subject(SubjectKind::User, REPORTER)
    .subject(SubjectKind::User, "other-user")
    .flags(Flags {
        depicted_minor_is_reporter: true,
        ..Flags::default()
    })
    .client(Platform::Web, "1.0")
    .build()
    .unwrap();
    let stored = StoredReport {
        report,
        reporter_account: REPORTER.to_owned(),
    };
    let case = case(&stored);
    let platform = platform();
    let log = ViewLog::default();
    let export = ncmec_report(&ExportInput {
        stored: &stored,
        case: &case,
        decision: None,
        view_log: &log,
        platform: &platform,
    })
    .unwrap();
    let elements = parse_xml(&export.report_xml);
    assert!(
        elements
            .iter()
            .filter(|(p, _)| p.starts_with("report/personOrUserReported"))
            .all(|(_, t)| t != REPORTER)
    );
    assert!(
        elements
            .iter()
            .any(|(p, t)| p == "report/victim/espIdentifier" && t == REPORTER)
    );
}

#[test]
fn atproto_reason_stays_within_2000_graphemes_and_needs_a_did() {
    let (stored, case, platform) = input_parts(Category::Bullying, Flags::default());
    let log = ViewLog::default();
    let input = ExportInput {
        stored: &stored,
        case: &case,
        decision: None,
        view_log: &log,
        platform: &platform,
    };
    let body = atproto_report(&input, Some(&"a".repeat(3_000))).unwrap();
    assert_eq!(body.reason.graphemes(true).count(), ATPROTO_REASON_MAX_GRAPHEMES);
    // 25-byte graphemes: the 20,000-byte limit binds before the grapheme limit.
    let body = atproto_report(&input, Some(&"👩‍👩‍👧‍👦".repeat(3_000))).unwrap();
    assert!(body.reason.len() <= ATPROTO_REASON_MAX_BYTES);
    assert!(body.reason.graphemes(true).count() < ATPROTO_REASON_MAX_GRAPHEMES);
    assert_eq!(
        atproto_report(&input, Some(&format!("from {REPORTER}"))).unwrap_err(),
        ExportError::ReporterIdentity { field: "reason" }
    );
    let no_did = StoredReport {
        report: ReportBuilder::new(
            ReportId::new(CREATED as u64, &[2; 10]),
            Timestamp::from_unix_millis(CREATED).unwrap(),
        )
        .locale("en")
        .country("DE")
        .age(AgeBand::Age16To17, AgeSignalSource::Declared)
        .role(ReporterRole::Bystander)
        .category(Category::Spam)
        .subject(SubjectKind::User, "plain-id")
        .client(Platform::Web, "1.0")
        .build()
        .unwrap(),
        reporter_account: REPORTER.to_owned(),
    };
    let input = ExportInput {
        stored: &no_did,
        ..input
    };
    assert!(matches!(
        atproto_report(&input, None).unwrap_err(),
        ExportError::NotApplicable {
            reason: NotApplicableReason::NoAtprotoSubject,
            ..
        }
    ));
}
