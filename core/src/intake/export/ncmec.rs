//! The NCMEC CyberTipline report (reference B.3 and C.2), written with quick-xml.
//!
//! One `<report>` document for `POST /submit` and one `<fileDetails>` document per evidence
//! item for `POST /fileinfo`; the submitter adds NCMEC's `reportId` and `fileId` (known only
//! after submit and upload). The reported users go under `personOrUserReported`; the reporting
//! account appears only under `victim`, and only when the reporter is flagged as the depicted
//! minor. `fileViewedByEsp` comes from the console's view log alone.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{ExportError, ExportFormat, ExportInput, NotApplicableReason};
use crate::report::{Report, SubjectKind};
use crate::taxonomy::Category;
use crate::taxonomy::reference::NCMEC_ONLINE_ENTICEMENT;

/// The `<report>` and `<fileDetails>` documents.
#[derive(Clone, PartialEq, Eq)]
pub struct NcmecExport {
    /// The `<report>` document (UTF-8 XML).
    pub report_xml: String,
    /// One per evidence item, in the report's order.
    pub files: Vec<NcmecFile>,
}

impl std::fmt::Debug for NcmecExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NcmecExport")
            .field("files", &self.files.len())
            .finish_non_exhaustive()
    }
}

/// One `<fileDetails>` document.
#[derive(Clone, PartialEq, Eq)]
pub struct NcmecFile {
    /// Index of the evidence item in the report.
    pub evidence_index: usize,
    /// The `<fileDetails>` document.
    pub xml: String,
}

impl std::fmt::Debug for NcmecFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NcmecFile")
            .field("evidence_index", &self.evidence_index)
            .finish_non_exhaustive()
    }
}

/// The report annotations the report itself supports: the category's, plus `sextortion` when
/// the reporter was coerced on an online-enticement category (sextortion is an annotation on
/// online enticement, never an incident type: reference B.3).
pub(crate) fn annotations(report: &Report) -> Vec<String> {
    annotations_for(report.category(), report.flags().coerced)
}

/// [`annotations`] from the category and the "coerced" flag.
pub(crate) fn annotations_for(category: Category, coerced: bool) -> Vec<String> {
    let Some(ncmec) = &category.info().ncmec else {
        return Vec::new();
    };
    let mut out = ncmec.annotations.clone();
    if coerced && ncmec.incident_type == NCMEC_ONLINE_ENTICEMENT && !out.iter().any(|a| a == "sextortion") {
        out.push("sextortion".to_owned());
    }
    out
}

/// Per-file annotations that follow from the category and flags (reference B.3).
fn file_annotations(report: &Report) -> Vec<&'static str> {
    let mut out = Vec::new();
    if report.flags().depicted_minor_is_reporter {
        out.push("possibleSelfProduction");
    }
    match report.category() {
        Category::SexualImagesFake => out.push("generativeAi"),
        Category::PressuredOnLiveStream => out.push("liveStreaming"),
        _ => {}
    }
    out
}

type Xml = Writer<Vec<u8>>;
type XmlResult = std::io::Result<()>;

fn text(w: &mut Xml, name: &str, value: &str) -> XmlResult {
    w.create_element(name).write_text_content(BytesText::new(value))?;
    Ok(())
}

fn finish(w: Xml) -> Result<String, ExportError> {
    String::from_utf8(w.into_inner()).map_err(|_| ExportError::Write {
        format: ExportFormat::Ncmec,
    })
}

