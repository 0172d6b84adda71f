//! `tellsafe flows check` and `tellsafe locales check`: the load-time checks of flows and copy,
//! runnable in CI and by a platform editing its own flow, with every problem listed at once.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use tellsafe::flow::{
    EMBEDDED_FLOW, EMBEDDED_SCRIPTS, Flow, FlowError, LocaleIds, PackPolicy, SafetyScripts,
    shipped_locale_ids, validate,
};
use tellsafe::i18n::{LocaleCatalog, LocaleCheck, check_locales};

/// Exit code: everything checked is valid.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: at least one problem was found (each is printed).
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: the check could not run (unreadable directory, no flow files, broken catalog).
pub const EXIT_CANNOT_CHECK: u8 = 2;

/// Largest flow or scripts file read from a directory: the shipped flow is about 20 KB; the cap
/// keeps a wrong path (a log, a dump) from being read whole.
const MAX_FLOW_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Name of the scripts file looked for next to flow files; without it, the shipped scripts.
pub const SCRIPTS_FILE: &str = "safety-scripts.json";

/// `tellsafe flows ...`
#[derive(clap::Args, Debug)]
pub struct FlowsArgs {
    #[command(subcommand)]
    command: FlowsCommand,
}

#[derive(Subcommand, Debug)]
enum FlowsCommand {
    /// Validate the shipped flow, or every `*.json` flow in DIR (with DIR/safety-scripts.json
    /// when present), against every shipped locale and the packs' message ids. Exit codes:
    /// 0 valid, 1 problems (each printed with its step and message id), 2 cannot check.
    Check {
        /// A directory of flow files; default: the shipped flow.
        dir: Option<PathBuf>,
    },
}

/// `tellsafe locales ...`
#[derive(clap::Args, Debug)]
pub struct LocalesArgs {
    #[command(subcommand)]
    command: LocalesCommand,
}

#[derive(Subcommand, Debug)]
enum LocalesCommand {
    /// List every shipped locale with its review status, reviewer and direction, and any
    /// missing or extra messages, unexpected variables or parse errors. Drafts are listed, not
    /// errors. Exit codes: 0 complete, 1 problems, 2 cannot check.
    Check,
}

fn out(line: &str) {
    // A closed stdout leaves nothing useful to do; the exit code still tells the result.
    let _ = writeln!(std::io::stdout(), "{line}");
}

