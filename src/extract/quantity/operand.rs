//! One number with its currency, scale and unit: "$61bn", "1.5 million", "550-mile",
//! "nine hundred miles", "12 per cent", "USD 200", "10-12".

use super::compounds;
use super::currency;
use super::digits::{self, Digits};
use super::nanometres;
use super::number_words;
use super::tokens::Tokens;
use crate::lang::counting::Form;
use crate::lang::units::{self, Dimension, Unit};
use crate::text::TokenKind;

/// A number as written, with everything attached to it.
#[derive(Clone, Debug)]
pub(super) struct Operand {
    /// First and one-past-last token.
    pub first: usize,
    pub end: usize,
    /// The token holding the number itself.
    pub number: usize,
    /// The number before its scale ("1.5" of "1.5 million").
    pub raw: f64,
    pub scale: f64,
    /// The upper bound of a range written as one token ("10-12").
    pub high: Option<f64>,
    pub unit: Option<&'static Unit>,
    /// Digits as written, for numbers written in digits.
    pub digits: Option<Digits>,
    /// Whether a scale word or suffix was written ("million", "bn").
    pub scaled: bool,
    /// Whether "-ish" was glued to the number ("360-ish"): an approximation.
    pub ish: bool,
    /// Whether "plus" follows the number ("80 plus hours", "100-plus people", "50+ homes"):
    /// at least that many.
    pub plus: bool,
    /// A number, a vague word ("dozens": `raw` to `high`) or an ordinal ("11th").
    pub form: Form,
}

impl Operand {
    pub fn value(&self) -> f64 {
        self.raw * self.scale
    }

    /// One unit of the last digit written, scale applied: how precise the number is.
    pub fn step(&self) -> f64 {
        let decimals = self.digits.map_or(0, |d| d.decimals);
        10f64.powi(-i32::from(decimals)) * self.scale
    }
}

/// Words before a number that make it negative: "minus 3".
pub(super) const NEGATIVE_WORDS: &[&str] = &["minus", "negative"];

/// Determiners before which "one" is a pronoun ("the one", "that one"), not a number.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "which", "any", "every", "each", "no", "some", "someone",
];

/// The operand starting at token `i`.
pub(super) fn at(tokens: &Tokens, start: usize) -> Option<Operand> {
    let negative_word = NEGATIVE_WORDS.contains(&tokens.lower(start));
    let i = start + usize::from(negative_word);
    let (currency, i) = match currency::before(tokens, i) {
        Some((unit, next)) => (Some(unit), next),
        None => (None, i),
    };
    let minus_sign = matches!(tokens.str(i), "-" | "−")
        && tokens.joined(i)
        && (i == 0 || !tokens.joined(i - 1) || currency.is_some());
    let mut operand = numeral(tokens, i + usize::from(minus_sign), currency.is_some())?;
    operand.first = start;
    if negative_word || minus_sign {
        operand.raw = -operand.raw;
        operand.high = operand.high.map(|high| -high);
    }
    if plus_after(tokens, &operand) {
        operand.plus = true;
        operand.end += 1;
    }
    match currency {
        Some(currency) => operand.unit = Some(currency),
        None if operand.unit.is_none() => {
            let after =
                unit_after(tokens, operand.end).or_else(|| fraction_of_unit(tokens, &operand));
            if let Some(after) = after {
                operand.unit = Some(after.unit);
                operand.end = after.end;
                operand.scale *= after.scale;
                // "75 USD million".
                if !operand.scaled && after.unit.dimension == Dimension::Money {
                    scale_after(tokens, &mut operand);
                }
            }
        }
        None => {}
    }
    if operand.unit.is_none() && tokens.str(operand.end) == "nm" {
        return None; // nanometres or nautical miles: the words around do not tell.
    }
    let number = operand.number;
    let pronoun = operand.unit.is_none()
        && tokens.lower(number) == "one"
        && number > 0
        && DETERMINERS.contains(&tokens.lower(number - 1));
    // "the second half", "half an hour": a part of something, not a count of one half.
    let half =
        tokens.lower(number) == "half" && operand.end == number + 1 && operand.unit.is_none();
    let part_of_something = half
        && ((number > 0 && PART_OWNERS.contains(&tokens.lower(number - 1)))
            || matches!(tokens.lower(number + 1), "a" | "an"));
    (!pronoun && !part_of_something).then_some(operand)
}

