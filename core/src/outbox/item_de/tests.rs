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
    out.extend(
        park_reasons()
            .into_iter()
            .map(|reason| ItemState::Parked { reason }),
    );
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
    pools
        .values
        .extend(["\"old\"", "\"too_large\"", "65536", "{\"reason\":\"rejected\"}"].map(String::from));
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

/// Whether `pairs` hold, before the tag `tag_key`, a field of `fields` (field, the tag code of
/// its variant) that the tag does not choose: the one place where the hand-written readers are
/// stricter than the derive (see the module comment).
fn other_variant_field_before_tag(pairs: &Pairs, tag_key: &str, fields: &[(&str, &str)]) -> bool {
    let tag_at = pairs
        .iter()
        .position(|(k, _)| k == tag_key)
        .unwrap_or(pairs.len());
    let tag = pairs.get(tag_at).map(|(_, v)| v.as_str());
    pairs[..tag_at].iter().any(|(k, _)| {
        fields
            .iter()
            .any(|(field, code)| k == field && tag != Some(format!("\"{code}\"").as_str()))
    })
}

const STATE_FIELDS: [(&str, &str); 2] = [("reason", "parked"), ("ask", "needs_confirmation")];
const PARK_FIELDS: [(&str, &str); 1] = [("status", "rejected")];

/// [`differential::agree`], except when `stricter`: then the new reader may refuse where the
/// derive accepted, and otherwise must give the same value.
fn agree_or_stricter<New, Old>(text: &str, stricter: bool)
where
    New: serde::de::DeserializeOwned + Serialize,
    Old: serde::de::DeserializeOwned + Serialize,
{
    if !stricter {
        differential::agree::<New, Old>(text);
        return;
    }
    if let Ok(new) = serde_json::from_str::<New>(text) {
        let old = serde_json::from_str::<Old>(text).expect("derive accepts");
        assert_eq!(
            serde_json::to_value(new).unwrap(),
            serde_json::to_value(old).unwrap(),
            "{text}"
        );
    }
}

fn check_state(pairs: &Pairs) -> bool {
    let stricter = other_variant_field_before_tag(pairs, "state", &STATE_FIELDS);
    agree_or_stricter::<ItemState, DerivedItemState>(&differential::render(pairs), stricter);
    stricter
}

fn check_park_reason(pairs: &Pairs) -> bool {
    let stricter = other_variant_field_before_tag(pairs, "reason", &PARK_FIELDS);
    agree_or_stricter::<ParkReason, DerivedParkReason>(&differential::render(pairs), stricter);
    stricter
}

#[test]
fn states_accept_what_the_derive_accepted_under_single_mutations() {
    let samples = samples(&states());
    let pools = state_pools(&samples);
    let compared = samples
        .iter()
        .flat_map(|sample| differential::single_mutations(sample, &pools))
        .filter(|pairs| !check_state(pairs))
        .count();
    assert!(compared > 1000, "{compared}");
}

#[test]
fn park_reasons_accept_what_the_derive_accepted_under_single_mutations() {
    let samples = samples(&park_reasons());
    let mut pools = Pools::new(&samples, &PARK_TAGS);
    pools.values.push("65536".to_owned());
    let compared = samples
        .iter()
        .flat_map(|sample| differential::single_mutations(sample, &pools))
        .filter(|pairs| !check_park_reason(pairs))
        .count();
    assert!(compared > 1000, "{compared}");
}

