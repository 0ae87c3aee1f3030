//! `weekday`: a weekday that contradicts its date ("Tuesday, January 3, 2024" was a
//! Wednesday). A year-less date is checked only once the publication date gives its year.

use super::{AnyOf, BuiltinCheck};
use crate::check::ArticleContext;
use crate::extract::Context;
use crate::extract::date::{When, weekday_name};
use crate::finding::Finding;

/// A weekday is named: every weekday word of the date extractor starts with one of these
/// (its lexicon lowercases words, and no other letter lowercases to an ASCII one here).
pub fn has_candidates(text: &str, _: &Context) -> bool {
    static WEEKDAYS: AnyOf = AnyOf::new(&["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    WEEKDAYS.is_in(text)
}

pub fn check(article: &ArticleContext, check: &BuiltinCheck, findings: &mut Vec<Finding>) {
    let text = &article.article().body.text;
    for mention in &article.mentions().dates {
        let (Some(stated), Some(When::On(date))) = (mention.weekday, mention.value) else {
            continue;
        };
        let Some(day) = date.date() else {
            continue;
        };
        if day.weekday() != stated {
            let message = format!(
                "{day} is a {}, not a {}",
                weekday_name(day.weekday()),
                weekday_name(stated)
            );
            findings.push(article.builtin_finding(
                check,
                mention.span,
                message,
                mention.explain(text),
            ));
        }
    }
}
