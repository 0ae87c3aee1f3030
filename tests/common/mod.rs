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
