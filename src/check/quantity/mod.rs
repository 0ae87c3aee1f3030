//! Quantity facts: `range ≈ 885 km ±20`, `containers > 1000`, `death toll between 10 and 12`.
//!
//! A quantity of the fact's dimension (for a fact without a unit: a number) states the
//! subject's value only when the sentence structure attaches it to the subject: to one of the
//! subject's words, or of the sheet's `terms` group of the same name ("a 948-foot ship",
//! "a depth of 18.5 km", "the toll rose to 2,946", "1,000 containers"). A value attached to
//! another noun, or to nothing the reader could tell, is not compared. Each stated value is
//! converted to the fact's unit and compared, as an interval, with the fact's.

pub mod describe;
mod interval;
mod verdict;

use std::collections::BTreeSet;

use super::ArticleContext;
use super::own_names::{OwnNames, is_owned_by_story};
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::extract::quantity::QuantityMention;
use crate::finding::Finding;
use crate::lang::ast::{Assertion, CompareOp, QuantityAssertion, QuantityConstraint, Tolerance};
use crate::lang::units::Unit;
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use interval::Interval;

/// The margin of `≈` without a tolerance: 5% of the value.
const DEFAULT_APPROX_MARGIN: f64 = 0.05;

/// A quantity fact, resolved for checking.
#[derive(Debug)]
pub struct QuantityCheck {
    /// The subject's words, and those of the `terms` group named after it.
    subject: Vec<PhraseId>,
    /// A value owned by a name that is not one of these is not the fact's.
    own_names: OwnNames,
    /// The words of the sheet's other quantity facts: a value that measures one of them
    /// ("lander, rover and propulsion together cost Rs 215 crore") is that fact's, even if
    /// its verb is one of this fact's words.
    rivals: Vec<PhraseId>,
    subject_text: String,
    /// The fact's unit; `None` for a count.
    unit: Option<&'static Unit>,
    /// The values the fact allows, in `unit`.
    allowed: Interval,
    /// `≠`: the values the fact rules out are `allowed`.
    negated: bool,
    /// The constraint in words: "885 km ±20", "more than 1,000".
    shown: String,
}

