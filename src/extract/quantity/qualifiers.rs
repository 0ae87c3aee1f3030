//! Words before a number that make it an interval: "more than 1,000", "about 900 km",
//! "up to 12", "between 10 and 12", "from 5 to 7".

use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

use super::Qualifier;
use super::tokens::Tokens;

/// What the words before a number announce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lead {
    Qualifier(Qualifier),
    /// `between X and Y`.
    Between,
    /// `from X to Y`.
    From,
}

/// Qualifier phrases, lowercase, longest first where one starts another.
pub(super) const PHRASES: &[(&str, Lead)] = {
    use Lead::Qualifier as Q;
    use Qualifier::*;
    &[
        ("no more than", Q(Le)),
        ("not more than", Q(Le)),
        ("no less than", Q(Ge)),
        ("not less than", Q(Ge)),
        ("no fewer than", Q(Ge)),
        ("in excess of", Q(Gt)),
        ("as many as", Q(Le)),
        ("as much as", Q(Le)),
        ("as few as", Q(Ge)),
        ("a maximum of", Q(Le)),
        ("a minimum of", Q(Ge)),
        ("an estimated", Q(Approx)),
        ("more than", Q(Gt)),
        ("greater than", Q(Gt)),
        ("just over", Q(Gt)),
        ("upwards of", Q(Ge)),
        ("at least", Q(Ge)),
        ("less than", Q(Lt)),
        ("fewer than", Q(Lt)),
        ("just under", Q(Lt)),
        ("at most", Q(Le)),
        ("up to", Q(Le)),
        ("close to", Q(Approx)),
        ("over", Q(Gt)),
        ("above", Q(Gt)),
        ("exceeding", Q(Gt)),
        ("under", Q(Lt)),
        ("below", Q(Lt)),
        ("nearly", Q(Nearly)),
        ("almost", Q(Nearly)),
        ("about", Q(Approx)),
        ("around", Q(Approx)),
        ("approximately", Q(Approx)),
        ("approx", Q(Approx)),
        ("roughly", Q(Approx)),
        ("some", Q(Approx)),
        ("estimated", Q(Approx)),
        ("circa", Q(Approx)),
        ("between", Lead::Between),
        ("from", Lead::From),
    ]
};

/// Verbs after which `from X to Y` is a change, two values, not a range.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "dropped",
    "drop",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grow",
    "jumped",
    "climbed",
    "declined",
    "cut",
    "raised",
    "lowered",
    "up",
    "down",
    "went",
    "changed",
    "slipped",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "reduced",
    "extended",
    "expanded",
];

/// The qualifier that starts at token `i`, and the token after it.
pub(super) fn at(tokens: &Tokens, i: usize) -> Option<(Lead, usize)> {
    if !tokens.is_word(i) {
        return (tokens.str(i) == "~").then_some((Lead::Qualifier(Qualifier::Approx), i + 1));
    }
    let first = tokens.lower(i);
    let phrases = PHRASES_BY_FIRST_WORD.get(first)?;
    phrases.iter().find_map(|(rest, lead)| {
        let mut next = i + 1;
        for word in rest {
            if tokens.lower(next) != *word {
                return None;
            }
            next += 1;
        }
        let change = *lead == Lead::From && i > 0 && CHANGE_VERBS.contains(&tokens.lower(i - 1));
        (!change).then_some((*lead, next))
    })
}

/// The first words of the qualifier phrases, lower case.
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    PHRASES_BY_FIRST_WORD.keys().copied()
}

/// Whether `second`, lower case, is the second word of a phrase whose first is `first`, lower
/// case: "excess" after "in".
pub(super) fn goes_on(first: &str, second: &str) -> bool {
    PHRASES_BY_FIRST_WORD.get(first).is_some_and(|phrases| {
        phrases
            .iter()
            .any(|(rest, _)| rest.first() == Some(&second))
    })
}

/// The words after the first of a phrase, and what the phrase announces.
type PhraseRest = (Vec<&'static str>, Lead);

/// [`PHRASES`] by their first word, each group in table order (longest first): every word
/// of every sentence is asked whether it starts a qualifier, and most start none.
static PHRASES_BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<PhraseRest>>> =
    LazyLock::new(|| {
        let mut by_first: HashMap<&'static str, Vec<PhraseRest>> = HashMap::new();
        for &(phrase, lead) in PHRASES {
            let mut words = phrase.split(' ');
            let first = words.next().expect("a qualifier phrase is not empty");
            by_first
                .entry(first)
                .or_default()
                .push((words.collect(), lead));
        }
        by_first
    });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn lead(sentence: &str) -> Option<(Lead, usize)> {
        let document = Document::new(sentence);
        at(
            &Tokens::new(sentence, document.lower_case(sentence), &document.tokens),
            1,
        )
    }

    #[test]
    fn qualifiers_become_interval_kinds() {
        use Lead::Qualifier as Q;
        use Qualifier::*;
        assert_eq!(lead("delivered more than 1,000"), Some((Q(Gt), 3)));
        assert_eq!(lead("a range of"), None);
        assert_eq!(lead("range about 900"), Some((Q(Approx), 2)));
        assert_eq!(lead("killed at least 14"), Some((Q(Ge), 3)));
        assert_eq!(lead("reach up to 900km"), Some((Q(Le), 3)));
        assert_eq!(lead("for no more than 7"), Some((Q(Le), 4)));
        assert_eq!(lead("toll between 10"), Some((Lead::Between, 2)));
        assert_eq!(lead("zones from 7"), Some((Lead::From, 2)));
        assert_eq!(lead("rose from 7"), None);
        assert_eq!(lead("for No More Than 7"), Some((Q(Le), 4)));
        assert_eq!(lead("for no more 7"), None);
    }

    /// Every phrase of [`PHRASES`] is found through the index by first word, as itself
    /// (its own lead, every word taken): no phrase can be missing from it.
    #[test]
    fn every_phrase_is_found_through_the_index() {
        for &(phrase, expected) in PHRASES {
            let sentence = format!("said {phrase} 12");
            let words = phrase.split(' ').count();
            assert_eq!(lead(&sentence), Some((expected, 1 + words)), "{phrase}");
        }
    }
}
