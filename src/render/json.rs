//! The json format: one document per run. The schema is documented in `docs/json.md`;
//! keep the two in step, CI scripts parse it.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::finding::{Finding, Severity};
use crate::lang::ast::AssertionKind;
use crate::problem::Problem;
use crate::report::{CheckReport, CheckedFile};
use crate::source::{LineIndex, Span};

pub const VERSION: u32 = 2;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    errors: Vec<JsonError<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
pub(super) struct JsonFinding<'a> {
    #[serde(serialize_with = "lossy_path")]
    file: &'a Path,
    fact: &'a str,
    kind: AssertionKind,
    severity: Severity,
    message: &'a str,
    span: JsonSpan,
    found: &'a str,
    expected: Option<&'a str>,
    help: Option<&'a str>,
    note: Option<&'a str>,
    source: Option<&'a str>,
    labels: Vec<JsonLabel<'a>>,
    fix: Option<JsonFix<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<JsonSpeaker<'a>>,
}

#[derive(Serialize)]
struct JsonSpeaker<'a> {
    span: JsonSpan,
    text: &'a str,
    head: &'a str,
    resolved_to: &'a str,
}

#[derive(Serialize)]
struct JsonSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    span: JsonSpan,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    span: JsonSpan,
    replacement: &'a str,
}

#[derive(Serialize)]
pub(super) struct JsonError<'a> {
    #[serde(serialize_with = "lossy_path")]
    file: &'a Path,
    code: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    span: Option<JsonSpan>,
}

#[derive(Serialize)]
pub(super) struct Summary {
    articles: usize,
    clean_articles: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    fact_sheets: usize,
    facts: usize,
    input_errors: usize,
}

pub fn render(report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        version: VERSION,
        findings: report.findings().map(|(f, x)| finding(f, x)).collect(),
        errors: report.problems.iter().map(error).collect(),
        summary: summary(report),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

pub(super) fn summary(report: &CheckReport) -> Summary {
    Summary {
        articles: report.files.len(),
        clean_articles: report.clean_files(),
        findings: report.findings().count(),
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        infos: report.count(Severity::Info),
        fact_sheets: report.sheets.len(),
        facts: report.facts().count(),
        input_errors: report.problems.len(),
    }
}

/// `errors` alone, for `rules check --format json`.
pub fn render_problems(problems: &[Problem], out: &mut dyn Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct Errors<'a> {
        version: u32,
        errors: Vec<JsonError<'a>>,
    }
    let errors = Errors {
        version: VERSION,
        errors: problems.iter().map(error).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &errors)?;
    writeln!(out)
}

pub(super) fn finding<'a>(file: &'a CheckedFile, finding: &'a Finding) -> JsonFinding<'a> {
    let span = |s: Span| json_span(s, |o| file.line_col(o));
    JsonFinding {
        file: &file.path,
        fact: &finding.fact,
        kind: finding.kind,
        severity: finding.severity,
        message: &finding.message,
        span: span(finding.span),
        found: file.source.get(finding.span.range()).unwrap_or_default(),
        expected: finding.expected.as_deref(),
        help: finding.help.as_deref(),
        note: finding.note.as_deref(),
        source: finding.source.as_deref(),
        labels: finding
            .labels
            .iter()
            .map(|l| JsonLabel {
                span: span(l.span),
                text: &l.text,
            })
            .collect(),
        fix: finding.fix.as_ref().map(|fix| JsonFix {
            span: span(fix.span),
            replacement: &fix.replacement,
        }),
        speaker: finding.speaker.as_ref().map(|speaker| JsonSpeaker {
            span: span(speaker.span),
            text: &speaker.text,
            head: &speaker.head,
            resolved_to: &speaker.resolved_to,
        }),
    }
}

pub(super) fn error(problem: &Problem) -> JsonError<'_> {
    JsonError {
        file: &problem.file,
        code: problem.code,
        message: &problem.message,
        help: problem.help.as_deref(),
        span: problem.location.as_ref().map(|location| {
            let lines = LineIndex::new(&location.source);
            json_span(location.span, |o| lines.line_col(&location.source, o))
        }),
    }
}

/// A file name as JSON text: bytes that are not UTF-8 become U+FFFD, rather than failing the
/// whole document.
fn lossy_path<S: serde::Serializer>(path: &&Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}

fn json_span(span: Span, line_col: impl Fn(usize) -> crate::source::LineCol) -> JsonSpan {
    let start = line_col(span.start);
    let end = line_col(span.end);
    JsonSpan {
        start: span.start,
        end: span.end,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}
