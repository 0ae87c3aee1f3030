//! Reading an article under the invariants of every reader.

use std::path::Path;

use factlint::article::Article;
use factlint::text::Document;

use crate::common::assert_slice;

/// Reads `bytes` as the article `name`; when it is one, every sentence and token of its
/// prose maps back to a slice of the file, and the headline to one of the prose.
pub fn read_article(name: &str, bytes: &[u8]) -> Option<Article> {
    let article = Article::from_bytes(Path::new(name), bytes).ok()?;
    let body = &article.body;
    if let Some(headline) = article.headline {
        assert_slice(&body.text, headline, "headline");
    }
    let document = Document::new(&body.text);
    let spans = document.sentences.iter().map(|s| s.span);
    for span in spans.chain(document.tokens.iter().map(|t| t.span)) {
        assert_slice(&body.text, span, "sentence or token");
        assert_slice(&article.source, body.source_span(span), "mapped span");
    }
    Some(article)
}
