//! Behaviour of the embedded flow and the session machine, over a fixed test policy.
#![cfg(feature = "embedded-locales")]

use std::collections::BTreeSet;
use std::sync::Arc;

use proptest::prelude::*;

use super::*;
use crate::age::{AgeBand, AgeSignalSource, ReporterRole};
use crate::taxonomy::Category;

/// Formats `[id]` for every id, so tests see which message a step resolved to.
struct EchoMessages;

impl Messages for EchoMessages {
    fn format(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let band = args
            .iter()
            .find(|(k, _)| *k == "band")
            .map(|(_, v)| *v)
            .unwrap_or("");
        Some(format!("[{id}|{band}]"))
    }
    fn locale(&self) -> &str {
        "en"
    }
}

struct EchoSource;

impl MessageSource for EchoSource {
    fn load(&self, _requested: &str) -> Option<Arc<dyn Messages>> {
        Some(Arc::new(EchoMessages))
    }
}

/// A small fixed policy: the US must tell NCMEC about sexual images of a child; Kenya has 116.
pub(crate) struct TestPolicy;

impl Policy for TestPolicy {
    fn has_flag(&self, category: Category, flag: CategoryFlag) -> bool {
        use Category::*;
        match flag {
            CategoryFlag::Urgent => matches!(
                category,
                ThreatToSharePictures
                    | HurtingMeInRealLife
                    | SelfHarmOrSuicide
                    | WantsToMeet
                    | SexualImagesOfChild
            ),
            CategoryFlag::Sexual => matches!(
                category,
                SexualImagesOfChild
                    | SexualImagesFake
                    | AskedForSexualThings
                    | ThreatToSharePictures
                    | UnwantedSexualPictures
                    | PressuredOnLiveStream
                    | OfferedMoneyOrGifts
            ),
            CategoryFlag::ImageBased => {
                matches!(
                    category,
                    SexualImagesOfChild | SexualImagesFake | ThreatToSharePictures
                )
            }
        }
    }

    fn who_must_be_told(&self, country: &str, category: Category, _band: AgeBand) -> Vec<String> {
        let images = matches!(
            category,
            Category::SexualImagesOfChild | Category::SexualImagesFake
        );
        if country == "US" && images {
            vec!["flow-told-ncmec".into()]
        } else {
            Vec::new()
        }
    }

    fn help_for(&self, country: &str) -> HelpInfo {
        match country {
            "KE" => HelpInfo {
                helpline: Some(HelplineInfo {
                    name: "Child Helpline 116".into(),
                    number: "116".into(),
                }),
                emergency_number: None,
            },
            _ => HelpInfo::default(),
        }
    }
}

fn wizard() -> Wizard {
    Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(TestPolicy),
        Arc::new(EchoSource),
    )
    .expect("the embedded flow is valid")
}

fn context(band: AgeBand, role: ReporterRole, country: &str) -> StartContext {
    StartContext {
        age_band: band,
        age_source: (band != AgeBand::Unknown).then_some(AgeSignalSource::Declared),
        role,
        locale: "en".into(),
        country: country.into(),
        app_name: "Chatter".into(),
        category: None,
        subjects: vec![Subject {
            kind: crate::report::SubjectKind::User,
            id: "user-42".into(),
        }],
    }
}

/// Answers every step with the first visible option (or text / continue) until done.
fn answer_simply(session: &mut Session, pick: impl Fn(&StepView) -> Answer) -> Vec<StepView> {
    let mut seen = Vec::new();
    for _ in 0..64 {
        let view = session.current().unwrap();
        seen.push(view.clone());
        if view.kind == StepKind::Done {
            return seen;
        }
        session.answer(pick(&view)).unwrap();
    }
    panic!("flow did not finish");
}

fn first_answer(view: &StepView) -> Answer {
    match view.kind {
        StepKind::ChooseOne | StepKind::YesNo => Answer::Choose(view.options[0].id.clone()),
        StepKind::ChooseMany => Answer::ChooseMany(vec![view.options[0].id.clone()]),
        StepKind::ShortText => Answer::Text("it happened yesterday".into()),
        _ => Answer::Continue,
    }
}

