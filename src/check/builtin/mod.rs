//! Built-in checks: consistency checks that need no fact sheet, such as a unit conversion in
//! parentheses that is itself wrong, or a weekday that contradicts its date.
//!
//! Each is on by default and can be turned off in `factlint.yaml`:
//!
//! ```yaml
//! checks:
//!   conversion: false
//! ```
//!
//! Their findings carry the id `builtin/<check>`. To add one: write its module here, with a
//! `fn check(&ArticleContext, &BuiltinCheck, &mut Vec<Finding>)` and a cheap
//! `fn has_candidates(&str, &Context) -> bool` that says when the text cannot hold a finding
//! (so that its mentions need not be extracted), and list it in [`ALL`].

mod conversion;
pub(crate) mod future_date;
mod impossible_date;
mod weekday;

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::ArticleContext;
use crate::extract::{Context, Kinds};
use crate::finding::{Finding, Severity};
use crate::lang::ast::AssertionKind;

/// One built-in check.
pub struct BuiltinCheck {
    /// The key under `checks:` in `factlint.yaml`.
    pub id: &'static str,
    pub description: &'static str,
    pub kind: AssertionKind,
    pub severity: Severity,
    pub run: fn(&ArticleContext, &BuiltinCheck, &mut Vec<Finding>),
    /// The kinds of mention `run` reads; the others may not be extracted.
    pub reads: Kinds,
    /// A prefilter on the body text: false only when `run` cannot find anything.
    pub candidates: fn(&str, &Context) -> bool,
}

impl BuiltinCheck {
    /// Whether the check may find something in `text`, before any mention is extracted.
    pub fn has_candidates(&self, text: &str, context: &Context) -> bool {
        (self.candidates)(text, context)
    }

    /// The id findings carry: `builtin/conversion`.
    pub fn finding_id(&self) -> String {
        format!("builtin/{}", self.id)
    }
}

/// Every built-in check, in the order they run.
pub const ALL: &[BuiltinCheck] = &[
    BuiltinCheck {
        id: "conversion",
        description: "a unit conversion in parentheses that does not match the quantity before it",
        kind: AssertionKind::Quantity,
        severity: Severity::Warning,
        run: conversion::check,
        reads: Kinds::QUANTITIES,
        candidates: conversion::has_candidates,
    },
    BuiltinCheck {
        id: "weekday",
        description: "a weekday that contradicts its date",
        kind: AssertionKind::Date,
        severity: Severity::Warning,
        run: weekday::check,
        reads: Kinds::DATES,
        candidates: weekday::has_candidates,
    },
    BuiltinCheck {
        id: "impossible-date",
        description: "a day the calendar does not have, such as February 30",
        kind: AssertionKind::Date,
        severity: Severity::Error,
        run: impossible_date::check,
        reads: Kinds::DATES,
        candidates: impossible_date::has_candidates,
    },
    BuiltinCheck {
        id: "future-date",
        description: "a date after the publication date told in the past tense",
        kind: AssertionKind::Date,
        severity: Severity::Warning,
        run: future_date::check,
        reads: Kinds::DATES,
        candidates: future_date::has_candidates,
    },
];

/// The check named `id`.
pub fn find(id: &str) -> Option<&'static BuiltinCheck> {
    ALL.iter().find(|check| check.id == id)
}

/// A prefilter's words, found in one pass ignoring ASCII case: the automaton is built on
/// first use. (A scan per word, window by window, was 4 % of checking an article.)
struct AnyOf {
    words: &'static [&'static str],
    automaton: OnceLock<AhoCorasick>,
}

impl AnyOf {
    const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            automaton: OnceLock::new(),
        }
    }

    /// Whether `text` contains one of the words, in any ASCII case.
    fn is_in(&self, text: &str) -> bool {
        let automaton = self.automaton.get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(self.words)
                .expect("a few short words")
        });
        automaton.is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_of_finds_a_word_in_any_case_anywhere() {
        static WORDS: AnyOf = AnyOf::new(&["tue", "30"]);
        for text in ["Tuesday", "on TUE.", "a statue", "April 30", "1930"] {
            assert!(WORDS.is_in(text), "{text}");
        }
        for text in ["", "Monday the 3rd", "t u e", "3 0", "Tü"] {
            assert!(!WORDS.is_in(text), "{text}");
        }
    }
}
