//! The sarif format: SARIF 2.1.0, the static-analysis exchange format code-scanning
//! dashboards (GitHub code scanning, Azure DevOps, IDE viewers) read.
//!
//! One run; its rules are every fact and built-in check of the run, with their notes and
//! sources; each finding is a result with a line/column region (columns count Unicode code
//! points, as `columnKind` says), the fact sheet's certain fix as a SARIF fix, and input
//! errors as tool execution notifications, as are, with level `note`, the articles no sheet
//! applies to and the facts no article names. Validated against the official schema in
//! `tests/formats.rs`.
//!
//! SARIF puts the results after the notifications of the end of the run, so a run's results
//! are kept ([`Results`]), as JSON values without the articles' texts.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

use serde_json::{Value, json};

use crate::finding::{Finding, Severity};
use crate::problem::Problem;
use crate::report::{CheckReport, CheckedFile, Rule};
use crate::source::Span;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The results of the articles checked so far.
#[derive(Debug, Default)]
pub struct Results(Vec<Value>);

impl Results {
    pub fn file(&mut self, file: &CheckedFile) {
        self.0.extend(file.findings.iter().map(|f| result(file, f)));
    }

    pub fn finish(self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        render(report, self.0, out)
    }
}

fn render(report: &CheckReport, mut results: Vec<Value>, out: &mut dyn Write) -> io::Result<()> {
    let rule_index: HashMap<&str, usize> = report
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| (rule.id.as_str(), i))
        .collect();
    for result in &mut results {
        let index = result["ruleId"].as_str().and_then(|id| rule_index.get(id));
        if let Some(index) = index {
            result["ruleIndex"] = json!(index);
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "factlint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": report.rules.iter().map(rule).collect::<Vec<_>>(),
                }
            },
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": report.problems.is_empty(),
                "toolExecutionNotifications": notifications(report),
            }],
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn rule(rule: &Rule) -> Value {
    let mut descriptor = json!({
        "id": rule.id,
        "shortDescription": { "text": rule.description },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": { "kind": rule.kind.as_str() },
    });
    if let Some(note) = &rule.note {
        descriptor["fullDescription"] = json!({ "text": note });
    }
    if let Some(source) = &rule.source {
        descriptor["help"] = json!({ "text": format!("source: {source}") });
        descriptor["properties"]["source"] = json!(source);
    }
    descriptor
}

/// A finding as a result; its `ruleIndex` is added at the end, with the rules.
fn result(file: &CheckedFile, finding: &Finding) -> Value {
    let uri = uri(&file.path);
    let mut result = json!({
        "ruleId": finding.fact,
        "level": level(finding.severity),
        "message": { "text": finding.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": region(file, finding.span),
            }
        }],
    });
    if !finding.labels.is_empty() {
        let related: Vec<Value> = finding
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| {
                json!({
                    "id": id,
                    "message": { "text": label.text },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": region(file, label.span),
                    }
                })
            })
            .collect();
        result["relatedLocations"] = json!(related);
    }
    if let Some(fix) = &finding.fix {
        result["fixes"] = json!([{
            "description": { "text": format!("replace with “{}”", fix.replacement) },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri },
                "replacements": [{
                    "deletedRegion": region(file, fix.span),
                    "insertedContent": { "text": fix.replacement },
                }]
            }]
        }]);
    }
    result
}

fn notifications(report: &CheckReport) -> Vec<Value> {
    let not_checked = report.tally.not_checked.iter().map(|file| {
        json!({
            "level": "note",
            "descriptor": { "id": "not-checked" },
            "message": { "text": format!("not checked: {}", file.why()) },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&file.path) } } }],
        })
    });
    let unmentioned = report.unmentioned.iter().map(|fact| {
        json!({
            "level": "note",
            "descriptor": { "id": "not-mentioned" },
            "message": { "text": format!("{}: {}", fact.fact, fact.reason()) },
        })
    });
    let problems = report.problems.iter().map(notification);
    problems.chain(not_checked).chain(unmentioned).collect()
}

fn notification(problem: &Problem) -> Value {
    let mut notification = json!({
        "level": "error",
        "descriptor": { "id": problem.code },
        "message": { "text": problem.message },
    });
    let mut location = json!({ "artifactLocation": { "uri": uri(&problem.file) } });
    if let Some(at) = problem.line_col() {
        location["region"] = json!({ "startLine": at.line, "startColumn": at.column });
    }
    notification["locations"] = json!([{ "physicalLocation": location }]);
    notification
}

/// The longest snippet, in bytes. A label may cover a whole paragraph, and many findings of
/// one paragraph would repeat it: the log would grow with findings × paragraph.
const MAX_SNIPPET: usize = 1000;

/// Line and column (1-based, end exclusive), the byte range as a cross-check, and the text
/// when it is short enough.
fn region(file: &CheckedFile, span: Span) -> Value {
    let start = file.line_col(span.start);
    let end = file.line_col(span.end);
    let mut region = json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": span.start,
        "byteLength": span.len(),
    });
    if span.len() <= MAX_SNIPPET {
        let snippet = file.source.get(span.range()).unwrap_or_default();
        region["snippet"] = json!({ "text": snippet });
    }
    region
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A URI reference for `path`: relative paths stay relative (to the directory factlint ran
/// in, which is the repository root in CI), absolute ones become `file://` URIs.
fn uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = text.strip_prefix("./").unwrap_or(&text);
    let encoded = percent_encode(text);
    if path.is_absolute() {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// Percent-encodes every byte that may not appear in a URI path as it is.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte);
        if keep {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded_and_relative_paths_stay_relative() {
        assert_eq!(uri(Path::new("corpus/a b.md")), "corpus/a%20b.md");
        assert_eq!(
            uri(Path::new("./drafts/Korea’s.md")),
            "drafts/Korea%E2%80%99s.md"
        );
        assert_eq!(uri(Path::new("/news/#1.md")), "file:///news/%231.md");
    }
}
