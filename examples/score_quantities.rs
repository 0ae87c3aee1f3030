//! Scores the quantity extractor against the peer test suites: precision and recall per
//! kind (length, number, percentage, currency).
//!
//! ```sh
//! cargo run --release --example score_quantities [-- SUITE_DIR] [--misses]
//! ```
//!
//! `SUITE_DIR` defaults to `../shared/peer-suites/extraction` next to the repository; when
//! it does not exist the scorer says so and exits 0. The suites are read, never copied.
//!
//! Each suite annotates only its own kinds, so a kind is scored only on the cases that
//! annotate it (the case's `kind`, or a gold item of that kind). A prediction matches a gold
//! item of the same kind when their spans overlap (gold items without a span match by value
//! alone) and their values agree after conversion: lengths in km, percentages as written,
//! money in its currency (the ISO code must agree when the suite gives one). Gold items
//! without a value (a bare "percent", "dollar") name a unit, not a quantity, and are left
//! out. Vague words and ordinals are scored as no kind: the suites' numbers are numbers.

#[path = "common/suites.rs"]
mod suites;

use std::collections::BTreeMap;

use factlint::extract::quantity::{self, Amount, QuantityMention};
use factlint::lang::counting::Form;
use factlint::lang::units::Dimension;
use factlint::text::Document;
use serde_json::Value;

const KINDS: [&str; 4] = ["length", "number", "percentage", "currency"];

/// A value to compare: a number, or bounds of an interval.
#[derive(Clone, Copy, Debug)]
struct Bounds {
    min: Option<f64>,
    max: Option<f64>,
}

struct Item {
    span: Option<(usize, usize)>,
    value: Option<Bounds>,
    currency: Option<String>,
}

#[derive(Default)]
struct Score {
    gold: usize,
    predicted: usize,
    matched: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let Some(suites) = suites::load(&args) else {
        return;
    };
    let mut scores: BTreeMap<&str, Score> = KINDS.iter().map(|k| (*k, Score::default())).collect();
    for case in suites.iter().flat_map(|(_, cases)| cases) {
        score_case(case, &mut scores, show_misses);
    }
    println!("| kind | gold | predicted | matched | precision | recall |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (kind, s) in &scores {
        let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
        println!(
            "| {kind} | {} | {} | {} | {:.3} | {:.3} |",
            s.gold,
            s.predicted,
            s.matched,
            ratio(s.matched, s.predicted),
            ratio(s.matched, s.gold)
        );
    }
}

fn score_case(case: &Value, scores: &mut BTreeMap<&str, Score>, show_misses: bool) {
    let text = case["text"].as_str().unwrap_or_default();
    let expected = case["expected"].as_array().cloned().unwrap_or_default();
    let document = Document::new(text);
    let mentions = quantity::extract(text, &document);
    for kind in KINDS {
        let annotated = case["kind"] == kind || expected.iter().any(|e| e["kind"] == kind);
        if !annotated {
            continue;
        }
        let gold: Vec<Item> = expected
            .iter()
            .filter(|e| e["kind"] == kind && !e["value"].is_null())
            .map(gold_item)
            .collect();
        // A prediction on a gold item without a value is neither right nor wrong.
        let unvalued: Vec<Item> = expected
            .iter()
            .filter(|e| e["kind"] == kind && e["value"].is_null())
            .map(gold_item)
            .collect();
        let predicted: Vec<Item> = mentions
            .iter()
            .filter(|m| kind_of(m) == kind)
            .map(predicted_item)
            .filter(|p| !unvalued.iter().any(|u| u.span.is_some() && overlaps(u, p)))
            .collect();
        let mut used = vec![false; predicted.len()];
        let mut matched = 0;
        for g in &gold {
            let hit = (0..predicted.len()).find(|&i| !used[i] && agrees(g, &predicted[i]));
            match hit {
                Some(i) => {
                    used[i] = true;
                    matched += 1;
                }
                None if show_misses => println!("MISS {kind}: {text:?} gold {:?}", g.value),
                None => {}
            }
        }
        if show_misses {
            for (p, _) in predicted.iter().zip(&used).filter(|(_, u)| !**u) {
                let (s, e) = p.span.unwrap_or((0, 0));
                println!(
                    "EXTRA {kind}: {text:?} predicted {:?} {:?}",
                    &text[s..e],
                    p.value
                );
            }
        }
        let score = scores.get_mut(kind).expect("every kind is scored");
        score.gold += gold.len();
        score.predicted += predicted.len();
        score.matched += matched;
    }
}

