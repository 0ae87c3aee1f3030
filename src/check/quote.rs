//! Quote facts: `quote "…" by ENTITY`, with the entity's `quotes:` list.
//!
//! Every quotation the article credits to the entity must be an excerpt of one of its
//! canonical quotes. A near miss is a misquote, shown as a word diff (the fact's severity); a
//! quotation like none of them is unverified (info, only when the entity lists quotes). The
//! entity's words printed without quotation marks and without attribution, at least
//! [`MIN_LIFTED_WORDS`] in a row, are the outlet using them as its own (a warning at most).

use super::ArticleContext;
use super::quote_words::{self, Word};
use super::speakers::{Resolution, SpeakerDirectory};
use crate::extract::Quotation;
use crate::finding::{Finding, Label, Severity};
use crate::lang::ast::{Assertion, QuoteAssertion};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;

/// A quotation at least this similar to a run of a canonical quote is a misquote of it.
const MIN_MISQUOTE_SIMILARITY: f32 = 0.6;

/// Fewer words in a row than this are a common phrase, not the speaker's words lifted.
const MIN_LIFTED_WORDS: usize = 6;

#[derive(Debug)]
pub struct QuoteCheck {
    entity: usize,
    directory: SpeakerDirectory,
    /// The texts this fact compares against: its own quote, and the entity's `quotes:` when
    /// this is the entity's first quote fact (so each near miss is reported once).
    canonical: Vec<Canonical>,
    /// Every quote known for the entity, across all its quote facts: a quotation matching
    /// one of them is verified.
    known: Vec<Vec<Word>>,
    reports_unverified: bool,
}

#[derive(Debug)]
struct Canonical {
    text: String,
    words: Vec<Word>,
}

/// What a sentence (`within`) states of a quote: the quotation in which the quote's `words`
/// are printed, marks included, as far as it runs in the sentence; words printed without
/// quotation marks stand for themselves.
pub fn quotations_of(article: &ArticleContext, within: Span, words: &[Span]) -> Vec<Span> {
    words
        .iter()
        .map(|&printed| {
            article
                .mentions()
                .quotes
                .iter()
                .filter(|quotation| quotation.encloses(printed))
                .map(|quotation| quotation.span)
                .min_by_key(|span| span.len())
                .and_then(|quotation| quotation.intersect(within))
                .unwrap_or(printed)
        })
        .collect()
}

