//! The status history decoder: a stored or received history is replayed as it deserializes.
//! One that loads must serialize and load again to the same history and state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::status::History;

fuzz_target!(|data: &[u8]| {
    let Ok(history) = serde_json::from_slice::<History>(data) else {
        return;
    };
    let json = serde_json::to_vec(&history).expect("a history serializes");
    let again: History = serde_json::from_slice(&json).expect("a serialized history loads again");
    assert_eq!(again, history, "history round trip changed it");
    assert_eq!(
        history.replay().ok().as_ref(),
        Some(history.state()),
        "replay disagrees with the state"
    );
});
