//! Resolution against the publication date: a year-less date takes the most recent year that
//! puts it on or before the publication date, a relative one ("Thursday", "last week") is
//! counted from it. Without a publication date, a year-less date stays year-less and a
//! relative one has no value.

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::holidays::Rule;
use super::open::open;
use super::patterns::{Bound, Shift, Stated, Unit};
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
        Stated::Open { date, side } => {
            let calendar = Stated::Calendar {
                date,
                relative_year: None,
            };
            match resolve(&calendar, publication) {
                (Some(When::On(date)), resolution) => (open(date, side), resolution),
                (_, resolution) => (None, resolution),
            }
        }
        Stated::Quarter { year, quarter: q } => quarter(year, q, publication),
        Stated::WeekNumber { year, week } => week_number(year, week, publication),
        Stated::Season {
            first_month,
            year,
            shift,
        } => season(first_month, year, shift, publication),
        Stated::Holiday { rule, year, shift } => holiday(rule, year, shift, publication),
        Stated::FiscalYear {
            year: Some(year), ..
        } => (Some(When::On(PartialDate::year(year))), Resolution::Stated),
        Stated::FiscalYear { year: None, .. } => {
            let resolved = publication.and_then(|p| Some((relative(stated, p)?, p)));
            match resolved {
                Some((when, publication)) => (Some(when), Resolution::FromPublication(publication)),
                None => (None, Resolution::None),
            }
        }
        _ => {
            let resolved = publication.and_then(|p| Some((relative(stated, p)?, p)));
            match resolved {
                Some((when, publication)) => (Some(when), Resolution::FromPublication(publication)),
                None => (None, Resolution::None),
            }
        }
    }
}

/// The other reading of a statement whose direction the text leaves open: a bare weekday
/// ("Friday"), a year-less date or range ("July 30", "in January"), a day of the month
/// ("the 18th"), a quarter, season or holiday without its year. [`resolve`] takes, for news,
/// the most recent one on or before the publication date; this is the first one on or after
/// it, as a calendar assistant reads them. `None` for everything whose direction the text
/// states ("next Friday", "last year", "in two weeks") or that has no direction.
pub fn resolve_forward(stated: &Stated, publication: Date) -> Option<When> {
    let day = |date: Date| Some(When::On(PartialDate::day(date)));
    match *stated {
        Stated::Calendar {
            date,
            relative_year: None,
        } if date.year.is_none() => year_on_or_after(date, publication).map(When::On),
        Stated::Range { start, end } if start.year.is_none() && end.year.is_none() => {
            let start = year_on_or_after(start, publication)?;
            let crosses_year = (start.month, start.day) > (end.month, end.day);
            let end = PartialDate {
                year: start.year.map(|y| y + i16::from(crosses_year)),
                ..end
            };
            end.exists().then_some(When::Range { start, end })
        }
        Stated::Weekday {
            weekday,
            shift: Shift::Nearest,
        } => {
            let ahead = i32::from(weekday.since(publication.weekday()));
            day(publication.checked_add(ahead.days()).ok()?)
        }
        Stated::DayOfMonth(day_of_month) => day((0..3).find_map(|ahead| {
            let month = publication
                .first_of_month()
                .checked_add(ahead.months())
                .ok()?;
            let date = month.with().day(day_of_month).build().ok()?;
            (date >= publication).then_some(date)
        })?),
        Stated::Quarter {
            year: None,
            quarter: q,
        } => {
            let last_month = 3 * q;
            let past = last_month < publication.month();
            let (when, _) = quarter(Some(publication.year() + i16::from(past)), q, None);
            when
        }
        Stated::Holiday {
            rule,
            year: None,
            shift: Shift::Nearest,
        } => (publication.year()..=publication.year() + 1)
            .filter_map(|year| rule.date_in(year))
            .find(|&d| d >= publication)
            .and_then(day),
        Stated::WeekdayDay { weekday, day: d } => day(weekday_day(publication, weekday, d, 1)?),
        Stated::Open { date, side } => {
            let calendar = Stated::Calendar {
                date,
                relative_year: None,
            };
            match resolve_forward(&calendar, publication)? {
                When::On(date) => open(date, side),
                _ => None,
            }
        }
        Stated::Joined { start, end } => {
            // "Monday to Friday" read forward: the start forward, the end after it.
            let start = resolve_forward(&start.stated(), publication)?.ends()[0];
            joined(start, end, publication)
        }
        _ => None,
    }
}

