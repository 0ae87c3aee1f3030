//! Quotations compared word by word.
//!
//! What is not a difference: the case of letters, white space, punctuation, the style of quote
//! marks and apostrophes, periods in acronyms ("U.N."), contractions ("would've" is "would
//! have") and marked elisions ("…", "..."), which split a quotation into excerpts that must each
//! appear, in order, in the canonical text.

use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices, diff_ratio};

use crate::source::Span;
use crate::text::{Token, TokenKind};

/// One word as compared, and as shown in a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub norm: String,
    pub shown: String,
    /// Where the word is in the text it was read from.
    pub span: Span,
}

/// The words of `tokens` (of `text`), split into excerpts at marked elisions.
pub fn excerpts(text: &str, tokens: &[Token]) -> Vec<Vec<Word>> {
    let mut excerpts = vec![Vec::new()];
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let elision_dots = (0..3).all(|k| {
            tokens
                .get(i + k)
                .is_some_and(|t| &text[t.span.range()] == ".")
        }) && tokens[i + 2].span.start == token.span.end + 1;
        if &text[token.span.range()] == "…" || elision_dots {
            excerpts.push(Vec::new());
            i += if elision_dots { 3 } else { 1 };
            continue;
        }
        if matches!(token.kind, TokenKind::Word | TokenKind::Number) {
            let current = excerpts.last_mut().expect("never empty");
            current.extend(normalise(&text[token.span.range()], token.span));
        }
        i += 1;
    }
    excerpts.retain(|e| !e.is_empty());
    excerpts
}

/// All words of `tokens`, elisions or not.
pub fn words(text: &str, tokens: &[Token]) -> Vec<Word> {
    excerpts(text, tokens).into_iter().flatten().collect()
}

/// The words of a canonical text from the fact sheet.
pub fn canonical(text: &str) -> Vec<Word> {
    words(text, &crate::text::Document::new(text).tokens)
}

/// The part of `text` that `words` (read from it) cover, punctuation inside included.
pub fn text_of<'t>(text: &'t str, words: &[Word]) -> &'t str {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => &text[first.span.start..last.span.end],
        _ => "",
    }
}

fn normalise(token: &str, span: Span) -> Vec<Word> {
    let folded = token
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace('.', "");
    let expanded: Vec<String> = match folded.as_str() {
        "can't" => vec!["can".into(), "not".into()],
        "won't" => vec!["will".into(), "not".into()],
        _ => CONTRACTIONS
            .iter()
            .find_map(|(ending, full)| {
                let stem = folded.strip_suffix(ending)?;
                (!stem.is_empty()).then(|| vec![stem.to_string(), full.to_string()])
            })
            .unwrap_or_else(|| vec![folded.clone()]),
    };
    let whole = expanded.len() == 1;
    expanded
        .into_iter()
        .map(|norm| Word {
            shown: if whole {
                token.to_string()
            } else {
                norm.clone()
            },
            norm,
            span,
        })
        .collect()
}

