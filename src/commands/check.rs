//! `factlint check`: lint articles against fact sheets, and fix what is certain.

use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::{Exit, Format};
use crate::article::{self, Article, Exclude};
use crate::check::builtin::BuiltinCheck;
use crate::check::{ArticleResult, Ruleset, Unmentioned};
use crate::config::{self, FailOn};
use crate::extract::Context;
use crate::problem::Problem;
use crate::progress::Progress;
use crate::render::{self, diff, github, human, json, jsonl, sarif, short};
use crate::report::{CheckReport, CheckedFile, Rule};
use crate::sheet;
use crate::{files, fix, parallel, suppression};

pub struct CheckOptions {
    /// Articles and folders of articles.
    pub paths: Vec<PathBuf>,
    /// Rule files and folders of rule files.
    pub rules: Vec<PathBuf>,
    /// Articles left out (`exclude:` of factlint.yaml), named or found in a folder.
    pub exclude: Exclude,
    pub format: Format,
    pub fail_on: FailOn,
    /// Built-in checks that are switched on.
    pub builtins: Vec<&'static BuiltinCheck>,
    /// List quotations found in none of the entity's known quotes, as info.
    pub unknown_quotes: bool,
    /// The publication date of articles that do not state their own (`--date`).
    pub publication_date: Option<Date>,
    pub style: human::Style,
    pub quiet: bool,
    pub fix: FixMode,
    /// Whether a progress bar may be drawn on standard error (see [`crate::progress::wanted`]).
    pub progress: bool,
    /// Articles larger than this many bytes are refused.
    pub max_article_bytes: u64,
    /// Articles checked at once (`--jobs`); every core when `None`.
    pub jobs: Option<NonZeroUsize>,
}

impl CheckOptions {
    /// No paths or rules yet, the human format, failing on errors, no fixes, no progress bar.
    pub fn new(style: human::Style) -> Self {
        Self {
            paths: Vec::new(),
            rules: Vec::new(),
            exclude: Exclude::default(),
            format: Format::Human,
            fail_on: FailOn::Severity(crate::finding::Severity::Error),
            builtins: Vec::new(),
            unknown_quotes: false,
            publication_date: None,
            style,
            quiet: false,
            fix: FixMode::Report,
            progress: false,
            max_article_bytes: config::DEFAULT_MAX_ARTICLE_MB * files::MB,
            jobs: None,
        }
    }
}

/// What `check` does with the certain fixes of its findings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FixMode {
    /// Report them only.
    #[default]
    Report,
    /// `--fix`: write them to the articles, then report what is left.
    Apply,
    /// `--diff`: print them as a unified diff, write nothing.
    Diff,
}

/// An article whose fixes changed its text.
#[derive(Debug)]
pub struct Change {
    pub path: PathBuf,
    pub before: String,
    pub after: String,
    /// How many fixes were applied.
    pub fixes: usize,
}

/// A checked corpus, and the fixes made (or, with `--diff`, proposed).
#[derive(Debug, Default)]
pub struct Checked {
    pub report: CheckReport,
    pub changes: Vec<Change>,
}

/// Checks the articles, fixes or diffs them as asked, renders the report and returns the
/// exit status.
pub fn run(options: &CheckOptions, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    let checked = check(options, err)?;
    let report = &checked.report;
    if options.fix == FixMode::Diff {
        return print_diffs(&checked, options.style, out, err);
    }
    match options.format {
        Format::Human => human::render(report, options.style, options.quiet, out, err)?,
        Format::Json => json::render(report, out)?,
        Format::Jsonl => jsonl::render(report, out)?,
        Format::Sarif => sarif::render(report, out)?,
        Format::Github => github::render(report, out)?,
        Format::Short => short::render(report, out)?,
    }
    if options.format == Format::Short && !options.quiet {
        human::render_coverage(report, err)?;
    }
    let summary_line = matches!(options.format, Format::Github | Format::Short)
        && render::summary_wanted(report, options.quiet);
    if summary_line {
        writeln!(err, "{}", human::summary(report))?;
    }
    if !checked.changes.is_empty() {
        writeln!(
            err,
            "factlint: {}",
            fixed_summary(&checked.changes, "fixed")
        )?;
    }
    Ok(exit_status(report, options.fail_on))
}

fn print_diffs(
    checked: &Checked,
    style: human::Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    for change in &checked.changes {
        diff::render(change, out)?;
    }
    human::render_problems(&checked.report.problems, style, err)?;
    let verdict = match checked.changes.len() {
        0 => "nothing to fix".to_string(),
        _ => fixed_summary(&checked.changes, "would fix"),
    };
    writeln!(err, "factlint: {verdict}")?;
    Ok(if !checked.report.problems.is_empty() {
        Exit::Error
    } else if checked.changes.is_empty() {
        Exit::Clean
    } else {
        Exit::Findings
    })
}

fn fixed_summary(changes: &[Change], verb: &str) -> String {
    let fixes: usize = changes.iter().map(|c| c.fixes).sum();
    let findings = if fixes == 1 { "finding" } else { "findings" };
    let files = if changes.len() == 1 { "file" } else { "files" };
    format!("{verb} {fixes} {findings} in {} {files}", changes.len())
}

