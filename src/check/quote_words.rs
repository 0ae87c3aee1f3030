//! Quotations compared word by word.
//!
//! What is not a difference: the case of letters, white space, punctuation ("--" for a comma),
//! the style of quote marks and apostrophes, periods in acronyms ("U.N."), hyphens
//! ("like-minded", "likeminded" and "like minded" are one word: see [`join_compounds`]),
//! contractions ("would've" is "would have"), "%" for "percent", number words for numerals
//! ("two" is "2", "1,700" is "1700"), and marked elisions ("…", "...") and bracketed editorial
//! insertions ("[the highway]"), which split a quotation into excerpts that must each appear,
//! in order, in the canonical text.

use foldhash::{HashMap, HashMapExt, HashSet};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::source::Span;
use crate::text::{LowerCase, Token, TokenKind};

/// One word as compared, and as shown in a diff: each borrowed from the text it was read
/// from where it is written there so, which is most words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    pub norm: Cow<'t, str>,
    pub shown: Cow<'t, str>,
    /// Where the word is in the text it was read from.
    pub span: Span,
    /// Punctuation follows it: a clause or sentence may end there.
    pub pause_after: bool,
}

impl Word<'_> {
    /// The word with nothing borrowed.
    pub fn into_owned(self) -> Word<'static> {
        Word {
            norm: Cow::Owned(self.norm.into_owned()),
            shown: Cow::Owned(self.shown.into_owned()),
            span: self.span,
            pause_after: self.pause_after,
        }
    }
}

/// The words of `tokens` (of `text`), split into excerpts at marked elisions and bracketed
/// insertions.
pub fn excerpts<'t>(text: &'t str, tokens: &[Token]) -> Vec<Vec<Word<'t>>> {
    let mut excerpts = vec![Vec::new()];
    let mut in_brackets = false;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let written = &text[token.span.range()];
        let elision_dots = (0..3).all(|k| {
            tokens
                .get(i + k)
                .is_some_and(|t| &text[t.span.range()] == ".")
        }) && tokens[i + 2].span.start == token.span.end + 1;
        let gap = written == "…" || elision_dots || written == "[";
        let bracketed = bracketed(&mut in_brackets, written);
        if gap {
            excerpts.push(Vec::new());
            i += if elision_dots { 3 } else { 1 };
            continue;
        }
        let current = excerpts.last_mut().expect("never empty");
        match token.kind {
            _ if bracketed => {}
            TokenKind::Word | TokenKind::Number => {
                normalise(written, token.span, current);
            }
            TokenKind::Symbol if written == "%" => current.push(Word {
                norm: "percent".into(),
                shown: written.into(),
                span: token.span,
                pause_after: false,
            }),
            _ => {
                if let Some(last) = current.last_mut() {
                    last.pause_after = true;
                }
            }
        }
        i += 1;
    }
    excerpts.retain(|e| !e.is_empty());
    excerpts
}

/// Whether the words of `tokens` (of `text`, whose lower-case forms `lower` has), as [`words`]
/// reads them, have `min` in a row whose norms are in `norms`; read a token at a time without
/// building them, as most sentences asked have no such run.
pub fn has_run_within(
    text: &str,
    lower: &LowerCase,
    tokens: &[Token],
    norms: &HashSet<String>,
    min: usize,
) -> bool {
    let mut in_row = 0;
    let mut count = |norm: &str| {
        in_row = if norms.contains(norm) { in_row + 1 } else { 0 };
        in_row >= min
    };
    let mut in_brackets = false;
    for token in tokens {
        let written = &text[token.span.range()];
        // As in `excerpts`: what is in brackets is no word, what is not a word is passed over.
        if bracketed(&mut in_brackets, written) {
            continue;
        }
        let found = match token.kind {
            TokenKind::Word | TokenKind::Number if is_plain(written) => {
                let lower = lower.of(token.span);
                count(number_word(lower).unwrap_or(lower))
            }
            TokenKind::Word | TokenKind::Number => {
                (normalise_any(written, token.span).iter()).any(|word| count(&word.norm))
            }
            TokenKind::Symbol if written == "%" => count("percent"),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

/// Whether the token `written` is an editor's insertion in brackets, or the bracket closing
/// one; `open` says whether the tokens before it left one open, and is updated.
fn bracketed(open: &mut bool, written: &str) -> bool {
    *open = (*open || written == "[") && written != "]";
    *open || written == "]"
}

/// A token of ASCII letters and digits alone, whose one norm is itself in lower case.
fn is_plain(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// All words of `tokens`, elisions or not.
pub fn words<'t>(text: &'t str, tokens: &[Token]) -> Vec<Word<'t>> {
    // Into the first excerpt, which is all of them but where an elision is marked.
    let excerpts = excerpts(text, tokens).into_iter();
    excerpts
        .reduce(|mut all, excerpt| {
            all.extend(excerpt);
            all
        })
        .unwrap_or_default()
}

/// The words of a canonical text from the fact sheet.
pub fn canonical(text: &str) -> Vec<Word<'static>> {
    let words = words(text, &crate::text::Document::new(text).tokens);
    words.into_iter().map(Word::into_owned).collect()
}

/// The part of `text` that `words` (read from it) cover, punctuation inside included.
pub fn text_of<'t>(text: &'t str, words: &[Word]) -> &'t str {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => &text[first.span.start..last.span.end],
        _ => "",
    }
}

