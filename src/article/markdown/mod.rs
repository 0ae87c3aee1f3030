//! Markdown articles: optional front matter, then the body with the markup that would confuse
//! prose checks taken out (heading `#`s, blockquote and list markers, emphasis, link and image
//! syntax, inline HTML and comments) and what is not prose left out with it: code spans, fenced
//! code, link destinations and autolinks, and `<code>`, `<pre>`, `<script>` and `<style>`
//! elements. Link text and image alt text are prose.
//!
//! This is not CommonMark. Lines are handled one at a time (a run of lines without markup is
//! copied at once), and plain prose comes out byte for byte. A dropped line (a fence, a rule,
//! a link definition) keeps its line ending, so what was around it stays in separate
//! paragraphs.

mod inline;

use std::cell::OnceCell;

use super::front_matter::{self, FrontMatterError};
use super::offsets::{ExtractedText, TextBuilder};
use super::text_file::{first_line_headline, line_end};
use super::{Extracted, Metadata};
use crate::source::Span;
use inline::{AngleBracket, MarkupFinder};

/// Metadata from the front matter; the headline is the first `# ` heading, else a headline-like
/// first line; the title is the front matter's, else the headline.
pub(super) fn extract(source: &str, start: usize) -> Result<Extracted, FrontMatterError> {
    let (mut meta, body_start) = match front_matter::parse(source, start)? {
        Some(front_matter) => (front_matter.meta, front_matter.body_start),
        None => (Metadata::default(), start),
    };
    let (body, first_heading) = strip_markup(source, body_start);
    let headline = first_heading.or_else(|| first_line_headline(&body.text));
    if meta.title.is_none() {
        meta.title = headline.map(|span| body.text[span.range()].to_owned());
    }
    Ok(Extracted {
        meta,
        body,
        headline,
    })
}

/// Where the last `-->` of `source` starts. Prose rarely has a `>`: looking for one with
/// SIMD and then at the two bytes before it costs a fraction of `memmem::rfind`, whose
/// reverse search has no SIMD.
fn rfind_comment_end(source: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    memchr::memrchr_iter(b'>', bytes)
        .find(|&at| at >= 2 && &bytes[at - 2..at] == b"--")
        .map(|at| at - 2)
}

/// The prose of the Markdown in `source` from `start` on, and the span of its first `# ` heading.
fn strip_markup(source: &str, start: usize) -> (ExtractedText, Option<Span>) {
    let mut stripper = Stripper::new(source, start);
    let mut line_start = start;
    while line_start < source.len() {
        let plain_end = stripper.plain_lines_end(line_start);
        line_start = if plain_end > line_start {
            stripper
                .out
                .push_verbatim(&source[line_start..plain_end], line_start);
            plain_end
        } else {
            stripper.line_at(line_start)
        };
    }
    stripper.finish()
}

struct Stripper<'a> {
    source: &'a str,
    out: TextBuilder,
    markup: MarkupFinder<'a>,
    /// Inside an HTML comment, which may run over several lines.
    in_comment: bool,
    /// Inside an element that is not prose (`<code>`, `<pre>`, …), which ends at this offset.
    hidden_until: Option<usize>,
    /// Elements found not to be closed after some offset: nor are they after any later one,
    /// so the rest of the file is not searched again for each.
    unclosed: Vec<&'static str>,
    /// Where the last `-->` of the file is: a `<!--` after it is never closed, so it is text
    /// (as in CommonMark) rather than a comment hiding the rest of the article. Searched for
    /// at the first `<!--`, which most articles do not have.
    last_comment_end: OnceCell<Option<usize>>,
    /// Inside a fenced code block opened by this many of this character.
    fence: Option<(u8, usize)>,
    first_heading: Option<Span>,
}

impl<'a> Stripper<'a> {
    fn new(source: &'a str, start: usize) -> Self {
        Stripper {
            source,
            out: TextBuilder::new(start),
            markup: MarkupFinder::new(source, start),
            in_comment: false,
            hidden_until: None,
            unclosed: Vec::new(),
            last_comment_end: OnceCell::new(),
            fence: None,
            first_heading: None,
        }
    }

