//! Which tokens can start a date expression: a cheap test run at every token before the
//! patterns, which most tokens of running text ("said", "officials", "a") cannot start.
//!
//! A date starts with a digit or with one of [`START_WORDS`]: a month, weekday, season,
//! holiday, decade, ordinal or count word, or a little word a pattern opens with ("the",
//! "since", "last"). A hyphenated word starts one when its first part does ("mid-December",
//! "Jan-Feb", "third-quarter", "twenty-first"). The commonest little words ([`LEADS`]:
//! "the", "in", "a") start one only before a word that goes on with a date ("the 18th", "in
//! two weeks", "a week ago").

use foldhash::HashSet;
use std::sync::LazyLock;

use super::fiscal::EARLIER;
use super::holidays;
use super::lexicon::{COUNT_WORDS, DECADE_WORDS, MONTHS, SEASONS, WEEKDAYS};
use super::patterns::Reader;
use super::relative::{SHIFTS, period_unit, plural_weekday};
use crate::lang::counting::{ORDINAL_TEENS, ORDINAL_TENS, ORDINAL_UNITS, TENS};
use crate::text::TokenKind;
use crate::text::case;
use crate::text::shapes::Shapes;

/// Words the patterns open with besides those of the lexicon's lists.
const KEYWORDS: &[&str] = &[
    // "the 18th", "the day after tomorrow", "the end of 2012", "the first half of 2023"
    "the",
    // "day before yesterday"
    "day",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    // business shorthand: "EOY", "BOM"
    "boy",
    "eoy",
    "bom",
    "eom",
    // parts of a period: "earlier this month", "late 2023", "the beginning of the year"
    "earlier",
    "later",
    "early",
    "mid",
    "late",
    "beginning",
    "start",
    "middle",
    "end",
    // counted from now: "in two weeks", "within a year"
    "in",
    "within",
    // fiscal years: "FY 2024", "fiscal 2023"
    "fy",
    "fiscal",
    // open ranges: "after 2010", "until March"
    "after",
    "since",
    "before",
    "until",
    "till",
    "til",
    // "week 36"
    "week",
];

/// Every word, lower case (holiday names folded), a date expression can start with.
static START_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    KEYWORDS
        .iter()
        .copied()
        .chain(names(MONTHS))
        .chain(names(WEEKDAYS))
        .chain(names(SEASONS))
        .chain(names(COUNT_WORDS))
        .chain(names(SHIFTS))
        .chain(DECADE_WORDS.iter().copied())
        .chain(EARLIER.iter().copied())
        .chain(holidays::first_words())
        .chain(ORDINAL_UNITS)
        .chain(ORDINAL_TEENS)
        .chain(ORDINAL_TENS)
        .chain(TENS)
        .collect()
});

/// The first two letters and length of every ASCII start word: most words of running text have
/// none of these shapes, and are ruled out without lower-casing or hashing.
static START_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(START_WORDS.iter().copied()));

/// The words of a list of words and their values.
fn names<T>(list: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    list.iter().map(|(name, _)| *name)
}

impl Reader<'_> {
    /// Whether a date expression can start at token `i`. Never false where one does (the
    /// patterns' tests check it on every token they read).
    pub(super) fn may_start(&self, i: usize) -> bool {
        self.opens(i) && (!self.word(i).is_some_and(is_lead) || self.may_follow_lead(i + 1))
    }

    /// Whether token `i` is a digit, a start word or the start of a holiday's name.
    fn opens(&self, i: usize) -> bool {
        let (Some(word), Some(written)) = (self.word(i), self.written(i)) else {
            return false;
        };
        if self.kind(i) == Some(TokenKind::Number) {
            return true;
        }
        if written.bytes().all(|b| b.is_ascii_alphabetic()) {
            // Most words: no digit, hyphen, possessive or mark to look at.
            return self.written_lower(i).is_some_and(is_lower_start_word);
        }
        if written.bytes().any(|b| b.is_ascii_digit()) {
            return true;
        }
        let head = word.split(['-', '‐', '–']).next().unwrap_or_default();
        if is_start_word(word) || (head.len() < word.len() && is_start_word(head)) {
            return true;
        }
        // Holiday names are compared folded: "St." is "st", "Valentine's" is "valentines". A
        // word of letters and digits alone was looked up above.
        !written.chars().all(char::is_alphanumeric) && holidays::may_start_holiday(written)
    }

    /// Whether token `i`, after one of [`LEADS`], may go on with a date: one may start
    /// there, or it is a unit a count or a shift reads ("a week ago", "this year", "this
    /// working week").
    fn may_follow_lead(&self, i: usize) -> bool {
        self.may_start(i)
            || self.word(i).is_some_and(|word| {
                period_unit(word).is_some()
                    || plural_weekday(word).is_some()
                    || word.eq_ignore_ascii_case("working")
            })
    }
}

/// The commonest start words, that start a date only with the word after them: "the 18th",
/// "in two weeks", "a week ago", "this year". Alone, or before any other word, they start
/// none; they are nearly a tenth of the tokens of running text, and every pattern was tried
/// at each of them.
const LEADS: &[&str] = &["the", "in", "a", "an", "this"];

fn is_lead(word: &str) -> bool {
    word.len() <= 4 && LEADS.iter().any(|lead| word.eq_ignore_ascii_case(lead))
}

/// Whether `word` in lower case is one of [`START_WORDS`]; lower-cased on the stack when it
/// is short and ASCII, as most words are (capitals start sentences and names), and not at
/// all when no start word has its first two letters and length.
fn is_start_word(word: &str) -> bool {
    if word.is_ascii() && !START_SHAPES.may_be(word) {
        return false;
    }
    let mut buffer = [0; 32];
    START_WORDS.contains(case::lower_into(word, &mut buffer).as_ref())
}

