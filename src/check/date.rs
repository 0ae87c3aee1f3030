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
use super::builtin::future_date::speaks_of_future;
use super::event_time::TimeFact;
use super::normalize::fold;
use super::own_names::{OwnNames, StoryNames};
use super::phrases::{PhraseId, PhraseSetBuilder};
use super::spelling;
use crate::extract::date::{DateMention, PartialDate, Resolution, Stated, Unit, When};
use crate::extract::time::TimeMention;
use crate::finding::Finding;
use crate::lang::ast::{DateAssertion, DateConstraint, DateValue};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::syntax::{Binding, Relation};

/// A date fact with its event's words resolved to automaton ids.
#[derive(Debug)]
pub struct DateCheck {
    event: String,
    /// A date of a clause owned by a name that is not one of these is not the event's.
    own_names: OwnNames,
    phrases: Vec<PhraseId>,
    /// The event's words as the sheet's `terms` list them, folded, when it lists them.
    listed: Option<Vec<String>>,
    constraint: DateConstraint,
    /// The stretches of days, `(from, to)`, a date without a time may name: each date of
    /// `on`/`in` on its own, the range of `between`, or for a time (`at`) the days it fell on
    /// anywhere.
    days: Vec<(DateValue, DateValue)>,
    /// The time of day, for `at`.
    time: Option<TimeFact>,
}

/// Endings a listed word may still take: "launches", "Kim's".
const LISTED_WORD_ENDINGS: &[&str] = &["s", "es", "'s"];

