use super::*;
use crate::status::decision::{Action, Hold};
use crate::status::event::{AppealWindow, Event, QuestionId, Questions, RevisionReason};
use crate::status::test_support::{decision, t};

const BAND: AgeBand = AgeBand::Age10To12;
const CATEGORY: Category = Category::Bullying;

fn derive(state: &State) -> ChildStatus {
    ChildStatus::derive(state, BAND, CATEGORY, &DisclosureRules::default(), Some(t(99)))
}

fn in_review() -> State {
    State::received(t(0), AppealWindow::default())
        .apply(Event::StartReview { at: t(1) })
        .unwrap()
}

fn decided_with(d: Decision) -> State {
    in_review().apply(Event::Decide { decision: d }).unwrap()
}

#[test]
fn message_ids_follow_the_code_with_dashes() {
    for kind in ChildStatusKind::ALL {
        assert_eq!(
            kind.message_id(),
            format!("status-{}", kind.code().replace('_', "-"))
        );
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::json!(kind.code())
        );
    }
    for outcome in ChildOutcome::ALL {
        assert_eq!(
            outcome.message_id(),
            format!("outcome-{}", outcome.code().replace('_', "-"))
        );
        assert_eq!(
            serde_json::to_value(outcome).unwrap(),
            serde_json::json!(outcome.code())
        );
    }
    assert_eq!(
        ChildStatusKind::HandedToSpecialists.message_id(),
        "status-handed-to-specialists"
    );
    assert_eq!(
        ChildOutcome::AccountStopped.message_id(),
        "outcome-account-stopped"
    );
}

#[test]
fn waiting_stages_pass_the_sla_time_through() {
    let received = State::received(t(0), AppealWindow::default());
    assert_eq!(derive(&received).kind, ChildStatusKind::Received);
    assert_eq!(derive(&received).expected_by, Some(t(99)));
    let review = derive(&in_review());
    assert_eq!(review.kind, ChildStatusKind::LookingAtIt);
    assert_eq!(review.expected_by, Some(t(99)));
    assert!(review.outcomes.is_empty());
}

#[test]
fn needs_info_asks_without_promising_a_time() {
    let questions = Questions::new(vec![QuestionId::new("when").unwrap()]).unwrap();
    let asked = in_review()
        .apply(Event::AskReporter { at: t(2), questions })
        .unwrap();
    let status = derive(&asked);
    assert_eq!(status.kind, ChildStatusKind::NeedToAskYou);
    assert_eq!(status.expected_by, None);
}

#[test]
fn decided_lists_outcomes_in_display_order() {
    let d = decision(&[Action::Warn, Action::Remove, Action::Suspend], t(5));
    let status = derive(&decided_with(d));
    assert_eq!(status.kind, ChildStatusKind::Decided);
    assert_eq!(
        status.outcomes,
        [
            ChildOutcome::Removed,
            ChildOutcome::AccountStopped,
            ChildOutcome::Warned
        ]
    );
    assert_eq!(status.expected_by, None);
}

#[test]
fn no_action_is_not_removed_except_off_platform() {
    let s = decided_with(decision(&[], t(5)));
    assert_eq!(derive(&s).outcomes, [ChildOutcome::NotRemoved]);
    let off = ChildStatus::derive(
        &s,
        BAND,
        Category::HurtingMeInRealLife,
        &DisclosureRules::default(),
        None,
    );
    assert_eq!(off.kind, ChildStatusKind::Decided);
    assert!(off.outcomes.is_empty());
}

#[test]
fn helpline_referral_alone_lists_nothing() {
    let s = decided_with(decision(&[Action::ReferToHelpline], t(5)));
    assert!(derive(&s).outcomes.is_empty());
}

#[test]
fn specialists_hide_everything() {
    for action in [
        Action::ReportToNcmec,
        Action::ReportToPolice,
        Action::SafeguardingReferral,
    ] {
        let status = derive(&decided_with(decision(&[action, Action::Remove], t(5))));
        assert_eq!(status.kind, ChildStatusKind::HandedToSpecialists);
        assert!(status.outcomes.is_empty());
        assert_eq!(status.expected_by, None);
    }
    let mut held = decision(&[Action::Remove], t(5));
    held.holds.insert(Hold::Police);
    assert_eq!(
        derive(&decided_with(held)).kind,
        ChildStatusKind::HandedToSpecialists
    );
}