/// Answers to try on a step: every option where the choice can change the route (category,
/// age, yes/no), the first and last elsewhere, so enumerating paths stays in the hundreds.
fn all_answers(view: &StepView) -> Vec<Answer> {
    let routing = view.kind == StepKind::YesNo
        || matches!(
            view.step_id.as_str(),
            "age" | "young_what" | "teen_what" | "adult_what"
        );
    let ends = |v: &StepView| -> Vec<String> {
        let mut ids: Vec<String> = v.options.iter().map(|o| o.id.clone()).collect();
        if !routing && ids.len() > 2 {
            ids = vec![ids[0].clone(), ids[ids.len() - 1].clone()];
        }
        ids
    };
    match view.kind {
        StepKind::ChooseOne | StepKind::YesNo => ends(view).into_iter().map(Answer::Choose).collect(),
        StepKind::ChooseMany => ends(view)
            .into_iter()
            .map(|id| Answer::ChooseMany(vec![id]))
            .collect(),
        StepKind::ShortText => {
            let mut out = vec![Answer::Text("text".into())];
            if view.optional {
                out.push(Answer::Skip);
            }
            out
        }
        StepKind::Done => Vec::new(),
        _ => vec![Answer::Continue],
    }
}

/// Visits every path of the flow for a context; calls `check` with the views of each path.
fn every_path(wizard: &Wizard, ctx: StartContext, check: &mut dyn FnMut(&[StepView], &Session)) {
    fn walk(session: Session, path: Vec<StepView>, check: &mut dyn FnMut(&[StepView], &Session)) {
        let view = session.current().unwrap();
        let mut path = path;
        path.push(view.clone());
        if view.kind == StepKind::Done {
            check(&path, &session);
            return;
        }
        for answer in all_answers(&view) {
            let mut next = session.clone();
            next.answer(answer).unwrap();
            walk(next, path.clone(), check);
        }
    }
    let session = wizard.start(ctx).unwrap();
    walk(session, Vec::new(), check);
}

#[test]
fn embedded_flow_is_structurally_valid() {
    let flow = Flow::from_json(EMBEDDED_FLOW).unwrap();
    let scripts = SafetyScripts::from_json(EMBEDDED_SCRIPTS).unwrap();
    assert_eq!(validate(&flow, &scripts, &[], &[]), Ok(()));
}

#[test]
fn validation_names_the_step_and_message() {
    let mut flow = Flow::from_json(EMBEDDED_FLOW).unwrap();
    let scripts = SafetyScripts::from_json(EMBEDDED_SCRIPTS).unwrap();
    // A locale that lacks exactly one id used by the `danger` step.
    let mut ids: std::collections::HashSet<String> = message_ids(&flow, &scripts, &[])
        .into_iter()
        .map(|(_, id)| id.to_owned())
        .collect();
    ids.remove("flow-danger");
    let locale = LocaleIds {
        locale: "xx".into(),
        ids,
    };
    let err = validate(&flow, &scripts, &[locale], &[]).unwrap_err();
    assert_eq!(
        err.0,
        vec![FlowError::MissingMessage {
            locale: "xx".into(),
            step: "danger".into(),
            message: "flow-danger".into()
        }]
    );

    // A step nothing leads to, and a step that leads nowhere.
    let mut orphan = flow.step("review").unwrap().clone();
    orphan.id = "orphan".into();
    flow.steps.push(orphan);
    let mut dead = flow.step("review").unwrap().clone();
    dead.id = "dead".into();
    dead.next = None;
    flow.steps.push(dead);
    if let Some(step) = flow.steps.iter_mut().find(|s| s.id == "young_text") {
        step.next = Some(Next::To("dead".into()));
    }
    let errors = structure(&flow);
    assert!(
        errors.contains(&FlowError::Unreachable {
            step: "orphan".into()
        }),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, FlowError::DeadEnd { step, .. } if step == "dead")),
        "{errors:?}"
    );
}

