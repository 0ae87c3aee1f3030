//! The cache of checked articles: a re-run over an unchanged corpus reads each article's
//! findings from disk instead of checking it again.
//!
//! An entry answers for everything that decides an article's findings: the run's [`Inputs`]
//! (the compiled sheets' text, the built-in checks, the options that change answers,
//! factlint's version and build), hashed once with BLAKE3, and the article's format (its
//! extension) and bytes, which the entry holds and a hit compares whole ([`entry`]). A change
//! to any of them is a miss, so an entry is never stale, only unused.
//!
//! Entries live in a folder per set of inputs (a generation); a run keeps the few most
//! recently used and removes the rest once it is done ([`generations`]).
//!
//! Entries are written to a temporary file and renamed into place, so a reader sees a whole
//! entry or none, and two runs at once write the same bytes under the same name. Each entry
//! carries a format version and a checksum of its findings; a short, broken or foreign file
//! is a miss, never an answer. A folder that cannot be written (read-only, full) stops the
//! writes of the run and is reported once ([`Cache::warning`]).

mod entry;
mod generations;

use std::cell::RefCell;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rustix::fs::{Mode, OFlags};

use crate::check::ArticleResult;
use entry::Subject;

/// The folder `factlint.yaml` names when it says nothing (`cache:`), next to it.
pub const DEFAULT_DIR: &str = ".factlint-cache";

/// What the findings of every article of a run depend on besides the article, hashed once.
pub struct Inputs(blake3::Hasher);

impl Inputs {
    pub fn new() -> Self {
        let mut inputs = Self(blake3::Hasher::new());
        inputs.add("factlint", env!("CARGO_PKG_VERSION").as_bytes());
        inputs.add("build", &build_identity());
        inputs
    }

