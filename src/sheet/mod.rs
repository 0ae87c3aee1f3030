//! Fact sheets: rule files read, checked and compiled into the model the checks use.
//!
//! `raw` is the YAML shape, `compile` turns it into [`Sheet`] while collecting every problem
//! of the file (bad YAML, language errors, unknown references) with its exact position.

mod compile;
mod ordered_map;
mod raw;
mod scalar;
mod yaml_error;
pub use yaml_error::yaml_problem;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::check;
use crate::files;
use crate::finding::Severity;
use crate::lang::ast::{Assertion, Condition};
use crate::problem::Problem;

pub use compile::compile_sheet;
pub use scalar::Scalar;

/// Roles a claim can be attributed to without declaring an entity.
pub const BUILTIN_ROLES: &[&str] = &["analyst", "official"];

/// One compiled fact sheet.
#[derive(Debug)]
pub struct Sheet {
    pub story: String,
    pub title: Option<String>,
    pub path: PathBuf,
    /// The rule file's text, for diagnostics that point into it.
    pub text: Arc<str>,
    pub applies_when: Option<Condition>,
    pub sources: Vec<SourceEntry>,
    pub entities: Vec<Entity>,
    pub terms: Vec<TermGroup>,
    pub facts: Vec<Fact>,
}

#[derive(Debug)]
pub struct SourceEntry {
    pub id: String,
    pub text: String,
}

#[derive(Debug)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub titles: Vec<String>,
    pub quotes: Vec<String>,
}

/// `terms: launch: [launch, launched, fired]`: words that name the same event, subject or
/// claim.
#[derive(Debug)]
pub struct TermGroup {
    pub name: String,
    pub words: Vec<String>,
}

impl TermGroup {
    /// Whether the group is named after `subject` (a fact's subject, event or claim).
    pub fn names(&self, subject: &str) -> bool {
        check::spelling::same_phrase(&check::fold(&self.name), &check::fold(subject))
    }
}

#[derive(Debug)]
pub struct Fact {
    /// `story/fact`.
    pub id: String,
    pub assertion: Assertion,
    /// The `assert:` value as written and where it is.
    pub assert: Scalar,
    pub severity: Severity,
    /// The source spelled out (`White House press briefing by John Kirby, 2024-01-04`).
    pub source: Option<String>,
    pub note: Option<String>,
    /// `replace:` of a `forbid` fact: words that may stand in for the forbidden phrase, which
    /// `check --fix` writes.
    pub replacement: Option<String>,
    /// `examples:`, the fact's rule tests (`factlint rules test`).
    pub examples: Vec<Example>,
}

/// A sentence that must (or must not) give a finding of its fact.
#[derive(Debug)]
pub struct Example {
    /// The sentence, and where it is in the rule file.
    pub text: Scalar,
    /// Whether the sentence must give a finding.
    pub finding: bool,
}

impl Sheet {
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// `word` and the words of the `terms` group named after it (case, hyphens and British
    /// or American spelling aside): what a fact whose subject, event or claim is `word`
    /// looks for. The group, when there is one. Every kind of fact widens its words here.
    pub fn with_terms<'a>(&'a self, word: &'a str) -> (Vec<&'a str>, Option<&'a TermGroup>) {
        let group = self.terms.iter().find(|group| group.names(word));
        let words = std::iter::once(word)
            .chain(
                group
                    .into_iter()
                    .flat_map(|g| g.words.iter().map(String::as_str)),
            )
            .collect();
        (words, group)
    }
}

/// Rule files found under `paths`: `.yaml` and `.yml` files, folders walked (symbolic links
/// followed), sorted; a file named twice is read once. A path given explicitly is taken
/// whatever it is, so that reading it says what is wrong with it; a folder without a rule
/// file is a problem, as is a link that leads nowhere.
pub fn rule_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {
                let found = files.len();
                walk_rules(path, &mut files, &mut problems);
                if files.len() == found {
                    problems.push(Problem::file(
                        path,
                        "rules::none",
                        "no rule file (.yaml or .yml) in this folder",
                    ));
                }
            }
            Ok(_) => files.push(path.clone()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => problems.push(
                Problem::file(path, "rules::missing", "no such file or folder"),
            ),
            Err(error) => {
                problems.push(Problem::file(path, "rules::unreadable", error.to_string()))
            }
        }
    }
    let mut seen = HashSet::new();
    files.retain(|file| seen.insert(std::fs::canonicalize(file).unwrap_or_else(|_| file.clone())));
    (files, problems)
}

fn walk_rules(folder: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = walkdir::WalkDir::new(folder)
        .follow_links(true)
        .sort_by_file_name();
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_rule_file(entry.path()) => {
                files.push(entry.into_path());
            }
            Ok(_) => {}
            Err(error) => problems.push(Problem::file(
                error.path().unwrap_or(folder),
                "rules::unreadable",
                error.to_string(),
            )),
        }
    }
}

fn is_rule_file(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    !hidden
        && matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        )
}

/// Reads and compiles every rule file under `paths`. A sheet with any problem is left out,
/// so a half-understood sheet never passes or fails an article.
pub fn load_sheets(paths: &[PathBuf]) -> (Vec<Sheet>, Vec<Problem>) {
    let (files, mut problems) = rule_files(paths);
    let mut sheets: Vec<Sheet> = Vec::new();
    for file in files {
        let text = match files::read_text(&file, files::MAX_RULE_FILE, "a rule file") {
            Ok(text) => text,
            Err(error) => {
                problems.push(Problem::file(&file, "rules::unreadable", error.to_string()));
                continue;
            }
        };
        match compile_sheet(&file, text, &sheets) {
            Ok(sheet) => sheets.push(sheet),
            Err(mut errors) => problems.append(&mut errors),
        }
    }
    (sheets, problems)
}
