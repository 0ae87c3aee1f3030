//! One sentence as attribution reads it: its tokens, which of them are quoted, and the noun
//! phrases that can name a speaker.
//!
//! A speaker's noun phrase is a run of capitalised words ("National Security Council"),
//! speaker nouns ("officials", "spokesperson"), lower-case words that lead up to a speaker noun
//! ("national security spokesperson") and connectors between them ("officials from the United
//! Nations"). It ends on a name or a speaker noun; a pronoun is a phrase of its own.

use std::cell::Cell;
use std::ops::Range;

use super::lexicon::{List, Membership};
use crate::source::Span;
use crate::text::syntax::Tag;
use crate::text::{LowerCase, Token, TokenKind};

/// The longest speaker phrase considered, in tokens.
const MAX_PHRASE: usize = 14;

pub struct SentenceView<'a> {
    text: &'a str,
    /// The lower-case form of each token of `text`.
    lower: &'a LowerCase,
    pub tokens: &'a [Token],
    /// The word class of each token (from the document's sentence structure).
    tags: &'a [Tag],
    /// What each token is, read once: phrase reading asks the same token the same questions
    /// many times over.
    facts: Vec<TokenFacts>,
}

/// What a sentence view knows of one token.
struct TokenFacts {
    /// Inside a quotation.
    quoted: bool,
    /// The word lists the token is in (none for a number or punctuation), looked up when
    /// first asked: many tokens never are (those inside quotations, most names).
    lists: Cell<Option<Membership>>,
}

impl<'a> SentenceView<'a> {
    /// `tokens` are tokens of `text`, whose lower-case forms `lower` has; `quoted_spans` are
    /// ordered and do not overlap.
    pub fn new(
        text: &'a str,
        lower: &'a LowerCase,
        tokens: &'a [Token],
        quoted_spans: &[Span],
    ) -> Self {
        let facts = quoted_flags(tokens, quoted_spans)
            .map(|quoted| TokenFacts {
                quoted,
                lists: Cell::new(None),
            })
            .collect();
        Self {
            text,
            lower,
            tokens,
            tags: &[],
            facts,
        }
    }

    /// The view with the word classes of its tokens, which clause reading needs.
    pub fn with_tags(mut self, tags: &'a [Tag]) -> Self {
        self.tags = tags;
        self
    }

    pub fn tag(&self, i: usize) -> Option<Tag> {
        self.tags.get(i).copied()
    }

    /// A verb of a clause: tagged a verb and not right after a determiner ("a briefing").
    pub fn is_clause_verb(&self, i: usize) -> bool {
        self.tag(i) == Some(Tag::Verb)
            && !(i > 0 && self.tag(i - 1) == Some(Tag::Determiner))
            && !self.is(List::ReportingVerb, i)
    }

