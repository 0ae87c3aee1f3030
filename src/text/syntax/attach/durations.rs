//! Lengths of time that measure no noun: the time since a record ("its highest level in 22
//! years") and the time between two events ("45 minutes into the dive", "an hour later").
//!
//! Both read like a value after a preposition, which elsewhere attaches to nothing; bound
//! here, they can be compared with a fact about the record or the event, and with nothing
//! else: "two days after the quake" is not the quake's duration.

use std::ops::Range;

use super::super::Tag;
use super::super::lexicon;
use super::{Binding, REACH, Reader, Relation, SEGMENTS_BACK};

/// Words after a length of time that make it the time from another event to the clause's:
/// "45 minutes into the dive", "an hour after launch", "two days later". "Before" and
/// "earlier" count back from a later event, which a fact of time elapsed does not mean.
const ELAPSED_AFTER: &[&str] = &["after", "into", "later"];

/// Prepositions before a length of time with the same sense: "after 45 minutes".
const ELAPSED_BEFORE: &[&str] = &["after", "within"];

/// Prepositions between a record and its length of time: "highest in 22 years".
const RECORD_PREPOSITIONS: &[&str] = &["for", "in", "over"];

/// How many words a record's phrase may have before the preposition: "its highest policy
/// rate in".
const RECORD_PHRASE: usize = 6;

impl Reader<'_> {
    /// The binding of the length of time at tokens `value` (its first token `first`, after
    /// any currency or qualifier), when it is a record's or an elapsed time's.
    pub(super) fn duration_binding(
        &self,
        value: &Range<usize>,
        first: usize,
        segment: &Range<usize>,
    ) -> Option<Binding> {
        if value.is_empty() || !lexicon::is_duration_word(self.lower(value.end - 1)) {
            return None;
        }
        let before = (first > segment.start).then(|| first - 1);
        if let Some(preposition) = before.filter(|&j| self.is(j, RECORD_PREPOSITIONS))
            && let Some(record) = self.record(preposition, segment)
        {
            return Some(record);
        }
        let after = self.after(value.end, segment).next();
        let elapsed = after.is_some_and(|j| self.is(j, ELAPSED_AFTER))
            || before.is_some_and(|j| self.is(j, ELAPSED_BEFORE));
        elapsed.then(|| self.elapsed(first, segment))
    }

    /// "its highest level in 22 years": the record's words, from its superlative to the
    /// noun before `preposition`, owned by what a possessive determiner points back to.
    /// When that cannot be told ("It reached its highest level"), the value is unbound.
    fn record(&self, preposition: usize, segment: &Range<usize>) -> Option<Binding> {
        let mut phrase = Vec::new();
        for j in self.before(preposition, segment).take(RECORD_PHRASE) {
            phrase.push(j);
            if lexicon::is_superlative(self.lower(j)) {
                break;
            }
            if !matches!(self.tag(j), Some(Tag::Noun | Tag::Name | Tag::Number)) {
                return None;
            }
        }
        let superlative = *phrase.last()?;
        if !lexicon::is_superlative(self.lower(superlative)) {
            return None;
        }
        let head = phrase[0];
        let owner = match superlative.checked_sub(1) {
            Some(determiner) if lexicon::is_possessive_determiner(self.lower(determiner)) => {
                match self.referent_before(determiner) {
                    Some(referent) => Some(referent),
                    None => return Some(Binding::unbound(Relation::Record)),
                }
            }
            _ => self.owner_of(head, segment),
        };
        Some(
            Binding::new(Relation::Record, self.tokens, &phrase)
                .owned_by(owner, self.tokens)
                .measuring(Some(head), self.tokens),
        )
    }

    /// The noun a possessive determiner at `determiner` points back to: the nearest noun
    /// or name before it in its sentence ("consumer confidence reached its"). `None` when
    /// the nearest is a pronoun or the sentence has none.
    fn referent_before(&self, determiner: usize) -> Option<usize> {
        let mut j = determiner;
        while j > 0 && determiner - j < REACH && !self.syntax.starts_sentence(j) {
            j -= 1;
            match self.tag(j) {
                Some(Tag::Noun | Tag::Name) if !self.syntax.is_parenthetical(j) => {
                    return Some(j);
                }
                Some(Tag::Pronoun) => return None,
                _ => {}
            }
        }
        None
    }

    /// "lost contact 45 minutes into the dive", "45 minutes into the dive, it lost
    /// contact": the time elapsed before the event of the clause the value's phrase
    /// belongs to: its own first verb before it, else that of the clause it trails, else
    /// that of the clause it opens. The words are that verb, its subject and its object.
    fn elapsed(&self, first: usize, segment: &Range<usize>) -> Binding {
        // The first verb of a clause is its own; later ones are complements ("stopped
        // moving").
        let first_verb = |segment: &Range<usize>, end: usize| {
            self.after(segment.start, segment)
                .take_while(|&j| j < end)
                .find(|&j| self.tag(j) == Some(Tag::Verb))
        };
        let own = first_verb(segment, first);
        let trailed = || {
            let mut start = segment.start;
            for _ in 0..SEGMENTS_BACK {
                let previous = self.syntax.previous_segment(start)?;
                let verb = first_verb(&previous, previous.end);
                if verb.is_some() {
                    return verb;
                }
                start = previous.start;
            }
            None
        };
        let opened = || {
            let next = self
                .syntax
                .previous_segment(segment.start)
                .is_none()
                .then(|| self.syntax.next_segment(segment))??;
            first_verb(&next, next.end)
        };
        let Some(verb) = own.or_else(trailed).or_else(opened) else {
            return Binding::unbound(Relation::Elapsed);
        };
        let verb_segment = self.syntax.segment(verb);
        let mut anchors = vec![verb];
        anchors.extend(self.subject_of(verb, &verb_segment));
        anchors.extend(self.object_of(verb, &verb_segment));
        Binding::new(Relation::Elapsed, self.tokens, &anchors)
            .owned_by(self.clause_owner(&verb_segment), self.tokens)
    }
}
