//! The subcommands as library functions: the binary parses arguments and calls these.

pub mod check;
pub mod docs;
pub mod explain;
pub mod extract;
pub mod init;
mod output;
pub mod report;
pub mod rules;

/// Exit statuses scripts can rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Nothing at or above `--fail-on`.
    Clean = 0,
    /// Findings at or above `--fail-on`.
    Findings = 1,
    /// Usage, rule-file or input errors.
    Error = 2,
}

/// Output formats of `check`; all render the same report (see `docs/formats.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style diagnostics with the article's words underlined.
    Human,
    /// One JSON document per run.
    Json,
    /// JSON Lines: one finding (or input error) per line, then a summary line.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands: annotations on pull requests.
    Github,
    /// `path:line:col: severity[fact] message`, one line per finding.
    Short,
}
