//! Load-time checks of a flow: every step reachable, no dead ends, no cycles, options that fit
//! what the step records, every message id present in every shipped locale.
//!
//! A broken flow must fail when it is loaded (in CI for embedded flows), never in front of a
//! child halfway through a report. Errors name the step and the message or option id.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::model::{DEFAULT_AUDIENCE, FLOW_FORMAT, Field, Flow, MessageRef, Next, ScriptRef, Step, StepKind};
use super::outcome::{Intent, NotifyPreference};
use super::scripts::{SCRIPTS_FORMAT, SafetyScripts};
use crate::age::AgeBand;
use crate::taxonomy::Category;

/// One problem in a flow or script file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    /// The file has a format number this code does not read.
    #[error("unsupported format number in field `format`")]
    UnsupportedFormat,
    /// Two steps share an id.
    #[error("step `{step}` is defined twice")]
    DuplicateStep {
        /// The step id.
        step: String,
    },
    /// `start`, a `goto` or a route names a step that does not exist.
    #[error("step `{step}` leads to unknown step `{target}`")]
    UnknownTarget {
        /// The step holding the reference (`start` for the flow's start).
        step: String,
        /// The missing step id.
        target: String,
    },
    /// No path from `start` reaches the step.
    #[error("step `{step}` is not reachable from the start")]
    Unreachable {
        /// The step id.
        step: String,
    },
    /// The step has no way forward, or its last route is conditional.
    #[error("step `{step}` is a dead end: {reason}")]
    DeadEnd {
        /// The step id.
        step: String,
        /// Why.
        reason: &'static str,
    },
    /// The step is on a cycle (flows are acyclic so every session ends).
    #[error("step `{step}` is on a cycle")]
    Cycle {
        /// The step id.
        step: String,
    },
    /// The step's options do not fit its kind or what it records.
    #[error("step `{step}`, option `{option}`: {reason}")]
    BadOption {
        /// The step id.
        step: String,
        /// The option id (empty when the problem is the option list).
        option: String,
        /// Why.
        reason: &'static str,
    },
    /// A step's fields do not fit its kind.
    #[error("step `{step}`: {reason}")]
    BadStep {
        /// The step id.
        step: String,
        /// Why.
        reason: &'static str,
    },
    /// A per-audience message has an unknown key or lacks `default`.
    #[error("step `{step}`: per-audience message {reason} (key `{key}`)")]
    BadAudience {
        /// The step or script id.
        step: String,
        /// The offending or missing key.
        key: String,
        /// Why.
        reason: &'static str,
    },
    /// A message id is missing from a shipped locale.
    #[error("locale `{locale}` lacks message `{message}` used by `{step}`")]
    MissingMessage {
        /// The locale.
        locale: String,
        /// The step, script or hand-off using it.
        step: String,
        /// The message id.
        message: String,
    },
    /// A safety script or hand-off reference is wrong.
    #[error("script `{script}`: {reason}")]
    BadScript {
        /// The script or step id.
        script: String,
        /// Why.
        reason: &'static str,
    },
}

/// Every problem found in a flow, so `tellsafe flows check` can list them all at once.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid flow: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct InvalidFlow(pub Vec<FlowError>);

/// The message ids one shipped locale holds (its own file, without fallback).
#[derive(Debug, Clone, Default)]
pub struct LocaleIds {
    /// The locale.
    pub locale: String,
    /// Its message ids.
    pub ids: HashSet<String>,
}

const AUDIENCE_KEYS: [&str; 3] = [DEFAULT_AUDIENCE, "caregiver", "professional"];

/// Checks the flow's structure, its scripts, and that every message exists in every locale.
/// `extra_ids` are ids the engine itself shows (chrome such as "get help"), checked the same way.
pub fn validate(
    flow: &Flow,
    scripts: &SafetyScripts,
    locales: &[LocaleIds],
    extra_ids: &[&str],
) -> Result<(), InvalidFlow> {
    let mut errors = structure(flow);
    errors.extend(check_scripts(flow, scripts));
    errors.extend(check_messages(flow, scripts, locales, extra_ids));
    if errors.is_empty() {
        Ok(())
    } else {
        Err(InvalidFlow(errors))
    }
}

