//! The data in a jurisdiction pack, as stored in `core/data/packs/*.json`.
//!
//! Everything here is data with a source. Nothing here is English copy for a child: names are
//! the services' own proper names, and the wizard turns kinds into text through message ids
//! (see [`super::messages`]).

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::codes::{CountryCode, PackDate, Region, SourceDate};
use crate::age::AgeBand;
use crate::taxonomy::Category;

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The page (http or https).
    pub url: String,
    /// The date the page shows; `None` when the page is undated.
    pub date: Option<SourceDate>,
    /// Reviewer note (what the source says, conflicts). Never shown to a child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How far a fact can be trusted (helplines.md): official page, news, or indirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Old, indirect, blog or third-party copy.
    Low,
    /// Between low and medium.
    MediumLow,
    /// Reputable news or NGO.
    Medium,
    /// Between medium and high.
    MediumHigh,
    /// Official operator or government page.
    High,
}

/// The tier of helplines.md's "what is safe to ship" summary. Only tiers 1 and 2 exist here:
/// numbers from lower tiers are never shipped, so the type cannot hold them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, JsonSchema)]
#[schemars(with = "u8")]
pub enum HelplineTier {
    /// Tier 1: ship (high confidence, stable number).
    Ship,
    /// Tier 2: ship, with a human re-check of hours or channels (`needs_recheck` must be set).
    ShipWithRecheck,
}

impl Serialize for HelplineTier {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(match self {
            HelplineTier::Ship => 1,
            HelplineTier::ShipWithRecheck => 2,
        })
    }
}

impl<'de> Deserialize<'de> for HelplineTier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u8::deserialize(deserializer)? {
            1 => Ok(HelplineTier::Ship),
            2 => Ok(HelplineTier::ShipWithRecheck),
            _ => Err(serde::de::Error::custom(
                "only tiers 1 and 2 of helplines.md may be shipped",
            )),
        }
    }
}

/// What a helpline is for; the wizard picks wording and order from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HelplinePurpose {
    /// Someone to talk to (child helpline).
    Counselling,
    /// Suicide or emotional crisis line.
    Crisis,
    /// Child-protection line that can act on abuse.
    ChildProtection,
    /// Online harm (cyberbullying, sextortion) with takedown help.
    OnlineHarm,
    /// A reporting channel, not counselling (e.g. the NCMEC CyberTipline web form).
    Reporting,
}

/// How to reach a helpline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Voice call.
    Phone,
    /// Text message.
    Sms,
    /// WhatsApp.
    Whatsapp,
    /// Web chat (value is a URL).
    Chat,
    /// Web page or form (value is a URL).
    Web,
    /// Email address.
    Email,
}

/// One way to reach a helpline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The channel.
    pub channel: Channel,
    /// Number as written locally (`"0800 1111"`), URL or address.
    pub value: String,
}

impl Contact {
    /// The digits to dial (a leading `+` kept), for `tel:` links; `None` for non-phone channels.
    pub fn dial_digits(&self) -> Option<String> {
        if !matches!(self.channel, Channel::Phone | Channel::Sms | Channel::Whatsapp) {
            return None;
        }
        let plus = self.value.trim_start().starts_with('+');
        let digits: String = self.value.chars().filter(char::is_ascii_digit).collect();
        Some(if plus { format!("+{digits}") } else { digits })
    }
}

/// A helpline from helplines.md (tiers 1-2 only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Stable id, `<country lower>.<slug>` (`"gb.childline"`).
    pub id: String,
    /// The service's own name (a proper noun, not translated).
    pub name: String,
    /// Who runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// What it is for.
    pub purpose: HelplinePurpose,
    /// Ways to reach it; at least one.
    pub contacts: Vec<Contact>,
    /// Open around the clock; `None` when the sources do not say or conflict.
    pub always_open: Option<bool>,
    /// Hours as the sources give them, for reviewers (not display copy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    /// ISO 639-1 languages the sources name; empty when not stated.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Free to call; `None` when not stated.
    pub free: Option<bool>,
    /// Dedicated to children (not a general or women's line).
    pub child_specific: bool,
    /// This is the harmonised European child helpline number 116 111.
    pub is_116_111: bool,
    /// helplines.md summary tier.
    pub tier: HelplineTier,
    /// helplines.md confidence.
    pub confidence: Confidence,
    /// A human must re-check hours or channels before relying on them (always for tier 2).
    pub needs_recheck: bool,
    /// Where the facts come from; at least one.
    pub sources: Vec<Source>,
}

/// A sourced emergency number (police / ambulance / fire).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    /// The number to dial (`"112"`).
    pub number: String,
    /// How far the sources can be trusted.
    pub confidence: Confidence,
    /// Where it comes from; at least one.
    pub sources: Vec<Source>,
}

/// Who a duty says must or may be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DutyRecipient {
    /// NCMEC's CyberTipline (US).
    NcmecCyberTipline,
    /// The police or judicial authorities of the country concerned.
    LawEnforcement,
    /// The UK National Crime Agency.
    NationalCrimeAgency,
}

/// Whether the platform must or may tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DutyStrength {
    /// Required by law: the wizard shows "who will be told" and offers no "don't tell anyone".
    Must,
    /// Allowed, not required.
    May,
}

