//! Quantity facts: `range ≈ 885 km ±20`, `containers > 1000`, `death toll between 10 and 12`.
//!
//! A quantity of the fact's dimension (for a fact without a unit: a number) states the
//! subject's value only when the sentence structure attaches it to the subject: to one of the
//! subject's words, or of the sheet's `terms` group of the same name ("a 948-foot ship",
//! "a depth of 18.5 km", "the toll rose to 2,946", "1,000 containers"). A value attached to
//! another noun, or to nothing the reader could tell, is not compared. Each stated value is
//! converted to the fact's unit and compared, as an interval, with the fact's.

mod bearing;
pub mod describe;
mod interval;
mod timeline;
mod verdict;

use std::collections::BTreeSet;

use super::ArticleContext;
use super::own_names::{OwnNames, StoryNames};
use super::phrases::{PhraseId, PhraseSetBuilder};
use super::speakers::{Resolution, SpeakerDirectory};
use crate::extract::date::{DateMention, When};
use crate::extract::quantity::{Amount, Qualifier, QuantityMention};
use crate::finding::Finding;
use crate::finding::Severity;
use crate::lang::ast::{
    Assertion, Bearing, CompareOp, Figure, Quantity, QuantityAssertion, QuantityConstraint,
    Tolerance,
};
use crate::lang::counting::Form;
use crate::lang::units::{Dimension, Unit};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::syntax::{Relation, tokens_within};
use bearing::BearingFact;
use interval::Interval;
use timeline::{Standing, Timeline};
use verdict::Verdict;

/// The margin of `≈` without a tolerance: 5% of the value.
const DEFAULT_APPROX_MARGIN: f64 = 0.05;

/// How far from the fact's figures a vague word may be and still count what the fact does:
/// ten times above or below its range.
const VAGUE_REACH: f64 = 10.0;

/// The margin of `≈` without a tolerance on a temperature, in the fact's degrees: a share of
/// a value whose zero is a convention would mean nothing.
const DEFAULT_APPROX_DEGREES: f64 = 1.0;

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
    /// The unit of time of a rate (`34,000 per day`): only rates compare with rates.
    per: Option<&'static Unit>,
    /// A number (or vague word) or an ordinal: ordinals compare only with ordinals.
    form: Form,
    /// The values the fact allows, in `unit`: one set per figure.
    figures: Vec<Allowed>,
    /// `≠`: the values the fact rules out are the figures'.
    negated: bool,
    /// The facts of the same subject `as of` other moments, when this one has `as of`.
    timeline: Option<Timeline>,
    /// Who the sheet's entities are, to tell whose figure an article credits a value to.
    directory: SpeakerDirectory,
    /// `southwest of Marrakech`: only distances from that place are the fact's.
    bearing: Option<BearingFact>,
}

/// The values one figure of a fact allows.
#[derive(Debug)]
struct Allowed {
    values: Interval,
    /// The entity whose figure it is (`per usgs`).
    source: Option<String>,
    /// The figure in words: "885 km ±20", "more than 1,000".
    shown: String,
}

impl Allowed {
    /// What `OP FIGURE` allows, in `unit` per `per` (the first figure's).
    fn compare(
        op: CompareOp,
        figure: &Figure,
        unit: Option<&'static Unit>,
        per: Option<&'static Unit>,
    ) -> Self {
        let own_unit = figure.value.unit.as_ref().map(|u| u.node);
        let own_per = figure.value.per.as_ref().map(|u| u.node);
        let in_unit = |value: f64| {
            let converted = match (own_unit, unit) {
                (Some(own), Some(unit)) => own.convert(value, unit).unwrap_or(value),
                _ => value,
            };
            converted * rate_factor(own_per, per)
        };
        let v = in_unit(figure.value.value);
        let tolerance = figure.tolerance.as_ref().map(|t| &t.node);
        let temperature = unit.is_some_and(|u| u.dimension == Dimension::Temperature);
        let margin = match tolerance {
            Some(Tolerance::Absolute { amount, unit: own }) => match (own, unit) {
                (Some(own), Some(unit)) => own
                    .node
                    .convert_difference(*amount, unit)
                    .unwrap_or(*amount),
                _ => *amount,
            },
            Some(Tolerance::Percent(percent)) => v.abs() * percent / 100.0,
            None if op == CompareOp::Approx && temperature => DEFAULT_APPROX_DEGREES,
            None if op == CompareOp::Approx => v.abs() * DEFAULT_APPROX_MARGIN,
            None => 0.0,
        };
        let values = match (figure.value.form, op) {
            (Form::Vague(vague), _) => Interval::closed(in_unit(vague.low), in_unit(vague.high)),
            (_, CompareOp::Approx | CompareOp::Eq | CompareOp::Ne) => {
                Interval::closed(v - margin, v + margin)
            }
            (_, CompareOp::Lt) => Interval::below(v, true),
            (_, CompareOp::Le) => Interval::below(v, false),
            (_, CompareOp::Gt) => Interval::above(v, true),
            (_, CompareOp::Ge) => Interval::above(v, false),
        };
        let mut shown = match figure.value.form {
            Form::Vague(vague) => {
                let range = describe::amount(
                    Amount::Interval {
                        min: Some(values.low),
                        max: Some(values.high),
                    },
                    None,
                    unit,
                    per,
                );
                let not = if op == CompareOp::Ne { "not " } else { "" };
                format!("{not}{} ({range})", vague.phrase)
            }
            Form::Ordinal => describe::ordinal(v),
            Form::Number => show_compare(op, v, unit, per, tolerance),
        };
        if let Some(bearing) = &figure.bearing {
            let Bearing { point, place } = &bearing.node;
            shown.push_str(&format!(" {} of {}", point.name(), place.node));
        }
        if let Some(source) = &figure.source {
            shown.push_str(&format!(" per {}", source.node));
        }
        Self {
            values,
            source: figure.source.as_ref().map(|s| s.node.clone()),
            shown,
        }
    }
}

