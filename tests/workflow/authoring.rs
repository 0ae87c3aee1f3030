//! Rule authoring aids and the shell: `init`, `explain`, `rules schema`, completions, help.

use std::fs;
use std::path::Path;

use crate::common::{factlint, factlint_in};
use crate::tools;

#[test]
fn init_writes_a_working_project_into_an_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let run = factlint_in(dir.path(), &["init"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    let rules = factlint_in(dir.path(), &["rules", "check"]);
    assert_eq!(
        rules.code,
        0,
        "the example sheet is valid: {}",
        rules.transcript()
    );
    assert!(
        rules
            .stderr
            .contains("1 valid fact sheet(s), 7 facts; no errors")
    );
    let examples = factlint_in(dir.path(), &["rules", "test"]);
    assert_eq!(examples.code, 0, "{}", examples.transcript());
    fs::write(
        dir.path().join("articles/draft.md"),
        "North Korea's Kim Jong-un said a missile was launched from the capital.\n",
    )
    .unwrap();
    let check = factlint_in(dir.path(), &["check", "--format", "short"]);
    assert_eq!(check.code, 1, "{}", check.transcript());
    assert!(
        check
            .stdout
            .contains("warning[example-launch/no-capital-launch]")
    );
    assert!(check.stdout.contains("info[example-launch/house-style]"));
}

#[test]
fn init_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("factlint.yaml"), "rules: mine\n").unwrap();
    let run = factlint_in(dir.path(), &["init"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(dir.path().join("factlint.yaml")).unwrap(),
        "rules: mine\n"
    );
    assert!(!dir.path().join("rules").exists(), "nothing written");
}

#[test]
fn init_where_rules_is_a_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rules"), "notes\n").unwrap();
    let run = factlint_in(dir.path(), &["init"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("rules is a file"), "{}", run.stderr);
    assert!(
        !dir.path().join("factlint.yaml").exists(),
        "nothing written"
    );
}

#[test]
fn completions_to_a_full_disk_are_an_error_not_a_panic() {
    let full = fs::File::create("/dev/full").unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["completions", "zsh"])
        .stdout(full)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
}

#[test]
fn explain_shows_the_fact_and_the_articles_that_break_it() {
    let run = factlint(&["explain", "kim-visit"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    let full_id = factlint(&["explain", "nk-missiles-ukraine/kim-visit"]);
    assert_eq!(full_id.stdout, run.stdout);
}

#[test]
fn explain_shows_the_source_of_a_fact_no_article_breaks() {
    let run = factlint(&["explain", "missile-range"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("source    White House press briefing"));
    assert!(run.stdout.contains("range ≈ 885 km ±20"), "{}", run.stdout);
}

#[test]
fn explain_suggests_a_fact_for_a_typo() {
    let run = factlint(&["explain", "kim-vist"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no fact 'kim-vist' (did you mean 'kim-visit'?)\n"
    );
}

#[test]
fn the_committed_schema_is_the_commands_output() {
    let run = factlint(&["rules", "schema"]);
    assert_eq!(run.code, 0);
    let committed = include_str!("../../docs/fact-sheet.schema.json");
    assert_eq!(
        run.stdout, committed,
        "regenerate: factlint rules schema > docs/fact-sheet.schema.json"
    );
}

/// Validates YAML files against the fact-sheet schema with Python's jsonschema; the names of
/// the files with errors.
fn schema_rejects(files: &[&Path]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/fact-sheet.schema.json");
    let mut args = vec![schema.display().to_string()];
    for file in files {
        let yaml = fs::read_to_string(file).unwrap();
        let value: serde_json::Value = serde_saphyr::from_str(&yaml).unwrap();
        let json = dir.path().join(file.file_name().unwrap());
        fs::write(&json, value.to_string()).unwrap();
        args.push(json.display().to_string());
    }
    let validate = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
for path in sys.argv[2:]:
    if list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(path, encoding="utf-8")))):
        print(path.rsplit("/", 1)[-1])
"#;
    tools::python_lines(validate, &args)
}

#[test]
fn the_schema_accepts_real_sheets_and_rejects_unknown_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let good = [
        root.join("rules/nk-missiles.yaml"),
        root.join("src/commands/init/example.yaml"),
        root.join("tests/fixtures/rules/good/terms.yaml"),
    ];
    let bad = [
        root.join("tests/fixtures/rules/bad/unknown_key.yaml"),
        root.join("tests/fixtures/rules/bad/unknown_severity.yaml"),
    ];
    let all: Vec<&Path> = good.iter().chain(&bad).map(|p| p.as_path()).collect();
    assert_eq!(
        schema_rejects(&all),
        ["unknown_key.yaml", "unknown_severity.yaml"]
    );
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    for (shell, marker, fix_flag) in [
        ("bash", "complete -F _factlint", "--fix"),
        ("zsh", "#compdef factlint", "--fix"),
        ("fish", "complete -c factlint", "-l fix"),
    ] {
        let run = factlint(&["completions", shell]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}: no {marker:?}");
        for word in ["explain", "sarif", fix_flag] {
            assert!(run.stdout.contains(word), "{shell} completes no {word}");
        }
    }
}

#[test]
fn every_help_text_shows_an_example() {
    let commands: [&[&str]; 10] = [
        &[],
        &["check"],
        &["explain"],
        &["init"],
        &["extract"],
        &["rules"],
        &["rules", "check"],
        &["rules", "list"],
        &["rules", "schema"],
        &["completions"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let run = factlint(&args);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert!(
            run.stdout.contains("Example: factlint"),
            "{args:?}:\n{}",
            run.stdout
        );
    }
}

/// With an article, explain traces the fact through it: the sentences that name the
/// subject, the value bound to it, the others and what they are bound to, and the verdict;
/// an article the sheet does not apply to says why.
#[test]
fn explain_traces_a_fact_through_an_article_sentence_by_sentence() {
    let run = factlint(&[
        "explain",
        "missile-range",
        "tests/fixtures/explain/range.txt",
        "tests/fixtures/coverage/satire.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}
