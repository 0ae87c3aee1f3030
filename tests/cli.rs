//! The binary end to end: exit codes, formats and the bundled corpus.

mod common;

use common::{factlint, factlint_in};
use factlint::source::LineIndex;
use std::path::Path;

#[test]
fn bundled_corpus_reports_the_term_findings_and_exits_1() {
    let run = factlint(&["check"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

/// The JSON findings point at the same words as the human ones, with line and column
/// computed independently from the file on disk.
#[test]
fn bundled_corpus_json_has_exact_positions() {
    let run = factlint(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["version"], 2);
    let findings = json["findings"].as_array().unwrap();
    let mut seen: Vec<(String, String)> = Vec::new();
    for finding in findings {
        let file = finding["file"].as_str().unwrap();
        let text = std::fs::read_to_string(file).unwrap();
        let span = &finding["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(finding["found"].as_str().unwrap(), &text[start..end]);
        let position = LineIndex::new(&text).line_col(&text, start);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[..start].rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!((position.line, position.column), (line, column));
        assert_eq!(span["line"].as_u64().unwrap() as usize, line);
        assert_eq!(span["column"].as_u64().unwrap() as usize, column);
        seen.push((
            finding["fact"].as_str().unwrap().to_string(),
            text[start..end].to_string(),
        ));
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            (
                "nk-missiles-ukraine/first-combat-use".into(),
                "first known combat use".into()
            ),
            ("nk-missiles-ukraine/kim-name".into(), "Kim Jong-un".into()),
            (
                "nk-missiles-ukraine/kim-visit".into(),
                "visit to Moscow".into()
            ),
            (
                "nk-missiles-ukraine/missile-transfer-source".into(),
                "acquired ballistic missiles from North Korea".into()
            ),
            (
                "nk-missiles-ukraine/russia-soviet".into(),
                "former Soviet country".into()
            ),
        ]
    );
    assert_eq!(json["summary"]["findings"], 5);
    assert_eq!(json["errors"].as_array().unwrap().len(), 0);
}

#[test]
fn fail_on_sets_the_threshold() {
    // The bundled findings are one error, three warnings and one info.
    assert_eq!(factlint(&["check", "--fail-on", "error"]).code, 1);
    assert_eq!(factlint(&["check", "--fail-on", "warning"]).code, 1);
    assert_eq!(factlint(&["check", "--fail-on", "never"]).code, 0);
}

#[test]
fn quiet_when_clean() {
    let run = factlint(&[
        "check",
        "--quiet",
        "--rules",
        "tests/fixtures/rules/good/terms.yaml",
        "tests/fixtures/articles/clean.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
}

#[test]
fn rules_check_accepts_the_bundled_rules() {
    let run = factlint(&["rules", "check", "rules/"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn rules_check_reports_every_broken_file_and_exits_2() {
    let run = factlint(&["rules", "check", "tests/fixtures/rules/bad"]);
    assert_eq!(run.code, 2);
    for name in [
        "unknown_unit",
        "unknown_entity",
        "impossible_date",
        "yaml_indentation",
    ] {
        assert!(run.stderr.contains(name), "{name} missing:\n{}", run.stderr);
    }
}

#[test]
fn rules_list_shows_every_fact_with_its_kind_severity_and_assertion() {
    let run = factlint(&["rules", "list"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn odd_articles_are_named_in_one_line_errors_and_the_rest_is_checked() {
    let run = factlint(&[
        "check",
        "--rules",
        "tests/fixtures/rules/good",
        "tests/fixtures/articles",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_missing_config_falls_back_to_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    let sheet = "story: s\nfacts:\n  a:\n    assert: forbid \"visit to Moscow\"\n";
    std::fs::write(dir.path().join("rules/s.yaml"), sheet).unwrap();
    let run = factlint_in(dir.path(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn a_rules_folder_without_a_sheet_is_an_error_not_a_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    let run = factlint_in(dir.path(), &["check"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.starts_with("error: rules: no rule file"),
        "{}",
        run.stderr
    );
    let null = factlint_in(dir.path(), &["check", "-r", "/dev/null"]);
    assert_eq!(null.code, 2, "{}", null.transcript());
    assert!(
        null.stderr
            .contains("a device; factlint reads regular files only")
    );
}

/// A `forbid` fact with `replace:` offers its replacement as a certain fix.
#[test]
fn a_forbid_fact_with_a_replacement_is_fixable() {
    let run = factlint(&["check", "--diff", "corpus/002_f5a9c8bcc7db6ed9.md"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("+Intelligence officials")
            && run.stdout.contains("visit to Russia in 2023"),
        "{}",
        run.stdout
    );
}

/// `rules check --corpus` names the articles no sheet applies to and the facts no article
/// mentions, and checks nothing.
#[test]
fn rules_check_with_a_corpus_names_what_would_not_be_checked() {
    let run = factlint(&[
        "rules",
        "check",
        "rules",
        "--corpus",
        "tests/fixtures/articles/clean.txt",
        "tests/fixtures/coverage/satire.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    let json = factlint(&[
        "rules",
        "check",
        "rules",
        "--format",
        "json",
        "--corpus",
        "tests/fixtures/coverage/satire.txt",
    ]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        json["not_checked"][0]["file"],
        "tests/fixtures/coverage/satire.txt"
    );
    let missing = factlint(&["rules", "check", "rules", "--corpus", "no/such/folder"]);
    assert_eq!(missing.code, 2, "{}", missing.transcript());
}

/// `rules test` runs each fact's examples: the bundled sheet's all pass; a failing example
/// is reported at its place in the rule file, and the exit code is 1.
#[test]
fn rules_test_runs_the_examples_of_every_fact() {
    let bundled = factlint(&["rules", "test"]);
    assert_eq!(bundled.code, 0, "{}", bundled.transcript());
    assert_eq!(bundled.stderr, "factlint: 26 examples, 0 failed\n");
    let run = factlint(&[
        "rules",
        "test",
        "tests/fixtures/rules/examples/failing.yaml",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn docs_prints_the_bundled_reference() {
    let run = factlint(&["docs", "language"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, include_str!("../docs/language.md"));
    let topics = factlint(&["docs"]);
    assert!(topics.stdout.contains("formats"), "{}", topics.stdout);
}

/// A folder's own reports (`factlint-report.*`) are never read as articles, and
/// `exclude:` globs of factlint.yaml leave files out, named or found.
#[test]
fn own_reports_and_excluded_globs_are_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("articles/drafts")).unwrap();
    std::fs::write(
        root.join("factlint.yaml"),
        "rules: []\ncorpus: articles\nexclude: [\"articles/drafts/**\", \"**/*.wip.md\"]\n",
    )
    .unwrap();
    for file in [
        "articles/story.md",
        "articles/factlint-report.md",
        "articles/factlint-report.html",
        "articles/drafts/draft.md",
        "articles/note.wip.md",
    ] {
        std::fs::write(root.join(file), "A story.\n").unwrap();
    }
    let run = factlint_in(root, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["summary"]["articles"], 1, "{}", run.transcript());
    let named = factlint_in(root, &["check", "articles/note.wip.md", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&named.stdout).unwrap();
    assert_eq!(json["summary"]["articles"], 0, "{}", named.transcript());
    std::fs::write(root.join("factlint.yaml"), "exclude: [\"a[\"]\n").unwrap();
    let broken = factlint_in(root, &["check"]);
    assert_eq!(broken.code, 2, "{}", broken.transcript());
    assert!(broken.stderr.contains("exclude"), "{}", broken.stderr);
}

/// Inline suppressions remove findings and are counted; one that suppresses nothing is an
/// info finding; a spelling inside a code span is not prose and not flagged.
#[test]
fn inline_suppressions_and_code_spans_are_respected() {
    let dir = tempfile::tempdir().unwrap();
    let article = "North Korea sent a missile, said `Kim Jong-un` in code.\n\n\
<!-- factlint-disable-next-line kim-name -->\n\
Kim Jong-un smiled for the camera.\n\n\
Kim Jong-un waved.\n\n\
<!-- factlint-disable-next-line builtin/weekday -->\n\
Nothing to see on this line.\n";
    std::fs::write(dir.path().join("a.md"), article).unwrap();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let run = factlint_in(
        dir.path(),
        &[
            "check",
            "a.md",
            "--rules",
            rules.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("{}", run.transcript()));
    let found: Vec<(&str, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["fact"].as_str().unwrap(), f["found"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            ("nk-missiles-ukraine/kim-name", "Kim Jong-un"),
            (
                "factlint/unused-suppression",
                "<!-- factlint-disable-next-line builtin/weekday -->"
            ),
        ],
        "{}",
        run.transcript()
    );
    assert_eq!(json["findings"][0]["span"]["line"], 6);
    assert_eq!(json["summary"]["suppressed"], 1);
    let human = factlint_in(
        dir.path(),
        &["check", "a.md", "--rules", rules.to_str().unwrap()],
    );
    assert!(
        human.stderr.contains("; 1 suppressed"),
        "{}",
        human.transcript()
    );
}
