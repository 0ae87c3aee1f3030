//! Which files to read, from the paths given on the command line.

use std::io;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

use super::{ArticleError, Format};

/// The reports `factlint report` writes by default (`factlint-report.html`, `.md`): HTML and
/// Markdown, but never articles, so a walk leaves them out.
const OWN_REPORT: &str = "factlint-report.";

/// Files left out of a run: the `exclude:` globs of factlint.yaml.
#[derive(Debug, Default)]
pub struct Exclude(GlobSet);

impl Exclude {
    /// `patterns` are globs over paths as the walk finds them (`drafts/**`, `**/*.draft.md`).
    pub fn new(patterns: &[String]) -> Result<Self, globset::Error> {
        let mut set = GlobSetBuilder::new();
        for pattern in patterns {
            set.add(Glob::new(pattern)?);
        }
        Ok(Self(set.build()?))
    }

    pub fn matches(&self, path: &Path) -> bool {
        self.0.is_match(path.strip_prefix(".").unwrap_or(path))
    }
}

/// The article files named by `paths`, sorted and without duplicates, and the paths that could
/// not be read.
///
/// A folder is walked recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files,
/// skipping hidden files and folders (a name starting with `.`). A file named explicitly is
/// taken whatever its extension, as ripgrep does: one with an unknown extension is read as
/// plain text. A path that does not exist is an error.
pub fn collect_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ArticleError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match path.metadata() {
            Ok(metadata) if metadata.is_dir() => walk_folder(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
            Err(source) => errors.push(ArticleError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn walk_folder(folder: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ArticleError>) {
    let entries = WalkDir::new(folder)
        .follow_links(true)
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in entries {
        match entry {
            Ok(entry)
                if entry.file_type().is_file()
                    && Format::from_path(entry.path()).is_some()
                    && !is_own_report(entry.file_name()) =>
            {
                files.push(entry.into_path());
            }
            Ok(_) => {}
            Err(error) => {
                let path = error.path().unwrap_or(folder).to_path_buf();
                let source = error.into_io_error().unwrap_or_else(|| {
                    io::Error::other("a symbolic link loops back to a parent folder")
                });
                errors.push(ArticleError::Io { path, source });
            }
        }
    }
}

fn is_own_report(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|name| name.starts_with(OWN_REPORT))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_in_order_and_takes_explicit_files() {
        let root = tempfile::tempdir().unwrap();
        let folder = root.path();
        for file in [
            "b.md",
            "a.txt",
            "page.HTML",
            "notes.docx",
            ".hidden.md",
            ".git/c.md",
            "sub/d.markdown",
            "sub/e.htm",
            "factlint-report.html",
            "sub/factlint-report.md",
        ] {
            let path = folder.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let explicit = folder.join("notes.docx");
        let missing = folder.join("missing.md");
        let (files, errors) =
            collect_paths(&[explicit.clone(), folder.to_path_buf(), missing.clone()]);
        let expected: Vec<PathBuf> = [
            "a.txt",
            "b.md",
            "notes.docx",
            "page.HTML",
            "sub/d.markdown",
            "sub/e.htm",
        ]
        .iter()
        .map(|file| folder.join(file))
        .collect();
        assert_eq!(files, expected);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path(), missing);
    }

    #[test]
    fn exclude_globs_match_paths_as_found() {
        let exclude = Exclude::new(&["drafts/**".into(), "**/*.draft.md".into()]).unwrap();
        assert!(exclude.matches(Path::new("drafts/a.md")));
        assert!(exclude.matches(Path::new("./corpus/b.draft.md")));
        assert!(!exclude.matches(Path::new("corpus/b.md")));
        assert!(Exclude::new(&["a[".into()]).is_err());
    }

    #[test]
    fn a_hidden_folder_given_explicitly_is_walked() {
        let root = tempfile::tempdir().unwrap();
        let hidden = root.path().join(".drafts");
        std::fs::create_dir(&hidden).unwrap();
        std::fs::write(hidden.join("a.md"), "x").unwrap();
        let (files, errors) = collect_paths(std::slice::from_ref(&hidden));
        assert_eq!(files, vec![hidden.join("a.md")]);
        assert!(errors.is_empty());
    }
}
