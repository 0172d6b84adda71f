//! The flow file format: steps, choices, routes and conditions, as read from `core/flows/*.json`.
//!
//! A flow is data so that a platform (or a safeguarding lead) can change the questions without
//! a code release, and so that the same flow runs identically on Android, iOS and the web.
//! Everything here is checked by [`crate::flow::validate`] before a session may use it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::age::{AgeBand, ReporterRole};
use crate::taxonomy::Category;

/// The flow file format this code reads. A file with another `format` is refused, not guessed at.
pub const FLOW_FORMAT: u32 = 1;

/// One wizard flow: a directed acyclic graph of steps from `start` to a `done` step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// Stable id of the flow; a saved session names it so it is resumed on the same flow.
    pub id: String,
    /// Bumped whenever a step id or option id changes meaning; saved sessions check it.
    pub version: u32,
    /// The file format ([`FLOW_FORMAT`]).
    pub format: u32,
    /// Where every session starts: a step id, or routes (ask the age only when it is unknown).
    pub start: Next,
    /// Labels the engine shows on every step (help button, back, quick exit).
    pub chrome: Chrome,
    /// Every step, in the order a reader of the file expects (order has no runtime meaning).
    pub steps: Vec<Step>,
}

/// Message references for the controls around every step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chrome {
    /// The "get help now" button.
    pub get_help: MessageRef,
    /// Shown in the help panel when no helpline is known: "tell an adult you trust".
    pub help_adult: MessageRef,
    /// Shown when a helpline is known; takes `$helpline` (name and number).
    pub help_adult_or_call: MessageRef,
    /// The emergency line; takes `$number`.
    pub emergency: MessageRef,
    /// The back button.
    pub back: MessageRef,
    /// The quick-exit button.
    pub quick_exit: MessageRef,
    /// The continue button (info, who-will-be-told).
    pub next: MessageRef,
    /// The skip button of optional steps.
    pub skip: MessageRef,
    /// The send button on the review step.
    pub send: MessageRef,
}

impl Chrome {
    /// Every message reference, for validation.
    pub fn messages(&self) -> [&MessageRef; 9] {
        [
            &self.get_help,
            &self.help_adult,
            &self.help_adult_or_call,
            &self.emergency,
            &self.back,
            &self.quick_exit,
            &self.next,
            &self.skip,
            &self.send,
        ]
    }
}

/// What a step asks or shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Pick exactly one option.
    ChooseOne,
    /// Pick one or more options.
    ChooseMany,
    /// Type a short text (optional steps may be skipped).
    ShortText,
    /// Two options with ids `yes` and `no`.
    YesNo,
    /// Read, then continue. May carry a safety script.
    Info,
    /// Who the platform must tell, driven by the jurisdiction pack. Shown before submit.
    WhoWillBeTold,
    /// Check the answers before sending.
    Review,
    /// The end: what happens next. No further step.
    Done,
}

impl StepKind {
    /// Whether this kind asks the reporter something (counted by the per-band question limits).
    pub fn is_question(self) -> bool {
        matches!(
            self,
            StepKind::ChooseOne | StepKind::ChooseMany | StepKind::ShortText | StepKind::YesNo
        )
    }
}

/// A message id, or one id per audience (band code, `caregiver`, `professional`, `default`).
///
/// Lets one step (the danger check, review, done) speak to a 7-year-old and a caregiver in
/// their own words without copying the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum MessageRef {
    /// The same message for everyone.
    Id(String),
    /// A message per audience key; `default` is required so every audience resolves.
    ByAudience(BTreeMap<String, String>),
}

/// Audience key used when no band or role key matches. Required in every [`MessageRef::ByAudience`].
pub const DEFAULT_AUDIENCE: &str = "default";

