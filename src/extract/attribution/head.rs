//! The head of a speaker's phrase: the words that say who speaks, which is what entities are
//! matched on. "Hawaii Gov. Josh Green" → "Josh Green"; "the former chairman of the agency,
//! K Sivan" → "K Sivan"; "the Fed's staff economists" → "staff economists" (the Fed owns
//! them, it is not the speaker); "Intelligence officials from the United Nations" →
//! "Intelligence officials"; "the policy-setting Federal Open Market Committee" → "Federal
//! Open Market Committee".

use std::ops::Range;

use super::lexicon::List;
use super::sentence::SentenceView;

/// The head of the speaker phrase `phrase` (tokens of `view`).
pub fn head(view: &SentenceView, phrase: Range<usize>) -> Range<usize> {
    let part = named_part(view, phrase.clone());
    // After the last possessive: "the Fed's staff economists", "Zelensky's office".
    let owned_from = part
        .clone()
        .rev()
        .find(|&i| i + 1 < part.end && is_possessive(view.word(i)))
        .map_or(part.start, |i| i + 1);
    let mut end = (owned_from..part.end)
        .find(|&i| i > owned_from && view.is(List::ComplementStart, i))
        .unwrap_or(part.end);
    while end > owned_from && !view.is_word(end - 1) && !view.is_abbreviation_period(end - 1) {
        end -= 1;
    }
    let mut start = owned_from;
    while start < end && is_determiner(view.word(start)) {
        start += 1;
    }
    if end <= start {
        return phrase;
    }
    // A title before a name: the name is the head ("Gov. Josh Green", "spokesperson John
    // Kirby"); a run of names after lower-case modifiers too ("policy-setting Federal …").
    if view.is_capitalised(end - 1) {
        let names_from = (start..end)
            .rev()
            .take_while(|&i| {
                let is_title = view.is(List::TitleAbbreviation, i)
                    || view.is(List::Rank, i)
                    || view.is_abbreviation_period(i)
                    || (view.is(List::SpeakerNoun, i) && i + 1 < end);
                view.is_capitalised(i) && !is_title
            })
            .last()
            .unwrap_or(end - 1);
        return names_from..end;
    }
    start..end
}

/// Of the comma-separated parts of a phrase, the one that names the speaker: a run of
/// capitalised words (the name in "the former chairman, K Sivan"), else the first part.
fn named_part(view: &SentenceView, phrase: Range<usize>) -> Range<usize> {
    let mut parts = Vec::new();
    let mut start = phrase.start;
    for i in phrase.clone() {
        if view.is_comma(i) {
            parts.push(start..i);
            start = i + 1;
        }
    }
    parts.push(start..phrase.end);
    let is_name = |part: &Range<usize>| {
        !part.is_empty()
            && part
                .clone()
                .all(|i| view.is_capitalised(i) || view.is_abbreviation_period(i))
    };
    if parts.len() > 1
        && let Some(name) = parts.iter().rev().find(|p| is_name(p))
    {
        return name.clone();
    }
    parts.swap_remove(0)
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
}

fn is_determiner(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn head_of(phrase: &str) -> String {
        let document = Document::new(phrase);
        let view = SentenceView::new(phrase, document.lower_case(phrase), &document.tokens, &[])
            .with_tags(&document.syntax(phrase).tags);
        let range = head(&view, 0..view.token_count());
        phrase[view.span(range).range()].to_string()
    }

    #[test]
    fn a_name_after_a_title_is_the_head() {
        assert_eq!(head_of("Hawaii Gov. Josh Green"), "Josh Green");
        assert_eq!(
            head_of("White House national security spokesperson John Kirby"),
            "John Kirby"
        );
        assert_eq!(
            head_of("the former chairman of the agency, K Sivan"),
            "K Sivan"
        );
        assert_eq!(head_of("Jane Roe, a geologist"), "Jane Roe");
    }

    #[test]
    fn owners_and_complements_are_not_the_head() {
        assert_eq!(head_of("the Fed's staff economists"), "staff economists");
        assert_eq!(
            head_of("Intelligence officials from the United Nations"),
            "Intelligence officials"
        );
        assert_eq!(
            head_of("the policy-setting Federal Open Market Committee"),
            "Federal Open Market Committee"
        );
        assert_eq!(head_of("the company"), "company");
        assert_eq!(head_of("Zelensky's office"), "office");
    }
}
