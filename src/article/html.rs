//! HTML articles: the text of the page body, with `<head>`, scripts, styles, code and navigation
//! left out, entities decoded, whitespace collapsed, block elements turned into paragraph breaks,
//! and image alt text read as prose.
//!
//! html5gum gives every token its byte span. Text is taken from the raw source inside a text
//! token's span, so each run of it is copied verbatim and each entity, whitespace run and break
//! maps to exactly the source bytes it came from.

use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use super::offsets::TextBuilder;
use super::{Extracted, Metadata};
use crate::source::Span;

/// Elements whose content is not article prose.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "nav", "aside",
    "code", "pre",
];

/// Elements that end a paragraph where they start and where they end.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// `<meta>` names (or properties, or itemprops) that give the publication date.
const DATE_META_NAMES: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "article:published_time",
    "datepublished",
    "dc.date",
];

pub(super) fn extract(source: &str, start: usize) -> Extracted {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style content is raw text, not markup.
    emitter.naively_switch_states(true);
    let mut page = PageReader::new(source, start);
    for token in Tokenizer::new_with_emitter(&source[start..], emitter) {
        let Ok(token) = token;
        page.token(token);
    }
    page.finish()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    Line,
    Paragraph,
}

enum Headline {
    NotSeen,
    /// Inside the first `<h1>`; its text starts at this offset of the text, once there is some.
    Open(Option<usize>),
    Found(Span),
}

/// Skipped elements (`<nav>`, `<script>`, …) open inside one another at most this deep: each
/// end tag searches the stack, which stays bounded whatever the page (linear time).
const MAX_SKIPPED: usize = 32;

struct PageReader<'a> {
    source: &'a str,
    /// Where the tokenizer's input starts in `source`.
    base: usize,
    out: TextBuilder,
    /// The skipped elements open around the current token.
    skipped: Vec<Vec<u8>>,
    /// Whitespace and a break seen since the last text, with their source spans: written out
    /// only before more text, so that the text never starts or ends with them.
    pending_space: Option<Span>,
    pending_break: Option<(Break, Span)>,
    in_title: bool,
    title: String,
    og_title: Option<String>,
    meta: Metadata,
    headline: Headline,
}

impl<'a> PageReader<'a> {
    fn new(source: &'a str, base: usize) -> Self {
        Self {
            source,
            base,
            out: TextBuilder::new(base),
            skipped: Vec::new(),
            pending_space: None,
            pending_break: None,
            in_title: false,
            title: String::new(),
            og_title: None,
            meta: Metadata::default(),
            headline: Headline::NotSeen,
        }
    }

    fn token(&mut self, token: Token<usize>) {
        match token {
            Token::StartTag(tag) => self.start_tag(&tag),
            Token::EndTag(tag) => {
                let span = self.source_span(tag.span.start, tag.span.end);
                self.end_tag(&tag.name, span);
            }
            Token::String(text) if self.in_title => {
                self.title.push_str(&String::from_utf8_lossy(&text.value));
            }
            Token::String(text) if self.skipped.is_empty() => {
                self.text(self.source_span(text.span.start, text.span.end));
            }
            _ => {}
        }
    }

    fn start_tag(&mut self, tag: &StartTag<usize>) {
        let name = tag.name.as_slice();
        match name {
            // Only the first: an `<svg>` may have a `<title>` of its own.
            b"title" => self.in_title = !tag.self_closing && self.title.is_empty(),
            b"meta" => self.read_meta(tag),
            b"link"
                if attribute(tag, "rel")
                    .is_some_and(|rel| rel.eq_ignore_ascii_case("canonical")) =>
            {
                if let Some(href) = attribute(tag, "href") {
                    self.meta.url.get_or_insert(href);
                }
            }
            // `</head>` may be left out.
            b"body" => self.skipped.retain(|element| element != b"head"),
            _ => {}
        }
        if self.skipped.is_empty() {
            // Before a skipped block (`<pre>`) too, so that the text around it stays apart.
            let span = self.source_span(tag.span.start, tag.span.end);
            if name == b"br" {
                self.break_here(Break::Line, span);
            } else if is_one_of(name, BLOCKS) {
                self.break_here(Break::Paragraph, span);
            }
        }
        // Past the bound, what is inside is skipped all the same.
        if is_one_of(name, SKIPPED) && !tag.self_closing && self.skipped.len() < MAX_SKIPPED {
            self.skipped.push(name.to_vec());
        }
        if !self.skipped.is_empty() {
            return;
        }
        if name == b"img"
            && let Some(alt) = tag.attributes.get(b"alt".as_slice())
        {
            let alt = attribute_value_span(&self.source[self.base..], alt.span);
            self.text(self.source_span(alt.start, alt.end));
        }
        if name == b"h1" && matches!(self.headline, Headline::NotSeen) {
            self.headline = Headline::Open(None);
        }
    }