/// "80 plus hours", "50+ homes": "plus" or a "+" glued to the number, not followed by another
/// number (which it would add: "2 plus 2", "5+3").
fn plus_after(tokens: &Tokens, operand: &Operand) -> bool {
    let at = operand.end;
    let marker = tokens.lower(at) == "plus" || (tokens.str(at) == "+" && tokens.joined(at - 1));
    marker && tokens.kind(at + 1) != Some(TokenKind::Number)
}

/// Words before "half" that make it a part of something: "the first half", "his half".
const PART_OWNERS: &[&str] = &[
    "the", "a", "this", "that", "each", "every", "other", "first", "second", "last", "final",
    "latter", "former", "my", "your", "his", "her", "its", "our", "their", "one", "top", "bottom",
    "back", "front", "upper", "lower", "better",
];

/// A currency code glued to its number: "USD3.14", "GBP3.01", "RM42", "Rs20".
fn glued_currency(tokens: &Tokens, i: usize) -> Option<Operand> {
    let word = tokens.str(i);
    let letters = word.find(|c: char| c.is_ascii_digit())?;
    let unit = currency::code(&word[..letters])?;
    let (number, suffix) = digits::split_glued(&word[letters..])?;
    let mut operand = plain(i, digits::parse(number)?);
    if !suffix.is_empty() {
        operand.scale = glued_scale(suffix, true)?;
        operand.scaled = true;
    }
    operand.unit = Some(unit);
    Some(operand)
}

/// "M6.8", "Mw7.0": a magnitude written with its scale's letter. A decimal point and a
/// value up to 10 tell it from a road or a model ("M25", "M4").
fn magnitude(tokens: &Tokens, i: usize) -> Option<Operand> {
    let word = tokens.str(i);
    let number = ["Mw", "ML", "M"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))?;
    let digits = digits::parse(number).filter(|d| d.decimals == 1 && d.value <= 10.0)?;
    let mut operand = plain(i, digits);
    operand.unit = units::lookup("Mw");
    Some(operand)
}

/// The number at token `i` with its scale and any unit glued to it.
fn numeral(tokens: &Tokens, i: usize, after_currency: bool) -> Option<Operand> {
    let text = tokens.str(i);
    match tokens.kind(i)? {
        TokenKind::Number => digits_token(tokens, i, text),
        TokenKind::Word if text.starts_with(|c: char| c.is_ascii_digit()) => {
            if let Some(operand) = compounds::fraction_and_unit(tokens, i) {
                return Some(operand);
            }
            let (number, suffix) = digits::split_glued(text)?;
            let digits = digits::parse(number)?;
            let mut operand = plain(i, digits);
            if suffix == "nm" {
                operand.unit = Some(nanometres::unit_near(tokens, i)?);
                return Some(operand);
            }
            glued_suffix(&mut operand, suffix, after_currency)?;
            compounds::per_time(tokens, &mut operand);
            if operand.unit.is_none() && !operand.scaled {
                scale_after(tokens, &mut operand);
            }
            Some(operand)
        }
        TokenKind::Word => glued_currency(tokens, i)
            .or_else(|| magnitude(tokens, i))
            .or_else(|| words(tokens, i))
            .or_else(|| compounds::article_and_unit(tokens, i)),
        TokenKind::Punct
            if text == "." && tokens.joined(i) && (i == 0 || !tokens.joined(i - 1)) =>
        {
            leading_point(tokens, i)
        }
        _ => None,
    }
}

/// ".08": a decimal written without its leading zero.
fn leading_point(tokens: &Tokens, i: usize) -> Option<Operand> {
    let fraction = tokens.str(i + 1);
    if tokens.kind(i + 1) != Some(TokenKind::Number) {
        return None;
    }
    let mut operand = plain(i + 1, digits::parse(&format!("0.{fraction}"))?);
    operand.first = i;
    Some(operand)
}

pub(super) fn plain(i: usize, digits: Digits) -> Operand {
    Operand {
        first: i,
        end: i + 1,
        number: i,
        raw: digits.value,
        scale: 1.0,
        high: None,
        unit: None,
        digits: Some(digits),
        scaled: false,
        ish: false,
        plus: false,
        form: Form::Number,
    }
}

