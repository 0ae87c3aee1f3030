//! The JSON Schema of the fact-sheet file, for completion and validation in YAML editors
//! (the YAML language server reads `# yaml-language-server: $schema=…`).
//!
//! It describes the keys of `sheet::raw`, which stays the one authority: the schema cannot
//! check the assertion language, and a test keeps the committed copy
//! (`docs/fact-sheet.schema.json`) equal to this one.

use serde_json::{Value, json};

/// The schema, pretty-printed as committed.
pub fn fact_sheet_json() -> String {
    serde_json::to_string_pretty(&fact_sheet()).unwrap_or_default()
}

pub fn fact_sheet() -> Value {
    let text = json!({ "type": "string" });
    let texts = json!({ "type": "array", "items": { "type": "string" } });
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "factlint fact sheet",
        "description": "One story's facts, checked against articles by factlint. The assertion language is described in docs/language.md.",
        "type": "object",
        "required": ["story"],
        "additionalProperties": false,
        "properties": {
            "story": {
                "description": "The story's id; facts are reported as story/fact.",
                "type": "string",
                "pattern": "^[^\\s/]+$",
                "examples": ["nk-missiles-ukraine"]
            },
            "title": { "description": "The story's headline, for people.", "type": "string" },
            "applies_when": {
                "description": "Which articles the sheet applies to, e.g. mentions \"North Korea\" and (mentions \"missile\" or mentions \"KN-23\"). Without it, every article.",
                "type": "string"
            },
            "sources": {
                "description": "Where facts come from: an id per source, spelled out.",
                "type": "object",
                "additionalProperties": text,
            },
            "entities": {
                "description": "People and bodies facts attribute claims or titles to.",
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": false,
                    "properties": {
                        "name": { "description": "The full name.", "type": "string" },
                        "aliases": { "description": "Other names articles use.", "items": text, "type": "array" },
                        "role": { "description": "A role claims can be attributed to, e.g. official or analyst.", "type": "string" },
                        "titles": { "description": "Titles the entity may be given.", "items": text, "type": "array" },
                        "quotes": { "description": "Words the entity said.", "items": text, "type": "array" }
                    }
                }
            },
            "terms": {
                "description": "Words that name the same event, usable in assertions by their group's name.",
                "type": "object",
                "additionalProperties": texts,
            },
            "facts": {
                "description": "The facts: an id per fact.",
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "required": ["assert"],
                    "additionalProperties": false,
                    "properties": {
                        "assert": {
                            "description": "One assertion: a quantity (range ≈ 885 km ±20), a date, an attribution, a quote, a title or a term (forbid, prefer … over …, require).",
                            "type": "string",
                            "examples": [
                                "range ≈ 885 km ±20",
                                "forbid \"visit to Moscow\"",
                                "prefer \"Kim Jong Un\" over \"Kim Jong-un\""
                            ]
                        },
                        "severity": {
                            "description": "How much a finding matters (default: warning for prefer, require and titles, error otherwise).",
                            "enum": ["error", "warning", "info"]
                        },
                        "source": { "description": "The id of an entry under sources.", "type": "string" },
                        "note": { "description": "Shown with every finding: why the fact is so.", "type": "string" },
                        "replace": { "description": "For a forbid fact: the words that may stand in for the forbidden phrase; `factlint check --fix` writes them.", "type": "string", "minLength": 1 },
                        "examples": {
                            "description": "Rule tests, run by `factlint rules test`: sentences that must give a finding of the fact, and sentences that must not.",
                            "type": "object",
                            "additionalProperties": false,
                            "properties": {
                                "finding": { "description": "Sentences that must give a finding.", "items": text, "type": "array" },
                                "no_finding": { "description": "Sentences that must give no finding.", "items": text, "type": "array" }
                            }
                        }
                    }
                }
            }
        }
    })
}
