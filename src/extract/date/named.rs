//! Named periods: holidays ("Christmas Eve"), quarters ("Q3 2023"), ISO weeks ("week 36"),
//! seasons ("summer 2019") and centuries ("the 20th century").

use super::PartialDate;
use super::holidays::{self, Rule};
use super::lexicon;
use super::patterns::{Reader, Shift, Stated};
use crate::text::TokenKind;

impl Reader<'_> {
    /// "Christmas Eve", "Thanksgiving 2013", "St. Patrick's Day".
    pub(super) fn holiday(&self, i: usize, shift: Shift) -> Option<(Stated, usize)> {
        if !holidays::may_start_holiday(self.written(i)?) {
            return None;
        }
        // As written ("New Year's Day"), or without a possessive ending ("Christmas Day's
        // storm").
        let (rule, last) = [Self::written, Self::word]
            .into_iter()
            .filter_map(|read| self.holiday_name(i, read))
            .max_by_key(|&(_, last)| last)?;
        let end = last + 1;
        let year = self.word(end).and_then(lexicon::year);
        let stated = Stated::Holiday { rule, year, shift };
        Some((stated, end + usize::from(year.is_some())))
    }

    /// The holiday named from token `i`, each word read by `read` and folded, and the last
    /// token of its name.
    fn holiday_name<'t>(
        &'t self,
        i: usize,
        read: fn(&'t Self, usize) -> Option<&'t str>,
    ) -> Option<(Rule, usize)> {
        let words: Vec<(String, usize)> = (i..self.tokens.len().min(i + 6))
            .map(|at| (holidays::fold(read(self, at).unwrap_or_default()), at))
            .filter(|(word, _)| !word.is_empty())
            .take(4)
            .collect();
        if words.first().is_none_or(|(_, at)| *at != i) {
            return None;
        }
        let folded: Vec<String> = words.iter().map(|(w, _)| w.clone()).collect();
        let (rule, length) = holidays::holiday(&folded)?;
        Some((rule, words[length - 1].1))
    }

    /// "week 36", "week 23 of 2018": an ISO week.
    pub(super) fn week_number(&self, i: usize) -> Option<(Stated, usize)> {
        if !self.is(i, &["week"]) || self.kind(i + 1) != Some(TokenKind::Number) {
            return None;
        }
        let week: i8 = self.word(i + 1)?.parse().ok()?;
        if !(1..=53).contains(&week) {
            return None;
        }
        let after = if self.is(i + 2, &["of", ","]) {
            i + 3
        } else {
            i + 2
        };
        let (year, end) = match self.word(after).and_then(lexicon::year) {
            Some(year) => (Some(year), after + 1),
            None => (None, i + 2),
        };
        Some((Stated::WeekNumber { year, week }, end))
    }

    /// "summer 2019", "the winter of 2022".
    pub(super) fn season_of_year(&self, i: usize) -> Option<(Stated, usize)> {
        let first_month = lexicon::season(self.word(i)?)?;
        let after = if self.is(i + 1, &["of"]) {
            i + 2
        } else {
            i + 1
        };
        let year = self.word(after).and_then(lexicon::year)?;
        let stated = Stated::Season {
            first_month,
            year: Some(year),
            shift: Shift::Nearest,
        };
        Some((stated, after + 1))
    }

    /// "the 20th century", "21st century".
    pub(super) fn century(&self, i: usize) -> Option<(Stated, usize)> {
        let word = self.word(i)?;
        let nth = lexicon::ordinal_day(word).or_else(|| lexicon::day_word(word))?;
        if !self.is(i + 1, &["century"]) || nth > 21 {
            return None;
        }
        let first = (i16::from(nth) - 1) * 100;
        let (start, end) = (PartialDate::year(first), PartialDate::year(first + 99));
        Some((Stated::Range { start, end }, i + 2))
    }

    /// "Q3 2023", "2018Q4", "the third quarter of 2019", "3rd qtr".
    pub(super) fn quarter(&self, i: usize) -> Option<(Stated, usize)> {
        let word = self.word(i)?;
        let year_before = lexicon::year(word);
        let at = if year_before.is_some() { i + 1 } else { i };
        let (quarter, year, next) =
            if let Some((year, quarter)) = self.word(at).and_then(lexicon::quarter_code) {
                (quarter, year.or(year_before), at + 1)
            } else if let Some((ordinal, "quarter")) = self.word(at)?.split_once('-') {
                // "third-quarter profit"
                (lexicon::quarter_ordinal(ordinal)?, year_before, at + 1)
            } else {
                let quarter = lexicon::quarter_ordinal(self.word(at)?)?;
                if !self.is(at + 1, &["quarter", "qtr"]) {
                    return None;
                }
                (quarter, year_before, at + 2)
            };
        let after = if self.is(next, &["of", ","]) {
            next + 1
        } else {
            next
        };
        let (year, end) = match (year, self.word(after).and_then(lexicon::year)) {
            (None, Some(year)) => (Some(year), after + 1),
            (year, _) => (year, next),
        };
        Some((Stated::Quarter { year, quarter }, end))
    }
}
