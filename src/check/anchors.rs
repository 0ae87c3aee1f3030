//! Where in an unfolded text a phrase may match: a sound prefilter for phrase matching.
//!
//! Folding a text and running the automaton over it costs some 50 instructions a byte, and
//! most of an article holds no phrase of any sheet. Every pattern holds a run of ASCII
//! letters and digits, its anchor; in the fold, such a run comes only from the same letters
//! in either case or from one of [`FOLDING_TO_ASCII_ALPHANUMERIC`]. In a text without those
//! characters, a case-insensitive search of the unfolded text for the anchors therefore finds
//! every place a pattern may match, and only windows around them need folding; a text with
//! one (they are rare) is folded whole.
//!
//! The search is Teddy (SIMD, a fraction of an instruction a byte) over the first bytes of
//! the anchors in every case, each hit checked against the whole anchors. Teddy takes a few
//! dozen patterns at most: a set of phrases with more anchors is folded whole, as is one
//! on a machine without SIMD. The folding characters are looked for apart, with `memmem`:
//! among the anchors, their two-byte encodings made Teddy test two bytes a place instead of
//! three, and the term job a tenth slower.

use std::collections::BTreeSet;
use std::ops::Range;

use aho_corasick::packed::{self, Searcher};
use memchr::memmem::Finder;

use super::normalize::{FOLDING_TO_ASCII_ALPHANUMERIC, is_ascii_space};

/// Bytes of an anchor searched for in every case: each more doubles the patterns.
const PREFIX_LEN: usize = 3;

/// The anchors of a set of folded patterns, compiled.
pub struct Anchors {
    /// The first bytes of the anchors, in every case.
    prefixes: Searcher,
    /// The anchors.
    anchors: Vec<String>,
    /// The characters folding to ASCII letters or digits.
    folding: [Finder<'static>; FOLDING_TO_ASCII_ALPHANUMERIC.len()],
    /// The length of the longest pattern: no match reaches further than this many folded
    /// bytes from its anchor.
    reach: usize,
}

impl Anchors {
    /// The anchors of `patterns`, each of which is one of `spellings` with letters added at
    /// the end of words (inflections), and so holds every run of letters of its spelling.
    /// `None` when a spelling has no ASCII letter or digit to anchor on, or when the anchors
    /// are too many for a SIMD search.
    pub fn new(spellings: &[String], patterns: &[String]) -> Option<Self> {
        let mut anchors: Vec<&str> = spellings
            .iter()
            .map(|spelling| longest_ascii_alphanumeric_run(spelling))
            .collect::<Option<_>>()?;
        anchors.sort_unstable();
        anchors.dedup();
        // "launched" is found where "launch" is.
        let holds_another = |anchor: &str| {
            (anchors.iter()).any(|other| other.len() < anchor.len() && anchor.contains(other))
        };
        let anchors: Vec<String> = (anchors.iter().copied())
            .filter(|anchor| !holds_another(anchor))
            .map(str::to_string)
            .collect();
        debug_assert!(
            (patterns.iter()).all(|pattern| anchors.iter().any(|anchor| pattern.contains(anchor)))
        );
        let prefixes: BTreeSet<Vec<u8>> = (anchors.iter())
            .flat_map(|anchor| case_variants(&anchor.as_bytes()[..anchor.len().min(PREFIX_LEN)]))
            .collect();
        let mut searcher = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostFirst)
            .builder();
        searcher.extend(prefixes);
        Some(Self {
            prefixes: searcher.build()?,
            anchors,
            folding: FOLDING_TO_ASCII_ALPHANUMERIC
                .map(|c| Finder::new(c.encode_utf8(&mut [0; 4])).into_owned()),
            reach: patterns.iter().map(String::len).max().unwrap_or(0),
        })
    }

    /// Disjoint ranges of `text`, in order, outside which no pattern occurs in its fold.
    ///
    /// Each window starts at an ASCII space (or hyphen) or at the start of `text`, and ends
    /// before one or at the end: folded alone, it reads as the same stretch of the
    /// whole text folded, but for a leading or trailing space, and its edges are word
    /// boundaries there too.
    pub fn windows(&self, text: &str) -> Vec<Range<usize>> {
        if (self.folding.iter()).any(|finder| finder.find(text.as_bytes()).is_some()) {
            return std::iter::once(0..text.len()).collect();
        }
        let mut windows: Vec<Range<usize>> = Vec::new();
        let mut from = 0;
        // Every anchor starts with a prefix, so each one in `text` is either checked here
        // or inside an anchor found before it, whose window (`reach` beyond its ends)
        // holds its matches.
        while let Some(hit) = self.prefixes.find_in(text, (from..text.len()).into()) {
            let Some(end) = self.anchor_end(text, hit.start()) else {
                from = hit.start() + 1;
                continue;
            };
            from = end;
            let end = widen_forward(text, end, self.reach);
            // A hit inside the last window widens that one: no need to look back.
            let start = match windows.last() {
                Some(last) if hit.start() <= last.end => last.end,
                _ => widen_back(text, hit.start(), self.reach),
            };
            match windows.last_mut() {
                Some(last) if start <= last.end => last.end = last.end.max(end),
                _ => windows.push(start..end),
            }
        }
        windows
    }

