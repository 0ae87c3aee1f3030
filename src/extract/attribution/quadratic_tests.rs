//! Bad input stays linear: generated articles that a scan of every attribution per quotation
//! (or of every quotation per token) would make quadratic.

use std::time::{Duration, Instant};

use crate::extract::{Context, extract};
use crate::text::Document;

/// Far above what the linear reading takes on these inputs, far below what a quadratic one
/// takes (minutes, in a debug build).
const BUDGET: Duration = Duration::from_secs(10);

fn read_in_budget(text: &str) -> usize {
    let started = Instant::now();
    let document = Document::new(text);
    let mentions = extract(text, &document, &Context::default());
    let elapsed = started.elapsed();
    assert!(
        elapsed < BUDGET,
        "took {elapsed:?} for {} bytes",
        text.len()
    );
    mentions.attributions.len()
}

#[test]
fn a_paragraph_with_thousands_of_speakers_and_quotations() {
    let text: String = (0..2000)
        .map(|i| format!("“Prices rose by {i} cents,” analyst Jo Roe{i} said. "))
        .collect();
    assert!(read_in_budget(&text) >= 2000);
}

#[test]
fn one_sentence_with_thousands_of_reporting_clauses() {
    let text: String = "The toll rose".to_string()
        + &(0..2000)
            .map(|i| format!(", analyst Jo Roe{i} said, stating that it fell"))
            .collect::<String>()
        + ".";
    assert!(read_in_budget(&text) >= 2000);
}

#[test]
fn ten_thousand_nested_and_unbalanced_quotes() {
    let nested = "“".repeat(10_000) + "deep" + &"”".repeat(10_000) + " Kirby said.";
    read_in_budget(&nested);
    let unbalanced =
        "“Open, he said. ".repeat(2000) + "\n\n" + &"” closes, she said. ".repeat(2000);
    read_in_budget(&unbalanced);
    let straight = "\"a\" \"".repeat(5000);
    read_in_budget(&straight);
}
