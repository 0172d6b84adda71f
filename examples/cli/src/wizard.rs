//! `tellsafe wizard`: the report wizard in a terminal, interactive or scripted from a file.
//!
//! The terminal is a thin renderer over [`tellsafe::flow::Session`]: every word shown comes from
//! the session's [`StepView`] (localized, Fluent isolation marks stripped). The screens go to
//! stderr so stdout carries only the finished outcome (report, notify preference, intents) as
//! JSON, ready to pipe into `tellsafe sign`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::ValueEnum;
use tellsafe::flow::{
    Answer, EMBEDDED_FLOW, EMBEDDED_SCRIPTS, EmbeddedLocales, LoadError, PackPolicy, Session, SessionError,
    StartContext, StepKind, StepView, Subject, SubmitError, SubmitInputs, Wizard, WizardOutcome,
};
use tellsafe::i18n::{Args, LocaleCatalog, Localizer, strip_isolation};
use tellsafe::report::{CountryCode, Platform, ReportId, SubjectKind};
use tellsafe::{AgeBand, AgeSignalSource, Category, ReporterRole, Timestamp};

/// Exit code: the wizard finished and the outcome is on stdout.
pub const EXIT_OK: u8 = 0;
/// Exit code: something outside the reporter's control failed (clock, randomness, output).
pub const EXIT_INTERNAL: u8 = 1;
/// Exit code: a command-line argument is invalid (the same code clap uses).
pub const EXIT_USAGE: u8 = 2;
/// Exit code: the answers file cannot be read or is not a JSON list of answers.
pub const EXIT_ANSWERS_FILE: u8 = 3;
/// Exit code: the scripted answers do not fit the flow (wrong kind, unknown option, too few,
/// too many).
pub const EXIT_ANSWERS_DONT_FIT: u8 = 4;
/// Exit code: the reporter pressed quick exit; the draft was dropped and nothing was printed.
/// Distinct so a wrapper can close its window at once instead of showing an error.
pub const EXIT_QUICK_EXIT: u8 = 5;
/// Exit code: stdin closed before the wizard finished; the draft was dropped.
pub const EXIT_INPUT_CLOSED: u8 = 6;

/// Largest answers file read: the longest path has about twenty answers of at most
/// `MAX_SHORT_TEXT_CHARS` each, far below this; the cap only stops a runaway file.
const MAX_ANSWERS_FILE_BYTES: u64 = 1024 * 1024;

/// Longest interactive input line read, in bytes: above the wizard's own text limit
/// (2,000 characters of up to 4 bytes), so the session, not the terminal, refuses long text.
const MAX_LINE_BYTES: u64 = 16 * 1024;

/// The exit codes, shown under `tellsafe wizard --help`.
const EXIT_CODES_HELP: &str = "Exit codes:
  0  finished; the outcome JSON is on stdout
  1  internal failure (clock, randomness, output)
  2  invalid argument
  3  answers file unreadable or not a JSON list of answers
  4  answers do not fit the flow
  5  quick exit: the draft was dropped, nothing printed
  6  input closed before the end: the draft was dropped

Interactive keys: a number picks an option (several, space-separated, on choose-many steps),
Enter keeps the preselected option or continues, h shows the get-help action, b goes back,
q quick-exits.";

/// Who is reporting, as on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Role {
    /// The person it happened to.
    #[value(name = "self")]
    Myself,
    /// A parent or carer.
    Caregiver,
    /// Someone who saw it.
    Bystander,
    /// A helpline worker or trusted flagger.
    Professional,
}

impl From<Role> for ReporterRole {
    fn from(role: Role) -> ReporterRole {
        match role {
            Role::Myself => ReporterRole::Myself,
            Role::Caregiver => ReporterRole::Caregiver,
            Role::Bystander => ReporterRole::Bystander,
            Role::Professional => ReporterRole::Professional,
        }
    }
}