/// [`is_start_word`] of an ASCII word already in lower case.
fn is_lower_start_word(lower: &str) -> bool {
    START_SHAPES.may_be(lower) && START_WORDS.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::BUNDLED_ARTICLES;
    use crate::text::Document;

    /// Every token of `text` the patterns read a date from is one the prefilter lets through.
    fn assert_prefiltered(text: &str) {
        let document = Document::new(text);
        for index in 0..document.sentences.len() {
            let reader = Reader::new(
                text,
                document.lower_case(text),
                document.sentence_tokens(index),
            );
            for i in 0..reader.tokens.len() {
                if reader.read_expression(i).is_some() {
                    assert!(reader.may_start(i), "token {i} of {text:?}");
                }
            }
        }
    }

    /// [`assert_prefiltered`] on `form` before each of [`AFTER`], alone and in a sentence.
    fn assert_prefiltered_before_endings(form: &str) {
        for rest in AFTER {
            assert_prefiltered(&format!("It came {form}{rest} as said."));
            assert_prefiltered(&format!("{form}{rest}"));
        }
    }

    /// What completes a date after a word of the lists.
    const AFTER: &[&str] = &[
        "",
        " 5",
        " 5th",
        " 2020",
        " 5, 2020",
        " of 2019",
        " the 5th",
        " week",
        " year",
        " days ago",
        " to Friday",
        " half of 2020",
        " quarter",
        " Monday",
        " -",
        " fiscal year",
        " day",
        " yesterday",
        " 12 to 14 May",
        " of March",
        "-first of May",
    ];

    #[test]
    fn the_shape_test_rules_out_no_start_word() {
        for word in START_WORDS.iter().filter(|w| w.is_ascii()) {
            let title = word[..1].to_ascii_uppercase() + &word[1..];
            for written in [word.to_string(), title, word.to_ascii_uppercase()] {
                assert!(is_start_word(&written), "{written}");
            }
        }
        let text = "Officials said on Tuesday that the Mid-December figures, about 3,000 in \
                    all, came late; SINCE then Pyongyang’s envoy, Kim, met Éric in İzmir.";
        for word in text.split([' ', ',', ';', '.']) {
            let listed = START_WORDS.contains(case::lower(word).as_ref());
            assert_eq!(is_start_word(word), listed, "{word}");
            if word.bytes().all(|b| b.is_ascii_alphabetic()) {
                assert_eq!(is_lower_start_word(&word.to_lowercase()), listed, "{word}");
            }
        }
        assert!(!START_SHAPES.may_be("officials"));
    }

    #[test]
    fn every_word_of_the_lists_starts_where_a_pattern_reads_it() {
        // Each word of the lists, in each case, possessive and hyphenated, before what
        // completes a date.
        let mut words: Vec<String> = START_WORDS.iter().map(|w| w.to_string()).collect();
        words.extend(
            [
                "St.",
                "New Year's",
                "Valentine's",
                "Mid-2023",
                "mid-December",
            ]
            .map(String::from),
        );
        for word in &words {
            let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            for form in [
                word.clone(),
                capitalized.clone(),
                word.to_uppercase(),
                format!("{capitalized}'s"),
                format!("{word}-May"),
            ] {
                assert_prefiltered_before_endings(&form);
            }
        }
    }

    #[test]
    fn a_lead_word_starts_where_a_pattern_reads_it() {
        // Each lead word before each word of the lists, each unit and plural weekday, and
        // what completes a date.
        let units = [
            "day", "week", "weekend", "month", "quarter", "year", "decade",
        ];
        let nexts = START_WORDS
            .iter()
            .map(|w| w.to_string())
            .chain(
                units
                    .iter()
                    .flat_map(|unit| [unit.to_string(), format!("{unit}s")]),
            )
            .chain(["workweek", "working week", "Sundays", "Mondays from now"].map(String::from));
        for next in nexts {
            for lead in LEADS {
                let capitalized = format!("{}{}", lead[..1].to_uppercase(), &lead[1..]);
                assert_prefiltered_before_endings(&format!("{lead} {next}"));
                assert_prefiltered_before_endings(&format!("{capitalized} {next}"));
            }
        }
    }

    #[test]
    fn every_date_of_running_text_is_let_through() {
        // The phrasings of the patterns' own tests, and articles.
        let texts = [
            include_str!("patterns.rs"),
            include_str!("relative.rs"),
            include_str!("fiscal.rs"),
            include_str!("named.rs"),
            include_str!("joined.rs"),
            include_str!("open.rs"),
            include_str!("numeric.rs"),
            include_str!("holidays.rs"),
            include_str!("across_months.rs"),
            include_str!("../../../tests/dates.rs"),
        ];
        for text in texts.into_iter().chain(BUNDLED_ARTICLES.iter().copied()) {
            assert_prefiltered(text);
        }
    }

    #[test]
    fn running_words_start_nothing() {
        let text = "Officials said a convoy of trucks crossed the border in this heat, \
                    the 18th in a row, this week.";
        let document = Document::new(text);
        let reader = Reader::new(text, document.lower_case(text), document.sentence_tokens(0));
        let starts: Vec<&str> = (0..reader.tokens.len())
            .filter(|&i| reader.may_start(i))
            .filter_map(|i| reader.written(i))
            .collect();
        assert_eq!(starts, ["the", "18th", "this", "week"]);
    }
}
