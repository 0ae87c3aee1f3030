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
    Assertion, AttributionAssertion, CompareOp, Condition, DateAssertion, DateConstraint,
    DateValue, Quantity, QuantityAssertion, QuantityConstraint, QuoteAssertion, Spanned, Speaker,
    TermAssertion, TitleAssertion, TitleSet, Tolerance,
};
use super::error::{Failure, ParseError, is_word_char, token_at};
use super::units::{self, Dimension, Unit};
use crate::source::Span;
use crate::suggest::closest;

type PResult<'a, T> = IResult<&'a str, T, Failure>;

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
const DATE_IN_SUBJECT: &str =
    "'in' or 'on' before a number starts a date; leave it out of the subject: 'deaths 2023 > 500'";
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
    Attributed { negated: bool },
    Titled,
}

impl Relation {
    /// What the subject is, for "expected what is measured before '≈'".
    fn subject_noun(self) -> &'static str {
        match self {
            Self::Compare(_) | Self::Between => "what is measured",
            Self::On | Self::In => "the event",
            Self::Attributed { .. } => "the claim",
            Self::Titled => "the entity",
        }
    }

    fn example(self) -> &'static str {
        match self {
            Self::Compare(_) | Self::Between => "range ≈ 885 km",
            Self::On | Self::In => "launch on 2023-12-30",
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

// Assertions.
impl<'a> Grammar<'a> {
    fn assertion(self, i: &'a str) -> PResult<'a, Assertion> {
        let i = i.trim_start();
        alt((|i| self.quote(i), |i| self.term(i), |i| self.sentence(i))).parse(i)
    }

    /// `quote "TEXT" by ENTITY`
    fn quote(self, i: &'a str) -> PResult<'a, Assertion> {
        let (i, _) = keyword("quote").parse(i)?;
        let (i, text) = cut(preceded(ws0, |i| self.quoted(i, "the quoted words"))).parse(i)?;
        let (i, _) = cut(preceded(ws0, expect_keyword("by", "'by' and who said it"))).parse(i)?;
        let (i, speaker) = cut(preceded(ws0, |i| {
            self.identifier(i, "who said it (an entity id)")
        }))
        .parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, Assertion::Quote(QuoteAssertion { text, speaker })))
    }

    /// `forbid "X"`, `require "X"`, `prefer "X" over "Y"[, "Z"]…`
    fn term(self, i: &'a str) -> PResult<'a, Assertion> {
        let phrase = |i| self.quoted(i, "a phrase");
        let (i, term) = alt((
            preceded(keyword("forbid"), cut(preceded(ws0, phrase))).map(TermAssertion::Forbid),
            preceded(keyword("require"), cut(preceded(ws0, phrase))).map(TermAssertion::Require),
            preceded(keyword("prefer"), cut(|i| self.preference(i))),
        ))
        .parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, Assertion::Term(term)))
    }

    /// `"X" over "Y"[, "Z"]…`, after `prefer`.
    fn preference(self, i: &'a str) -> PResult<'a, TermAssertion> {
        let (i, preferred) = preceded(ws0, |i| self.quoted(i, "the preferred phrase")).parse(i)?;
        let (i, _) = preceded(
            ws0,
            expect_keyword("over", "'over' and the phrases to avoid"),
        )
        .parse(i)?;
        let (i, over) = list(preceded(ws0, |i| self.quoted(i, "a phrase to avoid"))).parse(i)?;
        Ok((i, TermAssertion::Prefer { preferred, over }))
    }

    /// `SUBJECT RELATION …`: quantities, dates, attributions and titles.
    fn sentence(self, i: &'a str) -> PResult<'a, Assertion> {
        let (i, (subject, relation)) = self.subject_and_relation(i)?;
        if subject.node.is_empty() {
            return Err(nom::Err::Failure(self.missing_subject(&relation)));
        }
        let i = i.trim_start();
        match relation.node {
            Relation::Compare(op) => {
                let op = Spanned::new(op, relation.span);
                let (i, constraint) = cut(|i| self.comparison(i, op.clone())).parse(i)?;
                Ok((i, quantity_assertion(subject, constraint)))
            }
            Relation::Between if looks_like_date(i) => {
                let (i, constraint) = cut(|i| self.date_range(i)).parse(i)?;
                Ok((i, date_assertion(subject, constraint)))
            }
            Relation::Between => {
                let (i, constraint) = cut(|i| self.quantity_range(i)).parse(i)?;
                Ok((i, quantity_assertion(subject, constraint)))
            }
            Relation::On | Relation::In => {
                let (i, constraint) = cut(|i| self.date_list(i)).parse(i)?;
                Ok((i, date_assertion(subject, constraint)))
            }
            Relation::Attributed { negated } => {
                let (i, speakers) = cut(|i| self.speakers(i)).parse(i)?;
                let attribution = AttributionAssertion {
                    claim: subject,
                    negated,
                    speakers,
                };
                Ok((i, Assertion::Attribution(attribution)))
            }
            Relation::Titled => {
                let entity = self
                    .entity_before_titled(subject)
                    .map_err(nom::Err::Failure)?;
                let (i, titles) = cut(|i| self.title_set(i)).parse(i)?;
                Ok((i, Assertion::Title(TitleAssertion { entity, titles })))
            }
        }
    }

    /// The words before the first relation (normalized to single spaces), and the relation.
    fn subject_and_relation(self, i: &'a str) -> PResult<'a, (Spanned<String>, Spanned<Relation>)> {
        let mut words: Vec<&'a str> = Vec::new();
        let mut rest = i;
        loop {
            if let Some((after, relation)) = relation_at(rest) {
                let subject = match (words.first(), words.last()) {
                    (Some(first), Some(last)) => Spanned::new(
                        words.join(" "),
                        self.span_of(first).cover(self.span_of(last)),
                    ),
                    _ => Spanned::new(String::new(), self.span_between(rest, rest)),
                };
                let relation = Spanned::new(relation, self.span_between(rest, after));
                return Ok((after, (subject, relation)));
            }
            let Some((word, after)) = subject_word(rest) else {
                return Err(nom::Err::Error(self.missing_relation(&words, rest)));
            };
            words.push(word);
            rest = after.trim_start();
        }
    }

    /// `OP QUANTITY [TOLERANCE]`, after the operator.
    fn comparison(self, i: &'a str, op: Spanned<CompareOp>) -> PResult<'a, QuantityConstraint> {
        let (i, value) = self.quantity(i)?;
        let (i, tolerance) = opt(preceded(ws0, |i| self.tolerance(i, &value, op.node))).parse(i)?;
        let next = match tolerance {
            Some(_) => "the end of the assertion",
            None => "a tolerance (±…) or the end of the assertion",
        };
        let (i, ()) = end_of_input(i, next)?;
        let constraint = QuantityConstraint::Compare {
            op,
            value,
            tolerance,
        };
        Ok((i, constraint))
    }

    /// `± AMOUNT [UNIT]`; see [`Grammar::tolerance_for`] for what it means.
    fn tolerance(
        self,
        i: &'a str,
        value: &Quantity,
        op: CompareOp,
    ) -> PResult<'a, Spanned<Tolerance>> {
        let start = i;
        let (i, sign) = alt((tag("±"), tag("+/-"), tag("+-"))).parse(i)?;
        if !matches!(op, CompareOp::Approx | CompareOp::Eq | CompareOp::Ne) {
            let message = format!("a tolerance does not apply to '{}'", op.symbol());
            let failure = self
                .failure_on(sign, message, "tolerance")
                .with_help("tolerances go with ≈, = and ≠; for a bound, move the bound itself");
            return Err(nom::Err::Failure(failure));
        }
        let (i, amount) = cut(preceded(ws0, |i| self.quantity(i))).parse(i)?;
        if amount.value < 0.0 {
            let failure = self
                .failure_at(amount.span, "a tolerance cannot be negative", "negative")
                .with_help("write the size of the margin: ±20");
            return Err(nom::Err::Failure(failure));
        }
        let tolerance = self
            .tolerance_for(value, amount)
            .map_err(nom::Err::Failure)?;
        Ok((i, Spanned::new(tolerance, self.span_between(start, i))))
    }

    /// What `± amount` means next to `value`:
    /// - no unit: absolute, in the value's unit (`≈ 885 km ±20`, `= 61.2% ±0.5`);
    /// - a unit that converts to the value's: absolute in that unit (`±20 km`); on a
    ///   percentage `±0.5%` is therefore ±0.5 percentage points;
    /// - `%` on a value that is not a percentage: relative (`≈ 550 mi ±2%`).
    fn tolerance_for(self, value: &Quantity, amount: Quantity) -> Result<Tolerance, Failure> {
        let Some(unit) = amount.unit else {
            return Ok(Tolerance::Absolute {
                amount: amount.value,
                unit: None,
            });
        };
        let value_unit = value.unit.as_ref().map(|unit| unit.node);
        match value_unit {
            Some(value_unit) if unit.node.converts_to(value_unit) => Ok(Tolerance::Absolute {
                amount: amount.value,
                unit: Some(unit),
            }),
            _ if unit.node.dimension == Dimension::Percent => Ok(Tolerance::Percent(amount.value)),
            Some(value_unit) => {
                Err(self.unit_mismatch(("the tolerance", &unit), ("the value", value_unit)))
            }
            None => {
                let message = format!(
                    "the tolerance is in {} but the value has no unit",
                    unit.node.symbol
                );
                Err(self
                    .failure_at(unit.span, message, "the value has no unit")
                    .with_help("give the value the same unit, or leave it off the tolerance"))
            }
        }
    }

    /// `LOW and HIGH`, after `between`. A bound without a unit takes the other's.
    fn quantity_range(self, i: &'a str) -> PResult<'a, QuantityConstraint> {
        let (i, low) = self.quantity(i)?;
        let (i, _) = preceded(ws0, expect_keyword("and", "'and' and the upper bound")).parse(i)?;
        let (i, high) = preceded(ws0, |i| self.quantity(i)).parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        let (low, high) = share_unit(low, high);
        self.check_quantity_order(&low, &high)
            .map_err(nom::Err::Failure)?;
        Ok((i, QuantityConstraint::Between { low, high }))
    }

    fn check_quantity_order(self, low: &Quantity, high: &Quantity) -> Result<(), Failure> {
        let low_in_high_unit = match (&low.unit, &high.unit) {
            (Some(low_unit), Some(high_unit)) => low_unit
                .node
                .convert(low.value, high_unit.node)
                .ok_or_else(|| {
                self.unit_mismatch(
                    ("the upper bound", high_unit),
                    ("the lower bound", low_unit.node),
                )
            })?,
            _ => low.value,
        };
        if low_in_high_unit <= high.value {
            return Ok(());
        }
        let (low, high) = (self.text_of(low.span), self.text_of(high.span));
        let message = format!("the range is backwards: {high} is less than {low}");
        Err(self
            .failure_at(self.span_of(high), message, "below the lower bound")
            .with_help(format!(
                "write the lower bound first: between {high} and {low}"
            )))
    }

    /// `D [or D]…`, after `on` or `in`.
    fn date_list(self, i: &'a str) -> PResult<'a, DateConstraint> {
        let (i, dates) = list(|i| self.date(i)).parse(i)?;
        let (i, ()) = end_of_input(i, "'or' and another date, or the end of the assertion")
            .map_err(|error| {
                if compare_op(i.trim_start()).is_ok() {
                    error.map(|failure| failure.with_help(DATE_IN_SUBJECT))
                } else {
                    error
                }
            })?;
        Ok((i, DateConstraint::OneOf(dates)))
    }

    /// `START and END`, after `between`.
    fn date_range(self, i: &'a str) -> PResult<'a, DateConstraint> {
        let (i, start) = self.date(i)?;
        let (i, _) = preceded(ws0, expect_keyword("and", "'and' and the last date")).parse(i)?;
        let (i, end) = preceded(ws0, |i| self.date(i)).parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        if first_day(start.node) > last_day(end.node) {
            let (start, end) = (self.text_of(start.span), self.text_of(end.span));
            let message = format!("the range ends ({end}) before it starts ({start})");
            let failure = self
                .failure_at(self.span_of(end), message, "before the start")
                .with_help(format!(
                    "write the earlier date first: between {end} and {start}"
                ));
            return Err(nom::Err::Failure(failure));
        }
        Ok((i, DateConstraint::Between { start, end }))
    }

    /// `to SPEAKER[, SPEAKER]… [or SPEAKER]`, after `attributed`.
    fn speakers(self, i: &'a str) -> PResult<'a, Vec<Speaker>> {
        let (i, _) = expect_keyword("to", "'to' after 'attributed'").parse(i)?;
        let (i, speakers) = list(preceded(ws0, |i| self.speaker(i))).parse(i)?;
        let next = "',' or 'or' and another speaker, or the end of the assertion";
        let (i, ()) = end_of_input(i, next)?;
        Ok((i, speakers))
    }

    /// An entity id or role (`kirby`, `white-house`, `analyst`), or `"a quoted name"`.
    fn speaker(self, i: &'a str) -> PResult<'a, Speaker> {
        if starts_with_quote(i) {
            return self
                .quoted(i, "a name")
                .map(|(i, name)| (i, Speaker::Literal(name)));
        }
        let what = "a speaker (an entity id, a role or a \"quoted name\")";
        let (i, name) = self.identifier(i, what)?;
        Ok((i, Speaker::Named(name)))
    }

    /// The subject of `titled` must be one entity id.
    fn entity_before_titled(self, subject: Spanned<String>) -> Result<Spanned<String>, Failure> {
        if subject.node.chars().all(is_identifier_char) {
            return Ok(subject);
        }
        let message = format!(
            "expected an entity id before 'titled', found '{}'",
            subject.node
        );
        Err(self
            .failure_at(subject.span, message, "not an entity id")
            .with_help("use the entity's id from the sheet's `entities:`, as in 'kirby titled …'"))
    }

    /// `"X"`, `one of "X", "Y"…` or `one of ENTITY.titles`, after `titled`.
    fn title_set(self, i: &'a str) -> PResult<'a, TitleSet> {
        if let Ok((i, _)) = keyword("one").parse(i) {
            let (i, _) = preceded(ws0, expect_keyword("of", "'of' after 'one'")).parse(i)?;
            let i = i.trim_start();
            if starts_with_quote(i) {
                return self.listed_titles(i);
            }
            return self.entity_titles(i);
        }
        if starts_with_quote(i) {
            let (i, title) = self.quoted(i, "a title")?;
            let (i, ()) = end_of_input(i, "the end of the assertion")?;
            return Ok((i, TitleSet::Listed(vec![title])));
        }
        let failure = Failure::expected(i, "a title in double quotes, or 'one of'", "not a title");
        Err(nom::Err::Error(failure))
    }

    fn listed_titles(self, i: &'a str) -> PResult<'a, TitleSet> {
        let (i, titles) = list(|i| self.quoted(i, "a title")).parse(i)?;
        let next = "',' or 'or' and another title, or the end of the assertion";
        let (i, ()) = end_of_input(i, next)?;
        Ok((i, TitleSet::Listed(titles)))
    }

    /// `ENTITY.titles`
    fn entity_titles(self, i: &'a str) -> PResult<'a, TitleSet> {
        let what = "titles in double quotes, or ENTITY.titles";
        let (i, entity) = self.identifier(i, what)?;
        let help = format!("write {}.titles", entity.node);
        let Some(field) = i.strip_prefix('.') else {
            let failure =
                Failure::expected(i, "'.titles' after the entity id", "expected '.titles'");
            return Err(nom::Err::Failure(failure.with_help(help)));
        };
        let (i, _) = expect_keyword("titles", "'titles'")
            .parse(field)
            .map_err(|error| error.map(|failure| failure.with_help(help)))?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, TitleSet::EntityTitles(entity)))
    }
}

// Conditions.
impl<'a> Grammar<'a> {
    fn condition(self, i: &'a str) -> PResult<'a, Condition> {
        let (i, condition) = self.disjunction(i.trim_start(), 0)?;
        let rest = i.trim_start();
        if rest.is_empty() {
            return Ok((rest, condition));
        }
        let failure = if rest.starts_with(')') {
            Failure::at(rest, 1, "unmatched ')'", "no '(' before this")
        } else {
            Failure::expected(
                rest,
                "'and', 'or' or the end of the condition",
                "unexpected",
            )
            .with_suggestion(closest(token_at(rest), ["and", "or"]))
        };
        Err(nom::Err::Failure(failure))
    }

    /// `C or C or …` (loosest).
    fn disjunction(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let (i, first) = self.conjunction(i, depth)?;
        let next = preceded(
            (ws0, keyword("or"), ws0),
            cut(|i| self.conjunction(i, depth)),
        );
        let (i, rest) = many0(next).parse(i)?;
        let condition = rest.into_iter().fold(first, |left, right| {
            Condition::Or(Box::new(left), Box::new(right))
        });
        Ok((i, condition))
    }

    /// `C and C and …`
    fn conjunction(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let (i, first) = self.negation(i, depth)?;
        let next = preceded((ws0, keyword("and"), ws0), cut(|i| self.negation(i, depth)));
        let (i, rest) = many0(next).parse(i)?;
        let condition = rest.into_iter().fold(first, |left, right| {
            Condition::And(Box::new(left), Box::new(right))
        });
        Ok((i, condition))
    }

    /// `not C` (tightest) or an atom.
    fn negation(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let Ok((after, not)) = keyword("not").parse(i) else {
            return self.atom(i, depth);
        };
        self.check_nesting(not, depth)?;
        let (i, negated) = cut(preceded(ws0, |i| self.negation(i, depth + 1))).parse(after)?;
        Ok((i, Condition::Not(Box::new(negated))))
    }

    /// `mentions "X"` or `( C )`.
    fn atom(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        if let Ok((after, _)) = keyword("mentions").parse(i) {
            let (i, phrase) = cut(preceded(ws0, |i| self.quoted(i, "a phrase"))).parse(after)?;
            return Ok((i, Condition::Mentions(phrase)));
        }
        if let Some(inside) = i.strip_prefix('(') {
            return self.parenthesized(i, inside, depth);
        }
        let failure = Failure::expected(i, "'mentions \"…\"', 'not' or '('", "not a condition")
            .with_suggestion(closest(token_at(i), ["mentions", "not"]));
        Err(nom::Err::Error(failure))
    }

    /// The condition after the `(` at the start of `open`, and its `)`.
    fn parenthesized(self, open: &'a str, inside: &'a str, depth: usize) -> PResult<'a, Condition> {
        self.check_nesting(&open[..1], depth)?;
        let (i, condition) =
            cut(preceded(ws0, |i| self.disjunction(i, depth + 1))).parse(inside)?;
        let i = i.trim_start();
        if let Some(after) = i.strip_prefix(')') {
            return Ok((after, condition));
        }
        let failure = if i.is_empty() {
            Failure::at(open, 1, "unclosed '('", "this parenthesis is never closed")
                .with_help("add ')' where the group ends")
        } else {
            Failure::expected(i, "'and', 'or' or ')'", "unexpected")
                .with_suggestion(closest(token_at(i), ["and", "or"]))
        };
        Err(nom::Err::Failure(failure))
    }

    fn check_nesting(self, opener: &'a str, depth: usize) -> Result<(), nom::Err<Failure>> {
        if depth < MAX_NESTING {
            return Ok(());
        }
        let message = format!("the condition nests deeper than {MAX_NESTING} levels");
        Err(nom::Err::Failure(
            self.failure_on(opener, message, "too deep"),
        ))
    }
}

// Values: quantities, dates, quoted texts, identifiers.
impl<'a> Grammar<'a> {
    /// `[CURRENCY] NUMBER [SCALE] [UNIT]`: `885 km`, `$61 billion`, `61.2%`, `61bn USD`.
    fn quantity(self, i: &'a str) -> PResult<'a, Quantity> {
        let start = i;
        let (i, currency) = opt(|i| self.currency_sign(i)).parse(i)?;
        let (i, _) = ws0(i)?;
        let (i, number) = number(i)?;
        let (i, scale) = scale(i, currency.is_some())?;
        let value = number * scale;
        if !value.is_finite() {
            let span = self.span_between(start, i);
            return Err(nom::Err::Failure(self.failure_at(
                span,
                "number too large",
                "too large",
            )));
        }
        let (i, unit) = self.unit_after_number(i)?;
        let unit = match (currency, unit) {
            (Some(currency), Some(unit)) => {
                let message = format!(
                    "'{}' already gives the currency",
                    self.text_of(currency.span)
                );
                let failure = self
                    .failure_at(unit.span, message, "second unit")
                    .with_help("keep only one of them");
                return Err(nom::Err::Failure(failure));
            }
            (currency, unit) => currency.or(unit),
        };
        let span = self.span_between(start, i);
        Ok((i, Quantity { value, unit, span }))
    }

    /// `$`, `US$`, `€`, `£`, `¥`… before a number.
    fn currency_sign(self, i: &'a str) -> PResult<'a, Spanned<&'static Unit>> {
        let Some((sign, unit)) = units::currency_sign_prefix(i) else {
            return Err(nom::Err::Error(Failure::from_error_kind(i, ErrorKind::Tag)));
        };
        let (sign, rest) = i.split_at(sign.len());
        Ok((rest, Spanned::new(unit, self.span_of(sign))))
    }

    /// The unit after a number (`km`, `%`, `per cent`, `nautical miles`), if any. A word
    /// there that is not a unit is an error, except `and` (`between 10 and 12`).
    fn unit_after_number(self, i: &'a str) -> PResult<'a, Option<Spanned<&'static Unit>>> {
        let at = i.trim_start();
        let token = unit_token(at);
        let not_a_unit_position = token.is_empty()
            || token.starts_with(|c: char| c.is_ascii_digit())
            || token.eq_ignore_ascii_case("and");
        if not_a_unit_position {
            return Ok((i, None));
        }
        let Some((name_len, unit)) = longest_unit_at(at) else {
            return Err(nom::Err::Failure(unknown_unit(at, token)));
        };
        let (name, rest) = at.split_at(name_len);
        Ok((rest, Some(Spanned::new(unit, self.span_of(name)))))
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checked against the calendar.
    fn date(self, i: &'a str) -> PResult<'a, Spanned<DateValue>> {
        let token_len = i
            .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/'))
            .unwrap_or(i.len());
        let (token, rest) = i.split_at(token_len);
        if token.is_empty() {
            let what = "a date (YYYY-MM-DD, YYYY-MM or YYYY)";
            return Err(nom::Err::Error(Failure::expected(i, what, "not a date")));
        }
        let date = self.calendar_date(token).map_err(nom::Err::Failure)?;
        Ok((rest, Spanned::new(date, self.span_of(token))))
    }

    fn calendar_date(self, token: &'a str) -> Result<DateValue, Failure> {
        let parts: Vec<&str> = token.split('-').collect();
        let digits =
            |part: &str, len| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let well_formed = parts.len() <= 3
            && digits(parts[0], 4)
            && parts[1..].iter().all(|part| digits(part, 2));
        let year = parts[0].parse::<i16>().ok().filter(|_| well_formed);
        let Some(year) = year else {
            let message = format!("malformed date '{token}'");
            return Err(self
                .failure_on(token, message, "not YYYY-MM-DD, YYYY-MM or YYYY")
                .with_help("write dates as 2024-01-04, 2024-01 or 2024"));
        };
        match parts[1..] {
            [] => Ok(DateValue::Year(year)),
            [month] => Ok(DateValue::Month {
                year,
                month: self.month(month)?,
            }),
            [month, day] => {
                let month = self.month(month)?;
                Ok(DateValue::Day(self.day(year, month, day)?))
            }
            _ => Err(self.failure_on(token, "malformed date", "too many parts")),
        }
    }

    fn month(self, text: &'a str) -> Result<i8, Failure> {
        match text.parse::<i8>() {
            Ok(month @ 1..=12) => Ok(month),
            _ => Err(self
                .failure_on(
                    text,
                    format!("month {text} does not exist"),
                    "no such month",
                )
                .with_help("months run from 01 to 12")),
        }
    }

    fn day(self, year: i16, month: i8, text: &'a str) -> Result<Date, Failure> {
        let days = Date::new(year, month, 1)
            .map(Date::days_in_month)
            .unwrap_or(0);
        let day = text.parse::<i8>().unwrap_or(0);
        if (1..=days).contains(&day)
            && let Ok(date) = Date::new(year, month, day)
        {
            return Ok(date);
        }
        let message = match day {
            0 => format!("day {text} does not exist"),
            _ => format!("{year:04}-{month:02} has {days} days"),
        };
        Err(self
            .failure_on(text, message, "no such day")
            .with_help(format!(
                "the last day of the month is {year:04}-{month:02}-{days}"
            )))
    }

    /// A text in straight or curly double quotes. The node's span is the text inside the
    /// marks.
    fn quoted(self, i: &'a str, what: &str) -> PResult<'a, Spanned<String>> {
        let Some(&(open, close)) = QUOTE_MARKS.iter().find(|(open, _)| i.starts_with(open)) else {
            let help = if i.starts_with(['\'', '‘']) {
                "use double quotes (\"…\" or “…”), not single quotes"
            } else {
                "put it between double quotes: \"…\""
            };
            let failure = Failure::expected(i, &format!("{what} in double quotes"), "not quoted")
                .with_help(help);
            return Err(nom::Err::Error(failure));
        };
        let inside = &i[open.len()..];
        let Some(text_len) = inside.find(close) else {
            let failure = Failure::at(
                i,
                open.len(),
                "unterminated quote",
                "this quote is never closed",
            )
            .with_help(format!("end the text with {close}"));
            return Err(nom::Err::Failure(failure));
        };
        let (text, after) = inside.split_at(text_len);
        if text.trim().is_empty() {
            let quoted_len = open.len() + text_len + close.len();
            let failure = Failure::at(i, quoted_len, format!("{what} is empty"), "empty quotes");
            return Err(nom::Err::Failure(failure));
        }
        let node = Spanned::new(text.to_owned(), self.span_of(text));
        Ok((&after[close.len()..], node))
    }

    /// An entity id or role: letters, digits, `-` and `_`.
    fn identifier(self, i: &'a str, what: &str) -> PResult<'a, Spanned<String>> {
        let len = i.find(|c| !is_identifier_char(c)).unwrap_or(i.len());
        if len == 0 {
            return Err(nom::Err::Error(Failure::expected(i, what, "not an id")));
        }
        let (id, rest) = i.split_at(len);
        Ok((rest, Spanned::new(id.to_owned(), self.span_of(id))))
    }
}

// Errors and spans.
impl<'a> Grammar<'a> {
    /// The byte range of `slice`, a part of the input.
    fn span_of(self, slice: &str) -> Span {
        let start = self.input.offset(slice);
        Span::new(start, start + slice.len())
    }

    /// The byte range between two positions of the input, each given as the input left there.
    fn span_between(self, from: &str, to: &str) -> Span {
        Span::new(self.input.offset(from), self.input.offset(to))
    }

    fn text_of(self, span: Span) -> &'a str {
        self.input.get(span.range()).unwrap_or_default()
    }

    fn failure_at(self, span: Span, message: impl Into<String>, label: &str) -> Failure {
        let rest = self.input.get(span.start..).unwrap_or_default();
        Failure::at(rest, span.len(), message, label)
    }

    fn failure_on(self, slice: &str, message: impl Into<String>, label: &str) -> Failure {
        self.failure_at(self.span_of(slice), message, label)
    }

    /// "expected what is measured before '≈'".
    fn missing_subject(self, relation: &Spanned<Relation>) -> Failure {
        let written = match relation.node {
            Relation::Attributed { negated: false } => "attributed to",
            Relation::Attributed { negated: true } => "not attributed to",
            _ => self.text_of(relation.span),
        };
        let noun = relation.node.subject_noun();
        self.failure_at(
            relation.span,
            format!("expected {noun} before '{written}'"),
            "nothing before this",
        )
        .with_help(format!(
            "write {noun} first, as in '{}'",
            relation.node.example()
        ))
    }

    /// Why `words` followed by `stop` is no assertion: a misspelt keyword if there seems to
    /// be one, else where a relation was expected.
    fn missing_relation(self, words: &[&'a str], stop: &'a str) -> Failure {
        if words.is_empty() && stop.is_empty() {
            return Failure::at(stop, 0, "empty assertion", "ends here")
                .with_help("write an assertion, as in 'range ≈ 885 km'");
        }
        let leading_typo = words
            .first()
            .and_then(|first| closest(first, LEADING_KEYWORDS).map(|keyword| (*first, keyword)));
        let relation_typo = || {
            words
                .iter()
                .find_map(|word| closest(word, RELATION_KEYWORDS).map(|keyword| (*word, keyword)))
        };
        if let Some((word, keyword)) = leading_typo.or_else(relation_typo) {
            return self
                .failure_on(word, format!("unknown keyword '{word}'"), "not a keyword")
                .with_suggestion(Some(keyword));
        }
        if let Some(between) = words
            .iter()
            .find(|word| word.eq_ignore_ascii_case("between"))
        {
            let after = self.rest_after(between).trim_start();
            return Failure::expected(
                after,
                "a number or a date after 'between'",
                "not a number or a date",
            );
        }
        let first_number = words
            .iter()
            .skip(1)
            .find(|word| word.starts_with(|c: char| c.is_ascii_digit()));
        match first_number {
            Some(number) if stop.is_empty() => {
                let message = format!("expected {COMPARISONS} before '{number}'");
                self.failure_on(number, message, "no comparison before this")
                    .with_help("ASCII spellings: ~ or ~= for ≈, != for ≠, <= for ≤, >= for ≥")
            }
            _ => Failure::expected(stop, RELATIONS, "unexpected")
                .with_help("see docs/language.md for the kinds of assertion"),
        }
    }

    /// The input after `slice`, a part of it.
    fn rest_after(self, slice: &str) -> &'a str {
        self.input
            .get(self.span_of(slice).end..)
            .unwrap_or_default()
    }

    /// "the tolerance is in kg but the value is in km", pointing at `unit`, the unit of
    /// `part`.
    fn unit_mismatch(
        self,
        (part, unit): (&str, &Spanned<&'static Unit>),
        (other_part, wanted): (&str, &Unit),
    ) -> Failure {
        let found = unit.node;
        let message = format!(
            "{part} is in {} but {other_part} is in {}",
            found.symbol, wanted.symbol
        );
        let label = if found.dimension == wanted.dimension {
            "another currency".to_owned()
        } else {
            format!("a unit of {}", found.dimension)
        };
        let help = match wanted.dimension {
            Dimension::Money => format!("use {} here too", wanted.symbol),
            dimension => format!("use {} or another unit of {dimension}", wanted.symbol),
        };
        self.failure_at(unit.span, message, &label).with_help(help)
    }
}

fn quantity_assertion(subject: Spanned<String>, constraint: QuantityConstraint) -> Assertion {
    Assertion::Quantity(QuantityAssertion {
        subject,
        constraint,
    })
}

fn date_assertion(event: Spanned<String>, constraint: DateConstraint) -> Assertion {
    Assertion::Date(DateAssertion { event, constraint })
}

/// `between 10 and 12 km`: a bound written without a unit takes the other bound's.
fn share_unit(mut low: Quantity, mut high: Quantity) -> (Quantity, Quantity) {
    match (&low.unit, &high.unit) {
        (None, Some(unit)) => low.unit = Some(unit.clone()),
        (Some(unit), None) => high.unit = Some(unit.clone()),
        _ => {}
    }
    (low, high)
}

/// The relation `i` starts with, if any, and the input after it.
fn relation_at(i: &str) -> Option<(&str, Relation)> {
    if let Ok((after, op)) = compare_op(i) {
        return Some((after, Relation::Compare(op)));
    }
    let followed_by = |word: &'static str, starts_operand: fn(&str) -> bool| {
        let (after, _) = keyword(word).parse(i).ok()?;
        let operand = after.trim_start();
        (operand.len() < after.len() && starts_operand(operand)).then_some(after)
    };
    if let Some(after) = followed_by("between", starts_number_or_date) {
        return Some((after, Relation::Between));
    }
    if let Some(after) = followed_by("on", starts_with_digit) {
        return Some((after, Relation::On));
    }
    if let Some(after) = followed_by("in", starts_with_digit) {
        return Some((after, Relation::In));
    }
    if let Ok((after, _)) = (keyword("not"), ws1, keyword("attributed")).parse(i) {
        return Some((after, Relation::Attributed { negated: true }));
    }
    if let Ok((after, _)) = keyword("attributed").parse(i) {
        return Some((after, Relation::Attributed { negated: false }));
    }
    let (after, _) = keyword("titled").parse(i).ok()?;
    Some((after, Relation::Titled))
}

/// `≈ ~ ~= = == != ≠ < <= ≤ > >= ≥`, longest spelling first.
fn compare_op(i: &str) -> PResult<'_, CompareOp> {
    alt((
        value(CompareOp::Approx, alt((tag("~="), tag("≈"), tag("~")))),
        value(CompareOp::Eq, alt((tag("=="), tag("=")))),
        value(CompareOp::Ne, alt((tag("!="), tag("≠")))),
        value(CompareOp::Le, alt((tag("<="), tag("≤")))),
        value(CompareOp::Lt, tag("<")),
        value(CompareOp::Ge, alt((tag(">="), tag("≥")))),
        value(CompareOp::Gt, tag(">")),
    ))
    .parse(i)
}

/// One word of a subject, claim or event, and the input after it: letters, digits, `-`,
/// `_`, apostrophes and `.` (for `U.S.`), starting with one of the first.
fn subject_word(i: &str) -> Option<(&str, &str)> {
    if !i.starts_with(is_word_char) {
        return None;
    }
    let len = i
        .find(|c: char| !(is_word_char(c) || c == '.'))
        .unwrap_or(i.len());
    Some(i.split_at(len))
}

/// `1000`, `1,000`, `-3`, `61.2`: digits with optional thousands commas and decimals.
fn number(i: &str) -> PResult<'_, f64> {
    let unsigned = i.strip_prefix(['-', '−']).unwrap_or(i);
    let integer = leading_digits(unsigned);
    if integer.is_empty() {
        return Err(nom::Err::Error(Failure::expected(
            i,
            "a number",
            "not a number",
        )));
    }
    let mut rest = &unsigned[integer.len()..];
    while let Some(group) = rest
        .strip_prefix(',')
        .filter(|group| starts_with_digit(group))
    {
        let digits = leading_digits(group);
        if integer.len() > 3 {
            let label = "more than three digits before a thousands separator";
            return Err(nom::Err::Failure(malformed_number(i, integer, label)));
        }
        if digits.len() != 3 {
            let label = "a group after a thousands separator has three digits";
            return Err(nom::Err::Failure(malformed_number(i, digits, label)));
        }
        rest = &group[digits.len()..];
    }
    if let Some(fraction) = rest
        .strip_prefix('.')
        .filter(|fraction| starts_with_digit(fraction))
    {
        rest = &fraction[leading_digits(fraction).len()..];
    }
    let written = &i[..i.len() - rest.len()];
    let value = written
        .replace(',', "")
        .replace('−', "-")
        .parse::<f64>()
        .map_err(|error| {
            nom::Err::Failure(Failure::from_external_error(i, ErrorKind::Float, error))
        })?;
    Ok((rest, value))
}

/// "malformed number '1,00'", pointing at `offending`, a part of `number`.
fn malformed_number(number: &str, offending: &str, label: &str) -> Failure {
    let offset = number.offset(offending);
    let message = format!("malformed number '{}'", token_at(number));
    Failure::at(&number[offset..], offending.len(), message, label)
        .with_help("commas separate thousands: 1,000 or 1,000,000")
}

/// The multiplier written after a number (`61bn`, `$5m`, `1.5 million`); 1 when none.
fn scale(i: &str, after_currency: bool) -> PResult<'_, f64> {
    let attached = unit_token(i);
    let attached_scale = find_scale(attached, &ATTACHED_SCALES)
        .or_else(|| find_scale(attached, &CURRENCY_SCALES).filter(|_| after_currency));
    if let Some(factor) = attached_scale {
        return Ok((&i[attached.len()..], factor));
    }
    let after_space = i.trim_start();
    let word = unit_token(after_space);
    match find_scale(word, &SCALE_WORDS) {
        Some(factor) if after_space.len() < i.len() => Ok((&after_space[word.len()..], factor)),
        _ => Ok((i, 1.0)),
    }
}

fn find_scale(word: &str, scales: &[(&str, f64)]) -> Option<f64> {
    scales
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, factor)| factor)
}

/// The unit name at the start of `text` that spans the most words (`nautical miles` over
/// `nautical`), as its byte length and unit.
fn longest_unit_at(text: &str) -> Option<(usize, &'static Unit)> {
    let mut ends = Vec::new();
    let mut rest = text;
    while ends.len() < 3 {
        let token = unit_token(rest);
        if token.is_empty() {
            break;
        }
        let end = text.len() - rest.len() + token.len();
        ends.push(end);
        rest = text[end..].trim_start();
    }
    ends.iter()
        .rev()
        .find_map(|&end| units::lookup(&text[..end]).map(|unit| (end, unit)))
}

/// A unit-shaped token: letters and digits, `/`, `²`, `%` and currency signs.
fn unit_token(text: &str) -> &str {
    let is_unit_char = |c: char| {
        c.is_alphanumeric()
            || matches!(c, '/' | '²' | '%' | '$' | '€' | '£' | '¥' | '₽' | '₴' | '₹')
    };
    let len = text.find(|c| !is_unit_char(c)).unwrap_or(text.len());
    &text[..len]
}

fn unknown_unit(at: &str, token: &str) -> Failure {
    let failure = Failure::at(
        at,
        token.len(),
        format!("unknown unit '{token}'"),
        "not a unit",
    );
    match token {
        "M" => failure.with_help("write millions as 'mn' or 'million' ('m' is metres)"),
        "B" => failure.with_help("write billions as 'bn' or 'billion'"),
        _ => match units::suggest(token) {
            Some(known) => failure.with_help(format!("did you mean '{known}'?")),
            None => failure.with_help(
                "units include km, mi, m, ft, kg, t, lb, %, USD, $, EUR, €; see docs/language.md",
            ),
        },
    }
}

fn leading_digits(text: &str) -> &str {
    let len = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    &text[..len]
}

fn starts_with_digit(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit())
}

/// What may follow `between`: a number (`10`, `-3`, `$61`) or a date.
fn starts_number_or_date(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '−']).unwrap_or(text);
    starts_with_digit(unsigned) || units::currency_sign_prefix(text).is_some()
}

/// `2024-11-01` or `2024-11`: a year, a hyphen and a digit. A bare year after `between` is
/// read as a number.
fn looks_like_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 6
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5].is_ascii_digit()
}

fn starts_with_quote(text: &str) -> bool {
    QUOTE_MARKS.iter().any(|(open, _)| text.starts_with(open))
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

fn first_day(date: DateValue) -> Option<Date> {
    match date {
        DateValue::Day(day) => Some(day),
        DateValue::Month { year, month } => Date::new(year, month, 1).ok(),
        DateValue::Year(year) => Date::new(year, 1, 1).ok(),
    }
}

fn last_day(date: DateValue) -> Option<Date> {
    match date {
        DateValue::Day(day) => Some(day),
        DateValue::Month { year, month } => Date::new(year, month, 1)
            .ok()
            .map(|first| first.last_of_month()),
        DateValue::Year(year) => Date::new(year, 12, 31).ok(),
    }
}

/// `item (SEPARATOR item)*`, the separator being `,`, `or` or `, or`. Once a separator is
/// read, an item must follow.
fn list<'a, T>(
    mut item: impl Parser<&'a str, Output = T, Error = Failure>,
) -> impl Parser<&'a str, Output = Vec<T>, Error = Failure> {
    move |i: &'a str| {
        let (mut i, first) = item.parse(i)?;
        let mut items = vec![first];
        while let Ok((after, ())) = list_separator(i) {
            let (after, next) = cut(|i| item.parse(i)).parse(after)?;
            items.push(next);
            i = after;
        }
        Ok((i, items))
    }
}

fn list_separator(i: &str) -> PResult<'_, ()> {
    let i = i.trim_start();
    let (i, comma) = opt(tag(",")).parse(i)?;
    let after_comma = i.trim_start();
    match keyword("or").parse(after_comma) {
        Ok((rest, _)) => Ok((rest.trim_start(), ())),
        Err(_) if comma.is_some() => Ok((after_comma, ())),
        Err(error) => Err(error),
    }
}