/// What a rate per `from` is per `to`: 365.25 from a day to a year; 1 unless both are rates.
fn rate_factor(from: Option<&Unit>, to: Option<&Unit>) -> f64 {
    match (from, to) {
        (Some(from), Some(to)) => to.to_base / from.to_base,
        _ => 1.0,
    }
}

/// What each figure of `constraint` allows, in `unit` per `per`; `None` when a figure's
/// unit does not convert to it.
fn allowed_values(
    constraint: &QuantityConstraint,
    unit: Option<&'static Unit>,
    per: Option<&'static Unit>,
) -> Option<Vec<Allowed>> {
    let in_unit = |quantity: &Quantity| match (quantity.unit.as_ref(), unit) {
        (Some(own), Some(unit)) => own.node.convert(quantity.value, unit),
        _ => Some(quantity.value),
    };
    match constraint {
        QuantityConstraint::Compare { op, figures } => {
            for figure in figures {
                in_unit(&figure.value)?;
            }
            Some(
                figures
                    .iter()
                    .map(|figure| Allowed::compare(op.node, figure, unit, per))
                    .collect(),
            )
        }
        QuantityConstraint::Between { low, high } => {
            let (low, high) = (in_unit(low)?, in_unit(high)?);
            let shown = format!(
                "between {} and {}",
                describe::number(low),
                describe::with_unit(high, unit)
            );
            Some(vec![Allowed {
                values: Interval::closed(low, high),
                source: None,
                shown,
            }])
        }
    }
}