/// A number token: "1,000", "1.5", "10-12", "1/2"; "40 000" across a space.
fn digits_token(tokens: &Tokens, i: usize, text: &str) -> Option<Operand> {
    if text.contains(':') {
        return None; // a time: "03:07"
    }
    if text.contains('/') {
        let value = digits::fraction(text)?;
        let mut operand = plain(i, digits::parse("0")?);
        operand.raw = value;
        operand.digits = None;
        return Some(operand);
    }
    let mut operand = match text.split_once('-') {
        Some((low, high)) => {
            let (low, high) = (digits::parse(low)?, digits::parse(high)?);
            let year_or_phone = |d: &Digits, part: &str| !d.grouped && part.len() >= 4;
            let (low_text, high_text) = text.split_once('-')?;
            if year_or_phone(&low, low_text) || year_or_phone(&high, high_text) {
                return None;
            }
            if high.value <= low.value {
                return None; // a score or an identifier: "2-1", "7-3"
            }
            let mut operand = plain(i, low);
            operand.high = Some(high.value);
            operand
        }
        None => plain(i, digits::parse(text)?),
    };
    join_space_groups(tokens, &mut operand);
    power(tokens, &mut operand);
    // "10 1/2 miles".
    let whole = operand.digits.is_some_and(|d| d.decimals == 0) && operand.high.is_none();
    let fraction = digits::fraction(tokens.str(operand.end));
    if let Some(fraction) = fraction.filter(|_| whole && !tokens.joined(operand.end - 1)) {
        operand.raw += fraction;
        operand.end += 1;
    }
    scale_after(tokens, &mut operand);
    continue_scaled(tokens, &mut operand);
    Some(operand)
}

/// "4 thousand 3 hundred and 21", "6 crore and two hundred", "3 million and a quarter": a
/// number in digits and scale words continued with smaller parts.
fn continue_scaled(tokens: &Tokens, operand: &mut Operand) {
    let plain_digits = operand
        .digits
        .is_some_and(|d| d.decimals == 0 && !d.grouped);
    if !operand.scaled || !plain_digits || operand.high.is_some() || operand.scale < 100.0 {
        return;
    }
    let mut last_scale = operand.scale;
    let mut total = operand.value();
    loop {
        let and = tokens.lower(operand.end) == "and";
        let i = operand.end + usize::from(and);
        let part = match tokens.lower(i) {
            "a" if and && matches!(tokens.lower(i + 1), "half" | "quarter") => {
                let part = if tokens.lower(i + 1) == "half" {
                    0.5
                } else {
                    0.25
                };
                let scale_follows = number_words::scale_word(tokens.str(i + 2)).is_some();
                (!scale_follows).then_some((part * last_scale, i + 2, 0.0))
            }
            _ if tokens.kind(i) == Some(TokenKind::Number) => {
                let digits = digits::parse(tokens.str(i)).filter(|d| d.decimals == 0 && !d.grouped);
                let scale =
                    number_words::scale_word(tokens.str(i + 1)).filter(|_| tokens.is_word(i + 1));
                match (digits, scale) {
                    (Some(d), Some(scale)) => Some((d.value * scale, i + 2, scale)),
                    (Some(d), None) if and => Some((d.value, i + 1, 1.0)),
                    _ => None,
                }
            }
            _ if and && tokens.is_word(i) => words(tokens, i)
                .filter(|w| w.unit.is_none())
                .map(|w| (w.value(), w.end, 1.0)),
            _ => None,
        };
        let Some((value, end, scale)) = part else {
            break;
        };
        if value >= last_scale || value <= 0.0 {
            break;
        }
        total += value;
        operand.end = end;
        if scale <= 1.0 {
            break;
        }
        last_scale = scale;
    }
    operand.raw = total / operand.scale;
}

/// "1.1^23", "2.5^-1": a power written with a caret.
fn power(tokens: &Tokens, operand: &mut Operand) {
    let caret = operand.end;
    if tokens.str(caret) != "^" || !tokens.joined(caret - 1) || !tokens.joined(caret) {
        return;
    }
    let mut i = caret + 1;
    let mut sign = 1.0;
    while matches!(tokens.str(i), "-" | "−" | "+") && tokens.joined(i) {
        if tokens.str(i) != "+" {
            sign = -sign;
        }
        i += 1;
    }
    let Some(exponent) = digits::parse(tokens.str(i)) else {
        return;
    };
    operand.raw = operand.raw.powf(sign * exponent.value);
    operand.digits = None;
    operand.end = i + 1;
}

