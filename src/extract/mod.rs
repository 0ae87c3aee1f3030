//! Mentions: what an article states (quantities, dates, quotes, attributions), extracted
//! once per article from its text model, before any fact is evaluated.
//!
//! Each kind of mention has its own extractor module and its own field in [`Mentions`];
//! checks read the fields they need, and `factlint extract` prints them all.

pub mod attribution;
pub mod date;
pub mod quantity;
pub mod quotes;
pub mod time;

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
    /// Times of day, found with the dates.
    pub times: Vec<time::TimeMention>,
    /// Numbers with their units, in text order.
    pub quantities: Vec<QuantityMention>,
}

/// Kinds of mention, each with its extractor: what a check reads, so that a kind no check
/// reads is not extracted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds {
    /// Quotations and attributions, found together.
    pub speech: bool,
    /// Dates and times of day, found together.
    pub dates: bool,
    pub quantities: bool,
}

impl Kinds {
    pub const NONE: Self = Self {
        speech: false,
        dates: false,
        quantities: false,
    };
    pub const ALL: Self = Self {
        speech: true,
        dates: true,
        quantities: true,
    };
    pub const SPEECH: Self = Self {
        speech: true,
        ..Self::NONE
    };
    pub const DATES: Self = Self {
        dates: true,
        ..Self::NONE
    };
    pub const QUANTITIES: Self = Self {
        quantities: true,
        ..Self::NONE
    };

    /// The kinds of `self` and of `other`.
    pub fn and(self, other: Self) -> Self {
        Self {
            speech: self.speech || other.speech,
            dates: self.dates || other.dates,
            quantities: self.quantities || other.quantities,
        }
    }
}

/// Runs every extractor over one article.
pub fn extract(text: &str, document: &Document, context: &Context) -> Mentions {
    extract_only(Kinds::ALL, text, document, context)
}

/// Runs the extractors of `kinds` over one article; the other kinds are left empty.
pub fn extract_only(kinds: Kinds, text: &str, document: &Document, context: &Context) -> Mentions {
    let mut mentions = Mentions::default();
    if kinds.speech {
        mentions.quotes = quotes::find(text, document);
        mentions.attributions = attribution::find(text, document, &mut mentions.quotes);
    }
    if kinds.dates {
        mentions.dates = date::extract_dates(text, document, context);
        mentions.times = time::extract_times(text, document, &mentions.dates);
    }
    if kinds.quantities {
        mentions.quantities = quantity::extract(text, document);
    }
    mentions
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
        mentions.extend(self.times.iter().map(|time| {
            mention_json(
                article,
                "time",
                time.span,
                time.json_fields(&article.body.text),
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

/// The bundled articles, for tests that hold a fast path to the slow one on running text.
#[cfg(test)]
pub(crate) const BUNDLED_ARTICLES: &[&str] = &[
    include_str!("../../corpus/000_b7fad44d27600f07.md"),
    include_str!("../../corpus/001_f57fd56798eb5d08.md"),
    include_str!("../../corpus/002_f5a9c8bcc7db6ed9.md"),
    include_str!("../../corpus/003_235389ed2c6fc7d0.md"),
    include_str!("../../corpus/004_a4bf3128148b1bfc.md"),
];

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
