//! Claim phrases matched word by word, with small gaps and inflections: the claim "first
//! combat use" is found in "the first known combat use", "acquired ballistic missiles" in
//! "acquire close-range ballistic missiles".
//!
//! Each word (and its stems) goes into the one phrase automaton like any other phrase, so a
//! claim costs nothing extra per article; the words are then chained in order, within one
//! sentence and with at most [`MAX_GAP`] other words between two of them.
//!
//! A figure in a claim ("affected more than 300,000 people") is read as the article's
//! quantities are, and matches a quantity of the article with the same value, qualifier and
//! unit however it is written ("over 300,000", "more than 300 000", "more than 300
//! thousand"): numbers are compared as numbers.

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use super::sequence;
use crate::extract::Kinds;
use crate::extract::quantity::{self, QuantityMention};
use crate::source::Span;
use crate::text::Document;

/// Words allowed between two words of a claim.
const MAX_GAP: usize = 2;

/// A claim phrase: for each wording of it (the claim, and the words of the sheet's `terms`
/// group named after it), its parts in order.
#[derive(Debug)]
pub struct ClaimPhrase {
    wordings: Vec<Vec<ClaimPart>>,
}

/// One part of a claim's wording.
#[derive(Debug)]
enum ClaimPart {
    /// A word, as the phrases that stand for it (the word and its stems).
    Word(Vec<PhraseId>),
    /// A figure, as the claim states it: "more than 300,000".
    Figure(Box<QuantityMention>),
}

impl ClaimPhrase {
    /// `wordings`: the claim and any other words the sheet gives for it
    /// ([`crate::sheet::Sheet::with_terms`]).
    pub fn compile(wordings: &[&str], phrases: &mut PhraseSetBuilder) -> Self {
        let wordings = wordings
            .iter()
            .map(|wording| parts(wording, phrases))
            .collect();
        Self { wordings }
    }

    /// The kinds of mention finding the claim reads: the article's quantities when a
    /// wording has a figure.
    pub fn reads(&self) -> Kinds {
        let figure = |part: &ClaimPart| matches!(part, ClaimPart::Figure(_));
        if self.wordings.iter().flatten().any(figure) {
            Kinds::QUANTITIES
        } else {
            Kinds::NONE
        }
    }

    /// Every occurrence of the claim in any of its wordings, in text order, as the span
    /// from its first word to its last.
    pub fn find(&self, article: &ArticleContext) -> Vec<Span> {
        let mut found: Vec<Span> = self
            .wordings
            .iter()
            .flat_map(|parts| find_wording(article, parts))
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

/// The parts of one wording: its figures as the quantity extractor reads them, its other
/// words one by one.
fn parts(wording: &str, phrases: &mut PhraseSetBuilder) -> Vec<ClaimPart> {
    let figures = quantity::extract(wording, &Document::new(wording));
    let mut parts = Vec::new();
    let mut next = 0;
    for (at, word) in words_with_offsets(wording) {
        while figures.get(next).is_some_and(|f| f.span.end <= at) {
            next += 1;
        }
        match figures.get(next) {
            // The words of a figure make one part, pushed at its last word.
            Some(figure) if figure.span.start <= at => {
                if figure.span.end <= at + word.len() {
                    parts.push(ClaimPart::Figure(Box::new(figure.clone())));
                    next += 1;
                }
            }
            _ => parts.push(ClaimPart::Word(
                stems(word).iter().map(|s| phrases.add(s)).collect(),
            )),
        }
    }
    parts
}

/// The words of `text` split at white space, each with its byte offset.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Every occurrence of one wording.
fn find_wording(article: &ArticleContext, wording: &[ClaimPart]) -> Vec<Span> {
    let parts: Vec<Vec<Span>> = wording
        .iter()
        .map(|part| match part {
            ClaimPart::Word(ids) => article.spans_of(ids),
            ClaimPart::Figure(figure) => article
                .mentions()
                .quantities
                .iter()
                .filter(|stated| same_figure(stated, figure))
                .map(|stated| stated.span)
                .collect(),
        })
        .collect();
    sequence::chains(article.document(), &parts, MAX_GAP)
}

/// Whether the article's `stated` says what the claim's `figure` says: the same amount
/// (numbers compared as numbers), the same kind of bound ("more than" and "over" alike) and
/// the same unit, if the claim gives one.
fn same_figure(stated: &QuantityMention, figure: &QuantityMention) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
    let same_amount = match (stated.amount, figure.amount) {
        (quantity::Amount::Number(a), quantity::Amount::Number(b)) => close(a, b),
        (
            quantity::Amount::Interval { min: a, max: b },
            quantity::Amount::Interval { min: c, max: d },
        ) => {
            let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
                (Some(x), Some(y)) => close(x, y),
                (None, None) => true,
                _ => false,
            };
            same(a, c) && same(b, d)
        }
        _ => false,
    };
    // A figure without a unit ("615 crore") leaves the unit to the article ("Rs 615 crore").
    let same_unit = figure
        .unit
        .is_none_or(|unit| stated.unit.map(|u| u.symbol) == Some(unit.symbol));
    same_amount && stated.qualifier == figure.qualifier && same_unit
}

