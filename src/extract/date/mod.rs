//! Dates: every way a newsroom writes one ("Dec. 30", "30 December 2023", "12/30/2023",
//! "Tuesday (January 2)", "mid-December", "last week", "in September last year"), found in
//! the text model once per article and resolved against the publication date.
//!
//! [`patterns`] reads what the text states, at its own precision; [`resolve`] turns it into a
//! calendar value with the publication date, recording how ([`Resolution`]).

mod across_months;
mod fiscal;
mod holidays;
mod joined;
mod lexicon;
mod named;
mod numeric;
mod open;
mod patterns;
mod relative;
mod resolve;
mod starts;

use jiff::civil::{Date, Weekday};
use serde_json::{Value, json};

use super::Context;
use crate::source::Span;
use crate::text::Document;
use crate::text::syntax::{Binding, tokens_within};

pub use open::Side;
pub use patterns::{Bound, Shift, Stated, Unit};
use resolve::{resolve, resolve_forward};

/// A vague part of a month or year: "early January", "mid-December", "earlier this month".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
    /// Before the publication date within the period: "earlier this month".
    Earlier,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Late => "late",
            Self::Earlier => "earlier",
        }
    }
}

/// A calendar date at the precision it was written: a year, a month or a day, with or
/// without its year. A day always has its month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    pub part: Option<Part>,
}

impl PartialDate {
    pub const fn year(year: i16) -> Self {
        Self::new(Some(year), None, None)
    }

    pub const fn month(year: i16, month: i8) -> Self {
        Self::new(Some(year), Some(month), None)
    }

    pub fn day(date: Date) -> Self {
        Self::new(Some(date.year()), Some(date.month()), Some(date.day()))
    }

    pub const fn new(year: Option<i16>, month: Option<i8>, day: Option<i8>) -> Self {
        Self {
            year,
            month,
            day,
            part: None,
        }
    }

    /// Whether such a day can exist: not "February 30", not "February 29, 2023". A year-less
    /// February 29 can.
    pub fn exists(self) -> bool {
        let Some(day) = self.day else {
            return true;
        };
        let Some(month) = self.month else {
            return false;
        };
        // 2024 is a leap year: the most days any year gives this month.
        let year = self.year.unwrap_or(2024);
        Date::new(year, month, 1).is_ok_and(|first| day <= first.days_in_month())
    }

    /// The calendar day, for a day with its year.
    pub fn date(self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?).ok()
    }

    /// The first day the value covers, when it has a year.
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year?, self.month.unwrap_or(1), self.day.unwrap_or(1)).ok()
    }

    /// The last day the value covers, when it has a year.
    pub fn last_day(self) -> Option<Date> {
        let first = Date::new(self.year?, self.month.unwrap_or(12), 1).ok()?;
        match self.day {
            Some(day) => first.with().day(day).build().ok(),
            None => Some(first.last_of_month()),
        }
    }

    /// ISO 8601 at the value's precision: `2024-01-02`, `2023-09`, `2022`; year-less as
    /// `--12-30` and `--12`.
    pub fn iso(self) -> String {
        let mut iso = match self.year {
            Some(year) => format!("{year:04}"),
            None => "-".to_string(),
        };
        if let Some(month) = self.month {
            iso.push_str(&format!("-{month:02}"));
        }
        if let Some(day) = self.day {
            iso.push_str(&format!("-{day:02}"));
        }
        iso
    }
}

/// What a date mention stands for once resolved: one date, or a range of dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    On(PartialDate),
    Range {
        start: PartialDate,
        end: PartialDate,
    },
    /// From this date on, open at the end: "since August", "after 2010" (from 2011).
    From(PartialDate),
    /// Up to this date, open at the start: "until April 27", "before 2018" (up to 2017).
    Until(PartialDate),
}

impl When {
    pub fn iso(self) -> String {
        match self {
            Self::On(date) => date.iso(),
            Self::Range { start, end } => format!("{} to {}", start.iso(), end.iso()),
            Self::From(start) => format!("{} on", start.iso()),
            Self::Until(end) => format!("until {}", end.iso()),
        }
    }

    fn to_json(self) -> Value {
        match self {
            Self::On(date) => json!(date.iso()),
            Self::Range { start, end } => json!({"start": start.iso(), "end": end.iso()}),
            Self::From(start) => json!({"start": start.iso(), "end": null}),
            Self::Until(end) => json!({"start": null, "end": end.iso()}),
        }
    }

    /// The dates it names: one, the two ends of a range, or the one end of an open range.
    pub fn ends(self) -> [PartialDate; 2] {
        match self {
            Self::On(date) | Self::From(date) | Self::Until(date) => [date, date],
            Self::Range { start, end } => [start, end],
        }
    }
}

/// How a mention's calendar value was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The text states the year: "30 December 2023".
    Stated,
    /// A year-less date took the year that puts it on or before the publication date.
    YearFromPublication(Date),
    /// A relative date ("Thursday", "last week", "yesterday") counted from the publication
    /// date.
    FromPublication(Date),
    /// No publication date: a year-less date stays year-less, a relative one has no value.
    None,
}

impl Resolution {
    /// The spelling `factlint extract` uses: `stated`, `publication_date` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Stated => "stated",
            Self::YearFromPublication(_) | Self::FromPublication(_) => "publication_date",
            Self::None => "none",
        }
    }
}

