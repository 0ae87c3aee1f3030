//! The structure reader on sentences written for these tests.

use super::*;
use crate::source::Span;

/// Each token with its tag, segments separated by `|`.
fn tagged(text: &str) -> String {
    let document = Document::new(text);
    let syntax = &document.syntax;
    let mut out = Vec::new();
    for (index, segment) in syntax.segments.iter().enumerate() {
        if index > 0 {
            out.push("|".to_string());
        }
        for i in segment.clone() {
            let word = &text[document.tokens[i].span.range()];
            out.push(format!("{word}/{:?}", syntax.tags[i]));
        }
    }
    out.join(" ")
}
