use std::io;
use std::path::{Path, PathBuf};

use crate::problem::Problem;
use crate::source::Span;

/// Why an article could not be read. Each message is one line; [`Problem`] adds the file.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("cannot read: {source}")]
    Io { path: PathBuf, source: io::Error },

    #[error(
        "not valid UTF-8 (invalid byte at offset {offset}); factlint reads UTF-8 articles only"
    )]
    NotUtf8 { path: PathBuf, offset: usize },

    #[error("looks like a binary file (it contains a NUL byte); factlint reads text articles only")]
    Binary { path: PathBuf },

    #[error(
        "UTF-16 text; factlint reads UTF-8 articles only (convert it: iconv -f UTF-16 -t UTF-8)"
    )]
    Utf16 { path: PathBuf },

    /// `message` already names the line and column in the article file.
    #[error("invalid front matter: {message}")]
    FrontMatter {
        path: PathBuf,
        message: String,
        span: Option<Span>,
    },
}

impl ArticleError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ArticleError::Io { path, .. }
            | ArticleError::NotUtf8 { path, .. }
            | ArticleError::Binary { path }
            | ArticleError::Utf16 { path }
            | ArticleError::FrontMatter { path, .. } => path,
        }
    }
}

impl From<ArticleError> for Problem {
    fn from(error: ArticleError) -> Self {
        let code = match &error {
            ArticleError::Io { .. } => "article::unreadable",
            ArticleError::NotUtf8 { .. } => "article::not-utf8",
            ArticleError::Binary { .. } => "article::binary",
            ArticleError::Utf16 { .. } => "article::utf16",
            ArticleError::FrontMatter { .. } => "article::front-matter",
        };
        Problem::file(error.path(), code, error.to_string())
    }
}
