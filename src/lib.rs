//! factlint: a fact-check rule engine for newsrooms.
//!
//! The pipeline, one module per stage:
//! rule files ([`sheet`], written in the assertion language [`lang`]) → compiled
//! [`check::Ruleset`]; articles ([`article`]) → text model ([`text`]) → phrases found in one
//! pass → facts evaluated ([`check`]) → [`finding::Finding`]s → one renderer per format
//! ([`render`]), or one editorial page for a desk ([`editorial`]). [`commands`] wires the
//! stages together for the binary.

pub mod article;
pub mod cache;
pub mod check;
pub mod commands;
pub mod config;
pub mod editorial;
pub mod extract;
pub mod files;
pub mod finding;
pub mod fix;
pub mod lang;
pub mod lsp;
pub mod parallel;
pub mod problem;
pub mod progress;
pub mod render;
pub mod report;
pub mod schema;
pub mod sheet;
pub mod source;
pub mod stdio;
pub mod suggest;
pub mod suppression;
pub mod text;

#[cfg(test)]
mod testing;
