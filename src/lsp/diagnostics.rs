//! Findings and sheet errors as the protocol's diagnostics.

use std::collections::BTreeMap;
use std::path::PathBuf;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Range, Uri,
};

use super::document::{Checked, Document};
use super::position::Lines;
use super::uri;
use super::workspace::Workspace;
use crate::finding::{Finding, Severity};
use crate::problem::Problem;
use crate::source::Span;

/// What diagnostics name as their `source`.
pub const SOURCE: &str = "factlint";

/// The diagnostics of a checked document, which the editor calls `uri`.
pub fn of_document(uri: &Uri, document: &Document, workspace: &Workspace) -> Vec<Diagnostic> {
    let lines = &document.lines;
    let text = &document.text;
    match &document.checked {
        Some(Checked::Findings(findings)) => findings
            .iter()
            .map(|finding| of_finding(finding, uri, document, workspace))
            .collect(),
        Some(Checked::Unreadable(error)) => {
            let span = match error {
                crate::article::ArticleError::FrontMatter {
                    span: Some(span), ..
                } => *span,
                _ => Span::default(),
            };
            vec![whole_document(lines.range(text, span), error.to_string())]
        }
        Some(Checked::TooLarge { limit }) => {
            let message = format!(
                "not checked: larger than {} MB (max_article_mb: in factlint.yaml)",
                limit / crate::files::MB
            );
            vec![whole_document(Range::default(), message)]
        }
        None => Vec::new(),
    }
}

/// An error about the document as a whole, at `range`.
fn whole_document(range: Range, message: String) -> Diagnostic {
    Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.into()),
        message,
        ..Diagnostic::default()
    }
}

fn of_finding(
    finding: &Finding,
    uri: &Uri,
    document: &Document,
    workspace: &Workspace,
) -> Diagnostic {
    let (lines, text) = (&document.lines, &document.text);
    let mut message = finding.message.clone();
    let details = [
        ("expected", &finding.expected),
        ("help", &finding.help),
        ("note", &finding.note),
        ("source", &finding.source),
    ];
    for (name, value) in details {
        if let Some(value) = value {
            message.push_str(&format!("\n{name}: {value}"));
        }
    }
    let mut related: Vec<DiagnosticRelatedInformation> = Vec::new();
    let fact_location = fact_location(&finding.fact, workspace);
    if let Some((location, assert)) = &fact_location {
        related.push(DiagnosticRelatedInformation {
            location: location.clone(),
            message: format!("{}: {assert}", finding.fact),
        });
    }
    related.extend(
        finding
            .labels
            .iter()
            .map(|label| DiagnosticRelatedInformation {
                location: Location::new(uri.clone(), lines.range(text, label.span)),
                message: label.text.clone(),
            }),
    );
    Diagnostic {
        range: lines.range(text, finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.fact.clone())),
        code_description: fact_location.map(|(location, _)| CodeDescription {
            href: line_link(&location),
        }),
        source: Some(SOURCE.into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

/// Where the fact `id` is asserted in its sheet, and the assertion as written.
fn fact_location(id: &str, workspace: &Workspace) -> Option<(Location, String)> {
    let (fact, sheet) = workspace.fact(id)?;
    let uri = uri::from_path(&sheet.path)?;
    let lines = Lines::new(&sheet.text);
    let range = lines.range(&sheet.text, fact.assert.span);
    Some((Location::new(uri, range), fact.assert.value.clone()))
}

/// The sheet's URI with the line of the fact: `file:///…/rules/x.yaml#L161`.
fn line_link(location: &Location) -> lsp_types::Uri {
    let link = format!(
        "{}#L{}",
        location.uri.as_str(),
        location.range.start.line + 1
    );
    link.parse().unwrap_or_else(|_| location.uri.clone())
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The workspace's problems, grouped by the file they are about (a sheet, `factlint.yaml`),
/// at the exact position `rules check` reports.
pub fn of_problems(problems: &[Problem]) -> BTreeMap<PathBuf, Vec<Diagnostic>> {
    let mut by_file: BTreeMap<PathBuf, Vec<Diagnostic>> = BTreeMap::new();
    for problem in problems {
        let range = problem.location.as_ref().map_or(Range::default(), |at| {
            Lines::new(&at.source).range(&at.source, at.span)
        });
        let mut message = problem.message.clone();
        if let Some(label) = problem.location.as_ref().map(|at| &at.label)
            && !label.is_empty()
        {
            message.push_str(&format!("\n{label}"));
        }
        if let Some(help) = &problem.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        by_file
            .entry(problem.file.clone())
            .or_default()
            .push(Diagnostic {
                range,
                severity: Some(DiagnosticSeverity::ERROR),
                code: Some(NumberOrString::String(problem.code.into())),
                source: Some(SOURCE.into()),
                message,
                ..Diagnostic::default()
            });
    }
    by_file
}
