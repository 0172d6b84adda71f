//! The hand-written deserializers against the derives they replace (kept here as mirrors).

use proptest::prelude::*;
use serde::{Deserialize, Serialize};

use super::super::item::ItemState;
use super::super::policy::{AskReason, ParkReason};
use crate::status::test_support::differential::{self, Pairs, Pools};

/// `ParkReason` exactly as it was derived before `item_de`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
enum DerivedParkReason {
    SignatureInvalid,
    DigestMismatch,
    TooLarge,
    SchemaInvalid,
    IdempotencyMismatch,
    Rejected { status: u16 },
}

/// `ItemState` exactly as it was derived before `item_de`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
enum DerivedItemState {
    Pending,
    Parked { reason: DerivedParkReason },
    NeedsConfirmation { ask: AskReason },
}

const STATE_TAGS: [&str; 4] = ["pending", "parked", "needs_confirmation", "delivered"];
const PARK_TAGS: [&str; 7] = [
    "signature_invalid",
    "digest_mismatch",
    "too_large",
    "schema_invalid",
    "idempotency_mismatch",
    "rejected",
    "other",
];

fn park_reasons() -> Vec<ParkReason> {
    vec![
        ParkReason::SignatureInvalid,
        ParkReason::DigestMismatch,
        ParkReason::TooLarge,
        ParkReason::SchemaInvalid,
        ParkReason::IdempotencyMismatch,
        ParkReason::Rejected { status: 404 },
        ParkReason::Rejected { status: 0 },
        ParkReason::Rejected { status: u16::MAX },
    ]
}

fn states() -> Vec<ItemState> {
    let mut out = vec![
        ItemState::Pending,
        ItemState::NeedsConfirmation { ask: AskReason::Old },
        ItemState::NeedsConfirmation {
            ask: AskReason::ManyAttempts,
        },
    ];
    out.extend(park_reasons().into_iter().map(|reason| ItemState::Parked { reason }));
    out
}

fn samples<T: Serialize>(values: &[T]) -> Vec<Pairs> {
    values
        .iter()
        .map(|v| differential::pairs_of(&serde_json::to_value(v).unwrap()))
        .collect()
}

fn state_pools(samples: &[Pairs]) -> Pools {
    let mut pools = Pools::new(samples, &STATE_TAGS);
    // Values of the right type for a field of another variant, and overflowing statuses.
    pools.values.extend(["\"old\"", "\"too_large\"", "65536", "{\"reason\":\"rejected\"}"].map(String::from));
    pools
}

#[test]
fn every_state_round_trips_and_the_tag_comes_first() {
    for state in states() {
        let text = serde_json::to_string(&state).unwrap();
        assert!(text.starts_with("{\"state\":"), "{text}");
        assert_eq!(serde_json::from_str::<ItemState>(&text).unwrap(), state, "{text}");
    }
}

#[test]
fn states_accept_what_the_derive_accepted_under_single_mutations() {
    let samples = samples(&states());
    let pools = state_pools(&samples);
    differential::agree_on_single_mutations::<ItemState, DerivedItemState>(&samples, &pools);
}

#[test]
fn park_reasons_accept_what_the_derive_accepted_under_single_mutations() {
    let samples = samples(&park_reasons());
    let mut pools = Pools::new(&samples, &PARK_TAGS);
    pools.values.push("65536".to_owned());
    differential::agree_on_single_mutations::<ParkReason, DerivedParkReason>(&samples, &pools);
}

#[test]
fn fields_of_other_variants_before_the_tag_are_ignored_like_the_derive() {
    for text in [
        r#"{"reason":"junk","ask":[1],"state":"pending"}"#,
        r#"{"ask":"junk","reason":{"reason":"too_large"},"state":"parked"}"#,
        r#"{"reason":{"status":"x","reason":"too_large"},"state":"parked"}"#,
        r#"{"reason":1,"reason":2,"state":"needs_confirmation","ask":"old"}"#,
    ] {
        assert!(differential::agree::<ItemState, DerivedItemState>(text), "{text}");
    }
    for text in [
        r#"{"reason":{"reason":"too_large"},"reason":{"reason":"too_large"},"state":"parked"}"#,
        r#"{"reason":{"reason":"rejected","status":70000},"state":"parked"}"#,
        r#"{"ask":"soon","state":"needs_confirmation"}"#,
    ] {
        assert!(!differential::agree::<ItemState, DerivedItemState>(text), "{text}");
    }
}

#[test]
fn refusals_name_the_field() {
    let err = |text: &str| serde_json::from_str::<ItemState>(text).unwrap_err().to_string();
    assert!(err(r#"{"reason":{"reason":"too_large"}}"#).contains("missing field `state`"));
    assert!(err(r#"{"state":"parked"}"#).contains("missing field `reason`"));
    assert!(err(r#"{"state":"parked","reason":{"reason":"rejected"}}"#).contains("missing field `status`"));
    assert!(err(r#"{"reason":{"reason":"rejected"},"state":"parked"}"#).contains("missing field `status`"));
    assert!(err(r#"{"state":"pending","state":"pending"}"#).contains("duplicate field `state`"));
    assert!(err(r#"{"state":"delivered"}"#).contains("unknown variant"));
    let wrong_type = err(r#"{"state":"needs_confirmation","ask":1}"#);
    assert!(wrong_type.starts_with("expected value") || wrong_type.contains("invalid type"), "{wrong_type}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn states_accept_what_the_derive_accepted_under_mutation_chains(
        index in 0usize..64,
        mutations in proptest::collection::vec(differential::mutation(), 0..5),
    ) {
        let samples = samples(&states());
        let pools = state_pools(&samples);
        let pairs = differential::mutate(samples[index % samples.len()].clone(), &mutations, &pools);
        differential::agree::<ItemState, DerivedItemState>(&differential::render(&pairs));
    }

    #[test]
    fn states_with_mutated_park_reasons_accept_what_the_derive_accepted(
        index in 0usize..64,
        mutations in proptest::collection::vec(differential::mutation(), 0..4),
        reason_first in any::<bool>(),
    ) {
        let samples = samples(&park_reasons());
        let mut pools = Pools::new(&samples, &PARK_TAGS);
        pools.values.push("65536".to_owned());
        let pairs = differential::mutate(samples[index % samples.len()].clone(), &mutations, &pools);
        let reason = differential::render(&pairs);
        let text = if reason_first {
            format!(r#"{{"reason":{reason},"state":"parked"}}"#)
        } else {
            format!(r#"{{"state":"parked","reason":{reason}}}"#)
        };
        let repeated = pairs.iter().enumerate().any(|(i, (k, _))| pairs[..i].iter().any(|(j, _)| j == k));
        if reason_first && repeated {
            // Known difference: a field read before the tag is kept as a JSON value, whose
            // objects keep the last of repeated keys where the derive refused them. The
            // outbox writes the tag first, so only hand-made records get here.
            let _ = serde_json::from_str::<ItemState>(&text);
        } else if pairs.iter().any(|(k, v)| k == "reason" && v.parse::<u64>().is_ok()) {
            // The one deliberate difference: nested in the buffered state, the derive also took
            // a variant index as the tag, which no serializer writes.
            prop_assert!(serde_json::from_str::<ItemState>(&text).is_err());
        } else {
            differential::agree::<ItemState, DerivedItemState>(&text);
        }
    }
}
