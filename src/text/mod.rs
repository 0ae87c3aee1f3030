//! The text model: paragraphs, sentences and tokens of an article's body text.
//!
//! All spans are byte spans of the text the [`Document`] was built from (`Article::body.text`);
//! `ExtractedText::source_span` turns them into spans of the article file.

mod abbreviations;
pub mod calendar;
pub mod case;
pub mod clock;
pub mod compass;
mod lower_case;
mod paragraphs;
mod sentences;
pub mod shapes;
pub mod syntax;
pub mod time_zones;
mod tokens;
pub mod word_lists;

use std::ops::Range;
use std::sync::OnceLock;

pub use lower_case::LowerCase;

use crate::source::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// What each number, date and name attaches to: built on first use ([`Self::syntax`]),
    /// since a sheet of term facts needs sentences and no structure.
    syntax: OnceLock<syntax::Syntax>,
    /// Every token in lower case: built on first use ([`Self::lower_case`]).
    lower_case: OnceLock<LowerCase>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Trimmed: no leading or trailing whitespace.
    pub span: Span,
    /// Indices into [`Document::sentences`].
    pub sentences: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Trimmed: no leading or trailing whitespace.
    pub span: Span,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// Punctuation, including quote marks, dashes and the ellipsis.
    Punct,
    /// `$ % € ± ©` and the like.
    Symbol,
}

impl Document {
    pub fn new(text: &str) -> Document {
        let mut document = Document::default();
        for paragraph_span in paragraphs::paragraph_spans(text) {
            let paragraph = document.paragraphs.len();
            let first_sentence = document.sentences.len();
            for span in sentences::sentence_spans(text, paragraph_span) {
                let first_token = document.tokens.len();
                tokens::tokenize(text, span, &mut document.tokens);
                document.sentences.push(Sentence {
                    span,
                    paragraph,
                    tokens: first_token..document.tokens.len(),
                });
            }
            document.paragraphs.push(Paragraph {
                span: paragraph_span,
                sentences: first_sentence..document.sentences.len(),
            });
        }
        document
    }

    /// What each number, date and name of `text`, the text this document was built from,
    /// attaches to.
    pub fn syntax(&self, text: &str) -> &syntax::Syntax {
        self.syntax.get_or_init(|| syntax::Syntax::new(text, self))
    }

    /// Every token of `text`, the text this document was built from, in lower case.
    pub fn lower_case(&self, text: &str) -> &LowerCase {
        self.lower_case
            .get_or_init(|| LowerCase::new(text, &self.tokens))
    }

    /// The index of the sentence containing the byte at `offset`, if any (whitespace between
    /// sentences belongs to none).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|s| s.span.end <= offset);
        let sentence = self.sentences.get(index)?;
        (sentence.span.start <= offset).then_some(index)
    }

    /// The tokens of sentence `index`; empty for an index past the end.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        self.sentences
            .get(index)
            .map_or(&[], |sentence| &self.tokens[sentence.tokens.clone()])
    }
}

#[cfg(test)]
mod tests;
