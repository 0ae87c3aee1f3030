//! A test of a word's first letter and length against those of a list of words: most words of
//! running text have no shape of a short list, and are ruled out before they are lower-cased
//! and looked up.

/// For each ASCII first byte (lower case), the lengths of the words that start with it, as
/// bits (lengths of 64 bytes and more share the last bit).
pub struct Shapes([u64; 128]);

impl Shapes {
    /// The shapes of the ASCII words of `words`, in lower case.
    pub fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut shapes = Self([0; 128]);
        for word in words.filter(|w| w.is_ascii()) {
            if let Some((first, length)) = Self::shape(word) {
                shapes.0[first] |= length;
            }
        }
        shapes
    }

    /// Whether an ASCII `word`, in any case, may be one of the words.
    pub fn may_be(&self, word: &str) -> bool {
        Self::shape(word).is_some_and(|(first, length)| self.0[first] & length != 0)
    }

    fn shape(word: &str) -> Option<(usize, u64)> {
        let first = word.bytes().next()?.to_ascii_lowercase();
        let first = usize::from(first).min(127);
        Some((first, 1 << word.len().min(63)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_of_the_list_in_any_case_has_its_shape() {
        let shapes = Shapes::of(["march", "the", "a"].into_iter());
        for word in ["march", "March", "MARCH", "The", "A", "mayors"] {
            assert_eq!(shapes.may_be(word), word != "mayors", "{word}");
        }
        // Same first letter and length, another word: let through, for the look-up to say.
        assert!(shapes.may_be("tea"));
        assert!(!shapes.may_be("officials"));
        assert!(!shapes.may_be(""));
    }
}