    fn finish(self) -> (ExtractedText, Option<Span>) {
        (self.out.finish(), self.first_heading)
    }
}

impl Stripper<'_> {
    /// Where the run of plain lines from `start` (a line's start) on ends: lines that come
    /// out byte for byte, because they are outside any comment, element or fence and have
    /// neither a markup character nor block syntax. `start` itself when that line is not
    /// plain. Prose is mostly such lines, which [`Stripper::line`] would copy one by one.
    fn plain_lines_end(&mut self, start: usize) -> usize {
        if self.in_comment || self.hidden_until.is_some() || self.fence.is_some() {
            return start;
        }
        let markup = self.markup.next(start).unwrap_or(self.source.len());
        let mut end = start;
        while end < markup {
            let line_end = line_end(self.source, end);
            if line_end > markup || !has_no_block_syntax(&self.source[end..line_end]) {
                break;
            }
            end = line_end;
        }
        end
    }

    /// Strips the line that starts at `start`; returns where the next one starts.
    fn line_at(&mut self, start: usize) -> usize {
        let end = line_end(self.source, start);
        let content_end = start + self.source[start..end].trim_end_matches(['\n', '\r']).len();
        self.line(start, content_end, end);
        end
    }

    /// One line: its content is `start..content_end`, its line ending `content_end..end`.
    fn line(&mut self, start: usize, content_end: usize, end: usize) {
        let source = self.source;
        let content = &source[start..content_end];
        let hidden = self.in_comment || self.hidden_until.is_some();
        if !hidden && is_comment_line(content) {
            // Gone with its line ending, so that a comment (a suppression) on its own line
            // between two lines of a paragraph does not split it.
            return;
        }
        if !hidden && self.drops_whole_line(content) {
            self.out
                .push_verbatim(&source[content_end..end], content_end);
            return;
        }
        let block = if hidden {
            Block {
                text: 0..content.len(),
                heading_level: None,
            }
        } else {
            strip_block_markers(content)
        };
        let text_before = self.out.text().len();
        self.inline(start + block.text.start, start + block.text.end);
        if block.heading_level == Some(1) && self.first_heading.is_none() {
            let heading = &self.out.text()[text_before..];
            let trimmed = heading.trim();
            if !trimmed.is_empty() {
                let offset = text_before + heading.len() - heading.trim_start().len();
                self.first_heading = Some(Span::new(offset, offset + trimmed.len()));
            }
        }
        self.inline(content_end, end);
    }

    /// Whether the line is a code fence, inside fenced code, a rule or a link definition.
    fn drops_whole_line(&mut self, content: &str) -> bool {
        if let Some((marker, length)) = self.fence {
            if fence_marker(content).is_some_and(|(m, l)| m == marker && l >= length) {
                self.fence = None;
            }
            return true;
        }
        if let Some(fence) = fence_marker(content) {
            self.fence = Some(fence);
            return true;
        }
        is_rule(content) || is_link_definition(content)
    }

    /// Copies `start..end` of the source, leaving out inline markup.
    fn inline(&mut self, start: usize, end: usize) {
        let source = self.source;
        let mut offset = start;
        while offset < end {
            let rest = &source[offset..end];
            if let Some(until) = self.hidden_until {
                if until >= end {
                    return;
                }
                self.hidden_until = None;
                offset = offset.max(until);
                continue;
            }
            if self.in_comment {
                let Some(close) = rest.find("-->") else {
                    return;
                };
                self.in_comment = false;
                offset += close + "-->".len();
                continue;
            }
            let Some(special) = self.markup.next(offset).filter(|&at| at < end) else {
                self.out.push_verbatim(rest, offset);
                return;
            };
            self.out.push_verbatim(&source[offset..special], offset);
            offset = self.markup(special, end);
        }
    }

    /// Handles the markup character at `offset`; returns where copying goes on.
    fn markup(&mut self, offset: usize, end: usize) -> usize {
        let source = self.source;
        let rest = &source[offset..end];
        let marker = rest.as_bytes()[0];
        match marker {
            b'<' if rest.starts_with("<!--")
                && self
                    .last_comment_end
                    .get_or_init(|| rfind_comment_end(source))
                    .is_some_and(|end| end >= offset + "<!--".len()) =>
            {
                self.in_comment = true;
                return offset + "<!--".len();
            }
            b'<' => match inline::angle_bracket(rest) {
                Some(AngleBracket::Autolink { len }) => return offset + len,
                Some(AngleBracket::Tag { len }) => {
                    self.hidden_until = self.hidden_element_end(offset, len);
                    return offset + len;
                }
                None => {}
            },
            b'\\' if rest[1..].starts_with(|c: char| c.is_ascii_punctuation()) => {
                self.out.push_verbatim(&rest[1..2], offset + 1);
                return offset + 2;
            }
            b'`' => {
                if let Some(code) = inline::code_span(rest) {
                    return offset + code.len;
                }
            }
            b'!' => {
                if let Some(image) = rest.get(1..).and_then(inline::link) {
                    let alt = offset + 1 + image.text.start..offset + 1 + image.text.end;
                    self.inline(alt.start, alt.end);
                    return offset + 1 + image.len;
                }
            }
            b'[' => {
                if let Some(link) = inline::link(rest) {
                    self.inline(offset + link.text.start, offset + link.text.end);
                    return offset + link.len;
                }
            }
            b'*' | b'_' => {
                let run = rest.bytes().take_while(|&b| b == marker).count();
                let before = source[..offset].chars().next_back();
                let after = rest[run..].chars().next();
                if !inline::is_emphasis_delimiter(marker, before, after) {
                    self.out.push_verbatim(&rest[..run], offset);
                }
                return offset + run;
            }
            _ => {}
        }
        // Not markup after all: the character is text.
        self.out.push_verbatim(&rest[..1], offset);
        offset + 1
    }
}