impl QuoteCheck {
    /// Panics if the speaker is not an entity of `sheet`: `sheet::compile_sheet` rejects
    /// such a sheet.
    pub fn compile(assertion: &QuoteAssertion, sheet: &Sheet) -> Self {
        let directory = SpeakerDirectory::new(sheet);
        let entity = directory
            .index_of(&assertion.speaker.node)
            .expect("a validated sheet declares the speaker of each quote fact");
        let listed = &sheet.entities[entity].quotes;
        let facts_of_entity: Vec<&QuoteAssertion> = sheet
            .facts
            .iter()
            .filter_map(|f| match &f.assertion {
                Assertion::Quote(q) if q.speaker.node == assertion.speaker.node => Some(q),
                _ => None,
            })
            .collect();
        let first_of_entity = facts_of_entity.first().is_none_or(|q| *q == assertion);
        let own = std::iter::once(&assertion.text.node);
        let texts: Vec<&String> = if first_of_entity {
            own.chain(listed).collect()
        } else {
            own.collect()
        };
        let known = listed
            .iter()
            .chain(facts_of_entity.iter().map(|q| &q.text.node))
            .chain(std::iter::once(&assertion.text.node))
            .map(|t| quote_words::canonical(t))
            .collect();
        Self {
            entity,
            canonical: texts
                .into_iter()
                .map(|text| Canonical {
                    text: text.clone(),
                    words: quote_words::canonical(text),
                })
                .collect(),
            known,
            reports_unverified: first_of_entity && !listed.is_empty(),
            directory,
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        for quotation in article.mentions().quotes.iter().filter(|q| q.is_speech()) {
            if self.is_credited_to_entity(article, quotation) {
                findings.extend(self.check_quotation(fact, article, quotation));
            }
        }
        self.check_lifted_words(fact, article, findings);
    }

    fn is_credited_to_entity(&self, article: &ArticleContext, quotation: &Quotation) -> bool {
        let mentions = article.mentions();
        let speaker = quotation
            .attribution
            .and_then(|i| mentions.attributions.get(i))
            .and_then(|a| a.resolved);
        speaker.is_some_and(|s| {
            self.directory.resolve(article.text(s)) == Resolution::Entity(self.entity)
        })
    }

    fn check_quotation(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        quotation: &Quotation,
    ) -> Option<Finding> {
        let text = &article.article().body.text;
        let tokens: Vec<_> = article
            .document()
            .tokens
            .iter()
            .copied()
            .filter(|t| quotation.encloses(t.span))
            .collect();
        let excerpts = quote_words::excerpts(text, &tokens);
        if self
            .known
            .iter()
            .any(|known| quote_words::is_excerpt_of(&excerpts, known))
        {
            return None;
        }
        let printed: Vec<Word> = excerpts.concat();
        let closest = self
            .canonical
            .iter()
            .filter_map(|c| Some((c, quote_words::closest_run(&printed, &c.words)?)))
            .max_by(|(_, (_, a)), (_, (_, b))| a.total_cmp(b));
        match closest {
            Some((canonical, (run, similarity))) if similarity >= MIN_MISQUOTE_SIMILARITY => {
                let run = &canonical.words[run];
                let diff = quote_words::word_diff(run, &printed);
                let expected = quote_words::text_of(&canonical.text, run);
                Some(self.misquote(fact, article, quotation, expected, diff))
            }
            _ if self.reports_unverified && !self.near_any_known(&printed) => {
                Some(self.unverified(fact, article, quotation))
            }
            _ => None,
        }
    }

    /// Whether another quote fact of the entity reports `printed` as its misquote.
    fn near_any_known(&self, printed: &[Word]) -> bool {
        self.known.iter().any(|known| {
            quote_words::closest_run(printed, known)
                .is_some_and(|(_, similarity)| similarity >= MIN_MISQUOTE_SIMILARITY)
        })
    }

    fn misquote(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        quotation: &Quotation,
        canonical: &str,
        diff: String,
    ) -> Finding {
        let name = self.directory.name(self.entity);
        let mut finding = article.finding(
            fact,
            quotation.span,
            format!("misquote of {name}"),
            "printed quotation",
            Some(format!("“{canonical}”")),
        );
        finding.help = Some(format!("diff: {diff}"));
        finding.labels.extend(self.credit_label(article, quotation));
        finding
    }

    fn unverified(&self, fact: &Fact, article: &ArticleContext, quotation: &Quotation) -> Finding {
        let name = self.directory.name(self.entity);
        let mut finding = article.finding(
            fact,
            quotation.span,
            format!("quotation of {name} not found in the fact sheet"),
            format!("not among {name}'s known quotes"),
            None,
        );
        finding.severity = Severity::Info;
        finding.help = Some(format!(
            "check it against the source, then add it to the `quotes:` of '{}'",
            self.directory.id(self.entity)
        ));
        finding.labels.extend(self.credit_label(article, quotation));
        finding
    }

    /// Where the article credits the quotation to the entity.
    fn credit_label(&self, article: &ArticleContext, quotation: &Quotation) -> Option<Label> {
        let mentions = article.mentions();
        let attribution = mentions.attributions.get(quotation.attribution?)?;
        let name = self.directory.name(self.entity);
        let text = if attribution.carried {
            format!("credited to {name}, carried over from here")
        } else {
            format!("credited to {name}")
        };
        Some(Label {
            span: article.source_span(attribution.speaker),
            text,
        })
    }

    /// The entity's words used in the outlet's own voice: outside quotation marks and outside
    /// any attribution.
    fn check_lifted_words(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        findings: &mut Vec<Finding>,
    ) {
        let text = &article.article().body.text;
        let mentions = article.mentions();
        let name = self.directory.name(self.entity);
        for sentence in 0..article.document().sentences.len() {
            let tokens: Vec<_> = article
                .document()
                .sentence_tokens(sentence)
                .iter()
                .copied()
                .filter(|t| !mentions.quotes.iter().any(|q| q.span.contains(t.span)))
                .collect();
            let words = quote_words::words(text, &tokens);
            let lifted = self.canonical.iter().find_map(|canonical| {
                quote_words::lifted_runs(&words, &canonical.words, MIN_LIFTED_WORDS)
                    .into_iter()
                    .map(|run| words[run.start].span.cover(words[run.end - 1].span))
                    .find(|&span| mentions.attribution_of(span).is_none())
                    .map(|span| (span, canonical))
            });
            if let Some((span, canonical)) = lifted {
                let mut finding = article.finding(
                    fact,
                    span,
                    format!("uses {name}'s words unattributed"),
                    format!("{name}'s words, without quotation marks or attribution"),
                    Some(format!(
                        "“{}”, quoted and credited to {name}",
                        canonical.text
                    )),
                );
                finding.severity = fact.severity.min(Severity::Warning);
                findings.push(finding);
            }
        }
    }
}
