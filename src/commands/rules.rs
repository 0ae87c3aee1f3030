//! `factlint rules check`, `factlint rules list` and `factlint rules schema`.

use std::io::{self, Write};
use std::path::PathBuf;

use super::Exit;
use crate::render::{escape, human, json};
use crate::{schema, sheet};

/// Output formats of `rules check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesFormat {
    Human,
    Json,
}

/// Validates rule files: every problem of every file, exit 0 when there is none.
pub fn check(
    paths: &[PathBuf],
    format: RulesFormat,
    style: human::Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let (sheets, problems) = sheet::load_sheets(paths);
    match format {
        RulesFormat::Json => json::render_problems(&problems, out)?,
        RulesFormat::Human => {
            human::render_problems(&problems, style, err)?;
            let facts: usize = sheets.iter().map(|s| s.facts.len()).sum();
            let verdict = match problems.len() {
                0 => "no errors".to_string(),
                1 => "1 error".to_string(),
                n => format!("{n} errors"),
            };
            writeln!(
                err,
                "factlint: {} valid fact sheet(s), {facts} facts; {verdict}",
                sheets.len()
            )?;
        }
    }
    Ok(if problems.is_empty() {
        Exit::Clean
    } else {
        Exit::Error
    })
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
