//! Quantities in words for messages: "about 550 mi", "more than 1,000", "885.1 km".

use crate::extract::quantity::{Amount, Qualifier, QuantityMention};
use crate::lang::counting::{Form, ordinal_suffix};
use crate::lang::units::Unit;

/// `value` rounded for reading: one decimal from 100 up, two from 1, four below;
/// thousands grouped with commas.
pub fn number(value: f64) -> String {
    let decimals = match value.abs() {
        v if v >= 100.0 => 1,
        v if v >= 1.0 => 2,
        _ => 4,
    };
    let text = format!("{value:.decimals$}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = digits.split_once('.').map_or((digits, ""), |(w, f)| (w, f));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 && whole.len() > 3 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = if fraction.is_empty() {
        String::new()
    } else {
        format!(".{fraction}")
    };
    match sign {
        "-" if grouped == "0" && fraction.is_empty() => "0".into(),
        sign => format!("{sign}{grouped}{fraction}"),
    }
}

/// `value` with its unit: "885 km", "61.2%", "$61,000,000,000" stays "61,000,000,000 USD".
pub fn with_unit(value: f64, unit: Option<&Unit>) -> String {
    match unit {
        Some(unit) if unit.symbol == "%" => format!("{}%", number(value)),
        Some(unit) => format!("{} {}", number(value), unit.symbol),
        None => number(value),
    }
}

/// " a day", " a year" for a rate per that unit of time; empty for no rate.
pub fn per(unit: Option<&Unit>) -> String {
    let Some(unit) = unit else {
        return String::new();
    };
    let name = match unit.symbol {
        "s" => "second",
        "min" => "minute",
        "h" => "hour",
        "d" => "day",
        "wk" => "week",
        "mo" => "month",
        "yr" => "year",
        other => other,
    };
    let article = if name == "hour" { "an" } else { "a" };
    format!(" {article} {name}")
}

/// "11th", "21st": an ordinal.
pub fn ordinal(value: f64) -> String {
    let n = value.abs().round() as u64;
    format!("{n}{}", ordinal_suffix(n))
}

/// A stated mention as read: "about 550 mi", "dozens (24–99)", "11th", "34,000 a day".
pub fn mention(mention: &QuantityMention) -> String {
    match (mention.form, mention.amount) {
        (Form::Ordinal, Amount::Number(value)) => ordinal(value),
        (Form::Vague(vague), stated) => format!(
            "{} ({})",
            vague.phrase,
            amount(stated, mention.qualifier, mention.unit, mention.per)
        ),
        (_, stated) => amount(stated, mention.qualifier, mention.unit, mention.per),
    }
}

/// A stated amount: "about 550 mi", "more than 1,000", "10–12 km", "34,000 a day".
pub fn amount(
    amount: Amount,
    qualifier: Option<Qualifier>,
    unit: Option<&Unit>,
    rate: Option<&Unit>,
) -> String {
    without_rate(amount, qualifier, unit) + &per(rate)
}

fn without_rate(amount: Amount, qualifier: Option<Qualifier>, unit: Option<&Unit>) -> String {
    match amount {
        Amount::Number(value) => {
            let about = if qualifier == Some(Qualifier::Approx) {
                "about "
            } else {
                ""
            };
            format!("{about}{}", with_unit(value, unit))
        }
        Amount::Interval { min, max } => match (min, max, qualifier) {
            (Some(min), Some(max), _) => format!("{}–{}", number(min), with_unit(max, unit)),
            (Some(min), None, Some(Qualifier::Gt)) => format!("more than {}", with_unit(min, unit)),
            (Some(min), None, _) => format!("at least {}", with_unit(min, unit)),
            (None, Some(max), Some(Qualifier::Lt)) => format!("less than {}", with_unit(max, unit)),
            (None, Some(max), Some(Qualifier::Nearly)) => {
                format!("nearly {}", with_unit(max, unit))
            }
            (None, Some(max), _) => format!("at most {}", with_unit(max, unit)),
            (None, None, _) => "any amount".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::units::lookup;

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(885.1392), "885.1");
        assert_eq!(number(885.0), "885");
        assert_eq!(number(1000.0), "1,000");
        assert_eq!(number(61e9), "61,000,000,000");
        assert_eq!(number(0.3048), "0.3048");
        assert_eq!(number(-15.0), "-15");
        assert_eq!(number(435.0), "435");
        assert_eq!(number(12.345), "12.35");
    }

    #[test]
    fn amounts_read_well() {
        let km = lookup("km");
        let more = Amount::Interval {
            min: Some(1000.0),
            max: None,
        };
        assert_eq!(
            amount(more, Some(Qualifier::Gt), None, None),
            "more than 1,000"
        );
        let about = Amount::Number(550.0);
        assert_eq!(
            amount(about, Some(Qualifier::Approx), lookup("mi"), None),
            "about 550 mi"
        );
        assert_eq!(
            amount(Amount::Number(34_000.0), None, None, lookup("d")),
            "34,000 a day"
        );
        assert_eq!(ordinal(11.0), "11th");
        assert_eq!(ordinal(22.0), "22nd");
        let range = Amount::Interval {
            min: Some(10.0),
            max: Some(12.0),
        };
        assert_eq!(amount(range, None, km, None), "10–12 km");
        assert_eq!(with_unit(61.2, lookup("%")), "61.2%");
    }
}
