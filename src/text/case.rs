//! Lower-casing words for keyword comparisons without allocating for the common case.

use std::borrow::Cow;

/// `word` lower-cased, exactly as `str::to_lowercase` would; borrowed when `word` is ASCII
/// with no capital, which is most words of running text (extractors compare every word
/// with their keywords, and allocating a `String` for each was a large part of their time).
pub fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_to_lowercase_and_borrows_lowercase_ascii() {
        for word in [
            "march",
            "March",
            "MAY",
            "",
            "1st",
            "’s",
            "Ökonom",
            "ΣΑΣ",
            "İstanbul",
        ] {
            assert_eq!(lower(word), word.to_lowercase(), "{word}");
        }
        assert!(matches!(lower("march"), Cow::Borrowed(_)));
        assert!(matches!(lower("March"), Cow::Owned(_)));
        assert!(matches!(lower("été"), Cow::Owned(_)));
    }
}
