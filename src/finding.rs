//! Findings: what a check reports about an article, as plain data.
//!
//! Renderers (`render::*`) turn findings into text; nothing here knows about terminals or
//! JSON, so every output format shows the same facts.

use crate::lang::ast::AssertionKind;
use crate::source::Span;

/// How much a finding matters. Ordered: `Info < Warning < Error`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// A secondary place in the article that explains the finding.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// A replacement that is certain to be right (a house-style `prefer`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One thing an article gets wrong according to one fact.
/// Serializable for the cache (`crate::cache`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    /// `story/fact`.
    pub fact: String,
    pub kind: AssertionKind,
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Byte span in the article file as it is on disk.
    pub span: Span,
    /// The text under the primary label.
    pub label: String,
    pub labels: Vec<Label>,
    /// What the fact sheet expects, in words ("\"Kim Jong Un\"").
    pub expected: Option<String>,
    /// What to do about it.
    pub help: Option<String>,
    /// The fact's `note`, and its `source` spelled out.
    pub note: Option<String>,
    pub source: Option<String>,
    pub fix: Option<Fix>,
    /// For an attribution finding, whom the article credits the claim to.
    pub speaker: Option<FoundSpeaker>,
}

/// The speaker an attribution finding found: the phrase as written (file span), the head
/// of the phrase it stands for, and what that resolved to (an entity id, a role, or the
/// speaker as written).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FoundSpeaker {
    pub span: Span,
    pub text: String,
    pub head: String,
    pub resolved_to: String,
}

impl Finding {
    /// A finding with the required parts; the optional ones start empty.
    pub fn new(
        fact: String,
        kind: AssertionKind,
        severity: Severity,
        span: Span,
        message: String,
        label: impl Into<String>,
    ) -> Self {
        Self {
            fact,
            kind,
            severity,
            message,
            span,
            label: label.into(),
            labels: Vec::new(),
            expected: None,
            help: None,
            note: None,
            source: None,
            fix: None,
            speaker: None,
        }
    }
}
