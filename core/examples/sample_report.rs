//! Builds a realistic (fake) sample report with the builder, validates it by reading it back,
//! and prints its JSON. This is the one place report content is printed, and it is made up.
//!
//! Run with `scripts/demo` or `cargo run -q -p tellsafe --example sample_report`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use tellsafe::report::{DesiredOutcome, Flags, Platform, Report, ReportBuilder, ReportId, SubjectKind};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A fixed time and fixed "random" bytes keep the sample reproducible; an app passes the
    // clock and its platform CSPRNG here.
    let created_ms: u64 = 1_795_000_000_123;
    let created_at = Timestamp::from_unix_millis(i64::try_from(created_ms)?).ok_or("time out of range")?;
    let id = ReportId::new(
        created_ms,
        &[0x5a, 0x13, 0x9c, 0x02, 0x7e, 0x41, 0xd8, 0x66, 0x0b, 0xf1],
    );

    let report = ReportBuilder::new(id, created_at)
        .locale("en-GB")
        .country("GB")
        .age(AgeBand::Age13To15, AgeSignalSource::Declared)
        .role(ReporterRole::Myself)
        .category(Category::ThreatToSharePictures)
        .subject(SubjectKind::User, "user:88412093")
        .subject(SubjectKind::Conversation, "dm:88412093:10577321")
        .subject(SubjectKind::Message, "msg:7710144")
        .answer("who_is_it", ["met_online"])
        .answer("what_did_they_ask", ["money", "more_pictures"])
        .answer("did_you_pay", ["no"])
        // The bidi override and zero-width space below are removed when the report is built.
        .free_text("He says he will send my photo to everyone in my class\u{202E} if I don't pay him.\u{200B}\nI blocked him.")
        .evidence("msg:7710144", Some("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
        .evidence("msg:7710151", None)
        .flags(Flags { coerced: true, blocked_already: true, ..Flags::default() })
        .desired_outcome(DesiredOutcome::StopContact)
        .client(Platform::Android, "5.12.1 (34021)")
        .build()?;

    let json = report.to_json()?;
    // Read it back as a backend would: the same validation, the same report.
    let reread = Report::from_json(&json)?;
    if reread != report {
        return Err("the report did not survive a round trip".into());
    }
    // The same fields in the same order as `to_json`, indented for reading.
    let pretty = serde_json::to_string_pretty(&report)?;
    println!("{pretty}");
    eprintln!(
        "valid: {} bytes of compact JSON; Debug shows only {report:?}",
        json.len()
    );
    Ok(())
}
