//! `future-date`: a date after the publication date told in the past tense ("launched on
//! January 7" in an article of January 5).
//!
//! A year-less date resolves to the most recent such day on or before the publication date,
//! so "January 7" in an article of 2024-01-05 reads 2023-01-07; when its reading in the
//! publication year is at most [`NEAR_FUTURE_DAYS`] ahead, the writer most likely meant that
//! one, and it is reported too.

use jiff::ToSpan;
use jiff::civil::Date;

use super::BuiltinCheck;
use crate::check::ArticleContext;
use crate::extract::Context;
use crate::extract::date::{DateMention, PartialDate, Resolution, Stated};
use crate::finding::Finding;
use crate::text::Token;

/// How far past the publication date a year-less date is still read as meant for that year.
const NEAR_FUTURE_DAYS: i32 = 31;

/// Irregular past forms newsrooms use; regular ones end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "made", "met", "went", "came", "gave",
    "held", "began", "struck", "hit", "shot", "flew", "fell", "left", "sent", "saw", "won", "lost",
    "spoke", "wrote", "led", "ran", "broke", "brought", "fought", "sold",
];

/// Words that make a sentence about the future even with a past-tense verb in it
/// ("said it would launch", "was scheduled for").
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "would",
    "shall",
    "going",
    "plan",
    "plans",
    "planned",
    "intends",
    "intend",
    "expects",
    "expected",
    "scheduled",
    "due",
    "upcoming",
    "next",
    "tomorrow",
    "could",
    "may",
    "might",
    "aims",
];

/// Only a publication date makes a date future.
pub fn has_candidates(_: &str, context: &Context) -> bool {
    context.publication_date.is_some()
}

pub fn check(article: &ArticleContext, check: &BuiltinCheck, findings: &mut Vec<Finding>) {
    let Some(published) = article.publication_date() else {
        return;
    };
    let document = article.document();
    let text = &article.article().body.text;
    for mention in &article.mentions().dates {
        let Some(later) = after_publication(mention, published) else {
            continue;
        };
        let Some(sentence) = document.sentence_at(mention.span.start) else {
            continue;
        };
        if !is_past_tense(text, document.sentence_tokens(sentence)) {
            continue;
        }
        let written = &text[mention.span.range()];
        let message = format!(
            "“{written}” is after the publication date {published}, yet told in the past tense"
        );
        let label = match mention.resolution {
            Resolution::YearFromPublication(_) => {
                let earlier = mention.value.map_or_else(String::new, |v| v.iso());
                format!("{later} in the publication year; {earlier} if a year earlier")
            }
            _ => mention.explain(text),
        };
        findings.push(article.builtin_finding(check, mention.span, message, label));
    }
}

/// The first day the mention names when it is after `published`: its resolved value, or for a
/// year-less date its reading in the publication year when that is a few days ahead.
fn after_publication(mention: &DateMention, published: Date) -> Option<Date> {
    // "highest in 22 years", "the first time in 15 months": in a past-tense sentence a
    // count forward from publication is a length of time, never a day.
    if matches!(mention.stated, Stated::Shifted { count, .. } if count > 0) {
        return None;
    }
    // "guidance for fiscal 2025": a company's year, which may end after the publication.
    if matches!(mention.stated, Stated::FiscalYear { .. }) {
        return None;
    }
    let value = mention.value?;
    let first = value.ends()[0];
    match mention.resolution {
        Resolution::Stated | Resolution::FromPublication(_) => {
            first.first_day().filter(|&day| day > published)
        }
        Resolution::YearFromPublication(_) => {
            let this_year = PartialDate {
                year: Some(published.year()),
                ..first
            };
            let day = this_year.first_day()?;
            let horizon = published.checked_add(NEAR_FUTURE_DAYS.days()).ok()?;
            (day > published && day <= horizon).then_some(day)
        }
        Resolution::None => None,
    }
}

/// Whether the sentence speaks of the future: "will", "would", "expected", "'ll", …
pub(crate) fn speaks_of_future(text: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        let word = text[t.span.range()].to_lowercase();
        FUTURE_MARKERS.contains(&word.as_str()) || word.ends_with("'ll") || word.ends_with("’ll")
    })
}

/// Whether the sentence tells of the past: a past-tense verb and nothing about the future.
fn is_past_tense(text: &str, tokens: &[Token]) -> bool {
    let words = || tokens.iter().map(|t| text[t.span.range()].to_lowercase());
    let future = speaks_of_future(text, tokens);
    let past = words().any(|w| {
        IRREGULAR_PAST.contains(&w.as_str())
            || (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_alphabetic))
    });
    past && !future
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn past_tense_sentences_and_future_ones() {
        let cases = [
            ("Russia launched missiles on January 7.", true),
            ("The missile was fired on January 7.", true),
            ("Russia will launch missiles on January 7.", false),
            ("Kirby said Russia would launch more on January 7.", false),
            ("The vote is scheduled for January 7.", false),
            ("The meeting on January 7.", false),
        ];
        for (text, expected) in cases {
            let document = Document::new(text);
            assert_eq!(
                is_past_tense(text, document.sentence_tokens(0)),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_forward_from_publication_is_a_length_of_time() {
        use crate::extract::Context;
        use crate::extract::date::extract_dates;
        let published = Date::constant(2023, 7, 26);
        let context = Context {
            publication_date: Some(published),
        };
        for (text, after) in [
            ("Rates rose to their highest level in 22 years.", false),
            ("It paused for the first time in 15 months.", false),
            ("The rocket was launched on August 3.", true),
        ] {
            let document = Document::new(text);
            let mention = &extract_dates(text, &document, &context)[0];
            assert_eq!(
                after_publication(mention, published).is_some(),
                after,
                "{text}"
            );
        }
    }
}