#[test]
fn fields_of_other_variants_before_the_tag_are_read_typed() {
    for text in [
        r#"{"ask":"old","state":"pending"}"#,
        r#"{"ask":"many_attempts","reason":{"reason":"too_large"},"state":"parked"}"#,
        r#"{"reason":{"reason":"too_large","status":"x"},"state":"parked"}"#,
        r#"{"reason":{"status":404,"reason":"too_large"},"state":"parked"}"#,
        r#"{"state":"pending","reason":"junk","ask":[1]}"#,
    ] {
        assert!(differential::agree::<ItemState, DerivedItemState>(text), "{text}");
    }
    // Accepted by the derive (buffered, then ignored), refused now: never written by the outbox.
    for text in [
        r#"{"ask":"junk","state":"pending"}"#,
        r#"{"reason":"junk","state":"needs_confirmation","ask":"old"}"#,
        r#"{"state":"parked","reason":{"status":"x","reason":"too_large"}}"#,
    ] {
        assert!(serde_json::from_str::<DerivedItemState>(text).is_ok(), "{text}");
        assert!(serde_json::from_str::<ItemState>(text).is_err(), "{text}");
    }
    for text in [
        r#"{"reason":{"reason":"too_large"},"reason":{"reason":"too_large"},"state":"parked"}"#,
        r#"{"reason":{"reason":"rejected","status":70000},"state":"parked"}"#,
        r#"{"ask":"soon","state":"needs_confirmation"}"#,
    ] {
        assert!(
            !differential::agree::<ItemState, DerivedItemState>(text),
            "{text}"
        );
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
    assert!(
        wrong_type.starts_with("expected value") || wrong_type.contains("invalid type"),
        "{wrong_type}"
    );
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
        check_state(&pairs);
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
        if pairs.iter().any(|(k, v)| k == "reason" && v.parse::<u64>().is_ok()) {
            // Nested in the buffered state, the derive also took a variant index as the tag,
            // which no serializer writes.
            prop_assert!(serde_json::from_str::<ItemState>(&text).is_err());
        } else {
            let stricter = other_variant_field_before_tag(&pairs, "reason", &PARK_FIELDS);
            agree_or_stricter::<ItemState, DerivedItemState>(&text, stricter);
        }
    }
}

#[test]
fn stored_items_are_read_from_objects_only_and_written_as_before() {
    use super::super::item::{StoredItem, UnsignedRequest};
    use crate::timestamp::Timestamp;

    let at = Timestamp::from_unix_millis(1_800_000_000_000).unwrap();
    let item = StoredItem {
        id: uuid::Uuid::from_u128(7),
        account: "acct".to_owned(),
        category: Some("bullying".to_owned()),
        urgent: false,
        request: UnsignedRequest {
            method: "POST".to_owned(),
            path: "/v1/reports".to_owned(),
            content_type: Some("application/json".to_owned()),
            body: b"{}".to_vec(),
        },
        created_at: at,
        age_since: at,
        failed_attempts: 2,
        next_attempt_at: at,
        prerequisite: Some(super::super::policy::Prerequisite::Resync),
        state: ItemState::Parked {
            reason: ParkReason::Rejected { status: 409 },
        },
        rev: 3,
    };
    let text = serde_json::to_string(&item).unwrap();
    // The stored field names and order are unchanged (records written before still read).
    let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&text)
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut expected = [
        "id",
        "account",
        "category",
        "urgent",
        "request",
        "created_at",
        "age_since",
        "failed_attempts",
        "next_attempt_at",
        "prerequisite",
        "state",
        "rev",
    ]
    .map(String::from)
    .to_vec();
    expected.sort();
    assert_eq!(keys, expected);
    assert!(text.contains(r#""request":{"method":"POST","path":"/v1/reports","content_type":"application/json","body":"e30="}"#), "{text}");
    assert!(serde_json::from_str::<StoredItem>(&text).unwrap() == item);
    // Without `category` and `prerequisite` (records from before they existed).
    let mut older: serde_json::Value = serde_json::from_str(&text).unwrap();
    older.as_object_mut().unwrap().remove("category");
    older.as_object_mut().unwrap().remove("prerequisite");
    let read: StoredItem = serde_json::from_value(older).unwrap();
    assert_eq!((read.category, read.prerequisite), (None, None));
    // The array form serde's struct derive also took is refused.
    let request = r#"["POST","/v1/reports",null,"e30="]"#;
    assert!(serde_json::from_str::<UnsignedRequest>(request).is_err());
    assert!(
        serde_json::from_str::<UnsignedRequest>(
            r#"{"method":"POST","path":"/","content_type":null,"body":"e30="}"#
        )
        .is_ok()
    );
}

#[test]
fn the_array_form_of_a_tagged_enum_is_refused() {
    // serde's tagged-enum derive also read `[tag, fields...]`; nothing writes it.
    for text in [r#"["pending"]"#, r#"["needs_confirmation","old"]"#] {
        assert!(serde_json::from_str::<DerivedItemState>(text).is_ok(), "{text}");
        assert!(serde_json::from_str::<ItemState>(text).is_err(), "{text}");
    }
}
