//! One renderer per output format, all reading the same [`CheckReport`].

pub mod diff;
pub mod escape;
mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;
pub mod short;

use crate::report::CheckReport;

/// Whether the one-line summary is printed: always, except with `--quiet` when there is
/// nothing to report.
pub fn summary_wanted(report: &CheckReport, quiet: bool) -> bool {
    !quiet || !report.problems.is_empty() || report.tally.findings() > 0
}
