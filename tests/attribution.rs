//! Who said it: attribution, quote and title facts on the seed corpus and on fixtures, and
//! the speaker accuracy of attribution on a gold set.

mod common;

use common::factlint;

/// The kinds of fact this file is about.
const KINDS: [&str; 3] = ["attribution", "quote", "title"];

/// The seed story yields exactly the draft's attribution discrepancies (002 credits the
/// missile transfer to the United Nations; 000 states the first combat use in its own voice)
/// and nothing else of these kinds.
#[test]
fn seed_corpus_findings_of_attribution_quote_and_title_facts() {
    let run = factlint(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let lines: Vec<String> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| KINDS.contains(&f["kind"].as_str().unwrap_or_default()))
        .map(|f| {
            format!(
                "{} {} {} “{}”: {}",
                f["file"].as_str().unwrap_or_default(),
                f["fact"].as_str().unwrap_or_default(),
                f["severity"].as_str().unwrap_or_default(),
                f["found"].as_str().unwrap_or_default(),
                f["message"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

/// A misquote, a wrong title, a claim credited to the wrong person and a quotation over
/// paragraphs, as an editor sees them.
#[test]
fn fixture_diagnostics() {
    insta::glob!("fixtures/attribution/*.txt", |path| {
        let relative = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .expect("fixtures are inside the repository");
        let file = relative.to_str().expect("UTF-8 path");
        let run = factlint(&["check", "--rules", "rules/nk-missiles.yaml", file]);
        insta::assert_snapshot!(run.transcript());
    });
}
