//! Statements: the sentences in which an article speaks of a fact, and the words that state it.
//!
//! An editor comparing outlets wants to read, per fact, how each article puts it ("about 900
//! km", "550 miles (885 kilometres)"). A sentence states a fact when it contains one of the
//! fact's cues: a quantity's subject, a date's event (or the words of the term group of that
//! name), an attribution's claim (its words in order, a few words apart at most), a quote's
//! text, the name or an alias of a title's entity, a term's phrases.
//!
//! The cues are found by the same automaton as every other phrase, so this costs no extra
//! pass over the text. What is marked ([`Statement::stated`]) comes from the mentions
//! extracted once per article, read the way the fact's evaluator reads them: a quantity's
//! values in the fact's dimension ("about 550 miles", "885 kilometres"), an event's dates,
//! a claim and its speaker, the quotation a quote is printed in, the title next to a name,
//! a term's words. A sentence that names a quantity's subject or a date's event but states
//! no value of it ("short-range missiles") is not a statement of the fact.

use super::claim::ClaimPhrase;
use super::phrases::{PhraseId, PhraseSetBuilder};
use super::{ArticleContext, FactCheck};
use crate::lang::ast::{Assertion, TermAssertion, phrase_parts};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;

/// One sentence of an article that speaks of one fact.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Statement {
    /// `story/fact`.
    pub fact: String,
    /// The sentence: a span of the article's body text (`Article::body.text`).
    pub sentence: Span,
    /// The words that state the fact: body-text spans inside `sentence`, ordered, disjoint.
    pub stated: Vec<Span>,
}

/// The cues of one fact: phrases any of which names it, or an attribution's claim.
#[derive(Debug)]
pub struct FactCues {
    /// The cues as the sheet writes them, for saying what was looked for.
    words: Vec<String>,
    finder: Finder,
}

#[derive(Debug)]
enum Finder {
    Phrases(Vec<PhraseId>),
    /// Found word by word, with small gaps and inflections, as the attribution check finds
    /// it.
    Claim(ClaimPhrase),
}

impl FactCues {
    pub fn compile(fact: &Fact, sheet: &Sheet, phrases: &mut PhraseSetBuilder) -> Self {
        let texts: Vec<&str> = match &fact.assertion {
            Assertion::Attribution(attribution) => {
                let wordings = sheet.with_terms(&attribution.claim.node).0;
                return Self {
                    words: wordings.iter().map(|w| w.to_string()).collect(),
                    finder: Finder::Claim(ClaimPhrase::compile(&wordings, phrases)),
                };
            }
            Assertion::Quantity(quantity) => sheet.with_terms(&quantity.subject.node).0,
            Assertion::Date(date) => match sheet.with_terms(&date.event.node) {
                (_, Some(group)) => group.words.iter().map(String::as_str).collect(),
                (event, None) => event,
            },
            Assertion::Quote(quote) => vec![&quote.text.node],
            Assertion::Title(title) => sheet
                .entity(&title.entity.node)
                .map(|entity| {
                    std::iter::once(&entity.name)
                        .chain(&entity.aliases)
                        .map(String::as_str)
                        .collect()
                })
                .unwrap_or_default(),
            Assertion::Term(TermAssertion::Forbid(text) | TermAssertion::Require(text)) => {
                phrase_parts(&text.node)
                    .into_iter()
                    .map(|(_, part)| part)
                    .collect()
            }
            Assertion::Term(TermAssertion::Prefer { preferred, over }) => {
                std::iter::once(preferred)
                    .chain(over)
                    .map(|text| text.node.as_str())
                    .collect()
            }
        };
        Self {
            words: texts.iter().map(|text| text.to_string()).collect(),
            finder: Finder::Phrases(texts.into_iter().map(|text| phrases.add(text)).collect()),
        }
    }

    /// What is looked for, in words: `'range'`, `'ship', 'vessel' or 'freighter'`.
    pub fn words(&self) -> String {
        let quoted: Vec<String> = self.words.iter().map(|w| format!("'{w}'")).collect();
        match quoted.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => quoted.concat(),
        }
    }

    /// Where the fact is named in the article, in text order.
    pub(super) fn find(&self, article: &ArticleContext) -> Vec<Span> {
        match &self.finder {
            Finder::Phrases(ids) => article.spans_of(ids),
            Finder::Claim(claim) => claim.find(article),
        }
    }

    /// The sentences of the article that state `fact`, in order; `check` is its evaluator,
    /// `named` where the article names the fact ([`Self::find`]).
    pub(super) fn statements(
        &self,
        fact: &Fact,
        check: &FactCheck,
        named: &[Span],
        article: &ArticleContext,
    ) -> Vec<Statement> {
        let mut statements = Vec::new();
        for (index, sentence) in article.document().sentences.iter().enumerate() {
            let cues: Vec<Span> = named
                .iter()
                .filter(|cue| sentence.span.contains(**cue))
                .copied()
                .collect();
            if cues.is_empty() {
                continue;
            }
            let mut stated = check.stated(index, &cues, article);
            if stated.is_empty() {
                continue;
            }
            statements.push(Statement {
                fact: fact.id.clone(),
                sentence: sentence.span,
                stated: disjoint(&mut stated),
            });
        }
        statements
    }
}