    /// The period of a title abbreviation ("Gov.", "Lt."), which belongs to the name.
    /// The period of an initial before a name too: "S. Somanath", "John F. Kennedy".
    pub fn is_abbreviation_period(&self, i: usize) -> bool {
        let initial = |w: &str| w.chars().count() == 1 && w.starts_with(char::is_uppercase);
        self.word(i) == "."
            && i > 0
            && (self.is(List::TitleAbbreviation, i - 1)
                || (initial(self.word(i - 1)) && self.is_capitalised(i + 1)))
    }

    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    pub fn is_quoted(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.quoted)
    }

    /// Whether token `i` is a word of `list`.
    pub fn is(&self, list: List, i: usize) -> bool {
        self.lists(i).contains(list)
    }

    /// The word lists token `i` is in, looked up on the first call.
    fn lists(&self, i: usize) -> Membership {
        let Some(facts) = self.facts.get(i) else {
            return Membership::default();
        };
        if let Some(lists) = facts.lists.get() {
            return lists;
        }
        let lists = match self.is_word(i) {
            true => Membership::of_lower(self.lower.of(self.tokens[i].span)),
            false => Membership::default(),
        };
        facts.lists.set(Some(lists));
        lists
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).starts_with(char::is_uppercase)
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.word(i) == ","
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        matches!(self.word(i), "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»")
    }

    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.word(i), "—" | "–" | "-")
    }

    /// Where a clause may end: a comma, a dash, a quote mark or the end of the sentence.
    pub fn is_clause_break(&self, i: usize) -> bool {
        i >= self.token_count()
            || self.is_comma(i)
            || self.is_dash(i)
            || self.is_quote_mark(i)
            || (matches!(self.word(i), "." | "!" | "?" | ";" | ":" | "…")
                && !self.is_abbreviation_period(i))
    }

    /// The span of tokens `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        let first = self.tokens[range.start].span;
        let last = self.tokens[range.end - 1].span;
        first.cover(last)
    }

    /// A capitalised word that can be part of a name ("Kirby", "Council"), not "In" or "This".
    fn is_name_word(&self, i: usize) -> bool {
        // At the start of a sentence every word is capitalised: "Earlier", "Speaking",
        // "Having" and "One" are no names.
        let word = self.word(i);
        let nominal = match self.tag(i) {
            Some(Tag::Adverb | Tag::Auxiliary) => false,
            Some(Tag::Verb) => !word.ends_with("ing"),
            // "US" is a name, "One" a pronoun.
            Some(Tag::Pronoun) => word.chars().all(|c| c.is_uppercase()),
            _ => true,
        };
        self.is_capitalised(i)
            && nominal
            && !self.is(List::FunctionWord, i)
            && !self.is(List::Pronoun, i)
            && !self.is(List::Connector, i)
    }

    /// A word that can end a speaker's phrase.
    pub fn is_head(&self, i: usize) -> bool {
        (self.is_name_word(i) || self.is(List::SpeakerNoun, i)) && !self.is_possessive(i)
    }

    fn is_possessive(&self, i: usize) -> bool {
        let word = self.word(i);
        word.ends_with("'s") || word.ends_with("’s")
    }

    /// A lower-case word that may modify a speaker noun after it ("national", "security").
    fn is_modifier(&self, i: usize) -> bool {
        self.is_word(i)
            && !self.is_capitalised(i)
            && !self.is(List::FunctionWord, i)
            && !self.is(List::Connector, i)
            && !self.is(List::Pronoun, i)
            && !self.is(List::ReportingVerb, i)
            && !self.is(List::ReportingParticiple, i)
            && !self.is(List::BetweenSpeakerAndVerb, i)
            && !self.is(List::Relaying, i)
            && self.tag(i).is_none_or(|tag| tag == Tag::Noun)
    }

    /// A participle or an adverb in -ly that modifies a noun after a determiner: "the
    /// *privately owned* broadcaster".
    fn is_adjectival(&self, i: usize) -> bool {
        let word = self.word(i);
        self.is_word(i)
            && !self.is_capitalised(i)
            && !self.is(List::ReportingVerb, i)
            && (word.ends_with("ed") || word.ends_with("ly"))
    }

    /// The speaker phrase that ends with token `end - 1`, if that token can end one: a name
    /// or speaker noun with what leads up to it, or a common noun with its modifiers and
    /// determiner ("the company", "the royal palace") where it opens a clause.
    pub fn phrase_before(&self, end: usize) -> Option<Range<usize>> {
        let head = end.checked_sub(1)?;
        if self.is_quoted(head) {
            return None;
        }
        if self.is(List::Pronoun, head) {
            return Some(head..end);
        }
        if !self.is_head(head) {
            return self.common_noun_phrase(head);
        }
        let mut start = head;
        // Whether the accepted word right of `i` lets a lower-case modifier join.
        let mut modifier_may_join = self.is(List::SpeakerNoun, head);
        let mut i = head;
        while i > 0 && head + 1 - i < MAX_PHRASE {
            i -= 1;
            if self.is_quoted(i) {
                break;
            }
            if self.is_name_word(i) || self.is(List::SpeakerNoun, i) {
                start = i;
                modifier_may_join = !self.is_capitalised(i);
            } else if self.tag(i) == Some(Tag::Number) && self.is_name_word(i + 1) {
                // "38 North", "Channel 4 News".
                start = i;
            } else if self.is_abbreviation_period(i) {
                continue;
            } else if self.is(List::Connector, i) {
                modifier_may_join = false;
            } else if modifier_may_join && self.is_modifier(i) {
                start = i;
            } else {
                break;
            }
        }
        let start = self.with_determiner(start);
        // "officials in Hawaii": the place belongs to the speaker noun before it.
        if start >= 2
            && self.word(start - 1) == "in"
            && self.is(List::SpeakerNoun, start - 2)
            && let Some(owner) = self.phrase_before(start - 1)
        {
            return Some(owner.start..end);
        }
        Some(start..end)
    }

    /// `start` moved back over the determiner of its phrase and any modifiers after it: "the
    /// White House", "a senior official", "the policy-setting Federal Open Market Committee".
    fn with_determiner(&self, start: usize) -> usize {
        let mut i = start;
        while i > 0
            && start - i < MAX_PHRASE
            && (self.is_modifier(i - 1) || self.is_adjectival(i - 1))
            && !self.is_quoted(i - 1)
        {
            i -= 1;
        }
        let determiner = |j: usize| {
            is_article(self.word(j))
                || self.is_possessive(j)
                || self.tag(j) == Some(Tag::Determiner)
        };
        if i > 0 && determiner(i - 1) {
            i - 1
        } else {
            start
        }
    }

    /// A lower-case noun with its modifiers and determiner, as a speaker where the phrase
    /// opens a clause ("…, the company said", "…, police said", "in what the mayor is
    /// calling") or completes a speaker before it ("researchers at the institute", "people
    /// familiar with the matter"); not "in the conflict emphasizes".
    fn common_noun_phrase(&self, head: usize) -> Option<Range<usize>> {
        let is_noun = self.tag(head) == Some(Tag::Noun)
            && !self.is_capitalised(head)
            && !self.is(List::FunctionWord, head);
        if !is_noun {
            return None;
        }
        // Back over modifiers and names: "interior ministry figures", "Coast Guard figures".
        let mut first = head;
        while first > 0
            && head - first < MAX_PHRASE
            && !self.is_quoted(first - 1)
            && (self.is_modifier(first - 1) || self.is_name_word(first - 1))
            && !self.is_possessive(first - 1)
        {
            first -= 1;
        }
        // "Our information indicates": the writer's own voice, not a source.
        if first > 0 && is_first_or_second_person(self.word(first - 1)) {
            return None;
        }
        let start = self.with_determiner(first);
        let Some(before) = start.checked_sub(1) else {
            return Some(start..head + 1);
        };
        let opens_clause = !self.is_word(before)
            || self.word(before).eq_ignore_ascii_case("what")
            || matches!(self.tag(before), Some(Tag::Subordinator | Tag::Coordinator));
        // "media reports citing the fire brigade said": the cited source speaks.
        if opens_clause || self.is(List::Relaying, before) {
            return Some(start..head + 1);
        }
        let joint = if self.is(List::Connector, before) {
            before
        } else if self.word(before) == "with" && self.word(before.wrapping_sub(1)) == "familiar" {
            before - 1
        } else {
            return None;
        };
        let owner = self.phrase_before(joint)?;
        self.is_head(joint - 1).then_some(owner.start..head + 1)
    }

    /// The speaker phrase that starts at token `start`, if one does.
    pub fn phrase_after(&self, start: usize) -> Option<Range<usize>> {
        if self.is_quoted(start) || start >= self.token_count() {
            return None;
        }
        if self.is(List::Pronoun, start) {
            return Some(start..start + 1);
        }
        let mut i = start;
        if self.word(i).eq_ignore_ascii_case("the") {
            i += 1;
        }
        let mut end = None;
        while i < self.token_count() && i - start < MAX_PHRASE && !self.is_quoted(i) {
            if self.is_head(i) || (self.is_name_word(i) && self.is_possessive(i)) {
                i += 1;
                if self.is_head(i - 1) {
                    end = Some(i);
                }
            } else if (self.is(List::Connector, i) && end.is_some())
                || self.is_abbreviation_period(i)
                || (self.tag(i) == Some(Tag::Noun) && self.is_name_word(i + 1))
            {
                // "Lahaina resident Kai Mahoe": a noun that describes the name after it.
                i += 1;
            } else if let Some(noun) = self.modifiers_then_speaker_noun(i) {
                i = noun + 1;
                end = Some(i);
            } else {
                break;
            }
        }
        end.or_else(|| self.determined_common_noun_after(start))
            .map(|end| start..end)
    }

    /// The end of "the company" or "the royal palace" starting at `start`, when the clause
    /// ends right after it: "…, said the company."
    fn determined_common_noun_after(&self, start: usize) -> Option<usize> {
        if !is_article(self.word(start)) {
            return None;
        }
        let mut i = start + 1;
        while self.is_modifier(i) && !self.is_quoted(i) && i - start < MAX_PHRASE {
            i += 1;
        }
        let head = i.checked_sub(1).filter(|&h| h > start)?;
        (self.tag(head) == Some(Tag::Noun) && self.is_clause_break(i)).then_some(i)
    }

    /// The index of the speaker noun that a run of modifiers from `i` leads up to.
    fn modifiers_then_speaker_noun(&self, mut i: usize) -> Option<usize> {
        while i < self.token_count() {
            if self.is(List::SpeakerNoun, i) {
                return Some(i);
            }
            if !self.is_modifier(i) {
                return None;
            }
            i += 1;
        }
        None
    }

    /// The subject at the start of the sentence, after any opening quote marks: the speaker of
    /// a participle ("…, emphasizing") or of a pronoun later in the sentence.
    pub fn subject(&self) -> Option<Range<usize>> {
        let first = (0..self.token_count()).find(|&i| !self.is_quote_mark(i))?;
        if let Some(subject) = self.common_noun_subject(first) {
            return Some(subject);
        }
        let phrase = self.phrase_after(first)?;
        // "Additionally, he …": a phrase followed by a comma is an adverbial, not a subject.
        (!self.is_comma(phrase.end)).then_some(phrase)
    }

    /// A subject whose head is a common noun, right before its verb: "The airline
    /// apologized", "Environmental groups oppose", "The insurer has not commented".
    fn common_noun_subject(&self, first: usize) -> Option<Range<usize>> {
        let start = first + usize::from(is_article(self.word(first)));
        let mut end = start;
        while end < self.token_count()
            && end - first < MAX_PHRASE
            && !self.is_quoted(end)
            && (matches!(self.tag(end), Some(Tag::Noun | Tag::Name)) || self.is_modifier(end))
        {
            end += 1;
        }
        // "The plant manager, Rosa Diaz, spoke": the name in apposition belongs to it.
        if self.is_comma(end)
            && let Some(close) =
                (end + 1..self.token_count().min(end + 8)).find(|&c| self.is_comma(c))
            && (end + 1..close).all(|j| self.is_name_word(j) || self.is_abbreviation_period(j))
            && close > end + 1
        {
            let verb_follows = self.is_word(close + 1) && !self.is_capitalised(close + 1);
            return verb_follows.then_some(first..close);
        }
        let verb_follows = matches!(
            self.tag(end),
            Some(Tag::Verb | Tag::Auxiliary | Tag::Adverb)
        ) || self.is(List::ReportingVerb, end);
        let common_head =
            end > start && self.tag(end - 1) == Some(Tag::Noun) && !self.is_capitalised(end - 1);
        (verb_follows && common_head).then_some(first..end)
    }
}