/// `tellsafe wizard` arguments.
#[derive(clap::Args, Debug)]
#[command(after_help = EXIT_CODES_HELP)]
pub struct WizardArgs {
    /// The app's age band: 6-9, 10-12, 13-15, 16-17, adult, or unknown (the flow asks).
    #[arg(long)]
    age: String,
    /// Locale to speak (BCP 47), negotiated against the shipped locales.
    #[arg(long, default_value = "en")]
    locale: String,
    /// ISO 3166-1 alpha-2 country of the reporter, in capitals (drives help and duties).
    #[arg(long)]
    country: String,
    /// Who is reporting.
    #[arg(long, value_enum, default_value_t = Role::Myself)]
    role: Role,
    /// A category the app already knows (an entry point such as "report sextortion").
    #[arg(long)]
    category: Option<String>,
    /// Let negotiation pick draft (unreviewed) translations.
    #[arg(long)]
    allow_draft_locales: bool,
    /// The app's display name, used in the copy.
    #[arg(long, default_value = "Chatter")]
    app: String,
    /// What is reported, as KIND:ID (kinds: user, content, message, conversation, live_stream).
    /// Repeatable.
    #[arg(long = "subject", value_name = "KIND:ID")]
    subjects: Vec<String>,
    /// Run scripted: a JSON list of answers (see examples/cli/answers/README.md).
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// Scripted runs: list each step shown (id, title, help, options) on stderr.
    #[arg(long)]
    transcript: bool,
}

