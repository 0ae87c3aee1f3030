//! `check --fix` and `check --diff`: certain fixes written atomically and idempotently, shown
//! as a diff, and never written to a file with an error.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::factlint_in;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// A folder with the term rules and copies of the named fixture articles under `drafts/`.
fn newsroom(articles: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::copy(
        Path::new(FIXTURES).join("rules/good/terms.yaml"),
        dir.path().join("terms.yaml"),
    )
    .unwrap();
    for article in articles {
        fs::copy(
            Path::new(FIXTURES).join("articles").join(article),
            dir.path().join("drafts").join(article),
        )
        .unwrap();
    }
    dir
}

fn check(dir: &Path, flags: &[&str]) -> crate::common::Run {
    let mut args = vec!["check", "--rules", "terms.yaml", "drafts"];
    args.extend(flags);
    factlint_in(dir, &args)
}

fn read(dir: &Path, article: &str) -> Vec<u8> {
    fs::read(dir.join("drafts").join(article)).unwrap()
}

#[test]
fn fix_writes_the_preferred_terms_and_reports_what_is_left() {
    let dir = newsroom(&["breaks_terms.txt", "bom_crlf.txt"]);
    let run = check(dir.path(), &["--fix"]);
    assert_eq!(
        run.code,
        0,
        "warnings left, failing on errors: {}",
        run.transcript()
    );
    insta::assert_snapshot!(run.transcript());
    let fixed = String::from_utf8(read(dir.path(), "breaks_terms.txt")).unwrap();
    assert_eq!(
        fixed,
        "North Korea and Kim Jong Un\n\nKim Jong Un made a visit to Moscow in 2023, state media \
         said. North Korean missiles were fired.\n"
    );
    let bom_crlf = read(dir.path(), "bom_crlf.txt");
    let expected = fs::read(Path::new(FIXTURES).join("articles/bom_crlf.txt")).unwrap();
    let expected = String::from_utf8(expected)
        .unwrap()
        .replace("Kim Jong-un", "Kim Jong Un");
    assert_eq!(
        String::from_utf8(bom_crlf).unwrap(),
        expected,
        "BOM and CRLF kept"
    );
}

#[test]
fn a_second_fix_changes_nothing() {
    let dir = newsroom(&["breaks_terms.txt"]);
    assert!(
        check(dir.path(), &["--fix"])
            .stderr
            .contains("fixed 2 findings in 1 file")
    );
    let once = read(dir.path(), "breaks_terms.txt");
    let again = check(dir.path(), &["--fix"]);
    assert!(!again.stderr.contains("fixed"), "{}", again.transcript());
    assert_eq!(read(dir.path(), "breaks_terms.txt"), once);
}

#[test]
fn fix_keeps_the_file_permissions() {
    let dir = newsroom(&["breaks_terms.txt"]);
    let path = dir.path().join("drafts/breaks_terms.txt");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o604)).unwrap();
    check(dir.path(), &["--fix"]);
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o604);
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let dir = newsroom(&["breaks_terms.txt", "clean.txt"]);
    let before = read(dir.path(), "breaks_terms.txt");
    let run = check(dir.path(), &["--diff"]);
    assert_eq!(run.code, 1, "a diff means there is something to fix");
    insta::assert_snapshot!(run.transcript());
    assert_eq!(read(dir.path(), "breaks_terms.txt"), before);
    let clean_only = [
        "check",
        "--rules",
        "terms.yaml",
        "--diff",
        "drafts/clean.txt",
    ];
    let clean = factlint_in(dir.path(), &clean_only);
    assert_eq!(clean.code, 0, "{}", clean.transcript());
}

#[test]
fn fix_and_diff_exclude_each_other() {
    let dir = newsroom(&[]);
    assert_eq!(check(dir.path(), &["--fix", "--diff"]).code, 2);
}

#[test]
fn a_file_with_an_error_is_never_written() {
    let dir = newsroom(&["latin1.txt", "breaks_terms.txt"]);
    let before = read(dir.path(), "latin1.txt");
    let run = check(dir.path(), &["--fix"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(read(dir.path(), "latin1.txt"), before);
}

/// A folder no one can create files in, root included, until dropped.
struct Unwritable(PathBuf);

impl Unwritable {
    fn new(folder: &Path) -> Self {
        let as_root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
        if as_root {
            // Root ignores permissions; the immutable attribute stops it too.
            let status = Command::new("chattr")
                .arg("+i")
                .arg(folder)
                .status()
                .unwrap();
            assert!(status.success(), "chattr +i {}", folder.display());
        } else {
            fs::set_permissions(folder, fs::Permissions::from_mode(0o555)).unwrap();
        }
        let probe = fs::write(folder.join("probe"), "x");
        assert!(probe.is_err(), "{} is still writable", folder.display());
        Self(folder.to_path_buf())
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn a_failed_write_leaves_the_original_intact() {
    let dir = newsroom(&["breaks_terms.txt"]);
    let drafts = dir.path().join("drafts");
    let before = read(dir.path(), "breaks_terms.txt");
    let run = {
        let _unwritable = Unwritable::new(&drafts);
        check(dir.path(), &["--fix"])
    };
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("could not write the fixes"),
        "{}",
        run.stderr
    );
    assert_eq!(read(dir.path(), "breaks_terms.txt"), before);
    let left: Vec<_> = fs::read_dir(&drafts).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left behind");
}
