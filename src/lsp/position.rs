//! Byte offsets of a text and the protocol's positions: a zero-based line and a column counted
//! in UTF-16 code units, as LSP requires. Lines end at `\n`; the `\r` of a CRLF belongs to the
//! line ending, never to a column.

use lsp_types::{Position, Range};

use crate::source::Span;

/// The line starts of one version of a text.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let breaks = text.match_indices('\n').map(|(at, _)| at + 1);
        Self {
            starts: std::iter::once(0).chain(breaks).collect(),
        }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let before = &text[self.starts[line]..offset];
        let column = before
            .trim_end_matches('\r')
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        Position::new(saturate(line), saturate(column))
    }

    pub fn range(&self, text: &str, span: Span) -> Range {
        Range::new(
            self.position(text, span.start),
            self.position(text, span.end),
        )
    }

    /// The byte offset of `position`. A line past the end is the end of the text; a column
    /// past the end of its line is the end of the line's content; a column inside a character
    /// made of two UTF-16 units is the start of the character.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&line_start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let line_end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(text.len(), |&next| next);
        let content = text[line_start..line_end].trim_end_matches(['\n', '\r']);
        let mut units = 0;
        for (at, c) in content.char_indices() {
            units += c.len_utf16();
            if units > position.character as usize {
                return line_start + at;
            }
        }
        line_start + content.len()
    }

    pub fn span(&self, text: &str, range: Range) -> Span {
        let start = self.offset(text, range.start);
        Span::new(start, self.offset(text, range.end).max(start))
    }
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str, word: &str, expected: (u32, u32)) {
        let lines = Lines::new(text);
        let start = text.find(word).expect(word);
        let position = lines.position(text, start);
        assert_eq!((position.line, position.character), expected, "{word}");
        assert_eq!(lines.offset(text, position), start, "{word}");
    }

    #[test]
    fn columns_count_utf16_units_after_emoji_combining_marks_and_crlf() {
        let text = "🎉 Kim\r\ne\u{301}te Kim\r\n\r\nnaïve 🇺🇸 Kim";
        round_trip(text, "Kim", (0, 3));
        round_trip(text, "te Kim", (1, 2));
        round_trip(text, "naïve", (3, 0));
        round_trip(text, "🇺🇸", (3, 6));
        let lines = Lines::new(text);
        assert_eq!(lines.position(text, text.len()), Position::new(3, 14));
    }

    #[test]
    fn a_line_end_is_before_the_carriage_return() {
        let text = "ab\r\ncd";
        let lines = Lines::new(text);
        assert_eq!(lines.position(text, 2), Position::new(0, 2));
        assert_eq!(lines.position(text, 3), Position::new(0, 2));
        assert_eq!(lines.position(text, 4), Position::new(1, 0));
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let text = "ab\r\n😀x";
        let lines = Lines::new(text);
        assert_eq!(lines.offset(text, Position::new(0, 99)), 2);
        assert_eq!(lines.offset(text, Position::new(9, 0)), text.len());
        // Inside the surrogate pair: the start of the emoji.
        assert_eq!(lines.offset(text, Position::new(1, 1)), 4);
        assert_eq!(lines.position(text, 999), Position::new(1, 3));
        // Inside a multi-byte character: back to its start.
        assert_eq!(lines.position(text, 5), Position::new(1, 0));
        let span = lines.span(text, Range::new(Position::new(1, 2), Position::new(0, 0)));
        assert_eq!(span, Span::new(8, 8));
    }
}