#[test]
fn cycles_and_unknown_targets_are_refused() {
    let mut flow = Flow::from_json(EMBEDDED_FLOW).unwrap();
    if let Some(step) = flow.steps.iter_mut().find(|s| s.id == "review") {
        step.next = Some(Next::To("young_what".into()));
    }
    assert!(
        structure(&flow)
            .iter()
            .any(|e| matches!(e, FlowError::Cycle { .. }))
    );
    if let Some(step) = flow.steps.iter_mut().find(|s| s.id == "review") {
        step.next = Some(Next::To("nowhere".into()));
    }
    assert!(structure(&flow).contains(&FlowError::UnknownTarget {
        step: "review".into(),
        target: "nowhere".into()
    }));
}

#[test]
fn young_bands_have_at_most_four_questions_on_every_path() {
    // Limit from the issue: danger check, review and done are not counted.
    const YOUNG_QUESTION_LIMIT: usize = 4;
    let wizard = wizard();
    for band in [AgeBand::Age6To9, AgeBand::Age10To12, AgeBand::Unknown] {
        let mut paths = 0;
        every_path(
            &wizard,
            context(band, ReporterRole::Myself, "US"),
            &mut |path, _| {
                paths += 1;
                let questions = path
                    .iter()
                    .filter(|v| v.kind.is_question() && v.step_id != "danger")
                    .count();
                // Unknown age that answers "adult" or a teen band legitimately takes the longer flow.
                let took_young_flow = path.iter().any(|v| v.step_id == "young_what");
                if took_young_flow {
                    assert!(
                        questions <= YOUNG_QUESTION_LIMIT,
                        "{band:?}: {:?}",
                        path.iter().map(|v| &v.step_id).collect::<Vec<_>>()
                    );
                }
            },
        );
        assert!(paths >= 4, "enumerated {paths} paths");
    }
}

#[test]
fn teens_and_adults_get_the_fuller_flow() {
    let wizard = wizard();
    for (band, role) in [
        (AgeBand::Age13To15, ReporterRole::Myself),
        (AgeBand::Age16To17, ReporterRole::Myself),
        (AgeBand::Adult, ReporterRole::Myself),
        (AgeBand::Adult, ReporterRole::Caregiver),
        (AgeBand::Adult, ReporterRole::Professional),
    ] {
        let mut session = wizard.start(context(band, role, "KE")).unwrap();
        let steps: Vec<String> = answer_simply(&mut session, |v| {
            // Bullying: no script, not urgent, the plain full path.
            if v.options.iter().any(|o| o.id == "bullying") {
                Answer::Choose("bullying".into())
            } else {
                first_answer(v)
            }
        })
        .into_iter()
        .map(|v| v.step_id)
        .collect();
        for expected in ["outcome", "intents", "details", "notify", "review", "done"] {
            assert!(
                steps.iter().any(|s| s == expected),
                "{band:?} {role:?} lacks {expected}: {steps:?}"
            );
        }
    }
}

#[test]
fn caregivers_read_their_own_wording() {
    let wizard = wizard();
    let caregiver = wizard
        .start(context(AgeBand::Adult, ReporterRole::Caregiver, "KE"))
        .unwrap();
    let adult = wizard
        .start(context(AgeBand::Adult, ReporterRole::Myself, "KE"))
        .unwrap();
    let (c, a) = (caregiver.current().unwrap(), adult.current().unwrap());
    assert_eq!(c.step_id, a.step_id);
    assert_ne!(c.title, a.title);
    assert!(c.title.contains("|adult]"));
}

#[test]
fn unknown_age_is_asked_and_kept_only_as_a_band() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Unknown, ReporterRole::Myself, "KE"))
        .unwrap();
    let view = session.current().unwrap();
    assert_eq!(view.step_id, "age");
    // Unknown age reads as 10-12 until answered.
    assert!(view.title.contains("age-10-12"));
    session.answer(Answer::Choose("13-15".into())).unwrap();
    assert_eq!(session.current().unwrap().step_id, "teen_what");
    let facts = session.facts();
    assert_eq!(facts.band, AgeBand::Age13To15);
    assert_eq!(facts.age_source, Some(AgeSignalSource::AskedInFlow));

    // A known age is never asked.
    for band in [
        AgeBand::Age6To9,
        AgeBand::Age10To12,
        AgeBand::Age13To15,
        AgeBand::Age16To17,
        AgeBand::Adult,
    ] {
        every_path(
            &wizard,
            context(band, ReporterRole::Myself, "KE"),
            &mut |path, _| {
                assert!(path.iter().all(|v| v.step_id != "age"));
            },
        );
    }
}