/// Structural checks only (no locales, no scripts).
pub fn structure(flow: &Flow) -> Vec<FlowError> {
    let mut errors = Vec::new();
    if flow.format != FLOW_FORMAT {
        errors.push(FlowError::UnsupportedFormat);
    }
    let mut ids = BTreeSet::new();
    for step in &flow.steps {
        if !ids.insert(step.id.as_str()) {
            errors.push(FlowError::DuplicateStep {
                step: step.id.clone(),
            });
        }
    }
    for target in flow.start_targets() {
        if !ids.contains(target) {
            errors.push(FlowError::UnknownTarget {
                step: "start".into(),
                target: target.into(),
            });
        }
    }
    if let Next::Routes(routes) = &flow.start {
        if routes.last().is_none_or(|r| r.when.is_some()) {
            errors.push(FlowError::DeadEnd {
                step: "start".into(),
                reason: "the last route must have no `when`",
            });
        }
    }
    for step in &flow.steps {
        for target in step.targets() {
            if !ids.contains(target) {
                errors.push(FlowError::UnknownTarget {
                    step: step.id.clone(),
                    target: target.into(),
                });
            }
        }
        errors.extend(check_step(step));
    }
    for message in flow.chrome.messages() {
        errors.extend(check_audience("chrome", message));
    }
    let broken_graph = errors.iter().any(|e| {
        matches!(
            e,
            FlowError::UnknownTarget { .. } | FlowError::DuplicateStep { .. }
        )
    });
    if !broken_graph {
        errors.extend(graph(flow));
    }
    errors
}

fn check_step(step: &Step) -> Vec<FlowError> {
    let mut errors = Vec::new();
    let bad_step = |reason| FlowError::BadStep {
        step: step.id.clone(),
        reason,
    };
    let bad_option = |option: &str, reason| FlowError::BadOption {
        step: step.id.clone(),
        option: option.into(),
        reason,
    };
    match step.kind {
        StepKind::Done => {
            if step.next.is_some() || step.options.iter().any(|c| c.goto.is_some()) {
                errors.push(bad_step("a done step leads nowhere"));
            }
        }
        _ => {
            let every_option_leads =
                !step.options.is_empty() && step.options.iter().all(|c| c.goto.is_some());
            match &step.next {
                None if !every_option_leads => errors.push(FlowError::DeadEnd {
                    step: step.id.clone(),
                    reason: "no `next`",
                }),
                Some(Next::Routes(routes)) if routes.last().is_none_or(|r| r.when.is_some()) => {
                    errors.push(FlowError::DeadEnd {
                        step: step.id.clone(),
                        reason: "the last route must have no `when`",
                    })
                }
                _ => {}
            }
        }
    }
    let has_options = matches!(
        step.kind,
        StepKind::ChooseOne | StepKind::ChooseMany | StepKind::YesNo
    );
    if has_options && !step.options.iter().any(|c| c.when.is_none()) {
        errors.push(bad_option("", "needs at least one option shown unconditionally"));
    }
    if !has_options && !step.options.is_empty() {
        errors.push(bad_option("", "only choose and yes/no steps have options"));
    }
    let mut seen = HashSet::new();
    for choice in &step.options {
        if !seen.insert(choice.id.as_str()) {
            errors.push(bad_option(&choice.id, "duplicate option id"));
        }
    }
    if step.kind == StepKind::YesNo {
        let mut found: Vec<&str> = step.options.iter().map(|c| c.id.as_str()).collect();
        found.sort_unstable();
        if found != ["no", "yes"] {
            errors.push(bad_option(
                "",
                "a yes/no step has exactly the options `yes` and `no`",
            ));
        }
    }
    for rule in &step.default {
        if !step.options.iter().any(|c| c.id == rule.option) {
            errors.push(bad_option(&rule.option, "default names no option"));
        }
    }
    if step.kind == StepKind::ChooseMany && step.options.iter().any(|c| c.goto.is_some()) {
        errors.push(bad_step(
            "choose-many options cannot have `goto`; use the step's `next`",
        ));
    }
    if step.optional && step.kind != StepKind::ShortText {
        errors.push(bad_step("only short-text steps are optional"));
    }
    if step.script.is_some() && step.kind != StepKind::Info {
        errors.push(bad_step("only info steps carry a script"));
    }
    if let Some(field) = step.records {
        errors.extend(check_records(step, field));
    }
    for message in step.messages() {
        errors.extend(check_audience(&step.id, message));
    }
    errors
}

