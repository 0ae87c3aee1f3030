//! `factlint lsp` over its real transport, with a minimal client written here: sheet errors
//! and reloads, positions after emoji and CRLF, bad input, and memory over many edits.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(20);

/// A running `factlint lsp` and the messages it has sent.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
}

impl Server {
    fn start(root: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .arg("lsp")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Self {
            child,
            stdin,
            messages,
        }
    }

    /// Starts a server for `root` and completes the handshake, with file watching.
    fn initialized(root: &Path) -> Self {
        let mut server = Self::start(root);
        let capabilities =
            json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
        server.request(
            1,
            "initialize",
            json!({"capabilities": capabilities, "rootUri": uri(root)}),
        );
        server.notify("initialized", json!({}));
        server
    }

    /// A server for the workspace `dir`, and the URI of an article `a.md` in it.
    fn for_article(dir: &tempfile::TempDir) -> (Self, String) {
        (Self::initialized(dir.path()), uri(&dir.path().join("a.md")))
    }

    fn exits_cleanly(self) {
        let (code, stderr) = self.finish();
        assert_eq!(code, Some(0), "{stderr}");
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its response, skipping other messages.
    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(WAIT)
                .expect("the server answers in time");
            if wanted(&message) {
                return message;
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })["params"]
            .clone()
    }

    fn open(&mut self, uri: &str, text: &str) {
        let document = json!({"uri": uri, "languageId": "markdown", "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": document}));
    }

    /// Closes standard input and waits for the server to exit; its status and stderr.
    fn finish(mut self) -> (Option<i32>, String) {
        drop(self.stdin.take());
        let started = std::time::Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(started.elapsed() < WAIT, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        (self.child.wait().unwrap().code(), stderr)
    }

    fn resident_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    std::fs::write(
        dir.path().join("factlint.yaml"),
        format!("rules: [{}, extra]\n", rules.display()),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("extra")).unwrap();
    std::fs::write(
        dir.path().join("extra/style.yaml"),
        "story: style\nfacts:\n  capital:\n    assert: prefer \"Kyiv\" over \"Kiev\"\n",
    )
    .unwrap();
    dir
}

/// The ranges of published diagnostics, as `[line, character, end line, end character]`.
fn ranges(published: &Value) -> Vec<[u64; 4]> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(range)
        .collect()
}

fn range(diagnostic: &Value) -> [u64; 4] {
    let at = |end: &str, part: &str| diagnostic["range"][end][part].as_u64().unwrap();
    [
        at("start", "line"),
        at("start", "character"),
        at("end", "line"),
        at("end", "character"),
    ]
}

#[test]
fn utf16_ranges_after_emoji_combining_marks_and_crlf() {
    let dir = workspace();
    let (mut server, article) = Server::for_article(&dir);
    server.open(
        &article,
        "North Korea fired a missile.\r\n\r\n🎉 e\u{301} Kiev, then Kim Jong-un.\r\n",
    );
    let published = server.diagnostics(&article);
    let ranges = ranges(&published);
    // 🎉 is two UTF-16 units, e + U+0301 two more.
    assert_eq!(ranges, [[2, 6, 2, 10], [2, 17, 2, 28]], "{published:#}");
    assert_eq!(published["version"], 1);
    let whole = serde_json::to_string_pretty(&published)
        .unwrap()
        .replace(&dir.path().display().to_string(), "[WORKSPACE]")
        .replace(env!("CARGO_MANIFEST_DIR"), "[REPOSITORY]");
    insta::assert_snapshot!(whole);
    server.exits_cleanly();
}

#[test]
fn sheet_errors_are_diagnostics_in_the_sheet_and_a_fixed_sheet_is_reloaded() {
    let dir = workspace();
    let sheet = dir.path().join("extra/style.yaml");
    std::fs::write(
        &sheet,
        "story: style\nfacts:\n  capital:\n    assert: prefer \"Kyiv\" ovr \"Kiev\"\n",
    )
    .unwrap();
    let mut server = Server::initialized(dir.path());
    let registration = server.wait_for(|m| m["method"] == "client/registerCapability");
    server.send(json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));
    let published = server.diagnostics(&uri(&sheet));
    let diagnostic = &published["diagnostics"][0];
    let rules_check = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["rules", "check", "--format", "json"])
        .arg(&sheet)
        .output()
        .unwrap();
    let rules_check: Value = serde_json::from_slice(&rules_check.stdout).unwrap();
    let expected = &rules_check["errors"][0];
    assert_eq!(diagnostic["code"], expected["code"], "{published:#}");
    let line = expected["span"]["line"].as_u64().unwrap();
    let column = expected["span"]["column"].as_u64().unwrap();
    assert_eq!(
        range(diagnostic)[..2],
        [line - 1, column - 1],
        "{published:#}"
    );

    let article = uri(&dir.path().join("a.md"));
    server.open(&article, "Kiev said so.\n");
    assert_eq!(server.diagnostics(&article)["diagnostics"], json!([]));
    std::fs::write(
        &sheet,
        "story: style\nfacts:\n  capital:\n    assert: prefer \"Kyiv\" over \"Kiev\"\n",
    )
    .unwrap();
    server.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&sheet), "type": 2}]}),
    );
    assert_eq!(server.diagnostics(&uri(&sheet))["diagnostics"], json!([]));
    let published = server.diagnostics(&article);
    assert_eq!(published["diagnostics"][0]["code"], "style/capital");
    server.exits_cleanly();
}