/// Appends the words that `token` (at `span`) is compared as to `words`.
fn normalise<'t>(token: &'t str, span: Span, words: &mut Vec<Word<'t>>) {
    // Most words are letters and digits alone: nothing to fold but case.
    if is_plain(token) {
        let lower = if token.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(token.to_ascii_lowercase())
        } else {
            Cow::Borrowed(token)
        };
        words.push(Word {
            norm: number_word(&lower).map_or(lower, Cow::Borrowed),
            shown: Cow::Borrowed(token),
            span,
            pause_after: false,
        });
        return;
    }
    words.extend(normalise_any(token, span));
}

/// [`normalise`] of any word: contractions, apostrophes, hyphens, periods and commas.
fn normalise_any(token: &str, span: Span) -> Vec<Word<'_>> {
    let folded = token
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['.', ','], "");
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
    let parts: Vec<String> = expanded
        .iter()
        .flat_map(|w| w.split(['-', '‐']))
        .filter(|w| !w.is_empty())
        .map(|w| number_word(w).map_or_else(|| w.to_string(), str::to_string))
        .collect();
    let whole = parts.len() == 1;
    parts
        .into_iter()
        .map(|norm| Word {
            shown: if whole {
                Cow::Borrowed(token)
            } else {
                Cow::Owned(norm.clone())
            },
            norm: Cow::Owned(norm),
            span,
            pause_after: false,
        })
        .collect()
}

/// The numeral of a number word: "two" is "2". (A `match`, which compiles to a test of the
/// length and then of few bytes: it is asked for every word.)
fn number_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "zero" => "0",
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        "eleven" => "11",
        "twelve" => "12",
        "thirteen" => "13",
        "fourteen" => "14",
        "fifteen" => "15",
        "sixteen" => "16",
        "seventeen" => "17",
        "eighteen" => "18",
        "nineteen" => "19",
        "twenty" => "20",
        "thirty" => "30",
        "forty" => "40",
        "fifty" => "50",
        "hundred" => "100",
        _ => return None,
    })
}

/// The norms of some words: which runs of other words [`join_compounds`] writes as one.
pub trait Vocabulary {
    fn has(&self, norm: &str) -> bool;
    /// The length of the longest norm: a longer run is none of them.
    fn longest(&self) -> usize;
}

/// The distinct norms of some words, collected once to join many texts against them.
pub struct Norms<'w> {
    norms: HashSet<&'w str>,
    longest: usize,
}

impl<'w> Norms<'w> {
    pub fn new<'t: 'w>(words: impl IntoIterator<Item = &'w Word<'t>>) -> Self {
        let norms: HashSet<&str> = words.into_iter().map(|w| w.norm.as_ref()).collect();
        let longest = norms.iter().map(|norm| norm.len()).max().unwrap_or(0);
        Self { norms, longest }
    }

    /// The norms of words that [`join_compounds`] changed; `None` where it left them as they
    /// were, whose norms the caller already has.
    #[allow(
        clippy::ptr_arg,
        reason = "its variant says whether any word was joined"
    )]
    pub fn of_joined(joined: &'w Cow<'_, [Word<'_>]>) -> Option<Self> {
        match joined {
            Cow::Borrowed(_) => None,
            Cow::Owned(words) => Some(Self::new(words)),
        }
    }
}

impl Vocabulary for Norms<'_> {
    fn has(&self, norm: &str) -> bool {
        self.norms.contains(norm)
    }

    fn longest(&self) -> usize {
        self.longest
    }
}

