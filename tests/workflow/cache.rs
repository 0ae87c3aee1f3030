//! The cache of checked articles (`cache:` of factlint.yaml, `--no-cache`): a cached answer
//! is the answer, byte for byte; a broken entry, a folder that cannot be written and two
//! runs at once never give a wrong one.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::Run;
use crate::parallel::varied_corpus;

/// A project in a temporary folder: the bundled sheets, varied copies of the bundled
/// articles and a factlint.yaml naming `cache` as the cache folder.
fn project(copies: usize) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    varied_corpus(tmp.path(), copies);
    fs::write(
        tmp.path().join("factlint.yaml"),
        "rules: rules\ncorpus: corpus\ncache: cache\n",
    )
    .unwrap();
    tmp
}

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_factlint"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    command
}

fn run(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// `factlint ARGS` in `dir`, with the cache unless ARGS say `--no-cache`.
fn factlint(dir: &Path, args: &[&str]) -> Run {
    run(command(dir, args).output().unwrap())
}

/// The folders in `folder`, none if it cannot be read.
fn folders(folder: &Path) -> Vec<PathBuf> {
    let listing = fs::read_dir(folder).into_iter().flatten().flatten();
    listing.map(|entry| entry.path()).collect()
}

/// The files of `generations` whose name ends in `.EXTENSION`.
fn files(generations: Vec<PathBuf>, extension: &str) -> Vec<PathBuf> {
    let files = generations
        .into_iter()
        .flat_map(|generation| folders(&generation));
    files
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect()
}

/// How many entries the packs of `generations` hold: the count in the header of each
/// pack's index (after a magic of 15 bytes and a format of 4).
fn entries(generations: Vec<PathBuf>) -> usize {
    let count = |index: PathBuf| {
        let bytes = fs::read(index).unwrap();
        u64::from_le_bytes(bytes[19..27].try_into().unwrap()) as usize
    };
    files(generations, "index").into_iter().map(count).sum()
}

const FORMATS: [&str; 3] = ["json", "human", "sarif"];

#[test]
fn a_cached_run_prints_what_an_uncached_one_does() {
    let tmp = project(12);
    for format in FORMATS {
        let uncached = factlint(tmp.path(), &["check", "--no-cache", "--format", format]);
        assert!(uncached.stdout.len() > 1000, "{}", uncached.transcript());
        let filling = factlint(tmp.path(), &["check", "--format", format]);
        let cached = factlint(tmp.path(), &["check", "--format", format]);
        assert_eq!(filling.transcript(), uncached.transcript(), "{format}");
        assert_eq!(cached.transcript(), uncached.transcript(), "{format}");
    }
    // One entry per distinct readable article, whatever the format.
    let texts: HashSet<String> = fs::read_dir(tmp.path().join("corpus"))
        .unwrap()
        .filter_map(|entry| fs::read_to_string(entry.unwrap().path()).ok())
        .filter(|text| !text.is_empty())
        .collect();
    assert_eq!(entries(folders(&tmp.path().join("cache"))), texts.len());
}

#[test]
fn answers_that_depend_on_an_option_are_not_shared() {
    let tmp = project(6);
    // A weekday that is wrong only in the year `--date` gives the dateless article.
    let dateless = "The ministry said on Tuesday, March 5, that it would reply.\n";
    fs::write(tmp.path().join("corpus/dateless.md"), dateless).unwrap();
    let with_date = ["check", "--format", "short", "--date", "2023-03-06"];
    let uncached = factlint(tmp.path(), &[&with_date[..], &["--no-cache"]].concat());
    factlint(tmp.path(), &["check", "--format", "short"]);
    let cached = factlint(tmp.path(), &with_date);
    assert_eq!(cached.transcript(), uncached.transcript());
    assert!(
        cached.stdout.contains("dateless.md"),
        "{}",
        cached.transcript()
    );
}

/// Damage done to a file of the cache.
type Damage = fn(&mut Vec<u8>);

#[test]
fn a_broken_or_foreign_entry_is_a_miss() {
    let tmp = project(8);
    let uncached = factlint(tmp.path(), &["check", "--no-cache", "--format", "json"]);
    let cache = tmp.path().join("cache");
    let damages: [(&str, Damage); 5] = [
        ("pack", |bytes| bytes.truncate(bytes.len() / 2)),
        ("pack", |bytes| {
            bytes.iter_mut().step_by(97).for_each(|b| *b ^= 0x20)
        }),
        ("pack", |bytes| bytes.rotate_left(1)),
        ("index", |bytes| bytes.truncate(bytes.len() - 1)),
        ("index", |bytes| {
            bytes.iter_mut().skip(27).for_each(|b| *b = 0)
        }),
    ];
    for (extension, damage) in damages {
        let _ = fs::remove_dir_all(&cache);
        factlint(tmp.path(), &["check", "--format", "json"]);
        let damaged = files(folders(&cache), extension);
        assert!(!damaged.is_empty());
        for file in damaged {
            let mut bytes = fs::read(&file).unwrap();
            damage(&mut bytes);
            fs::write(file, bytes).unwrap();
        }
        let broken = factlint(tmp.path(), &["check", "--format", "json"]);
        assert_eq!(broken.transcript(), uncached.transcript(), "{extension}");
    }
}

#[test]
fn a_cache_folder_that_cannot_be_written_warns_once_and_the_run_completes() {
    let tmp = project(8);
    let uncached = factlint(tmp.path(), &["check", "--no-cache", "--format", "short"]);
    // A file where the folder should be: no user, root included, can write into it.
    fs::write(tmp.path().join("cache"), "not a folder\n").unwrap();
    let blocked = factlint(tmp.path(), &["check", "--format", "short"]);
    assert_eq!(blocked.code, uncached.code);
    assert_eq!(blocked.stdout, uncached.stdout);
    let warnings: Vec<&str> = blocked
        .stderr
        .lines()
        .filter(|line| line.starts_with("warning: cannot write the cache in cache"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", blocked.stderr);
    let without_warning: Vec<&str> = blocked
        .stderr
        .lines()
        .filter(|line| !warnings.contains(line))
        .collect();
    assert_eq!(without_warning.join("\n") + "\n", uncached.stderr);
}

#[test]
fn two_runs_at_once_share_a_cache() {
    let tmp = project(60);
    let uncached = factlint(tmp.path(), &["check", "--no-cache", "--format", "json"]);
    let args = ["check", "--format", "json", "--jobs", "2"];
    // Started together on an empty cache: both write every entry.
    let started: Vec<_> = (0..3)
        .map(|_| {
            command(tmp.path(), &args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in started {
        let output = child.wait_with_output().unwrap();
        assert_eq!(run(output).transcript(), uncached.transcript());
    }
    let cached = factlint(tmp.path(), &args);
    assert_eq!(cached.transcript(), uncached.transcript());
    let cache = tmp.path().join("cache");
    let leftovers = files(folders(&cache), "index-tmp");
    assert!(leftovers.is_empty(), "temporary files left behind");
    // Each run wrote a pack of its own (one that started late may have found another's).
    let packs = files(folders(&cache), "index").len();
    assert!((1..=3).contains(&packs), "{packs} packs");
}

#[test]
fn no_cache_writes_nothing() {
    let tmp = project(4);
    let run = factlint(tmp.path(), &["check", "--no-cache"]);
    assert!(run.stderr.contains("4 articles"), "{}", run.transcript());
    let report = ["--no-cache", "report", "-o", "-", "--format", "md"];
    assert!(factlint(tmp.path(), &report).stdout.contains("| 0002.md |"));
    assert!(!tmp.path().join("cache").exists());
}

#[test]
fn a_report_on_a_cache_filled_by_check_shows_every_statement() {
    // `check` keeps findings only, and reads a cached article no further than its bytes; a
    // report shows the sentences that state each fact, so it must not take check's entries.
    let tmp = project(6);
    let report = ["report", "-o", "-", "--format", "html"];
    let uncached = factlint(tmp.path(), &[&["--no-cache"], &report[..]].concat());
    assert!(
        uncached.stdout.contains("<blockquote>"),
        "{}",
        uncached.stderr
    );
    factlint(tmp.path(), &["check"]);
    assert_eq!(factlint(tmp.path(), &report).stdout, uncached.stdout);
    assert_eq!(factlint(tmp.path(), &report).stdout, uncached.stdout);
}

#[test]
fn fixes_are_made_from_a_cached_answer() {
    let tmp = project(6);
    let diff = ["check", "--diff", "--format", "short"];
    let uncached = factlint(tmp.path(), &[&["--no-cache"], &diff[..]].concat());
    assert!(
        uncached.stdout.contains("+++ b/"),
        "{}",
        uncached.transcript()
    );
    factlint(tmp.path(), &["check"]);
    assert_eq!(
        factlint(tmp.path(), &diff).transcript(),
        uncached.transcript()
    );
}

#[test]
fn editing_sheets_keeps_the_entries_of_the_last_four_versions_only() {
    let tmp = project(4);
    let sheet = tmp.path().join("rules/nk-missiles.yaml");
    let original = fs::read_to_string(&sheet).unwrap();
    let cache = tmp.path().join("cache");
    for edit in 0..6 {
        fs::write(&sheet, format!("{original}\n# edit {edit}\n")).unwrap();
        let run = factlint(tmp.path(), &["check", "--format", "short"]);
        let uncached = factlint(tmp.path(), &["check", "--no-cache", "--format", "short"]);
        assert_eq!(run.transcript(), uncached.transcript(), "edit {edit}");
        assert_eq!(folders(&cache).len(), (edit + 1).min(4), "edit {edit}");
    }
    // Each generation kept is whole: one entry per article.
    for generation in folders(&cache) {
        assert_eq!(
            entries(vec![generation.clone()]),
            4,
            "{}",
            generation.display()
        );
    }
}

#[test]
fn explain_and_check_share_the_cache() {
    let tmp = project(6);
    let explain = ["explain", "missile-range"];
    let uncached = factlint(tmp.path(), &[&["--no-cache"], &explain[..]].concat());
    assert!(
        uncached.stdout.contains("broken in"),
        "{}",
        uncached.transcript()
    );
    assert_eq!(
        factlint(tmp.path(), &explain).transcript(),
        uncached.transcript()
    );
    let cache = tmp.path().join("cache");
    let filled = entries(folders(&cache));
    assert!(filled >= 4, "explain filled {filled} entries");
    // check asks the same questions: it is answered from explain's entries.
    let check = factlint(tmp.path(), &["check", "--format", "short"]);
    let uncached_check = factlint(tmp.path(), &["check", "--no-cache", "--format", "short"]);
    assert_eq!(check.transcript(), uncached_check.transcript());
    assert_eq!(entries(folders(&cache)), filled);
    assert_eq!(
        factlint(tmp.path(), &explain).transcript(),
        uncached.transcript()
    );
}