impl Stripper<'_> {
    /// Where the element whose start tag is at `offset` (`len` bytes) ends, if it is one whose
    /// content is not prose and it is closed.
    fn hidden_element_end(&mut self, offset: usize, len: usize) -> Option<usize> {
        let name = inline::hidden_element(&self.source[offset..offset + len])?;
        if self.unclosed.contains(&name) {
            return None;
        }
        let after = offset + len;
        match inline::find_end_tag(&self.source[after..], name) {
            Some(end) => Some(after + end),
            None => {
                self.unclosed.push(name);
                None
            }
        }
    }
}

/// What is left of a line once its block markers are taken off.
struct Block {
    /// The line's text, relative to the line.
    text: std::ops::Range<usize>,
    heading_level: Option<usize>,
}

/// Takes blockquote `>`s, a list marker or heading `#`s (and a heading's closing `#`s) off a
/// line. A line without markers is kept whole, indentation included.
fn strip_block_markers(line: &str) -> Block {
    let mut start = 0;
    while let Some(quoted) = line[start..].trim_start_matches(' ').strip_prefix('>') {
        let quoted = quoted.strip_prefix(' ').unwrap_or(quoted);
        start = line.len() - quoted.len();
    }
    let unindented = line[start..].trim_start_matches([' ', '\t']);
    let marker_start = line.len() - unindented.len();
    let hashes = unindented.bytes().take_while(|&b| b == b'#').count();
    let after_hashes = &unindented[hashes..];
    if (1..=6).contains(&hashes)
        && (after_hashes.is_empty() || after_hashes.starts_with([' ', '\t']))
    {
        let text_start = line.len() - after_hashes.trim_start().len();
        let text = line[text_start..].trim_end();
        let without_closing = text.trim_end_matches('#');
        let text = if without_closing.is_empty() || without_closing.ends_with([' ', '\t']) {
            without_closing.trim_end()
        } else {
            text
        };
        return Block {
            text: text_start..text_start + text.len(),
            heading_level: Some(hashes),
        };
    }
    let text_start = match inline::list_marker_len(unindented) {
        Some(len) => marker_start + len,
        None => start,
    };
    Block {
        text: text_start..line.len(),
        heading_level: None,
    }
}

