//! Scores factlint's date extraction against the peer test suites (other libraries' test
//! cases, converted to one JSONL format; see `shared/peer-suites/README.md`).
//!
//! ```sh
//! cargo run --release --example score_dates            # ../shared/peer-suites/extraction
//! cargo run --release --example score_dates -- DIR     # another folder of *.jsonl
//! cargo run --release --example score_dates -- DIR -v  # and every miss, to stderr
//! ```
//!
//! Scored: the `date` items, and the `datetime` items whose value is a day or coarser (a time
//! of day is not something factlint reads; our dates overlapping such an item are left out
//! too). Each case's `reference_date` is the publication date. Overlap scoring: a gold item
//! with a span is found when one of our dates overlaps it, one without a span when one of our
//! dates has its value; one of our dates is right when it finds a gold item. Values are
//! compared at the coarser of the two precisions, a year-less date on month and day,
//! `alternatives` accepted: "value agrees" is the share of found items (with a span and a
//! value) whose value agrees as well.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use factlint::extract::date::{DateMention, When, extract_dates};
use factlint::extract::{Context, parse_publication_date};
use factlint::source::Span;
use factlint::text::Document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let dir = args.iter().find(|a| *a != "-v").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites/extraction"),
        PathBuf::from,
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("no peer suites at {}: nothing to score", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    for file in &files {
        let suite = file
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for line in text.lines() {
            let Ok(case) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            if matches!(case["kind"].as_str(), Some("date" | "datetime")) {
                let score = score_case(&case, verbose);
                scores.entry(suite.clone()).or_default().add(&score);
            }
        }
    }
    if scores.is_empty() {
        println!("no date cases in {}", dir.display());
        return;
    }
    println!("| suite | gold | found | right | precision | recall | value agrees |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut total = Score::default();
    for (suite, score) in &scores {
        println!("{}", score.row(suite));
        total.add(score);
    }
    println!("{}", total.row("**all**"));
}

#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    /// Gold items found (recall) and our dates that are right (precision).
    found_gold: usize,
    right: usize,
    /// Of the matches by span, those whose value agrees.
    span_matches: usize,
    values_agree: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.found_gold += other.found_gold;
        self.right += other.right;
        self.span_matches += other.span_matches;
        self.values_agree += other.values_agree;
    }

    fn row(&self, name: &str) -> String {
        let ratio = |a: usize, b: usize| {
            if b == 0 {
                "–".to_string()
            } else {
                format!("{:.3}", a as f64 / b as f64)
            }
        };
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            self.gold,
            self.found,
            self.right,
            ratio(self.right, self.found),
            ratio(self.found_gold, self.gold),
            ratio(self.values_agree, self.span_matches),
        )
    }
}

/// A gold item worth scoring.
struct Gold {
    span: Option<Span>,
    /// The accepted values: ISO strings, one per end of a range.
    values: Vec<Vec<String>>,
}