impl QuantityCheck {
    pub fn compile(
        assertion: &QuantityAssertion,
        sheet: &Sheet,
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let (unit, allowed, negated, shown) = match &assertion.constraint {
            QuantityConstraint::Compare {
                op,
                value,
                tolerance,
            } => {
                let unit = value.unit.as_ref().map(|u| u.node);
                let v = value.value;
                let margin = match tolerance.as_ref().map(|t| &t.node) {
                    Some(Tolerance::Absolute { amount, unit: own }) => match (own, unit) {
                        (Some(own), Some(unit)) => {
                            own.node.convert(*amount, unit).unwrap_or(*amount)
                        }
                        _ => *amount,
                    },
                    Some(Tolerance::Percent(percent)) => v.abs() * percent / 100.0,
                    None if op.node == CompareOp::Approx => v.abs() * DEFAULT_APPROX_MARGIN,
                    None => 0.0,
                };
                let around = Interval::closed(v - margin, v + margin);
                let (allowed, negated) = match op.node {
                    CompareOp::Approx | CompareOp::Eq => (around, false),
                    CompareOp::Ne => (around, true),
                    CompareOp::Lt => (Interval::below(v, true), false),
                    CompareOp::Le => (Interval::below(v, false), false),
                    CompareOp::Gt => (Interval::above(v, true), false),
                    CompareOp::Ge => (Interval::above(v, false), false),
                };
                let shown = show_compare(op.node, v, unit, tolerance.as_ref().map(|t| &t.node));
                (unit, allowed, negated, shown)
            }
            QuantityConstraint::Between { low, high } => {
                let unit = low.unit.as_ref().or(high.unit.as_ref()).map(|u| u.node);
                let high_value = match (high.unit.as_ref(), unit) {
                    (Some(own), Some(unit)) => {
                        own.node.convert(high.value, unit).unwrap_or(high.value)
                    }
                    _ => high.value,
                };
                let shown = format!(
                    "between {} and {}",
                    describe::number(low.value),
                    describe::with_unit(high_value, unit)
                );
                (unit, Interval::closed(low.value, high_value), false, shown)
            }
        };
        let subject = &assertion.subject.node;
        let ids = subject_words(subject, sheet, phrases);
        let rivals = sheet
            .facts
            .iter()
            .filter_map(|fact| match &fact.assertion {
                Assertion::Quantity(other) if !other.subject.node.eq_ignore_ascii_case(subject) => {
                    Some(subject_words(&other.subject.node, sheet, phrases))
                }
                _ => None,
            })
            .flatten()
            .filter(|id| !ids.contains(id))
            .collect();
        let own_names = OwnNames::compile(sheet, &ids, phrases);
        Self {
            own_names,
            rivals,
            subject: ids,
            subject_text: assertion.subject.node.clone(),
            unit,
            allowed,
            negated,
            shown,
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        let document = article.document();
        let places = self.places(article);
        let sentences: BTreeSet<usize> = places
            .subjects
            .iter()
            .filter_map(|span| document.sentence_at(span.start))
            .collect();
        for sentence in sentences {
            let stated = self.values_in(article, sentence, &places);
            let judged: Vec<Option<Finding>> = stated
                .iter()
                .map(|mention| self.judge(fact, article, mention))
                .collect();
            // A sentence that gives the sheet's value and others for the same subject
            // ("2,700 homes were exposed, of which 2,200 were destroyed") measures it in
            // more ways than one: the others are other measures, not contradictions.
            if judged.iter().any(Option::is_none) {
                continue;
            }
            findings.extend(judged.into_iter().flatten());
        }
    }

    /// What sentence `sentence` states of the subject: the whole expressions ("about 550
    /// miles"), for a report to mark. The same mentions as [`Self::check`] judges.
    pub fn stated_in(&self, article: &ArticleContext, sentence: usize) -> Vec<Span> {
        self.values_in(article, sentence, &self.places(article))
            .into_iter()
            .map(|mention| mention.span)
            .collect()
    }

    /// Where the article names the subject, the story's names and the other facts'
    /// subjects, each in text order.
    fn places(&self, article: &ArticleContext) -> Places {
        Places {
            subjects: article.spans_of(&self.subject),
            own_names: self.own_names.find(article),
            rivals: article.spans_of(&self.rivals),
        }
    }

    /// The mentions of sentence `sentence` that state the subject's value.
    fn values_in<'a>(
        &self,
        article: &'a ArticleContext,
        sentence: usize,
        places: &Places,
    ) -> Vec<&'a QuantityMention> {
        let within = article.document().sentences[sentence].span;
        let measures_a_rival = |q: &QuantityMention| {
            q.binding.head.is_some_and(|head| {
                head.overlaps_any(&places.rivals) && !head.overlaps_any(&places.subjects)
            })
        };
        let quantities = &article.mentions().quantities;
        let first = quantities.partition_point(|q| q.span.start < within.start);
        let mentions: Vec<&QuantityMention> = quantities[first..]
            .iter()
            .take_while(|q| q.span.start < within.end)
            .filter(|q| within.contains(q.span))
            .filter(|q| is_owned_by_story(q.binding.owner, &places.own_names))
            .filter(|q| !measures_a_rival(q))
            .collect();
        self.stated_values(&mentions, places)
    }

    /// The mentions of one sentence that state the subject's value: those in the fact's
    /// dimension (for a count, numbers without a unit) that attach to one of its words, or
    /// read on its scale for a noun of the story's. A count attaches to the noun it counts
    /// ("1,000 containers"), but "three of those aboard" counts a part of them, not all.
    fn stated_values<'m>(
        &self,
        mentions: &[&'m QuantityMention],
        places: &Places,
    ) -> Vec<&'m QuantityMention> {
        let in_dimension = |q: &QuantityMention| match (self.unit, q.unit) {
            (Some(unit), Some(own)) => own.converts_to(unit),
            (None, None) => true,
            _ => false,
        };
        // "a magnitude 6.8 quake" states the magnitude of the story's quake; "a magnitude
        // 4.9 aftershock" that of another.
        let on_own_scale = |q: &QuantityMention| {
            let binding = &q.binding;
            binding
                .scale
                .is_some_and(|scale| scale.overlaps_any(&places.subjects))
                && binding
                    .head
                    .is_some_and(|head| head.overlaps_any(&places.own_names))
        };
        mentions
            .iter()
            .copied()
            .filter(|q| in_dimension(q))
            .filter(|q| q.binding.attaches_to(&places.subjects) || on_own_scale(q))
            .collect()
    }

    /// A finding when `mention` contradicts the fact.
    fn judge(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        mention: &QuantityMention,
    ) -> Option<Finding> {
        let converted = match (mention.unit, self.unit) {
            (Some(from), Some(to)) => mention.amount.map(|v| from.convert(v, to).unwrap_or(v)),
            _ => mention.amount,
        };
        let stated = Interval::stated(converted, mention.qualifier);
        let verdict = verdict::judge(stated, mention.qualifier, &self.allowed, self.negated);
        let severity = verdict.severity(fact.severity)?;
        let as_written = describe::amount(mention.amount, mention.qualifier, mention.unit);
        let conversion = match (mention.unit, self.unit) {
            (Some(from), Some(to)) if from.symbol != to.symbol => {
                format!(" = {}", describe::amount(converted, None, Some(to)))
            }
            _ => String::new(),
        };
        let source = fact
            .source
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let written = article.text(mention.span);
        let mut finding = article.finding(
            fact,
            mention.value_span,
            format!(
                "“{written}” {} the fact sheet: {} {}",
                verdict.verb(),
                self.subject_text,
                self.shown
            ),
            format!(
                "stated {as_written}{conversion}; fact sheet: {}{source}",
                self.shown
            ),
            Some(format!("{} {}", self.subject_text, self.shown)),
        );
        finding.severity = severity;
        Some(finding)
    }
}

