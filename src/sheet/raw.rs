//! The fact-sheet file as YAML: the only place that knows the file's keys.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::ordered_map::OrderedMap;

pub type Text = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSheet {
    pub story: Text,
    pub title: Option<Text>,
    pub applies_when: Option<Text>,
    #[serde(default)]
    pub sources: OrderedMap<Text>,
    #[serde(default)]
    pub entities: OrderedMap<RawEntity>,
    #[serde(default)]
    pub terms: OrderedMap<Vec<Text>>,
    #[serde(default)]
    pub facts: OrderedMap<RawFact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    pub name: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub role: Option<Text>,
    #[serde(default)]
    pub titles: Vec<Text>,
    #[serde(default)]
    pub quotes: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub assert: Text,
    pub severity: Option<Text>,
    pub source: Option<Text>,
    pub note: Option<Text>,
    pub replace: Option<Text>,
    pub examples: Option<RawExamples>,
}

/// Rule tests of one fact: sentences that must give a finding of it, and sentences that
/// must not.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExamples {
    #[serde(default)]
    pub finding: Vec<Text>,
    #[serde(default)]
    pub no_finding: Vec<Text>,
}
