//! The parts a report is made of: subject and evidence refs, answers, free text, flags,
//! the desired outcome and client info.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize, Serializer};

use super::digest::Sha256Digest;
use super::error::Reason;
use super::hygiene::{clean_free_text, forbidden_class_for_schema};
use super::ids::{Code, OpaqueId, VersionLabel};
use super::limits::{MAX_ANSWER_STEPS, MAX_CHOICES_PER_STEP, MAX_FREE_TEXT_CHARS};

/// What kind of thing a subject ref points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    /// An account.
    User,
    /// A post, picture, video or other published item.
    Content,
    /// One message in a conversation.
    Message,
    /// A whole conversation (a platform should preserve it when it sees this kind).
    Conversation,
    /// A live stream.
    LiveStream,
}

/// Who or what is reported: a kind and the platform's own id for it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectRef {
    /// What the id points at.
    pub kind: SubjectKind,
    /// The platform's id for it, opaque to TellSafe.
    pub id: OpaqueId,
}

/// A piece of evidence the platform holds (message, media, screenshot upload).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRef {
    /// The platform's id for the item, opaque to TellSafe.
    pub id: OpaqueId,
    /// SHA-256 of the item as the client saw it, when the client could compute one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<Sha256Digest>,
}

/// Yes/no facts the wizard asked about, each used by triage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Flags {
    /// The reporter says someone is in danger right now (raises priority to the top tier).
    pub in_danger_now: bool,
    /// The minor shown in the reported images is the reporter (routes to Take It Down / CSAM
    /// handling, never to adult NCII handling).
    pub depicted_minor_is_reporter: bool,
    /// The reporter was threatened or pressured (sextortion, coercion).
    pub coerced: bool,
    /// The reporter already blocked the other person (their messages may be gone from view).
    pub blocked_already: bool,
}

/// What the reporter would like to happen.
///
/// A recorded preference, shown to T&S as one. It is never promised back to the child: the
/// decision is T&S's, and the child-facing status says what actually happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DesiredOutcome {
    /// Remove the picture, video or post.
    TakeItDown,
    /// Make the person stop contacting me.
    StopContact,
    /// I want to know what happens next.
    KnowWhatHappens,
    /// I just want someone to know.
    JustWantSomeoneToKnow,
    /// I need help for myself.
    HelpForMe,
    /// I am not sure (also the default when the flow did not ask).
    NotSure,
}

/// The platform the SDK runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// Android (Kotlin binding).
    Android,
    /// iOS or iPadOS (Swift binding).
    Ios,
    /// A browser (wasm package).
    Web,
    /// Anything else (desktop, CLI, server-side tooling).
    Other,
}

/// Which software made the report, so T&S can tell an SDK bug from a child's choice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientInfo {
    /// The TellSafe SDK version.
    pub sdk_version: VersionLabel,
    /// The platform.
    pub platform: Platform,
    /// The integrating app's version.
    pub app_version: VersionLabel,
}

/// The wizard's answers: step id -> the choice ids picked on that step (in the order picked).
#[derive(Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Answers(pub(crate) BTreeMap<Code, Vec<Code>>);

impl Answers {
    /// The choices recorded for a step.
    pub fn get(&self, step: &Code) -> Option<&[Code]> {
        self.0.get(step).map(Vec::as_slice)
    }

    /// Every step and its choices, in step-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&Code, &[Code])> {
        self.0.iter().map(|(step, choices)| (step, choices.as_slice()))
    }

    /// How many steps are recorded.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no step is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Answers(<redacted {} steps>)", self.0.len())
    }
}

impl JsonSchema for Answers {
    fn schema_name() -> Cow<'static, str> {
        "Answers".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<Code>();
        json_schema!({
            "type": "object",
            "description": "Step id -> choice ids picked on that step.",
            "maxProperties": MAX_ANSWER_STEPS,
            "propertyNames": code,
            "additionalProperties": {
                "type": "array",
                "items": code,
                "maxItems": MAX_CHOICES_PER_STEP,
                "uniqueItems": true
            }
        })
    }
}