impl DateCheck {
    pub fn compile(
        assertion: &DateAssertion,
        sheet: &Sheet,
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let event = &assertion.event.node;
        let (words, group) = sheet.with_terms(event);
        let mut ids: Vec<PhraseId> = words.iter().map(|word| phrases.add(word)).collect();
        ids.sort();
        ids.dedup();
        let time = time_of(&assertion.constraint);
        let days = day_stretches(&assertion.constraint);
        Self {
            own_names: OwnNames::compile(sheet, &words, phrases),
            event: event.clone(),
            phrases: ids,
            listed: group.map(|_| {
                words
                    .iter()
                    .flat_map(|word| spelling::variants(&fold(word)))
                    .collect()
            }),
            constraint: assertion.constraint.clone(),
            days,
            time,
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        let words = self.event_words(article);
        let names = self.own_names.find(article);
        for mention in event_dates(article, &article.mentions().dates, &words, &names) {
            let Some(value) = mention.value else {
                continue;
            };
            if !self.agrees(mention, value) {
                findings.push(self.finding(fact, article, mention));
            }
        }
        let Some(time) = &self.time else {
            return;
        };
        for mention in event_times(&article.mentions().times, &words, &names) {
            if !time.agrees(mention) {
                findings.push(self.time_finding(fact, article, time, mention));
            }
        }
    }

    /// What sentence `sentence` states of the event's date, given where it names the event
    /// (`words`): the dates [`Self::check`] judges there.
    pub fn stated_in(
        &self,
        article: &ArticleContext,
        sentence: usize,
        words: &[Span],
    ) -> Vec<Span> {
        let words: Vec<Span> = words
            .iter()
            .copied()
            .filter(|&word| self.is_event_word(article, word))
            .collect();
        let within = article.document().sentences[sentence].span;
        let names = self.own_names.find(article);
        let dates = &article.mentions().dates;
        let first = dates.partition_point(|d| d.span.start < within.start);
        let last = dates.partition_point(|d| d.span.start < within.end);
        let mut stated: Vec<Span> = event_dates(article, &dates[first..last], &words, &names)
            .filter(|mention| within.contains(mention.span))
            .map(|mention| mention.span)
            .collect();
        if self.time.is_some() {
            let times = &article.mentions().times;
            let first = times.partition_point(|t| t.span.start < within.start);
            let last = times.partition_point(|t| t.span.start < within.end);
            stated.extend(event_times(&times[first..last], &words, &names).map(|t| t.span));
            stated.sort();
        }
        stated
    }

    /// Where the article names the event, in the forms the sheet lists.
    fn event_words(&self, article: &ArticleContext) -> Vec<Span> {
        let mut words: Vec<Span> = self
            .phrases
            .iter()
            .flat_map(|&phrase| article.matches_of(phrase))
            .map(|found| found.span)
            .filter(|&span| self.is_event_word(article, span))
            .collect();
        words.sort();
        words.dedup();
        words
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
        let expected = describe(&self.constraint);
        self.contradiction(
            fact,
            article,
            mention.span,
            "date",
            mention.explain(text),
            expected,
        )
    }

    fn time_finding(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        time: &TimeFact,
        mention: &TimeMention,
    ) -> Finding {
        let written = &article.article().body.text[mention.span.range()];
        let label = time.explain(mention, written);
        self.contradiction(fact, article, mention.span, "time", label, time.describe())
    }

    /// "the launch date “Dec. 31” contradicts the fact sheet", with how the words were read
    /// and what the sheet says.
    fn contradiction(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        span: Span,
        what: &str,
        label: String,
        expected: String,
    ) -> Finding {
        let event = &self.event;
        let written = &article.article().body.text[span.range()];
        article.finding(
            fact,
            span,
            format!("the {event} {what} “{written}” contradicts the fact sheet"),
            label,
            Some(format!("{event} {expected}")),
        )
    }

    /// Whether every date the mention names agrees with the fact; a round figure ("six
    /// weeks ago") agrees when the fact falls within its stretch.
    fn agrees(&self, mention: &DateMention, value: When) -> bool {
        // A company's fiscal year is not the calendar year of the same number: never judged.
        if matches!(mention.stated, Stated::FiscalYear { .. }) {
            return true;
        }
        if let Some((start, end)) = round_figure(mention, value).or_else(|| period(mention, value))
        {
            let meets = |from: DateValue, to: DateValue| {
                from.first_day().is_some_and(|first| first <= end)
                    && to.last_day().is_some_and(|last| start <= last)
            };
            return self.days.iter().any(|&(from, to)| meets(from, to));
        }
        // "since August", "before 2018": the fact's days reach into the open range.
        let open = match value {
            When::From(start) => start.first_day().map(|start| (Some(start), None)),
            When::Until(end) => end.last_day().map(|end| (None, Some(end))),
            When::On(_) | When::Range { .. } => None,
        };
        if let Some((start, end)) = open {
            let reaches = |from: DateValue, to: DateValue| {
                start.is_none_or(|start| to.last_day().is_some_and(|last| start <= last))
                    && end.is_none_or(|end| from.first_day().is_some_and(|first| first <= end))
            };
            return self.days.iter().any(|&(from, to)| reaches(from, to));
        }
        // The year of "September 19-20" is the reader's guess, not the writer's: compare what
        // was written ("the next meeting, September 19-20" is ahead of publication).
        let yearless = matches!(mention.resolution, Resolution::YearFromPublication(_));
        value.ends().iter().all(|&date| {
            let date = if yearless {
                PartialDate { year: None, ..date }
            } else {
                date
            };
            self.days.iter().any(|&(from, to)| overlaps(date, from, to))
        })
    }
}

/// The time of day of an `at` fact.
fn time_of(constraint: &DateConstraint) -> Option<TimeFact> {
    match constraint {
        DateConstraint::At { time, tolerance } => Some(TimeFact::new(
            time.node,
            tolerance.as_ref().map(|tolerance| tolerance.node),
        )),
        DateConstraint::OneOf(_) | DateConstraint::Between { .. } => None,
    }
}

/// The stretches of days the fact allows a date to name (see [`DateCheck::days`]).
fn day_stretches(constraint: &DateConstraint) -> Vec<(DateValue, DateValue)> {
    match constraint {
        DateConstraint::OneOf(values) => values.iter().map(|v| (v.node, v.node)).collect(),
        DateConstraint::Between { start, end } => vec![(start.node, end.node)],
        DateConstraint::At { .. } => time_of(constraint)
            .map(|time| {
                let (first, last) = time.days();
                (DateValue::Day(first), DateValue::Day(last))
            })
            .into_iter()
            .collect(),
    }
}

/// "last week", "in the past week", "Q3 2023": a period the writer names, which agrees with a
/// fact that falls in it. A range written from one end to another ("from Dec. 30 to Jan. 2",
/// "between Jan. 22 and now") is not a period: both its ends must agree.
fn period(mention: &DateMention, value: When) -> Option<(Date, Date)> {
    let When::Range { start, end } = value else {
        return None;
    };
    if matches!(mention.stated, Stated::Range { .. } | Stated::Joined { .. }) {
        return None;
    }
    Some((start.first_day()?, end.last_day()?))
}

/// "six weeks ago", "18 months ago", "in two years": a count of weeks, months or years from
/// the publication date is a round figure; it stands for the days within one such unit of
/// the day it counts to. `None` for any other date.
fn round_figure(mention: &DateMention, value: When) -> Option<(Date, Date)> {
    let Stated::Shifted { unit, .. } = mention.stated else {
        return None;
    };
    let step = match unit {
        Unit::Week => jiff::Span::new().weeks(1),
        Unit::Month => jiff::Span::new().months(1),
        Unit::Year | Unit::Decade => jiff::Span::new().years(1),
        _ => return None,
    };
    let When::On(stated) = value else {
        return None;
    };
    let start = stated.first_day()?.checked_sub(step).ok()?;
    let end = stated.last_day()?.checked_add(step).ok()?;
    Some((start, end))
}

/// Whether `date` (as stated) and the fact's days `from..=to` can be the same time. A
/// year-less date is compared on what it states, in any year of the fact.
fn overlaps(date: PartialDate, from: DateValue, to: DateValue) -> bool {
    let (Some(first), Some(last)) = (from.first_day(), to.last_day()) else {
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

/// "on 2023-12-30 or 2024-01-02", "between 2024-11-01 and 2024-11-30", "at
/// 2023-10-25T00:25-06:00 (06:25 UTC)".
fn describe(constraint: &DateConstraint) -> String {
    match constraint {
        DateConstraint::OneOf(values) => {
            let dates: Vec<String> = values.iter().map(|v| v.node.to_string()).collect();
            let preposition = match values.first().map(|v| v.node) {
                Some(DateValue::Day(_)) => "on",
                _ => "in",
            };
            format!("{preposition} {}", dates.join(" or "))
        }
        DateConstraint::Between { start, end } => {
            format!("between {} and {}", start.node, end.node)
        }
        DateConstraint::At { .. } => {
            time_of(constraint).map_or_else(String::new, |time| time.describe())
        }
    }
}

/// The times of day that time the event named at `words`, read as [`event_dates`] reads
/// dates.
fn event_times<'a>(
    times: &'a [TimeMention],
    words: &'a [Span],
    names: &'a StoryNames,
) -> impl Iterator<Item = &'a TimeMention> {
    times
        .iter()
        .filter(move |time| dates_the_event(&time.binding, words, names))
}

/// Whether a date or time with this binding dates the event named at `words`.
fn dates_the_event(binding: &Binding, words: &[Span], names: &StoryNames) -> bool {
    binding.relation != Relation::Names && binding.attaches_to(words) && names.may_own(binding)
}

/// The dates that date the event named at `words`: those whose clause or phrase the
/// sentence structure attaches to one of the words ("launched on Jan. 2", "its launch six
/// weeks ago"), not the dates of a statement ("said Thursday"), of another instance ("the
/// 1997 storm", "the 1960 quake"), of another clause ("after a pause in June"), of another named thing ("Hurricane
/// Pauline, which hit in 1997"), nor the start of a stretch ("since March 2022").
fn event_dates<'a>(
    article: &'a ArticleContext,
    dates: &'a [DateMention],
    words: &'a [Span],
    names: &'a StoryNames,
) -> impl Iterator<Item = &'a DateMention> {
    dates.iter().filter(move |mention| {
        dates_the_event(&mention.binding, words, names) && !is_length_of_time(article, mention)
    })
}

