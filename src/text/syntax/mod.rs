//! Sentence structure: what each number, date and name attaches to.
//!
//! A small rule-based reading on top of the tokens, built once per article and read by every
//! check. Each token gets a coarse word class ([`Tag`]) from closed word lists, a list of
//! news verbs with their inflections, word endings and its neighbours; each sentence is cut
//! into *segments*: clauses and phrases that are read apart (at commas, semicolons, colons
//! and dashes, before subordinators and relative words, before a coordinated clause and
//! before an infinitive). [`Syntax::value_binding`] and [`Syntax::date_binding`] then say
//! which words a quantity or a date attaches to ([`Binding`]).
//!
//! Why rules and not a trained tagger: news copy is edited English with a small set of
//! constructions that matter here (a value modifying a noun, "X of VALUE", "X rose to
//! VALUE", a date modifying a clause's verb); the rules are linear, need no model file or
//! network at build time, are exact on byte spans, and say why they bound what they bound
//! (`factlint extract` prints it). A statistical tagger trained on an open treebank (Harper's
//! `harper-brill`, a Brill tagger, was the candidate; nlprule is unmaintained since 2021)
//! would tag unseen words better but would cost a model to ship and a dependency tree, and
//! would still need these same attachment rules on top: tags are the cheap part, attachment
//! is the work. When a rule cannot tell, the binding is empty and no fact compares the value
//! (precision first). The cost: about 4% more instructions per article (callgrind, 330 KB of
//! news copy against the bundled sheet).

mod attach;
mod lexicon;
mod segments;
mod tagger;

#[cfg(test)]
mod tests;

use std::ops::Range;

pub use attach::{Binding, Relation};

use super::{Document, Token};

/// The coarse word class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Determiner,
    Pronoun,
    Preposition,
    /// and, but, or.
    Coordinator,
    /// Opens a clause or a phrase read apart: after, since, when, which, who, that.
    Subordinator,
    /// Forms of be, have and do; modals.
    Auxiliary,
    Verb,
    Adverb,
    /// A noun or an adjective in lower case.
    Noun,
    /// A capitalised word inside a sentence.
    Name,
    Number,
    Punct,
    Symbol,
}

impl Tag {
    /// Words that can head or modify a noun phrase.
    pub fn is_nominal(self) -> bool {
        matches!(self, Self::Noun | Self::Name | Self::Number)
    }
}

/// The structure of every sentence of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Syntax {
    /// One per token of the document.
    pub tags: Vec<Tag>,
    /// Token ranges of the segments, in order, covering every token.
    pub segments: Vec<Range<usize>>,
    /// The segment of each token.
    segment_of: Vec<usize>,
    /// Whether each segment is the first of its sentence.
    opens_sentence: Vec<bool>,
    /// Whether each segment has a verb.
    segment_has_verb: Vec<bool>,
    /// Whether each token is inside parentheses (of its sentence).
    parenthetical: Vec<bool>,
}

impl Syntax {
    pub fn new(text: &str, document: &Document) -> Self {
        let mut syntax = Syntax::default();
        let lower = document.lower_case(text);
        for sentence in &document.sentences {
            let tokens = &document.tokens[sentence.tokens.clone()];
            let first = sentence.tokens.start;
            let tags = tagger::tag(text, lower, tokens);
            for segment in segments::split(text, tokens, &tags) {
                let range = first + segment.start..first + segment.end;
                syntax.opens_sentence.push(segment.start == 0);
                syntax
                    .segment_has_verb
                    .push(tags[segment.clone()].contains(&Tag::Verb));
                for _ in range.clone() {
                    syntax.segment_of.push(syntax.segments.len());
                }
                syntax.segments.push(range);
            }
            syntax
                .parenthetical
                .extend(segments::parenthetical(text, tokens));
            syntax.tags.extend(tags);
        }
        syntax
    }

    /// The segment that token `token` is in.
    pub fn segment(&self, token: usize) -> Range<usize> {
        self.segment_of
            .get(token)
            .map_or(0..0, |&index| self.segments[index].clone())
    }

    /// Whether tokens `a` and `b` are in one clause: one segment, or segments of one
    /// sentence each joined to the one before by a coordinator ("left 40 dead and wrecked
    /// 300 homes in 1987").
    pub fn in_one_clause(&self, a: usize, b: usize) -> bool {
        let (Some(&first), Some(&second)) = (self.segment_of.get(a), self.segment_of.get(b)) else {
            return false;
        };
        let (low, high) = (first.min(second), first.max(second));
        (low + 1..=high).all(|index| {
            !self.opens_sentence[index]
                && self.tag(self.segments[index].start) == Some(Tag::Coordinator)
        })
    }

    /// The segment before the one that starts at token `start`, in the same sentence.
    fn previous_segment(&self, start: usize) -> Option<Range<usize>> {
        let index = *self.segment_of.get(start)?;
        (index > 0 && !self.opens_sentence[index]).then(|| self.segments[index - 1].clone())
    }

    /// The segment after `segment`, in the same sentence.
    fn next_segment(&self, segment: &Range<usize>) -> Option<Range<usize>> {
        let index = *self.segment_of.get(segment.end)?;
        (!self.opens_sentence[index]).then(|| self.segments[index].clone())
    }

    /// Whether the segment that starts at `segment.start` has a verb.
    fn has_verb(&self, segment: &Range<usize>) -> bool {
        self.segment_of
            .get(segment.start)
            .is_some_and(|&index| self.segment_has_verb[index])
    }

    /// Whether token `token` is the first of its sentence.
    fn starts_sentence(&self, token: usize) -> bool {
        self.segment_of
            .get(token)
            .is_some_and(|&index| self.opens_sentence[index] && self.segments[index].start == token)
    }

    fn tag(&self, token: usize) -> Option<Tag> {
        self.tags.get(token).copied()
    }

    fn is_parenthetical(&self, token: usize) -> bool {
        self.parenthetical.get(token).copied().unwrap_or(false)
    }
}

/// The tokens of `document` that lie inside `span`, as a range of token indices.
pub fn tokens_within(tokens: &[Token], span: crate::source::Span) -> Range<usize> {
    let start = tokens.partition_point(|t| t.span.end <= span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    start..end.max(start)
}