/// Joins runs of up to three words of `words` into one where `closed` writes them as one word
/// ("like minded" for "likeminded", "per cent" for "percent"), so that a compound written
/// open, closed or hyphenated compares equal. Borrows `words` where no run joins, which is
/// nearly always.
pub fn join_compounds<'w, 't>(
    words: &'w [Word<'t>],
    closed: &dyn Vocabulary,
) -> Cow<'w, [Word<'t>]> {
    let longest = closed.longest();
    // Each run tried is written into this one buffer, not a new string.
    let mut compound = String::with_capacity(longest);
    join_where(words, |start, len| {
        let run = &words[start..start + len];
        if run.iter().map(|w| w.norm.len()).sum::<usize>() > longest {
            return false;
        }
        compound.clear();
        run.iter().for_each(|w| compound.push_str(&w.norm));
        closed.has(&compound)
    })
}

/// [`join_compounds`] of a canonical quote's words against the norms of a printed quotation,
/// looked up from the printed side: the quotation's few norms in the quote's runs of two and
/// three words (made once, [`Indexed`]), rather than each run of the quote built and looked
/// up for every quotation.
pub fn join_canonical<'w>(canonical: &'w Indexed, printed: &Norms) -> Cow<'w, [Word<'static>]> {
    let compounds = canonical.compounds();
    let mut runs: Vec<(usize, usize)> = (printed.norms.iter())
        .filter_map(|norm| compounds.get(*norm))
        .flatten()
        .copied()
        .collect();
    if runs.is_empty() {
        return Cow::Borrowed(&canonical.words);
    }
    runs.sort_unstable();
    join_where(&canonical.words, |start, len| {
        runs.binary_search(&(start, len)).is_ok()
    })
}

/// `words` with each run of three words, else two, that `is_closed` takes (by its start and
/// length) joined into one, from the left; borrowed where none is, which is nearly always.
fn join_where<'w, 't>(
    words: &'w [Word<'t>],
    mut is_closed: impl FnMut(usize, usize) -> bool,
) -> Cow<'w, [Word<'t>]> {
    let mut joined = Vec::new();
    // `words[..copied]` are in `joined`, as they are or joined.
    let mut copied = 0;
    let mut i = 0;
    while i < words.len() {
        let run = (2..=3)
            .rev()
            .find(|&len| i + len <= words.len() && is_closed(i, len));
        match run {
            Some(len) => {
                joined.extend_from_slice(&words[copied..i]);
                joined.push(compound_of(&words[i..i + len]));
                i += len;
                copied = i;
            }
            None => i += 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(words);
    }
    joined.extend_from_slice(&words[copied..]);
    Cow::Owned(joined)
}

/// A run of words as one word.
fn compound_of<'t>(run: &[Word<'t>]) -> Word<'t> {
    let last = &run[run.len() - 1];
    Word {
        norm: Cow::Owned(run.iter().map(|w| w.norm.as_ref()).collect()),
        shown: Cow::Owned(
            run.iter()
                .map(|w| w.shown.as_ref())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        span: run[0].span.cover(last.span),
        pause_after: last.pause_after,
    }
}

