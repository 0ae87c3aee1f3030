//! A currency written before its number: a sign (`$`, `€`, `HK$`, `R$`), a sign with its
//! country apart or after it (`US $ 12`, `$US 40`, `$NZ 7`), or a code or abbreviation
//! (`USD 200`, `CHF 12`, `Rs. 215`).
//!
//! A `$` glued to letters that name no known dollar ("Z$5", "TT$40") is no US dollar: it is
//! left unread rather than read in the wrong currency.

use super::tokens::Tokens;
use crate::lang::units::{self, Dimension, Unit};
use crate::text::TokenKind;

/// Countries written apart before a `$` ("US $ 12", "HK $5"), or glued after it ("$US 40",
/// "$A 3"), with their dollar's code. Single letters apart before a `$` are left out: "A $5
/// bill" is an article.
const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("U.S.", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("CAN", "CAD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("NT", "TWD"),
    ("S", "SGD"),
    ("SG", "SGD"),
];

fn dollar_of(country: &str) -> Option<&'static Unit> {
    let &(_, code) = DOLLAR_COUNTRIES.iter().find(|(c, _)| *c == country)?;
    units::lookup(code)
}

/// The currency written before the number at or after token `i`, and the token after it.
pub(super) fn before(tokens: &Tokens, i: usize) -> Option<(&'static Unit, usize)> {
    if i >= tokens.len() {
        return None;
    }
    if let Some(found) = country_apart(tokens, i).or_else(|| country_after(tokens, i)) {
        return Some(found);
    }
    let start = tokens.span(i).start;
    if let Some((sign, unit)) = units::currency_sign_prefix(&tokens.text()[start..]) {
        let letters_before = i > 0 && tokens.is_word(i - 1) && tokens.joined(i - 1);
        let letters_after = tokens.joined(i) && tokens.str(i + 1).starts_with(char::is_alphabetic);
        if sign == "$" && (letters_before || letters_after) {
            return None; // "Z$5", "$NT 5": a dollar we do not know.
        }
        let sign_end = start + sign.len();
        let last = (i..tokens.len().min(i + 3)).find(|&j| tokens.span(j).end == sign_end)?;
        return Some((unit, last + 1));
    }
    let unit = code(tokens.str(i))?;
    // "Rs. 215", "Rs.215": an abbreviation with its full stop.
    let next = if tokens.str(i + 1) == "." && tokens.joined(i) {
        i + 2
    } else {
        i + 1
    };
    let number_follows = matches!(tokens.kind(next), Some(TokenKind::Number))
        || tokens.str(next).starts_with(|c: char| c.is_ascii_digit());
    number_follows.then_some((unit, next))
}

/// "US $ 12", "HK $5", "U.S. $40": a country of two letters or more, a space, a `$`; in
/// text tokenised and lowercased, also "us $ 10" and "c $ 300". "USD$ 15", "mxn$ 15": a
/// currency code glued to the sign.
fn country_apart(tokens: &Tokens, i: usize) -> Option<(&'static Unit, usize)> {
    let country = tokens.str(i);
    if tokens.str(i + 1) != "$" || !tokens.is_word(i) {
        return None;
    }
    if tokens.joined(i) {
        let unit = units::lookup(country)
            .filter(|u| country.len() == 3 && u.dimension == Dimension::Money);
        return unit.map(|unit| (unit, i + 2));
    }
    let two_letters = country.chars().filter(char::is_ascii_alphabetic).count() >= 2;
    let written = if country.chars().all(|c| c.is_ascii_lowercase()) {
        country.to_ascii_uppercase()
    } else {
        country.to_string()
    };
    if tokens.gap(i) != " " || !(two_letters || country == "c") {
        return None;
    }
    Some((dollar_of(&written)?, i + 2))
}

/// "$US 40 million", "$NZ 7": a `$` with its country glued after it.
fn country_after(tokens: &Tokens, i: usize) -> Option<(&'static Unit, usize)> {
    if tokens.str(i) != "$" || !tokens.joined(i) {
        return None;
    }
    Some((dollar_of(tokens.str(i + 1))?, i + 2))
}

