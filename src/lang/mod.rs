//! The assertion language of fact sheets: one line per fact (`range ≈ 885 km ±20`,
//! `launch on 2023-12-30 or 2024-01-02`, `quote "…" by kirby`) and the `applies_when`
//! condition of a sheet (`mentions "North Korea" and not mentions "satire"`).
//!
//! - [`ast`]: the typed tree, with the byte span of every part.
//! - [`units`]: the unit table (spellings, dimensions, exact conversion factors), shared
//!   with quantity extraction from articles.
//! - [`counting`]: vague words ("several", "dozens") and ordinals ("11th"), shared with
//!   extraction like the units.
//! - [`parse_assertion`] and [`parse_condition`]: the nom parsers. They work on one string
//!   and report spans relative to it; the sheet loader shifts them into the rule file.
//!   A mistake comes back as a [`ParseError`] pointing at the offending word, with a label
//!   and, where one helps, a "did you mean" or the accepted forms.
//!
//! The grammar's reference, with the errors an editor can get, is `docs/language.md`.

pub mod ast;
pub mod counting;
pub mod units;

mod error;
mod parse;

pub use error::ParseError;
pub use parse::{parse_assertion, parse_condition};
