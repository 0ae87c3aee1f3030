//! The report model and the HTML page on the bundled corpus and the hostile fixtures.

use std::path::PathBuf;

use super::*;
use crate::commands::check::{CheckOptions, check};
use crate::finding::Severity;
use crate::render::human::Style;
use crate::report::CheckReport;

fn report_of(paths: &[&str]) -> CheckReport {
    let options = CheckOptions {
        paths: paths.iter().map(PathBuf::from).collect(),
        rules: vec![PathBuf::from("rules")],
        quiet: true,
        ..CheckOptions::new(Style {
            color: false,
            width: 100,
        })
    };
    check(&options, &mut Vec::new()).unwrap().report
}

/// The state of `fact` (short id) in the article whose file name starts with `prefix`.
fn state(report: &CheckReport, matrix: &Matrix, prefix: &str, fact: &str) -> CellState {
    let row = report
        .files
        .iter()
        .position(|f| file_name(f).starts_with(prefix))
        .unwrap();
    let column = matrix
        .facts
        .iter()
        .position(|c| c.short_id() == fact)
        .unwrap();
    matrix.rows[row][column].state
}

#[test]
fn the_corpus_matrix_shows_what_each_article_does_with_each_fact() {
    let report = report_of(&["corpus"]);
    let matrix = Matrix::new(&report);
    assert_eq!(matrix.rows.len(), 5);
    assert!(matrix.rows.iter().all(|row| row.len() == 13));
    let warning = CellState::Broken(Severity::Warning);
    assert_eq!(state(&report, &matrix, "002", "kim-visit"), warning);
    assert_eq!(state(&report, &matrix, "001", "russia-soviet"), warning);
    assert_eq!(
        state(&report, &matrix, "003", "kim-name"),
        CellState::Broken(Severity::Info)
    );
    assert_eq!(state(&report, &matrix, "002", "kim-name"), CellState::Holds);
    assert_eq!(
        state(&report, &matrix, "000", "kim-visit"),
        CellState::NotMentioned
    );
    // The range is stated consistently wherever it is stated at all.
    for prefix in ["000", "001", "002"] {
        assert_eq!(
            state(&report, &matrix, prefix, "missile-range"),
            CellState::Holds,
            "{prefix}"
        );
    }
    for prefix in ["003", "004"] {
        assert_eq!(
            state(&report, &matrix, prefix, "missile-range"),
            CellState::NotMentioned,
            "{prefix}"
        );
    }
}

#[test]
fn a_sheet_that_does_not_apply_is_not_applicable() {
    let report = report_of(&["tests/fixtures/report/unrelated.txt"]);
    let matrix = Matrix::new(&report);
    assert!(report.files[0].stories.is_empty());
    assert!(
        matrix.rows[0]
            .iter()
            .all(|cell| cell.state == CellState::NotApplicable)
    );
}

#[test]
fn each_outlet_states_the_range_in_its_own_words() {
    let report = report_of(&["corpus"]);
    let stated: Vec<String> = report
        .files
        .iter()
        .flat_map(|file| {
            let text = file.text.as_ref().expect("a report keeps the text");
            (text.statements.iter())
                .filter(|s| s.fact.ends_with("/missile-range"))
                .flat_map(|s| {
                    s.stated
                        .iter()
                        .map(|w| text.body.text[w.range()].to_string())
                })
        })
        .collect();
    for value in ["approximately 900 km", "about 550 miles", "885 kilometres"] {
        assert!(stated.iter().any(|s| s == value), "{value} in {stated:?}");
    }
}

#[test]
fn hostile_text_is_escaped_and_the_page_allows_nothing_to_run() {
    let report = report_of(&["corpus", "tests/fixtures/report"]);
    let page = html::render(&report);
    assert!(page.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        html::CONTENT_SECURITY_POLICY.replace('\'', "&#39;")
    )));
    for markup in [
        "<script",
        "<img",
        "<svg",
        "<iframe",
        "onerror=\"",
        "href=\"javascript",
    ] {
        assert!(!page.contains(markup), "{markup} left unescaped");
    }
    for text in [
        "&lt;script&gt;window.__xss = &#39;script&#39;&lt;/script&gt;",
        "&lt;img src=x onerror=&quot;window.__xss = &#39;outlet&#39;&quot;&gt;Hostile Wire",
        "<code>javascript:window.__xss = &#39;url&#39;</code>",
    ] {
        assert!(page.contains(text), "{text} not shown as text");
    }
}

#[test]
fn every_finding_is_marked_in_the_text_and_linked_from_the_matrix() {
    let report = report_of(&["corpus"]);
    let page = html::render(&report);
    let row = report
        .files
        .iter()
        .position(|f| file_name(f).starts_with("002"))
        .unwrap();
    let at = report.files[row]
        .findings
        .iter()
        .position(|f| f.fact.ends_with("/kim-visit"))
        .unwrap();
    let number = at + 1;
    assert!(page.contains(&format!("<a href=\"#finding-{row}-{at}\">")));
    assert!(page.contains(&format!(
        "<span id=\"at-{row}-{at}\"></span><mark class=\"sev-warning\">visit to Moscow</mark>\
         <sup class=\"ref\"><a href=\"#finding-{row}-{at}\">{number}</a></sup>"
    )));
    assert!(page.contains(&format!("<li id=\"finding-{row}-{at}\"")));
}

#[test]
fn the_markdown_report_has_a_summary_a_matrix_row_per_article_and_the_findings() {
    let report = report_of(&["corpus"]);
    let text = markdown::render(&report);
    // The draft's discrepancies: two misattributions (002, 000), the Moscow visit, the
    // "former Soviet country" and the hyphenated name.
    assert!(
        text.contains("- 5 findings: 1 error, 3 warning, 1 info"),
        "{text}"
    );
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| article"));
    assert_eq!(rows.count(), 5);
    assert!(text.contains("“visit to Moscow” contradicts the fact sheet"));
}

#[test]
fn a_whole_text_on_its_first_line_is_named_by_its_start_only() {
    let article = crate::article::Article::from_bytes(
        std::path::Path::new("a.txt"),
        "word ".repeat(10_000).as_bytes(),
    )
    .unwrap();
    let file = crate::report::CheckedFile::new(article, Default::default());
    let name = article_name(&file);
    assert_eq!(name.chars().count(), 121, "{name}");
    assert!(name.ends_with('…'));
}
