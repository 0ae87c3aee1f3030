//! One automaton over every phrase of every fact sheet.
//!
//! Each article is scanned once, whatever the number of sheets and facts: the work grows
//! with the text and the matches, not with articles × facts.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::anchors::Anchors;
use super::normalize::{Folded, fold};
use super::spelling;
use crate::source::Span;

/// Index of a distinct (folded) phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhraseId(pub u32);

/// Collects the phrases of all sheets, each folded and given its British and American
/// spellings and inflected variants.
#[derive(Default)]
pub struct PhraseSetBuilder {
    ids: HashMap<String, PhraseId>,
    /// The folded spellings of the phrases, before inflection.
    spellings: Vec<String>,
    patterns: Vec<String>,
    pattern_info: Vec<PatternInfo>,
}

#[derive(Clone, Copy, Debug)]
struct PatternInfo {
    phrase: PhraseId,
    /// Bytes of inflection added to the last word (`'s`, `s`, `es`).
    suffix: u8,
    /// Whether a word before the last one was inflected too.
    inner_inflection: bool,
}

impl PhraseSetBuilder {
    /// The id of `phrase`; spellings that fold alike share one id.
    pub fn add(&mut self, phrase: &str) -> PhraseId {
        let folded = fold(phrase);
        if let Some(&id) = self.ids.get(&folded) {
            return id;
        }
        let id = PhraseId(self.ids.len() as u32);
        // A phrase of only dashes folds to nothing; an empty pattern would match everywhere.
        // The language refuses such phrases, but names and titles come from plain YAML.
        let spellings = if folded.is_empty() {
            Vec::new()
        } else {
            spelling::variants(&folded)
        };
        let variants: Vec<Variant> = (spellings.iter())
            .flat_map(|spelling| inflections(spelling))
            .collect();
        self.spellings.extend(spellings);
        for variant in variants {
            self.patterns.push(variant.text);
            self.pattern_info.push(PatternInfo {
                phrase: id,
                suffix: variant.suffix,
                inner_inflection: variant.inner_inflection,
            });
        }
        self.ids.insert(folded, id);
        id
    }

    pub fn build(self) -> PhraseSet {
        let automaton = self::automaton(&self.patterns, None)
            .expect("phrase patterns are plain strings of bounded size");
        let dfa = OnceLock::new();
        if automaton.kind() == AhoCorasickKind::DFA {
            dfa.set(None).expect("a new cell is empty");
        }
        let anchors = Anchors::new(&self.spellings, &self.patterns);
        // Kept only to build the DFA from.
        let patterns = match dfa.get() {
            Some(_) => Vec::new(),
            None => self.patterns,
        };
        PhraseSet {
            automaton,
            dfa,
            searches: AtomicUsize::new(0),
            anchors,
            patterns,
            pattern_info: self.pattern_info,
        }
    }
}

/// The automaton over `patterns`, of `kind` (or the one the crate picks for their number).
fn automaton(
    patterns: &[String],
    kind: Option<AhoCorasickKind>,
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        // A sheet's phrases start with common letters ("kim", "visit", "former"): the
        // rare-byte prefilter fired every few bytes and cost more than the DFA it skips
        // (three term facts, 10,000 articles: 10 % less CPU without it).
        .prefilter(false)
        .kind(kind)
        .build(patterns)
}

/// Searches after which a set of many phrases is compiled to a DFA. For more than a hundred
/// patterns the crate picks an NFA, quick to build but slower to run; the bundled sheet's
/// DFA costs 7.7 M instructions to build (a 1-article run: +43 %) and saves 78 k per
/// article: a run over a corpus gains, one article in pre-commit would lose.
const DFA_AFTER_SEARCHES: usize = 100;

/// Past this many patterns no DFA is built: its tables grow with the patterns times the
/// bytes they use (the bundled sheet's 511 patterns: 450 KB).
const DFA_MAX_PATTERNS: usize = 5_000;

/// The compiled automaton.
pub struct PhraseSet {
    automaton: AhoCorasick,
    /// The same automaton as a DFA, once [`DFA_AFTER_SEARCHES`] searches are done (`None`
    /// when the first one is a DFA already, or the patterns are too many).
    dfa: OnceLock<Option<AhoCorasick>>,
    searches: AtomicUsize,
    patterns: Vec<String>,
    /// The windows of a text worth folding; `None` folds it whole.
    anchors: Option<Anchors>,
    pattern_info: Vec<PatternInfo>,
}

/// One occurrence of a phrase in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub phrase: PhraseId,
    /// The words as they stand in the text, inflection included.
    pub span: Span,
    /// The phrase without the inflection of its last word, when no inner word is
    /// inflected: the part a house-style fix may replace.
    pub stem: Option<Span>,
}

