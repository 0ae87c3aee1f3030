//! The check pipeline: compiled sheets in, findings out.
//!
//! [`Ruleset::new`] compiles all sheets once: every phrase of every fact and every
//! `applies_when` goes into one automaton. [`Ruleset::check`] then scans an article once,
//! decides which sheets apply and evaluates their facts against what was found.

mod anchors;
mod attribution;
pub mod builtin;
mod claim;
pub(crate) mod common_words;
mod condition;
mod date;
mod demonyms;
mod event_time;
mod normalize;
mod own_names;
mod phrases;
pub mod quantity;
mod quote;
mod quote_align;
mod quote_words;
mod sequence;
pub mod speakers;
pub(crate) mod spelling;
pub mod statements;
mod term;
mod title;
mod title_words;
pub mod trace;

use attribution::AttributionCheck;
use condition::{Applicability, Tested};
use date::DateCheck;
use phrases::{PhraseId, PhraseMatch, PhraseSet, PhraseSetBuilder};
use quantity::QuantityCheck;
use quote::QuoteCheck;
use statements::{FactCues, Statement};
use term::TermCheck;
use title::TitleCheck;

use foldhash::{HashMap, HashMapExt};
use std::cell::OnceCell;

pub use normalize::fold;
pub use phrases::mentions;

use builtin::BuiltinCheck;

use crate::article::Article;
use crate::extract::{self, Context, Kinds, Mentions};
use crate::finding::Finding;
use crate::lang::ast::{Assertion, Moment};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::Document;

/// All sheets, compiled for checking.
pub struct Ruleset {
    sheets: Vec<Sheet>,
    plans: Vec<SheetPlan>,
    phrases: PhraseSet,
    builtins: Vec<&'static BuiltinCheck>,
}

struct SheetPlan {
    applies_when: Option<Applicability>,
    /// The kinds of mention its facts read.
    reads: Kinds,
    /// One entry per fact of the sheet, in order.
    checks: Vec<FactCheck>,
    /// One entry per fact of the sheet: what shows that a sentence speaks of it.
    cues: Vec<FactCues>,
}

/// The evaluator of one fact: the registry of assertion kinds.
enum FactCheck {
    Term(TermCheck),
    Attribution(AttributionCheck),
    Date(DateCheck),
    Quantity(QuantityCheck),
    Quote(QuoteCheck),
    Title(TitleCheck),
}

impl FactCheck {
    /// The evaluator of `assertion`, a fact of `sheet`, which `sheet::compile_sheet` has
    /// validated: the entities it names exist.
    fn compile(assertion: &Assertion, sheet: &Sheet, phrases: &mut PhraseSetBuilder) -> Self {
        match assertion {
            Assertion::Term(term) => Self::Term(TermCheck::compile(term, phrases)),
            Assertion::Attribution(attribution) => {
                Self::Attribution(AttributionCheck::compile(attribution, sheet, phrases))
            }
            Assertion::Date(date) => Self::Date(DateCheck::compile(date, sheet, phrases)),
            Assertion::Quantity(quantity) => {
                Self::Quantity(QuantityCheck::compile(quantity, sheet, phrases))
            }
            Assertion::Quote(quote) => Self::Quote(QuoteCheck::compile(quote, sheet)),
            Assertion::Title(title) => Self::Title(TitleCheck::compile(title, sheet, phrases)),
        }
    }

    /// The words of sentence `sentence` that state the fact, read from the article's mentions
    /// the way the evaluator reads them; `cues` are where the sentence names the fact
    /// ([`FactCues`]). Empty when it names the fact but states nothing of it: a quantity's
    /// subject with no value of the fact's dimension, an event with no date.
    fn stated(&self, sentence: usize, cues: &[Span], article: &ArticleContext) -> Vec<Span> {
        let within = article.document().sentences[sentence].span;
        match self {
            Self::Quantity(quantity) => quantity.stated_in(article, sentence),
            Self::Date(date) => date.stated_in(article, sentence, cues),
            Self::Attribution(_) => attribution::claims_and_speakers(article, within, cues),
            Self::Quote(_) => quote::quotations_of(article, within, cues),
            Self::Title(title) => title.titles_next_to(article, cues),
            Self::Term(_) => cues.to_vec(),
        }
    }

    /// Why the fact judges nothing in `article` whatever it states, if it does not.
    fn silence(&self, article: &ArticleContext) -> Option<String> {
        match self {
            Self::Quantity(quantity) => quantity.held_to(article).err(),
            _ => None,
        }
    }