/// `word` in any case, not followed by a letter or digit.
fn keyword<'a>(word: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = Failure> {
    move |i: &'a str| {
        let (rest, matched) = tag_no_case(word).parse(i)?;
        if rest.starts_with(is_word_char) {
            return Err(nom::Err::Error(Failure::from_error_kind(i, ErrorKind::Tag)));
        }
        Ok((rest, matched))
    }
}

/// `word`, or an error that `expected` was expected, with "did you mean" for a near miss.
fn expect_keyword<'a>(
    word: &'static str,
    expected: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Failure> {
    move |i: &'a str| {
        context(expected, keyword(word)).parse(i).map_err(|error| {
            error.map(|failure| {
                failure
                    .with_label(format!("expected '{word}'"))
                    .with_suggestion(closest(token_at(i), [word]))
            })
        })
    }
}

/// Succeeds at the end of the input (after white space); otherwise says what may follow.
fn end_of_input<'a>(i: &'a str, expected: &str) -> PResult<'a, ()> {
    let rest = i.trim_start();
    if rest.is_empty() {
        return Ok((rest, ()));
    }
    Err(nom::Err::Failure(Failure::expected(
        rest,
        expected,
        "unexpected",
    )))
}

fn ws0(i: &str) -> PResult<'_, &str> {
    let rest = i.trim_start();
    Ok((rest, &i[..i.len() - rest.len()]))
}

