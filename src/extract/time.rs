//! Times of day: "at 23:11 local time (22:11 GMT) on Friday", "6:04 pm IST", "shortly
//! after 1 a.m. Eastern", each with its zone as written, the day written with it, and what
//! it attaches to in its sentence.
//!
//! A time in parentheses right after another ("23:40 local time (22:40 GMT)") restates
//! it, and attaches where it does.
//!
//! A day is the time's only when it is written right beside it ("on Friday at 11 p.m.",
//! "00.11 GMT on Saturday", "at 23:11 local time (22:11 GMT) on Friday"); any other date of
//! the sentence may date something else, so the time is then compared as a time of day
//! alone.

use jiff::civil::Date;
use serde_json::{Value, json};

use super::date::{DateMention, When};
use crate::source::Span;
use crate::text::case;
use crate::text::clock::{self, Clock};
use crate::text::syntax::{Binding, tokens_within};
use crate::text::{Document, Token};

/// How the words before a time place the event against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// "at 11 p.m.", "11 p.m."
    At,
    /// "about 11 p.m.", "around", "shortly", "nearly": within the hour.
    About,
    /// "before 11 p.m.", "by", "until": no later.
    NotAfter,
    /// "after 11 p.m.", "since", "from": no earlier.
    NotBefore,
    /// "between 1 and 2 a.m.", "1 to 2 a.m.": one end of a range, not judged.
    RangeEnd,
}

impl Qualifier {
    fn before(word: &str) -> Self {
        match word.to_ascii_lowercase().as_str() {
            "about" | "around" | "approximately" | "roughly" | "circa" | "nearly" | "almost"
            | "shortly" | "just" | "soon" | "some" | "~" => Self::About,
            "before" | "by" | "until" | "till" | "til" => Self::NotAfter,
            "after" | "since" | "from" | "past" => Self::NotBefore,
            "and" | "to" | "or" | "-" | "–" | "—" | "between" => Self::RangeEnd,
            _ => Self::At,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::At => "at",
            Self::About => "about",
            Self::NotAfter => "not after",
            Self::NotBefore => "not before",
            Self::RangeEnd => "range end",
        }
    }
}

/// One time of day as the article states it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeMention {
    /// The time with its zone: "1:25 a.m. Eastern".
    pub span: Span,
    pub clock: Clock,
    pub qualifier: Qualifier,
    /// The day written beside it, resolved like any date: "on Saturday" → 2023-09-09.
    pub day: Option<Date>,
    /// What the time attaches to in its sentence.
    pub binding: Binding,
}

