//! `factlint lsp` driven by a real client: Neovim's built-in LSP client, headless
//! (tests/lsp/client.lua), installed by `scripts/install-neovim` from Debian's packages.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NVIM: &str = "/usr/bin/nvim";

/// An article with a misspelled name after an emoji and after combining marks, so that the
/// client's columns (bytes) only match when the server counts UTF-16 units.
const ARTICLE: &str = "North Korea sent a missile to Russia.\n\n\
🎉 Café-goers saw Kim Jong-un wave.\n\n\
e\u{301}e\u{301} and Kim Jong-un again.\n";

#[test]
fn neovim_sees_diagnostics_hovers_fixes_and_shuts_down() {
    assert!(
        Path::new(NVIM).exists(),
        "{NVIM} is missing: run the tests with scripts/test (it runs scripts/install-neovim)"
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    std::fs::write(
        root.join("factlint.yaml"),
        format!("rules: {}\n", rules.display()),
    )
    .unwrap();
    let article = root.join("story.md");
    std::fs::write(&article, ARTICLE).unwrap();
    let result = root.join("result.json");
    let script = format!(
        "FACTLINT = {:?}\nROOT = {:?}\nARTICLE = {:?}\nRESULT = {:?}\n{}",
        env!("CARGO_BIN_EXE_factlint"),
        root.display().to_string(),
        article.display().to_string(),
        result.display().to_string(),
        include_str!("lsp/client.lua"),
    );
    let script_path = root.join("client.lua");
    std::fs::write(&script_path, script).unwrap();
    run_with_timeout(
        Command::new(NVIM)
            .args(["--headless", "--clean", "-n", "-c"])
            .arg(format!("luafile {}", script_path.display()))
            .current_dir(root),
        Duration::from_secs(60),
    );
    let text = std::fs::read_to_string(&result).expect("the client wrote its result");
    let out: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(out.get("error"), None, "{out:#}");
    assert_eq!(out["initialized"], true, "{out:#}");

    let columns = |key: &str| -> Vec<(u64, u64, u64)> {
        out[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let at = |k: &str| d[k].as_u64().unwrap();
                (at("lnum"), at("col"), at("end_col"))
            })
            .collect()
    };
    let byte_column = |line: &str| line.find("Kim Jong-un").unwrap() as u64;
    let lines: Vec<&str> = ARTICLE.lines().collect();
    let (second, fourth) = (byte_column(lines[2]), byte_column(lines[4]));
    assert_eq!(
        columns("opened"),
        [(2, second, second + 11), (4, fourth, fourth + 11)],
        "{out:#}"
    );
    let first = &out["opened"][0];
    assert_eq!(first["code"], "nk-missiles-ukraine/kim-name", "{out:#}");
    assert!(
        first["href"]
            .as_str()
            .unwrap()
            .contains("nk-missiles.yaml#L"),
        "{out:#}"
    );
    assert_eq!(first["severity"], 3, "the sheet says info: {out:#}");
    let hover = out["hover"].as_str().unwrap();
    assert!(
        hover.contains("nk-missiles-ukraine/kim-name")
            && hover.contains("prefer \"Kim Jong Un\" over \"Kim Jong-un\""),
        "{hover}"
    );
    assert_eq!(
        out["actions"],
        serde_json::json!([
            "Replace “Kim Jong-un” with “Kim Jong Un”",
            "Suppress nk-missiles-ukraine/kim-name on this line"
        ])
    );

    // The fix went to the buffer only; the second finding is left.
    assert_eq!(columns("after_fix"), [(4, fourth, fourth + 11)], "{out:#}");
    assert_eq!(out["lines"][2], "🎉 Café-goers saw Kim Jong Un wave.");
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);

    // A line typed at the end is checked from the buffer.
    let typed = "🎉🎉 Kim Jong-un at the end.";
    let last = byte_column(typed);
    assert_eq!(
        columns("after_change"),
        [(4, fourth, fourth + 11), (5, last, last + 11)],
        "{out:#}"
    );
    assert_eq!(out["unknown_error"], -32601, "MethodNotFound: {out:#}");
    assert_eq!(out["stopped"], true, "{out:#}");
}

/// Runs `command`, killing it if it runs longer than `limit`.
fn run_with_timeout(command: &mut Command, limit: Duration) {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nvim starts");
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("nvim did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
