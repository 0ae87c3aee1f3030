//! Holidays newsrooms date events by: "on Christmas Eve", "over Thanksgiving", "Easter 2018".
//! Fixed ones are year-less calendar days; moving ones are computed for a year.

use foldhash::HashSet;
use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::lexicon::short_ascii_lower;

/// When a holiday falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The same day every year.
    Fixed { month: i8, day: i8 },
    /// The `nth` weekday of a month; `-1` is the last one.
    NthWeekday {
        month: i8,
        nth: i8,
        weekday: Weekday,
    },
    /// Days after Easter Sunday (Good Friday is -2).
    Easter(i32),
    /// Days after US Thanksgiving (Black Friday is 1, Cyber Monday 4).
    Thanksgiving(i32),
}

/// Names as words, folded: lower case, apostrophes removed ("new years eve"), longest first
/// where one name starts another.
const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed { month: 12, day: 24 }),
    (&["christmas", "day"], Rule::Fixed { month: 12, day: 25 }),
    (&["christmas"], Rule::Fixed { month: 12, day: 25 }),
    (&["xmas"], Rule::Fixed { month: 12, day: 25 }),
    (&["boxing", "day"], Rule::Fixed { month: 12, day: 26 }),
    (&["new", "years", "eve"], Rule::Fixed { month: 12, day: 31 }),
    (&["new", "years", "day"], Rule::Fixed { month: 1, day: 1 }),
    (&["halloween"], Rule::Fixed { month: 10, day: 31 }),
    (&["valentines", "day"], Rule::Fixed { month: 2, day: 14 }),
    (
        &["st", "patricks", "day"],
        Rule::Fixed { month: 3, day: 17 },
    ),
    (
        &["saint", "patricks", "day"],
        Rule::Fixed { month: 3, day: 17 },
    ),
    (&["st", "paddys", "day"], Rule::Fixed { month: 3, day: 17 }),
    (
        &["saint", "paddys", "day"],
        Rule::Fixed { month: 3, day: 17 },
    ),
    (&["bastille", "day"], Rule::Fixed { month: 7, day: 14 }),
    (
        &["thanksgiving"],
        Rule::NthWeekday {
            month: 11,
            nth: 4,
            weekday: Weekday::Thursday,
        },
    ),
    (
        &["mlk", "day"],
        Rule::NthWeekday {
            month: 1,
            nth: 3,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["martin", "luther", "king", "day"],
        Rule::NthWeekday {
            month: 1,
            nth: 3,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["martin", "luther", "kings", "day"],
        Rule::NthWeekday {
            month: 1,
            nth: 3,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["presidents", "day"],
        Rule::NthWeekday {
            month: 2,
            nth: 3,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["memorial", "day"],
        Rule::NthWeekday {
            month: 5,
            nth: -1,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["labor", "day"],
        Rule::NthWeekday {
            month: 9,
            nth: 1,
            weekday: Weekday::Monday,
        },
    ),
    (
        &["mothers", "day"],
        Rule::NthWeekday {
            month: 5,
            nth: 2,
            weekday: Weekday::Sunday,
        },
    ),
    (
        &["fathers", "day"],
        Rule::NthWeekday {
            month: 6,
            nth: 3,
            weekday: Weekday::Sunday,
        },
    ),
    (&["black", "friday"], Rule::Thanksgiving(1)),
    (&["small", "business", "saturday"], Rule::Thanksgiving(2)),
    (&["cyber", "monday"], Rule::Thanksgiving(4)),
    (&["giving", "tuesday"], Rule::Thanksgiving(5)),
    (&["fourth", "of", "july"], Rule::Fixed { month: 7, day: 4 }),
    (&["juneteenth"], Rule::Fixed { month: 6, day: 19 }),
    (&["veterans", "day"], Rule::Fixed { month: 11, day: 11 }),
    (&["remembrance", "day"], Rule::Fixed { month: 11, day: 11 }),
    (&["armistice", "day"], Rule::Fixed { month: 11, day: 11 }),
    (&["groundhog", "day"], Rule::Fixed { month: 2, day: 2 }),
    (&["earth", "day"], Rule::Fixed { month: 4, day: 22 }),
    (&["cinco", "de", "mayo"], Rule::Fixed { month: 5, day: 5 }),
    (&["canada", "day"], Rule::Fixed { month: 7, day: 1 }),
    (&["australia", "day"], Rule::Fixed { month: 1, day: 26 }),
    (&["anzac", "day"], Rule::Fixed { month: 4, day: 25 }),
    (
        &["columbus", "day"],
        Rule::NthWeekday {
            month: 10,
            nth: 2,
            weekday: Weekday::Monday,
        },
    ),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["maundy", "thursday"], Rule::Easter(-3)),
    (&["palm", "sunday"], Rule::Easter(-7)),
    (&["ash", "wednesday"], Rule::Easter(-46)),
    (&["shrove", "tuesday"], Rule::Easter(-47)),
    (&["mardi", "gras"], Rule::Easter(-47)),
    (&["ascension", "day"], Rule::Easter(39)),
    (&["pentecost"], Rule::Easter(49)),
    (&["whit", "monday"], Rule::Easter(50)),
];

/// The holiday whose name `words` (folded) start with, and how many words it takes.
pub fn holiday(words: &[String]) -> Option<(Rule, usize)> {
    HOLIDAYS.iter().find_map(|(name, rule)| {
        let matches = name.len() <= words.len() && name.iter().zip(words).all(|(n, w)| n == w);
        matches.then_some((*rule, name.len()))
    })
}

/// The first word of every holiday name, folded.
pub fn first_words() -> impl Iterator<Item = &'static str> {
    HOLIDAYS.iter().map(|(name, _)| name[0])
}

/// A word folded for holiday names: "Year's" → "years", "St." → "st".
pub fn fold(word: &str) -> String {
    folded_chars(word).collect()
}

/// The first words of the holiday names, for [`may_start_holiday`].
static FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| first_words().collect());

/// Whether some holiday name starts with `word`; a cheap test, without allocating for a
/// short ASCII word, run before the words after it are folded.
pub fn may_start_holiday(word: &str) -> bool {
    let mut buffer = [0; 16];
    match short_ascii_lower(word, u8::is_ascii_alphanumeric, &mut buffer) {
        Some(folded) => FIRST_WORDS.contains(folded),
        None => FIRST_WORDS.contains(fold(word).as_str()),
    }
}

fn folded_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

impl Rule {
    /// The holiday's day in `year`.
    pub fn date_in(self, year: i16) -> Option<Date> {
        match self {
            Self::Fixed { month, day } => Date::new(year, month, day).ok(),
            Self::NthWeekday {
                month,
                nth,
                weekday,
            } => Date::new(year, month, 1)
                .ok()?
                .nth_weekday_of_month(nth, weekday)
                .ok(),
            Self::Easter(offset) => easter(year)?.checked_add(offset.days()).ok(),
            Self::Thanksgiving(offset) => Date::new(year, 11, 1)
                .ok()?
                .nth_weekday_of_month(4, Weekday::Thursday)
                .ok()?
                .checked_add(offset.days())
                .ok(),
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_start_a_holiday_name_folded() {
        for word in ["St.", "NEW", "Valentine's", "Xmas", "Saint"] {
            assert!(may_start_holiday(word), "{word}");
        }
        for word in ["Newark", "years", "day", "", ".", "Ｃｈｒｉｓｔｍａｓ"] {
            assert!(!may_start_holiday(word), "{word}");
        }
    }

    #[test]
    fn moving_holidays() {
        let thanksgiving = holiday(&["thanksgiving".into()]).unwrap().0;
        assert_eq!(
            thanksgiving.date_in(2013),
            Some(Date::constant(2013, 11, 28))
        );
        assert_eq!(
            Rule::Easter(0).date_in(2024),
            Some(Date::constant(2024, 3, 31))
        );
        assert_eq!(
            Rule::Easter(0).date_in(2013),
            Some(Date::constant(2013, 3, 31))
        );
        let memorial = Rule::NthWeekday {
            month: 5,
            nth: -1,
            weekday: Weekday::Monday,
        };
        assert_eq!(memorial.date_in(2024), Some(Date::constant(2024, 5, 27)));
    }

    #[test]
    fn days_named_after_other_holidays() {
        let day = |words: &[&str], year| {
            let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
            holiday(&folded).and_then(|(rule, _)| rule.date_in(year))
        };
        let cases: &[(&[&str], i16, Date)] = &[
            (&["Black", "Friday"], 2023, Date::constant(2023, 11, 24)),
            (&["Black", "Friday"], 2024, Date::constant(2024, 11, 29)),
            (&["Cyber", "Monday"], 2023, Date::constant(2023, 11, 27)),
            (
                &["Small", "Business", "Saturday"],
                2023,
                Date::constant(2023, 11, 25),
            ),
            (&["Giving", "Tuesday"], 2023, Date::constant(2023, 11, 28)),
            (&["Ash", "Wednesday"], 2024, Date::constant(2024, 2, 14)),
            (&["Mardi", "Gras"], 2024, Date::constant(2024, 2, 13)),
            (&["Palm", "Sunday"], 2024, Date::constant(2024, 3, 24)),
            (&["Pentecost"], 2024, Date::constant(2024, 5, 19)),
            (&["Columbus", "Day"], 2023, Date::constant(2023, 10, 9)),
            (&["Fourth", "of", "July"], 2023, Date::constant(2023, 7, 4)),
            (&["Juneteenth"], 2023, Date::constant(2023, 6, 19)),
            (&["Veterans", "Day"], 2023, Date::constant(2023, 11, 11)),
        ];
        for &(words, year, date) in cases {
            assert_eq!(day(words, year), Some(date), "{words:?}");
        }
        // A weekday after another word is no holiday.
        assert_eq!(day(&["Black", "Monday"], 2023), None);
        assert_eq!(day(&["Cyber", "attack"], 2023), None);
    }

    #[test]
    fn names_take_their_longest_form() {
        let words: Vec<String> = ["New", "Year's", "Eve", "party"]
            .iter()
            .map(|w| fold(w))
            .collect();
        assert_eq!(
            holiday(&words),
            Some((Rule::Fixed { month: 12, day: 31 }, 3))
        );
        assert_eq!(
            holiday(&[fold("Christmas")]),
            Some((Rule::Fixed { month: 12, day: 25 }, 1))
        );
        assert_eq!(holiday(&[fold("Labor"), fold("Party")]), None);
    }
}
