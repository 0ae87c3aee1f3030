//! Running the `factlint` binary from integration tests.

use std::path::Path;
use std::process::Command;

/// What one run of the binary printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr in one text, for snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `factlint ARGS` in `dir` with colours off and the cache off, so that no test leaves a
/// cache folder behind or reads another run's answers.
pub fn factlint_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .arg("--no-cache")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the factlint binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `factlint ARGS` at the repository root.
pub fn factlint(args: &[&str]) -> Run {
    factlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// `factlint check --format short` of one article of `tests/fixtures/FOLDER/` against the
/// folder's `sheet.yaml`, for a snapshot: an article named `other_things*` must have no
/// finding, any other at least one.
#[allow(dead_code)] // Not every test crate checks fixture folders.
pub fn check_fixture(folder: &str, path: &Path) -> String {
    let relative = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .expect("fixtures are inside the repository");
    let file = relative.to_str().expect("fixture paths are UTF-8");
    let sheet = format!("tests/fixtures/{folder}/sheet.yaml");
    let run = factlint(&["check", "--rules", &sheet, "--format", "short", file]);
    let clean = path
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with("other_things"));
    assert_eq!(run.code, if clean { 0 } else { 1 }, "{}", run.transcript());
    run.transcript()
}
