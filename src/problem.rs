//! Problems: errors in the inputs (rule files, articles, configuration), as plain data.
//!
//! A problem never stops a run: every rule file and every article is still read, and all
//! problems are reported together at the end (ripgrep's per-file error policy).

use std::path::PathBuf;
use std::sync::Arc;

use crate::source::{LineCol, LineIndex, Span};

/// One error in one input file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    /// A stable identifier such as `rule::unknown-unit`.
    pub code: &'static str,
    pub message: String,
    /// Where in the file, with the file's text, when the problem has a position.
    pub location: Option<Box<Location>>,
    pub help: Option<String>,
}

/// A labelled span inside a file whose text the renderer can show.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub source: Arc<str>,
    pub span: Span,
    pub label: String,
}

impl Problem {
    /// A problem about a whole file (unreadable, not UTF-8, …).
    pub fn file(file: impl Into<PathBuf>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            code,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    pub fn at(mut self, source: Arc<str>, span: Span, label: impl Into<String>) -> Self {
        self.location = Some(Box::new(Location {
            source,
            span,
            label: label.into(),
        }));
        self
    }

    /// Line and column of the problem's position, if it has one.
    pub fn line_col(&self) -> Option<LineCol> {
        let location = self.location.as_ref()?;
        let lines = LineIndex::new(&location.source);
        Some(lines.line_col(&location.source, location.span.start))
    }

    /// `:line:column` of the problem's position, or nothing, to follow the file's name.
    pub fn position(&self) -> String {
        self.line_col()
            .map(|at| format!(":{}:{}", at.line, at.column))
            .unwrap_or_default()
    }

    pub fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}
