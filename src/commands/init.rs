//! `factlint init`: a `factlint.yaml` and an example fact sheet to start from.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Exit;
use crate::config;
use crate::render::escape;

/// Where the example sheet goes, relative to the folder; `rules` in the config names it.
const EXAMPLE_SHEET: &str = "rules/example.yaml";
/// The folder `corpus` in the config names.
const ARTICLES: &str = "articles";
const CONFIG_TEXT: &str = include_str!("init/factlint.yaml");
const EXAMPLE_TEXT: &str = include_str!("init/example.yaml");

/// Writes the two files into `folder`. Refuses, writing nothing, if either exists.
pub fn run(folder: &Path, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    let files: [(PathBuf, &str); 2] = [
        (folder.join(config::FILE_NAME), CONFIG_TEXT),
        (folder.join(EXAMPLE_SHEET), EXAMPLE_TEXT),
    ];
    if let Some((existing, _)) = files.iter().find(|(path, _)| path.exists()) {
        writeln!(
            err,
            "error: {} already exists; factlint init never overwrites",
            existing.display()
        )?;
        return Ok(Exit::Error);
    }
    // A file where a folder must go would stop the run half-way: refuse before writing.
    let articles = folder.join(ARTICLES);
    let folders = files.iter().filter_map(|(path, _)| path.parent());
    if let Some(blocked) = folders
        .chain([articles.as_path()])
        .find(|folder| folder.exists() && !folder.is_dir())
    {
        writeln!(
            err,
            "error: {} is a file, where factlint init needs a folder; nothing was written",
            escape::path(blocked)
        )?;
        return Ok(Exit::Error);
    }
    for (path, text) in &files {
        if let Err(error) = create_new(path, text) {
            writeln!(err, "error: {}: {error}", path.display())?;
            return Ok(Exit::Error);
        }
        writeln!(out, "created {}", path.display())?;
    }
    if let Err(error) = std::fs::create_dir_all(&articles) {
        writeln!(err, "error: {}: {error}", articles.display())?;
        return Ok(Exit::Error);
    }
    writeln!(
        out,
        "next: put articles under {}, then run factlint check",
        articles.display()
    )?;
    Ok(Exit::Clean)
}

/// Creates `path` (and its folder) with `text`; fails if it exists, even if it appeared after
/// the check above.
fn create_new(path: &Path, text: &str) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}
