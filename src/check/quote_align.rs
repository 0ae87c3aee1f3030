//! Where a printed quotation overlaps a canonical text.
//!
//! A quotation often runs past the part the fact sheet knows, or starts before it: the overlap
//! is found by local alignment (Smith–Waterman over words, content words weighing more than
//! function words), then widened into differing words that share the clause at either end
//! ("suffered was [-really disastrous-] {+truly catastrophic+}"), so that a change at the
//! edge of the overlap still shows.

use std::borrow::Cow;
use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices, diff_ratio};

use super::common_words;
use super::quote_words::{Indexed, Norms, Vocabulary, Word, join_compounds};

/// Alignments larger than this many word pairs are not attempted: a "quotation" that long is a
/// quotation mark left open, not a quote.
const MAX_CELLS: usize = 2_000_000;

/// How many differing words at either end of the overlap may join it.
const MAX_EDGE_WORDS: usize = 3;

const MISMATCH: i32 = -2;
const GAP: i32 = -1;

/// The overlap of a printed quotation with a canonical text.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap<'w, 't> {
    /// The printed words, as compared (compounds joined).
    pub printed: Cow<'w, [Word<'t>]>,
    /// The canonical words, as compared (compounds joined).
    pub canonical: Cow<'w, [Word<'static>]>,
    /// The overlapping run of each.
    pub printed_run: Range<usize>,
    pub canonical_run: Range<usize>,
    /// Alignment score: higher is a longer, closer overlap.
    pub score: i32,
    /// Words the two runs share, and how many of them are content words.
    pub shared: usize,
    pub shared_content: usize,
    /// How alike the two runs are (0 to 1).
    pub similarity: f32,
}

impl Overlap<'_, '_> {
    /// Whether the two runs differ anywhere.
    pub fn differs(&self) -> bool {
        self.similarity < 1.0
    }
}

/// The overlap of `printed` (whose norms `printed_norms` holds) with `canonical`, if they
/// share any word.
pub fn overlap<'w, 't>(
    printed: &'w [Word<'t>],
    printed_norms: &dyn Vocabulary,
    canonical: &'w Indexed,
) -> Option<Overlap<'w, 't>> {
    let printed = join_compounds(printed, canonical);
    let joined_norms = Norms::of_joined(&printed);
    let closed = joined_norms
        .as_ref()
        .map_or(printed_norms, |norms| norms as &dyn Vocabulary);
    let canonical = join_compounds(&canonical.words, closed);
    if printed.is_empty() || canonical.is_empty() {
        return None;
    }
    if printed.len().saturating_mul(canonical.len()) > MAX_CELLS {
        return None;
    }
    let best = best_local_alignment(&printed, &canonical)?;
    let (printed_run, canonical_run) = widen(&printed, &canonical, best.printed, best.canonical);
    let (a, b) = (
        norms(&canonical[canonical_run.clone()]),
        norms(&printed[printed_run.clone()]),
    );
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    let mut shared = 0;
    let mut shared_content = 0;
    for op in &ops {
        if let DiffOp::Equal { old_index, len, .. } = *op {
            shared += len;
            shared_content += a[old_index..old_index + len]
                .iter()
                .filter(|w| !common_words::is_function_word(w))
                .count();
        }
    }
    let similarity = diff_ratio(&ops, a.len(), b.len());
    Some(Overlap {
        printed,
        canonical,
        printed_run,
        canonical_run,
        score: best.score,
        shared,
        shared_content,
        similarity,
    })
}

