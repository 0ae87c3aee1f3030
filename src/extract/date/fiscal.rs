//! Periods of company reports: "third-quarter profit", "fiscal 2023", "FY2024", "the
//! year-earlier quarter", "the first half of 2023", "H2 2022".
//!
//! A fiscal year is the company's own (Apple's ends in September, India's in March): it is
//! valued as the year that names it, as annotators of news do ("this fiscal year" in March
//! 2013 is 2013), and the date checks never compare it with a calendar date. A period counted
//! from the story's own quarter ("the year-earlier quarter") is read without a value. Halves
//! of a year are read only with their year: "in the first half" alone is as often a match's.

use super::PartialDate;
use super::lexicon;
use super::patterns::{Reader, Stated};
use crate::text::case;

/// Words before "year", "quarter" or "period" that count it from the story's own period.
pub(super) const EARLIER: &[&str] = &[
    "year-earlier",
    "year-ago",
    "prior-year",
    "previous-year",
    "year-before",
];

impl Reader<'_> {
    /// "fiscal 2023", "fiscal year 2008", "last fiscal year", "FY2024", "FY 2024", "FY24",
    /// "the year-earlier quarter".
    pub(super) fn fiscal(&self, i: usize) -> Option<(Stated, usize)> {
        let fiscal = |year, offset| Stated::FiscalYear { year, offset };
        let word = self.word(i)?;
        if let Some(digits) = word.strip_prefix("FY") {
            let year = match digits.len() {
                0 => self.word(i + 1).and_then(lexicon::year),
                2 => lexicon::year(&format!("20{digits}")),
                _ => lexicon::year(digits),
            }?;
            let end = if digits.is_empty() { i + 2 } else { i + 1 };
            return Some((fiscal(Some(year), None), end));
        }
        let offset = match case::lower(word).as_ref() {
            "this" | "current" => Some(Some(0)),
            "last" | "previous" => Some(Some(-1)),
            "next" => Some(Some(1)),
            "the" => Some(None),
            _ => None,
        };
        let at = if offset.is_some() { i + 1 } else { i };
        let offset = offset.flatten();
        if self.is(at, &["fiscal"]) {
            let after_year = if self.is(at + 1, &["year"]) {
                at + 2
            } else {
                at + 1
            };
            if let Some(year) = self.word(after_year).and_then(lexicon::year) {
                return Some((fiscal(Some(year), None), after_year + 1));
            }
            return (after_year > at + 1).then_some((fiscal(None, offset), after_year));
        }
        let earlier =
            self.is(at, EARLIER) && self.is(at + 1, &["quarter", "period", "year", "half"]);
        earlier.then_some((fiscal(None, None), at + 2))
    }

    /// "the first half of 2023", "second half 2022", "H1 2016", "1H 2023": six months.
    pub(super) fn half_year(&self, i: usize) -> Option<(Stated, usize)> {
        let at = if self.is(i, &["the"]) { i + 1 } else { i };
        let code = match self.word(at)?.to_ascii_uppercase().as_str() {
            "H1" | "1H" => Some(1),
            "H2" | "2H" => Some(2),
            _ => None,
        };
        let (half, next) = match code {
            Some(half) => (half, at + 1),
            None => {
                let half = match case::lower(self.word(at)?).as_ref() {
                    "first" => 1,
                    "second" => 2,
                    _ => return None,
                };
                if !self.is(at + 1, &["half"]) {
                    return None;
                }
                (half, at + 2)
            }
        };
        let year_at = if self.is(next, &["of", ","]) && code.is_none() {
            next + 1
        } else {
            next
        };
        let year = self.word(year_at).and_then(lexicon::year)?;
        let first_month = if half == 1 { 1 } else { 7 };
        let stated = Stated::Range {
            start: PartialDate::month(year, first_month),
            end: PartialDate::month(year, first_month + 5),
        };
        Some((stated, year_at + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::patterns::tests::{assert_reads, read};
    use super::*;

    #[test]
    fn fiscal_years_and_periods_of_the_story() {
        let fiscal = |year, offset| Stated::FiscalYear { year, offset };
        let cases = [
            (
                "Revenue in fiscal 2023 grew.",
                "fiscal 2023",
                fiscal(Some(2023), None),
            ),
            (
                "costs rose in fiscal year 2022",
                "fiscal year 2022",
                fiscal(Some(2022), None),
            ),
            (
                "Results for FY2024 were out.",
                "FY2024",
                fiscal(Some(2024), None),
            ),
            (
                "Its FY 2025 guidance held.",
                "FY 2025",
                fiscal(Some(2025), None),
            ),
            ("the FY24 outlook", "FY24", fiscal(Some(2024), None)),
            (
                "profit in the last fiscal year",
                "last fiscal year",
                fiscal(None, Some(-1)),
            ),
            (
                "cuts this fiscal year",
                "this fiscal year",
                fiscal(None, Some(0)),
            ),
            (
                "the current fiscal year was hard",
                "current fiscal year",
                fiscal(None, Some(0)),
            ),
            (
                "over the fiscal year",
                "the fiscal year",
                fiscal(None, None),
            ),
            (
                "Sales fell from the year-earlier quarter.",
                "the year-earlier quarter",
                fiscal(None, None),
            ),
            (
                "up from the year-ago period",
                "the year-ago period",
                fiscal(None, None),
            ),
        ];
        assert_reads(&cases);
        // Not fiscal periods.
        for text in [
            "a fiscal policy",
            "FYI, it closed",
            "the fiscal cliff",
            "FY",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }

    #[test]
    fn quarters_written_as_one_word() {
        let cases = [
            ("Third-quarter profit beat forecasts.", "Third-quarter", 3),
            ("its fourth-quarter results", "fourth-quarter", 4),
            ("first-quarter 2023 sales", "first-quarter 2023", 1),
        ];
        for (text, expected, quarter) in cases {
            let found = read(text);
            assert!(
                matches!(
                    found.as_slice(),
                    [(t, Stated::Quarter { quarter: q, .. })] if t == expected && *q == quarter
                ),
                "{text}: {found:?}"
            );
        }
        assert_eq!(read("a quarter-final"), []);
    }

    #[test]
    fn halves_of_a_year_with_their_year() {
        let half = |year, first, last| Stated::Range {
            start: PartialDate::month(year, first),
            end: PartialDate::month(year, last),
        };
        let cases = [
            (
                "in the first half of 2023",
                "the first half of 2023",
                half(2023, 1, 6),
            ),
            (
                "the second half of 2022 was weak",
                "the second half of 2022",
                half(2022, 7, 12),
            ),
            ("H1 2016 sales", "H1 2016", half(2016, 1, 6)),
            ("in 2H 2024", "2H 2024", half(2024, 7, 12)),
        ];
        for (text, expected, stated) in cases {
            assert_eq!(read(text), [(expected.to_string(), stated)], "{text}");
        }
        // A half without a year is as often a match's.
        assert_eq!(read("In the first half, Arsenal scored twice."), []);
    }
}
