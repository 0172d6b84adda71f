//! Property tests over random event sequences: the machine, the history and the child status.

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::test_support::t;
use super::*;
use crate::age::AgeBand;
use crate::taxonomy::Category;

/// How far the next event is from the last one.
#[derive(Debug, Clone, Copy)]
enum Delta {
    /// A few milliseconds, possibly backwards.
    Small(i64),
    /// Around one appeal window, so window edges are hit exactly.
    Window(i64),
}

#[derive(Debug, Clone)]
struct Step {
    kind: EventKind,
    delta: Delta,
    decision: DecisionSeed,
}

#[derive(Debug, Clone)]
struct DecisionSeed {
    actions: Vec<Action>,
    holds: Vec<Hold>,
    grounds: bool,
    disclosure: DisclosureLevel,
}

fn delta() -> impl Strategy<Value = Delta> {
    prop_oneof![
        3 => (-3i64..=5).prop_map(Delta::Small),
        1 => (-2i64..=2).prop_map(Delta::Window),
    ]
}

fn decision_seed() -> impl Strategy<Value = DecisionSeed> {
    (
        proptest::sample::subsequence(Action::ALL.to_vec(), 0..=3),
        proptest::sample::subsequence(vec![Hold::Preservation, Hold::Police], 0..=2),
        proptest::bool::weighted(0.9),
        prop_oneof![
            Just(DisclosureLevel::Minimal),
            Just(DisclosureLevel::ContentOnly),
            Just(DisclosureLevel::Full)
        ],
    )
        .prop_map(|(actions, holds, grounds, disclosure)| DecisionSeed {
            actions,
            holds,
            grounds,
            disclosure,
        })
}

fn step() -> impl Strategy<Value = Step> {
    (
        proptest::sample::select(EventKind::ALL.to_vec()),
        delta(),
        decision_seed(),
    )
        .prop_map(|(kind, delta, decision)| Step {
            kind,
            delta,
            decision,
        })
}

fn event_for(step: &Step, state: &State) -> Event {
    let millis = match step.delta {
        Delta::Small(ms) => ms,
        Delta::Window(ms) => state.appeal_window().in_millis() + ms,
    };
    let at = state.updated_at().plus_millis(millis);
    let seed = &step.decision;
    match step.kind {
        EventKind::StartReview => Event::StartReview { at },
        EventKind::AskReporter => Event::AskReporter {
            at,
            questions: Questions::new(vec![QuestionId::new("q1").unwrap()]).unwrap(),
        },
        EventKind::InfoProvided => Event::InfoProvided { at },
        EventKind::StopWaitingForInfo => Event::StopWaitingForInfo { at },
        EventKind::Decide => Event::Decide {
            decision: Decision {
                actions: ActionSet::of(seed.actions.iter().copied()),
                grounds: seed.grounds.then(|| Grounds::IllegalContent {
                    legal_ground: GroundRef::new("law 1").unwrap(),
                }),
                automated_detection: false,
                automated_decision: AutomatedDecision::Partially,
                holds: seed.holds.iter().copied().collect(),
                disclosure: seed.disclosure,
                decided_at: at,
            },
        },
        EventKind::Appeal => Event::Appeal { at },
        EventKind::AppealWindowEnded => Event::AppealWindowEnded { at },
        EventKind::Revise => Event::Revise {
            at,
            reason: RevisionReason::NewEvidence,
        },
    }
}

