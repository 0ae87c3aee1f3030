//! Which files to read, from the paths given on the command line.

use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{ArticleError, Format};

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
                if entry.file_type().is_file() && Format::from_path(entry.path()).is_some() =>
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