/// Why the wizard stopped without an outcome. Messages name fields and steps, never values:
/// the arguments and answers are report content.
#[derive(Debug, thiserror::Error)]
pub enum WizardError {
    /// An argument does not parse.
    #[error("argument `--{field}` is invalid: {expected}")]
    Usage {
        /// The argument.
        field: &'static str,
        /// What it must look like.
        expected: &'static str,
    },
    /// The answers file cannot be read.
    #[error("cannot read the answers file: {0}")]
    AnswersRead(std::io::ErrorKind),
    /// The answers file is not a JSON list of answers.
    #[error("the answers file is not a JSON list of answers ({kind} at line {line}, column {column})")]
    AnswersParse {
        /// What kind of problem (syntax, data, eof).
        kind: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A scripted answer was refused by the session.
    #[error("answer #{index} was refused: {source}")]
    AnswerRefused {
        /// 1-based position in the file.
        index: usize,
        /// The session's reason (names the step).
        source: SessionError,
    },
    /// The answers ran out before the done step.
    #[error("the answers end at step `{step}` before the wizard is done")]
    AnswersEndEarly {
        /// The step waiting for an answer.
        step: String,
    },
    /// More answers than steps.
    #[error("{extra} answer(s) left over after the wizard finished")]
    AnswersLeftOver {
        /// How many.
        extra: usize,
    },
    /// The embedded flow does not load (a build defect).
    #[error("the embedded flow does not load: {0}")]
    Load(#[from] LoadError),
    /// The locale catalog does not load (a build defect).
    #[error("the locale catalog does not load: {0}")]
    Catalog(#[from] tellsafe::i18n::I18nError),
    /// The session could not start or move.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The report could not be built.
    #[error("the report could not be built: {0}")]
    Submit(#[from] SubmitError),
    /// The system clock is before 1970 or out of range.
    #[error("the system clock is out of range")]
    Clock,
    /// The OS random source failed.
    #[error("no randomness for the report id")]
    Random,
    /// Reading the terminal or writing output failed.
    #[error("terminal or output failed: {0}")]
    Io(std::io::ErrorKind),
    /// Serializing the outcome failed.
    #[error("the outcome could not be serialized")]
    Serialize,
    /// Stdin closed before the wizard finished.
    #[error("input closed before the wizard finished; the draft was dropped")]
    InputClosed,
}

impl WizardError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            WizardError::Usage { .. } => EXIT_USAGE,
            WizardError::AnswersRead(_) | WizardError::AnswersParse { .. } => EXIT_ANSWERS_FILE,
            WizardError::AnswerRefused { .. }
            | WizardError::AnswersEndEarly { .. }
            | WizardError::AnswersLeftOver { .. } => EXIT_ANSWERS_DONT_FIT,
            WizardError::InputClosed => EXIT_INPUT_CLOSED,
            WizardError::Load(_)
            | WizardError::Catalog(_)
            | WizardError::Session(_)
            | WizardError::Submit(_)
            | WizardError::Clock
            | WizardError::Random
            | WizardError::Io(_)
            | WizardError::Serialize => EXIT_INTERNAL,
        }
    }
}

impl From<std::io::Error> for WizardError {
    fn from(e: std::io::Error) -> WizardError {
        WizardError::Io(e.kind())
    }
}

/// How a run ended without error.
#[derive(Debug)]
pub enum Finish {
    /// The done step was reached and the report built.
    Outcome(Box<WizardOutcome>),
    /// The reporter quick-exited; everything was dropped.
    QuickExit,
}

/// Runs `tellsafe wizard` and returns the exit code. Errors go to stderr without report content.
pub fn run(args: WizardArgs) -> u8 {
    match run_inner(args) {
        Ok(Finish::Outcome(_)) => EXIT_OK,
        Ok(Finish::QuickExit) => EXIT_QUICK_EXIT,
        Err(error) => {
            eprintln(&format!("error: {error}"));
            error.exit_code()
        }
    }
}

fn eprintln(line: &str) {
    // Nothing sensible is left to do when stderr itself fails.
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn run_inner(args: WizardArgs) -> Result<Finish, WizardError> {
    let context = start_context(&args)?;
    // Read the answers before anything is shown, so a bad file fails fast.
    let answers = args.answers.as_deref().map(read_answers).transpose()?;
    let catalog = LocaleCatalog::builtin()?;
    let chosen = catalog.negotiate(&[args.locale.as_str()], args.allow_draft_locales);
    let with_drafts = catalog.negotiate(&[args.locale.as_str()], true);
    if chosen.tag() != with_drafts.tag() {
        eprintln(&format!(
            "note: locale `{}` is a draft translation; using `{}` (pass --allow-draft-locales to use it)",
            with_drafts.tag(),
            chosen.tag()
        ));
    }
    let now = now()?;
    let wizard = Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(now)),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: args.allow_draft_locales,
        }),
    )?;
    let mut session = wizard.start(context)?;
    let stderr = std::io::stderr();
    let finish = match answers {
        Some(answers) => {
            let mut err = stderr.lock();
            let transcript: Option<&mut dyn Write> = if args.transcript { Some(&mut err) } else { None };
            scripted(&mut session, answers, transcript)?
        }
        None => {
            let mut err = stderr.lock();
            if chosen.is_draft() {
                let localizer = Localizer::for_negotiated(&chosen)?;
                let notice =
                    localizer.format("wizard-draft-translation", &Args::new().band(args_band(&args)));
                if let Ok(notice) = notice {
                    writeln!(err, "{}\n", strip_isolation(&notice))?;
                }
            }
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            interactive(&mut session, &mut input, &mut err)?
        }
    };
    if let Finish::Outcome(outcome) = &finish {
        let json = serde_json::to_string_pretty(outcome.as_ref()).map_err(|_| WizardError::Serialize)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        writeln!(out, "{json}")?;
        out.flush()?;
    }
    Ok(finish)
}

fn args_band(args: &WizardArgs) -> AgeBand {
    AgeBand::from_code(&args.age).unwrap_or(AgeBand::Unknown)
}