/// "40 000", "1 234 567": groups of three digits after a single space.
fn join_space_groups(tokens: &Tokens, operand: &mut Operand) {
    let Some(digits) = operand.digits.as_mut() else {
        return;
    };
    let text = tokens.str(operand.number);
    if digits.grouped || digits.decimals > 0 || text.len() > 3 || operand.high.is_some() {
        return;
    }
    let mut end = operand.end;
    while matches!(tokens.gap(end - 1), " " | "\u{a0}" | "\u{202f}")
        && tokens.kind(end) == Some(TokenKind::Number)
        && tokens.str(end).len() == 3
        && tokens.str(end).bytes().all(|b| b.is_ascii_digit())
    {
        digits.value = digits.value * 1000.0 + tokens.str(end).parse::<f64>().unwrap_or(0.0);
        digits.grouped = true;
        end += 1;
    }
    operand.raw = digits.value;
    operand.end = end;
}

/// A scale word after a number: "1.5 million", "322 hundred", "two dozen".
fn scale_after(tokens: &Tokens, operand: &mut Operand) {
    let word = tokens.str(operand.end);
    let factor = match word {
        "dozen" | "dozens" => Some(12.0),
        "M" | "MM" => Some(1e6),
        "doz" | "dozs" => Some(12.0),
        _ => number_words::scale_word(word).filter(|_| tokens.is_word(operand.end)),
    };
    if let Some(factor) = factor {
        operand.scale *= factor;
        operand.scaled = true;
        operand.end += 1;
    }
}

/// Applies letters glued to a number: a scale ("61bn", "$3m"), a unit ("900km", "200lbs"),
/// or a hyphenated unit ("550-mile"). `None` when they make it no quantity: an ordinal
/// ("30th"), a decade ("1990s"), a time ("6pm"), an age ("10-year-old"), a name ("5G").
fn glued_suffix(operand: &mut Operand, suffix: &str, after_currency: bool) -> Option<()> {
    if let Some(hyphenated) = suffix.strip_prefix(['-', '‐']) {
        let lower = crate::text::case::lower(hyphenated);
        if lower.ends_with("-old") || lower.ends_with("‐old") {
            return None;
        }
        if lower == "ish" {
            operand.ish = true;
            return Some(());
        }
        if lower == "plus" {
            operand.plus = true;
            return Some(());
        }
        // "a 6.8-magnitude quake".
        if lower == "magnitude" {
            operand.unit = units::lookup("Mw");
            return Some(());
        }
        let word = hyphenated.split(['-', '‐']).next().unwrap_or(hyphenated);
        // "a 95,000-gross-ton ship": a unit of several words, hyphenated.
        let spaced = || units::lookup(&hyphenated.replace(['-', '‐'], " "));
        operand.unit = Some(
            units::lookup(hyphenated)
                .or_else(|| units::lookup(word))
                .or_else(spaced)?,
        );
        return Some(());
    }
    if let Some(factor) = glued_scale(suffix, after_currency) {
        operand.scale = factor;
        operand.scaled = true;
        return Some(());
    }
    // "1.3e6".
    if let Some(exponent) = suffix.strip_prefix('e').and_then(|e| e.parse::<i32>().ok()) {
        operand.scale = 10f64.powi(exponent);
        operand.scaled = true;
        return Some(());
    }
    if matches!(
        suffix,
        "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "AM" | "PM"
    ) {
        return None;
    }
    operand.unit = Some(units::lookup(suffix)?);
    Some(())
}

/// Scale letters glued to a number. `m` and `b` are scales only after a currency sign:
/// `$5m` is five million dollars, `5m` is five metres.
fn glued_scale(suffix: &str, after_currency: bool) -> Option<f64> {
    Some(match suffix {
        "k" | "K" => 1e3,
        "M" | "MM" | "mn" | "mln" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "tln" | "T" => 1e12,
        "m" if after_currency => 1e6,
        "b" | "B" if after_currency => 1e9,
        _ => return None,
    })
}

/// A number in words: "nine hundred", "twenty-five", "a dozen", "six-day".
fn words(tokens: &Tokens, i: usize) -> Option<Operand> {
    // Twelve words at most, read from the stack: this is asked at every word.
    let mut word_list = [""; 12];
    let mut count = 0;
    while count < word_list.len() && tokens.is_word(i + count) {
        word_list[count] = tokens.str(i + count);
        count += 1;
    }
    let operand = match number_words::parse(&word_list[..count]) {
        Some((value, count)) => Operand {
            first: i,
            end: i + count,
            number: i,
            raw: value,
            scale: 1.0,
            high: None,
            unit: None,
            digits: None,
            scaled: false,
            ish: false,
            plus: false,
            form: Form::Number,
        },
        None => hyphenated_word(tokens.str(i), i)?,
    };
    Some(operand)
}

