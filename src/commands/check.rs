//! `factlint check`: lint articles against fact sheets, and fix what is certain.

use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::output::Output;
use super::{Exit, Format};
use crate::article::{self, Article, Exclude};
use crate::cache::{self, Cache};
use crate::check::builtin::BuiltinCheck;
use crate::check::{ArticleResult, Ruleset, Unmentioned};
use crate::config::{self, FailOn};
use crate::extract::Context;
use crate::finding::Severity;
use crate::problem::Problem;
use crate::progress::Progress;
use crate::render::{diff, human};
use crate::report::{CheckReport, CheckedFile, Rule, Tally};
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
    /// The cache folder (`cache:` of factlint.yaml); `None`: no cache (`--no-cache`).
    pub cache: Option<PathBuf>,
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
            cache: None,
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
/// exit status. Each article's findings (or diff) are written as soon as it is checked, in
/// the order of the paths, and the article is dropped.
pub fn run(options: &CheckOptions, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    let mut output = Output::new(options.format);
    let mut fixed = Fixed::default();
    let report = check_each(options, err, |file, change| {
        if let Some(change) = &change {
            fixed.add(change);
        }
        match (options.fix, change) {
            (FixMode::Diff, Some(change)) => diff::render(&change, out),
            (FixMode::Diff, None) => Ok(()),
            _ => output.file(file, options.style, out),
        }
    })?;
    if options.fix == FixMode::Diff {
        return finish_diffs(&report, &fixed, options.style, err);
    }
    output.finish(&report, options.style, options.quiet, out, err)?;
    if fixed.files > 0 {
        writeln!(err, "factlint: {}", fixed.summary("fixed"))?;
    }
    Ok(exit_status(&report, options.fail_on))
}

fn finish_diffs(
    report: &CheckReport,
    fixed: &Fixed,
    style: human::Style,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    human::render_problems(&report.problems, style, err)?;
    let verdict = match fixed.files {
        0 => "nothing to fix".to_string(),
        _ => fixed.summary("would fix"),
    };
    writeln!(err, "factlint: {verdict}")?;
    Ok(if !report.problems.is_empty() {
        Exit::Error
    } else if fixed.files == 0 {
        Exit::Clean
    } else {
        Exit::Findings
    })
}

/// How many files and findings were fixed (or, with `--diff`, would be).
#[derive(Debug, Default)]
struct Fixed {
    files: usize,
    fixes: usize,
}

impl Fixed {
    fn add(&mut self, change: &Change) {
        self.files += 1;
        self.fixes += change.fixes;
    }

    fn summary(&self, verb: &str) -> String {
        let findings = if self.fixes == 1 {
            "finding"
        } else {
            "findings"
        };
        let files = if self.files == 1 { "file" } else { "files" };
        format!("{verb} {} {findings} in {} {files}", self.fixes, self.files)
    }
}

/// [`check_each`], keeping every article with its text and statements, and every change:
/// for reports that show whole texts.
pub fn check(options: &CheckOptions, err: &mut dyn Write) -> io::Result<Checked> {
    let (mut files, mut changes) = (Vec::new(), Vec::new());
    let mut report = check_all(options, Keep::Text, err, |file, change| {
        files.push(file);
        changes.extend(change);
        Ok(None)
    })?;
    report.files = files;
    Ok(Checked { report, changes })
}

/// Loads the rules once and checks every article under `options.paths` against them, on all
/// cores, fixing them if asked, and gives each article (and its change, if fixed) to `each`
/// in the order of the paths. Unreadable rule files and articles become problems; the rest
/// is still checked. Returns the run's report without its articles (`files` is empty; the
/// tally counts them). A progress bar may be drawn on `err` meanwhile. The articles come
/// without their text ([`CheckedFile::text`] is `None`).
pub fn check_each(
    options: &CheckOptions,
    err: &mut dyn Write,
    mut each: impl FnMut(&CheckedFile, Option<Change>) -> io::Result<()>,
) -> io::Result<CheckReport> {
    check_all(options, Keep::Findings, err, |file, change| {
        each(&file, change)?;
        Ok(Some(file))
    })
}

/// What a run keeps of each article besides its findings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Nothing: an article found in the cache is not read past its bytes.
    Findings,
    /// Its text and the statements of each fact, as reports show them.
    Text,
}

/// `each` gives back the article if it is done with it: it is dropped on the thread that
/// checked it ([`parallel::map_in_order`]).
fn check_all(
    options: &CheckOptions,
    keep: Keep,
    err: &mut dyn Write,
    mut each: impl FnMut(CheckedFile, Option<Change>) -> io::Result<Option<CheckedFile>>,
) -> io::Result<CheckReport> {
    let (sheets, mut problems) = sheet::load_sheets(&options.rules);
    let ruleset =
        Ruleset::new(sheets, options.builtins.clone()).list_unknown_quotes(options.unknown_quotes);
    // The cache is opened before the walk: what reading its indexes takes for a moment is
    // given back before the paths are held.
    let cache = options
        .cache
        .as_deref()
        .map(|dir| Cache::new(dir, &cache_inputs(&ruleset, options, keep)));
    let (mut article_paths, walk_errors) = article::collect_paths(&options.paths);
    if !options.exclude.is_empty() {
        article_paths.retain(|path| !options.exclude.matches(path));
    }
    problems.extend(walk_errors.into_iter().map(Problem::from));
    let mut tally = Tally::default();
    let mut progress = Progress::new(article_paths.len(), options.progress);
    let checked = parallel::map_in_order(
        article_paths.len(),
        options.jobs,
        |index| {
            let path = article_paths.get(index);
            check_file(&ruleset, cache.as_ref(), &path, options, keep)
        },
        |outcome| {
            let spent = match outcome {
                Ok(outcome) => {
                    tally.add(&outcome.file);
                    problems.extend(outcome.problem);
                    each(outcome.file, outcome.change)?
                }
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            };
            progress.step(err)?;
            io::Result::Ok(spent)
        },
    );
    // What was checked is kept even if the run stops early (a closed pipe).
    let warning = cache.and_then(Cache::finish);
    checked?;
    progress.finish(err)?;
    if let Some(warning) = warning {
        writeln!(err, "{warning}")?;
    }
    Ok(CheckReport {
        files: Vec::new(),
        problems,
        rules: describe_rules(&ruleset, &options.builtins),
        unmentioned: unmentioned(&ruleset, &tally),
        tally,
        sheets: ruleset.into_sheets(),
    })
}

