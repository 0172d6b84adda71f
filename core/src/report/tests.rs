//! Behaviour of the report as a whole: validation through both entry points, redaction,
//! hygiene, boundaries of every limit, and snapshots of the wire form.

use super::*;
use crate::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

pub(super) const CANARY: &str = "CANARY-7f3a";
pub(super) const CREATED: i64 = 1_795_000_000_123;

pub(super) fn base() -> ReportBuilder {
    ReportBuilder::new(
        ReportId::new(1_795_000_000_000, &[0x11; 10]),
        Timestamp::from_unix_millis(CREATED).unwrap(),
    )
    .locale("en-GB")
    .country("GB")
    .age(AgeBand::Age13To15, AgeSignalSource::Declared)
    .role(ReporterRole::Myself)
    .category(Category::ThreatToSharePictures)
    .client(Platform::Android, "5.12.1 (34021)")
    .sdk_version("0.1.0")
}

pub(super) fn full() -> ReportBuilder {
    base()
        .subject(SubjectKind::User, "u_8841")
        .subject(SubjectKind::Message, "m_77101")
        .subject(SubjectKind::Conversation, "c_12")
        .answer("what_happened", ["asked_for_pictures", "threatened"])
        .answer("when", ["today"])
        .free_text("He said he would send it to my class if I don't pay.")
        .evidence("m_77101", Some(&"ab".repeat(32)))
        .evidence("media_3", None)
        .flags(Flags {
            coerced: true,
            blocked_already: true,
            ..Flags::default()
        })
        .desired_outcome(DesiredOutcome::StopContact)
}

pub(super) fn json_of(builder: ReportBuilder) -> serde_json::Value {
    serde_json::from_str(&builder.build().unwrap().to_json().unwrap()).unwrap()
}

pub(super) fn from_value(value: &serde_json::Value) -> Result<Report, ReportError> {
    Report::from_json(serde_json::to_vec(value).unwrap())
}

pub(super) fn assert_field(result: Result<Report, ReportError>, field: &str, reason: Reason) -> ReportError {
    let err = result.expect_err("must be rejected");
    assert_eq!(
        err.field().map(ToString::to_string).as_deref(),
        Some(field),
        "{err}"
    );
    assert_eq!(err.reason(), Some(reason), "{err}");
    err
}

/// The canary must not leak through any rendering of the error.
pub(super) fn assert_no_canary(err: &ReportError) {
    assert!(!err.to_string().contains("CANARY"), "{err}");
    assert!(!format!("{err:?}").contains("CANARY"), "{err:?}");
}

#[test]
fn builder_and_json_round_trip() {
    let report = full().build().unwrap();
    let json = report.to_json().unwrap();
    assert_eq!(Report::from_json(&json).unwrap(), report);
    assert_eq!(Report::from_json(json.as_bytes()).unwrap(), report);
    assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
    assert_eq!(report.desired_outcome(), DesiredOutcome::StopContact);
    assert_eq!(report.client().sdk_version.as_str(), "0.1.0");
}

#[test]
fn missing_category_names_the_field_in_builder_and_json() {
    let err = ReportBuilder::new(
        ReportId::new(1, &[1; 10]),
        Timestamp::from_unix_millis(1).unwrap(),
    )
    .locale("en")
    .country("GB")
    .age(AgeBand::Adult, AgeSignalSource::Verified)
    .role(ReporterRole::Bystander)
    .client(Platform::Web, "1")
    .build();
    assert_field(err, "category", Reason::Missing);

    let mut value = json_of(base());
    value.as_object_mut().unwrap().remove("category");
    assert_field(from_value(&value), "category", Reason::Missing);
}

#[test]
fn unknown_category_code_in_json_is_typed_and_redacted() {
    let mut value = json_of(base());
    value["category"] = CANARY.into();
    let err = assert_field(from_value(&value), "category", Reason::UnknownCode);
    assert_no_canary(&err);
}