/// The range from `start` (resolved) to `end`. An end that is a weekday or a day of the
/// month alone is the first one after the start ("Monday to Friday", "the 11th until the
/// 15th"), a year-less date the first one on or after it; any other end is counted from the
/// publication date ("from March to date"). `None` when the end comes before the start.
fn joined(start: PartialDate, end: Bound, publication: Date) -> Option<When> {
    let from = start.first_day()?;
    let end = match end {
        Bound::Weekday {
            weekday,
            shift: Shift::Nearest | Shift::This,
        } => {
            let ahead = i32::from(weekday.since(from.weekday()));
            let ahead = if ahead == 0 { 7 } else { ahead };
            PartialDate::day(from.checked_add(ahead.days()).ok()?)
        }
        Bound::DayOfMonth { day, weekday } => {
            let after = from.checked_add(1.day()).ok()?;
            let date = match weekday {
                Some(weekday) => weekday_day(after, weekday, day, 1)?,
                None => day_of_month_after(after, day)?,
            };
            PartialDate::day(date)
        }
        Bound::Date(date) if date.year.is_none() => year_on_or_after(date, from)?,
        _ => {
            let (value, _) = resolve(&end.stated(), Some(publication));
            value?.ends()[1]
        }
    };
    (end.exists() && end.last_day()? >= from).then_some(When::Range { start, end })
}

/// The first day `day` of a month on or after `from`.
fn day_of_month_after(from: Date, day: i8) -> Option<Date> {
    (0..3).find_map(|ahead| {
        let month = from.first_of_month().checked_add(ahead.months()).ok()?;
        let date = month.with().day(day).build().ok()?;
        (date >= from).then_some(date)
    })
}

/// The day `day` of a month that falls on `weekday`: the most recent on or before `from`
/// (`direction` -1), or the first on or after it (1). Every day of the month up to the 28th
/// falls on every weekday within 14 months, the 31st within 28.
fn weekday_day(from: Date, weekday: Weekday, day: i8, direction: i32) -> Option<Date> {
    (0..=28).find_map(|months| {
        let month = from
            .first_of_month()
            .checked_add((direction * months).months())
            .ok()?;
        let date = month.with().day(day).build().ok()?;
        let on_side = if direction < 0 {
            date <= from
        } else {
            date >= from
        };
        (on_side && date.weekday() == weekday).then_some(date)
    })
}

/// The year-less `date` in the first year that puts its last day on or after `publication`
/// (and that has such a day: February 29).
fn year_on_or_after(date: PartialDate, publication: Date) -> Option<PartialDate> {
    (0..8)
        .map(|ahead| PartialDate {
            year: Some(publication.year() + ahead),
            ..date
        })
        .find(|d| d.exists() && d.last_day().is_some_and(|last| last >= publication))
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
    // A year-less start takes the most recent year that puts it on or before the publication
    // date (the range has begun: "from August to October" in September is this year's); a
    // year-less end the same one unless the range crosses a new year.
    let Some(start) = year_on_or_before(start, publication) else {
        return (None, Resolution::None);
    };
    if end.year.is_some() {
        // "from April to 2019": the end states its year.
        let ordered = start.first_day() <= end.last_day();
        let when = ordered.then_some(When::Range { start, end });
        return (when, Resolution::YearFromPublication(publication));
    }
    let crosses_year = (start.month, start.day) > (end.month, end.day);
    let end = PartialDate {
        year: start.year.map(|y| y + i16::from(crosses_year)),
        ..end
    };
    if !end.exists() {
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
        Stated::WeekdayOfWeek {
            weekday,
            week_offset,
        } => {
            let monday = monday_of(publication)?
                .checked_add(week_offset.weeks())
                .ok()?;
            let offset = i32::from(weekday.to_monday_zero_offset());
            day(monday.checked_add(offset.days()).ok()?)
        }
        Stated::DayOfMonth(day_of_month) => day(day_of_month_from(publication, day_of_month)?),
        Stated::WeekdayDay { weekday, day: d } => day(weekday_day(publication, weekday, d, -1)?),
        Stated::Joined { start, end } => {
            let (start, _) = resolve(&start.stated(), Some(publication));
            joined(start?.ends()[0], end, publication)
        }
        Stated::WeekdayCount { weekday, count } => {
            let shift = if count < 0 { Shift::Last } else { Shift::Next };
            let first = weekday_from(publication, weekday, shift)?;
            let more = (count.abs() - 1) * count.signum();
            day(first.checked_add(more.weeks()).ok()?)
        }
        Stated::Period { unit, offset, part } => {
            period_at(add(publication, unit, offset)?, unit, part)
        }
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
        Stated::Shifted { count, unit } => {
            // "in two weeks" is a day; "two months ago" a month.
            let precision = if unit == Unit::Week { Unit::Day } else { unit };
            period_at(add(publication, unit, count)?, precision, None)
        }
        Stated::ComingDays(days) => Some(When::Range {
            start: PartialDate::day(publication.tomorrow().ok()?),
            end: PartialDate::day(add(publication, Unit::Day, days)?),
        }),
        Stated::Stretch { count, unit } => {
            let other = add(publication, unit, count)?;
            let (start, end) = if count < 0 {
                (other, publication)
            } else {
                (publication, other)
            };
            Some(When::Range {
                start: PartialDate::day(start),
                end: PartialDate::day(end),
            })
        }
        Stated::Calendar { .. }
        | Stated::Range { .. }
        | Stated::Quarter { .. }
        | Stated::WeekNumber { .. }
        | Stated::Season { .. }
        | Stated::Holiday { .. }
        | Stated::Open { .. } => None,
        Stated::FiscalYear { offset, .. } => {
            let year = publication
                .year()
                .checked_add(i16::try_from(offset?).ok()?)?;
            Some(When::On(PartialDate::year(year)))
        }
    }
}

