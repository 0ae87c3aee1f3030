//! `factlint extract`: what factlint reads in articles, as JSON Lines.
//!
//! One line per input file: `{"file": "...", "mentions": [...]}`, each mention with `kind`,
//! `start` and `end` (byte offsets into the file) and `text`; the fields of each kind are
//! documented in `docs/json.md`. A file that cannot be read gets a one-line error on standard
//! error and the exit code 2; the others are still printed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde_json::json;

use super::Exit;
use crate::article::{self, Article, ArticleError};
use crate::extract::{self, Context};
use crate::files;
use crate::problem::Problem;
use crate::render::human;
use crate::text::Document;

/// The path that stands for standard input.
const STDIN: &str = "-";

pub fn run(
    paths: &[PathBuf],
    publication_date: Option<Date>,
    max_article_bytes: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let mut failed = false;
    for result in articles(paths, max_article_bytes) {
        match result {
            Ok(article) => {
                let context = Context::for_article(&article, publication_date);
                let document = Document::new(&article.body.text);
                let mentions = extract::extract(&article.body.text, &document, &context);
                let line = json!({
                    "file": article.path.to_string_lossy(),
                    "mentions": mentions.to_json(&article),
                });
                writeln!(out, "{line}")?;
            }
            Err(problem) => {
                failed = true;
                writeln!(err, "{}", human::one_line(&problem))?;
            }
        }
    }
    Ok(if failed { Exit::Error } else { Exit::Clean })
}

/// The articles named by `paths`, in order; `-` is standard input read as plain text.
fn articles(paths: &[PathBuf], limit: u64) -> Vec<Result<Article, Problem>> {
    let mut articles = Vec::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            articles.push(read_stdin(limit));
            continue;
        }
        let (files, errors) = article::collect_paths(std::slice::from_ref(path));
        articles.extend(errors.into_iter().map(|e| Err(Problem::from(e))));
        articles.extend(
            files
                .iter()
                .map(|f| Article::read(&f, limit).map_err(Problem::from)),
        );
    }
    articles
}

fn read_stdin(limit: u64) -> Result<Article, Problem> {
    let path = Path::new(STDIN);
    let bytes = files::read_to_limit(io::stdin(), limit, "an article").map_err(|source| {
        ArticleError::Io {
            path: path.to_path_buf(),
            source,
        }
    })?;
    // No extension: read as plain text.
    Ok(Article::from_owned_bytes(path, bytes)?)
}
