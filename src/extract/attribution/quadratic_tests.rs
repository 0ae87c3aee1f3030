//! Bad input stays linear: generated articles that a scan of every attribution per quotation
//! (or of every quotation per token) would make quadratic.
//!
//! Each test reads an input of size n and one of size 8n. A linear reading takes about eight
//! times as long on the larger, a quadratic one sixty-four times: the test fails above 24,
//! a factor of about three from either. A ratio, unlike a time budget, does not depend on how
//! fast the machine is; each size is read three times and the fastest run counts, so a pause
//! of a busy machine during one run does not fail it (at 4n and twice, a margin of two, it
//! did on a loaded machine).

use std::time::{Duration, Instant};

use crate::extract::{Context, extract};
use crate::text::Document;

/// How many times larger the second input is.
const GROWTH: usize = 8;

/// How much longer than the input of size n the input of size `GROWTH` × n may take.
const MAX_GROWTH: f64 = 24.0;

/// Below this, a reading is too fast for a ratio to mean anything.
const RESOLUTION: Duration = Duration::from_millis(20);

/// The attributions of `text`, and the fastest of three readings.
fn read(text: &str) -> (usize, Duration) {
    let mut fastest = Duration::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let document = Document::new(text);
        let mentions = extract(text, &document, &Context::default());
        fastest = fastest.min(started.elapsed());
        found = mentions.attributions.len();
    }
    (found, fastest)
}

/// Reads `make(n)` and `make(GROWTH * n)` and fails when the second grows faster than
/// linearly; the attributions found in the larger.
fn assert_linear(make: impl Fn(usize) -> String, n: usize) -> usize {
    let (_, small) = read(&make(n));
    let large_text = make(GROWTH * n);
    let (found, large) = read(&large_text);
    let ratio = large.as_secs_f64() / small.max(RESOLUTION).as_secs_f64();
    assert!(
        ratio < MAX_GROWTH,
        "{} bytes took {large:?}, {ratio:.1} times as long as 1/{GROWTH} of them ({small:?})",
        large_text.len()
    );
    found
}

#[test]
fn a_paragraph_with_thousands_of_speakers_and_quotations() {
    let text = |n: usize| -> String {
        (0..n)
            .map(|i| format!("“Prices rose by {i} cents,” analyst Jo Roe{i} said. "))
            .collect()
    };
    assert!(assert_linear(text, 500) >= 2000);
}

#[test]
fn one_sentence_with_thousands_of_reporting_clauses() {
    let text = |n: usize| -> String {
        "The toll rose".to_string()
            + &(0..n)
                .map(|i| format!(", analyst Jo Roe{i} said, stating that it fell"))
                .collect::<String>()
            + "."
    };
    assert!(assert_linear(text, 500) >= 2000);
}

#[test]
fn thousands_of_nested_and_unbalanced_quotes() {
    let nested = |n: usize| "“".repeat(n) + "deep" + &"”".repeat(n) + " Kirby said.";
    assert_linear(nested, 2500);
    let unbalanced =
        |n: usize| "“Open, he said. ".repeat(n) + "\n\n" + &"” closes, she said. ".repeat(n);
    assert_linear(unbalanced, 500);
    let straight = |n: usize| "\"a\" \"".repeat(n);
    assert_linear(straight, 1250);
}
