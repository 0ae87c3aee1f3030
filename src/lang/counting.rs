//! Counts that are not one number: vague words ("several", "dozens", "tens of thousands"),
//! read as the ranges below in sheets and articles alike, and ordinals ("11th",
//! "eleventh"), which say which one of a series, not how many.
//!
//! The ranges are choices, documented in `docs/language.md`: each word covers what a reader
//! takes it to mean and no more, so that a vague figure is a finding only when none of its
//! values fits the sheet. "Several" is more than two and fewer than ten (past ten writers say
//! "a dozen" or "more than ten"); "dozens" starts at two dozen and stops below a hundred
//! ("hundreds" takes over); a plural of a scale ("hundreds", "thousands") is two to nine of
//! it; "scores" (of twenty) starts at forty and reaches past a hundred.

use foldhash::HashMap;
use std::sync::LazyLock;

/// How a quantity counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Form {
    /// A number, or a range of numbers written as such.
    Number,
    /// A vague word: any value of its range.
    Vague(&'static Vague),
    /// Which one of a series: "the 11th hike".
    Ordinal,
}

impl Form {
    /// Whether a value of this form says something about a fact of form `fact`: ordinals
    /// only about ordinals, numbers and vague words about each other.
    pub fn compares_with(self, fact: Form) -> bool {
        (self == Form::Ordinal) == (fact == Form::Ordinal)
    }
}

/// A vague word and the values it stands for.
#[derive(Debug, PartialEq)]
pub struct Vague {
    /// The words, lower-case and single-spaced: "several dozen".
    pub phrase: &'static str,
    pub low: f64,
    pub high: f64,
    /// Whether the phrase is a quantity only before "of": "scores of people", not "test
    /// scores".
    pub needs_of: bool,
}

const fn vague(phrase: &'static str, low: f64, high: f64) -> Vague {
    Vague {
        phrase,
        low,
        high,
        needs_of: false,
    }
}

/// Every vague word, longest phrase first where one starts another.
pub static VAGUE: &[Vague] = &[
    vague("a few dozen", 24.0, 60.0),
    vague("several dozen", 36.0, 99.0),
    vague("a few hundred", 200.0, 599.0),
    vague("several hundred", 300.0, 999.0),
    vague("a few thousand", 2_000.0, 5_999.0),
    vague("several thousand", 3_000.0, 9_999.0),
    vague("tens of thousands", 20_000.0, 99_999.0),
    vague("hundreds of thousands", 200_000.0, 999_999.0),
    vague("tens of millions", 2e7, 99_999_999.0),
    vague("hundreds of millions", 2e8, 999_999_999.0),
    vague("a handful", 2.0, 9.0),
    vague("a few", 2.0, 5.0),
    vague("several", 3.0, 9.0),
    vague("dozens", 24.0, 99.0),
    Vague {
        needs_of: true,
        ..vague("scores", 40.0, 199.0)
    },
    vague("hundreds", 200.0, 999.0),
    vague("thousands", 2_000.0, 9_999.0),
    vague("millions", 2e6, 9_999_999.0),
    vague("billions", 2e9, 9_999_999_999.0),
];

/// The vague phrase the leading `words` spell (in any case), and how many words it takes.
pub fn vague_at(words: &[&str]) -> Option<(&'static Vague, usize)> {
    let first = words.first()?;
    let (_, phrases) = VAGUE_BY_FIRST_WORD
        .iter()
        .find(|(word, _)| first.eq_ignore_ascii_case(word))?;
    phrases.iter().find_map(|(vague, parts)| {
        let matches = parts.len() <= words.len()
            && parts
                .iter()
                .zip(words)
                .all(|(part, word)| word.eq_ignore_ascii_case(part));
        matches.then_some((*vague, parts.len()))
    })
}

/// A vague phrase split into its words.
type SplitPhrase = (&'static Vague, Vec<&'static str>);

