//! Text folded for phrase matching, with a map back to the original bytes.
//!
//! Editors write `"Kim Jong Un"`; articles write "Kim Jong-Un", "KIM JONG UN", "Kim Jong
//! Un’s". Folding case, hyphens, dashes, apostrophes and runs of white space on both sides
//! lets one automaton find every spelling, and the map turns a match back into exact bytes.

/// `source` folded, and for each folded byte where the source character it came from
/// starts (its end is read off the source: half the bookkeeping of keeping both).
pub struct Folded<'a> {
    pub text: String,
    origin: Vec<u32>,
    source: &'a str,
}

impl<'a> Folded<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut folding = Folding {
            text: Vec::with_capacity(source.len()),
            origin: Vec::with_capacity(source.len()),
            after_space: true,
        };
        let bytes = source.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            // Most of an article is ASCII: folded a run at a time, without decoding.
            let ascii_end = (bytes[start..].iter())
                .position(|byte| !byte.is_ascii())
                .map_or(bytes.len(), |length| start + length);
            if ascii_end > start {
                folding.ascii(&bytes[start..ascii_end], start);
                start = ascii_end;
                continue;
            }
            let c = source[start..]
                .chars()
                .next()
                .expect("a character starts here");
            match fold_char(c) {
                Fold::Space => folding.space(start),
                Fold::Char(c) => folding.push(c, start),
                Fold::Lower => c.to_lowercase().for_each(|l| folding.push(l, start)),
            }
            start += c.len_utf8();
        }
        if folding.text.last() == Some(&b' ') {
            folding.text.pop();
            folding.origin.pop();
        }
        Self {
            text: String::from_utf8(folding.text).expect("folding writes whole characters"),
            origin: folding.origin,
            source,
        }
    }

    /// The source byte range of the folded range `start..end`: from the start of the
    /// character its first byte comes from to the end of the one its last byte comes from.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.origin.len());
        let last = self.origin[end - 1] as usize;
        let last_len = self.source[last..].chars().next().map_or(0, char::len_utf8);
        (self.origin[start] as usize, last + last_len)
    }

    /// Whether a match `start..end` stands as whole words (automata have no `\b`).
    pub fn is_whole_words(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    }
}

/// A [`Folded`] being written.
struct Folding {
    text: Vec<u8>,
    origin: Vec<u32>,
    /// Whether `text` is empty or ends with a space: white space that follows is dropped.
    after_space: bool,
}

impl Folding {
    /// Folds `run`, ASCII found at `start`, without a branch per byte: every byte is
    /// written, and kept unless it is a space after a space.
    fn ascii(&mut self, run: &[u8], start: usize) {
        let written = self.text.len();
        self.text.resize(written + run.len(), 0);
        self.origin.resize(written + run.len(), 0);
        let (text, origin) = (&mut self.text[written..], &mut self.origin[written..]);
        let (mut kept, mut after_space) = (0, self.after_space);
        for (offset, &byte) in run.iter().enumerate() {
            let folded = ASCII_FOLD[usize::from(byte)];
            let space = folded == b' ';
            text[kept] = folded;
            origin[kept] = (start + offset) as u32;
            kept += usize::from(!(space && after_space));
            after_space = space;
        }
        self.after_space = after_space;
        self.text.truncate(written + kept);
        self.origin.truncate(written + kept);
    }

    /// Appends `folded`, which comes from the source character at `start`.
    fn push(&mut self, folded: char, start: usize) {
        for _ in 0..folded.len_utf8() {
            self.origin.push(start as u32);
        }
        self.text
            .extend_from_slice(folded.encode_utf8(&mut [0; 4]).as_bytes());
        self.after_space = folded == ' ';
    }

    /// Appends one space for a run of white space, hyphens and dashes, none at the start.
    fn space(&mut self, start: usize) {
        if !self.after_space {
            self.push(' ', start);
        }
    }
}

/// Each ASCII byte folded as [`fold_char`] folds it (a test holds them to it); the upper
/// half is never read.
const ASCII_FOLD: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b'-' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => b' ',
            other => other.to_ascii_lowercase(),
        };
        byte += 1;
    }
    table
};

/// Folds a phrase from a fact sheet the way articles are folded.
pub fn fold(phrase: &str) -> String {
    Folded::new(phrase).text
}

/// Whether `byte` is ASCII that folds to a space (white space or a hyphen): where a window
/// of text may start or end without changing the fold of the words inside it.
pub fn is_ascii_space(byte: u8) -> bool {
    byte.is_ascii() && ASCII_FOLD[usize::from(byte)] == b' '
}

/// The characters outside ASCII whose fold holds an ASCII letter or digit (a test goes
/// through every character to prove the list complete). In a text without them, each ASCII
/// letter or digit of the fold comes from the same letter, in either case.
pub const FOLDING_TO_ASCII_ALPHANUMERIC: [char; 2] = ['\u{0130}', '\u{212A}'];

enum Fold {
    Space,
    Char(char),
    Lower,
}

fn fold_char(c: char) -> Fold {
    match c {
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => Fold::Space,
        c if c.is_whitespace() => Fold::Space,
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => Fold::Char('\''),
        '\u{201C}' | '\u{201D}' => Fold::Char('"'),
        _ => Fold::Lower,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_hyphens_apostrophes_and_spaces() {
        assert_eq!(fold("Kim Jong-Un"), "kim jong un");
        assert_eq!(fold("Kim  Jong\nUn’s"), "kim jong un's");
        assert_eq!(fold("Kim Jong – Un"), "kim jong un");
    }

    #[test]
    fn maps_folded_ranges_back_to_source_bytes() {
        let source = "said KIM Jong‑Un’s aide";
        let folded = Folded::new(source);
        let start = folded.text.find("kim").unwrap();
        let end = start + "kim jong un's".len();
        let (s, e) = folded.source_range(start, end);
        assert_eq!(&source[s..e], "KIM Jong‑Un’s");
    }

    #[test]
    fn the_ascii_path_folds_as_characters_do() {
        // Every ASCII character, alone and between letters, folds as `fold_char` says.
        for byte in 0u8..128 {
            let c = char::from(byte);
            let expected = match fold_char(c) {
                Fold::Space => " ".to_string(),
                Fold::Char(folded) => folded.to_string(),
                Fold::Lower => c.to_lowercase().collect(),
            };
            assert_eq!(
                Folded::new(&format!("a{c}b")).text,
                format!("a{expected}b"),
                "{byte}"
            );
        }
    }

    #[test]
    fn only_the_listed_characters_outside_ascii_fold_to_ascii_letters_or_digits() {
        let folding_to_ascii: Vec<char> = (char::MIN..=char::MAX)
            .filter(|c| !c.is_ascii())
            .filter(|c| {
                fold(&c.to_string())
                    .bytes()
                    .any(|b| b.is_ascii_alphanumeric())
            })
            .collect();
        assert_eq!(folding_to_ascii, FOLDING_TO_ASCII_ALPHANUMERIC);
    }

    #[test]
    fn whole_words_only() {
        let folded = Folded::new("Moscowitz visited Moscow.");
        let inside = folded.text.find("moscow").unwrap();
        assert!(!folded.is_whole_words(inside, inside + 6));
        let alone = folded.text.rfind("moscow").unwrap();
        assert!(folded.is_whole_words(alone, alone + 6));
    }
}