#[test]
fn json_structure_errors_name_the_path_not_the_value() {
    let good = json_of(full());

    let mut value = good.clone();
    value["subjects"][1]["kind"] = CANARY.into();
    assert_no_canary(&assert_field(
        from_value(&value),
        "subjects[1].kind",
        Reason::UnknownCode,
    ));

    let mut value = good.clone();
    value["flags"]["coerced"] = CANARY.into();
    assert_no_canary(&assert_field(
        from_value(&value),
        "flags.coerced",
        Reason::WrongType,
    ));

    let mut value = good.clone();
    value["flags"].as_object_mut().unwrap().remove("coerced");
    assert_field(from_value(&value), "flags.coerced", Reason::Missing);

    let mut value = good.clone();
    value["created_at"] = CANARY.into();
    assert_no_canary(&assert_field(from_value(&value), "created_at", Reason::BadFormat));

    let mut value = good.clone();
    value["answers"]["what_happened"][1] = 7.into();
    assert_field(from_value(&value), "answers[?].choices[1]", Reason::WrongType);

    let mut value = good.clone();
    value["answers"][CANARY] = serde_json::json!(CANARY);
    assert_no_canary(&assert_field(from_value(&value), "answers[?]", Reason::WrongType));

    let mut value = good.clone();
    value["client"][CANARY] = true.into();
    let err = from_value(&value).unwrap_err();
    assert_eq!(err.reason(), Some(Reason::UnknownField));
    assert!(err.field().unwrap().to_string().starts_with("client"), "{err}");
    assert_no_canary(&err);

    let mut value = good.clone();
    value[CANARY] = true.into();
    let err = from_value(&value).unwrap_err();
    assert_eq!(err.reason(), Some(Reason::UnknownField));
    assert_no_canary(&err);

    let mut value = good;
    value["schema_version"] = 2.into();
    assert_field(
        from_value(&value),
        "schema_version",
        Reason::UnsupportedSchemaVersion,
    );
}

#[test]
fn malformed_json_is_a_syntax_error_without_content() {
    let err = Report::from_json(format!("{{\"id\": \"{CANARY}").as_bytes()).unwrap_err();
    assert!(matches!(err, ReportError::Syntax { .. }), "{err}");
    assert_no_canary(&err);
    let json = full().build().unwrap().to_json().unwrap();
    let err = Report::from_json(format!("{json} \"{CANARY}\"")).unwrap_err();
    assert!(matches!(err, ReportError::Syntax { .. }), "{err}");
    assert_no_canary(&err);
}

#[test]
fn bidi_override_in_a_subject_id_is_a_typed_error() {
    let mut builder = base();
    for i in 0..3 {
        builder = builder.subject(SubjectKind::Content, format!("post-{i}"));
    }
    let builder = builder.subject(SubjectKind::User, format!("{CANARY}\u{202E}evil"));
    let err = assert_field(
        builder.clone().build(),
        "subjects[3].id",
        Reason::ForbiddenCharacter,
    );
    assert_no_canary(&err);

    let mut value = json_of(base().subject(SubjectKind::User, "ok"));
    value["subjects"][0]["id"] = format!("{CANARY}\u{2066}").into();
    assert_no_canary(&assert_field(
        from_value(&value),
        "subjects[0].id",
        Reason::ForbiddenCharacter,
    ));
}

#[test]
fn hygiene_characters_in_every_id_and_code_are_errors() {
    let zw = "\u{200B}";
    let cases: Vec<(ReportBuilder, &str)> = vec![
        (base().evidence(format!("e{zw}"), None), "evidence[0].id"),
        (base().answer(format!("step{zw}"), ["a"]), "answers[0].step"),
        (
            base().answer("step", ["a", &format!("b{zw}")]),
            "answers[0].choices[1]",
        ),
        (base().locale(format!("en{zw}")), "locale"),
        (base().country(format!("G{zw}")), "country"),
        (
            base().client(Platform::Ios, format!("1.0{zw}")),
            "client.app_version",
        ),
    ];
    for (builder, field) in cases {
        assert_field(builder.build(), field, Reason::ForbiddenCharacter);
    }
}

#[test]
fn free_text_with_bidi_and_zero_width_is_accepted_and_stored_cleaned() {
    let raw = "he\u{202E}lp\u{200B} me\r\n\u{2067}now\u{FEFF}\u{200D}";
    let report = base().free_text(raw).build().unwrap();
    assert_eq!(report.free_text().unwrap().as_str(), "help me\nnow");
    let json = report.to_json().unwrap();
    assert!(json.contains("\"free_text\":\"help me\\nnow\""), "{json}");
    // The same raw text through JSON is cleaned the same way.
    let mut value = json_of(base());
    value["free_text"] = raw.into();
    assert_eq!(from_value(&value).unwrap(), report);
}

