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
pub mod sentence;

#[cfg(test)]
mod quadratic_tests;

use std::ops::Range;

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

/// A named speaker: its phrase, the head of it, and what pronoun may stand for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Named {
    phrase: Span,
    head: Span,
    kind: Kind,
}

/// What a pronoun must agree with: "he" is no "launches", "it" no "spokesman".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A name: a person or an organisation ("Kirby", "the White House").
    Name,
    /// A person named by a title or role ("the spokesman", "a senior official").
    Person,
    /// A plural common noun ("the launches", "engineers").
    Plural,
    /// A singular common noun ("the company", "the insurer").
    Thing,
}

impl Named {
    fn read(view: &SentenceView, phrase: Range<usize>) -> Self {
        let head = head::head(view, phrase.clone());
        let last = head.end - 1;
        let word = view.word(last);
        let kind = if view.is_capitalised(last) {
            Kind::Name
        } else if word.ends_with('s') {
            Kind::Plural
        } else if view.is(lexicon::List::SpeakerNoun, last) {
            Kind::Person
        } else {
            Kind::Thing
        };
        Self {
            phrase: view.span(phrase),
            head: view.span(head),
            kind,
        }
    }

    /// Whether `pronoun` can stand for this speaker.
    fn agrees_with(&self, pronoun: &str) -> bool {
        match pronoun.to_lowercase().as_str() {
            "he" | "she" => matches!(self.kind, Kind::Name | Kind::Person),
            "it" => matches!(self.kind, Kind::Name | Kind::Thing),
            _ => self.kind != Kind::Person,
        }
    }
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
        let view = SentenceView::new(text, &document.tokens[sentence.tokens.clone()], &speech)
            .with_tags(&document.syntax.tags[sentence.tokens.clone()]);
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

/// How many sentence subjects a pronoun may look back over.
const SUBJECTS_KEPT: usize = 3;

/// Resolves pronouns to the speakers named before them in their paragraph, or at the end
/// of the paragraph right before it (news copy often gives each sentence its own paragraph:
/// "…, Kirby said." then "“…,” he said."); never further back.
#[derive(Default)]
struct Resolver {
    paragraph: usize,
    /// The last named speaker of the paragraph.
    last_named: Option<Named>,
    /// The last few sentence subjects of the paragraph, newest first ("Kirby spoke to
    /// reporters."), for a pronoun before any speaker is named; a pronoun takes the first
    /// that agrees with it.
    last_subjects: [Option<Named>; SUBJECTS_KEPT],
    /// The last speaker or subject named in the paragraph before.
    previous_paragraph: Option<Named>,
}

impl Resolver {
    fn enter_paragraph(&mut self, paragraph: usize) {
        if paragraph != self.paragraph {
            let previous = (paragraph == self.paragraph + 1)
                .then(|| self.last_named.or(self.last_subjects[0]))
                .flatten();
            *self = Self {
                paragraph,
                previous_paragraph: previous,
                ..Self::default()
            };
        }
    }

    fn resolve(
        &mut self,
        view: &SentenceView,
        speaker: Range<usize>,
        clause: &Clause,
    ) -> Option<Named> {
        let is_pronoun = speaker.len() == 1 && view.is(lexicon::List::Pronoun, speaker.start);
        if !is_pronoun {
            let named = Named::read(view, speaker);
            self.last_named = Some(named);
            return Some(named);
        }
        // "…, but it noted": a pronoun after the sentence's own subject stands for it.
        let follows_subject = matches!(clause.form, Form::Before { .. })
            .then(|| view.subject())
            .flatten()
            .filter(|subject| {
                subject.end <= speaker.start && !view.is(lexicon::List::Pronoun, subject.start)
            });
        if let Some(subject) = follows_subject {
            return Some(Named::read(view, subject));
        }
        let pronoun = view.word(speaker.start);
        std::iter::once(self.last_named)
            .chain(self.last_subjects)
            .chain([self.previous_paragraph])
            .flatten()
            .find(|named| named.agrees_with(pronoun))
    }

    /// Notes the subject of a sentence read, after its clauses are resolved.
    fn read_subject(&mut self, view: &SentenceView) {
        let named = view
            .subject()
            .filter(|s| !view.is(lexicon::List::Pronoun, s.start));
        if let Some(subject) = named {
            self.last_subjects.rotate_right(1);
            self.last_subjects[0] = Some(Named::read(view, subject));
        }
    }
}

/// Credits each quotation of reported speech: to the innermost attribution around it, else
/// to the nearest attribution of its sentence, else to the first of the next sentence in its
/// paragraph, else to the last speaker named before it (a carried attribution). Attributions
/// are looked up by sentence, so this is linear in the article.
fn credit_quotations(
    document: &Document,
    quotations: &mut [Quotation],
    attributions: &mut Vec<Attribution>,
) {
    let read = attributions.len();
    let in_sentence = |attributions: &[Attribution], sentence: usize| {
        let start = attributions[..read].partition_point(|a| a.sentence < sentence);
        let end = attributions[..read].partition_point(|a| a.sentence <= sentence);
        start..end
    };
    // The last named speaker whose attributed text starts before an offset.
    let mut by_start: Vec<(usize, Span, Option<Span>)> = attributions
        .iter()
        .filter_map(|a| Some((a.content.start, a.resolved?, a.head)))
        .collect();
    by_start.sort_by_key(|(start, ..)| *start);
    for quotation in quotations.iter_mut().filter(|q| q.is_speech()) {
        let first = document
            .sentence_at(quotation.span.start)
            .unwrap_or_default();
        let last = document
            .sentence_at(quotation.span.end.saturating_sub(1))
            .unwrap_or(first)
            .max(first);
        let candidates =
            in_sentence(attributions, first).start..in_sentence(attributions, last).end;
        let overlaps = |a: &Attribution| {
            a.content.start < quotation.span.end && quotation.span.start < a.content.end
        };
        let outside = |a: &Attribution| a.verb.is_some_and(|v| !quotation.span.contains(v));
        let around = candidates
            .clone()
            .filter(|&i| overlaps(&attributions[i]) && outside(&attributions[i]))
            .min_by_key(|&i| attributions[i].content.len());
        let distance = |a: &Attribution| {
            let verb = a.verb.map_or(0, |v| v.start);
            verb.abs_diff(quotation.span.start)
                .min(verb.abs_diff(quotation.span.end))
        };
        let same_sentence = || {
            candidates
                .clone()
                .filter(|&i| outside(&attributions[i]))
                .min_by_key(|&i| distance(&attributions[i]))
        };
        let next_sentence = || {
            let next = last + 1;
            let same_paragraph = document
                .sentences
                .get(next)
                .is_some_and(|s| s.paragraph == document.sentences[last].paragraph);
            let range = in_sentence(attributions, next);
            (same_paragraph && !range.is_empty()).then_some(range.start)
        };
        quotation.attribution = around
            .or_else(same_sentence)
            .or_else(next_sentence)
            .or_else(|| {
                let before = by_start.partition_point(|(start, ..)| *start < quotation.span.start);
                let (_, named, head) = *by_start[..before].last()?;
                attributions.push(Attribution {
                    speaker: named,
                    resolved: Some(named),
                    head,
                    verb: None,
                    content: quotation.span,
                    sentence: first,
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
