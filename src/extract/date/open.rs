//! Open ranges: "after 2010", "since August", "before 2018", "until April 27", "after the
//! year 2020". One end is written, the other is open.
//!
//! "after" and "before" exclude the date they name, so their value starts after it or ends
//! before it, at its precision ("after 2010" is 2011 on, "before May 2019" up to April 2019);
//! "since" and "until" include it. "3 days after January 12th" counts from the date and is
//! not an open range.

use jiff::ToSpan;
use jiff::civil::Date;

use super::patterns::{Reader, Stated};
use super::{PartialDate, When};
use crate::text::case;

/// Which side of its date an open range lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// "after 2010": from the period after the date.
    After,
    /// "since 2019": from the date on.
    Since,
    /// "before 2018": up to the period before the date.
    Before,
    /// "until March 2020", "till May 5": up to the date.
    Until,
}

/// Units of a count before "after" or "before": "3 days after", "two weeks before".
const COUNTED: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
];

impl Reader<'_> {
    pub(super) fn open_range(&self, i: usize) -> Option<(Stated, usize)> {
        let side = match case::lower(self.word(i)?).as_ref() {
            "after" => Side::After,
            "since" => Side::Since,
            "before" => Side::Before,
            "until" | "till" | "til" => Side::Until,
            _ => return None,
        };
        if i > 0 && self.is(i - 1, COUNTED) {
            return None;
        }
        let (date, end) = if self.is(i + 1, &["the"]) && self.is(i + 2, &["year"]) {
            // "after the year 2020"
            let year = self.word(i + 3).and_then(super::lexicon::year)?;
            (PartialDate::year(year), i + 4)
        } else {
            self.calendar(i + 1)?
        };
        if self.joins_range(i + 1, end) {
            return None; // "until March to June" is no open range of March.
        }
        Some((Stated::Open { date, side }, end))
    }
}

/// The open range of `date` (resolved) on `side`.
pub(super) fn open(date: PartialDate, side: Side) -> Option<When> {
    Some(match side {
        Side::Since => When::From(date),
        Side::Until => When::Until(date),
        Side::After => When::From(beside(date, 1)?),
        Side::Before => When::Until(beside(date, -1)?),
    })
}

/// The period next to `date` at its precision, after it (1) or before it (-1): 2011 for
/// 2010, April 2019 for May 2019. A date with a part ("the end of March") or without its
/// year stays as it is.
fn beside(date: PartialDate, step: i32) -> Option<PartialDate> {
    if date.part.is_some() || date.year.is_none() {
        return Some(date);
    }
    let first = date.first_day()?;
    let moved: Date = match (date.month, date.day) {
        (_, Some(_)) => first.checked_add(step.days()).ok()?,
        (Some(_), None) => first.checked_add(step.months()).ok()?,
        (None, _) => first.checked_add(step.years()).ok()?,
    };
    Some(match (date.month, date.day) {
        (_, Some(_)) => PartialDate::day(moved),
        (Some(_), None) => PartialDate::month(moved.year(), moved.month()),
        (None, _) => PartialDate::year(moved.year()),
    })
}

#[cfg(test)]
mod tests {
    use super::super::patterns::tests::read;
    use super::*;
    use crate::extract::Context;
    use crate::extract::date::extract_dates;
    use crate::text::Document;

    /// Each date of `text` published on 2016-11-07, with its value.
    fn values(text: &str) -> Vec<(String, Option<String>)> {
        let document = Document::new(text);
        let context = Context {
            publication_date: Some(Date::constant(2016, 11, 7)),
        };
        extract_dates(text, &document, &context)
            .into_iter()
            .map(|m| (text[m.span.range()].to_string(), m.value.map(When::iso)))
            .collect()
    }

    #[test]
    fn open_ranges_and_their_values() {
        let cases = [
            ("Prices rose after 2010.", "after 2010", "2011 on"),
            (
                "It happened after the year 2020.",
                "after the year 2020",
                "2021 on",
            ),
            ("It has grown since 2019.", "since 2019", "2019 on"),
            (
                "He has led since August, aides say.",
                "since August",
                "2016-08 on",
            ),
            ("It was built before 2018.", "before 2018", "until 2017"),
            (
                "They met before May 2019.",
                "before May 2019",
                "until 2019-04",
            ),
            (
                "It runs until March 2020.",
                "until March 2020",
                "until 2020-03",
            ),
            (
                "Talks last till May 5, 2017.",
                "till May 5, 2017",
                "until 2017-05-05",
            ),
            (
                "Sales slowed after Jan. 31, 2015.",
                "after Jan. 31, 2015",
                "2015-02-01 on",
            ),
            (
                "before Dec 1, 2016",
                "before Dec 1, 2016",
                "until 2016-11-30",
            ),
        ];
        for (text, written, value) in cases {
            assert_eq!(
                values(text),
                [(written.to_string(), Some(value.to_string()))],
                "{text}"
            );
        }
    }

    #[test]
    fn counts_from_a_date_and_ranges_are_not_open() {
        // A count from a stated day is a narrative anchor: left to the date alone.
        let found = read("It closed 3 days after January 12th.");
        assert!(
            found.iter().all(|(_, s)| !matches!(s, Stated::Open { .. })),
            "{found:?}"
        );
        let found = read("from March until June 2020");
        assert!(
            matches!(found.as_slice(), [(_, Stated::Range { .. })]),
            "{found:?}"
        );
        // "before" and "after" with words that are no dates.
        for text in [
            "before the vote",
            "before 5 people died",
            "since then",
            "after 20 minutes",
        ] {
            assert!(
                read(text)
                    .iter()
                    .all(|(_, s)| !matches!(s, Stated::Open { .. })),
                "{text}"
            );
        }
    }
}
