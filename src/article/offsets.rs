//! Extracted text and the map from every byte of it back to the article file.
//!
//! The map is a sorted list of segments, each a run of text and the source bytes it came from.
//! A verbatim segment is a byte-for-byte copy, so offsets inside it map exactly. Any other
//! segment (a decoded entity, collapsed whitespace, a paragraph break standing for a tag) maps
//! as a whole: a span touching it covers its whole source range.

use crate::source::Span;

/// The prose of an article that checks run on, with a map back to the file's bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtractedText {
    pub text: String,
    segments: Vec<Segment>,
    /// Where the text starts in the source; what an empty text maps to.
    origin: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    text: Span,
    source: Span,
    verbatim: bool,
}

impl ExtractedText {
    /// The byte span in the article file that `text_span` (a span of [`Self::text`]) came from.
    ///
    /// An empty span maps to an empty span. Offsets past the end of the text are clamped.
    pub fn source_span(&self, text_span: Span) -> Span {
        let start = self.source_offset_of_start(text_span.start);
        if text_span.end <= text_span.start {
            return Span::new(start, start);
        }
        let end = self.source_offset_of_end(text_span.end);
        Span::new(start, end.max(start))
    }

    /// Where the text byte at `offset` starts in the source.
    fn source_offset_of_start(&self, offset: usize) -> usize {
        let index = self.segments.partition_point(|s| s.text.end <= offset);
        match self.segments.get(index) {
            Some(segment) if segment.verbatim => segment.source.start + offset - segment.text.start,
            Some(segment) => segment.source.start,
            None => self.source_end(),
        }
    }

    /// Where the text byte before `offset` ends in the source; `offset` is greater than 0.
    fn source_offset_of_end(&self, offset: usize) -> usize {
        let index = self.segments.partition_point(|s| s.text.end < offset);
        match self.segments.get(index) {
            Some(segment) if segment.verbatim => segment.source.start + offset - segment.text.start,
            Some(segment) => segment.source.end,
            None => self.source_end(),
        }
    }

    /// The span of [`Self::text`] that the file's bytes `source_span` became: the inverse of
    /// [`Self::source_span`], for showing a finding inside the prose. `None` when the bytes
    /// are not part of the prose (front matter, markup) or the span is empty.
    pub fn text_span(&self, source_span: Span) -> Option<Span> {
        let overlaps =
            |s: &&Segment| s.source.start < source_span.end && source_span.start < s.source.end;
        let first = self.segments.iter().find(overlaps)?;
        let last = self.segments.iter().rfind(overlaps)?;
        let start = if first.verbatim {
            first.text.start + source_span.start.saturating_sub(first.source.start)
        } else {
            first.text.start
        };
        let end = if last.verbatim {
            last.text.end - last.source.end.saturating_sub(source_span.end)
        } else {
            last.text.end
        };
        Some(Span::new(start, end))
    }

    fn source_end(&self) -> usize {
        self.segments.last().map_or(self.origin, |s| s.source.end)
    }
}

/// Builds an [`ExtractedText`] piece by piece, in source order.
#[derive(Debug)]
pub(crate) struct TextBuilder {
    extracted: ExtractedText,
}

impl TextBuilder {
    /// A builder for text that starts at byte `origin` of the source.
    pub(crate) fn new(origin: usize) -> Self {
        let extracted = ExtractedText {
            origin,
            ..ExtractedText::default()
        };
        Self { extracted }
    }

    pub(crate) fn text(&self) -> &str {
        &self.extracted.text
    }

    /// Appends `piece`, which is the source verbatim from byte `source_start` on.
    pub(crate) fn push_verbatim(&mut self, piece: &str, source_start: usize) {
        if piece.is_empty() {
            return;
        }
        let text = Span::new(
            self.extracted.text.len(),
            self.extracted.text.len() + piece.len(),
        );
        let source = Span::new(source_start, source_start + piece.len());
        self.extracted.text.push_str(piece);
        if let Some(last) = self.extracted.segments.last_mut()
            && last.verbatim
            && last.source.end == source.start
        {
            last.text.end = text.end;
            last.source.end = source.end;
            return;
        }
        self.extracted.segments.push(Segment {
            text,
            source,
            verbatim: true,
        });
    }

