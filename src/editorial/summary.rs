//! The numbers at the top of a report.

use crate::finding::Severity;
use crate::report::CheckReport;

#[derive(Debug, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    /// Articles with no finding.
    pub clean: usize,
    pub sheets: usize,
    pub facts: usize,
    /// Findings per severity, worst first (the order of [`Severity::ALL`]).
    pub findings: [(Severity, usize); 3],
    /// Rule files and articles that could not be read.
    pub problems: usize,
}

impl Summary {
    pub fn new(report: &CheckReport) -> Self {
        Self {
            articles: report.files.len(),
            clean: report.clean_files(),
            sheets: report.sheets.len(),
            facts: report.facts().count(),
            findings: Severity::ALL.map(|severity| (severity, report.count(severity))),
            problems: report.problems.len(),
        }
    }

    pub fn total_findings(&self) -> usize {
        self.findings.iter().map(|(_, n)| n).sum()
    }
}
