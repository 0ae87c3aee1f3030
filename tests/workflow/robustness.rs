//! The bad inputs of issue 16, end to end: no panic, no hang, no lost byte, no silent skip.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Run, factlint_in};

const SHEET: &str = "story: style
facts:
  president:
    assert: prefer \"President Joe Biden\" over \"Joe Biden\"
  visit:
    assert: forbid \"visit to Moscow\"
    replace: visit to Russia
";

/// A folder with `style.yaml` and the given articles.
fn desk(articles: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("style.yaml"), SHEET).unwrap();
    for (name, text) in articles {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn check(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check", "--rules", "style.yaml"];
    all.extend(args);
    factlint_in(dir, &all)
}

#[test]
fn fix_leaves_the_preferred_phrase_that_contains_the_avoided_one() {
    let dir = desk(&[("a.txt", "President Joe Biden spoke. Joe Biden left.\n")]);
    check(dir.path(), &["--fix", "a.txt"]);
    let once = fs::read_to_string(dir.path().join("a.txt")).unwrap();
    assert_eq!(
        once,
        "President Joe Biden spoke. President Joe Biden left.\n"
    );
    let again = check(dir.path(), &["--fix", "a.txt"]);
    assert!(!again.stderr.contains("fixed"), "{}", again.transcript());
    assert_eq!(fs::read_to_string(dir.path().join("a.txt")).unwrap(), once);
}

#[test]
fn fixes_that_would_undo_or_repeat_themselves_are_rule_errors() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = "story: s
facts:
  a:
    assert: prefer \"Kim Jong Un\" over \"Kim Jong-un\"
  b:
    assert: prefer \"Kim Jong-un\" over \"Kim Jong Un\"
  c:
    assert: forbid \"visit to Moscow\"
    replace: official visit to Moscow
  d:
    assert: forbid \"‑\"
";
    fs::write(dir.path().join("s.yaml"), sheet).unwrap();
    let run = factlint_in(
        dir.path(),
        &["rules", "check", "s.yaml", "--format", "json"],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: Vec<&str> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "rules::replacement-forbidden",
            "rules::language",
            "rules::prefer-conflict"
        ]
    );
}

#[test]
fn fix_refuses_read_only_and_hard_linked_files_and_says_so() {
    let text = "Joe Biden spoke.\n";
    let dir = desk(&[("ro.txt", text), ("linked.txt", text)]);
    let read_only = dir.path().join("ro.txt");
    fs::set_permissions(&read_only, fs::Permissions::from_mode(0o444)).unwrap();
    fs::hard_link(dir.path().join("linked.txt"), dir.path().join("other-name")).unwrap();
    let run = check(dir.path(), &["--fix", "ro.txt", "linked.txt"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert!(run.stderr.contains("hard links"), "{}", run.stderr);
    assert_eq!(fs::read_to_string(&read_only).unwrap(), text);
    assert_eq!(
        fs::read_to_string(dir.path().join("other-name")).unwrap(),
        text
    );
}

#[test]
fn report_never_replaces_an_article_or_a_sheet() {
    let text = "Joe Biden spoke.\n";
    let dir = desk(&[("a.md", text)]);
    for output in ["a.md", "style.yaml"] {
        let args = ["report", "--rules", "style.yaml", "a.md", "-o", output];
        let run = factlint_in(dir.path(), &args);
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert!(run.stderr.contains("one of the articles or fact sheets"));
    }
    assert_eq!(fs::read_to_string(dir.path().join("a.md")).unwrap(), text);
    assert_eq!(
        fs::read_to_string(dir.path().join("style.yaml")).unwrap(),
        SHEET
    );
}

#[test]
fn a_fifo_is_an_input_error_not_a_hang() {
    let dir = desk(&[]);
    let fifo = dir.path().join("p.md");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let run = check(dir.path(), &["p.md"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("a FIFO; factlint reads regular files only")
    );
}

#[test]
fn json_keeps_every_file_when_one_name_is_not_utf8() {
    let dir = desk(&[("b.txt", "Joe Biden spoke.\n")]);
    let name = OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.path().join(name), "Joe Biden spoke.\n").unwrap();
    for format in ["json", "jsonl"] {
        let run = check(dir.path(), &["--format", format, "."]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let files: Vec<String> = run
            .stdout
            .lines()
            .filter(|l| l.contains("\"file\""))
            .map(str::to_string)
            .collect();
        assert!(
            files.iter().any(|l| l.contains("caf\u{fffd}.txt")),
            "{files:?}"
        );
        assert!(files.iter().any(|l| l.contains("b.txt")), "{files:?}");
    }
}

#[test]
fn terminal_escapes_in_an_article_are_printed_escaped() {
    let dir = desk(&[("a.txt", "\u{1b}]0;pwned\u{7}Joe Biden spoke.\n")]);
    for format in ["human", "short", "github"] {
        let run = check(dir.path(), &["--format", format, "a.txt"]);
        assert!(!run.stdout.contains('\u{1b}'), "{format}: {:?}", run.stdout);
        assert!(!run.stdout.contains('\u{7}'), "{format}: {:?}", run.stdout);
    }
}

#[test]
fn a_finding_past_column_65535_is_shown_cropped() {
    let text = format!("{}Joe Biden spoke.\n", "x ".repeat(35_000));
    let dir = desk(&[("long.txt", &text)]);
    let run = check(dir.path(), &["long.txt"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("long.txt:1:70001"), "{}", run.stdout);
    let story = "s".repeat(65_536);
    let sheet = format!("story: {story}\nfacts:\n  a:\n    assert: forbid \"x\"\n");
    fs::write(dir.path().join("long.yaml"), sheet).unwrap();
    let list = factlint_in(dir.path(), &["rules", "list", "long.yaml"]);
    assert_eq!(list.code, 0, "{}", list.transcript());
}

#[test]
fn a_rules_folder_is_walked_through_links_and_a_dangling_link_is_named() {
    let dir = desk(&[("a.txt", "Joe Biden spoke.\n")]);
    let rules = dir.path().join("rules");
    fs::create_dir(&rules).unwrap();
    std::os::unix::fs::symlink(dir.path().join("style.yaml"), rules.join("style.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", rules.join("gone.yaml")).unwrap();
    let run = factlint_in(
        dir.path(),
        &["check", "-r", "rules", "-r", "rules", "a.txt"],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("gone.yaml"), "{}", run.stderr);
    assert!(!run.stderr.contains("defined"), "read once: {}", run.stderr);
    assert!(run.stdout.contains("style/president"), "{}", run.stdout);
}

#[test]
fn extract_gives_the_words_of_html_without_tags() {
    let page = "<p>It flew <b>900</b>&nbsp;km on <i>Jan.</i> 2, 2024.</p>";
    let dir = desk(&[("a.html", page)]);
    let run = factlint_in(dir.path(), &["extract", "a.html"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let line: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let texts: Vec<&str> = line["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().all(|t| !t.contains('<') && !t.contains('&')),
        "{texts:?}"
    );
    assert!(texts.contains(&"Jan. 2, 2024"), "{texts:?}");
}

#[test]
fn a_cr_only_rule_file_is_reported_at_the_right_line() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = "story: s\rfacts:\r  a:\r    assert: range ≈ 885 kmz\r";
    fs::write(dir.path().join("s.yaml"), sheet).unwrap();
    let run = factlint_in(
        dir.path(),
        &["rules", "check", "s.yaml", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["errors"][0]["span"]["line"], 4, "{}", run.stdout);
}
