//! Quantity mentions: every number an article states, with its unit, qualifier and span.
//!
//! Read per sentence from the text model's tokens. A quantity is
//! `[qualifier] [currency] number [scale] [unit]`, or a range of two (`10 to 12 km`,
//! `between 10 and 12`, `10-12`, `$10-$20`). Counts have no unit: the noun they count
//! ("1,000 containers") is what the sentence structure binds them to (`binding`).

mod compounds;
mod context;
mod counts;
mod currency;
mod digits;
mod nanometres;
mod number_words;
mod operand;
mod qualifiers;
mod starts;
mod tokens;

#[cfg(test)]
mod tests;

use serde_json::{Value as Json, json};

use crate::lang::counting::Form;
use crate::lang::units::{Dimension, Unit};
use crate::source::Span;
use crate::text::syntax::{Binding, Relation, Syntax, tokens_within};
use crate::text::{Document, TokenKind};
use operand::Operand;
use qualifiers::Lead;
use tokens::Tokens;

/// A word before a number that makes it approximate or a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// about, approximately, some, roughly, around.
    Approx,
    /// more than, over, above.
    Gt,
    /// at least.
    Ge,
    /// less than, fewer than, under.
    Lt,
    /// up to, at most, no more than.
    Le,
    /// nearly, almost: below the number, but close to it.
    Nearly,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approx => "approx",
            Self::Gt => "gt",
            Self::Ge => "ge",
            Self::Lt => "lt",
            Self::Le => "le",
            Self::Nearly => "nearly",
        }
    }
}

/// What was stated: one number, or an interval (a range, or a bound from a qualifier).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Number(f64),
    Interval { min: Option<f64>, max: Option<f64> },
}

impl Amount {
    /// The amount with `f` applied to every number (unit conversion).
    pub fn map(self, f: impl Fn(f64) -> f64) -> Self {
        match self {
            Self::Number(n) => Self::Number(f(n)),
            Self::Interval { min, max } => Self::Interval {
                min: min.map(&f),
                max: max.map(&f),
            },
        }
    }

    fn to_json(self) -> Json {
        match self {
            Self::Number(n) => json!(tidy(n)),
            Self::Interval { min, max } => json!({ "min": min.map(tidy), "max": max.map(tidy) }),
        }
    }
}

/// `n` to 12 significant digits: conversions are exact, but `f64` shows `885139.2000000001`.
fn tidy(n: f64) -> f64 {
    format!("{n:.11e}").parse().unwrap_or(n)
}

/// One quantity stated in an article. Spans are byte spans of the body text.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityMention {
    /// The whole expression, qualifier included: "more than 1,000".
    pub span: Span,
    /// The number and its unit, without the qualifier: where findings point.
    pub value_span: Span,
    pub amount: Amount,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<&'static Unit>,
    /// One unit of the last digit written ("885" → 1, "1.5 million" → 100,000): how
    /// precise the number is, for judging a rounded conversion.
    pub step: f64,
    /// What the quantity attaches to in its sentence ([`Syntax::value_binding`]).
    pub binding: Binding,
    /// A number, a vague word ("dozens", its range in `amount`) or an ordinal ("11th").
    pub form: Form,
    /// The unit of time of a rate: "34,000 vehicles a day" is per day.
    pub per: Option<&'static Unit>,
}

impl QuantityMention {
    /// The dimension's name: `count` for a number without a unit, `ordinal` for an ordinal.
    pub fn dimension_name(&self) -> &'static str {
        match (self.form, self.unit) {
            (Form::Ordinal, _) => "ordinal",
            (_, Some(unit)) => unit.dimension.name(),
            (_, None) => "count",
        }
    }

    /// The JSON of `factlint extract`, without the common fields.
    /// `text` is the body text the mention's spans are in.
    pub fn to_json(&self, text: &str) -> serde_json::Map<String, Json> {
        let mut fields = serde_json::Map::new();
        fields.insert("value".into(), self.amount.to_json());
        fields.insert("unit".into(), json!(self.unit.map(|u| u.symbol)));
        fields.insert("dimension".into(), json!(self.dimension_name()));
        let base_value = match self.unit {
            Some(unit) => self.amount.map(|n| unit.to_base_value(n)),
            None => self.amount,
        };
        fields.insert("base_value".into(), base_value.to_json());
        fields.insert(
            "base_unit".into(),
            json!(self.unit.map(|unit| unit.base_symbol())),
        );
        fields.insert("per".into(), json!(self.per.map(|u| u.symbol)));
        let vague = match self.form {
            Form::Vague(vague) => Some(vague.phrase),
            _ => None,
        };
        fields.insert("vague".into(), json!(vague));
        fields.insert(
            "qualifier".into(),
            json!(self.qualifier.map(Qualifier::as_str)),
        );
        fields.insert("bound_to".into(), self.binding.to_json(text));
        fields
    }
}