/// The start context from the arguments, checked without echoing any value.
fn start_context(args: &WizardArgs) -> Result<StartContext, WizardError> {
    let age_band = AgeBand::from_code(&args.age).ok_or(WizardError::Usage {
        field: "age",
        expected: "one of 6-9, 10-12, 13-15, 16-17, adult, unknown",
    })?;
    CountryCode::parse(&args.country).map_err(|_| WizardError::Usage {
        field: "country",
        expected: "an ISO 3166-1 alpha-2 code in capitals, such as KE",
    })?;
    let category = args
        .category
        .as_deref()
        .map(|code| {
            Category::from_code(code).ok_or(WizardError::Usage {
                field: "category",
                expected: "a taxonomy code, such as threat_to_share_pictures",
            })
        })
        .transpose()?;
    let subjects = args
        .subjects
        .iter()
        .map(|s| parse_subject(s))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(StartContext {
        age_band,
        age_source: (age_band != AgeBand::Unknown).then_some(AgeSignalSource::Declared),
        role: args.role.into(),
        locale: args.locale.clone(),
        country: args.country.clone(),
        app_name: args.app.clone(),
        category,
        subjects,
    })
}

fn parse_subject(text: &str) -> Result<Subject, WizardError> {
    let bad = WizardError::Usage {
        field: "subject",
        expected: "KIND:ID with KIND one of user, content, message, conversation, live_stream",
    };
    let (kind, id) = text.split_once(':').ok_or(bad)?;
    let kind: SubjectKind =
        serde_json::from_value(serde_json::Value::String(kind.to_owned())).map_err(|_| {
            WizardError::Usage {
                field: "subject",
                expected: "KIND:ID with KIND one of user, content, message, conversation, live_stream",
            }
        })?;
    // The id itself is checked by the report builder, whose error names the field only.
    Ok(Subject {
        kind,
        id: id.to_owned(),
    })
}

/// Reads a JSON list of [`Answer`]s. Parse errors give position and class only: the serde
/// message can quote a value from the file.
pub fn read_answers(path: &std::path::Path) -> Result<Vec<Answer>, WizardError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| WizardError::AnswersRead(e.kind()))?;
    let mut text = String::new();
    file.take(MAX_ANSWERS_FILE_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| WizardError::AnswersRead(e.kind()))?;
    parse_answers(&text)
}

/// Parses a JSON list of [`Answer`]s (see [`read_answers`]).
pub fn parse_answers(text: &str) -> Result<Vec<Answer>, WizardError> {
    serde_json::from_str(text).map_err(|e| WizardError::AnswersParse {
        kind: match e.classify() {
            serde_json::error::Category::Io => "io error",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "not an answer",
            serde_json::error::Category::Eof => "unexpected end",
        },
        line: e.line(),
        column: e.column(),
    })
}

fn now() -> Result<Timestamp, WizardError> {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| WizardError::Clock)?
        .as_millis();
    i64::try_from(millis)
        .ok()
        .and_then(Timestamp::from_unix_millis)
        .ok_or(WizardError::Clock)
}

/// What only the app knows at submit: a fresh UUIDv7, the time, the platform.
fn submit_inputs() -> Result<SubmitInputs, WizardError> {
    use ring::rand::SecureRandom;
    let now = now()?;
    let mut random = [0u8; 10];
    ring::rand::SystemRandom::new()
        .fill(&mut random)
        .map_err(|_| WizardError::Random)?;
    let millis = u64::try_from(now.unix_millis()).map_err(|_| WizardError::Clock)?;
    Ok(SubmitInputs {
        id: ReportId::new(millis, &random),
        created_at: now,
        platform: Platform::Other,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        evidence: Vec::new(),
    })
}

fn finish(session: &Session) -> Result<Finish, WizardError> {
    Ok(Finish::Outcome(Box::new(session.to_report(submit_inputs()?)?)))
}

/// Walks the session with `answers` in order. With a transcript, lists every step shown.
pub fn scripted(
    session: &mut Session,
    answers: Vec<Answer>,
    mut transcript: Option<&mut dyn Write>,
) -> Result<Finish, WizardError> {
    let total = answers.len();
    let mut answers = answers.into_iter().enumerate();
    loop {
        let view = session.current()?;
        if let Some(out) = transcript.as_deref_mut() {
            write_transcript(&view, out)?;
        }
        if view.kind == StepKind::Done {
            let used = total - answers.len();
            if used < total {
                return Err(WizardError::AnswersLeftOver { extra: total - used });
            }
            return finish(session);
        }
        let Some((index, answer)) = answers.next() else {
            return Err(WizardError::AnswersEndEarly { step: view.step_id });
        };
        session
            .answer(answer)
            .map_err(|source| WizardError::AnswerRefused {
                index: index + 1,
                source,
            })?;
    }
}