impl QuantityCheck {
    pub fn compile(
        assertion: &QuantityAssertion,
        sheet: &Sheet,
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let unit = match &assertion.constraint {
            QuantityConstraint::Compare { figures, .. } => figures[0].value.unit.as_ref(),
            QuantityConstraint::Between { low, high } => low.unit.as_ref().or(high.unit.as_ref()),
        }
        .map(|u| u.node);
        let (form, per) = match &assertion.constraint {
            QuantityConstraint::Compare { figures, .. } => (
                figures[0].value.form,
                figures[0].value.per.as_ref().map(|u| u.node),
            ),
            QuantityConstraint::Between { low, .. } => {
                (Form::Number, low.per.as_ref().map(|u| u.node))
            }
        };
        let negated = matches!(&assertion.constraint,
            QuantityConstraint::Compare { op, .. } if op.node == CompareOp::Ne);
        let figures = allowed_values(&assertion.constraint, unit, per).unwrap_or_default();
        let timeline = Timeline::compile(assertion, sheet, unit, per);
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
        let own_names = OwnNames::compile(sheet, &sheet.with_terms(subject).0, phrases);
        let bearing = match &assertion.constraint {
            QuantityConstraint::Compare { figures, .. } => figures[0].bearing.as_ref(),
            QuantityConstraint::Between { .. } => None,
        }
        .map(|bearing| BearingFact::compile(&bearing.node, sheet, phrases));
        Self {
            own_names,
            rivals,
            subject: ids,
            subject_text: assertion.subject.node.clone(),
            unit,
            per,
            form,
            figures,
            negated,
            timeline,
            directory: SpeakerDirectory::new(sheet),
            bearing,
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        let Ok(held) = self.held_to(article) else {
            return;
        };
        let document = article.document();
        let places = self.places(article);
        let sentences: BTreeSet<usize> = places
            .subjects
            .iter()
            .filter_map(|span| document.sentence_at(span.start))
            .collect();
        for sentence in sentences {
            let (percents, stated): (Vec<_>, Vec<_>) = self
                .values_in(article, sentence, &places)
                .into_iter()
                .filter(|q| self.in_reach(q, &held))
                .partition(|q| self.is_points_as_percent(q));
            findings.extend(
                percents
                    .into_iter()
                    .filter_map(|mention| self.points_as_percent(fact, article, mention)),
            );
            let judged: Vec<Option<Finding>> = stated
                .iter()
                .map(|mention| {
                    self.judge(fact, article, mention, &held)
                        .or_else(|| self.judge_bearing(fact, article, mention))
                })
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

    /// The figures `article` is held to: the fact's own, or, for a figure `as of` a moment,
    /// those current when the article was published. An error says why the fact judges
    /// nothing in the article (another fact of its timeline was in force then).
    pub fn held_to(&self, article: &ArticleContext) -> Result<Held<'_>, String> {
        let Some(timeline) = &self.timeline else {
            return Ok(Held {
                figures: self.figures.iter().collect(),
                shown: self.shown(),
                outdated: Vec::new(),
            });
        };
        let Standing {
            current,
            allowed,
            outdated,
        } = timeline.standing(article.published())?;
        Ok(Held {
            figures: allowed,
            shown: current.shown(),
            outdated,
        })
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
            names: self.own_names.find(article),
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
        let past = past_dates(article, within);
        let quantities = &article.mentions().quantities;
        let first = quantities.partition_point(|q| q.span.start < within.start);
        let mentions: Vec<&QuantityMention> = quantities[first..]
            .iter()
            .take_while(|q| q.span.start < within.end)
            .filter(|q| within.contains(q.span))
            .filter(|q| places.names.may_own(&q.binding))
            .filter(|q| !measures_a_rival(q))
            .filter(|q| !counts_a_past_event(article, q, &past))
            .filter(|q| {
                let bearing = self.bearing.as_ref();
                bearing.is_none_or(|bearing| bearing.stated(article, q).is_some())
            })
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
        let magnitude = |unit: &Unit| unit.dimension == Dimension::Magnitude;
        let in_dimension = |q: &QuantityMention| match (self.unit, q.unit) {
            (Some(unit), Some(own)) => own.converts_to(unit) || self.is_points_as_percent(q),
            (None, None) => true,
            // "magnitude 6.8" is a number on the scale of the word; "M6.8" and "6.8 on the
            // Richter scale" carry the unit: both state a magnitude.
            (Some(unit), None) => magnitude(unit),
            (None, Some(own)) => magnitude(own),
        };
        let same_kind = |q: &QuantityMention| {
            q.form.compares_with(self.form) && q.per.is_some() == self.per.is_some()
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
                    .is_some_and(|head| head.overlaps_any(&places.names.own))
        };
        mentions
            .iter()
            .copied()
            .filter(|q| in_dimension(q) && same_kind(q))
            .filter(|q| q.binding.attaches_to(&places.subjects) || on_own_scale(q))
            .collect()
    }

    /// A finding when the direction after a distance is not the fact's.
    fn judge_bearing(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        mention: &QuantityMention,
    ) -> Option<Finding> {
        let bearing = self.bearing.as_ref()?;
        let stated = bearing.stated(article, mention)?;
        bearing.judge(fact, article, &self.subject_text, &stated)
    }

    /// A finding when `mention` contradicts every figure of the fact, or agrees only with
    /// figures of another source than the one the article credits it to.
    fn judge(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        mention: &QuantityMention,
        held: &Held,
    ) -> Option<Finding> {
        let per = rate_factor(mention.per, self.per);
        let converted = match (mention.unit, self.unit) {
            (Some(from), Some(to)) => mention
                .amount
                .map(|v| from.convert(v, to).unwrap_or(v) * per),
            _ => mention.amount.map(|v| v * per),
        };
        let stated = Interval::stated(converted, mention.qualifier);
        let verdicts: Vec<Verdict> = held
            .figures
            .iter()
            .map(|figure| verdict::judge(stated, mention.qualifier, &figure.values, self.negated))
            .collect();
        let agrees_with = |figure: &(&&Allowed, &Verdict)| *figure.1 == Verdict::Holds;
        let agreeing: Vec<&Allowed> = held
            .figures
            .iter()
            .zip(&verdicts)
            .filter(agrees_with)
            .map(|(figure, _)| *figure)
            .collect();
        let replaced = held.replaced_by(Interval::written(converted), self.negated);
        let (message, severity) = if let Some(earlier) = replaced {
            // "at least 55" when the count is 80 is still true, but out of date.
            let severity = match mention.qualifier {
                Some(Qualifier::Ge | Qualifier::Gt) => Severity::Info,
                _ => fact.severity.min(Severity::Warning),
            };
            let message = format!(
                "was the figure as of {}, not when the article was published",
                timeline::show_moment(earlier.moment)
            );
            (message, severity)
        } else if agreeing.is_empty() {
            // Against several figures, the mildest verdict: "about 7.1" is borderline
            // against 7.0 even if it contradicts 6.8.
            let verdict = verdicts
                .iter()
                .copied()
                .min_by_key(|v| v.severity(fact.severity))?;
            let severity = verdict.severity(fact.severity)?;
            (format!("{} the fact sheet", verdict.verb()), severity)
        } else {
            let credited = self.credited_source(article, mention)?;
            let theirs = |figure: &&Allowed| figure.source.as_deref().is_none_or(|s| s == credited);
            if agreeing.iter().any(theirs) {
                return None;
            }
            let name = |id: &str| {
                self.directory.index_of(id).map_or(id.to_string(), |index| {
                    self.directory.name(index).to_string()
                })
            };
            let whose = agreeing
                .iter()
                .filter_map(|figure| figure.source.as_deref())
                .map(name)
                .collect::<Vec<_>>()
                .join(" or ");
            let message = format!("is the figure of {whose}, not of {}", name(credited));
            (message, fact.severity)
        };
        let shown = &held.shown;
        let as_written = describe::mention(mention);
        let converts = |from: Option<&Unit>, to: Option<&Unit>| {
            from.zip(to)
                .is_some_and(|(from, to)| from.symbol != to.symbol)
        };
        let conversion = if converts(mention.unit, self.unit) || converts(mention.per, self.per) {
            format!(
                " = {}",
                describe::amount(converted, None, self.unit.or(mention.unit), self.per)
            )
        } else {
            String::new()
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
            format!("“{written}” {message}: {} {shown}", self.subject_text),
            format!("stated {as_written}{conversion}; fact sheet: {shown}{source}"),
            Some(format!("{} {shown}", self.subject_text)),
        );
        finding.severity = severity;
        Some(finding)
    }

    /// Whether a vague `mention` is near enough to the figures `held` to be about the same
    /// thing: within a factor of [`VAGUE_REACH`] of one of them. "Several vehicles" in a
    /// sentence about traffic of 12.5 million a year counts a few of them, not the traffic;
    /// "dozens died" against 200 to 400 dead is a finding. Numbers are always in reach.
    fn in_reach(&self, mention: &QuantityMention, held: &Held) -> bool {
        let (Form::Vague(_), Amount::Interval { min, max }) = (mention.form, mention.amount) else {
            return true;
        };
        let in_fact_units = |v: f64| match (mention.unit, self.unit) {
            (Some(from), Some(to)) => from.convert(v, to).unwrap_or(v),
            _ => v,
        } * rate_factor(mention.per, self.per);
        let low = min.map_or(f64::NEG_INFINITY, in_fact_units) / VAGUE_REACH;
        let high = max.map_or(f64::INFINITY, in_fact_units) * VAGUE_REACH;
        held.figures
            .iter()
            .any(|figure| figure.values.meets(&Interval::closed(low, high)))
    }

    /// Whether `mention` is a percentage where the fact gives percentage points.
    fn is_points_as_percent(&self, mention: &QuantityMention) -> bool {
        let dimension = |unit: Option<&Unit>| unit.map(|u| u.dimension);
        dimension(self.unit) == Some(Dimension::Points)
            && dimension(mention.unit) == Some(Dimension::Percent)
    }

    /// "raised rates by 0.25%" against `hike = 0.25 pp`: the sheet's number written as a
    /// percentage, which says something else (a rise of a quarter of a percent of the
    /// rate). A percentage of another number is another figure and gives no finding.
    fn points_as_percent(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        mention: &QuantityMention,
    ) -> Option<Finding> {
        let unit = self.unit?;
        let as_points = mention.amount.map(|v| v * unit.to_base.recip());
        let stated = Interval::stated(as_points, mention.qualifier);
        let same_number = self.figures.iter().any(|figure| {
            verdict::judge(stated, mention.qualifier, &figure.values, false) == Verdict::Holds
        });
        if !same_number || self.negated {
            return None;
        }
        let shown = self.shown();
        let written = article.text(mention.span);
        let mut finding = article.finding(
            fact,
            mention.value_span,
            format!(
                "“{written}” is a percentage; the fact sheet gives percentage points: {} {shown}",
                self.subject_text
            ),
            format!("stated in %; fact sheet: {shown}"),
            Some(format!("{} {shown}", self.subject_text)),
        );
        finding.severity = fact.severity.min(Severity::Warning);
        Some(finding)
    }

    /// The figures in words: "6.8 per usgs or 7.0 per ing".
    fn shown(&self) -> String {
        let figures: Vec<&str> = self.figures.iter().map(|f| f.shown.as_str()).collect();
        figures.join(" or ")
    }

    /// The source among the fact's figures' that the article credits `mention` to: the
    /// innermost speaker around it that is an entity of the sheet ("7.0, the USGS said"
    /// → usgs). `None` when no figure names a source, or the speaker is none of them.
    fn credited_source(&self, article: &ArticleContext, mention: &QuantityMention) -> Option<&str> {
        let is_source = |id: &str| self.figures.iter().any(|f| f.source.as_deref() == Some(id));
        if self.figures.iter().all(|f| f.source.is_none()) {
            return None;
        }
        let around = article.mentions().attributions_around(mention.span);
        let (.., resolution) = self.directory.known_speakers(article, &around).next()?;
        match resolution {
            Resolution::Entity(index) => Some(self.directory.id(index)).filter(|id| is_source(id)),
            _ => None,
        }
    }
}

/// The figures an article is held to.
pub struct Held<'a> {
    figures: Vec<&'a Allowed>,
    /// The figures in words, for messages.
    shown: String,
    /// Figures of the fact's timeline replaced before the article was published, latest first.
    outdated: Vec<&'a timeline::Checkpoint>,
}

impl Held<'_> {
    /// The latest replaced figure that the number `point` agrees with, when no current one
    /// does.
    fn replaced_by(&self, point: Interval, negated: bool) -> Option<&timeline::Checkpoint> {
        if negated {
            return None;
        }
        let holds =
            |figure: &Allowed| verdict::judge(point, None, &figure.values, false) == Verdict::Holds;
        if self.figures.iter().any(|figure| holds(figure)) {
            return None;
        }
        self.outdated
            .iter()
            .copied()
            .find(|checkpoint| checkpoint.figures.iter().any(holds))
    }
}