    fn end_tag(&mut self, name: &[u8], span: Span) {
        if name == b"title" {
            self.in_title = false;
        }
        if let Some(open) = self.skipped.iter().rposition(|element| element == name) {
            self.skipped.truncate(open);
            if self.skipped.is_empty() && is_one_of(name, BLOCKS) {
                self.break_here(Break::Paragraph, span);
            }
            return;
        }
        if !self.skipped.is_empty() {
            return;
        }
        if name == b"h1"
            && let Headline::Open(start) = self.headline
        {
            self.headline = match start {
                Some(start) => Headline::Found(Span::new(start, self.out.text().len())),
                None => Headline::NotSeen,
            };
        }
        if is_one_of(name, BLOCKS) {
            self.break_here(Break::Paragraph, span);
        }
    }

    fn read_meta(&mut self, tag: &StartTag<usize>) {
        let Some(content) = attribute(tag, "content") else {
            return;
        };
        let key = ["name", "property", "itemprop"]
            .into_iter()
            .find_map(|key| attribute(tag, key))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let field = match key.as_str() {
            "author" => &mut self.meta.author,
            "og:site_name" => &mut self.meta.outlet,
            "og:url" => &mut self.meta.url,
            "og:title" => &mut self.og_title,
            key if DATE_META_NAMES.contains(&key) => &mut self.meta.date,
            _ => return,
        };
        field.get_or_insert(content);
    }

    /// The text inside `span` of the source: runs of plain text, entities, whitespace.
    fn text(&mut self, span: Span) {
        let Some(raw) = self.source.get(span.range()) else {
            return;
        };
        let mut offset = 0;
        while offset < raw.len() {
            let rest = &raw[offset..];
            let at = span.start + offset;
            let whitespace = rest.len() - rest.trim_start_matches(is_html_whitespace).len();
            if whitespace > 0 {
                let run = Span::new(at, at + whitespace);
                self.pending_space = Some(self.pending_space.map_or(run, |space| space.cover(run)));
                offset += whitespace;
            } else if let Some((len, decoded)) = character_reference(rest) {
                self.flush_pending();
                self.out.push_replacement(&decoded, Span::new(at, at + len));
                offset += len;
            } else {
                // Up to the next whitespace or `&`; an `&` that starts no reference is text.
                let len = match rest.find(|c: char| c == '&' || is_html_whitespace(c)) {
                    Some(0) => '&'.len_utf8(),
                    Some(len) => len,
                    None => rest.len(),
                };
                self.flush_pending();
                self.out.push_verbatim(&rest[..len], at);
                offset += len;
            }
        }
    }

    fn break_here(&mut self, kind: Break, span: Span) {
        self.pending_break = match self.pending_break {
            Some((pending, first_span)) => Some((pending.max(kind), first_span)),
            None => Some((kind, span)),
        };
    }

    /// Writes out the pending break or space, if text comes after it; notes where the headline
    /// starts.
    fn flush_pending(&mut self) {
        let space = self.pending_space.take();
        let line_break = self.pending_break.take();
        if !self.out.text().is_empty() {
            match (line_break, space) {
                (Some((Break::Line, span)), _) => self.out.push_replacement("\n", span),
                (Some((Break::Paragraph, span)), _) => self.out.push_replacement("\n\n", span),
                (None, Some(span)) if &self.source[span.range()] == " " => {
                    self.out.push_verbatim(" ", span.start);
                }
                (None, Some(span)) => self.out.push_replacement(" ", span),
                (None, None) => {}
            }
        }
        if let Headline::Open(None) = self.headline {
            self.headline = Headline::Open(Some(self.out.text().len()));
        }
    }

    fn source_span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn finish(self) -> Extracted {
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut meta = self.meta;
        meta.title = Some(title)
            .filter(|title| !title.is_empty())
            .or(self.og_title);
        let headline = match self.headline {
            Headline::Found(span) => Some(span),
            _ => None,
        };
        let body = self.out.finish();
        if meta.title.is_none() {
            meta.title = headline.map(|span| body.text[span.range()].to_owned());
        }
        Extracted {
            meta,
            body,
            headline,
        }
    }
}

