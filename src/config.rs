//! `factlint.yaml`: where the rules and the corpus are, and when a run fails.
//!
//! Found by walking up from the working directory, like `.git`. Paths in it are relative to
//! the file; flags on the command line override it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::article::Exclude;
use crate::cache;
use crate::check::builtin::{self, BuiltinCheck};
use crate::editorial;
use crate::files::{self, MB};
use crate::finding::Severity;
use crate::problem::Problem;
use crate::suggest;

pub const FILE_NAME: &str = "factlint.yaml";

/// The switch under `checks:` that lists unknown quotations: unlike the built-in checks, it
/// is off by default.
pub const UNKNOWN_QUOTE: &str = "unknown-quote";

/// Articles above this size are refused unless `max_article_mb:` says otherwise: a news
/// article is a few hundred kilobytes at most, and everything factlint does is linear in it.
pub const DEFAULT_MAX_ARTICLE_MB: u64 = 64;

/// The settings of a run, with defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The file these settings came from, if any.
    pub file: Option<PathBuf>,
    pub rules: Vec<PathBuf>,
    pub corpus: Vec<PathBuf>,
    /// `exclude:` globs, relative to the working directory (validated by [`Config::load`]).
    pub exclude: Vec<String>,
    pub fail_on: FailOn,
    /// Built-in checks switched off under `checks:`.
    pub disabled_checks: Vec<String>,
    /// `checks: {unknown-quote: true}`: list the quotations of an entity that match none of
    /// its known quotes, as info (off by default).
    pub unknown_quotes: bool,
    pub report: ReportDefaults,
    /// Articles larger than this many bytes are refused (`max_article_mb:`).
    pub max_article_bytes: u64,
    /// The cache folder (`cache:`, by default `.factlint-cache` next to factlint.yaml);
    /// `None` without a factlint.yaml, so that no folder appears where no project is.
    pub cache: Option<PathBuf>,
}

/// `report:` — what `factlint report` writes when no flag says.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportDefaults {
    pub format: editorial::Format,
    /// Where to write; `None`: `factlint-report.html` (or `.md`) in the working directory.
    pub output: Option<PathBuf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    format: Option<String>,
    output: Option<PathBuf>,
}

/// The lowest severity that makes `check` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Severity(Severity),
    Never,
}

impl FailOn {
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "never" => Some(Self::Never),
            _ => Severity::parse(word).map(Self::Severity),
        }
    }

    pub fn fails(self, severity: Severity) -> bool {
        matches!(self, Self::Severity(threshold) if severity >= threshold)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    rules: Option<Paths>,
    corpus: Option<Paths>,
    #[serde(default)]
    exclude: Vec<String>,
    fail_on: Option<String>,
    #[serde(default)]
    checks: BTreeMap<String, bool>,
    report: Option<RawReport>,
    max_article_mb: Option<u64>,
    cache: Option<PathBuf>,
}

/// One path or a list of paths.
#[derive(Deserialize)]
#[serde(untagged)]
enum Paths {
    One(PathBuf),
    Many(Vec<PathBuf>),
}

impl Paths {
    fn resolve(self, base: &Path) -> Vec<PathBuf> {
        let paths = match self {
            Self::One(path) => vec![path],
            Self::Many(paths) => paths,
        };
        paths
            .into_iter()
            .map(|p| relative_to_cwd(&base.join(p)))
            .collect()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            file: None,
            rules: vec![PathBuf::from("rules")],
            corpus: vec![PathBuf::from(".")],
            exclude: Vec::new(),
            fail_on: FailOn::Severity(Severity::Error),
            disabled_checks: Vec::new(),
            unknown_quotes: false,
            report: ReportDefaults {
                format: editorial::Format::Html,
                output: None,
            },
            max_article_bytes: DEFAULT_MAX_ARTICLE_MB * MB,
            cache: None,
        }
    }
}

impl Config {
    /// The nearest `factlint.yaml` at or above `start`, or the defaults.
    pub fn discover(start: &Path) -> Result<Self, Problem> {
        match start
            .ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|f| f.is_file())
        {
            Some(file) => Self::load(&relative_to_cwd(&file)),
            None => Ok(Self::default()),
        }
    }

    pub fn load(file: &Path) -> Result<Self, Problem> {
        let text = files::read_text(file, files::MAX_RULE_FILE, "factlint.yaml")
            .map_err(|e| Problem::file(file, "config::unreadable", e.to_string()))?;
        let raw: RawConfig = serde_saphyr::from_str(&text).map_err(|error| {
            let text: Arc<str> = text.as_str().into();
            crate::sheet::yaml_problem(file, &text, &error)
        })?;
        let base = file.parent().unwrap_or(Path::new("."));
        let defaults = Self::default();
        let fail_on = match raw.fail_on {
            None => defaults.fail_on,
            Some(word) => FailOn::parse(&word).ok_or_else(|| {
                Problem::file(file, "config::fail-on", format!("unknown fail_on '{word}'"))
                    .with_help(Some(
                        "fail_on is one of: error, warning, info, never".into(),
                    ))
            })?,
        };
        let exclude: Vec<String> = raw
            .exclude
            .iter()
            .map(|glob| {
                relative_to_cwd(&base.join(glob))
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        if let Err(error) = Exclude::new(&exclude) {
            return Err(
                Problem::file(file, "config::exclude", error.to_string()).with_help(Some(
                    "exclude: lists globs such as drafts/** or **/*.draft.md".into(),
                )),
            );
        }
        let mut checks = raw.checks;
        let unknown_quotes = checks.remove(UNKNOWN_QUOTE).unwrap_or(false);
        Ok(Self {
            file: Some(file.to_path_buf()),
            rules: raw.rules.map_or(defaults.rules, |p| p.resolve(base)),
            corpus: raw
                .corpus
                .map_or(vec![relative_to_cwd(base)], |p| p.resolve(base)),
            exclude,
            fail_on,
            disabled_checks: disabled_checks(file, checks)?,
            unknown_quotes,
            report: match raw.report {
                Some(report) => report_defaults(file, base, report)?,
                None => defaults.report,
            },
            max_article_bytes: raw
                .max_article_mb
                .map_or(defaults.max_article_bytes, |mb| mb.saturating_mul(MB)),
            cache: Some(relative_to_cwd(
                &base.join(
                    raw.cache
                        .as_deref()
                        .unwrap_or(Path::new(cache::DEFAULT_DIR)),
                ),
            )),
        })
    }

    /// The files `exclude:` leaves out.
    pub fn excluded(&self) -> Exclude {
        // `load` has compiled the same globs without error.
        Exclude::new(&self.exclude).unwrap_or_default()
    }

    /// The built-in checks that are switched on.
    pub fn builtin_checks(&self) -> Vec<&'static BuiltinCheck> {
        builtin::ALL
            .iter()
            .filter(|check| !self.disabled_checks.iter().any(|id| id == check.id))
            .collect()
    }
}

