//! Recognizing inline Markdown markup. Every function looks at the text from the markup
//! character on and says how long the markup is; none of them copies anything.

use std::ops::Range;

/// Finds the characters that may start inline markup. All seven are ASCII: three SIMD
/// searches (`memchr`) cover them, each over the whole text rather than a line at a time.
/// Each search remembers the next hit it found, so that queries moving forward search every
/// byte once per search, however many lines and pieces ask, and a text full of markup
/// stays linear.
pub(super) struct MarkupFinder<'a> {
    bytes: &'a [u8],
    /// For each search, `searched_from..hit`: it found no character in that range and one at
    /// `hit` (the text's length when none).
    known: [Range<usize>; 3],
}

/// Where the first of some of the markup characters is in the bytes.
type Search = fn(&[u8]) -> Option<usize>;

/// The three searches, for `<[*`, ``_`!`` and `\`.
const SEARCHES: [Search; 3] = [
    |bytes| memchr::memchr3(b'<', b'[', b'*', bytes),
    |bytes| memchr::memchr3(b'_', b'`', b'!', bytes),
    |bytes| memchr::memchr(b'\\', bytes),
];

impl<'a> MarkupFinder<'a> {
    /// A finder over `text`, asked about offsets from `start` on.
    pub(super) fn new(text: &'a str, start: usize) -> Self {
        let mut finder = MarkupFinder {
            bytes: text.as_bytes(),
            known: [0..0, 0..0, 0..0],
        };
        for search in 0..SEARCHES.len() {
            finder.search(search, start);
        }
        finder
    }

    /// Where the first character that may start inline markup at or after `from` is.
    pub(super) fn next(&mut self, from: usize) -> Option<usize> {
        let mut first = self.bytes.len();
        for search in 0..SEARCHES.len() {
            let known = &self.known[search];
            if from < known.start || from > known.end {
                self.search(search, from);
            }
            first = first.min(self.known[search].end);
        }
        (first < self.bytes.len()).then_some(first)
    }

    fn search(&mut self, search: usize, from: usize) {
        let found = SEARCHES[search](&self.bytes[from..]);
        self.known[search] = from..found.map_or(self.bytes.len(), |at| from + at);
    }
}

/// A code span or link: where its visible text is and how long the whole markup is, both
/// relative to its first character.
pub(super) struct Markup {
    pub(super) text: Range<usize>,
    pub(super) len: usize,
}

pub(super) enum AngleBracket {
    /// `<https://…>`: the address is the text.
    Autolink { len: usize },
    /// `<span …>`, `</a>`: dropped.
    Tag { len: usize },
}

/// `<…>` at the start of `text`, if it is an autolink or an HTML tag on this line.
pub(super) fn angle_bracket(text: &str) -> Option<AngleBracket> {
    let close = 1 + text[1..].find(['>', '<', '\n'])?;
    if text.as_bytes()[close] != b'>' {
        return None;
    }
    let inner = &text[1..close];
    let len = close + 1;
    let starts_like_tag = inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    if starts_like_tag && inner.contains(':') && !inner.contains(char::is_whitespace) {
        Some(AngleBracket::Autolink { len })
    } else if starts_like_tag {
        Some(AngleBracket::Tag { len })
    } else {
        None
    }
}

/// The elements whose content is not prose.
const HIDDEN_ELEMENTS: &[&str] = &["code", "pre", "script", "style"];

/// The name of the element `tag` (a whole start tag, `<code class="x">`) opens, if its
/// content is not prose.
pub(super) fn hidden_element(tag: &str) -> Option<&'static str> {
    let name = tag.strip_prefix('<')?;
    let len = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = &name[..len];
    let found = HIDDEN_ELEMENTS
        .iter()
        .find(|hidden| hidden.eq_ignore_ascii_case(name))?;
    (!tag.ends_with("/>")).then_some(found)
}

/// Where the first end tag of `name` (`</code>`, any case) in `text` ends.
pub(super) fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut search = 0;
    while let Some(found) = text[search..].find("</") {
        let name_start = search + found + 2;
        let name_end = name_start + name.len();
        let matches = bytes
            .get(name_start..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        if matches && let Some(close) = text[name_end..].find('>') {
            let between = &text[name_end..name_end + close];
            if between.trim().is_empty() {
                return Some(name_end + close + 1);
            }
        }
        search = name_start;
    }
    None
}

/// `` `code` `` (any number of backticks): the code is the text.
pub(super) fn code_span(text: &str) -> Option<Markup> {
    let ticks = text.bytes().take_while(|&b| b == b'`').count();
    let mut search = ticks;
    while let Some(found) = text[search..].find('`') {
        let close = search + found;
        let run = text[close..].bytes().take_while(|&b| b == b'`').count();
        if run == ticks {
            return Some(Markup {
                text: ticks..close,
                len: close + run,
            });
        }
        search = close + run;
    }
    None
}

