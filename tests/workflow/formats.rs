//! `check --format`: every format over the same small report, and SARIF against the
//! official schema.

use std::path::Path;

use crate::common::{Run, factlint};
use crate::tools;

/// Findings of every severity, fixes, and an input error (a Latin-1 article).
const ARGS: [&str; 5] = [
    "check",
    "--rules",
    "tests/fixtures/rules/good",
    "tests/fixtures/articles/breaks_terms.txt",
    "tests/fixtures/articles/latin1.txt",
];

fn check_as(format: &str) -> Run {
    let mut args = ARGS.to_vec();
    args.extend(["--format", format]);
    factlint(&args)
}

#[test]
fn every_format_renders_the_same_report() {
    for format in ["human", "json", "jsonl", "sarif", "github", "short"] {
        let run = check_as(format);
        assert_eq!(run.code, 2, "the input error decides: {}", run.transcript());
        insta::assert_snapshot!(format!("format_{format}"), run.transcript());
    }
}

#[test]
fn jsonl_has_one_object_per_line_and_the_findings_of_json() {
    let lines = check_as("jsonl").stdout;
    let objects: Vec<serde_json::Value> = lines
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect();
    let of_type = |kind: &str| objects.iter().filter(|o| o["type"] == kind).count();
    let json: serde_json::Value = serde_json::from_str(&check_as("json").stdout).unwrap();
    assert_eq!(
        of_type("finding"),
        json["findings"].as_array().unwrap().len()
    );
    assert_eq!(of_type("error"), 1);
    assert_eq!(objects.last().unwrap()["type"], "summary");
}

/// Validates `sarif` against the official schema with Python's jsonschema; the errors, or
/// none.
fn schema_errors(sarif: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("out.sarif");
    std::fs::write(&document, sarif).unwrap();
    let validate = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", schema["title"]
validator = jsonschema.validators.validator_for(schema)
validator.check_schema(schema)
document = json.load(open(sys.argv[2], encoding="utf-8"))
for error in validator(schema).iter_errors(document):
    print(f"{list(error.absolute_path)}: {error.message}")
"#;
    tools::python_lines(validate, &[tools::sarif_schema(), document])
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let corpus = factlint(&["check", "--format", "sarif"]);
    assert_eq!(corpus.code, 1, "{}", corpus.transcript());
    for run in [corpus, check_as("sarif")] {
        assert_eq!(schema_errors(&run.stdout), Vec::<String>::new());
    }
}

#[test]
fn the_schema_check_rejects_an_invalid_log() {
    let run = check_as("sarif");
    let broken = run
        .stdout
        .replace("\"startLine\": 1\n", "\"startLine\": 0\n");
    assert_ne!(broken, run.stdout);
    let errors = schema_errors(&broken);
    assert!(errors.iter().any(|e| e.contains("startLine")), "{errors:?}");
}

#[test]
fn sarif_describes_every_fact_and_points_results_at_them() {
    let run = factlint(&["check", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let sarif_run = &log["runs"][0];
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    let builtins = factlint::check::builtin::ALL.len();
    assert_eq!(
        rules.len(),
        13 + builtins + 1,
        "every fact of rules/nk-missiles.yaml, every built-in check and unused suppressions"
    );
    for result in sarif_run["results"].as_array().unwrap() {
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(uri)).unwrap();
        let line = text
            .lines()
            .nth(region["startLine"].as_u64().unwrap() as usize - 1);
        let snippet = region["snippet"]["text"].as_str().unwrap();
        let column = region["startColumn"].as_u64().unwrap() as usize - 1;
        let at: String = line.unwrap().chars().skip(column).collect();
        assert!(
            at.starts_with(snippet),
            "{at:?} does not start with {snippet:?}"
        );
    }
    let visit = rules
        .iter()
        .find(|r| r["id"] == "nk-missiles-ukraine/kim-visit")
        .unwrap();
    assert!(
        visit["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .contains("Vostochny")
    );
    assert!(
        visit["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Korean Central News Agency")
    );
}

#[test]
fn no_progress_bar_when_standard_error_is_piped() {
    let dir = tempfile::tempdir().unwrap();
    let articles = factlint::progress::MIN_FILES * 2;
    for i in 0..articles {
        std::fs::write(dir.path().join(format!("{i}.txt")), "North Korea\n").unwrap();
    }
    let sheet = "story: s\nfacts:\n  a:\n    assert: forbid \"visit to Moscow\"\n";
    std::fs::write(dir.path().join("s.yaml"), sheet).unwrap();
    let run = crate::common::factlint_in(dir.path(), &["check", "--rules", ".", "."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(!run.stderr.contains('\r'), "{:?}", run.stderr);
    let summary = format!("{articles} articles checked");
    assert!(run.stderr.contains(&summary), "{}", run.stderr);
}

/// An article the sheet does not apply to is named with the reason in every format, and
/// never counted clean; a fact the checked articles never mention is named too.
#[test]
fn every_format_names_what_was_not_checked() {
    for format in ["human", "json", "jsonl", "sarif", "github", "short"] {
        let run = factlint(&[
            "check",
            "--rules",
            "tests/fixtures/rules/good/terms.yaml",
            "tests/fixtures/articles/clean.txt",
            "tests/fixtures/coverage/satire.txt",
            "--format",
            format,
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        insta::assert_snapshot!(format!("not_checked_{format}"), run.transcript());
    }
}
