//! The matrix: articles × facts, each cell a state that links to its finding.

use super::writer::Html;
use super::{CellState, state_badge};
use crate::editorial::{Matrix, article_name, file_name};
use crate::report::CheckReport;

pub fn render(h: &mut Html, matrix: &Matrix, report: &CheckReport) {
    h.el("section", &[("id", "matrix")], |h| {
        h.text_el("h2", &[], "Articles × facts");
        h.el("p", &[("class", "legend")], |h| {
            for state in CellState::ALL {
                state_badge(h, state);
                h.text(" ");
            }
        });
        // The wrapper scrolls: a wide matrix never pushes the page sideways.
        h.el(
            "div",
            &[
                ("class", "scroll"),
                ("tabindex", "0"),
                ("role", "region"),
                ("aria-label", "Matrix"),
            ],
            |h| {
                h.el("table", &[("class", "matrix")], |h| {
                    h.el("thead", &[], |h| {
                        h.el("tr", &[], |h| {
                            h.text_el("th", &[("scope", "col"), ("class", "corner")], "Article");
                            for (index, column) in matrix.facts.iter().enumerate() {
                                h.el("th", &[("scope", "col"), ("class", "fact")], |h| {
                                    h.el(
                                        "a",
                                        &[
                                            ("href", &format!("#fact-{index}")),
                                            ("title", &column.fact.assert.value),
                                        ],
                                        |h| h.text_el("span", &[], column.short_id()),
                                    );
                                });
                            }
                        });
                    });
                    h.el("tbody", &[], |h| {
                        for (row, (file, cells)) in
                            report.files.iter().zip(&matrix.rows).enumerate()
                        {
                            h.el("tr", &[], |h| {
                                h.el("th", &[("scope", "row")], |h| {
                                    let name = article_name(file);
                                    h.text_el("a", &[("href", &format!("#article-{row}"))], &name);
                                    let file_name = file_name(file);
                                    if file_name != name {
                                        h.text_el("small", &[], &file_name);
                                    }
                                });
                                for cell in cells {
                                    h.el("td", &[("class", cell.state.class())], |h| {
                                        match cell.finding {
                                            Some(finding) => h.el(
                                                "a",
                                                &[("href", &format!("#finding-{row}-{finding}"))],
                                                |h| cell_content(h, cell.state),
                                            ),
                                            None => cell_content(h, cell.state),
                                        }
                                    });
                                }
                            });
                        }
                    });
                });
            },
        );
    });
}

fn cell_content(h: &mut Html, state: CellState) {
    h.text_el(
        "span",
        &[("class", "icon"), ("aria-hidden", "true")],
        state.icon(),
    );
    h.text_el(
        "span",
        &[("class", "label"), ("title", state.label())],
        state.short_label(),
    );
}
