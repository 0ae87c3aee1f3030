//! Distances from a place: `epicentre ≈ 72 km southwest of Marrakech ±5 km`.
//!
//! Such a fact judges only the distances an article gives from the same place, with a
//! direction: "72 km (45 miles) southwest of Marrakech", "70 kilometres south-west of the
//! city of Marrakesh" (the place in any spelling the sheet lists for it: its `terms` group,
//! or the names of the entity it names). The distance is compared as any figure; the
//! direction holds within one point of the 16 (22.5°), is borderline (info) two points off
//! ("south" for southwest) and wrong beyond ("southeast" for southwest).

use super::super::ArticleContext;
use super::super::phrases::{PhraseId, PhraseSetBuilder};
use crate::extract::QuantityMention;
use crate::finding::{Finding, Severity};
use crate::lang::ast::Bearing;
use crate::sheet::{Fact, Sheet};
use crate::source::Span;
use crate::text::compass::{self, Point};

/// How many tokens may stand between "of" and the place: "of the city of Marrakech".
const PLACE_WITHIN: usize = 4;
/// The longest conversion in parentheses skipped after a distance: "(45 miles)".
const ASIDE_WITHIN: usize = 6;

#[derive(Debug)]
pub struct BearingFact {
    point: Point,
    place: String,
    /// The place's spellings.
    phrases: Vec<PhraseId>,
}

/// The direction an article gives after a distance, from the fact's place.
pub struct Stated {
    point: Point,
    /// The direction's words.
    span: Span,
}

impl BearingFact {
    pub fn compile(bearing: &Bearing, sheet: &Sheet, phrases: &mut PhraseSetBuilder) -> Self {
        let place = bearing.place.node.as_str();
        let mut names: Vec<&str> = sheet.with_terms(place).0;
        for entity in &sheet.entities {
            let spellings = || std::iter::once(&entity.name).chain(&entity.aliases);
            let named = entity.id.eq_ignore_ascii_case(place)
                || spellings().any(|name| name.eq_ignore_ascii_case(place));
            if named {
                names.extend(spellings().map(String::as_str));
            }
        }
        let mut ids: Vec<PhraseId> = names.iter().map(|name| phrases.add(name)).collect();
        ids.sort();
        ids.dedup();
        Self {
            point: bearing.point,
            place: bearing.place.node.clone(),
            phrases: ids,
        }
    }

    /// The direction written right after `mention` from the fact's place, if it has one.
    pub fn stated(&self, article: &ArticleContext, mention: &QuantityMention) -> Option<Stated> {
        let text = &article.article().body.text;
        let tokens = &article.document().tokens;
        let word = |j: usize| tokens.get(j).map(|t| &text[t.span.range()]);
        let mut next = tokens.partition_point(|t| t.span.start < mention.span.end);
        if word(next) == Some("(") {
            let close =
                (next..tokens.len().min(next + ASIDE_WITHIN)).find(|&j| word(j) == Some(")"))?;
            next = close + 1;
        }
        let (point, after) = compass::read(text, tokens, next)?;
        if !word(after).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
            return None;
        }
        let from = tokens.get(after + 1)?.span.start;
        let until = tokens[..tokens.len().min(after + 1 + PLACE_WITHIN)]
            .last()?
            .span
            .end;
        let places = article.spans_of(&self.phrases);
        places
            .iter()
            .any(|place| from <= place.start && place.start < until)
            .then(|| Stated {
                point,
                span: tokens[next].span.cover(tokens[after - 1].span),
            })
    }

    /// A finding when the direction is more than one point of the compass off.
    pub fn judge(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        subject: &str,
        stated: &Stated,
    ) -> Option<Finding> {
        let severity = match stated.point.points_from(self.point) {
            0 | 1 => return None,
            2 => Severity::Info,
            _ => fact.severity,
        };
        let written = &article.article().body.text[stated.span.range()];
        let mut finding = article.finding(
            fact,
            stated.span,
            format!(
                "the {subject} is {} of {}, not {written}",
                self.point.name(),
                self.place
            ),
            format!(
                "“{written}” is {} points of 16 from {}",
                stated.point.points_from(self.point),
                self.point.name()
            ),
            Some(format!("{subject} {} of {}", self.point.name(), self.place)),
        );
        finding.severity = severity;
        Some(finding)
    }
}