    /// The kinds of mention the evaluator reads (in [`Self::check`] and [`Self::stated`]);
    /// the others are not extracted, so a new read must be listed here.
    fn reads(&self) -> Kinds {
        match self {
            Self::Term(_) | Self::Title(_) => Kinds::NONE,
            Self::Attribution(attribution) => attribution.reads(),
            Self::Quote(_) => Kinds::SPEECH,
            Self::Date(_) => Kinds::DATES,
            // Values, who is credited with them (per-source figures) and the article's
            // dates (figures that change over time).
            Self::Quantity(_) => Kinds::ALL,
        }
    }

    fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        match self {
            Self::Term(term) => term.check(fact, article, findings),
            Self::Attribution(attribution) => attribution.check(fact, article, findings),
            Self::Date(date) => date.check(fact, article, findings),
            Self::Quantity(quantity) => quantity.check(fact, article, findings),
            Self::Quote(quote) => quote.check(fact, article, findings),
            Self::Title(title) => title.check(fact, article, findings),
        }
    }
}

/// The outcome of checking one article; serializable, as the cache keeps it.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ArticleResult {
    pub findings: Vec<Finding>,
    /// Stories whose sheet applies to the article.
    pub stories: Vec<String>,
    /// Sheets that do not apply to the article, and why.
    pub not_applicable: Vec<NotApplicable>,
    /// Facts of those stories the article names (a cue of the fact is found), in fact order.
    pub mentioned: Vec<String>,
    /// The sentences that speak of each fact of those stories, in fact order (from
    /// [`Ruleset::check_with_statements`] only).
    pub statements: Vec<Statement>,
    /// How many findings the article's inline suppressions removed.
    pub suppressed: usize,
}

/// A sheet whose `applies_when` does not hold for an article.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NotApplicable {
    pub story: String,
    /// Which part of the condition failed: `no mention of "Morocco" (nor "Moroccan")`.
    pub reason: String,
}

/// A fact that no article its sheet applies to names: nothing could ever be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmentioned {
    /// `story/fact`.
    pub fact: String,
    /// The words looked for: `'range'`, `'ship length', 'ship' or 'vessel'`.
    pub cues: String,
}

impl Unmentioned {
    /// `no article mentions 'range'`.
    pub fn reason(&self) -> String {
        format!("no article mentions {}", self.cues)
    }
}

impl Ruleset {
    /// Compiles `sheets`, as `sheet::load_sheets` gives them (validated: every reference in
    /// an assertion resolves); `builtins` are the built-in checks that are switched on.
    ///
    /// # Panics
    ///
    /// If a quote or title fact names an entity that its sheet does not declare, which a
    /// sheet from `sheet::compile_sheet` never does.
    pub fn new(sheets: Vec<Sheet>, builtins: Vec<&'static BuiltinCheck>) -> Self {
        let mut builder = PhraseSetBuilder::default();
        let plans = sheets
            .iter()
            .map(|sheet| {
                let checks: Vec<FactCheck> = sheet
                    .facts
                    .iter()
                    .map(|fact| FactCheck::compile(&fact.assertion, sheet, &mut builder))
                    .collect();
                SheetPlan {
                    applies_when: sheet
                        .applies_when
                        .as_ref()
                        .map(|c| Applicability::compile(c, &mut builder)),
                    reads: checks.iter().fold(Kinds::NONE, |k, c| k.and(c.reads())),
                    checks,
                    cues: sheet
                        .facts
                        .iter()
                        .map(|fact| FactCues::compile(fact, sheet, &mut builder))
                        .collect(),
                }
            })
            .collect();
        Self {
            sheets,
            plans,
            phrases: builder.build(),
            builtins,
        }
    }

    /// Lists the quotations of an entity found in none of its known quotes, as info (the
    /// `unknown-quote` switch; off by default).
    pub fn list_unknown_quotes(mut self, on: bool) -> Self {
        for plan in &mut self.plans {
            for check in &mut plan.checks {
                if let FactCheck::Quote(quote) = check {
                    quote.list_unknown(on);
                }
            }
        }
        self
    }

    pub fn sheets(&self) -> &[Sheet] {
        &self.sheets
    }

    /// The sheets, once checking is done (reports show their facts).
    pub fn into_sheets(self) -> Vec<Sheet> {
        self.sheets
    }

    /// Evaluates every applicable fact, and every built-in check, against `article`; the
    /// result has no [`ArticleResult::statements`] (see [`Ruleset::check_with_statements`]).
    pub fn check(&self, article: &Article, context: &Context) -> ArticleResult {
        self.run(article, context, Depth::Findings)
    }

    /// [`Ruleset::check`], and the sentences that speak of each fact, which an editorial
    /// report shows (they need the sentence structure, which checking alone may not).
    pub fn check_with_statements(&self, article: &Article, context: &Context) -> ArticleResult {
        self.run(article, context, Depth::Statements)
    }

