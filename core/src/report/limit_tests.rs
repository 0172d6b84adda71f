//! A test at each boundary of every limit in `limits`: at the limit passes, one over fails
//! with a typed error naming the field.

use super::tests::{CANARY, assert_field, assert_no_canary, base, from_value, full, json_of};
use super::*;

#[test]
fn free_text_boundary_counts_scalars_after_nfc() {
    let at = base()
        .free_text("e\u{0301}".repeat(MAX_FREE_TEXT_CHARS))
        .build()
        .unwrap();
    assert_eq!(at.free_text().unwrap().char_count(), MAX_FREE_TEXT_CHARS);
    let over = format!("{}{CANARY}", "a".repeat(MAX_FREE_TEXT_CHARS + 1 - CANARY.len()));
    assert_eq!(over.chars().count(), MAX_FREE_TEXT_CHARS + 1);
    let err = assert_field(
        base().free_text(over.clone()).build(),
        "free_text",
        Reason::TooLong {
            max: MAX_FREE_TEXT_CHARS,
        },
    );
    assert_no_canary(&err);
    let mut value = json_of(base());
    value["free_text"] = over.into();
    assert_field(
        from_value(&value),
        "free_text",
        Reason::TooLong {
            max: MAX_FREE_TEXT_CHARS,
        },
    );
}

#[test]
fn subject_count_boundary() {
    let mut builder = base();
    for i in 0..MAX_SUBJECTS {
        builder = builder.subject(SubjectKind::Message, format!("m{i}"));
    }
    assert_eq!(builder.clone().build().unwrap().subjects().len(), MAX_SUBJECTS);
    let over = builder.subject(SubjectKind::Message, "one-more");
    assert_field(
        over.clone().build(),
        "subjects",
        Reason::TooMany { max: MAX_SUBJECTS },
    );
    // The same through JSON: build the 21-subject document by hand.
    let mut value = json_of(base());
    value["subjects"] = (0..=MAX_SUBJECTS)
        .map(|i| serde_json::json!({"kind": "message", "id": format!("m{i}")}))
        .collect();
    assert_field(
        from_value(&value),
        "subjects",
        Reason::TooMany { max: MAX_SUBJECTS },
    );
}

#[test]
fn evidence_count_boundary() {
    let mut builder = base();
    for i in 0..MAX_EVIDENCE {
        builder = builder.evidence(format!("e{i}"), None);
    }
    assert_eq!(builder.clone().build().unwrap().evidence().len(), MAX_EVIDENCE);
    assert_field(
        builder.evidence("one-more", None).build(),
        "evidence",
        Reason::TooMany { max: MAX_EVIDENCE },
    );
}

#[test]
fn answer_count_boundaries() {
    let mut builder = base();
    for i in 0..MAX_ANSWER_STEPS {
        builder = builder.answer(format!("s{i:02}"), ["x"]);
    }
    assert_eq!(builder.clone().build().unwrap().answers().len(), MAX_ANSWER_STEPS);
    assert_field(
        builder.answer("zz", ["x"]).build(),
        "answers",
        Reason::TooMany {
            max: MAX_ANSWER_STEPS,
        },
    );
    let choices: Vec<String> = (0..MAX_CHOICES_PER_STEP).map(|i| format!("c{i}")).collect();
    assert!(base().answer("s", choices.clone()).build().is_ok());
    let mut more = choices;
    more.push("c_more".into());
    assert_field(
        base().answer("s", more).build(),
        "answers[0].choices",
        Reason::TooMany {
            max: MAX_CHOICES_PER_STEP,
        },
    );
}

#[test]
fn id_length_boundaries_through_the_builder() {
    let at = "x".repeat(MAX_OPAQUE_ID_CHARS);
    assert!(base().subject(SubjectKind::User, at.clone()).build().is_ok());
    assert_field(
        base().subject(SubjectKind::User, format!("{at}x")).build(),
        "subjects[0].id",
        Reason::TooLong {
            max: MAX_OPAQUE_ID_CHARS,
        },
    );
    let label = "1".repeat(MAX_VERSION_LABEL_CHARS);
    assert!(base().client(Platform::Other, label.clone()).build().is_ok());
    assert_field(
        base().client(Platform::Other, format!("{label}1")).build(),
        "client.app_version",
        Reason::TooLong {
            max: MAX_VERSION_LABEL_CHARS,
        },
    );
    assert_field(
        base().sdk_version("").build(),
        "client.sdk_version",
        Reason::Empty,
    );
}

#[test]
fn json_size_boundary() {
    let json = full().build().unwrap().to_json().unwrap();
    // Pad with insignificant whitespace to exactly the limit, then one byte more.
    let pad = MAX_REPORT_JSON_BYTES - json.len();
    let at = format!("{json}{}", " ".repeat(pad));
    assert_eq!(at.len(), MAX_REPORT_JSON_BYTES);
    assert!(Report::from_json(&at).is_ok());
    let over = format!("{at} ");
    assert_eq!(
        Report::from_json(&over),
        Err(ReportError::TooLarge {
            len: MAX_REPORT_JSON_BYTES + 1,
            max: MAX_REPORT_JSON_BYTES
        })
    );
    assert_eq!(check_size(MAX_REPORT_JSON_BYTES), Ok(()));
    assert!(check_size(MAX_REPORT_JSON_BYTES + 1).is_err());
}

#[test]
fn builder_rejects_a_report_whose_json_would_be_too_large() {
    // Every per-field limit met, but together over 64 KiB.
    let long = |i: usize| format!("{i:02}{}", "é".repeat(MAX_OPAQUE_ID_CHARS - 2));
    let mut builder = base().free_text("😀".repeat(MAX_FREE_TEXT_CHARS));
    for i in 0..MAX_EVIDENCE {
        builder = builder.evidence(long(i), Some(&"0".repeat(64)));
    }
    for i in 0..MAX_SUBJECTS {
        builder = builder.subject(SubjectKind::Content, long(i));
    }
    let err = builder.build().unwrap_err();
    assert!(
        matches!(
            err,
            ReportError::TooLarge {
                max: MAX_REPORT_JSON_BYTES,
                ..
            }
        ),
        "{err}"
    );
}
