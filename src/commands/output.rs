//! `check`'s output in its format, written article by article as the run goes, so that an
//! article's text is dropped once its findings are written; what ends the output (input
//! errors, coverage, the summary) comes from the run's [`CheckReport`] and its tally.

use std::io::{self, Write};

use super::Format;
use crate::render::{self, github, human, json, jsonl, sarif, short};
use crate::report::{CheckReport, CheckedFile};

pub enum Output {
    Human,
    Json(json::Stream),
    Jsonl,
    Sarif(sarif::Results),
    Github,
    Short,
}

impl Output {
    pub fn new(format: Format) -> Self {
        match format {
            Format::Human => Self::Human,
            Format::Json => Self::Json(json::Stream::default()),
            Format::Jsonl => Self::Jsonl,
            Format::Sarif => Self::Sarif(sarif::Results::default()),
            Format::Github => Self::Github,
            Format::Short => Self::Short,
        }
    }

    /// One article's findings.
    pub fn file(
        &mut self,
        file: &CheckedFile,
        style: human::Style,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        match self {
            Self::Human => human::render_file(file, style, out),
            Self::Json(stream) => stream.file(file, out),
            Self::Jsonl => jsonl::render_file(file, out),
            Self::Sarif(results) => {
                results.file(file);
                Ok(())
            }
            Self::Github => github::render_file(file, out),
            Self::Short => short::render_file(file, out),
        }
    }

    /// The end of the output, once every article's findings are written.
    pub fn finish(
        self,
        report: &CheckReport,
        style: human::Style,
        quiet: bool,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> io::Result<()> {
        match self {
            Self::Human => return human::render_end(report, style, quiet, err),
            Self::Json(stream) => return stream.finish(report, out),
            Self::Jsonl => return jsonl::render_end(report, out),
            Self::Sarif(results) => return results.finish(report, out),
            Self::Github => github::render_end(report, out)?,
            Self::Short => {
                short::render_end(report, out)?;
                if !quiet {
                    human::render_coverage(report, err)?;
                }
            }
        }
        // The line formats say in one line on standard error what the run found.
        if render::summary_wanted(report, quiet) {
            writeln!(err, "{}", human::summary(report))?;
        }
        Ok(())
    }
}
