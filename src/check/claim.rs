//! Claim phrases matched word by word, with small gaps and inflections: the claim "first
//! combat use" is found in "the first known combat use", "acquired ballistic missiles" in
//! "acquire close-range ballistic missiles".
//!
//! Each word (and its stems) goes into the one phrase automaton like any other phrase, so a
//! claim costs nothing extra per article; the words are then chained in order, within one
//! sentence and with at most [`MAX_GAP`] other words between two of them.

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::source::Span;
use crate::text::TokenKind;

/// Words allowed between two words of a claim.
const MAX_GAP: usize = 2;

/// A claim phrase: for each wording of it (the claim, and the words of the sheet's `terms`
/// group named after it), for each of its words, the phrases that stand for it.
#[derive(Debug)]
pub struct ClaimPhrase {
    wordings: Vec<Vec<Vec<PhraseId>>>,
}

impl ClaimPhrase {
    /// `wordings`: the claim and any other words the sheet gives for it
    /// ([`crate::sheet::Sheet::with_terms`]).
    pub fn compile(wordings: &[&str], phrases: &mut PhraseSetBuilder) -> Self {
        let wordings = wordings
            .iter()
            .map(|wording| {
                wording
                    .split_whitespace()
                    .map(|word| stems(word).iter().map(|s| phrases.add(s)).collect())
                    .collect()
            })
            .collect();
        Self { wordings }
    }

    /// Every occurrence of the claim in any of its wordings, in text order, as the span
    /// from its first word to its last.
    pub fn find(&self, article: &ArticleContext) -> Vec<Span> {
        let mut found: Vec<Span> = self
            .wordings
            .iter()
            .flat_map(|words| find_wording(article, words))
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

/// Every occurrence of one wording, given as the phrases of each of its words.
fn find_wording(article: &ArticleContext, words: &[Vec<PhraseId>]) -> Vec<Span> {
    let Some((first, rest)) = words.split_first() else {
        return Vec::new();
    };
    let rest: Vec<Vec<Span>> = rest.iter().map(|ids| article.spans_of(ids)).collect();
    let mut found: Vec<Span> = article
        .spans_of(first)
        .into_iter()
        .filter_map(|start| chain(article, start, &rest))
        .collect();
    found.dedup_by_key(|span| span.end);
    found
}

/// The claim's span if its later words follow `first` in order, in the same sentence and
/// with small gaps.
fn chain(article: &ArticleContext, first: Span, rest: &[Vec<Span>]) -> Option<Span> {
    let document = article.document();
    let sentence = document.sentence_at(first.start)?;
    let mut last = first;
    for spans in rest {
        let index = spans.partition_point(|s| s.start < last.end);
        let next = *spans.get(index)?;
        let from = document.tokens.partition_point(|t| t.span.start < last.end);
        let gap = document.tokens[from..]
            .iter()
            .take_while(|t| t.span.start < next.start)
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count();
        if gap > MAX_GAP || document.sentence_at(next.start) != Some(sentence) {
            return None;
        }
        last = next;
    }
    Some(first.cover(last))
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
    fn stems_of_inflected_words() {
        assert_eq!(stems("acquired"), ["acquir", "acquire", "acquired"]);
        assert_eq!(stems("missiles"), ["missil", "missile", "missiles"]);
        assert_eq!(stems("use"), ["use"]);
        assert_eq!(stems("Press"), ["press"]);
    }
}
