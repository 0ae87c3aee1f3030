//! `factlint check`: lint articles against fact sheets.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{Exit, Format};
use crate::article::{self, Article};
use jiff::civil::Date;

use crate::check::builtin::BuiltinCheck;
use crate::check::{Ruleset, is_evaluated};
use crate::config::FailOn;
use crate::extract::Context;
use crate::problem::Problem;
use crate::render::{human, json};
use crate::report::{CheckReport, CheckedFile};
use crate::sheet;

pub struct CheckOptions {
    /// Articles and folders of articles.
    pub paths: Vec<PathBuf>,
    /// Rule files and folders of rule files.
    pub rules: Vec<PathBuf>,
    pub format: Format,
    pub fail_on: FailOn,
    /// Built-in checks that are switched on.
    pub builtins: Vec<&'static BuiltinCheck>,
    /// The publication date of articles that do not state their own (`--date`).
    pub publication_date: Option<Date>,
    pub style: human::Style,
    pub quiet: bool,
}

/// Checks the articles, renders the report and returns the exit status.
pub fn run(options: &CheckOptions, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    let report = check(options);
    match options.format {
        Format::Human => human::render(&report, options.style, options.quiet, out, err)?,
        Format::Json => json::render(&report, out)?,
    }
    Ok(exit_status(&report, options.fail_on))
}

/// Loads the rules once and checks every article under `options.paths` against them.
/// Unreadable rule files and articles become problems; the rest is still checked.
pub fn check(options: &CheckOptions) -> CheckReport {
    let (sheets, mut problems) = sheet::load_sheets(&options.rules);
    let ruleset = Ruleset::new(sheets, options.builtins.clone());
    let facts = ruleset.sheets().iter().flat_map(|s| &s.facts);
    let facts_not_evaluated = facts
        .clone()
        .filter(|f| !is_evaluated(f.assertion.kind()))
        .count();
    let (article_paths, walk_errors) = article::collect_paths(&options.paths);
    problems.extend(walk_errors.into_iter().map(Problem::from));
    let mut files = Vec::with_capacity(article_paths.len());
    for path in article_paths {
        match Article::read(&path) {
            Ok(article) => {
                let context = Context::for_article(&article, options.publication_date);
                let result = ruleset.check(&article, &context);
                files.push(CheckedFile::new(article, result));
            }
            Err(error) => problems.push(Problem::from(error)),
        }
    }
    let facts = facts.count();
    CheckReport {
        files,
        problems,
        sheets: ruleset.sheets().len(),
        fact_sheets: ruleset.into_sheets(),
        facts,
        facts_not_evaluated,
    }
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
