//! Autofix: applying the certain fixes findings carry.
//!
//! A fix is applied only when it is certain (`Finding::fix`, e.g. a house-style `prefer`).
//! [`crate::files::replace`] writes the result.

use crate::article::Article;
use crate::finding::{Finding, Fix};

/// Rounds of fix-and-recheck before giving up; fixes that overlap are applied one per round.
const MAX_ROUNDS: usize = 10;

/// An article after its fixes, and what is left to report about it.
#[derive(Debug)]
pub struct Fixed {
    pub article: Article,
    pub findings: Vec<Finding>,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Applies the findings' fixes and re-checks the result until no fix is left, so that the
/// findings returned are those of the final text and a second run changes nothing.
///
/// If a fixed text cannot be read as an article any more, the article is left as it was.
pub fn fix_until_stable(
    article: Article,
    findings: Vec<Finding>,
    check: impl Fn(&Article) -> Vec<Finding>,
) -> Fixed {
    let mut fixed = Fixed {
        article,
        findings,
        applied: 0,
    };
    for _ in 0..MAX_ROUNDS {
        let (text, applied) = apply(
            &fixed.article.source,
            fixed.findings.iter().filter_map(|f| f.fix.as_ref()),
        );
        if applied == 0 {
            break;
        }
        let Ok(article) = Article::from_bytes(&fixed.article.path, text.as_bytes()) else {
            break;
        };
        fixed.findings = check(&article);
        fixed.article = article;
        fixed.applied += applied;
    }
    fixed
}

/// `text` with `fixes` applied, and how many changed it. Fixes that overlap an earlier one,
/// fall outside the text or would not change it are skipped.
pub fn apply<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> (String, usize) {
    let mut fixes: Vec<&Fix> = fixes.into_iter().collect();
    fixes.sort_by_key(|fix| (fix.span.start, fix.span.end));
    let mut result = String::with_capacity(text.len());
    let mut copied_to = 0;
    let mut applied = 0;
    for fix in fixes {
        let Some(replaced) = text.get(fix.span.range()) else {
            continue;
        };
        if fix.span.start < copied_to || replaced == fix.replacement {
            continue;
        }
        result.push_str(&text[copied_to..fix.span.start]);
        result.push_str(&fix.replacement);
        copied_to = fix.span.end;
        applied += 1;
    }
    result.push_str(&text[copied_to..]);
    (result, applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn fix(text: &str, word: &str, replacement: &str) -> Fix {
        let start = text.find(word).unwrap();
        Fix {
            span: Span::new(start, start + word.len()),
            replacement: replacement.into(),
        }
    }

    #[test]
    fn applies_fixes_in_order_and_skips_overlaps_and_no_ops() {
        let text = "Kim Jong-un met Kim Jong-il.";
        let fixes = [
            fix(text, "Kim Jong-il", "Kim Jong Il"),
            fix(text, "Kim Jong-un", "Kim Jong Un"),
            fix(text, "Jong-un", "Jong Un"),
            fix(text, "met", "met"),
        ];
        let (fixed, applied) = apply(text, &fixes);
        assert_eq!(fixed, "Kim Jong Un met Kim Jong Il.");
        assert_eq!(applied, 2);
    }

    #[test]
    fn a_fix_outside_the_text_is_skipped() {
        let fixes = [Fix {
            span: Span::new(2, 40),
            replacement: "x".into(),
        }];
        assert_eq!(apply("short", &fixes), ("short".to_string(), 0));
    }
}
