//! Byte spans and line/column lookup, shared by rule files and articles.
//!
//! Every position factlint reports is a byte range into the file as it is on disk; line and
//! column are derived from it only when something is shown to a person.

use std::ops::Range;

/// How many spans that start before another may be checked for reaching into it.
const NESTING: usize = 8;

/// A half-open byte range `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes to the right.
    pub const fn shift(self, by: usize) -> Self {
        Self::new(self.start + by, self.end + by)
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Self {
        Self::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The part both spans cover; `None` when they share no byte.
    pub fn intersect(self, other: Span) -> Option<Self> {
        let overlap = Self::new(self.start.max(other.start), self.end.min(other.end));
        (overlap.start < overlap.end).then_some(overlap)
    }

    /// Whether the span shares a byte with one of `sorted` (ordered by start, as phrase
    /// matches are), found by binary search: of the spans starting before this one ends, the
    /// last few are the only ones long enough to reach it, unless a span nests more than
    /// [`NESTING`] others.
    pub fn overlaps_any(self, sorted: &[Span]) -> bool {
        let before_end = sorted.partition_point(|s| s.start < self.end);
        sorted[..before_end]
            .iter()
            .rev()
            .take(NESTING)
            .any(|s| self.start < s.end)
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The span limited to `text`, widened or narrowed to character boundaries.
    pub fn clamp_to(self, text: &str) -> Self {
        let mut start = self.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = self.end.clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        Self::new(start, end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Self::new(range.start, range.end)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start, span.len()).into()
    }
}

/// 1-based line and column; the column counts characters, as editors do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Start offsets of every line of a text, for turning byte offsets into line and column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { line_starts }
    }

    /// Line and column of `offset` in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let column = char_column(text, self.line_starts[line], offset) + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }
}

/// 0-based column of `offset` in the line starting at `line_start`, in characters. A byte
/// order mark is not a column: editors do not show it.
pub fn char_column(text: &str, line_start: usize, offset: usize) -> usize {
    let prefix = text.get(line_start..offset).unwrap_or_default();
    let prefix = if line_start == 0 {
        prefix.strip_prefix('\u{FEFF}').unwrap_or(prefix)
    } else {
        prefix
    };
    prefix.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "first\nKorea’s range\r\nthird";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        let range = text.find("range").unwrap();
        assert_eq!(index.line_col(text, range), LineCol { line: 2, column: 9 });
        let third = text.find("third").unwrap();
        assert_eq!(index.line_col(text, third), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{FEFF}North Korea";
        let north = LineIndex::new(text).line_col(text, 3);
        assert_eq!(north, LineCol { line: 1, column: 1 });
    }

    #[test]
    fn offset_past_the_end_is_clamped() {
        let text = "ab";
        assert_eq!(
            LineIndex::new(text).line_col(text, 10),
            LineCol { line: 1, column: 3 }
        );
    }
}
