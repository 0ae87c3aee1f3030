//! The subcommands as library functions: the binary parses arguments and calls these.

pub mod check;
pub mod extract;
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

/// Output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}