/// Loads the rules once and checks every article under `options.paths` against them, on all
/// cores, fixing them if asked. Unreadable rule files and articles become problems; the rest
/// is still checked. Results keep the order of the paths. A progress bar may be drawn on
/// `err` meanwhile.
pub fn check(options: &CheckOptions, err: &mut dyn Write) -> io::Result<Checked> {
    let (sheets, mut problems) = sheet::load_sheets(&options.rules);
    let ruleset =
        Ruleset::new(sheets, options.builtins.clone()).list_unknown_quotes(options.unknown_quotes);
    let (mut article_paths, walk_errors) = article::collect_paths(&options.paths);
    article_paths.retain(|path| !options.exclude.matches(path));
    problems.extend(walk_errors.into_iter().map(Problem::from));
    let mut checked = Checked::default();
    let mut progress = Progress::new(article_paths.len(), options.progress);
    parallel::map_in_order(
        &article_paths,
        options.jobs,
        |path| check_file(&ruleset, path, options),
        |outcome| {
            match outcome {
                Ok(outcome) => {
                    checked.report.files.push(outcome.file);
                    checked.changes.extend(outcome.change);
                    problems.extend(outcome.problem);
                }
                Err(problem) => problems.push(problem),
            }
            progress.step(err)
        },
    )?;
    progress.finish(err)?;
    checked.report.problems = problems;
    checked.report.rules = describe_rules(&ruleset, &options.builtins);
    checked.report.unmentioned = unmentioned(&ruleset, &checked.report.files);
    checked.report.sheets = ruleset.into_sheets();
    Ok(checked)
}

/// What checking (and fixing) one readable article gave.
struct FileOutcome {
    file: CheckedFile,
    change: Option<Change>,
    /// A failed write of the fixes; the file is then reported as it is on disk.
    problem: Option<Problem>,
}

impl FileOutcome {
    fn unchanged(article: Article, result: ArticleResult) -> Self {
        Self {
            file: CheckedFile::new(article, result),
            change: None,
            problem: None,
        }
    }
}

/// One article checked and, if asked, fixed. With `--fix`, a file is written only when it was
/// read without error, and a failed write leaves it as it was and becomes a problem.
fn check_file(
    ruleset: &Ruleset,
    path: &Path,
    options: &CheckOptions,
) -> Result<FileOutcome, Problem> {
    let article = Article::read(path, options.max_article_bytes)?;
    if article.body.text.trim().is_empty() {
        return Err(Problem::file(
            path,
            "article::empty",
            "has no text to check",
        ));
    }
    let check = |article: &Article| {
        let context = Context::for_article(article, options.publication_date);
        ruleset.check(article, &context)
    };
    let result = check(&article);
    if options.fix == FixMode::Report || !result.findings.iter().any(|f| f.fix.is_some()) {
        return Ok(FileOutcome::unchanged(article, result));
    }
    let fixed = fix::fix_until_stable(article.clone(), result.findings.clone(), |a| {
        check(a).findings
    });
    if fixed.applied == 0 {
        return Ok(FileOutcome::unchanged(article, result));
    }
    if options.fix == FixMode::Apply
        && let Err(error) = files::replace(
            path,
            fixed.article.source.as_bytes(),
            Some(article.source.as_bytes()),
        )
    {
        let message = format!("could not write the fixes: {error}");
        return Ok(FileOutcome {
            problem: Some(Problem::file(path, "fix::write", message)),
            ..FileOutcome::unchanged(article, result)
        });
    }
    let change = Change {
        path: path.to_path_buf(),
        before: article.source,
        after: fixed.article.source.clone(),
        fixes: fixed.applied,
    };
    let result = check(&fixed.article);
    Ok(FileOutcome {
        file: CheckedFile::new(fixed.article, result),
        change: Some(change),
        problem: None,
    })
}

/// The facts and built-in checks of the run, as formats that describe their rules show them.
fn describe_rules(ruleset: &Ruleset, builtins: &[&BuiltinCheck]) -> Vec<Rule> {
    let facts = ruleset.sheets().iter().flat_map(|s| &s.facts);
    let builtins = builtins.iter().map(|check| Rule {
        id: check.finding_id(),
        kind: check.kind,
        severity: check.severity,
        description: check.description.to_string(),
        note: None,
        source: None,
    });
    facts
        .map(|fact| Rule {
            id: fact.id.clone(),
            kind: fact.assertion.kind(),
            severity: fact.severity,
            description: fact.assert.value.clone(),
            note: fact.note.clone(),
            source: fact.source.clone(),
        })
        .chain(builtins)
        .chain(std::iter::once(suppression::unused_rule()))
        .collect()
}

/// The facts no checked article names ([`Ruleset::unmentioned`]).
pub(crate) fn unmentioned(ruleset: &Ruleset, files: &[CheckedFile]) -> Vec<Unmentioned> {
    let applied: Vec<&str> = files
        .iter()
        .flat_map(|f| &f.stories)
        .map(String::as_str)
        .collect();
    let mentioned: Vec<&str> = files
        .iter()
        .flat_map(|f| &f.mentioned)
        .map(String::as_str)
        .collect();
    ruleset.unmentioned(&applied, &mentioned)
}

fn exit_status(report: &CheckReport, fail_on: FailOn) -> Exit {
    if !report.problems.is_empty() {
        Exit::Error
    } else if report.findings().any(|(_, f)| fail_on.fails(f.severity)) {
        Exit::Findings
    } else {
        Exit::Clean
    }
}