fn ws1(i: &str) -> PResult<'_, &str> {
    match ws0(i)? {
        (_, "") => Err(nom::Err::Error(Failure::from_error_kind(
            i,
            ErrorKind::Space,
        ))),
        spaced => Ok(spaced),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Assertion {
        parse_assertion(input).unwrap_or_else(|error| panic!("{input:?}: {error:?}"))
    }

    fn quantity(input: &str) -> QuantityAssertion {
        match parse(input) {
            Assertion::Quantity(quantity) => quantity,
            other => panic!("{input:?} is not a quantity: {other:?}"),
        }
    }

    fn date(input: &str) -> DateAssertion {
        match parse(input) {
            Assertion::Date(date) => date,
            other => panic!("{input:?} is not a date: {other:?}"),
        }
    }

    fn attribution(input: &str) -> AttributionAssertion {
        match parse(input) {
            Assertion::Attribution(attribution) => attribution,
            other => panic!("{input:?} is not an attribution: {other:?}"),
        }
    }

    fn compare(input: &str) -> (CompareOp, Quantity, Option<Spanned<Tolerance>>) {
        match quantity(input).constraint {
            QuantityConstraint::Compare {
                op,
                value,
                tolerance,
            } => (op.node, value, tolerance),
            other => panic!("{input:?} is not a comparison: {other:?}"),
        }
    }

    fn unit_symbol(quantity: &Quantity) -> Option<&'static str> {
        quantity.unit.as_ref().map(|unit| unit.node.symbol)
    }

    /// The byte range of the first `needle` in `input` (of the `nth`, counting from 0).
    fn at(input: &str, needle: &str, nth: usize) -> Span {
        let start = input
            .match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("{needle:?} is not in {input:?}"))
            .0;
        Span::new(start, start + needle.len())
    }

    fn spanned(node: &str, span: Span) -> Spanned<String> {
        Spanned::new(node.to_owned(), span)
    }

    fn day(text: &str) -> DateValue {
        DateValue::Day(
            text.parse()
                .unwrap_or_else(|_| panic!("{text} is not a date")),
        )
    }

    /// Asserts the error for `input`: where it points, its message, label and help.
    fn assert_error(input: &str, span: Span, message: &str, label: &str, help: Option<&str>) {
        let error = parse_assertion(input).expect_err(input);
        let expected = ParseError {
            span,
            message: message.to_owned(),
            label: label.to_owned(),
            help: help.map(str::to_owned),
        };
        assert_eq!(error, expected, "{input:?}");
    }

    fn assert_condition_error(input: &str, span: Span, message: &str, help: Option<&str>) {
        let error = parse_condition(input).expect_err(input);
        assert_eq!(
            (error.span, error.message.as_str(), error.help.as_deref()),
            (span, message, help),
            "{input:?}"
        );
    }

    // Quantities.

    #[test]
    fn approximate_quantity_with_absolute_tolerance() {
        let input = "range ≈ 885 km ±20";
        let assertion = quantity(input);
        assert_eq!(assertion.subject, spanned("range", at(input, "range", 0)));
        let QuantityConstraint::Compare {
            op,
            value,
            tolerance,
        } = assertion.constraint
        else {
            panic!("not a comparison");
        };
        assert_eq!(op, Spanned::new(CompareOp::Approx, at(input, "≈", 0)));
        assert_eq!((value.value, unit_symbol(&value)), (885.0, Some("km")));
        assert_eq!(value.span, at(input, "885 km", 0));
        assert_eq!(value.unit.map(|unit| unit.span), Some(at(input, "km", 0)));
        let expected = Tolerance::Absolute {
            amount: 20.0,
            unit: None,
        };
        assert_eq!(tolerance, Some(Spanned::new(expected, at(input, "±20", 0))));
    }

    #[test]
    fn percent_tolerance_on_a_length_is_relative() {
        let (_, value, tolerance) = compare("range ≈ 550 mi ±2%");
        assert_eq!(unit_symbol(&value), Some("mi"));
        assert_eq!(tolerance.map(|t| t.node), Some(Tolerance::Percent(2.0)));
    }

    #[test]
    fn tolerance_on_a_percentage_is_in_points() {
        let (_, _, tolerance) = compare("turnout = 61.2% ±0.5");
        let expected = Tolerance::Absolute {
            amount: 0.5,
            unit: None,
        };
        assert_eq!(tolerance.map(|t| t.node), Some(expected));
        let input = "turnout = 61.2% ±0.5%";
        let (_, _, tolerance) = compare(input);
        let Some(Tolerance::Absolute {
            amount,
            unit: Some(unit),
        }) = tolerance.map(|t| t.node)
        else {
            panic!("not absolute points");
        };
        assert_eq!(
            (amount, unit.node.symbol, unit.span),
            (0.5, "%", at(input, "%", 1))
        );
    }

    #[test]
    fn tolerance_in_another_unit_of_the_same_dimension() {
        let (_, _, tolerance) = compare("range ≈ 885 km ± 12 mi");
        let Some(Tolerance::Absolute {
            amount,
            unit: Some(unit),
        }) = tolerance.map(|t| t.node)
        else {
            panic!("not absolute");
        };
        assert_eq!((amount, unit.node.symbol), (12.0, "mi"));
    }

    #[test]
    fn every_tolerance_spelling() {
        for input in [
            "range ≈ 885 km ±20",
            "range ≈ 885 km +/-20",
            "range ≈ 885 km +- 20",
        ] {
            let (_, _, tolerance) = compare(input);
            let expected = Tolerance::Absolute {
                amount: 20.0,
                unit: None,
            };
            assert_eq!(tolerance.map(|t| t.node), Some(expected), "{input}");
        }
    }

    #[test]
    fn every_operator_spelling() {
        let spellings = [
            ("≈", CompareOp::Approx),
            ("~", CompareOp::Approx),
            ("~=", CompareOp::Approx),
            ("=", CompareOp::Eq),
            ("==", CompareOp::Eq),
            ("!=", CompareOp::Ne),
            ("≠", CompareOp::Ne),
            ("<", CompareOp::Lt),
            ("<=", CompareOp::Le),
            ("≤", CompareOp::Le),
            (">", CompareOp::Gt),
            (">=", CompareOp::Ge),
            ("≥", CompareOp::Ge),
        ];
        for (spelling, expected) in spellings {
            let input = format!("containers {spelling} 1000");
            let assertion = quantity(&input);
            let QuantityConstraint::Compare { op, .. } = assertion.constraint else {
                panic!("{input} is not a comparison");
            };
            assert_eq!(
                op,
                Spanned::new(expected, at(&input, spelling, 0)),
                "{input}"
            );
        }
    }

    #[test]
    fn plain_counts_and_percentages() {
        let (op, value, tolerance) = compare("containers > 1000");
        assert_eq!(
            (op, value.value, value.unit, tolerance),
            (CompareOp::Gt, 1000.0, None, None)
        );
        let (_, value, _) = compare("turnout = 61.2%");
        assert_eq!((value.value, unit_symbol(&value)), (61.2, Some("%")));
        let (_, value, _) = compare("turnout = 61.2 per cent");
        assert_eq!(unit_symbol(&value), Some("%"));
    }

    #[test]
    fn money_with_sign_and_scale() {
        let input = "aid ≈ $61 billion ±1%";
        let (_, value, tolerance) = compare(input);
        assert_eq!((value.value, unit_symbol(&value)), (61e9, Some("USD")));
        assert_eq!(value.unit.map(|unit| unit.span), Some(at(input, "$", 0)));
        assert_eq!(value.span, at(input, "$61 billion", 0));
        assert_eq!(tolerance.map(|t| t.node), Some(Tolerance::Percent(1.0)));
    }

    #[test]
    fn number_spellings() {
        let cases = [
            ("1000", 1000.0),
            ("1,000", 1000.0),
            ("1,000,000.5", 1_000_000.5),
            ("1.5", 1.5),
            ("-3", -3.0),
            ("−3", -3.0),
            ("0.25", 0.25),
        ];
        for (written, expected) in cases {
            let (_, value, _) = compare(&format!("change = {written}"));
            assert_eq!(value.value, expected, "{written}");
        }
    }

    #[test]
    fn scales_and_units_after_numbers() {
        let cases = [
            ("61bn", 61e9, None),
            ("61 bn", 61e9, None),
            ("10k", 10e3, None),
            ("1.5 million", 1.5e6, None),
            ("2 Trillion", 2e12, None),
            ("$5m", 5e6, Some("USD")),
            ("$2.5B", 2.5e9, Some("USD")),
            ("US$5", 5.0, Some("USD")),
            ("€5", 5.0, Some("EUR")),
            ("£5", 5.0, Some("GBP")),
            ("¥5", 5.0, Some("JPY")),
            ("$ 5", 5.0, Some("USD")),
            ("61bn USD", 61e9, Some("USD")),
            ("3 US dollars", 3.0, Some("USD")),
            ("20 euros", 20.0, Some("EUR")),
            ("5m", 5.0, Some("m")),
            ("885km", 885.0, Some("km")),
            ("885 kms", 885.0, Some("km")),
            ("12 nautical miles", 12.0, Some("nmi")),
            ("40 km/h", 40.0, Some("km/h")),
            ("3 metric tons", 3.0, Some("t")),
            ("3 tons", 3.0, Some("ton")),
            ("3 pounds", 3.0, Some("lb")),
            ("3 pounds sterling", 3.0, Some("GBP")),
        ];
        for (written, expected, unit) in cases {
            let (_, value, _) = compare(&format!("amount ≈ {written}"));
            assert_eq!(
                (value.value, unit_symbol(&value)),
                (expected, unit),
                "{written}"
            );
        }
    }

    #[test]
    fn quantity_ranges() {
        let input = "death toll between 10 and 12";
        let assertion = quantity(input);
        assert_eq!(
            assertion.subject,
            spanned("death toll", at(input, "death toll", 0))
        );
        let QuantityConstraint::Between { low, high } = assertion.constraint else {
            panic!("not a range");
        };
        assert_eq!((low.value, low.span), (10.0, at(input, "10", 0)));
        assert_eq!((high.value, high.span), (12.0, at(input, "12", 0)));
    }

    #[test]
    fn a_range_bound_without_unit_takes_the_other_ones() {
        let input = "range between 500 and 900 km";
        let QuantityConstraint::Between { low, high } = quantity(input).constraint else {
            panic!("not a range");
        };
        assert_eq!(low.unit, high.unit);
        assert_eq!(low.unit.map(|unit| unit.span), Some(at(input, "km", 0)));
        let QuantityConstraint::Between { low, .. } =
            quantity("range between 500 m and 2 km").constraint
        else {
            panic!("not a range");
        };
        assert_eq!(unit_symbol(&low), Some("m"));
    }

    #[test]
    fn subjects_may_contain_relation_words_that_start_no_relation() {
        let input = "troops in Ukraine > 1000";
        assert_eq!(
            quantity(input).subject,
            spanned("troops in Ukraine", at(input, "troops in Ukraine", 0))
        );
        let input = "distance between cities ≈ 5 km";
        assert_eq!(quantity(input).subject.node, "distance between cities");
        let input = "U.S. troops' count = 3";
        assert_eq!(quantity(input).subject.node, "U.S. troops' count");
    }

    #[test]
    fn subjects_are_single_spaced_but_spanned_as_written() {
        let input = "  death   toll=5";
        assert_eq!(
            quantity(input).subject,
            spanned("death toll", at(input, "death   toll", 0))
        );
    }

    // Dates.

    #[test]
    fn dates_on_one_of_several_days() {
        let input = "launch on 2023-12-30 or 2024-01-02";
        let assertion = date(input);
        assert_eq!(assertion.event, spanned("launch", at(input, "launch", 0)));
        let expected = DateConstraint::OneOf(vec![
            Spanned::new(day("2023-12-30"), at(input, "2023-12-30", 0)),
            Spanned::new(day("2024-01-02"), at(input, "2024-01-02", 0)),
        ]);
        assert_eq!(assertion.constraint, expected);
    }

    #[test]
    fn dates_at_month_and_year_precision() {
        let month = DateValue::Month {
            year: 2023,
            month: 9,
        };
        assert_eq!(
            date("visit in 2023-09").constraint,
            DateConstraint::OneOf(vec![Spanned::new(month, Span::new(9, 16))])
        );
        let year = DateValue::Year(2023);
        assert_eq!(
            date("visit IN 2023").constraint,
            DateConstraint::OneOf(vec![Spanned::new(year, Span::new(9, 13))])
        );
    }

    #[test]
    fn date_lists_take_commas_and_or() {
        let DateConstraint::OneOf(dates) =
            date("launch On 2023-12-30, 2024-01-02, or 2024-01-03").constraint
        else {
            panic!("not a list");
        };
        assert_eq!(dates.len(), 3);
    }

    #[test]
    fn date_ranges() {
        let input = "ceasefire between 2024-11-01 and 2024-11-30";
        let expected = DateConstraint::Between {
            start: Spanned::new(day("2024-11-01"), at(input, "2024-11-01", 0)),
            end: Spanned::new(day("2024-11-30"), at(input, "2024-11-30", 0)),
        };
        assert_eq!(date(input).constraint, expected);
        assert!(matches!(
            date("talks between 2024-11 and 2024").constraint,
            DateConstraint::Between { .. }
        ));
    }

    // Attributions.

    #[test]
    fn attribution_to_a_role() {
        let input = "first combat use attributed to analyst";
        let expected = AttributionAssertion {
            claim: spanned("first combat use", at(input, "first combat use", 0)),
            negated: false,
            speakers: vec![Speaker::Named(spanned("analyst", at(input, "analyst", 0)))],
        };
        assert_eq!(attribution(input), expected);
    }

    #[test]
    fn attribution_to_an_entity_with_a_hyphen() {
        let input = "provided Russia with ballistic missiles attributed to white-house";
        let assertion = attribution(input);
        assert_eq!(
            assertion.claim.node,
            "provided Russia with ballistic missiles"
        );
        assert_eq!(
            assertion.speakers,
            vec![Speaker::Named(spanned(
                "white-house",
                at(input, "white-house", 0)
            ))]
        );
    }

    #[test]
    fn negated_attribution_to_a_literal_name() {
        let input = "intelligence source not attributed to \"United Nations\"";
        let assertion = attribution(input);
        assert!(assertion.negated);
        assert_eq!(assertion.claim.node, "intelligence source");
        let name = spanned("United Nations", at(input, "United Nations", 0));
        assert_eq!(assertion.speakers, vec![Speaker::Literal(name)]);
    }

    #[test]
    fn attribution_to_several_speakers() {
        let input = "claim attributed to kirby, town or “Pentagon officials”";
        let speakers = attribution(input).speakers;
        let expected = vec![
            Speaker::Named(spanned("kirby", at(input, "kirby", 0))),
            Speaker::Named(spanned("town", at(input, "town", 0))),
            Speaker::Literal(spanned(
                "Pentagon officials",
                at(input, "Pentagon officials", 0),
            )),
        ];
        assert_eq!(speakers, expected);
    }

    // Quotes, titles, terms.

    #[test]
    fn quote_with_straight_or_curly_marks() {
        for input in [
            "quote \"significant and concerning escalation\" by kirby",
            "Quote “significant and concerning escalation” BY kirby",
        ] {
            let expected = QuoteAssertion {
                text: spanned(
                    "significant and concerning escalation",
                    at(input, "significant", 0).cover(at(input, "escalation", 0)),
                ),
                speaker: spanned("kirby", at(input, "kirby", 0)),
            };
            assert_eq!(parse(input), Assertion::Quote(expected), "{input}");
        }
    }

    #[test]
    fn titles_from_the_entity() {
        let input = "kirby titled one of kirby.titles";
        let expected = TitleAssertion {
            entity: spanned("kirby", at(input, "kirby", 0)),
            titles: TitleSet::EntityTitles(spanned("kirby", at(input, "kirby", 1))),
        };
        assert_eq!(parse(input), Assertion::Title(expected));
    }

    #[test]
    fn listed_titles() {
        let input = "kirby titled \"National Security Council spokesman\"";
        let Assertion::Title(title) = parse(input) else {
            panic!("not a title")
        };
        let spokesman = spanned(
            "National Security Council spokesman",
            Span::new(14, input.len() - 1),
        );
        assert_eq!(title.titles, TitleSet::Listed(vec![spokesman]));
        let input = "kirby titled one of \"spokesman\", \"press secretary\" or \"admiral\"";
        let Assertion::Title(title) = parse(input) else {
            panic!("not a title")
        };
        let TitleSet::Listed(titles) = title.titles else {
            panic!("not listed")
        };
        let names: Vec<_> = titles.iter().map(|title| title.node.as_str()).collect();
        assert_eq!(names, ["spokesman", "press secretary", "admiral"]);
    }

    #[test]
    fn terms() {
        let input = "forbid \"visit to Moscow\"";
        let expected =
            TermAssertion::Forbid(spanned("visit to Moscow", at(input, "visit to Moscow", 0)));
        assert_eq!(parse(input), Assertion::Term(expected));
        let input = "require \"correction\"";
        let expected = TermAssertion::Require(spanned("correction", at(input, "correction", 0)));
        assert_eq!(parse(input), Assertion::Term(expected));
        let input = "prefer \"Kim Jong Un\" over \"Kim Jong-un\"";
        let expected = TermAssertion::Prefer {
            preferred: spanned("Kim Jong Un", at(input, "Kim Jong Un", 0)),
            over: vec![spanned("Kim Jong-un", at(input, "Kim Jong-un", 0))],
        };
        assert_eq!(parse(input), Assertion::Term(expected));
    }

    #[test]
    fn preferences_over_several_spellings() {
        let Assertion::Term(TermAssertion::Prefer { over, .. }) =
            parse("prefer \"Kim Jong Un\" over \"Kim Jong-un\", \"Kim Jong-Un\" or “Kim Jongun”")
        else {
            panic!("not a preference");
        };
        assert_eq!(over.len(), 3);
    }

    // Conditions.

    fn mentions(input: &str, phrase: &str) -> Condition {
        Condition::Mentions(spanned(phrase, at(input, phrase, 0)))
    }

    #[test]
    fn conditions_with_parentheses() {
        let input = "mentions \"North Korea\" and (mentions \"missile\" or mentions \"KN-23\")";
        let expected = Condition::And(
            Box::new(mentions(input, "North Korea")),
            Box::new(Condition::Or(
                Box::new(mentions(input, "missile")),
                Box::new(mentions(input, "KN-23")),
            )),
        );
        assert_eq!(parse_condition(input), Ok(expected));
    }

    #[test]
    fn negated_condition() {
        let input = "not mentions \"satire\"";
        let expected = Condition::Not(Box::new(mentions(input, "satire")));
        assert_eq!(parse_condition(input), Ok(expected));
    }

    #[test]
    fn not_binds_tighter_than_and_which_binds_tighter_than_or() {
        let input = "mentions \"a\" OR mentions \"b\" and not mentions \"c\"";
        let expected = Condition::Or(
            Box::new(mentions(input, "a")),
            Box::new(Condition::And(
                Box::new(mentions(input, "b")),
                Box::new(Condition::Not(Box::new(mentions(input, "c")))),
            )),
        );
        assert_eq!(parse_condition(input), Ok(expected));
    }

    // Errors.

    #[test]
    fn unknown_unit_suggests_the_closest() {
        let input = "range ≈ 885 kmz";
        assert_error(
            input,
            at(input, "kmz", 0),
            "unknown unit 'kmz'",
            "not a unit",
            Some("did you mean 'km'?"),
        );
        let input = "range ≈ 885 kilometeres ±20";
        let help = Some("did you mean 'kilometres'?");
        assert_error(
            input,
            at(input, "kilometeres", 0),
            "unknown unit 'kilometeres'",
            "not a unit",
            help,
        );
        let input = "range ≈ 885 KM";
        assert_error(
            input,
            at(input, "KM", 0),
            "unknown unit 'KM'",
            "not a unit",
            Some("did you mean 'km'?"),
        );
    }

    #[test]
    fn capital_m_is_not_a_unit() {
        let input = "aid ≈ 5M";
        let help = Some("write millions as 'mn' or 'million' ('m' is metres)");
        assert_error(
            input,
            at(input, "M", 0),
            "unknown unit 'M'",
            "not a unit",
            help,
        );
    }

    #[test]
    fn malformed_thousands_groups() {
        let help = Some("commas separate thousands: 1,000 or 1,000,000");
        let input = "containers > 1,00";
        let label = "a group after a thousands separator has three digits";
        assert_error(
            input,
            at(input, "00", 0),
            "malformed number '1,00'",
            label,
            help,
        );
        let input = "containers > 1000,000";
        let label = "more than three digits before a thousands separator";
        assert_error(
            input,
            at(input, "1000", 0),
            "malformed number '1000,000'",
            label,
            help,
        );
    }

    #[test]
    fn missing_subject() {
        let input = "≈ 885 km";
        let help = Some("write what is measured first, as in 'range ≈ 885 km'");
        assert_error(
            input,
            Span::new(0, 3),
            "expected what is measured before '≈'",
            "nothing before this",
            help,
        );
        let input = "  not attributed to kirby";
        let help = Some("write the claim first, as in 'first combat use attributed to analyst'");
        let message = "expected the claim before 'not attributed to'";
        assert_error(
            input,
            at(input, "not attributed", 0),
            message,
            "nothing before this",
            help,
        );
        let input = "on 2024-01-01";
        assert_error(
            input,
            Span::new(0, 2),
            "expected the event before 'on'",
            "nothing before this",
            Some("write the event first, as in 'launch on 2023-12-30'"),
        );
    }

    #[test]
    fn impossible_month() {
        let input = "launch on 2023-13-40";
        let help = Some("months run from 01 to 12");
        assert_error(
            input,
            at(input, "13", 0),
            "month 13 does not exist",
            "no such month",
            help,
        );
    }

    #[test]
    fn impossible_day() {
        let input = "launch on 2023-12-30 or 2023-02-30";
        let help = Some("the last day of the month is 2023-02-28");
        assert_error(
            input,
            at(input, "30", 1),
            "2023-02 has 28 days",
            "no such day",
            help,
        );
        let input = "launch on 2024-02-30";
        let help = Some("the last day of the month is 2024-02-29");
        assert_error(
            input,
            at(input, "30", 0),
            "2024-02 has 29 days",
            "no such day",
            help,
        );
    }

    #[test]
    fn day_zero() {
        let input = "launch on 2023-01-00";
        let help = Some("the last day of the month is 2023-01-31");
        assert_error(
            input,
            at(input, "00", 0),
            "day 00 does not exist",
            "no such day",
            help,
        );
    }

    #[test]
    fn in_before_a_number_in_a_subject_starts_a_date() {
        let input = "deaths in 2023 > 500";
        let message = "expected 'or' and another date, or the end of the assertion, found '>'";
        assert_error(
            input,
            at(input, ">", 0),
            message,
            "unexpected",
            Some(DATE_IN_SUBJECT),
        );
    }

    #[test]
    fn malformed_date() {
        let input = "launch on 2023/12/30";
        let help = Some("write dates as 2024-01-04, 2024-01 or 2024");
        let label = "not YYYY-MM-DD, YYYY-MM or YYYY";
        assert_error(
            input,
            at(input, "2023/12/30", 0),
            "malformed date '2023/12/30'",
            label,
            help,
        );
        let input = "launch in 2023-9";
        assert_error(
            input,
            at(input, "2023-9", 0),
            "malformed date '2023-9'",
            label,
            help,
        );
    }

    #[test]
    fn backwards_ranges() {
        let input = "ceasefire between 2024-11-30 and 2024-11-01";
        let message = "the range ends (2024-11-01) before it starts (2024-11-30)";
        let help = Some("write the earlier date first: between 2024-11-01 and 2024-11-30");
        assert_error(
            input,
            at(input, "2024-11-01", 0),
            message,
            "before the start",
            help,
        );
        let input = "death toll between 12 and 10";
        let help = Some("write the lower bound first: between 10 and 12");
        let message = "the range is backwards: 10 is less than 12";
        assert_error(
            input,
            at(input, "10", 0),
            message,
            "below the lower bound",
            help,
        );
        let input = "range between 2 km and 900 m";
        let message = "the range is backwards: 900 m is less than 2 km";
        let help = Some("write the lower bound first: between 900 m and 2 km");
        assert_error(
            input,
            at(input, "900 m", 0),
            message,
            "below the lower bound",
            help,
        );
    }

    #[test]
    fn range_bounds_in_different_dimensions() {
        let input = "range between 2 km and 900 kg";
        let message = "the upper bound is in kg but the lower bound is in km";
        let help = Some("use km or another unit of length");
        assert_error(input, at(input, "kg", 0), message, "a unit of mass", help);
    }

    #[test]
    fn tolerance_errors() {
        let input = "range ≈ 885 km ±20 kg";
        let help = Some("use km or another unit of length");
        let message = "the tolerance is in kg but the value is in km";
        assert_error(input, at(input, "kg", 0), message, "a unit of mass", help);
        let input = "aid ≈ $61 billion ±€1 billion";
        let message = "the tolerance is in EUR but the value is in USD";
        assert_error(
            input,
            at(input, "€", 0),
            message,
            "another currency",
            Some("use USD here too"),
        );
        let input = "range ≈ 885 ±20 km";
        let message = "the tolerance is in km but the value has no unit";
        let help = Some("give the value the same unit, or leave it off the tolerance");
        assert_error(
            input,
            at(input, "km", 0),
            message,
            "the value has no unit",
            help,
        );
        let input = "containers > 1000 ±20";
        let help = Some("tolerances go with ≈, = and ≠; for a bound, move the bound itself");
        assert_error(
            input,
            at(input, "±", 0),
            "a tolerance does not apply to '>'",
            "tolerance",
            help,
        );
        let input = "range ≈ 885 km ±-5";
        let help = Some("write the size of the margin: ±20");
        assert_error(
            input,
            at(input, "-5", 0),
            "a tolerance cannot be negative",
            "negative",
            help,
        );
    }

    #[test]
    fn currency_given_twice() {
        let input = "aid ≈ $61 billion USD";
        let help = Some("keep only one of them");
        assert_error(
            input,
            at(input, "USD", 0),
            "'$' already gives the currency",
            "second unit",
            help,
        );
    }

    #[test]
    fn misspelt_keywords() {
        let input = "first combat use atributed to analyst";
        let help = Some("did you mean 'attributed'?");
        assert_error(
            input,
            at(input, "atributed", 0),
            "unknown keyword 'atributed'",
            "not a keyword",
            help,
        );
        let input = "forbidd \"visit to Moscow\"";
        let help = Some("did you mean 'forbid'?");
        assert_error(
            input,
            at(input, "forbidd", 0),
            "unknown keyword 'forbidd'",
            "not a keyword",
            help,
        );
        let input = "kirby titeld \"spokesman\"";
        let help = Some("did you mean 'titled'?");
        assert_error(
            input,
            at(input, "titeld", 0),
            "unknown keyword 'titeld'",
            "not a keyword",
            help,
        );
        let input = "claim attributed ot kirby";
        let message = "expected 'to' after 'attributed', found 'ot'";
        assert_error(
            input,
            at(input, "ot", 0),
            message,
            "expected 'to'",
            Some("did you mean 'to'?"),
        );
    }

    #[test]
    fn no_relation() {
        let input = "range 885 km";
        let message = "expected a comparison (≈, =, ≠, <, ≤, >, ≥) before '885'";
        let help = Some("ASCII spellings: ~ or ~= for ≈, != for ≠, <= for ≤, >= for ≥");
        assert_error(
            input,
            at(input, "885", 0),
            message,
            "no comparison before this",
            help,
        );
        let input = "range: 885 km";
        let message = format!("expected {RELATIONS}, found ':'");
        let help = Some("see docs/language.md for the kinds of assertion");
        assert_error(input, at(input, ":", 0), &message, "unexpected", help);
        let input = "range";
        assert_error(
            input,
            Span::new(5, 5),
            &format!("expected {RELATIONS}"),
            "ends here",
            help,
        );
        let input = "death toll between ten and 12";
        let message = "expected a number or a date after 'between', found 'ten'";
        assert_error(
            input,
            at(input, "ten", 0),
            message,
            "not a number or a date",
            None,
        );
    }

    #[test]
    fn empty_assertion() {
        let help = Some("write an assertion, as in 'range ≈ 885 km'");
        assert_error("", Span::new(0, 0), "empty assertion", "ends here", help);
        assert_error("   ", Span::new(3, 3), "empty assertion", "ends here", help);
    }

    #[test]
    fn missing_or_extra_parts() {
        assert_error(
            "range ≈",
            Span::new(9, 9),
            "expected a number",
            "ends here",
            None,
        );
        let input = "range ≈ 885 km extra";
        let message = "expected the end of the assertion, found 'extra'";
        let message = message.replace("the end", "a tolerance (±…) or the end");
        assert_error(input, at(input, "extra", 0), &message, "unexpected", None);
        let input = "launch on 2023-12-30 of 2024";
        let message = "expected 'or' and another date, or the end of the assertion, found 'of'";
        assert_error(input, at(input, "of", 0), message, "unexpected", None);
        let input = "claim attributed to kirby and town";
        let message =
            "expected ',' or 'or' and another speaker, or the end of the assertion, found 'and'";
        assert_error(input, at(input, "and", 0), message, "unexpected", None);
    }

    #[test]
    fn quoting_errors() {
        let input = "quote \"significant by kirby";
        let help = Some("end the text with \"");
        assert_error(
            input,
            at(input, "\"", 0),
            "unterminated quote",
            "this quote is never closed",
            help,
        );
        let input = "quote “significant\" by kirby";
        let help = Some("end the text with ”");
        assert_error(
            input,
            at(input, "“", 0),
            "unterminated quote",
            "this quote is never closed",
            help,
        );
        let input = "quote \"  \" by kirby";
        assert_error(
            input,
            at(input, "\"  \"", 0),
            "the quoted words is empty",
            "empty quotes",
            None,
        );
        let input = "forbid visit to Moscow";
        let help = Some("put it between double quotes: \"…\"");
        let message = "expected a phrase in double quotes, found 'visit'";
        assert_error(input, at(input, "visit", 0), message, "not quoted", help);
        let input = "mentions 'a'";
        let help = Some("use double quotes (\"…\" or “…”), not single quotes");
        let error = parse_condition(input).expect_err(input);
        assert_eq!(
            (error.span, error.help.as_deref()),
            (at(input, "'a'", 0), help)
        );
        let input = "prefer \"Kim Jong Un\" \"Kim Jong-un\"";
        let message = "expected 'over' and the phrases to avoid, found '\"'";
        assert_error(input, at(input, "\"", 2), message, "expected 'over'", None);
        let input = "quote \"escalation\" kirby";
        let message = "expected 'by' and who said it, found 'kirby'";
        assert_error(input, at(input, "kirby", 0), message, "expected 'by'", None);
    }

    #[test]
    fn title_errors() {
        let input = "john kirby titled \"spokesman\"";
        let help = Some("use the entity's id from the sheet's `entities:`, as in 'kirby titled …'");
        let message = "expected an entity id before 'titled', found 'john kirby'";
        assert_error(
            input,
            at(input, "john kirby", 0),
            message,
            "not an entity id",
            help,
        );
        let input = "kirby titled one of kirby";
        let message = "expected '.titles' after the entity id";
        assert_error(
            input,
            Span::new(input.len(), input.len()),
            message,
            "ends here",
            Some("write kirby.titles"),
        );
        let input = "kirby titled one of kirby.aliases";
        let message = "expected 'titles', found 'aliases'";
        assert_error(
            input,
            at(input, "aliases", 0),
            message,
            "expected 'titles'",
            Some("write kirby.titles"),
        );
        let input = "kirby titled spokesman";
        let message = "expected a title in double quotes, or 'one of', found 'spokesman'";
        assert_error(
            input,
            at(input, "spokesman", 0),
            message,
            "not a title",
            None,
        );
    }

    #[test]
    fn condition_errors() {
        let input = "mention \"North Korea\"";
        let message = "expected 'mentions \"…\"', 'not' or '(', found 'mention'";
        assert_condition_error(
            input,
            at(input, "mention", 0),
            message,
            Some("did you mean 'mentions'?"),
        );
        let input = "mentions \"a\" and (mentions \"b\" or mentions \"c\"";
        assert_condition_error(
            input,
            at(input, "(", 0),
            "unclosed '('",
            Some("add ')' where the group ends"),
        );
        let input = "mentions \"a\")";
        assert_condition_error(input, at(input, ")", 0), "unmatched ')'", None);
        let input = "mentions \"a\" adn mentions \"b\"";
        let message = "expected 'and', 'or' or the end of the condition, found 'adn'";
        assert_condition_error(
            input,
            at(input, "adn", 0),
            message,
            Some("did you mean 'and'?"),
        );
        let input = "(mentions \"a\" mentions \"b\")";
        let message = "expected 'and', 'or' or ')', found 'mentions'";
        assert_condition_error(input, at(input, "mentions", 1), message, None);
        let input = "mentions \"a\" and";
        let message = "expected 'mentions \"…\"', 'not' or '('";
        assert_condition_error(input, Span::new(input.len(), input.len()), message, None);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let input = format!("{}mentions \"a\"", "not ".repeat(10_000));
        let error = parse_condition(&input).expect_err("too deep");
        assert_eq!(error.message, "the condition nests deeper than 64 levels");
        let input = format!("{}mentions \"a\"{}", "(".repeat(10_000), ")".repeat(10_000));
        let error = parse_condition(&input).expect_err("too deep");
        assert_eq!(error.span, Span::new(64, 65));
    }

    /// Every substring of these, on character boundaries, parses or fails without panicking,
    /// and every error span lies inside the input on character boundaries.
    #[test]
    fn odd_inputs_never_panic() {
        let samples = [
            "range ≈ 885 km ±20",
            "aid ≈ $61 billion ±1% US$5 €£¥",
            "turnout = 61.2% ±0.5% +/- +- ≠≤≥ != <= >=",
            "launch on 2023-12-30 or 2024-02-30, 2023-13-40 in 2023-09",
            "ceasefire between 2024-11-01 and 2024-11-30 between 10 and 12 km",
            "claim not attributed to kirby, “United Nations” or analyst",
            "quote “significant and concerning escalation” by kirby \"",
            "kirby titled one of kirby.titles \"a\", \"b\"",
            "prefer \"Kim Jong Un\" over \"Kim Jong-un\" forbid require",
            "mentions \"North Korea\" and (not mentions \"missile\" or mentions \"KN-23\"))",
            "1,000,000.5 1,00 1000,000 −3 61bn $5m 5M 99999999999999999999999999999999999 trillion",
            "é ü 中文 🚀 \u{0} \t\n ’ ' - _ . , ; : ( ) [ ] { }",
        ];
        for sample in samples {
            let boundaries: Vec<usize> = sample
                .char_indices()
                .map(|(i, _)| i)
                .chain([sample.len()])
                .collect();
            for (n, &start) in boundaries.iter().enumerate() {
                for &end in &boundaries[n..] {
                    let input = &sample[start..end];
                    let errors = [parse_assertion(input).err(), parse_condition(input).err()];
                    for error in errors.into_iter().flatten() {
                        let span = error.span;
                        assert!(span.end <= input.len(), "{input:?}: {error:?}");
                        assert!(input.is_char_boundary(span.start), "{input:?}: {error:?}");
                        assert!(input.is_char_boundary(span.end), "{input:?}: {error:?}");
                        assert!(
                            !span.is_empty() || span.end == input.len(),
                            "{input:?}: {error:?}"
                        );
                    }
                }
            }
        }
    }
}
