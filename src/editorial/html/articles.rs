//! Per article: its metadata, then its full text with every finding marked and the finding's
//! message beside the text.

use super::writer::Html;
use super::{CellState, state_badge};
use crate::editorial::highlight::pieces;
use crate::editorial::{article_name, file_name};
use crate::finding::Finding;
use crate::report::{CheckReport, CheckedFile};
use crate::source::Span;
use crate::text::Document;

pub fn render(h: &mut Html, report: &CheckReport) {
    h.el("section", &[("id", "articles")], |h| {
        h.text_el("h2", &[], "Articles");
        for (row, file) in report.files.iter().enumerate() {
            h.el(
                "article",
                &[("class", "article"), ("id", &format!("article-{row}"))],
                |h| {
                    h.text_el("h3", &[], &title(file));
                    metadata(h, file);
                    h.el("div", &[("class", "reading")], |h| {
                        let text = file.text.as_ref().map(|text| &text.body);
                        let marks: Vec<Option<Span>> = file
                            .findings
                            .iter()
                            .map(|f| text.and_then(|text| text.text_span(f.span)))
                            .collect();
                        if let Some(text) = text {
                            h.el("div", &[("class", "body")], |h| {
                                body(h, row, file, &text.text, &marks);
                            });
                        }
                        findings(h, row, file, &marks);
                    });
                },
            );
        }
    });
}

fn title(file: &CheckedFile) -> String {
    match file.meta().and_then(|m| m.title.as_deref()).map(str::trim) {
        Some(title) if !title.is_empty() => title.to_string(),
        _ => article_name(file),
    }
}

fn metadata(h: &mut Html, file: &CheckedFile) {
    let Some(meta) = file.meta() else {
        return;
    };
    h.el("dl", &[("class", "meta")], |h| {
        for (term, value) in [
            ("Outlet", &meta.outlet),
            ("Date", &meta.date),
            ("Author", &meta.author),
        ] {
            if let Some(value) = value {
                h.text_el("dt", &[], term);
                h.text_el("dd", &[], value);
            }
        }
        if let Some(url) = &meta.url {
            h.text_el("dt", &[], "URL");
            h.el("dd", &[], |h| {
                // Only web addresses become links: `javascript:` and the like stay text.
                if is_web_address(url) {
                    h.text_el("a", &[("href", url), ("rel", "noopener noreferrer")], url);
                } else {
                    h.text_el("code", &[], url);
                }
            });
        }
        h.text_el("dt", &[], "File");
        h.el("dd", &[], |h| {
            h.text_el(
                "code",
                &[("title", &file.path.display().to_string())],
                &file_name(file),
            );
        });
    });
}

fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The text paragraph by paragraph, each finding's words marked, an anchor where each
/// finding starts and a numbered reference where it ends.
fn body(h: &mut Html, row: usize, file: &CheckedFile, text: &str, marks: &[Option<Span>]) {
    let spans: Vec<Span> = marks.iter().map(|m| m.unwrap_or_default()).collect();
    for paragraph in Document::new(text).paragraphs {
        h.el("p", &[], |h| {
            for piece in pieces(text, paragraph.span, &spans) {
                let here = |i: &&usize| !spans[**i].is_empty();
                for &i in piece.marks.iter().filter(here) {
                    if spans[i].start == piece.span.start {
                        h.el("span", &[("id", &format!("at-{row}-{i}"))], |_| {});
                    }
                }
                let worst = piece.marks.iter().map(|&i| file.findings[i].severity).max();
                match worst {
                    Some(severity) => h.text_el(
                        "mark",
                        &[("class", &format!("sev-{}", severity.as_str()))],
                        piece.text,
                    ),
                    None => h.text(piece.text),
                }
                for &i in piece.marks.iter().filter(here) {
                    if spans[i].end.min(paragraph.span.end) == piece.span.end {
                        reference(h, row, i);
                    }
                }
            }
        });
    }
}

/// The superscript number of finding `i`, linking to its message.
fn reference(h: &mut Html, row: usize, i: usize) {
    h.el("sup", &[("class", "ref")], |h| {
        h.text_el(
            "a",
            &[("href", &format!("#finding-{row}-{i}"))],
            &(i + 1).to_string(),
        );
    });
}

/// The findings beside the text, numbered like their references.
fn findings(h: &mut Html, row: usize, file: &CheckedFile, marks: &[Option<Span>]) {
    h.el(
        "aside",
        &[("class", "findings"), ("aria-label", "Findings")],
        |h| {
            if file.findings.is_empty() {
                let text = match file.not_checked() {
                    true => format!("Not checked: {}.", file.why_not_checked()),
                    false => "No findings in this article.".to_string(),
                };
                h.text_el("p", &[("class", "muted")], &text);
                return;
            }
            h.el("ol", &[], |h| {
                for (i, finding) in file.findings.iter().enumerate() {
                    h.el(
                        "li",
                        &[
                            ("id", &format!("finding-{row}-{i}")),
                            (
                                "class",
                                &format!("finding sev-{}", finding.severity.as_str()),
                            ),
                        ],
                        |h| finding_card(h, row, i, file, finding, marks[i].is_some()),
                    );
                }
            });
        },
    );
}

fn finding_card(
    h: &mut Html,
    row: usize,
    i: usize,
    file: &CheckedFile,
    finding: &Finding,
    marked: bool,
) {
    h.el("p", &[("class", "finding-head")], |h| {
        state_badge(h, CellState::Broken(finding.severity));
        h.text(" ");
        h.text_el("code", &[], &finding.fact);
    });
    h.text_el("p", &[("class", "message")], &finding.message);
    let position = file.line_col(finding.span.start);
    h.el("p", &[("class", "where")], |h| {
        let found = file.source.get(finding.span.range()).unwrap_or_default();
        h.text("“");
        h.text(found);
        h.text("” ");
        let at = format!("line {}, column {}", position.line, position.column);
        if marked {
            h.text_el("a", &[("href", &format!("#at-{row}-{i}"))], &at);
        } else {
            h.text(&at);
        }
    });
    h.el("dl", &[], |h| {
        for (term, value) in [
            ("Expected", &finding.expected),
            ("Help", &finding.help),
            ("Note", &finding.note),
            ("Source", &finding.source),
        ] {
            if let Some(value) = value {
                h.text_el("dt", &[], term);
                h.text_el("dd", &[], value);
            }
        }
    });
}
