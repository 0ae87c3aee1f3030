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
        let mut text = String::with_capacity(source.len());
        let mut origin = Vec::with_capacity(source.len());
        for (start, c) in source.char_indices() {
            let range = (start as u32, (start + c.len_utf8()) as u32);
            let mut push = |folded: char, text: &mut String| {
                for _ in 0..folded.len_utf8() {
                    origin.push(range);
                }
                text.push(folded);
            };
            match fold_char(c) {
                Fold::Space => {
                    if !text.is_empty() && !text.ends_with(' ') {
                        push(' ', &mut text);
                    }
                }
                Fold::Char(folded) => push(folded, &mut text),
                Fold::Lower => c.to_lowercase().for_each(|l| push(l, &mut text)),
            }
        }
        if text.ends_with(' ') {
            text.pop();
            origin.pop();
        }
        Self { text, origin }
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
    fn whole_words_only() {
        let folded = Folded::new("Moscowitz visited Moscow.");
        let inside = folded.text.find("moscow").unwrap();
        assert!(!folded.is_whole_words(inside, inside + 6));
        let alone = folded.text.rfind("moscow").unwrap();
        assert!(folded.is_whole_words(alone, alone + 6));
    }
}