/// One date as the article states it.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// The words, in the body text, weekday included: "Tuesday (January 2)".
    pub span: Span,
    pub stated: Stated,
    /// A weekday written with the date: "Tuesday, January 3, 2024".
    pub weekday: Option<Weekday>,
    /// The calendar value; `None` for a relative date without a publication date, or a day
    /// that cannot exist.
    pub value: Option<When>,
    pub resolution: Resolution,
    /// What the date attaches to in its sentence ([`crate::text::syntax::Syntax::date_binding`]).
    pub binding: Binding,
}

impl DateMention {
    /// "“Dec. 31” → 2023-12-31, year from the publication date 2024-01-05": what a finding
    /// says about the mention.
    pub fn explain(&self, text: &str) -> String {
        let written = &text[self.span.range()];
        let Some(value) = self.value else {
            return format!("“{written}”");
        };
        let how = match self.resolution {
            Resolution::Stated => String::new(),
            Resolution::YearFromPublication(date) => {
                format!(", year from the publication date {date}")
            }
            Resolution::FromPublication(date) => {
                format!(", counted from the publication date {date}")
            }
            Resolution::None => ", no year known: compared on what it states".to_string(),
        };
        format!("“{written}” → {}{how}", value.iso())
    }

    /// The publication date the value was counted from, if any.
    pub fn publication_date(&self) -> Option<Date> {
        match self.resolution {
            Resolution::YearFromPublication(date) | Resolution::FromPublication(date) => Some(date),
            Resolution::Stated | Resolution::None => None,
        }
    }

    /// The value read the other way, for a mention whose direction the text leaves open
    /// ("Friday", "July 30", "in January", "the 18th", "Christmas"): the first such day on
    /// or after the publication date, where [`DateMention::value`] has the most recent one
    /// on or before it. `None` when the text states the direction or the year, or without a
    /// publication date.
    pub fn forward_value(&self) -> Option<When> {
        resolve_forward(&self.stated, self.publication_date()?)
    }

    /// The `factlint extract` fields of the mention besides `kind`, `start`, `end`, `text`.
    /// `text` is the body text the mention's spans are in.
    pub fn json_fields(&self, text: &str) -> [(&'static str, Value); 5] {
        let part = self
            .value
            .and_then(|v| v.ends()[0].part.or(v.ends()[1].part));
        [
            ("value", self.value.map_or(Value::Null, When::to_json)),
            (
                "weekday",
                self.weekday.map_or(Value::Null, |w| json!(weekday_name(w))),
            ),
            ("resolved", json!(self.resolution.as_str())),
            ("modifier", part.map_or(Value::Null, |p| json!(p.as_str()))),
            ("bound_to", self.binding.to_json(text)),
        ]
    }
}

pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// Every date of the document, in order, resolved against the publication date.
pub fn extract_dates(text: &str, document: &Document, context: &Context) -> Vec<DateMention> {
    (0..document.sentences.len())
        .flat_map(|index| {
            let tokens = document.sentence_tokens(index);
            patterns::expressions(text, document.lower_case(text), tokens)
        })
        .map(|expression| {
            let (value, resolution) = resolve(&expression.stated, context.publication_date);
            let tokens = tokens_within(&document.tokens, expression.span);
            DateMention {
                binding: document.syntax(text).date_binding(
                    text,
                    document.lower_case(text),
                    &document.tokens,
                    tokens,
                ),
                span: expression.span,
                stated: expression.stated,
                weekday: expression.weekday,
                value,
                resolution,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_at_the_precision_written() {
        assert_eq!(
            PartialDate::day(Date::constant(2024, 1, 2)).iso(),
            "2024-01-02"
        );
        assert_eq!(PartialDate::month(2023, 9).iso(), "2023-09");
        assert_eq!(PartialDate::year(2022).iso(), "2022");
        assert_eq!(PartialDate::new(None, Some(12), Some(30)).iso(), "--12-30");
        assert_eq!(PartialDate::new(None, Some(12), None).iso(), "--12");
    }

    #[test]
    fn impossible_days_do_not_exist() {
        assert!(!PartialDate::new(None, Some(2), Some(30)).exists());
        assert!(!PartialDate::new(Some(2023), Some(2), Some(29)).exists());
        assert!(PartialDate::new(None, Some(2), Some(29)).exists());
        assert!(!PartialDate::new(Some(2024), Some(4), Some(31)).exists());
    }

    #[test]
    fn odd_input_never_panics() {
        let texts = [
            "éé2024q1 — 31/12/９９ Dec. 32 '90s Q5 week 99 the 0th 9999-99-99 ١٢/٣٠",
            "February 29 last year; Feb 30 to Mar 1; between Dec. 31 and Jan. 1; 2/29-3/1",
            "12345678 99999999 1/1-1/2/3 q9-2019 2019-q0 the 31st. 0001s ＭａＹ 5",
            "-1 days ago, 99999 years ago, in 1000000 weeks, next 999 decades",
        ];
        for text in texts {
            let document = Document::new(text);
            for publication_date in [
                None,
                Some(Date::constant(2024, 2, 29)),
                Some(Date::MAX),
                Some(Date::MIN),
            ] {
                let context = Context { publication_date };
                for mention in extract_dates(text, &document, &context) {
                    let _ = mention.explain(text);
                    let _ = mention.json_fields(text);
                }
            }
        }
    }

    #[test]
    fn first_and_last_days_of_a_month_and_a_year() {
        let month = PartialDate::month(2024, 2);
        assert_eq!(month.first_day(), Some(Date::constant(2024, 2, 1)));
        assert_eq!(month.last_day(), Some(Date::constant(2024, 2, 29)));
        assert_eq!(
            PartialDate::year(2023).last_day(),
            Some(Date::constant(2023, 12, 31))
        );
    }
}