const CONTRACTIONS: &[(&str, &str)] = &[
    ("n't", "not"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'re", "are"),
    ("'m", "am"),
];

fn norms(words: &[Word]) -> Vec<&str> {
    words.iter().map(|w| w.norm.as_str()).collect()
}

/// Whether every excerpt appears in `canonical`, in order, each as a run of words.
pub fn is_excerpt_of(excerpts: &[Vec<Word>], canonical: &[Word]) -> bool {
    let canonical = norms(canonical);
    let mut from = 0;
    for excerpt in excerpts {
        let excerpt = norms(excerpt);
        let found = (from..=canonical.len().saturating_sub(excerpt.len()))
            .find(|&start| canonical[start..].starts_with(&excerpt));
        match found {
            Some(start) => from = start + excerpt.len(),
            None => return false,
        }
    }
    !excerpts.is_empty()
}

/// The run of `canonical` most like `printed`, and how alike they are (0 to 1).
pub fn closest_run(printed: &[Word], canonical: &[Word]) -> Option<(Range<usize>, f32)> {
    let printed = norms(printed);
    let canonical = norms(canonical);
    let lengths = printed.len().saturating_sub(3).max(1)..=(printed.len() + 3).min(canonical.len());
    lengths
        .flat_map(|len| (0..=canonical.len() - len).map(move |start| start..start + len))
        .map(|run| {
            let ops = capture_diff_slices(Algorithm::Myers, &canonical[run.clone()], &printed);
            let ratio = diff_ratio(&ops, run.len(), printed.len());
            (run, ratio)
        })
        .max_by(|(a_run, a), (b_run, b)| a.total_cmp(b).then(b_run.start.cmp(&a_run.start)))
}

/// Words of unchanged text kept on each side of a change in a diff.
const DIFF_CONTEXT: usize = 4;

/// A word diff of `printed` against `canonical`: `[-canonical only-]`, `{+printed only+}`,
/// long unchanged stretches shortened to `…`.
pub fn word_diff(canonical: &[Word], printed: &[Word]) -> String {
    let ops = capture_diff_slices(Algorithm::Myers, &norms(canonical), &norms(printed));
    let shown = |words: &[Word], range: Range<usize>| {
        words[range]
            .iter()
            .map(|w| w.shown.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let last = ops.len().saturating_sub(1);
    let parts: Vec<String> = ops
        .iter()
        .enumerate()
        .map(|(index, op)| {
            let (old, new) = (op.old_range(), op.new_range());
            match op {
                DiffOp::Equal { .. } => {
                    shorten(&canonical[old], index == 0, index == last && index != 0)
                }
                DiffOp::Delete { .. } => format!("[-{}-]", shown(canonical, old)),
                DiffOp::Insert { .. } => format!("{{+{}+}}", shown(printed, new)),
                DiffOp::Replace { .. } => format!(
                    "[-{}-] {{+{}+}}",
                    shown(canonical, old),
                    shown(printed, new)
                ),
            }
        })
        .collect();
    parts.join(" ")
}

/// An unchanged stretch of a diff, cut down to the words next to the changes around it.
fn shorten(words: &[Word], at_start: bool, at_end: bool) -> String {
    let keep_start = if at_start { 0 } else { DIFF_CONTEXT };
    let keep_end = if at_end { 0 } else { DIFF_CONTEXT };
    let shown: Vec<&str> = words.iter().map(|w| w.shown.as_str()).collect();
    if shown.len() <= keep_start + keep_end + 1 {
        return shown.join(" ");
    }
    let mut parts = shown[..keep_start].to_vec();
    parts.push("…");
    parts.extend(&shown[shown.len() - keep_end..]);
    parts.join(" ")
}

/// Runs of at least `min` words of `canonical` in `words`, as index ranges into `words`,
/// longest first and never overlapping.
pub fn lifted_runs(words: &[Word], canonical: &[Word], min: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    for i in 0..words.len() {
        for j in 0..canonical.len() {
            let len = words[i..]
                .iter()
                .zip(&canonical[j..])
                .take_while(|(a, b)| a.norm == b.norm)
                .count();
            if len >= min {
                runs.push(i..i + len);
            }
        }
    }
    runs.sort_by_key(|r| (std::cmp::Reverse(r.len()), r.start));
    let mut kept: Vec<Range<usize>> = Vec::new();
    for run in runs {
        if kept
            .iter()
            .all(|k| run.end <= k.start || k.end <= run.start)
        {
            kept.push(run);
        }
    }
    kept.sort_by_key(|r| r.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(text: &str) -> Vec<Vec<Word>> {
        excerpts(text, &crate::text::Document::new(text).tokens)
    }

    #[test]
    fn case_marks_contractions_and_acronyms_are_not_differences() {
        let canonical = canonical("This would have concerning implications at the U.N.");
        assert!(is_excerpt_of(
            &printed("“this would’ve concerning implications at the UN,”"),
            &canonical
        ));
    }

    #[test]
    fn elisions_split_the_quotation_into_excerpts() {
        let canonical =
            canonical("We will raise these arms deals at the council, and we will demand it");
        assert!(is_excerpt_of(
            &printed("we will raise … we will demand it"),
            &canonical
        ));
        assert!(is_excerpt_of(
            &printed("We will raise... we will demand it"),
            &canonical
        ));
        assert!(!is_excerpt_of(
            &printed("we will demand … we will raise"),
            &canonical
        ));
    }

    #[test]
    fn a_near_miss_is_shown_as_a_word_diff() {
        let canonical = canonical("This is a significant and concerning escalation");
        let printed = printed("This is a serious and concerning escalation").concat();
        let (run, ratio) = closest_run(&printed, &canonical).expect("a run");
        assert_eq!(run, 0..7);
        assert!(ratio > 0.8);
        assert_eq!(
            word_diff(&canonical[run], &printed),
            "This is a [-significant-] {+serious+} and concerning escalation"
        );
    }

    #[test]
    fn lifted_runs_are_maximal() {
        let quote =
            canonical("recently provided Russia with ballistic missile launchers and missiles");
        let text = canonical("it provided Russia with ballistic missile launchers and more");
        let runs = lifted_runs(&text, &quote, 6);
        assert_eq!(runs, vec![1..8]);
    }
}
