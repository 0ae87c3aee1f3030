//! Counts that are not one number ([`crate::lang::counting`]): vague words ("several
//! dozen", "hundreds of", "a handful of"), read as their ranges, and ordinals ("11th",
//! "eleventh"), read as which one of a series; and the rate a count is given at ("34,000
//! vehicles a day", "$1 million per year").

use super::operand::{self, Operand, plain};
use super::tokens::Tokens;
use crate::lang::counting::{self, Form};
use crate::lang::units::{self, Dimension, Unit};
use crate::text::TokenKind;

/// A vague word at token `i`, as an operand spanning its range: "dozens" is 24 to 99. A unit
/// right after it or after "of" is its unit ("several hours", "hundreds of miles").
pub(super) fn vague(tokens: &Tokens, i: usize) -> Option<Operand> {
    // The longest vague phrase has three words: read from the stack, not a `Vec`.
    let mut words = [""; 3];
    let mut count = 0;
    while count < words.len() && tokens.is_word(i + count) {
        words[count] = tokens.str(i + count);
        count += 1;
    }
    let (vague, taken) = counting::vague_at(&words[..count])?;
    let end = i + taken;
    if vague.needs_of && tokens.lower(end) != "of" {
        return None;
    }
    let mut found = plain(i, super::digits::parse("0")?);
    found.digits = None;
    found.raw = vague.low;
    found.high = Some(vague.high);
    found.end = end;
    found.form = Form::Vague(vague);
    // "dozens of people": the phrase takes its "of", so that it counts the noun after it as
    // a number would ("40 people"); "dozens of the crew" counts a part, as "three of the crew".
    let of = usize::from(tokens.lower(end) == "of" && !PARTITIVE.contains(&tokens.lower(end + 1)));
    found.end = end + of;
    if let Some(after) = operand::unit_after(tokens, end + of) {
        found.unit = Some(after.unit);
        found.end = after.end;
        found.scale = after.scale;
    }
    Some(found)
}

/// Words after "of" that make a vague word a part of something named before.
const PARTITIVE: &[&str] = &[
    "the", "those", "these", "them", "us", "its", "their", "his", "her", "our", "whom", "which",
];

/// An ordinal at token `i`: "11th" (with the suffix its number takes: "11st" is a typo, not
/// an ordinal) or "eleventh", "twenty-first".
pub(super) fn ordinal(tokens: &Tokens, i: usize) -> Option<Operand> {
    let word = tokens.str(i);
    let value = match counting::ordinal_digits(word) {
        Some((n, suffix)) => {
            let expected = counting::ordinal_suffix(n);
            suffix.eq_ignore_ascii_case(expected).then_some(n as f64)?
        }
        None if tokens.is_word(i) => counting::ordinal_word(word)?,
        None => return None,
    };
    let mut found = plain(i, super::digits::parse("0")?);
    found.digits = None;
    found.raw = value;
    found.form = Form::Ordinal;
    Some(found)
}

/// Words after a count that make "a day" another thing than a rate: "a day after the
/// quake", "a year ago".
const NOT_A_RATE: &[&str] = &[
    "ago", "earlier", "later", "before", "after", "from", "into", "since", "old", "long",
];

/// Adverbs of a rate: "34,000 vehicles daily".
const RATE_ADVERBS: &[(&str, &str)] = &[
    ("hourly", "h"),
    ("daily", "d"),
    ("weekly", "wk"),
    ("monthly", "mo"),
    ("yearly", "yr"),
    ("annually", "yr"),
];

/// The unit of time of a rate after the count ending before token `end`, if it is one:
/// "a day", "per day", "each year", "every week", "/yr", "daily", directly or after the
/// words of what is counted ("34,000 vehicles a day", "$1 million a day").
pub(super) fn per_after(tokens: &Tokens, end: usize) -> Option<&'static Unit> {
    for j in end..end + 3 {
        if let Some(unit) = rate_at(tokens, j) {
            return Some(unit);
        }
        let counted = tokens.is_word(j)
            && tokens.str(j).chars().all(char::is_lowercase)
            && !matches!(tokens.lower(j), "and" | "or" | "of" | "in" | "to");
        if !counted {
            return None;
        }
    }
    None
}

