//! The github format: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's files.
//!
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` per finding;
//! warnings are `::warning`, infos `::notice`, as are articles no sheet applies to and facts
//! no article names. Values are escaped as the runner unescapes
//! them: `%`, CR and LF everywhere, and `:` and `,` in properties.

use std::io::{self, Write};

use super::escape;
use crate::finding::{Finding, Severity};
use crate::report::{CheckReport, CheckedFile};

/// One article's findings.
pub fn render_file(file: &CheckedFile, out: &mut dyn Write) -> io::Result<()> {
    for finding in &file.findings {
        writeln!(out, "{}", annotation(file, finding))?;
    }
    Ok(())
}

/// The input errors, the articles no sheet applies to and the facts no article names.
pub fn render_end(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    for problem in &report.problems {
        let mut properties = vec![format!(
            "file={}",
            property(&problem.file.display().to_string())
        )];
        if let Some(at) = problem.line_col() {
            properties.push(format!("line={},col={}", at.line, at.column));
        }
        properties.push(format!("title={}", property(problem.code)));
        let mut message = problem.message.clone();
        if let Some(help) = &problem.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        writeln!(out, "::error {}::{}", properties.join(","), data(&message))?;
    }
    for file in &report.tally.not_checked {
        writeln!(
            out,
            "::notice file={},title=not checked::{}",
            property(&file.path.display().to_string()),
            data(&file.why())
        )?;
    }
    for fact in &report.unmentioned {
        writeln!(
            out,
            "::notice title=not mentioned::{}",
            data(&format!("{}: {}", fact.fact, fact.reason()))
        )?;
    }
    Ok(())
}

fn annotation(file: &CheckedFile, finding: &Finding) -> String {
    let start = file.line_col(finding.span.start);
    let end = file.line_col(finding.span.end);
    let command = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let details = [
        finding.expected.as_ref().map(|e| format!("expected: {e}")),
        finding.note.as_ref().map(|n| format!("note: {n}")),
        finding.source.as_ref().map(|s| format!("source: {s}")),
    ];
    let message = std::iter::once(finding.message.clone())
        .chain(details.into_iter().flatten())
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        property(&file.path.display().to_string()),
        start.line,
        start.column,
        end.line,
        end.column,
        property(&finding.fact),
        data(&message)
    )
}

/// A message, escaped as the runner expects, with other control characters shown escaped.
fn data(text: &str) -> String {
    escape::text(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value, escaped as the runner expects: also `:` and `,`, which separate
/// properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_unescapes() {
        assert_eq!(data("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
