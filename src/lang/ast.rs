//! The typed syntax tree of one assertion (`facts.<id>.assert`) or one `applies_when`
//! condition. Every span is a byte range into the assertion string itself; the sheet loader
//! shifts it into the rule file.

use crate::lang::counting::Form;
use crate::lang::units::Unit;
use crate::source::Span;

/// A value together with where it was written.
///
/// Span conventions, the same for every node:
/// - words (a subject, claim or event): from the first word to the last; the node has the
///   words joined by single spaces;
/// - a quoted text: the text inside the quotation marks, without them, as written;
/// - an identifier, a unit, an operator, a date: exactly the characters written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Self { node, span }
    }
}

/// One parsed `assert:` line.
#[derive(Clone, Debug, PartialEq)]
pub enum Assertion {
    Quantity(QuantityAssertion),
    Date(DateAssertion),
    Attribution(AttributionAssertion),
    Quote(QuoteAssertion),
    Title(TitleAssertion),
    Term(TermAssertion),
}

/// The kinds of assertion, for listings, JSON output and default severities.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum AssertionKind {
    Quantity,
    Date,
    Attribution,
    Quote,
    Title,
    Term,
}

impl AssertionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Quantity => "quantity",
            Self::Date => "date",
            Self::Attribution => "attribution",
            Self::Quote => "quote",
            Self::Title => "title",
            Self::Term => "term",
        }
    }
}

impl Assertion {
    pub fn kind(&self) -> AssertionKind {
        match self {
            Self::Quantity(_) => AssertionKind::Quantity,
            Self::Date(_) => AssertionKind::Date,
            Self::Attribution(_) => AssertionKind::Attribution,
            Self::Quote(_) => AssertionKind::Quote,
            Self::Title(_) => AssertionKind::Title,
            Self::Term(_) => AssertionKind::Term,
        }
    }

    /// The words a sheet's `terms` group widens: a quantity's subject, a date's event, an
    /// attribution's claim.
    pub fn subject(&self) -> Option<&Spanned<String>> {
        match self {
            Self::Quantity(quantity) => Some(&quantity.subject),
            Self::Date(date) => Some(&date.event),
            Self::Attribution(attribution) => Some(&attribution.claim),
            Self::Quote(_) | Self::Title(_) | Self::Term(_) => None,
        }
    }
}

/// `range ≈ 885 km ±20`, `containers > 1000`, `death toll between 10 and 12`.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityAssertion {
    /// The words naming what is measured (`range`, `death toll`), single-spaced.
    pub subject: Spanned<String>,
    pub constraint: QuantityConstraint,
    /// `as of 2023-09-09T21:00+01:00`: the figure holds from then until the next `as of`
    /// of the same subject. An article is held to the figure current when it was published.
    pub as_of: Option<Spanned<Moment>>,
}

/// A point in time: a day, or a time of day with its offset from UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    Day(jiff::civil::Date),
    /// `day` is the calendar day as written, in the time's own offset.
    Instant {
        day: jiff::civil::Date,
        at: jiff::Timestamp,
    },
}

impl Moment {
    /// `2024-01-05`, or RFC 3339 `2024-01-05T03:07:00+08:00` (`Z` for UTC): an article's
    /// date. A time without an offset is not an instant: only its day is kept.
    pub fn from_iso(text: &str) -> Option<Self> {
        let text = text.trim();
        let day: jiff::civil::Date = text.get(..10).unwrap_or(text).parse().ok()?;
        Some(match text.parse::<jiff::Timestamp>() {
            Ok(at) => Self::Instant { day, at },
            Err(_) => Self::Day(day),
        })
    }

    pub fn day(self) -> jiff::civil::Date {
        match self {
            Self::Day(day) | Self::Instant { day, .. } => day,
        }
    }

    /// Whether `self` is before, at the same time as, or after `other`. Two moments of the
    /// same day are at the same time unless both have a time of day.
    pub fn compare(self, other: Self) -> std::cmp::Ordering {
        match (self, other) {
            (Self::Instant { at: a, .. }, Self::Instant { at: b, .. }) => a.cmp(&b),
            _ => self.day().cmp(&other.day()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuantityConstraint {
    /// `OP FIGURE [or FIGURE]…`: the subject's value is one of the figures (`or` goes with
    /// `≈` and `=` only).
    Compare {
        op: Spanned<CompareOp>,
        figures: Vec<Figure>,
    },
    /// `between LOW and HIGH` (inclusive; LOW ≤ HIGH is checked). A bound written without
    /// a unit takes the other's (`between 10 and 12 km`): its `unit` is then the other
    /// bound's, span included.
    Between { low: Quantity, high: Quantity },
}

/// One figure of a comparison, `VALUE [± TOLERANCE] [per SOURCE]`: `6.8 ±0.1 per usgs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value: Quantity,
    pub tolerance: Option<Spanned<Tolerance>>,
    /// The entity whose figure it is: a stated value that agrees with it is a finding when
    /// the article credits it to another of the fact's sources.
    pub source: Option<Spanned<String>>,
    /// `southwest of Marrakech`: the figure is a distance from a place, in a direction.
    pub bearing: Option<Spanned<Bearing>>,
}

/// `southwest of Marrakech`, after a distance.
#[derive(Clone, Debug, PartialEq)]
pub struct Bearing {
    pub point: crate::text::compass::Point,
    /// The place's words as written, single-spaced.
    pub place: Spanned<String>,
}

/// `≈ ~ = != ≠ < <= ≤ > >= ≥` (and `~=` for ≈).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Approx,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    /// The symbol as editors read it in messages.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Approx => "≈",
            Self::Eq => "=",
            Self::Ne => "≠",
            Self::Lt => "<",
            Self::Le => "≤",
            Self::Gt => ">",
            Self::Ge => "≥",
        }
    }
}