/// [`VAGUE`] grouped by first word (nine of them), each group in table order: every word
/// of every article is asked whether it starts a vague phrase, and most start none.
static VAGUE_BY_FIRST_WORD: LazyLock<Vec<(&'static str, Vec<SplitPhrase>)>> = LazyLock::new(|| {
    let mut groups: Vec<(&'static str, Vec<SplitPhrase>)> = Vec::new();
    for vague in VAGUE {
        let parts: Vec<&'static str> = vague.phrase.split(' ').collect();
        match groups.iter_mut().find(|(first, _)| *first == parts[0]) {
            Some((_, phrases)) => phrases.push((vague, parts)),
            None => groups.push((parts[0], vec![(vague, parts)])),
        }
    }
    groups
});

/// The vague phrase closest to a misspelt `word`, for "did you mean 'several'?".
pub fn suggest_vague(word: &str) -> Option<&'static str> {
    let single = VAGUE
        .iter()
        .map(|vague| vague.phrase)
        .filter(|phrase| !phrase.contains(' '));
    crate::suggest::closest(word, single)
}

/// The suffix of the ordinal of `n`: "st" for 1, 21; "nd" for 2; "rd" for 3; "th" for 11,
/// 12, 13 and the rest.
pub fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// "11th", "21st", "3rd": the number of an ordinal in digits, whatever its suffix (the
/// caller checks it against [`ordinal_suffix`]), with the suffix.
pub fn ordinal_digits(word: &str) -> Option<(u64, &str)> {
    let digits = word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, suffix) = word.split_at(digits);
    let suffix_ok = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    (digits > 0 && digits <= 6 && suffix_ok)
        .then(|| number.parse().ok().map(|n| (n, suffix)))
        .flatten()
}

/// "first" to "ninth".
pub const ORDINAL_UNITS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
/// "tenth" to "nineteenth".
pub const ORDINAL_TEENS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
/// Twenty to ninety, as words: the tens of cardinals ("forty-two") and ordinals
/// ("forty-second").
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
/// "twentieth" to "ninetieth".
pub const ORDINAL_TENS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// "eleventh" → 11, "twenty-first" → 21, "hundredth" → 100: an ordinal in words.
pub fn ordinal_word(word: &str) -> Option<f64> {
    // Every ordinal word ends as its digits do ("first", "twelfth"): most words are ruled
    // out before they are lower-cased.
    let ending = word.len().checked_sub(2).and_then(|at| word.get(at..));
    if !ending.is_some_and(|ending| {
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| ending.eq_ignore_ascii_case(s))
    }) {
        return None;
    }
    let word = crate::text::case::lower(word);
    if let Some((ten, unit)) = word.split_once(['-', '‐']) {
        let ten = TENS.iter().position(|w| *w == ten)?;
        let unit = ORDINAL_UNITS.iter().position(|w| *w == unit)?;
        return Some(20.0 + 10.0 * ten as f64 + unit as f64 + 1.0);
    }
    ORDINAL_WORDS.get(word.as_ref()).copied()
}

/// Every ordinal of one word [`ordinal_word`] reads, lower case.
pub fn ordinal_words() -> impl Iterator<Item = &'static str> {
    ORDINAL_WORDS.keys().copied()
}

