//! Scores factlint's date extraction against the peer test suites (other libraries' test
//! cases, converted to one JSONL format; see `shared/peer-suites/README.md`).
//!
//! ```sh
//! cargo run --release --example score_dates            # ../shared/peer-suites/extraction
//! cargo run --release --example score_dates -- DIR     # another folder of *.jsonl
//! cargo run --release --example score_dates -- DIR -v  # and every miss, extra date and
//!                                                      # value disagreement, to stderr
//! ```
//!
//! Scored: the `date` items, and the `datetime` items whose value is a day or coarser (a time
//! of day is not something factlint reads; our dates overlapping such an item are left out
//! too). Each case's `reference_date` is the publication date. Overlap scoring: a gold item
//! with a span is found when one of our dates overlaps it, one without a span when one of our
//! dates has its value; one of our dates is right when it finds a gold item.
//!
//! Values are compared at the coarser of the two precisions, a year-less date on month and
//! day, `alternatives` accepted, or by the days they cover (ISO weeks, half-open ranges,
//! Duckling's week or quarter as its first day; a part of our vague period). "value agrees"
//! is the share of found items (with a span and a value) whose value agrees with our
//! reading; "either direction" also counts those that agree with the mention's forward
//! reading, which the extractor gives only where the text leaves the direction open
//! ("Friday", "July 30"). "Read right" counts a gold item found with its value in either
//! direction, and gives precision and recall on it. See `docs/accuracy.md`, "Dates".

#[path = "common/suites.rs"]
mod suites;

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use serde_json::Value;

use factlint::article::parse_publication_date;
use factlint::extract::Context;
use factlint::extract::date::{DateMention, PartialDate, When, extract_dates};
use factlint::source::Span;
use factlint::text::Document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let Some(suites) = suites::load(&args) else {
        return;
    };
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    for (suite, cases) in &suites {
        for case in cases {
            if matches!(case["kind"].as_str(), Some("date" | "datetime")) {
                let score = score_case(suite, case, verbose);
                scores.entry(suite.clone()).or_default().add(&score);
            }
        }
    }
    if scores.is_empty() {
        println!("no date cases in the peer suites");
        return;
    }
    println!("Found (span overlap):");
    println!();
    println!(
        "| suite | gold | found | right | precision | recall | value agrees | either direction |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut total = Score::default();
    for (suite, score) in &scores {
        println!("{}", score.row(suite));
        total.add(score);
    }
    println!("{}", total.row("**all**"));
    println!();
    println!(
        "Read right (span overlap and value, either direction where the text leaves it open):"
    );
    println!();
    println!("| suite | gold | gold read right | ours | ours read right | precision | recall |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (suite, score) in &scores {
        println!("{}", score.value_row(suite));
    }
    println!("{}", total.value_row("**all**"));
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
    /// Of those, the ones that agree only in the other direction's reading.
    agree_forward: usize,
    /// Gold items with a value, and those read right: found with the value.
    valued_gold: usize,
    read_right_gold: usize,
    /// Our dates that find a gold item with a value, and those that read one right.
    valued_found: usize,
    read_right: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.found_gold += other.found_gold;
        self.right += other.right;
        self.span_matches += other.span_matches;
        self.values_agree += other.values_agree;
        self.agree_forward += other.agree_forward;
        self.valued_gold += other.valued_gold;
        self.read_right_gold += other.read_right_gold;
        self.valued_found += other.valued_found;
        self.read_right += other.read_right;
    }

    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            self.gold,
            self.found,
            self.right,
            ratio(self.right, self.found),
            ratio(self.found_gold, self.gold),
            ratio(self.values_agree, self.span_matches),
            ratio(self.values_agree + self.agree_forward, self.span_matches),
        )
    }

    fn value_row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            self.valued_gold,
            self.read_right_gold,
            self.valued_found,
            self.read_right,
            ratio(self.read_right, self.valued_found),
            ratio(self.read_right_gold, self.valued_gold),
        )
    }
}

/// A gold item worth scoring.
struct Gold {
    span: Option<Span>,
    /// The accepted values: ISO strings, one per end of a range.
    values: Vec<Vec<String>>,
}