/// `[text](destination)`, `[text][label]` or `[text][]`: the bracketed text is the text.
pub(super) fn link(text: &str) -> Option<Markup> {
    if !text.starts_with('[') {
        return None;
    }
    let close = matching_close(text, b'[', b']')?;
    let after = &text[close + 1..];
    let tail = if after.starts_with('(') {
        matching_close(after, b'(', b')')? + 1
    } else if after.starts_with('[') {
        after.find(']')? + 1
    } else {
        return None;
    };
    Some(Markup {
        text: 1..close,
        len: close + 1 + tail,
    })
}

/// The index of the bracket closing the one `text` starts with; backslash escapes are skipped.
fn matching_close(text: &str, open: u8, close: u8) -> Option<usize> {
    let mut depth = 0usize;
    let mut escaped = false;
    for (index, byte) in text.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b if b == open => depth += 1,
            b if b == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether a run of `*` or `_` between `before` and `after` is emphasis rather than text, after
/// CommonMark's flanking rules: `**Kirby**` and `_the_` are emphasis; `5 * 3` and `snake_case`
/// are text. A line's start and end count as whitespace.
pub(super) fn is_emphasis_delimiter(marker: u8, before: Option<char>, after: Option<char>) -> bool {
    let space_before = before.is_none_or(char::is_whitespace);
    let space_after = after.is_none_or(char::is_whitespace);
    let punctuation_before = before.is_some_and(is_punctuation);
    let punctuation_after = after.is_some_and(is_punctuation);
    let left_flanking = !space_after && (!punctuation_after || space_before || punctuation_before);
    let right_flanking = !space_before && (!punctuation_before || space_after || punctuation_after);
    let inside_word =
        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    (left_flanking || right_flanking) && !(marker == b'_' && inside_word)
}

fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// The length of a list marker and the whitespace after it: `- `, `* `, `+ `, `1. `, `12) `.
/// Ordered markers have at most three digits, so that a wrapped line starting with a year
/// ("2024. It was…") stays prose.
pub(super) fn list_marker_len(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker_len = match line.as_bytes().first()? {
        b'-' | b'*' | b'+' => 1,
        b'0'..=b'9' if digits <= 3 && line[digits..].starts_with(['.', ')']) => digits + 1,
        _ => return None,
    };
    let after = &line[marker_len..];
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    (spaces > 0).then_some(marker_len + spaces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_markup_character_is_the_first_of_the_seven() {
        let is_markup = |b: &u8| b"<\\`![*_".contains(b);
        let long = "plain words ".repeat(60);
        let texts = [
            String::new(),
            "no markup at all".into(),
            format!("{long}_x"),
            format!("{long}\\*{long}"),
            format!("[a]({long}) and <b>"),
            format!("{}`", "é".repeat(300)),
            "*_`!<[\\ a*b_c`d!e<f[g\\".into(),
        ];
        for text in &texts {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let expected = |from: usize| {
                let found = text.as_bytes()[from..].iter().position(is_markup);
                found.map(|at| from + at)
            };
            // Forward, as the stripper asks, and in an order that goes back and skips.
            let mut finder = MarkupFinder::new(text, 0);
            for &from in &boundaries {
                assert_eq!(finder.next(from), expected(from), "{from} in {text:?}");
            }
            let mut finder = MarkupFinder::new(text, 0);
            for &from in boundaries.iter().rev().chain(boundaries.iter().step_by(7)) {
                assert_eq!(finder.next(from), expected(from), "{from} in {text:?}");
            }
        }
    }

    #[test]
    fn emphasis_follows_flanking() {
        assert!(is_emphasis_delimiter(b'*', None, Some('K')));
        assert!(is_emphasis_delimiter(b'*', Some('y'), Some(' ')));
        assert!(is_emphasis_delimiter(b'_', Some(' '), Some('t')));
        assert!(!is_emphasis_delimiter(b'*', Some(' '), Some(' ')));
        assert!(!is_emphasis_delimiter(b'_', Some('e'), Some('c')));
    }

    #[test]
    fn links_nest_brackets_and_parentheses() {
        let link = link("[a [b] c](https://x.org/(y)) rest").unwrap();
        assert_eq!((link.text, link.len), (1..8, 28));
        assert!(super::link("[a] b").is_none());
        assert!(super::link("[a](unclosed").is_none());
        assert!(super::link("a] b").is_none());
    }

    #[test]
    fn code_spans_need_a_matching_run() {
        let code = code_span("``a ` b`` c").unwrap();
        assert_eq!((code.text, code.len), (2..7, 9));
        assert!(code_span("`a``").is_none());
    }
}
