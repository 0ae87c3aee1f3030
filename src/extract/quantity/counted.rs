//! What a number without a unit counts: "1,000 containers", "three of the missiles".

use super::tokens::Tokens;
use crate::source::Span;

/// Words that end (or never start) a counted noun phrase.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "nor", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "that", "which", "who", "than", "as", "per",
    "this", "these", "those", "it", "its", "their", "there", "he", "she", "they", "we", "you", "i",
    "his", "her", "our", "said", "says", "more", "less", "times", "out", "into", "over", "under",
    "after", "before", "since", "until", "if", "when", "while", "each",
];

/// Determiners skipped after "of": "three of the missiles".
const DETERMINERS: &[&str] = &["the", "these", "those", "its", "their", "our", "his", "her"];

/// Longest counted phrase, in words.
const MAX_WORDS: usize = 3;

/// The words counted by a number ending before token `i`.
pub(super) fn after(tokens: &Tokens, i: usize) -> Option<Span> {
    let mut first = i;
    if tokens.lower(first) == "of" {
        first += 1;
        while DETERMINERS.contains(&tokens.lower(first).as_str()) {
            first += 1;
        }
    }
    let mut last = None;
    for j in first..(first + MAX_WORDS).min(tokens.len()) {
        let separated = j == first || tokens.gap(j - 1).chars().all(char::is_whitespace);
        if !tokens.is_word(j) || !separated || STOP_WORDS.contains(&tokens.lower(j).as_str()) {
            break;
        }
        last = Some(j);
    }
    last.map(|last| tokens.span_of(first, last))
}
