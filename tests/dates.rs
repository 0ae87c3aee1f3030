//! Dates end to end: date facts, the built-in date checks and `factlint extract`.

mod common;

use common::{factlint, factlint_in};

/// `factlint check` of one fixture under `tests/fixtures/dates/` against the bundled rules.
fn check(fixture: &str, extra: &[&str]) -> common::Run {
    let path = format!("tests/fixtures/dates/{fixture}");
    let mut args = vec!["check", "--rules", "rules", path.as_str()];
    args.extend_from_slice(extra);
    factlint(&args)
}

/// Times of day compared after conversion to UTC, with the day written beside them; other
/// events' times, a time to the hour, "about" and bounds are not findings.
#[test]
fn times_of_day_are_compared_in_utc() {
    insta::glob!("fixtures/times/*.md", |path| {
        insta::assert_snapshot!("times", common::check_fixture("times", path))
    });
}

#[test]
fn a_wrong_day_is_reported_with_the_year_it_took() {
    let run = check("wrong_day.md", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_wrong_month_is_reported() {
    let run = check("wrong_month.md", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_wrong_weekday_is_reported() {
    let run = check("wrong_weekday.md", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_year_less_date_without_publication_date_is_compared_on_month_and_day() {
    let run = check("yearless.txt", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn impossible_dates_are_reported() {
    let run = check("impossible.txt", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_past_event_after_the_publication_date_is_reported() {
    let run = check("future.md", &["--fail-on", "warning"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

/// "Tuesday (January 2)" is a Tuesday in 2024, and the seed article's launch dates agree
/// with the fact sheet once the publication date gives them their year.
#[test]
fn the_seed_article_with_a_publication_date_has_no_date_finding() {
    let run = factlint(&[
        "check",
        "--format",
        "json",
        "--date",
        "2024-01-05",
        "corpus/002_f5a9c8bcc7db6ed9.md",
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let kinds: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.contains(&"date"), "{}", run.stdout);
}

#[test]
fn the_seed_corpus_breaks_no_date_fact() {
    for date in [None, Some("2024-01-05")] {
        let mut args = vec!["check", "--format", "json"];
        args.extend(date.iter().flat_map(|d| ["--date", d]));
        let run = factlint(&args);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let dates = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "date")
            .count();
        assert_eq!(dates, 0, "{date:?}: {}", run.stdout);
    }
}

#[test]
fn built_in_date_checks_can_be_switched_off() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("factlint.yaml"),
        "rules: []\ncorpus: []\nchecks:\n  weekday: false\n",
    )
    .unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dates/wrong_weekday.md");
    let run = factlint_in(dir.path(), &["check", fixture.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn extract_lists_dates_with_value_weekday_and_resolution() {
    let run = factlint(&[
        "extract",
        "--date",
        "2024-01-05",
        "corpus/002_f5a9c8bcc7db6ed9.md",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let dates: Vec<String> = json["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "date")
        .map(|m| {
            format!(
                "{} | {} | {} | {}",
                m["text"], m["value"], m["weekday"], m["resolved"]
            )
        })
        .collect();
    insta::assert_snapshot!(dates.join("\n"));
}
