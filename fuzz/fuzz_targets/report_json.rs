//! The backend's report decoder, in the order the intake route runs it: the JSON depth guard,
//! then `Report::from_json`. An accepted report must survive its own round trip unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::intake::check_json_depth;
use tellsafe::report::Report;

fuzz_target!(|data: &[u8]| {
    if check_json_depth(data).is_err() {
        return;
    }
    let Ok(report) = Report::from_json(data) else {
        return;
    };
    let json = report.to_json().expect("an accepted report serializes");
    let again = Report::from_json(json.as_bytes()).expect("a serialized report parses again");
    assert!(again == report, "report round trip changed the report");
});
