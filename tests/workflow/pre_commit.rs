//! factlint in pre-commit: the real framework installs the hook from this repository (built
//! with cargo, as `language: rust` does) and refuses a commit that breaks a fact.
//!
//! The hook's build is the slow part, so it is reused between runs (`scripts/test` stays
//! fast): the snapshot of this repository is committed at a fixed place with fixed dates, so
//! unchanged sources give the same `rev:` and pre-commit's own cache (kept per `rev:`) has
//! the hook installed already; changed sources are rebuilt in the kept target folder with a
//! quick release profile (no optimisation, incremental), which tests the install path, not
//! the optimiser.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::factlint;
use crate::tools;

const SHEET: &str = "\
story: demo
applies_when: mentions \"North Korea\"
facts:
  kim-visit:
    assert: forbid \"visit to Moscow\"
    severity: error
    note: Kim met Putin at the Vostochny Cosmodrome, not in Moscow.
";

/// The date of every commit, so that a commit's id depends on its content only.
const COMMIT_DATE: &str = "2024-01-01T00:00:00Z";

/// Runs `program` in `dir` with a git identity and no user or system git configuration.
fn run(dir: &Path, program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Desk")
        .env("GIT_AUTHOR_EMAIL", "desk@example.com")
        .env("GIT_AUTHOR_DATE", COMMIT_DATE)
        .env("GIT_COMMITTER_NAME", "Desk")
        .env("GIT_COMMITTER_EMAIL", "desk@example.com")
        .env("GIT_COMMITTER_DATE", COMMIT_DATE)
        .env("PRE_COMMIT_HOME", hook_dir().join("home"))
        // The hook's cargo build, kept between runs so that only factlint is rebuilt, and
        // quickly: `cargo install` builds the release profile, which these settings make
        // as cheap as a debug build.
        .env("CARGO_TARGET_DIR", hook_dir().join("build"))
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_INCREMENTAL", "true")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
        .output()
        .expect("the program runs")
}

/// What the hook test keeps between runs, under the target folder.
fn hook_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("pre-commit-hook")
}

fn succeed(dir: &Path, program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> String {
    let output = run(dir, program, args);
    let text = transcript(&output);
    assert!(output.status.success(), "{args:?} failed:\n{text}");
    text
}

fn transcript(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// This working tree as it is (committed or not) in a new repository, and its commit: what
/// `repo:` and `rev:` name. Files are those git tracks or would track; `into` is emptied
/// first.
fn snapshot_of_this_repository(into: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if into.exists() {
        fs::remove_dir_all(into).unwrap();
    }
    fs::create_dir_all(into).unwrap();
    let listed = succeed(
        root,
        "git",
        &["ls-files", "--cached", "--others", "--exclude-standard"],
    );
    for file in listed.lines().map(|f| root.join(f)).filter(|f| f.is_file()) {
        let copy = into.join(file.strip_prefix(root).unwrap());
        fs::create_dir_all(copy.parent().unwrap()).unwrap();
        fs::copy(&file, &copy).unwrap();
    }
    succeed(into, "git", &["init", "--quiet"]);
    succeed(into, "git", &["add", "--all"]);
    succeed(into, "git", &["commit", "--quiet", "--message", "factlint"]);
    succeed(into, "git", &["rev-parse", "HEAD"])
        .trim()
        .to_string()
}

/// Empties pre-commit's cache unless it was made for `rev`, so that it holds one build of
/// the hook at most.
fn keep_pre_commit_cache_only_for(rev: &str) {
    let home = hook_dir().join("home");
    let made_for = hook_dir().join("home.rev");
    if fs::read_to_string(&made_for).ok().as_deref() != Some(rev) {
        if home.exists() {
            fs::remove_dir_all(&home).unwrap();
        }
        fs::write(made_for, rev).unwrap();
    }
}

#[test]
fn the_hook_passes_a_clean_article_and_refuses_one_that_breaks_a_fact() {
    let pre_commit = tools::tool("pre-commit");
    let tmp = tempfile::tempdir().unwrap();
    let hook_repo = hook_dir().join("factlint");
    let newsroom = tmp.path().join("newsroom");
    fs::create_dir_all(newsroom.join("rules")).unwrap();
    fs::create_dir_all(newsroom.join("drafts")).unwrap();
    let rev = snapshot_of_this_repository(&hook_repo);
    keep_pre_commit_cache_only_for(&rev);

    fs::write(
        newsroom.join("factlint.yaml"),
        "rules: rules\ncorpus: drafts\n",
    )
    .unwrap();
    fs::write(newsroom.join("rules/demo.yaml"), SHEET).unwrap();
    let config = format!(
        "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: factlint\n",
        hook_repo.display()
    );
    fs::write(newsroom.join(".pre-commit-config.yaml"), config).unwrap();
    // An old article that breaks the fact, committed before the hook: the hook checks what is
    // staged, not the whole corpus, so it must not block the next commits.
    fs::write(
        newsroom.join("drafts/old.md"),
        "North Korea: Kim made a visit to Moscow.\n",
    )
    .unwrap();
    succeed(&newsroom, "git", &["init", "--quiet"]);
    succeed(&newsroom, "git", &["add", "--all"]);
    succeed(
        &newsroom,
        "git",
        &["commit", "--quiet", "--message", "setup"],
    );
    succeed(&newsroom, &pre_commit, &["install"]);

    fs::write(
        newsroom.join("drafts/clean.md"),
        "# Summit\n\nNorth Korea's leader met Putin at the Vostochny Cosmodrome.\n",
    )
    .unwrap();
    succeed(&newsroom, "git", &["add", "drafts/clean.md"]);
    let clean = succeed(&newsroom, "git", &["commit", "--message", "clean article"]);
    assert!(
        clean.contains("factlint") && clean.contains("Passed"),
        "{clean}"
    );

    fs::write(
        newsroom.join("drafts/wrong.md"),
        "# Summit\n\nNorth Korea's leader made a visit to Moscow.\n",
    )
    .unwrap();
    succeed(&newsroom, "git", &["add", "drafts/wrong.md"]);
    let refused = run(&newsroom, "git", &["commit", "--message", "wrong article"]);
    let output = transcript(&refused);
    assert!(
        !refused.status.success(),
        "the commit went through:\n{output}"
    );
    assert!(output.contains("Failed"), "{output}");
    assert!(output.contains("demo/kim-visit"), "{output}");
    assert!(output.contains("drafts/wrong.md:3:"), "{output}");
    assert!(
        !output.contains("old.md"),
        "only staged files are checked:\n{output}"
    );
    let log = succeed(&newsroom, "git", &["log", "--format=%s"]);
    assert_eq!(log, "clean article\nsetup\n");
}

#[test]
fn only_the_files_given_are_checked_with_the_configured_rules() {
    let run = factlint(&[
        "check",
        "--format",
        "json",
        "corpus/002_f5a9c8bcc7db6ed9.md",
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["summary"]["articles"], 1, "no walk of corpus/");
    assert_eq!(json["summary"]["facts"], 13, "the rules of factlint.yaml");
    let facts: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["fact"].as_str().unwrap())
        .collect();
    assert!(
        facts.contains(&"nk-missiles-ukraine/kim-visit"),
        "{facts:?}"
    );
}
