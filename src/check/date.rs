//! Date facts: `launch on 2023-12-30 or 2024-01-02`, `visit in 2023-09`,
//! `ceasefire between 2024-11-01 and 2024-11-30`.
//!
//! The dates of every sentence that names the event (its words, or those of the sheet's
//! `terms` group of the same name: launch → launched, fired) are compared with the fact at
//! the precision the article states them: "in December" agrees with 2023-12-30, and a
//! year-less "Dec. 30" is compared on month and day only. Dates of a statement ("Kirby said
//! Thursday") are not dates of the event.
//!
//! When the sheet lists the event's words under `terms`, those forms are the contract: they
//! match as listed (plural and possessive aside), so `visit: [visit, visited]` does not
//! catch "a visiting delegation". Otherwise the event matches with its inflections.

use jiff::civil::Date;

use super::ArticleContext;
use super::normalize::fold;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::extract::date::{DateMention, PartialDate, When};
use crate::finding::Finding;
use crate::lang::ast::{DateAssertion, DateConstraint, DateValue};
use crate::sheet::{Fact, TermGroup};
use crate::source::Span;
use crate::text::Token;

/// Verbs that date a statement rather than the event it reports.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "announced",
    "added",
    "stated",
    "noted",
    "confirmed",
    "reported",
    "disclosed",
    "informed",
    "briefed",
    "declared",
    "claimed",
    "revealed",
    "warned",
    "explained",
];

/// Words that may stand between a reporting verb and its date: "told reporters on Thursday".
const STATEMENT_FILLERS: &[&str] = &["on", "reporters", "journalists", "late", "early", "last"];

/// A date fact with its event's words resolved to automaton ids.
#[derive(Debug)]
pub struct DateCheck {
    event: String,
    phrases: Vec<PhraseId>,
    /// The event's words as the sheet's `terms` list them, folded, when it lists them.
    listed: Option<Vec<String>>,
    constraint: DateConstraint,
}

/// Endings a listed word may still take: "launches", "Kim's".
const LISTED_WORD_ENDINGS: &[&str] = &["s", "es", "'s"];