/// "six-day", "twenty-pound", "three-inch": a number word glued to a unit.
fn hyphenated_word(word: &str, i: usize) -> Option<Operand> {
    let (number, unit) = word.split_once(['-', '‐'])?;
    let (value, _) = number_words::parse(&[number])?;
    if crate::text::case::lower(unit).ends_with("old") {
        return None;
    }
    let unit_word = unit.split(['-', '‐']).next().unwrap_or(unit);
    let unit = units::lookup(unit).or_else(|| units::lookup(unit_word))?;
    Some(Operand {
        first: i,
        end: i + 1,
        number: i,
        raw: value,
        scale: 1.0,
        high: None,
        unit: Some(unit),
        digits: None,
        scaled: false,
        ish: false,
        plus: false,
        form: Form::Number,
    })
}

/// A unit written after the number, and the token after it: "km", "nautical miles",
/// "per cent", "%", "€", "km/h" (up to three tokens), an inch mark, or a currency code in
/// millions ("48.5 MGBP").
pub(super) fn unit_after(tokens: &Tokens, i: usize) -> Option<UnitAfter> {
    if i >= tokens.len() || i == 0 || !tokens.gap(i - 1).chars().all(char::is_whitespace) {
        return None;
    }
    if tokens.gap(i - 1).chars().count() > 1 {
        return None;
    }
    if tokens.str(i) == "nm" {
        return Some(UnitAfter::new(nanometres::unit_near(tokens, i - 1)?, i + 1));
    }
    // "6.8 on the Richter scale": the scale's name in words.
    let richter = ["on", "the", "richter", "scale"]
        .iter()
        .enumerate()
        .all(|(k, word)| tokens.lower(i + k) == *word);
    if richter {
        return Some(UnitAfter::new(units::lookup("Mw")?, i + 4));
    }
    if let Some(end) = inch_mark(tokens, i) {
        return Some(UnitAfter::new(units::lookup("in")?, end));
    }
    if let Some(unit) = million_code(tokens.str(i)) {
        return Some(UnitAfter {
            scale: 1e6,
            ..UnitAfter::new(unit, i + 1)
        });
    }
    (1..=3).rev().find_map(|n| {
        let last = i + n - 1;
        if last >= tokens.len() {
            return None;
        }
        let span = tokens.span_of(i, last);
        let name = &tokens.text()[span.range()];
        let unit = units::lookup(name)?;
        let next = tokens.kind(last + 1);
        // "5 in 10" and "2 in April": `in` is inches only at the end of a clause.
        let clause_ends = !matches!(next, Some(TokenKind::Word | TokenKind::Number));
        // "1 $10 bill": a sign glued to the next number is that number's.
        let sign_of_next = tokens.joined(last)
            && matches!(next, Some(TokenKind::Number))
            && !name.chars().any(char::is_alphabetic);
        (!sign_of_next && (name != "in" || clause_ends)).then(|| UnitAfter::new(unit, last + 1))
    })
}

/// The unit of a fraction written in words: "a quarter of a percentage point", "half of a
/// mile", and in rates "a quarter point", "half a point" (percentage points).
fn fraction_of_unit(tokens: &Tokens, fraction: &Operand) -> Option<UnitAfter> {
    let in_words = fraction.digits.is_none() && fraction.value() > 0.0 && fraction.value() < 1.0;
    if !in_words {
        return None;
    }
    let end = fraction.end;
    if matches!(tokens.lower(end), "point" | "points") {
        return Some(UnitAfter::new(units::lookup("pp")?, end + 1));
    }
    let of_a = tokens.lower(end) == "of" && matches!(tokens.lower(end + 1), "a" | "an");
    of_a.then(|| unit_after(tokens, end + 2)).flatten()
}

/// A unit found after a number, the token after it, and the scale it carries.
pub(super) struct UnitAfter {
    pub unit: &'static Unit,
    pub end: usize,
    pub scale: f64,
}

impl UnitAfter {
    fn new(unit: &'static Unit, end: usize) -> Self {
        Self {
            unit,
            end,
            scale: 1.0,
        }
    }
}

/// `9"`, `5''`, `10 ″`: an inch mark, told from a closing quotation mark by being unpaired
/// in its sentence.
fn inch_mark(tokens: &Tokens, i: usize) -> Option<usize> {
    match tokens.str(i) {
        "″" => Some(i + 1),
        "'" if tokens.joined(i) && tokens.str(i + 1) == "'" => Some(i + 2),
        "\"" => tokens.has_unpaired_straight_quote().then_some(i + 1),
        _ => None,
    }
}

