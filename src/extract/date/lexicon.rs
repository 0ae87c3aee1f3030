//! The words dates are written with: month and weekday names, ordinals, and the little words
//! that tell a number or a month name is meant as a date.

use crate::lang::counting;
use jiff::civil::Weekday;

use crate::text::case;

/// Month names and abbreviations, lower case, with their number.
pub(super) const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Month names that are also common English words: "May", "March" (and abbreviations such as
/// "Jan", a first name) count as months only next to a day, a year or a leading word.
const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("tues", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("thur", Weekday::Thursday),
    ("thurs", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

/// Words after which a month name alone or a bare four-digit number is a date: "in October",
/// "since 2014", "the 2022 invasion".
const DATE_LEADS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "before",
    "after",
    "during",
    "of",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "start",
    "the",
    "between",
    "and",
    "last",
    "next",
    "this",
    "year",
    "fiscal",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "around",
    "circa",
    "on",
    "as",
];

/// Words before "2010 commando raid" that make the number a year ("a", "his"), when a word
/// that is no unit follows.
const YEAR_DETERMINERS: &[&str] = &[
    "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose", "that",
];

/// Possessives before "seventies" or "70s" that make it an age: "in her seventies".
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Decades in words, from the twenties.
pub(super) const DECADE_WORDS: &[&str] = &[
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

pub fn is_year_determiner(word: &str) -> bool {
    YEAR_DETERMINERS.contains(&case::lower(word).as_ref())
}

pub fn is_possessive(word: &str) -> bool {
    POSSESSIVES.contains(&case::lower(word).as_ref())
}

/// "seventies" → 1970.
pub fn decade_word(word: &str) -> Option<i16> {
    let lower = case::lower(word);
    let index = DECADE_WORDS.iter().position(|w| *w == lower)?;
    Some(1920 + 10 * index as i16)
}

/// Seasons and their first month; "season" alone is whichever season it is (`None`).
pub(super) const SEASONS: &[(&str, Option<i8>)] = &[
    ("spring", Some(3)),
    ("summer", Some(6)),
    ("autumn", Some(9)),
    ("fall", Some(9)),
    ("winter", Some(12)),
    ("season", None),
];

/// A season and its first month ([`SEASONS`]).
pub fn season(word: &str) -> Option<Option<i8>> {
    let lower = case::lower(word);
    SEASONS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, first_month)| first_month)
}

/// A month written out or abbreviated ("Dec", "Sept"), whatever the case.
pub fn month(word: &str) -> Option<i8> {
    let mut buffer = [0; 32];
    let lower = case::lower_into(word, &mut buffer);
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, n)| n)
}

/// Whether `word` is "May" or "March" in any case: words first, months second.
pub fn is_word_month(word: &str) -> bool {
    AMBIGUOUS_MONTHS.contains(&case::lower(word).as_ref())
}

/// Whether the month name `word` is also an everyday word or a name ("May", "Jan"): an
/// abbreviation or one of [`AMBIGUOUS_MONTHS`].
pub fn is_ambiguous_month(word: &str) -> bool {
    let lower = case::lower(word);
    let full = MONTHS[..12].iter().any(|(name, _)| *name == lower);
    !full || AMBIGUOUS_MONTHS.contains(&lower.as_ref())
}

/// A weekday written out or abbreviated, and whether it was written out.
pub fn weekday(word: &str) -> Option<(Weekday, bool)> {
    let mut buffer = [0; 32];
    let lower = case::lower_into(word, &mut buffer);
    WEEKDAYS
        .iter()
        .position(|(name, _)| *name == lower)
        .map(|index| (WEEKDAYS[index].1, index < 7))
}

pub fn is_date_lead(word: &str) -> bool {
    DATE_LEADS.contains(&case::lower(word).as_ref())
}

