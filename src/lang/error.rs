//! Parse errors: the public [`ParseError`], and [`Failure`], nom's error type inside the
//! parser.

use std::fmt;

use nom::error::{ContextError, ErrorKind, FromExternalError};

use crate::source::Span;

/// A mistake in an assertion or a condition, with what a diagnostic needs to show it.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// The offending text, as a byte range of the assertion string. At least one byte long,
    /// except at the end of the input where it is empty.
    pub span: Span,
    /// The headline: "unknown unit 'kmz'".
    pub message: String,
    /// The short text shown under the span: "not a unit".
    pub label: String,
    /// A way out: "did you mean 'km'?", or what is accepted there.
    pub help: Option<String>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// nom's error type while parsing.
///
/// nom hands every parser a suffix of the input, so a position is kept as the length of the
/// input left at that point and becomes an offset only in [`Failure::into_parse_error`].
/// Of several errors the innermost one is kept: it is the one that knows what went wrong.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Failure {
    /// Length of the input left where the offending text starts.
    rest_len: usize,
    /// Byte length of the offending text.
    len: usize,
    message: String,
    label: String,
    help: Option<String>,
    /// False for nom's own errors (a failed `tag`), which take their wording from the
    /// nearest `context` around them.
    described: bool,
}

impl Failure {
    /// An error about the first `len` bytes of `rest`.
    pub(super) fn at(
        rest: &str,
        len: usize,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Self {
        Self {
            rest_len: rest.len(),
            len: len.min(rest.len()),
            message: message.into(),
            label: label.into(),
            help: None,
            described: true,
        }
    }

    /// "expected {what}, found '…'" about the word or character `rest` starts with, labelled
    /// `label` (or "ends here" at the end of the input).
    pub(super) fn expected(rest: &str, what: &str, label: impl Into<String>) -> Self {
        let found = token_at(rest);
        if found.is_empty() {
            Self::at(rest, 0, format!("expected {what}"), "ends here")
        } else {
            Self::at(
                rest,
                found.len(),
                format!("expected {what}, found '{found}'"),
                label,
            )
        }
    }

    pub(super) fn with_help(self, help: impl Into<String>) -> Self {
        Self {
            help: Some(help.into()),
            ..self
        }
    }

    pub(super) fn with_label(self, label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            ..self
        }
    }

    /// Adds "did you mean '…'?" when `suggestion` is known.
    pub(super) fn with_suggestion(self, suggestion: Option<&str>) -> Self {
        match suggestion {
            Some(known) => self.with_help(format!("did you mean '{known}'?")),
            None => self,
        }
    }

    /// The public error, with the position resolved against the whole `input`.
    pub(super) fn into_parse_error(self, input: &str) -> ParseError {
        let start = input.len().saturating_sub(self.rest_len);
        ParseError {
            span: Span::new(start, start + self.len),
            message: self.message,
            label: self.label,
            help: self.help,
        }
    }
}

impl nom::error::ParseError<&str> for Failure {
    fn from_error_kind(input: &str, _kind: ErrorKind) -> Self {
        let found = token_at(input);
        let message = if found.is_empty() {
            "unexpected end of input".to_owned()
        } else {
            format!("unexpected '{found}'")
        };
        Self {
            described: false,
            ..Self::at(input, found.len(), message, "unexpected")
        }
    }

    fn append(_input: &str, _kind: ErrorKind, inner: Self) -> Self {
        inner
    }

    /// Of two failed branches, keep the one a parser described, else the one that got
    /// further.
    fn or(self, other: Self) -> Self {
        match (self.described, other.described) {
            (true, false) => self,
            (false, true) => other,
            _ if other.rest_len < self.rest_len => other,
            _ => self,
        }
    }
}

impl ContextError<&str> for Failure {
    /// Words nom's own errors as "expected {context}"; a described error is kept as is.
    fn add_context(input: &str, context: &'static str, inner: Self) -> Self {
        if inner.described {
            return inner;
        }
        let offending = input.len().saturating_sub(inner.rest_len);
        let rest = input.get(offending..).unwrap_or_default();
        Self::expected(rest, context, "unexpected")
    }
}

impl<E: fmt::Display> FromExternalError<&str, E> for Failure {
    fn from_external_error(input: &str, _kind: ErrorKind, error: E) -> Self {
        let found = token_at(input);
        Self::at(input, found.len(), error.to_string(), "invalid")
    }
}

/// The word (letters, digits, `-`, `_`, `'`, `’`, and `.` or `,` between them) or the
/// single other character that `rest` starts with; empty at the end of the input.
pub(super) fn token_at(rest: &str) -> &str {
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_alphanumeric = chars
            .peek()
            .is_some_and(|&(_, next)| next.is_alphanumeric());
        let inner_punctuation = end > 0 && matches!(c, '.' | ',') && next_is_alphanumeric;
        if !(is_word_char(c) || inner_punctuation) {
            break;
        }
        end = i + c.len_utf8();
    }
    match rest.chars().next() {
        Some(c) if end == 0 => &rest[..c.len_utf8()],
        _ => &rest[..end],
    }
}

/// Letters, digits, hyphens, underscores and apostrophes: what words are made of.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '\'' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::error::ParseError as _;

    #[test]
    fn tokens_are_words_or_single_characters() {
        assert_eq!(token_at("kmz ±20"), "kmz");
        assert_eq!(token_at("1,00 km"), "1,00");
        assert_eq!(token_at("≈ 885"), "≈");
        assert_eq!(token_at("“quoted”"), "“");
        assert_eq!(token_at("kirby, analyst"), "kirby");
        assert_eq!(token_at("kirby.titles"), "kirby.titles");
        assert_eq!(token_at(""), "");
    }

    #[test]
    fn positions_resolve_against_the_whole_input() {
        let input = "range ≈ 885 kmz";
        let error = Failure::at(&input[14..], 3, "m", "l").into_parse_error(input);
        assert_eq!(error.span, Span::new(14, 17));
        let error = Failure::expected("", "a number", "x").into_parse_error(input);
        assert_eq!(
            (error.span, error.label.as_str()),
            (Span::new(17, 17), "ends here")
        );
    }

    #[test]
    fn context_words_nom_errors_but_keeps_described_ones() {
        let input = "abc xyz";
        let nom_error = Failure::from_error_kind(&input[4..], ErrorKind::Tag);
        let worded = Failure::add_context(input, "a number", nom_error);
        assert_eq!(worded.message, "expected a number, found 'xyz'");
        assert_eq!(worded.rest_len, 3);
        let described = Failure::at(input, 3, "specific", "here");
        assert_eq!(
            Failure::add_context(input, "a number", described.clone()),
            described
        );
    }

    #[test]
    fn alternatives_keep_the_described_then_the_furthest_error() {
        let input = "abc xyz";
        let generic = Failure::from_error_kind(&input[4..], ErrorKind::Tag);
        let described = Failure::at(input, 1, "specific", "here");
        assert_eq!(generic.clone().or(described.clone()), described);
        let further = Failure::at(&input[4..], 1, "further", "here");
        assert_eq!(described.or(further.clone()), further);
    }
}