impl DateCheck {
    pub fn compile(
        assertion: &DateAssertion,
        terms: &[TermGroup],
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let event = &assertion.event.node;
        let group = terms
            .iter()
            .find(|group| group.name.eq_ignore_ascii_case(event));
        let words: Vec<&String> = std::iter::once(event)
            .chain(group.into_iter().flat_map(|group| &group.words))
            .collect();
        let mut ids: Vec<PhraseId> = words.iter().map(|word| phrases.add(word)).collect();
        ids.sort();
        ids.dedup();
        Self {
            event: event.clone(),
            phrases: ids,
            listed: group.map(|_| words.iter().map(|word| fold(word)).collect()),
            constraint: assertion.constraint.clone(),
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        let document = article.document();
        let mut sentences: Vec<usize> = self
            .phrases
            .iter()
            .flat_map(|&phrase| article.matches_of(phrase))
            .filter(|found| self.is_event_word(article, found.span))
            .filter_map(|found| document.sentence_at(found.span.start))
            .collect();
        sentences.sort();
        sentences.dedup();
        for sentence in sentences {
            for mention in event_dates_in(article, sentence) {
                let Some(value) = mention.value else {
                    continue;
                };
                if !self.agrees(value) {
                    findings.push(self.finding(fact, article, mention));
                }
            }
        }
    }

    /// What sentence `sentence` states of the event's date, given where it names the event
    /// (`words`): the dates [`Self::check`] judges there, none unless one of the words is a
    /// form the sheet lists.
    pub fn stated_in(
        &self,
        article: &ArticleContext,
        sentence: usize,
        words: &[Span],
    ) -> Vec<Span> {
        if !words.iter().any(|&word| self.is_event_word(article, word)) {
            return Vec::new();
        }
        event_dates_in(article, sentence)
            .map(|mention| mention.span)
            .collect()
    }

    /// Whether the words at `found` are one of the listed forms, when the sheet lists them.
    fn is_event_word(&self, article: &ArticleContext, found: Span) -> bool {
        let Some(listed) = &self.listed else {
            return true;
        };
        let written = fold(article.text(found));
        let stems = std::iter::once(written.as_str()).chain(
            LISTED_WORD_ENDINGS
                .iter()
                .filter_map(|ending| written.strip_suffix(ending)),
        );
        stems
            .into_iter()
            .any(|stem| listed.iter().any(|word| word == stem))
    }

    fn finding(&self, fact: &Fact, article: &ArticleContext, mention: &DateMention) -> Finding {
        let text = &article.article().body.text;
        let event = &self.event;
        let written = &text[mention.span.range()];
        article.finding(
            fact,
            mention.span,
            format!("the {event} date “{written}” contradicts the fact sheet"),
            mention.explain(text),
            Some(format!("{event} {}", describe(&self.constraint))),
        )
    }

    /// Whether every date the mention names agrees with the fact.
    fn agrees(&self, value: When) -> bool {
        value.ends().iter().all(|&date| match &self.constraint {
            DateConstraint::OneOf(values) => values.iter().any(|v| overlaps(date, v.node, v.node)),
            DateConstraint::Between { start, end } => overlaps(date, start.node, end.node),
        })
    }
}

/// Whether `date` (as stated) and the fact's days `from..=to` can be the same time. A
/// year-less date is compared on what it states, in any year of the fact.
fn overlaps(date: PartialDate, from: DateValue, to: DateValue) -> bool {
    let (Some(first), Some(last)) = (first_day(from), last_day(to)) else {
        return false;
    };
    let years = first.year()..=last.year();
    let candidates: Vec<PartialDate> = match date.year {
        Some(_) => vec![date],
        None => years
            .map(|year| PartialDate {
                year: Some(year),
                ..date
            })
            .collect(),
    };
    candidates.into_iter().any(
        |candidate| match (candidate.first_day(), candidate.last_day()) {
            (Some(start), Some(end)) => start <= last && first <= end,
            _ => false,
        },
    )
}

fn first_day(value: DateValue) -> Option<Date> {
    fact_date(value).first_day()
}

fn last_day(value: DateValue) -> Option<Date> {
    fact_date(value).last_day()
}

fn fact_date(value: DateValue) -> PartialDate {
    match value {
        DateValue::Day(day) => PartialDate::day(day),
        DateValue::Month { year, month } => PartialDate::month(year, month),
        DateValue::Year(year) => PartialDate::year(year),
    }
}

/// "on 2023-12-30 or 2024-01-02", "between 2024-11-01 and 2024-11-30".
fn describe(constraint: &DateConstraint) -> String {
    let iso = |value: DateValue| fact_date(value).iso();
    match constraint {
        DateConstraint::OneOf(values) => {
            let dates: Vec<String> = values.iter().map(|v| iso(v.node)).collect();
            let preposition = match values.first().map(|v| v.node) {
                Some(DateValue::Day(_)) => "on",
                _ => "in",
            };
            format!("{preposition} {}", dates.join(" or "))
        }
        DateConstraint::Between { start, end } => {
            format!("between {} and {}", iso(start.node), iso(end.node))
        }
    }
}

/// The dates that sentence `sentence` gives an event it names: its date mentions but those of
/// a statement.
fn event_dates_in<'a>(
    article: &'a ArticleContext,
    sentence: usize,
) -> impl Iterator<Item = &'a DateMention> {
    let within = article.document().sentences[sentence].span;
    let tokens = article.document().sentence_tokens(sentence);
    let text = &article.article().body.text;
    article.mentions().dates.iter().filter(move |mention| {
        within.contains(mention.span) && !dates_a_statement(text, tokens, mention)
    })
}

