//! Generations: the entries made with one set of inputs (sheets, checks, options, build) live
//! in a folder of their own, named after the inputs' hash. Editing a sheet starts a new
//! generation and leaves the old one unread for good, so each run marks its own generation as
//! used (the folder's modification time) and, once done, removes all but the [`KEPT`] most
//! recently used. Removal is housekeeping: whatever fails is left for the next run, and a run
//! whose generation another removes meanwhile only misses (its writes make the folder again).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Generations kept: the current one and the three used last before it (a desk switching
/// between a few `--date`s or branches keeps each one's entries).
pub const KEPT: usize = 4;

/// Hex digits of the inputs' hash that name a generation's folder.
const NAME_LEN: usize = 16;

/// The folder name of the generation of `inputs`.
pub fn name(inputs: &blake3::Hash) -> String {
    inputs.to_hex()[..NAME_LEN].to_string()
}

/// Creates `generation` if need be and marks it used now. A folder that cannot be made is
/// left to the run's writes to report.
pub fn mark_used(generation: &Path) {
    if fs::create_dir_all(generation).is_ok()
        && let Ok(folder) = fs::File::open(generation)
    {
        let _ = folder.set_modified(SystemTime::now());
    }
}

/// Removes the generations of `dir` beyond the [`KEPT`] most recently used, and the folders
/// of the first cache format (two hex digits, entries no build can read any more). Anything
/// else in `dir` is left alone.
pub fn evict(dir: &Path) {
    let Ok(listing) = fs::read_dir(dir) else {
        return;
    };
    let mut generations: Vec<(SystemTime, PathBuf)> = Vec::new();
    for entry in listing.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if !metadata.is_dir() || !is_hex(name) {
            continue;
        }
        match name.len() {
            NAME_LEN => {
                let used = metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                generations.push((used, entry.path()));
            }
            2 => {
                let _ = fs::remove_dir_all(entry.path());
            }
            _ => {}
        }
    }
    generations.sort_by(|a, b| b.cmp(a));
    for (_, stale) in generations.into_iter().skip(KEPT) {
        let _ = fs::remove_dir_all(stale);
    }
}

fn is_hex(name: &str) -> bool {
    name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn used(folder: &Path, seconds_ago: u64) {
        fs::create_dir_all(folder.join("ab")).unwrap();
        fs::write(folder.join("ab").join("cdef"), "entry").unwrap();
        let when = SystemTime::now() - Duration::from_secs(seconds_ago);
        fs::File::open(folder).unwrap().set_modified(when).unwrap();
    }

    #[test]
    fn all_but_the_most_recently_used_generations_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = (0..7).map(|n| format!("{n:016x}")).collect();
        for (age, name) in names.iter().enumerate() {
            used(&dir.path().join(name), 60 * age as u64);
        }
        evict(dir.path());
        for (age, name) in names.iter().enumerate() {
            assert_eq!(dir.path().join(name).exists(), age < KEPT, "{name}");
        }
    }

    #[test]
    fn first_format_folders_go_and_anything_else_stays() {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["3f", "notes", "0123456789abcdeg"] {
            fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        fs::write(dir.path().join("README"), "mine").unwrap();
        evict(dir.path());
        assert!(!dir.path().join("3f").exists());
        for kept in ["notes", "0123456789abcdeg", "README"] {
            assert!(dir.path().join(kept).exists(), "{kept}");
        }
    }

    #[test]
    fn marking_a_generation_used_makes_it_the_newest() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = (0..KEPT + 1).map(|n| format!("{n:016x}")).collect();
        for (age, name) in names.iter().enumerate() {
            used(&dir.path().join(name), 60 * (age as u64 + 1));
        }
        let oldest = dir.path().join(names.last().unwrap());
        mark_used(&oldest);
        evict(dir.path());
        assert!(oldest.exists());
        assert!(!dir.path().join(&names[KEPT - 1]).exists());
    }
}
