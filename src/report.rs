//! The result of a run, before it is rendered.

use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::path::PathBuf;

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
    pub source: String,
    /// Built when a line and column is first asked for: most articles have no findings.
    lines: OnceCell<LineIndex>,
    pub findings: Vec<Finding>,
    /// Stories whose sheet applies to the article.
    pub stories: Vec<String>,
    /// Sheets that do not apply to the article, and why.
    pub not_applicable: Vec<NotApplicable>,
    /// Facts the article names.
    pub mentioned: Vec<String>,
    /// How many findings inline suppressions removed.
    pub suppressed: usize,
    /// What reports that show articles read besides findings; `None` when the run asked
    /// for findings only, which a cached article gives without reading its Markdown again.
    pub text: Option<ArticleText>,
}

/// An article's front matter, prose and statements of facts, as an editorial report shows
/// them.
#[derive(Debug)]
pub struct ArticleText {
    pub meta: Metadata,
    /// The prose that was checked.
    pub body: ExtractedText,
    /// The sentences that speak of each fact (spans of `body.text`).
    pub statements: Vec<Statement>,
}

impl CheckedFile {
    /// `article` and its result, keeping the article's text and statements.
    pub fn new(article: Article, mut result: ArticleResult) -> Self {
        let text = ArticleText {
            meta: article.meta,
            body: article.body,
            statements: std::mem::take(&mut result.statements),
        };
        Self {
            text: Some(text),
            ..Self::without_text(article.path, article.source, result)
        }
    }

    /// The file at `path`, whose bytes are `source`, and its result, without its text.
    pub fn without_text(path: PathBuf, source: String, result: ArticleResult) -> Self {
        Self {
            lines: OnceCell::new(),
            path,
            source,
            findings: result.findings,
            stories: result.stories,
            not_applicable: result.not_applicable,
            mentioned: result.mentioned,
            suppressed: result.suppressed,
            text: None,
        }
    }

    /// The front matter, if the run kept the article's text.
    pub fn meta(&self) -> Option<&Metadata> {
        self.text.as_ref().map(|text| &text.meta)
    }

    /// The statements of facts, none if the run did not keep the article's text.
    pub fn statements(&self) -> &[Statement] {
        self.text.as_ref().map_or(&[], |text| &text.statements)
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let lines = self.lines.get_or_init(|| LineIndex::new(&self.source));
        lines.line_col(&self.source, offset)
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
        why_not_checked(&self.not_applicable)
    }
}

fn why_not_checked(not_applicable: &[NotApplicable]) -> String {
    let reasons: Vec<String> = not_applicable
        .iter()
        .map(|n| format!("{}: {}", n.story, n.reason))
        .collect();
    reasons.join("; ")
}

/// An article no sheet applies to, as the end of a run lists it.
#[derive(Debug)]
pub struct NotChecked {
    pub path: PathBuf,
    pub not_applicable: Vec<NotApplicable>,
}

impl NotChecked {
    /// [`CheckedFile::why_not_checked`].
    pub fn why(&self) -> String {
        why_not_checked(&self.not_applicable)
    }
}

/// What the end of a run says about its articles (counts, the articles no sheet applies
/// to, the stories applied and facts named), added up article by article so that an
/// article's text need not outlive its own output.
#[derive(Debug, Default)]
pub struct Tally {
    pub articles: usize,
    /// Articles checked against a sheet (or there are none) without findings.
    pub clean: usize,
    /// Articles with at least one finding.
    pub flagged: usize,
    /// Findings by severity, in the order of [`Severity::ALL`].
    by_severity: [usize; 3],
    pub suppressed: usize,
    pub not_checked: Vec<NotChecked>,
    /// Stories whose sheet applies to at least one article.
    pub applied: BTreeSet<String>,
    /// Facts at least one article names.
    pub mentioned: BTreeSet<String>,
}

impl Tally {
    pub fn add(&mut self, file: &CheckedFile) {
        self.articles += 1;
        self.clean += usize::from(file.is_clean());
        self.flagged += usize::from(!file.findings.is_empty());
        for finding in &file.findings {
            self.by_severity[severity_index(finding.severity)] += 1;
        }
        self.suppressed += file.suppressed;
        if file.not_checked() {
            self.not_checked.push(NotChecked {
                path: file.path.clone(),
                not_applicable: file.not_applicable.clone(),
            });
        }
        add_new(&mut self.applied, &file.stories);
        add_new(&mut self.mentioned, &file.mentioned);
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.by_severity[severity_index(severity)]
    }

    pub fn findings(&self) -> usize {
        self.by_severity.iter().sum()
    }
}

/// Adds the `names` that `set` lacks, copying only those: most articles name what earlier
/// ones did, and a copy made to be dropped was an allocation per name and article.
fn add_new(set: &mut BTreeSet<String>, names: &[String]) {
    for name in names {
        if !set.contains(name) {
            set.insert(name.clone());
        }
    }
}

fn severity_index(severity: Severity) -> usize {
    Severity::ALL
        .iter()
        .position(|s| *s == severity)
        .unwrap_or_default()
}

/// Everything a `check` run produced. `files` is empty when the articles were rendered as
/// they were checked (`check`); `tally` always counts them all.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub files: Vec<CheckedFile>,
    pub tally: Tally,
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
        self.tally.count(severity)
    }

    /// Every fact of every sheet, in order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.sheets.iter().flat_map(|sheet| &sheet.facts)
    }

    /// Articles checked against a sheet without findings; an article no sheet applies to is
    /// never clean.
    pub fn clean_files(&self) -> usize {
        self.tally.clean
    }

    /// Articles no sheet applies to ([`CheckedFile::not_checked`]).
    pub fn not_checked(&self) -> impl Iterator<Item = &CheckedFile> {
        self.files.iter().filter(|f| f.not_checked())
    }
}
