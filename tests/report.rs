//! `factlint report` end to end: files written, formats, defaults from factlint.yaml.

mod common;

use common::{factlint, factlint_in};

#[test]
fn the_markdown_report_of_the_bundled_corpus() {
    let run = factlint(&["report", "--format", "md", "-o", "-"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn the_html_report_is_written_to_the_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("report.html");
    let run = factlint(&["report", "-o", output.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        run.stderr,
        format!(
            "factlint: wrote {} (5 articles checked, 5 findings)\n",
            output.display()
        )
    );
    let page = std::fs::read_to_string(&output).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    for section in ["summary", "matrix", "facts", "articles"] {
        assert!(
            page.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
}

#[test]
fn format_and_output_default_from_factlint_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let config = format!(
        "rules: {root}/rules\ncorpus: {root}/corpus\nreport:\n  format: md\n  output: out.md\n"
    );
    std::fs::write(dir.path().join("factlint.yaml"), config).unwrap();
    let run = factlint_in(dir.path(), &["report"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let text = std::fs::read_to_string(dir.path().join("out.md")).unwrap();
    assert!(text.starts_with("# Fact-check report: "), "{text}");
}

#[test]
fn unreadable_articles_exit_2_after_the_report_of_the_rest_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("report.html");
    let run = factlint(&[
        "report",
        "-o",
        output.to_str().unwrap(),
        "corpus",
        "tests/fixtures/articles/latin1.txt",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("latin1.txt: not valid UTF-8"),
        "{}",
        run.stderr
    );
    let page = std::fs::read_to_string(&output).unwrap();
    assert!(page.contains("1 file could not be read"));
}
