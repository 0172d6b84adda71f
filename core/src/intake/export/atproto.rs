//! The AT Protocol `com.atproto.moderation.createReport` body (reference B.1.1).

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use super::{ExportError, ExportFormat, ExportInput, NotApplicableReason, check_not_reporter};
use crate::report::SubjectKind;

/// `reason` limit in graphemes (lexicon `maxGraphemes`).
pub const ATPROTO_REASON_MAX_GRAPHEMES: usize = 2_000;
/// `reason` limit in UTF-8 bytes (lexicon `maxLength`).
pub const ATPROTO_REASON_MAX_BYTES: usize = 20_000;
/// What a shortened reason ends with, so the moderator sees it was cut.
const ELLIPSIS: &str = "…";

/// The request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AtprotoReport {
    /// A `reasonType` NSID from the taxonomy mapping.
    pub reason_type: String,
    /// The reported account.
    pub subject: AtprotoSubject,
    /// Context for the moderator, at most 2,000 graphemes and 20,000 bytes.
    pub reason: String,
    /// Which tool made the report.
    pub mod_tool: ModTool,
}

/// `com.atproto.admin.defs#repoRef`: an account by DID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AtprotoSubject {
    /// Always `com.atproto.admin.defs#repoRef`.
    #[serde(rename = "$type")]
    pub kind: &'static str,
    /// The account's DID.
    pub did: String,
}

/// `modTool`: for tracing the source of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModTool {
    /// `tellsafe`.
    pub name: &'static str,
}

/// Builds the body for the first reported account with a DID (`did:` user id).
///
/// The reason holds the category code, the SLA tier and an optional note from the safety
/// team; never the reporter's account or words (`ReporterIdentity`). It is cut at a grapheme
/// boundary to the lexicon's limits.
pub fn atproto_report(input: &ExportInput<'_>, note: Option<&str>) -> Result<AtprotoReport, ExportError> {
    let report = &input.stored.report;
    let subject = report
        .subjects()
        .iter()
        .find(|s| s.kind == SubjectKind::User && s.id.as_str().starts_with("did:"))
        .filter(|s| s.id.as_str() != input.stored.reporter_account)
        .ok_or(ExportError::NotApplicable {
            format: ExportFormat::Atproto,
            reason: NotApplicableReason::NoAtprotoSubject,
        })?;
    let mut reason = format!(
        "Child-safety report via TellSafe. Category: {}. SLA tier: {}.",
        report.category().code(),
        input.case.sla_tier.code()
    );
    if input.case.escalated {
        reason.push_str(" Escalated by the safety team.");
    }
    if let Some(note) = note.map(str::trim).filter(|n| !n.is_empty()) {
        check_not_reporter(input.stored, "reason", note)?;
        reason.push(' ');
        reason.push_str(note);
    }
    Ok(AtprotoReport {
        reason_type: report.category().info().atproto.clone(),
        subject: AtprotoSubject {
            kind: "com.atproto.admin.defs#repoRef",
            did: subject.id.as_str().to_owned(),
        },
        reason: clamp_graphemes(&reason, ATPROTO_REASON_MAX_GRAPHEMES, ATPROTO_REASON_MAX_BYTES),
        mod_tool: ModTool { name: "tellsafe" },
    })
}

/// `text` cut to at most `max_graphemes` graphemes and `max_bytes` bytes, at a grapheme
/// boundary, ending in an ellipsis when cut (the ellipsis counts toward both limits).
pub(crate) fn clamp_graphemes(text: &str, max_graphemes: usize, max_bytes: usize) -> String {
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    if graphemes.len() <= max_graphemes && text.len() <= max_bytes {
        return text.to_owned();
    }
    let mut out = String::new();
    for (count, g) in graphemes.into_iter().enumerate() {
        if count + 2 > max_graphemes || out.len() + g.len() + ELLIPSIS.len() > max_bytes {
            break;
        }
        out.push_str(g);
    }
    out.push_str(ELLIPSIS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_counts_graphemes_not_scalars() {
        // A family emoji is one grapheme of several scalars; a flag is one of two.
        let family = "👨‍👩‍👧";
        let text = family.repeat(ATPROTO_REASON_MAX_GRAPHEMES);
        assert_eq!(
            clamp_graphemes(&text, ATPROTO_REASON_MAX_GRAPHEMES, usize::MAX),
            text
        );
        let over = format!("{text}🇪🇺");
        let cut = clamp_graphemes(&over, ATPROTO_REASON_MAX_GRAPHEMES, usize::MAX);
        assert_eq!(cut.graphemes(true).count(), ATPROTO_REASON_MAX_GRAPHEMES);
        assert!(cut.ends_with(ELLIPSIS));
        assert!(
            cut.trim_end_matches(ELLIPSIS)
                .graphemes(true)
                .all(|g| g == family)
        );
    }

    #[test]
    fn clamp_respects_the_byte_limit() {
        let text = "é".repeat(1_500);
        let cut = clamp_graphemes(&text, ATPROTO_REASON_MAX_GRAPHEMES, 1_000);
        assert!(cut.len() <= 1_000);
        assert!(cut.ends_with(ELLIPSIS));
    }
}