fn score_case(suite: &str, case: &Value, verbose: bool) -> Score {
    let text = case["text"].as_str().unwrap_or_default();
    let reference = case["reference_date"].as_str().unwrap_or_default();
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
        None => mention.value.is_some_and(|v| agrees(item, v)),
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
    // Read right: found, and the value agrees, as we read it or, where the text leaves the
    // direction open ("Friday", "July 30"), as we would read it forward.
    let reading = |item: &Gold, mention: &DateMention| {
        if mention.value.is_some_and(|v| agrees(item, v)) {
            Some(Reading::Ours)
        } else if mention.forward_value().is_some_and(|v| agrees(item, v)) {
            Some(Reading::Forward)
        } else {
            None
        }
    };
    let reads = |item: &Gold, mention: &DateMention| match item.span {
        Some(span) => overlaps(span, mention.span) && reading(item, mention).is_some(),
        None => hits(item, mention),
    };
    let valued: Vec<&Gold> = gold.iter().filter(|item| !item.values.is_empty()).collect();
    score.valued_gold = valued.len();
    score.read_right_gold = valued
        .iter()
        .filter(|item| found.iter().any(|m| reads(item, m)))
        .count();
    for mention in &found {
        if valued.iter().any(|item| hits(item, mention)) {
            score.valued_found += 1;
            score.read_right += usize::from(valued.iter().any(|item| reads(item, mention)));
        }
    }
    for item in valued.iter().filter(|item| item.span.is_some()) {
        let overlapping: Vec<&&DateMention> = found.iter().filter(|m| hits(item, m)).collect();
        let written = item.span.and_then(|s| text.get(s.range()));
        let Some(first) = overlapping.first() else {
            if verbose {
                eprintln!(
                    "missed\t{suite}\t{reference}\t{text:?}\t{written:?} {:?}",
                    item.values
                );
            }
            continue;
        };
        score.span_matches += 1;
        let best = overlapping
            .iter()
            .filter_map(|m| reading(item, m))
            .min_by_key(|r| *r as u8);
        match best {
            Some(Reading::Ours) => score.values_agree += 1,
            Some(Reading::Forward) => score.agree_forward += 1,
            None => {}
        }
        if verbose && best != Some(Reading::Ours) {
            let tag = match best {
                Some(_) => "forward",
                None => "value",
            };
            let ours = first.value.map(When::iso);
            let forward = first.forward_value().map(When::iso);
            eprintln!(
                "{tag}\t{suite}\t{reference}\t{text:?}\tgold {written:?} {:?}\tours {:?} {:?} {ours:?} forward {forward:?}",
                item.values,
                text.get(first.span.range()),
                first.stated,
            );
        }
    }
    if unplaced_ignored {
        // Our dates that match nothing may be the left-out item.
        score.found = score.right;
    } else if verbose {
        for (mention, _) in found.iter().zip(&right).filter(|(_, r)| !**r) {
            eprintln!(
                "extra\t{suite}\t{reference}\t{text:?}\t{:?}",
                text.get(mention.span.range())
            );
        }
    }
    score
}

/// How a gold value was matched: by our reading, or by the other direction's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Ours,
    Forward,
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

/// Whether our value agrees with one of the item's: end by end at the coarser precision,
/// or covering the same days (a gold ISO week, a gold range whose end is the day after the
/// last, as Duckling and Recognizers-Text write intervals).
fn agrees(item: &Gold, value: When) -> bool {
    let ours: Vec<String> = match value {
        When::On(date) => vec![date.iso()],
        When::Range { start, end } => vec![start.iso(), end.iso()],
        When::From(start) => vec![start.iso(), String::new()],
        When::Until(end) => vec![String::new(), end.iso()],
    };
    if let When::From(_) | When::Until(_) = value {
        return item
            .values
            .iter()
            .any(|gold| open_agrees(gold, &ours, value));
    }
    let ours_days = days_of(value);
    let vague = value.ends().iter().any(|end| end.part.is_some());
    item.values.iter().any(|gold| {
        let by_ends = gold.len() == ours.len()
            && gold
                .iter()
                .zip(&ours)
                .all(|(g, o)| g.is_empty() || same_at_common_precision(g, o));
        let Some((first, last)) = ours_days else {
            return by_ends;
        };
        let days = gold_days(gold);
        by_ends
            || days.contains(&(first, last))
            // "early next week", "end of April": a part of our week or month, at our
            // precision.
            || (vague && days.iter().any(|&(a, b)| first <= a && b <= last))
            // Duckling writes a week or a quarter as its first day.
            || (gold.len() == 1
                && is_week_or_quarter(value)
                && parse_iso(&gold[0]).and_then(PartialDate::date) == Some(first))
    })
}

