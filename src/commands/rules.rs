//! `factlint rules check`, `factlint rules test`, `factlint rules list` and `factlint rules
//! schema`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Exit, check};
use crate::article::{self, Article};
use crate::check::Ruleset;
use crate::extract::Context;
use crate::problem::Problem;
use crate::render::{escape, human, json};
use crate::report::{CheckReport, CheckedFile};
use crate::sheet::{Example, Fact, Sheet};
use crate::{schema, sheet};

/// Output formats of `rules check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesFormat {
    Human,
    Json,
}

/// Validates rule files: every problem of every file, exit 0 when there is none. With a
/// `corpus`, also names the articles no sheet applies to and the facts no article names,
/// without checking any fact (`check` does the same after a run).
pub fn check(
    paths: &[PathBuf],
    corpus: &[PathBuf],
    max_article_bytes: u64,
    format: RulesFormat,
    style: human::Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let (sheets, rule_problems) = sheet::load_sheets(paths);
    let facts: usize = sheets.iter().map(|s| s.facts.len()).sum();
    let sheet_count = sheets.len();
    let report = survey(sheets, corpus, max_article_bytes);
    let problems = rule_problems.len() + report.problems.len();
    match format {
        RulesFormat::Json => json::render_rules_check(&rule_problems, &report, out)?,
        RulesFormat::Human => {
            human::render_problems(&rule_problems, style, err)?;
            human::render_problems(&report.problems, style, err)?;
            human::render_coverage(&report, err)?;
            let verdict = match problems {
                0 => "no errors".to_string(),
                1 => "1 error".to_string(),
                n => format!("{n} errors"),
            };
            writeln!(
                err,
                "factlint: {sheet_count} valid fact sheet(s), {facts} facts; {verdict}"
            )?;
        }
    }
    Ok(if problems == 0 {
        Exit::Clean
    } else {
        Exit::Error
    })
}

/// Which sheets apply to each article of `corpus` and which facts those name, as a report
/// with no findings; unreadable articles are its problems.
fn survey(sheets: Vec<Sheet>, corpus: &[PathBuf], max_article_bytes: u64) -> CheckReport {
    let ruleset = Ruleset::new(sheets, Vec::new());
    let (paths, walk_errors) = article::collect_paths(corpus);
    let mut report = CheckReport {
        problems: walk_errors.into_iter().map(Problem::from).collect(),
        ..CheckReport::default()
    };
    for path in paths.iter() {
        match Article::read(&path, max_article_bytes) {
            Ok(article) => {
                let result = ruleset.survey(&article, &Context::for_article(&article, None));
                report.tally.add(&CheckedFile::new(article, result));
            }
            Err(error) => report.problems.push(error.into()),
        }
    }
    report.unmentioned = check::unmentioned(&ruleset, &report.tally);
    report
}

/// Runs the rule tests of the sheets: each fact's `examples:` checked as an article of its
/// own, against the fact alone. A failed example is reported at its place in the rule
/// file; exit 1 when one fails, 2 when a rule file has errors.
pub fn test(
    paths: &[PathBuf],
    style: human::Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let (sheets, problems) = sheet::load_sheets(paths);
    human::render_problems(&problems, style, err)?;
    let ruleset = Ruleset::new(sheets, Vec::new());
    let mut failures = Vec::new();
    let (mut examples, mut untested) = (0, Vec::new());
    for sheet in ruleset.sheets() {
        for fact in &sheet.facts {
            if fact.examples.is_empty() {
                untested.push(fact.id.as_str());
            }
            for example in &fact.examples {
                examples += 1;
                failures.extend(run_example(&ruleset, sheet, fact, example));
            }
        }
    }
    human::render_problems(&failures, style, out)?;
    if !untested.is_empty() {
        writeln!(err, "no examples: {}", untested.join(", "))?;
    }
    writeln!(
        err,
        "factlint: {examples} examples, {} failed",
        failures.len()
    )?;
    Ok(if !problems.is_empty() {
        Exit::Error
    } else if failures.is_empty() {
        Exit::Clean
    } else {
        Exit::Findings
    })
}

/// The failure of one example, if it fails.
fn run_example(
    ruleset: &Ruleset,
    sheet: &Sheet,
    fact: &Fact,
    example: &Example,
) -> Option<Problem> {
    let article =
        Article::from_bytes(Path::new("example.txt"), example.text.value.as_bytes()).ok()?;
    let findings = ruleset.findings_of(&fact.id, &article, &Context::default())?;
    let (message, label) = match (example.finding, findings.first()) {
        (true, None) => (
            format!("{}: this example gives no finding", fact.id),
            "expected a finding",
        ),
        (false, Some(finding)) => (
            format!(
                "{}: this example gives a finding: {}",
                fact.id, finding.message
            ),
            "expected no finding",
        ),
        _ => return None,
    };
    let help = format!(
        "`factlint explain {}` with the sentence in a file shows how it is read",
        fact.id
    );
    Some(
        Problem::file(&sheet.path, "rules::example", message)
            .at(sheet.text.clone(), example.text.span, label)
            .with_help(Some(help)),
    )
}

/// The widest column of `rules list`, in characters.
const MAX_COLUMN: usize = 60;

/// Lists every fact: id, kind, severity and assertion.
pub fn list(
    paths: &[PathBuf],
    style: human::Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let (sheets, problems) = sheet::load_sheets(paths);
    human::render_problems(&problems, style, err)?;
    let rows: Vec<[String; 4]> = sheets
        .iter()
        .flat_map(|s| &s.facts)
        .map(|fact| {
            [
                escape::line(&fact.id).into_owned(),
                fact.assertion.kind().as_str().to_string(),
                fact.severity.as_str().to_string(),
                escape::line(&fact.assert.value).into_owned(),
            ]
        })
        .collect();
    let header = ["FACT", "KIND", "SEVERITY", "ASSERTION"].map(String::from);
    // A column is as wide as its longest cell, up to a limit past which a cell overflows.
    let widths: Vec<usize> = (0..3)
        .map(|i| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r[i].chars().count().min(MAX_COLUMN))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(&widths) {
            line.push_str(&format!("{cell:<width$}  "));
        }
        line.push_str(&row[3]);
        writeln!(out, "{line}")?;
    }
    Ok(if problems.is_empty() {
        Exit::Clean
    } else {
        Exit::Error
    })
}

/// Prints the JSON Schema of fact sheets (also committed as `docs/fact-sheet.schema.json`).
pub fn schema(out: &mut dyn Write) -> io::Result<Exit> {
    writeln!(out, "{}", schema::fact_sheet_json())?;
    Ok(Exit::Clean)
}
