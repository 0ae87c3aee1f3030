//! Term facts: `forbid "…"`, `prefer "…" over "…"`, `require "…"`.
//!
//! Known false claims, house style (with a certain fix) and required mentions. Phrases match
//! whatever the case, hyphens, dashes and inflection ("visited Moscow", "Kim Jong-Un’s").

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::finding::{Finding, Fix};
use crate::lang::ast::TermAssertion;
use crate::sheet::Fact;

/// A term fact with its phrases resolved to automaton ids.
#[derive(Debug)]
pub enum TermCheck {
    Forbid {
        phrase: PhraseId,
        text: String,
    },
    Prefer {
        preferred: String,
        /// The preferred phrase's own id, also in `phrases`.
        preferred_id: PhraseId,
        phrases: Vec<PhraseId>,
    },
    Require {
        phrase: PhraseId,
        text: String,
    },
}

impl TermCheck {
    pub fn compile(term: &TermAssertion, phrases: &mut PhraseSetBuilder) -> Self {
        match term {
            TermAssertion::Forbid(text) => Self::Forbid {
                phrase: phrases.add(&text.node),
                text: text.node.clone(),
            },
            TermAssertion::Require(text) => Self::Require {
                phrase: phrases.add(&text.node),
                text: text.node.clone(),
            },
            TermAssertion::Prefer { preferred, over } => {
                let mut ids: Vec<PhraseId> = std::iter::once(&preferred.node)
                    .chain(over.iter().map(|o| &o.node))
                    .map(|p| phrases.add(p))
                    .collect();
                let preferred_id = ids[0];
                ids.sort();
                ids.dedup();
                Self::Prefer {
                    preferred: preferred.node.clone(),
                    preferred_id,
                    phrases: ids,
                }
            }
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        match self {
            Self::Forbid { phrase, text } => {
                for found in article.matches_of(*phrase) {
                    let mut finding = article.finding(
                        fact,
                        found.span,
                        format!("“{text}” contradicts the fact sheet"),
                        "ruled out by the fact sheet",
                        Some(format!("not “{text}”")),
                    );
                    // An inflected match ("visited Moscow") has no certain replacement.
                    let uninflected = found.stem == Some(found.span);
                    if let Some(replacement) = fact.replacement.as_ref().filter(|_| uninflected) {
                        let written = article.text(found.span);
                        finding.help = Some(format!("write “{replacement}”"));
                        finding.fix = Some(Fix {
                            span: finding.span,
                            replacement: capitalized_like(written, replacement),
                        });
                    }
                    findings.push(finding);
                }
            }
            Self::Prefer {
                preferred,
                preferred_id,
                phrases,
            } => {
                // "Joe Biden" inside "President Joe Biden" is the preferred phrase, written.
                let preferred_spans: Vec<_> =
                    article.matches_of(*preferred_id).map(|m| m.span).collect();
                let avoided = phrases
                    .iter()
                    .flat_map(|&p| article.matches_of(p))
                    .filter(|found| {
                        found.phrase == *preferred_id || !found.span.inside_any(&preferred_spans)
                    });
                for found in avoided {
                    let stem = found.stem.unwrap_or(found.span);
                    let written = article.text(stem);
                    if is_accepted_spelling(written, preferred) {
                        continue;
                    }
                    let mut finding = article.finding(
                        fact,
                        stem,
                        format!("house style is “{preferred}”, not “{written}”"),
                        format!("write “{preferred}”"),
                        Some(format!("“{preferred}”")),
                    );
                    if found.stem.is_some() {
                        finding.fix = Some(Fix {
                            span: finding.span,
                            replacement: preferred.clone(),
                        });
                    }
                    findings.push(finding);
                }
            }
            Self::Require { phrase, text } => {
                if article.matches_of(*phrase).next().is_none() {
                    let at = article.opening();
                    findings.push(article.finding(
                        fact,
                        at,
                        format!("the article never mentions “{text}”"),
                        "required mention missing from this article",
                        Some(format!("a mention of “{text}”")),
                    ));
                }
            }
        }
    }
}

/// `replacement`, capitalised when `written` starts a sentence with a capital and the
/// replacement does not.
fn capitalized_like(written: &str, replacement: &str) -> String {
    let starts_upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if starts_upper(written) && !starts_upper(replacement) {
        let mut chars = replacement.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        replacement.to_string()
    }
}

/// The preferred spelling itself, capitalised at a sentence start, or in an all-capitals
/// headline.
fn is_accepted_spelling(written: &str, preferred: &str) -> bool {
    let first_upper = |s: &str| {
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
    };
    written == preferred
        || first_upper(preferred).as_deref() == Some(written)
        || (written == preferred.to_uppercase() && written.chars().any(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacements_follow_the_capital_of_a_sentence_start() {
        assert_eq!(
            capitalized_like("Former Soviet country", "Russia"),
            "Russia"
        );
        assert_eq!(
            capitalized_like("Visit to Moscow", "visit to Russia"),
            "Visit to Russia"
        );
        assert_eq!(
            capitalized_like("visit to Moscow", "visit to Russia"),
            "visit to Russia"
        );
    }

    #[test]
    fn accepts_the_preferred_spelling_and_its_capitalised_forms() {
        assert!(is_accepted_spelling("Kim Jong Un", "Kim Jong Un"));
        assert!(is_accepted_spelling("KIM JONG UN", "Kim Jong Un"));
        assert!(is_accepted_spelling("Former Soviet", "former Soviet"));
        assert!(!is_accepted_spelling("Kim Jong-Un", "Kim Jong Un"));
        assert!(!is_accepted_spelling("kim jong un", "Kim Jong Un"));
    }
}
