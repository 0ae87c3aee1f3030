//! Units compounded with their number into one word: "a mile-long bridge" (one mile),
//! "1/6-mile" (a sixth of a mile), "250km/h" (a speed, not a length).

use super::operand::{Operand, plain};
use super::tokens::Tokens;
use crate::lang::units::{self, Dimension, Unit};

/// The measure words after a unit's hyphen: "mile-long", "foot-wide", "metre-high".
const MEASURES: &[&str] = &["long", "wide", "high", "tall", "deep", "thick", "across"];

/// "a mile-long bridge", "an acre-wide lot", "the mile-long bridge": one of a length or an
/// area, after an article ("the" is not part of the value). Durations are left out: "a
/// day-long strike" says how long, not how much.
pub(super) fn article_and_unit(tokens: &Tokens, i: usize) -> Option<Operand> {
    // Asked at every word: only a hyphenated word here or next can be the compound.
    let hyphenated = |j: usize| tokens.str(j).contains(['-', '‐']);
    if !hyphenated(i) && !hyphenated(i + 1) {
        return None;
    }
    // "the mile-long": the compound is read where it stands, after its article.
    let definite = i > 0 && tokens.lower(i - 1) == "the";
    let compound = if definite { i } else { i + 1 };
    let indefinite = || super::ARTICLES.contains(&tokens.lower(i));
    if !(definite || indefinite()) || !tokens.is_word(compound) {
        return None;
    }
    let word = tokens.str(compound);
    let (name, measure) = word.rsplit_once(['-', '‐'])?;
    let unit = units::lookup(name).filter(|u| name.len() > 2 && measured(u))?;
    if !MEASURES.contains(&crate::text::case::lower(measure).as_ref()) {
        return None;
    }
    let mut operand = plain(compound, super::digits::parse("1")?);
    operand.first = i;
    operand.digits = None;
    operand.unit = Some(unit);
    Some(operand)
}

fn measured(unit: &Unit) -> bool {
    matches!(unit.dimension, Dimension::Length | Dimension::Area)
}

/// "1/6-mile", "3/4-inch": a fraction in digits hyphenated to its unit, in one token. Any
/// denominator goes: with a unit after it, a slash writes no date.
pub(super) fn fraction_and_unit(tokens: &Tokens, i: usize) -> Option<Operand> {
    let (fraction, unit) = tokens.str(i).split_once(['-', '‐'])?;
    let (numerator, denominator) = fraction.split_once('/')?;
    let numerator: u32 = numerator.parse().ok()?;
    let denominator: u32 = denominator.parse().ok()?;
    let unit_word = unit.split(['-', '‐']).next().unwrap_or(unit);
    let unit = units::lookup(unit).or_else(|| units::lookup(unit_word))?;
    if numerator == 0 || denominator == 0 || !measured(unit) {
        return None;
    }
    let mut operand = plain(i, super::digits::parse("0")?);
    operand.raw = f64::from(numerator) / f64::from(denominator);
    operand.digits = None;
    operand.unit = Some(unit);
    Some(operand)
}

/// "250km/h", "90km/hr": a unit glued to its number continued by "/" and a unit of time.
pub(super) fn per_time(tokens: &Tokens, operand: &mut Operand) {
    let Some(unit) = operand.unit else {
        return;
    };
    let (slash, time) = (operand.end, operand.end + 1);
    if tokens.str(slash) != "/" || !tokens.joined(slash - 1) || !tokens.joined(slash) {
        return;
    }
    let glued = tokens.str(operand.number);
    let written = glued.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let name = format!("{written}/{}", tokens.str(time));
    let time_unit = if tokens.lower(time) == "hr" {
        "h"
    } else {
        tokens.str(time)
    };
    let rate = units::lookup(&name)
        .or_else(|| units::lookup(&format!("{written}/{time_unit}")))
        .filter(|rate| rate.dimension == Dimension::Speed && unit.dimension == Dimension::Length);
    if let Some(rate) = rate {
        operand.unit = Some(rate);
        operand.end = time + 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::Amount;
    use crate::extract::quantity::tests::read;

    #[test]
    fn units_compounded_with_their_number() {
        let cases: &[(&str, &str, f64, &str)] = &[
            ("They crossed a mile-long bridge.", "a mile-long", 1.0, "mi"),
            ("The ship hit the mile-long bridge.", "mile-long", 1.0, "mi"),
            ("an acre-wide crater", "an acre-wide", 1.0, "acre"),
            (
                "a kilometre-long queue formed",
                "a kilometre-long",
                1.0,
                "km",
            ),
            ("a foot-deep layer of ash", "a foot-deep", 1.0, "ft"),
            ("the 1/6-mile track", "1/6-mile", 1.0 / 6.0, "mi"),
            ("a 3/4-inch pipe", "3/4-inch", 0.75, "in"),
            ("a 7/8-mile-long stretch", "7/8-mile-long", 0.875, "mi"),
            ("gusts of 250km/h hit", "250km/h", 250.0, "km/h"),
            ("at 90km/hr on the road", "90km/hr", 90.0, "km/h"),
            ("a nearly 2-mile-long span", "nearly 2-mile-long", 2.0, "mi"),
            ("the 948-foot-long ship", "948-foot-long", 948.0, "ft"),
            ("a 5-acre lot", "5-acre", 5.0, "acre"),
            ("winds of 250 km/h", "250 km/h", 250.0, "km/h"),
        ];
        for &(sentence, text, value, unit) in cases {
            let found = read(sentence);
            let reads = found.iter().any(|(t, amount, u)| {
                t == text
                    && *u == Some(unit)
                    && match amount {
                        Amount::Number(n) => (n - value).abs() < 1e-9,
                        Amount::Interval { max, .. } => *max == Some(value),
                    }
            });
            assert!(reads, "{sentence}: {found:?}");
        }
    }

    #[test]
    fn compounds_that_are_not_one_unit() {
        for sentence in [
            "a day-long strike",
            "a year-long war",
            "a mile away",
            "a long-range missile",
            "a 1/6 share",
            "a meter-reader came",
        ] {
            assert_eq!(read(sentence), [], "{sentence}");
        }
    }
}