/// Builds the CyberTipline documents.
///
/// Refuses a category without a NCMEC incident type. Escalates (`escalateToHighPriority`) for
/// SLA tiers P0 and P1. The reporting account goes under `victim` only when the report flags
/// the reporter as the depicted minor, and is never listed as a reported user even if a
/// subject ref names it.
pub fn ncmec_report(input: &ExportInput<'_>) -> Result<NcmecExport, ExportError> {
    let format = ExportFormat::Ncmec;
    let report = &input.stored.report;
    let Some(mapping) = &report.category().info().ncmec else {
        return Err(ExportError::NotApplicable {
            format,
            reason: NotApplicableReason::NoNcmecIncidentType,
        });
    };
    if input.platform.contact_email.trim().is_empty() {
        return Err(ExportError::MissingField {
            field: "reporter.reportingPerson.email",
        });
    }
    if input.platform.service.trim().is_empty() {
        return Err(ExportError::MissingField { field: "espService" });
    }
    let write_err = |_| ExportError::Write { format };
    let mut annotations = annotations(report);
    if input.case.reported_user_is_minor {
        annotations.push("minorToMinorInteraction".to_owned());
    }
    let reporter = input.stored.reporter_account.as_str();
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(write_err)?;
    w.create_element("report")
        .write_inner_content(|w| {
            w.create_element("incidentSummary").write_inner_content(|w| {
                text(w, "incidentType", &mapping.incident_type)?;
                if input.case.sla_tier.is_high_priority() {
                    text(w, "escalateToHighPriority", &escalation_reason(input))?;
                }
                if !annotations.is_empty() {
                    w.create_element("reportAnnotations").write_inner_content(|w| {
                        for annotation in &annotations {
                            w.create_element(annotation.as_str()).write_empty()?;
                        }
                        Ok(())
                    })?;
                }
                text(w, "incidentDateTime", &report.created_at().to_rfc3339())?;
                text(
                    w,
                    "incidentDateTimeDescription",
                    "When the report was made on the platform; the incident happened at or before this time.",
                )
            })?;
            internet_details(w, report, &input.platform.service)?;
            w.create_element("reporter").write_inner_content(|w| {
                w.create_element("reportingPerson")
                    .write_inner_content(|w| text(w, "email", &input.platform.contact_email))?;
                Ok(())
            })?;
            for subject in report.subjects().iter().filter(|s| s.kind == SubjectKind::User) {
                if subject.id.as_str() == reporter {
                    continue;
                }
                w.create_element("personOrUserReported")
                    .write_inner_content(|w| {
                        text(w, "espIdentifier", subject.id.as_str())?;
                        text(w, "espService", &input.platform.service)
                    })?;
            }
            if report.flags().depicted_minor_is_reporter {
                w.create_element("victim").write_inner_content(|w| {
                    text(w, "espIdentifier", reporter)?;
                    text(w, "espService", &input.platform.service)?;
                    text(
                        w,
                        "additionalInfo",
                        &format!(
                            "The reporting user says they are the minor depicted. Age band given: {}.",
                            report.age_band().code()
                        ),
                    )
                })?;
            }
            Ok(())
        })
        .map_err(write_err)?;
    let report_xml = finish(w)?;
    let mut files = Vec::new();
    let file_annotations = file_annotations(report);
    for (index, evidence) in report.evidence().iter().enumerate() {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .map_err(write_err)?;
        w.create_element("fileDetails")
            .write_inner_content(|w| {
                text(w, "originalFileName", evidence.id.as_str())?;
                let viewed = input.view_log.viewed_evidence.contains(&index);
                text(w, "fileViewedByEsp", if viewed { "true" } else { "false" })?;
                text(w, "fileRelevance", "Reported")?;
                if !file_annotations.is_empty() {
                    w.create_element("fileAnnotations").write_inner_content(|w| {
                        for annotation in &file_annotations {
                            w.create_element(*annotation).write_empty()?;
                        }
                        Ok(())
                    })?;
                }
                if let Some(hash) = &evidence.sha256 {
                    w.create_element("originalFileHash")
                        .with_attribute(("hashType", "SHA256"))
                        .write_text_content(BytesText::new(&hash.to_hex()))?;
                }
                Ok(())
            })
            .map_err(write_err)?;
        files.push(NcmecFile {
            evidence_index: index,
            xml: finish(w)?,
        });
    }
    Ok(NcmecExport { report_xml, files })
}

/// The free-text reason NCMEC reads when escalating (codes and tiers only).
fn escalation_reason(input: &ExportInput<'_>) -> String {
    let report = &input.stored.report;
    let mut reason = format!("SLA tier {}", input.case.sla_tier.code());
    if report.flags().in_danger_now {
        reason.push_str(": the reporter says a child is in danger now");
    } else if annotations(report).iter().any(|a| a == "sextortion") {
        reason.push_str(": sextortion of a minor");
    } else {
        reason.push_str(": child sexual exploitation");
    }
    if input.case.escalated {
        reason.push_str("; escalated by the safety team");
    }
    reason.push('.');
    reason
}

/// One `internetDetails` per non-user subject: messages, conversations and live streams as a
/// chat incident, published content as a web page incident (ids only; the platform adds URLs).
fn internet_details(w: &mut Xml, report: &Report, service: &str) -> XmlResult {
    for subject in report.subjects() {
        let (incident, label) = match subject.kind {
            SubjectKind::User => continue,
            SubjectKind::Message => ("chatImIncident", "message"),
            SubjectKind::Conversation => ("chatImIncident", "conversation"),
            SubjectKind::LiveStream => ("chatImIncident", "live stream"),
            SubjectKind::Content => ("webPageIncident", "content"),
        };
        w.create_element("internetDetails").write_inner_content(|w| {
            w.create_element(incident).write_inner_content(|w| {
                if incident == "chatImIncident" {
                    text(w, "chatClient", service)?;
                }
                text(
                    w,
                    "additionalInfo",
                    &format!("Platform {label} id: {}", subject.id.as_str()),
                )
            })?;
            Ok(())
        })?;
    }
    Ok(())
}
