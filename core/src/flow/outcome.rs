//! What a finished wizard hands back besides the report: intents for the app to perform and
//! the reporter's notification preference.
//!
//! These sit next to the report, not in it: the report carries only the fields DESIGN lists,
//! and neither an app-side block nor a notification choice is something T&S needs to see.

use serde::{Deserialize, Serialize};

/// An action the app performs for the reporter after the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Limit the other person without telling them (they cannot see it).
    Restrict,
    /// Stop seeing their posts and messages.
    Mute,
    /// Block them. Can delete the conversation in some apps, so it is deferred.
    Block,
    /// Hide the reported item for me.
    HideItem,
    /// Hide my friends and followers from this account.
    HideConnections,
}

impl Intent {
    /// Every intent, in the order a script suggests them (restrict before block).
    pub const ALL: [Intent; 5] = [
        Intent::Restrict,
        Intent::Mute,
        Intent::HideItem,
        Intent::HideConnections,
        Intent::Block,
    ];

    /// The stable code, as used for option ids in flows.
    pub fn code(self) -> &'static str {
        match self {
            Intent::Restrict => "restrict",
            Intent::Mute => "mute",
            Intent::Block => "block",
            Intent::HideItem => "hide_item",
            Intent::HideConnections => "hide_connections",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Intent> {
        Intent::ALL.into_iter().find(|i| i.code() == code)
    }

    /// Whether performing it could destroy evidence the report refers to. Blocking deletes the
    /// conversation in some apps, so the client holds it until the receipt arrives (or the app
    /// calls `preserve_locally(id)` when offline).
    pub fn may_destroy_evidence(self) -> bool {
        matches!(self, Intent::Block)
    }
}

/// An intent as the wizard emits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntentRequest {
    /// What to do.
    pub intent: Intent,
    /// Hold it until the client releases it (receipt arrived or evidence preserved locally).
    pub deferred: bool,
}

impl IntentRequest {
    /// The request for an intent, deferred when it may destroy evidence.
    pub fn for_intent(intent: Intent) -> IntentRequest {
        IntentRequest {
            intent,
            deferred: intent.may_destroy_evidence(),
        }
    }
}

/// Whether the app may tell the reporter in the app when something changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotifyPreference {
    /// "Tell me here when something changes."
    TellMeHere,
    /// "Don't notify me, I'll check." The default for in-danger and sexual categories, because
    /// the device may be watched by the person the child is reporting.
    DontNotify,
}

impl NotifyPreference {
    /// The stable code, as used for option ids in flows.
    pub fn code(self) -> &'static str {
        match self {
            NotifyPreference::TellMeHere => "tell_me_here",
            NotifyPreference::DontNotify => "dont_notify",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<NotifyPreference> {
        [NotifyPreference::TellMeHere, NotifyPreference::DontNotify]
            .into_iter()
            .find(|p| p.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_block_is_deferred() {
        for intent in Intent::ALL {
            assert_eq!(Intent::from_code(intent.code()), Some(intent));
            assert_eq!(
                serde_json::to_string(&intent).unwrap(),
                format!("\"{}\"", intent.code())
            );
            assert_eq!(
                IntentRequest::for_intent(intent).deferred,
                intent == Intent::Block
            );
        }
    }

    #[test]
    fn notify_codes_match_serde() {
        for p in [NotifyPreference::TellMeHere, NotifyPreference::DontNotify] {
            assert_eq!(NotifyPreference::from_code(p.code()), Some(p));
            assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{}\"", p.code()));
        }
    }
}
