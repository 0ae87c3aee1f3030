//! Which tokens can start a quantity: a cheap test run at every token before the readers,
//! which most words of running text ("said", "officials", "convoy") cannot start.
//!
//! A quantity starts at a token that is no plain word (a number, a sign, a word with a
//! digit or a hyphen: "1,000", "$", "61bn", "six-day"), or at a plain word that one of the
//! readers opens with: a word of [`START_WORDS`], built from the readers' own lists, a
//! currency code ("USD 200"), a country before a `$` ("US $ 12") or the letters of a
//! currency sign ("HK$5").

use foldhash::HashSet;
use std::sync::LazyLock;

use super::tokens::Tokens;
use super::{ARTICLES, currency, number_words, operand, qualifiers};
use crate::lang::counting::{self, VAGUE};
use crate::lang::units::{self, Dimension, UNITS};
use crate::text::TokenKind;
use crate::text::case;
use crate::text::shapes::Shapes;

/// Every plain word, lower case, a reader can open a quantity with.
static START_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let percent_names = UNITS
        .iter()
        .filter(|unit| unit.dimension == Dimension::Percent)
        .flat_map(|unit| unit.names.iter());
    let first_words = |phrases: &'static str| phrases.split(' ').next().unwrap_or_default();
    qualifiers::first_words()
        .chain(operand::NEGATIVE_WORDS.iter().copied())
        .chain(ARTICLES.iter().copied())
        .chain(VAGUE.iter().map(|vague| first_words(vague.phrase)))
        .chain(counting::ordinal_words())
        // "per cent of 210": a percentage before its number.
        .chain(percent_names.map(|name| first_words(name)))
        .map(case::lower)
        .map(|word| word.into_owned())
        .chain(number_words::spellings())
        .collect()
});

/// The first two letters and length of every start word: most plain words have none of these
/// shapes, and are ruled out without lower-casing or hashing.
static START_SHAPES: LazyLock<Shapes> =
    LazyLock::new(|| Shapes::of(START_WORDS.iter().map(String::as_str)));

/// Whether a quantity can start at token `i`. Never false where one does (the tests below
/// hold it to the readers). A currency sign ends in a mark, not a letter ("HK$"): at a
/// word of letters it runs on into the next token, glued.
pub(super) fn may_start(tokens: &Tokens, i: usize) -> bool {
    if tokens.kind(i) == Some(TokenKind::Punct) {
        return punctuation_may_start(tokens, i);
    }
    let word = tokens.str(i);
    if !is_plain(word) || !tokens.is_word(i) {
        return true;
    }
    opens_with_word(tokens, i)
        || currency::code(word).is_some()
        || tokens.str(i + 1) == "$"
        || (tokens.joined(i) && currency_sign_at(tokens, i))
}

/// A mark starts a quantity only glued to what follows ("-5", "(12") or as a currency sign;
/// commas, full stops and quotes before a space start none.
fn punctuation_may_start(tokens: &Tokens, i: usize) -> bool {
    tokens.joined(i) || currency_sign_at(tokens, i)
}

fn currency_sign_at(tokens: &Tokens, i: usize) -> bool {
    units::currency_sign_prefix(&tokens.text()[tokens.span(i).start..]).is_some()
}

/// Little words of [`START_WORDS`] that start a quantity only with the word after them: as
/// the first word of a qualifier ("in excess of", "as many as", "at least") or before a
/// quantity ("from 5 to 10"). They are among the commonest words of running text, and every
/// reader was tried at each of them.
const LEADS: &[&str] = &["and", "in", "as", "at", "from"];

/// Whether a reader may open with the plain word at token `i`: it is one of
/// [`START_WORDS`], and no lead word, or one before what goes on with a quantity.
fn opens_with_word(tokens: &Tokens, i: usize) -> bool {
    let word = tokens.str(i);
    if !START_SHAPES.may_be(word) {
        return false;
    }
    let lower = tokens.lower(i);
    if !START_WORDS.contains(lower) {
        return false;
    }
    !LEADS.contains(&lower)
        || may_start(tokens, i + 1)
        || qualifiers::goes_on(lower, tokens.lower(i + 1))
}