/// The ids under `checks:` set to `false`; an id that names no check is an error.
fn disabled_checks(file: &Path, checks: BTreeMap<String, bool>) -> Result<Vec<String>, Problem> {
    let mut disabled = Vec::new();
    for (id, enabled) in checks {
        if builtin::find(&id).is_none() {
            let known: Vec<&str> = builtin::ALL
                .iter()
                .map(|c| c.id)
                .chain([UNKNOWN_QUOTE])
                .collect();
            let help = suggest::did_you_mean(&id, known.iter().copied())
                .unwrap_or_else(|| format!("the checks are: {}", known.join(", ")));
            return Err(Problem::file(
                file,
                "config::unknown-check",
                format!("unknown check '{id}'"),
            )
            .with_help(Some(help)));
        }
        if !enabled {
            disabled.push(id);
        }
    }
    Ok(disabled)
}

fn report_defaults(file: &Path, base: &Path, raw: RawReport) -> Result<ReportDefaults, Problem> {
    let format = match raw.format {
        None => editorial::Format::Html,
        Some(word) => editorial::Format::parse(&word).ok_or_else(|| {
            Problem::file(
                file,
                "config::report-format",
                format!("unknown report format '{word}'"),
            )
            .with_help(Some("report.format is one of: html, md".into()))
        })?,
    };
    Ok(ReportDefaults {
        format,
        output: raw.output.map(|p| relative_to_cwd(&base.join(p))),
    })
}

/// `path` relative to the working directory when it is below it, for short file names in
/// diagnostics.
fn relative_to_cwd(path: &Path) -> PathBuf {
    let path = path.strip_prefix(".").unwrap_or(path);
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    match absolute.strip_prefix(&cwd) {
        Ok(relative) if relative.as_os_str().is_empty() => PathBuf::from("."),
        Ok(relative) => relative.to_path_buf(),
        Err(_) => absolute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_on_thresholds() {
        let warning = FailOn::parse("warning").unwrap();
        assert!(warning.fails(Severity::Error));
        assert!(warning.fails(Severity::Warning));
        assert!(!warning.fails(Severity::Info));
        assert!(!FailOn::Never.fails(Severity::Error));
        assert_eq!(FailOn::parse("fatal"), None);
    }

    #[test]
    fn reads_paths_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(
            &file,
            "rules: sheets\ncorpus: [drafts, published]\nfail_on: warning\n",
        )
        .unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(config.rules, [dir.path().join("sheets")]);
        assert_eq!(
            config.corpus,
            [dir.path().join("drafts"), dir.path().join("published")]
        );
        assert_eq!(config.fail_on, FailOn::Severity(Severity::Warning));
    }

    #[test]
    fn report_defaults_are_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(&file, "report:\n  format: md\n  output: out/report.md\n").unwrap();
        let report = Config::load(&file).unwrap().report;
        assert_eq!(report.format, editorial::Format::Markdown);
        assert_eq!(report.output, Some(dir.path().join("out/report.md")));
        std::fs::write(&file, "report:\n  format: pdf\n").unwrap();
        let problem = Config::load(&file).unwrap_err();
        assert_eq!(problem.message, "unknown report format 'pdf'");
    }

    #[test]
    fn unknown_checks_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(&file, "checks:\n  no-such-check: false\n").unwrap();
        let problem = Config::load(&file).unwrap_err();
        assert_eq!(problem.message, "unknown check 'no-such-check'");
    }

    #[test]
    fn the_unknown_quote_switch_is_off_unless_set() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(&file, "checks:\n  weekday: false\n").unwrap();
        assert!(!Config::load(&file).unwrap().unknown_quotes);
        std::fs::write(&file, "checks:\n  unknown-quote: true\n").unwrap();
        let config = Config::load(&file).unwrap();
        assert!(config.unknown_quotes);
        assert!(config.disabled_checks.is_empty());
    }

    #[test]
    fn unknown_keys_are_reported_with_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(&file, "rule: sheets\n").unwrap();
        let problem = Config::load(&file).unwrap_err();
        assert_eq!(problem.message, "unknown key 'rule'");
        assert_eq!(problem.help.as_deref(), Some("did you mean 'rules'?"));
    }
}
