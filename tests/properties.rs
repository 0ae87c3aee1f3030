//! Properties over generated inputs, the same invariants the fuzz targets of `fuzz/` hold,
//! in a few hundred cases each so that the test command stays fast.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;

use factlint::article::Article;
use factlint::check::{Ruleset, builtin};
use factlint::extract::Context;
use factlint::finding::Finding;
use factlint::fix;
use factlint::lang::{parse_assertion, parse_condition};
use factlint::sheet::compile_sheet;
use factlint::source::{LineIndex, Span};
use factlint::text::Document;

/// Pieces that make the readers, the language and the checks take their odd paths.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<br>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "&amp;",
    "&rsquo;",
    "&#8217;",
    "&",
    "#",
    "# ",
    "---\n",
    "title: ",
    "date: ",
    "*",
    "**",
    "_",
    "[",
    "]",
    "(",
    ")",
    "`",
    "```\n",
    "\\",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u{1b}",
    "\u{feff}",
    "U.S.",
    "Jan. 2, 2024",
    ". ",
    "? ",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "…",
    "é",
    "€",
    "-",
    "‑",
    "–",
    "Kirby",
    "said",
    "900 km",
    "1,200",
    "$5 billion",
    "±",
    "≈",
    "Kim Jong-un",
    "Kim Jong Un",
    "Joe Biden",
    "President",
    "visit to Moscow",
    "North Korea",
    "launch",
    "forbid ",
    "prefer ",
    " over ",
    "quote ",
    " by ",
    "mentions ",
    " and ",
    " or ",
    "not ",
    "range ",
    " on ",
    " between ",
    " attributed to ",
    " titled ",
    "kirby",
    "7:44 a.m.",
    "0044 GMT",
    " local time",
    "(22:44 GMT)",
    "UTC-05:30",
    "noon",
    " on Friday",
    " at ",
    "impact",
    " east of Pyongyang",
    "south-west of",
    "dozens of",
    "11th",
    "…",
];

fn pieces() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

fn assert_slice(text: &str, span: Span) {
    assert!(text.get(span.range()).is_some(), "{span:?} in {text:?}");
}

static RULES: LazyLock<Ruleset> = LazyLock::new(|| {
    let text = include_str!("../fuzz/sheet.yaml").to_string();
    let sheet = compile_sheet(Path::new("fuzz/sheet.yaml"), text, &[]).expect("valid sheet");
    Ruleset::new(vec![sheet], builtin::ALL.iter().collect())
});

/// The findings of `article`, every span of them checked to be a slice of the file.
fn check(article: &Article) -> Vec<Finding> {
    let findings = RULES
        .check(article, &Context::for_article(article, None))
        .findings;
    for finding in &findings {
        assert_slice(&article.source, finding.span);
        finding
            .labels
            .iter()
            .for_each(|l| assert_slice(&article.source, l.span));
        if let Some(fix) = &finding.fix {
            assert_slice(&article.source, fix.span);
        }
    }
    findings
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_language_never_panics_and_errors_point_inside(text in prop_oneof![pieces(), any::<String>()]) {
        for span in [
            parse_assertion(&text).err().map(|e| e.span),
            parse_condition(&text).err().map(|e| e.span),
        ].into_iter().flatten() {
            assert_slice(&text, span);
        }
    }

    #[test]
    fn every_reader_maps_its_prose_back_to_the_file(text in pieces(), format in 0..3usize) {
        let name = ["a.txt", "a.md", "a.html"][format];
        if let Ok(article) = Article::from_bytes(Path::new(name), text.as_bytes()) {
            let document = Document::new(&article.body.text);
            let spans = document.sentences.iter().map(|s| s.span);
            for span in spans.chain(document.tokens.iter().map(|t| t.span)) {
                assert_slice(&article.body.text, span);
                assert_slice(&article.source, article.body.source_span(span));
            }
        }
    }

    #[test]
    fn fixing_twice_changes_nothing_and_the_fix_still_reads(text in pieces(), format in 0..3usize) {
        let name = ["a.txt", "a.md", "a.html"][format];
        if let Ok(article) = Article::from_bytes(Path::new(name), text.as_bytes()) {
            let findings = check(&article);
            let fixed = fix::fix_until_stable(article, findings, check);
            let again = Article::from_bytes(Path::new(name), fixed.article.source.as_bytes());
            prop_assert!(again.is_ok(), "{:?}", fixed.article.source);
            let fixes = fixed.findings.iter().filter_map(|f| f.fix.as_ref());
            let (_, applied) = fix::apply(&fixed.article.source, fixes);
            prop_assert_eq!(applied, 0, "{:?}", fixed.article.source);
        }
    }

    #[test]
    fn line_and_column_count_lines_and_characters(text in pieces(), at in any::<proptest::sample::Index>()) {
        let offset = Span::new(0, at.index(text.len() + 1)).clamp_to(&text).end;
        let position = LineIndex::new(&text).line_col(&text, offset);
        let before = &text[..offset];
        // Line breaks: LF, CRLF, or a CR not followed by LF (in the whole text).
        let ends: Vec<usize> = text
            .match_indices(['\n', '\r'])
            .filter(|&(i, m)| m == "\n" || !text[i + 1..].starts_with('\n'))
            .map(|(i, _)| i + 1)
            .filter(|&end| end <= offset)
            .collect();
        let line_start = ends.last().copied().unwrap_or(0);
        let line = &before[line_start..];
        let shown = match line_start {
            0 => line.strip_prefix('\u{feff}').unwrap_or(line),
            _ => line,
        };
        prop_assert_eq!(position.line, ends.len() + 1);
        prop_assert_eq!(position.column, shown.chars().count() + 1);
    }
}