#[test]
fn urgent_categories_ask_about_danger_early_and_yes_shows_help_first() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age13To15, ReporterRole::Myself, "KE"))
        .unwrap();
    session.answer(Answer::Choose("wants_to_meet".into())).unwrap();
    // wants_to_meet has a script (not help-first) then the danger check.
    assert_eq!(session.current().unwrap().step_id, "safety");
    session.answer(Answer::Continue).unwrap();
    assert_eq!(session.current().unwrap().step_id, "danger");
    session.answer(Answer::Choose("yes".into())).unwrap();
    let view = session.current().unwrap();
    assert_eq!(view.step_id, "danger_help");
    assert!(view.help_first);
    assert_eq!(
        view.get_help.helpline.as_ref().map(|h| h.number.as_str()),
        Some("116")
    );
    assert_eq!(view.script.as_ref().map(|s| s.id.as_str()), Some("in_danger"));
}

#[test]
fn sextortion_shows_help_before_any_further_question() {
    let wizard = wizard();
    for band in [
        AgeBand::Age10To12,
        AgeBand::Age13To15,
        AgeBand::Age16To17,
        AgeBand::Adult,
    ] {
        let mut session = wizard.start(context(band, ReporterRole::Myself, "KE")).unwrap();
        session
            .answer(Answer::Choose("threat_to_share_pictures".into()))
            .unwrap();
        let view = session.current().unwrap();
        assert_eq!(view.kind, StepKind::Info, "{band:?}");
        assert!(view.help_first);
        let script = view.script.unwrap();
        assert_eq!(script.id, "sextortion");
        assert!(!script.reviewed, "scripts ship with reviewed_by: null");
        assert!(
            script
                .lines
                .iter()
                .any(|l| l.contains("safety-sextortion-dont-pay"))
        );
        assert!(view.get_help.text.contains("help-trusted-adult"));
    }
    // With the category known from the app's entry point, help is the very first screen.
    let mut ctx = context(AgeBand::Age13To15, ReporterRole::Myself, "KE");
    ctx.category = Some(Category::ThreatToSharePictures);
    let view = wizard.start(ctx).unwrap().current().unwrap();
    assert_eq!(view.step_id, "safety");
    assert!(view.help_first);
}

#[test]
fn sexual_images_in_the_us_show_who_will_be_told_and_never_dont_tell_anyone() {
    let wizard = wizard();
    for band in [
        AgeBand::Age10To12,
        AgeBand::Age13To15,
        AgeBand::Age16To17,
        AgeBand::Adult,
    ] {
        let mut ctx = context(band, ReporterRole::Myself, "US");
        ctx.category = Some(Category::SexualImagesOfChild);
        let mut reached_told = 0;
        every_path(&wizard, ctx, &mut |path, _| {
            let told = path.iter().position(|v| v.kind == StepKind::WhoWillBeTold);
            let review = path.iter().position(|v| v.kind == StepKind::Review);
            assert!(told.is_some() && told < review, "{band:?}");
            reached_told += 1;
            for view in path {
                assert!(
                    view.options.iter().all(|o| o.id != "keep_private"),
                    "{band:?} offered keep_private"
                );
                if view.kind == StepKind::WhoWillBeTold {
                    assert_eq!(
                        view.told,
                        vec![format!(
                            "[flow-told-ncmec|{}]",
                            band_key(band, ReporterRole::Myself)
                        )]
                    );
                }
            }
        });
        assert!(reached_told > 0);
    }
    // Without a duty (Kenya in the test policy) there is no such step, and teens may ask for privacy.
    let mut session = wizard
        .start(context(AgeBand::Age13To15, ReporterRole::Myself, "KE"))
        .unwrap();
    let views = answer_simply(&mut session, |v| {
        if v.options.iter().any(|o| o.id == "sexual_images_of_child") {
            Answer::Choose("sexual_images_of_child".into())
        } else {
            first_answer(v)
        }
    });
    assert!(views.iter().all(|v| v.kind != StepKind::WhoWillBeTold));
    assert!(
        views
            .iter()
            .any(|v| v.options.iter().any(|o| o.id == "keep_private"))
    );
}