/// Everything besides an article that its findings depend on: the sheets as written, the
/// built-in checks, the options that change answers, and whether statements are kept.
fn cache_inputs(ruleset: &Ruleset, options: &CheckOptions, keep: Keep) -> cache::Inputs {
    let mut inputs = cache::Inputs::new();
    for sheet in ruleset.sheets() {
        inputs
            .add("sheet", sheet.path.as_os_str().as_encoded_bytes())
            .add("text", sheet.text.as_bytes());
    }
    for check in &options.builtins {
        inputs.add("builtin", check.finding_id().as_bytes());
    }
    let date = options.publication_date.map(|date| date.to_string());
    inputs
        .add("unknown quotes", &[u8::from(options.unknown_quotes)])
        .add("date", date.unwrap_or_default().as_bytes())
        .add("statements", &[u8::from(keep == Keep::Text)]);
    inputs
}

/// What checking (and fixing) one readable article gave.
struct FileOutcome {
    file: CheckedFile,
    change: Option<Change>,
    /// A failed write of the fixes; the file is then reported as it is on disk.
    problem: Option<Problem>,
}

impl FileOutcome {
    /// Checked, and not changed.
    fn of(file: CheckedFile) -> Self {
        Self {
            file,
            change: None,
            problem: None,
        }
    }
}

/// One article checked and, if asked, fixed. With `--fix`, a file is written only when it was
/// read without error, and a failed write leaves it as it was and becomes a problem.
fn check_file(
    ruleset: &Ruleset,
    cache: Option<&Cache>,
    path: &Path,
    options: &CheckOptions,
    keep: Keep,
) -> Result<FileOutcome, Problem> {
    let mut bytes = Article::read_bytes(path, options.max_article_bytes)?;
    let mut cached = cache.and_then(|cache| cache.get(path, &bytes));
    let fixes_to_make = |result: &ArticleResult| {
        options.fix != FixMode::Report && result.findings.iter().any(|f| f.fix.is_some())
    };
    if keep == Keep::Findings
        && let Some(result) = cached.take_if(|result| !fixes_to_make(result))
    {
        // Only articles that were read and had text are cached, so the bytes are UTF-8.
        match String::from_utf8(bytes) {
            Ok(source) => {
                let file = CheckedFile::without_text(path.to_path_buf(), source, result);
                return Ok(FileOutcome::of(file));
            }
            Err(error) => (bytes, cached) = (error.into_bytes(), Some(result)),
        }
    }
    let article = Article::from_owned_bytes(path, bytes)?;
    if article.body.text.trim().is_empty() {
        return Err(Problem::file(
            path,
            "article::empty",
            "has no text to check",
        ));
    }
    let evaluate = |article: &Article| {
        let context = Context::for_article(article, options.publication_date);
        let result = match keep {
            Keep::Findings => ruleset.check(article, &context),
            Keep::Text => ruleset.check_with_statements(article, &context),
        };
        if let Some(cache) = cache {
            cache.put(&article.path, article.source.as_bytes(), &result);
        }
        result
    };
    let check = |article: &Article| {
        let cached = cache.and_then(|cache| cache.get(&article.path, article.source.as_bytes()));
        cached.unwrap_or_else(|| evaluate(article))
    };
    let result = cached.unwrap_or_else(|| evaluate(&article));
    let outcome = |article: Article, result| FileOutcome::of(checked(article, result, keep));
    if !fixes_to_make(&result) {
        return Ok(outcome(article, result));
    }
    let fixed = fix::fix_until_stable(article.clone(), result.findings.clone(), |a| {
        check(a).findings
    });
    if fixed.applied == 0 {
        return Ok(outcome(article, result));
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
            ..outcome(article, result)
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
        change: Some(change),
        ..outcome(fixed.article, result)
    })
}

/// `article` and its result, with its text if the run keeps it.
fn checked(article: Article, result: ArticleResult, keep: Keep) -> CheckedFile {
    match keep {
        Keep::Findings => CheckedFile::without_text(article.path, article.source, result),
        Keep::Text => CheckedFile::new(article, result),
    }
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
pub(crate) fn unmentioned(ruleset: &Ruleset, tally: &Tally) -> Vec<Unmentioned> {
    let applied: Vec<&str> = tally.applied.iter().map(String::as_str).collect();
    let mentioned: Vec<&str> = tally.mentioned.iter().map(String::as_str).collect();
    ruleset.unmentioned(&applied, &mentioned)
}

fn exit_status(report: &CheckReport, fail_on: FailOn) -> Exit {
    let fails = |severity| report.count(severity) > 0 && fail_on.fails(severity);
    if !report.problems.is_empty() {
        Exit::Error
    } else if Severity::ALL.into_iter().any(fails) {
        Exit::Findings
    } else {
        Exit::Clean
    }
}
