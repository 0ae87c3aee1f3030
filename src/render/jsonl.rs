//! The jsonl format: JSON Lines, one object per line, for streaming large corpora.
//!
//! Each line has a `type`: `finding` (the fields of a JSON-format finding), `error` (an input
//! error) or, last, `summary`. Documented in `docs/formats.md`.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{self, JsonError, JsonFinding, Summary};
use crate::report::CheckReport;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Finding(Box<JsonFinding<'a>>),
    Error(JsonError<'a>),
    Summary(Summary),
}

pub fn render(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let findings = report
        .findings()
        .map(|(file, finding)| Line::Finding(Box::new(json::finding(file, finding))));
    let errors = report.problems.iter().map(|p| Line::Error(json::error(p)));
    let summary = std::iter::once(Line::Summary(json::summary(report)));
    for line in findings.chain(errors).chain(summary) {
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}