/// A number with an optional unit: `885 km`, `$61 billion`, `61.2%`, `1,000`; a vague
/// word (`several`), an ordinal (`11th`) or a rate (`$1 million per day`).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value with any scale word applied (`1.5 million` → 1_500_000); for a vague word,
    /// the low end of its range.
    pub value: f64,
    /// The unit as written: a word (`km`, `per cent`) or a currency sign (`$`, `€`).
    pub unit: Option<Spanned<&'static Unit>>,
    /// A number, a vague word or an ordinal.
    pub form: Form,
    /// The unit of time of a rate: `day` in `20,000 per day`.
    pub per: Option<Spanned<&'static Unit>>,
    /// The whole quantity as written.
    pub span: Span,
}

/// `±20` (in the value's unit), `±20 km`, `±2%` (relative). Also spelt `+/-` and `+-`.
#[derive(Clone, Debug, PartialEq)]
pub enum Tolerance {
    /// `±20` (`unit` is `None`: the value's unit) or `±20 km` (a unit of the value's
    /// dimension, or its currency). On a percentage, `±0.5` and `±0.5%` are both absolute:
    /// percentage points.
    Absolute {
        amount: f64,
        unit: Option<Spanned<&'static Unit>>,
    },
    /// `±2%` on a value that is not a percentage: relative to the value.
    Percent(f64),
}

/// `launch on 2023-12-30 or 2024-01-02`, `visit in 2023-09`,
/// `ceasefire between 2024-11-01 and 2024-11-30`.
#[derive(Clone, Debug, PartialEq)]
pub struct DateAssertion {
    pub event: Spanned<String>,
    pub constraint: DateConstraint,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DateConstraint {
    /// `on D [or D]...` and `in D [or D]...`: the event happened on one of these.
    OneOf(Vec<Spanned<DateValue>>),
    /// `between D and D` (inclusive).
    Between {
        start: Spanned<DateValue>,
        end: Spanned<DateValue>,
    },
    /// `at 2023-10-25T00:25-06:00 ±30min`: the event happened at this time, give or take
    /// the tolerance (none: to the minute).
    At {
        time: Spanned<EventTime>,
        tolerance: Option<Spanned<jiff::SignedDuration>>,
    },
}

/// `2023-10-25T00:25-06:00`: a time of day on a day, with its offset from UTC, which is
/// the event's "local time".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventTime {
    pub at: jiff::Timestamp,
    pub offset: jiff::tz::Offset,
}

/// `2023-10-25T00:25-06:00`, as the language writes it.
impl std::fmt::Display for EventTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let local = self.offset.to_datetime(self.at);
        let offset = self.offset.seconds() / 60;
        if offset == 0 {
            return write!(f, "{}Z", local.strftime("%Y-%m-%dT%H:%M"));
        }
        let sign = if offset < 0 { '-' } else { '+' };
        let offset = offset.unsigned_abs();
        let (hours, minutes) = (offset / 60, offset % 60);
        write!(
            f,
            "{}{sign}{hours:02}:{minutes:02}",
            local.strftime("%Y-%m-%dT%H:%M")
        )
    }
}

/// A calendar date at the precision it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Day(jiff::civil::Date),
    Month { year: i16, month: i8 },
    Year(i16),
}

impl DateValue {
    /// The first day the date covers.
    pub fn first_day(self) -> Option<jiff::civil::Date> {
        match self {
            Self::Day(day) => Some(day),
            Self::Month { year, month } => jiff::civil::Date::new(year, month, 1).ok(),
            Self::Year(year) => jiff::civil::Date::new(year, 1, 1).ok(),
        }
    }

    /// The last day the date covers.
    pub fn last_day(self) -> Option<jiff::civil::Date> {
        match self {
            Self::Day(day) => Some(day),
            Self::Month { year, month } => jiff::civil::Date::new(year, month, 1)
                .ok()
                .map(|first| first.last_of_month()),
            Self::Year(year) => jiff::civil::Date::new(year, 12, 31).ok(),
        }
    }
}

