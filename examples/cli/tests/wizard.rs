//! Runs the built `tellsafe` binary: scripted wizard runs over the example answer files,
//! interactive quick exit, and the flow and locale checks.
#![allow(clippy::unwrap_used, reason = "an integration test: a panic is a failed test")]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BANDS: [&str; 5] = ["6-9", "10-12", "13-15", "16-17", "adult"];

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tellsafe"))
}

fn answers(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("answers")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn wizard(band: &str, locale: &str, country: &str, file: &str, extra: &[&str]) -> Output {
    let file = answers(file);
    let mut args = vec![
        "wizard",
        "--age",
        band,
        "--locale",
        locale,
        "--country",
        country,
        "--allow-draft-locales",
        "--transcript",
        "--answers",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The outcome JSON of a successful run.
fn outcome(output: &Output) -> Value {
    assert!(output.status.success(), "{:?}: {}", output.status, stderr(output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// `(step id, title)` of every step in a transcript.
fn steps(output: &Output) -> Vec<(String, String)> {
    stderr(output)
        .lines()
        .filter_map(|l| l.strip_prefix("step "))
        .map(|l| {
            let (head, title) = l.split_once(": ").unwrap();
            let id = head.split(' ').next().unwrap();
            (id.to_owned(), title.to_owned())
        })
        .collect()
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../../../core/schema/report-v1.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_schema_valid(validator: &jsonschema::Validator, report: &Value, what: &str) {
    let errors: Vec<String> = validator.iter_errors(report).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{what}: {errors:?}");
}

#[test]
fn every_band_in_en_sw_and_ar_reports_schema_valid_in_its_own_words() {
    let validator = validator();
    for band in BANDS {
        let mut titles = Vec::new();
        for locale in ["en", "sw", "ar"] {
            let output = wizard(band, locale, "KE", &format!("band-{band}.json"), &[]);
            let outcome = outcome(&output);
            let report = &outcome["report"];
            assert_schema_valid(&validator, report, &format!("{band} {locale}"));
            assert_eq!(report["locale"], locale);
            assert_eq!(report["age_band"], band);
            assert!(outcome["notify"].is_string() && outcome["intents"].is_array());
            let shown = steps(&output);
            assert_eq!(shown.last().map(|(id, _)| id.as_str()), Some("done"));
            for (_, title) in &shown {
                assert!(!title.starts_with("flow-"), "no raw message id: {title}");
                assert!(
                    !title.contains(['\u{2068}', '\u{2069}']),
                    "isolation marks stripped"
                );
            }
            titles.push(shown);
        }
        // Same path, other words.
        let ids = |i: usize| titles[i].iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(0), ids(1));
        assert_eq!(ids(0), ids(2));
        let text = |i: usize| titles[i].iter().map(|(_, t)| t.clone()).collect::<Vec<_>>();
        assert_ne!(text(0), text(1), "sw reads differently from en for {band}");
        assert_ne!(text(0), text(2), "ar reads differently from en for {band}");
    }
}

#[test]
fn chat_message_report_in_en_sw_and_ar() {
    let validator = validator();
    for locale in ["en", "sw", "ar"] {
        let output = wizard(
            "10-12",
            locale,
            "KE",
            "chat-message-10-12.json",
            &["--subject", "message:msg-1001", "--subject", "user:user-42"],
        );
        let report = outcome(&output)["report"].clone();
        assert_schema_valid(&validator, &report, locale);
        assert_eq!(report["subjects"][0]["kind"], "message");
        assert_eq!(report["subjects"].as_array().unwrap().len(), 2);
        assert_eq!(report["client"]["platform"], "other");
    }
}

#[test]
fn unknown_age_is_asked_and_leaves_only_the_band() {
    let mut list: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(answers("band-13-15.json")).unwrap()).unwrap();
    list.insert(0, serde_json::json!({"choose": "13-15"}));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("unknown.json");
    std::fs::write(&file, serde_json::to_string(&list).unwrap()).unwrap();
    let output = run(&[
        "wizard",
        "--age",
        "unknown",
        "--country",
        "KE",
        "--transcript",
        "--answers",
        file.to_str().unwrap(),
    ]);
    let report = outcome(&output)["report"].clone();
    assert_eq!(steps(&output)[0].0, "age");
    assert_eq!(report["age_band"], "13-15");
    assert_eq!(report["age_signal_source"], "asked_in_flow");
    assert!(report["answers"].get("age").is_none());
}

/// Lines of the transcript from the first step that follows the category choice.
fn after_category(output: &Output) -> Vec<String> {
    let text = stderr(output);
    let lines: Vec<&str> = text.lines().collect();
    let second_step = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("step "))
        .nth(1)
        .map(|(i, _)| i)
        .unwrap();
    lines[second_step..].iter().map(|l| l.to_string()).collect()
}

fn first_index(lines: &[String], prefix: &str) -> Option<usize> {
    lines.iter().position(|l| l.trim_start().starts_with(prefix))
}

#[test]
fn sextortion_shows_help_and_the_script_before_any_further_question() {
    for locale in ["en", "sw", "ar"] {
        let output = wizard("13-15", locale, "KE", "sextortion.json", &[]);
        let outcome = outcome(&output);
        let lines = after_category(&output);
        let help = first_index(&lines, "help:").expect("help shown");
        let script = first_index(&lines, "script:").expect("script shown");
        let option = first_index(&lines, "option ").expect("later questions");
        assert!(help < option && script < option, "{locale}: {lines:?}");
        assert!(lines.iter().any(|l| l.contains("116")), "Kenya's helpline");
        assert_eq!(outcome["report"]["flags"]["coerced"], true);
        assert_eq!(outcome["notify"], "dont_notify");
        // Block waits for the receipt (it can delete the evidence).
        let block = outcome["intents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["intent"] == "block")
            .unwrap();
        assert_eq!(block["deferred"], true);
    }
    // From a "report sextortion" entry point, help is the very first thing shown.
    let output = wizard(
        "13-15",
        "en",
        "KE",
        "sextortion-entry-point.json",
        &["--category", "threat_to_share_pictures"],
    );
    outcome(&output);
    let text = stderr(&output);
    let lines: Vec<String> = text.lines().map(str::to_owned).collect();
    assert!(lines[0].starts_with("step safety info"), "{lines:?}");
    assert!(first_index(&lines, "help:").unwrap() < first_index(&lines, "option ").unwrap());
}

#[test]
fn csam_in_the_us_tells_who_will_be_told_and_never_offers_dont_tell_anyone() {
    let output = wizard("13-15", "en", "US", "csam-us.json", &[]);
    let outcome = outcome(&output);
    let text = stderr(&output);
    assert!(text.contains(" who_will_be_told: "), "{text}");
    assert!(text.lines().any(|l| l.starts_with("  told: ")));
    assert!(!text.contains("option keep_private"));
    assert_eq!(outcome["report"]["category"], "sexual_images_of_child");
    assert_schema_valid(&validator(), &outcome["report"], "csam");
    // Keep-private is offered where no duty applies: in Kenya the same path has no
    // who-will-be-told step (so the run then stops on a leftover answer, exit 4).
    let kenya = wizard("13-15", "en", "KE", "csam-us.json", &[]);
    assert_eq!(kenya.status.code(), Some(4));
    let kenya_text = stderr(&kenya);
    assert!(kenya_text.contains("option keep_private"), "{kenya_text}");
    assert!(!kenya_text.contains(" who_will_be_told: "));
}

#[test]
fn draft_locale_without_the_flag_falls_back_and_says_so() {
    let file = answers("band-10-12.json");
    let output = run(&[
        "wizard",
        "--age",
        "10-12",
        "--locale",
        "sw",
        "--country",
        "KE",
        "--answers",
        file.to_str().unwrap(),
    ]);
    let outcome = outcome(&output);
    assert_eq!(outcome["report"]["locale"], "en");
    let text = stderr(&output);
    assert!(
        text.contains("`sw` is a draft") && text.contains("--allow-draft-locales"),
        "{text}"
    );
}

#[test]
fn quick_exit_drops_the_draft_with_its_own_exit_code() {
    let mut child = bin()
        .args(["wizard", "--age", "13-15", "--country", "KE"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Pick bullying, ask for help, then quick exit.
    child.stdin.take().unwrap().write_all(b"10\nh\nq\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(5));
    assert!(output.stdout.is_empty(), "nothing printed on quick exit");
    // `h` showed the get-help action in the reporter's words.
    assert!(stderr(&output).contains("Talk to an adult you trust"));
}

#[test]
fn errors_have_distinct_codes_and_never_echo_report_content() {
    let secret = "SECRET-WORDS";
    let dir = tempfile::tempdir().unwrap();
    let wrong = dir.path().join("wrong.json");
    std::fs::write(&wrong, format!(r#"[{{"choose": "{secret}"}}]"#)).unwrap();
    let output = run(&[
        "wizard",
        "--age",
        "13-15",
        "--country",
        "KE",
        "--answers",
        wrong.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(4));
    assert!(stderr(&output).contains("teen_what"));
    assert!(!stderr(&output).contains(secret));

    let garbage = dir.path().join("garbage.json");
    std::fs::write(&garbage, format!(r#"[{{"text": 7, "x": "{secret}"}}]"#)).unwrap();
    let output = run(&[
        "wizard",
        "--age",
        "13-15",
        "--country",
        "KE",
        "--answers",
        garbage.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(3));
    assert!(!stderr(&output).contains(secret));

    for args in [
        ["--age", secret, "--country", "KE"],
        ["--age", "10-12", "--country", secret],
    ] {
        let mut all = vec!["wizard"];
        all.extend_from_slice(&args);
        let output = run(&all);
        assert_eq!(output.status.code(), Some(2));
        assert!(!stderr(&output).contains(secret));
    }
}

#[test]
fn flows_check_passes_on_the_shipped_flow_and_names_step_and_id_on_a_broken_copy() {
    let output = run(&["flows", "check"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );

    let flow = include_str!("../../../core/flows/report.json");
    let broken = flow.replacen(r#""title": "flow-who""#, r#""title": "flow-who-is-missing""#, 1);
    assert_ne!(flow, broken, "the fixture edit applied");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("report.json"), broken).unwrap();
    let output = run(&["flows", "check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let line = stdout
        .lines()
        .find(|l| l.contains("flow-who-is-missing"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("teen_who"), "{line}");

    // A directory without flows cannot be checked.
    let empty = tempfile::tempdir().unwrap();
    let output = run(&["flows", "check", empty.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn locales_check_lists_every_locale_and_the_drafts_and_passes() {
    let output = run(&["locales", "check"]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let row = |tag: &str| {
        stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(tag))
            .unwrap_or_else(|| panic!("{tag} listed"))
            .to_owned()
    };
    assert!(row("ar").contains("rtl") && row("ar").contains("draft"));
    assert!(row("en").contains("reference"));
    let drafts = stdout.lines().find(|l| l.starts_with("drafts")).unwrap();
    assert!(drafts.contains("sw") && drafts.contains("ar") && !drafts.contains(" en,"));
}
