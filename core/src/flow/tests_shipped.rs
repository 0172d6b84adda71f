//! Runs over the shipped data: real taxonomy, jurisdiction packs and Fluent locales.
//! These are the scripted runs the CLI makes, without the terminal.
#![cfg(feature = "embedded-locales")]

use std::sync::Arc;

use super::*;
use crate::age::{AgeBand, AgeSignalSource, ReporterRole};
use crate::taxonomy::Category;

fn wizard() -> Wizard {
    let today = crate::Timestamp::from_unix_millis(1_780_000_000_000).unwrap();
    Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(today)),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    )
    .unwrap()
}

fn context(band: AgeBand, role: ReporterRole, locale: &str, country: &str) -> StartContext {
    StartContext {
        age_band: band,
        age_source: (band != AgeBand::Unknown).then_some(AgeSignalSource::Declared),
        role,
        locale: locale.into(),
        country: country.into(),
        app_name: "Chatter".into(),
        category: None,
        subjects: vec![Subject {
            kind: crate::report::SubjectKind::User,
            id: "user-42".into(),
        }],
    }
}

fn inputs() -> SubmitInputs {
    SubmitInputs {
        id: crate::report::ReportId::new(1_780_000_000_000, &[3u8; 10]),
        created_at: crate::Timestamp::from_unix_millis(1_780_000_000_000).unwrap(),
        platform: crate::report::Platform::Other,
        app_version: "1.0.0".into(),
        evidence: Vec::new(),
    }
}

/// The preselected or first option (or text, or continue) on every step: a scripted run.
fn run(session: &mut Session, category: &str) -> Vec<StepView> {
    let mut views = Vec::new();
    loop {
        let view = session.current().unwrap();
        views.push(view.clone());
        let answer = match view.kind {
            StepKind::Done => return views,
            StepKind::ChooseOne if view.options.iter().any(|o| o.id == category) => {
                Answer::Choose(category.into())
            }
            // Keep the preselected option, as a reporter who just taps "next" would.
            StepKind::ChooseOne | StepKind::YesNo => Answer::Choose(
                view.options
                    .iter()
                    .find(|o| o.preselected)
                    .unwrap_or(&view.options[0])
                    .id
                    .clone(),
            ),
            StepKind::ChooseMany => Answer::ChooseMany(vec![view.options[0].id.clone()]),
            StepKind::ShortText => Answer::Text("It happened in a group chat.".into()),
            _ => Answer::Continue,
        };
        session.answer(answer).unwrap();
    }
}

fn schema_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schema/report-v1.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn every_band_in_en_sw_and_ar_makes_a_schema_valid_report_in_its_own_words() {
    let wizard = wizard();
    let validator = schema_validator();
    let audiences = [
        (AgeBand::Age6To9, ReporterRole::Myself),
        (AgeBand::Age10To12, ReporterRole::Myself),
        (AgeBand::Age13To15, ReporterRole::Myself),
        (AgeBand::Age16To17, ReporterRole::Myself),
        (AgeBand::Adult, ReporterRole::Myself),
        (AgeBand::Adult, ReporterRole::Caregiver),
        (AgeBand::Adult, ReporterRole::Professional),
        (AgeBand::Unknown, ReporterRole::Myself),
    ];
    for (band, role) in audiences {
        let mut titles = Vec::new();
        for locale in ["en", "sw", "ar"] {
            let mut session = wizard.start(context(band, role, locale, "KE")).unwrap();
            assert_eq!(session.locale(), locale);
            let views = run(&mut session, "bullying");
            for view in &views {
                // No raw message id ever reaches the screen.
                assert!(
                    !view.title.starts_with("flow-") && !view.get_help.text.is_empty(),
                    "{locale} {}",
                    view.step_id
                );
                assert!(view.get_help.helpline.is_some(), "Kenya has a sourced helpline");
            }
            let outcome = session.to_report(inputs()).unwrap();
            let json: serde_json::Value = serde_json::from_str(&outcome.report.to_json().unwrap()).unwrap();
            let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{band:?} {locale}: {errors:?}");
            assert_eq!(json["locale"], locale);
            titles.push(views.iter().map(|v| v.title.clone()).collect::<Vec<_>>());
        }
        assert_ne!(titles[0], titles[1], "sw reads differently from en for {band:?}");
        assert_ne!(titles[0], titles[2], "ar reads differently from en for {band:?}");
    }
}