impl TimeMention {
    /// The `factlint extract` fields besides `kind`, `start`, `end`, `text`.
    pub fn json_fields(&self, text: &str) -> [(&'static str, Value); 6] {
        [
            ("value", json!(self.clock.hh_mm())),
            (
                "precision",
                json!(if self.clock.to_the_minute {
                    "minute"
                } else {
                    "hour"
                }),
            ),
            (
                "zone",
                self.clock
                    .zone
                    .map_or(Value::Null, |zone| json!(zone.name())),
            ),
            (
                "day",
                self.day.map_or(Value::Null, |day| json!(day.to_string())),
            ),
            ("qualifier", json!(self.qualifier.as_str())),
            ("bound_to", self.binding.to_json(text)),
        ]
    }
}

/// Every time of day of the document, in order; `dates` are its date mentions.
pub fn extract_times(text: &str, document: &Document, dates: &[DateMention]) -> Vec<TimeMention> {
    let tokens = &document.tokens;
    let mut times = Vec::new();
    for sentence in &document.sentences {
        let mut i = sentence.tokens.start;
        let within = &tokens[..sentence.tokens.end];
        while i < sentence.tokens.end {
            let Some((clock, end)) = clock::read(text, within, i) else {
                i += 1;
                continue;
            };
            let span = tokens[i].span.cover(tokens[end - 1].span);
            let qualifier = match i.checked_sub(1).filter(|&j| j >= sentence.tokens.start) {
                Some(j) => Qualifier::before(&text[tokens[j].span.range()]),
                None => Qualifier::At,
            };
            let day = (!clock.midnight)
                .then(|| day_beside(text, within, i..end, dates))
                .flatten();
            // "23:40 local time (22:40 GMT)": the aside restates the time before it.
            let restated = times
                .last()
                .filter(|_| i >= 1 && &text[tokens[i - 1].span.range()] == "(")
                .filter(|last: &&TimeMention| last.span.end <= tokens[i - 1].span.start)
                .filter(|last| tokens_within(tokens, last.span).end == i - 1);
            let binding = match restated {
                Some(last) => last.binding.clone(),
                None => document.syntax(text).date_binding(
                    text,
                    document.lower_case(text),
                    tokens,
                    i..end,
                ),
            };
            times.push(TimeMention {
                span,
                clock,
                qualifier,
                day,
                binding,
            });
            i = end;
        }
    }
    times
}

/// Words that may stand between a day and its time: "Friday night at 11 p.m.", "11 p.m.
/// on Friday", "Friday, 6 a.m.".
const BETWEEN_DAY_AND_TIME: &[&str] = &[
    ",",
    "on",
    "at",
    "night",
    "evening",
    "morning",
    "afternoon",
    "overnight",
];

/// The day of a date mention written right before or after the time at tokens `time`.
fn day_beside(
    text: &str,
    tokens: &[Token],
    time: std::ops::Range<usize>,
    dates: &[DateMention],
) -> Option<Date> {
    let only_links = |range: std::ops::Range<usize>| {
        range.len() <= 3
            && tokens[range].iter().all(|token| {
                BETWEEN_DAY_AND_TIME.contains(&case::lower(&text[token.span.range()]).as_ref())
            })
    };
    // "(22:11 GMT)": the same time in another zone, between this one and its day.
    let after_aside = match tokens.get(time.end).map(|t| &text[t.span.range()]) {
        Some("(") => clock::read(text, tokens, time.end + 1)
            .filter(|&(_, end)| {
                tokens
                    .get(end)
                    .is_some_and(|t| &text[t.span.range()] == ")")
            })
            .map_or(time.end, |(_, end)| end + 1),
        _ => time.end,
    };
    let first = dates.partition_point(|d| d.span.end <= tokens[time.start].span.start);
    let before = first.checked_sub(1).map(|k| &dates[k]);
    let after = dates.get(first);
    let beside = [before, after].into_iter().flatten().find(|date| {
        let range = tokens_within(tokens, date.span);
        if range.end <= time.start {
            only_links(range.end..time.start)
        } else {
            range.start >= after_aside && only_links(after_aside..range.start)
        }
    })?;
    match beside.value? {
        When::On(day) => day.date(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Context;
    use crate::extract::date::extract_dates;

    /// Each time of `text` published on 2023-09-09: words, hh:mm, day.
    fn times_of(text: &str) -> Vec<(String, String, Option<String>, Qualifier)> {
        let document = Document::new(text);
        let context = Context {
            publication_date: Some(Date::constant(2023, 9, 9)),
        };
        let dates = extract_dates(text, &document, &context);
        extract_times(text, &document, &dates)
            .into_iter()
            .map(|time| {
                (
                    text[time.span.range()].to_string(),
                    time.clock.hh_mm(),
                    time.day.map(|day| day.to_string()),
                    time.qualifier,
                )
            })
            .collect()
    }

    fn time(
        words: &str,
        hh_mm: &str,
        day: Option<&str>,
        qualifier: Qualifier,
    ) -> (String, String, Option<String>, Qualifier) {
        (
            words.to_string(),
            hh_mm.to_string(),
            day.map(str::to_string),
            qualifier,
        )
    }

    #[test]
    fn a_day_belongs_to_the_time_written_beside_it() {
        use Qualifier::*;
        let cases = [
            (
                "The tremor came at 23:11 local time (22:11 GMT) on Friday.",
                vec![
                    time("23:11 local time", "23:11", Some("2023-09-08"), At),
                    time("22:11 GMT", "22:11", None, At),
                ],
            ),
            (
                "Power failed at 00.11 GMT on Saturday.",
                vec![time("00.11 GMT", "00:11", Some("2023-09-09"), At)],
            ),
            (
                "On Friday night at 11 p.m. the dam broke.",
                vec![time("11 p.m.", "23:00", Some("2023-09-08"), At)],
            ),
            (
                "The dam broke shortly after 1 a.m., and on Friday crews came.",
                vec![time("1 a.m.", "01:00", None, NotBefore)],
            ),
            (
                "It was over by midnight on Friday.",
                vec![time("midnight", "00:00", None, NotAfter)],
            ),
            (
                "Crews worked from 9 a.m. to 5 p.m. Tuesday, about 6 p.m. the rain began.",
                vec![
                    time("9 a.m.", "09:00", None, NotBefore),
                    time("5 p.m.", "17:00", Some("2023-09-05"), RangeEnd),
                    time("6 p.m.", "18:00", None, About),
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(times_of(text), expected, "{text}");
        }
    }
}
