//! Attributions: who each statement of an article is credited to.
//!
//! Each sentence is read for reporting clauses ([`clauses`]); each clause gives a speaker as
//! written, the verb, and the span of what it attributes. Speakers are then resolved in
//! article order: a pronoun stands for the subject of its own sentence when it follows it
//! ("The White House refrained …, but it noted"), else for the last named speaker ("…,” he
//! said"). Finally each quotation is credited to the clause around it, or, with none, to the
//! last named speaker (a quotation running over paragraphs, a quoted paragraph of its own).
//!
//! Which sheet entity or role a speaker is, is decided by the checks
//! (`check::speakers`); here only the built-in role a speaker's own words name is known.

mod clauses;
pub mod json;
pub mod lexicon;
pub mod sentence;

use clauses::{Clause, Form, Speaker};
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
    /// pronoun with no speaker named before it.
    pub resolved: Option<Span>,
    /// The reporting verb or phrase ("said", "according to"); none for a carried quotation.
    pub verb: Option<Span>,
    /// What is attributed.
    pub content: Span,
    /// The sentence of the attributed text.
    pub sentence: usize,
    /// The speaker is named in another sentence.
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
        let view = SentenceView::new(text, &document.tokens[sentence.tokens.clone()], &speech);
        let clauses = clauses::clauses(&view);
        for i in 0..clauses.len() {
            let Some(content) = clauses::content(&view, &clauses, i) else {
                continue;
            };
            let clause = &clauses[i];
            let Some(speaker) = speaker_tokens(&view, &clauses, i) else {
                continue;
            };
            let (resolved, carried) = resolver.resolve(&view, index, speaker.clone(), clause);
            found.push(Attribution {
                speaker: view.span(speaker),
                resolved,
                verb: Some(view.span(clause.verb.clone())),
                content: view.span(content),
                sentence: index,
                carried,
            });
        }
        resolver.read_subject(&view, index);
    }
    credit_quotations(document, quotations, &mut found);
    found
}

/// The tokens of the clause's speaker: its own, or the sentence's subject.
fn speaker_tokens(
    view: &SentenceView,
    clauses: &[Clause],
    index: usize,
) -> Option<std::ops::Range<usize>> {
    match &clauses[index].speaker {
        Speaker::Written(range) => Some(range.clone()),
        // The subject of an earlier clause of the sentence, else the sentence's first phrase.
        Speaker::Subject => clauses[..index]
            .iter()
            .find_map(|c| match &c.speaker {
                Speaker::Written(range) => Some(range.clone()),
                Speaker::Subject => None,
            })
            .or_else(|| view.subject()),
    }
}

/// Resolves pronouns to the speakers named before them.
#[derive(Default)]
struct Resolver {
    /// The last named speaker and its sentence.
    last_named: Option<(Span, usize)>,
    /// The last sentence subject that names someone ("Kirby spoke to reporters."), for a
    /// pronoun before any speaker is named.
    last_subject: Option<(Span, usize)>,
}

impl Resolver {
    fn resolve(
        &mut self,
        view: &SentenceView,
        sentence: usize,
        speaker: std::ops::Range<usize>,
        clause: &Clause,
    ) -> (Option<Span>, bool) {
        let is_pronoun = speaker.len() == 1 && view.is(lexicon::List::Pronoun, speaker.start);
        if !is_pronoun {
            let span = view.span(speaker);
            self.last_named = Some((span, sentence));
            return (Some(span), false);
        }
        // "…, but it noted": a pronoun after the sentence's own subject stands for it.
        let follows_subject = matches!(clause.form, Form::Before { .. })
            .then(|| view.subject())
            .flatten()
            .filter(|subject| {
                subject.end <= speaker.start && !view.is(lexicon::List::Pronoun, subject.start)
            });
        if let Some(subject) = follows_subject {
            return (Some(view.span(subject)), false);
        }
        match self.last_named.or(self.last_subject) {
            Some((span, named_in)) => (Some(span), named_in != sentence),
            None => (None, false),
        }
    }

    /// Notes the subject of a sentence read, before its clauses are resolved.
    fn read_subject(&mut self, view: &SentenceView, sentence: usize) {
        let named = view
            .subject()
            .filter(|s| !view.is(lexicon::List::Pronoun, s.start));
        if let Some(subject) = named {
            self.last_subject = Some((view.span(subject), sentence));
        }
    }
}

/// Credits each quotation of reported speech to the innermost attribution around it, or else
/// to the last speaker named before it (a carried attribution).
fn credit_quotations(
    document: &Document,
    quotations: &mut [Quotation],
    attributions: &mut Vec<Attribution>,
) {
    for quotation in quotations.iter_mut().filter(|q| q.is_speech()) {
        let overlaps = |a: &Attribution| {
            a.content.start < quotation.span.end && quotation.span.start < a.content.end
        };
        let around = attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| overlaps(a) && a.verb.is_some_and(|v| !quotation.span.contains(v)))
            .min_by_key(|(_, a)| a.content.len())
            .map(|(index, _)| index);
        quotation.attribution = around.or_else(|| {
            let named = attributions
                .iter()
                .rev()
                .filter(|a| a.content.start < quotation.span.start)
                .find_map(|a| a.resolved)?;
            attributions.push(Attribution {
                speaker: named,
                resolved: Some(named),
                verb: None,
                content: quotation.span,
                sentence: document
                    .sentence_at(quotation.span.start)
                    .unwrap_or_default(),
                carried: true,
            });
            Some(attributions.len() - 1)
        });
    }
    let mut order: Vec<usize> = (0..attributions.len()).collect();
    order.sort_by_key(|&i| (attributions[i].content.start, attributions[i].speaker.start));
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let sorted: Vec<Attribution> = order.iter().map(|&i| attributions[i].clone()).collect();
    *attributions = sorted;
    for quotation in quotations.iter_mut() {
        quotation.attribution = quotation.attribution.map(|i| new_index[i]);
    }
}

impl Mentions {
    /// Who `span` (a claim) is credited to: the speaker of the quotation it is in, else the
    /// innermost attribution whose attributed text contains it.
    pub fn attribution_of(&self, span: Span) -> Option<&Attribution> {
        let quoted = self
            .quotes
            .iter()
            .filter(|q| q.is_speech() && q.encloses(span))
            .find_map(|q| q.attribution);
        quoted.and_then(|i| self.attributions.get(i)).or_else(|| {
            self.attributions
                .iter()
                .filter(|a| a.content.contains(span))
                .min_by_key(|a| a.content.len())
        })
    }
}

#[cfg(test)]
mod tests;
