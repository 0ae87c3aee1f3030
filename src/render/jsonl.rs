//! The jsonl format: JSON Lines, one object per line, for streaming large corpora.
//!
//! Each line has a `type`: `finding` (the fields of a JSON-format finding), `error` (an input
//! error), `not_checked` (an article no sheet applies to), `unmentioned` (a fact no article
//! names) or, last, `summary`. Documented in `docs/formats.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{self, JsonError, JsonFinding, JsonNotChecked, JsonUnmentioned, Summary};
use crate::report::CheckReport;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Finding(Box<JsonFinding<'a>>),
    Error(JsonError<'a>),
    NotChecked(JsonNotChecked<'a>),
    Unmentioned(JsonUnmentioned<'a>),
    Summary(Summary),
}

pub fn render(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let findings = report
        .findings()
        .map(|(file, finding)| Line::Finding(Box::new(json::finding(file, finding))));
    let errors = report.problems.iter().map(|p| Line::Error(json::error(p)));
    let not_checked = report
        .not_checked()
        .map(|f| Line::NotChecked(json::not_checked(f)));
    let unmentioned = report
        .unmentioned
        .iter()
        .map(|f| Line::Unmentioned(json::unmentioned(f)));
    let summary = std::iter::once(Line::Summary(json::summary(report)));
    let lines = findings.chain(errors).chain(not_checked).chain(unmentioned);
    for line in lines.chain(summary) {
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}
