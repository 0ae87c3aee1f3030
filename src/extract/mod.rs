//! Mentions: what an article states (quantities, dates, quotes, attributions), extracted
//! once per article from its text model, before any fact is evaluated.
//!
//! Each kind of mention has its own extractor module and its own field in [`Mentions`];
//! checks read the fields they need, and `factlint extract` prints them all.

pub mod attribution;
pub mod date;
pub mod quantity;
pub mod quotes;

use jiff::civil::Date;
use serde_json::{Value, json};

use crate::article::{Article, parse_publication_date};
use crate::source::Span;
use crate::text::Document;
pub use quantity::QuantityMention;

pub use attribution::Attribution;
pub use quotes::Quotation;

/// What extraction needs to know besides the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// When the article was published: relative dates ("Thursday", "last year") and year-less
    /// ones ("Dec. 30") are resolved against it.
    pub publication_date: Option<Date>,
}

impl Context {
    /// The article's own date (front matter, HTML meta) when it has a valid one, else
    /// `fallback` (`--date` on the command line).
    pub fn for_article(article: &Article, fallback: Option<Date>) -> Self {
        let own = article
            .meta
            .date
            .as_deref()
            .and_then(parse_publication_date);
        Self {
            publication_date: own.or(fallback),
        }
    }
}

/// Everything extracted from one article, spans in `Article::body.text`.
#[derive(Debug, Default)]
pub struct Mentions {
    pub quotes: Vec<Quotation>,
    pub attributions: Vec<Attribution>,
    pub dates: Vec<date::DateMention>,
    /// Numbers with their units, in text order.
    pub quantities: Vec<QuantityMention>,
}

/// Runs every extractor over one article.
pub fn extract(text: &str, document: &Document, context: &Context) -> Mentions {
    let mut quotes = quotes::find(text, document);
    let attributions = attribution::find(text, document, &mut quotes);
    Mentions {
        quotes,
        attributions,
        dates: date::extract_dates(text, document, context),
        quantities: quantity::extract(text, document),
    }
}

impl Mentions {
    /// The mentions as `factlint extract` prints them: JSON objects with `kind`, `start`
    /// and `end` (byte offsets into the article file) and `text`, ordered by position.
    /// Each kind contributes `(start, object)` pairs; the sort interleaves the kinds.
    pub fn to_json(&self, article: &Article) -> Vec<Value> {
        let mut mentions: Vec<(usize, Value)> = Vec::new();
        mentions.extend(attribution::json::quotes(self, article));
        mentions.extend(attribution::json::attributions(self, article));
        mentions.extend(self.dates.iter().map(|date| {
            mention_json(
                article,
                "date",
                date.span,
                date.json_fields(&article.body.text),
            )
        }));
        mentions.extend(
            self.quantities
                .iter()
                .map(|q| mention_json(article, "quantity", q.span, q.to_json(&article.body.text))),
        );
        mentions.sort_by_key(|(start, _)| *start);
        mentions.into_iter().map(|(_, mention)| mention).collect()
    }
}

/// `{"kind", "start", "end", "text", ...fields}` for a mention at `span` of the body text.
fn mention_json<K: Into<String>>(
    article: &Article,
    kind: &str,
    span: Span,
    fields: impl IntoIterator<Item = (K, Value)>,
) -> (usize, Value) {
    let in_file = article.body.source_span(span);
    let mut mention = json!({
        "kind": kind,
        "start": in_file.start,
        "end": in_file.end,
        // The words as read: an HTML page's tags and entities are not part of them.
        "text": article.body.text.get(span.range()).unwrap_or_default(),
    });
    for (key, value) in fields {
        mention[key.into()] = value;
    }
    (in_file.start, mention)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publication_dates_are_read_from_iso_dates_and_timestamps() {
        let day = Date::constant(2024, 1, 5);
        assert_eq!(parse_publication_date("2024-01-05"), Some(day));
        assert_eq!(
            parse_publication_date("2024-01-05T03:07:00+08:00"),
            Some(day)
        );
        assert_eq!(parse_publication_date("January 5, 2024"), None);
        assert_eq!(parse_publication_date("2024-02-30"), None);
    }
}
