//! The short format: `path:line:col: severity[fact] message`, one line per finding, the
//! shape editors' quickfix lists and `grep` understand. Input errors use the same shape with
//! their code (`error[article::not-utf8]`), without line and column when they have none.

use std::io::{self, Write};

use super::escape;
use crate::problem::Problem;
use crate::report::{CheckReport, CheckedFile};

/// The lines of one article's findings.
pub fn render_file(file: &CheckedFile, out: &mut dyn Write) -> io::Result<()> {
    if file.findings.is_empty() {
        return Ok(());
    }
    let path = escape::path(&file.path);
    for finding in &file.findings {
        let at = file.line_col(finding.span.start);
        writeln!(
            out,
            "{path}:{}:{}: {}[{}] {}",
            at.line,
            at.column,
            finding.severity.as_str(),
            escape::line(&finding.fact),
            escape::line(&finding.message)
        )?;
    }
    Ok(())
}

/// The lines of the input errors, after every article's.
pub fn render_end(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    for problem in &report.problems {
        writeln!(out, "{}", problem_line(problem))?;
    }
    Ok(())
}

fn problem_line(problem: &Problem) -> String {
    format!(
        "{}{}: error[{}] {}",
        escape::path(&problem.file),
        problem.position(),
        problem.code,
        escape::line(&problem.message)
    )
}