fn score_case(case: &Value, verbose: bool) -> Score {
    let text = case["text"].as_str().unwrap_or_default();
    let publication_date = case["reference_date"]
        .as_str()
        .and_then(parse_publication_date);
    let document = Document::new(text);
    let found = extract_dates(text, &document, &Context { publication_date });
    let mut gold = Vec::new();
    let mut ignored: Vec<Span> = Vec::new();
    // An item left out without a span may be any of our dates: those that match nothing
    // are then not counted against us.
    let mut unplaced_ignored = false;
    for item in case["expected"].as_array().into_iter().flatten() {
        let span = item_span(item);
        match (scored_item(item, span), span) {
            (Some(item), _) => gold.push(item),
            (None, Some(span)) => ignored.push(span),
            (None, None) => unplaced_ignored = true,
        }
    }
    let found: Vec<&DateMention> = found
        .iter()
        .filter(|m| !ignored.iter().any(|&s| overlaps(s, m.span)))
        .collect();
    // A gold item is found when one of our dates overlaps it (or, without a span, has its
    // value); one of our dates is right when it overlaps (or has the value of) a gold item.
    let hits = |item: &Gold, mention: &DateMention| match item.span {
        Some(span) => overlaps(span, mention.span),
        None => agrees(item, mention),
    };
    let found_gold = gold
        .iter()
        .filter(|item| found.iter().any(|m| hits(item, m)))
        .count();
    let right: Vec<bool> = found
        .iter()
        .map(|m| gold.iter().any(|item| hits(item, m)))
        .collect();
    let mut score = Score {
        gold: gold.len(),
        found: found.len(),
        found_gold,
        right: right.iter().filter(|r| **r).count(),
        ..Score::default()
    };
    for item in gold
        .iter()
        .filter(|item| item.span.is_some() && !item.values.is_empty())
    {
        let Some(mention) = found.iter().find(|m| hits(item, m)) else {
            if verbose {
                let written = item.span.and_then(|s| text.get(s.range()));
                eprintln!("missed {text:?}: {written:?} {:?}", item.values);
            }
            continue;
        };
        score.span_matches += 1;
        let agree = agrees(item, mention);
        score.values_agree += usize::from(agree);
        if verbose && !agree {
            let ours = mention.value.map(When::iso);
            eprintln!("value {text:?}: {:?} vs {ours:?}", item.values);
        }
    }
    if unplaced_ignored {
        // Our dates that match nothing may be the left-out item.
        score.found = score.right;
    } else if verbose {
        for (mention, _) in found.iter().zip(&right).filter(|(_, r)| !**r) {
            eprintln!("extra {text:?}: {:?}", text.get(mention.span.range()));
        }
    }
    score
}

fn item_span(item: &Value) -> Option<Span> {
    let start = item["start"].as_u64()? as usize;
    let end = item["end"].as_u64()? as usize;
    Some(Span::new(start, end))
}

/// The item as scored, or `None` when it is left out: a time of day, or neither a span nor
/// a value to match by.
fn scored_item(item: &Value, span: Option<Span>) -> Option<Gold> {
    let kind = item["kind"].as_str()?;
    if kind != "date" && kind != "datetime" {
        return None;
    }
    let value = &item["value"];
    if kind == "datetime" && (value.is_null() || has_time_of_day(value)) {
        return None;
    }
    let values: Vec<Vec<String>> = std::iter::once(value)
        .chain(item["alternatives"].as_array().into_iter().flatten())
        .filter_map(iso_ends)
        .collect();
    (span.is_some() || !values.is_empty()).then_some(Gold { span, values })
}

fn has_time_of_day(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('T') || s.contains(':'),
        Value::Object(range) => range.values().any(has_time_of_day),
        _ => false,
    }
}

/// A gold value as ISO dates: one, or the two ends of a range (an open end stays empty).
fn iso_ends(value: &Value) -> Option<Vec<String>> {
    let iso = |v: &Value| {
        v.as_str()
            .filter(|s| s.starts_with(|c: char| c.is_ascii_digit()))
            .map(|s| s.get(..10).unwrap_or(s).to_string())
    };
    match value {
        Value::String(_) => Some(vec![iso(value)?]),
        Value::Object(range) => {
            let start = range.get("start").and_then(iso).unwrap_or_default();
            let end = range.get("end").and_then(iso).unwrap_or_default();
            (!start.is_empty() || !end.is_empty()).then_some(vec![start, end])
        }
        _ => None,
    }
}

fn agrees(item: &Gold, mention: &DateMention) -> bool {
    let Some(value) = mention.value else {
        return false;
    };
    let ours: Vec<String> = match value {
        When::On(date) => vec![date.iso()],
        When::Range { start, end } => vec![start.iso(), end.iso()],
    };
    item.values.iter().any(|gold| {
        gold.len() == ours.len()
            && gold
                .iter()
                .zip(&ours)
                .all(|(g, o)| g.is_empty() || same_at_common_precision(g, o))
    })
}

/// `2012-09-01` and `2012-09` agree; `--12-30` agrees with any year's December 30.
fn same_at_common_precision(gold: &str, ours: &str) -> bool {
    let (gold, ours) = match ours.strip_prefix("--") {
        Some(month_day) => (gold.get(5..).unwrap_or_default(), month_day),
        None => (gold, ours),
    };
    let common = gold.len().min(ours.len());
    common > 0 && gold.get(..common) == ours.get(..common)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}