/// "Kirby on Thursday said", "the White House said Thursday", "told reporters on January 4":
/// the date is when something was said, not when the event happened.
fn dates_a_statement(text: &str, tokens: &[Token], mention: &DateMention) -> bool {
    let word = |token: &Token| &text[token.span.range()];
    let is_verb = |token: &Token| {
        REPORTING_VERBS
            .iter()
            .any(|v| word(token).eq_ignore_ascii_case(v))
    };
    let first = tokens.partition_point(|t| t.span.start < mention.span.start);
    let after = tokens.partition_point(|t| t.span.start < mention.span.end);
    if tokens.get(after).is_some_and(is_verb) {
        return true;
    }
    tokens[..first]
        .iter()
        .rev()
        .find(|token| {
            !STATEMENT_FILLERS
                .iter()
                .any(|filler| word(token).eq_ignore_ascii_case(filler))
        })
        .is_some_and(is_verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Context;
    use crate::extract::date::extract_dates;
    use crate::lang::ast::Spanned;
    use crate::text::Document;

    fn day(text: &str) -> DateValue {
        DateValue::Day(text.parse().unwrap())
    }

    #[test]
    fn dates_agree_at_the_precision_stated() {
        let launch = (day("2023-12-30"), day("2023-12-30"));
        let cases = [
            (PartialDate::new(Some(2023), Some(12), Some(30)), true),
            (PartialDate::new(Some(2023), Some(12), Some(31)), false),
            (PartialDate::new(Some(2023), Some(12), None), true),
            (PartialDate::new(Some(2023), Some(11), None), false),
            (PartialDate::new(Some(2023), None, None), true),
            (PartialDate::new(None, Some(12), Some(30)), true),
            (PartialDate::new(None, Some(12), Some(31)), false),
            (PartialDate::new(None, Some(12), None), true),
        ];
        for (date, expected) in cases {
            assert_eq!(overlaps(date, launch.0, launch.1), expected, "{date:?}");
        }
        let month = DateValue::Month {
            year: 2023,
            month: 9,
        };
        assert!(overlaps(
            PartialDate::new(None, Some(9), Some(13)),
            month,
            month
        ));
        assert!(!overlaps(
            PartialDate::new(Some(2024), Some(9), None),
            month,
            month
        ));
    }

    /// The value of the one date of `text`, published on `published`.
    fn value_of(text: &str, published: &str) -> When {
        let document = Document::new(text);
        let context = Context {
            publication_date: Some(published.parse().unwrap()),
        };
        let mentions = extract_dates(text, &document, &context);
        assert_eq!(mentions.len(), 1, "{text}: {mentions:?}");
        mentions[0].value.unwrap()
    }

    fn check(constraint: DateConstraint) -> DateCheck {
        DateCheck {
            event: "launch".to_string(),
            phrases: Vec::new(),
            listed: None,
            constraint,
        }
    }

    #[test]
    fn stated_ranges_agree_when_both_ends_do() {
        let spanned = |text: &str| Spanned::new(day(text), Span::new(0, 0));
        let launch = check(DateConstraint::OneOf(vec![
            spanned("2023-12-30"),
            spanned("2024-01-02"),
        ]));
        let cases = [
            ("It fired from Dec. 30 to Jan. 2 in all.", true),
            ("It fired from Dec. 28 to Jan. 2 in all.", false),
            ("It fired from Dec. 30 to Jan. 5 in all.", false),
            ("It fired from 30 December 2023 to 2 January 2024.", true),
            ("It fired between Dec. 30 and now.", false),
        ];
        for (text, agrees) in cases {
            let value = value_of(text, "2024-01-05");
            assert_eq!(launch.agrees(value), agrees, "{text}: {value:?}");
        }
        let ceasefire = check(DateConstraint::Between {
            start: spanned("2024-11-01"),
            end: spanned("2024-11-30"),
        });
        let cases = [
            ("It held from Nov. 3 to date.", "2024-11-20", true),
            ("It held from Nov. 3 to date.", "2024-12-05", false),
            ("It held from Monday to Friday.", "2024-11-22", true),
            ("It held from Monday to Friday.", "2024-12-02", false),
        ];
        for (text, published, agrees) in cases {
            let value = value_of(text, published);
            assert_eq!(ceasefire.agrees(value), agrees, "{text} ({published})");
        }
    }

    #[test]
    fn statement_dates_are_told_apart_from_event_dates() {
        let cases = [
            (
                "Kirby on Thursday said one missile was fired on December 30.",
                [true, false],
            ),
            (
                "The White House said Thursday it was launched on Jan. 2.",
                [true, false],
            ),
            (
                "Kirby told reporters on January 4 it was fired on December 30.",
                [true, false],
            ),
        ];
        for (text, expected) in cases {
            let document = Document::new(text);
            let mentions = extract_dates(text, &document, &Context::default());
            let statement: Vec<bool> = mentions
                .iter()
                .map(|m| dates_a_statement(text, document.sentence_tokens(0), m))
                .collect();
            assert_eq!(statement, expected, "{text}");
        }
    }
}
