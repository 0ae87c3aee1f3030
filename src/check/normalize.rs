//! Text folded for phrase matching, with a map back to the original bytes.
//!
//! Editors write `"Kim Jong Un"`; articles write "Kim Jong-Un", "KIM JONG UN", "Kim Jong
//! Un’s". Folding case, hyphens, dashes, apostrophes and runs of white space on both sides
//! lets one automaton find every spelling, and the map turns a match back into exact bytes.

/// `text` folded, and for each folded byte the source range of the character it came from.
pub struct Folded {
    pub text: String,
    origin: Vec<(u32, u32)>,
}

impl Folded {
    pub fn new(source: &str) -> Self {
        let mut folded = Self {
            text: String::with_capacity(source.len()),
            origin: Vec::with_capacity(source.len()),
        };
        let bytes = source.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            // Most of an article is ASCII: folded byte by byte, without decoding.
            let byte = bytes[start];
            if byte.is_ascii() {
                let range = (start as u32, start as u32 + 1);
                match byte {
                    b'-' => folded.space(range),
                    _ if byte.is_ascii_whitespace() || byte == 0x0B => folded.space(range),
                    _ => folded.push(char::from(byte.to_ascii_lowercase()), range),
                }
                start += 1;
                continue;
            }
            let c = source[start..]
                .chars()
                .next()
                .expect("a character starts here");
            let range = (start as u32, (start + c.len_utf8()) as u32);
            match fold_char(c) {
                Fold::Space => folded.space(range),
                Fold::Char(c) => folded.push(c, range),
                Fold::Lower => c.to_lowercase().for_each(|l| folded.push(l, range)),
            }
            start += c.len_utf8();
        }
        if folded.text.ends_with(' ') {
            folded.text.pop();
            folded.origin.pop();
        }
        folded
    }

    /// Appends `folded`, which comes from the source bytes `range`.
    fn push(&mut self, folded: char, range: (u32, u32)) {
        for _ in 0..folded.len_utf8() {
            self.origin.push(range);
        }
        self.text.push(folded);
    }

    /// Appends one space for a run of white space, hyphens and dashes, none at the start.
    fn space(&mut self, range: (u32, u32)) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.push(' ', range);
        }
    }

    /// The source byte range of the folded range `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.origin.len());
        (
            self.origin[start].0 as usize,
            self.origin[end - 1].1 as usize,
        )
    }

    /// Whether a match `start..end` stands as whole words (automata have no `\b`).
    pub fn is_whole_words(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    }
}

/// Folds a phrase from a fact sheet the way articles are folded.
pub fn fold(phrase: &str) -> String {
    Folded::new(phrase).text
}

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
    fn whole_words_only() {
        let folded = Folded::new("Moscowitz visited Moscow.");
        let inside = folded.text.find("moscow").unwrap();
        assert!(!folded.is_whole_words(inside, inside + 6));
        let alone = folded.text.rfind("moscow").unwrap();
        assert!(folded.is_whole_words(alone, alone + 6));
    }
}