const CONTRACTIONS: &[(&str, &str)] = &[
    ("n't", "not"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'re", "are"),
    ("'m", "am"),
];

fn norms<'w>(words: &'w [Word<'_>]) -> Vec<&'w str> {
    words.iter().map(|w| w.norm.as_ref()).collect()
}

/// Whether every excerpt appears in `canonical`, in order, each as a run of words; `printed`
/// holds the norms of all the excerpts' words.
pub fn is_excerpt_of(excerpts: &[Vec<Word>], printed: &Norms, canonical: &Indexed) -> bool {
    let joined = join_canonical(canonical, printed);
    let joined_norms = Norms::of_joined(&joined);
    let closed = joined_norms
        .as_ref()
        .map_or(canonical as &dyn Vocabulary, |norms| norms);
    let canonical = norms(&joined);
    let mut from = 0;
    for excerpt in excerpts {
        let excerpt = join_compounds(excerpt, closed);
        let excerpt = norms(&excerpt);
        let found = (from..=canonical.len().saturating_sub(excerpt.len()))
            .find(|&start| canonical[start..].starts_with(&excerpt));
        match found {
            Some(start) => from = start + excerpt.len(),
            None => return false,
        }
    }
    !excerpts.is_empty()
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
            .map(|w| w.shown.as_ref())
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
    let shown: Vec<&str> = words.iter().map(|w| w.shown.as_ref()).collect();
    if shown.len() <= keep_start + keep_end + 1 {
        return shown.join(" ");
    }
    let mut parts = shown[..keep_start].to_vec();
    parts.push("…");
    parts.extend(&shown[shown.len() - keep_end..]);
    parts.join(" ")
}

/// Words with where each of them is, built once: a run of them can start only where the
/// first words agree ([`lifted_runs`]), and a run of other words joins only into one of them
/// ([`join_compounds`]).
#[derive(Debug)]
pub struct Indexed {
    pub words: Vec<Word<'static>>,
    positions: HashMap<String, Vec<usize>>,
    /// Each run of two and three words, its norms written as one, and where it starts
    /// ([`join_canonical`]); made when first asked, as one article may never ask.
    compounds: OnceLock<HashMap<String, Vec<(usize, usize)>>>,
    longest: usize,
}

impl Indexed {
    pub fn new(words: Vec<Word<'static>>) -> Self {
        let mut positions: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, word) in words.iter().enumerate() {
            positions.entry(word.norm.to_string()).or_default().push(j);
        }
        let longest = words.iter().map(|w| w.norm.len()).max().unwrap_or(0);
        Self {
            words,
            positions,
            compounds: OnceLock::new(),
            longest,
        }
    }

    fn compounds(&self) -> &HashMap<String, Vec<(usize, usize)>> {
        self.compounds.get_or_init(|| {
            let mut compounds: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
            for len in 2..=3 {
                for (start, run) in self.words.windows(len).enumerate() {
                    let compound: String = run.iter().map(|w| w.norm.as_ref()).collect();
                    compounds.entry(compound).or_default().push((start, len));
                }
            }
            compounds
        })
    }
}

impl Vocabulary for Indexed {
    fn has(&self, norm: &str) -> bool {
        self.positions.contains_key(norm)
    }

    fn longest(&self) -> usize {
        self.longest
    }
}

/// Runs of at least `min` words of `canonical` in `words`, as index ranges into `words`,
/// longest first and never overlapping.
pub fn lifted_runs(words: &[Word], canonical: &Indexed, min: usize) -> Vec<Range<usize>> {
    let Indexed {
        words: canonical,
        positions,
        ..
    } = canonical;
    let mut runs = Vec::new();
    for i in 0..words.len() {
        for &j in positions.get(words[i].norm.as_ref()).into_iter().flatten() {
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

    /// [`has_run_within`] over the words once built: what it must answer.
    fn run_in_words(words: &[Word], norms: &HashSet<String>, min: usize) -> bool {
        let mut in_row = 0;
        words.iter().any(|word| {
            in_row = if norms.contains(word.norm.as_ref()) {
                in_row + 1
            } else {
                0
            };
            in_row >= min
        })
    }

    #[test]
    fn a_run_is_found_in_tokens_as_in_their_words() {
        let norms: HashSet<String> = [
            "we", "will", "raise", "not", "percent", "2", "well", "known",
        ]
        .map(String::from)
        .into_iter()
        .collect();
        let sentences = [
            "We will raise, but we will not raise",
            "We WILL [not] raise it",
            "we will … raise rates 2 percent",
            "we won't raise 2% now",
            "a well-known we will",
            "two well-known raise",
            "We’ll raise. We will not",
            "[we will raise] will",
            "",
        ];
        for sentence in sentences {
            let document = crate::text::Document::new(sentence);
            let (lower, tokens) = (document.lower_case(sentence), &document.tokens);
            for min in 1..=5 {
                assert_eq!(
                    has_run_within(sentence, lower, tokens, &norms, min),
                    run_in_words(&words(sentence, tokens), &norms, min),
                    "{sentence} ({min})"
                );
            }
        }
    }

    fn printed(text: &str) -> Vec<Vec<Word<'_>>> {
        excerpts(text, &crate::text::Document::new(text).tokens)
    }

    fn is_printed_excerpt(text: &str, canonical: &Indexed) -> bool {
        let excerpts = printed(text);
        is_excerpt_of(&excerpts, &Norms::new(excerpts.iter().flatten()), canonical)
    }

    #[test]
    fn plain_words_normalise_as_any_word_does() {
        for word in ["Two", "MOSCOW", "1700", "abc123", "twenty", "x"] {
            let span = Span::new(0, word.len());
            let mut plain = Vec::new();
            normalise(word, span, &mut plain);
            assert_eq!(plain, normalise_any(word, span), "{word}");
        }
    }

    #[test]
    fn words_written_as_compared_are_borrowed() {
        let words = words(
            "the Moscow two",
            &crate::text::Document::new("the Moscow two").tokens,
        );
        let norms: Vec<&str> = norms(&words);
        assert_eq!(norms, ["the", "moscow", "2"]);
        assert!(matches!(words[0].norm, Cow::Borrowed(_)));
        assert!(matches!(words[1].norm, Cow::Owned(_)));
        assert!(words.iter().all(|w| matches!(w.shown, Cow::Borrowed(_))));
    }

    #[test]
    fn case_marks_contractions_and_acronyms_are_not_differences() {
        let canonical = Indexed::new(canonical(
            "This would have concerning implications at the U.N.",
        ));
        assert!(is_printed_excerpt(
            "“this would’ve concerning implications at the UN,”",
            &canonical
        ));
    }

    #[test]
    fn elisions_split_the_quotation_into_excerpts() {
        let canonical = Indexed::new(canonical(
            "We will raise these arms deals at the council, and we will demand it",
        ));
        assert!(is_printed_excerpt(
            "we will raise … we will demand it",
            &canonical
        ));
        assert!(is_printed_excerpt(
            "We will raise... we will demand it",
            &canonical
        ));
        assert!(!is_printed_excerpt(
            "we will demand … we will raise",
            &canonical
        ));
    }

    #[test]
    fn a_near_miss_is_shown_as_a_word_diff() {
        let canonical = canonical("This is a significant and concerning escalation");
        let printed = printed("This is a serious and concerning escalation").concat();
        assert_eq!(
            word_diff(&canonical, &printed),
            "This is a [-significant-] {+serious+} and concerning escalation"
        );
    }

    #[test]
    fn hyphens_brackets_percent_and_numbers_are_not_differences() {
        let canonical = Indexed::new(canonical(
            "We stand with likeminded partners, and the army will reopen the coastal road within two days at 3 percent cost.",
        ));
        assert!(is_printed_excerpt(
            "with like-minded partners -- and the army will reopen [the highway] within 2 days at 3% cost",
            &canonical
        ));
        assert!(is_printed_excerpt("at three per cent cost", &canonical));
        assert!(!is_printed_excerpt("at 4% cost", &canonical));
    }

    #[test]
    fn join_compounds_borrows_unless_a_run_joins() {
        let closed = canonical("our likeminded partners");
        let open = canonical("our like minded partners");
        let by_index = join_compounds(&open, &Indexed::new(closed.clone()));
        let by_norms = join_compounds(&open, &Norms::new(&closed));
        assert!(matches!(by_index, Cow::Owned(_)));
        assert_eq!(by_index, by_norms);
        assert_eq!(norms(&by_index), ["our", "likeminded", "partners"]);
        assert_eq!(by_index[1].shown, "like minded");
        let unjoined = join_compounds(&closed, &Norms::new(&open));
        assert!(matches!(unjoined, Cow::Borrowed(_)));
    }

    #[test]
    fn a_canonical_quote_joins_from_the_printed_side_as_from_its_own() {
        let quotes = [
            "with like minded partners and per cent and like minded states",
            "per cent per cent",
            "a b c d e",
            "",
        ];
        let printed = [
            "likeminded partners percent",
            "percentper cent",
            "abc bc de cd",
            "ab abc",
            "nothing joins here",
        ];
        for quote in quotes {
            let indexed = Indexed::new(canonical(quote));
            for text in printed {
                let words = canonical(text);
                let norms = Norms::new(&words);
                let expected = join_compounds(&indexed.words, &norms);
                let joined = join_canonical(&indexed, &norms);
                assert_eq!(joined, expected, "{quote} against {text}");
                let borrowed = |c: &Cow<[Word]>| matches!(c, Cow::Borrowed(_));
                assert_eq!(
                    borrowed(&joined),
                    borrowed(&expected),
                    "{quote} against {text}"
                );
            }
        }
    }

    #[test]
    fn lifted_runs_are_maximal() {
        let quote =
            canonical("recently provided Russia with ballistic missile launchers and missiles");
        let text = canonical("it provided Russia with ballistic missile launchers and more");
        let runs = lifted_runs(&text, &Indexed::new(quote), 6);
        assert_eq!(runs, vec![1..8]);
    }
}
