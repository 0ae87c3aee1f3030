//! `applies_when`: which articles a sheet is about.

use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::lang::ast::Condition;

/// A condition with its phrases resolved to automaton ids.
#[derive(Debug)]
pub enum Applicability {
    Mentions(PhraseId),
    Not(Box<Applicability>),
    And(Box<Applicability>, Box<Applicability>),
    Or(Box<Applicability>, Box<Applicability>),
}

impl Applicability {
    pub fn compile(condition: &Condition, phrases: &mut PhraseSetBuilder) -> Self {
        let mut compile = |c: &Condition| Box::new(Self::compile(c, phrases));
        match condition {
            Condition::Mentions(phrase) => Self::Mentions(phrases.add(&phrase.node)),
            Condition::Not(inner) => Self::Not(compile(inner)),
            Condition::And(a, b) => Self::And(compile(a), compile(b)),
            Condition::Or(a, b) => Self::Or(compile(a), compile(b)),
        }
    }

    /// Whether the condition holds, given which phrases the article mentions.
    pub fn holds(&self, mentioned: &impl Fn(PhraseId) -> bool) -> bool {
        match self {
            Self::Mentions(id) => mentioned(*id),
            Self::Not(inner) => !inner.holds(mentioned),
            Self::And(a, b) => a.holds(mentioned) && b.holds(mentioned),
            Self::Or(a, b) => a.holds(mentioned) || b.holds(mentioned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse_condition;

    fn applies(condition: &str, text: &str) -> bool {
        let mut builder = PhraseSetBuilder::default();
        let compiled = Applicability::compile(&parse_condition(condition).unwrap(), &mut builder);
        let found = builder.build().find(text);
        compiled.holds(&|id| found.iter().any(|m| m.phrase == id))
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
}
