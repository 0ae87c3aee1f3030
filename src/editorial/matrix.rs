//! The matrix of a report: one row per article, one column per fact, and what each article
//! does with each fact.

use crate::finding::Severity;
use crate::report::{CheckReport, CheckedFile};
use crate::sheet::{Fact, Sheet};

/// A fact and the sheet it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct FactColumn<'a> {
    pub sheet: &'a Sheet,
    pub fact: &'a Fact,
}

impl FactColumn<'_> {
    /// The fact's id without its story (`missile-range`), for narrow headers.
    pub fn short_id(&self) -> &str {
        let id = &self.fact.id;
        id.strip_prefix(&self.sheet.story)
            .and_then(|rest| rest.strip_prefix('/'))
            .unwrap_or(id)
    }
}

/// What one article does with one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellState {
    /// At least one finding; the worst severity among them.
    Broken(Severity),
    /// Stated, and no finding.
    Holds,
    /// The article never speaks of it.
    NotMentioned,
    /// The fact's sheet does not apply to the article.
    NotApplicable,
}

impl CellState {
    /// Every state, in the order a legend lists them.
    pub const ALL: [CellState; 6] = [
        CellState::Broken(Severity::Error),
        CellState::Broken(Severity::Warning),
        CellState::Broken(Severity::Info),
        CellState::Holds,
        CellState::NotMentioned,
        CellState::NotApplicable,
    ];

    /// The words shown in the cell: a state is never told by colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Self::Broken(severity) => severity.as_str(),
            Self::Holds => "holds",
            Self::NotMentioned => "not mentioned",
            Self::NotApplicable => "not applicable",
        }
    }

    /// The words in a matrix cell, where space is short; the legend spells them out.
    pub fn short_label(self) -> &'static str {
        match self {
            Self::NotApplicable => "n/a",
            _ => self.label(),
        }
    }

    /// A symbol that tells the states apart in grayscale and in plain text.
    pub fn icon(self) -> &'static str {
        match self {
            Self::Broken(Severity::Error) => "✖",
            Self::Broken(Severity::Warning) => "▲",
            Self::Broken(Severity::Info) => "●",
            Self::Holds => "✔",
            Self::NotMentioned => "○",
            Self::NotApplicable => "–",
        }
    }

    /// The CSS class of the state.
    pub fn class(self) -> &'static str {
        match self {
            Self::Broken(Severity::Error) => "st-error",
            Self::Broken(Severity::Warning) => "st-warning",
            Self::Broken(Severity::Info) => "st-info",
            Self::Holds => "st-holds",
            Self::NotMentioned => "st-unmentioned",
            Self::NotApplicable => "st-na",
        }
    }
}

/// One cell of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub state: CellState,
    /// The index, in the file's findings, of the first finding about the fact.
    pub finding: Option<usize>,
}

/// Articles × facts.
#[derive(Debug)]
pub struct Matrix<'a> {
    pub facts: Vec<FactColumn<'a>>,
    /// `rows[article][fact]`, articles in the report's order.
    pub rows: Vec<Vec<Cell>>,
}

impl<'a> Matrix<'a> {
    pub fn new(report: &'a CheckReport) -> Self {
        let facts: Vec<FactColumn> = report
            .sheets
            .iter()
            .flat_map(|sheet| {
                sheet
                    .facts
                    .iter()
                    .map(move |fact| FactColumn { sheet, fact })
            })
            .collect();
        let rows = report
            .files
            .iter()
            .map(|file| facts.iter().map(|column| cell(file, column)).collect())
            .collect();
        Self { facts, rows }
    }
}

fn cell(file: &CheckedFile, column: &FactColumn) -> Cell {
    let fact = column.fact;
    let stated = file.statements().iter().any(|s| s.fact == fact.id);
    let findings = || file.findings.iter().filter(|f| f.fact == fact.id);
    let state = if !file.stories.contains(&column.sheet.story) {
        CellState::NotApplicable
    } else if let Some(worst) = findings().map(|f| f.severity).max() {
        CellState::Broken(worst)
    } else if stated {
        CellState::Holds
    } else {
        CellState::NotMentioned
    };
    Cell {
        state,
        finding: file.findings.iter().position(|f| f.fact == fact.id),
    }
}
