//! The human format: miette's graphical reports, one per finding and per problem.
//!
//! The only module that knows miette's `Diagnostic`; findings and problems stay plain data.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::escape;
use super::excerpt::Excerpt;
use crate::finding::{Finding, Severity};
use crate::problem::Problem;
use crate::report::{CheckReport, CheckedFile};
use crate::source::Span;

/// How reports look.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    fn handler(self) -> GraphicalReportHandler {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        GraphicalReportHandler::new_themed(theme)
            .with_width(self.width)
            .with_wrap_lines(false)
            .with_links(false)
    }
}

/// One article's findings, to `out`.
pub fn render_file(file: &CheckedFile, style: Style, out: &mut dyn Write) -> io::Result<()> {
    if file.findings.is_empty() {
        return Ok(());
    }
    let handler = style.handler();
    let excerpt = Excerpt::new(file.source.as_str().into());
    for finding in &file.findings {
        write_diagnostic(&handler, &finding_diagnostic(file, &excerpt, finding), out)?;
    }
    Ok(())
}

/// After every article's findings: problems, what was not checked and the summary line, to
/// `err`.
pub fn render_end(
    report: &CheckReport,
    style: Style,
    quiet: bool,
    err: &mut dyn Write,
) -> io::Result<()> {
    render_problems(&report.problems, style, err)?;
    if !quiet {
        render_coverage(report, err)?;
    }
    if super::summary_wanted(report, quiet) {
        writeln!(err, "{}", summary(report))?;
    }
    Ok(())
}

/// What was not checked: each article no sheet applies to, and each fact no article names,
/// with the reason. One line each, before the summary.
pub fn render_coverage(report: &CheckReport, err: &mut dyn Write) -> io::Result<()> {
    for file in &report.tally.not_checked {
        writeln!(err, "not checked: {} ({})", file.path.display(), file.why())?;
    }
    for fact in &report.unmentioned {
        writeln!(err, "never mentioned: {}: {}", fact.fact, fact.reason())?;
    }
    Ok(())
}

/// Problems alone (`rules check`, and the problems of a `check` run).
pub fn render_problems(problems: &[Problem], style: Style, err: &mut dyn Write) -> io::Result<()> {
    let handler = style.handler();
    for problem in problems {
        match &problem.location {
            Some(_) => write_diagnostic(&handler, &problem_diagnostic(problem), err)?,
            None => writeln!(err, "{}", one_line(problem))?,
        }
    }
    Ok(())
}

/// `error: corpus/x.md: not valid UTF-8 …`
pub fn one_line(problem: &Problem) -> String {
    let help = problem
        .help
        .as_deref()
        .map(|h| format!(" ({})", escape::line(h)))
        .unwrap_or_default();
    format!(
        "error: {}{}: {}{help}",
        escape::path(&problem.file),
        problem.position(),
        escape::line(&problem.message)
    )
}

fn write_diagnostic(
    handler: &GraphicalReportHandler,
    diagnostic: &Report,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut rendered = String::new();
    handler
        .render_report(&mut rendered, diagnostic)
        .map_err(io::Error::other)?;
    writeln!(out, "{rendered}")
}

