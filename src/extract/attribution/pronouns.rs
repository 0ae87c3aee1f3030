//! Pronouns: which speaker named before a "he", "she", "it" or "they" stands for.

use std::ops::Range;

use super::clauses::{Clause, Form};
use super::head;
use super::lexicon;
use super::sentence::SentenceView;
use crate::source::Span;

/// A named speaker: its phrase, the head of it, and what pronoun may stand for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Named {
    pub phrase: Span,
    pub head: Span,
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
    pub fn read(view: &SentenceView, phrase: Range<usize>) -> Self {
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
        let is = |word: &str| pronoun.eq_ignore_ascii_case(word);
        if is("he") || is("she") {
            matches!(self.kind, Kind::Name | Kind::Person)
        } else if is("it") {
            matches!(self.kind, Kind::Name | Kind::Thing)
        } else {
            self.kind != Kind::Person
        }
    }
}

/// How many sentence subjects a pronoun may look back over.
const SUBJECTS_KEPT: usize = 3;

/// Resolves pronouns to the speakers named before them in their paragraph, or at the end
/// of the paragraph right before it (news copy often gives each sentence its own paragraph:
/// "…, Kirby said." then "“…,” he said."); never further back.
#[derive(Default)]
pub(super) struct Resolver {
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
    pub fn enter_paragraph(&mut self, paragraph: usize) {
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

    pub fn resolve(
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
    pub fn read_subject(&mut self, view: &SentenceView) {
        let named = view
            .subject()
            .filter(|s| !view.is(lexicon::List::Pronoun, s.start));
        if let Some(subject) = named {
            self.last_subjects.rotate_right(1);
            self.last_subjects[0] = Some(Named::read(view, subject));
        }
    }
}
