//! What the app renders for the current step: localized text, options, progress, help.
//!
//! A view is a plain record (no handles), rebuilt on every `current()` call, so a UI in any
//! language renders it without knowing flows, Fluent or jurisdiction packs.

use serde::{Deserialize, Serialize};

use super::env::HelplineInfo;
use super::model::{MessageRef, ScriptRef, Step, StepKind};
use super::outcome::Intent;
use super::session::{Answer, Facts, MAX_SHORT_TEXT_CHARS, Session, SessionError};
use crate::age::{AgeBand, ReporterRole};

/// Where the reporter is in the flow. `of` is an estimate along the likely path, because later
/// answers can shorten or lengthen it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// This step's number, from 1.
    pub step: u32,
    /// The expected number of steps including this one and the done step.
    pub of: u32,
}

/// One option as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    /// The option id to pass back in [`Answer`].
    pub id: String,
    /// The localized label.
    pub label: String,
    /// A neutral icon id.
    pub icon: Option<String>,
    /// Preselected (the reporter may change it).
    pub preselected: bool,
}

/// The "get help now" action, present on every step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetHelp {
    /// The button label.
    pub label: String,
    /// The helpline, when a sourced one exists for the country.
    pub helpline: Option<HelplineInfo>,
    /// The emergency number, only when a sourced one exists.
    pub emergency_number: Option<String>,
    /// The emergency line as text ("In danger now? Call 112."), when a number exists.
    pub emergency_text: Option<String>,
    /// "Tell an adult you trust" (and "or call <helpline>" when one exists).
    pub text: String,
}

/// A hand-off service as shown (Take It Down, Report Remove).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffView {
    /// The hand-off id.
    pub id: String,
    /// The localized label.
    pub label: String,
    /// Where it lives.
    pub url: String,
}

/// A safety script as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptView {
    /// The script id.
    pub id: String,
    /// The localized lines, in order.
    pub lines: Vec<String>,
    /// Hand-offs offered here (country and band permitting).
    pub handoffs: Vec<HandoffView>,
    /// Intents the script suggests (the app may offer them as buttons).
    pub suggested_intents: Vec<Intent>,
    /// Whether a safeguarding lead has reviewed the words.
    pub reviewed: bool,
}

/// One answered question on the review step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// The step id.
    pub step_id: String,
    /// The step's title.
    pub question: String,
    /// The answer as labels (or the typed text).
    pub answer: Vec<String>,
}

/// Labels for the controls around the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChromeView {
    /// Back button.
    pub back: String,
    /// Quick-exit button.
    pub quick_exit: String,
    /// The main button: continue, or send on the review step.
    pub next: String,
    /// Skip button (optional steps only).
    pub skip: Option<String>,
}

/// Everything the app renders for the current step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// The step id.
    pub step_id: String,
    /// What the step asks or shows.
    pub kind: StepKind,
    /// The title.
    pub title: String,
    /// The body, if any.
    pub body: Option<String>,
    /// A neutral icon id.
    pub icon: Option<String>,
    /// The options shown (choose and yes/no steps).
    pub options: Vec<OptionView>,
    /// Whether a short-text step may be skipped.
    pub optional: bool,
    /// Text limit for short-text steps, in Unicode scalar values.
    pub max_text_chars: Option<u32>,
    /// Where the reporter is.
    pub progress: Progress,
    /// Whether `back()` is allowed.
    pub can_go_back: bool,
    /// Show the get-help block first and large (in danger, help-first scripts).
    pub help_first: bool,
    /// The get-help action.
    pub get_help: GetHelp,
    /// The safety script of an info step.
    pub script: Option<ScriptView>,
    /// Who will be told (who-will-be-told steps): one localized line each.
    pub told: Vec<String>,
    /// The answers so far (review steps).
    pub summary: Vec<SummaryItem>,
    /// Control labels.
    pub chrome: ChromeView,
}

/// The Fluent `$band` selector key for a reporter. Caregivers and professionals read the adult
/// wording whatever the child's age; unknown age reads as 10-12.
pub fn band_key(band: AgeBand, role: ReporterRole) -> &'static str {
    if matches!(role, ReporterRole::Caregiver | ReporterRole::Professional) {
        return "adult";
    }
    crate::i18n::band_key(band)
}

