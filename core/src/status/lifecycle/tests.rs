use super::*;
use crate::status::decision::{Action, Hold};
use crate::status::event::{QuestionId, Questions};
use crate::status::test_support::{DAY, decision, t};

fn window() -> AppealWindow {
    AppealWindow::default()
}

fn received() -> State {
    State::received(t(0), window())
}

fn questions() -> Questions {
    Questions::new(vec![QuestionId::new("when_did_it_start").unwrap()]).unwrap()
}

fn in_review() -> State {
    received().apply(Event::StartReview { at: t(1) }).unwrap()
}

/// Decided at t(10) with a plain removal.
fn decided() -> State {
    in_review()
        .apply(Event::Decide {
            decision: decision(&[Action::Remove], t(10)),
        })
        .unwrap()
}

fn window_end() -> i64 {
    10 + window().in_millis()
}

fn closed() -> State {
    decided()
        .apply(Event::AppealWindowEnded { at: t(window_end()) })
        .unwrap()
}

fn revised() -> State {
    closed()
        .apply(Event::Revise {
            at: t(window_end() + 1),
            reason: RevisionReason::NewEvidence,
        })
        .unwrap()
}

fn reason(result: Result<State, TransitionError>) -> RejectReason {
    result.unwrap_err().reason
}

#[test]
fn default_window_is_never_shorter_than_six_months() {
    // Six consecutive calendar months are at most 184 days long (July to December).
    assert!(window().in_days() >= 184);
}

#[test]
fn received_starts_review() {
    let s = in_review();
    assert_eq!(s.kind(), StateKind::InReview);
    assert_eq!(s.updated_at(), t(1));
    assert!(s.last_ruling().is_none());
}

#[test]
fn review_asks_and_resumes_either_way() {
    let asked = in_review()
        .apply(Event::AskReporter {
            at: t(2),
            questions: questions(),
        })
        .unwrap();
    assert_eq!(asked.kind(), StateKind::NeedsInfo);
    assert_eq!(asked.open_questions(), Some(&questions()));
    for event in [
        Event::InfoProvided { at: t(3) },
        Event::StopWaitingForInfo { at: t(3) },
    ] {
        let back = asked.apply(event).unwrap();
        assert_eq!(back.kind(), StateKind::InReview);
        assert_eq!(back.open_questions(), None);
    }
}

#[test]
fn review_decides_a_first_ruling() {
    let s = decided();
    assert_eq!(s.kind(), StateKind::Decided);
    let ruling = s.last_ruling().unwrap();
    assert_eq!(ruling.basis, RulingBasis::First);
    assert!(ruling.appealable());
    assert_eq!(s.appeal_window_end(), Some(t(window_end())));
}

#[test]
fn appeal_is_accepted_until_just_before_the_window_ends() {
    let s = decided();
    let last_moment = t(window_end() - 1);
    assert!(s.accepts_appeal_at(last_moment));
    let appealed = s.apply(Event::Appeal { at: last_moment }).unwrap();
    assert_eq!(appealed.kind(), StateKind::Appealed);
    assert_eq!(
        reason(s.apply(Event::Appeal { at: t(window_end()) })),
        RejectReason::AppealWindowEnded
    );
}

#[test]
fn appeal_decision_cannot_be_appealed_again() {
    let on_appeal = decided()
        .apply(Event::Appeal { at: t(20) })
        .unwrap()
        .apply(Event::Decide {
            decision: decision(&[], t(30)),
        })
        .unwrap();
    assert_eq!(on_appeal.last_ruling().unwrap().basis, RulingBasis::OnAppeal);
    assert_eq!(
        reason(on_appeal.apply(Event::Appeal { at: t(31) })),
        RejectReason::AlreadyAppealed
    );
    // Its own window still has to end before the case closes.
    assert_eq!(
        reason(on_appeal.apply(Event::AppealWindowEnded { at: t(window_end()) })),
        RejectReason::AppealWindowOpen
    );
    let closed = on_appeal
        .apply(Event::AppealWindowEnded {
            at: t(30 + window().in_millis()),
        })
        .unwrap();
    assert_eq!(closed.kind(), StateKind::Closed);
}