/// A day of the month as a number or an ordinal: "2", "02", "30th", "1st".
pub fn day(word: &str) -> Option<i8> {
    let mut buffer = [0; 32];
    let lower = case::lower_into(word, &mut buffer);
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: i8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A day written as an ordinal with its digits: "14th", "1st".
pub fn ordinal_day(word: &str) -> Option<i8> {
    word.ends_with(|c: char| c.is_alphabetic())
        .then(|| day(word))
        .flatten()
}

/// A day written as an ordinal word: "first", "twenty-fourth", "thirty-first".
pub fn day_word(word: &str) -> Option<i8> {
    let day = counting::ordinal_word(word).filter(|n| (1.0..=31.0).contains(n))?;
    Some(day as i8)
}

/// Weekday abbreviations that are no other word: "Tue", "Thurs", "Fri" (not "Sun", "Wed",
/// "Sat", "Mon").
pub fn is_unambiguous_weekday_abbreviation(word: &str) -> bool {
    ["tue", "tues", "thu", "thur", "thurs", "fri"].contains(&case::lower(word).as_ref())
}

/// "Q3" → (None, 3), "2018Q4" → (Some(2018), 4).
pub fn quarter_code(word: &str) -> Option<(Option<i16>, i8)> {
    let lower = case::lower(word);
    if let Some((first, second)) = lower.split_once('-') {
        // "2017-q1", "q1-2019"
        let (year_part, code) = if first.starts_with('q') {
            (second, first)
        } else {
            (first, second)
        };
        let (_, quarter) = quarter_code(code)?;
        return Some((Some(year(year_part)?), quarter));
    }
    let (year, code) = match lower.find('q')? {
        0 => (None, &lower[..]),
        4 => (Some(year(&lower[..4])?), &lower[4..]),
        _ => return None,
    };
    let quarter: i8 = code.strip_prefix('q')?.parse().ok()?;
    (1..=4).contains(&quarter).then_some((year, quarter))
}

/// "first", "3rd": the quarter before "quarter".
pub fn quarter_ordinal(word: &str) -> Option<i8> {
    day_word(word)
        .or_else(|| ordinal_day(word))
        .filter(|q| (1..=4).contains(q))
}

/// The bytes of `word` that `keep` lets through, lower-cased into `buffer`: no allocation
/// for a short ASCII word, as most words are. `None` for a longer or non-ASCII word, which
/// the caller lower-cases the general way.
pub(super) fn short_ascii_lower<'b>(
    word: &str,
    keep: fn(&u8) -> bool,
    buffer: &'b mut [u8; 16],
) -> Option<&'b str> {
    if !word.is_ascii() || word.len() > buffer.len() {
        return None;
    }
    let mut length = 0;
    for byte in word.bytes().filter(keep) {
        buffer[length] = byte.to_ascii_lowercase();
        length += 1;
    }
    std::str::from_utf8(&buffer[..length]).ok()
}

/// A four-digit year in the range newsrooms write about.
pub fn year(word: &str) -> Option<i16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = word.parse().ok()?;
    (1000..=2999).contains(&year).then_some(year)
}

/// Small counts in words, before "days ago".
pub(super) const COUNT_WORDS: &[(&str, i32)] = &[
    ("a", 1),
    ("an", 1),
    ("few", 3),
    ("couple", 2),
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
];

/// "two", "a", "3": small counts before "days ago".
pub fn count(word: &str) -> Option<i32> {
    let lower = case::lower(word);
    if let Some(&(_, n)) = COUNT_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(n);
    }
    (lower.len() <= 3 && lower.bytes().all(|b| b.is_ascii_digit()))
        .then(|| lower.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_weekdays_and_days_as_newsrooms_write_them() {
        assert_eq!(month("Dec"), Some(12));
        assert_eq!(month("SEPT"), Some(9));
        assert_eq!(month("Decem"), None);
        assert!(is_ambiguous_month("May") && is_ambiguous_month("Jan"));
        assert!(!is_ambiguous_month("October"));
        assert_eq!(weekday("Tuesday"), Some((Weekday::Tuesday, true)));
        assert_eq!(weekday("thurs"), Some((Weekday::Thursday, false)));
        for (word, expected) in [
            ("2", Some(2)),
            ("02", Some(2)),
            ("30th", Some(30)),
            ("1st", Some(1)),
        ] {
            assert_eq!(day(word), expected, "{word}");
        }
        for word in ["32", "0", "th", "123", "5km"] {
            assert_eq!(day(word), None, "{word}");
        }
        assert_eq!(year("2024"), Some(2024));
        assert_eq!(year("20245"), None);
        assert_eq!(count("two"), Some(2));
        assert_eq!(count("a"), Some(1));
    }

    #[test]
    fn short_ascii_words_lower_cased_on_the_stack() {
        let mut buffer = [0; 16];
        let all = |_: &u8| true;
        assert_eq!(
            short_ascii_lower("Mid-May", all, &mut buffer),
            Some("mid-may")
        );
        let folded = short_ascii_lower("St.", u8::is_ascii_alphanumeric, &mut buffer);
        assert_eq!(folded, Some("st"));
        assert_eq!(short_ascii_lower("Été", all, &mut buffer), None);
        assert_eq!(
            short_ascii_lower("Counterintelligence", all, &mut buffer),
            None
        );
    }
}
