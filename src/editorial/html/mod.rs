//! The HTML report: one self-contained page (styles inline, no script, nothing fetched)
//! with a strict Content-Security-Policy, since every article is untrusted text.

mod articles;
mod facts;
mod matrix;
mod summary;
mod writer;

use writer::Html;

use super::{CellState, Matrix, Summary};
use crate::report::CheckReport;

/// Nothing may load or run: no script, no images, no fonts, no frames, no forms. Styles are
/// the page's own `<style>` sheet; `style="…"` attributes are refused too (browsers without
/// `style-src-attr` fall back to `style-src`).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; style-src-attr 'none'; base-uri 'none'; \
     form-action 'none'";

const STYLE: &str = include_str!("style.css");

/// The whole page.
pub fn render(report: &CheckReport) -> String {
    let matrix = Matrix::new(report);
    let summary = Summary::new(report);
    let mut h = Html::default();
    h.trusted("<!DOCTYPE html>\n");
    h.el("html", &[("lang", "en")], |h| {
        h.el("head", &[], |h| {
            h.void("meta", &[("charset", "utf-8")]);
            h.void(
                "meta",
                &[
                    ("http-equiv", "Content-Security-Policy"),
                    ("content", CONTENT_SECURITY_POLICY),
                ],
            );
            h.void("meta", &[("name", "referrer"), ("content", "no-referrer")]);
            h.void(
                "meta",
                &[
                    ("name", "viewport"),
                    ("content", "width=device-width, initial-scale=1"),
                ],
            );
            h.text_el("title", &[], &title(report));
            h.el("style", &[], |h| h.trusted(STYLE));
        });
        h.el("body", &[], |h| {
            h.el("header", &[("class", "page-header")], |h| {
                h.text_el("p", &[("class", "kicker")], "factlint · fact-check report");
                h.text_el("h1", &[], &title(report));
                h.el("nav", &[("aria-label", "Sections")], |h| {
                    for (href, label) in [
                        ("#summary", "Summary"),
                        ("#matrix", "Matrix"),
                        ("#facts", "Facts"),
                        ("#articles", "Articles"),
                    ] {
                        h.text_el("a", &[("href", href)], label);
                    }
                });
            });
            h.el("main", &[], |h| {
                summary::render(h, &summary, report);
                matrix::render(h, &matrix, report);
                facts::render(h, &matrix, report);
                articles::render(h, report);
            });
        });
    });
    h.finish()
}

/// The sheets' titles (or stories), which is what the report is about.
fn title(report: &CheckReport) -> String {
    let stories: Vec<&str> = report
        .sheets
        .iter()
        .map(|s| s.title.as_deref().unwrap_or(&s.story))
        .collect();
    if stories.is_empty() {
        "No fact sheet".to_string()
    } else {
        stories.join(" · ")
    }
}

/// A state as a small badge: icon and words, coloured and patterned by its class.
fn state_badge(h: &mut Html, state: CellState) {
    h.el(
        "span",
        &[("class", &format!("badge {}", state.class()))],
        |h| {
            h.text_el(
                "span",
                &[("class", "icon"), ("aria-hidden", "true")],
                state.icon(),
            );
            h.text(" ");
            h.text(state.label());
        },
    );
}
