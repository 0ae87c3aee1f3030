//! Which attribution credits each quotation of reported speech.

use super::Attribution;
use crate::extract::quotes::Quotation;
use crate::source::Span;
use crate::text::Document;

/// Credits each quotation of reported speech: to the innermost attribution around it, else
/// to the nearest attribution of its sentence, else to the first of the next sentence in its
/// paragraph, else to the last speaker named before it (a carried attribution). Attributions
/// are looked up by sentence, so this is linear in the article.
pub(super) fn credit_quotations(
    document: &Document,
    quotations: &mut [Quotation],
    attributions: &mut Vec<Attribution>,
) {
    let read = attributions.len();
    let in_sentence = |attributions: &[Attribution], sentence: usize| {
        let start = attributions[..read].partition_point(|a| a.sentence < sentence);
        let end = attributions[..read].partition_point(|a| a.sentence <= sentence);
        start..end
    };
    // The last named speaker whose attributed text starts before an offset.
    let mut by_start: Vec<(usize, Span, Option<Span>)> = attributions
        .iter()
        .filter_map(|a| Some((a.content.start, a.resolved?, a.head)))
        .collect();
    by_start.sort_by_key(|(start, ..)| *start);
    for quotation in quotations.iter_mut().filter(|q| q.is_speech()) {
        let first = document
            .sentence_at(quotation.span.start)
            .unwrap_or_default();
        let last = document
            .sentence_at(quotation.span.end.saturating_sub(1))
            .unwrap_or(first)
            .max(first);
        let candidates =
            in_sentence(attributions, first).start..in_sentence(attributions, last).end;
        let overlaps = |a: &Attribution| {
            a.content.start < quotation.span.end && quotation.span.start < a.content.end
        };
        let outside = |a: &Attribution| a.verb.is_some_and(|v| !quotation.span.contains(v));
        let around = candidates
            .clone()
            .filter(|&i| overlaps(&attributions[i]) && outside(&attributions[i]))
            .min_by_key(|&i| attributions[i].content.len());
        let distance = |a: &Attribution| {
            let verb = a.verb.map_or(0, |v| v.start);
            verb.abs_diff(quotation.span.start)
                .min(verb.abs_diff(quotation.span.end))
        };
        let same_sentence = || {
            candidates
                .clone()
                .filter(|&i| outside(&attributions[i]))
                .min_by_key(|&i| distance(&attributions[i]))
        };
        let next_sentence = || {
            let next = last + 1;
            let same_paragraph = document
                .sentences
                .get(next)
                .is_some_and(|s| s.paragraph == document.sentences[last].paragraph);
            let range = in_sentence(attributions, next);
            (same_paragraph && !range.is_empty()).then_some(range.start)
        };
        quotation.attribution = around
            .or_else(same_sentence)
            .or_else(next_sentence)
            .or_else(|| {
                let before = by_start.partition_point(|(start, ..)| *start < quotation.span.start);
                let (_, named, head) = *by_start[..before].last()?;
                attributions.push(Attribution {
                    speaker: named,
                    resolved: Some(named),
                    head,
                    verb: None,
                    content: quotation.span,
                    sentence: first,
                    carried: true,
                });
                Some(attributions.len() - 1)
            });
    }
    let mut order: Vec<usize> = (0..attributions.len()).collect();
    order.sort_by_key(|&i| (attributions[i].content.start, attributions[i].speaker.start));
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let sorted: Vec<Attribution> = order.iter().map(|&i| attributions[i].clone()).collect();
    *attributions = sorted;
    for quotation in quotations.iter_mut() {
        quotation.attribution = quotation.attribution.map(|i| new_index[i]);
    }
}