/// "Q3 2023", or "the third quarter": the most recent one that starts on or before the
/// publication date.
fn quarter(
    year: Option<i16>,
    quarter: i8,
    publication: Option<Date>,
) -> (Option<When>, Resolution) {
    let first_month = 3 * quarter - 2;
    let months = |year: i16| When::Range {
        start: PartialDate::month(year, first_month),
        end: PartialDate::month(year, first_month + 2),
    };
    match (year, publication) {
        (Some(year), _) => (Some(months(year)), Resolution::Stated),
        (None, Some(publication)) => {
            let late = first_month > publication.month();
            let year = publication.year() - i16::from(late);
            (
                Some(months(year)),
                Resolution::YearFromPublication(publication),
            )
        }
        (None, None) => (None, Resolution::None),
    }
}

/// "week 36": Monday to Sunday of that ISO week, in the stated year or the publication's.
fn week_number(
    year: Option<i16>,
    week: i8,
    publication: Option<Date>,
) -> (Option<When>, Resolution) {
    let (year, resolution) = match (year, publication) {
        (Some(year), _) => (year, Resolution::Stated),
        (None, Some(publication)) => (
            publication.year(),
            Resolution::YearFromPublication(publication),
        ),
        (None, None) => return (None, Resolution::None),
    };
    let Ok(monday) = ISOWeekDate::new(year, week, Weekday::Monday).map(|w| w.date()) else {
        return (None, Resolution::None);
    };
    let sunday = monday.checked_add(6.days()).ok();
    let when = sunday.map(|sunday| When::Range {
        start: PartialDate::day(monday),
        end: PartialDate::day(sunday),
    });
    (when, resolution)
}

/// "summer 2019", "this winter", "last season": three months from the season's first.
fn season(
    first_month: Option<i8>,
    year: Option<i16>,
    shift: Shift,
    publication: Option<Date>,
) -> (Option<When>, Resolution) {
    let months = |start: Date| {
        let end = start.checked_add(2.months()).ok()?;
        Some(When::Range {
            start: PartialDate::month(start.year(), start.month()),
            end: PartialDate::month(end.year(), end.month()),
        })
    };
    if let (Some(year), Some(month)) = (year, first_month) {
        let start = Date::new(year, month, 1).ok();
        return (start.and_then(months), Resolution::Stated);
    }
    let Some(publication) = publication else {
        return (None, Resolution::None);
    };
    // The first days of the seasons around the publication date, in order.
    let starts: Vec<Date> = (publication.year() - 2..=publication.year() + 1)
        .flat_map(|year| [3, 6, 9, 12].map(|month| Date::new(year, month, 1)))
        .filter_map(Result::ok)
        .filter(|start| first_month.is_none_or(|m| start.month() == m))
        .collect();
    let current = starts.iter().rposition(|&start| start <= publication);
    let index = match shift {
        Shift::Nearest | Shift::This => current,
        Shift::Last => current.and_then(|i| i.checked_sub(1)),
        Shift::Next => current.map_or(Some(0), |i| Some(i + 1)),
    };
    let when = index
        .and_then(|i| starts.get(i))
        .and_then(|&start| months(start));
    (when, Resolution::FromPublication(publication))
}

