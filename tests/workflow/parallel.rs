//! Checking on all cores gives the answers of checking one article after the other, byte for
//! byte, in every output format and in the report.

use std::fs;
use std::path::Path;

use crate::common::{Run, factlint_in};

/// Copies of the bundled corpus with their numbers changed, so that the copies differ in
/// what they state and in how long they take to check, plus an empty and a binary file
/// (problems, which keep their order too).
pub(crate) fn varied_corpus(into: &Path, copies: usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<_> = fs::read_dir(root.join("corpus"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    seeds.sort();
    fs::create_dir_all(into.join("corpus")).unwrap();
    fs::create_dir_all(into.join("rules")).unwrap();
    for sheet in fs::read_dir(root.join("rules")).unwrap() {
        let sheet = sheet.unwrap().path();
        fs::copy(&sheet, into.join("rules").join(sheet.file_name().unwrap())).unwrap();
    }
    for copy in 0..copies {
        let seed = &seeds[copy % seeds.len()];
        let text = fs::read_to_string(seed).unwrap();
        let varied = vary_numbers(&text, copy as u32);
        fs::write(into.join(format!("corpus/{copy:04}.md")), varied).unwrap();
    }
    fs::write(into.join("corpus/0007.md"), "").unwrap();
    fs::write(into.join("corpus/0011.md"), [0xff, 0xfe, 0x00]).unwrap();
}

/// `text` with the last digit of every number shifted by `by`; the front matter (dates) is
/// left alone so that every copy stays valid.
fn vary_numbers(text: &str, by: u32) -> String {
    let body_start = match text.strip_prefix("---\n") {
        Some(rest) => rest
            .find("\n---\n")
            .map_or(0, |end| end + "---\n\n---\n".len()),
        None => 0,
    };
    let (front_matter, body) = text.split_at(body_start);
    let chars: Vec<char> = body.chars().collect();
    let varied = chars.iter().enumerate().map(|(i, &c)| {
        let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        match c.to_digit(10) {
            Some(digit) if !next_is_digit => char::from_digit((digit + by) % 10, 10).unwrap(),
            _ => c,
        }
    });
    front_matter.to_string() + &varied.collect::<String>()
}

fn check(dir: &Path, format: &str, jobs: &str) -> Run {
    factlint_in(
        dir,
        &[
            "check", "corpus", "--rules", "rules", "--format", format, "--jobs", jobs,
        ],
    )
}

#[test]
fn every_format_is_the_same_on_one_core_and_on_many() {
    let tmp = tempfile::tempdir().unwrap();
    // More articles than one batch of two threads ([`factlint::parallel`]).
    varied_corpus(tmp.path(), 40);
    for format in ["json", "sarif", "short", "human"] {
        let sequential = check(tmp.path(), format, "1");
        assert!(
            sequential.stdout.lines().count() > 40,
            "{format}: too few findings to compare:\n{}",
            sequential.transcript()
        );
        let parallel = check(tmp.path(), format, "2");
        assert_eq!(parallel.transcript(), sequential.transcript(), "{format}");
    }
}

#[test]
fn the_report_is_the_same_on_one_core_and_on_many() {
    let tmp = tempfile::tempdir().unwrap();
    varied_corpus(tmp.path(), 40);
    let report = |jobs: &str| {
        let args = [
            "report", "corpus", "--rules", "rules", "--format", "md", "-o", "-",
        ];
        let run = factlint_in(tmp.path(), &[&args[..], &["--jobs", jobs]].concat());
        assert!(run.stdout.contains("| 0035.md |"), "{}", run.transcript());
        run.transcript()
    };
    assert_eq!(report("3"), report("1"));
}
