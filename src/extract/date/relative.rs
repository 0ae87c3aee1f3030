//! Dates counted from the publication date: "yesterday", "last week", "three days ago",
//! "earlier this month", "last Thursday", "Tuesday of next week", "the 18th", "next quarter".

use jiff::civil::Weekday;

use super::Part;
use super::lexicon;
use super::patterns::{Reader, Shift, Stated, Unit};
use crate::text::case;

/// Words after a count that place it from now: "three days ago", "two weeks hence". Not
/// "two weeks later": that counts from a day of the story, not from the publication date.
const AFTER_COUNT: &[(&str, i32)] = &[("ago", -1), ("hence", 1)];

/// The days or longer units before or after the publication date: the days to come start
/// on the day after it ("the next five days"), every other stretch on it.
fn stretch_of(count: i32, unit: Unit) -> Stated {
    match unit {
        Unit::Day if count > 0 => Stated::ComingDays(count),
        _ => Stated::Stretch { count, unit },
    }
}

impl Reader<'_> {
    pub(super) fn relative(&self, i: usize) -> Option<(Stated, usize)> {
        let written = self.word(i)?;
        let letters = written.chars().filter(|c| c.is_alphabetic());
        if letters.clone().count() > 1 && !letters.clone().any(char::is_lowercase) {
            // "USA TODAY" is a name.
            return None;
        }
        let word = case::lower(written);
        let days = match word.as_ref() {
            "yesterday" => Some(-1),
            "today" | "tonight" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(days) = days {
            return Some((Stated::Days(days), i + 1));
        }
        // "the day after tomorrow", "day before yesterday"
        let day_at = if word == "the" { i + 1 } else { i };
        if self.is(day_at, &["day"]) {
            if self.is(day_at + 1, &["before"]) && self.is(day_at + 2, &["yesterday"]) {
                return Some((Stated::Days(-2), day_at + 3));
            }
            if self.is(day_at + 1, &["after"]) && self.is(day_at + 2, &["tomorrow"]) {
                return Some((Stated::Days(2), day_at + 3));
            }
        }
        if let Some(stated) = business_acronym(written) {
            return Some((stated, i + 1));
        }
        if word == "the" && self.is(i + 1, &["weekend"]) {
            let stated = Stated::Period {
                unit: Unit::Weekend,
                offset: 0,
                part: None,
            };
            return Some((stated, i + 2));
        }
        self.part_of_this(i, &word)
            .or_else(|| self.part_of_period(i))
            .or_else(|| self.counted(i))
            .or_else(|| self.day_of_month(i))
            .or_else(|| self.shifted(i, &word))
    }

    /// "earlier this month", "later this year", "early this year", "late last year".
    fn part_of_this(&self, i: usize, word: &str) -> Option<(Stated, usize)> {
        let part = match word {
            "earlier" => Part::Earlier,
            "early" => Part::Early,
            "later" | "late" => Part::Late,
            "mid" => Part::Mid,
            _ => return None,
        };
        let offset = shift_offset(self.word(i + 1)?)?;
        let unit = self.word(i + 2).and_then(period_unit)?;
        let part = Some(part);
        matches!(unit, Unit::Month | Unit::Year | Unit::Week)
            .then_some((Stated::Period { unit, offset, part }, i + 3))
    }

    /// "the end of the month", "beginning of the year", "earlier in the week".
    fn part_of_period(&self, i: usize) -> Option<(Stated, usize)> {
        let (part, next) = if self.is(i, &["earlier", "later"]) && self.is(i + 1, &["in"]) {
            let part = if self.is(i, &["earlier"]) {
                Part::Earlier
            } else {
                Part::Late
            };
            (part, i + 2)
        } else {
            self.part_words(i)?
        };
        let next = if self.is(next, &["the"]) {
            next + 1
        } else {
            next
        };
        // "the end of next week", "the beginning of last month"
        let (offset, next) = match self.word(next).and_then(shift_offset) {
            Some(offset) => (offset, next + 1),
            None => (0, next),
        };
        let unit = period_unit(self.word(next)?)?;
        let part = Some(part);
        matches!(unit, Unit::Month | Unit::Year | Unit::Week)
            .then_some((Stated::Period { unit, offset, part }, next + 1))
    }

    /// "three days ago", "two weeks later", "in 5 days", "5 days from now", "the last two
    /// weeks", "next 3 months".
    fn counted(&self, i: usize) -> Option<(Stated, usize)> {
        // "in 5 days", "within a year"
        if self.is(i, &["in", "within"])
            && let Some(count) = self.word(i + 1).and_then(lexicon::count)
            && let Some(unit) = self.word(i + 2).and_then(period_unit)
            && count > 0
        {
            // "in two weeks" is a day; "within two weeks" all the days until then.
            let stated = if self.is(i, &["within"]) {
                Stated::Stretch { count, unit }
            } else {
                Stated::Shifted { count, unit }
            };
            return Some((stated, i + 3));
        }
        // "last two weeks", "next 3 days", "past few days"
        let stretch = self.word(i).and_then(shift_offset).filter(|&o| o != 0);
        if let Some(direction) = stretch
            && let Some(count) = self.word(i + 1).and_then(lexicon::count)
            && let Some(unit) = self.word(i + 2).and_then(period_unit)
        {
            return Some((stretch_of(direction * count, unit), i + 3));
        }
        let count = lexicon::count(self.word(i)?)?;
        if let Some(direction) = self.word(i + 1).and_then(shift_offset).filter(|&o| o != 0)
            && let Some(unit) = self.word(i + 2).and_then(period_unit)
            // Not "out 3 next week": "next" and "last" go before a count.
            && !self.is(i + 1, &["next", "last"])
        {
            // "2 upcoming months", "10 previous weeks"
            return Some((stretch_of(direction * count, unit), i + 3));
        }
        if let Some(weekday) = self.word(i + 1).and_then(plural_weekday) {
            // "two Sundays from now", "2 Thursdays back"
            let (direction, end) = if self.is(i + 2, &["from"]) && self.is(i + 3, &["now"]) {
                (1, i + 4)
            } else if self.is(i + 2, &["back", "ago"]) {
                (-1, i + 3)
            } else {
                return None;
            };
            let count = direction * count;
            return Some((Stated::WeekdayCount { weekday, count }, end));
        }
        let unit = period_unit(self.word(i + 1)?)?;
        if let Some(anchor) = self.word(i + 3).and_then(day_word_offset)
            && self.is(i + 2, &["after", "before", "from"])
            && anchor != 0
        {
            // "a week after tomorrow", "two days before yesterday", "four days from
            // yesterday": days from a day that is itself counted from the publication date.
            let length = match unit {
                Unit::Day => 1,
                Unit::Week => 7,
                _ => return None,
            };
            let sign = if self.is(i + 2, &["before"]) { -1 } else { 1 };
            return Some((Stated::Days(anchor + sign * count * length), i + 4));
        }
        if self.is(i + 2, &["after"]) && self.is(i + 3, &["today"]) {
            return Some((Stated::Shifted { count, unit }, i + 4));
        }
        if self.is(i + 2, &["from"]) && self.is(i + 3, &["now", "today"]) {
            return Some((Stated::Shifted { count, unit }, i + 4));
        }
        let &(_, direction) = AFTER_COUNT.iter().find(|(w, _)| self.is(i + 2, &[w]))?;
        let count = direction * count;
        Some((Stated::Shifted { count, unit }, i + 3))
    }

    /// "on the 18th", "the 1st": a day of the month the publication date is in, or the one
    /// before. Only an ordinal with its digits, not a noun's: "the 18th century" is not one.
    fn day_of_month(&self, i: usize) -> Option<(Stated, usize)> {
        if !self.is(i, &["the"]) || self.day_range(i).is_some() {
            // "the 13th to the 15th of July" is a range.
            return None;
        }
        let ordinal = self.word(i + 1)?;
        let day = lexicon::day(ordinal)?;
        let is_ordinal = ordinal.ends_with(|c: char| c.is_alphabetic());
        // "for the 27." ends a sentence; "the 18th, and" a phrase; "the 24 hours" does not.
        let ends_sentence = self.kind(i + 2).is_none() || self.is(i + 2, &[".", "?", "!"]);
        let ends_phrase = ends_sentence
            || self.is(
                i + 2,
                &[",", ";", ")", "and", "or", "at", "in", "to", "through"],
            );
        ((is_ordinal && ends_phrase) || ends_sentence).then_some((Stated::DayOfMonth(day), i + 2))
    }

    /// "last week", "next Thursday", "last September", "this weekend", "next quarter",
    /// "this week Monday".
    fn shifted(&self, i: usize, word: &str) -> Option<(Stated, usize)> {
        if word == "this" && self.is(i + 1, &["coming", "past"]) {
            // "this coming Monday", "this past weekend"
            return self.shifted(i + 1, &case::lower(self.word(i + 1)?));
        }
        let offset = shift_offset(word)?;
        // "this fiscal year", "next working week"
        let skipped = usize::from(self.is(i + 1, &["fiscal", "working"]));
        let i = i + skipped;
        let next = self.word(i + 1)?;
        if let Some(unit) = period_unit(next)
            && unit != Unit::Day
            && !next.ends_with('s')
        {
            if unit == Unit::Week
                && let Some(weekday) =
                    self.word(i + 2)
                        .and_then(lexicon::weekday)
                        .and_then(|(weekday, full)| {
                            let abbreviation = self
                                .word(i + 2)
                                .is_some_and(lexicon::is_unambiguous_weekday_abbreviation);
                            (full || abbreviation).then_some(weekday)
                        })
            {
                // "next week Wednesday"
                let stated = Stated::WeekdayOfWeek {
                    weekday,
                    week_offset: offset,
                };
                return Some((stated, i + 3));
            }
            let part = None;
            return Some((Stated::Period { unit, offset, part }, i + 2));
        }
        let shift = match offset {
            -1 => Shift::Last,
            0 => Shift::This,
            _ => Shift::Next,
        };
        if let Some((weekday, true)) = lexicon::weekday(next) {
            // "next Friday" is the Friday of next week, "last Wednesday" the Wednesday of
            // last week: the nearer ones are written "Friday", "Wednesday" (AP style), or
            // "this coming Friday", "this past Wednesday".
            if word.eq_ignore_ascii_case("next")
                || word.eq_ignore_ascii_case("last")
                || word.eq_ignore_ascii_case("following")
                || word.eq_ignore_ascii_case("previous")
            {
                let stated = Stated::WeekdayOfWeek {
                    weekday,
                    week_offset: offset,
                };
                return Some((stated, i + 2));
            }
            return Some((Stated::Weekday { weekday, shift }, i + 2));
        }
        if let Some(first_month) = lexicon::season(next) {
            let year = None;
            let stated = Stated::Season {
                first_month,
                year,
                shift,
            };
            return Some((stated, i + 2));
        }
        if let Some(holiday) = self.holiday(i + 1, shift) {
            return Some(holiday);
        }
        let month = lexicon::month(next)?;
        (!lexicon::is_word_month(next) || next.starts_with(|c: char| c.is_uppercase()))
            .then_some((Stated::NamedMonth { month, shift }, i + 2))
    }

    /// "of next week" after a weekday: "Tuesday of next week".
    pub(super) fn of_week(&self, i: usize) -> Option<(i32, usize)> {
        // "Friday next week", "Tuesday of last week"
        let i = if self.is(i, &["of"]) { i + 1 } else { i };
        let offset = shift_offset(self.word(i)?)?;
        self.is(i + 1, &["week"]).then_some((offset, i + 2))
    }
}

