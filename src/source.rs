//! Byte spans and line/column lookup, shared by rule files and articles.
//!
//! Every position factlint reports is a byte range into the file as it is on disk; line and
//! column are derived from it only when something is shown to a person.

use std::ops::Range;
use std::sync::OnceLock;

/// How many spans that start before another may be checked for reaching into it.
const NESTING: usize = 8;

/// A half-open byte range `start..end`.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
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

    /// Whether one of `sorted` (ordered by start) contains the span, found by binary search as
    /// in [`Span::overlaps_any`].
    pub fn inside_any(self, sorted: &[Span]) -> bool {
        let starting_before = sorted.partition_point(|s| s.start <= self.start);
        sorted[..starting_before]
            .iter()
            .rev()
            .take(NESTING)
            .any(|s| s.contains(self))
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

/// Bytes between two character counts kept by [`LineIndex`].
const BLOCK: usize = 1024;

/// Start offsets of every line of a text, for turning byte offsets into line and column.
///
/// Built in one pass over the line breaks; a lookup is a binary search plus at most
/// [`BLOCK`] bytes of counting, so that columns on a line of megabytes cost the same as on
/// a short one.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The characters in the text before each multiple of [`BLOCK`] bytes: counted on first
    /// need, since only a column more than a block into its line needs them.
    chars_before_block: OnceLock<Vec<usize>>,
}

impl LineIndex {
    /// Lines end at LF, CRLF or a lone CR (old Mac files), as YAML and editors read them.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks = memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'));
        let line_starts = std::iter::once(0).chain(breaks.map(|i| i + 1)).collect();
        Self {
            line_starts,
            chars_before_block: OnceLock::new(),
        }
    }

    /// Line and column of `offset` in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line(offset);
        let line_start = self.line_starts[line];
        let mut column = if offset - line_start <= BLOCK {
            char_starts(&text.as_bytes()[line_start..offset])
        } else {
            self.chars_before(text, offset) - self.chars_before(text, line_start)
        };
        // A byte order mark is not a column: editors do not show it.
        if line_start == 0 && offset > 0 && text.starts_with('\u{FEFF}') {
            column -= 1;
        }
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The 0-based line of `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset) - 1
    }

    /// The byte offset where 0-based line `line` starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).copied()
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        let chars_before_block = self.chars_before_block.get_or_init(|| {
            let mut chars = 0;
            std::iter::once(0)
                .chain(text.as_bytes().chunks(BLOCK).map(|block| {
                    chars += char_starts(block);
                    chars
                }))
                .collect()
        });
        chars_before_block[block] + char_starts(&text.as_bytes()[block * BLOCK..offset])
    }
}

/// The characters that start in `bytes` (every byte but UTF-8 continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
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
    fn a_lone_carriage_return_ends_a_line() {
        let text = "story: a\rfacts:\r  x: 1";
        let x = text.find('x').unwrap();
        assert_eq!(
            LineIndex::new(text).line_col(text, x),
            LineCol { line: 3, column: 3 }
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{FEFF}North Korea";
        let north = LineIndex::new(text).line_col(text, 3);
        assert_eq!(north, LineCol { line: 1, column: 1 });
    }

    #[test]
    fn columns_far_along_one_line_count_characters() {
        let text = format!("\u{FEFF}{}x", "é".repeat(3000));
        let x = text.len() - 1;
        let at = LineIndex::new(&text).line_col(&text, x);
        assert_eq!(
            at,
            LineCol {
                line: 1,
                column: 3001
            }
        );
    }

    #[test]
    fn every_column_of_short_and_long_lines_is_counted_as_characters() {
        let long = "Kim’s é ".repeat(400);
        let text = format!("short ‘line’\n{long}\r\nafter {long}\rend");
        let index = LineIndex::new(&text);
        let (mut line, mut column) = (1, 1);
        let mut chars = text.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            assert_eq!(
                index.line_col(&text, offset),
                LineCol { line, column },
                "{offset}"
            );
            let crlf = c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n');
            if (c == '\n' || c == '\r') && !crlf {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
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