fn norms<'w>(words: &'w [Word<'_>]) -> Vec<&'w str> {
    words.iter().map(|w| w.norm.as_ref()).collect()
}

fn match_score(word: &str) -> i32 {
    if common_words::is_function_word(word) {
        1
    } else {
        3
    }
}

#[derive(Clone, Copy, Default)]
struct Cell {
    score: i32,
    /// Where the alignment ending here starts: (printed, canonical) word indices.
    start: (usize, usize),
}

/// A local alignment: its score and the runs of each side it covers.
struct Alignment {
    score: i32,
    printed: Range<usize>,
    canonical: Range<usize>,
}

/// The best-scoring local alignment. One row of the score matrix is kept, each cell carrying
/// where its alignment starts.
fn best_local_alignment(printed: &[Word], canonical: &[Word]) -> Option<Alignment> {
    let width = canonical.len() + 1;
    let mut previous = vec![Cell::default(); width];
    let mut current = vec![Cell::default(); width];
    let mut best: Option<Alignment> = None;
    for i in 1..=printed.len() {
        current[0] = Cell::default();
        for j in 1..width {
            let same = printed[i - 1].norm == canonical[j - 1].norm;
            let diagonal = previous[j - 1];
            let start = |cell: Cell| {
                if cell.score > 0 {
                    cell.start
                } else {
                    (i - 1, j - 1)
                }
            };
            let step = if same {
                match_score(&printed[i - 1].norm)
            } else {
                MISMATCH
            };
            let candidates = [
                (diagonal.score.max(0) + step, start(diagonal)),
                (previous[j].score + GAP, previous[j].start),
                (current[j - 1].score + GAP, current[j - 1].start),
            ];
            let (score, start) = candidates
                .into_iter()
                .max_by_key(|(score, _)| *score)
                .expect("three candidates");
            current[j] = if score > 0 {
                Cell { score, start }
            } else {
                Cell::default()
            };
            if same && best.as_ref().is_none_or(|b| score > b.score) {
                best = Some(Alignment {
                    score,
                    printed: start.0..i,
                    canonical: start.1..j,
                });
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best
}

/// The runs widened at each end by the words both sides have there in the same clause.
fn widen(
    printed: &[Word],
    canonical: &[Word],
    mut p: Range<usize>,
    mut c: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    let mut added = 0;
    while added < MAX_EDGE_WORDS
        && p.start > 0
        && c.start > 0
        && !printed[p.start - 1].pause_after
        && !canonical[c.start - 1].pause_after
    {
        p.start -= 1;
        c.start -= 1;
        added += 1;
    }
    let mut added = 0;
    while added < MAX_EDGE_WORDS
        && p.end < printed.len()
        && c.end < canonical.len()
        && !printed[p.end - 1].pause_after
        && !canonical[c.end - 1].pause_after
    {
        p.end += 1;
        c.end += 1;
        added += 1;
    }
    (p, c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::quote_words::canonical as words;

    /// The words of a printed text and of a canonical one, as the quote check holds them.
    fn texts(printed: &str, canonical: &str) -> (Vec<Word<'static>>, Indexed) {
        (words(printed), Indexed::new(words(canonical)))
    }

    fn compared<'w>(
        (printed, canonical): &'w (Vec<Word<'static>>, Indexed),
    ) -> Option<Overlap<'w, 'static>> {
        overlap(printed, &Norms::new(printed), canonical)
    }

    fn run_text(words: &[Word], run: Range<usize>) -> String {
        let shown: Vec<&str> = words[run].iter().map(|w| w.norm.as_ref()).collect();
        shown.join(" ")
    }

    #[test]
    fn extra_words_after_a_misquote_stay_outside_the_overlap() {
        let texts = texts(
            "This is a grave escalation of Pyongyang's support, and we will answer it in kind",
            "This is a troubling escalation of Pyongyang's support for the war.",
        );
        let found = compared(&texts).expect("an overlap");
        assert_eq!(
            run_text(&found.printed, found.printed_run.clone()),
            "this is a grave escalation of pyongyang's support"
        );
        assert!(found.differs());
        assert!(found.similarity > 0.8);
    }

    #[test]
    fn a_change_at_the_end_of_the_clause_joins_the_overlap() {
        let texts = texts(
            "What the harbour suffered was truly catastrophic",
            "What the harbour suffered was really disastrous",
        );
        let found = compared(&texts).expect("an overlap");
        assert_eq!(found.printed_run, 0..7);
        assert_eq!(found.canonical_run, 0..7);
        assert_eq!(found.shared, 5);
    }

    #[test]
    fn a_new_sentence_does_not_join_the_overlap() {
        let texts = texts(
            "We lost the harbour. Now we rebuild it together",
            "We lost the harbour. The navy is sending ships",
        );
        let found = compared(&texts).expect("an overlap");
        assert!(!found.differs());
        assert_eq!(found.printed_run, 0..4);
    }

    #[test]
    fn compounds_percent_and_numbers_are_not_differences() {
        let texts = texts(
            "our like-minded partners want inflation at 2% within two years",
            "Our likeminded partners want inflation at two per cent within 2 years.",
        );
        let found = compared(&texts).expect("an overlap");
        assert!(!found.differs(), "{found:?}");
    }

    #[test]
    fn a_quotation_left_open_over_a_long_text_is_not_aligned() {
        let long = "word ".repeat(MAX_CELLS / 100 + 1);
        let canonical = "word ".repeat(101);
        assert_eq!(compared(&texts(&long, &canonical)), None);
    }

    #[test]
    fn texts_without_a_shared_word_have_no_overlap() {
        assert_eq!(compared(&texts("alpha beta", "gamma delta")), None);
        assert_eq!(compared(&texts("", "gamma delta")), None);
    }
}
