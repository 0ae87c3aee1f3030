//! External tools the tests drive. `scripts/test` (the README's test command) installs them
//! and names them in the environment; without them these tests fail, saying so, rather than
//! pass without having run.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::Command;

/// `FACTLINT_TEST_TOOLS`: the folder with the test tools' executables (a virtual
/// environment's `bin`).
const TOOLS: &str = "FACTLINT_TEST_TOOLS";
/// `FACTLINT_SARIF_SCHEMA`: the official SARIF 2.1.0 JSON schema.
const SARIF_SCHEMA: &str = "FACTLINT_SARIF_SCHEMA";

/// The executable `name` installed by `scripts/test`.
pub fn tool(name: &str) -> PathBuf {
    let folder = std::env::var_os(TOOLS).unwrap_or_else(|| {
        panic!("{TOOLS} is not set: run the tests with scripts/test, which installs {name}")
    });
    let path = PathBuf::from(folder).join(name);
    assert!(
        path.is_file(),
        "{} is missing: run scripts/test, which installs it",
        path.display()
    );
    path
}

/// The official SARIF 2.1.0 schema fetched by `scripts/test`.
pub fn sarif_schema() -> PathBuf {
    let path = PathBuf::from(std::env::var_os(SARIF_SCHEMA).unwrap_or_else(|| {
        panic!("{SARIF_SCHEMA} is not set: run the tests with scripts/test, which fetches it")
    }));
    assert!(path.is_file(), "{} is missing", path.display());
    path
}

/// Runs a Python `script` with `args` in the test tools' environment and returns the lines
/// it prints; a script that fails fails the test with its error output.
pub fn python_lines(script: &str, args: &[impl AsRef<OsStr>]) -> Vec<String> {
    let output = Command::new(tool("python"))
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "the script failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(String::from)
        .collect()
}
