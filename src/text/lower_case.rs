//! Every token of a document in lower case, computed once and read by every check.
//!
//! The tagger, attribution, the date and quantity readers and the quote check all compare
//! words with their keywords in lower case; each lower-casing the same word again was a
//! sizeable part of their time. The text is lowered as a whole instead: ASCII letters keep
//! their byte length, so a token's lower-case form is the same span of the lowered text. A
//! token with other letters is lowered alone, as `str::to_lowercase` does ("ΣΑΣ" → "σας"),
//! and written over its span when that keeps its length, kept apart otherwise ("İ" → "i̇").

use crate::source::Span;

use super::Token;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LowerCase {
    /// The text with every token lowered in place.
    text: String,
    /// The tokens whose lower-case form is longer or shorter than they are, by start.
    others: Vec<(usize, Box<str>)>,
}

impl LowerCase {
    /// The lower-case forms of `tokens`, tokens of `text` in order.
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut lowered = text.to_ascii_lowercase();
        let mut others = Vec::new();
        // Most stretches of running text are ASCII alone: passed over a run of tokens at once.
        let runs = tokens.chunks(16).filter(|run| {
            let (first, last) = (run[0].span, run[run.len() - 1].span);
            !text[first.start..last.end].is_ascii()
        });
        for token in runs.flatten() {
            let written = &text[token.span.range()];
            if written.is_ascii() || !written.chars().any(changes_case) {
                continue;
            }
            let lower = written.to_lowercase();
            if lower.len() == written.len() {
                lowered.replace_range(token.span.range(), &lower);
            } else {
                others.push((token.span.start, lower.into_boxed_str()));
            }
        }
        Self {
            text: lowered,
            others,
        }
    }

    /// The token at `span` in lower case, exactly as `str::to_lowercase` has it.
    ///
    /// # Panics
    ///
    /// If `span` is no token's span (nor a span of ASCII text) of the text this was built from.
    pub fn of(&self, span: Span) -> &str {
        if !self.others.is_empty()
            && let Ok(index) = self.others.binary_search_by_key(&span.start, |(s, _)| *s)
        {
            return &self.others[index].1;
        }
        &self.text[span.range()]
    }
}

/// Whether lower-casing changes `c`.
fn changes_case(c: char) -> bool {
    !c.to_lowercase().eq([c])
}

#[cfg(test)]
mod tests {
    use crate::text::Document;
    use proptest::prelude::*;

    /// Each token's lower-case form, against `str::to_lowercase`.
    fn assert_lowered(text: &str) {
        let document = Document::new(text);
        let lower = document.lower_case(text);
        for token in &document.tokens {
            let written = &text[token.span.range()];
            assert_eq!(lower.of(token.span), written.to_lowercase(), "{written:?}");
        }
    }

    #[test]
    fn every_token_is_as_to_lowercase_has_it() {
        let long = format!("{} {}", "Ab".repeat(40), "É".repeat(30));
        for text in [
            "Officials said on Tuesday that the MID-December figures came late.",
            "North Korea’s Hwasong-11, KN-23 and U.S. sanctions: $1,000 (5%) “quoted”.",
            "Ökonom ΣΑΣ and İstanbul, İİ x; ǅemal Straße ẞ 1ST 2ND.",
            "",
            &long,
        ] {
            assert_lowered(text);
        }
    }

    #[test]
    fn a_token_that_changes_length_is_kept_apart() {
        let text = "In İzmir, KIM met ÉRIC.";
        let document = Document::new(text);
        let lower = document.lower_case(text);
        let words: Vec<&str> = document.tokens.iter().map(|t| lower.of(t.span)).collect();
        assert_eq!(words, ["in", "i̇zmir", ",", "kim", "met", "éric", "."]);
        assert_eq!(lower.others.len(), 1);
    }

    proptest! {
        #[test]
        fn any_text_is_lowered_token_by_token(text in "[a-zA-Z0-9 .,’'ÉéİΣσßẞǅ-]{0,40}") {
            assert_lowered(&text);
        }
    }
}