/// "the strongest storm to hit the coast in 40 years": a count forward from publication in
/// a sentence that does not speak of the future is a length of time, not a date.
fn is_length_of_time(article: &ArticleContext, mention: &DateMention) -> bool {
    if !matches!(mention.stated, Stated::Shifted { count, .. } if count > 0) {
        return false;
    }
    let document = article.document();
    let tokens = document
        .sentence_at(mention.span.start)
        .map_or(&[][..], |sentence| document.sentence_tokens(sentence));
    !speaks_of_future(&article.article().body.text, tokens)
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

    /// The one date of `text`, published on `published`.
    fn value_of(text: &str, published: &str) -> DateMention {
        let document = Document::new(text);
        let context = Context {
            publication_date: Some(published.parse().unwrap()),
        };
        let mentions = extract_dates(text, &document, &context);
        assert_eq!(mentions.len(), 1, "{text}: {mentions:?}");
        mentions[0].clone()
    }

    fn check(constraint: DateConstraint) -> DateCheck {
        DateCheck {
            own_names: OwnNames::default(),
            event: "launch".to_string(),
            phrases: Vec::new(),
            listed: None,
            days: day_stretches(&constraint),
            constraint,
            time: None,
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
            let mention = value_of(text, "2024-01-05");
            let value = mention.value.unwrap();
            assert_eq!(launch.agrees(&mention, value), agrees, "{text}: {value:?}");
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
            let mention = value_of(text, published);
            let value = mention.value.unwrap();
            assert_eq!(
                ceasefire.agrees(&mention, value),
                agrees,
                "{text} ({published})"
            );
        }
    }

    /// Which dates of `text` attach to the word `event` (its first occurrence).
    fn dates_of_event(text: &str, event: &str) -> Vec<bool> {
        let document = Document::new(text);
        let start = text.find(event).unwrap();
        let words = [Span::new(start, start + event.len())];
        extract_dates(text, &document, &Context::default())
            .iter()
            .map(|m| m.binding.attaches_to(&words))
            .collect()
    }

    #[test]
    fn statement_dates_are_told_apart_from_event_dates() {
        let cases = [
            (
                "Kirby on Thursday said one missile was fired on December 30.",
                "fired",
            ),
            (
                "The White House said Thursday it was launched on Jan. 2.",
                "launched",
            ),
            (
                "Kirby told reporters on January 4 it was fired on December 30.",
                "fired",
            ),
            (
                "Ministry figures on Monday showed the rocket was fired on May 3.",
                "fired",
            ),
        ];
        for (text, event) in cases {
            assert_eq!(dates_of_event(text, event), [false, true], "{text}");
        }
    }

    #[test]
    fn dates_of_other_nouns_and_clauses_are_not_the_events() {
        let cases = [
            (
                "The launch recalled a 1998 storm that hit the coast.",
                "launch",
            ),
            (
                "After a pause in June, the bank raised rates again.",
                "raised",
            ),
            (
                "The probe, which landed in 2019, was lost; the new one landed too.",
                "landed too",
            ),
            (
                "Rates have climbed since March 2022 as the bank raised them.",
                "raised",
            ),
            ("Russia had intended to land its probe on Monday.", "land"),
        ];
        for (text, event) in cases {
            assert_eq!(dates_of_event(text, event), [false], "{text}");
        }
    }

    #[test]
    fn open_ranges_agree_with_the_days_they_reach() {
        let launch = check(DateConstraint::OneOf(vec![Spanned::new(
            day("2023-07-14"),
            Span::new(0, 0),
        )]));
        let cases = [
            ("It launched after 2020.", true),
            ("It launched after 2023.", false),
            ("It launched before 2024.", true),
            ("It launched before 2023.", false),
            ("It has flown since June 2023.", true),
            ("It has flown since August 2023.", false),
            ("It waited until July 14, 2023.", true),
            ("It waited until July 13, 2023.", false),
        ];
        for (text, agrees) in cases {
            let mention = value_of(text, "2024-03-01");
            let value = mention.value.unwrap();
            assert_eq!(launch.agrees(&mention, value), agrees, "{text}");
        }
    }

    #[test]
    fn a_fiscal_year_is_not_judged_as_the_calendar_year() {
        let launch = check(DateConstraint::OneOf(vec![Spanned::new(
            day("2023-07-14"),
            Span::new(0, 0),
        )]));
        for text in [
            "It launched in fiscal 2024.",
            "It launched in FY2022.",
            "It launched last fiscal year.",
        ] {
            let mention = value_of(text, "2024-03-01");
            let value = mention.value.unwrap();
            assert!(launch.agrees(&mention, value), "{text}");
        }
        let mention = value_of("It launched in 2022.", "2024-03-01");
        assert!(!launch.agrees(&mention, mention.value.unwrap()));
    }

    #[test]
    fn round_figures_and_periods_agree_with_a_fact_they_contain() {
        let launch = check(DateConstraint::OneOf(vec![Spanned::new(
            day("2023-07-14"),
            Span::new(0, 0),
        )]));
        let cases = [
            ("It launched six weeks ago.", "2023-08-23", true),
            ("It launched 18 months ago.", "2023-08-23", false),
            ("It launched three days ago.", "2023-07-20", false),
            ("It launched three days ago.", "2023-07-17", true),
            ("It launched last week.", "2023-07-18", true),
            ("It launched last week.", "2023-07-28", false),
        ];
        for (text, published, agrees) in cases {
            let document = Document::new(text);
            let context = Context {
                publication_date: Some(published.parse().unwrap()),
            };
            let mention = &extract_dates(text, &document, &context)[0];
            let value = mention.value.unwrap();
            assert_eq!(
                launch.agrees(mention, value),
                agrees,
                "{text} ({published})"
            );
        }
    }
}