/// What has to be true for the duty to apply, as the safety team judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DutyCondition {
    /// The safety team confirms the content or contact is what was reported.
    ContentConfirmed,
    /// The safety team suspects a crime that threatens someone's life or safety.
    SuspectedThreatToLifeOrSafety,
}

/// Whose age a duty or route depends on: the band passed is the band of the child the
/// report is about (the reporter's own band for a self report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgeScope {
    /// Any age (the category itself implies a child, e.g. sexual images of a child).
    Any,
    /// Only when the person concerned is a child; [`AgeBand::Unknown`] counts as a child.
    Child,
}

impl AgeScope {
    /// Whether a report about someone in `band` is in scope.
    pub fn includes(self, band: AgeBand) -> bool {
        match self {
            AgeScope::Any => true,
            AgeScope::Child => band.is_child(),
        }
    }
}

/// A legal duty to tell someone outside the platform about a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// Stable id (`"us.2258a_csam"`), for audit and overrides.
    pub id: String,
    /// Who is told.
    pub recipient: DutyRecipient,
    /// Must or may.
    pub strength: DutyStrength,
    /// When it applies.
    pub condition: DutyCondition,
    /// The categories it applies to; at least one.
    pub categories: Vec<Category>,
    /// Whose age it depends on.
    pub age: AgeScope,
    /// The legal citation (`"18 U.S.C. § 2258A"`).
    pub legal_basis: String,
    /// A human must confirm scope or commencement before relying on it.
    pub needs_recheck: bool,
    /// Where it comes from; at least one.
    pub sources: Vec<Source>,
}

impl Duty {
    /// Whether the wizard must show "who will be told" and must not offer "don't tell anyone".
    pub fn is_mandatory(&self) -> bool {
        self.strength == DutyStrength::Must
    }
}

/// The kind of a redress route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RedressKind {
    /// The platform's own complaint / appeal system.
    InternalComplaint,
    /// A certified out-of-court dispute settlement body.
    OutOfCourtDispute,
    /// A complaint to a regulator who can act on the individual case.
    RegulatorComplaint,
    /// A regulator who oversees the platform's complaint handling (no individual cases).
    RegulatorOversight,
}

/// Who handles a redress route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RedressBody {
    /// The platform itself.
    Platform,
    /// A DSA Art. 21 certified body chosen by the user.
    CertifiedDisputeBody,
    /// Australia's eSafety Commissioner.
    EsafetyCommissioner,
    /// The UK regulator Ofcom.
    Ofcom,
}

/// Somewhere a child or caregiver can go if they disagree with a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RedressRoute {
    /// Stable id (`"eu.dsa_art20"`).
    pub id: String,
    /// What kind of route.
    pub kind: RedressKind,
    /// Who handles it.
    pub body: RedressBody,
    /// Categories it covers; `None` for all.
    #[serde(default)]
    pub categories: Option<Vec<Category>>,
    /// Whose age it depends on.
    pub age: AgeScope,
    /// Minimum months the route stays open after the decision, where the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_window_months: Option<u16>,
    /// The legal citation.
    pub legal_basis: String,
    /// Where it comes from; at least one.
    pub sources: Vec<Source>,
}

impl RedressRoute {
    /// Whether the route covers `category` for someone in `band`.
    pub fn covers(&self, category: Category, band: AgeBand) -> bool {
        self.age.includes(band)
            && self
                .categories
                .as_ref()
                .is_none_or(|categories| categories.contains(&category))
    }
}

/// Everything TellSafe knows for one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JurisdictionPack {
    /// The country.
    pub country: CountryCode,
    /// Regions whose layer also applies (must match the region's member list).
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Who reviewed this pack. `None` in every shipped pack: nobody has yet.
    pub reviewed_by: Option<String>,
    /// The day the pack was compiled from its sources.
    pub source_date: PackDate,
    /// The day after which the pack must not be used without a warning.
    pub expires: PackDate,
    /// Helplines (tiers 1-2 of helplines.md only).
    #[serde(default)]
    pub helplines: Vec<Helpline>,
    /// Sourced emergency numbers.
    #[serde(default)]
    pub emergency_numbers: Vec<EmergencyNumber>,
    /// Duties to tell someone outside the platform.
    #[serde(default)]
    pub duties: Vec<Duty>,
    /// Redress routes.
    #[serde(default)]
    pub redress: Vec<RedressRoute>,
    /// Reviewer notes (gaps, what was not shipped and why). Never shown to a child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A layer shared by the members of a region (the EU).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionPack {
    /// The region.
    pub region: Region,
    /// Member countries; the layer applies to them even without a country pack.
    pub members: Vec<CountryCode>,
    /// Source for the member list.
    pub members_sources: Vec<Source>,
    /// Who reviewed this pack. `None` in every shipped pack.
    pub reviewed_by: Option<String>,
    /// The day the pack was compiled.
    pub source_date: PackDate,
    /// The day after which it must not be used without a warning.
    pub expires: PackDate,
    /// Region-wide emergency numbers (112).
    #[serde(default)]
    pub emergency_numbers: Vec<EmergencyNumber>,
    /// Region-wide duties (DSA Art. 18).
    #[serde(default)]
    pub duties: Vec<Duty>,
    /// Region-wide redress (DSA Art. 20, 21).
    #[serde(default)]
    pub redress: Vec<RedressRoute>,
    /// Reviewer notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}
