//! Resolution against the publication date: a year-less date takes the most recent year that
//! puts it on or before the publication date, a relative one ("Thursday", "last week") is
//! counted from it. Without a publication date, a year-less date stays year-less and a
//! relative one has no value.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::patterns::{Shift, Stated, Unit};
use super::{Part, PartialDate, Resolution, When};

/// The calendar value of `stated` and how it was found.
pub fn resolve(stated: &Stated, publication: Option<Date>) -> (Option<When>, Resolution) {
    match *stated {
        Stated::Calendar {
            date,
            relative_year,
        } => {
            if !date.exists() {
                return (None, Resolution::None);
            }
            match (date.year, relative_year, publication) {
                (Some(_), _, _) => (Some(When::On(date)), Resolution::Stated),
                (None, Some(offset), Some(publication)) => {
                    let year = publication.year() + offset as i16;
                    let date = PartialDate {
                        year: Some(year),
                        ..date
                    };
                    let resolution = Resolution::FromPublication(publication);
                    (date.exists().then_some(When::On(date)), resolution)
                }
                (None, _, Some(publication)) => match year_on_or_before(date, publication) {
                    Some(date) => (
                        Some(When::On(date)),
                        Resolution::YearFromPublication(publication),
                    ),
                    None => (None, Resolution::None),
                },
                (None, _, None) => (Some(When::On(date)), Resolution::None),
            }
        }
        Stated::Range { start, end } => resolve_range(start, end, publication),
        _ => {
            let resolved = publication.and_then(|p| Some((relative(stated, p)?, p)));
            match resolved {
                Some((when, publication)) => (Some(when), Resolution::FromPublication(publication)),
                None => (None, Resolution::None),
            }
        }
    }
}

/// The year-less `date` in the most recent year that puts its first day on or before
/// `publication` (and that has such a day: February 29).
fn year_on_or_before(date: PartialDate, publication: Date) -> Option<PartialDate> {
    (0..8)
        .map(|back| PartialDate {
            year: Some(publication.year() - back),
            ..date
        })
        .find(|d| d.exists() && d.first_day().is_some_and(|first| first <= publication))
}

fn resolve_range(
    start: PartialDate,
    end: PartialDate,
    publication: Option<Date>,
) -> (Option<When>, Resolution) {
    if !start.exists() || !end.exists() {
        return (None, Resolution::None);
    }
    if start.year.is_some() && end.year.is_some() {
        return (Some(When::Range { start, end }), Resolution::Stated);
    }
    let Some(publication) = publication else {
        return (Some(When::Range { start, end }), Resolution::None);
    };
    // Both year-less: the end takes the most recent year, the start the same one unless
    // the range crosses a new year.
    let Some(end) = year_on_or_before(end, publication) else {
        return (None, Resolution::None);
    };
    let crosses_year = (start.month, start.day) > (end.month, end.day);
    let start = PartialDate {
        year: end.year.map(|y| y - i16::from(crosses_year)),
        ..start
    };
    if !start.exists() {
        return (None, Resolution::None);
    }
    let when = When::Range { start, end };
    (Some(when), Resolution::YearFromPublication(publication))
}

/// A relative date counted from `publication`.
fn relative(stated: &Stated, publication: Date) -> Option<When> {
    let day = |date: Date| Some(When::On(PartialDate::day(date)));
    match *stated {
        Stated::Days(days) => day(publication.checked_add(days.days()).ok()?),
        Stated::Weekday { weekday, shift } => day(weekday_from(publication, weekday, shift)?),
        Stated::Period { unit, offset, part } => period(publication, unit, offset, part),
        Stated::NamedMonth { month, shift } => {
            let this_year = publication.year();
            let year = match shift {
                Shift::Nearest | Shift::This => this_year,
                Shift::Last if month < publication.month() => this_year,
                Shift::Last => this_year - 1,
                Shift::Next if month > publication.month() => this_year,
                Shift::Next => this_year + 1,
            };
            Some(When::On(PartialDate::month(year, month)))
        }
        Stated::Ago { count, unit } => {
            let shifted = match unit {
                Unit::Day => publication.checked_sub(count.days()),
                Unit::Week => publication.checked_sub(count.weeks()),
                Unit::Month => publication.checked_sub(count.months()),
                Unit::Year => publication.checked_sub(count.years()),
            }
            .ok()?;
            period_at(shifted, unit, None)
        }
        Stated::Calendar { .. } | Stated::Range { .. } => None,
    }
}

fn weekday_from(publication: Date, weekday: Weekday, shift: Shift) -> Option<Date> {
    let back = i32::from(publication.weekday().since(weekday));
    match shift {
        Shift::Nearest => publication.checked_sub(back.days()).ok(),
        Shift::Last => {
            let back = if back == 0 { 7 } else { back };
            publication.checked_sub(back.days()).ok()
        }
        Shift::This => {
            let monday = publication
                .checked_sub(i32::from(publication.weekday().to_monday_zero_offset()).days())
                .ok()?;
            monday
                .checked_add(i32::from(weekday.to_monday_zero_offset()).days())
                .ok()
        }
        Shift::Next => {
            let ahead = i32::from(weekday.since(publication.weekday()));
            let ahead = if ahead == 0 { 7 } else { ahead };
            publication.checked_add(ahead.days()).ok()
        }
    }
}

