//! Code actions (the certain fixes) and hover (the fact behind a finding).

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Hover, HoverContents, MarkupContent,
    MarkupKind, Range, TextEdit, Uri, WorkspaceEdit,
};

use super::document::Document;
use super::workspace::Workspace;
use crate::finding::Finding;
use crate::source::Span;

/// A quick fix for every finding with a certain fix that touches `range`.
pub fn code_actions(uri: &Uri, document: &Document, range: Range) -> Vec<CodeActionOrCommand> {
    let wanted = document.span(range);
    document
        .findings()
        .iter()
        .filter(|finding| touches(finding.span, wanted))
        .filter_map(|finding| {
            let fix = finding.fix.as_ref()?;
            let edit = TextEdit::new(
                document.lines.range(&document.text, fix.span),
                fix.replacement.clone(),
            );
            let found = document.text.get(fix.span.range()).unwrap_or_default();
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Replace “{found}” with “{}”", fix.replacement),
                kind: Some(CodeActionKind::QUICKFIX),
                is_preferred: Some(true),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                    ..WorkspaceEdit::default()
                }),
                ..CodeAction::default()
            }))
        })
        .collect()
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
