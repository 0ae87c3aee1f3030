//! The numbers at the top of a report.

use crate::finding::Severity;
use crate::report::CheckReport;

#[derive(Debug, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    /// Articles checked against a sheet with no finding.
    pub clean: usize,
    /// Articles no sheet applies to.
    pub not_checked: usize,
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
            not_checked: report.not_checked().count(),
            sheets: report.sheets.len(),
            facts: report.facts().count(),
            findings: Severity::ALL.map(|severity| (severity, report.count(severity))),
            problems: report.problems.len(),
        }
    }

    /// Articles checked against a sheet.
    pub fn checked(&self) -> usize {
        self.articles - self.not_checked
    }

    pub fn total_findings(&self) -> usize {
        self.findings.iter().map(|(_, n)| n).sum()
    }
}
