//! Word classes of one sentence's tokens: first from the word alone, then from its
//! neighbours where the word alone cannot tell ("the launch" is a noun, "to launch" a verb;
//! "a failed attempt" has an adjective, "the storm failed" a verb).

use super::Tag;
use super::lexicon;
use crate::text::{LowerCase, Token, TokenKind};

/// What the word alone says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lexical {
    Known(Tag),
    /// The bare base of a verb that is also a noun: "launch", "cost", "hit".
    VerbBase,
    /// A verb form in -ed or -ing, which may modify a noun instead: "sustained winds".
    Participle,
}

/// The word classes of `tokens`, tokens of `text`, whose lower-case forms `lower` has.
pub(super) fn tag(text: &str, lower: &LowerCase, tokens: &[Token]) -> Vec<Tag> {
    let words: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
    let lexical: Vec<Lexical> = tokens
        .iter()
        .zip(&words)
        .enumerate()
        .map(|(i, (token, word))| lexical(token.kind, word, lower.of(token.span), i == 0))
        .collect();
    let mut tags: Vec<Tag> = Vec::with_capacity(tokens.len());
    for i in 0..tokens.len() {
        let previous = tags.last().copied();
        let next = lexical.get(i + 1).copied();
        let tag = match lexical[i] {
            // "Russian forces launched", "its plans": a verb in -s before a verb or after a
            // determiner is a plural noun.
            Lexical::Known(Tag::Verb)
                if words[i].ends_with('s')
                    && (previous == Some(Tag::Determiner)
                        || matches!(
                            next,
                            Some(Lexical::Participle | Lexical::Known(Tag::Verb | Tag::Auxiliary))
                        )) =>
            {
                Tag::Noun
            }
            // "able to scan", "tried to land": after such a "to", a word is a verb.
            Lexical::Known(Tag::Noun)
                if i >= 2
                    && words[i - 1].eq_ignore_ascii_case("to")
                    && (lexicon::is_capability_word(lower.of(tokens[i - 2].span))
                        || lexicon::is_irrealis_verb(lower.of(tokens[i - 2].span))) =>
            {
                Tag::Verb
            }
            Lexical::Known(tag) => tag,
            Lexical::VerbBase => {
                let after_to = i > 0 && words[i - 1].eq_ignore_ascii_case("to");
                // "they land", "had cost", "which cost $165 million".
                let after_subject_word =
                    matches!(previous, Some(Tag::Pronoun | Tag::Auxiliary | Tag::Adverb))
                        || (i > 0 && lexicon::is_relative(words[i - 1]));
                let takes_object = matches!(previous, Some(Tag::Noun | Tag::Name))
                    && matches!(
                        next,
                        Some(Lexical::Known(
                            Tag::Determiner | Tag::Pronoun | Tag::Number | Tag::Symbol
                        ))
                    );
                // "the quake hit at 23:11", "the probe cost about": a past the same as its
                // base, after a noun and before a preposition or an adverb.
                let past_after_subject = matches!(previous, Some(Tag::Noun | Tag::Name))
                    && matches!(next, Some(Lexical::Known(Tag::Preposition | Tag::Adverb)))
                    && lexicon::is_same_past(lower.of(tokens[i].span));
                if after_to || after_subject_word || takes_object || past_after_subject {
                    Tag::Verb
                } else {
                    Tag::Noun
                }
            }
            // "the meeting", "its spring": after a determiner a word in -ing is a noun.
            Lexical::Participle if previous == Some(Tag::Determiner) => Tag::Noun,
            Lexical::Participle => {
                let opens_phrase = matches!(
                    previous,
                    None | Some(Tag::Determiner | Tag::Preposition | Tag::Number)
                );
                if opens_phrase && is_noun_ahead(next) {
                    Tag::Noun
                } else {
                    Tag::Verb
                }
            }
        };
        tags.push(tag);
    }
    tags
}

fn is_noun_ahead(next: Option<Lexical>) -> bool {
    matches!(
        next,
        Some(Lexical::Known(Tag::Noun | Tag::Name) | Lexical::Participle | Lexical::VerbBase)
    )
}

/// What `word`, in lower case `lower`, says alone.
fn lexical(kind: TokenKind, word: &str, lower: &str, sentence_start: bool) -> Lexical {
    match kind {
        TokenKind::Number => return Lexical::Known(Tag::Number),
        TokenKind::Punct => return Lexical::Known(Tag::Punct),
        TokenKind::Symbol => return Lexical::Known(Tag::Symbol),
        TokenKind::Word => {}
    }
    let capitalised = word.starts_with(char::is_uppercase);
    let entry = lexicon::Entry::of(lower);
    let known = if entry.is_subordinator() && lower != "that" {
        Some(Tag::Subordinator)
    } else if lower == "that" {
        // A determiner only where a noun phrase begins; the tagger's caller cannot look
        // back here, so the subordinator reading is the default and the segmenter decides.
        Some(Tag::Subordinator)
    } else if entry.is_determiner() {
        Some(Tag::Determiner)
    } else if entry.is_pronoun() {
        Some(Tag::Pronoun)
    } else if entry.is_preposition() {
        Some(Tag::Preposition)
    } else if lexicon::is_coordinator(lower) {
        Some(Tag::Coordinator)
    } else if entry.is_auxiliary() {
        Some(Tag::Auxiliary)
    } else if entry.is_adverb() {
        Some(Tag::Adverb)
    } else {
        None
    };
    if let Some(tag) = known {
        // "May", "Will", "Mark" inside a sentence are names.
        if capitalised && !sentence_start && matches!(tag, Tag::Auxiliary | Tag::Adverb) {
            return Lexical::Known(Tag::Name);
        }
        return Lexical::Known(tag);
    }
    if capitalised && !sentence_start {
        return Lexical::Known(Tag::Name);
    }
    if entry.is_noun_in_ing() {
        return Lexical::Known(Tag::Noun);
    }
    if entry.is_verb_form() {
        return if lower.ends_with("ed") || lower.ends_with("ing") {
            Lexical::Participle
        } else {
            Lexical::Known(Tag::Verb)
        };
    }
    if entry.is_verb_base() {
        return Lexical::VerbBase;
    }
    let participle = (lower.len() > 4 && lower.ends_with("ed"))
        || (lower.len() > 6 && lower.ends_with("ing") && !lower.ends_with("thing"));
    if participle && !lower.contains(['-', '\'', '’']) {
        return Lexical::Participle;
    }
    if capitalised {
        Lexical::Known(Tag::Name)
    } else {
        Lexical::Known(Tag::Noun)
    }
}
