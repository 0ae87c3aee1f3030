//! Mentions: what an article states (quantities, dates, quotes, attributions), extracted
//! once per article from its text model, before any fact is evaluated.
//!
//! Each kind of mention has its own extractor module and its own field in [`Mentions`];
//! checks read the fields they need, and `factlint extract` prints them all.

pub mod quantity;

use jiff::civil::Date;

use crate::article::Article;
use crate::text::Document;
pub use quantity::{QuantityMention, mention_json};

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

/// `2024-01-05`, or the date part of `2024-01-05T03:07:00+08:00`.
pub fn parse_publication_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let day = text.get(..10).unwrap_or(text);
    day.parse().ok()
}

/// Everything extracted from one article, spans in `Article::body.text`.
#[derive(Debug, Default)]
pub struct Mentions {
    /// Numbers with their units, in text order.
    pub quantities: Vec<QuantityMention>,
}

/// Runs every extractor over one article.
pub fn extract(text: &str, document: &Document, _context: &Context) -> Mentions {
    Mentions {
        quantities: quantity::extract(text, document),
    }
}

impl Mentions {
    /// The mentions as `factlint extract` prints them: JSON objects with `kind`, `start`
    /// and `end` (byte offsets into the article file) and `text`, ordered by position.
    /// Each kind adds its `(start, json)` pairs; see [`mention_json`].
    pub fn to_json(&self, article: &Article) -> Vec<serde_json::Value> {
        let mut items: Vec<(usize, serde_json::Value)> = Vec::new();
        items.extend(self.quantities.iter().map(|q| {
            let json = mention_json(article, "quantity", q.span, q.to_json());
            (q.span.start, json)
        }));
        items.sort_by_key(|(start, _)| *start);
        items.into_iter().map(|(_, json)| json).collect()
    }
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