/// "Thanksgiving 2013", "Christmas Eve", "last Easter".
fn holiday(
    rule: Rule,
    year: Option<i16>,
    shift: Shift,
    publication: Option<Date>,
) -> (Option<When>, Resolution) {
    let day = |date: Date| Some(When::On(PartialDate::day(date)));
    match (year, publication, rule) {
        (Some(year), _, _) => (rule.date_in(year).and_then(day), Resolution::Stated),
        (None, Some(publication), _) => {
            let around = (publication.year() - 1..=publication.year() + 1)
                .filter_map(|year| rule.date_in(year));
            let date = match shift {
                Shift::Nearest => around.filter(|&d| d <= publication).max(),
                Shift::Last => around.filter(|&d| d < publication).max(),
                Shift::Next => around.filter(|&d| d > publication).min(),
                Shift::This => rule.date_in(publication.year()),
            };
            (
                date.and_then(day),
                Resolution::YearFromPublication(publication),
            )
        }
        (None, None, Rule::Fixed { month, day }) => {
            let date = PartialDate::new(None, Some(month), Some(day));
            (Some(When::On(date)), Resolution::None)
        }
        (None, None, _) => (None, Resolution::None),
    }
}

/// `date` moved by `count` units.
fn add(date: Date, unit: Unit, count: i32) -> Option<Date> {
    match unit {
        Unit::Day => date.checked_add(count.days()),
        Unit::Week | Unit::Weekend => date.checked_add(count.weeks()),
        Unit::Month => date.checked_add(count.months()),
        Unit::Quarter => date.checked_add((3 * count).months()),
        Unit::Year => date.checked_add(count.years()),
        Unit::Decade => date.checked_add((10 * count).years()),
    }
    .ok()
}

fn monday_of(date: Date) -> Option<Date> {
    let offset = i32::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(offset.days()).ok()
}

