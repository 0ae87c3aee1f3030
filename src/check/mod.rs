//! The check pipeline: compiled sheets in, findings out.
//!
//! [`Ruleset::new`] compiles all sheets once: every phrase of every fact and every
//! `applies_when` goes into one automaton. [`Ruleset::check`] then scans an article once,
//! decides which sheets apply and evaluates their facts against what was found.

mod condition;
mod normalize;
mod phrases;
mod term;

use condition::Applicability;
use phrases::{PhraseId, PhraseMatch, PhraseSet, PhraseSetBuilder};
use term::TermCheck;

use crate::article::Article;
use crate::finding::Finding;
use crate::lang::ast::{Assertion, AssertionKind};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::Document;

/// Whether factlint evaluates facts of this kind yet. Facts of other kinds are parsed and
/// type-checked, listed by `factlint rules list`, and never reported as passing.
pub fn is_evaluated(kind: AssertionKind) -> bool {
    matches!(kind, AssertionKind::Term)
}

/// All sheets, compiled for checking.
pub struct Ruleset {
    sheets: Vec<Sheet>,
    plans: Vec<SheetPlan>,
    phrases: PhraseSet,
}

struct SheetPlan {
    applies_when: Option<Applicability>,
    /// One entry per fact of the sheet, in order.
    checks: Vec<Option<FactCheck>>,
}

/// The evaluator of one fact: the registry of assertion kinds.
enum FactCheck {
    Term(TermCheck),
}

impl FactCheck {
    fn compile(assertion: &Assertion, phrases: &mut PhraseSetBuilder) -> Option<Self> {
        match assertion {
            Assertion::Term(term) => Some(Self::Term(TermCheck::compile(term, phrases))),
            Assertion::Quantity(_)
            | Assertion::Date(_)
            | Assertion::Attribution(_)
            | Assertion::Quote(_)
            | Assertion::Title(_) => None,
        }
    }

    fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        match self {
            Self::Term(term) => term.check(fact, article, findings),
        }
    }
}

/// The outcome of checking one article.
#[derive(Debug, Default)]
pub struct ArticleResult {
    pub findings: Vec<Finding>,
    /// Stories whose sheet applies to the article.
    pub stories: Vec<String>,
}

impl Ruleset {
    pub fn new(sheets: Vec<Sheet>) -> Self {
        let mut builder = PhraseSetBuilder::default();
        let plans = sheets
            .iter()
            .map(|sheet| SheetPlan {
                applies_when: sheet
                    .applies_when
                    .as_ref()
                    .map(|c| Applicability::compile(c, &mut builder)),
                checks: sheet
                    .facts
                    .iter()
                    .map(|fact| FactCheck::compile(&fact.assertion, &mut builder))
                    .collect(),
            })
            .collect();
        Self {
            sheets,
            plans,
            phrases: builder.build(),
        }
    }

    pub fn sheets(&self) -> &[Sheet] {
        &self.sheets
    }

    /// Evaluates every applicable fact against `article`.
    pub fn check(&self, article: &Article) -> ArticleResult {
        let context = ArticleContext::new(article, &self.phrases);
        let mut result = ArticleResult::default();
        for (sheet, plan) in self.sheets.iter().zip(&self.plans) {
            let applies = plan
                .applies_when
                .as_ref()
                .is_none_or(|condition| condition.holds(&|id| context.mentions(id)));
            if !applies {
                continue;
            }
            result.stories.push(sheet.story.clone());
            for (fact, check) in sheet.facts.iter().zip(&plan.checks) {
                if let Some(check) = check {
                    check.check(fact, &context, &mut result.findings);
                }
            }
        }
        result
            .findings
            .sort_by(|a, b| (a.span, &a.fact).cmp(&(b.span, &b.fact)));
        result
    }
}

/// What the checks know about one article: its text model and the phrases found in it.
pub struct ArticleContext<'a> {
    article: &'a Article,
    document: Document,
    matches: Vec<PhraseMatch>,
}

impl<'a> ArticleContext<'a> {
    fn new(article: &'a Article, phrases: &PhraseSet) -> Self {
        let text = &article.body.text;
        Self {
            article,
            document: Document::new(text),
            matches: phrases.find(text),
        }
    }

    fn mentions(&self, phrase: PhraseId) -> bool {
        self.matches_of(phrase).next().is_some()
    }

    /// Occurrences of `phrase`, spans in the body text.
    fn matches_of(&self, phrase: PhraseId) -> impl Iterator<Item = &PhraseMatch> {
        self.matches.iter().filter(move |m| m.phrase == phrase)
    }

    /// Body text under a body span.
    fn text(&self, span: Span) -> &str {
        &self.article.body.text[span.range()]
    }

    /// The article's headline, or else its first sentence: where a finding about the whole
    /// article points.
    fn opening(&self) -> Span {
        self.article
            .headline
            .or_else(|| self.document.sentences.first().map(|s| s.span))
            .unwrap_or_default()
    }

    /// A finding for `fact` at `span` (a body span), carrying the fact's note and source.
    fn finding(
        &self,
        fact: &Fact,
        span: Span,
        message: String,
        label: impl Into<String>,
        expected: Option<String>,
    ) -> Finding {
        let source_span = self.article.body.source_span(span);
        Finding {
            fact: fact.id.clone(),
            kind: fact.assertion.kind(),
            severity: fact.severity,
            message,
            span: source_span,
            label: label.into(),
            labels: Vec::new(),
            expected,
            help: None,
            note: fact.note.clone(),
            source: fact.source.clone(),
            fix: None,
        }
    }
}