/// The one-line summary printed after the reports.
pub fn summary(report: &CheckReport) -> String {
    let tally = &report.tally;
    let findings = tally.findings();
    let articles = plural(tally.articles, "article");
    let sheets = plural(report.sheets.len(), "fact sheet");
    let facts = plural(report.facts().count(), "fact");
    let mut problems = match report.problems.len() {
        0 => String::new(),
        n => format!("; {}", plural(n, "input error")),
    };
    if tally.suppressed > 0 {
        problems.push_str(&format!("; {} suppressed", tally.suppressed));
    }
    let not_checked = tally.not_checked.len();
    if not_checked > 0 {
        problems.push_str(&format!(
            "; {} not checked (no fact sheet applies)",
            plural(not_checked, "article")
        ));
    }
    if findings == 0 {
        let articles = match not_checked {
            0 => articles,
            _ => format!("{} of {articles}", tally.articles - not_checked),
        };
        return format!(
            "factlint: {articles} checked against {sheets}, {facts}: no findings{problems}"
        );
    }
    let by_severity: Vec<String> = Severity::ALL
        .into_iter()
        .map(|s| (report.count(s), s))
        .filter(|(n, _)| *n > 0)
        .map(|(n, s)| format!("{n} {}", s.as_str()))
        .collect();
    let flagged = tally.flagged;
    format!(
        "factlint: {} ({}) in {flagged} of {articles}, checked against {sheets}, {facts}{problems}",
        plural(findings, "finding"),
        by_severity.join(", "),
    )
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The longest underline, in bytes: a longer span is underlined from its start.
const MAX_UNDERLINE: usize = 500;
/// Further labels more than this many bytes from a finding are left out of its picture (the
/// other formats list them). With [`MAX_UNDERLINE`] and the excerpt's cropping, this keeps
/// every column miette pads to far below its limit of 65,535.
const NEARBY: usize = 10_000;

/// `span` as underlined in `text`.
fn underline(span: Span, text: &str) -> Span {
    Span::new(span.start, span.start + span.len().min(MAX_UNDERLINE)).clamp_to(text)
}

fn finding_diagnostic(file: &CheckedFile, excerpt: &Excerpt, finding: &Finding) -> Report {
    let text = &*file.source;
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        Some(finding.label.clone()),
        underline(finding.span, text),
    )];
    let near = |span: Span| {
        span.start.abs_diff(finding.span.start) <= NEARBY
            && span.end.abs_diff(finding.span.start) <= NEARBY
    };
    labels.extend(
        finding
            .labels
            .iter()
            .filter(|l| near(l.span))
            .map(|l| LabeledSpan::new_with_span(Some(l.text.clone()), underline(l.span, text))),
    );
    let help_lines = [
        finding.help.clone(),
        finding.expected.as_ref().map(|e| format!("expected: {e}")),
        finding.note.as_ref().map(|n| format!("note: {n}")),
        finding.source.as_ref().map(|s| format!("source: {s}")),
    ];
    let help: Vec<String> = help_lines.into_iter().flatten().collect();
    Report {
        code: finding.fact.clone(),
        severity: match finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        message: finding.message.clone(),
        source: Some(NamedSource::new(escape::path(&file.path), excerpt.clone())),
        labels,
        help: (!help.is_empty()).then(|| help.join("\n")),
    }
}

fn problem_diagnostic(problem: &Problem) -> Report {
    let (source, labels) = match &problem.location {
        Some(location) => (
            Some(NamedSource::new(
                escape::path(&problem.file),
                Excerpt::new(location.source.clone()),
            )),
            vec![LabeledSpan::new_primary_with_span(
                Some(location.label.clone()),
                underline(location.span, &location.source),
            )],
        ),
        None => (None, Vec::new()),
    };
    Report {
        code: problem.code.to_string(),
        severity: miette::Severity::Error,
        message: problem.message.clone(),
        source,
        labels,
        help: problem.help.clone(),
    }
}

/// A finding or a problem in miette's terms. Its texts are shown with control characters
/// escaped; the source's own lines by [`Excerpt`].
#[derive(Debug)]
struct Report {
    code: String,
    severity: miette::Severity,
    message: String,
    source: Option<NamedSource<Excerpt>>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape::text(&self.message))
    }
}

impl std::error::Error for Report {}

impl Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(escape::line(&self.code)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(escape::text(h)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let escaped = self.labels.iter().map(|label| {
            let mut label = label.clone();
            label.set_label(label.label().map(|l| escape::text(l).into_owned()));
            label
        });
        (!self.labels.is_empty()).then(|| Box::new(escaped) as _)
    }
}
