//! `applies_when`: which articles a sheet is about, and, for the others, why not.
//!
//! A phrase is found as a term's phrase is (case, hyphens, inflections), and a place name
//! also by its demonym ("Moroccan" for `mentions "Morocco"`, see [`super::demonyms`]).

use jiff::civil::Date;

use super::demonyms::demonym_of;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::lang::ast::{Condition, DateValue, Published};

/// A condition with its phrases resolved to automaton ids.
#[derive(Debug)]
pub enum Applicability {
    /// The phrase as written, and the ids of its spellings: itself and its demonym.
    Mentions(String, Vec<PhraseId>),
    /// The article's date before, after or on the days of a date.
    Published(Published, DateValue),
    /// The outlet's name as written.
    Outlet(String),
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
            Condition::Published { relation, date } => Self::Published(*relation, date.node),
            Condition::Outlet(name) => Self::Outlet(name.node.clone()),
            Condition::Not(inner) => Self::Not(compile(inner)),
            Condition::And(a, b) => Self::And(compile(a), compile(b)),
            Condition::Or(a, b) => Self::Or(compile(a), compile(b)),
        }
    }

    /// Why the condition does not hold of `article`: `no mention of "Morocco" (nor
    /// "Moroccan")`, `published 2023-09-08, not after 2023-09-10`; `None` when it holds.
    pub fn why_not(&self, article: &Tested) -> Option<String> {
        match self {
            Self::Mentions(written, ids) => {
                (!ids.iter().any(|&id| (article.mentioned)(id))).then(|| {
                    match demonym_of(written) {
                        Some(demonym) => format!("no mention of \"{written}\" (nor \"{demonym}\")"),
                        None => format!("no mention of \"{written}\""),
                    }
                })
            }
            Self::Published(relation, date) => {
                let Some(published) = article.published else {
                    return Some("no publication date".to_string());
                };
                let holds = match (relation, date.first_day(), date.last_day()) {
                    (Published::Before, Some(first), _) => published < first,
                    (Published::After, _, Some(last)) => published > last,
                    (Published::On, Some(first), Some(last)) => (first..=last).contains(&published),
                    _ => false,
                };
                (!holds).then(|| format!("published {published}, not {} {date}", relation.as_str()))
            }
            Self::Outlet(name) => match article.outlet.map(str::trim) {
                Some(outlet) if outlet.eq_ignore_ascii_case(name.trim()) => None,
                Some(outlet) => Some(format!("the outlet is \"{outlet}\", not \"{name}\"")),
                None => Some("no outlet in the front matter".to_string()),
            },
            Self::Not(inner) => match inner.why_not(article) {
                Some(_) => None,
                None => Some(format!("it matches `{}`, which is excluded", inner.shown())),
            },
            Self::And(a, b) => match (a.why_not(article), b.why_not(article)) {
                (None, None) => None,
                (Some(why), None) | (None, Some(why)) => Some(why),
                (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            },
            Self::Or(a, b) => {
                let a = a.why_not(article)?;
                let b = b.why_not(article)?;
                Some(format!("{a} and {b}"))
            }
        }
    }

    /// The condition as the language writes it.
    fn shown(&self) -> String {
        match self {
            Self::Mentions(written, _) => format!("mentions \"{written}\""),
            Self::Published(relation, date) => format!("published {} {date}", relation.as_str()),
            Self::Outlet(name) => format!("outlet \"{name}\""),
            Self::Not(inner) => format!("not {}", inner.shown()),
            Self::And(a, b) => format!("({} and {})", a.shown(), b.shown()),
            Self::Or(a, b) => format!("({} or {})", a.shown(), b.shown()),
        }
    }
}

/// What a condition tests of an article: the phrases it mentions, its date and its outlet.
pub struct Tested<'a> {
    pub mentioned: &'a dyn Fn(PhraseId) -> bool,
    pub published: Option<Date>,
    pub outlet: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse_condition;

    fn why_not(condition: &str, text: &str) -> Option<String> {
        let mut builder = PhraseSetBuilder::default();
        let compiled = Applicability::compile(&parse_condition(condition).unwrap(), &mut builder);
        let found = builder.build().find(text);
        compiled.why_not(&Tested {
            mentioned: &|id| found.iter().any(|m| m.phrase == id),
            published: None,
            outlet: None,
        })
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

    fn why_not_of(condition: &str, published: &str, outlet: Option<&str>) -> Option<String> {
        let mut builder = PhraseSetBuilder::default();
        let compiled = Applicability::compile(&parse_condition(condition).unwrap(), &mut builder);
        compiled.why_not(&Tested {
            mentioned: &|_| false,
            published: published.parse().ok(),
            outlet,
        })
    }

    #[test]
    fn tests_the_publication_date_against_a_day_month_or_year() {
        let after = "published after 2023-09-10";
        assert_eq!(why_not_of(after, "2023-09-11", None), None);
        assert_eq!(
            why_not_of(after, "2023-09-10", None).as_deref(),
            Some("published 2023-09-10, not after 2023-09-10")
        );
        assert_eq!(
            why_not_of("published before 2023-09", "2023-08-31", None),
            None
        );
        assert!(why_not_of("published before 2023-09", "2023-09-01", None).is_some());
        assert_eq!(why_not_of("published on 2023", "2023-12-31", None), None);
        assert!(why_not_of("published on 2023-09-10", "2023-09-11", None).is_some());
        assert_eq!(
            why_not_of(after, "", None).as_deref(),
            Some("no publication date")
        );
    }

    #[test]
    fn tests_the_outlet_in_any_case() {
        let reuters = r#"outlet "Reuters""#;
        assert_eq!(why_not_of(reuters, "", Some(" REUTERS ")), None);
        assert_eq!(
            why_not_of(reuters, "", Some("AP")).as_deref(),
            Some(r#"the outlet is "AP", not "Reuters""#)
        );
        assert_eq!(
            why_not_of(reuters, "", None).as_deref(),
            Some("no outlet in the front matter")
        );
        let later_wire =
            r#"mentions "x" or (outlet "Reuters" and not published before 2023-09-10)"#;
        assert_eq!(
            why_not_of(later_wire, "2023-09-09", Some("Reuters")).as_deref(),
            Some(
                r#"no mention of "x" and it matches `published before 2023-09-10`, which is excluded"#
            )
        );
    }
}