/// Invariants every reachable state meets.
fn check_state(state: &State) {
    let has_ruling = matches!(
        state.kind(),
        StateKind::Decided | StateKind::Appealed | StateKind::Closed | StateKind::Revised
    );
    assert_eq!(state.last_ruling().is_some(), has_ruling);
    assert_eq!(
        state.open_questions().is_some(),
        state.kind() == StateKind::NeedsInfo
    );
    if let Some(ruling) = state.last_ruling() {
        assert!(ruling.decision.decided_at <= state.updated_at());
        assert!(ruling.decision.validate().is_ok());
    }
    if state.kind() == StateKind::Closed {
        let ruling = state.last_ruling().unwrap();
        let end = state.appeal_window().end(ruling.decision.decided_at).unwrap();
        assert!(state.updated_at() >= end);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_sequences_keep_every_invariant(
        window_days in 1u32..=400,
        steps in proptest::collection::vec(step(), 0..40),
        band in proptest::sample::select(AgeBand::ALL.to_vec()),
        category in proptest::sample::select(Category::ALL.to_vec()),
    ) {
        let window = AppealWindow::days(window_days).unwrap();
        let mut state = State::received(t(0), window);
        let mut history = History::new(t(0), window);
        let mut accepted = Vec::new();
        let mut specialists = false;
        for step in &steps {
            let event = event_for(step, &state);
            let before = state.clone();
            match state.apply(event.clone()) {
                Ok(next) => {
                    prop_assert!(next.updated_at() >= before.updated_at());
                    prop_assert!(accepts(before.kind(), event.kind()));
                    if next.kind() == StateKind::Closed {
                        // Closed only by the window's end, at or after decided_at + window.
                        prop_assert_eq!(event.kind(), EventKind::AppealWindowEnded);
                        let decided_at = before.last_ruling().unwrap().decision.decided_at;
                        prop_assert!(window.has_ended(decided_at, event.at()));
                    }
                    if let Event::Decide { decision } = &event {
                        specialists |= decision.involves_specialists();
                    }
                    history.push(event.clone()).unwrap();
                    accepted.push(event);
                    state = next;
                }
                Err(err) => {
                    prop_assert_eq!(err.from, before.kind());
                    prop_assert_eq!(err.event, event.kind());
                    prop_assert!(history.push(event).is_err());
                }
            }
            check_state(&state);
            prop_assert_eq!(state.handed_to_specialists(), specialists);

            let status = ChildStatus::derive(
                &state, band, category, &DisclosureRules::default(), Some(t(1)),
            );
            prop_assert!(status.check().is_ok());
            if specialists {
                prop_assert_eq!(status.kind, ChildStatusKind::HandedToSpecialists);
                prop_assert!(status.outcomes.is_empty());
            }
            prop_assert_ne!(status.kind, ChildStatusKind::Sent);
        }
        // The history holds exactly the accepted events and replays to the fold of apply.
        prop_assert_eq!(history.events(), accepted.as_slice());
        prop_assert_eq!(history.state(), &state);
        prop_assert_eq!(&history.replay().unwrap(), &state);
        let json = serde_json::to_string(&history).unwrap();
        let back: History = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.state(), &state);
    }

    #[test]
    fn any_specialist_decision_is_handed_to_specialists(
        seed in decision_seed(),
        extra in proptest::sample::select(vec![
            Action::ReportToNcmec, Action::ReportToPolice, Action::SafeguardingReferral,
        ]),
        police_hold in any::<bool>(),
        band in proptest::sample::select(AgeBand::ALL.to_vec()),
        category in proptest::sample::select(Category::ALL.to_vec()),
        level in prop_oneof![
            Just(DisclosureLevel::Minimal),
            Just(DisclosureLevel::ContentOnly),
            Just(DisclosureLevel::Full)
        ],
    ) {
        let mut actions: Vec<Action> = seed.actions;
        let mut holds = seed.holds;
        if police_hold {
            holds.push(Hold::Police);
        } else {
            actions.push(extra);
        }
        let decision = Decision {
            actions: ActionSet::of(actions),
            grounds: Some(Grounds::Terms { clause: GroundRef::new("terms 1").unwrap() }),
            automated_detection: true,
            automated_decision: AutomatedDecision::NotAutomated,
            holds: holds.into_iter().collect(),
            disclosure: seed.disclosure,
            decided_at: t(5),
        };
        let state = State::received(t(0), AppealWindow::default())
            .apply(Event::StartReview { at: t(1) }).unwrap()
            .apply(Event::Decide { decision }).unwrap();
        let rules = DisclosureRules { child_cap: level, category_caps: Default::default() };
        let status = ChildStatus::derive(&state, band, category, &rules, Some(t(9)));
        prop_assert_eq!(status.kind, ChildStatusKind::HandedToSpecialists);
        prop_assert!(status.outcomes.is_empty());
        prop_assert_eq!(status.expected_by, None);
    }

    #[test]
    fn random_records_either_replay_or_are_refused(
        steps in proptest::collection::vec(step(), 0..20),
    ) {
        // Events built against a frozen start, so most are out of place: deserializing must
        // refuse exactly those records whose replay fails, and never panic.
        let start = State::received(t(0), AppealWindow::default());
        let events: Vec<Event> = steps.iter().map(|s| event_for(s, &start)).collect();
        let record = HistoryRecord {
            received_at: t(0),
            appeal_window: AppealWindow::default(),
            events: events.clone(),
        };
        let fold = events.into_iter().try_fold(start, |s, e| s.apply(e));
        let json = serde_json::to_string(&record).unwrap();
        let parsed = serde_json::from_str::<History>(&json);
        prop_assert_eq!(parsed.is_ok(), fold.is_ok());
        if let (Ok(history), Ok(state)) = (parsed, fold) {
            prop_assert_eq!(history.state(), &state);
        }
    }
}

/// Breadth-first search over a small event alphabet: every state kind is reachable.
#[test]
fn every_state_is_reachable() {
    let window = AppealWindow::days(1).unwrap();
    let alphabet: Vec<Step> = EventKind::ALL
        .iter()
        .flat_map(|&kind| {
            [Delta::Small(1), Delta::Window(0)].map(|delta| Step {
                kind,
                delta,
                decision: DecisionSeed {
                    actions: vec![Action::Remove],
                    holds: Vec::new(),
                    grounds: true,
                    disclosure: DisclosureLevel::Full,
                },
            })
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut frontier = vec![State::received(t(0), window)];
    for _depth in 0..10 {
        let mut next = Vec::new();
        for state in &frontier {
            seen.insert(state.kind());
            for step in &alphabet {
                if let Ok(after) = state.apply(event_for(step, state)) {
                    if !seen.contains(&after.kind()) {
                        next.push(after);
                    }
                }
            }
        }
        frontier = next;
    }
    let all: BTreeSet<StateKind> = StateKind::ALL.into_iter().collect();
    assert_eq!(seen, all);
}

#[test]
fn a_history_over_the_limit_is_refused() {
    let mut record = HistoryRecord {
        received_at: t(0),
        appeal_window: AppealWindow::default(),
        events: Vec::new(),
    };
    // Review, then alternate asking and answering until just past the limit.
    record.events.push(Event::StartReview { at: t(0) });
    let questions = Questions::new(vec![QuestionId::new("q").unwrap()]).unwrap();
    while record.events.len() <= history::MAX_HISTORY_EVENTS {
        record.events.push(Event::AskReporter {
            at: t(0),
            questions: questions.clone(),
        });
        record.events.push(Event::InfoProvided { at: t(0) });
    }
    let mut at_limit = record.clone();
    at_limit.events.truncate(history::MAX_HISTORY_EVENTS);
    let mut history = History::from_record(at_limit).unwrap();
    assert!(matches!(
        history.push(Event::InfoProvided { at: t(0) }),
        Err(HistoryError::TooManyEvents { .. })
    ));
    assert!(matches!(
        History::from_record(record),
        Err(HistoryError::TooManyEvents { .. })
    ));
}
