//! Words before a number that make it an interval: "more than 1,000", "about 900 km",
//! "up to 12", "between 10 and 12", "from 5 to 7".

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
const PHRASES: &[(&str, Lead)] = {
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
    // Lower-cased once: every phrase is tried at every word of every sentence.
    let first = tokens.lower(i);
    PHRASES.iter().find_map(|&(phrase, lead)| {
        // The first word, by prefix: no phrase is split for the words it cannot start.
        let rest = phrase.strip_prefix(first.as_ref())?;
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        let mut next = i + 1;
        for word in rest.split_whitespace() {
            if tokens.lower(next) != word {
                return None;
            }
            next += 1;
        }
        let change =
            lead == Lead::From && i > 0 && CHANGE_VERBS.contains(&tokens.lower(i - 1).as_ref());
        (!change).then_some((lead, next))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn lead(sentence: &str) -> Option<(Lead, usize)> {
        let document = Document::new(sentence);
        at(&Tokens::new(sentence, &document.tokens), 1)
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
    }
}