    /// Which sheets apply to `article` (and why the others do not) and which of their facts
    /// it names, without evaluating any fact: `rules check --corpus`.
    pub fn survey(&self, article: &Article, context: &Context) -> ArticleResult {
        self.run(article, context, Depth::Survey)
    }

    /// Finds the phrases of every sheet in one scan, then extracts only the kinds of mention
    /// that the applicable sheets and the built-in checks with candidates in the text read:
    /// an article no sheet applies to costs the scan alone.
    fn run(&self, article: &Article, context: &Context, depth: Depth) -> ArticleResult {
        let evaluate = depth >= Depth::Findings;
        let text = &article.body.text;
        let found = Found::in_text(&self.phrases, text);
        let mut result = ArticleResult::default();
        let mut applicable = Vec::new();
        for (sheet, plan) in self.sheets.iter().zip(&self.plans) {
            let why_not = plan
                .applies_when
                .as_ref()
                .and_then(|condition| found.why_not(condition, article, context));
            match why_not {
                Some(reason) => result.not_applicable.push(NotApplicable {
                    story: sheet.story.clone(),
                    reason,
                }),
                None => {
                    result.stories.push(sheet.story.clone());
                    applicable.push((sheet, plan));
                }
            }
        }
        let sheet_kinds =
            (applicable.iter().map(|(_, plan)| plan.reads)).fold(Kinds::NONE, Kinds::and);
        // A built-in's prefilter only spares its mentions' extraction: when the sheets have
        // them extracted anyway, the check runs on them without it.
        let extracted_anyway =
            |builtin: &BuiltinCheck| sheet_kinds.and(builtin.reads) == sheet_kinds;
        let builtins: Vec<&BuiltinCheck> = self
            .builtins
            .iter()
            .copied()
            .filter(|builtin| {
                evaluate && (extracted_anyway(builtin) || builtin.has_candidates(text, context))
            })
            .collect();
        if applicable.is_empty() && builtins.is_empty() {
            return result;
        }
        let kinds = match evaluate {
            true => (builtins.iter().map(|b| b.reads)).fold(sheet_kinds, Kinds::and),
            false => Kinds::NONE,
        };
        let context = ArticleContext::reading(kinds, article, context, found);
        for builtin in builtins {
            (builtin.run)(&context, builtin, &mut result.findings);
        }
        for (sheet, plan) in applicable {
            let facts = sheet.facts.iter().zip(&plan.checks).zip(&plan.cues);
            for ((fact, check), cues) in facts {
                let named = cues.find(&context);
                if named.is_empty() {
                    continue;
                }
                result.mentioned.push(fact.id.clone());
                if depth == Depth::Statements {
                    result
                        .statements
                        .extend(cues.statements(fact, check, &named, &context));
                }
            }
            if evaluate {
                for (fact, check) in sheet.facts.iter().zip(&plan.checks) {
                    check.check(fact, &context, &mut result.findings);
                }
            }
        }
        result
            .findings
            .sort_by(|a, b| (a.span, &a.fact).cmp(&(b.span, &b.fact)));
        if evaluate {
            result.suppressed = crate::suppression::apply(article, &mut result.findings);
        }
        result
    }

    /// The facts of the sheets that applied to some article (`applied`: stories) that none
    /// of those articles named (`mentioned`: fact ids). Term facts are left out: a phrase
    /// that is absent is what `forbid` and `prefer` ask, and `require` fires when it is.
    pub fn unmentioned(&self, applied: &[&str], mentioned: &[&str]) -> Vec<Unmentioned> {
        let sheets = self.sheets.iter().zip(&self.plans);
        sheets
            .filter(|(sheet, _)| applied.contains(&sheet.story.as_str()))
            .flat_map(|(sheet, plan)| sheet.facts.iter().zip(&plan.cues))
            .filter(|(fact, _)| !matches!(fact.assertion, Assertion::Term(_)))
            .filter(|(fact, _)| !mentioned.contains(&fact.id.as_str()))
            .map(|(fact, cues)| Unmentioned {
                fact: fact.id.clone(),
                cues: cues.words(),
            })
            .collect()
    }
}

/// How far [`Ruleset::run`] reads an article, each depth doing what the one before does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Depth {
    /// Which sheets apply and which facts are named.
    Survey,
    /// And the findings.
    Findings,
    /// And the statements of each fact.
    Statements,
}

/// The phrases of every fact found in an article, in text order, and indexed by phrase so
/// that a fact reads its own phrases without scanning the others'.
struct Found {
    matches: Vec<PhraseMatch>,
    by_phrase: HashMap<PhraseId, Vec<usize>>,
}

impl Found {
    fn in_text(phrases: &PhraseSet, text: &str) -> Self {
        let matches = phrases.find(text);
        let mut by_phrase: HashMap<PhraseId, Vec<usize>> = HashMap::new();
        for (index, found) in matches.iter().enumerate() {
            by_phrase.entry(found.phrase).or_default().push(index);
        }
        Self { matches, by_phrase }
    }

