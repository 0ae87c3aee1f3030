//! The whole check with `--fix`, on one sheet of every kind of fact: never a panic, every
//! span on character boundaries, a fixed article still reads, and fixing it again changes
//! nothing.
#![no_main]

#[path = "article.rs"]
mod article;
#[path = "common.rs"]
mod common;

use std::path::Path;
use std::sync::LazyLock;

use factlint::article::Article;
use factlint::check::{Ruleset, builtin};
use factlint::extract::Context;
use factlint::finding::Finding;
use factlint::fix;
use factlint::sheet::compile_sheet;

const SHEET: &str = include_str!("../sheet.yaml");

static RULES: LazyLock<Ruleset> = LazyLock::new(|| {
    let sheet = compile_sheet(Path::new("sheet.yaml"), SHEET.to_string(), &[])
        .expect("the fuzzing sheet is valid");
    Ruleset::new(vec![sheet], builtin::ALL.iter().collect())
});

fn check(article: &Article) -> Vec<Finding> {
    let findings = RULES
        .check(article, &Context::for_article(article, None))
        .findings;
    for finding in &findings {
        common::assert_slice(&article.source, finding.span, "finding");
        for label in &finding.labels {
            common::assert_slice(&article.source, label.span, "label");
        }
        if let Some(fix) = &finding.fix {
            common::assert_slice(&article.source, fix.span, "fix");
        }
    }
    findings
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Some((&format, bytes)) = bytes.split_first() else {
        return;
    };
    let name = ["a.txt", "a.md", "a.html"][usize::from(format % 3)];
    let Some(article) = article::read_article(name, bytes) else {
        return;
    };
    let findings = check(&article);
    let fixed = fix::fix_until_stable(article, findings, check);
    let again = Article::from_bytes(Path::new(name), fixed.article.source.as_bytes())
        .expect("a fixed article still reads");
    let fixes = fixed.findings.iter().filter_map(|f| f.fix.as_ref());
    let (_, applied) = fix::apply(&again.source, fixes);
    assert_eq!(
        applied, 0,
        "a second --fix would change {:?}",
        fixed.article.source
    );
});
