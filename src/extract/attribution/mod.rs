//! Attributions: who each statement of an article is credited to.
//!
//! Each sentence is read for reporting clauses ([`clauses`]); each clause gives a speaker as
//! written, the verb, and the span of what it attributes. Speakers are then resolved in
//! article order: a pronoun stands for the subject of its own sentence when it follows it
//! ("The White House refrained …, but it noted"), else for the last named speaker of its
//! paragraph or of the paragraph right before ("…,” he said"); from further back a pronoun
//! is not resolved (precision first).
//! Each speaker phrase has a head ([`head`]): the words that name who speaks, which entities
//! are matched on. Finally each quotation is credited to the clause around it, else to the
//! nearest clause of its own sentence, else to the first clause of the next sentence of its
//! paragraph ("“…” The royal palace said …"), and only then to the last named speaker (a
//! quotation running over paragraphs, a quoted paragraph of its own).
//!
//! Which sheet entity or role a speaker is, is decided by the checks
//! (`check::speakers`); here only the built-in role a speaker's own words name is known.

mod clauses;
pub mod head;
pub mod json;
pub mod lexicon;
mod pronouns;
mod quotations;
pub mod sentence;

#[cfg(test)]
mod quadratic_tests;

use std::ops::Range;

use clauses::{Clause, Speaker};
use pronouns::Resolver;
use quotations::credit_quotations;
use sentence::SentenceView;

use super::Mentions;
use super::quotes::Quotation;
use crate::source::Span;
use crate::text::Document;

/// One statement credited to a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker as written: "Kirby", "he", "the spokesman", "Intelligence officials from
    /// the United Nations". For a quotation credited by carry-over, the speaker it is
    /// carried over from.
    pub speaker: Span,
    /// The named speaker this one stands for: itself, or a pronoun's antecedent. `None` for a
    /// pronoun with no speaker named before it in its paragraph.
    pub resolved: Option<Span>,
    /// The head of the resolved speaker's phrase: "Josh Green" of "Hawaii Gov. Josh Green".
    pub head: Option<Span>,
    /// The reporting verb or phrase ("said", "according to"); none for a carried quotation.
    pub verb: Option<Span>,
    /// What is attributed.
    pub content: Span,
    /// The sentence of the attributed text.
    pub sentence: usize,
    /// A quotation credited to a speaker of another sentence, with no reporting clause of
    /// its own.
    pub carried: bool,
}

/// The attributions of a document, in order, and the quotation each credits.
pub fn find(text: &str, document: &Document, quotations: &mut [Quotation]) -> Vec<Attribution> {
    let speech: Vec<Span> = quotations
        .iter()
        .filter(|q| !q.nested)
        .flat_map(|q| q.parts.iter().copied())
        .collect();
    let mut resolver = Resolver::default();
    let mut found = Vec::new();
    for (index, sentence) in document.sentences.iter().enumerate() {
        let view = SentenceView::new(
            text,
            document.lower_case(text),
            &document.tokens[sentence.tokens.clone()],
            &speech,
        )
        .with_tags(&document.syntax(text).tags[sentence.tokens.clone()]);
        resolver.enter_paragraph(sentence.paragraph);
        let clauses = clauses::clauses(&view);
        let separators = clauses::separators(&clauses);
        // The sentence's first written speaker, which later participles share.
        let first_written = clauses
            .iter()
            .position(|c| matches!(c.speaker, Speaker::Written(_)));
        for i in 0..clauses.len() {
            let Some(content) = clauses::content(&view, &clauses, i, &separators) else {
                continue;
            };
            let clause = &clauses[i];
            let Some(speaker) = speaker_tokens(&view, &clauses, i, first_written) else {
                continue;
            };
            let resolved = resolver.resolve(&view, speaker.clone(), clause);
            found.push(Attribution {
                speaker: view.span(speaker),
                resolved: resolved.map(|n| n.phrase),
                head: resolved.map(|n| n.head),
                verb: Some(view.span(clause.verb.clone())),
                content: view.span(content),
                sentence: index,
                carried: false,
            });
        }
        resolver.read_subject(&view);
    }
    credit_quotations(document, quotations, &mut found);
    found
}

/// The tokens of the clause's speaker: its own, else the first written speaker of an
/// earlier clause of the sentence (`first_written`), else the sentence's first phrase.
fn speaker_tokens(
    view: &SentenceView,
    clauses: &[Clause],
    index: usize,
    first_written: Option<usize>,
) -> Option<Range<usize>> {
    match &clauses[index].speaker {
        Speaker::Written(range) => Some(range.clone()),
        Speaker::Subject => match first_written.filter(|&first| first < index) {
            Some(first) => match &clauses[first].speaker {
                Speaker::Written(range) => Some(range.clone()),
                Speaker::Subject => None,
            },
            None => view.subject(),
        },
    }
}

impl Mentions {
    /// Who `span` (a claim) is credited to: the speaker of the quotation it is in, else the
    /// innermost attribution whose attributed text contains it.
    pub fn attribution_of(&self, span: Span) -> Option<&Attribution> {
        self.attributions_around(span).into_iter().next()
    }

    /// Every attribution that credits `span`, innermost first: the quotation's, then those
    /// whose attributed text contains it ("the company said …, according to Laurel": the
    /// company, then Laurel).
    pub fn attributions_around(&self, span: Span) -> Vec<&Attribution> {
        let quoted = self
            .quotes
            .iter()
            .filter(|q| q.is_speech() && q.encloses(span))
            .find_map(|q| q.attribution)
            .and_then(|i| self.attributions.get(i));
        let mut around: Vec<&Attribution> = self
            .attributions
            .iter()
            .filter(|a| a.content.contains(span) && Some(*a) != quoted)
            .collect();
        around.sort_by_key(|a| a.content.len());
        quoted.into_iter().chain(around).collect()
    }
}

#[cfg(test)]
mod tests;
