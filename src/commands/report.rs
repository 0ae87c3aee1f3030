//! `factlint report`: the editorial report of a corpus, written to one file.

use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::Exit;
use super::check::{self, CheckOptions};
use crate::editorial::{self, Format, Summary, plural};
use crate::files;
use crate::render::{escape, human};
use crate::report::CheckReport;

pub struct ReportOptions {
    /// What to check, as for `check`; its format, fail-on and quiet settings are unused.
    pub check: CheckOptions,
    pub format: Format,
    /// The file to write; `-` is standard output.
    pub output: PathBuf,
}

/// Where a report goes when neither `-o` nor `factlint.yaml` says.
pub fn default_output(format: Format) -> PathBuf {
    PathBuf::from(match format {
        Format::Html => "factlint-report.html",
        Format::Markdown => "factlint-report.md",
    })
}

/// The report as text.
pub fn render(report: &CheckReport, format: Format) -> String {
    match format {
        Format::Html => editorial::html::render(report),
        Format::Markdown => editorial::markdown::render(report),
    }
}

/// Writes `text` to `output` atomically, unless `output` is one of the report's inputs (an
/// article or a fact sheet), which a report must never replace.
fn write_report(output: &Path, report: &CheckReport, text: &str) -> io::Result<()> {
    if let Ok(target) = std::fs::metadata(output) {
        let id = |m: &std::fs::Metadata| (m.dev(), m.ino());
        let inputs = report.files.iter().map(|f| &f.path);
        let inputs = inputs.chain(report.sheets.iter().map(|s| &s.path));
        let is_input = inputs
            .filter_map(|path| std::fs::metadata(path).ok())
            .any(|input| id(&input) == id(&target));
        if is_input {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "it is one of the articles or fact sheets read; write the report elsewhere",
            ));
        }
    }
    files::replace(output, text.as_bytes(), None)
}

/// Checks, writes the report and says where. Findings do not fail a report; unreadable
/// rule files or articles do (exit 2), after the report of the rest is written.
pub fn run(options: &ReportOptions, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    let report = check::check(&options.check, err)?.report;
    let text = render(&report, options.format);
    if options.output == Path::new("-") {
        out.write_all(text.as_bytes())?;
    } else {
        write_report(&options.output, &report, &text).map_err(|error| {
            io::Error::new(
                error.kind(),
                format!("cannot write {}: {error}", escape::path(&options.output)),
            )
        })?;
        let summary = Summary::new(&report);
        writeln!(
            err,
            "factlint: wrote {} ({} checked, {}{})",
            escape::path(&options.output),
            plural(summary.checked(), "article"),
            plural(summary.total_findings(), "finding"),
            match summary.not_checked {
                0 => String::new(),
                n => format!(", {} not checked", plural(n, "article")),
            },
        )?;
    }
    for problem in &report.problems {
        writeln!(err, "{}", human::one_line(problem))?;
    }
    Ok(if report.problems.is_empty() {
        Exit::Clean
    } else {
        Exit::Error
    })
}
