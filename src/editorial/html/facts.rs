//! Per fact: what the sheet asserts and why, then every article's statement of it side by
//! side, so that an editor sees where the outlets agree and where they differ.

use super::state_badge;
use super::writer::Html;
use crate::check::statements::Statement;
use crate::editorial::highlight::pieces;
use crate::editorial::{Cell, CellState, FactColumn, Matrix, article_name};
use crate::report::{CheckReport, CheckedFile};

pub fn render(h: &mut Html, matrix: &Matrix, report: &CheckReport) {
    h.el("section", &[("id", "facts")], |h| {
        h.text_el("h2", &[], "Facts");
        for (index, column) in matrix.facts.iter().enumerate() {
            h.el(
                "article",
                &[("class", "fact"), ("id", &format!("fact-{index}"))],
                |h| {
                    heading(h, column);
                    h.el("table", &[("class", "statements")], |h| {
                        h.el("tbody", &[], |h| {
                            for (row, (file, cells)) in
                                report.files.iter().zip(&matrix.rows).enumerate()
                            {
                                statement_row(h, column, row, file, cells[index]);
                            }
                        });
                    });
                },
            );
        }
    });
}

fn heading(h: &mut Html, column: &FactColumn) {
    let fact = column.fact;
    h.el("h3", &[], |h| {
        h.text(column.short_id());
        h.text(" ");
        h.text_el("span", &[("class", "tag")], fact.assertion.kind().as_str());
        h.text_el(
            "span",
            &[("class", &format!("tag sev-{}", fact.severity.as_str()))],
            &format!("{} severity", fact.severity.as_str()),
        );
    });
    h.el("dl", &[("class", "fact-info")], |h| {
        h.text_el("dt", &[], "Assertion");
        h.el("dd", &[], |h| h.text_el("code", &[], &fact.assert.value));
        for (term, value) in [("Source", &fact.source), ("Note", &fact.note)] {
            if let Some(value) = value {
                h.text_el("dt", &[], term);
                h.text_el("dd", &[], value);
            }
        }
    });
}

fn statement_row(h: &mut Html, column: &FactColumn, row: usize, file: &CheckedFile, cell: Cell) {
    let (body, statements): (&str, Vec<&Statement>) = match &file.text {
        Some(text) => (
            &text.body.text,
            (text.statements.iter())
                .filter(|s| s.fact == column.fact.id)
                .collect(),
        ),
        None => ("", Vec::new()),
    };
    let state = cell.state;
    let quiet = matches!(state, CellState::NotApplicable | CellState::NotMentioned);
    let attrs: &[(&str, &str)] = if quiet { &[("class", "quiet")] } else { &[] };
    h.el("tr", attrs, |h| {
        h.text_el("th", &[("scope", "row")], &article_name(file));
        h.el("td", &[("class", "state")], |h| match cell.finding {
            Some(finding) => h.el(
                "a",
                &[("href", &format!("#finding-{row}-{finding}"))],
                |h| {
                    state_badge(h, state);
                },
            ),
            None => state_badge(h, state),
        });
        h.el("td", &[], |h| {
            if statements.is_empty() {
                let words = match state {
                    CellState::NotApplicable => "The fact sheet does not apply to this article.",
                    _ => "No sentence speaks of this fact.",
                };
                h.text_el("span", &[("class", "muted")], words);
            }
            for statement in statements {
                h.el("blockquote", &[], |h| sentence(h, body, statement));
            }
        });
    });
}

/// The sentence with the words that state the fact marked.
fn sentence(h: &mut Html, body: &str, statement: &Statement) {
    for piece in pieces(body, statement.sentence, &statement.stated) {
        if piece.marks.is_empty() {
            h.text(piece.text);
        } else {
            h.text_el("mark", &[("class", "stated")], piece.text);
        }
    }
}
