//! Hostile text stays text: control characters from articles, fact sheets and file names are
//! shown escaped in terminal output, so that no input can move the cursor, retitle the
//! terminal or hide a line.

use std::borrow::Cow;
use std::fmt::Write;
use std::path::Path;

/// `text` with every control character but line breaks and tabs written as `\u{1b}`.
pub fn text(text: &str) -> Cow<'_, str> {
    escape(text, |c| matches!(c, '\n' | '\r' | '\t'))
}

/// `text` on one line: line breaks are escaped too.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, |c| c == '\t')
}

/// A file name on one line, escaped; borrowed when it is UTF-8 with nothing to escape.
pub fn path(path: &Path) -> Cow<'_, str> {
    match path.to_str() {
        Some(name) => line(name),
        None => Cow::Owned(line(&path.display().to_string()).into_owned()),
    }
}

fn escape(text: &str, kept: impl Fn(char) -> bool) -> Cow<'_, str> {
    let escaped = |c: char| c.is_control() && !kept(c);
    if !may_hold_control(text) || !text.contains(escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with each control character but line breaks and tabs replaced by a visible one of
/// the same length in bytes, so that byte offsets into the text still hold: for showing an
/// article's own lines under a diagnostic.
pub fn same_length(text: &str) -> Cow<'_, str> {
    let replaced = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t');
    if !may_hold_control(text) || !text.contains(replaced) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                // C0 controls and DEL are one byte, C1 controls two.
                c if replaced(c) && c.len_utf8() == 1 => '?',
                c if replaced(c) => '¿',
                c => c,
            })
            .collect(),
    )
}

/// Whether `text` may hold a control character, read from its bytes: in UTF-8 the C0
/// controls and DEL are single bytes below 0x20 or 0x7F, and the C1 controls (U+0080 to
/// U+009F) start with 0xC2. Most texts have none, and are then not decoded at all.
fn may_hold_control(text: &str) -> bool {
    text.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_shown_not_sent() {
        assert_eq!(
            text("a\u{1b}]0;pwned\u{7}b\nc"),
            "a\\u{1b}]0;pwned\\u{7}b\nc"
        );
        assert_eq!(line("two\nlines"), "two\\u{a}lines");
        assert_eq!(path(Path::new("a\u{1b}[2J.md")), "a\\u{1b}[2J.md");
        assert!(matches!(text("plain “text”"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_byte_test_passes_every_control_character() {
        let controls = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_control());
        for c in controls {
            assert!(may_hold_control(&format!("a{c}b")), "{:x}", c as u32);
        }
        assert!(!may_hold_control("plain “text”, é and ß"));
    }

    #[test]
    fn same_length_keeps_every_byte_offset() {
        let source = "a\u{1b}[31mb\u{9b}c\r\n";
        let shown = same_length(source);
        assert_eq!(shown, "a?[31mb¿c\r\n");
        assert_eq!(shown.len(), source.len());
    }
}
