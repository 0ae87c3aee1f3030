//! `factlint docs [TOPIC]`: the reference, bundled at build time, so that it travels with
//! the binary and matches its version.

use std::io::{self, Write};

use super::Exit;

/// The topics and their text: `docs/*.md` as committed.
const TOPICS: &[(&str, &str, &str)] = &[
    (
        "language",
        "the assertion language of fact sheets, applies_when, rule tests (examples:)",
        include_str!("../../docs/language.md"),
    ),
    (
        "json",
        "the JSON output of check and the mentions of extract",
        include_str!("../../docs/json.md"),
    ),
    (
        "formats",
        "the other output formats (jsonl, sarif, github, short), --fix and --diff",
        include_str!("../../docs/formats.md"),
    ),
];

/// The topic names, for the command line's choices.
pub const TOPIC_NAMES: [&str; 3] = ["language", "json", "formats"];

/// Prints `topic`, or, without one, the list of topics.
pub fn run(topic: Option<&str>, out: &mut dyn Write) -> io::Result<Exit> {
    match topic.and_then(|name| TOPICS.iter().find(|(n, _, _)| *n == name)) {
        Some((_, _, text)) => out.write_all(text.as_bytes())?,
        None => {
            writeln!(out, "factlint docs TOPIC prints the reference; topics:")?;
            for (name, what, _) in TOPICS {
                writeln!(out, "  {name:<9} {what}")?;
            }
        }
    }
    Ok(Exit::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_is_a_choice_and_prints_its_document() {
        let names: Vec<&str> = TOPICS.iter().map(|(name, _, _)| *name).collect();
        assert_eq!(names, TOPIC_NAMES);
        let mut out = Vec::new();
        run(Some("json"), &mut out).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("# factlint's JSON output")
        );
    }
}