/// Every quantity of the article, in text order.
pub fn extract(text: &str, document: &Document) -> Vec<QuantityMention> {
    let mut found = Vec::new();
    for index in 0..document.sentences.len() {
        let tokens = Tokens::new(
            text,
            document.lower_case(text),
            document.sentence_tokens(index),
        );
        let mut i = 0;
        while i < tokens.len() {
            let read = starts::may_start(&tokens, i)
                .then(|| quantity_at(&tokens, i))
                .flatten();
            match read {
                Some((mention, next)) => {
                    found.push(mention);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    bind(text, document, &mut found);
    found
}

/// Reads what each quantity attaches to. A value in parentheses right after another value
/// is that value restated ("550 miles (885 kilometres)") and attaches where it does.
fn bind(text: &str, document: &Document, found: &mut [QuantityMention]) {
    let syntax: &Syntax = document.syntax(text);
    for index in 0..found.len() {
        let tokens = tokens_within(&document.tokens, found[index].span);
        let binding =
            syntax.value_binding(text, document.lower_case(text), &document.tokens, tokens);
        let restates = (binding.relation == Relation::Apposition)
            .then(|| binding.words.first().copied())
            .flatten()
            .and_then(|word| {
                // The value restated is right before the parenthesis: the last mentions only.
                found[..index]
                    .iter()
                    .rev()
                    .take(2)
                    .find(|m| m.span.contains(word))
            });
        found[index].binding = match restates {
            Some(previous) => previous.binding.clone(),
            None => binding,
        };
    }
}

/// The quantity starting at token `i`, and the token after it.
fn quantity_at(tokens: &Tokens, i: usize) -> Option<(QuantityMention, usize)> {
    if let Some(found) = percent_first(tokens, i) {
        return Some(found);
    }
    let (lead, start) = match qualifiers::at(tokens, i) {
        Some((lead, next)) => (Some(lead), next),
        None => (None, i),
    };
    let low = operand::at(tokens, start)
        .or_else(|| one_unit_and_part(tokens, start))
        .or_else(|| counts::vague(tokens, start))
        .or_else(|| counts::ordinal(tokens, start).filter(|_| lead.is_none()))?;
    let high = match lead {
        Some(Lead::Between) => Some(second_bound(tokens, &low, &["and"])?),
        Some(Lead::From) => Some(second_bound(tokens, &low, &["to"])?),
        _ => second_bound(tokens, &low, &["to", "-", "–"]),
    };
    let qualifier = match lead {
        Some(Lead::Qualifier(qualifier)) => Some(qualifier),
        _ if low.ish => Some(Qualifier::Approx),
        _ if low.plus => Some(Qualifier::Ge),
        _ => None,
    };
    if context::is_excluded(tokens, &low) {
        return None;
    }
    if high.is_none()
        && lead.is_none()
        && let Some(found) = ratio(tokens, i, &low)
    {
        return Some(found);
    }
    let low = match (&high, lead) {
        (None, None) => restated(tokens, add_smaller_units(tokens, low)),
        _ => low,
    };
    let (low, high) = share_scale_and_unit(low, high);
    let last = high.as_ref().unwrap_or(&low);
    let max = match &high {
        Some(high) => Some(high.value()),
        None => low.high.map(|high| high * low.scale),
    };
    let vague = matches!(low.form, Form::Vague(_));
    let amount = match (max, qualifier) {
        // "more than several dozen", "up to hundreds": a bound on the vague word's range.
        (Some(_), Some(Qualifier::Gt | Qualifier::Ge)) if vague => Amount::Interval {
            min: Some(low.value()),
            max: None,
        },
        (Some(max), Some(Qualifier::Lt | Qualifier::Le | Qualifier::Nearly)) if vague => {
            Amount::Interval {
                min: None,
                max: Some(max),
            }
        }
        (Some(max), _) => Amount::Interval {
            min: Some(low.value()),
            max: Some(max),
        },
        (None, Some(Qualifier::Gt | Qualifier::Ge)) => Amount::Interval {
            min: Some(low.value()),
            max: None,
        },
        (None, Some(Qualifier::Lt | Qualifier::Le | Qualifier::Nearly)) => Amount::Interval {
            min: None,
            max: Some(low.value()),
        },
        (None, _) => Amount::Number(low.value()),
    };
    let unit = low.unit;
    let mention = QuantityMention {
        binding: Binding::default(),
        span: tokens.span_of(i, last.end - 1),
        value_span: tokens.span_of(low.first, last.end - 1),
        amount,
        qualifier,
        unit,
        step: low.step(),
        form: low.form,
        per: (low.form != Form::Ordinal)
            .then(|| counts::per_after(tokens, last.end))
            .flatten(),
    };
    Some((mention, last.end))
}

/// "one in five", "2 out of 500 households": a proportion, one number.
fn ratio(tokens: &Tokens, i: usize, part: &Operand) -> Option<(QuantityMention, usize)> {
    let number = part.form == Form::Number;
    if !number || part.unit.is_some() || part.high.is_some() || part.value().fract() != 0.0 {
        return None;
    }
    let connector = match (tokens.lower(part.end), tokens.lower(part.end + 1)) {
        ("in", _) => 1,
        ("out", "of") => 2,
        _ => return None,
    };
    let whole = operand::at(tokens, part.end + connector)?;
    let proportion = whole.unit.is_none()
        && whole.high.is_none()
        && whole.value().fract() == 0.0
        && part.value() >= 1.0
        && part.value() < whole.value()
        && !context::is_excluded(tokens, &whole)
        && operand::unit_after(tokens, whole.end).is_none();
    if !proportion {
        return None;
    }
    let mention = QuantityMention {
        binding: Binding::default(),
        span: tokens.span_of(i, whole.end - 1),
        value_span: tokens.span_of(part.first, whole.end - 1),
        amount: Amount::Number(part.value() / whole.value()),
        qualifier: None,
        unit: None,
        step: 0.0,
        form: Form::Number,
        per: None,
    };
    Some((mention, whole.end))
}

/// "per cent of 210" opening a clause: a percentage written before its number.
fn percent_first(tokens: &Tokens, i: usize) -> Option<(QuantityMention, usize)> {
    let opens = i == 0 || tokens.kind(i - 1) == Some(TokenKind::Punct);
    if !opens || !tokens.is_word(i) {
        return None;
    }
    let of = (i..tokens.len().min(i + 2)).find(|&j| tokens.lower(j + 1) == "of")? + 1;
    let name = &tokens.text()[tokens.span_of(i, of - 1).range()];
    let unit = crate::lang::units::lookup(name).filter(|u| u.dimension == Dimension::Percent)?;
    let number = operand::at(tokens, of + 1)?;
    if number.unit.is_some() || number.high.is_some() || context::is_excluded(tokens, &number) {
        return None;
    }
    let mention = QuantityMention {
        binding: Binding::default(),
        span: tokens.span_of(i, number.end - 1),
        value_span: tokens.span_of(i, number.end - 1),
        amount: Amount::Number(number.value()),
        qualifier: None,
        unit: Some(unit),
        step: number.step(),
        form: Form::Number,
        per: None,
    };
    Some((mention, number.end))
}

/// The upper bound after `low` and one of `connectors`: "10 to 12", "between 10 and 12".
fn second_bound(tokens: &Tokens, low: &Operand, connectors: &[&str]) -> Option<Operand> {
    if low.high.is_some() || !connectors.contains(&tokens.lower(low.end)) {
        return None;
    }
    let high = operand::at(tokens, low.end + 1)?;
    let scale = if low.scaled { 1.0 } else { high.scale };
    let comparable = match (low.unit, high.unit) {
        (Some(a), Some(b)) => a.converts_to(b),
        _ => true,
    };
    let ordered = low.value() * scale < high.value();
    (comparable && ordered && high.high.is_none()).then_some(high)
}

/// "7 feet 10 inches", "5 ft 2 in", "3 dollars and 50 cents": a quantity continued in
/// smaller units of its dimension is one quantity.
fn add_smaller_units(tokens: &Tokens, mut quantity: Operand) -> Operand {
    while let Some(unit) = quantity.unit {
        let mut next = quantity.end;
        next += usize::from(tokens.str(next) == ",");
        next += usize::from(tokens.lower(next) == "and");
        let Some(part) = operand::at(tokens, next).filter(|part| part.high.is_none()) else {
            break;
        };
        let Some(smaller) = part.unit else {
            // "15 dollars 50": cents, when nothing follows them.
            let cents = part.digits.is_none_or(|d| d.decimals == 0 && !d.grouped)
                && part.value().fract() == 0.0
                && (1.0..100.0).contains(&part.value())
                && !matches!(
                    tokens.kind(part.end),
                    Some(TokenKind::Word | TokenKind::Number)
                );
            if unit.dimension == Dimension::Money && !unit.is_hundredth() && cents {
                quantity.raw += part.value() / 100.0 / quantity.scale;
                quantity.end = part.end;
            }
            break;
        };
        let added = if unit.dimension == Dimension::Money {
            (smaller.is_hundredth() && !unit.is_hundredth()).then(|| part.value() / 100.0)
        } else if smaller.dimension == unit.dimension
            && smaller.dimension != Dimension::Temperature
            && smaller.to_base < unit.to_base
        {
            smaller.convert(part.value(), unit)
        } else {
            None
        };
        let Some(added) = added else {
            break;
        };
        quantity.raw += added / quantity.scale;
        quantity.end = part.end;
    }
    quantity
}

/// The indefinite articles, which open "one" of a unit: "an hour and 45 minutes", "a
/// mile-long bridge".
const ARTICLES: &[&str] = &["a", "an"];

/// "an hour and 45 minutes", "a mile and a half": one of a unit continued by a part of
/// it is one quantity. "An hour" alone is left out: as a figure it is rarely meant.
fn one_unit_and_part(tokens: &Tokens, i: usize) -> Option<Operand> {
    if !ARTICLES.contains(&tokens.lower(i)) {
        return None;
    }
    let after = operand::unit_after(tokens, i + 1)?;
    let mut one = operand::plain(i, digits::parse("1")?);
    one.digits = None;
    one.unit = Some(after.unit);
    one.scale = after.scale;
    one.end = after.end;
    let and_a = tokens.lower(one.end) == "and" && tokens.lower(one.end + 1) == "a";
    let fraction = match tokens.lower(one.end + 2) {
        "half" if and_a => Some(0.5),
        "quarter" if and_a => Some(0.25),
        _ => None,
    };
    if let Some(fraction) = fraction {
        one.raw += fraction;
        one.end += 3;
        return Some(one);
    }
    let unit_end = one.end;
    Some(add_smaller_units(tokens, one)).filter(|whole| whole.end > unit_end)
}

/// "forty-five (45)", "five (5) years": the same number restated in parentheses.
fn restated(tokens: &Tokens, mut quantity: Operand) -> Operand {
    let open = quantity.end;
    if tokens.str(open) != "(" {
        return quantity;
    }
    let again = operand::at(tokens, open + 1).filter(|again| {
        again.value() == quantity.value()
            && again.unit.is_none_or(|unit| Some(unit) == quantity.unit)
            && tokens.str(again.end) == ")"
    });
    if let Some(again) = again {
        quantity.end = again.end + 1;
        let unit_after = operand::unit_after(tokens, quantity.end);
        if let Some(after) = unit_after.filter(|_| quantity.unit.is_none()) {
            quantity.unit = Some(after.unit);
            quantity.end = after.end;
            quantity.scale *= after.scale;
        }
    }
    quantity
}

/// "1.5 to 2 million": the low bound takes the high one's scale; "10 to 12 km": its unit.
fn share_scale_and_unit(mut low: Operand, high: Option<Operand>) -> (Operand, Option<Operand>) {
    let Some(mut high) = high else {
        return (low, None);
    };
    if !low.scaled && high.scaled {
        low.scale = high.scale;
        low.scaled = true;
    }
    match (low.unit, high.unit) {
        (None, Some(unit)) => low.unit = Some(unit),
        (Some(unit), None) => high.unit = Some(unit),
        _ => {}
    }
    (low, Some(high))
}
