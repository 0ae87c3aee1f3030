//! What a sentence states about dates, read from its tokens at the precision written.
//!
//! One left-to-right pass over the tokens of a sentence: at each token the longest date
//! expression starting there is taken. Month names that are also words ("May", "Jan") and bare
//! four-digit numbers count as dates only where the words around them say so.

use jiff::civil::Weekday;

use super::holidays::Rule;
use super::lexicon;
use super::numeric::{self, TokenDate};
use super::open::Side;
use super::relative::shift_offset;
use super::{Part, PartialDate};
use crate::lang::{counting, units};
use crate::source::Span;
use crate::text::case;
use crate::text::clock;
use crate::text::{LowerCase, Token, TokenKind};

/// One date expression of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Expression {
    pub span: Span,
    pub stated: Stated,
    pub weekday: Option<Weekday>,
}

/// What the words state, before the publication date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stated {
    /// Calendar fields as written. `relative_year` is "last year" (-1) in "September last
    /// year".
    Calendar {
        date: PartialDate,
        relative_year: Option<i32>,
    },
    /// "from Dec. 30 to Jan. 2": each end completed with the other's month and year.
    Range {
        start: PartialDate,
        end: PartialDate,
    },
    /// "Thursday", "last Thursday".
    Weekday { weekday: Weekday, shift: Shift },
    /// "yesterday" (-1), "today" (0), "tomorrow" (1).
    Days(i32),
    /// "this week", "last week", …, as weeks from the publication date's week.
    Period {
        unit: Unit,
        offset: i32,
        part: Option<Part>,
    },
    /// "last September", "next March".
    NamedMonth { month: i8, shift: Shift },
    /// "three days ago" (-3 days), "in two weeks" (+2 weeks): one day (month, year) counted
    /// from the publication date.
    Shifted { count: i32, unit: Unit },
    /// "the last two weeks" (-2), "the next three months" (+3): from the publication date to
    /// that day.
    Stretch { count: i32, unit: Unit },
    /// "the next five days", "the coming three days": the days after the publication date,
    /// from the day after it.
    ComingDays(i32),
    /// "after 2010", "since August", "before 2018", "until March 2020" ([`super::open`]).
    Open { date: PartialDate, side: Side },
    /// "fiscal 2023" (`year`), "this fiscal year" (`offset` 0 from the publication date's
    /// year), "FY2024", "the year-earlier quarter" (neither: a period counted from the story's
    /// own). Valued as the year that names it, as annotators do; never compared as a calendar
    /// year ([`super::fiscal`]).
    FiscalYear {
        year: Option<i16>,
        offset: Option<i32>,
    },
    /// "the 18th": a day of the month the publication date is in, or of the one before.
    DayOfMonth(i8),
    /// "Tuesday of next week", "this week Monday".
    WeekdayOfWeek { weekday: Weekday, week_offset: i32 },
    /// "Q3 2023", "the third quarter".
    Quarter { year: Option<i16>, quarter: i8 },
    /// "week 36": an ISO week.
    WeekNumber { year: Option<i16>, week: i8 },
    /// "this winter", "last season", "summer 2019": meteorological seasons of three months
    /// from `first_month`; `None` is whichever season it is.
    Season {
        first_month: Option<i8>,
        year: Option<i16>,
        shift: Shift,
    },
    /// "two Sundays from now" (2), "2 Thursdays back" (-2).
    WeekdayCount { weekday: Weekday, count: i32 },
    /// "Christmas Eve", "Thanksgiving 2013", "last Easter".
    Holiday {
        rule: Rule,
        year: Option<i16>,
        shift: Shift,
    },
    /// "Fri 14th", "Friday the 11th": a day of the month on that weekday. The weekday is
    /// what tells the month, when none is written.
    WeekdayDay { weekday: Weekday, day: i8 },
    /// "Monday to Friday", "from March to date", "between Jan 22 and now": a range whose
    /// ends are not both calendar dates.
    Joined { start: Bound, end: Bound },
}

/// One end of a [`Stated::Joined`] range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// "March", "Jan 22", "2019-08-01".
    Date(PartialDate),
    /// "today", "now", "to date", "the present" (0), "yesterday" (-1).
    Days(i32),
    /// "Monday", "this Sunday".
    Weekday { weekday: Weekday, shift: Shift },
    /// "next Monday".
    WeekdayOfWeek { weekday: Weekday, week_offset: i32 },
    /// "the 15th", "Tuesday the 15th".
    DayOfMonth { day: i8, weekday: Option<Weekday> },
}

impl Bound {
    /// The end an expression can be: a calendar date without a part, a weekday, a day of
    /// the month, a day counted from the publication date.
    pub(super) fn of(stated: Stated) -> Option<Self> {
        Some(match stated {
            Stated::Calendar {
                date,
                relative_year: None,
            } if date.part.is_none() => Self::Date(date),
            Stated::Days(days) => Self::Days(days),
            Stated::Weekday { weekday, shift } => Self::Weekday { weekday, shift },
            Stated::WeekdayOfWeek {
                weekday,
                week_offset,
            } => Self::WeekdayOfWeek {
                weekday,
                week_offset,
            },
            Stated::DayOfMonth(day) => Self::DayOfMonth { day, weekday: None },
            Stated::WeekdayDay { weekday, day } => Self::DayOfMonth {
                day,
                weekday: Some(weekday),
            },
            _ => return None,
        })
    }

    /// What the end states alone.
    pub fn stated(self) -> Stated {
        match self {
            Self::Date(date) => Stated::Calendar {
                date,
                relative_year: None,
            },
            Self::Days(days) => Stated::Days(days),
            Self::Weekday { weekday, shift } => Stated::Weekday { weekday, shift },
            Self::WeekdayOfWeek {
                weekday,
                week_offset,
            } => Stated::WeekdayOfWeek {
                weekday,
                week_offset,
            },
            Self::DayOfMonth { day, weekday: None } => Stated::DayOfMonth(day),
            Self::DayOfMonth {
                day,
                weekday: Some(weekday),
            } => Stated::WeekdayDay { weekday, day },
        }
    }

    /// A weekday or a day of the month with its weekday: "Monday", "next Monday", "Friday
    /// the 11th". Two of them join without a "from" or "between" before: "Monday to Friday".
    pub(super) fn is_weekday(self) -> bool {
        matches!(
            self,
            Self::Weekday { .. }
                | Self::WeekdayOfWeek { .. }
                | Self::DayOfMonth {
                    weekday: Some(_),
                    ..
                }
        )
    }
}

