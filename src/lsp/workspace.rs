//! What the server checks against: `factlint.yaml` and the fact sheets it names, loaded from
//! disk when the server starts and again whenever one of them changes.

use std::path::{Path, PathBuf};

use crate::check::Ruleset;
use crate::config::Config;
use crate::problem::Problem;
use crate::sheet::{self, Fact};

pub struct Workspace {
    /// Where `factlint.yaml` is looked for (at or above).
    root: PathBuf,
    pub ruleset: Ruleset,
    /// Errors of `factlint.yaml` and the sheets, each reported in its own file.
    pub problems: Vec<Problem>,
    pub max_article_bytes: u64,
}

impl Workspace {
    pub fn load(root: &Path) -> Self {
        let (config, config_problem) = match Config::discover(root) {
            Ok(config) => (config, None),
            Err(problem) => (Config::default(), Some(problem)),
        };
        // The paths of a `factlint.yaml` are relative to the working directory; the defaults,
        // to the workspace.
        let base = match config.file {
            Some(_) => std::env::current_dir().unwrap_or_default(),
            None => root.to_path_buf(),
        };
        let rules: Vec<PathBuf> = config.rules.iter().map(|p| base.join(p)).collect();
        let (sheets, mut problems) = sheet::load_sheets(&rules);
        problems.extend(config_problem);
        let ruleset = Ruleset::new(sheets, config.builtin_checks())
            .list_unknown_quotes(config.unknown_quotes);
        Self {
            root: root.to_path_buf(),
            ruleset,
            problems,
            max_article_bytes: config.max_article_bytes,
        }
    }

    pub fn reload(&mut self) {
        *self = Self::load(&self.root.clone());
    }

    /// The fact a finding's id names, and the path of its sheet.
    pub fn fact(&self, id: &str) -> Option<(&Fact, &sheet::Sheet)> {
        self.ruleset.sheets().iter().find_map(|sheet| {
            let fact = sheet.facts.iter().find(|fact| fact.id == id)?;
            Some((fact, sheet))
        })
    }
}

/// Whether a change to `path` calls for reloading: `factlint.yaml` or a fact sheet.
pub fn is_rule_or_config_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension == "yaml" || extension == "yml")
}
