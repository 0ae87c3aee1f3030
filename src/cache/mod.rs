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
//! recently used and removes the rest once it is done ([`generations`]). In a generation,
//! each run that writes entries writes them to a pack of its own, which later runs read
//! once the run is done ([`pack`]).
//!
//! Each entry carries a format version and a checksum of its findings; a short, broken or
//! foreign entry is a miss, never an answer. A folder that cannot be written (read-only,
//! full) stops the writes of the run and is reported once ([`Cache::finish`]).

mod entry;
mod generations;
mod pack;

use std::cell::RefCell;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::check::ArticleResult;
use entry::Subject;
use pack::Packs;

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
    /// The packs of `generation` when the run started.
    packs: Packs,
    inputs: blake3::Hash,
    /// The pack this run writes, made at its first entry.
    writer: Mutex<Option<pack::Writer>>,
    /// Cleared by the first failed write: the rest of the run reads only.
    writable: AtomicBool,
    /// What the first failed write said.
    failure: Mutex<Option<String>>,
}

impl Cache {
    /// The cache in `dir` for a run with `inputs`, whose generation is marked used.
    pub fn new(dir: &Path, inputs: &Inputs) -> Self {
        let inputs = inputs.0.finalize();
        let generation = dir.join(generations::name(&inputs));
        generations::mark_used(&generation);
        Self {
            dir: dir.to_path_buf(),
            packs: Packs::open(&generation),
            generation,
            inputs,
            writer: Mutex::new(None),
            writable: AtomicBool::new(true),
            failure: Mutex::new(None),
        }
    }

    /// The findings of the article at `path` whose file holds `bytes`, from an earlier run,
    /// if an intact entry has them. Only the bytes and the extension are read, so a hit costs
    /// no parsing of the article.
    pub fn get(&self, path: &Path, bytes: &[u8]) -> Option<ArticleResult> {
        let subject = self.subject(path, bytes);
        ENTRY.with_borrow_mut(|buffer| {
            let result = self.packs.find(subject.name(), buffer, |bytes| {
                entry::decode(bytes, &subject)
            });
            if buffer.capacity() > ENTRY_KEPT {
                *buffer = Vec::new();
            }
            result
        })
    }

    /// Keeps the findings of the article at `path` whose file holds `bytes`, for the runs
    /// after this one. A failure is kept for [`Cache::finish`] and ends the writes of the
    /// run; the run itself goes on.
    pub fn put(&self, path: &Path, bytes: &[u8], result: &ArticleResult) {
        if !self.writable.load(Ordering::Relaxed) {
            return;
        }
        let subject = self.subject(path, bytes);
        let written = entry::encode(&subject, result)
            .map_err(io::Error::other)
            .and_then(|entry| self.write(subject.name(), &entry));
        if let Err(error) = written {
            self.fail(&error);
        }
    }

    /// Ends the run's writes (its pack becomes readable), tidies the folder (packs merged,
    /// old generations removed) and says what went wrong with the writes, if anything did:
    /// once, at the end of a run.
    pub fn finish(self) -> Option<String> {
        let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(Err(error)) = writer.map(pack::Writer::finish) {
            self.fail(&error);
        }
        if self.writable.load(Ordering::Relaxed) {
            let _ = pack::tidy(&self.generation);
        }
        generations::evict(&self.dir);
        let failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
        failure.as_ref().map(|error| {
            format!(
                "warning: cannot write the cache in {} ({error}); the rest of this run was not \
                 cached (--no-cache turns the cache off)",
                self.dir.display()
            )
        })
    }

    fn fail(&self, error: &io::Error) {
        self.writable.store(false, Ordering::Relaxed);
        let mut failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
        failure.get_or_insert(error.to_string());
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

    /// Appends an entry to this run's pack, made at the first, and closes the pack once it
    /// is full (the next entry begins another). A pack whose write failed is removed: the
    /// run writes no more.
    fn write(&self, name: u64, entry: &[u8]) -> io::Result<()> {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let pack = match &mut *writer {
            Some(pack) => pack,
            empty => empty.insert(pack::Writer::create(&self.generation)?),
        };
        if let Err(error) = pack.add(name, entry) {
            if let Some(pack) = writer.take() {
                pack.abandon();
            }
            return Err(error);
        }
        if pack.is_full() {
            writer.take().map(pack::Writer::finish).transpose()?;
        }
        Ok(())
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
        let first = Cache::new(dir.path(), &inputs);
        first.put(article, bytes, &result(&["story"]));
        assert!(
            Cache::new(dir.path(), &inputs)
                .get(article, bytes)
                .is_none()
        );
        assert!(first.finish().is_none());
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
    fn a_generation_removed_during_a_run_loses_its_entries_quietly_and_they_are_written_again() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (article, bytes) = (Path::new("a.md"), b"Some text.".as_slice());
        let cache = Cache::new(dir.path(), &Inputs::new());
        cache.put(article, bytes, &result(&["story"]));
        fs::remove_dir_all(&cache.generation).expect("removed");
        assert!(cache.finish().is_none());
        let next = Cache::new(dir.path(), &Inputs::new());
        assert!(next.get(article, bytes).is_none());
        next.put(article, bytes, &result(&["story"]));
        assert!(next.finish().is_none());
        let after = Cache::new(dir.path(), &Inputs::new());
        assert_eq!(
            stories(after.get(article, bytes)),
            Some(vec!["story".into()])
        );
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_said_once_and_reads_go_on() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let blocked = dir.path().join("cache");
        fs::write(&blocked, "a file where the folder should be").expect("written");
        let cache = Cache::new(&blocked, &Inputs::new());
        for text in [b"One.".as_slice(), b"Two."] {
            cache.put(Path::new("a.md"), text, &result(&["story"]));
            assert!(cache.get(Path::new("a.md"), text).is_none());
        }
        let warning = cache.finish().expect("a warning");
        assert!(
            warning.starts_with("warning: cannot write the cache in"),
            "{warning}"
        );
    }
}
