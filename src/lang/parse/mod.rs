//! The grammar of assertions and `applies_when` conditions (nom 8); `docs/language.md` is its
//! reference.
//!
//! **How an assertion's kind is decided.** A first word `quote`, `forbid`, `require` or
//! `prefer` decides it. Otherwise the words up to the first *relation* are the subject, and
//! the relation decides: a comparison operator or `between` (a quantity; a date when the
//! first bound is shaped `YYYY-MM…`), `on`/`in` before a digit (a date), `[not] attributed`
//! (an attribution) or `titled` (a title). A word that starts no relation (`troops in
//! Ukraine`, `distance between cities`) belongs to the subject.
//!
//! **Errors.** Everything after the deciding word is under `cut`, so a mistake is reported
//! where it is ("unknown unit 'kmz'") rather than as "expected a comparison". Checks that
//! need a parsed value (an impossible date, a tolerance in the wrong dimension, a backwards
//! range) run as soon as the value is parsed and point at the offending part.

use jiff::civil::Date;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::combinator::{all_consuming, cut, opt, value};
use nom::error::{ErrorKind, FromExternalError, ParseError as _, context};
use nom::multi::many0;
use nom::sequence::preceded;
use nom::{IResult, Offset, Parser};

use super::ast::{
    Assertion, AttributionAssertion, Bearing, CompareOp, Condition, DateAssertion, DateConstraint,
    DateValue, EventTime, Figure, GAP_MARKS, MAX_GAP_WORDS, Moment, Published, Quantity,
    QuantityAssertion, QuantityConstraint, QuoteAssertion, Spanned, Speaker, TermAssertion,
    TitleAssertion, TitleSet, Tolerance, phrase_parts,
};
use super::counting::{self, Form};
use super::error::{Failure, ParseError, is_word_char, token_at};
use super::units::{self, Dimension, Unit};
use crate::source::Span;
use crate::suggest::closest;
use crate::text::compass::Point;

mod assertion;
mod condition;
mod failure;
mod lexical;
#[cfg(test)]
mod tests;
mod value;

use lexical::*;
use value::*;

type PResult<'a, T> = IResult<&'a str, T, Failure>;

/// The longest assertion or condition, in bytes: room for a long quotation, and a bound on
/// the phrases every article is searched for.
pub const MAX_LENGTH: usize = 4000;

/// Parses one `assert:` line. Spans, in the result and in the error, are byte offsets into
/// `input`.
pub fn parse_assertion(input: &str) -> Result<Assertion, ParseError> {
    run(input, Grammar::assertion)
}

/// Parses an `applies_when` condition: `mentions "…"`, `not`, `and`, `or`, parentheses.
pub fn parse_condition(input: &str) -> Result<Condition, ParseError> {
    run(input, Grammar::condition)
}

fn run<'a, T>(
    input: &'a str,
    rule: fn(Grammar<'a>, &'a str) -> PResult<'a, T>,
) -> Result<T, ParseError> {
    if input.len() > MAX_LENGTH {
        let cut = Span::new(MAX_LENGTH, MAX_LENGTH).clamp_to(input).start;
        return Err(ParseError {
            span: Span::new(cut, input.len()),
            message: format!("longer than {MAX_LENGTH} bytes"),
            label: "past the limit".into(),
            help: Some("an assertion states one fact; split it or quote less".into()),
        });
    }
    let grammar = Grammar { input };
    match all_consuming(|i| rule(grammar, i)).parse(input) {
        Ok((_, node)) => Ok(node),
        Err(nom::Err::Error(failure) | nom::Err::Failure(failure)) => {
            Err(failure.into_parse_error(input))
        }
        Err(nom::Err::Incomplete(_)) => {
            Err(Failure::expected("", "more input", "").into_parse_error(input))
        }
    }
}

/// Spellings of the comparisons, for messages.
const COMPARISONS: &str = "a comparison (≈, =, ≠, <, ≤, >, ≥)";
/// Everything that may follow a subject.
const RELATIONS: &str =
    "a comparison (≈, =, <, >, …), 'between', 'on', 'in', 'attributed to' or 'titled'";
/// First words that decide the kind of an assertion.
const LEADING_KEYWORDS: [&str; 4] = ["quote", "forbid", "require", "prefer"];
/// Relation words that always decide the kind, or do when followed by a value.
const RELATION_KEYWORDS: [&str; 3] = ["between", "attributed", "titled"];
/// Opening and closing marks of a quoted text.
const QUOTE_MARKS: [(&str, &str); 2] = [("\"", "\""), ("“", "”")];
/// `1.5 million`, `61 bn`.
const SCALE_WORDS: [(&str, f64); 7] = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("bn", 1e9),
    ("tn", 1e12),
];
/// `10k`, `61bn`: scales written against the number.
const ATTACHED_SCALES: [(&str, f64); 4] = [("k", 1e3), ("mn", 1e6), ("bn", 1e9), ("tn", 1e12)];
/// `$5m`, `$2B`: after a currency sign only, since `5m` alone is five metres.
const CURRENCY_SCALES: [(&str, f64); 2] = [("m", 1e6), ("b", 1e9)];
/// Help for `deaths in 2023 > 500`, where `in 2023` was read as the date of an event.
const DATE_IN_SUBJECT: &str = "'in' or 'on' before a number starts a date; for a figure current on a day, put the day after it: 'death toll = 55 as of 2023-08-10'";
/// Deepest nesting of `not` and parentheses in a condition, so that no input can exhaust
/// the stack.
const MAX_NESTING: usize = 64;

/// What follows the subject of an assertion, and so decides its kind.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Relation {
    Compare(CompareOp),
    Between,
    On,
    In,
    At,
    Attributed { negated: bool },
    Titled,
}

impl Relation {
    /// What the subject is, for "expected what is measured before '≈'".
    fn subject_noun(self) -> &'static str {
        match self {
            Self::Compare(_) | Self::Between => "what is measured",
            Self::On | Self::In | Self::At => "the event",
            Self::Attributed { .. } => "the claim",
            Self::Titled => "the entity",
        }
    }

    fn example(self) -> &'static str {
        match self {
            Self::Compare(_) | Self::Between => "range ≈ 885 km",
            Self::On | Self::In => "launch on 2023-12-30",
            Self::At => "landfall at 2023-10-25T00:25-06:00",
            Self::Attributed { .. } => "first combat use attributed to analyst",
            Self::Titled => "kirby titled \"spokesman\"",
        }
    }
}

/// The grammar rules, as methods that know the whole input so every node gets its span.
#[derive(Clone, Copy)]
struct Grammar<'a> {
    input: &'a str,
}
