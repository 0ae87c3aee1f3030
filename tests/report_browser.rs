//! The HTML report in a real browser: Debian's Chromium, driven by playwright-core through
//! `tests/browser/check-report.mjs`. `scripts/install-chromium` installs both; when it cannot,
//! the test fails rather than skips. The screenshot is kept under `target/tmp/`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::factlint;
use factlint::article::collect_paths;
use factlint::sheet::load_sheets;

const ARTICLES: [&str; 2] = ["corpus", "tests/fixtures/report"];

#[test]
fn the_corpus_report_renders_in_chromium_with_nothing_run_or_fetched() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    run_ok(Command::new(root.join("scripts/install-chromium")));

    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&artifacts).unwrap();
    let (page, screenshot) = (artifacts.join("report.html"), artifacts.join("report.png"));
    let mut args = vec!["report", "-o", page.to_str().unwrap()];
    args.extend(ARTICLES);
    let run = factlint(&args);
    assert_eq!(run.code, 0, "{}", run.transcript());

    let mut node = Command::new("node");
    node.arg(root.join("tests/browser/check-report.mjs"))
        .args([&page, &screenshot]);
    let seen: serde_json::Value = serde_json::from_str(&run_ok(node)).unwrap();
    println!("screenshot: {}", screenshot.display());

    let empty: &[serde_json::Value] = &[];
    assert_eq!(
        seen["consoleErrors"].as_array().unwrap(),
        empty,
        "console errors"
    );
    assert_eq!(
        seen["requests"].as_array().unwrap(),
        empty,
        "the page fetched something"
    );
    assert_eq!(
        seen["dialogs"].as_array().unwrap(),
        empty,
        "a dialog opened"
    );

    let articles = collect_paths(&ARTICLES.map(|p| root.join(p))).0.len();
    let (sheets, _) = load_sheets(&[root.join("rules")]);
    let facts: usize = sheets.iter().map(|s| s.facts.len()).sum();
    assert_eq!(seen["rows"], articles, "one matrix row per article");
    assert_eq!(seen["columns"], facts, "one matrix column per fact");
    for cells in seen["cellsPerRow"].as_array().unwrap() {
        assert_eq!(*cells, facts);
    }

    assert_eq!(seen["xssMarker"], serde_json::Value::Null, "a payload ran");
    for markup in ["scripts", "eventHandlers", "scriptLinks", "frames"] {
        assert_eq!(seen[markup], 0, "{markup} in the page");
    }
    let text = seen["text"].as_str().unwrap();
    assert!(text.contains("<script>window.__xss = 'script'</script>"));
    assert!(text.contains("<img src=x onerror=\"window.__xss = 'outlet'\">Hostile Wire"));
    assert!(
        seen["pageWidth"].as_u64() <= seen["viewportWidth"].as_u64(),
        "the matrix overflows the page instead of scrolling"
    );
    assert!(std::fs::metadata(&screenshot).unwrap().len() > 10_000);
}

/// Runs `command`, failing the test with its output unless it succeeds; returns its stdout.
fn run_ok(mut command: Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{command:?} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}