fn check_records(step: &Step, field: Field) -> Vec<FlowError> {
    let bad = |option: &str, reason| FlowError::BadOption {
        step: step.id.clone(),
        option: option.into(),
        reason,
    };
    let kind_ok = match field {
        Field::AgeBand | Field::Category | Field::DesiredOutcome | Field::Notify => {
            step.kind == StepKind::ChooseOne
        }
        Field::InDanger | Field::DepictedIsReporter | Field::Coerced | Field::BlockedAlready => {
            step.kind == StepKind::YesNo
        }
        Field::Intents => step.kind == StepKind::ChooseMany,
        Field::FreeText => step.kind == StepKind::ShortText,
    };
    let mut errors = Vec::new();
    if !kind_ok {
        errors.push(FlowError::BadStep {
            step: step.id.clone(),
            reason: "`records` does not fit the step kind",
        });
    }
    for choice in &step.options {
        let ok = match field {
            Field::AgeBand => AgeBand::from_code(&choice.id).is_some_and(|b| b != AgeBand::Unknown),
            Field::Category => Category::from_code(&choice.id).is_some(),
            Field::Notify => NotifyPreference::from_code(&choice.id).is_some(),
            Field::Intents => Intent::from_code(&choice.id).is_some() || choice.id == NO_INTENT,
            Field::DesiredOutcome => super::submit::desired_outcome_for(&choice.id).is_some(),
            _ => true,
        };
        if !ok {
            errors.push(bad(&choice.id, "option id is not a code of the recorded field"));
        }
    }
    errors
}

/// The option id of a choose-many intents step meaning "none of these".
pub const NO_INTENT: &str = "none";

fn check_audience(owner: &str, message: &MessageRef) -> Vec<FlowError> {
    let MessageRef::ByAudience(map) = message else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    if !map.contains_key(DEFAULT_AUDIENCE) {
        errors.push(FlowError::BadAudience {
            step: owner.into(),
            key: DEFAULT_AUDIENCE.into(),
            reason: "lacks the required key",
        });
    }
    for key in map.keys() {
        let known = AUDIENCE_KEYS.contains(&key.as_str())
            || AgeBand::from_code(key).is_some_and(|b| b != AgeBand::Unknown);
        if !known {
            errors.push(FlowError::BadAudience {
                step: owner.into(),
                key: key.clone(),
                reason: "has an unknown key",
            });
        }
    }
    errors
}

