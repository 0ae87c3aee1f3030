//! The tokens of one sentence with their text: what the quantity grammar reads.

use crate::source::Span;
use crate::text::clock;
use crate::text::{LowerCase, Token, TokenKind};

#[derive(Clone, Copy)]
pub(super) struct Tokens<'a> {
    text: &'a str,
    /// The lower-case form of each token of `text`.
    lower: &'a LowerCase,
    tokens: &'a [Token],
    /// How many straight double quotes `"` the sentence has: an odd count leaves one
    /// unpaired, which may be an inch mark. Counted once, not at every mark.
    straight_quotes: usize,
}

impl<'a> Tokens<'a> {
    /// `tokens` are tokens of `text`, whose lower-case forms `lower` has.
    pub fn new(text: &'a str, lower: &'a LowerCase, tokens: &'a [Token]) -> Self {
        let straight_quotes = tokens
            .iter()
            .filter(|token| text.get(token.span.range()) == Some("\""))
            .count();
        Self {
            text,
            lower,
            tokens,
            straight_quotes,
        }
    }

    /// Whether the sentence's straight double quotes cannot all be paired.
    pub fn has_unpaired_straight_quote(&self) -> bool {
        self.straight_quotes % 2 == 1
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The text of token `i`; empty past either end.
    pub fn str(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |token| &self.text[token.span.range()])
    }

    /// Token `i` lowercased, for keyword comparisons; empty past either end.
    pub fn lower(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |token| self.lower.of(token.span))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|token| token.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    pub fn span(&self, i: usize) -> Span {
        self.tokens[i].span
    }

    /// The span from the start of token `first` to the end of token `last` (inclusive).
    pub fn span_of(&self, first: usize, last: usize) -> Span {
        Span::new(self.tokens[first].span.start, self.tokens[last].span.end)
    }

    /// Whether a clock time starts at token `i`: "3 p.m.", "2211 GMT".
    pub fn is_clock(&self, i: usize) -> bool {
        clock::read(self.text, self.tokens, i).is_some()
    }

    /// Whether tokens `i` and `i + 1` touch, with no space between them.
    pub fn joined(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// The text between tokens `i` and `i + 1`.
    pub fn gap(&self, i: usize) -> &'a str {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => &self.text[a.span.end..b.span.start],
            _ => "",
        }
    }

    /// Whether token `i` is a word starting with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether every longer word of the sentence is capitalized: a headline in title case,
    /// where capitals say nothing about names.
    pub fn is_title_case(&self) -> bool {
        let mut long_words = (0..self.len())
            .filter(|&i| self.is_word(i) && self.str(i).chars().count() >= 4)
            .peekable();
        long_words.peek().is_some() && long_words.all(|i| self.is_capitalized(i))
    }
}
