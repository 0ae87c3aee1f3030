//! An article open in the editor: its text as the editor has it (never read from disk), and
//! the findings of the last check of that text.

use std::path::{Path, PathBuf};

use lsp_types::TextDocumentContentChangeEvent;

use super::position::Lines;
use crate::article::{Article, ArticleError, Format};
use crate::extract::Context;
use crate::finding::Finding;
use crate::lsp::workspace::Workspace;
use crate::source::Span;

pub struct Document {
    /// Names the article (its extension picks the format); the file is never read.
    pub path: PathBuf,
    pub format: Format,
    pub version: i32,
    pub text: String,
    pub lines: Lines,
    /// The findings of `text` as it is, once checked; `None` while a check is due.
    pub checked: Option<Checked>,
}

/// What checking one version of a document gave.
pub enum Checked {
    Findings(Vec<Finding>),
    /// The text cannot be read as an article (front matter that is not YAML, a NUL byte…).
    Unreadable(ArticleError),
    /// The text is larger than articles may be (`max_article_mb:`), in bytes.
    TooLarge {
        limit: u64,
    },
}

impl Document {
    /// A document the editor opened, if it is an article factlint reads: by the file's
    /// extension, else by the editor's language id.
    pub fn open(path: PathBuf, language: &str, version: i32, text: String) -> Option<Self> {
        let format = Format::from_path(&path).or(match language {
            "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            "plaintext" | "text" => Some(Format::Text),
            _ => None,
        })?;
        Some(Self {
            path,
            format,
            version,
            lines: Lines::new(&text),
            text,
            checked: None,
        })
    }

    /// Applies the editor's changes, in order; positions out of range are clamped.
    pub fn change(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = self.lines.span(&self.text, range);
                    self.text.replace_range(span.range(), &change.text);
                }
                None => self.text = change.text,
            }
            self.lines = Lines::new(&self.text);
        }
        self.version = version;
        self.checked = None;
    }

    /// Checks the text unless the findings of this version are known.
    pub fn check(&mut self, workspace: &Workspace) -> &Checked {
        self.checked
            .get_or_insert_with(|| check(&self.path, self.format, &self.text, workspace))
    }

    /// The findings of the last check, if it read the text.
    pub fn findings(&self) -> &[Finding] {
        match &self.checked {
            Some(Checked::Findings(findings)) => findings,
            _ => &[],
        }
    }

    pub fn span(&self, range: lsp_types::Range) -> Span {
        self.lines.span(&self.text, range)
    }
}

/// Checks `text` as the article at `path` in `format`.
fn check(path: &Path, format: Format, text: &str, workspace: &Workspace) -> Checked {
    if text.len() as u64 > workspace.max_article_bytes {
        return Checked::TooLarge {
            limit: workspace.max_article_bytes,
        };
    }
    let named = path.with_extension(match format {
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Text => "txt",
    });
    match Article::from_bytes(&named, text.as_bytes()) {
        Ok(article) => {
            let context = Context::for_article(&article, None);
            Checked::Findings(workspace.ruleset.check(&article, &context).findings)
        }
        Err(error) => Checked::Unreadable(error),
    }
}