/// Whether each of `tokens` (in order) is inside one of `quoted_spans` (ordered, not
/// overlapping). The span of the first token is found by binary search, and the others by
/// walking on from it, so that reading every sentence of an article stays linear.
fn quoted_flags<'t>(
    tokens: &'t [Token],
    quoted_spans: &'t [Span],
) -> impl Iterator<Item = bool> + 't {
    let first_end = tokens.first().map_or(0, |t| t.span.end);
    let mut next = quoted_spans.partition_point(|q| q.end < first_end);
    tokens.iter().map(move |t| {
        while quoted_spans.get(next).is_some_and(|q| q.end < t.span.end) {
            next += 1;
        }
        quoted_spans.get(next).is_some_and(|q| q.contains(t.span))
    })
}

fn is_first_or_second_person(word: &str) -> bool {
    ["our", "my", "your"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

fn is_article(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|article| word.eq_ignore_ascii_case(article))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attribution::lexicon;
    use crate::text::Document;

    fn with_view<R>(text: &str, f: impl FnOnce(&SentenceView) -> R) -> R {
        let document = Document::new(text);
        let view = SentenceView::new(text, document.lower_case(text), &document.tokens, &[])
            .with_tags(&document.syntax(text).tags);
        f(&view)
    }

    fn before(text: &str, verb: &str) -> Option<String> {
        with_view(text, |view| {
            let verb = (0..view.token_count()).find(|&i| view.word(i) == verb)?;
            let range = view.phrase_before(verb)?;
            Some(text[view.span(range).range()].to_string())
        })
    }

    fn after(text: &str, word: &str) -> Option<String> {
        with_view(text, |view| {
            let at = (0..view.token_count()).find(|&i| view.word(i) == word)?;
            let range = view.phrase_after(at)?;
            Some(text[view.span(range).range()].to_string())
        })
    }

    #[test]
    fn quoted_flags_walk_as_binary_search_finds() {
        let text = "“A b,” c “d” e f “g h i” j.";
        let document = Document::new(text);
        let quoted: Vec<Span> = [(0, 10), (16, 17), (28, 33)]
            .map(|(start, end)| Span::new(start, end))
            .to_vec();
        let searched = |t: &Token| {
            let index = quoted.partition_point(|q| q.end < t.span.end);
            quoted.get(index).is_some_and(|q| q.contains(t.span))
        };
        for from in 0..document.tokens.len() {
            let tokens = &document.tokens[from..];
            let walked: Vec<bool> = quoted_flags(tokens, &quoted).collect();
            let expected: Vec<bool> = tokens.iter().map(searched).collect();
            assert_eq!(walked, expected, "from token {from}");
        }
        assert!(quoted_flags(&document.tokens, &quoted).any(|q| q));
    }

    #[test]
    fn token_lists_read_once_are_the_lexicon_lookups() {
        let text = "“They Said it,” the Spokesman SAID on Monday, citing Dec. figures’ 3 data \
                    from officials at the time; he’d İstanbul ΣΑΣ.";
        with_view(text, |view| {
            for i in 0..view.token_count() + 2 {
                for &(list, _) in lexicon::LISTS {
                    let looked_up = view.is_word(i) && lexicon::is(list, view.word(i));
                    assert_eq!(view.is(list, i), looked_up, "{list:?} {}", view.word(i));
                }
            }
        });
    }

    #[test]
    fn phrases_before_a_verb() {
        let un =
            "Intelligence officials from the United Nations alleged that Russia acquired them.";
        assert_eq!(
            before(un, "alleged").as_deref(),
            Some("Intelligence officials from the United Nations")
        );
        let kirby = "White House national security spokesperson John Kirby answers a question.";
        assert_eq!(
            before(kirby, "answers").as_deref(),
            Some("White House national security spokesperson John Kirby")
        );
        assert_eq!(
            before(
                "In October, the White House claimed that it did.",
                "claimed"
            )
            .as_deref(),
            Some("the White House")
        );
        assert_eq!(
            before("Biden’s team stated that funding ran out.", "stated").as_deref(),
            Some("Biden’s team")
        );
        assert_eq!(before("This suggests a relationship.", "suggests"), None);
        let conflict = "The use of missiles in the conflict emphasizes the urgency.";
        assert_eq!(before(conflict, "emphasizes"), None);
    }

    #[test]
    fn common_nouns_titles_and_places_before_a_verb() {
        let cases = [
            (
                "The firm made a profit, the company stated.",
                "stated",
                "the company",
            ),
            (
                "Water rose, the royal palace said.",
                "said",
                "the royal palace",
            ),
            ("Seven died, police said.", "said", "police"),
            (
                "It fell, the policy-setting Federal Open Market Committee said.",
                "said",
                "the policy-setting Federal Open Market Committee",
            ),
            (
                "It held, said Hawaii Gov. Josh Green.",
                "said",
                "Hawaii Gov. Josh Green",
            ),
            (
                "Jenny Town of 38 North said it.",
                "said",
                "Jenny Town of 38 North",
            ),
            (
                "Officials in Hawaii believe it.",
                "believe",
                "Officials in Hawaii",
            ),
            (
                "Researchers at the institute said it.",
                "said",
                "Researchers at the institute",
            ),
            (
                "Media reports citing the fire brigade said it.",
                "said",
                "the fire brigade",
            ),
        ];
        for (text, verb, phrase) in cases {
            let found = before(text, verb).or_else(|| {
                with_view(text, |view| {
                    let at = (0..view.token_count()).find(|&i| view.word(i) == verb)?;
                    let range = view.phrase_after(at + 1)?;
                    Some(text[view.span(range).range()].to_string())
                })
            });
            assert_eq!(found.as_deref(), Some(phrase), "{text}");
        }
        assert_eq!(before("Our information indicates it.", "indicates"), None);
        assert_eq!(before("In the conflict emphasizes it.", "emphasizes"), None);
    }

    #[test]
    fn phrases_after_a_verb() {
        assert_eq!(
            after(
                "Russia also intends to buy them, said the spokesman.",
                "the"
            )
            .as_deref(),
            Some("the spokesman")
        );
        assert_eq!(
            after("The North Korean leader visited Russia.", "The").as_deref(),
            Some("The North Korean leader")
        );
        assert_eq!(
            after("The White House refrained from specifying it.", "The").as_deref(),
            Some("The White House")
        );
        assert_eq!(after("the significance of it, stating", "the"), None);
    }

    #[test]
    fn the_subject_is_not_an_adverbial() {
        let subject = |text: &str| {
            with_view(text, |view| {
                view.subject()
                    .map(|r| text[view.span(r).range()].to_string())
            })
        };
        assert_eq!(subject("Additionally, he conveyed the belief."), None);
        assert_eq!(
            subject("National security spokesperson John Kirby addressed reporters.").as_deref(),
            Some("National security spokesperson John Kirby")
        );
    }
}
