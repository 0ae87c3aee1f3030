//! The jsonl format: JSON Lines, one object per line, for streaming large corpora.
//!
//! Each line has a `type`: `finding` (the fields of a JSON-format finding), `error` (an input
//! error), `not_checked` (an article no sheet applies to), `unmentioned` (a fact no article
//! names) or, last, `summary`. Documented in `docs/formats.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{self, JsonError, JsonFinding, JsonNotChecked, JsonUnmentioned, Summary};
use crate::report::{CheckReport, CheckedFile};

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Finding(Box<JsonFinding<'a>>),
    Error(JsonError<'a>),
    NotChecked(JsonNotChecked<'a>),
    Unmentioned(JsonUnmentioned<'a>),
    Summary(Summary),
}

/// One line per finding of one article.
pub fn render_file(file: &CheckedFile, out: &mut dyn Write) -> io::Result<()> {
    let findings = file.findings.iter();
    write_lines(
        findings.map(|f| Line::Finding(Box::new(json::finding(file, f)))),
        out,
    )
}

/// The input errors, the articles no sheet applies to, the facts no article names and the
/// summary, after every article's findings.
pub fn render_end(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let errors = report.problems.iter().map(|p| Line::Error(json::error(p)));
    let not_checked = report
        .tally
        .not_checked
        .iter()
        .map(|f| Line::NotChecked(json::not_checked(f)));
    let unmentioned = report
        .unmentioned
        .iter()
        .map(|f| Line::Unmentioned(json::unmentioned(f)));
    let summary = std::iter::once(Line::Summary(json::summary(report)));
    write_lines(
        errors.chain(not_checked).chain(unmentioned).chain(summary),
        out,
    )
}

fn write_lines<'a>(lines: impl Iterator<Item = Line<'a>>, out: &mut dyn Write) -> io::Result<()> {
    for line in lines {
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}