    /// Appends `piece`, which stands for the source bytes `source` as a whole.
    pub(crate) fn push_replacement(&mut self, piece: &str, source: Span) {
        if piece.is_empty() {
            return;
        }
        let text = Span::new(
            self.extracted.text.len(),
            self.extracted.text.len() + piece.len(),
        );
        self.extracted.text.push_str(piece);
        self.extracted.segments.push(Segment {
            text,
            source,
            verbatim: false,
        });
    }

    pub(crate) fn finish(self) -> ExtractedText {
        self.extracted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "a&b" from the source "xx a&amp;b": a verbatim "a", an entity, a verbatim "b".
    fn entity_example() -> ExtractedText {
        let mut builder = TextBuilder::new(3);
        builder.push_verbatim("a", 3);
        builder.push_replacement("&", Span::new(4, 9));
        builder.push_verbatim("b", 9);
        builder.finish()
    }

    #[test]
    fn verbatim_pieces_map_byte_for_byte_and_merge() {
        let mut builder = TextBuilder::new(0);
        builder.push_verbatim("ab", 10);
        builder.push_verbatim("cd", 12);
        builder.push_verbatim("ef", 20);
        let extracted = builder.finish();
        assert_eq!(extracted.segments.len(), 2);
        assert_eq!(extracted.source_span(Span::new(1, 3)), Span::new(11, 13));
        assert_eq!(extracted.source_span(Span::new(3, 5)), Span::new(13, 21));
        assert_eq!(extracted.source_span(Span::new(0, 6)), Span::new(10, 22));
    }

    #[test]
    fn a_replacement_maps_to_its_whole_source_range() {
        let extracted = entity_example();
        assert_eq!(extracted.text, "a&b");
        assert_eq!(extracted.source_span(Span::new(1, 2)), Span::new(4, 9));
        assert_eq!(extracted.source_span(Span::new(0, 2)), Span::new(3, 9));
        assert_eq!(extracted.source_span(Span::new(1, 3)), Span::new(4, 10));
        assert_eq!(extracted.source_span(Span::new(2, 3)), Span::new(9, 10));
    }

    #[test]
    fn text_spans_invert_source_spans() {
        let extracted = entity_example();
        for (start, end) in [(0, 1), (0, 3), (1, 2), (1, 3), (2, 3)] {
            let text = Span::new(start, end);
            assert_eq!(extracted.text_span(extracted.source_span(text)), Some(text));
        }
        assert_eq!(extracted.text_span(Span::new(5, 6)), Some(Span::new(1, 2)));
        assert_eq!(extracted.text_span(Span::new(0, 3)), None);
        assert_eq!(extracted.text_span(Span::new(4, 4)), None);
        assert_eq!(extracted.text_span(Span::new(20, 30)), None);
    }

    #[test]
    fn empty_spans_map_to_a_point() {
        let extracted = entity_example();
        assert_eq!(extracted.source_span(Span::new(0, 0)), Span::new(3, 3));
        assert_eq!(extracted.source_span(Span::new(1, 1)), Span::new(4, 4));
        assert_eq!(extracted.source_span(Span::new(2, 2)), Span::new(9, 9));
        assert_eq!(extracted.source_span(Span::new(3, 3)), Span::new(10, 10));
    }

    #[test]
    fn out_of_range_and_empty_texts_do_not_panic() {
        let extracted = entity_example();
        assert_eq!(extracted.source_span(Span::new(2, 99)), Span::new(9, 10));
        assert_eq!(extracted.source_span(Span::new(50, 99)), Span::new(10, 10));
        assert_eq!(extracted.source_span(Span::new(3, 1)), Span::new(10, 10));
        let empty = TextBuilder::new(7).finish();
        assert_eq!(empty.source_span(Span::new(0, 0)), Span::new(7, 7));
        assert_eq!(empty.source_span(Span::new(0, 4)), Span::new(7, 7));
    }
}
