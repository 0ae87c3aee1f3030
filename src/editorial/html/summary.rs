//! The summary: how many articles, facts and findings, which articles are clean, and which
//! were not checked and why.

use super::writer::Html;
use super::{CellState, state_badge};
use crate::editorial::{Summary, article_name, plural};
use crate::report::CheckReport;

pub fn render(h: &mut Html, summary: &Summary, report: &CheckReport) {
    h.el("section", &[("id", "summary")], |h| {
        h.text_el("h2", &[], "Summary");
        h.el("div", &[("class", "cards")], |h| {
            card(h, summary.checked(), "articles checked");
            card(
                h,
                summary.facts,
                &format!("facts in {}", plural(summary.sheets, "fact sheet")),
            );
            for (severity, n) in summary.findings {
                h.el("div", &[("class", "card")], |h| {
                    h.text_el("span", &[("class", "number")], &n.to_string());
                    state_badge(h, CellState::Broken(severity));
                });
            }
            card(
                h,
                summary.clean,
                &format!("clean articles of {}", summary.checked()),
            );
        });
        let clean: Vec<String> = report
            .files
            .iter()
            .filter(|f| f.is_clean())
            .map(article_name)
            .collect();
        h.el("p", &[], |h| {
            if clean.is_empty() {
                h.text("No article is clean.");
            } else {
                h.text("Clean: ");
                h.text(&clean.join(", "));
                h.text(".");
            }
        });
        if summary.not_checked > 0 {
            h.el("div", &[("class", "not-checked")], |h| {
                h.text_el(
                    "h3",
                    &[],
                    &format!(
                        "{} not checked: no fact sheet applies",
                        plural(summary.not_checked, "article")
                    ),
                );
                h.el("ul", &[], |h| {
                    for file in report.not_checked() {
                        h.el("li", &[], |h| {
                            h.text(&article_name(file));
                            h.text(": ");
                            h.text(&file.why_not_checked());
                        });
                    }
                });
            });
        }
        if !report.problems.is_empty() {
            h.el("div", &[("class", "problems"), ("role", "alert")], |h| {
                h.text_el(
                    "h3",
                    &[],
                    &format!("{} could not be read", plural(summary.problems, "file")),
                );
                h.el("ul", &[], |h| {
                    for problem in &report.problems {
                        h.el("li", &[], |h| {
                            h.text_el("code", &[], &problem.file.display().to_string());
                            h.text(": ");
                            h.text(&problem.message);
                        });
                    }
                });
            });
        }
    });
}

fn card(h: &mut Html, number: usize, label: &str) {
    h.el("div", &[("class", "card")], |h| {
        h.text_el("span", &[("class", "number")], &number.to_string());
        h.text_el("span", &[("class", "label")], label);
    });
}