/// "EOY" (end of year), "BOM" (beginning of month): business shorthand, in capitals only
/// ("boy" is a word).
fn business_acronym(word: &str) -> Option<Stated> {
    let (part, unit) = match word {
        "BOY" => (Part::Early, Unit::Year),
        "EOY" => (Part::Late, Unit::Year),
        "BOM" => (Part::Early, Unit::Month),
        "EOM" => (Part::Late, Unit::Month),
        _ => return None,
    };
    let part = Some(part);
    Some(Stated::Period {
        unit,
        offset: 0,
        part,
    })
}

/// "yesterday" (-1), "today" (0), "tomorrow" (1).
fn day_word_offset(word: &str) -> Option<i32> {
    match case::lower(word).as_ref() {
        "yesterday" => Some(-1),
        "today" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    }
}

/// "Sundays" → Sunday.
pub(super) fn plural_weekday(word: &str) -> Option<Weekday> {
    match lexicon::weekday(word.strip_suffix('s')?)? {
        (weekday, true) => Some(weekday),
        _ => None,
    }
}

/// "last" (-1), "this" (0), "next" (1) and their synonyms.
pub(super) const SHIFTS: &[(&str, i32)] = &[
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("following", 1),
];

/// The offset of a word of [`SHIFTS`].
pub(super) fn shift_offset(word: &str) -> Option<i32> {
    let lower = case::lower(word);
    SHIFTS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, offset)| offset)
}

