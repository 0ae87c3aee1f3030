//! The result of a run, before it is rendered.

use std::path::PathBuf;
use std::sync::Arc;

use crate::article::{Article, ExtractedText, Metadata};
use crate::check::statements::Statement;
use crate::check::{ArticleResult, NotApplicable, Unmentioned};
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
    /// Sheets that do not apply to the article, and why.
    pub not_applicable: Vec<NotApplicable>,
    /// Facts the article names.
    pub mentioned: Vec<String>,
    /// The sentences that speak of each fact (spans of `body.text`).
    pub statements: Vec<Statement>,
    /// How many findings inline suppressions removed.
    pub suppressed: usize,
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
            not_applicable: result.not_applicable,
            mentioned: result.mentioned,
            statements: result.statements,
            suppressed: result.suppressed,
        }
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(&self.source, offset)
    }

    /// Checked against a sheet (or there are none), and nothing found.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty() && !self.not_checked()
    }

    /// Whether there were sheets and none applied: the article was not checked against any
    /// fact (built-in checks still ran).
    pub fn not_checked(&self) -> bool {
        self.stories.is_empty() && !self.not_applicable.is_empty()
    }

    /// Why no sheet applies, sheet by sheet: `nk-missiles: no mention of "North Korea"`.
    pub fn why_not_checked(&self) -> String {
        let reasons: Vec<String> = self
            .not_applicable
            .iter()
            .map(|n| format!("{}: {}", n.story, n.reason))
            .collect();
        reasons.join("; ")
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
    /// Facts that no article their sheet applies to names.
    pub unmentioned: Vec<Unmentioned>,
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

    /// Articles checked against a sheet without findings; an article no sheet applies to is
    /// never clean.
    pub fn clean_files(&self) -> usize {
        self.files.iter().filter(|f| f.is_clean()).count()
    }

    /// Articles no sheet applies to ([`CheckedFile::not_checked`]).
    pub fn not_checked(&self) -> impl Iterator<Item = &CheckedFile> {
        self.files.iter().filter(|f| f.not_checked())
    }
}