fn clean(text: &str) -> String {
    strip_isolation(text)
}

fn kind_name(kind: StepKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// One line per thing shown: `step`, `help`, `script`, `handoff`, `told`, `option`. Copy only:
/// the review summary (the reporter's own answers) is left out.
pub fn write_transcript(view: &StepView, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "step {} {}: {}",
        view.step_id,
        kind_name(view.kind),
        clean(&view.title)
    )?;
    if view.help_first {
        write_help_lines(view, out, "help")?;
    }
    if let Some(script) = &view.script {
        for line in &script.lines {
            writeln!(out, "  script: {}", clean(line))?;
        }
        for handoff in &script.handoffs {
            writeln!(
                out,
                "  handoff {}: {} {}",
                handoff.id,
                clean(&handoff.label),
                handoff.url
            )?;
        }
    }
    for line in &view.told {
        writeln!(out, "  told: {}", clean(line))?;
    }
    for option in &view.options {
        writeln!(out, "  option {}: {}", option.id, clean(&option.label))?;
    }
    Ok(())
}

fn write_help_lines(view: &StepView, out: &mut dyn Write, tag: &str) -> std::io::Result<()> {
    let help = &view.get_help;
    writeln!(out, "  {tag}: {}", clean(&help.label))?;
    if let Some(emergency) = &help.emergency_text {
        writeln!(out, "  {tag}: {}", clean(emergency))?;
    }
    writeln!(out, "  {tag}: {}", clean(&help.text))?;
    Ok(())
}

/// Renders one step for a person at a terminal.
fn render(view: &StepView, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "── {}/{} ──", view.progress.step, view.progress.of)?;
    if view.help_first {
        write_help_block(view, out)?;
        writeln!(out)?;
    }
    writeln!(out, "{}", clean(&view.title))?;
    if let Some(body) = &view.body {
        writeln!(out, "{}", clean(body))?;
    }
    if let Some(script) = &view.script {
        for line in &script.lines {
            writeln!(out, "  • {}", clean(line))?;
        }
        for handoff in &script.handoffs {
            writeln!(out, "  → {}: {}", clean(&handoff.label), handoff.url)?;
        }
    }
    for line in &view.told {
        writeln!(out, "  • {}", clean(line))?;
    }
    for item in &view.summary {
        writeln!(
            out,
            "  {}: {}",
            clean(&item.question),
            clean(&item.answer.join(", "))
        )?;
    }
    for (i, option) in view.options.iter().enumerate() {
        let mark = if option.preselected { " *" } else { "" };
        writeln!(out, "  {}) {}{mark}", i + 1, clean(&option.label))?;
    }
    let chrome = &view.chrome;
    let mut keys = vec![format!("h = {}", clean(&view.get_help.label))];
    if view.can_go_back {
        keys.push(format!("b = {}", clean(&chrome.back)));
    }
    keys.push(format!("q = {}", clean(&chrome.quick_exit)));
    match view.kind {
        StepKind::Done => {}
        StepKind::ShortText => {
            if let Some(skip) = &chrome.skip {
                keys.push(format!("↵ = {}", clean(skip)));
            }
        }
        // Enter answers a choice only when an option is preselected.
        StepKind::ChooseOne | StepKind::YesNo if view.options.iter().any(|o| o.preselected) => {
            keys.push(format!("↵ = {}", clean(&chrome.next)));
        }
        StepKind::ChooseOne | StepKind::YesNo | StepKind::ChooseMany => {}
        StepKind::Info | StepKind::WhoWillBeTold | StepKind::Review => {
            keys.push(format!("↵ = {}", clean(&chrome.next)));
        }
    }
    writeln!(out, "[{}]", keys.join("  "))?;
    Ok(())
}

