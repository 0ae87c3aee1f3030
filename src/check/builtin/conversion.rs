//! `conversion`: a unit conversion in parentheses that does not match the quantity before
//! it, "550 miles (900 kilometres)", whatever the fact sheets say.
//!
//! Newsrooms round both numbers, so a conversion passes when the values that round to each
//! meet once converted ("7,500 km (4,600 miles)": 7,450–7,550 km and 4,550–4,650 miles; a
//! number ending in zeros after two other digits is rounded to its last non-zero one), when it is within 1% of the
//! exact value ("550 miles (880 km)"), or within 5% when either is "about". The finding's
//! label gives the exact conversion. Money is not compared: a second currency in parentheses
//! is an exchange rate.

use super::BuiltinCheck;
use crate::check::ArticleContext;
use crate::check::quantity::describe;
use crate::extract::Context;
use crate::extract::quantity::{Amount, Qualifier, QuantityMention};
use crate::finding::Finding;
use crate::lang::units::Dimension;

/// The relative slack of a rounded conversion.
const ROUNDING: f64 = 0.01;

/// How far "about 550 miles (about 900 km)" may stray: 5% of the exact conversion.
const ABOUT: f64 = 0.05;

/// The precision a number was rounded to: one unit of its last digit, and of its last
/// non-zero digit when it ends in zeros after two or more others ("4,600" → 100, "900" →
/// 10, "885" → 1, "1.5" → 0.1).
fn rounding(mention: &QuantityMention) -> f64 {
    let Amount::Number(value) = mention.amount else {
        return mention.step;
    };
    if mention.step <= 0.0 || !value.is_finite() {
        return mention.step;
    }
    let mut units = (value / mention.step).round().abs() as u64;
    let mut step = mention.step;
    // Two significant digits at least: "10 kg" and "900 km" are not rounded to tens and
    // hundreds.
    while units.is_multiple_of(10) && units / 10 >= 10 {
        units /= 10;
        step *= 10.0;
    }
    step
}

/// A conversion is written in parentheses.
pub fn has_candidates(text: &str, _: &Context) -> bool {
    text.contains('(')
}

pub fn check(article: &ArticleContext, check: &BuiltinCheck, findings: &mut Vec<Finding>) {
    let text = &article.article().body.text;
    for pair in article.mentions().quantities.windows(2) {
        let (stated, converted) = (&pair[0], &pair[1]);
        let between = &text[stated.span.end..converted.span.start];
        let closes = text[converted.span.end..].trim_start().starts_with(')');
        if between.trim() != "(" || !closes {
            continue;
        }
        if let Some(expected) = wrong_conversion(stated, converted) {
            let written = article.text(converted.value_span);
            let before = article.text(stated.value_span);
            findings.push(article.builtin_finding(
                check,
                converted.value_span,
                format!("“{written}” is not a conversion of “{before}”"),
                expected,
            ));
        }
    }
}

/// "550 mi = 885.1 km" when `converted` does not convert `stated`, else `None`.
fn wrong_conversion(stated: &QuantityMention, converted: &QuantityMention) -> Option<String> {
    let (from, to) = (stated.unit?, converted.unit?);
    if from.dimension == Dimension::Money || from.symbol == to.symbol {
        return None;
    }
    let (Amount::Number(value), Amount::Number(written)) = (stated.amount, converted.amount) else {
        return None;
    };
    let exact = from.convert(value, to)?;
    // Each number stands for every value that rounds to it ("7,500 km" for 7,450–7,550):
    // the two agree when those stretches meet once converted.
    let about = [stated, converted]
        .iter()
        .any(|m| m.qualifier == Some(Qualifier::Approx));
    // A rounding is a difference: a temperature's converts without the offset.
    let slack = (from.convert_difference(rounding(stated) / 2.0, to)? + rounding(converted) / 2.0)
        .max(ROUNDING * exact.abs())
        .max(if about { ABOUT * exact.abs() } else { 0.0 });
    ((exact - written).abs() > slack).then(|| {
        format!(
            "{} = {}",
            describe::with_unit(value, Some(from)),
            describe::with_unit(exact, Some(to))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity;
    use crate::text::Document;

    /// What the check says about the first two quantities of `text`.
    fn judged(text: &str) -> Option<String> {
        let document = Document::new(text);
        let found = quantity::extract(text, &document);
        wrong_conversion(&found[0], &found[1])
    }

    #[test]
    fn rounded_conversions_pass_and_wrong_ones_do_not() {
        for text in [
            "550 miles (885 kilometres)",
            "550 miles (880 km)",
            "885 km (550 miles)",
            "3 feet (1 metre)",
            "5 miles (8 km)",
            "62 miles (100 km)",
            "€15 ($16)",
            "about 900 kilometres (about 550 miles)",
            "7,500 km (4,600 miles)",
            "165 mph (270 km/h)",
            "30 °C (86 °F)",
            "47 °F (8 °C)",
        ] {
            assert_eq!(judged(text), None, "{text}");
        }
        assert_eq!(
            judged("550 miles (900 kilometres)").as_deref(),
            Some("550 mi = 885.1 km")
        );
        assert_eq!(
            judged("7,500 km (4,100 miles)").as_deref(),
            Some("7,500 km = 4,660.3 mi")
        );
        assert_eq!(judged("10 kg (10 lb)").as_deref(), Some("10 kg = 22.05 lb"));
        assert_eq!(judged("30 °C (96 °F)").as_deref(), Some("30 °C = 86 °F"));
    }
}
