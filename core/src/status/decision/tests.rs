use super::*;
use crate::status::test_support::{decision, t};

fn codes(json: &str) -> Result<ActionSet, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn none_is_the_empty_set_and_round_trips() {
    let none = codes(r#"["none"]"#).unwrap();
    assert!(none.is_none());
    assert_eq!(none, ActionSet::none());
    assert_eq!(serde_json::to_string(&none).unwrap(), r#"["none"]"#);
}

#[test]
fn none_with_another_action_is_refused() {
    for json in [r#"["none","remove"]"#, r#"["warn","none"]"#, r#"["none","none"]"#] {
        let err = ActionSet::try_from(serde_json::from_str::<Vec<ActionCode>>(json).unwrap());
        assert!(
            matches!(
                err,
                Err(DecisionError::NoneWithOtherActions | DecisionError::DuplicateAction)
            ),
            "{json}"
        );
        assert!(codes(json).is_err(), "{json}");
    }
    assert_eq!(
        ActionSet::try_from(vec![ActionCode::None, ActionCode::Remove]),
        Err(DecisionError::NoneWithOtherActions)
    );
}

#[test]
fn empty_and_repeated_lists_are_refused() {
    assert_eq!(ActionSet::try_from(Vec::new()), Err(DecisionError::EmptyActions));
    assert_eq!(
        ActionSet::try_from(vec![ActionCode::Warn, ActionCode::Warn]),
        Err(DecisionError::DuplicateAction)
    );
    assert!(codes("[]").is_err());
    assert!(codes(r#"["delete"]"#).is_err());
}

#[test]
fn every_action_round_trips_alone_and_together() {
    for action in Action::ALL {
        let set = ActionSet::of([action]);
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(codes(&json).unwrap(), set);
        assert!(!json.contains("none"));
    }
    let all = ActionSet::of(Action::ALL);
    assert_eq!(codes(&serde_json::to_string(&all).unwrap()).unwrap(), all);
}

#[test]
fn specialist_actions_are_exactly_ncmec_police_safeguarding() {
    let specialists: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| a.involves_specialists())
        .collect();
    assert_eq!(
        specialists,
        [
            Action::ReportToNcmec,
            Action::ReportToPolice,
            Action::SafeguardingReferral
        ]
    );
}

#[test]
fn a_police_hold_counts_as_specialists_but_preservation_does_not() {
    let mut d = decision(&[Action::Remove], t(0));
    assert!(!d.involves_specialists());
    d.holds.insert(Hold::Preservation);
    assert!(!d.involves_specialists());
    d.holds.insert(Hold::Police);
    assert!(d.involves_specialists());
}

#[test]
fn sanctions_need_grounds_other_actions_do_not() {
    for action in Action::ALL {
        let mut d = decision(&[action], t(0));
        d.grounds = None;
        let expected = if action.needs_grounds() {
            Err(DecisionError::MissingGrounds)
        } else {
            Ok(())
        };
        assert_eq!(d.validate(), expected, "{action:?}");
    }
    let mut none = decision(&[], t(0));
    none.grounds = None;
    assert_eq!(none.validate(), Ok(()));
}

#[test]
fn ground_refs_are_checked_at_the_limit() {
    let at_limit = "a".repeat(MAX_GROUND_REF_CHARS);
    assert!(GroundRef::new(&at_limit).is_ok());
    assert_eq!(
        GroundRef::new(&format!("{at_limit}a")),
        Err(DecisionError::GroundRefTooLong {
            max: MAX_GROUND_REF_CHARS
        })
    );
    // Counted in characters, not bytes.
    assert!(GroundRef::new(&"§".repeat(MAX_GROUND_REF_CHARS)).is_ok());
    assert_eq!(GroundRef::new("  "), Err(DecisionError::EmptyGroundRef));
    assert_eq!(
        GroundRef::new("terms\u{0}4"),
        Err(DecisionError::GroundRefControlCharacter)
    );
    assert_eq!(GroundRef::new(" terms 4 ").unwrap().as_str(), "terms 4");
}

#[test]
fn decision_wire_form_is_snake_case_and_strict() {
    let d = decision(&[Action::Suspend, Action::ReportToNcmec], t(0));
    let value = serde_json::to_value(&d).unwrap();
    assert_eq!(value["actions"][0], "suspend");
    assert_eq!(value["actions"][1], "report_to_ncmec");
    assert_eq!(value["grounds"]["basis"], "terms");
    assert_eq!(value["automated_decision"], "not_automated");
    assert_eq!(value["disclosure"], "full");
    let back: Decision = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(back, d);

    // A misspelt field must not silently drop a hold.
    let mut typo = value.clone();
    typo.as_object_mut().unwrap().remove("holds");
    typo["hold"] = serde_json::json!(["police"]);
    assert!(serde_json::from_value::<Decision>(typo).is_err());

    let mut missing = value;
    missing.as_object_mut().unwrap().remove("disclosure");
    assert!(serde_json::from_value::<Decision>(missing).is_err());
}

#[test]
fn errors_name_fields_and_have_distinct_codes() {
    let all = [
        DecisionError::EmptyActions,
        DecisionError::NoneWithOtherActions,
        DecisionError::DuplicateAction,
        DecisionError::MissingGrounds,
        DecisionError::EmptyGroundRef,
        DecisionError::GroundRefTooLong { max: 1 },
        DecisionError::GroundRefControlCharacter,
    ];
    let codes: std::collections::BTreeSet<_> = all.iter().map(|e| e.code()).collect();
    assert_eq!(codes.len(), all.len());
}

#[test]
fn disclosure_levels_order_from_least_to_most() {
    assert!(DisclosureLevel::Minimal < DisclosureLevel::ContentOnly);
    assert!(DisclosureLevel::ContentOnly < DisclosureLevel::Full);
}