/// What the reporter wrote in their own words, cleaned and NFC-normalized.
///
/// Control (except newline and tab), bidi and zero-width characters are removed, the rest is
/// NFC-normalized, and the result is at most [`MAX_FREE_TEXT_CHARS`] Unicode scalar values.
/// `Debug` shows only the length.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FreeText(String);

impl FreeText {
    /// Cleans `raw` (see the type docs). `Ok(None)` when nothing is left after cleaning,
    /// so a text of only invisible characters is no text.
    pub fn clean(raw: &str) -> Result<Option<FreeText>, Reason> {
        let cleaned = clean_free_text(raw);
        if cleaned.is_empty() {
            return Ok(None);
        }
        if cleaned.chars().count() > MAX_FREE_TEXT_CHARS {
            return Err(Reason::TooLong {
                max: MAX_FREE_TEXT_CHARS,
            });
        }
        Ok(Some(FreeText(cleaned)))
    }

    /// The cleaned text. Content: never log it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its length in Unicode scalar values (the unit of the limit).
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }
}

impl fmt::Debug for FreeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FreeText(<redacted {} chars>)", self.char_count())
    }
}

impl Serialize for FreeText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl JsonSchema for FreeText {
    fn schema_name() -> Cow<'static, str> {
        "FreeText".into()
    }

    /// JSON Schema's `maxLength` counts code points of the string as sent. Reports written by
    /// this crate are already cleaned and in NFC, so on them `maxLength` is exactly the limit.
    /// A reader of raw input (`Report::from_json`) cleans and normalizes first and then counts,
    /// which the schema cannot express: it may accept a text the schema rejects (say 2,001
    /// code points of which one is a zero-width space).
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "The reporter's own words: NFC, no control (except newline and tab), bidi or zero-width characters; the limit counts Unicode scalar values after normalization.",
            "minLength": 1,
            "maxLength": MAX_FREE_TEXT_CHARS,
            "pattern": format!("^[^{}]*$", forbidden_class_for_schema(true))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_limit_is_exact_in_scalars() {
        let at = "a".repeat(MAX_FREE_TEXT_CHARS);
        assert_eq!(
            FreeText::clean(&at).unwrap().unwrap().char_count(),
            MAX_FREE_TEXT_CHARS
        );
        let over = "a".repeat(MAX_FREE_TEXT_CHARS + 1);
        assert_eq!(
            FreeText::clean(&over),
            Err(Reason::TooLong {
                max: MAX_FREE_TEXT_CHARS
            })
        );
        // Four-byte scalars count once each.
        assert!(
            FreeText::clean(&"😀".repeat(MAX_FREE_TEXT_CHARS))
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn free_text_counts_after_nfc() {
        // 2,000 decomposed "e" + U+0301 are 4,000 scalars raw, 2,000 after NFC.
        let decomposed = "e\u{0301}".repeat(MAX_FREE_TEXT_CHARS);
        let text = FreeText::clean(&decomposed).unwrap().unwrap();
        assert_eq!(text.char_count(), MAX_FREE_TEXT_CHARS);
        assert!(text.as_str().chars().all(|c| c == '\u{00E9}'));
        let one_more = format!("{decomposed}e\u{0301}");
        assert_eq!(
            FreeText::clean(&one_more),
            Err(Reason::TooLong {
                max: MAX_FREE_TEXT_CHARS
            })
        );
    }

    #[test]
    fn free_text_counts_after_cleaning() {
        // 2,000 letters plus invisible characters is within the limit once they are removed.
        let padded = format!("{}\u{200B}\u{202E}\u{FEFF}", "a".repeat(MAX_FREE_TEXT_CHARS));
        assert_eq!(
            FreeText::clean(&padded).unwrap().unwrap().char_count(),
            MAX_FREE_TEXT_CHARS
        );
        assert_eq!(FreeText::clean("\u{200B}\u{2066}"), Ok(None));
    }

    #[test]
    fn debug_shows_length_only() {
        let text = FreeText::clean("CANARY-7f3a").unwrap().unwrap();
        assert_eq!(format!("{text:?}"), "FreeText(<redacted 11 chars>)");
    }
}
