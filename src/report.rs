//! The result of a run, before it is rendered.

use std::path::PathBuf;
use std::sync::Arc;

use crate::article::{Article, ExtractedText, Metadata};
use crate::check::ArticleResult;
use crate::check::statements::Statement;
use crate::finding::{Finding, Severity};
use crate::lang::ast::AssertionKind;
use crate::problem::Problem;
use crate::sheet::{Fact, Sheet};
use crate::source::{LineCol, LineIndex};

/// One article and what was found in it.
#[derive(Debug)]
pub struct CheckedFile {
    pub path: PathBuf,
    /// The file as on disk, for line and column and for showing the text.
    pub source: Arc<str>,
    lines: LineIndex,
    pub findings: Vec<Finding>,
    pub meta: Metadata,
    /// The prose that was checked, for reports that show it.
    pub body: ExtractedText,
    /// Stories whose sheet applies to the article.
    pub stories: Vec<String>,
    /// The sentences that speak of each fact (spans of `body.text`).
    pub statements: Vec<Statement>,
}

impl CheckedFile {
    pub fn new(article: Article, result: ArticleResult) -> Self {
        let source: Arc<str> = article.source.into();
        Self {
            lines: LineIndex::new(&source),
            path: article.path,
            source,
            findings: result.findings,
            meta: article.meta,
            body: article.body,
            stories: result.stories,
            statements: result.statements,
        }
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(&self.source, offset)
    }
}

/// Everything a `check` run produced.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub files: Vec<CheckedFile>,
    pub problems: Vec<Problem>,
    /// The valid sheets checked against, for reports that count or show their facts.
    pub sheets: Vec<Sheet>,
    /// Every fact and built-in check that was run, for formats that describe their rules
    /// (SARIF) next to the findings.
    pub rules: Vec<Rule>,
}

/// A fact or a built-in check, as output formats describe it.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// The id findings carry: `story/fact` or `builtin/check`.
    pub id: String,
    pub kind: AssertionKind,
    pub severity: Severity,
    /// The assertion as written, or what the built-in check does.
    pub description: String,
    pub note: Option<String>,
    pub source: Option<String>,
}

impl CheckReport {
    pub fn findings(&self) -> impl Iterator<Item = (&CheckedFile, &Finding)> {
        self.files
            .iter()
            .flat_map(|file| file.findings.iter().map(move |f| (file, f)))
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings()
            .filter(|(_, f)| f.severity == severity)
            .count()
    }

    /// Every fact of every sheet, in order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.sheets.iter().flat_map(|sheet| &sheet.facts)
    }

    pub fn clean_files(&self) -> usize {
        self.files.iter().filter(|f| f.findings.is_empty()).count()
    }
}
