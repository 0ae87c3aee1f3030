//! Phrases found in parts: the words of a claim ("first … combat use"), the parts of a term
//! phrase around its gaps ("on the … south pole of the moon"). Each part is found on its own
//! (in the phrase automaton, or among the article's quantities); the parts are then chained
//! in order, within one sentence, with a bounded number of words between two of them.

use crate::source::Span;
use crate::text::{Document, TokenKind};

/// Every occurrence of the parts in order, each as the span from its first part to its
/// last. `parts` gives, for each part, where it occurs, in text order. Each start is chained
/// once, to the nearest following occurrence of each part (the one leaving most room to the
/// next), so the work is the number of occurrences times the log of it.
pub fn chains(document: &Document, parts: &[Vec<Span>], max_gap: usize) -> Vec<Span> {
    let Some((first, rest)) = parts.split_first() else {
        return Vec::new();
    };
    let mut found: Vec<Span> = first
        .iter()
        .filter_map(|&start| chain(document, start, rest, max_gap))
        .collect();
    found.sort_by_key(|span| (span.end, std::cmp::Reverse(span.start)));
    // Two starts ending at the same place ("on the rim on the pole"): the tighter reading.
    found.dedup_by_key(|span| span.end);
    found.sort();
    found
}

/// The span from `first` to the last part, if every later part follows in order, in the
/// same sentence, with at most `max_gap` words or numbers between two parts.
fn chain(document: &Document, first: Span, rest: &[Vec<Span>], max_gap: usize) -> Option<Span> {
    let sentence = document.sentence_at(first.start)?;
    let mut last = first;
    for spans in rest {
        let index = spans.partition_point(|s| s.start < last.end);
        let next = *spans.get(index)?;
        if document.sentence_at(next.start) != Some(sentence) {
            return None;
        }
        // Counting stops past the bound: a far part costs no more than a near one.
        let from = document.tokens.partition_point(|t| t.span.start < last.end);
        let gap = document.tokens[from..]
            .iter()
            .take_while(|t| t.span.start < next.start)
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .take(max_gap + 1)
            .count();
        if gap > max_gap {
            return None;
        }
        last = next;
    }
    Some(first.cover(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of `words` (each a literal to find) chained in `text`.
    fn chained(text: &str, words: &[&str], max_gap: usize) -> Vec<String> {
        let document = Document::new(text);
        let parts: Vec<Vec<Span>> = words
            .iter()
            .map(|word| {
                text.match_indices(word)
                    .map(|(at, w)| Span::new(at, at + w.len()))
                    .collect()
            })
            .collect();
        chains(&document, &parts, max_gap)
            .into_iter()
            .map(|span| text[span.range()].to_string())
            .collect()
    }

    #[test]
    fn chains_parts_with_bounded_gaps_within_a_sentence() {
        let cases: &[(&str, &[&str], usize, &[&str])] = &[
            ("a big red dog", &["a", "dog"], 2, &["a big red dog"]),
            ("a big red dog", &["a", "dog"], 1, &[]),
            ("a dog", &["a", "dog"], 0, &["a dog"]),
            ("a big. Red dog", &["a", "dog"], 4, &[]),
            ("dog a", &["a", "dog"], 4, &[]),
            (
                "on the rim on the pole",
                &["on the", "pole"],
                4,
                &["on the pole"],
            ),
            ("x, 1, 2 and y", &["x", "y"], 3, &["x, 1, 2 and y"]),
            ("x, 1, 2 and y", &["x", "y"], 2, &[]),
        ];
        for (text, words, gap, expected) in cases {
            assert_eq!(
                chained(text, words, *gap),
                *expected,
                "{text} {words:?} {gap}"
            );
        }
    }
}