/// Reachability, cycles and "every path ends at a done step".
fn graph(flow: &Flow) -> Vec<FlowError> {
    let index: BTreeMap<&str, &Step> = flow.steps.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut errors = Vec::new();
    // Depth-first search with colours finds both reachability and back edges (cycles).
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let mut colour: BTreeMap<&str, Colour> = index.keys().map(|k| (*k, Colour::White)).collect();
    let mut cycles = BTreeSet::new();
    for root in flow.start_targets() {
        if colour.get(root) != Some(&Colour::White) {
            continue;
        }
        colour.insert(root, Colour::Grey);
        let mut stack: Vec<(&str, usize)> = vec![(root, 0)];
        while let Some((id, edge)) = stack.pop() {
            let targets = index.get(id).map(|s| s.targets()).unwrap_or_default();
            if let Some(target) = targets.get(edge) {
                stack.push((id, edge + 1));
                match colour.get(target).copied() {
                    Some(Colour::White) => {
                        colour.insert(target, Colour::Grey);
                        stack.push((target, 0));
                    }
                    Some(Colour::Grey) => {
                        cycles.insert(*target);
                    }
                    _ => {}
                }
            } else {
                colour.insert(id, Colour::Black);
            }
        }
    }
    for step in cycles {
        errors.push(FlowError::Cycle { step: step.into() });
    }
    for step in &flow.steps {
        if colour.get(step.id.as_str()) == Some(&Colour::White) {
            errors.push(FlowError::Unreachable {
                step: step.id.clone(),
            });
        }
    }
    if !flow.steps.iter().any(|s| s.kind == StepKind::Done) {
        errors.push(FlowError::DeadEnd {
            step: "start".into(),
            reason: "the flow has no done step",
        });
    }
    errors
}

fn check_scripts(flow: &Flow, scripts: &SafetyScripts) -> Vec<FlowError> {
    let mut errors = Vec::new();
    if scripts.format != SCRIPTS_FORMAT {
        errors.push(FlowError::UnsupportedFormat);
    }
    let mut covered = HashSet::new();
    for script in &scripts.scripts {
        let bad = |reason| FlowError::BadScript {
            script: script.id.clone(),
            reason,
        };
        for category in &script.categories {
            if !covered.insert(*category) {
                errors.push(bad("a category has two scripts"));
            }
        }
        for handoff in &script.handoffs {
            if scripts.handoff(handoff).is_none() {
                errors.push(bad("names an unknown hand-off"));
            }
        }
        if time::Date::parse(&script.date, &time::format_description::well_known::Iso8601::DATE).is_err() {
            errors.push(bad("`date` is not an ISO 8601 date"));
        }
        for line in &script.lines {
            errors.extend(check_audience(&script.id, line));
        }
    }
    for step in &flow.steps {
        if let Some(ScriptRef::Named(name)) = &step.script {
            if scripts.named(name).is_none() {
                errors.push(FlowError::BadScript {
                    script: step.id.clone(),
                    reason: "names an unknown script",
                });
            }
        }
    }
    errors
}

/// Every message id the flow, its scripts and the engine use, with the owner that uses it.
pub fn message_ids<'a>(
    flow: &'a Flow,
    scripts: &'a SafetyScripts,
    extra_ids: &[&'a str],
) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    for step in &flow.steps {
        for message in step.messages() {
            out.extend(message.all_ids().into_iter().map(|id| (step.id.as_str(), id)));
        }
    }
    for message in flow.chrome.messages() {
        out.extend(message.all_ids().into_iter().map(|id| ("chrome", id)));
    }
    for script in &scripts.scripts {
        for line in &script.lines {
            out.extend(line.all_ids().into_iter().map(|id| (script.id.as_str(), id)));
        }
    }
    for handoff in &scripts.handoffs {
        out.extend(
            handoff
                .label
                .all_ids()
                .into_iter()
                .map(|id| (handoff.id.as_str(), id)),
        );
    }
    out.extend(extra_ids.iter().map(|id| ("engine", *id)));
    out
}

fn check_messages(
    flow: &Flow,
    scripts: &SafetyScripts,
    locales: &[LocaleIds],
    extra_ids: &[&str],
) -> Vec<FlowError> {
    let used = message_ids(flow, scripts, extra_ids);
    let mut errors = Vec::new();
    for locale in locales {
        for (owner, id) in &used {
            if !locale.ids.contains(*id) {
                errors.push(FlowError::MissingMessage {
                    locale: locale.locale.clone(),
                    step: (*owner).into(),
                    message: (*id).into(),
                });
            }
        }
    }
    errors
}