/// The suites' kind of a mention. Vague words ("a few") and ordinals ("21st") are no kind
/// the suites annotate: their "number" is a number.
fn kind_of(mention: &QuantityMention) -> &'static str {
    if mention.form != Form::Number {
        return "other";
    }
    match mention.unit.map(|u| u.dimension) {
        None => "number",
        Some(Dimension::Length) => "length",
        Some(Dimension::Percent) => "percentage",
        Some(Dimension::Money) => "currency",
        Some(_) => "other",
    }
}

fn gold_item(item: &Value) -> Item {
    let span = match (item["start"].as_u64(), item["end"].as_u64()) {
        (Some(start), Some(end)) => Some((start as usize, end as usize)),
        _ => None,
    };
    let value = match &item["value"] {
        Value::Number(n) => n.as_f64().map(|v| Bounds {
            min: Some(v),
            max: Some(v),
        }),
        Value::Object(range) => Some(Bounds {
            min: range.get("min").and_then(Value::as_f64),
            max: range.get("max").and_then(Value::as_f64),
        }),
        _ => None,
    };
    let currency = item["unit"]
        .as_str()
        .filter(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()))
        .map(String::from);
    Item {
        span,
        value,
        currency,
    }
}

fn predicted_item(mention: &QuantityMention) -> Item {
    let amount = match mention.unit {
        Some(unit) if unit.dimension == Dimension::Length => {
            mention.amount.map(|v| v * unit.to_base / 1000.0)
        }
        _ => mention.amount,
    };
    let value = match amount {
        Amount::Number(v) => Bounds {
            min: Some(v),
            max: Some(v),
        },
        Amount::Interval { min, max } => Bounds { min, max },
    };
    Item {
        span: Some((mention.span.start, mention.span.end)),
        value: Some(value),
        currency: mention
            .unit
            .filter(|u| u.dimension == Dimension::Money)
            .map(|u| u.symbol.to_string()),
    }
}

/// Whether a prediction matches a gold item: overlapping spans, agreeing values.
fn agrees(gold: &Item, predicted: &Item) -> bool {
    let overlaps = overlaps(gold, predicted);
    let currency_agrees = match (&gold.currency, &predicted.currency) {
        (Some(g), Some(p)) => g == p,
        _ => true,
    };
    overlaps && currency_agrees && values_agree(gold.value, predicted.value)
}

/// Whether the spans overlap; an item without a span overlaps everything.
fn overlaps(a: &Item, b: &Item) -> bool {
    match (a.span, b.span) {
        (Some((a_start, a_end)), Some((b_start, b_end))) => a_start < b_end && b_start < a_end,
        _ => true,
    }
}

/// Equal numbers, or an interval's bounds: a number stated with a qualifier ("less than
/// 3.5mi") agrees with the bound it names.
fn values_agree(gold: Option<Bounds>, predicted: Option<Bounds>) -> bool {
    let (Some(gold), Some(predicted)) = (gold, predicted) else {
        return gold.is_none();
    };
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9);
    let bound = |g: Option<f64>, p: Option<f64>| match (g, p) {
        (Some(g), Some(p)) => same(g, p),
        (None, _) => true,
        (Some(_), None) => false,
    };
    let exact = bound(gold.min, predicted.min) && bound(gold.max, predicted.max);
    let gold_point = gold.min.zip(gold.max).filter(|(a, b)| same(*a, *b));
    let named_bound = gold_point.is_some_and(|(g, _)| {
        [predicted.min, predicted.max]
            .into_iter()
            .flatten()
            .any(|p| same(g, p))
    });
    exact || named_bound
}