#[test]
fn closing_needs_the_window_to_have_ended() {
    assert_eq!(
        reason(decided().apply(Event::AppealWindowEnded {
            at: t(window_end() - 1)
        })),
        RejectReason::AppealWindowOpen
    );
    let s = closed();
    assert_eq!(s.kind(), StateKind::Closed);
    assert_eq!(s.updated_at(), t(window_end()));
}

#[test]
fn a_configured_window_is_honoured() {
    let short = AppealWindow::days(14).unwrap();
    let s = State::received(t(0), short)
        .apply(Event::StartReview { at: t(0) })
        .unwrap()
        .apply(Event::Decide {
            decision: decision(&[Action::Warn], t(0)),
        })
        .unwrap();
    assert!(!s.accepts_appeal_at(t(14 * DAY)));
    assert!(s.accepts_appeal_at(t(14 * DAY - 1)));
    assert!(s.apply(Event::AppealWindowEnded { at: t(14 * DAY) }).is_ok());
}

#[test]
fn appeal_window_bounds_are_checked() {
    assert!(AppealWindow::days(0).is_err());
    assert!(AppealWindow::days(1).is_ok());
    assert!(AppealWindow::days(crate::status::event::MAX_APPEAL_WINDOW_DAYS).is_ok());
    assert!(AppealWindow::days(crate::status::event::MAX_APPEAL_WINDOW_DAYS + 1).is_err());
    assert!(serde_json::from_str::<AppealWindow>("0").is_err());
}

#[test]
fn closed_revises_and_revised_decides_with_a_fresh_appeal() {
    let r = revised();
    assert_eq!(r.kind(), StateKind::Revised);
    assert_eq!(r.appeal_window_end(), None);
    let at = window_end() + 2;
    let d = r
        .apply(Event::Decide {
            decision: decision(&[], t(at)),
        })
        .unwrap();
    assert_eq!(d.last_ruling().unwrap().basis, RulingBasis::OnRevision);
    assert!(d.accepts_appeal_at(t(at + 1)));
    assert_eq!(d.appeal_window_end(), Some(t(at + window().in_millis())));
}

#[test]
fn every_pair_outside_the_table_is_not_allowed() {
    let at = window_end() + 10;
    let samples = [
        received(),
        in_review(),
        in_review()
            .apply(Event::AskReporter {
                at: t(2),
                questions: questions(),
            })
            .unwrap(),
        decided(),
        decided().apply(Event::Appeal { at: t(20) }).unwrap(),
        closed(),
        revised(),
    ];
    let events = [
        Event::StartReview { at: t(at) },
        Event::AskReporter {
            at: t(at),
            questions: questions(),
        },
        Event::InfoProvided { at: t(at) },
        Event::StopWaitingForInfo { at: t(at) },
        Event::Decide {
            decision: decision(&[], t(at)),
        },
        Event::Appeal { at: t(at) },
        Event::AppealWindowEnded { at: t(at) },
        Event::Revise {
            at: t(at),
            reason: RevisionReason::ComplaintUpheld,
        },
    ];
    assert_eq!(
        samples.iter().map(State::kind).collect::<Vec<_>>(),
        StateKind::ALL
    );
    for state in &samples {
        for event in &events {
            let result = state.apply(event.clone());
            if let Ok(next) = &result {
                // There is no manual close: only the window's end leads to Closed.
                if next.kind() == StateKind::Closed {
                    assert_eq!(event.kind(), EventKind::AppealWindowEnded);
                }
            }
            if accepts(state.kind(), event.kind()) {
                // Times are late enough; only the window rules may refuse.
                if let Err(err) = result {
                    assert!(
                        matches!(
                            err.reason,
                            RejectReason::AppealWindowEnded | RejectReason::AlreadyAppealed
                        ),
                        "{err}"
                    );
                }
            } else {
                let err = result.unwrap_err();
                assert_eq!(err.reason, RejectReason::NotAllowed);
                assert_eq!(err.from, state.kind());
                assert_eq!(err.event, event.kind());
            }
        }
    }
}