/// Which occurrence of a weekday or month a word picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Alone: the most recent on or before the publication date.
    Nearest,
    /// "last": the most recent strictly before it.
    Last,
    /// "this": the one in the publication date's week (or year).
    This,
    /// "next": the first strictly after it.
    Next,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    /// Saturday and Sunday.
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
}

/// The date expressions of one sentence, `tokens` of `text` whose lower-case forms `lower`
/// has, in order.
pub fn expressions(text: &str, lower: &LowerCase, tokens: &[Token]) -> Vec<Expression> {
    let reader = Reader::new(text, lower, tokens);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.expression(i) {
            Some((expression, next)) => {
                let (expression, next) = reader
                    .joined(i, &expression, next)
                    .unwrap_or((expression, next));
                found.push(expression);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// Words that join the two ends of a range.
pub(super) const RANGE_JOINERS: &[&str] =
    &["-", "–", "—", "to", "through", "thru", "until", "till"];

/// Words before a lone `M/D` that make it a date rather than a fraction.
const DAY_LEADS: &[&str] = &[
    "on", "since", "until", "till", "by", "from", "before", "after", "through",
];

pub(super) struct Reader<'a> {
    text: &'a str,
    /// The lower-case form of each token of `text`.
    lower: &'a LowerCase,
    pub(super) tokens: &'a [Token],
    /// Each token as written, and without its possessive ending ([`Reader::word`]): the
    /// patterns read each token many times.
    written: Vec<&'a str>,
    words: Vec<&'a str>,
}

/// A calendar date read from tokens `start..end`.
type Read = (PartialDate, usize);

/// `written` without a possessive ending, unless a letter would not end the rest.
fn without_possessive(written: &str) -> &str {
    written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))
        .filter(|stem| stem.ends_with(char::is_alphabetic))
        .unwrap_or(written)
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, lower: &'a LowerCase, tokens: &'a [Token]) -> Self {
        let written: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
        let words = written.iter().map(|w| without_possessive(w)).collect();
        Self {
            text,
            lower,
            tokens,
            written,
            words,
        }
    }

    /// Token `i` without a possessive ending: "Friday's meeting", "last year's vote" date
    /// what follows as "Friday" and "last year" do. Not a decade's: "the 1970's".
    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).copied()
    }

    /// Token `i` as written.
    pub(super) fn written(&self, i: usize) -> Option<&'a str> {
        self.written.get(i).copied()
    }

    /// Token `i` as written, in lower case.
    pub(super) fn written_lower(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|token| self.lower.of(token.span))
    }

    pub(super) fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        self.tokens[start].span.cover(self.tokens[end - 1].span)
    }

    fn previous_is_lead(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1).is_some_and(lexicon::is_date_lead)
    }

    /// The longest date expression starting at token `i`.
    pub(super) fn expression(&self, i: usize) -> Option<(Expression, usize)> {
        if !self.may_start(i) {
            return None;
        }
        self.read_expression(i)
    }

    /// [`Reader::expression`] without the prefilter: every pattern tried at token `i`.
    pub(super) fn read_expression(&self, i: usize) -> Option<(Expression, usize)> {
        let made = |stated, weekday, end| {
            let expression = Expression {
                span: self.span(i, end),
                stated,
                weekday,
            };
            (expression, end)
        };
        let read = self
            .fiscal(i)
            .or_else(|| self.open_range(i))
            .or_else(|| self.relative(i));
        if let Some((stated, end)) = read {
            return Some(made(stated, None, end));
        }
        if let Some((weekday, full)) = self.word(i).and_then(lexicon::weekday) {
            // "Tuesday (January 2)", "Tuesday, January 3, 2024", "Sun 15Sep".
            let paren = self.is(i + 1, &["("]);
            let after = if paren || self.is(i + 1, &[",", "."]) {
                i + 2
            } else {
                i + 1
            };
            if let Some((stated, mut end)) = self.dated(after) {
                if paren && self.is(end, &[")"]) {
                    end += 1;
                }
                return Some(made(stated, Some(weekday), end));
            }
            if self.is(i + 1, &["after"]) && self.is(i + 2, &["next"]) && full {
                // "Friday after next": the second Friday from now.
                let stated = Stated::WeekdayCount { weekday, count: 2 };
                return Some(made(stated, None, i + 3));
            }
            if let Some((week_offset, end)) = self.of_week(i + 1) {
                let stated = Stated::WeekdayOfWeek {
                    weekday,
                    week_offset,
                };
                return Some(made(stated, None, end));
            }
            if let Some((day, end)) = self.weekday_ordinal(i + 1) {
                // "Thu 14th", "Friday the 11th", "Wednesday the thirty-first"
                let stated = Stated::WeekdayDay { weekday, day };
                return Some(made(stated, Some(weekday), end));
            }
            let alone = full || lexicon::is_unambiguous_weekday_abbreviation(self.word(i)?);
            let shift = Shift::Nearest;
            return alone.then(|| made(Stated::Weekday { weekday, shift }, None, i + 1));
        }
        let (stated, end) = self.dated(i)?;
        // "2023-12-30 (Monday)", "2016-12-29(Friday)", "December 30 (Saturday)".
        if self.is(end, &["("])
            && self.is(end + 2, &[")"])
            && let Some((weekday, _)) = self.word(end + 1).and_then(lexicon::weekday)
        {
            return Some(made(stated, Some(weekday), end + 3));
        }
        Some(made(stated, None, end))
    }

    /// The day of the month after a weekday: "14th", "the 11th", "the thirty first". An
    /// ordinal in words must end the phrase: "Friday the first" but not "Friday the first
    /// shipment".
    fn weekday_ordinal(&self, i: usize) -> Option<(i8, usize)> {
        let i = if self.is(i, &["the"]) { i + 1 } else { i };
        if let Some(day) = self.word(i).and_then(lexicon::ordinal_day) {
            return Some((day, i + 1));
        }
        let (day, end) = self.day_in_words(i)?;
        (self.kind(end) != Some(TokenKind::Word)).then_some((day, end))
    }

    /// A day as an ordinal in words, in one token or two: "ninth", "twenty-first", "thirty
    /// first".
    pub(super) fn day_in_words(&self, i: usize) -> Option<(i8, usize)> {
        if let Some(day) = self.word(i).and_then(lexicon::day_word) {
            return Some((day, i + 1));
        }
        let tens = match case::lower(self.word(i)?).as_ref() {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        // "thirty first" reads as "thirty-first": the tens, then "first" to "ninth".
        let unit = counting::ordinal_word(self.word(i + 1)?).filter(|n| (1.0..=9.0).contains(n))?;
        let day = tens + unit as i8;
        (day <= 31).then_some((day, i + 2))
    }

    /// A calendar date, a range of them, with "last year" after it when year-less.
    fn dated(&self, i: usize) -> Option<(Stated, usize)> {
        if let Some(range) = self.day_range(i).or_else(|| self.token_range(i)) {
            return Some(range);
        }
        if let Some(found) = self
            .holiday(i, Shift::Nearest)
            .or_else(|| self.quarter(i))
            .or_else(|| self.half_year(i))
            .or_else(|| self.century(i))
            .or_else(|| self.week_number(i))
            .or_else(|| self.season_of_year(i))
        {
            return Some(found);
        }
        let (date, end) = self.calendar(i)?;
        if let Some((stated, end)) = self.range_from(date, i, end) {
            return Some((stated, end));
        }
        if date.year.is_none()
            && let Some((offset, end)) = self.relative_year(end)
        {
            let stated = Stated::Calendar {
                date,
                relative_year: Some(offset),
            };
            return Some((stated, end));
        }
        let relative_year = None;
        Some((
            Stated::Calendar {
                date,
                relative_year,
            },
            end,
        ))
    }

    /// "[of] last year", "this year", "next year" after a year-less date.
    fn relative_year(&self, i: usize) -> Option<(i32, usize)> {
        let i = if self.is(i, &[",", "of"]) { i + 1 } else { i };
        let offset = shift_offset(self.word(i)?)?;
        self.is(i + 1, &["year"]).then_some((offset, i + 2))
    }

    /// Whether token `i` joins two ends of a range whose start is at `first`: "to", "-",
    /// "through", or "and" after "between".
    pub(super) fn joins_range(&self, first: usize, i: usize) -> bool {
        let between = first > 0 && self.is(first - 1, &["between"]);
        self.is(i, RANGE_JOINERS) || (between && self.is(i, &["and"]))
    }

    /// "Dec. 30 to Jan. 2", "Aug 10 - Nov 12, 2013", "July 13 through 15", "from November
    /// to February 5, 2017", "between Feb 1 and March 2019".
    fn range_from(&self, start: PartialDate, first: usize, i: usize) -> Option<(Stated, usize)> {
        if !self.joins_range(first, i) {
            return None;
        }
        let (end, next) = self.calendar(i + 1).or_else(|| {
            // "July 13 through 15", "April 9th through the seventeenth": a bare day takes
            // the start's month, or the next one when it comes before the start's day
            // ("April 27 to the 3rd").
            let at = if self.is(i + 1, &["the"]) {
                i + 2
            } else {
                i + 1
            };
            let (day, next) = self
                .bare_day(at)
                .filter(|_| self.kind(at + 1) != Some(TokenKind::Number))
                .map(|day| (day, at + 1))
                .or_else(|| self.day_in_words(at))?;
            let (month, year) = match start.day? < day {
                true => (start.month, start.year),
                false if start.month == Some(12) => (Some(1), start.year.map(|y| y + 1)),
                false => (start.month.map(|m| m + 1), start.year),
            };
            Some((
                PartialDate {
                    year,
                    month,
                    day: Some(day),
                    part: None,
                },
                next,
            ))
        })?;
        // Ends at different precisions ("November to February 5, 2017", "2015 to May 2017")
        // are compared by month, or by year when both state it; a year-less start before a
        // year ("from April to 2019") takes its year from the publication date.
        let same_precision = start.day.is_some() == end.day.is_some()
            && start.month.is_some() == end.month.is_some();
        let comparable = (start.month.is_some() && end.month.is_some())
            || (start.year.is_some() && end.year.is_some())
            || (start.year.is_none() && end.month.is_none());
        if !same_precision && !comparable {
            return None;
        }
        complete_range(start, end).map(|(start, end)| (Stated::Range { start, end }, next))
    }

    /// "10 to 22 August 2012", "13th to 15th July", "22-23 Feb", "between 3 and 12 of
    /// Sept", "from ninth till seventeenth of April", "29/30 August", "27.11.-29.11.2017".
    pub(super) fn day_range(&self, i: usize) -> Option<(Stated, usize)> {
        if let Some(month) = self.word(i).and_then(lexicon::month)
            && (!lexicon::is_ambiguous_month(self.word(i)?)
                || self.word(i)?.starts_with(char::is_uppercase))
            && self.kind(i + 1) == Some(TokenKind::Number)
            && let Some((a, b)) = self.word(i + 1)?.split_once(['-', '–'])
            && let (Some(a), Some(b)) = (lexicon::day(a), lexicon::day(b))
            && a < b
        {
            // "July 13-15", "November 19-20, 2024"
            let end = PartialDate::new(None, Some(month), Some(b));
            let (end, next) = self.with_year_after(end, i + 2)?;
            let start = PartialDate {
                day: Some(a),
                ..end
            };
            return Some((Stated::Range { start, end }, next));
        }
        if let Some(found) = self
            .across_months(i)
            .or_else(|| self.month_pair(i))
            .or_else(|| self.day_month_range(i))
            .or_else(|| self.year_range(i))
        {
            return Some(found);
        }
        // "the 13th to the 15th of July"
        let first = i;
        let i = if self.is(i, &["the"]) && self.starts_day(i + 1) {
            i + 1
        } else {
            i
        };
        let bare = self
            .bare_day(i)
            .map(|day| (day, i + 1))
            .or_else(|| self.day_in_words(i));
        let (first_day, second_at) = if let Some((day, after)) = bare {
            // "29 / 30 August": a slash joins two days written apart.
            if !(self.joins_range(first, after) || self.is(after, &["/"])) {
                return None;
            }
            (day, after + 1)
        } else {
            // "22-23", "29/30" are one number token.
            let word = self.word(i)?;
            let (a, b) = word.split_once(['-', '/'])?;
            let (a, b) = (lexicon::day(a)?, lexicon::day(b)?);
            if self.kind(i) != Some(TokenKind::Number) || a >= b {
                return None;
            }
            let (end, next) = self.day_first_after(b, i + 1)?;
            let start = PartialDate {
                day: Some(a),
                ..end
            };
            return Some((Stated::Range { start, end }, next));
        };
        let (end, next) = self.calendar(second_at).or_else(|| {
            // "eighth to eleventh May 2010"
            let (day, next) = self.day_in_words(second_at)?;
            self.day_first_after(day, next)
        })?;
        let end_day = end.day?;
        // "the 27th to the 3rd of April": the start is in the month before.
        let (month, year) = match end.month {
            Some(month) if first_day > end_day => match month {
                1 => (Some(12), end.year.map(|y| y - 1)),
                _ => (Some(month - 1), end.year),
            },
            month => (month, end.year),
        };
        let start = PartialDate::new(year, month, Some(first_day));
        let (start, end) = complete_range(start, end)?;
        Some((Stated::Range { start, end }, next))
    }

    /// "1960 - 1961": two years apart from a dash, as "1960-1961" in one token.
    fn year_range(&self, i: usize) -> Option<(Stated, usize)> {
        let after_unit = i > 0 && self.kind(i - 1) == Some(TokenKind::Symbol);
        if after_unit
            || self.kind(i) != Some(TokenKind::Number)
            || !self.is(i + 1, &["-", "–", "—"])
        {
            return None;
        }
        let (first, second) = (
            lexicon::year(self.word(i)?)?,
            lexicon::year(self.word(i + 2)?)?,
        );
        (self.kind(i + 2) == Some(TokenKind::Number) && first < second).then_some((
            Stated::Range {
                start: PartialDate::year(first),
                end: PartialDate::year(second),
            },
            i + 3,
        ))
    }

    /// Whether a day of the month, in digits or words, starts at token `i`.
    fn starts_day(&self, i: usize) -> bool {
        self.bare_day(i).is_some() || self.day_in_words(i).is_some()
    }

    /// "Jan-Feb 2017", "Nov-Feb 5th, 2017": two months in one token, the year (and a day of
    /// the second) after them.
    fn month_pair(&self, i: usize) -> Option<(Stated, usize)> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let (a, b) = self.word(i)?.split_once(['-', '‐'])?;
        let capitalized = |w: &str| w.starts_with(char::is_uppercase);
        let month = |w: &str| {
            lexicon::month(w).filter(|_| !lexicon::is_ambiguous_month(w) || capitalized(w))
        };
        let (start, end) = (month(a)?, month(b)?);
        if start == end {
            return None;
        }
        let end = PartialDate::new(None, Some(end), None);
        let (end, next) = match self.bare_day(i + 1) {
            Some(day) => self.with_year_after(
                PartialDate {
                    day: Some(day),
                    ..end
                },
                i + 2,
            )?,
            None => self.with_year_after(end, i + 1)?,
        };
        // Without a year, only a date lead makes "Mar-Apr" a range of months.
        if end.year.is_none() && !self.previous_is_lead(i) {
            return None;
        }
        let (start, end) = complete_range(PartialDate::new(None, Some(start), None), end)?;
        Some((Stated::Range { start, end }, next))
    }

    /// "27.11.-29.11.2017": a day and month before a day, month and year with dots.
    fn day_month_range(&self, i: usize) -> Option<(Stated, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (day, month) = self.word(i)?.split_once('.')?;
        let (day, month) = (lexicon::day(day)?, month.parse::<i8>().ok()?);
        let joiner = if self.is(i + 1, &["."]) { i + 2 } else { i + 1 };
        if !self.joins_range(i, joiner) || !self.word(joiner + 1)?.contains('.') {
            return None;
        }
        let (end, next) = self.numeric(joiner + 1)?;
        end.day?;
        let start = PartialDate::new(None, Some(month), Some(day));
        if !(1..=12).contains(&month) || !start.exists() {
            return None;
        }
        let (start, end) = complete_range(start, end)?;
        Some((Stated::Range { start, end }, next))
    }

    /// A range in one token: "2014-2018", "5/1-5/7/2020", "the 1990s".
    fn token_range(&self, i: usize) -> Option<(Stated, usize)> {
        let word = self.word(i)?;
        if i > 0 && self.word(i - 1).is_some_and(lexicon::is_possessive) {
            // "in her 70s", "in his seventies": an age.
            return None;
        }
        if let Some(decade) = lexicon::decade_word(word)
            && i > 0
            && self.is(i - 1, &["the"])
        {
            let (start, end) = (PartialDate::year(decade), PartialDate::year(decade + 9));
            return Some((Stated::Range { start, end }, i + 1));
        }
        let dates = match self.kind(i)? {
            TokenKind::Number => numeric::number_token(word)?,
            TokenKind::Word => numeric::word_token(word)?,
            _ => return None,
        };
        match dates {
            TokenDate::Range(start, end) => Some((Stated::Range { start, end }, i + 1)),
            TokenDate::One(_) => None,
        }
    }

    /// A day written as a number or an ordinal alone, not a time or a measure.
    fn bare_day(&self, i: usize) -> Option<i8> {
        let day = lexicon::day(self.word(i)?)?;
        let followed_by_measure =
            self.is(i + 1, &[":", "%", "."]) && self.kind(i + 2) == Some(TokenKind::Number);
        (!followed_by_measure && !self.is(i + 1, &["%", ":"])).then_some(day)
    }

    /// One calendar date starting at token `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<Read> {
        self.with_part(i)
            .or_else(|| self.numeric(i))
            .or_else(|| self.month_first(i))
            .or_else(|| self.day_first(i))
    }

    /// "early January", "mid-December", "late 2023", "the end of 2012".
    fn with_part(&self, i: usize) -> Option<Read> {
        let word = self.word(i)?;
        if let Some(rest) = word
            .strip_prefix("mid-")
            .or_else(|| word.strip_prefix("Mid-"))
        {
            let date = match lexicon::month(rest) {
                Some(month) => PartialDate::new(None, Some(month), None),
                None => PartialDate::year(lexicon::year(rest)?),
            };
            return self.with_year_after(
                PartialDate {
                    part: Some(Part::Mid),
                    ..date
                },
                i + 1,
            );
        }
        let (part, next) = self.part_words(i)?;
        let (date, end) = self.month_first(next).or_else(|| {
            lexicon::year(self.word(next)?).map(|y| (PartialDate::year(y), next + 1))
        })?;
        if date.day.is_some() {
            return None;
        }
        Some((
            PartialDate {
                part: Some(part),
                ..date
            },
            end,
        ))
    }

    pub(super) fn part_words(&self, i: usize) -> Option<(Part, usize)> {
        let i = if self.is(i, &["the"]) { i + 1 } else { i };
        let single = [
            ("early", Part::Early),
            ("mid", Part::Mid),
            ("late", Part::Late),
        ];
        if let Some(&(_, part)) = single.iter().find(|(w, _)| self.is(i, &[w])) {
            let next = if self.is(i + 1, &["-"]) { i + 2 } else { i + 1 };
            return Some((part, next));
        }
        let with_of = [
            ("beginning", Part::Early),
            ("start", Part::Early),
            ("middle", Part::Mid),
            ("end", Part::Late),
        ];
        let &(_, part) = with_of.iter().find(|(w, _)| self.is(i, &[w]))?;
        self.is(i + 1, &["of"]).then_some((part, i + 2))
    }

    /// A number token: "2023-12-30", "12/30/2023", "30.12.2023", "9/2012", "2022".
    fn numeric(&self, i: usize) -> Option<Read> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let word = self.word(i)?;
        // "by 1900 GMT": a clock time, not the year 1900.
        if clock::read(self.text, self.tokens, i).is_some() {
            return None;
        }
        if let Some(year) = lexicon::year(word) {
            if let Some(month) = self
                .word(i + 1)
                .filter(|w| {
                    !lexicon::is_word_month(w)
                        && (!lexicon::is_ambiguous_month(w) || w.starts_with(char::is_uppercase))
                })
                .and_then(lexicon::month)
            {
                // "2023 Sept", "in 2017 april"
                return Some((PartialDate::month(year, month), i + 2));
            }
            if self.is(i + 1, &["/"])
                && let Some(month) = self.word(i + 2).and_then(lexicon::month)
                && self.is(i + 3, &["/"])
                && let Some(day) = self.word(i + 4).and_then(lexicon::day)
            {
                // "2019/sep/01"
                return Some((PartialDate::new(Some(year), Some(month), Some(day)), i + 5));
            }
            // "a 2010 commando raid", not "a 2000 km range".
            let determined = i > 0
                && self.word(i - 1).is_some_and(lexicon::is_year_determiner)
                && self.kind(i + 1) == Some(TokenKind::Word)
                && self.word(i + 1).is_some_and(|w| units::lookup(w).is_none())
                && (1900..=2100).contains(&year);
            let plain_year = self.previous_is_lead(i)
                || determined
                || self.kind(i + 1).is_none()
                || self.is(i + 1, &[",", ".", ")", ";"]);
            let after_unit = i > 0 && self.kind(i - 1) == Some(TokenKind::Symbol);
            return (plain_year && !after_unit).then_some((PartialDate::year(year), i + 1));
        }
        let Some(TokenDate::One(date)) = numeric::number_token(word) else {
            return None;
        };
        if date.year.is_none() {
            // "2/15" is a date after "on", "since", … or a weekday, or when its second
            // number is past 12 ("4/22"); "3/4" is a fraction.
            let lead = i > 0
                && (self.is(i - 1, DAY_LEADS)
                    || self.word(i - 1).and_then(lexicon::weekday).is_some());
            let second_past_12 = word
                .split('/')
                .nth(1)
                .and_then(|n| n.parse::<i8>().ok())
                .is_some_and(|n| n > 12);
            if !lead && !second_past_12 {
                return None;
            }
        }
        Some((date, i + 1))
    }

    /// "Dec. 30", "December 30, 2023", "Jan 20th, 2016", "September 2012", "October".
    fn month_first(&self, i: usize) -> Option<Read> {
        let word = self.word(i)?;
        let month = lexicon::month(word)?;
        let ambiguous = lexicon::is_ambiguous_month(word);
        if ambiguous && !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let mut next = i + 1;
        let dotted = self.is(next, &["."]);
        if dotted {
            next += 1;
        }
        if self.is(next, &["-", "/"]) && self.bare_day(next + 1).is_some() {
            // "August-10, 2012", "August/10/2012"
            next += 1;
        }
        if let Some(day) = self
            .bare_day(next)
            .or_else(|| self.word(next).and_then(lexicon::day_word))
            && self.kind(next + 1) != Some(TokenKind::Number)
        {
            let date = PartialDate::new(None, Some(month), Some(day));
            return self.with_year_after(date, next + 1);
        }
        let date = PartialDate::new(None, Some(month), None);
        let of = if self.is(next, &[",", "of", "/"]) {
            next + 1
        } else {
            next
        };
        if let Some(year) = self.word(of).and_then(lexicon::year) {
            return Some((
                PartialDate {
                    year: Some(year),
                    ..date
                },
                of + 1,
            ));
        }
        let alone = !ambiguous || self.previous_is_lead(i);
        alone.then_some((date, i + 1 + usize::from(dotted)))
    }

    /// "30 December 2023", "the 1st of March", "15SEP".
    fn day_first(&self, i: usize) -> Option<Read> {
        let i = if self.is(i, &["the"]) { i + 1 } else { i };
        let word = self.word(i)?;
        if self.kind(i) == Some(TokenKind::Word)
            && let Some(TokenDate::One(date)) = numeric::word_token(word)
        {
            // "15SEP", "Feb13", "31-Oct-74": one token.
            return self.with_year_after(date, i + 1);
        }
        if let Some(day) = lexicon::day_word(word)
            && self.is(i + 1, &["of"])
        {
            // "the first of March"
            return self.day_first_after(day, i + 1);
        }
        let day = self.bare_day(i)?;
        self.day_first_after(day, i + 1)
    }

    /// The month (and year) after a day: "[of] December [2023]".
    fn day_first_after(&self, day: i8, i: usize) -> Option<Read> {
        let of = self.is(i, &["of"]);
        let i = if of { i + 1 } else { i };
        let word = self.word(i)?;
        let month = lexicon::month(word)?;
        if !of
            && lexicon::is_ambiguous_month(word)
            && !word.starts_with(|c: char| c.is_uppercase())
            && word.len() > 3
        {
            return None;
        }
        let next = if self.is(i + 1, &["."]) { i + 2 } else { i + 1 };
        self.with_year_after(PartialDate::new(None, Some(month), Some(day)), next)
    }

    /// The date, with a year after it when one follows: "[,] 2023".
    pub(super) fn with_year_after(&self, date: PartialDate, i: usize) -> Option<Read> {
        let at = if self.is(i, &[","]) { i + 1 } else { i };
        match self.word(at).and_then(lexicon::year) {
            Some(year) if date.year.is_none() => Some((
                PartialDate {
                    year: Some(year),
                    ..date
                },
                at + 1,
            )),
            _ => Some((date, i)),
        }
    }
}

