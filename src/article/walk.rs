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

    /// Whether no glob was given: then no path needs to be built to be tested.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The article files named by `paths`, sorted and without duplicates, and the paths that could
/// not be read.
///
/// A folder is walked recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files,
/// skipping hidden files and folders (a name starting with `.`). A file named explicitly is
/// taken whatever its extension, as ripgrep does: one with an unknown extension is read as
/// plain text. A path that does not exist is an error.
pub fn collect_paths(paths: &[PathBuf]) -> (ArticlePaths, Vec<ArticleError>) {
    let mut files = ArticlePaths::default();
    let mut errors = Vec::new();
    for path in paths {
        match path.metadata() {
            Ok(metadata) if metadata.is_dir() => walk_folder(path, &mut files, &mut errors),
            Ok(_) => files.push_whole(path.clone()),
            Err(source) => errors.push(ArticleError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    files.sort();
    (files, errors)
}

/// The article files of a run, sorted, kept compact: each folder given once, and each file
/// as its path below that folder, all in one string. A `Vec<PathBuf>` cost about 90 bytes
/// per article, half of a run's memory at 100,000 articles; this costs the bytes of the
/// file's name below its folder and 16 more. Paths are built one at a time, when asked.
#[derive(Debug, Default)]
pub struct ArticlePaths {
    /// The folders walked, and whole paths: files named on the command line, and files below
    /// a folder whose path below it is not UTF-8.
    bases: Vec<PathBuf>,
    /// The paths below their folder, one after the other.
    below: String,
    entries: Vec<Entry>,
}

/// One file: `bases[base]`, joined with `below[start..start + len]` unless `len` is 0.
#[derive(Clone, Copy, Debug)]
struct Entry {
    start: usize,
    len: u32,
    base: u32,
}

impl ArticlePaths {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The path of file `index`, in the order of the paths.
    pub fn get(&self, index: usize) -> PathBuf {
        self.path_of(self.entries[index])
    }

    fn path_of(&self, entry: Entry) -> PathBuf {
        let base = &self.bases[entry.base as usize];
        match entry.len {
            0 => base.clone(),
            _ => base.join(self.below(entry)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = PathBuf> + '_ {
        (0..self.len()).map(|index| self.get(index))
    }

    /// Keeps the files whose path `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(&Path) -> bool) {
        let entries = std::mem::take(&mut self.entries);
        self.entries = (entries.into_iter())
            .filter(|&entry| keep(&self.path_of(entry)))
            .collect();
    }

    fn below(&self, entry: Entry) -> &str {
        &self.below[entry.start..entry.start + entry.len as usize]
    }

    fn push_whole(&mut self, path: PathBuf) {
        let base = self.push_base(path);
        self.entries.push(Entry {
            start: 0,
            len: 0,
            base,
        });
    }

    /// Adds a folder or a whole path, and gives its index.
    fn push_base(&mut self, path: PathBuf) -> u32 {
        self.bases.push(path);
        (self.bases.len() - 1) as u32
    }

    /// A file found under `folder`, base `base`; kept whole unless its path below the folder
    /// is plain names (see [`by_components`]).
    fn push_below(&mut self, base: u32, folder: &Path, path: PathBuf) {
        // The walk makes each path by joining names to the folder's, so the folder's bytes
        // start it: cut them off rather than compare the paths component by component.
        let below = (path.as_os_str().as_encoded_bytes())
            .strip_prefix(folder.as_os_str().as_encoded_bytes())
            .map(|rest| rest.strip_prefix(b"/").unwrap_or(rest))
            .and_then(|rest| std::str::from_utf8(rest).ok());
        let plain =
            below.filter(|below| (below.split('/')).all(|name| !matches!(name, "" | "." | "..")));
        match plain.and_then(|below| Some((below, u32::try_from(below.len()).ok()?))) {
            Some((below, len)) => {
                self.entries.push(Entry {
                    start: self.below.len(),
                    len,
                    base,
                });
                self.below.push_str(below);
            }
            _ => self.push_whole(path),
        }
    }

    /// Sorts the files as their paths sort (component by component) and drops repeats.
    fn sort(&mut self) {
        let mut entries = std::mem::take(&mut self.entries);
        let components = |entry: &Entry| {
            let below = Path::new(match entry.len {
                0 => "",
                _ => self.below(*entry),
            });
            self.bases[entry.base as usize]
                .components()
                .chain(below.components())
        };
        let order = |a: &Entry, b: &Entry| match a.base == b.base {
            true => by_components(self.below(*a), self.below(*b)),
            false => components(a).cmp(components(b)),
        };
        entries.sort_unstable_by(order);
        entries.dedup_by(|a, b| order(a, b).is_eq());
        // Held for the whole run: not a quarter more than they need, as growth left them.
        entries.shrink_to_fit();
        self.below.shrink_to_fit();
        self.entries = entries;
    }
}

/// The order of two relative paths made of plain names joined by single `/` as their
/// components sort: byte by byte with the separator before every other byte ("a/b" before
/// "a-b"), without parsing components, which sorting 100,000 paths would do millions of
/// times.
fn by_components(a: &str, b: &str) -> std::cmp::Ordering {
    let separator_first = |byte: u8| if byte == b'/' { 0 } else { byte };
    // Decided at the first byte that differs, or else by length: no path holds a NUL.
    match a.bytes().zip(b.bytes()).find(|(x, y)| x != y) {
        Some((x, y)) => separator_first(x).cmp(&separator_first(y)),
        None => a.len().cmp(&b.len()),
    }
}

fn walk_folder(folder: &Path, files: &mut ArticlePaths, errors: &mut Vec<ArticleError>) {
    let base = files.push_base(folder.to_path_buf());
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
                files.push_below(base, folder, entry.into_path());
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
    fn a_folder_spelt_with_a_trailing_slash_or_dot_keeps_its_files_below_it() {
        let root = tempfile::tempdir().unwrap();
        for file in ["a.md", "sub/b.md"] {
            let path = root.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let folder = root.path().to_path_buf();
        for spelling in [folder.clone(), folder.join(""), folder.join(".")] {
            let (files, errors) = collect_paths(std::slice::from_ref(&spelling));
            assert!(errors.is_empty());
            let found: Vec<PathBuf> = files.iter().collect();
            assert_eq!(found, [spelling.join("a.md"), spelling.join("sub/b.md")]);
            assert!(
                files.entries.iter().all(|entry| entry.len > 0),
                "{spelling:?}"
            );
        }
    }

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
        assert_eq!(files.iter().collect::<Vec<_>>(), expected);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path(), missing);
    }

    #[test]
    fn plain_relative_paths_sort_as_their_components_do() {
        let names = [
            "a", "a/b", "a-b", "a.md", "a/b/c", "ab", "a b", "a~", "b", "A", "é", "a/é", "a/a-b",
        ];
        for a in names {
            for b in names {
                let components = Path::new(a).components().cmp(Path::new(b).components());
                assert_eq!(by_components(a, b), components, "{a} against {b}");
            }
        }
    }

    #[test]
    fn files_found_twice_are_kept_once_in_the_order_of_their_paths() {
        let root = tempfile::tempdir().unwrap();
        let folder = root.path().join("a");
        for file in ["x.md", "b/y.md", "z.md", "b-c.md"] {
            let path = folder.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        // The same files through a nested folder, the folder itself and by name.
        let (mut files, errors) =
            collect_paths(&[folder.join("b"), folder.join("z.md"), folder.clone()]);
        assert!(errors.is_empty());
        let expected: Vec<PathBuf> = ["b/y.md", "b-c.md", "x.md", "z.md"]
            .iter()
            .map(|file| folder.join(file))
            .collect();
        assert_eq!(files.iter().collect::<Vec<_>>(), expected);
        assert_eq!(files.len(), 4);
        files.retain(|path| !path.ends_with("x.md"));
        assert_eq!(files.get(2), folder.join("z.md"));
        assert_eq!(files.len(), 3);
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
        assert_eq!(files.iter().collect::<Vec<_>>(), vec![hidden.join("a.md")]);
        assert!(errors.is_empty());
    }
}
