//! The article text as miette sees it: long paragraphs cropped around the finding.
//!
//! News articles keep a whole paragraph on one line. Shown whole, a finding's label lands
//! hundreds of columns to the right; cropped to the words around it, it reads like a
//! compiler error. Positions stay those of the file: the header's line and column are the
//! span's own, with the column counted in characters as editors count it.

use std::sync::Arc;

use super::escape;
use crate::source::{LineIndex, Span};
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::borrow::Cow;

/// Lines longer than this are cropped, also when a span runs over several lines (miette
/// cannot pad past column 65,535, and a long line is unreadable anyway).
const LONG_LINE: usize = 120;
/// Bytes of context kept on each side of a span in a cropped line.
const MARGIN: usize = 50;

/// An article or rule file as miette reads it. Cloning shares the text and its line index,
/// so that every diagnostic of a file costs what its own lines cost.
#[derive(Clone, Debug)]
pub struct Excerpt {
    text: Arc<str>,
    lines: Arc<LineIndex>,
}

impl Excerpt {
    /// Control characters in `text` are shown as others of the same length, so that no
    /// article can send escape sequences to the terminal.
    pub fn new(text: Arc<str>) -> Self {
        let text = match escape::same_length(&text) {
            Cow::Borrowed(_) => text,
            Cow::Owned(shown) => shown.into(),
        };
        let lines = Arc::new(LineIndex::new(&text));
        Self { text, lines }
    }

    /// Where 0-based `line` ends, before its line break.
    fn line_end(&self, line: usize) -> usize {
        let end = self
            .lines
            .line_start(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        if self.text[..end].ends_with('\r') {
            end - 1
        } else {
            end
        }
    }

    /// `offset` moved back to a word start, not before `floor` nor more than [`MARGIN`]
    /// bytes: a line without spaces is cut inside a word.
    fn word_start(&self, offset: usize, floor: usize) -> usize {
        let at = Span::new(offset.max(floor), offset.max(floor))
            .clamp_to(&self.text)
            .start;
        let window = Span::new(at.saturating_sub(MARGIN).max(floor), at)
            .clamp_to(&self.text)
            .range();
        match self.text[window.clone()].rfind(' ') {
            Some(space) => window.start + space + 1,
            None if window.start == floor => floor,
            None => at,
        }
    }

    /// `offset` moved forward to a word end, not after `ceiling` nor more than [`MARGIN`]
    /// bytes.
    fn word_end(&self, offset: usize, ceiling: usize) -> usize {
        let at = Span::new(offset.min(ceiling), offset.min(ceiling))
            .clamp_to(&self.text)
            .end;
        let window = Span::new(at, (at + MARGIN).min(ceiling))
            .clamp_to(&self.text)
            .range();
        match self.text[window.clone()].find(' ') {
            Some(space) => window.start + space,
            None if window.end == ceiling => ceiling,
            None => at,
        }
    }
}

impl SourceCode for Excerpt {
    /// Reads only the lines around the span, found through the line index (miette's own
    /// reader scans the text from its start for every label).
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
        let (line, end_line) = (self.lines.line(start), self.lines.line(end));
        let line_start = self.lines.line_start(line).unwrap_or_default();
        if context_lines_before == 0 && context_lines_after == 0 {
            // The header's position: the span's line and character column.
            let column = self.lines.line_col(text, start).column - 1;
            let contents = MietteSpanContents::new(
                &text.as_bytes()[start..end],
                *span,
                line,
                column,
                line + 1,
            );
            return Ok(Box::new(contents));
        }
        let line_end = self.line_end(end_line);
        if text[line_start..line_end]
            .split('\n')
            .all(|l| l.len() <= LONG_LINE)
        {
            let first = line.saturating_sub(context_lines_before);
            let window_start = self.lines.line_start(first).unwrap_or_default();
            let window_end = self
                .lines
                .line_start(end_line + context_lines_after + 1)
                .unwrap_or(text.len());
            let window = &text[window_start..window_end];
            let inner_span = (start - window_start, end - start).into();
            let inner = window.read_span(&inner_span, context_lines_before, context_lines_after)?;
            let contents = MietteSpanContents::new(
                inner.data(),
                (inner.span().offset() + window_start, inner.span().len()).into(),
                inner.line() + first,
                inner.column(),
                inner.line_count(),
            );
            return Ok(Box::new(contents));
        }
        let from = self.word_start(start.saturating_sub(MARGIN), line_start);
        let to = self.word_end(end + MARGIN, line_end);
        let shown = &text[from..to];
        let contents = MietteSpanContents::new(
            shown.as_bytes(),
            (from, to - from).into(),
            line,
            from - line_start,
            shown.matches('\n').count() + 1,
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
    fn a_span_over_a_long_line_and_the_next_is_cropped_too() {
        let filler = "word ".repeat(3_000);
        let text = format!("{filler}visit to\nMoscow {filler}");
        let shown = excerpt_of(&text, "visit to\nMoscow");
        assert!(shown.len() < 2 * MARGIN + 20, "{shown}");
    }

    #[test]
    fn a_long_line_without_spaces_is_cut_inside_its_word() {
        let text = format!("assert: \"{}\" zzz", "x".repeat(70_000));
        let shown = excerpt_of(&text, "zzz");
        assert!(shown.len() < 3 * MARGIN, "{}", shown.len());
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