impl PhraseSet {
    /// Every whole-word occurrence of every phrase in `text`, ordered by position.
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        match &self.anchors {
            Some(anchors) => self.find_in(text, anchors.windows(text)),
            None => self.find_in(text, std::iter::once(0..text.len())),
        }
    }

    /// [`Self::find`], searching only `windows` of `text`: disjoint ranges, each starting
    /// and ending at an ASCII space or an end of `text` (as [`Anchors::windows`] gives).
    fn find_in(
        &self,
        text: &str,
        windows: impl IntoIterator<Item = Range<usize>>,
    ) -> Vec<PhraseMatch> {
        let automaton = self.automaton();
        let mut found = Vec::new();
        for window in windows {
            self.collect(automaton, &text[window.clone()], window.start, &mut found);
        }
        // Where a phrase matches both bare and inflected ("Moscow", "Moscow's"), keep the
        // longest reading.
        found.sort_by_key(|m| (m.span.start, m.phrase, std::cmp::Reverse(m.span.end)));
        found.dedup_by_key(|m| (m.span.start, m.phrase));
        found.sort_by_key(|m| (m.span.start, m.span.end, m.phrase));
        found
    }

    /// The DFA once it pays (see [`DFA_AFTER_SEARCHES`]), else the first automaton. Both
    /// find the same matches in the same order.
    fn automaton(&self) -> &AhoCorasick {
        if self.dfa.get().is_none()
            && self.searches.fetch_add(1, Ordering::Relaxed) < DFA_AFTER_SEARCHES
        {
            return &self.automaton;
        }
        let dfa = self.dfa.get_or_init(|| {
            (self.patterns.len() <= DFA_MAX_PATTERNS)
                .then(|| automaton(&self.patterns, Some(AhoCorasickKind::DFA)).ok())
                .flatten()
        });
        dfa.as_ref().unwrap_or(&self.automaton)
    }

    /// Pushes every whole-word occurrence in `window`, found at `offset` of the text.
    fn collect(
        &self,
        automaton: &AhoCorasick,
        window: &str,
        offset: usize,
        found: &mut Vec<PhraseMatch>,
    ) {
        let folded = Folded::new(window);
        let in_text = |(start, end)| Span::new(offset + start, offset + end);
        let matches = automaton
            .find_overlapping_iter(folded.text.as_str())
            .filter(|m| folded.is_whole_words(m.start(), m.end()))
            .map(|m| {
                let info = self.pattern_info[m.pattern().as_usize()];
                let span = in_text(folded.source_range(m.start(), m.end()));
                let stem_end = m.end() - info.suffix as usize;
                let stem = (!info.inner_inflection)
                    .then(|| in_text(folded.source_range(m.start(), stem_end)));
                PhraseMatch {
                    phrase: info.phrase,
                    span,
                    stem,
                }
            });
        found.extend(matches);
    }
}

/// Whether `text` mentions `phrase` as an article would be searched for it.
pub fn mentions(text: &str, phrase: &str) -> bool {
    let mut builder = PhraseSetBuilder::default();
    builder.add(phrase);
    !builder.build().find(text).is_empty()
}

struct Variant {
    text: String,
    suffix: u8,
    inner_inflection: bool,
}

/// Endings of the last word: plurals and possessives ("missiles", "Kim Jong Un's").
const LAST_WORD_ENDINGS: &[&str] = &["", "s", "es", "'s"];

/// Verb endings of a leading common word ("visited Moscow", "launching").
const FIRST_WORD_ENDINGS: &[&str] = &["", "s", "es", "ed", "d", "ing"];