/// Whether a line (with its ending) that has no inline markup character has no block syntax
/// either (a heading, quote, list marker, fence or rule), so that it comes out whole.
fn has_no_block_syntax(line: &str) -> bool {
    let unindented = line.trim_start();
    match unindented.as_bytes().first() {
        Some(b'#' | b'>' | b'-' | b'+' | b'*' | b'=' | b'_' | b'~' | b'`') => false,
        Some(b'0'..=b'9') => inline::list_marker_len(unindented).is_none(),
        _ => true,
    }
}

/// A line that is one HTML comment and nothing else.
fn is_comment_line(line: &str) -> bool {
    let line = line.trim();
    line.strip_prefix("<!--")
        .and_then(|inner| {
            inner
                .find("-->")
                .map(|close| close + "-->".len() == inner.len())
        })
        .unwrap_or(false)
}

/// A code fence line (three or more backticks or tildes): the character and how many.
fn fence_marker(line: &str) -> Option<(u8, usize)> {
    let unindented = line.trim_start_matches(' ');
    let marker = *unindented.as_bytes().first()?;
    let length = unindented.bytes().take_while(|&b| b == marker).count();
    ((marker == b'`' || marker == b'~') && length >= 3 && line.len() - unindented.len() <= 3)
        .then_some((marker, length))
}

/// A thematic break (`---`, `***`, `___`) or a setext underline (`===`).
/// Stops at the first character that is not the mark, so a line of prose costs a character.
fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first @ ('=' | '-' | '*' | '_')) = marks.next() else {
        return false;
    };
    let mut count = 1;
    for mark in marks {
        if mark != first {
            return false;
        }
        count += 1;
    }
    first == '=' || count >= 3
}

