//! Every enum read through `read_code` round-trips, and the shared path accepts and refuses
//! what a derived unit enum does.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::super::test_support::differential;
use crate::outbox::{AskReason, Prerequisite};
use crate::status::{
    ActionCode, AutomatedDecision, ChildOutcome, ChildStatusKind, DisclosureLevel, EventKind, Hold,
    RevisionReason,
};

fn round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(all: &[T]) {
    for value in all {
        let text = serde_json::to_string(value).unwrap();
        assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), value, "{text}");
        let code = text.trim_matches('"');
        let wrapped = format!("{{\"{code}\":null}}");
        assert_eq!(&serde_json::from_str::<T>(&wrapped).unwrap(), value, "{wrapped}");
    }
    let unknown = serde_json::from_str::<T>("\"not_a_code\"")
        .unwrap_err()
        .to_string();
    assert!(
        unknown.starts_with("unknown variant `not_a_code`, expected"),
        "{unknown}"
    );
}

#[test]
fn every_code_enum_round_trips() {
    round_trips(&EventKind::ALL);
    round_trips(&ChildStatusKind::ALL);
    round_trips(&ChildOutcome::ALL);
    round_trips(&[RevisionReason::ComplaintUpheld, RevisionReason::NewEvidence]);
    round_trips(&[
        ActionCode::None,
        ActionCode::Remove,
        ActionCode::Restrict,
        ActionCode::Suspend,
        ActionCode::Warn,
        ActionCode::ReportToNcmec,
        ActionCode::ReportToPolice,
        ActionCode::ReferToHelpline,
        ActionCode::SafeguardingReferral,
    ]);
    round_trips(&[
        AutomatedDecision::NotAutomated,
        AutomatedDecision::Partially,
        AutomatedDecision::Fully,
    ]);
    round_trips(&[Hold::Preservation, Hold::Police]);
    round_trips(&[
        DisclosureLevel::Minimal,
        DisclosureLevel::ContentOnly,
        DisclosureLevel::Full,
    ]);
    round_trips(&[
        Prerequisite::RefreshAuth,
        Prerequisite::Register,
        Prerequisite::Resync,
    ]);
    round_trips(&[AskReason::Old, AskReason::ManyAttempts]);
}

/// `Hold` exactly as it was derived.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum DerivedHold {
    Preservation,
    Police,
}

#[test]
fn the_shared_path_accepts_what_the_derive_accepted() {
    let inputs = [
        "\"police\"",
        "\"preservation\"",
        "\"Police\"",
        "\"police \"",
        "\"\"",
        "{\"police\":null}",
        "{\"police\":1}",
        "{\"police\":null,\"preservation\":null}",
        "{\"nope\":null}",
        "{}",
        "[]",
        "[\"police\"]",
        "0",
        "1",
        "2",
        "null",
        "true",
    ];
    let accepted = inputs
        .iter()
        .filter(|text| differential::agree::<Hold, DerivedHold>(text))
        .count();
    assert_eq!(accepted, 3);
    let wrong = serde_json::from_str::<Hold>("\"nope\"").unwrap_err().to_string();
    let derived = serde_json::from_str::<DerivedHold>("\"nope\"")
        .unwrap_err()
        .to_string();
    assert_eq!(wrong, derived);
}
