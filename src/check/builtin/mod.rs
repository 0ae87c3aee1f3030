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
//! `fn check(&ArticleContext, &BuiltinCheck, &mut Vec<Finding>)`, and list it in [`ALL`].

mod conversion;
pub(crate) mod future_date;
mod impossible_date;
mod weekday;

use super::ArticleContext;
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
}

impl BuiltinCheck {
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
    },
    BuiltinCheck {
        id: "weekday",
        description: "a weekday that contradicts its date",
        kind: AssertionKind::Date,
        severity: Severity::Warning,
        run: weekday::check,
    },
    BuiltinCheck {
        id: "impossible-date",
        description: "a day the calendar does not have, such as February 30",
        kind: AssertionKind::Date,
        severity: Severity::Error,
        run: impossible_date::check,
    },
    BuiltinCheck {
        id: "future-date",
        description: "a date after the publication date told in the past tense",
        kind: AssertionKind::Date,
        severity: Severity::Warning,
        run: future_date::check,
    },
];

/// The check named `id`.
pub fn find(id: &str) -> Option<&'static BuiltinCheck> {
    ALL.iter().find(|check| check.id == id)
}