impl MessageRef {
    /// The message id for a reporter. Role keys (`caregiver`, `professional`) win over band
    /// keys because a caregiver's wording does not depend on the child's age band.
    pub fn resolve(&self, band: AgeBand, role: ReporterRole) -> &str {
        match self {
            MessageRef::Id(id) => id,
            MessageRef::ByAudience(map) => {
                let role_key = match role {
                    ReporterRole::Caregiver => Some("caregiver"),
                    ReporterRole::Professional => Some("professional"),
                    ReporterRole::Myself | ReporterRole::Bystander => None,
                };
                role_key
                    .and_then(|key| map.get(key))
                    .or_else(|| map.get(band.wording_band().code()))
                    .or_else(|| map.get(DEFAULT_AUDIENCE))
                    .map(String::as_str)
                    // Validation requires `default`; an empty id then fails loudly as a missing message.
                    .unwrap_or("")
            }
        }
    }

    /// Every id this reference may resolve to (for validation).
    pub fn all_ids(&self) -> Vec<&str> {
        match self {
            MessageRef::Id(id) => vec![id.as_str()],
            MessageRef::ByAudience(map) => map.values().map(String::as_str).collect(),
        }
    }
}

/// What a step's answer sets in the session (and so in the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Option ids are age-band codes; only asked when the app had no age signal.
    AgeBand,
    /// Option ids are category codes.
    Category,
    /// Yes/no: in danger right now.
    InDanger,
    /// Yes/no: the pictures are of the reporter (a minor).
    DepictedIsReporter,
    /// Yes/no: someone forced or threatened the reporter.
    Coerced,
    /// Yes/no: the reporter already blocked the person.
    BlockedAlready,
    /// Option id is the desired outcome, recorded as a preference, never a promise.
    DesiredOutcome,
    /// Option id is a [`crate::flow::NotifyPreference`] code.
    Notify,
    /// Option ids are [`crate::flow::Intent`] codes for the app to perform.
    Intents,
    /// The optional free text.
    FreeText,
}

/// One option of a choose or yes/no step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable option id, stored in the report's answers.
    pub id: String,
    /// The label.
    pub label: MessageRef,
    /// A neutral icon id the app maps to its own artwork (never an emoji on sexual categories).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Shown only when this holds (for example "don't tell anyone" only without a duty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// Where this option leads, overriding the step's `next`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goto: Option<String>,
}

/// A conditional edge: go to `goto` when `when` holds (or always when it is absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The condition; `None` means always. The last route of a list must be unconditional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The step to go to.
    pub goto: String,
}

/// Which option is preselected, by condition (first match wins).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultRule {
    /// The condition; `None` means always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The option preselected when the condition holds.
    pub option: String,
}

/// Where a step leads after it is answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Next {
    /// Always this step.
    To(String),
    /// The first route whose condition holds.
    Routes(Vec<Route>),
}

/// Which safety script an info step shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScriptRef {
    /// The script for the chosen category (the step is routed to only when one exists).
    ForCategory,
    /// A named script, such as `in_danger`.
    Named(String),
}

/// A condition over the session, evaluated when routing and when showing options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The reporter's wording band is one of these.
    Band(Vec<AgeBand>),
    /// The reporter's role is one of these.
    Role(Vec<ReporterRole>),
    /// The app had no age signal and no age was answered yet.
    AgeUnknown,
    /// The category is known (the app passed one, or it was answered).
    CategoryKnown,
    /// The chosen category has this flag.
    CategoryFlag(CategoryFlag),
    /// The chosen category is one of these.
    Category(Vec<Category>),
    /// A safety script exists for the chosen category.
    HasScript,
    /// The chosen category's safety script says help comes before any question.
    HelpFirst,
    /// The jurisdiction pack names someone the platform must tell for this category and band.
    DutyToTell,
    /// The reporter said they are in danger right now.
    InDanger,
    /// A step was answered with this option.
    Answered {
        /// The step.
        step: String,
        /// The option id.
        option: String,
    },
    /// The inner condition does not hold.
    Not(Box<Condition>),
    /// Every inner condition holds.
    All(Vec<Condition>),
    /// At least one inner condition holds.
    Any(Vec<Condition>),
}

/// Facts about a category that change the flow, from the taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryFlag {
    /// Ask "are you in danger right now?" early.
    Urgent,
    /// Sexual content or contact: "it is not your fault"; default "don't notify me".
    Sexual,
    /// About images: never ask for the image; hand-offs apply.
    ImageBased,
}