#[test]
fn a_sheet_that_is_not_utf8_on_disk_is_a_diagnostic_in_it() {
    let dir = workspace();
    let sheet = dir.path().join("extra/latin1.yaml");
    std::fs::write(&sheet, b"story: caf\xe9\nfacts: {}\n").unwrap();
    let mut server = Server::initialized(dir.path());
    let published = server.diagnostics(&uri(&sheet));
    let message = published["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.contains("UTF-8"), "{published:#}");
    assert_eq!(
        std::fs::read(&sheet).unwrap(),
        b"story: caf\xe9\nfacts: {}\n"
    );
    server.exits_cleanly();
}

#[test]
fn an_unreadable_or_oversized_article_gets_one_diagnostic() {
    let dir = workspace();
    let (mut server, article) = Server::for_article(&dir);
    server.open(&article, "---\ntitle: [\n---\nKiev.\n");
    let published = server.diagnostics(&article);
    let message = published["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("invalid front matter"), "{published:#}");
    server.exits_cleanly();

    let config = dir.path().join("factlint.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{yaml}max_article_mb: 0\n")).unwrap();
    let (mut server, article) = Server::for_article(&dir);
    server.open(&article, "Kiev.\n");
    let published = server.diagnostics(&article);
    assert_eq!(
        published["diagnostics"][0]["message"],
        "not checked: larger than 0 MB (max_article_mb: in factlint.yaml)"
    );
    server.exits_cleanly();
}

#[test]
fn bad_requests_get_protocol_errors_and_out_of_range_positions_are_clamped() {
    let dir = workspace();
    let (mut server, article) = Server::for_article(&dir);
    server.open(&article, "Kiev.\n");
    server.diagnostics(&article);
    let unknown = server.request(2, "factlint/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let invalid = server.request(3, "textDocument/hover", json!({"position": 5}));
    assert_eq!(invalid["error"]["code"], -32602);
    let far = json!({"line": 4_000_000_000u64, "character": 4_000_000_000u64});
    let hover = server.request(
        4,
        "textDocument/hover",
        json!({"textDocument": {"uri": article}, "position": far}),
    );
    assert_eq!(hover["result"], Value::Null, "{hover}");
    let actions = server.request(
        5,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": article}, "range": {"start": far, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    assert!(actions["result"].is_array(), "{actions}");
    let change = json!({"range": {"start": far, "end": far}, "text": " Kiev"});
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": article, "version": 2}, "contentChanges": [change]}),
    );
    assert_eq!(
        server.diagnostics(&article)["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let shutdown = server.request(6, "shutdown", Value::Null);
    assert_eq!(shutdown["result"], Value::Null);
    let late = server.request(7, "textDocument/hover", json!({}));
    assert_eq!(late["error"]["code"], -32600, "InvalidRequest: {late}");
    // The stream closed without `exit`: the server ends all the same.
    server.exits_cleanly();
}

#[test]
fn malformed_json_and_a_stream_cut_mid_message_end_the_server_cleanly() {
    let dir = workspace();
    for garbage in [
        &b"Content-Length: 9\r\n\r\n{not json"[..],
        b"Content-Length: 100\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 1, \"meth",
        b"Content-Length: lots\r\n\r\n{}",
    ] {
        let mut server = Server::start(dir.path());
        server.send_raw(garbage);
        let (_, stderr) = server.finish();
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let before = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(before, 2, "no file was written");
}

#[test]
fn the_suppress_action_inserts_a_directive_that_the_next_check_honours() {
    let dir = workspace();
    let (mut server, article) = Server::for_article(&dir);
    server.open(&article, "Kiev, first.\r\nAnd Kiev, second.\r\n");
    assert_eq!(
        server.diagnostics(&article)["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let cursor = json!({"line": 1, "character": 5});
    let actions = server.request(
        2,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": article}, "range": {"start": cursor, "end": cursor}, "context": {"diagnostics": []}}),
    );
    let titles: Vec<&str> = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Replace “Kiev” with “Kyiv”",
            "Suppress style/capital on this line"
        ]
    );
    let edit = &actions["result"][1]["edit"]["changes"][&article][0];
    assert_eq!(
        edit["newText"],
        "<!-- factlint-disable-next-line style/capital -->\r\n"
    );
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": article, "version": 2}, "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    let published = server.diagnostics(&article);
    let ranges = ranges(&published);
    assert_eq!(ranges, [[0, 0, 0, 4]], "{published:#}");
    server.exits_cleanly();
}

#[test]
fn memory_does_not_grow_over_a_thousand_edits() {
    let dir = workspace();
    let (mut server, article) = Server::for_article(&dir);
    let paragraph = "North Korea fired a missile at Kiev, Kim Jong-un said on Monday. ";
    server.open(&article, &paragraph.repeat(60));
    server.diagnostics(&article);
    let mut resident_after = Vec::new();
    for version in 2..=1001 {
        let word = if version % 2 == 0 { "Kyiv" } else { "Kiev" };
        let start = json!({"line": 0, "character": 31});
        let end = json!({"line": 0, "character": 35});
        let change = json!({"range": {"start": start, "end": end}, "text": word});
        server.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": article, "version": version}, "contentChanges": [change]}),
        );
        if version % 100 == 1 {
            server.wait_for(|m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["version"] == version
            });
            resident_after.push(server.resident_kib());
        }
    }
    let (first, last) = (resident_after[1], *resident_after.last().unwrap());
    assert!(
        last <= first + 4 * 1024,
        "resident memory grew from {first} KiB to {last} KiB: {resident_after:?}"
    );
    server.exits_cleanly();
}
