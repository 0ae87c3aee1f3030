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

/// `word` lower-cased as [`lower`] does, written into `buffer` when it is ASCII and fits, so
/// that a capitalised word ("Officials", "The") costs no allocation either.
pub fn lower_into<'a>(word: &'a str, buffer: &'a mut [u8; 32]) -> Cow<'a, str> {
    if !word.is_ascii() || word.len() > buffer.len() {
        return lower(word);
    }
    // Lower-case ASCII, most words: borrowed after one pass, not the two of `lower`.
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(word);
    }
    let bytes = &mut buffer[..word.len()];
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    Cow::Borrowed(std::str::from_utf8(bytes).expect("ASCII is UTF-8"))
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

    #[test]
    fn lower_into_is_to_lowercase_and_borrows_short_ascii() {
        let long = "A".repeat(40);
        for word in [
            "march",
            "March",
            "MAY",
            "",
            "’s",
            "Ökonom",
            "İstanbul",
            &long,
        ] {
            let mut buffer = [0; 32];
            assert_eq!(lower_into(word, &mut buffer), word.to_lowercase(), "{word}");
        }
        let mut buffer = [0; 32];
        assert!(matches!(
            lower_into("Officials", &mut buffer),
            Cow::Borrowed("officials")
        ));
        assert!(matches!(
            lower_into("officials", &mut buffer),
            Cow::Borrowed("officials")
        ));
    }
}
