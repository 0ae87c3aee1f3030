//! `impossible-date`: a day the calendar does not have ("February 30", "April 31",
//! "February 29, 2023").

use super::{AnyOf, BuiltinCheck};
use crate::check::ArticleContext;
use crate::extract::Context;
use crate::extract::date::{PartialDate, Stated};
use crate::finding::Finding;

/// A day the calendar may not have, the 29th to the 31st, is written: in digits ("30",
/// "2023-02-29", "31st") or in words ("twenty-ninth", "thirtieth", "thirty-first").
pub fn has_candidates(text: &str, _: &Context) -> bool {
    static LAST_DAYS: AnyOf = AnyOf::new(&["29", "30", "31", "ninth", "thirt"]);
    LAST_DAYS.is_in(text)
}

pub fn check(article: &ArticleContext, check: &BuiltinCheck, findings: &mut Vec<Finding>) {
    for mention in &article.mentions().dates {
        let dates = match mention.stated {
            Stated::Calendar { date, .. } => vec![date],
            Stated::Range { start, end } => vec![start, end],
            _ => continue,
        };
        if let Some(date) = dates.into_iter().find(|date| !date.exists()) {
            let message = format!("{} is not a day of the calendar", describe(date));
            let label = format!("{} has {} days", month_of(date), days_in_month(date));
            findings.push(article.builtin_finding(check, mention.span, message, label));
        }
    }
}

/// "February 30", "February 29, 2023".
fn describe(date: PartialDate) -> String {
    let day = date.day.unwrap_or_default();
    match date.year {
        Some(year) => format!("{} {day}, {year}", month_name(date)),
        None => format!("{} {day}", month_name(date)),
    }
}

/// "February", or "February 2023" when the year decides.
fn month_of(date: PartialDate) -> String {
    match date.year {
        Some(year) if date.month == Some(2) => format!("February {year}"),
        _ => month_name(date).to_string(),
    }
}

fn days_in_month(date: PartialDate) -> i8 {
    // A year-less February has at most 29 days: 2024 is a leap year.
    let year = date.year.unwrap_or(2024);
    jiff::civil::Date::new(year, date.month.unwrap_or(1), 1).map_or(31, |d| d.days_in_month())
}

fn month_name(date: PartialDate) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = usize::try_from(date.month.unwrap_or(1) - 1).unwrap_or_default();
    NAMES.get(index).copied().unwrap_or("January")
}