/// A currency code or abbreviation written exactly as in the unit table, capitalised and
/// at most three letters: `USD`, `GBP`, `RM`, `Rs`. Longer names ("dollars") follow numbers.
pub(super) fn code(code: &str) -> Option<&'static Unit> {
    // Asked of every word: the shape is tested before the table.
    let short = code.len() <= 3 && code.starts_with(|c: char| c.is_ascii_uppercase());
    if !short {
        return None;
    }
    units::lookup(code)
        .filter(|unit| unit.dimension == Dimension::Money && unit.names.contains(&code))
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::{Amount, extract};
    use crate::text::Document;

    /// Each money quantity of `sentence`: its text, value and currency.
    fn money(sentence: &str) -> Vec<(String, f64, &'static str)> {
        let document = Document::new(sentence);
        extract(sentence, &document)
            .into_iter()
            .filter_map(|q| {
                let unit = q.unit?;
                let Amount::Number(value) = q.amount else {
                    return None;
                };
                Some((sentence[q.span.range()].to_string(), value, unit.symbol))
            })
            .collect()
    }

    #[test]
    fn currencies_written_before_the_number() {
        let cases: &[(&str, &str, f64, &str)] = &[
            // Dollars with their country glued.
            ("It sold for HK$5 million.", "HK$5 million", 5e6, "HKD"),
            ("a HK$ 2.1 billion bid", "HK$ 2.1 billion", 2.1e9, "HKD"),
            ("fares rose to S$15 in May", "S$15", 15.0, "SGD"),
            ("a NZ$ 7 fee", "NZ$ 7", 7.0, "NZD"),
            ("paid R$ 40 for it", "R$ 40", 40.0, "BRL"),
            ("raised NT$300 million", "NT$300 million", 3e8, "TWD"),
            ("A$3.5 billion in bonds", "A$3.5 billion", 3.5e9, "AUD"),
            ("C$ 20 a month", "C$ 20", 20.0, "CAD"),
            ("an AU$12 ticket", "AU$12", 12.0, "AUD"),
            // ... apart from the sign, or after it.
            (
                "Sales reached US $ 12 million.",
                "US $ 12 million",
                12e6,
                "USD",
            ),
            ("a HK $80 fine", "HK $80", 80.0, "HKD"),
            ("profit of $US 40 million", "$US 40 million", 40e6, "USD"),
            ("a $NZ 7 levy", "$NZ 7", 7.0, "NZD"),
            ("it cost $A 300", "$A 300", 300.0, "AUD"),
            // Codes and abbreviations.
            (
                "The module cost Rs. 215 crore.",
                "Rs. 215 crore",
                2.15e9,
                "INR",
            ),
            ("for Rs.40 a kilo", "Rs.40", 40.0, "INR"),
            ("Rs 250 crore was set aside", "Rs 250 crore", 2.5e9, "INR"),
            ("₹615 crore in all", "₹615 crore", 6.15e9, "INR"),
            ("a ¥300 fare", "¥300", 300.0, "JPY"),
            ("fined CHF 12 million", "CHF 12 million", 12e6, "CHF"),
            ("a EUR 5 charge", "EUR 5", 5.0, "EUR"),
            ("a 5 EUR charge", "5 EUR", 5.0, "EUR"),
            ("SEK 40 billion in aid", "SEK 40 billion", 40e9, "SEK"),
            ("a loan of 90 HKD", "90 HKD", 90.0, "HKD"),
            ("US$ 4.7 billion", "US$ 4.7 billion", 4.7e9, "USD"),
            ("U.S. $40 a barrel", "U.S. $40", 40.0, "USD"),
            ("USD$ 15 each", "USD$ 15", 15.0, "USD"),
            ("a fee of mxn$ 15", "mxn$ 15", 15.0, "MXN"),
            // Tokenised, lowercased text.
            ("the c $ 300 million charge", "c $ 300 million", 3e8, "CAD"),
            ("a us $ 10 billion plan", "us $ 10 billion", 1e10, "USD"),
        ];
        for &(sentence, text, value, code) in cases {
            assert_eq!(
                money(sentence),
                [(text.to_string(), value, code)],
                "{sentence}"
            );
        }
    }

    #[test]
    fn dollars_of_unknown_countries_and_articles_are_not_us_dollars() {
        // A single letter apart from the sign is a word: the dollar is the US one.
        assert_eq!(
            money("A $5 bill was found."),
            [("$5".to_string(), 5.0, "USD")]
        );
        assert_eq!(money("Plan C $5 fee"), [("$5".to_string(), 5.0, "USD")]);
        // Letters glued to the sign that name no known dollar: not read at all.
        for sentence in ["a Z$500 note", "TT$40 in fees", "a $XY 5 token"] {
            assert_eq!(money(sentence), [], "{sentence}");
        }
        // "Rs" must be the abbreviation, not a word ending a sentence.
        assert!(money("He read Rs. 5 stars were given.").len() <= 1);
    }
}
