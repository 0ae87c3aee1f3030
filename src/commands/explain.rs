//! `factlint explain FACT [ARTICLE]…`: one fact as its sheet states it, the articles that
//! break it, and, for each article named as a file, how the fact was read in it sentence by
//! sentence ([`crate::check::trace`]).

use std::io::{self, Write};
use std::path::Path;

use super::Exit;
use super::check::{self, CheckOptions};
use crate::article::Article;
use crate::check::Ruleset;
use crate::check::trace::{SentenceTrace, Trace};
use crate::extract::Context;
use crate::finding::Finding;
use crate::render::{escape, human};
use crate::sheet::{self, Fact, Sheet};
use crate::source::{LineIndex, Span};
use crate::suggest;

/// The longest sentence shown whole; longer ones are cut around what the fact names.
const SENTENCE_CHARS: usize = 240;

/// Prints the fact named `wanted` (`story/fact`, or `fact` when only one story has it), then
/// checks the articles of `options` and lists where they break it, then traces the fact
/// through each article path that names a file.
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
    let fact_id = fact.id.clone();
    // Each article is dropped once its findings of the fact are written down.
    let (mut broken_in, mut breaking) = (0, Vec::new());
    let report = check::check_each(options, err, |file, _| {
        let findings = file.findings.iter().filter(|f| f.fact == fact_id);
        let before = breaking.len();
        for finding in findings {
            let at = file.line_col(finding.span.start);
            let found = file.source.get(finding.span.range()).unwrap_or_default();
            breaking.push(format!(
                "  {}:{}:{}: “{}”",
                escape::path(&file.path),
                at.line,
                at.column,
                escape::line(found)
            ));
        }
        broken_in += usize::from(breaking.len() > before);
        Ok(())
    })?;
    writeln!(
        out,
        "\nbroken in {broken_in} of {} articles",
        report.tally.articles
    )?;
    for line in breaking {
        writeln!(out, "{line}")?;
    }
    human::render_problems(&report.problems, options.style, err)?;
    let ruleset = Ruleset::new(sheets, Vec::new());
    for path in options.paths.iter().filter(|p| p.is_file()) {
        if let Ok(article) = Article::read(path, options.max_article_bytes) {
            let context = Context::for_article(&article, options.publication_date);
            if let Some(trace) = ruleset.trace(&fact_id, &article, &context) {
                print_trace(path, &article, &trace, out)?;
            }
        }
    }
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

/// The trace of the fact in one article: each sentence that names it, what was bound to it
/// and what was not, and the verdict.
fn print_trace(
    path: &Path,
    article: &Article,
    trace: &Trace,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "\n{}", path.display())?;
    if let Some(reason) = &trace.not_applicable {
        return writeln!(
            out,
            "  not checked: the fact sheet does not apply ({reason})"
        );
    }
    if let Some(reason) = &trace.silent {
        writeln!(out, "  not judged: {reason}")?;
    }
    if trace.sentences.is_empty() {
        writeln!(out, "  no sentence names the fact")?;
    }
    let text = &article.body.text;
    let lines = LineIndex::new(&article.source);
    let words = |spans: &[Span]| -> String {
        let quoted: Vec<String> = spans
            .iter()
            .map(|s| format!("“{}”", &text[s.range()]))
            .collect();
        quoted.join(", ")
    };
    let mut shown: Vec<&Finding> = Vec::new();
    for sentence in &trace.sentences {
        let in_file = article.body.source_span(sentence.sentence);
        let line = lines.line_col(&article.source, in_file.start).line;
        writeln!(out, "  line {line}: {}", excerpt(text, sentence))?;
        writeln!(out, "    names     {}", words(&sentence.cues))?;
        match sentence.stated.as_slice() {
            [] => writeln!(
                out,
                "    bound     nothing: the sentence states nothing of the fact"
            )?,
            stated => writeln!(out, "    bound     {}", words(stated))?,
        }
        for (span, why) in &sentence.others {
            writeln!(out, "    not bound “{}”: {why}", &text[span.range()])?;
        }
        let findings: Vec<&Finding> = trace
            .findings
            .iter()
            .filter(|f| in_file.contains(f.span))
            .collect();
        match findings.as_slice() {
            [] if sentence.stated.is_empty() => writeln!(out, "    verdict   nothing to check")?,
            [] if trace.silent.is_some() => writeln!(out, "    verdict   not judged")?,
            [] => writeln!(out, "    verdict   holds")?,
            findings => {
                for finding in findings {
                    writeln!(
                        out,
                        "    verdict   {}: {}",
                        finding.severity.as_str(),
                        finding.message
                    )?;
                }
            }
        }
        shown.extend(findings);
    }
    for finding in trace.findings.iter().filter(|f| !shown.contains(f)) {
        let line = lines.line_col(&article.source, finding.span.start).line;
        writeln!(
            out,
            "  line {line}: {}: {}",
            finding.severity.as_str(),
            finding.message
        )?;
    }
    Ok(())
}

/// The sentence in quotation marks, cut to [`SENTENCE_CHARS`] around its first cue when
/// longer.
fn excerpt(text: &str, sentence: &SentenceTrace) -> String {
    let whole = &text[sentence.sentence.range()];
    if whole.chars().count() <= SENTENCE_CHARS {
        return format!("“{whole}”");
    }
    let cue = sentence
        .cues
        .first()
        .map_or(sentence.sentence.start, |c| c.start);
    let before: Vec<(usize, char)> = text[sentence.sentence.start..cue].char_indices().collect();
    let start = before
        .len()
        .checked_sub(SENTENCE_CHARS / 2)
        .map_or(0, |i| before[i].0)
        + sentence.sentence.start;
    let end = text[start..sentence.sentence.end]
        .char_indices()
        .nth(SENTENCE_CHARS)
        .map_or(sentence.sentence.end, |(i, _)| start + i);
    let open = if start > sentence.sentence.start {
        "…"
    } else {
        ""
    };
    let close = if end < sentence.sentence.end {
        "…"
    } else {
        ""
    };
    format!("“{open}{}{close}”", &text[start..end])
}