#[test]
fn notify_defaults_to_dont_notify_for_sexual_and_danger() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age16To17, ReporterRole::Myself, "KE"))
        .unwrap();
    let views = answer_simply(&mut session, |v| {
        if v.options.iter().any(|o| o.id == "unwanted_sexual_pictures") {
            Answer::Choose("unwanted_sexual_pictures".into())
        } else {
            first_answer(v)
        }
    });
    let notify = views.iter().find(|v| v.step_id == "notify").unwrap();
    let pre: Vec<_> = notify
        .options
        .iter()
        .filter(|o| o.preselected)
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(pre, ["dont_notify"]);
    // Under 13 nothing is asked; the safe default applies.
    let mut young = wizard
        .start(context(AgeBand::Age10To12, ReporterRole::Myself, "KE"))
        .unwrap();
    answer_simply(&mut young, |v| {
        if v.options.iter().any(|o| o.id == "asked_for_sexual_things") {
            Answer::Choose("asked_for_sexual_things".into())
        } else {
            first_answer(v)
        }
    });
    assert_eq!(young.notify_preference(), NotifyPreference::DontNotify);
}

#[test]
fn every_step_has_get_help_and_progress_moves_forward() {
    let wizard = wizard();
    for country in ["KE", "ZZ"] {
        every_path(
            &wizard,
            context(AgeBand::Age13To15, ReporterRole::Myself, country),
            &mut |path, _| {
                for pair in path.windows(2) {
                    assert!(pair[1].progress.step == pair[0].progress.step + 1);
                }
                for view in path {
                    assert!(!view.get_help.label.is_empty() && !view.get_help.text.is_empty());
                    assert_eq!(view.get_help.helpline.is_some(), country == "KE");
                    assert!(view.progress.step <= view.progress.of);
                }
                let last = path.last().unwrap();
                assert_eq!(last.progress.step, last.progress.of);
            },
        );
    }
}

#[test]
fn block_is_deferred_and_other_intents_are_not() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age16To17, ReporterRole::Myself, "KE"))
        .unwrap();
    answer_simply(&mut session, |v| match v.step_id.as_str() {
        "teen_what" => Answer::Choose("bullying".into()),
        "intents" => Answer::ChooseMany(vec!["restrict".into(), "block".into()]),
        _ => first_answer(v),
    });
    let intents = session.intents();
    assert_eq!(
        intents,
        vec![
            IntentRequest {
                intent: Intent::Restrict,
                deferred: false
            },
            IntentRequest {
                intent: Intent::Block,
                deferred: true
            }
        ]
    );
}

#[test]
fn bad_answers_change_nothing() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age6To9, ReporterRole::Myself, "KE"))
        .unwrap();
    let before = session.state().clone();
    // A 10-12-only option is not shown to 6-9.
    assert!(matches!(
        session.answer(Answer::Choose("self_harm_or_suicide".into())),
        Err(SessionError::UnknownOption { .. })
    ));
    assert!(matches!(
        session.answer(Answer::Continue),
        Err(SessionError::WrongKind { .. })
    ));
    assert!(matches!(session.back(), Err(SessionError::CannotGoBack { .. })));
    assert_eq!(session.state(), &before);
    session.answer(Answer::Choose("bullying".into())).unwrap();
    assert!(matches!(
        session.answer(Answer::ChooseMany(vec![])),
        Err(SessionError::BadSelection { .. })
    ));
    assert!(matches!(
        session.answer(Answer::ChooseMany(vec!["none".into(), "restrict".into()])),
        Err(SessionError::BadSelection { .. })
    ));
    assert!(matches!(
        session.answer(Answer::ChooseMany(vec!["restrict".into(), "restrict".into()])),
        Err(SessionError::BadSelection { .. })
    ));
}

