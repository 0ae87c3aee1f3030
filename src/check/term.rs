//! Term facts: `forbid "…"`, `prefer "…" over "…"`, `require "…"`.
//!
//! Known false claims, house style (with a certain fix) and required mentions. Phrases match
//! whatever the case, hyphens, dashes and inflection ("visited Moscow", "Kim Jong-Un’s"); a
//! gap (`…`) in a `forbid` or `require` phrase stands for a few words.

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseMatch, PhraseSetBuilder};
use super::sequence;
use crate::finding::{Finding, Fix};
use crate::lang::ast::{MAX_GAP_WORDS, TermAssertion, phrase_parts};
use crate::sheet::Fact;

/// A `forbid` or `require` phrase: whole, or in parts around its gaps.
#[derive(Debug)]
pub enum TermPhrase {
    Whole(PhraseId),
    Gapped(Vec<PhraseId>),
}

impl TermPhrase {
    fn compile(phrase: &str, phrases: &mut PhraseSetBuilder) -> Self {
        let parts = phrase_parts(phrase);
        match parts.as_slice() {
            [(_, whole)] => Self::Whole(phrases.add(whole)),
            _ => Self::Gapped(parts.iter().map(|(_, part)| phrases.add(part)).collect()),
        }
    }

    /// Where the phrase occurs. A gapped occurrence spans its words and the gaps between
    /// them, and has no stem: no certain fix replaces words it does not name.
    fn occurrences(&self, article: &ArticleContext) -> Vec<PhraseMatch> {
        match self {
            Self::Whole(phrase) => article.matches_of(*phrase).copied().collect(),
            Self::Gapped(parts) => {
                let spans: Vec<_> = parts.iter().map(|&p| article.spans_of(&[p])).collect();
                sequence::chains(article.document(), &spans, MAX_GAP_WORDS)
                    .into_iter()
                    .map(|span| PhraseMatch {
                        phrase: parts[0],
                        span,
                        stem: None,
                    })
                    .collect()
            }
        }
    }
}

/// A term fact with its phrases resolved to automaton ids.
#[derive(Debug)]
pub enum TermCheck {
    Forbid {
        phrase: TermPhrase,
        text: String,
    },
    Prefer {
        preferred: String,
        /// The preferred phrase's own id, also in `phrases`.
        preferred_id: PhraseId,
        phrases: Vec<PhraseId>,
        /// The spellings listed after `over`, as written.
        avoided: Vec<String>,
    },
    Require {
        phrase: TermPhrase,
        text: String,
    },
}

impl TermCheck {
    pub fn compile(term: &TermAssertion, phrases: &mut PhraseSetBuilder) -> Self {
        match term {
            TermAssertion::Forbid(text) => Self::Forbid {
                phrase: TermPhrase::compile(&text.node, phrases),
                text: text.node.clone(),
            },
            TermAssertion::Require(text) => Self::Require {
                phrase: TermPhrase::compile(&text.node, phrases),
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
                    avoided: over.iter().map(|o| o.node.clone()).collect(),
                }
            }
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        match self {
            Self::Forbid { phrase, text } => {
                for found in phrase.occurrences(article) {
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
                avoided: listed_spellings,
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
                    // A spelling that folds like the preferred one differs from it only in
                    // case, hyphens or spaces: one of its own variants, a finding only when
                    // `over` lists it.
                    let listed = || {
                        listed_spellings
                            .iter()
                            .any(|a| is_accepted_spelling(written, a))
                    };
                    if is_accepted_spelling(written, preferred)
                        || (found.phrase == *preferred_id && !listed())
                    {
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
                if phrase.occurrences(article).is_empty() {
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

/// Whether `written` is `spelling` itself, capitalised at a sentence start, or in an
/// all-capitals headline (apostrophes straight or curly, white space in any run).
fn is_accepted_spelling(written: &str, spelling: &str) -> bool {
    let plain = |s: &str| {
        s.replace('’', "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (written, preferred) = (plain(written), plain(spelling));
    let (written, preferred) = (written.as_str(), preferred.as_str());
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
        assert!(is_accepted_spelling("Kim  Jong\nUn", "Kim Jong Un"));
        assert!(is_accepted_spelling("O’Neill", "O'Neill"));
    }
}