/// The word and the stems an inflected word may come from ("acquired" → "acquire",
/// "acquir"; "missiles" → "missile"), each of which the automaton inflects again.
fn stems(word: &str) -> Vec<String> {
    let word = word.to_lowercase();
    let mut stems = vec![word.clone()];
    let mut strip = |suffix: &str, replacement: &str| {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= 3
        {
            stems.push(format!("{stem}{replacement}"));
        }
    };
    strip("ed", "");
    strip("d", "");
    strip("ing", "");
    strip("ing", "e");
    strip("es", "");
    if !word.ends_with("ss") {
        strip("s", "");
    }
    stems.sort();
    stems.dedup();
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::article::Article;
    use crate::check::phrases::PhraseSetBuilder;
    use crate::extract::Context;

    fn find(claim: &str, text: &str) -> Vec<String> {
        find_any(&[claim], text)
    }

    fn find_any(wordings: &[&str], text: &str) -> Vec<String> {
        let mut builder = PhraseSetBuilder::default();
        let phrase = ClaimPhrase::compile(wordings, &mut builder);
        let phrases = builder.build();
        let article = Article::from_bytes(std::path::Path::new("a.txt"), text.as_bytes())
            .expect("plain text");
        let context = ArticleContext::new(&article, &Context::default(), &phrases);
        phrase
            .find(&context)
            .into_iter()
            .map(|span| text[span.range()].to_string())
            .collect()
    }

    #[test]
    fn claims_match_with_small_gaps_and_inflections() {
        let text = "This marks the first known combat use of North Korean missiles.";
        assert_eq!(find("first combat use", text), ["first known combat use"]);
        let text = "Russia has acquired ballistic missiles from North Korea and Iran.";
        assert_eq!(
            find("acquire ballistic missile from North Korea", text),
            ["acquired ballistic missiles from North Korea"]
        );
    }

    #[test]
    fn a_claim_is_found_in_any_of_its_wordings_in_text_order() {
        let text = "Such missiles were fired in combat. It was their first combat use.";
        assert_eq!(
            find_any(&["first combat use", "fired in combat"], text),
            ["fired in combat", "first combat use"]
        );
    }

    #[test]
    fn claims_do_not_match_across_long_gaps_or_sentences() {
        let text = "The first test of a new kind of combat use.";
        assert!(find("first combat use", text).is_empty());
        let text = "It was the first. Combat use followed.";
        assert!(find("first combat use", text).is_empty());
    }

    #[test]
    fn figures_in_claims_are_compared_as_numbers() {
        let claim = "affected more than 300,000 people";
        let cases: &[(&str, &[&str])] = &[
            (
                "Floods affected more than 300,000 people.",
                &["affected more than 300,000 people"],
            ),
            (
                "Floods affected over 300,000 people.",
                &["affected over 300,000 people"],
            ),
            (
                "Floods affected more than 300 000 people.",
                &["affected more than 300 000 people"],
            ),
            (
                "Floods affected more than 0.3 million people.",
                &["affected more than 0.3 million people"],
            ),
            // Another number, another bound, or no bound: not the claim.
            ("Floods affected more than 400,000 people.", &[]),
            ("Floods affected at least 300,000 people.", &[]),
            ("Floods affected 300,000 people.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(find(claim, text), *expected, "{text}");
        }
        let more = [
            "above 300 000",
            "more than 300 thousand",
            "in excess of 300,000",
        ];
        for figure in more {
            let text = format!("Floods affected {figure} people.");
            assert_eq!(find(claim, &text).len(), 1, "{text}");
        }
        // A figure without a unit leaves the unit to the article; one with a unit wants it.
        let cases: &[(&str, &str, usize)] = &[
            ("cost 615 crore", "The mission cost Rs 615 crore in all.", 1),
            ("cost 615 crore", "The mission cost 6.15 billion rupees.", 1),
            ("cost 615 crore", "The mission cost 615 lakh.", 0),
            ("cost $75 million", "The mission cost $75m.", 1),
            (
                "cost $75 million",
                "The mission cost 75 million dollars.",
                1,
            ),
            ("cost $75 million", "The mission cost US$75 million.", 1),
            ("cost $75 million", "The mission cost €75 million.", 0),
        ];
        for (claim, text, count) in cases {
            assert_eq!(find(claim, text).len(), *count, "{claim}: {text}");
        }
    }

    #[test]
    fn stems_of_inflected_words() {
        assert_eq!(stems("acquired"), ["acquir", "acquire", "acquired"]);
        assert_eq!(stems("missiles"), ["missil", "missile", "missiles"]);
        assert_eq!(stems("use"), ["use"]);
        assert_eq!(stems("Press"), ["press"]);
    }
}