#[test]
fn quick_exit_forgets_everything_and_refuses_further_calls() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age13To15, ReporterRole::Myself, "KE"))
        .unwrap();
    session.answer(Answer::Choose("bullying".into())).unwrap();
    session.quick_exit();
    assert!(session.is_exited());
    assert!(session.state().answered.is_empty());
    assert_eq!(session.current(), Err(SessionError::Exited));
    assert_eq!(session.answer(Answer::Continue), Err(SessionError::Exited));
    assert_eq!(session.back(), Err(SessionError::Exited));
    assert!(session.intents().is_empty());
}

#[test]
fn debug_output_never_contains_free_text() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age16To17, ReporterRole::Myself, "KE"))
        .unwrap();
    answer_simply(&mut session, |v| match v.kind {
        StepKind::ShortText => Answer::Text("secret words".into()),
        _ => first_answer(v),
    });
    assert!(!format!("{session:?}").contains("secret"));
    assert!(!format!("{:?}", session.state().answered).contains("secret"));
}

#[test]
fn resume_refuses_a_tampered_state() {
    let wizard = wizard();
    let mut session = wizard
        .start(context(AgeBand::Age13To15, ReporterRole::Myself, "KE"))
        .unwrap();
    session.answer(Answer::Choose("bullying".into())).unwrap();
    let mut state = session.state().clone();
    state.current = "review".into();
    assert_eq!(
        wizard.resume(state).unwrap_err(),
        SessionError::StaleState { field: "current" }
    );
    let mut state = session.state().clone();
    state.flow_version += 1;
    assert_eq!(
        wizard.resume(state).unwrap_err(),
        SessionError::StaleState {
            field: "flow_version"
        }
    );
}

fn band_strategy() -> impl Strategy<Value = AgeBand> {
    prop::sample::select(AgeBand::ALL.to_vec())
}

fn role_strategy() -> impl Strategy<Value = ReporterRole> {
    prop::sample::select(vec![
        ReporterRole::Myself,
        ReporterRole::Caregiver,
        ReporterRole::Bystander,
        ReporterRole::Professional,
    ])
}

/// An arbitrary answer, mostly well-formed for the step (indexes into its options), sometimes not.
fn answer_for(view: &StepView, pick: usize, kind: u8) -> Answer {
    let option = |i: usize| {
        view.options
            .get(i % view.options.len().max(1))
            .map(|o| o.id.clone())
            .unwrap_or_default()
    };
    match kind % 8 {
        0 => Answer::Continue,
        1 => Answer::Skip,
        2 => Answer::Text("x".repeat(pick % 3)),
        3 => Answer::Choose(format!("bogus-{pick}")),
        _ => match view.kind {
            StepKind::ChooseOne | StepKind::YesNo => Answer::Choose(option(pick)),
            StepKind::ChooseMany => Answer::ChooseMany(
                vec![option(pick), option(pick / 7)]
                    .into_iter()
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            ),
            StepKind::ShortText => Answer::Text("words".into()),
            _ => Answer::Continue,
        },
    }
}