#[test]
fn time_may_not_go_backwards_but_may_stand_still() {
    let s = in_review();
    let err = s
        .apply(Event::AskReporter {
            at: t(0),
            questions: questions(),
        })
        .unwrap_err();
    assert_eq!(err.reason, RejectReason::TimeWentBackwards);
    assert_eq!(err.from, StateKind::InReview);
    assert_eq!(err.event, EventKind::AskReporter);
    assert!(
        s.apply(Event::Decide {
            decision: decision(&[], t(1)),
        })
        .is_ok()
    );
    assert_eq!(
        reason(decided().apply(Event::Decide {
            decision: decision(&[], t(5))
        })),
        RejectReason::NotAllowed
    );
    assert_eq!(
        reason(decided().apply(Event::Appeal { at: t(9) })),
        RejectReason::TimeWentBackwards
    );
}

#[test]
fn an_invalid_decision_is_refused_with_its_reason() {
    let mut d = decision(&[Action::Suspend], t(5));
    d.grounds = None;
    let err = in_review().apply(Event::Decide { decision: d }).unwrap_err();
    assert_eq!(
        err.reason,
        RejectReason::InvalidDecision(crate::status::decision::DecisionError::MissingGrounds)
    );
    assert_eq!(err.code(), "invalid_decision");
}

#[test]
fn specialists_are_remembered_for_the_rest_of_the_case() {
    let mut held = decision(&[Action::Remove], t(10));
    held.holds.insert(Hold::Police);
    let s = in_review().apply(Event::Decide { decision: held }).unwrap();
    assert!(s.handed_to_specialists());
    let later = s
        .apply(Event::Appeal { at: t(11) })
        .unwrap()
        .apply(Event::Decide {
            decision: decision(&[], t(12)),
        })
        .unwrap();
    assert!(later.handed_to_specialists());
    assert!(!decided().handed_to_specialists());
}

#[test]
fn apply_leaves_the_old_state_untouched() {
    let s = decided();
    let copy = s.clone();
    let _ = s.apply(Event::Appeal { at: t(20) });
    let _ = s.apply(Event::Appeal { at: t(0) });
    assert_eq!(s, copy);
}

#[test]
fn errors_do_not_carry_event_data() {
    let err = in_review()
        .apply(Event::Revise {
            at: t(5),
            reason: RevisionReason::NewEvidence,
        })
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("revise") && text.contains("in_review"), "{text}");
    assert!(!text.contains("2026"), "{text}");
}

#[test]
fn event_wire_form_is_tagged_snake_case() {
    let e = Event::AskReporter {
        at: t(0),
        questions: questions(),
    };
    let value = serde_json::to_value(&e).unwrap();
    assert_eq!(value["event"], "ask_reporter");
    assert_eq!(value["questions"][0], "when_did_it_start");
    assert_eq!(serde_json::from_value::<Event>(value).unwrap(), e);
    for kind in EventKind::ALL {
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::json!(kind.code())
        );
    }
    for kind in StateKind::ALL {
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::json!(kind.code())
        );
    }
    let free_text = serde_json::json!({
        "event": "ask_reporter", "at": "2026-01-01T00:00:00.000Z",
        "questions": ["Why did you send it?"]
    });
    assert!(serde_json::from_value::<Event>(free_text).is_err());
}

#[test]
fn question_lists_are_checked() {
    use crate::status::event::{MAX_QUESTION_ID_LEN, MAX_QUESTIONS_PER_ASK};
    let id = |s: &str| QuestionId::new(s).unwrap();
    assert!(QuestionId::new(&"a".repeat(MAX_QUESTION_ID_LEN)).is_ok());
    assert!(QuestionId::new(&"a".repeat(MAX_QUESTION_ID_LEN + 1)).is_err());
    assert!(QuestionId::new("").is_err());
    assert!(QuestionId::new("Why?").is_err());
    assert!(Questions::new(Vec::new()).is_err());
    assert!(Questions::new(vec![id("a"), id("a")]).is_err());
    let many = |n: usize| (0..n).map(|i| id(&format!("q{i}"))).collect::<Vec<_>>();
    assert!(Questions::new(many(MAX_QUESTIONS_PER_ASK)).is_ok());
    assert!(Questions::new(many(MAX_QUESTIONS_PER_ASK + 1)).is_err());
}