/// An open range against a gold one: the written end agrees at the coarser precision, and
/// the gold end of "before 2018" may be the day after ours (`2018-01-01`, half-open).
fn open_agrees(gold: &[String], ours: &[String], value: When) -> bool {
    if gold.len() != 2
        || gold
            .iter()
            .zip(ours)
            .any(|(g, o)| g.is_empty() != o.is_empty())
    {
        return false;
    }
    let by_ends = gold
        .iter()
        .zip(ours)
        .all(|(g, o)| g.is_empty() || same_at_common_precision(g, o));
    let day_after = match value {
        When::Until(end) => end
            .last_day()
            .and_then(|last| last.tomorrow().ok())
            .is_some_and(|next| parse_iso(&gold[1]).and_then(PartialDate::date) == Some(next)),
        _ => false,
    };
    by_ends || day_after
}

/// A calendar week (Monday to Sunday) or quarter.
fn is_week_or_quarter(value: When) -> bool {
    let When::Range { start, end } = value else {
        return false;
    };
    match (start.date(), end.date()) {
        (Some(monday), Some(sunday)) => {
            monday.weekday() == Weekday::Monday && (sunday - monday).get_days() == 6
        }
        _ => {
            start.day.is_none()
                && end.day.is_none()
                && start.year == end.year
                && start.month.is_some_and(|m| m % 3 == 1)
                && end.month == start.month.map(|m| m + 2)
        }
    }
}

/// The first and last day our value covers, when it has a year.
fn days_of(value: When) -> Option<(Date, Date)> {
    let [start, end] = value.ends();
    Some((start.first_day()?, end.last_day()?))
}

/// The days a gold value may cover: an ISO week, or a range of two ends read with the end
/// as the last day or as the day after it.
fn gold_days(gold: &[String]) -> Vec<(Date, Date)> {
    match gold {
        [century] if century.len() == 2 => {
            // TimeML's "19" is the twentieth century.
            let Ok(century) = century.parse::<i16>() else {
                return Vec::new();
            };
            let first = Date::new(century * 100, 1, 1).ok();
            let last = Date::new(century * 100 + 99, 12, 31).ok();
            first.zip(last).into_iter().collect()
        }
        [week] => {
            let Some((year, week)) = week.split_once("-W") else {
                return Vec::new();
            };
            let (Ok(year), Ok(week)) = (year.parse::<i16>(), week.parse::<i8>()) else {
                return Vec::new();
            };
            ISOWeekDate::new(year, week, Weekday::Monday)
                .ok()
                .and_then(|monday| {
                    let monday = monday.date();
                    Some((monday, monday.checked_add(6.days()).ok()?))
                })
                .into_iter()
                .collect()
        }
        [start, end] => {
            let (Some(start), Some(end)) = (parse_iso(start), parse_iso(end)) else {
                return Vec::new();
            };
            let (Some(first), Some(last)) = (start.first_day(), end.last_day()) else {
                return Vec::new();
            };
            let day_before = end
                .first_day()
                .and_then(|d| d.yesterday().ok())
                .filter(|&d| d >= first);
            std::iter::once((first, last))
                .chain(day_before.map(|d| (first, d)))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// `2023`, `2023-09` or `2023-09-30` at its precision.
fn parse_iso(iso: &str) -> Option<PartialDate> {
    let mut parts = iso.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next().map(str::parse).transpose().ok()?;
    let day = parts.next().map(str::parse).transpose().ok()?;
    let date = PartialDate::new(Some(year), month, day);
    (parts.next().is_none() && date.exists() && date.first_day().is_some()).then_some(date)
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

/// `a / b` to three places, or a dash when there is nothing to divide by.
fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "–".to_string()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}
