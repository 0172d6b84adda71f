//! Who is reporting: age band, where the age signal came from, and the reporter's role.
//!
//! An exact age never leaves the device: the wizard and the report carry only a band.
//! Unknown age is treated as a child, because the cost of talking to an adult in simple
//! words is small and the cost of talking to a child in adult words is not.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The age band of the person reporting, as the app or the flow determined it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AgeBand {
    /// 6 to 9 years old: one question per screen, reading grade about 2.
    #[serde(rename = "6-9")]
    Age6To9,
    /// 10 to 12 years old: one question per screen, reading grade about 4.
    #[serde(rename = "10-12")]
    Age10To12,
    /// 13 to 15 years old: the fuller flow, reading grade about 6.
    #[serde(rename = "13-15")]
    Age13To15,
    /// 16 and 17 years old: near-adult wording, still a child.
    #[serde(rename = "16-17")]
    Age16To17,
    /// 18 or older.
    #[serde(rename = "adult")]
    Adult,
    /// No usable signal. Treated as a child (10-12 wording) everywhere.
    #[serde(rename = "unknown")]
    Unknown,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Age6To9,
        AgeBand::Age10To12,
        AgeBand::Age13To15,
        AgeBand::Age16To17,
        AgeBand::Adult,
        AgeBand::Unknown,
    ];

    /// Whether this reporter must be treated as a minor. `Unknown` is a minor on purpose.
    pub fn is_child(self) -> bool {
        !matches!(self, AgeBand::Adult)
    }

    /// The band whose wording and flow this reporter sees: `Unknown` reads as 10-12.
    pub fn wording_band(self) -> AgeBand {
        match self {
            AgeBand::Unknown => AgeBand::Age10To12,
            band => band,
        }
    }

    /// The band for an exact age the child typed in the flow. The age itself is then dropped.
    pub fn from_years(years: u8) -> AgeBand {
        match years {
            0..=9 => AgeBand::Age6To9,
            10..=12 => AgeBand::Age10To12,
            13..=15 => AgeBand::Age13To15,
            16..=17 => AgeBand::Age16To17,
            _ => AgeBand::Adult,
        }
    }

    /// The stable wire code, as in the report JSON (`"10-12"`).
    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Age6To9 => "6-9",
            AgeBand::Age10To12 => "10-12",
            AgeBand::Age13To15 => "13-15",
            AgeBand::Age16To17 => "16-17",
            AgeBand::Adult => "adult",
            AgeBand::Unknown => "unknown",
        }
    }

    /// Parses a wire code; `None` for anything else.
    pub fn from_code(code: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|band| band.code() == code)
    }
}

/// Where the age band came from. T&S teams weigh a verified band differently from a declared one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum AgeSignalSource {
    /// The user told the platform at sign-up.
    Declared,
    /// The platform estimated it (for example from behaviour or a facial age estimate).
    Estimated,
    /// The platform verified it (document, bank, parent).
    Verified,
    /// The platform had no signal, so the wizard asked; only the band is kept.
    AskedInFlow,
}

/// Who is making the report, relative to the harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ReporterRole {
    /// The person reporting is the one it happened to.
    #[serde(rename = "self")]
    Myself,
    /// A parent or carer reporting for a child. Never grants access to the child's own reports.
    Caregiver,
    /// Someone who saw it happen to somebody else.
    Bystander,
    /// A helpline worker or trusted flagger.
    Professional,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_age_is_a_child_with_10_12_wording() {
        assert!(AgeBand::Unknown.is_child());
        assert_eq!(AgeBand::Unknown.wording_band(), AgeBand::Age10To12);
        assert!(!AgeBand::Adult.is_child());
    }

    #[test]
    fn codes_round_trip_and_match_serde() {
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::from_code(band.code()), Some(band));
            let json = serde_json::to_string(&band).unwrap();
            assert_eq!(json, format!("\"{}\"", band.code()));
        }
        assert_eq!(AgeBand::from_code("12"), None);
    }

    #[test]
    fn years_map_to_bands_at_each_boundary() {
        assert_eq!(AgeBand::from_years(9), AgeBand::Age6To9);
        assert_eq!(AgeBand::from_years(10), AgeBand::Age10To12);
        assert_eq!(AgeBand::from_years(12), AgeBand::Age10To12);
        assert_eq!(AgeBand::from_years(13), AgeBand::Age13To15);
        assert_eq!(AgeBand::from_years(16), AgeBand::Age16To17);
        assert_eq!(AgeBand::from_years(17), AgeBand::Age16To17);
        assert_eq!(AgeBand::from_years(18), AgeBand::Adult);
    }

    #[test]
    fn role_self_serializes_as_self() {
        assert_eq!(serde_json::to_string(&ReporterRole::Myself).unwrap(), "\"self\"");
    }
}