/// Whether `word` is of ASCII letters only, and no longer than any start word may be: any
/// other word [`may_start`] lets through.
fn is_plain(word: &str) -> bool {
    word.len() <= 32 && word.bytes().all(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::BUNDLED_ARTICLES;
    use crate::extract::quantity::quantity_at;
    use crate::text::Document;

    /// Every token of `text` a quantity is read from is one the gate lets through.
    fn assert_gated(text: &str) {
        let document = Document::new(text);
        for index in 0..document.sentences.len() {
            let tokens = Tokens::new(
                text,
                document.lower_case(text),
                document.sentence_tokens(index),
            );
            for i in 0..tokens.len() {
                if quantity_at(&tokens, i).is_some() {
                    let sentence = &text[document.sentences[index].span.range()];
                    assert!(may_start(&tokens, i), "{:?} of {sentence:?}", tokens.str(i));
                }
            }
        }
    }

    /// What completes a quantity after a word of the lists.
    const AFTER: &[&str] = &[
        "",
        " 5",
        " 5 km",
        " 12 million",
        " thousand",
        " hundred people",
        " dozen",
        " of 210",
        " cent of 210",
        " more than 5",
        " than 12",
        " of thousands of people",
        " few dozen",
        " and a half",
        " hour and 45 minutes",
        " mile-long bridge",
        " $ 12",
        "$5",
        " $5",
        ". 215",
        " to 12",
        " quarters of a billion",
    ];

    #[test]
    fn every_word_of_the_lists_starts_where_a_reader_reads_it() {
        let mut words: Vec<String> = START_WORDS.iter().cloned().collect();
        words.extend(["US", "HK", "USD", "Rs", "mxn", "R", "C"].map(String::from));
        for word in &words {
            let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            for form in [word.clone(), capitalized, word.to_uppercase()] {
                for rest in AFTER {
                    assert_gated(&format!("It came to {form}{rest} as said."));
                    assert_gated(&format!("{form}{rest}"));
                }
            }
        }
    }

    #[test]
    fn a_lead_word_starts_where_a_reader_reads_it() {
        // Each lead word before each word of the lists and each word of a qualifier, and
        // what completes a quantity.
        let phrase_words = qualifiers::PHRASES
            .iter()
            .flat_map(|(phrase, _)| phrase.split(' '));
        let nexts: Vec<String> = START_WORDS
            .iter()
            .cloned()
            .chain(phrase_words.map(String::from))
            .collect();
        for next in &nexts {
            for lead in LEADS {
                let capitalized = format!("{}{}", lead[..1].to_uppercase(), &lead[1..]);
                for rest in AFTER {
                    assert_gated(&format!("It came {lead} {next}{rest} as said."));
                    assert_gated(&format!("{capitalized} {next}{rest}"));
                }
            }
        }
        for (phrase, _) in qualifiers::PHRASES {
            assert_gated(&format!("It came to {phrase} 12 as said."));
            assert_gated(&format!("It came to {} 12.", phrase.to_uppercase()));
        }
    }

    #[test]
    fn every_quantity_of_running_text_is_let_through() {
        // The phrasings of the readers' own tests, and articles.
        let texts = [
            include_str!("tests.rs"),
            include_str!("compounds.rs"),
            include_str!("counts.rs"),
            include_str!("currency.rs"),
            include_str!("number_words.rs"),
            include_str!("operand.rs"),
            include_str!("qualifiers.rs"),
            include_str!("../../../tests/quantities.rs"),
        ];
        for text in texts.into_iter().chain(BUNDLED_ARTICLES.iter().copied()) {
            assert_gated(text);
        }
    }

    #[test]
    fn running_words_start_nothing() {
        let text = "Officials said the convoy of trucks crossed a border in the hills, as \
                    people waited at home and cried, in excess of 3.";
        let document = Document::new(text);
        let tokens = Tokens::new(text, document.lower_case(text), document.sentence_tokens(0));
        let starts: Vec<&str> = (0..tokens.len())
            .filter(|&i| may_start(&tokens, i))
            .map(|i| tokens.str(i))
            .collect();
        assert_eq!(starts, ["a", "in", "3"]);
    }

    #[test]
    fn a_mark_starts_only_glued_or_as_a_currency_sign() {
        let text = "It fell, they said: -5 degrees (12 in all) and “five” at £ 3.";
        let document = Document::new(text);
        let tokens = Tokens::new(text, document.lower_case(text), document.sentence_tokens(0));
        let marks: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens.kind(i) == Some(TokenKind::Punct) && may_start(&tokens, i))
            .map(|i| tokens.str(i))
            .collect();
        assert_eq!(marks, ["-", "(", "“"]);
    }
}
