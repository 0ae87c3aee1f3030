//! How one fact was read in one article, sentence by sentence: `factlint explain FACT
//! ARTICLE`.
//!
//! An editor whose fact never fires needs to see where the article names the fact, what the
//! evaluator took as its value, date or speaker, what else the sentence states and what that
//! is bound to instead, and the verdict. The trace reads the same cues, mentions and
//! evaluator as `check`, so it cannot tell a different story.

use super::{ArticleContext, FactCheck, Ruleset, SheetPlan};
use crate::article::Article;
use crate::extract::Context;
use crate::finding::Finding;
use crate::source::Span;
use crate::text::syntax::Binding;

/// One fact in one article.
#[derive(Debug)]
pub struct Trace {
    /// Why the fact's sheet does not apply to the article; nothing was read then.
    pub not_applicable: Option<String>,
    /// Why the fact judges nothing in the article though its sheet applies: a figure `as of`
    /// a moment when another was current at publication.
    pub silent: Option<String>,
    /// The sentences that name the fact, in order.
    pub sentences: Vec<SentenceTrace>,
    /// The fact's findings in the article (file spans), in order.
    pub findings: Vec<Finding>,
}

/// One sentence that names the fact. Spans are of the article's body text.
#[derive(Debug)]
pub struct SentenceTrace {
    pub sentence: Span,
    /// Where the sentence names the fact: its subject, event, claim, quote, entity or term.
    pub cues: Vec<Span>,
    /// What the evaluator reads as the fact's value, date, claim and speaker, or quotation.
    pub stated: Vec<Span>,
    /// The other values or dates of the sentence, each with what it is bound to instead.
    pub others: Vec<(Span, String)>,
}

impl Ruleset {
    /// The trace of fact `fact_id` (`story/fact`) in `article`; `None` when no sheet has it.
    pub fn trace(&self, fact_id: &str, article: &Article, context: &Context) -> Option<Trace> {
        let (plan, index) = self.locate(fact_id)?;
        let (check, cues) = (&plan.checks[index], &plan.cues[index]);
        let context = ArticleContext::new(article, context, &self.phrases);
        let not_applicable = plan
            .applies_when
            .as_ref()
            .and_then(|condition| context.why_not(condition));
        if not_applicable.is_some() {
            return Some(Trace {
                not_applicable,
                silent: None,
                sentences: Vec::new(),
                findings: Vec::new(),
            });
        }
        let named = cues.find(&context);
        let sentences = context
            .document()
            .sentences
            .iter()
            .enumerate()
            .filter_map(|(index, sentence)| {
                let cues: Vec<Span> = named
                    .iter()
                    .filter(|cue| sentence.span.contains(**cue))
                    .copied()
                    .collect();
                (!cues.is_empty()).then(|| {
                    let mut stated = check.stated(index, &cues, &context);
                    stated.sort();
                    let others = others(check, &context, sentence.span, &stated);
                    SentenceTrace {
                        sentence: sentence.span,
                        cues,
                        stated,
                        others,
                    }
                })
            })
            .collect();
        Some(Trace {
            not_applicable: None,
            silent: check.silence(&context),
            sentences,
            findings: self.evaluate(fact_id, &context)?,
        })
    }

    /// The findings of fact `fact_id` alone in `article`, whether or not its sheet applies:
    /// what a rule test (`examples:`) expects. `None` when no sheet has the fact.
    pub fn findings_of(
        &self,
        fact_id: &str,
        article: &Article,
        context: &Context,
    ) -> Option<Vec<Finding>> {
        self.evaluate(
            fact_id,
            &ArticleContext::new(article, context, &self.phrases),
        )
    }

    fn evaluate(&self, fact_id: &str, context: &ArticleContext) -> Option<Vec<Finding>> {
        let (plan, index) = self.locate(fact_id)?;
        let fact = self
            .sheets
            .iter()
            .flat_map(|s| &s.facts)
            .find(|f| f.id == fact_id)?;
        let mut findings = Vec::new();
        plan.checks[index].check(fact, context, &mut findings);
        findings.sort_by_key(|f| f.span);
        Some(findings)
    }

    /// The plan of the sheet that has fact `fact_id`, and the fact's index in it.
    fn locate(&self, fact_id: &str) -> Option<(&SheetPlan, usize)> {
        self.sheets
            .iter()
            .zip(&self.plans)
            .find_map(|(sheet, plan)| {
                let index = sheet.facts.iter().position(|f| f.id == fact_id)?;
                Some((plan, index))
            })
    }
}

/// The values (for a quantity fact) or dates (for a date fact) of the sentence `within` that
/// the evaluator did not read as the fact's, with their bindings in words.
fn others(
    check: &FactCheck,
    article: &ArticleContext,
    within: Span,
    stated: &[Span],
) -> Vec<(Span, String)> {
    let mentions = &article.mentions;
    let bound: Vec<(Span, &Binding)> = match check {
        FactCheck::Quantity(_) => mentions
            .quantities
            .iter()
            .map(|q| (q.span, &q.binding))
            .collect(),
        FactCheck::Date(_) => mentions
            .dates
            .iter()
            .map(|d| (d.span, &d.binding))
            .collect(),
        _ => Vec::new(),
    };
    let text = &article.article.body.text;
    bound
        .into_iter()
        .filter(|(span, _)| within.contains(*span) && !span.overlaps_any(stated))
        .map(|(span, binding)| (span, binding.describe(text)))
        .collect()
}