/// The ordinals of one word ("first" to "nineteenth", the tens, "hundredth") and their
/// numbers, built once from the lists above: dates and quantities ask it of every word.
static ORDINAL_WORDS: LazyLock<HashMap<&'static str, f64>> = LazyLock::new(|| {
    let numbered = |list: &'static [&'static str], number: fn(usize) -> f64| {
        list.iter()
            .enumerate()
            .map(move |(n, word)| (*word, number(n)))
    };
    numbered(&ORDINAL_UNITS, |n| n as f64 + 1.0)
        .chain(numbered(&ORDINAL_TEENS, |n| 10.0 + n as f64))
        .chain(numbered(&ORDINAL_TENS, |n| 20.0 + 10.0 * n as f64))
        .chain([("hundredth", 100.0)])
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_phrases_take_their_longest_reading() {
        let read = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            vague_at(&words).map(|(vague, taken)| (vague.phrase, vague.low, vague.high, taken))
        };
        assert_eq!(
            read("several dozen people"),
            Some(("several dozen", 36.0, 99.0, 2))
        );
        assert_eq!(read("Several people"), Some(("several", 3.0, 9.0, 1)));
        assert_eq!(read("dozens of"), Some(("dozens", 24.0, 99.0, 1)));
        assert_eq!(
            read("tens of thousands of"),
            Some(("tens of thousands", 20_000.0, 99_999.0, 3))
        );
        assert_eq!(
            read("hundreds of thousands"),
            Some(("hundreds of thousands", 200_000.0, 999_999.0, 3))
        );
        assert_eq!(
            read("hundreds of homes"),
            Some(("hundreds", 200.0, 999.0, 1))
        );
        assert_eq!(read("a handful of"), Some(("a handful", 2.0, 9.0, 2)));
        assert_eq!(read("a few"), Some(("a few", 2.0, 5.0, 2)));
        assert_eq!(read("a dozen"), None);
        assert_eq!(read("tens"), None);
    }

    /// The index by first word finds every phrase of the table, in any case, as itself:
    /// a phrase added to [`VAGUE`] cannot be missed by it.
    #[test]
    fn every_vague_phrase_is_found_through_the_index() {
        for vague in VAGUE {
            let upper = vague.phrase.to_uppercase();
            for phrase in [vague.phrase, upper.as_str()] {
                let mut words: Vec<&str> = phrase.split(' ').collect();
                let taken = words.len();
                words.push("people");
                let found = vague_at(&words).map(|(found, n)| (found.phrase, n));
                assert_eq!(found, Some((vague.phrase, taken)), "{phrase}");
            }
        }
        assert_eq!(vague_at(&[]), None);
        assert_eq!(vague_at(&["people", "several"]), None);
    }

    #[test]
    fn every_range_is_ordered() {
        for vague in VAGUE {
            assert!(vague.low < vague.high, "{}", vague.phrase);
        }
    }

    #[test]
    fn suggests_a_vague_word_for_a_typo() {
        assert_eq!(suggest_vague("sevral"), Some("several"));
        assert_eq!(suggest_vague("dozns"), Some("dozens"));
        assert_eq!(suggest_vague("zzz"), None);
    }

    #[test]
    fn every_ordinal_word_of_the_lists_is_read() {
        for (n, word) in ORDINAL_UNITS.iter().enumerate() {
            assert_eq!(ordinal_word(word), Some(n as f64 + 1.0), "{word}");
        }
        for (n, word) in ORDINAL_TEENS.iter().enumerate() {
            assert_eq!(ordinal_word(word), Some(10.0 + n as f64), "{word}");
        }
        for (n, word) in ORDINAL_TENS.iter().enumerate() {
            assert_eq!(ordinal_word(word), Some(20.0 + 10.0 * n as f64), "{word}");
            assert_eq!(
                ordinal_word(&word.to_uppercase()),
                Some(20.0 + 10.0 * n as f64)
            );
        }
        for word in ORDINAL_WORDS.keys() {
            assert!(
                ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s)),
                "{word}"
            );
        }
        assert_eq!(ordinal_word("Hundredth"), Some(100.0));
        assert_eq!(ordinal_word("é"), None);
        assert_eq!(ordinal_word("ninety-ninth"), Some(99.0));
    }

    #[test]
    fn ordinals_in_digits_and_words() {
        assert_eq!(ordinal_suffix(1), "st");
        assert_eq!(ordinal_suffix(11), "th");
        assert_eq!(ordinal_suffix(22), "nd");
        assert_eq!(ordinal_suffix(113), "th");
        assert_eq!(ordinal_suffix(103), "rd");
        assert_eq!(ordinal_digits("11th"), Some((11, "th")));
        assert_eq!(ordinal_digits("21ST"), Some((21, "ST")));
        assert_eq!(ordinal_digits("11st"), Some((11, "st")));
        assert_eq!(ordinal_digits("11"), None);
        assert_eq!(ordinal_digits("1990s"), None);
        assert_eq!(ordinal_word("eleventh"), Some(11.0));
        assert_eq!(ordinal_word("Twenty-first"), Some(21.0));
        assert_eq!(ordinal_word("fortieth"), Some(40.0));
        assert_eq!(ordinal_word("first"), Some(1.0));
        assert_eq!(ordinal_word("firsts"), None);
        assert_eq!(ordinal_word("eleven"), None);
    }
}
