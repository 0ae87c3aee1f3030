//! The peer suites the scorers read: other projects' extraction test cases, one JSON object
//! per line, in `../shared/peer-suites/extraction/*.jsonl` beside the repository or in the
//! folder given as the first argument that is not a flag. They are never copied into the
//! repository.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The suites as (name, cases), the name being the file stem, in order of name, or `None` (having said so) when the folder does not exist,
/// so that a scorer run without them exits cleanly.
pub fn load(args: &[String]) -> Option<Vec<(String, Vec<Value>)>> {
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites/extraction")
        });
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("no peer suites at {}: nothing to score", dir.display());
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let suites = files
        .iter()
        .map(|file| {
            let name = file.file_stem().unwrap_or_default().to_string_lossy();
            let cases = std::fs::read_to_string(file)
                .unwrap_or_default()
                .lines()
                .filter_map(|line| serde_json::from_str(line).ok())
                .collect();
            (name.into_owned(), cases)
        })
        .collect();
    Some(suites)
}
