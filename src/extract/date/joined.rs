//! Ranges whose ends are not both calendar dates: "Monday to Friday", "This Sunday till
//! Tuesday", "from next Monday to Friday", "Friday the 11th until Tuesday the 15th", "from
//! March to date", "between Jan 22 and now", "from 2019-08-01 to today".
//!
//! Two calendar dates are joined where they are read ([`Reader::range_from`]); here an
//! expression already read is joined with the one after a range word. Two weekdays join
//! alone; any other pair only after "from" or "between", as "Jan 22 and now" or "2023 to
//! date" alone may be something else ("the largest in 2023 to date").

use super::patterns::{Bound, Expression, RANGE_JOINERS, Reader, Stated};

/// Words for the publication date as the end of a range: "to date", "until now", "to the
/// present", "till current date".
const NOW: &[&[&str]] = &[
    &["now"],
    &["date"],
    &["present"],
    &["the", "present"],
    &["the", "present", "day"],
    &["current", "date"],
    &["the", "current", "date"],
];

impl Reader<'_> {
    /// `start` (read from token `first` to `i`) joined with the end after a range word at
    /// `i`, when they make a range.
    pub(super) fn joined(
        &self,
        first: usize,
        start: &Expression,
        i: usize,
    ) -> Option<(Expression, usize)> {
        let lead = first > 0 && self.is(first - 1, &["from", "between"]);
        let between = first > 0 && self.is(first - 1, &["between"]);
        if !(self.is(i, RANGE_JOINERS) || (between && self.is(i, &["and"]))) {
            return None;
        }
        let start_bound = Bound::of(start.stated)?;
        let (end, next) = self.end_bound(i + 1)?;
        let both_dates = matches!((start_bound, end), (Bound::Date(_), Bound::Date(_)));
        let weekdays = start_bound.is_weekday() && end.is_weekday();
        if both_dates || !(lead || weekdays) {
            return None;
        }
        let expression = Expression {
            span: start.span.cover(self.tokens[next - 1].span),
            stated: Stated::Joined {
                start: start_bound,
                end,
            },
            weekday: None,
        };
        Some((expression, next))
    }

    /// The end of a joined range at token `i`.
    fn end_bound(&self, i: usize) -> Option<(Bound, usize)> {
        if let Some(words) = NOW
            .iter()
            .rev()
            .find(|words| words.iter().enumerate().all(|(k, w)| self.is(i + k, &[w])))
        {
            return Some((Bound::Days(0), i + words.len()));
        }
        let (end, next) = self.expression(i)?;
        Some((Bound::of(end.stated)?, next))
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Weekday;

    use super::super::PartialDate;
    use super::super::patterns::Shift;
    use super::super::patterns::tests::{assert_reads, read};
    use super::*;

    fn weekday(weekday: Weekday, shift: Shift) -> Bound {
        Bound::Weekday { weekday, shift }
    }

    #[test]
    fn ranges_with_an_end_that_is_not_a_calendar_date() {
        let joined = |start, end| Stated::Joined { start, end };
        let cases = [
            (
                "The office is open Monday to Friday.",
                "Monday to Friday",
                joined(
                    weekday(Weekday::Monday, Shift::Nearest),
                    weekday(Weekday::Friday, Shift::Nearest),
                ),
            ),
            (
                "Strikes are planned this Saturday through Monday.",
                "this Saturday through Monday",
                joined(
                    weekday(Weekday::Saturday, Shift::This),
                    weekday(Weekday::Monday, Shift::Nearest),
                ),
            ),
            (
                "The fair runs from next Tuesday to Thursday.",
                "next Tuesday to Thursday",
                joined(
                    Bound::WeekdayOfWeek {
                        weekday: Weekday::Tuesday,
                        week_offset: 1,
                    },
                    weekday(Weekday::Thursday, Shift::Nearest),
                ),
            ),
            (
                "Polls were open from Thursday the 2nd until Sunday the 5th.",
                "Thursday the 2nd until Sunday the 5th",
                joined(
                    Bound::DayOfMonth {
                        day: 2,
                        weekday: Some(Weekday::Thursday),
                    },
                    Bound::DayOfMonth {
                        day: 5,
                        weekday: Some(Weekday::Sunday),
                    },
                ),
            ),
            (
                "Prices have doubled from April to date.",
                "April to date",
                joined(
                    Bound::Date(PartialDate::new(None, Some(4), None)),
                    Bound::Days(0),
                ),
            ),
            (
                "Sales fell between Feb 3 and now.",
                "Feb 3 and now",
                joined(
                    Bound::Date(PartialDate::new(None, Some(2), Some(3))),
                    Bound::Days(0),
                ),
            ),
            (
                "Figures from 2021-05-04 till the present day show it.",
                "2021-05-04 till the present day",
                joined(
                    Bound::Date(PartialDate::new(Some(2021), Some(5), Some(4))),
                    Bound::Days(0),
                ),
            ),
            (
                "Rain is forecast from today until Sunday.",
                "today until Sunday",
                joined(Bound::Days(0), weekday(Weekday::Sunday, Shift::Nearest)),
            ),
        ];
        assert_reads(&cases);
    }

    #[test]
    fn what_is_not_joined() {
        let alone =
            |text: &str| read(text).len() != 1 || !matches!(read(text)[0].1, Stated::Joined { .. });
        for text in [
            // A date and a count or a place, not a range.
            "The minister flew Monday to Paris.",
            "the largest launch in 2023 to date",
            "It closed March 3 to traders.",
            "Talks resume Friday and Monday.",
            "The team met on Tuesday to now plan the vote.",
        ] {
            assert!(alone(text), "{text}: {:?}", read(text));
        }
    }
}