#[test]
fn sextortion_shows_help_before_any_further_question_with_real_packs() {
    let wizard = wizard();
    for locale in ["en", "sw", "ar"] {
        let mut session = wizard
            .start(context(AgeBand::Age13To15, ReporterRole::Myself, locale, "KE"))
            .unwrap();
        session
            .answer(Answer::Choose(Category::ThreatToSharePictures.code().into()))
            .unwrap();
        let view = session.current().unwrap();
        assert_eq!(view.kind, StepKind::Info);
        assert!(view.help_first);
        assert_eq!(
            view.get_help.helpline.as_ref().map(|h| h.number.as_str()),
            Some("116")
        );
        assert!(view.script.as_ref().is_some_and(|s| s.lines.len() >= 5));
    }
}

#[test]
fn csam_in_the_us_shows_who_will_be_told_and_never_dont_tell_anyone_with_real_packs() {
    let wizard = wizard();
    for band in [
        AgeBand::Age10To12,
        AgeBand::Age13To15,
        AgeBand::Age16To17,
        AgeBand::Adult,
    ] {
        let mut session = wizard
            .start(context(band, ReporterRole::Myself, "en", "US"))
            .unwrap();
        let views = run(&mut session, Category::SexualImagesOfChild.code());
        let told = views
            .iter()
            .find(|v| v.kind == StepKind::WhoWillBeTold)
            .expect("who-will-be-told shown");
        assert!(!told.told.is_empty());
        assert!(
            views
                .iter()
                .all(|v| v.options.iter().all(|o| o.id != "keep_private"))
        );
        let outcome = session.to_report(inputs()).unwrap();
        assert_eq!(outcome.notify, NotifyPreference::DontNotify);
    }
}

/// DSA Art. 16(2)(d): adults, caregivers and professionals read the good-faith statement on the
/// review step, in every shipped locale; a child (reporting for themselves or as a bystander)
/// never does, because it could read as blame for a mistake.
#[test]
fn the_review_step_asks_adults_for_good_faith_and_never_children() {
    let wizard = wizard();
    let audiences = [
        (AgeBand::Age6To9, ReporterRole::Myself, false),
        (AgeBand::Age10To12, ReporterRole::Bystander, false),
        (AgeBand::Age13To15, ReporterRole::Myself, false),
        (AgeBand::Age16To17, ReporterRole::Bystander, false),
        (AgeBand::Unknown, ReporterRole::Myself, false),
        (AgeBand::Adult, ReporterRole::Myself, true),
        (AgeBand::Adult, ReporterRole::Bystander, true),
        (AgeBand::Adult, ReporterRole::Caregiver, true),
        (AgeBand::Adult, ReporterRole::Professional, true),
    ];
    let locales = crate::i18n::LocaleCatalog::builtin().unwrap();
    let tags: Vec<&str> = locales.locales().iter().map(|l| l.tag.as_str()).collect();
    assert!(tags.len() >= 14, "every shipped locale, en-XA included: {tags:?}");
    for tag in tags {
        let localizer = crate::i18n::Localizer::embedded(&[tag], true).unwrap();
        assert_eq!(localizer.locale(), tag);
        let statement = localizer
            .format("review-good-faith", &crate::i18n::Args::new())
            .unwrap();
        assert!(
            !statement.is_empty() && !statement.starts_with("review-"),
            "{tag}"
        );
        for (band, role, asked) in audiences {
            let mut session = wizard.start(context(band, role, tag, "KE")).unwrap();
            let views = run(&mut session, "bullying");
            let review = views.iter().find(|v| v.step_id == "review").unwrap();
            let body = review.body.as_deref().unwrap();
            assert_eq!(body.contains(&statement), asked, "{tag} {band:?} {role:?}");
            // Who can see the report is still said, to everyone.
            assert!(body.len() > statement.len(), "{tag} {band:?} {role:?}");
        }
    }
}