    /// One named input; each is length-prefixed so that no two lists hash alike.
    pub fn add(&mut self, name: &str, value: &[u8]) -> &mut Self {
        for part in [name.as_bytes(), value] {
            self.0.update(&(part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
        self
    }
}

impl Default for Inputs {
    fn default() -> Self {
        Self::new()
    }
}

/// The binary's size and modification time: a rebuild of the same version (a developer's,
/// or an upgrade that kept the version number) is another build, whose answers may differ.
fn build_identity() -> Vec<u8> {
    let metadata = std::env::current_exe().and_then(fs::metadata);
    let Ok(metadata) = metadata else {
        return Vec::new();
    };
    let modified = metadata
        .modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let mut identity = metadata.len().to_le_bytes().to_vec();
    identity.extend(modified.to_le_bytes());
    identity
}

/// A cache folder, for one run.
pub struct Cache {
    dir: PathBuf,
    /// `dir`'s folder for this run's inputs ([`generations`]).
    generation: PathBuf,
    /// `generation`, open: entries are opened relative to it, so that the kernel walks two
    /// names for a hit rather than the whole path (a fifth of a warm re-run's system time).
    folder: Option<File>,
    inputs: blake3::Hash,
    /// Cleared by the first failed write: the rest of the run reads only.
    writable: AtomicBool,
    /// What the first failed write said.
    failure: Mutex<Option<String>>,
    /// Numbers the temporary files of this process.
    temporaries: AtomicU64,
}

impl Cache {
    /// The cache in `dir` for a run with `inputs`, whose generation is marked used.
    pub fn new(dir: &Path, inputs: &Inputs) -> Self {
        let inputs = inputs.0.finalize();
        let generation = dir.join(generations::name(&inputs));
        let folder = generations::mark_used(&generation);
        Self {
            dir: dir.to_path_buf(),
            generation,
            folder,
            inputs,
            writable: AtomicBool::new(true),
            failure: Mutex::new(None),
            temporaries: AtomicU64::new(0),
        }
    }

    /// The findings of the article at `path` whose file holds `bytes`, from an earlier run,
    /// if an intact entry has them. Only the bytes and the extension are read, so a hit costs
    /// no parsing of the article.
    pub fn get(&self, path: &Path, bytes: &[u8]) -> Option<ArticleResult> {
        let subject = self.subject(path, bytes);
        let name = EntryName::of(&subject);
        let flags = OFlags::RDONLY | OFlags::CLOEXEC;
        let file = rustix::fs::openat(self.folder.as_ref()?, name.as_str(), flags, Mode::empty());
        let file = file.ok()?;
        ENTRY.with_borrow_mut(|buffer| {
            let result = entry::read(&file, buffer)
                .ok()
                .and_then(|()| entry::decode(buffer, &subject));
            if buffer.capacity() > ENTRY_KEPT {
                *buffer = Vec::new();
            }
            result
        })
    }

    /// Keeps the findings of the article at `path` whose file holds `bytes`. A failure is
    /// kept for [`Cache::warning`] and ends the writes of the run; the run itself goes on.
    pub fn put(&self, path: &Path, bytes: &[u8], result: &ArticleResult) {
        if !self.writable.load(Ordering::Relaxed) {
            return;
        }
        let subject = self.subject(path, bytes);
        let written = entry::encode(&subject, result)
            .map_err(std::io::Error::other)
            .and_then(|entry| self.write(EntryName::of(&subject), &entry));
        if let Err(error) = written {
            self.writable.store(false, Ordering::Relaxed);
            let mut failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
            failure.get_or_insert(error.to_string());
        }
    }

    /// Said once at the end of a run whose writes failed.
    pub fn warning(&self) -> Option<String> {
        let failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
        failure.as_ref().map(|error| {
            format!(
                "warning: cannot write the cache in {} ({error}); the rest of this run was not \
                 cached (--no-cache turns the cache off)",
                self.dir.display()
            )
        })
    }

    /// The extension picks the article's format, so an entry answers for it too.
    fn subject<'a>(&'a self, path: &'a Path, bytes: &'a [u8]) -> Subject<'a> {
        let extension = path.extension().unwrap_or_default();
        Subject {
            inputs: &self.inputs,
            extension: extension.as_encoded_bytes(),
            article: bytes,
        }
    }

    /// Removes the entries of all but the few most recently used sets of inputs: called once
    /// a run is done, so that editing sheets does not grow the folder without end.
    pub fn evict_old_generations(&self) {
        generations::evict(&self.dir);
    }

    /// Writes a whole entry under a temporary name, then renames it into place at
    /// `DIR/GENERATION/ab/cdef…`.
    fn write(&self, name: EntryName, bytes: &[u8]) -> std::io::Result<()> {
        let path = self.generation.join(name.as_str());
        let folder = path.parent().unwrap_or(&self.generation);
        fs::create_dir_all(folder)?;
        let number = self.temporaries.fetch_add(1, Ordering::Relaxed);
        let temporary = folder.join(format!(".tmp-{}-{number}", std::process::id()));
        let written = fs::write(&temporary, bytes).and_then(|()| fs::rename(&temporary, &path));
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written
    }
}

thread_local! {
    /// The bytes of the entry last read on this thread: a hit reads into them, without an
    /// allocation of its own.
    static ENTRY: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// An entry buffer above this many bytes (an entry of a very large article) is let go after
/// its hit, so that memory stays flat.
const ENTRY_KEPT: usize = 1024 * 1024;

/// An entry's name in its generation, `ab/cdef…`: [`entry::name_hash`] in hex, its first two
/// digits a subfolder (256 of them keep each small at archive scale). Made on the stack: one
/// is needed for every article of a run.
struct EntryName([u8; 17]);

impl EntryName {
    fn of(subject: &Subject) -> Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let hash = entry::name_hash(subject.extension, subject.article);
        let mut name = [b'/'; 17];
        for digit in 0..16 {
            let at = if digit < 2 { digit } else { digit + 1 };
            name[at] = HEX[(hash >> (60 - 4 * digit)) as usize & 0xf];
        }
        Self(name)
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::ArticleResult;

    fn result(stories: &[&str]) -> ArticleResult {
        ArticleResult {
            stories: stories.iter().map(|&story| story.into()).collect(),
            ..ArticleResult::default()
        }
    }

    fn stories(result: Option<ArticleResult>) -> Option<Vec<String>> {
        result.map(|result| result.stories)
    }

    #[test]
    fn a_later_run_with_the_same_inputs_reads_what_an_earlier_one_wrote() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let inputs = Inputs::new();
        let (article, bytes) = (Path::new("a.md"), b"Some text.".as_slice());
        Cache::new(dir.path(), &inputs).put(article, bytes, &result(&["story"]));
        let later = Cache::new(dir.path(), &inputs);
        assert_eq!(
            stories(later.get(article, bytes)),
            Some(vec!["story".into()])
        );
        assert!(later.get(article, b"Other text.").is_none());
        assert!(later.get(Path::new("a.txt"), bytes).is_none());
        let mut other = Inputs::new();
        other.add("sheet", b"another");
        assert!(Cache::new(dir.path(), &other).get(article, bytes).is_none());
    }

    #[test]
    fn a_generation_removed_during_a_run_is_a_miss_and_is_written_again() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let cache = Cache::new(dir.path(), &Inputs::new());
        let (article, bytes) = (Path::new("a.md"), b"Some text.".as_slice());
        cache.put(article, bytes, &result(&["story"]));
        fs::remove_dir_all(&cache.generation).expect("removed");
        assert!(cache.get(article, bytes).is_none());
        cache.put(article, bytes, &result(&["story"]));
        assert!(cache.warning().is_none());
        let next = Cache::new(dir.path(), &Inputs::new());
        assert_eq!(
            stories(next.get(article, bytes)),
            Some(vec!["story".into()])
        );
    }
}
