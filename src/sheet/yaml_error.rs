//! serde-saphyr's errors, rewritten for editors and placed at their line and column.

use std::path::Path;
use std::sync::Arc;

use crate::problem::Problem;
use crate::source::Span;
use crate::suggest;

pub fn yaml_problem(path: &Path, text: &Arc<str>, error: &serde_saphyr::Error) -> Problem {
    let raw = error.without_snippet().to_string();
    let message = strip_location_suffix(&raw);
    let (code, message, label, help) = explain(message);
    let problem = Problem::file(path, code, message).with_help(help);
    match error.location() {
        Some(location) => {
            let offset = location
                .span()
                .byte_offset()
                .map(|o| o as usize)
                .unwrap_or_else(|| offset_of(text, location.line(), location.column()));
            let len = location.span().byte_len().unwrap_or(0) as usize;
            let span = Span::new(offset, offset + len.max(1)).clamp_to(text);
            problem.at(text.clone(), span, label)
        }
        None => problem,
    }
}

/// serde-saphyr appends " at line L, column C"; the diagnostic shows the position itself.
fn strip_location_suffix(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => message,
    }
}

/// Code, message, label and help for a YAML error message.
fn explain(message: &str) -> (&'static str, String, String, Option<String>) {
    if let Some((field, expected)) = unknown_field(message) {
        let help = suggest::did_you_mean(&field, expected.iter().map(String::as_str))
            .unwrap_or_else(|| format!("the keys allowed here are: {}", expected.join(", ")));
        return (
            "rules::unknown-key",
            format!("unknown key '{field}'"),
            "unknown key".into(),
            Some(help),
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return (
            "rules::duplicate-key",
            format!("'{key}' is defined twice"),
            "second definition".into(),
            Some("ids of facts, entities, sources and terms must be unique in a sheet".into()),
        );
    }
    if message.contains("did not find expected key")
        || message.contains("mapping values are not allowed")
        || message.contains("did not find expected '-'")
    {
        return (
            "rules::yaml-indentation",
            "this line is not indented like the keys around it".into(),
            "unexpected indentation".into(),
            Some(
                "keys of one mapping must start in the same column; YAML uses spaces, not tabs"
                    .into(),
            ),
        );
    }
    if message.starts_with("cannot deserialize null") {
        return (
            "rules::empty-value",
            "this value is empty".into(),
            "value expected here".into(),
            None,
        );
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return (
            "rules::missing-key",
            format!("missing key '{field}'"),
            format!("'{field}' is required here"),
            None,
        );
    }
    // Messages that name serde-saphyr's own API or types, in the file's terms.
    let plain = [
        (
            "multiple YAML documents",
            "the file holds several YAML documents",
            "one file is one document: remove the `---` line, or write one file per story",
        ),
        (
            "budget breached",
            "the file is too large or too deeply nested",
            "a fact sheet is a few screens of YAML",
        ),
        (
            "untagged enum Paths",
            "expected a path or a list of paths",
            "write `rules: rules` or `rules: [rules, more-rules]`",
        ),
        (
            "invalid boolean",
            "expected true or false",
            "write true or false",
        ),
    ];
    if let Some((_, message, help)) = plain.iter().find(|(raw, ..)| message.contains(raw)) {
        return (
            "rules::yaml",
            message.to_string(),
            "here".into(),
            Some(help.to_string()),
        );
    }
    ("rules::yaml", message.to_string(), "here".into(), None)
}

/// `unknown field `asert`, expected one of assert, severity` → ("asert", [assert, severity]).
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest
        .trim_start_matches(", expected one of ")
        .trim_start_matches(", expected ")
        .split(", ")
        .map(|s| s.trim_matches('`').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((field.to_string(), expected))
}

/// Byte offset of a 1-based line and (character) column.
fn offset_of(text: &str, line: u64, column: u64) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let line_text = text[line_start..].lines().next().unwrap_or("");
    let in_line: usize = line_text
        .chars()
        .take(column.saturating_sub(1) as usize)
        .map(char::len_utf8)
        .sum();
    line_start + in_line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_lists_the_alternatives() {
        let (field, expected) =
            unknown_field("unknown field `asert`, expected one of assert, severity").unwrap();
        assert_eq!(field, "asert");
        assert_eq!(expected, ["assert", "severity"]);
    }

    #[test]
    fn library_words_never_reach_the_message() {
        for raw in [
            "multiple YAML documents detected; use from_str_multiple or from_str_multiple_with_options",
            "budget breached: Nodes { nodes: 250001 }",
            "data did not match any variant of untagged enum Paths",
            "invalid boolean",
        ] {
            let (_, message, _, help) = explain(raw);
            assert!(
                !message.contains("from_str") && !message.contains("Nodes {"),
                "{message}"
            );
            assert!(!message.contains("enum") && help.is_some(), "{message}");
        }
    }

    #[test]
    fn offsets_count_characters_in_the_line() {
        let text = "a: ≈\n  b: c\n";
        assert_eq!(offset_of(text, 2, 3), text.find("b:").unwrap());
        assert_eq!(offset_of(text, 1, 4), text.find('≈').unwrap());
    }
}