/// Each end of a range takes what it leaves out from the other: "10 to 22 August 2012" gives
/// the start August 2012, "10 August 2013 - 12 September" gives the end 2013. A start after
/// its end in the calendar crosses a new year ("Dec. 30 to Jan. 2").
pub(super) fn complete_range(
    start: PartialDate,
    end: PartialDate,
) -> Option<(PartialDate, PartialDate)> {
    let mut start = start;
    let mut end = end;
    if start.month.is_none() && start.day.is_some() {
        start.month = end.month;
    }
    if end.month.is_none() && end.day.is_some() {
        end.month = start.month;
    }
    let crosses_year = (start.month, start.day) > (end.month, end.day);
    match (start.year, end.year) {
        // "from April to 2019": the start's year is not the end's.
        (None, Some(_)) if end.month.is_none() => {}
        (None, Some(year)) => start.year = Some(year - i16::from(crosses_year)),
        (Some(year), None) => end.year = Some(year + i16::from(crosses_year)),
        _ => {}
    }
    let ordered = match (start.first_day(), end.first_day()) {
        (Some(a), Some(b)) => a <= b,
        _ => true,
    };
    ordered.then_some((start, end))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::text::Document;

    /// `(text of each expression, what it states)` for a one-sentence text.
    /// Checks on the way that every token a date is read from passes [`Reader::may_start`].
    pub(in crate::extract::date) fn read(text: &str) -> Vec<(String, Stated)> {
        let document = Document::new(text);
        for index in 0..document.sentences.len() {
            let reader = Reader::new(
                text,
                document.lower_case(text),
                document.sentence_tokens(index),
            );
            for i in 0..reader.tokens.len() {
                let read = reader.read_expression(i).is_some();
                assert!(!read || reader.may_start(i), "token {i} of {text:?}");
            }
        }
        (0..document.sentences.len())
            .flat_map(|i| expressions(text, document.lower_case(text), document.sentence_tokens(i)))
            .map(|e| (text[e.span.range()].to_string(), e.stated))
            .collect()
    }

    /// Each `(text, expression, stated)` case reads as exactly that one expression.
    pub(in crate::extract::date) fn assert_reads(cases: &[(&str, &str, Stated)]) {
        for &(text, expression, stated) in cases {
            assert_eq!(read(text), [(expression.to_string(), stated)], "{text}");
        }
    }

    fn calendar(year: Option<i16>, month: Option<i8>, day: Option<i8>) -> Stated {
        Stated::Calendar {
            date: PartialDate::new(year, month, day),
            relative_year: None,
        }
    }

    #[test]
    fn calendar_dates_as_newsrooms_write_them() {
        let cases: &[(&str, &str, Stated)] = &[
            (
                "On Dec. 30, Russian forces launched",
                "Dec. 30",
                calendar(None, Some(12), Some(30)),
            ),
            (
                "fired into Ukraine on December 30 and",
                "December 30",
                calendar(None, Some(12), Some(30)),
            ),
            (
                "It was 30 December 2023.",
                "30 December 2023",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "on Dec 30, 2023, the",
                "Dec 30, 2023",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "dated 2023-12-30 in",
                "2023-12-30",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "dated 12/30/2023 in",
                "12/30/2023",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "dated 30/12/2023 in",
                "30/12/2023",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "dated 30.12.2023 in",
                "30.12.2023",
                calendar(Some(2023), Some(12), Some(30)),
            ),
            (
                "In October, the White House",
                "October",
                calendar(None, Some(10), None),
            ),
            (
                "invaded Ukraine in 2022.",
                "2022",
                calendar(Some(2022), None, None),
            ),
            (
                "September 2012 was",
                "September 2012",
                calendar(Some(2012), Some(9), None),
            ),
            (
                "the 1st of March",
                "the 1st of March",
                calendar(None, Some(3), Some(1)),
            ),
            (
                "Wed, Jan 20th, 2016",
                "Jan 20th, 2016",
                calendar(Some(2016), Some(1), Some(20)),
            ),
            ("SUN 15SEP", "15SEP", calendar(None, Some(9), Some(15))),
            (
                "published 04/2016",
                "04/2016",
                calendar(Some(2016), Some(4), None),
            ),
        ];
        for (text, expected_text, expected) in cases {
            let found = read(text);
            let matching = found
                .iter()
                .find(|(t, _)| expected_text.ends_with(t.as_str()) || t.ends_with(expected_text));
            assert!(
                matching.is_some_and(|(_, s)| s == expected),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn day_ranges_and_weekdays_counted_in_weeks() {
        let range = |month, a, b| Stated::Range {
            start: PartialDate::new(None, Some(month), Some(a)),
            end: PartialDate::new(None, Some(month), Some(b)),
        };
        let cases = [
            ("talks on July 13-15 in", "July 13-15", range(7, 13, 15)),
            (
                "from the 13th to the 15th of July",
                "the 13th to the 15th of July",
                range(7, 13, 15),
            ),
            (
                "the 13th to 15th July",
                "the 13th to 15th July",
                range(7, 13, 15),
            ),
            (
                "April 9th through seventeenth",
                "April 9th through seventeenth",
                range(4, 9, 17),
            ),
            (
                "Friday after next",
                "Friday after next",
                Stated::WeekdayCount {
                    weekday: Weekday::Friday,
                    count: 2,
                },
            ),
            (
                "on Friday next week",
                "Friday next week",
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Friday,
                    week_offset: 1,
                },
            ),
        ];
        assert_reads(&cases);
    }

    #[test]
    fn ranges_written_every_way() {
        let range =
            |start: (Option<i16>, Option<i8>, Option<i8>),
             end: (Option<i16>, Option<i8>, Option<i8>)| Stated::Range {
                start: PartialDate::new(start.0, start.1, start.2),
                end: PartialDate::new(end.0, end.1, end.2),
            };
        let cases = [
            (
                "Exports rose in Mar-May 2021.",
                "Mar-May 2021",
                range((Some(2021), Some(3), None), (Some(2021), Some(5), None)),
            ),
            (
                "the Dec-Jan 2020 holidays",
                "Dec-Jan 2020",
                range((Some(2019), Some(12), None), (Some(2020), Some(1), None)),
            ),
            (
                "a strike from Oct-Jan 9, 2022",
                "Oct-Jan 9, 2022",
                range((Some(2021), Some(10), None), (Some(2022), Some(1), Some(9))),
            ),
            (
                "The fair ran 03.06.-05.06.2022 in Basel.",
                "03.06.-05.06.2022",
                range(
                    (Some(2022), Some(6), Some(3)),
                    (Some(2022), Some(6), Some(5)),
                ),
            ),
            (
                "It happened between 14 and 16.09.2020 there.",
                "14 and 16.09.2020",
                range(
                    (Some(2020), Some(9), Some(14)),
                    (Some(2020), Some(9), Some(16)),
                ),
            ),
            (
                "polls open between 4 and 6 June",
                "4 and 6 June",
                range((None, Some(6), Some(4)), (None, Some(6), Some(6))),
            ),
            (
                "from second till fifth of May",
                "second till fifth of May",
                range((None, Some(5), Some(2)), (None, Some(5), Some(5))),
            ),
            (
                "on the night of 11/12 March",
                "11/12 March",
                range((None, Some(3), Some(11)), (None, Some(3), Some(12))),
            ),
            (
                "from June twenty-eighth to the second",
                "June twenty-eighth to the second",
                range((None, Some(6), Some(28)), (None, Some(7), Some(2))),
            ),
            (
                "from 2019 to March 3, 2021",
                "2019 to March 3, 2021",
                range((Some(2019), None, None), (Some(2021), Some(3), Some(3))),
            ),
            (
                "between Sept 8th and November 2018",
                "Sept 8th and November 2018",
                range((Some(2018), Some(9), Some(8)), (Some(2018), Some(11), None)),
            ),
            (
                "from the 29th to the 2nd of January 2024",
                "the 29th to the 2nd of January 2024",
                range(
                    (Some(2023), Some(12), Some(29)),
                    (Some(2024), Some(1), Some(2)),
                ),
            ),
            (
                "Fourth to seventh June 2011",
                "Fourth to seventh June 2011",
                range(
                    (Some(2011), Some(6), Some(4)),
                    (Some(2011), Some(6), Some(7)),
                ),
            ),
            (
                "the 1984 - 1987 drought",
                "1984 - 1987",
                range((Some(1984), None, None), (Some(1987), None, None)),
            ),
            (
                "from May to 2026",
                "May to 2026",
                range((None, Some(5), None), (Some(2026), None, None)),
            ),
        ];
        assert_reads(&cases);
        let parts = read("prices rose from early March to the end of April");
        let with = |month, part| PartialDate {
            part: Some(part),
            ..PartialDate::new(None, Some(month), None)
        };
        assert_eq!(
            parts,
            [(
                "early March to the end of April".to_string(),
                Stated::Range {
                    start: with(3, Part::Early),
                    end: with(4, Part::Late),
                }
            )]
        );
        // Not ranges: decimals, a count, a list.
        for text in [
            "Shares rose from 25.10 to 26.10 on Monday.",
            "between 20 and 30 people",
            "Sales-Marketing 2021",
            "prices of $1500 - 2000 a month",
        ] {
            assert!(
                read(text)
                    .iter()
                    .all(|(_, s)| !matches!(s, Stated::Range { .. })),
                "{text}: {:?}",
                read(text)
            );
        }
    }

    #[test]
    fn a_weekday_with_a_day_of_the_month() {
        let cases = [
            ("We meet on Fri 14th.", "Fri 14th", Weekday::Friday, 14),
            ("on Sunday the 3rd", "Sunday the 3rd", Weekday::Sunday, 3),
            (
                "on Tuesday the thirty first.",
                "Tuesday the thirty first",
                Weekday::Tuesday,
                31,
            ),
        ];
        for (text, expected_text, weekday, day) in cases {
            assert_eq!(
                read(text),
                [(
                    expected_text.to_string(),
                    Stated::WeekdayDay { weekday, day }
                )],
                "{text}"
            );
        }
        // An ordinal in words that starts a noun phrase is not the day.
        assert_eq!(
            read("on Friday the first shipment left"),
            [(
                "Friday".to_string(),
                Stated::Weekday {
                    weekday: Weekday::Friday,
                    shift: Shift::Nearest
                }
            )]
        );
    }

    #[test]
    fn a_clock_time_with_its_zone_is_no_year() {
        let text = "The toll rose by 1900 GMT and again by 2015 UTC.";
        let document = Document::new(text);
        assert!(
            expressions(text, document.lower_case(text), document.sentence_tokens(0)).is_empty()
        );
        let text = "It was built by 1900 and rebuilt.";
        let document = Document::new(text);
        assert_eq!(
            expressions(text, document.lower_case(text), document.sentence_tokens(0)).len(),
            1
        );
    }

    #[test]
    fn weekdays_next_to_a_date_are_kept_with_it() {
        let text = "launched missiles on Tuesday (January 2) as part";
        let document = Document::new(text);
        let found = expressions(text, document.lower_case(text), document.sentence_tokens(0));
        assert_eq!(&text[found[0].span.range()], "Tuesday (January 2)");
        assert_eq!(found[0].weekday, Some(Weekday::Tuesday));
        let text = "Tuesday, January 3, 2024 was";
        let document = Document::new(text);
        let found = expressions(text, document.lower_case(text), document.sentence_tokens(0));
        assert_eq!(&text[found[0].span.range()], "Tuesday, January 3, 2024");
        assert_eq!(found[0].stated, calendar(Some(2024), Some(1), Some(3)));
        for (text, written, weekday) in [
            (
                "It fell on 2023-11-20 (Sunday) again",
                "2023-11-20 (Sunday)",
                Weekday::Sunday,
            ),
            (
                "It fell on 2019-03-07(Thursday).",
                "2019-03-07(Thursday)",
                Weekday::Thursday,
            ),
            (
                "It fell on March 7 (Thursday).",
                "March 7 (Thursday)",
                Weekday::Thursday,
            ),
        ] {
            let document = Document::new(text);
            let found = expressions(text, document.lower_case(text), document.sentence_tokens(0));
            assert_eq!(&text[found[0].span.range()], written);
            assert_eq!(found[0].weekday, Some(weekday), "{text}");
        }
    }

    #[test]
    fn parts_ranges_and_relative_dates() {
        let mid = Stated::Calendar {
            date: PartialDate {
                part: Some(Part::Mid),
                ..PartialDate::new(None, Some(12), None)
            },
            relative_year: None,
        };
        let range = Stated::Range {
            start: PartialDate::new(None, Some(12), Some(30)),
            end: PartialDate::new(None, Some(1), Some(2)),
        };
        let cases: &[(&str, Vec<(&str, Stated)>)] = &[
            (
                "In mid-December, the force deployed",
                vec![("mid-December", mid)],
            ),
            (
                "from Dec. 30 to Jan. 2 the",
                vec![("Dec. 30 to Jan. 2", range)],
            ),
            (
                "visited Russia in September last year",
                vec![(
                    "September last year",
                    Stated::Calendar {
                        date: PartialDate::new(None, Some(9), None),
                        relative_year: Some(-1),
                    },
                )],
            ),
            (
                "the White House said Thursday",
                vec![(
                    "Thursday",
                    Stated::Weekday {
                        weekday: Weekday::Thursday,
                        shift: Shift::Nearest,
                    },
                )],
            ),
            (
                "earlier this month",
                vec![(
                    "earlier this month",
                    Stated::Period {
                        unit: Unit::Month,
                        offset: 0,
                        part: Some(Part::Earlier),
                    },
                )],
            ),
            (
                "It was reported last week and yesterday.",
                vec![
                    (
                        "last week",
                        Stated::Period {
                            unit: Unit::Week,
                            offset: -1,
                            part: None,
                        },
                    ),
                    ("yesterday", Stated::Days(-1)),
                ],
            ),
        ];
        for (text, expected) in cases {
            let found = read(text);
            let expected: Vec<(String, Stated)> =
                expected.iter().map(|(t, s)| (t.to_string(), *s)).collect();
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn quarters_centuries_seasons_weeks_and_holidays() {
        let years = |start, end| Stated::Range {
            start: PartialDate::year(start),
            end: PartialDate::year(end),
        };
        let cases = [
            (
                "results for Q3 2023 were",
                "Q3 2023",
                Stated::Quarter {
                    year: Some(2023),
                    quarter: 3,
                },
            ),
            (
                "in the third quarter",
                "third quarter",
                Stated::Quarter {
                    year: None,
                    quarter: 3,
                },
            ),
            ("in the 18th century", "18th century", years(1700, 1799)),
            ("back in the 1990s", "1990s", years(1990, 1999)),
            (
                "in week 36 of 2017",
                "week 36 of 2017",
                Stated::WeekNumber {
                    year: Some(2017),
                    week: 36,
                },
            ),
            (
                "in the summer of 2019",
                "summer of 2019",
                Stated::Season {
                    first_month: Some(6),
                    year: Some(2019),
                    shift: Shift::Nearest,
                },
            ),
            (
                "on Christmas Eve",
                "Christmas Eve",
                Stated::Holiday {
                    rule: Rule::Fixed { month: 12, day: 24 },
                    year: None,
                    shift: Shift::Nearest,
                },
            ),
        ];
        assert_reads(&cases);
    }

    #[test]
    fn possessive_dates_date_what_follows() {
        let weekday = |weekday| Stated::Weekday {
            weekday,
            shift: Shift::Nearest,
        };
        let period = |unit, offset| Stated::Period {
            unit,
            offset,
            part: None,
        };
        let cases = [
            (
                "Friday's meeting was cancelled.",
                "Friday's",
                weekday(Weekday::Friday),
            ),
            (
                "At Tuesday’s session they voted.",
                "Tuesday’s",
                weekday(Weekday::Tuesday),
            ),
            (
                "Monday's quake killed 12.",
                "Monday's",
                weekday(Weekday::Monday),
            ),
            (
                "Last year's results were weak.",
                "Last year's",
                period(Unit::Year, -1),
            ),
            ("this week's summit", "this week's", period(Unit::Week, 0)),
            ("next month's vote", "next month's", period(Unit::Month, 1)),
            ("Yesterday's vote passed.", "Yesterday's", Stated::Days(-1)),
            ("today's figures", "today's", Stated::Days(0)),
            (
                "Christmas Day's storm",
                "Christmas Day's",
                Stated::Holiday {
                    rule: Rule::Fixed { month: 12, day: 25 },
                    year: None,
                    shift: Shift::Nearest,
                },
            ),
            (
                "New Year's Day was quiet.",
                "New Year's Day",
                Stated::Holiday {
                    rule: Rule::Fixed { month: 1, day: 1 },
                    year: None,
                    shift: Shift::Nearest,
                },
            ),
        ];
        assert_reads(&cases);
        // Names and words that only end like a date.
        for text in ["Friday’s", "It's over.", "Sunday's paper"] {
            let found = read(text);
            assert!(found.len() <= 1, "{text}: {found:?}");
        }
        assert_eq!(read("the Mayor's office"), []);
        let decade = Stated::Range {
            start: PartialDate::year(1970),
            end: PartialDate::year(1979),
        };
        assert_eq!(read("in the 1970's"), [("1970's".to_string(), decade)]);
    }

    #[test]
    fn holidays_named_with_a_weekday_are_not_that_weekday() {
        let holiday = |rule| Stated::Holiday {
            rule,
            year: None,
            shift: Shift::Nearest,
        };
        let cases = [
            (
                "Black Friday sales rose.",
                "Black Friday",
                holiday(Rule::Thanksgiving(1)),
            ),
            (
                "on Cyber Monday shoppers",
                "Cyber Monday",
                holiday(Rule::Thanksgiving(4)),
            ),
            (
                "on Good Friday they marched",
                "Good Friday",
                holiday(Rule::Easter(-2)),
            ),
            (
                "on Ash Wednesday",
                "Ash Wednesday",
                holiday(Rule::Easter(-46)),
            ),
        ];
        assert_reads(&cases);
    }

    #[test]
    fn ages_are_not_decades() {
        assert_eq!(read("a woman in her seventies"), []);
        assert_eq!(read("a man in his 70s"), []);
    }

    #[test]
    fn words_and_numbers_that_are_not_dates() {
        for text in [
            "You may go now.",
            "Jan Smith said the troops march on.",
            "a range of about 550 miles (885 kilometres)",
            "more than 1,000 containers",
            "about 3/4 of the missiles",
            "He spent $2024 on it.",
            "a 2000 km range",
            "the Sun newspaper",
            "This article originally appeared on USA TODAY.",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }
}
