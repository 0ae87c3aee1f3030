//! How checking scales: `cargo bench --bench check`.
//!
//! factlint finds the phrases of every fact in one automaton pass per article, so the cost
//! of checking should grow with the length of the text, and barely with the number of facts.
//! The groups measure exactly that: the bundled corpus as shipped, one article against fact
//! sheets of 10 to 1,000 facts, and articles of 1 to 16 times the length of the corpus. The
//! `stages` group measures the hot stages alone, in MB/s: the phrase scan (an article no
//! sheet applies to costs nothing more), the tokenizer and each extractor.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factlint::article::Article;
use factlint::check::Ruleset;
use factlint::check::builtin;
use factlint::extract::{self, Context, Kinds};
use factlint::sheet::{self, Sheet};

fn bundled_ruleset() -> Ruleset {
    let (sheets, problems) = sheet::load_sheets(&[PathBuf::from("rules")]);
    assert!(problems.is_empty(), "the bundled rules are valid");
    Ruleset::new(sheets, builtin::ALL.iter().collect())
}

fn corpus() -> Vec<Article> {
    let (paths, errors) = factlint::article::collect_paths(&[PathBuf::from("corpus")]);
    assert!(errors.is_empty());
    paths
        .iter()
        .map(|p| {
            Article::read(
                &p,
                factlint::config::DEFAULT_MAX_ARTICLE_MB * factlint::files::MB,
            )
            .expect("the corpus is readable")
        })
        .collect()
}

/// The whole corpus as one plain-text article, repeated `times`.
fn long_article(times: usize) -> Article {
    let body: String = corpus()
        .iter()
        .map(|a| a.body.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = vec![body; times].join("\n\n");
    Article::from_bytes(Path::new("long.txt"), text.as_bytes()).expect("text")
}

/// A sheet of `facts` term facts that the corpus mentions now and then, plus the bundled
/// sheet's condition so that it applies.
fn synthetic_sheet(facts: usize) -> Sheet {
    let mut yaml =
        String::from("story: synthetic\napplies_when: mentions \"North Korea\"\nfacts:\n");
    for i in 0..facts {
        yaml.push_str(&format!(
            "  term-{i}:\n    assert: forbid \"missile variant {i}\"\n"
        ));
    }
    sheet::compile_sheet(Path::new("synthetic.yaml"), yaml, &[]).expect("valid sheet")
}

fn check_all(ruleset: &Ruleset, articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|article| {
            let context = Context::for_article(article, None);
            ruleset.check(article, &context).findings.len()
        })
        .sum()
}

fn bundled_corpus(c: &mut Criterion) {
    let ruleset = bundled_ruleset();
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.source.len()).sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("bundled rules", |b| {
        b.iter(|| check_all(&ruleset, black_box(&articles)))
    });
    group.finish();
}

fn facts_scaling(c: &mut Criterion) {
    let article = [long_article(1)];
    let mut group = c.benchmark_group("facts");
    for facts in [10, 100, 1_000] {
        let ruleset = Ruleset::new(vec![synthetic_sheet(facts)], Vec::new());
        group.bench_with_input(BenchmarkId::from_parameter(facts), &ruleset, |b, r| {
            b.iter(|| check_all(r, black_box(&article)))
        });
    }
    group.finish();
}

fn length_scaling(c: &mut Criterion) {
    let ruleset = bundled_ruleset();
    let mut group = c.benchmark_group("article length");
    for times in [1, 4, 16] {
        let article = [long_article(times)];
        group.throughput(Throughput::Bytes(article[0].source.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(times), &article, |b, a| {
            b.iter(|| check_all(&ruleset, black_box(a)))
        });
    }
    group.finish();
}

fn stages(c: &mut Criterion) {
    let article = long_article(4);
    let text = article.body.text.as_str();
    let context = Context::default();
    let document = factlint::text::Document::new(text);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let elsewhere = [Article::from_bytes(
        Path::new("elsewhere.txt"),
        text.replace("North Korea", "Nowhere").as_bytes(),
    )
    .expect("text")];
    let scan_only = Ruleset::new(vec![synthetic_sheet(100)], Vec::new());
    group.bench_function("phrase scan, no sheet applies", |b| {
        b.iter(|| check_all(&scan_only, black_box(&elsewhere)))
    });
    group.bench_function("tokenizer and sentences", |b| {
        b.iter(|| factlint::text::Document::new(black_box(text)))
    });
    // The structure is built on the first use of a document (by the first extractor that
    // reads it); the extractors below share one document, so it is measured here alone.
    group.bench_function("text model with sentence structure", |b| {
        b.iter(|| {
            let document = factlint::text::Document::new(black_box(text));
            document.syntax(text).tags.len()
        })
    });
    for (name, kinds) in [
        ("quantities", Kinds::QUANTITIES),
        ("dates", Kinds::DATES),
        ("quotes and attributions", Kinds::SPEECH),
    ] {
        group.bench_function(format!("extract {name}"), |b| {
            b.iter(|| extract::extract_only(kinds, black_box(text), &document, &context))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bundled_corpus,
    facts_scaling,
    length_scaling,
    stages
);
criterion_main!(benches);
