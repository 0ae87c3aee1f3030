//! `factlint explain FACT`: one fact as its sheet states it, and the articles that break it.

use std::io::{self, Write};

use super::Exit;
use super::check::{self, CheckOptions};
use crate::render::{escape, human};
use crate::sheet::{self, Fact, Sheet};
use crate::source::LineIndex;
use crate::suggest;

/// Prints the fact named `wanted` (`story/fact`, or `fact` when only one story has it), then
/// checks the articles of `options` and lists where they break it.
pub fn run(
    wanted: &str,
    options: &CheckOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let (sheets, problems) = sheet::load_sheets(&options.rules);
    let facts: Vec<(&Sheet, &Fact)> = sheets
        .iter()
        .flat_map(|s| s.facts.iter().map(move |f| (s, f)))
        .collect();
    let named: Vec<&(&Sheet, &Fact)> = facts
        .iter()
        .filter(|(_, f)| f.id == wanted || f.id.split_once('/').is_some_and(|(_, id)| id == wanted))
        .collect();
    let (sheet, fact) = match named.as_slice() {
        [one] => **one,
        [] => {
            human::render_problems(&problems, options.style, err)?;
            // Suggest in the form asked: `story/fact`, or `fact` alone.
            let ids = facts.iter().map(|(_, f)| match wanted.contains('/') {
                true => f.id.as_str(),
                false => f.id.split_once('/').map_or(f.id.as_str(), |(_, id)| id),
            });
            let help = suggest::did_you_mean(wanted, ids)
                .map(|hint| format!(" ({hint})"))
                .unwrap_or_default();
            writeln!(err, "error: no fact '{wanted}'{help}")?;
            return Ok(Exit::Error);
        }
        several => {
            let ids: Vec<&str> = several.iter().map(|(_, f)| f.id.as_str()).collect();
            writeln!(
                err,
                "error: '{wanted}' names several facts: {}; give the story too",
                ids.join(", ")
            )?;
            return Ok(Exit::Error);
        }
    };
    describe(sheet, fact, out)?;
    let checked = check::check(options, err)?;
    let report = &checked.report;
    let breaking: Vec<_> = report
        .findings()
        .filter(|(_, f)| f.fact == fact.id)
        .collect();
    let mut articles: Vec<_> = breaking.iter().map(|(file, _)| &file.path).collect();
    articles.dedup();
    writeln!(
        out,
        "\nbroken in {} of {} articles",
        articles.len(),
        report.files.len()
    )?;
    for (file, finding) in breaking {
        let at = file.line_col(finding.span.start);
        let found = file.source.get(finding.span.range()).unwrap_or_default();
        writeln!(
            out,
            "  {}:{}:{}: “{}”",
            escape::path(&file.path),
            at.line,
            at.column,
            escape::line(found)
        )?;
    }
    human::render_problems(&report.problems, options.style, err)?;
    Ok(if report.problems.is_empty() {
        Exit::Clean
    } else {
        Exit::Error
    })
}

fn describe(sheet: &Sheet, fact: &Fact, out: &mut dyn Write) -> io::Result<()> {
    let at = LineIndex::new(&sheet.text).line_col(&sheet.text, fact.assert.span.start);
    writeln!(out, "{}", escape::line(&fact.id))?;
    writeln!(out, "  assert    {}", escape::line(&fact.assert.value))?;
    writeln!(out, "  kind      {}", fact.assertion.kind().as_str())?;
    writeln!(out, "  severity  {}", fact.severity.as_str())?;
    if let Some(source) = &fact.source {
        writeln!(out, "  source    {}", escape::line(source))?;
    }
    if let Some(note) = &fact.note {
        writeln!(out, "  note      {}", escape::text(note))?;
    }
    writeln!(
        out,
        "  defined   {}:{}:{}",
        escape::path(&sheet.path),
        at.line,
        at.column
    )
}
