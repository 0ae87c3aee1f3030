//! `applies_when`: which articles a sheet is about, and, for the others, why not.
//!
//! A phrase is found as a term's phrase is (case, hyphens, inflections), and a place name
//! also by its demonym ("Moroccan" for `mentions "Morocco"`, see [`super::demonyms`]).

use super::demonyms::demonym_of;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::lang::ast::Condition;

/// A condition with its phrases resolved to automaton ids.
#[derive(Debug)]
pub enum Applicability {
    /// The phrase as written, and the ids of its spellings: itself and its demonym.
    Mentions(String, Vec<PhraseId>),
    Not(Box<Applicability>),
    And(Box<Applicability>, Box<Applicability>),
    Or(Box<Applicability>, Box<Applicability>),
}

impl Applicability {
    pub fn compile(condition: &Condition, phrases: &mut PhraseSetBuilder) -> Self {
        let mut compile = |c: &Condition| Box::new(Self::compile(c, phrases));
        match condition {
            Condition::Mentions(phrase) => {
                let written = &phrase.node;
                let ids = std::iter::once(phrases.add(written))
                    .chain(demonym_of(written).map(|d| phrases.add(&d)))
                    .collect();
                Self::Mentions(written.clone(), ids)
            }
            Condition::Not(inner) => Self::Not(compile(inner)),
            Condition::And(a, b) => Self::And(compile(a), compile(b)),
            Condition::Or(a, b) => Self::Or(compile(a), compile(b)),
        }
    }

    /// Why the condition does not hold, given which phrases the article mentions: `no
    /// mention of "Morocco" (nor "Moroccan")`; `None` when it holds.
    pub fn why_not(&self, mentioned: &impl Fn(PhraseId) -> bool) -> Option<String> {
        match self {
            Self::Mentions(written, ids) => {
                (!ids.iter().any(|&id| mentioned(id))).then(|| match demonym_of(written) {
                    Some(demonym) => format!("no mention of \"{written}\" (nor \"{demonym}\")"),
                    None => format!("no mention of \"{written}\""),
                })
            }
            Self::Not(inner) => match inner.why_not(mentioned) {
                Some(_) => None,
                None => Some(format!("it matches `{}`, which is excluded", inner.shown())),
            },
            Self::And(a, b) => match (a.why_not(mentioned), b.why_not(mentioned)) {
                (None, None) => None,
                (Some(why), None) | (None, Some(why)) => Some(why),
                (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            },
            Self::Or(a, b) => {
                let a = a.why_not(mentioned)?;
                let b = b.why_not(mentioned)?;
                Some(format!("{a} and {b}"))
            }
        }
    }

    /// The condition as the language writes it.
    fn shown(&self) -> String {
        match self {
            Self::Mentions(written, _) => format!("mentions \"{written}\""),
            Self::Not(inner) => format!("not {}", inner.shown()),
            Self::And(a, b) => format!("({} and {})", a.shown(), b.shown()),
            Self::Or(a, b) => format!("({} or {})", a.shown(), b.shown()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse_condition;

    fn why_not(condition: &str, text: &str) -> Option<String> {
        let mut builder = PhraseSetBuilder::default();
        let compiled = Applicability::compile(&parse_condition(condition).unwrap(), &mut builder);
        let found = builder.build().find(text);
        compiled.why_not(&|id| found.iter().any(|m| m.phrase == id))
    }

    fn applies(condition: &str, text: &str) -> bool {
        why_not(condition, text).is_none()
    }

    #[test]
    fn evaluates_mentions_with_boolean_operators() {
        let condition = r#"mentions "North Korea" and (mentions "missile" or mentions "KN-23")"#;
        assert!(applies(condition, "North Korea fired missiles."));
        assert!(applies(condition, "North Korea tested a KN 23."));
        assert!(!applies(condition, "North Korea held a parade."));
        assert!(!applies(condition, "Missiles were fired."));
    }

    #[test]
    fn not_excludes_articles() {
        assert!(!applies(r#"not mentions "satire""#, "This is satire."));
        assert!(applies(r#"not mentions "satire""#, "This is news."));
    }

    #[test]
    fn a_place_is_mentioned_by_its_demonym() {
        assert!(applies(r#"mentions "Morocco""#, "Moroccan officials said."));
        assert!(applies(
            r#"mentions "North Korea""#,
            "NORTH KOREAN missiles"
        ));
        assert!(applies(r#"mentions "North Korea""#, "two North-Koreans"));
        assert!(!applies(
            r#"mentions "North Korea""#,
            "South Korean officials"
        ));
    }

    #[test]
    fn says_which_condition_failed() {
        let condition = r#"mentions "North Korea" and (mentions "missile" or mentions "KN-23")"#;
        assert_eq!(
            why_not(condition, "North Korea held a parade.").as_deref(),
            Some(r#"no mention of "missile" and no mention of "KN-23""#)
        );
        assert_eq!(
            why_not(condition, "Missiles were fired.").as_deref(),
            Some(r#"no mention of "North Korea" (nor "North Korean")"#)
        );
        assert_eq!(
            why_not(r#"mentions "x" and not mentions "satire""#, "x, a satire").as_deref(),
            Some(r#"it matches `mentions "satire"`, which is excluded"#)
        );
    }
}