/// Where an article names what a quantity fact needs to tell its values from others'.
struct Places {
    subjects: Vec<Span>,
    names: StoryNames,
    rivals: Vec<Span>,
}

/// How many years before an article a date must lie for its clause to be about another
/// event.
const PAST_EVENT_YEARS: i64 = 1;

/// The dates of sentence `within` that date an event more than a year before the article
/// was published ("in 1987", "on May 2, 1987", "the 2018 fire"); none without a publication
/// date.
fn past_dates<'a>(article: &'a ArticleContext, within: Span) -> Vec<&'a DateMention> {
    let Some(cutoff) = article.publication_date().and_then(|published| {
        published
            .checked_sub(jiff::Span::new().years(PAST_EVENT_YEARS))
            .ok()
    }) else {
        return Vec::new();
    };
    let dates = &article.mentions().dates;
    let first = dates.partition_point(|d| d.span.start < within.start);
    dates[first..]
        .iter()
        .take_while(|d| d.span.start < within.end)
        .filter(|d| matches!(d.binding.relation, Relation::Clause | Relation::Names))
        .filter(|d| {
            let last = match d.value {
                Some(When::On(day) | When::Range { end: day, .. }) => day.last_day(),
                _ => None,
            };
            last.is_some_and(|last| last < cutoff)
        })
        .collect()
}

/// "a storm that left 40 people dead in 1987", "In 2018, a fire killed 85": a value in the
/// clause of a date long past, or of the verb it dates, counts that past event, not the
/// story's.
fn counts_a_past_event(
    article: &ArticleContext,
    mention: &QuantityMention,
    past: &[&DateMention],
) -> bool {
    let document = article.document();
    let token = |span: Span| tokens_within(&document.tokens, span).start;
    let at = token(mention.span);
    past.iter().any(|date| {
        document
            .syntax(&article.article().body.text)
            .in_one_clause(at, token(date.span))
            || mention.binding.attaches_to(&date.binding.words)
    })
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

/// "885 km ±20", "more than 1,000", "not 12", "34,000 a day".
fn show_compare(
    op: CompareOp,
    value: f64,
    unit: Option<&Unit>,
    per: Option<&Unit>,
    tolerance: Option<&Tolerance>,
) -> String {
    let value = describe::with_unit(value, unit) + &describe::per(per);
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