/// The most recent day `day` of a month on or before `publication`.
fn day_of_month_from(publication: Date, day: i8) -> Option<Date> {
    (0..3).find_map(|back| {
        let month = publication.checked_sub(back.months()).ok()?;
        let date = month.with().day(day).build().ok()?;
        (date <= publication).then_some(date)
    })
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

/// The day, week (Monday to Sunday), weekend, month, quarter or year containing `date`.
fn period_at(date: Date, unit: Unit, part: Option<Part>) -> Option<When> {
    let with_part = |d: PartialDate| When::On(PartialDate { part, ..d });
    let days = |start: Date, length: i32| {
        Some(When::Range {
            start: PartialDate::day(start),
            end: PartialDate::day(start.checked_add((length - 1).days()).ok()?),
        })
    };
    match unit {
        Unit::Day => Some(with_part(PartialDate::day(date))),
        Unit::Week => match days(monday_of(date)?, 7)? {
            // "early next week": the week, with the part kept on it.
            When::Range { start, end } => Some(When::Range {
                start: PartialDate { part, ..start },
                end: PartialDate { part, ..end },
            }),
            on => Some(on),
        },
        Unit::Weekend => days(monday_of(date)?.checked_add(5.days()).ok()?, 2),
        Unit::Month => Some(with_part(PartialDate::month(date.year(), date.month()))),
        Unit::Quarter => {
            let first_month = (date.month() - 1) / 3 * 3 + 1;
            Some(When::Range {
                start: PartialDate::month(date.year(), first_month),
                end: PartialDate::month(date.year(), first_month + 2),
            })
        }
        Unit::Year => Some(with_part(PartialDate::year(date.year()))),
        Unit::Decade => {
            let first = date.year() - date.year() % 10;
            Some(When::Range {
                start: PartialDate::year(first),
                end: PartialDate::year(first + 9),
            })
        }
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
                Stated::Shifted {
                    count: -3,
                    unit: Unit::Day,
                },
                "2024-01-02",
            ),
            (period(Unit::Weekend, -1, None), "2023-12-30 to 2023-12-31"),
            (period(Unit::Quarter, -1, None), "2023-10 to 2023-12"),
            (Stated::DayOfMonth(18), "2023-12-18"),
            (
                Stated::Stretch {
                    count: -2,
                    unit: Unit::Week,
                },
                "2023-12-22 to 2024-01-05",
            ),
            (
                Stated::Quarter {
                    year: None,
                    quarter: 3,
                },
                "2023-07 to 2023-09",
            ),
            (
                Stated::Holiday {
                    rule: Rule::Fixed { month: 12, day: 25 },
                    year: None,
                    shift: Shift::Nearest,
                },
                "2023-12-25",
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
    fn direction_open_statements_read_forward_too() {
        let forward = |stated: Stated| resolve_forward(&stated, PUBLISHED).map(When::iso);
        let weekday = |weekday, shift| Stated::Weekday { weekday, shift };
        let cases = [
            (calendar(12, Some(30)), Some("2024-12-30")),
            (calendar(1, Some(5)), Some("2024-01-05")),
            (calendar(1, None), Some("2024-01")),
            (calendar(2, Some(29)), Some("2024-02-29")),
            (
                weekday(Weekday::Thursday, Shift::Nearest),
                Some("2024-01-11"),
            ),
            (weekday(Weekday::Friday, Shift::Nearest), Some("2024-01-05")),
            (Stated::DayOfMonth(3), Some("2024-02-03")),
            (
                Stated::Quarter {
                    year: None,
                    quarter: 3,
                },
                Some("2024-07 to 2024-09"),
            ),
            (
                Stated::Holiday {
                    rule: Rule::Fixed { month: 12, day: 25 },
                    year: None,
                    shift: Shift::Nearest,
                },
                Some("2024-12-25"),
            ),
            (
                Stated::Range {
                    start: PartialDate::new(None, Some(12), Some(30)),
                    end: PartialDate::new(None, Some(1), Some(2)),
                },
                Some("2024-12-30 to 2025-01-02"),
            ),
            // The text states the direction or the year: no other reading.
            (weekday(Weekday::Friday, Shift::Next), None),
            (Stated::Days(1), None),
            (
                Stated::Calendar {
                    date: PartialDate::new(None, Some(9), None),
                    relative_year: Some(-1),
                },
                None,
            ),
        ];
        for (stated, expected) in cases {
            assert_eq!(forward(stated).as_deref(), expected, "{stated:?}");
        }
    }

    #[test]
    fn joined_ranges_end_after_their_start_or_at_the_publication_date() {
        // Published Friday 2024-01-05.
        let joined = |start, end| Stated::Joined { start, end };
        let weekday = |weekday, shift| Bound::Weekday { weekday, shift };
        let dated = |day, weekday| Bound::DayOfMonth {
            day,
            weekday: Some(weekday),
        };
        let date = |year, month, day| Bound::Date(PartialDate::new(year, Some(month), day));
        let cases = [
            (
                joined(
                    weekday(Weekday::Monday, Shift::Nearest),
                    weekday(Weekday::Friday, Shift::Nearest),
                ),
                Some("2024-01-01 to 2024-01-05"),
                Some("2024-01-08 to 2024-01-12"),
            ),
            (
                joined(
                    weekday(Weekday::Saturday, Shift::This),
                    weekday(Weekday::Monday, Shift::This),
                ),
                Some("2024-01-06 to 2024-01-08"),
                None,
            ),
            (
                joined(
                    Bound::WeekdayOfWeek {
                        weekday: Weekday::Tuesday,
                        week_offset: 1,
                    },
                    weekday(Weekday::Thursday, Shift::Nearest),
                ),
                Some("2024-01-09 to 2024-01-11"),
                None,
            ),
            (
                joined(dated(2, Weekday::Tuesday), dated(5, Weekday::Friday)),
                Some("2024-01-02 to 2024-01-05"),
                Some("2024-04-02 to 2024-04-05"),
            ),
            (
                joined(date(None, 4, None), Bound::Days(0)),
                Some("2023-04 to 2024-01-05"),
                None,
            ),
            (
                joined(date(None, 2, Some(3)), Bound::Days(0)),
                Some("2023-02-03 to 2024-01-05"),
                None,
            ),
            (
                joined(Bound::Days(0), weekday(Weekday::Sunday, Shift::Nearest)),
                Some("2024-01-05 to 2024-01-07"),
                None,
            ),
            (
                joined(date(None, 12, Some(28)), date(None, 1, Some(3))),
                Some("2023-12-28 to 2024-01-03"),
                Some("2024-12-28 to 2025-01-03"),
            ),
            // A start after the publication date does not run to it.
            (
                joined(date(Some(2024), 3, Some(1)), Bound::Days(0)),
                None,
                None,
            ),
        ];
        for (stated, expected, forward) in cases {
            assert_eq!(
                iso(stated, Some(PUBLISHED)).as_deref(),
                expected,
                "{stated:?}"
            );
            assert_eq!(
                resolve_forward(&stated, PUBLISHED)
                    .map(When::iso)
                    .as_deref(),
                forward,
                "{stated:?}"
            );
        }
        let monday_to_friday = joined(
            weekday(Weekday::Monday, Shift::Nearest),
            weekday(Weekday::Friday, Shift::Nearest),
        );
        assert_eq!(resolve(&monday_to_friday, None), (None, Resolution::None));
    }

    #[test]
    fn a_day_of_the_month_with_its_weekday_is_in_the_month_it_falls_on_it() {
        // Published Friday 2024-01-05: Friday the 13th was in October 2023, and next in
        // September 2024; Tuesday the 31st was in October 2023.
        let cases = [
            (Weekday::Friday, 13, "2023-10-13", "2024-09-13"),
            (Weekday::Tuesday, 31, "2023-10-31", "2024-12-31"),
            (Weekday::Friday, 5, "2024-01-05", "2024-01-05"),
        ];
        for (weekday, day, back, ahead) in cases {
            let stated = Stated::WeekdayDay { weekday, day };
            assert_eq!(iso(stated, Some(PUBLISHED)).as_deref(), Some(back));
            assert_eq!(
                resolve_forward(&stated, PUBLISHED)
                    .map(When::iso)
                    .as_deref(),
                Some(ahead)
            );
        }
    }

    #[test]
    fn a_year_less_start_before_a_year_takes_the_publication_year() {
        let range = Stated::Range {
            start: PartialDate::new(None, Some(4), None),
            end: PartialDate::year(2025),
        };
        assert_eq!(
            iso(range, Some(PUBLISHED)).as_deref(),
            Some("2023-04 to 2025")
        );
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
        // A range that has begun by the publication date is this year's.
        let autumn = Stated::Range {
            start: PartialDate::new(None, Some(8), None),
            end: PartialDate::new(None, Some(10), None),
        };
        let september = Some(Date::constant(2016, 9, 7));
        assert_eq!(
            iso(autumn, september).as_deref(),
            Some("2016-08 to 2016-10")
        );
    }

    #[test]
    fn weeks_keep_their_part_and_weekdays_count_in_weeks() {
        let cases = [
            (
                Stated::Period {
                    unit: Unit::Week,
                    offset: 1,
                    part: Some(Part::Early),
                },
                "2024-01-08 to 2024-01-14",
            ),
            (Stated::Days(2), "2024-01-07"),
            (
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Friday,
                    week_offset: 1,
                },
                "2024-01-12",
            ),
            (
                Stated::WeekdayOfWeek {
                    weekday: Weekday::Thursday,
                    week_offset: -1,
                },
                "2023-12-28",
            ),
            (
                Stated::WeekdayCount {
                    weekday: Weekday::Friday,
                    count: 2,
                },
                "2024-01-19",
            ),
            (
                Stated::Stretch {
                    count: 2,
                    unit: Unit::Week,
                },
                "2024-01-05 to 2024-01-19",
            ),
            // The days to come start tomorrow.
            (Stated::ComingDays(3), "2024-01-06 to 2024-01-08"),
        ];
        for (stated, expected) in cases {
            assert_eq!(
                iso(stated, Some(PUBLISHED)).as_deref(),
                Some(expected),
                "{stated:?}"
            );
        }
        let (value, _) = resolve(
            &Stated::Period {
                unit: Unit::Week,
                offset: 1,
                part: Some(Part::Early),
            },
            Some(PUBLISHED),
        );
        assert_eq!(value.map(|v| v.ends()[0].part), Some(Some(Part::Early)));
    }

    #[test]
    fn impossible_days_have_no_value() {
        assert_eq!(
            resolve(&calendar(2, Some(30)), Some(PUBLISHED)),
            (None, Resolution::None)
        );
    }
}