#[test]
fn minimal_disclosure_hides_outcomes() {
    let mut d = decision(&[Action::Remove], t(5));
    d.disclosure = DisclosureLevel::Minimal;
    let status = derive(&decided_with(d));
    assert_eq!(status.kind, ChildStatusKind::Decided);
    assert!(status.outcomes.is_empty());
}

#[test]
fn content_only_hides_account_sanctions() {
    let mut d = decision(&[Action::Restrict, Action::Suspend, Action::Warn], t(5));
    d.disclosure = DisclosureLevel::ContentOnly;
    assert_eq!(derive(&decided_with(d)).outcomes, [ChildOutcome::Restricted]);
}

#[test]
fn platform_caps_apply_by_band_and_category() {
    let s = decided_with(decision(&[Action::Remove, Action::Suspend], t(5)));
    let rules = DisclosureRules {
        child_cap: DisclosureLevel::ContentOnly,
        category_caps: [(Category::Scam, DisclosureLevel::Minimal)].into(),
    };
    let child = ChildStatus::derive(&s, AgeBand::Unknown, CATEGORY, &rules, None);
    assert_eq!(child.outcomes, [ChildOutcome::Removed]);
    let adult = ChildStatus::derive(&s, AgeBand::Adult, CATEGORY, &rules, None);
    assert_eq!(
        adult.outcomes,
        [ChildOutcome::Removed, ChildOutcome::AccountStopped]
    );
    let scam = ChildStatus::derive(&s, AgeBand::Adult, Category::Scam, &rules, None);
    assert!(scam.outcomes.is_empty());
}

#[test]
fn appeal_review_then_looked_again() {
    let d = decided_with(decision(&[], t(5)));
    let appealed = d.apply(Event::Appeal { at: t(6) }).unwrap();
    assert_eq!(derive(&appealed).kind, ChildStatusKind::LookingAtIt);
    assert_eq!(derive(&appealed).expected_by, Some(t(99)));
    let after = appealed
        .apply(Event::Decide {
            decision: decision(&[Action::Remove], t(7)),
        })
        .unwrap();
    let status = derive(&after);
    assert_eq!(status.kind, ChildStatusKind::LookedAgain);
    assert_eq!(status.outcomes, [ChildOutcome::Removed]);
}

#[test]
fn closed_shows_the_last_decision_and_revised_shows_looked_again() {
    let window = AppealWindow::default();
    let d = decided_with(decision(&[Action::Restrict], t(5)));
    let end = t(5 + window.in_millis());
    let closed = d.apply(Event::AppealWindowEnded { at: end }).unwrap();
    let expected = ChildStatus {
        expected_by: None,
        ..derive(&d)
    };
    assert_eq!(derive(&closed), expected);
    let revised = closed
        .apply(Event::Revise {
            at: end,
            reason: RevisionReason::ComplaintUpheld,
        })
        .unwrap();
    let status = derive(&revised);
    assert_eq!(status.kind, ChildStatusKind::LookedAgain);
    assert!(status.outcomes.is_empty());
    let redecided = revised
        .apply(Event::Decide {
            decision: decision(&[], end),
        })
        .unwrap();
    let status = derive(&redecided);
    assert_eq!(status.kind, ChildStatusKind::LookedAgain);
    assert_eq!(status.outcomes, [ChildOutcome::NotRemoved]);
}

#[test]
fn sent_is_client_only() {
    assert_eq!(ChildStatus::sent().kind, ChildStatusKind::Sent);
    assert!(ChildStatus::sent().check().is_ok());
}

#[test]
fn deserializing_refuses_statuses_the_derivation_cannot_make() {
    let ok = serde_json::json!({"kind": "decided", "outcomes": ["removed", "warned"], "expected_by": null});
    assert!(serde_json::from_value::<ChildStatus>(ok).is_ok());
    for bad in [
        serde_json::json!({"kind": "handed_to_specialists", "outcomes": ["removed"], "expected_by": null}),
        serde_json::json!({"kind": "decided", "outcomes": ["warned", "removed"], "expected_by": null}),
        serde_json::json!({"kind": "decided", "outcomes": ["removed", "not_removed"], "expected_by": null}),
        serde_json::json!({"kind": "decided", "outcomes": [], "text": "hello"}),
        serde_json::json!({"kind": "looking_at_it_now", "outcomes": []}),
    ] {
        assert!(
            serde_json::from_value::<ChildStatus>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn status_round_trips() {
    let status = derive(&decided_with(decision(&[Action::Remove], t(5))));
    let json = serde_json::to_string(&status).unwrap();
    assert_eq!(serde_json::from_str::<ChildStatus>(&json).unwrap(), status);
}
