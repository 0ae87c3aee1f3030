//! `conversion`: a unit conversion in parentheses that does not match the quantity before
//! it, "550 miles (900 kilometres)", whatever the fact sheets say.
//!
//! Newsrooms round conversions, so a conversion passes when it is within half a unit of
//! either number's last digit ("3 feet (1 metre)") or 1% of its value ("550 miles (880
//! km)"). Money is not compared: a second currency in parentheses is an exchange rate.

use super::BuiltinCheck;
use crate::check::ArticleContext;
use crate::check::quantity::describe;
use crate::extract::quantity::{Amount, QuantityMention};
use crate::finding::Finding;
use crate::lang::units::Dimension;

/// The relative slack of a rounded conversion.
const ROUNDING: f64 = 0.01;

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
    let slack = (converted.step / 2.0)
        .max(from.convert(stated.step / 2.0, to)?)
        .max(ROUNDING * exact.abs());
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
        ] {
            assert_eq!(judged(text), None, "{text}");
        }
        assert_eq!(
            judged("550 miles (900 kilometres)").as_deref(),
            Some("550 mi = 885.1 km")
        );
        assert_eq!(judged("10 kg (10 lb)").as_deref(), Some("10 kg = 22.05 lb"));
    }
}
