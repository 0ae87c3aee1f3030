//! Phrases of every kind of fact: gaps in term phrases, figures in claims, terms that widen a
//! quantity's subject, British and American spellings, and prefer facts that flag only the
//! spellings they list (tests/fixtures/phrases).

mod common;

use common::factlint;

/// `misstated.md` gives one finding of each construct; `other_things.md` writes each fact
/// rightly, or another thing near it, and gives none.
#[test]
fn phrases_with_gaps_figures_terms_and_spellings() {
    let sheet = "tests/fixtures/phrases/sheet.yaml";
    for (article, code) in [("misstated", 1), ("other_things", 0)] {
        let file = format!("tests/fixtures/phrases/{article}.md");
        let run = factlint(&["check", "--rules", sheet, "--format", "short", &file]);
        assert_eq!(run.code, code, "{}", run.transcript());
        insta::assert_snapshot!(article, run.transcript());
    }
}

/// A gap stays within its bound and its sentence, and a gapped phrase has no certain fix.
#[test]
fn a_gap_is_bounded_and_has_no_fix() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.yaml");
    std::fs::write(
        &sheet,
        "story: s\nfacts:\n  bank:\n    assert: forbid \"on the … bank\"\n",
    )
    .unwrap();
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "They camped on the one two three four bank. On the one two three four five bank. \
         On the river. Bank.\n",
    )
    .unwrap();
    let args = [
        "check",
        "--rules",
        sheet.to_str().unwrap(),
        "--format",
        "json",
    ];
    let run = factlint(&[&args[..], &[article.to_str().unwrap()]].concat());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let found: Vec<(&str, bool)> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["found"].as_str().unwrap_or_default(), f["fix"].is_null()))
        .collect();
    assert_eq!(found, [("on the one two three four bank", true)]);
}