/// "a day", "per year", "/yr", "daily" at token `j`.
fn rate_at(tokens: &Tokens, j: usize) -> Option<&'static Unit> {
    let lower = tokens.lower(j);
    if let Some(&(_, symbol)) = RATE_ADVERBS.iter().find(|(word, _)| *word == lower) {
        return units::lookup(symbol);
    }
    let slash = lower == "/" && tokens.joined(j) && j > 0 && tokens.joined(j - 1);
    let per_word = matches!(lower, "a" | "an" | "per" | "each" | "every");
    if !(slash || per_word) || tokens.kind(j + 1) != Some(TokenKind::Word) {
        return None;
    }
    let unit = units::lookup(tokens.str(j + 1)).filter(|u| u.dimension == Dimension::Duration)?;
    let singular = !tokens.lower(j + 1).ends_with('s') || slash;
    let followed = NOT_A_RATE.contains(&tokens.lower(j + 2));
    (singular && !followed).then_some(unit)
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::tests::read_counts;
    use crate::lang::counting::Form;

    #[test]
    fn vague_words_are_ranges() {
        let cases: &[(&str, &str, f64, f64, Option<&str>)] = &[
            (
                "Dozens of people died in the flood.",
                "Dozens of",
                24.0,
                99.0,
                None,
            ),
            (
                "Several dozen homes burned.",
                "Several dozen",
                36.0,
                99.0,
                None,
            ),
            (
                "Hundreds of homes burned.",
                "Hundreds of",
                200.0,
                999.0,
                None,
            ),
            (
                "Tens of thousands of people fled.",
                "Tens of thousands of",
                20_000.0,
                99_999.0,
                None,
            ),
            ("They fired several missiles.", "several", 3.0, 9.0, None),
            (
                "A handful of protesters stayed.",
                "A handful of",
                2.0,
                9.0,
                None,
            ),
            (
                "The search lasted several hours.",
                "several hours",
                3.0,
                9.0,
                Some("h"),
            ),
            (
                "Scores of villagers were hurt.",
                "Scores of",
                40.0,
                199.0,
                None,
            ),
        ];
        for &(sentence, text, low, high, unit) in cases {
            let found = read_counts(sentence);
            let reads = found.iter().any(|(t, amount, u, form, _)| {
                t == text
                    && *u == unit
                    && matches!(form, Form::Vague(_))
                    && *amount
                        == crate::extract::quantity::Amount::Interval {
                            min: Some(low),
                            max: Some(high),
                        }
            });
            assert!(reads, "{sentence}: {found:?}");
        }
    }

    #[test]
    fn words_that_are_not_vague_counts() {
        for sentence in ["The test scores rose.", "Tens were there."] {
            assert_eq!(read_counts(sentence), [], "{sentence}");
        }
    }

    #[test]
    fn ordinals_are_counts_of_a_series() {
        for (sentence, text, value) in [
            ("It was the 11th hike since March.", "11th", 11.0),
            ("The eleventh rate increase came.", "eleventh", 11.0),
            ("They met for the twenty-first time.", "twenty-first", 21.0),
            ("It was the 3rd launch.", "3rd", 3.0),
        ] {
            let found = read_counts(sentence);
            let reads = found.iter().any(|(t, amount, _, form, _)| {
                t == text
                    && *form == Form::Ordinal
                    && *amount == crate::extract::quantity::Amount::Number(value)
            });
            assert!(reads, "{sentence}: {found:?}");
        }
    }

    #[test]
    fn ordinals_that_are_dates_or_typos_are_not_counts() {
        for sentence in [
            "It happened on the 11th of July.",
            "It happened on July 11th.",
            "The 11st hike.",
        ] {
            let ordinals: Vec<_> = read_counts(sentence)
                .into_iter()
                .filter(|found| found.3 == Form::Ordinal)
                .collect();
            assert_eq!(ordinals, [], "{sentence}");
        }
    }

    #[test]
    fn rates_of_counts_and_money() {
        for (sentence, text, per) in [
            (
                "About 34,000 vehicles a day crossed it.",
                "About 34,000",
                "d",
            ),
            ("The spill cost $1 million a day.", "$1 million", "d"),
            ("It carried 12 million people per year.", "12 million", "yr"),
            ("Revenue was $5 million annually.", "$5 million", "yr"),
            ("They earn $20/hour there.", "$20", "h"),
        ] {
            let found = read_counts(sentence);
            let reads = found
                .iter()
                .any(|(t, _, _, _, rate)| t == text && *rate == Some(per));
            assert!(reads, "{sentence}: {found:?}");
        }
    }

    #[test]
    fn a_day_that_is_no_rate() {
        for sentence in [
            "Two people died a day after the storm.",
            "It rose 5% a year ago.",
            "They found 20 bodies, a day later.",
        ] {
            let rates: Vec<_> = read_counts(sentence)
                .into_iter()
                .filter(|found| found.4.is_some())
                .collect();
            assert_eq!(rates, [], "{sentence}");
        }
    }
}