impl Session {
    fn text(&self, message: &MessageRef, facts: &Facts, extra: &[(&str, &str)]) -> String {
        let id = message.resolve(facts.band, self.state.context.role);
        let mut args: Vec<(&str, &str)> = vec![
            ("app", self.state.context.app_name.as_str()),
            ("band", band_key(facts.band, self.state.context.role)),
        ];
        args.extend_from_slice(extra);
        // A validated flow has every id in the locale or its fallback; the id itself is the
        // last resort so a platform's broken custom flow still shows something.
        self.env
            .messages
            .format(id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The current step as the app renders it.
    pub fn current(&self) -> Result<StepView, SessionError> {
        let step = self.step()?;
        let facts = self.facts();
        let options = step
            .options
            .iter()
            .filter(|c| c.when.as_ref().is_none_or(|w| self.holds(w, &facts)))
            .collect::<Vec<_>>();
        let preselected = step
            .default
            .iter()
            .find(|r| r.when.as_ref().is_none_or(|w| self.holds(w, &facts)))
            .map(|r| r.option.as_str());
        let chrome = &self.env.flow.chrome;
        Ok(StepView {
            step_id: step.id.clone(),
            kind: step.kind,
            title: self.text(&step.title, &facts, &[]),
            body: step.body.as_ref().map(|b| self.text(b, &facts, &[])),
            icon: step.icon.clone(),
            options: options
                .iter()
                .map(|c| OptionView {
                    id: c.id.clone(),
                    label: self.text(&c.label, &facts, &[]),
                    icon: c.icon.clone(),
                    preselected: preselected == Some(c.id.as_str()),
                })
                .collect(),
            optional: step.optional,
            max_text_chars: (step.kind == StepKind::ShortText)
                .then(|| u32::try_from(MAX_SHORT_TEXT_CHARS).unwrap_or(u32::MAX)),
            progress: self.progress(step),
            can_go_back: self.can_go_back(step),
            help_first: step.help_first || self.script_for(step, &facts).is_some_and(|s| s.help_first),
            get_help: self.get_help(&facts),
            script: self.script_view(step, &facts),
            told: self.told(step, &facts),
            summary: if step.kind == StepKind::Review {
                self.summary(&facts)
            } else {
                Vec::new()
            },
            chrome: ChromeView {
                back: self.text(&chrome.back, &facts, &[]),
                quick_exit: self.text(&chrome.quick_exit, &facts, &[]),
                next: self.text(
                    if step.kind == StepKind::Review {
                        &chrome.send
                    } else {
                        &chrome.next
                    },
                    &facts,
                    &[],
                ),
                skip: step.optional.then(|| self.text(&chrome.skip, &facts, &[])),
            },
        })
    }

    fn get_help(&self, facts: &Facts) -> GetHelp {
        let chrome = &self.env.flow.chrome;
        let help = &self.env.help;
        let text = match &help.helpline {
            Some(line) => {
                let helpline = format!("{} ({})", line.name, line.number);
                self.text(&chrome.help_adult_or_call, facts, &[("helpline", &helpline)])
            }
            None => self.text(&chrome.help_adult, facts, &[]),
        };
        GetHelp {
            label: self.text(&chrome.get_help, facts, &[]),
            helpline: help.helpline.clone(),
            emergency_number: help.emergency_number.clone(),
            emergency_text: help
                .emergency_number
                .as_deref()
                .map(|n| self.text(&chrome.emergency, facts, &[("number", n)])),
            text,
        }
    }

    fn script_for(&self, step: &Step, facts: &Facts) -> Option<&super::scripts::SafetyScript> {
        match step.script.as_ref()? {
            ScriptRef::ForCategory => facts.category.and_then(|c| self.env.scripts.for_category(c)),
            ScriptRef::Named(name) => self.env.scripts.named(name),
        }
    }

    fn script_view(&self, step: &Step, facts: &Facts) -> Option<ScriptView> {
        let script = self.script_for(step, facts)?;
        let ctx = &self.state.context;
        Some(ScriptView {
            id: script.id.clone(),
            lines: script.lines.iter().map(|l| self.text(l, facts, &[])).collect(),
            handoffs: script
                .handoffs
                .iter()
                .filter_map(|id| self.env.scripts.handoff(id))
                .filter(|h| h.offered(&ctx.country, facts.band.wording_band()))
                .map(|h| HandoffView {
                    id: h.id.clone(),
                    label: self.text(&h.label, facts, &[]),
                    url: h.url.clone(),
                })
                .collect(),
            suggested_intents: script.suggested_intents.clone(),
            reviewed: script.reviewed_by.is_some(),
        })
    }

    fn told(&self, step: &Step, facts: &Facts) -> Vec<String> {
        if step.kind != StepKind::WhoWillBeTold {
            return Vec::new();
        }
        let Some(category) = facts.category else {
            return Vec::new();
        };
        self.env
            .policy
            .who_must_be_told(&self.state.context.country, category, facts.band)
            .iter()
            .map(|id| self.text(&MessageRef::Id(id.clone()), facts, &[]))
            .collect()
    }

    fn summary(&self, facts: &Facts) -> Vec<SummaryItem> {
        self.state
            .answered
            .iter()
            .filter_map(|answered| {
                let step = self.env.flow.step(&answered.step)?;
                let label = |id: &str| {
                    step.options
                        .iter()
                        .find(|c| c.id == id)
                        .map(|c| self.text(&c.label, facts, &[]))
                        .unwrap_or_else(|| id.to_owned())
                };
                let answer = match &answered.answer {
                    Answer::Choose(id) => vec![label(id)],
                    Answer::ChooseMany(ids) => ids.iter().map(|id| label(id)).collect(),
                    Answer::Text(text) => vec![text.clone()],
                    Answer::Skip | Answer::Continue => return None,
                };
                Some(SummaryItem {
                    step_id: step.id.clone(),
                    question: self.text(&step.title, facts, &[]),
                    answer,
                })
            })
            .collect()
    }

    /// Step number and an estimate of the total along the path the current answers point to.
    fn progress(&self, step: &Step) -> Progress {
        let done_so_far = self.state.answered.len();
        let facts = self.facts();
        let mut remaining = 0usize;
        let mut at = step;
        // Bounded by the step count: flows are acyclic, so a walk never revisits a step.
        for _ in 0..self.env.flow.steps.len() {
            if at.kind == StepKind::Done {
                break;
            }
            let first_option_goto = at
                .options
                .iter()
                .find(|c| c.when.as_ref().is_none_or(|w| self.holds(w, &facts)))
                .and_then(|c| c.goto.clone());
            let next = first_option_goto.or_else(|| at.next.as_ref().and_then(|n| self.route(n)));
            match next.as_deref().and_then(|id| self.env.flow.step(id)) {
                Some(step) => {
                    remaining += 1;
                    at = step;
                }
                None => break,
            }
        }
        let number = u32::try_from(done_so_far + 1).unwrap_or(u32::MAX);
        let of = u32::try_from(done_so_far + 1 + remaining).unwrap_or(u32::MAX);
        Progress { step: number, of }
    }
}
