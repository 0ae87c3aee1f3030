//! The json format: one document per run. The schema is documented in `docs/json.md`;
//! keep the two in step, CI scripts parse it.
//!
//! The document is written as the run goes ([`Stream`]): each article's findings as soon as
//! it is checked, the rest of the document at the end, so that no article is kept for it.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::check::Unmentioned;
use crate::finding::{Finding, Severity};
use crate::lang::ast::AssertionKind;
use crate::problem::Problem;
use crate::report::{CheckReport, CheckedFile, NotChecked};
use crate::source::{LineIndex, Span};

pub const VERSION: u32 = 2;

/// What follows `findings` in the document.
#[derive(Serialize)]
struct End<'a> {
    errors: Vec<JsonError<'a>>,
    not_checked: Vec<JsonNotChecked<'a>>,
    unmentioned: Vec<JsonUnmentioned<'a>>,
    summary: Summary,
}

/// An article no sheet applies to, with each sheet's reason.
#[derive(Serialize)]
pub(super) struct JsonNotChecked<'a> {
    file: &'a Path,
    sheets: Vec<JsonNotApplicable<'a>>,
}

#[derive(Serialize)]
struct JsonNotApplicable<'a> {
    story: &'a str,
    reason: &'a str,
}

/// A fact no article names.
#[derive(Serialize)]
pub(super) struct JsonUnmentioned<'a> {
    fact: &'a str,
    reason: String,
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
    not_checked: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    fact_sheets: usize,
    facts: usize,
    input_errors: usize,
    suppressed: usize,
}

/// The document written piece by piece, byte for byte as `serde_json::to_writer_pretty`
/// writes the whole: `{ "version", "findings": [` first, each finding at its place, and
/// the rest at the end.
#[derive(Debug, Default)]
pub struct Stream {
    opened: bool,
    findings: usize,
}

/// The indentation of an element of the top-level `findings` array.
const ELEMENT_INDENT: &str = "    ";

impl Stream {
    pub fn file(&mut self, file: &CheckedFile, out: &mut dyn Write) -> io::Result<()> {
        for found in &file.findings {
            self.open(out)?;
            out.write_all(if self.findings == 0 { b"\n" } else { b",\n" })?;
            let text = serde_json::to_string_pretty(&finding(file, found))?;
            // JSON text has no line breaks inside strings: every line is one of the value's.
            for (i, line) in text.lines().enumerate() {
                let separator = if i == 0 { "" } else { "\n" };
                write!(out, "{separator}{ELEMENT_INDENT}{line}")?;
            }
            self.findings += 1;
        }
        Ok(())
    }

    pub fn finish(mut self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        self.open(out)?;
        out.write_all(if self.findings == 0 { b"]" } else { b"\n  ]" })?;
        let end = End {
            errors: report.problems.iter().map(error).collect(),
            not_checked: report.tally.not_checked.iter().map(not_checked).collect(),
            unmentioned: report.unmentioned.iter().map(unmentioned).collect(),
            summary: summary(report),
        };
        let end = serde_json::to_string_pretty(&end)?;
        let fields = end.strip_prefix('{').unwrap_or(&end);
        writeln!(out, ",{fields}")
    }

    /// Writes the start of the document, once.
    fn open(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.opened {
            self.opened = true;
            write!(out, "{{\n  \"version\": {VERSION},\n  \"findings\": [")?;
        }
        Ok(())
    }
}

pub(super) fn summary(report: &CheckReport) -> Summary {
    let tally = &report.tally;
    Summary {
        articles: tally.articles,
        clean_articles: tally.clean,
        not_checked: tally.not_checked.len(),
        findings: tally.findings(),
        errors: tally.count(Severity::Error),
        warnings: tally.count(Severity::Warning),
        infos: tally.count(Severity::Info),
        fact_sheets: report.sheets.len(),
        facts: report.facts().count(),
        input_errors: report.problems.len(),
        suppressed: tally.suppressed,
    }
}

/// `rules check --format json`: the errors of the rule files and of the corpus, and, with a
/// corpus, the articles no sheet applies to and the facts no article names.
pub fn render_rules_check(
    problems: &[Problem],
    survey: &CheckReport,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct RulesCheck<'a> {
        version: u32,
        errors: Vec<JsonError<'a>>,
        not_checked: Vec<JsonNotChecked<'a>>,
        unmentioned: Vec<JsonUnmentioned<'a>>,
    }
    let document = RulesCheck {
        version: VERSION,
        errors: problems.iter().chain(&survey.problems).map(error).collect(),
        not_checked: survey.tally.not_checked.iter().map(not_checked).collect(),
        unmentioned: survey.unmentioned.iter().map(unmentioned).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
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

pub(super) fn not_checked(file: &NotChecked) -> JsonNotChecked<'_> {
    JsonNotChecked {
        file: &file.path,
        sheets: file
            .not_applicable
            .iter()
            .map(|n| JsonNotApplicable {
                story: &n.story,
                reason: &n.reason,
            })
            .collect(),
    }
}

pub(super) fn unmentioned(fact: &Unmentioned) -> JsonUnmentioned<'_> {
    JsonUnmentioned {
        fact: &fact.fact,
        reason: fact.reason(),
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
