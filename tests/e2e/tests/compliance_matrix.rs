//! docs/compliance.md maps each legal obligation to the design element and the test that shows
//! it. This test keeps the matrix honest: every obligation the project committed to has a row,
//! every row names at least one test, and every named test exists (a Rust, Python, Kotlin or
//! Swift test function, a named JavaScript check, or a script that `scripts/test` runs). Removing
//! or renaming a test without updating the matrix fails here.

use std::fs;
use std::path::{Path, PathBuf};

/// The obligations docs/compliance.md must cover (issue #11), by the label in its first column.
const REQUIRED: &[&str] = &[
    "DSA Art. 16(1)",
    "DSA Art. 16(2)(a)",
    "DSA Art. 16(2)(b)",
    "DSA Art. 16(2)(c)",
    "DSA Art. 16(2)(d)",
    "DSA Art. 16(4)",
    "DSA Art. 16(5)",
    "DSA Art. 16(6)",
    "DSA Art. 17(3)",
    "DSA Art. 18",
    "DSA Art. 20",
    "DSA Art. 23",
    "DSA Art. 24(5)",
    "DSA Art. 28",
    "UK OSA s.20",
    "UK OSA s.21",
    "ICO Children's Code std 2",
    "ICO Children's Code std 11",
    "ICO Children's Code std 15",
    "COPPA retention",
    "COPPA security",
    "AU BOSE s.13",
    "AU BOSE s.16",
    "AU OSA s.30",
];

/// Lines before a Rust `fn` searched for its test attribute.
const ATTRIBUTE_LOOKBACK: usize = 4;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One row of the matrix: its obligation label and the test ids in its "Test" column.
#[derive(Debug)]
struct Row {
    obligation: String,
    tests: Vec<String>,
}

/// Reads the matrix table: rows whose first cell starts with one of the known jurisdictions.
fn parse(markdown: &str) -> Vec<Row> {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for line in markdown.lines().map(str::trim) {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect();
        let Some(head) = &header else {
            header = Some(cells);
            continue;
        };
        if cells.iter().all(|c| c.chars().all(|ch| ch == '-' || ch == ':')) {
            continue;
        }
        let Some(test_col) = head.iter().position(|h| h == "Test") else {
            continue;
        };
        let tests = cells
            .get(test_col)
            .map(|cell| cell.split('`').skip(1).step_by(2).map(str::to_string).collect())
            .unwrap_or_default();
        rows.push(Row {
            obligation: cells[0].replace("**", ""),
            tests,
        });
    }
    rows
}

/// Why a test id does not resolve, or `None` when it names a real test.
fn check_id(root: &Path, id: &str) -> Option<String> {
    let (path, name) = match id.split_once("::") {
        Some((p, n)) => (p, Some(n)),
        None => (id, None),
    };
    let file = root.join(path);
    let Ok(text) = fs::read_to_string(&file) else {
        return Some(format!("{id}: file {path} does not exist"));
    };
    let Some(name) = name else {
        // A script: it must be one that the test command actually runs.
        let runner = fs::read_to_string(root.join("scripts/test")).unwrap_or_default()
            + &fs::read_to_string(root.join("scripts/lib.sh")).unwrap_or_default();
        let base = Path::new(path).file_name()?.to_string_lossy().to_string();
        return (!runner.contains(&base)).then(|| format!("{id}: script is not run by scripts/test"));
    };
    let ext = Path::new(path).extension().and_then(|e| e.to_str()).unwrap_or("");
    let found = match ext {
        "rs" => {
            let lines: Vec<&str> = text.lines().collect();
            lines.iter().enumerate().any(|(i, l)| {
                let is_fn = l.contains(&format!("fn {name}(")) || l.contains(&format!("fn {name}<"));
                is_fn
                    && lines[i.saturating_sub(ATTRIBUTE_LOOKBACK)..i]
                        .iter()
                        .any(|a| a.trim_start().starts_with("#[") && a.contains("test"))
            })
        }
        "py" => text.contains(&format!("def {name}(")),
        "kt" => text.contains(&format!("fun {name}(")),
        "swift" => text.contains(&format!("func {name}(")),
        "mjs" | "js" | "ts" => text.contains(&format!("'{name}")) || text.contains(&format!("`{name}")),
        _ => false,
    };
    (!found).then(|| format!("{id}: no test named {name} in {path}"))
}

fn problems(root: &Path, markdown: &str, required: &[&str]) -> Vec<String> {
    let rows = parse(markdown);
    let mut out = Vec::new();
    for want in required {
        if !rows.iter().any(|r| r.obligation == *want) {
            out.push(format!("no row for {want}"));
        }
    }
    for row in &rows {
        if row.tests.is_empty() {
            out.push(format!("{}: names no test", row.obligation));
        }
        out.extend(row.tests.iter().filter_map(|id| check_id(root, id)));
    }
    out
}

#[test]
fn every_obligation_has_a_row_and_every_named_test_exists() {
    let root = repo_root();
    let markdown = fs::read_to_string(root.join("docs/compliance.md")).expect("docs/compliance.md");
    let found = problems(&root, &markdown, REQUIRED);
    assert!(found.is_empty(), "compliance matrix:\n{}", found.join("\n"));
    let named: usize = parse(&markdown).iter().map(|r| r.tests.len()).sum();
    assert!(named >= REQUIRED.len(), "only {named} test ids named");
}

#[test]
fn the_checker_fails_when_a_named_test_is_removed() {
    let root = repo_root();
    let markdown = fs::read_to_string(root.join("docs/compliance.md")).expect("docs/compliance.md");
    let rows = parse(&markdown);
    // Pick a real Rust id from the matrix and rename its function: the checker must notice.
    let real = rows
        .iter()
        .flat_map(|r| &r.tests)
        .find(|id| id.contains(".rs::"))
        .expect("a Rust test id in the matrix")
        .clone();
    assert_eq!(check_id(&root, &real), None);
    let gone = format!("{real}_removed");
    let edited = markdown.replace(&format!("`{real}`"), &format!("`{gone}`"));
    let found = problems(&root, &edited, REQUIRED);
    assert!(
        found.iter().any(|p| p.starts_with(&gone)),
        "renamed test not reported: {found:?}"
    );
    // A missing row is reported too.
    let found = problems(&root, "| Obligation | Test |\n|---|---|\n", &["DSA Art. 18"]);
    assert_eq!(found, vec!["no row for DSA Art. 18".to_string()]);
    // A helper function that is not a test does not count.
    assert!(check_id(&root, "tests/e2e/tests/compliance_matrix.rs::check_id").is_some());
}