    /// The end of the longest anchor at `start` of `text`, in any case.
    fn anchor_end(&self, text: &str, start: usize) -> Option<usize> {
        let rest = &text.as_bytes()[start..];
        (self.anchors.iter())
            .filter(|anchor| {
                (rest.get(..anchor.len()))
                    .is_some_and(|at| at.eq_ignore_ascii_case(anchor.as_bytes()))
            })
            .map(|anchor| start + anchor.len())
            .max()
    }
}

/// `bytes` with each ASCII letter in either case.
fn case_variants(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut variants = vec![Vec::with_capacity(bytes.len())];
    for &byte in bytes {
        let cases = [byte.to_ascii_lowercase(), byte.to_ascii_uppercase()];
        let cases = if cases[0] == cases[1] {
            &cases[..1]
        } else {
            &cases[..]
        };
        variants = (variants.iter())
            .flat_map(|variant| {
                cases
                    .iter()
                    .map(move |&case| [&variant[..], &[case]].concat())
            })
            .collect();
    }
    variants
}

/// The longest run of ASCII letters and digits in `pattern` (the first of equal ones).
fn longest_ascii_alphanumeric_run(pattern: &str) -> Option<&str> {
    pattern
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| !run.is_empty())
        .reduce(|longest, run| {
            if run.len() > longest.len() {
                run
            } else {
                longest
            }
        })
}

/// Where a window ending at `from` starts: see [`space_beyond`].
fn widen_back(text: &str, from: usize, reach: usize) -> usize {
    let before = text.as_bytes()[..from].iter().copied().enumerate().rev();
    space_beyond(before, reach).unwrap_or(0)
}

/// Where a window starting at `from` ends: see [`space_beyond`].
fn widen_forward(text: &str, from: usize, reach: usize) -> usize {
    let after = text.as_bytes().iter().copied().enumerate().skip(from);
    space_beyond(after, reach).unwrap_or(text.len())
}

/// The first ASCII space of `bytes` (walked away from a hit, with their places) past `reach`
/// ASCII bytes other than spaces, each of which folds to one byte. Other characters are
/// passed over without being counted: a space among them may fold to nothing.
fn space_beyond(bytes: impl Iterator<Item = (usize, u8)>, reach: usize) -> Option<usize> {
    let mut kept = 0;
    for (at, byte) in bytes {
        if is_ascii_space(byte) {
            if kept >= reach {
                return Some(at);
            }
        } else if byte.is_ascii() {
            kept += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchors(patterns: &[&str]) -> Anchors {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Anchors::new(&patterns, &patterns).expect("every pattern has an anchor")
    }

    #[test]
    fn anchors_on_the_longest_ascii_word() {
        assert_eq!(
            longest_ascii_alphanumeric_run("kim jong un's"),
            Some("jong")
        );
        assert_eq!(longest_ascii_alphanumeric_run("zürich"), Some("rich"));
        assert_eq!(longest_ascii_alphanumeric_run("’ –"), None);
    }

    #[test]
    fn every_case_of_a_prefix() {
        let variants = case_variants(b"k9\xC4");
        assert_eq!(variants, [b"k9\xC4".to_vec(), b"K9\xC4".to_vec()]);
        assert_eq!(case_variants(b"jon").len(), 8);
    }

    #[test]
    fn too_many_anchors_for_a_simd_search_fold_the_text_whole() {
        let patterns: Vec<String> = (b'a'..=b'z').map(|c| format!("{}ord", c as char)).collect();
        assert!(Anchors::new(&patterns, &patterns).is_none());
    }

    #[test]
    fn a_pattern_without_ascii_letters_has_no_anchors() {
        let spellings = ["moscow".to_string(), "北京".to_string()];
        assert!(Anchors::new(&spellings, &spellings).is_none());
    }

    #[test]
    fn windows_reach_a_pattern_length_beyond_each_hit_to_a_space() {
        let text = "one two three four MOSCOW five six seven eight";
        let windows = anchors(&["to moscow"]).windows(text);
        // Nine characters that do not fold to space on each side, then the next space.
        assert_eq!(
            &text[windows[0].clone()],
            " three four MOSCOW five six seven"
        );
    }

    #[test]
    fn overlapping_windows_merge_and_far_ones_do_not() {
        let far = " filler".repeat(10);
        let text = format!("moscow{far}moscow moscow{far}");
        let windows = anchors(&["moscow"]).windows(&text);
        assert_eq!(windows.len(), 2);
        assert_eq!(windows[0].start, 0);
        assert!(text[windows[1].clone()].contains("moscow moscow"));
    }

    #[test]
    fn a_text_with_a_character_folding_to_ascii_letters_is_one_window() {
        for text in ["a \u{212A}IM b", "\u{130}stanbul, him"] {
            assert_eq!(anchors(&["kim"]).windows(text), vec![(0..text.len())]);
        }
        assert!(anchors(&["kim"]).windows("a him b").is_empty());
    }
}