/// `2023-09-10`, `2023-09`, `2023`: as the language writes it.
impl std::fmt::Display for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Day(day) => write!(f, "{day}"),
            Self::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Self::Year(year) => write!(f, "{year:04}"),
        }
    }
}

/// `first combat use attributed to analyst`, `… not attributed to "United Nations"`.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributionAssertion {
    pub claim: Spanned<String>,
    pub negated: bool,
    pub speakers: Vec<Speaker>,
}

/// Who a claim is (or is not) attributed to.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    /// A bare word: an entity id of the sheet or a role (`kirby`, `analyst`); which one is
    /// decided when the sheet is compiled.
    Named(Spanned<String>),
    /// A quoted name kept as written: `"United Nations"`.
    Literal(Spanned<String>),
}

/// `quote "significant and concerning escalation" by kirby`.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteAssertion {
    pub text: Spanned<String>,
    pub speaker: Spanned<String>,
}

/// `kirby titled one of kirby.titles`, `kirby titled "National Security Council spokesman"`.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleAssertion {
    pub entity: Spanned<String>,
    pub titles: TitleSet,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TitleSet {
    /// `one of ENTITY.titles`: the titles listed under that entity in the sheet. The span
    /// is the entity id's, without `.titles`.
    EntityTitles(Spanned<String>),
    /// `"A"` or `one of "A", "B"`.
    Listed(Vec<Spanned<String>>),
}

/// `forbid "…"`, `prefer "…" over "…"[, "…"]`, `require "…"`.
#[derive(Clone, Debug, PartialEq)]
pub enum TermAssertion {
    Forbid(Spanned<String>),
    Prefer {
        preferred: Spanned<String>,
        over: Vec<Spanned<String>>,
    },
    Require(Spanned<String>),
}

/// How a gap is written inside a term phrase: `forbid "on the … south pole"`.
pub const GAP_MARKS: [&str; 2] = ["…", "..."];

/// The most words a gap stands for (none counts too).
pub const MAX_GAP_WORDS: usize = 4;

/// The parts of a term phrase between its gaps, each with its byte offset in `phrase`
/// ("on the … south pole" → "on the" at 0, "south pole" at 11). A phrase without a gap is
/// one part. Parts are trimmed; a gap at an end or two in a row leave an empty part, which
/// the parser refuses.
pub fn phrase_parts(phrase: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < phrase.len() {
        let rest = &phrase[at..];
        match GAP_MARKS.iter().find(|mark| rest.starts_with(*mark)) {
            Some(mark) => {
                parts.push(trimmed_part(phrase, start, at));
                at += mark.len();
                start = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    parts.push(trimmed_part(phrase, start, phrase.len()));
    parts
}

fn trimmed_part(phrase: &str, start: usize, end: usize) -> (usize, &str) {
    let part = &phrase[start..end];
    let trimmed = part.trim_start();
    (start + part.len() - trimmed.len(), trimmed.trim_end())
}

/// An `applies_when` condition: `mentions "North Korea" and not mentions "satire"`.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    Mentions(Spanned<String>),
    /// `published after 2023-09-10`: the article's date against a day, month or year.
    Published {
        relation: Published,
        date: Spanned<DateValue>,
    },
    /// `outlet "Reuters"`: the article's front matter `outlet`, in any case.
    Outlet(Spanned<String>),
    Not(Box<Condition>),
    And(Box<Condition>, Box<Condition>),
    Or(Box<Condition>, Box<Condition>),
}

/// How an article's date relates to a condition's: `published before|after|on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Published {
    Before,
    After,
    On,
}

impl Published {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::After => "after",
            Self::On => "on",
        }
    }
}

impl Condition {
    /// The phrases the condition wants mentioned (not those it rules out).
    pub fn wanted_phrases(&self) -> Vec<&str> {
        match self {
            Self::Mentions(phrase) => vec![phrase.node.as_str()],
            Self::Not(_) | Self::Published { .. } | Self::Outlet(_) => Vec::new(),
            Self::And(a, b) | Self::Or(a, b) => {
                let mut phrases = a.wanted_phrases();
                phrases.extend(b.wanted_phrases());
                phrases
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_in_parts_around_its_gaps() {
        let cases: &[(&str, &[(usize, &str)])] = &[
            ("visit to Moscow", &[(0, "visit to Moscow")]),
            ("on the … south pole", &[(0, "on the"), (11, "south pole")]),
            ("a...b … c", &[(0, "a"), (4, "b"), (10, "c")]),
            ("… moon", &[(0, ""), (4, "moon")]),
            ("U.S. troops", &[(0, "U.S. troops")]),
        ];
        for (phrase, parts) in cases {
            assert_eq!(phrase_parts(phrase), *parts, "{phrase}");
        }
    }
}