/// `[label]: destination`, which is not shown.
fn is_link_definition(line: &str) -> bool {
    line.trim_start()
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .is_some_and(|(label, after)| !label.is_empty() && after.starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(markdown: &str) -> String {
        strip_markup(markdown, 0).0.text
    }

    /// Checks that `word`, found in the extracted text, maps back to the same word in `source`.
    fn assert_maps_back(source: &str, extracted: &ExtractedText, word: &str) {
        let start = extracted.text.find(word).expect(word);
        let span = extracted.source_span(Span::new(start, start + word.len()));
        assert_eq!(&source[span.range()], word);
    }

    #[test]
    fn plain_prose_is_kept_byte_for_byte() {
        let text = "'Concerning escalation': Russia used North Korean ballistic missiles against Ukraine\r\n\r\nKirby said the missiles have a range of about 550 miles.\n  Indented (with inputs from AP) 5 * 3 = 15, snake_case, Korea’s.\n";
        assert_eq!(prose(text), text);
    }

    #[test]
    fn the_seed_articles_come_out_unchanged() {
        for seed in (0..5).map(crate::testing::seed) {
            assert_eq!(prose(seed), seed);
        }
    }

    #[test]
    fn headings_lists_and_quotes_lose_their_markers() {
        assert_eq!(prose("# Kim's visit #\n"), "Kim's visit\n");
        assert_eq!(
            prose("## Why would Russia seek weapons?\n"),
            "Why would Russia seek weapons?\n"
        );
        assert_eq!(prose("#hashtag\n"), "#hashtag\n");
        assert_eq!(
            prose("- first\n* second\n12. third\n"),
            "first\nsecond\nthird\n"
        );
        assert_eq!(prose("2024. A year\n"), "2024. A year\n");
        assert_eq!(prose("> > quoted line\n"), "quoted line\n");
    }

    #[test]
    fn the_last_comment_end_is_found_as_memmem_finds_it() {
        for source in [
            "",
            ">",
            "->",
            "-->",
            "a --> b -->x",
            "--->",
            "-- >",
            "<!-- x -->\n>",
            "é-->",
        ] {
            assert_eq!(
                rfind_comment_end(source),
                memchr::memmem::rfind(source.as_bytes(), b"-->"),
                "{source:?}"
            );
        }
    }

    #[test]
    fn inline_markup_is_taken_out() {
        assert_eq!(
            prose("**Kirby** said _the_ [U.N. Security Council](https://un.org/(x)) met.\n"),
            "Kirby said the U.N. Security Council met.\n"
        );
        assert_eq!(
            prose("See ![a *map*](map.png) and [the report][1].\n"),
            "See a map and the report.\n"
        );
        assert_eq!(
            prose("Run `factlint check` now, \\*really\\*.\n"),
            "Run  now, *really*.\n"
        );
        assert_eq!(
            prose("A <span class=\"x\">tagged</span> <https://usatoday.com> x < y\n"),
            "A tagged  x < y\n"
        );
        assert_eq!(
            prose("[not a link] and `unclosed\n"),
            "[not a link] and `unclosed\n"
        );
    }

    #[test]
    fn an_unclosed_comment_is_text_and_hides_nothing() {
        assert_eq!(
            prose("Before <!-- never closed.\n\nKirby said.\n"),
            "Before <!-- never closed.\n\nKirby said.\n"
        );
    }

    #[test]
    fn a_comment_on_a_line_of_its_own_leaves_the_paragraph_whole() {
        assert_eq!(
            prose("Kirby said\n  <!-- factlint-disable-next-line -->  \nthe missiles.\n"),
            "Kirby said\nthe missiles.\n"
        );
        assert_eq!(prose("A.\n<!-- x --> B.\n<!-- y -->"), "A.\n B.\n");
    }

    #[test]
    fn code_and_script_elements_are_not_prose() {
        assert_eq!(
            prose(
                "Run <code>kirby 550</code> now.<SCRIPT>x = 1</script>\n<pre>\nKirby said 700\n</Pre>\nDone.\n"
            ),
            "Run  now.\n\nDone.\n"
        );
        assert_eq!(
            prose("A <code>never closed.\n\nKirby <code>said.\n"),
            "A never closed.\n\nKirby said.\n"
        );
    }

    #[test]
    fn comments_fences_rules_and_definitions_are_dropped() {
        assert_eq!(
            prose("Before.<!-- a\nmulti-line note -->After.\n"),
            "Before.After.\n"
        );
        assert_eq!(
            prose("One.\n```rust\nlet x = 1;\n```\nTwo.\n"),
            "One.\n\n\n\nTwo.\n"
        );
        assert_eq!(
            prose("One.\n\n---\n\n[1]: https://x.org\nTwo.\n"),
            "One.\n\n\n\n\nTwo.\n"
        );
        assert_eq!(prose("Title\n=====\n"), "Title\n\n");
    }

    #[test]
    fn a_rule_is_three_marks_of_one_kind_or_an_underline() {
        for rule in ["---", "* * *", " ___ ", "-----", "=", "= = ="] {
            assert!(is_rule(rule), "{rule:?}");
        }
        for not_rule in [
            "",
            "  ",
            "--",
            "*-*",
            "-- x",
            "==-",
            "Rates rose.",
            "** bold **",
        ] {
            assert!(!is_rule(not_rule), "{not_rule:?}");
        }
    }

    #[test]
    fn the_first_level_one_heading_is_the_headline() {
        let markdown =
            "## Section\n\n#   North Korea supplied Russia with missiles  ##\n\n# Later\n";
        let (extracted, heading) = strip_markup(markdown, 0);
        assert_eq!(
            &extracted.text[heading.unwrap().range()],
            "North Korea supplied Russia with missiles"
        );
    }

    #[test]
    fn spans_map_back_through_front_matter_markup_and_crlf() {
        let source = "\u{feff}---\r\ntitle: Front title\r\nauthor: Swapna Venugopal Ramaswamy\r\n---\r\n# **Concerning** escalation\r\n\r\nKirby said the [missiles](https://x.org) have a range of about *550 miles*.\r\n";
        let extracted = extract(source, 3).unwrap();
        assert_eq!(extracted.meta.title.as_deref(), Some("Front title"));
        assert_eq!(
            extracted.meta.author.as_deref(),
            Some("Swapna Venugopal Ramaswamy")
        );
        assert_eq!(
            &extracted.body.text[extracted.headline.unwrap().range()],
            "Concerning escalation"
        );
        for word in [
            "Concerning",
            "escalation",
            "have a range",
            "550 miles",
            "\r\n\r\nKirby",
        ] {
            assert_maps_back(source, &extracted.body, word);
        }
        let span = extracted
            .body
            .source_span(Span::new(0, extracted.body.text.len()));
        assert_eq!(
            &source[span.range()],
            &source[source.find("Concerning**").unwrap()..]
        );
    }

    /// [`strip_markup`] without its runs of plain lines: every line through
    /// [`Stripper::line`], split with `split_inclusive`.
    fn strip_line_by_line(source: &str, start: usize) -> (ExtractedText, Option<Span>) {
        let mut stripper = Stripper::new(source, start);
        let mut line_start = start;
        for line in source[start..].split_inclusive('\n') {
            let content_end = line_start + line.trim_end_matches(['\n', '\r']).len();
            stripper.line(line_start, content_end, line_start + line.len());
            line_start += line.len();
        }
        stripper.finish()
    }

    /// Lines of Markdown-ish text: a start that may be block syntax, pieces of prose and
    /// inline markup, a line ending (or none).
    fn markdown_lines() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let starts = prop::sample::select(vec![
            "",
            "",
            "",
            "# ",
            "## ",
            "#",
            "###### x #",
            "> ",
            "> > ",
            "- ",
            "* ",
            "+ ",
            "1. ",
            "12) ",
            "2024. ",
            "7",
            "   ",
            "\t",
            "\u{a0}",
            "```",
            "```rust",
            "~~~",
            "    ~~~",
            "---",
            "===",
            "* * *",
            "___",
            "[1]: https://x.org",
            "<!-- note -->",
            "  <!-- x -->  ",
        ]);
        let pieces = prop::sample::select(vec![
            "Kirby",
            " said",
            " the missiles",
            ".",
            " ",
            "é",
            "’",
            "#",
            "-",
            ">",
            "3",
            "*",
            "**",
            "_",
            "`",
            "``",
            "[a](b)",
            "![x *y*](y.png)",
            "[t][1]",
            "[not",
            "]",
            "(",
            ")",
            "<code>",
            "</code>",
            "<pre>",
            "</PRE>",
            "<script>",
            "<!--",
            "-->",
            "<https://x.org>",
            "<span class=\"x\">",
            "</span>",
            "x < y",
            "\\*",
            "\\",
            "!",
            "\r",
        ]);
        let ends = prop::sample::select(vec!["\n", "\n", "\r\n", "\n\n", ""]);
        let line = (starts, prop::collection::vec(pieces, 0..8), ends)
            .prop_map(|(start, pieces, end)| format!("{start}{}{end}", pieces.concat()));
        prop::collection::vec(line, 0..24).prop_map(|lines| lines.concat())
    }

    proptest::proptest! {
        #[test]
        fn runs_of_plain_lines_come_out_as_line_by_line(markdown in markdown_lines()) {
            proptest::prop_assert_eq!(
                strip_markup(&markdown, 0),
                strip_line_by_line(&markdown, 0)
            );
            // After front matter whose markup characters are not the body's.
            let after_front_matter = format!("_*[`\\\n{markdown}");
            proptest::prop_assert_eq!(
                strip_markup(&after_front_matter, 6),
                strip_line_by_line(&after_front_matter, 6)
            );
        }
    }

    #[test]
    fn plain_lines_are_copied_up_to_the_first_line_with_markup_or_block_syntax() {
        let source = "Kirby said.\r\n\n  Indented, 2024. x\nA *b*\n";
        let mut stripper = Stripper::new(source, 0);
        assert_eq!(stripper.plain_lines_end(0), source.find("A *").unwrap());
        for (line, plain) in [
            ("Kirby said.\n", true),
            ("\r\n", true),
            ("  2024. A year\n", true),
            ("12. third", false),
            ("\u{a0}# x", false),
            ("~~~\n", false),
            (" > quote", false),
        ] {
            assert_eq!(has_no_block_syntax(line), plain, "{line:?}");
        }
    }

    #[test]
    fn the_title_falls_back_to_the_headline() {
        let extracted = extract("Kim Jong Un's visit to Russia\nThe leader went.\n", 0).unwrap();
        assert_eq!(
            extracted.meta.title.as_deref(),
            Some("Kim Jong Un's visit to Russia")
        );
    }
}
