//! "Nov 18-Dec 19, 2015", "March 30-April 2": a range across two months, whose dash glues
//! the first day to the second month in one token ("18-Dec"), which alone reads as 18
//! December.

use super::PartialDate;
use super::lexicon;
use super::patterns::{Reader, Stated, complete_range};
use crate::text::TokenKind;

impl Reader<'_> {
    pub(super) fn across_months(&self, i: usize) -> Option<(Stated, usize)> {
        let month = |word: &str| {
            let capitalized = word.starts_with(char::is_uppercase);
            lexicon::month(word).filter(|_| capitalized || !lexicon::is_ambiguous_month(word))
        };
        let start_month = month(self.word(i)?)?;
        let dot = usize::from(self.is(i + 1, &["."]));
        let glued = i + 1 + dot;
        if self.kind(glued) != Some(TokenKind::Word) {
            return None;
        }
        let (day, end_month) = self.word(glued)?.split_once(['-', '–'])?;
        let (start_day, end_month) = (lexicon::day(day)?, month(end_month)?);
        let after = glued + 1 + usize::from(self.is(glued + 1, &["."]));
        let end_day = lexicon::day(self.word(after)?)?;
        let start = PartialDate::new(None, Some(start_month), Some(start_day));
        let end = PartialDate::new(None, Some(end_month), Some(end_day));
        let (end, next) = self.with_year_after(end, after + 1)?;
        if start_month == end_month || !start.exists() || !end.exists() {
            return None;
        }
        let (start, end) = complete_range(start, end)?;
        Some((Stated::Range { start, end }, next))
    }
}

#[cfg(test)]
mod tests {
    use super::super::patterns::tests::assert_reads;
    use super::super::patterns::tests::read;
    use super::*;

    #[test]
    fn ranges_across_two_months() {
        let range = |start: (Option<i16>, i8, i8), end: (Option<i16>, i8, i8)| Stated::Range {
            start: PartialDate::new(start.0, Some(start.1), Some(start.2)),
            end: PartialDate::new(end.0, Some(end.1), Some(end.2)),
        };
        let cases = [
            (
                "It ran Nov 18-Dec 19, 2015 in Paris.",
                "Nov 18-Dec 19, 2015",
                range((Some(2015), 11, 18), (Some(2015), 12, 19)),
            ),
            (
                "talks from March 30-April 2 in Bonn",
                "March 30-April 2",
                range((None, 3, 30), (None, 4, 2)),
            ),
            (
                "the Dec. 28-Jan 3 holiday week",
                "Dec. 28-Jan 3",
                range((None, 12, 28), (None, 1, 3)),
            ),
            (
                "Dec 28-Jan 3 2024 closures",
                "Dec 28-Jan 3 2024",
                range((Some(2023), 12, 28), (Some(2024), 1, 3)),
            ),
        ];
        assert_reads(&cases);
        // One date, then a number: not a range.
        let found = read("On Nov 18-Dec, 19 people left.");
        assert!(
            found
                .iter()
                .all(|(_, s)| !matches!(s, Stated::Range { .. })),
            "{found:?}"
        );
    }
}
