//! Code actions (the certain fixes) and hover (the fact behind a finding).

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Hover, HoverContents, MarkupContent,
    MarkupKind, Range, TextEdit, Uri, WorkspaceEdit,
};

use super::document::Document;
use super::workspace::Workspace;
use crate::article::Format;
use crate::finding::Finding;
use crate::source::Span;
use crate::suppression::UNUSED_ID;

/// For every finding that touches `range`: its certain fix, if it has one, then a
/// suppression of its fact on its line.
pub fn code_actions(uri: &Uri, document: &Document, range: Range) -> Vec<CodeActionOrCommand> {
    let wanted = document.span(range);
    let under = document
        .findings()
        .iter()
        .filter(|finding| touches(finding.span, wanted) && finding.fact != UNUSED_ID);
    let mut actions = Vec::new();
    for finding in under {
        if let Some(fix) = &finding.fix {
            let found = document.text.get(fix.span.range()).unwrap_or_default();
            let title = format!("Replace “{found}” with “{}”", fix.replacement);
            actions.push(action(
                uri,
                document,
                title,
                fix.span,
                &fix.replacement,
                true,
            ));
        }
        let (line_start, line_ending) = line_of(&document.text, finding.span.start);
        let directive = match document.format {
            Format::Text => format!("factlint-disable-next-line {}", finding.fact),
            Format::Markdown | Format::Html => {
                format!("<!-- factlint-disable-next-line {} -->", finding.fact)
            }
        };
        let title = format!("Suppress {} on this line", finding.fact);
        let at = Span::new(line_start, line_start);
        let insert = format!("{directive}{line_ending}");
        actions.push(action(uri, document, title, at, &insert, false));
    }
    actions
}

/// A quick fix that puts `text` in place of `span`.
fn action(
    uri: &Uri,
    document: &Document,
    title: String,
    span: Span,
    text: &str,
    preferred: bool,
) -> CodeActionOrCommand {
    let edit = TextEdit::new(document.lines.range(&document.text, span), text.to_string());
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        is_preferred: Some(preferred),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    })
}

/// Where the line holding byte `offset` starts, and the text's line ending (`\r\n` when the
/// line ends so).
fn line_of(text: &str, offset: usize) -> (usize, &'static str) {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let crlf = text[offset..]
        .find('\n')
        .is_some_and(|newline| text[..offset + newline].ends_with('\r'));
    (start, if crlf { "\r\n" } else { "\n" })
}

/// The facts of the findings under `offset`, in Markdown.
pub fn hover(document: &Document, offset: usize, workspace: &Workspace) -> Option<Hover> {
    let here = Span::new(offset, offset);
    let under: Vec<&Finding> = document
        .findings()
        .iter()
        .filter(|finding| touches(finding.span, here))
        .collect();
    let first = under.first()?;
    let sections: Vec<String> = under.iter().map(|f| describe(f, workspace)).collect();
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: Some(document.lines.range(&document.text, first.span)),
    })
}

fn describe(finding: &Finding, workspace: &Workspace) -> String {
    let mut lines = vec![format!(
        "**{}** ({})",
        finding.fact,
        finding.severity.as_str()
    )];
    if let Some((fact, sheet)) = workspace.fact(&finding.fact) {
        lines.push(format!("`assert: {}`", fact.assert.value));
        lines.push(format!("in {}", sheet.path.display()));
    }
    lines.push(finding.message.clone());
    let details = [
        ("expected", &finding.expected),
        ("note", &finding.note),
        ("source", &finding.source),
    ];
    for (name, value) in details {
        if let Some(value) = value {
            lines.push(format!("*{name}:* {value}"));
        }
    }
    lines.join("\n\n")
}

/// Whether `span` overlaps `wanted`, or contains it when it is empty (a cursor).
fn touches(span: Span, wanted: Span) -> bool {
    span.start <= wanted.end && wanted.start <= span.end
}
