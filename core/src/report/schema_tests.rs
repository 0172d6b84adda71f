//! The committed JSON Schema matches the types, and accepts and rejects what it should.
//!
//! To rewrite `core/schema/report-v1.json` after changing the types, run
//! `TELLSAFE_UPDATE_SCHEMA=1 cargo test -p tellsafe report::schema_tests` and commit the file.

use super::wire::FIELD_NAMES;
use super::*;
use crate::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/report-v1.json");

fn rendered_schema() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap();
    text.push('\n');
    text
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = rendered_schema();
    if std::env::var_os("TELLSAFE_UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(SCHEMA_PATH, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        committed == generated,
        "core/schema/report-v1.json is out of date: run TELLSAFE_UPDATE_SCHEMA=1 cargo test -p tellsafe report::schema_tests"
    );
}

fn sample() -> serde_json::Value {
    let report = ReportBuilder::new(
        ReportId::new(1_795_000_000_000, &[3; 10]),
        Timestamp::from_unix_millis(1_795_000_000_000).unwrap(),
    )
    .locale("de-AT")
    .country("AT")
    .age(AgeBand::Age10To12, AgeSignalSource::AskedInFlow)
    .role(ReporterRole::Myself)
    .category(Category::Bullying)
    .subject(SubjectKind::User, "u1")
    .answer("where", ["chat"])
    .free_text("Sie lachen über mich.\nJeden Tag.")
    .evidence("m1", Some(&"0f".repeat(32)))
    .client(Platform::Ios, "3.2")
    .build()
    .unwrap();
    serde_json::from_str(&report.to_json().unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&json_schema()).unwrap()
}

#[test]
fn schema_accepts_what_the_crate_writes() {
    let validator = validator();
    let sample = sample();
    let errors: Vec<String> = validator.iter_errors(&sample).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// A change that makes a valid report invalid.
type Mutation = dyn Fn(&mut serde_json::Value);

#[test]
fn schema_rejects_what_the_crate_rejects() {
    let validator = validator();
    let mutations: Vec<(&str, Box<Mutation>)> = vec![
        (
            "missing category",
            Box::new(|v| drop(v.as_object_mut().unwrap().remove("category"))),
        ),
        (
            "unknown category",
            Box::new(|v| v["category"] = "not_a_category".into()),
        ),
        ("unknown field", Box::new(|v| v["extra"] = true.into())),
        ("schema version 2", Box::new(|v| v["schema_version"] = 2.into())),
        (
            "21 subjects",
            Box::new(|v| {
                v["subjects"] = (0..=MAX_SUBJECTS)
                    .map(|i| serde_json::json!({"kind": "user", "id": format!("u{i}")}))
                    .collect()
            }),
        ),
        (
            "51 evidence refs",
            Box::new(|v| {
                v["evidence"] = (0..=MAX_EVIDENCE)
                    .map(|i| serde_json::json!({"id": format!("e{i}")}))
                    .collect()
            }),
        ),
        // Reports this crate writes are cleaned and NFC, so on them maxLength is the exact
        // scalar limit; see `FreeText`'s schema docs for what the schema cannot express.
        (
            "2,001-scalar text",
            Box::new(|v| v["free_text"] = "a".repeat(MAX_FREE_TEXT_CHARS + 1).into()),
        ),
        (
            "bidi override in subject id",
            Box::new(|v| v["subjects"][0]["id"] = "u\u{202E}1".into()),
        ),
        ("lowercase country", Box::new(|v| v["country"] = "at".into())),
        (
            "UUIDv4 id",
            Box::new(|v| v["id"] = "9b2f3c4e-1d2a-4b3c-8d4e-5f6a7b8c9d0e".into()),
        ),
        (
            "bad step id",
            Box::new(|v| v["answers"]["Where"] = serde_json::json!(["chat"])),
        ),
    ];
    for (name, mutate) in mutations {
        let mut value = sample();
        mutate(&mut value);
        assert!(!validator.is_valid(&value), "schema accepted: {name}");
        assert!(
            Report::from_json(serde_json::to_vec(&value).unwrap()).is_err(),
            "crate accepted: {name}"
        );
    }
}

/// `from_json` reads some non-canonical input the schema (which describes the canonical form)
/// rejects; what it writes back is canonical and passes the schema.
#[test]
fn lenient_input_is_written_back_canonical() {
    let validator = validator();
    let mutations: Vec<(&str, Box<Mutation>)> = vec![
        (
            "zero-width in free text",
            Box::new(|v| v["free_text"] = "a\u{200B}b".into()),
        ),
        (
            "decomposed free text",
            Box::new(|v| v["free_text"] = "e\u{0301}".repeat(MAX_FREE_TEXT_CHARS).into()),
        ),
        (
            "uppercase digest",
            Box::new(|v| v["evidence"][0]["sha256"] = "0F".repeat(32).into()),
        ),
        ("lowercase locale", Box::new(|v| v["locale"] = "de_at".into())),
    ];
    for (name, mutate) in mutations {
        let mut value = sample();
        mutate(&mut value);
        let report = Report::from_json(serde_json::to_vec(&value).unwrap()).unwrap();
        let written: serde_json::Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
        assert!(validator.is_valid(&written), "canonical form rejected: {name}");
    }
}

#[test]
fn schema_accepts_the_limits_themselves() {
    let validator = validator();
    let mut at_limits = sample();
    at_limits["free_text"] = "é".repeat(MAX_FREE_TEXT_CHARS).into();
    at_limits["subjects"] = (0..MAX_SUBJECTS)
        .map(|i| serde_json::json!({"kind": "user", "id": format!("u{i}")}))
        .collect();
    at_limits["evidence"] = (0..MAX_EVIDENCE)
        .map(|i| serde_json::json!({"id": format!("e{i}")}))
        .collect();
    let mut lines = sample();
    lines["free_text"] = "line one\n\tline two".into();
    for value in [at_limits, lines] {
        assert!(validator.is_valid(&value));
        // And the crate agrees.
        assert!(Report::from_json(serde_json::to_vec(&value).unwrap()).is_ok());
    }
}

#[test]
fn every_schema_property_name_may_appear_in_error_paths() {
    // Error paths show only names from FIELD_NAMES; a field missing there would be withheld.
    fn walk(value: &serde_json::Value, names: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    names.extend(props.keys().cloned());
                }
                map.values().for_each(|v| walk(v, names));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, names)),
            _ => {}
        }
    }
    let mut names = Vec::new();
    walk(&json_schema(), &mut names);
    assert!(names.len() >= 20, "{names:?}");
    for name in names {
        assert!(
            FIELD_NAMES.contains(&name.as_str()),
            "{name} missing from FIELD_NAMES"
        );
    }
}
