//! A test of a word's first two letters and length against those of a list of words: most words of
//! running text have no shape of a short list, and are ruled out before they are lower-cased
//! and looked up.

/// For each pair of first two letters (lower case), the lengths of the words that start with
/// them, as bits (lengths of 64 bytes and more share the last bit). A byte other than a
/// letter, or none, counts as one more letter.
pub struct Shapes([[u64; LETTERS]; LETTERS]);

/// The 26 letters, and one for any other byte.
const LETTERS: usize = 27;

impl Shapes {
    /// The shapes of the ASCII words of `words`, in lower case.
    pub fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut shapes = Self([[0; LETTERS]; LETTERS]);
        for word in words.filter(|w| w.is_ascii()) {
            if let Some((first, second, length)) = Self::shape(word) {
                shapes.0[first][second] |= length;
            }
        }
        shapes
    }

    /// Whether an ASCII `word`, in any case, may be one of the words.
    pub fn may_be(&self, word: &str) -> bool {
        Self::shape(word).is_some_and(|(first, second, length)| self.0[first][second] & length != 0)
    }

    fn shape(word: &str) -> Option<(usize, usize, u64)> {
        let mut bytes = word.bytes();
        let first = letter(bytes.next()?);
        let second = bytes.next().map_or(LETTERS - 1, letter);
        Some((first, second, 1 << word.len().min(63)))
    }
}

/// The letter `byte` is, in any case, from 0; any other byte is the last.
fn letter(byte: u8) -> usize {
    match byte.to_ascii_lowercase() {
        lower @ b'a'..=b'z' => usize::from(lower - b'a'),
        _ => LETTERS - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_of_the_list_in_any_case_has_its_shape() {
        let shapes = Shapes::of(["march", "the", "a", "m-1"].into_iter());
        for word in [
            "march", "March", "MARCH", "The", "A", "M-1", "m.2", "mayors",
        ] {
            assert_eq!(shapes.may_be(word), word != "mayors", "{word}");
        }
        // Same first letters and length, another word: let through, for the look-up to say.
        assert!(shapes.may_be("thy"));
        assert!(!shapes.may_be("tea"));
        assert!(!shapes.may_be("ma"));
        assert!(!shapes.may_be("officials"));
        assert!(!shapes.may_be(""));
    }
}