fn write_help_block(view: &StepView, out: &mut dyn Write) -> std::io::Result<()> {
    let help = &view.get_help;
    writeln!(out, "!! {}", clean(&help.label))?;
    if let Some(emergency) = &help.emergency_text {
        writeln!(out, "   {}", clean(emergency))?;
    }
    writeln!(out, "   {}", clean(&help.text))?;
    Ok(())
}

/// What a line typed at a step means.
enum Input {
    Help,
    Back,
    QuickExit,
    Answer(Answer),
    /// Not understood; show the prompt again.
    Again,
}

fn interpret(view: &StepView, line: &str) -> Input {
    let trimmed = line.trim();
    // Commands are single letters; on a text step they are commands only when alone on the line.
    match trimmed {
        "h" | "H" => return Input::Help,
        "b" | "B" => return Input::Back,
        "q" | "Q" => return Input::QuickExit,
        _ => {}
    }
    let pick = |token: &str| -> Option<String> {
        let n: usize = token.parse().ok()?;
        view.options.get(n.checked_sub(1)?).map(|o| o.id.clone())
    };
    match view.kind {
        StepKind::ChooseOne | StepKind::YesNo => {
            if trimmed.is_empty() {
                return view
                    .options
                    .iter()
                    .find(|o| o.preselected)
                    .map_or(Input::Again, |o| Input::Answer(Answer::Choose(o.id.clone())));
            }
            pick(trimmed).map_or(Input::Again, |id| Input::Answer(Answer::Choose(id)))
        }
        StepKind::ChooseMany => {
            let picked: Option<Vec<String>> = trimmed
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|t| !t.is_empty())
                .map(pick)
                .collect();
            match picked {
                Some(ids) if !ids.is_empty() => Input::Answer(Answer::ChooseMany(ids)),
                _ => Input::Again,
            }
        }
        StepKind::ShortText if trimmed.is_empty() && view.optional => Input::Answer(Answer::Skip),
        StepKind::ShortText if trimmed.is_empty() => Input::Again,
        StepKind::ShortText => Input::Answer(Answer::Text(trimmed.to_owned())),
        StepKind::Info | StepKind::WhoWillBeTold | StepKind::Review | StepKind::Done => {
            if trimmed.is_empty() {
                Input::Answer(Answer::Continue)
            } else {
                Input::Again
            }
        }
    }
}

