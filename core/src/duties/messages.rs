//! Fluent message ids for everything a pack query returns. The copy itself lives in the
//! `.ftl` files (owned by the i18n work); code returns ids and typed values only.
//!
//! Conventions (all kebab-case, stable):
//! - help fallbacks: [`HELP_TELL_TRUSTED_ADULT`], [`HELP_CALL_LOCAL_EMERGENCY_NUMBER`];
//! - a sourced emergency number: [`HELP_CALL_EMERGENCY_NUMBER`] with Fluent variable `$number`;
//! - a helpline: `help-helpline-<purpose>` with `$name` and `$number` (or `$url`);
//! - a duty: `duty-<recipient>-<strength>-<condition>`
//!   (e.g. `duty-ncmec-cyber-tipline-must-content-confirmed`);
//! - a redress route: `redress-<kind>-<body>` (e.g. `redress-internal-complaint-platform`).

use super::types::{
    Duty, DutyCondition, DutyRecipient, DutyStrength, HelplinePurpose, RedressBody, RedressKind, RedressRoute,
};

/// Every fixed help message id (fallbacks, emergency number, helpline purposes); pack-specific
/// duty and redress ids come from [`super::PackSet::message_ids`].
pub fn help_message_ids() -> Vec<&'static str> {
    [
        HELP_TELL_TRUSTED_ADULT,
        HELP_CALL_LOCAL_EMERGENCY_NUMBER,
        HELP_CALL_EMERGENCY_NUMBER,
    ]
    .into_iter()
    .chain(PURPOSES.into_iter().map(helpline_message_id))
    .collect()
}

/// "Tell an adult you trust" (no sourced helpline for the country).
pub const HELP_TELL_TRUSTED_ADULT: &str = "help-trusted-adult-no-helpline";
/// "Call your local emergency number" (no sourced emergency number for the country).
pub const HELP_CALL_LOCAL_EMERGENCY_NUMBER: &str = "help-emergency";
/// "Call { $number }" for a sourced emergency number.
pub const HELP_CALL_EMERGENCY_NUMBER: &str = "help-emergency-number";

/// Every helpline purpose, for listing message ids.
pub(crate) const PURPOSES: [HelplinePurpose; 5] = [
    HelplinePurpose::Counselling,
    HelplinePurpose::Crisis,
    HelplinePurpose::ChildProtection,
    HelplinePurpose::OnlineHarm,
    HelplinePurpose::Reporting,
];

/// The message id for a helpline of `purpose`.
pub fn helpline_message_id(purpose: HelplinePurpose) -> &'static str {
    match purpose {
        HelplinePurpose::Counselling => "help-helpline-counselling",
        HelplinePurpose::Crisis => "help-helpline-crisis",
        HelplinePurpose::ChildProtection => "help-helpline-child-protection",
        HelplinePurpose::OnlineHarm => "help-helpline-online-harm",
        HelplinePurpose::Reporting => "help-helpline-reporting",
    }
}

fn recipient_part(r: DutyRecipient) -> &'static str {
    match r {
        DutyRecipient::NcmecCyberTipline => "ncmec-cyber-tipline",
        DutyRecipient::LawEnforcement => "law-enforcement",
        DutyRecipient::NationalCrimeAgency => "national-crime-agency",
    }
}

fn strength_part(s: DutyStrength) -> &'static str {
    match s {
        DutyStrength::Must => "must",
        DutyStrength::May => "may",
    }
}

fn condition_part(c: DutyCondition) -> &'static str {
    match c {
        DutyCondition::ContentConfirmed => "content-confirmed",
        DutyCondition::SuspectedThreatToLifeOrSafety => "threat-to-life",
    }
}

fn kind_part(k: RedressKind) -> &'static str {
    match k {
        RedressKind::InternalComplaint => "internal-complaint",
        RedressKind::OutOfCourtDispute => "out-of-court-dispute",
        RedressKind::RegulatorComplaint => "regulator-complaint",
        RedressKind::RegulatorOversight => "regulator-oversight",
    }
}

fn body_part(b: RedressBody) -> &'static str {
    match b {
        RedressBody::Platform => "platform",
        RedressBody::CertifiedDisputeBody => "certified-dispute-body",
        RedressBody::EsafetyCommissioner => "esafety-commissioner",
        RedressBody::Ofcom => "ofcom",
    }
}

impl Duty {
    /// The "who will be told" message id for this duty (see the module conventions).
    pub fn message_id(&self) -> String {
        duty_id(self.recipient, self.strength, self.condition)
    }
}

impl RedressRoute {
    /// The message id describing this route (see the module conventions).
    pub fn message_id(&self) -> String {
        format!("redress-{}-{}", kind_part(self.kind), body_part(self.body))
    }
}

fn duty_id(r: DutyRecipient, s: DutyStrength, c: DutyCondition) -> String {
    format!(
        "duty-{}-{}-{}",
        recipient_part(r),
        strength_part(s),
        condition_part(c)
    )
}