/// The folded phrase with the inflections an article may use. Bounded: at most
/// `FIRST_WORD_ENDINGS × LAST_WORD_ENDINGS` variants per phrase.
fn inflections(folded: &str) -> Vec<Variant> {
    let words: Vec<&str> = folded.split(' ').collect();
    let inflectable = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_alphabetic());
    let last = words.len() - 1;
    let first_endings: &[&str] = if last > 0 && inflectable(words[0]) {
        FIRST_WORD_ENDINGS
    } else {
        &[""]
    };
    let last_endings: &[&str] = if inflectable(words[last]) {
        LAST_WORD_ENDINGS
    } else if words[last].chars().all(char::is_alphabetic) {
        // Short names still take the possessive: "Kim Jong Un's".
        &["", "'s"]
    } else {
        &[""]
    };
    let mut variants = Vec::new();
    for first in first_endings {
        for end in last_endings {
            let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            words[0].push_str(first);
            words[last].push_str(end);
            variants.push(Variant {
                text: words.join(" "),
                suffix: end.len() as u8,
                inner_inflection: !first.is_empty(),
            });
        }
    }
    if last == 0 && inflectable(words[0]) {
        // A single word takes verb endings too: "launch" → "launched", "launching".
        for ending in &FIRST_WORD_ENDINGS[1..] {
            if !LAST_WORD_ENDINGS.contains(ending) {
                variants.push(Variant {
                    text: format!("{}{ending}", words[0]),
                    suffix: ending.len() as u8,
                    inner_inflection: false,
                });
            }
        }
    }
    variants
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_set_turns_to_a_dfa_that_finds_the_same() {
        let mut builder = PhraseSetBuilder::default();
        let names: Vec<String> = (0..40)
            .map(|n| format!("minister number {n} of state"))
            .collect();
        for name in &names {
            builder.add(name);
        }
        builder.add("visit to Moscow");
        let set = builder.build();
        assert_ne!(set.automaton.kind(), AhoCorasickKind::DFA);
        let text =
            "The Minister Number 7 of State's visits to Moscow: minister number 39 of states.";
        let first = set.find(text);
        assert_eq!(first.len(), 3, "{first:?}");
        for _ in 0..DFA_AFTER_SEARCHES {
            assert_eq!(set.find(text), first);
        }
        let dfa = set.dfa.get().and_then(Option::as_ref);
        assert_eq!(dfa.map(AhoCorasick::kind), Some(AhoCorasickKind::DFA));
        assert_eq!(set.find(text), first);
    }

    #[test]
    fn a_small_set_is_a_dfa_from_the_start() {
        let mut builder = PhraseSetBuilder::default();
        builder.add("visit to Moscow");
        let set = builder.build();
        assert_eq!(set.automaton.kind(), AhoCorasickKind::DFA);
        assert!(set.patterns.is_empty());
        assert!(matches!(set.dfa.get(), Some(None)));
    }

    fn find(phrases: &[&str], text: &str) -> Vec<(u32, String)> {
        let mut builder = PhraseSetBuilder::default();
        for phrase in phrases {
            builder.add(phrase);
        }
        builder
            .build()
            .find(text)
            .into_iter()
            .map(|m| (m.phrase.0, text[m.span.range()].to_string()))
            .collect()
    }

    #[test]
    fn finds_every_spelling_of_a_name() {
        let text = "Kim Jong-un met Kim Jong Un; KIM JONG-UN’s aide spoke.";
        let found = find(&["Kim Jong Un"], text);
        let spellings: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(spellings, ["Kim Jong-un", "Kim Jong Un", "KIM JONG-UN’s"]);
    }

    #[test]
    fn a_name_that_folds_to_nothing_matches_nothing() {
        assert_eq!(
            find(&["‑ –", "Moscow"], "a - b Moscow"),
            [(1, "Moscow".into())]
        );
    }

    #[test]
    fn spellings_that_fold_alike_share_an_id() {
        let mut builder = PhraseSetBuilder::default();
        assert_eq!(builder.add("Kim Jong Un"), builder.add("Kim Jong-un"));
        assert_ne!(builder.add("Kim Jong Un"), builder.add("Kim Jong Il"));
    }

    #[test]
    fn inflects_leading_verbs_and_trailing_nouns() {
        let text = "He visited Moscow. Visits to Moscow's suburbs. A revisit to Moscow.";
        let found = find(&["visit to Moscow", "visit Moscow"], text);
        let spellings: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(spellings, ["visited Moscow", "Visits to Moscow's"]);
    }

    #[test]
    fn single_words_take_verb_endings() {
        let found = find(&["launch"], "It launched, then launches; relaunch.");
        let spellings: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(spellings, ["launched", "launches"]);
    }

    #[test]
    fn stem_excludes_the_possessive() {
        let mut builder = PhraseSetBuilder::default();
        builder.add("Kim Jong-un");
        let text = "Kim Jong-un’s visit";
        let found = builder.build().find(text);
        assert_eq!(&text[found[0].stem.unwrap().range()], "Kim Jong-un");
    }

    #[test]
    fn a_phrase_matches_its_british_and_american_spellings() {
        let found = find(
            &["epicentre", "defense ministry"],
            "The epicenter was near. The Defence Ministry's centre. Epicentres.",
        );
        let spellings: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(spellings, ["epicenter", "Defence Ministry's", "Epicentres"]);
    }

    #[test]
    fn overlapping_phrases_are_all_found() {
        let found = find(
            &["North Korea", "North Korean missiles", "missile"],
            "North Korean missiles",
        );
        let spellings: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(spellings, ["North Korean missiles", "missiles"]);
    }

    /// Pieces of text that fold in every way a phrase may be written, and near misses.
    fn pieces() -> impl proptest::strategy::Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            "Kim",
            "KIM",
            "jong",
            "Jong-Un",
            "un’s",
            "\u{212A}im",
            "K\u{0130}M",
            "visit",
            "Visited",
            "to",
            "TO",
            "Moscow",
            "moscow's",
            "Moscowitz",
            "former",
            "Soviet",
            "country",
            "épée",
            "İ",
            "’",
            "“",
            "-",
            "–",
            "\u{00A0}",
            " ",
            "  ",
            "\n\n",
            "\t",
            ".",
            ",",
            "a",
            "x9",
            "un",
            "i",
            "k",
        ]);
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn searching_anchor_windows_finds_what_searching_the_whole_text_finds(text in pieces()) {
            let term_facts = ["visit to Moscow", "former Soviet country", "Kim Jong-un", "UN"];
            // One-letter anchors, found in the fold of İ and the Kelvin sign.
            let letters = ["I", "K", "x9"];
            for phrases in [&term_facts[..], &letters[..]] {
                let mut builder = PhraseSetBuilder::default();
                for phrase in phrases {
                    builder.add(phrase);
                }
                let set = builder.build();
                prop_assert!(set.anchors.is_some());
                prop_assert_eq!(set.find(&text), set.find_in(&text, std::iter::once(0..text.len())));
            }
        }
    }
}
