//! The Markdown report, for pasting into a ticket or a pull request: the summary, the
//! matrix and the findings.
//!
//! Article text is untrusted and Markdown renderers pass HTML through, so every piece of it
//! is escaped: HTML's `<`, `>` and `&` as entities, Markdown's punctuation with a backslash,
//! line breaks as spaces (a table row is one line).

use std::fmt::Write as _;

use super::{CellState, Matrix, Summary, article_name, file_name, plural};
use crate::report::CheckReport;

pub fn render(report: &CheckReport) -> String {
    let matrix = Matrix::new(report);
    let summary = Summary::new(report);
    let mut out = String::new();
    let titles: Vec<&str> = report
        .sheets
        .iter()
        .map(|s| s.title.as_deref().unwrap_or(&s.story))
        .collect();
    let _ = writeln!(
        out,
        "# Fact-check report: {}\n",
        escape(&titles.join(" · "))
    );
    render_summary(&mut out, &summary, report);
    render_matrix(&mut out, &matrix, report);
    render_findings(&mut out, report);
    out
}

fn render_summary(out: &mut String, summary: &Summary, report: &CheckReport) {
    let _ = writeln!(out, "## Summary\n");
    let _ = writeln!(out, "- {} checked", plural(summary.checked(), "article"));
    let _ = writeln!(
        out,
        "- {} in {}",
        plural(summary.facts, "fact"),
        plural(summary.sheets, "fact sheet")
    );
    let by_severity: Vec<String> = summary
        .findings
        .iter()
        .map(|(severity, n)| format!("{n} {}", severity.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "- {}: {}",
        plural(summary.total_findings(), "finding"),
        by_severity.join(", ")
    );
    let _ = writeln!(
        out,
        "- {} of {} articles clean",
        summary.clean,
        summary.checked()
    );
    if summary.not_checked > 0 {
        let _ = writeln!(
            out,
            "- {} not checked, as no fact sheet applies:",
            plural(summary.not_checked, "article")
        );
        for file in report.not_checked() {
            let name = escape(&article_name(file));
            let _ = writeln!(out, "  - {name}: {}", escape(&file.why_not_checked()));
        }
    }
    if summary.problems > 0 {
        let _ = writeln!(
            out,
            "- {} could not be read",
            plural(summary.problems, "file")
        );
    }
    out.push('\n');
}

fn render_matrix(out: &mut String, matrix: &Matrix, report: &CheckReport) {
    let _ = writeln!(out, "## Articles × facts\n");
    let legend: Vec<String> = CellState::ALL
        .iter()
        .map(|s| format!("{} {}", s.icon(), s.label()))
        .collect();
    let _ = writeln!(out, "{}\n", legend.join(" · "));
    out.push_str("| article |");
    for column in &matrix.facts {
        let _ = write!(out, " {} |", escape(column.short_id()));
    }
    out.push_str("\n|---|");
    out.push_str(&":-:|".repeat(matrix.facts.len()));
    out.push('\n');
    for (file, cells) in report.files.iter().zip(&matrix.rows) {
        let _ = write!(out, "| {} |", escape(&article_name(file)));
        for cell in cells {
            let _ = write!(out, " {} |", cell.state.icon());
        }
        out.push('\n');
    }
    out.push('\n');
}

fn render_findings(out: &mut String, report: &CheckReport) {
    let _ = writeln!(out, "## Findings\n");
    if report.findings().next().is_none() {
        let _ = writeln!(out, "No findings.");
        return;
    }
    for file in report.files.iter().filter(|f| !f.findings.is_empty()) {
        let (name, file_name) = (article_name(file), file_name(file));
        if name == file_name {
            let _ = writeln!(out, "### {}\n", escape(&name));
        } else {
            let _ = writeln!(out, "### {} ({})\n", escape(&name), escape(&file_name));
        }
        for finding in &file.findings {
            let position = file.line_col(finding.span.start);
            let found =
                without_quotation_marks(file.source.get(finding.span.range()).unwrap_or_default());
            let quoted = if finding.message.contains(found) {
                String::new()
            } else {
                format!(" (“{}”)", escape(found))
            };
            let _ = writeln!(
                out,
                "- {} **{}** `{}` line {}: {}{quoted}",
                CellState::Broken(finding.severity).icon(),
                finding.severity.as_str(),
                escape_code(&finding.fact),
                position.line,
                escape(&finding.message),
            );
            if let Some(expected) = &finding.expected {
                let _ = writeln!(out, "  - expected: {}", escape(expected));
            }
            // The help says what it is: "write “visit to Russia”", "diff: …".
            if let Some(help) = &finding.help {
                let _ = writeln!(out, "  - {}", escape(help));
            }
            for (term, value) in [("note", &finding.note), ("source", &finding.source)] {
                if let Some(value) = value {
                    let _ = writeln!(out, "  - {term}: {}", escape(value));
                }
            }
        }
        out.push('\n');
    }
}

/// A quotation's words without its own marks and the comma before the closing one, so that
/// it can be shown in marks again: “It will not be quick,” → It will not be quick.
fn without_quotation_marks(found: &str) -> &str {
    const MARKS: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»', '„'];
    if !(found.starts_with(MARKS) && found.ends_with(MARKS)) {
        return found;
    }
    found.trim_matches(MARKS).trim_end_matches([',', ' '])
}

/// Text that stays text in any Markdown renderer, table cells included.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// An identifier inside a code span: a backtick would end it, so none is kept.
fn escape_code(text: &str) -> String {
    text.replace(['`', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_lose_their_own_marks_before_they_are_quoted() {
        assert_eq!(
            without_quotation_marks("“It will not be quick,”"),
            "It will not be quick"
        );
        assert_eq!(without_quotation_marks("'so far'"), "so far");
        assert_eq!(
            without_quotation_marks("visit to Moscow"),
            "visit to Moscow"
        );
        assert_eq!(without_quotation_marks("the allies’"), "the allies’");
    }

    #[test]
    fn markup_in_article_text_stays_text() {
        assert_eq!(
            escape("<script>alert(1)</script> [x](javascript:alert(1)) a|b"),
            "&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(javascript:alert\\(1\\)\\) a\\|b"
        );
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape_code("a`b"), "a b");
    }
}
