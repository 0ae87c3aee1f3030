//! Plain-text articles: the whole file is the body.

use super::offsets::TextBuilder;
use super::{Extracted, Metadata};
use crate::source::Span;

/// The body is the file from `start` on; a headline-like first line is the headline and title.
pub(super) fn extract(source: &str, start: usize) -> Extracted {
    let mut builder = TextBuilder::new(start);
    builder.push_verbatim(&source[start..], start);
    let body = builder.finish();
    let headline = first_line_headline(&body.text);
    let meta = Metadata {
        title: headline.map(|span| body.text[span.range()].to_owned()),
        ..Metadata::default()
    };
    Extracted {
        meta,
        body,
        headline,
    }
}

/// The first non-blank line, trimmed, unless it ends with a period: a line that ends like a
/// sentence is the first paragraph of an article without a headline (seeds 000 and 002), not a
/// headline.
pub(super) fn first_line_headline(text: &str) -> Option<Span> {
    let mut line_start = 0;
    while line_start < text.len() {
        let line = &text[line_start..line_end(text, line_start)];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            if trimmed.trim_end_matches(CLOSING_QUOTES).ends_with('.') {
                return None;
            }
            let start = line_start + (line.len() - line.trim_start().len());
            return Some(Span::new(start, start + trimmed.len()));
        }
        line_start += line.len();
    }
    None
}

/// Where the line that starts at `start` ends, its `\n` included. `memchr` searches with
/// SIMD, which `str::split_inclusive` and `str::lines` do not.
pub(super) fn line_end(text: &str, start: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[start..])
        .map_or(text.len(), |newline| start + newline + 1)
}

const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '’', ')'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_first_line_is_the_headline() {
        let text = "\n  North Korean Connection Confirmed in Ukraine War\r\n\nThe United States has imposed sanctions.";
        let headline = first_line_headline(text).unwrap();
        assert_eq!(
            &text[headline.range()],
            "North Korean Connection Confirmed in Ukraine War"
        );
    }

    #[test]
    fn a_line_ends_after_its_newline_or_at_the_end() {
        let text = "One\r\n\nTwo";
        assert_eq!(line_end(text, 0), 5);
        assert_eq!(line_end(text, 5), 6);
        assert_eq!(line_end(text, 6), text.len());
        assert_eq!(line_end(text, text.len()), text.len());
    }

    #[test]
    fn a_first_line_ending_like_a_sentence_is_not_a_headline() {
        assert_eq!(
            first_line_headline("The White House has disclosed it.\nMore."),
            None
        );
        assert_eq!(first_line_headline("He said \"no.\"\nMore."), None);
        assert_eq!(first_line_headline(" \n\n"), None);
    }

    #[test]
    fn spans_of_plain_text_are_file_offsets() {
        let source = "\u{feff}Kirby said\r\n\r\nKirby said the missiles have a range of about 550 miles.\r\n";
        let extracted = extract(source, 3);
        assert_eq!(extracted.body.text, &source[3..]);
        assert_eq!(extracted.meta.title.as_deref(), Some("Kirby said"));
        let word = extracted.body.text.find("550").unwrap();
        let span = extracted.body.source_span(Span::new(word, word + 3));
        assert_eq!(&source[span.range()], "550");
        assert_eq!(span.start, source.find("550").unwrap());
    }
}