pub(super) fn period_unit(word: &str) -> Option<Unit> {
    match case::lower(word).as_ref() {
        "day" | "days" => Some(Unit::Day),
        "week" | "weeks" => Some(Unit::Week),
        "weekend" => Some(Unit::Weekend),
        "month" | "months" => Some(Unit::Month),
        "quarter" | "quarters" => Some(Unit::Quarter),
        "year" | "years" => Some(Unit::Year),
        "decade" | "decades" => Some(Unit::Decade),
        "workweek" => Some(Unit::Week),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::date::patterns::tests::{assert_reads, read};

    #[test]
    fn relative_dates_as_newsrooms_write_them() {
        let period = |unit, offset, part| Stated::Period { unit, offset, part };
        let cases: Vec<(&str, &str, Stated)> = vec![
            (
                "It was reported last week.",
                "last week",
                period(Unit::Week, -1, None),
            ),
            (
                "earlier this month",
                "earlier this month",
                period(Unit::Month, 0, Some(Part::Earlier)),
            ),
            (
                "early this year",
                "early this year",
                period(Unit::Year, 0, Some(Part::Early)),
            ),
            (
                "this weekend",
                "this weekend",
                period(Unit::Weekend, 0, None),
            ),
            (
                "Sales for last quarter",
                "last quarter",
                period(Unit::Quarter, -1, None),
            ),
            (
                "two years ago",
                "two years ago",
                Stated::Shifted {
                    count: -2,
                    unit: Unit::Year,
                },
            ),
            (
                "5 days from now",
                "5 days from now",
                Stated::Shifted {
                    count: 5,
                    unit: Unit::Day,
                },
            ),
            (
                "I will leave in two weeks",
                "in two weeks",
                Stated::Shifted {
                    count: 2,
                    unit: Unit::Week,
                },
            ),
            (
                "the last two weeks",
                "last two weeks",
                Stated::Stretch {
                    count: -2,
                    unit: Unit::Week,
                },
            ),
            ("set it up on the 18th.", "the 18th", Stated::DayOfMonth(18)),
            (
                "Tuesday of next week",
                "Tuesday of next week",
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Tuesday,
                    week_offset: 1,
                },
            ),
            (
                "last September",
                "last September",
                Stated::NamedMonth {
                    month: 9,
                    shift: Shift::Last,
                },
            ),
            ("yesterday", "yesterday", Stated::Days(-1)),
            (
                "on the day after tomorrow",
                "the day after tomorrow",
                Stated::Days(2),
            ),
            (
                "a week after tomorrow",
                "a week after tomorrow",
                Stated::Days(8),
            ),
            (
                "two days before yesterday",
                "two days before yesterday",
                Stated::Days(-3),
            ),
            (
                "rain over the next five days",
                "next five days",
                Stated::ComingDays(5),
            ),
            ("the coming 3 days", "coming 3 days", Stated::ComingDays(3)),
            (
                "in 2 upcoming days",
                "2 upcoming days",
                Stated::ComingDays(2),
            ),
            (
                "the past five days",
                "past five days",
                Stated::Stretch {
                    count: -5,
                    unit: Unit::Day,
                },
            ),
            (
                "a deal within two weeks",
                "within two weeks",
                Stated::Stretch {
                    count: 2,
                    unit: Unit::Week,
                },
            ),
            (
                "by the end of next week",
                "the end of next week",
                period(Unit::Week, 1, Some(Part::Late)),
            ),
            (
                "at the beginning of last month",
                "the beginning of last month",
                period(Unit::Month, -1, Some(Part::Early)),
            ),
            (
                "mid next week",
                "mid next week",
                period(Unit::Week, 1, Some(Part::Mid)),
            ),
            (
                "will vote next Friday",
                "next Friday",
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Friday,
                    week_offset: 1,
                },
            ),
            (
                "met last Wednesday",
                "last Wednesday",
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Wednesday,
                    week_offset: -1,
                },
            ),
            (
                "this coming Monday",
                "this coming Monday",
                Stated::Weekday {
                    weekday: Weekday::Monday,
                    shift: Shift::Next,
                },
            ),
            (
                "this past Wednesday",
                "this past Wednesday",
                Stated::Weekday {
                    weekday: Weekday::Wednesday,
                    shift: Shift::Last,
                },
            ),
            (
                "next week Tues",
                "next week Tues",
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Tuesday,
                    week_offset: 1,
                },
            ),
            ("out 3 next week", "next week", period(Unit::Week, 1, None)),
        ];
        assert_reads(&cases);
    }

    #[test]
    fn ordinals_of_nouns_are_not_days() {
        for text in [
            "on the 3rd floor",
            "the 24th retweet competition",
            "In the past, it was.",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }
}