/// One screen of the wizard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable step id, stored in the report's answers.
    pub id: String,
    /// What the step asks or shows.
    pub kind: StepKind,
    /// The title.
    pub title: MessageRef,
    /// An optional body paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<MessageRef>,
    /// A neutral icon id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// The options (choose and yes/no steps).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Preselected option rules (first match wins).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub default: Vec<DefaultRule>,
    /// What the answer sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<Field>,
    /// A short-text step that may be skipped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// An info step's safety script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<ScriptRef>,
    /// Whether the get-help action is shown first and large (in danger, help-first scripts).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub help_first: bool,
    /// Where the step leads; absent only on `done` steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Next>,
}

impl Step {
    /// Every step id this step can lead to, ignoring conditions.
    pub fn targets(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.options.iter().filter_map(|c| c.goto.as_deref()).collect();
        match &self.next {
            Some(Next::To(id)) => out.push(id),
            Some(Next::Routes(routes)) => out.extend(routes.iter().map(|r| r.goto.as_str())),
            None => {}
        }
        out
    }

    /// Every message reference in the step (title, body, option labels).
    pub fn messages(&self) -> impl Iterator<Item = &MessageRef> {
        std::iter::once(&self.title)
            .chain(self.body.iter())
            .chain(self.options.iter().map(|c| &c.label))
    }
}

impl Flow {
    /// Parses a flow file. Call [`crate::flow::validate`] before using it.
    pub fn from_json(json: &str) -> Result<Flow, serde_json::Error> {
        // One serde_json reader (slices) for every parse keeps one copy of the parser in the .wasm.
        serde_json::from_slice(json.as_bytes())
    }

    /// Every step the flow can start at, ignoring conditions.
    pub fn start_targets(&self) -> Vec<&str> {
        match &self.start {
            Next::To(id) => vec![id.as_str()],
            Next::Routes(routes) => routes.iter().map(|r| r.goto.as_str()).collect(),
        }
    }

    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

// `MessageRef` and `Next` read a string or a map / list. `#[serde(untagged)]` would buffer every
// value into serde's `Content` and deserialize it a second time (a second copy of the `Route`
// and condition deserializers in the .wasm); these visitors pick the variant from the JSON type.
impl<'de> Deserialize<'de> for MessageRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = MessageRef;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a message id or a map of audience to message id")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MessageRef, E> {
                Ok(MessageRef::Id(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<MessageRef, A::Error> {
                let by = Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(MessageRef::ByAudience(by))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

impl<'de> Deserialize<'de> for Next {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Next;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a step id or a list of routes")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Next, E> {
                Ok(Next::To(v.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Next, A::Error> {
                let routes = Deserialize::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Next::Routes(routes))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

#[cfg(test)]
mod deserialize_tests {
    use super::*;

    #[test]
    fn message_ref_and_next_read_both_shapes_and_round_trip() {
        let id: MessageRef = serde_json::from_str(r#""flow-title""#).unwrap();
        assert_eq!(id, MessageRef::Id("flow-title".to_owned()));
        let by: MessageRef = serde_json::from_str(r#"{"default":"a","caregiver":"b"}"#).unwrap();
        assert_eq!(by.resolve(AgeBand::Age10To12, ReporterRole::Caregiver), "b");
        for m in [id, by] {
            assert_eq!(
                serde_json::from_str::<MessageRef>(&serde_json::to_string(&m).unwrap()).unwrap(),
                m
            );
        }
        assert!(serde_json::from_str::<MessageRef>("3").is_err());
        assert!(serde_json::from_str::<MessageRef>(r#"{"default":3}"#).is_err());
        let to: Next = serde_json::from_str(r#""done""#).unwrap();
        assert_eq!(to, Next::To("done".to_owned()));
        let none: Next = serde_json::from_str("[]").unwrap();
        assert_eq!(none, Next::Routes(Vec::new()));
        assert!(serde_json::from_str::<Next>("{}").is_err());
        assert!(serde_json::from_str::<Next>(r#"[{"nonsense":1}]"#).is_err());
    }
}