#[test]
fn only_invisible_free_text_is_no_free_text() {
    let report = base().free_text("\u{200B}\u{202E}").build().unwrap();
    assert!(report.free_text().is_none());
    assert!(!report.to_json().unwrap().contains("free_text"));
}

#[test]
fn duplicates_are_rejected() {
    let dup_subject = base()
        .subject(SubjectKind::User, "u1")
        .subject(SubjectKind::User, "u1");
    assert_field(dup_subject.build(), "subjects[1]", Reason::Duplicate);
    // The same id as another kind is a different subject.
    assert!(
        base()
            .subject(SubjectKind::User, "1")
            .subject(SubjectKind::Message, "1")
            .build()
            .is_ok()
    );
    assert_field(
        base().evidence("e", None).evidence("e", None).build(),
        "evidence[1].id",
        Reason::Duplicate,
    );
    assert_field(
        base().answer("s", ["a", "a"]).build(),
        "answers[0].choices[1]",
        Reason::Duplicate,
    );
}

#[test]
fn debug_of_report_and_builder_reveals_no_content() {
    let builder = full()
        .subject(SubjectKind::User, CANARY)
        .evidence(CANARY, None)
        .answer("step", ["canary-7f3a"])
        .free_text(CANARY);
    let report = builder.clone().build().unwrap();
    for rendered in [
        format!("{report:?}"),
        format!("{report:#?}"),
        format!("{builder:?}"),
    ] {
        assert!(!rendered.to_lowercase().contains("canary"), "{rendered}");
        assert!(!rendered.contains("u_8841"), "{rendered}");
    }
    for subject in report.subjects() {
        assert!(!format!("{subject:?}").contains("CANARY"));
    }
    for item in report.evidence() {
        assert!(!format!("{item:?}").contains("CANARY"));
    }
    assert!(!format!("{:?}", report.id()).contains(&report.id().to_string()[..8]));
    // The content is there, though: redaction is in Debug only.
    assert!(report.to_json().unwrap().contains(CANARY));
}

#[test]
fn locale_is_stored_canonical() {
    let report = base().locale("pt_br").build().unwrap();
    assert_eq!(report.locale().as_str(), "pt-BR");
}

#[test]
fn base64_digest_is_stored_as_hex() {
    let b64 = "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=";
    let report = base().evidence("e", Some(b64)).build().unwrap();
    assert_eq!(report.evidence()[0].sha256.unwrap().to_hex(), "ab".repeat(32));
}

#[test]
fn snapshot_full_report() {
    insta::assert_json_snapshot!("full_report", full().build().unwrap());
}

#[test]
fn snapshot_minimal_report() {
    insta::assert_json_snapshot!("minimal_report", base().build().unwrap());
}

proptest::proptest! {
    #[test]
    fn any_text_builds_or_fails_with_a_typed_error_and_round_trips(text in "\\PC{0,40}|[a\\u{301}\\u{200B}\\u{202E}\\n\\r]{0,40}") {
        match base().free_text(text).subject(SubjectKind::User, "u").build() {
            Ok(report) => {
                let json = report.to_json().unwrap();
                proptest::prop_assert_eq!(Report::from_json(&json).unwrap(), report);
            }
            Err(err) => proptest::prop_assert!(err.field().is_some()),
        }
    }

    #[test]
    fn any_subject_id_is_stored_verbatim_or_rejected_by_name(id in "\\PC{1,20}|[a\\u{200B}\\u{202E}]{1,5}") {
        match base().subject(SubjectKind::User, id.clone()).build() {
            Ok(report) => proptest::prop_assert_eq!(report.subjects()[0].id.as_str(), id.as_str()),
            Err(err) => proptest::prop_assert_eq!(err.field().map(ToString::to_string), Some("subjects[0].id".into())),
        }
    }
}

#[test]
fn a_report_given_as_an_array_is_refused_as_the_wrong_type() {
    let object = json_of(full());
    let array = serde_json::Value::Array(object.as_object().unwrap().values().cloned().collect());
    assert_field(from_value(&array), "(report)", Reason::WrongType);
    let mut nested = object.clone();
    nested["client"] =
        serde_json::Value::Array(nested["client"].as_object().unwrap().values().cloned().collect());
    let err = from_value(&nested).expect_err("must be rejected");
    assert_eq!(err.reason(), Some(Reason::WrongType), "{err}");
}
