//! `factlint extract` output of quotations and attributions (fields in `docs/json.md`).

use serde_json::{Value, json};

use super::lexicon;
use crate::article::Article;
use crate::extract::Mentions;
use crate::source::Span;

/// `quote` mentions: the span from mark to mark, the text inside, and the speaker.
pub fn quotes(mentions: &Mentions, article: &Article) -> Vec<(usize, Value)> {
    let text = &article.body.text;
    mentions
        .quotes
        .iter()
        .map(|quote| {
            let span = article.body.source_span(quote.span);
            let speaker = quote
                .attribution
                .and_then(|i| mentions.attributions.get(i))
                .and_then(|a| a.resolved)
                .map(|s| span_json(article, s));
            let mention = json!({
                "kind": "quote",
                "start": span.start,
                "end": span.end,
                "text": quote.inner_text(text),
                "scare": quote.scare,
                "nested": quote.nested,
                "speaker": speaker,
            });
            (span.start, mention)
        })
        .collect()
}

/// `attribution` mentions: the speaker as written, who it resolves to and the head of that
/// phrase, the verb and the span of what is attributed.
pub fn attributions(mentions: &Mentions, article: &Article) -> Vec<(usize, Value)> {
    let text = &article.body.text;
    mentions
        .attributions
        .iter()
        .map(|attribution| {
            let span = article.body.source_span(attribution.speaker);
            let role = attribution
                .resolved
                .and_then(|r| lexicon::role_of(text[r.range()].split_whitespace()));
            let content = article.body.source_span(attribution.content);
            let mention = json!({
                "kind": "attribution",
                "start": span.start,
                "end": span.end,
                "text": &text[attribution.speaker.range()],
                "resolved": attribution.resolved.map(|s| span_json(article, s)),
                "head": attribution.head.map(|s| span_json(article, s)),
                "role": role,
                "verb": attribution.verb.map(|s| span_json(article, s)),
                "content": {"start": content.start, "end": content.end},
                "carried": attribution.carried,
            });
            (span.start, mention)
        })
        .collect()
}

fn span_json(article: &Article, span: Span) -> Value {
    let source = article.body.source_span(span);
    json!({
        "start": source.start,
        "end": source.end,
        "text": &article.body.text[span.range()],
    })
}