/// "last week", "this month", "earlier this year": the period `offset` units from the
/// publication date's.
fn period(publication: Date, unit: Unit, offset: i32, part: Option<Part>) -> Option<When> {
    let shifted = match unit {
        Unit::Day => publication.checked_add(offset.days()),
        Unit::Week => publication.checked_add(offset.weeks()),
        Unit::Month => publication.checked_add(offset.months()),
        Unit::Year => publication.checked_add(offset.years()),
    }
    .ok()?;
    period_at(shifted, unit, part)
}

/// The day, week (Monday to Sunday), month or year containing `date`.
fn period_at(date: Date, unit: Unit, part: Option<Part>) -> Option<When> {
    let with_part = |d: PartialDate| When::On(PartialDate { part, ..d });
    match unit {
        Unit::Day => Some(with_part(PartialDate::day(date))),
        Unit::Week => {
            let monday = date
                .checked_sub(i32::from(date.weekday().to_monday_zero_offset()).days())
                .ok()?;
            let sunday = monday.checked_add(6.days()).ok()?;
            Some(When::Range {
                start: PartialDate::day(monday),
                end: PartialDate::day(sunday),
            })
        }
        Unit::Month => Some(with_part(PartialDate::month(date.year(), date.month()))),
        Unit::Year => Some(with_part(PartialDate::year(date.year()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHED: Date = Date::constant(2024, 1, 5);

    fn calendar(month: i8, day: Option<i8>) -> Stated {
        Stated::Calendar {
            date: PartialDate::new(None, Some(month), day),
            relative_year: None,
        }
    }

    fn iso(stated: Stated, publication: Option<Date>) -> Option<String> {
        resolve(&stated, publication).0.map(When::iso)
    }

    #[test]
    fn year_less_dates_take_the_most_recent_year_on_or_before_publication() {
        let cases = [
            (calendar(12, Some(30)), "2023-12-30"),
            (calendar(1, Some(2)), "2024-01-02"),
            (calendar(1, Some(5)), "2024-01-05"),
            (calendar(1, Some(7)), "2023-01-07"),
            (calendar(9, None), "2023-09"),
            (calendar(1, None), "2024-01"),
            (calendar(2, Some(29)), "2020-02-29"),
        ];
        for (stated, expected) in cases {
            assert_eq!(
                iso(stated, Some(PUBLISHED)).as_deref(),
                Some(expected),
                "{stated:?}"
            );
        }
        let (value, resolution) = resolve(&calendar(12, Some(31)), Some(PUBLISHED));
        assert_eq!(value.map(When::iso).as_deref(), Some("2023-12-31"));
        assert_eq!(resolution, Resolution::YearFromPublication(PUBLISHED));
    }

    #[test]
    fn without_a_publication_date_year_less_stays_year_less() {
        let (value, resolution) = resolve(&calendar(12, Some(30)), None);
        assert_eq!(value.map(When::iso).as_deref(), Some("--12-30"));
        assert_eq!(resolution, Resolution::None);
        let thursday = Stated::Weekday {
            weekday: Weekday::Thursday,
            shift: Shift::Nearest,
        };
        assert_eq!(resolve(&thursday, None), (None, Resolution::None));
    }

    #[test]
    fn relative_dates_count_from_the_publication_date() {
        let weekday = |weekday, shift| Stated::Weekday { weekday, shift };
        let period = |unit, offset, part| Stated::Period { unit, offset, part };
        let cases = [
            (weekday(Weekday::Thursday, Shift::Nearest), "2024-01-04"),
            (weekday(Weekday::Friday, Shift::Nearest), "2024-01-05"),
            (weekday(Weekday::Friday, Shift::Last), "2023-12-29"),
            (weekday(Weekday::Monday, Shift::Next), "2024-01-08"),
            (Stated::Days(-1), "2024-01-04"),
            (period(Unit::Week, -1, None), "2023-12-25 to 2023-12-31"),
            (period(Unit::Month, 0, Some(Part::Earlier)), "2024-01"),
            (period(Unit::Year, -1, None), "2023"),
            (
                Stated::Calendar {
                    date: PartialDate::new(None, Some(9), None),
                    relative_year: Some(-1),
                },
                "2023-09",
            ),
            (
                Stated::NamedMonth {
                    month: 9,
                    shift: Shift::Last,
                },
                "2023-09",
            ),
            (
                Stated::Ago {
                    count: 3,
                    unit: Unit::Day,
                },
                "2024-01-02",
            ),
        ];
        for (stated, expected) in cases {
            assert_eq!(
                iso(stated, Some(PUBLISHED)).as_deref(),
                Some(expected),
                "{stated:?}"
            );
        }
    }

    #[test]
    fn ranges_across_a_new_year() {
        let range = Stated::Range {
            start: PartialDate::new(None, Some(12), Some(30)),
            end: PartialDate::new(None, Some(1), Some(2)),
        };
        assert_eq!(
            iso(range, Some(PUBLISHED)).as_deref(),
            Some("2023-12-30 to 2024-01-02")
        );
        assert_eq!(iso(range, None).as_deref(), Some("--12-30 to --01-02"));
    }

    #[test]
    fn impossible_days_have_no_value() {
        assert_eq!(
            resolve(&calendar(2, Some(30)), Some(PUBLISHED)),
            (None, Resolution::None)
        );
    }
}
