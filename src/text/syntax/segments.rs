//! Cutting a sentence into segments: clauses and phrases that are read apart.
//!
//! A segment ends at a comma, semicolon, colon or dash; one begins at a subordinator or
//! relative word ("after the pause in June", "which hit Acapulco in 1997"), at "but", at
//! "and"/"or" that join a new clause to one with a verb ("strengthened on Tuesday and then
//! intensified"), and at an infinitive's "to" ("to land on the moon"). Parentheses do not
//! cut: "On Wednesday (July 26) the Fed raised rates" is one segment; readers skip what is
//! inside them instead ([`parenthetical`]).

use std::ops::Range;

use super::Tag;
use crate::text::{Token, case};

/// Punctuation after which a new segment begins.
const BREAKS: &[&str] = &[",", ";", ":", "—", "–", "-", "--", "―"];

/// Words before "as" that make it part of a fixed phrase, not a clause opener.
const AS_IN_PHRASE: &[&str] = &["as", "such", "well", "so", "just", "twice"];

pub(super) fn split(text: &str, tokens: &[Token], tags: &[Tag]) -> Vec<Range<usize>> {
    let word = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.span.range()]) };
    let mut segments = Vec::new();
    let mut start = 0;
    let mut has_verb = false;
    for i in 0..tokens.len() {
        let opens = i > start && opens_segment(i, tags, has_verb, &word);
        let after_break = i > start && BREAKS.contains(&word(i - 1));
        if opens || after_break {
            segments.push(start..i);
            start = i;
            has_verb = false;
        }
        has_verb |= tags[i] == Tag::Verb;
    }
    if start < tokens.len() {
        segments.push(start..tokens.len());
    }
    segments
}

fn opens_segment<'a>(
    i: usize,
    tags: &[Tag],
    has_verb: bool,
    word: &impl Fn(usize) -> &'a str,
) -> bool {
    // Lower-cased only for the three tags that ask: most words are of none.
    let lower = || case::lower(word(i));
    let previous = tags.get(i.wrapping_sub(1)).copied();
    let next = tags.get(i + 1).copied();
    match tags[i] {
        Tag::Subordinator => match lower().as_ref() {
            "that" | "following" => !matches!(previous, Some(Tag::Preposition | Tag::Determiner)),
            "as" => !AS_IN_PHRASE
                .iter()
                .any(|w| word(i - 1).eq_ignore_ascii_case(w)),
            _ => true,
        },
        Tag::Coordinator => match lower().as_ref() {
            "but" | "yet" => true,
            _ => {
                has_verb
                    && matches!(
                        next,
                        Some(
                            Tag::Determiner
                                | Tag::Pronoun
                                | Tag::Name
                                | Tag::Adverb
                                | Tag::Verb
                                | Tag::Auxiliary
                        )
                    )
            }
        },
        Tag::Preposition => next == Some(Tag::Verb) && lower() == "to",
        _ => false,
    }
}

/// Whether each token is inside parentheses or brackets, marks included.
pub(super) fn parenthetical(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut depth: usize = 0;
    tokens
        .iter()
        .map(|token| match &text[token.span.range()] {
            "(" | "[" => {
                depth += 1;
                true
            }
            ")" | "]" => {
                let inside = depth > 0;
                depth = depth.saturating_sub(1);
                inside
            }
            _ => depth > 0,
        })
        .collect()
}
