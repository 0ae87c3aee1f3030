//! Editorial reports: one page that shows a desk editor, for a story, which articles break
//! which facts and how each article states each fact, side by side.
//!
//! [`Matrix`] and [`Summary`] are the model; [`html`] and [`markdown`] render it. Both read
//! a [`CheckReport`] and nothing else, so a report shows exactly what `check` found.

mod highlight;
pub mod html;
pub mod markdown;
mod matrix;
mod summary;

pub use matrix::{Cell, CellState, FactColumn, Matrix};
pub use summary::Summary;

use crate::report::CheckedFile;

/// Output formats of `factlint report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

impl Format {
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "html" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }
}

/// The longest article name, in characters: the report repeats it in every row and cell.
const MAX_NAME: usize = 120;

/// What an editor calls an article: its outlet, else its title, else its file name. A name
/// longer than [`MAX_NAME`] (a plain text file's first line may be its whole text) is cut.
pub fn article_name(file: &CheckedFile) -> String {
    let meta = file.meta();
    let outlet_or_title = meta
        .and_then(|m| m.outlet.as_deref())
        .or(meta.and_then(|m| m.title.as_deref()));
    match outlet_or_title.map(str::trim).filter(|s| !s.is_empty()) {
        Some(name) if name.chars().nth(MAX_NAME).is_some() => {
            let cut: String = name.chars().take(MAX_NAME).collect();
            format!("{cut}…")
        }
        Some(name) => name.to_string(),
        None => file_name(file),
    }
}

/// The article's file name without its folders.
pub fn file_name(file: &CheckedFile) -> String {
    file.path.file_name().map_or_else(
        || file.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `1 article`, `3 articles`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests;