proptest! {
    // Each case replays whole sessions; 64 cases cover the flow's branches in about a second.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_sequences_never_panic_and_round_trip_at_every_step(
        band in band_strategy(),
        role in role_strategy(),
        country in prop::sample::select(vec!["KE", "US", "GB", "ZZ"]),
        moves in prop::collection::vec((any::<usize>(), any::<u8>(), any::<bool>()), 0..40),
    ) {
        let wizard = wizard();
        let mut session = wizard.start(context(band, role, country)).unwrap();
        for (pick, kind, go_back) in moves {
            let Ok(view) = session.current() else { break };
            if go_back && kind % 5 == 0 {
                let _ = session.back();
            } else {
                let _ = session.answer(answer_for(&view, pick, kind));
            }
            // Serialization round-trips exactly at every step.
            let json = serde_json::to_string(session.state()).unwrap();
            let state: SessionState = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&state, session.state());
            let resumed = wizard.resume(state).unwrap();
            prop_assert_eq!(resumed.current(), session.current());
        }
    }

    #[test]
    fn back_then_answer_equals_answering_directly(
        band in band_strategy(),
        role in role_strategy(),
        moves in prop::collection::vec((any::<usize>(), 4u8..8), 1..12),
        first in any::<usize>(),
        second in any::<usize>(),
    ) {
        let wizard = wizard();
        let mut session = wizard.start(context(band, role, "US")).unwrap();
        for (pick, kind) in moves {
            let view = session.current().unwrap();
            if view.kind == StepKind::Done { break; }
            let _ = session.answer(answer_for(&view, pick, kind));
        }
        let view = session.current().unwrap();
        prop_assume!(view.kind != StepKind::Done);
        let direct_answer = answer_for(&view, second, 4);
        let mut direct = wizard.resume(session.state().clone()).unwrap();
        let direct_result = direct.answer(direct_answer.clone());

        let mut detour = wizard.resume(session.state().clone()).unwrap();
        if detour.answer(answer_for(&view, first, 4)).is_ok() {
            // Done is final (the report is handed over); there is no going back from it.
            prop_assume!(detour.current().unwrap().kind != StepKind::Done);
            detour.back().unwrap();
        }
        prop_assert_eq!(detour.state(), session.state());
        let detour_result = detour.answer(direct_answer);
        prop_assert_eq!(detour_result, direct_result);
        prop_assert_eq!(detour.state(), direct.state());
    }
}

fn inputs() -> SubmitInputs {
    SubmitInputs {
        id: crate::report::ReportId::new(1_795_000_000_000, &[7u8; 10]),
        created_at: crate::Timestamp::from_unix_millis(1_795_000_000_000).unwrap(),
        platform: crate::report::Platform::Other,
        app_version: "1.0.0".into(),
        evidence: vec![("msg-1".into(), None)],
    }
}

#[test]
fn every_finished_path_builds_a_valid_report() {
    let wizard = wizard();
    for band in [
        AgeBand::Age6To9,
        AgeBand::Age10To12,
        AgeBand::Age16To17,
        AgeBand::Unknown,
    ] {
        let mut reports = 0;
        every_path(
            &wizard,
            context(band, ReporterRole::Myself, "US"),
            &mut |path, session| {
                let outcome = session.to_report(inputs()).unwrap();
                let json = outcome.report.to_json().unwrap();
                let parsed = crate::report::Report::from_json(json.as_bytes()).unwrap();
                assert_eq!(parsed, outcome.report);
                let value: serde_json::Value = serde_json::from_str(&json).unwrap();
                // The in-flow age leaves only as a band: no `age` answer, source asked_in_flow.
                assert!(value["answers"].get("age").is_none());
                if band == AgeBand::Unknown {
                    assert_eq!(value["age_signal_source"], "asked_in_flow");
                } else {
                    assert_eq!(value["age_band"], band.code());
                }
                let said_danger = path.iter().any(|v| v.step_id == "danger_help");
                assert_eq!(value["flags"]["in_danger_now"], said_danger);
                reports += 1;
            },
        );
        assert!(reports > 0);
    }
    // Before done there is no report.
    let session = wizard
        .start(context(AgeBand::Age13To15, ReporterRole::Myself, "KE"))
        .unwrap();
    assert!(matches!(
        session.to_report(inputs()),
        Err(SubmitError::Session(SessionError::NotFinished { .. }))
    ));
}

/// Every message the embedded flow, its scripts and the packs' duties use, in every shipped locale.
#[test]
fn embedded_flow_has_every_message_in_every_shipped_locale() {
    let flow = Flow::from_json(EMBEDDED_FLOW).unwrap();
    let scripts = SafetyScripts::from_json(EMBEDDED_SCRIPTS).unwrap();
    let policy = PackPolicy::embedded(crate::Timestamp::from_unix_millis(1_780_000_000_000).unwrap());
    let duties = policy.duty_message_ids();
    let extra: Vec<&str> = duties.iter().map(String::as_str).collect();
    let locales = shipped_locale_ids();
    assert!(locales.len() >= 3, "en, sw and ar at least");
    if let Err(errors) = validate(&flow, &scripts, &locales, &extra) {
        let mut missing: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
        missing.sort();
        missing.dedup();
        panic!("{} problems:\n{}", missing.len(), missing.join("\n"));
    }
}
