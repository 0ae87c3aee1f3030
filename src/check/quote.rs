//! Quote facts: `quote "…" by ENTITY`, with the entity's `quotes:` list.
//!
//! Every quotation the article credits to the entity is compared with the entity's known
//! quotes on where it overlaps them ([`quote_align`]): a close overlap that differs is a
//! misquote, shown as a word diff (the fact's severity), however many words the quotation has
//! around it. A misquote is filed under the quote fact whose own text it misquotes, else (a
//! quote of the entity's `quotes:`) under the entity's first quote fact, which stands for the
//! entity's quotes. A quotation found in none of them is not a finding unless the
//! `unknown-quote` switch lists it (info). The entity's distinctive words printed without
//! quotation marks in a sentence with no attribution are the outlet using them as its own (a
//! warning at most).

use std::sync::LazyLock;

use foldhash::HashSet;

use super::ArticleContext;
use super::common_words;
use super::quote_align::{self, Overlap};
use super::quote_words::{self, Indexed, Norms, Word};
use super::speakers::{Resolution, SpeakerDirectory};
use crate::extract::Quotation;
use crate::finding::{Finding, Label, Severity};
use crate::lang::ast::{Assertion, QuoteAssertion};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::syntax::tokens_within;
use crate::text::{LowerCase, Token, TokenKind};

/// An overlap at least this similar to a canonical quote is a misquote of it (0 to 1)…
const MIN_MISQUOTE_SIMILARITY: f32 = 0.6;

/// …when the two share at least this many words, of which [`MIN_SHARED_CONTENT`] content
/// words: fewer is a coincidence, not the same quote.
const MIN_SHARED_WORDS: usize = 3;
const MIN_SHARED_CONTENT: usize = 2;

/// Fewer words in a row than this are a common phrase, not the speaker's words lifted…
const MIN_LIFTED_WORDS: usize = 6;

/// …and so is a run with fewer distinctive words than this (neither frequent nor a name).
const MIN_DISTINCTIVE_WORDS: usize = 4;

/// Verbs that credit speech: a sentence with one is reported speech ("X said that …", "…, X
/// added") even where attribution reads no speaker. Verbs of evidence ("indicates", "shows")
/// are not among them: "Our information indicates" is the outlet's voice.
const SPEECH_VERBS: &[&str] = &[
    "according",
    "added",
    "adds",
    "announced",
    "argued",
    "claimed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "said",
    "says",
    "stated",
    "states",
    "told",
    "warned",
    "wrote",
];

#[derive(Debug)]
pub struct QuoteCheck {
    entity: usize,
    directory: SpeakerDirectory,
    /// Every quote known for the entity: the texts of its quote facts and its `quotes:`.
    known: Vec<Canonical>,
    /// The norms of every word of the known quotes filed here
    /// ([`quote_words::has_run_within`]).
    own_norms: HashSet<String>,
    /// The entity's first quote fact: it files the findings of `quotes:`.
    files_entity_quotes: bool,
    /// List quotations found in no known quote (the `unknown-quote` switch).
    lists_unknown: bool,
}