/// Sorts spans and merges those that overlap, so that each word is highlighted once.
fn disjoint(spans: &mut [Span]) -> Vec<Span> {
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for &span in spans.iter() {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => *last = last.cover(span),
            _ => merged.push(span),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::article::Article;
    use crate::check::Ruleset;
    use crate::extract::Context;
    use crate::sheet::compile_sheet;

    const SHEET: &str = r#"
story: s
entities:
  kirby:
    name: John Kirby
    aliases: [Kirby]
    titles: [National Security Council spokesman]
terms:
  launch: [launch, fired]
facts:
  range:
    assert: range ≈ 885 km ±20
  launch-dates:
    assert: launch on 2024-01-02
  first-use:
    assert: first combat use attributed to analyst
  escalation:
    assert: quote "significant and concerning escalation" by kirby
  kirby-title:
    assert: kirby titled one of kirby.titles
  name:
    assert: prefer "Kim Jong Un" over "Kim Jong-un"
"#;

    /// The statements of `text` as (fact, sentence, stated words).
    fn statements(text: &str) -> Vec<(String, String, Vec<String>)> {
        let sheet = compile_sheet(Path::new("s.yaml"), SHEET.to_string(), &[]).unwrap();
        let ruleset = Ruleset::new(vec![sheet], Vec::new());
        let article = Article::from_bytes(Path::new("a.txt"), text.as_bytes()).unwrap();
        let result = ruleset.check_with_statements(&article, &Context::default());
        let body = &article.body.text;
        result
            .statements
            .into_iter()
            .map(|s| {
                let stated = s.stated.iter().map(|w| body[w.range()].to_string());
                (
                    s.fact,
                    body[s.sentence.range()].to_string(),
                    stated.collect(),
                )
            })
            .collect()
    }

    /// The words stated of fact `s/{fact}` in `text`, one list per sentence.
    fn stated(text: &str, fact: &str) -> Vec<Vec<String>> {
        let id = format!("s/{fact}");
        statements(text)
            .into_iter()
            .filter(|(f, _, _)| *f == id)
            .map(|(_, _, stated)| stated)
            .collect()
    }

    #[test]
    fn a_quantity_is_stated_by_its_values_in_the_facts_dimension() {
        let found = statements(
            "Short-range missiles were used. \
             They have a range of about 550 miles (885 kilometres) and weigh 3 tonnes.",
        );
        assert_eq!(
            found,
            [(
                "s/range".to_string(),
                "They have a range of about 550 miles (885 kilometres) and weigh 3 tonnes."
                    .to_string(),
                vec!["about 550 miles".into(), "885 kilometres".into()],
            )]
        );
    }

    #[test]
    fn a_date_is_stated_by_the_dates_of_a_sentence_naming_the_event() {
        assert_eq!(
            stated("One missile was fired on December 30.", "launch-dates"),
            [["December 30"]]
        );
        assert_eq!(
            stated(
                "Kirby said on Thursday that missiles were fired.",
                "launch-dates"
            ),
            Vec::<Vec<String>>::new(),
            "the date of a statement is not the event's"
        );
        assert_eq!(
            stated(
                "The launching pad was built on December 30.",
                "launch-dates"
            ),
            Vec::<Vec<String>>::new(),
            "the sheet lists the event's words: launch, fired"
        );
    }

    #[test]
    fn a_claim_is_found_with_a_few_words_between_its_words() {
        let found = statements(
            "This marks the first known combat use of the missiles. \
             The first test was a use of combat drones far away from any real combat use.",
        );
        let claims: Vec<&[String]> = found
            .iter()
            .map(|(_, _, stated)| stated.as_slice())
            .collect();
        assert_eq!(
            claims,
            [&["first known combat use".to_string()][..]],
            "{found:?}"
        );
    }

    #[test]
    fn a_claim_is_stated_with_the_speaker_it_is_credited_to() {
        assert_eq!(
            stated(
                "It was the first combat use of the missiles, the analyst Jenny Town said.",
                "first-use"
            ),
            [["first combat use", "the analyst Jenny Town"]]
        );
    }

    #[test]
    fn a_quote_is_stated_by_the_quotation_it_is_printed_in() {
        assert_eq!(
            stated(
                "“This is a significant and concerning escalation,” Kirby said.",
                "escalation"
            ),
            [["“This is a significant and concerning escalation,”"]]
        );
    }

    #[test]
    fn a_title_is_stated_by_the_title_next_to_the_name() {
        let text = "National Security Council spokesman John Kirby spoke. Kirby left.";
        assert_eq!(
            stated(text, "kirby-title"),
            [["National Security Council spokesman"], ["Kirby"]]
        );
    }

    #[test]
    fn every_spelling_of_a_preferred_term_is_a_statement() {
        let found = statements("Kim Jong-un met Putin. Kim Jong Un left.");
        let stated: Vec<&str> = found.iter().map(|(_, _, s)| s[0].as_str()).collect();
        assert_eq!(stated, ["Kim Jong-un", "Kim Jong Un"]);
    }

    #[test]
    fn overlapping_spans_merge() {
        let mut spans = [Span::new(5, 9), Span::new(0, 3), Span::new(2, 4)];
        assert_eq!(disjoint(&mut spans), [Span::new(0, 4), Span::new(5, 9)]);
    }
}