fn err(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Runs `tellsafe flows ...` and returns the exit code.
pub fn flows(args: FlowsArgs) -> u8 {
    match args.command {
        FlowsCommand::Check { dir } => match flow_problems(dir.as_deref()) {
            Ok(report) => {
                for line in &report.lines {
                    out(line);
                }
                if report.problems == 0 {
                    EXIT_CLEAN
                } else {
                    err(&format!("{} problem(s)", report.problems));
                    EXIT_PROBLEMS
                }
            }
            Err(message) => {
                err(&format!("error: {message}"));
                EXIT_CANNOT_CHECK
            }
        },
    }
}

/// What `flows check` prints, and how many of the lines are problems.
#[derive(Debug, Default)]
pub struct FlowReport {
    /// Output lines: one per problem, plus one `ok` line per valid file.
    pub lines: Vec<String>,
    /// How many problems.
    pub problems: usize,
}

/// One problem as a line that names the step and, for a missing message, the message id.
fn describe(file: &str, error: &FlowError) -> String {
    match error {
        FlowError::MissingMessage {
            locale,
            step,
            message,
        } => {
            format!("{file}: step `{step}`: message `{message}` missing in locale `{locale}`")
        }
        other => format!("{file}: {other}"),
    }
}

/// Validates the shipped flow, or the flow files in `dir`.
pub fn flow_problems(dir: Option<&Path>) -> Result<FlowReport, String> {
    let locales = shipped_locale_ids();
    // Duty message ids do not depend on the date (only which duty applies does).
    let epoch = tellsafe::Timestamp::from_unix_millis(0).ok_or("timestamp out of range")?;
    let policy = PackPolicy::embedded(epoch);
    let duties = policy.duty_message_ids();
    let extra: Vec<&str> = duties.iter().map(String::as_str).collect();
    let mut report = FlowReport::default();
    let Some(dir) = dir else {
        check_one(
            "core/flows/report.json",
            EMBEDDED_FLOW,
            EMBEDDED_SCRIPTS,
            &locales,
            &extra,
            &mut report,
        );
        return Ok(report);
    };
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read the directory: {}", e.kind()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let scripts_path = dir.join(SCRIPTS_FILE);
    let scripts = if scripts_path.is_file() {
        read_bounded(&scripts_path)?
    } else {
        EMBEDDED_SCRIPTS.to_owned()
    };
    let flows: Vec<&PathBuf> = files.iter().filter(|p| **p != scripts_path).collect();
    if flows.is_empty() {
        return Err("the directory holds no *.json flow files".to_owned());
    }
    for path in flows {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = read_bounded(path)?;
        check_one(&name, &text, &scripts, &locales, &extra, &mut report);
    }
    Ok(report)
}

fn read_bounded(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let name = path.display();
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {name}: {}", e.kind()))?;
    let mut text = String::new();
    file.take(MAX_FLOW_FILE_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read {name}: {}", e.kind()))?;
    Ok(text)
}

fn check_one(
    name: &str,
    flow: &str,
    scripts: &str,
    locales: &[LocaleIds],
    extra: &[&str],
    report: &mut FlowReport,
) {
    let mut problem = |line: String| {
        report.lines.push(line);
        report.problems += 1;
    };
    // Flow files are copy and structure, not report content: parser messages may be shown.
    let flow = match Flow::from_json(flow) {
        Ok(flow) => flow,
        Err(e) => return problem(format!("{name}: does not parse as a flow: {e}")),
    };
    let scripts = match SafetyScripts::from_json(scripts) {
        Ok(scripts) => scripts,
        Err(e) => return problem(format!("{SCRIPTS_FILE}: does not parse: {e}")),
    };
    match validate(&flow, &scripts, locales, extra) {
        Ok(()) => report.lines.push(format!(
            "{name}: ok ({} steps, {} locales)",
            flow.steps.len(),
            locales.len()
        )),
        Err(invalid) => {
            let mut lines: Vec<String> = invalid.0.iter().map(|e| describe(name, e)).collect();
            lines.dedup();
            for line in lines {
                problem(line);
            }
        }
    }
}

/// Runs `tellsafe locales ...` and returns the exit code.
pub fn locales(args: LocalesArgs) -> u8 {
    match args.command {
        LocalesCommand::Check => match locale_lines() {
            Ok((lines, clean)) => {
                for line in &lines {
                    out(line);
                }
                if clean { EXIT_CLEAN } else { EXIT_PROBLEMS }
            }
            Err(message) => {
                err(&format!("error: {message}"));
                EXIT_CANNOT_CHECK
            }
        },
    }
}

fn issues(check: &LocaleCheck) -> Vec<String> {
    let mut lines = Vec::new();
    if check.files_missing {
        lines.push("  error: no .ftl files".to_owned());
    }
    for issue in &check.parse_errors {
        lines.push(format!(
            "  parse error: {} line {}: {}",
            issue.file, issue.line, issue.kind
        ));
    }
    for id in &check.missing_messages {
        lines.push(format!("  missing: {id}"));
    }
    for id in &check.extra_messages {
        lines.push(format!("  extra: {id}"));
    }
    for variable in &check.unexpected_variables {
        lines.push(format!("  unexpected variable: {variable}"));
    }
    lines
}

/// The `locales check` lines and whether every locale is complete.
pub fn locale_lines() -> Result<(Vec<String>, bool), String> {
    let catalog = LocaleCatalog::builtin().map_err(|e| e.to_string())?;
    let report = check_locales().map_err(|e| e.to_string())?;
    let mut lines = vec![format!(
        "{:<6} {:<12} {:<9} {:<20} {:<4} result",
        "locale", "role", "status", "reviewed_by", "dir"
    )];
    for check in &report.locales {
        let meta = catalog.get(&check.tag);
        let reviewed_by = meta.and_then(|m| m.reviewed_by.as_deref()).unwrap_or("-");
        let direction = meta.map_or("?", |m| m.direction.as_str());
        let result = if check.is_complete() { "ok" } else { "PROBLEMS" };
        lines.push(format!(
            "{:<6} {:<12} {:<9} {:<20} {:<4} {result}",
            check.tag,
            json_code(&check.role),
            json_code(&check.status),
            reviewed_by,
            direction,
        ));
        lines.extend(issues(check));
    }
    let drafts = report.drafts();
    lines.push(format!(
        "drafts ({}, usable only with --allow-draft-locales): {}",
        drafts.len(),
        drafts.join(", ")
    ));
    lines.push(format!("reference: {}", report.reference));
    Ok((lines, report.is_clean()))
}

fn json_code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_flow_is_clean() {
        let report = flow_problems(None).unwrap();
        assert_eq!(report.problems, 0, "{:?}", report.lines);
    }

    #[test]
    fn a_missing_message_names_step_and_id() {
        let error = FlowError::MissingMessage {
            locale: "sw".into(),
            step: "teen_who".into(),
            message: "flow-x".into(),
        };
        let line = describe("f.json", &error);
        assert!(line.contains("teen_who") && line.contains("flow-x") && line.contains("sw"));
    }

    #[test]
    fn locales_list_every_locale_and_drafts() {
        let (lines, _) = locale_lines().unwrap();
        let catalog = LocaleCatalog::builtin().unwrap();
        for meta in catalog.locales() {
            assert!(
                lines.iter().any(|l| l.starts_with(&format!("{} ", meta.tag))),
                "{}",
                meta.tag
            );
        }
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("drafts (") && l.contains("sw"))
        );
    }
}
