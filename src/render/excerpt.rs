//! The article text as miette sees it: long paragraphs cropped around the finding.
//!
//! News articles keep a whole paragraph on one line. Shown whole, a finding's label lands
//! hundreds of columns to the right; cropped to the words around it, it reads like a
//! compiler error. Positions stay those of the file: the header's line and column are the
//! span's own, with the column counted in characters as editors count it.

use std::sync::Arc;

use crate::source::char_column;
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// Lines longer than this are cropped.
const LONG_LINE: usize = 120;
/// Bytes of context kept on each side of a span in a cropped line.
const MARGIN: usize = 50;

#[derive(Debug)]
pub struct Excerpt {
    text: Arc<str>,
}

impl Excerpt {
    pub fn new(text: Arc<str>) -> Self {
        Self { text }
    }

    fn line_bounds(&self, start: usize, end: usize) -> (usize, usize) {
        let text = &*self.text;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let line_end = if text[..line_end].ends_with('\r') {
            line_end - 1
        } else {
            line_end
        };
        (line_start, line_end)
    }

    fn line_number(&self, offset: usize) -> usize {
        self.text[..offset].matches('\n').count()
    }

    /// `offset` moved back to a word start, not before `floor`.
    fn word_start(&self, offset: usize, floor: usize) -> usize {
        let mut at = offset.max(floor);
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        match self.text[floor..at].rfind(' ') {
            Some(space) if at > floor => floor + space + 1,
            _ => floor,
        }
    }

    /// `offset` moved forward to a word end, not after `ceiling`.
    fn word_end(&self, offset: usize, ceiling: usize) -> usize {
        let mut at = offset.min(ceiling);
        while !self.text.is_char_boundary(at) {
            at += 1;
        }
        match self.text[at..ceiling].find(' ') {
            Some(space) => at + space,
            None => ceiling,
        }
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = &*self.text;
        let (start, end) = (span.offset(), span.offset() + span.len());
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(MietteError::OutOfBounds);
        }
        let (line_start, line_end) = self.line_bounds(start, end);
        let line = self.line_number(start);
        if context_lines_before == 0 && context_lines_after == 0 {
            // The header's position: the span's line and character column.
            let column = char_column(text, line_start, start);
            let contents = MietteSpanContents::new(
                &text.as_bytes()[start..end],
                *span,
                line,
                column,
                line + 1,
            );
            return Ok(Box::new(contents));
        }
        // A span over several lines (a quotation running over paragraphs) is cropped at
        // both ends: before it on its first line, after it on its last.
        let first_line_end = text[start..line_end]
            .find('\n')
            .map_or(line_end, |i| start + i);
        let last_line_start = text[..end].rfind('\n').map_or(line_start, |i| i + 1);
        let long =
            first_line_end - line_start > LONG_LINE || line_end - last_line_start > LONG_LINE;
        if !long {
            return text.read_span(span, context_lines_before, context_lines_after);
        }
        let from = self.word_start(start.saturating_sub(MARGIN), line_start);
        let to = self.word_end(end + MARGIN, line_end).max(from);
        let contents = MietteSpanContents::new(
            &text.as_bytes()[from..to],
            (from, to - from).into(),
            line,
            from - line_start,
            text[from..to].matches('\n').count() + 1,
        );
        Ok(Box::new(contents))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excerpt_of(text: &str, word: &str) -> String {
        let excerpt = Excerpt::new(text.into());
        let start = text.find(word).unwrap();
        let span: SourceSpan = (start, word.len()).into();
        let contents = excerpt.read_span(&span, 1, 1).unwrap();
        String::from_utf8(contents.data().to_vec()).unwrap()
    }

    #[test]
    fn short_lines_keep_their_context() {
        let text = "one\ntwo words\nthree";
        assert_eq!(excerpt_of(text, "words"), text);
    }

    #[test]
    fn long_lines_are_cropped_to_whole_words_around_the_span() {
        let filler = "word ".repeat(40);
        let text = format!("Headline\n{filler}visit to Moscow {filler}\nNext");
        let shown = excerpt_of(&text, "visit to Moscow");
        assert!(shown.contains("visit to Moscow"));
        assert!(shown.len() < 2 * MARGIN + 20, "{shown}");
        assert!(
            shown.starts_with("word") && shown.ends_with("word"),
            "{shown:?}"
        );
    }

    #[test]
    fn a_span_over_long_lines_is_cropped_before_and_after_it() {
        let filler = "word ".repeat(40);
        let text = format!("{filler}“It is a grave\nprovocation,” he said. {filler}");
        let shown = excerpt_of(&text, "“It is a grave\nprovocation,”");
        assert!(shown.contains("grave\nprovocation"), "{shown}");
        assert!(shown.len() < 2 * MARGIN + 40, "{shown:?}");
    }

    #[test]
    fn the_header_position_counts_characters() {
        let text = "Korea’s range";
        let excerpt = Excerpt::new(text.into());
        let span: SourceSpan = (text.find("range").unwrap(), 5).into();
        let contents = excerpt.read_span(&span, 0, 0).unwrap();
        assert_eq!((contents.line(), contents.column()), (0, 8));
    }
}