/// Where an article names what a quantity fact needs to tell its values from others'.
struct Places {
    subjects: Vec<Span>,
    own_names: Vec<Span>,
    rivals: Vec<Span>,
}

/// The phrases of a quantity's subject: its words and those of the `terms` group named after
/// it.
fn subject_words(subject: &str, sheet: &Sheet, phrases: &mut PhraseSetBuilder) -> Vec<PhraseId> {
    let mut ids: Vec<PhraseId> = sheet
        .with_terms(subject)
        .0
        .into_iter()
        .map(|word| phrases.add(word))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// "885 km ±20", "more than 1,000", "not 12".
fn show_compare(
    op: CompareOp,
    value: f64,
    unit: Option<&Unit>,
    tolerance: Option<&Tolerance>,
) -> String {
    let value = describe::with_unit(value, unit);
    let tolerance = match tolerance {
        Some(Tolerance::Absolute { amount, unit: own }) => {
            let own = own.as_ref().map(|u| u.node);
            match own {
                Some(own) => format!(" ±{}", describe::with_unit(*amount, Some(own))),
                None => format!(" ±{}", describe::number(*amount)),
            }
        }
        Some(Tolerance::Percent(percent)) => format!(" ±{}%", describe::number(*percent)),
        None => String::new(),
    };
    match op {
        CompareOp::Approx if tolerance.is_empty() => format!("about {value}"),
        CompareOp::Approx | CompareOp::Eq => format!("{value}{tolerance}"),
        CompareOp::Ne => format!("not {value}{tolerance}"),
        CompareOp::Lt => format!("less than {value}"),
        CompareOp::Le => format!("at most {value}"),
        CompareOp::Gt => format!("more than {value}"),
        CompareOp::Ge => format!("at least {value}"),
    }
}
