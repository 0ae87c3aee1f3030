//! Splitting text into paragraphs.
//!
//! Blank lines always separate paragraphs. A single line break separates them too, except where
//! the text was hard-wrapped. The break continues the paragraph when the next line starts with
//! a lower-case letter, or when the line before does not end a sentence and either ends with a
//! comma, semicolon or dash, or is a long line of a hard-wrapped text. Otherwise a line without
//! terminal punctuation (a headline, a label) is a paragraph of its own. News text like the
//! seeds, one paragraph per line, splits at every line; Markdown wrapped at 80 columns keeps
//! its paragraphs whole.

use crate::source::Span;

/// No line of a hard-wrapped text is longer than this, in characters.
const MAX_WRAPPED_LINE: usize = 100;

/// A line of a hard-wrapped text at least this long was wrapped, not ended.
const MIN_WRAPPED_LINE: usize = 40;

/// The spans of the paragraphs of `text`, trimmed of surrounding whitespace.
pub(super) fn paragraph_spans(text: &str) -> Vec<Span> {
    let lines = trimmed_lines(text);
    let hard_wrapped = lines
        .iter()
        .all(|line| text[line.range()].chars().count() <= MAX_WRAPPED_LINE);
    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    let mut previous_line = "";
    for line in lines {
        let content = &text[line.range()];
        match current {
            _ if content.is_empty() => paragraphs.extend(current.take()),
            Some(paragraph) if continues(previous_line, content, hard_wrapped) => {
                current = Some(paragraph.cover(line));
            }
            _ => {
                paragraphs.extend(current.take());
                current = Some(line);
            }
        }
        previous_line = content;
    }
    paragraphs.extend(current);
    paragraphs
}

/// Whether `next` continues the paragraph that the line `before` is part of.
fn continues(before: &str, next: &str, hard_wrapped: bool) -> bool {
    if next.starts_with(char::is_lowercase) {
        return true;
    }
    if super::sentences::ends_with_terminal(before) {
        return false;
    }
    before.ends_with([',', ';', '-', '–', '—'])
        || (hard_wrapped && before.chars().count() >= MIN_WRAPPED_LINE)
}

/// Every line of `text`, trimmed (a blank line becomes an empty span).
fn trimmed_lines(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let leading = line.len() - line.trim_start().len();
        let content_start = start + leading;
        lines.push(Span::new(content_start, content_start + line.trim().len()));
        start += line.len();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        paragraph_spans(text)
            .into_iter()
            .map(|span| &text[span.range()])
            .collect()
    }

    #[test]
    fn one_paragraph_per_line_in_news_text() {
        let text = "Kim Jong Un's visit to Russia\nThe North Korean leader visited Russia in September last year, after which he called for an exponential increase in the production of nuclear weapons.\nThe US at the time accused North Korea of providing ammunition.\n(with inputs from AP)\nALSO READ | South Korea accuses North Korea\nLatest World News";
        assert_eq!(
            paragraphs(text),
            [
                "Kim Jong Un's visit to Russia",
                "The North Korean leader visited Russia in September last year, after which he called for an exponential increase in the production of nuclear weapons.",
                "The US at the time accused North Korea of providing ammunition.",
                "(with inputs from AP)",
                "ALSO READ | South Korea accuses North Korea",
                "Latest World News",
            ]
        );
    }

    #[test]
    fn blank_lines_and_crlf_separate_paragraphs() {
        let text = "North Korean Connection Confirmed in Ukraine War\r\n\r\n\r\n  The United States has imposed sanctions.  \r\n\r\nKirby clarified.\r\n";
        assert_eq!(
            paragraphs(text),
            [
                "North Korean Connection Confirmed in Ukraine War",
                "The United States has imposed sanctions.",
                "Kirby clarified.",
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_continue_their_paragraph() {
        let text = "National Security Council spokesman John Kirby noted that as Russia has\nbecome increasingly isolated on the world stage because of U.S.\nsanctions and export restrictions, it has looked to \"like-minded states\"\nfor military equipment. Kirby said the United States is concerned\nRussian negotiations are advancing.\n\nNext paragraph.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 2);
        assert!(found[0].ends_with("negotiations are advancing."));
    }

    #[test]
    fn a_sentence_end_before_a_capital_ends_the_paragraph() {
        let text = "Your subscription could not be saved. Please try again.\nYour subscription has been successful.";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn whitespace_only_text_has_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \r\n\n\t").is_empty());
    }
}