#[derive(Debug)]
struct Canonical {
    text: String,
    /// Its words, indexed for [`quote_words::lifted_runs`].
    quote: Indexed,
    /// The text of a quote fact, not only of `quotes:`: it wins a tie.
    of_fact: bool,
    /// This fact reports the misquotes of this text.
    filed_here: bool,
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
        let facts_of_entity: Vec<&QuoteAssertion> = sheet
            .facts
            .iter()
            .filter_map(|f| match &f.assertion {
                Assertion::Quote(q) if q.speaker.node == assertion.speaker.node => Some(q),
                _ => None,
            })
            .collect();
        let files_entity_quotes = facts_of_entity.first().is_none_or(|q| *q == assertion);
        let canonical = |text: &String, of_fact: bool, filed_here: bool| Canonical {
            text: text.clone(),
            quote: Indexed::new(quote_words::canonical(text)),
            of_fact,
            filed_here,
        };
        let own = std::iter::once(canonical(&assertion.text.node, true, true));
        let other_facts = facts_of_entity
            .iter()
            .filter(|q| **q != assertion)
            .map(|q| canonical(&q.text.node, true, false));
        let listed = sheet.entities[entity]
            .quotes
            .iter()
            .map(|text| canonical(text, false, files_entity_quotes));
        let known: Vec<Canonical> = own.chain(other_facts).chain(listed).collect();
        let own_norms = known
            .iter()
            .filter(|c| c.filed_here)
            .flat_map(|c| &c.quote.words)
            .map(|word| word.norm.to_string())
            .collect();
        Self {
            entity,
            known,
            own_norms,
            files_entity_quotes,
            lists_unknown: false,
            directory,
        }
    }

    /// Lists (as info) the quotations of the entity found in none of its known quotes.
    pub fn list_unknown(&mut self, on: bool) {
        self.lists_unknown = on;
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
        let all_tokens = &article.document().tokens;
        let tokens: Vec<_> = all_tokens[tokens_within(all_tokens, quotation.span)]
            .iter()
            .copied()
            .filter(|t| quotation.encloses(t.span))
            .collect();
        let excerpts = quote_words::excerpts(text, &tokens);
        let printed_norms = Norms::new(excerpts.iter().flatten());
        if self
            .known
            .iter()
            .any(|known| quote_words::is_excerpt_of(&excerpts, &printed_norms, &known.quote))
        {
            return None;
        }
        let printed: Vec<Word> = excerpts.concat();
        let closest = self
            .known
            .iter()
            .filter_map(|c| {
                let overlap = quote_align::overlap(&printed, &printed_norms, &c.quote)?;
                Some((c, overlap))
            })
            .max_by_key(|(c, overlap)| (overlap.score, c.of_fact));
        match closest {
            Some((canonical, overlap)) if is_misquote(&overlap) => canonical
                .filed_here
                .then(|| self.misquote(fact, article, quotation, canonical, &overlap)),
            _ if self.lists_unknown && self.files_entity_quotes => {
                Some(self.unknown(fact, article, quotation))
            }
            _ => None,
        }
    }

    fn misquote(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        quotation: &Quotation,
        canonical: &Canonical,
        overlap: &Overlap,
    ) -> Finding {
        let name = self.directory.name(self.entity);
        let expected_words = &overlap.canonical[overlap.canonical_run.clone()];
        let expected = quote_words::text_of(&canonical.text, expected_words);
        let diff = quote_words::word_diff(
            expected_words,
            &overlap.printed[overlap.printed_run.clone()],
        );
        let mut finding = article.finding(
            fact,
            quotation.span,
            format!("misquote of {name}"),
            "printed quotation",
            Some(format!("“{expected}”")),
        );
        finding.help = Some(format!("diff: {diff}"));
        finding.labels.extend(self.credit_label(article, quotation));
        finding
    }

    fn unknown(&self, fact: &Fact, article: &ArticleContext, quotation: &Quotation) -> Finding {
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

    /// The entity's distinctive words used in the outlet's own voice: outside quotation marks,
    /// in a sentence that credits no one (no attribution, no speech verb, no name of the
    /// entity: "…, the governor said" and "X said that …" are attributed).
    fn check_lifted_words(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        findings: &mut Vec<Finding>,
    ) {
        let text = &article.article().body.text;
        let mentions = article.mentions();
        let name = self.directory.name(self.entity);
        let document = article.document();
        let lower = document.lower_case(text);
        let with_speaker = sentences_with_speaker(article);
        let quoted = Covered::new(mentions.quotes.iter().map(|q| q.span));
        for (index, sentence) in document.sentences.iter().enumerate() {
            let all_tokens = document.sentence_tokens(index);
            if with_speaker[index] || has_speech_verb(lower, all_tokens) {
                continue;
            }
            let tokens: Vec<_> = all_tokens
                .iter()
                .copied()
                .filter(|t| !quoted.covers(t.span))
                .collect();
            // A run of at least the lifted words' number from the quotes filed here, or no
            // lift: most sentences are ruled out at one lookup a word, their words unbuilt.
            if !quote_words::has_run_within(text, lower, &tokens, &self.own_norms, MIN_LIFTED_WORDS)
            {
                continue;
            }
            let words = quote_words::words(text, &tokens);
            // Naming the entity credits it too, but is the dearest test: asked last.
            let lifted = self.lifted_from_own_quotes(&words).filter(|_| {
                !self
                    .directory
                    .is_named_in(self.entity, &text[sentence.span.range()])
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

    /// Where `words` first lift a run of distinctive words from a quote filed here, and
    /// which quote.
    fn lifted_from_own_quotes(&self, words: &[Word]) -> Option<(Span, &Canonical)> {
        let mut own_quotes = self.known.iter().filter(|c| c.filed_here);
        own_quotes.find_map(|canonical| {
            quote_words::lifted_runs(words, &canonical.quote, MIN_LIFTED_WORDS)
                .into_iter()
                .find(|run| distinctive_words(&words[run.clone()]) >= MIN_DISTINCTIVE_WORDS)
                .map(|run| {
                    (
                        words[run.start].span.cover(words[run.end - 1].span),
                        canonical,
                    )
                })
        })
    }
}

/// [`SPEECH_VERBS`], to look words up in: asked of every word of most sentences.
static SPEECH_VERB_SET: LazyLock<HashSet<&str>> =
    LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());

/// Whether a word of `tokens`, whose lower-case forms `lower` has, is one of [`SPEECH_VERBS`].
fn has_speech_verb(lower: &LowerCase, tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    words.any(|t| SPEECH_VERB_SET.contains(lower.of(t.span)))
}

/// For each sentence of the article, whether an attribution's speaker is in it.
fn sentences_with_speaker(article: &ArticleContext) -> Vec<bool> {
    let document = article.document();
    let mut with_speaker = vec![false; document.sentences.len()];
    for attribution in &article.mentions().attributions {
        let speaker = attribution.speaker;
        if let Some(index) = document.sentence_at(speaker.start)
            && document.sentences[index].span.contains(speaker)
        {
            with_speaker[index] = true;
        }
    }
    with_speaker
}

/// Spans (quotations), to ask in logarithmic time whether any of them contains a span.
struct Covered {
    /// Sorted by start, each with the furthest end of it and the spans before it.
    starts: Vec<usize>,
    furthest_end: Vec<usize>,
}

impl Covered {
    fn new(spans: impl Iterator<Item = Span>) -> Self {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort();
        let furthest_end = spans
            .iter()
            .scan(0, |furthest, span| {
                *furthest = span.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Self {
            starts: spans.iter().map(|span| span.start).collect(),
            furthest_end,
        }
    }

    /// Whether one of the spans contains `span`: of those that start at or before it, the
    /// one that ends furthest does, if any.
    fn covers(&self, span: Span) -> bool {
        let starting_before = self.starts.partition_point(|&start| start <= span.start);
        starting_before > 0 && self.furthest_end[starting_before - 1] >= span.end
    }
}

/// Whether an overlap is close enough to be the same quote, and differs.
fn is_misquote(overlap: &Overlap) -> bool {
    overlap.differs()
        && overlap.shared >= MIN_SHARED_WORDS
        && overlap.shared_content >= MIN_SHARED_CONTENT
        && overlap.similarity >= MIN_MISQUOTE_SIMILARITY
}

/// How many of `words` are distinctive: neither frequent in English nor part of a name (a list
/// of names is not a speaker's wording).
fn distinctive_words(words: &[Word]) -> usize {
    words
        .iter()
        .filter(|w| !common_words::is_common(&w.norm))
        .filter(|w| !w.shown.starts_with(char::is_uppercase))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_are_found_in_any_case() {
        let text = "Officials SAID it. It Warned. Nobody spoke.";
        let document = crate::text::Document::new(text);
        let (lower, tokens) = (document.lower_case(text), &document.tokens);
        assert!(has_speech_verb(lower, &tokens[..3]));
        assert!(has_speech_verb(lower, &tokens[4..7]));
        assert!(!has_speech_verb(lower, &tokens[7..]));
    }

    #[test]
    fn covered_asks_every_span_that_starts_before() {
        // A long span, then a short one inside it that ends early: a span after the short
        // one is still inside the long one.
        let covered =
            Covered::new([Span::new(30, 40), Span::new(0, 20), Span::new(2, 5)].into_iter());
        assert!(covered.covers(Span::new(6, 10)));
        assert!(covered.covers(Span::new(0, 20)));
        assert!(covered.covers(Span::new(32, 40)));
        assert!(!covered.covers(Span::new(18, 22)));
        assert!(!covered.covers(Span::new(25, 28)));
        assert!(!Covered::new(std::iter::empty()).covers(Span::new(0, 1)));
    }
}