/// "MUSD", "MGBP": a currency code in millions, as financial reports write it.
fn million_code(word: &str) -> Option<&'static Unit> {
    let code = word.strip_prefix('M').filter(|code| code.len() == 3)?;
    currency::code(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn operand(text: &str) -> Option<(f64, Option<f64>, Option<&'static str>, String)> {
        let document = Document::new(text);
        let tokens = Tokens::new(text, document.lower_case(text), &document.tokens);
        let operand = at(&tokens, 0)?;
        let span = tokens.span_of(operand.first, operand.end - 1);
        Some((
            operand.value(),
            operand.high,
            operand.unit.map(|u| u.symbol),
            text[span.range()].to_string(),
        ))
    }

    #[test]
    fn numbers_with_their_units() {
        let cases: &[(&str, f64, Option<&str>, &str)] = &[
            ("900 km range", 900.0, Some("km"), "900 km"),
            ("900km range", 900.0, Some("km"), "900km"),
            ("550 miles (885 km)", 550.0, Some("mi"), "550 miles"),
            ("550-mile range", 550.0, Some("mi"), "550-mile"),
            ("$61bn in aid", 61e9, Some("USD"), "$61bn"),
            ("US$4.7 billion", 4.7e9, Some("USD"), "US$4.7 billion"),
            ("$3m deal", 3e6, Some("USD"), "$3m"),
            ("5m deep", 5.0, Some("m"), "5m"),
            ("2bn people", 2e9, None, "2bn"),
            ("1.5 million shells", 1.5e6, None, "1.5 million"),
            (
                "61 billion dollars",
                61e9,
                Some("USD"),
                "61 billion dollars",
            ),
            ("12 per cent", 12.0, Some("%"), "12 per cent"),
            ("61.2% turnout", 61.2, Some("%"), "61.2%"),
            ("USD 200.", 200.0, Some("USD"), "USD 200"),
            ("€20 each", 20.0, Some("EUR"), "€20"),
            ("20 € each", 20.0, Some("EUR"), "20 €"),
            (
                "nine hundred miles",
                900.0,
                Some("mi"),
                "nine hundred miles",
            ),
            ("twenty-pound bag", 20.0, Some("lb"), "twenty-pound"),
            ("six-day trip", 6.0, Some("d"), "six-day"),
            ("3-inch screen", 3.0, Some("in"), "3-inch"),
            ("10 nautical miles", 10.0, Some("nmi"), "10 nautical miles"),
            ("-15 degrees", -15.0, None, "-15"),
            ("minus 3", -3.0, None, "minus 3"),
            ("40 000 people", 40_000.0, None, "40 000"),
            ("10 1/2 miles", 10.5, Some("mi"), "10 1/2 miles"),
            ("a dozen drones", 12.0, None, "a dozen"),
            ("USD3.25", 3.25, Some("USD"), "USD3.25"),
            ("RM 42", 42.0, Some("MYR"), "RM 42"),
            ("75 USD million", 75e6, Some("USD"), "75 USD million"),
            ("1.3e6", 1.3e6, None, "1.3e6"),
            (".08", 0.08, None, ".08"),
            ("one mile", 1.0, Some("mi"), "one mile"),
            ("2.5^-1", 0.4, None, "2.5^-1"),
            ("48.5 MGBP paid", 48.5e6, Some("GBP"), "48.5 MGBP"),
            ("9\" plates", 9.0, Some("in"), "9\""),
        ];
        for &(text, value, unit, written) in cases {
            let found = operand(text).unwrap_or_else(|| panic!("{text}: nothing"));
            assert_eq!(
                (found.0, found.2, found.3.as_str()),
                (value, unit, written),
                "{text}"
            );
        }
        assert_eq!(operand("10-12 people").map(|o| o.1), Some(Some(12.0)));
    }

    #[test]
    fn not_operands() {
        for text in [
            "30th anniversary",
            "1990s",
            "6pm",
            "10-year-old",
            "03:07 AM",
            "2023-12-30",
            "1997-2024",
            "555-1234",
            "5G network",
            "one-way drones",
            "KN-23",
            "2 in April",
        ] {
            let found = operand(text);
            assert!(
                found.is_none() || text == "2 in April" && found.as_ref().unwrap().2.is_none(),
                "{text}: {found:?}"
            );
        }
    }
}