    fn mentions(&self, phrase: PhraseId) -> bool {
        self.by_phrase.contains_key(&phrase)
    }

    /// Why `condition` (a sheet's `applies_when`) does not hold of `article`, in which these
    /// phrases were found, if it does not.
    fn why_not(
        &self,
        condition: &Applicability,
        article: &Article,
        context: &Context,
    ) -> Option<String> {
        condition.why_not(&Tested {
            mentioned: &|id| self.mentions(id),
            published: context.publication_date,
            outlet: article.meta.outlet.as_deref(),
        })
    }
}

/// What the checks know about one article: its text model, what it mentions and the
/// phrases of the facts found in it, all computed once.
pub struct ArticleContext<'a> {
    article: &'a Article,
    context: Context,
    /// Built on first use: a sheet of term facts reads no mention, and an article in
    /// which none of its phrases occurs needs no sentences.
    document: OnceCell<Document>,
    /// The kinds of mention the checks that run read; the others are left empty.
    mentions: Mentions,
    found: Found,
}

impl<'a> ArticleContext<'a> {
    /// Everything about `article`, every kind of mention included.
    fn new(article: &'a Article, context: &Context, phrases: &PhraseSet) -> Self {
        let found = Found::in_text(phrases, &article.body.text);
        Self::reading(Kinds::ALL, article, context, found)
    }

    /// `article` with the phrases `found` in it and the mentions of `kinds`.
    fn reading(kinds: Kinds, article: &'a Article, context: &Context, found: Found) -> Self {
        let text = &article.body.text;
        let document = OnceCell::new();
        let mentions = match kinds == Kinds::NONE {
            true => Mentions::default(),
            false => {
                let document = document.get_or_init(|| Document::new(text));
                extract::extract_only(kinds, text, document, context)
            }
        };
        Self {
            article,
            context: *context,
            mentions,
            document,
            found,
        }
    }

    /// Why `condition` (a sheet's `applies_when`) does not hold of the article, if it does not.
    fn why_not(&self, condition: &Applicability) -> Option<String> {
        self.found.why_not(condition, self.article, &self.context)
    }

    /// Occurrences of `phrase`, spans in the body text.
    fn matches_of(&self, phrase: PhraseId) -> impl Iterator<Item = &PhraseMatch> {
        self.found
            .by_phrase
            .get(&phrase)
            .into_iter()
            .flatten()
            .map(|&index| &self.found.matches[index])
    }

    /// Where any of `phrases` occurs, in text order, each place once.
    fn spans_of(&self, phrases: &[PhraseId]) -> Vec<Span> {
        let mut spans: Vec<Span> = phrases
            .iter()
            .flat_map(|&phrase| self.matches_of(phrase))
            .map(|m| m.span)
            .collect();
        // Equal spans are alike: no order among them to keep.
        spans.sort_unstable();
        spans.dedup();
        spans
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
            .or_else(|| self.document().sentences.first().map(|s| s.span))
            .unwrap_or_default()
    }

    pub fn article(&self) -> &Article {
        self.article
    }

    pub fn document(&self) -> &Document {
        self.document
            .get_or_init(|| Document::new(&self.article.body.text))
    }

    /// When the article was published, to the minute when its front matter gives a time with
    /// its offset (`2023-09-09T21:00+01:00`), else its day (front matter or `--date`).
    pub fn published(&self) -> Option<Moment> {
        let own = self.article.meta.date.as_deref().and_then(Moment::from_iso);
        own.or(self.context.publication_date.map(Moment::Day))
    }

    /// When the article was published, from its front matter or `--date`.
    pub fn publication_date(&self) -> Option<jiff::civil::Date> {
        self.context.publication_date
    }

    /// What the article states: quantities, dates, quotes, attributions.
    pub fn mentions(&self) -> &Mentions {
        &self.mentions
    }

    /// The article file's span of a body span.
    pub fn source_span(&self, span: Span) -> Span {
        self.article.body.source_span(span)
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
        let mut finding = Finding::new(
            fact.id.clone(),
            fact.assertion.kind(),
            fact.severity,
            self.source_span(span),
            message,
            label,
        );
        finding.expected = expected;
        finding.note = fact.note.clone();
        finding.source = fact.source.clone();
        finding
    }

    /// A finding of a built-in check at `span` (a body span).
    pub fn builtin_finding(
        &self,
        check: &BuiltinCheck,
        span: Span,
        message: String,
        label: impl Into<String>,
    ) -> Finding {
        Finding::new(
            check.finding_id(),
            check.kind,
            check.severity,
            self.source_span(span),
            message,
            label,
        )
    }
}