fn is_one_of(name: &[u8], names: &[&str]) -> bool {
    names.iter().any(|candidate| candidate.as_bytes() == name)
}

fn attribute(tag: &StartTag<usize>, name: &str) -> Option<String> {
    let value = tag.attributes.get(name.as_bytes())?;
    let value = String::from_utf8_lossy(&value.value).trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// The value inside an attribute's span (html5gum's spans run from the attribute's name):
/// `a map` of `alt="a map"`, relative to the tokenizer's input like the span itself. Empty for
/// an attribute without a value.
fn attribute_value_span(source: &str, span: html5gum::Span<usize>) -> Span {
    let raw = source.get(span.start..span.end).unwrap_or_default();
    let Some(equals) = raw.find('=') else {
        return Span::new(span.end, span.end);
    };
    let after = &raw[equals + 1..];
    let value = after.trim_start_matches(is_html_whitespace);
    let start = span.end - value.len();
    match value.chars().next().filter(|c| matches!(c, '"' | '\'')) {
        Some(quote) => {
            let len = value[1..].find(quote).unwrap_or(value.len() - 1);
            Span::new(start + 1, start + 1 + len)
        }
        None => {
            let len = value
                .find(|c| c == '>' || is_html_whitespace(c))
                .unwrap_or(value.len());
            Span::new(start, start + len)
        }
    }
}

fn is_html_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// The character reference `text` starts with (`&amp;`, `&#8217;`, `&copy`), if it is one:
/// its length in the source and what it stands for.
///
/// The decoding is html5gum's own, run on the reference alone, so every WHATWG named reference
/// is known without a table of our own.
fn character_reference(text: &str) -> Option<(usize, String)> {
    let name = text.strip_prefix('&')?;
    let name_len = name
        .bytes()
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'#')
        .count();
    let candidate_len = 1 + name_len + usize::from(name[name_len..].starts_with(';'));
    let candidate = &text[..candidate_len];
    let decoded = decode(candidate);
    if decoded == candidate {
        return None;
    }
    // A reference without `;` may be only a prefix of the candidate: "&copy2024" decodes to
    // "©2024", and the "2024" comes back unchanged at the end.
    let first_char_len = decoded.chars().next()?.len_utf8();
    let unchanged_tail = candidate
        .bytes()
        .rev()
        .zip(decoded.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(decoded.len() - first_char_len);
    let decoded_len = decoded.len() - unchanged_tail;
    Some((
        candidate_len - unchanged_tail,
        decoded[..decoded_len].to_owned(),
    ))
}

fn decode(text: &str) -> String {
    let mut decoded = String::new();
    for token in Tokenizer::new(text) {
        if let Ok(Token::String(string)) = token {
            decoded.push_str(&String::from_utf8_lossy(&string.value));
        }
    }
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\r\n<html><head><title>North Korea supplied Russia | INQUIRER.net</title>\
<meta name=\"author\" content=\"Agence France-Presse\"><meta property=\"og:site_name\" content=\"INQUIRER.net\">\
<meta property=\"article:published_time\" content=\"2024-01-05T03:07:00+08:00\">\
<style>p { color: red; }</style><script>if (a<b) document.write(\"<p>x</p>\")</script></head>\r\n\
<body><nav><a href=\"/\">Home</a></nav>\r\n<article><h1> North Korea supplied Russia with missiles </h1>\r\n\
<p>Washington, United States &mdash;&nbsp;North Korea has provided   Russia\r\n with ballistic missiles, \
the <em>White House</em> said.</p><p>&ldquo;This is a significant and concerning escalation,&rdquo; Kirby said.<br>\
Moscow&#8217;s forces &amp; &copy2024 &bogus;</p></article><noscript>Enable JS</noscript></body></html>";

    fn assert_maps_back(extracted: &Extracted, text: &str, source_text: &str) {
        let start = extracted.body.text.find(text).expect(text);
        let span = extracted
            .body
            .source_span(Span::new(start, start + text.len()));
        assert_eq!(&PAGE[span.range()], source_text);
    }

    #[test]
    fn skipped_elements_left_open_nest_no_deeper_than_the_bound() {
        let page = format!("{}{}", "<nav>".repeat(10_000), "</p>".repeat(10_000));
        let emitter = DefaultEmitter::<usize>::new_with_span();
        let mut reader = PageReader::new(&page, 0);
        for Ok(token) in Tokenizer::new_with_emitter(page.as_str(), emitter) {
            reader.token(token);
        }
        assert_eq!(reader.skipped.len(), MAX_SKIPPED);
        assert_eq!(extract(&page, 0).body.text, "");
    }

    #[test]
    fn takes_the_body_text_in_paragraphs() {
        let extracted = extract(PAGE, 0);
        assert_eq!(
            extracted.body.text,
            "North Korea supplied Russia with missiles\n\n\
Washington, United States —\u{a0}North Korea has provided Russia with ballistic missiles, the White House said.\n\n\
“This is a significant and concerning escalation,” Kirby said.\n\
Moscow’s forces & ©2024 &bogus;"
        );
    }

    #[test]
    fn reads_metadata_and_the_headline() {
        let extracted = extract(PAGE, 0);
        let meta = &extracted.meta;
        assert_eq!(
            meta.title.as_deref(),
            Some("North Korea supplied Russia | INQUIRER.net")
        );
        assert_eq!(meta.author.as_deref(), Some("Agence France-Presse"));
        assert_eq!(meta.outlet.as_deref(), Some("INQUIRER.net"));
        assert_eq!(meta.date.as_deref(), Some("2024-01-05T03:07:00+08:00"));
        let headline = extracted.headline.unwrap();
        assert_eq!(
            &extracted.body.text[headline.range()],
            "North Korea supplied Russia with missiles"
        );
    }

    #[test]
    fn entities_whitespace_and_breaks_map_to_their_source() {
        let extracted = extract(PAGE, 0);
        assert_eq!(
            extracted.body.source_span(Span::new(0, 11)),
            Span::new(
                PAGE.find("North Korea supplied Russia with").unwrap(),
                PAGE.find(" supplied Russia with").unwrap()
            )
        );
        assert_maps_back(&extracted, "—\u{a0}North", "&mdash;&nbsp;North");
        assert_maps_back(
            &extracted,
            "provided Russia with",
            "provided   Russia\r\n with",
        );
        assert_maps_back(
            &extracted,
            "the White House said.",
            "the <em>White House</em> said.",
        );
        assert_maps_back(&extracted, "“This", "&ldquo;This");
        assert_maps_back(&extracted, "Moscow’s", "Moscow&#8217;s");
        assert_maps_back(&extracted, "& ©2024", "&amp; &copy2024");
        assert_maps_back(&extracted, ".\nMoscow", ".<br>Moscow");
    }

    #[test]
    fn character_references_decode_like_a_browser() {
        assert_eq!(character_reference("&amp;amp;"), Some((5, "&".into())));
        assert_eq!(character_reference("&copy2024"), Some((5, "©".into())));
        assert_eq!(character_reference("&#x35;"), Some((6, "5".into())));
        assert_eq!(character_reference("&#59;"), Some((5, ";".into())));
        assert_eq!(character_reference("&#65"), Some((4, "A".into())));
        assert_eq!(character_reference("&bogus;"), None);
        assert_eq!(character_reference("& x"), None);
        assert_eq!(character_reference("&#;"), None);
    }

    #[test]
    fn a_page_offset_by_a_bom_keeps_file_offsets() {
        let source = "\u{feff}<p>Kirby &amp; Town</p>";
        let extracted = extract(source, 3);
        assert_eq!(extracted.body.text, "Kirby & Town");
        let town = source.find("Town").unwrap();
        assert_eq!(
            extracted.body.source_span(Span::new(8, 12)),
            Span::new(town, town + 4)
        );
    }

    #[test]
    fn code_comments_and_scripts_are_not_prose_but_alt_text_is() {
        let page = "<p>Run <code>kirby --said 550</code> now.<!-- Kirby said 600 --></p>\
<pre>Kirby said 700</pre><p>A map: <img src=\"m.png\" alt=\"Kirby &amp; the range\"> <img alt=x></p>";
        let extracted = extract(page, 0);
        assert_eq!(
            extracted.body.text,
            "Run now.\n\nA map: Kirby & the range x"
        );
        let start = extracted.body.text.find("the range").unwrap();
        let span = extracted.body.source_span(Span::new(start, start + 9));
        assert_eq!(&page[span.range()], "the range");
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for page in [
            "",
            "<",
            "<p",
            "&",
            "<p>&#x110000;</p>",
            "<script>never closed",
            "</p></div>text",
            "<h1></h1><h1>Late</h1>",
            "<img alt>",
            "<img alt=\"never closed>",
        ] {
            let extracted = extract(page, 0);
            let all = Span::new(0, extracted.body.text.len());
            assert!(extracted.body.source_span(all).end <= page.len());
        }
    }
}
