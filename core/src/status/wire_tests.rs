//! Snapshots of the wire forms: histories and statuses are stored offline for days and read by
//! three languages, so a silent rename must fail a test.

use super::test_support::t;
use super::*;
use crate::age::AgeBand;
use crate::taxonomy::Category;

fn sample_history() -> History {
    let mut history = History::new(t(0), AppealWindow::default());
    let window = AppealWindow::default().in_millis();
    let first = Decision {
        actions: ActionSet::of([Action::Remove, Action::Warn]),
        grounds: Some(Grounds::Terms {
            clause: GroundRef::new("terms 4.2").unwrap(),
        }),
        automated_detection: true,
        automated_decision: AutomatedDecision::Partially,
        holds: [Hold::Preservation].into(),
        disclosure: DisclosureLevel::ContentOnly,
        decided_at: t(40),
    };
    let on_appeal = Decision {
        actions: ActionSet::none(),
        grounds: None,
        automated_detection: false,
        automated_decision: AutomatedDecision::NotAutomated,
        holds: Default::default(),
        disclosure: DisclosureLevel::Full,
        decided_at: t(60),
    };
    let revision = Decision {
        actions: ActionSet::of([Action::Suspend, Action::ReportToNcmec]),
        grounds: Some(Grounds::IllegalContent {
            legal_ground: GroundRef::new("18 U.S.C. 2252A").unwrap(),
        }),
        decided_at: t(60 + window + 20),
        ..first.clone()
    };
    let questions = Questions::new(vec![QuestionId::new("when_did_it_start").unwrap()]).unwrap();
    for event in [
        Event::StartReview { at: t(10) },
        Event::AskReporter { at: t(20), questions },
        Event::InfoProvided { at: t(30) },
        Event::Decide { decision: first },
        Event::Appeal { at: t(50) },
        Event::Decide { decision: on_appeal },
        Event::AppealWindowEnded { at: t(60 + window) },
        Event::Revise {
            at: t(60 + window + 10),
            reason: RevisionReason::ComplaintUpheld,
        },
        Event::Decide { decision: revision },
    ] {
        history.push(event).unwrap();
    }
    history
}

#[test]
fn history_wire_form() {
    insta::assert_json_snapshot!("history", sample_history());
}

#[test]
fn child_status_wire_form() {
    let history = sample_history();
    let rules = DisclosureRules::default();
    let mut states = vec![State::received(t(0), AppealWindow::default())];
    for event in history.events() {
        let next = states.last().unwrap().apply(event.clone()).unwrap();
        states.push(next);
    }
    let statuses: Vec<ChildStatus> = states
        .iter()
        .map(|s| ChildStatus::derive(s, AgeBand::Age13To15, Category::Bullying, &rules, Some(t(1))))
        .collect();
    insta::assert_json_snapshot!("child_statuses", statuses);
}

#[test]
fn json_schemas_accept_the_wire_forms_and_refuse_free_text() {
    let history_schema = serde_json::to_value(schemars::schema_for!(History)).unwrap();
    let validator = jsonschema::validator_for(&history_schema).unwrap();
    let history = serde_json::to_value(sample_history()).unwrap();
    assert!(validator.is_valid(&history));
    let mut bad = history.clone();
    bad["events"][0]["event"] = serde_json::json!("close");
    assert!(!validator.is_valid(&bad));

    let status_schema = serde_json::to_value(schemars::schema_for!(ChildStatus)).unwrap();
    let validator = jsonschema::validator_for(&status_schema).unwrap();
    let status = serde_json::json!({"kind": "decided", "outcomes": ["removed"], "expected_by": null});
    assert!(validator.is_valid(&status));
    let coded = serde_json::json!({"kind": "moderator says hi", "outcomes": [], "expected_by": null});
    assert!(!validator.is_valid(&coded));
}