/// Reads one line (bounded). `None` at end of input.
fn read_line(input: &mut dyn BufRead) -> Result<Option<String>, WizardError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let read = input.take(MAX_LINE_BYTES).read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Walks the session with a person at a terminal: screens to `out`, lines from `input`.
pub fn interactive(
    session: &mut Session,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<Finish, WizardError> {
    let mut show = true;
    loop {
        let view = session.current()?;
        if show {
            render(&view, out)?;
        }
        if view.kind == StepKind::Done {
            return finish(session);
        }
        write!(out, "> ")?;
        out.flush()?;
        let Some(line) = read_line(input)? else {
            session.quick_exit();
            return Err(WizardError::InputClosed);
        };
        show = true;
        match interpret(&view, &line) {
            Input::QuickExit => {
                session.quick_exit();
                return Ok(Finish::QuickExit);
            }
            Input::Help => {
                writeln!(out)?;
                write_help_block(&view, out)?;
                show = false;
            }
            Input::Back => {
                if session.back().is_err() {
                    show = false;
                    writeln!(out, "?")?;
                }
            }
            Input::Again => {
                show = false;
                writeln!(out, "?")?;
            }
            Input::Answer(answer) => {
                if session.answer(answer).is_err() {
                    // The session names why, but the reason is in English and the reporter
                    // reads the flow's language: ask again instead.
                    show = false;
                    writeln!(out, "?")?;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(band: AgeBand, country: &str) -> Session {
        let today = Timestamp::from_unix_millis(1_780_000_000_000).unwrap();
        let wizard = Wizard::from_json(
            EMBEDDED_FLOW,
            EMBEDDED_SCRIPTS,
            Arc::new(PackPolicy::embedded(today)),
            Arc::new(EmbeddedLocales {
                allow_draft_locales: true,
            }),
        )
        .unwrap();
        wizard
            .start(StartContext {
                age_band: band,
                age_source: Some(AgeSignalSource::Declared),
                role: ReporterRole::Myself,
                locale: "en".into(),
                country: country.into(),
                app_name: "Chatter".into(),
                category: None,
                subjects: Vec::new(),
            })
            .unwrap()
    }

    fn drive(session: &mut Session, keys: &str) -> (Result<Finish, WizardError>, String) {
        let mut input = std::io::Cursor::new(keys.as_bytes().to_vec());
        let mut out = Vec::new();
        let result = interactive(session, &mut input, &mut out);
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn quick_exit_drops_everything() {
        let mut s = session(AgeBand::Age13To15, "KE");
        let (result, _) = drive(&mut s, "10\nq\n");
        assert!(matches!(result, Ok(Finish::QuickExit)));
        assert!(s.is_exited());
        assert!(s.state().answered.is_empty());
    }

    #[test]
    fn closed_input_drops_the_draft() {
        let mut s = session(AgeBand::Age13To15, "KE");
        let (result, _) = drive(&mut s, "10\n");
        assert!(matches!(result, Err(WizardError::InputClosed)));
        assert!(s.is_exited());
    }

    #[test]
    fn help_back_and_nonsense_keep_the_step_and_back_undoes() {
        let mut s = session(AgeBand::Age13To15, "KE");
        let first = s.current().unwrap();
        let (_, screen) = drive(&mut s, "h\n99\nx\n1\nb\n");
        // The help block names the get-help action; bad input asked again; back returned.
        assert!(screen.contains(&clean(&first.get_help.text)));
        assert_eq!(screen.matches("?\n").count(), 2);
        // Shown at the start and again after back (help and nonsense do not redraw).
        assert_eq!(screen.matches(&format!("{}\n", clean(&first.title))).count(), 2);
        assert!(!screen.contains('\u{2068}'), "isolation marks stripped");
    }

    #[test]
    fn enter_everywhere_but_free_choices_reaches_a_report() {
        let mut s = session(AgeBand::Age13To15, "KE");
        // Category bullying (position 10), then: who (1), outcome (1), intents (1), skip text,
        // notify (preselected), review (continue).
        let (result, _) = drive(&mut s, "10\n1\n1\n1\n\n\n\n");
        let Ok(Finish::Outcome(outcome)) = result else {
            panic!("no outcome");
        };
        assert_eq!(outcome.report.category(), Category::Bullying);
    }

    #[test]
    fn answer_file_errors_never_quote_values() {
        let secret = "my-secret-words";
        for text in [
            format!(r#"[{{"choose": 5, "x": "{secret}"}}]"#),
            format!(r#"[{{"{secret}": 1}}]"#),
            format!(r#"["{secret}"]"#),
            format!(r#"[{{"text": "{secret}"#),
        ] {
            let error = parse_answers(&text).unwrap_err();
            assert!(!error.to_string().contains(secret), "{error}");
            assert_eq!(error.exit_code(), EXIT_ANSWERS_FILE);
        }
    }

    #[test]
    fn scripted_refusals_name_the_step_not_the_answer() {
        let mut s = session(AgeBand::Age13To15, "KE");
        let error = scripted(&mut s, vec![Answer::Choose("no-such-secret".into())], None).unwrap_err();
        assert_eq!(error.exit_code(), EXIT_ANSWERS_DONT_FIT);
        assert!(error.to_string().contains("teen_what"));
        assert!(!error.to_string().contains("no-such-secret"));
        let mut s = session(AgeBand::Age13To15, "KE");
        let error = scripted(&mut s, vec![Answer::Choose("bullying".into())], None).unwrap_err();
        assert!(matches!(error, WizardError::AnswersEndEarly { .. }));
    }
}
