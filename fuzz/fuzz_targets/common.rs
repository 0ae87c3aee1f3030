//! Invariants shared by the fuzz targets.

use factlint::source::Span;

/// `span` lies inside `text` and on character boundaries.
pub fn assert_slice(text: &str, span: Span, what: &str) {
    assert!(
        text.get(span.range()).is_some(),
        "{what} {span:?} is not a slice of a text of {} bytes",
        text.len()
    );
}
