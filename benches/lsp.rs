//! The editor's latency: `cargo bench --bench lsp`.
//!
//! A 5,000-word Markdown article is open in `factlint lsp` (served in memory, as over stdio);
//! each iteration types one character and waits for the diagnostics of that version. The
//! time is what a writer waits: the debounce ([`factlint::lsp::DEBOUNCE`]), reading the
//! article, checking it against the bundled sheet and converting the findings.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

const WORDS: usize = 5_000;

/// The bundled corpus, over and over, cut at `WORDS` words.
fn article() -> String {
    let mut bodies = Vec::new();
    for entry in std::fs::read_dir("corpus").expect("the corpus") {
        let path = entry.expect("a corpus file").path();
        bodies.push(std::fs::read_to_string(path).expect("a readable article"));
    }
    bodies.sort();
    let text = bodies.join("\n\n").replace("---\n", "\n");
    let words: Vec<&str> = text.split(' ').cycle().take(WORDS).collect();
    words.join(" ")
}

fn send(client: &Connection, method: &str, params: Value) {
    let message = Notification::new(method.to_string(), params);
    client.sender.send(message.into()).expect("the server runs");
}

/// Waits for the diagnostics of `version`; how many there are.
fn diagnostics_of(client: &Connection, version: i32) -> usize {
    loop {
        let message = client
            .receiver
            .recv_timeout(Duration::from_secs(30))
            .expect("diagnostics arrive");
        if let Message::Notification(notification) = message
            && notification.method == "textDocument/publishDiagnostics"
            && notification.params["version"] == version
        {
            return notification.params["diagnostics"]
                .as_array()
                .map_or(0, Vec::len);
        }
    }
}

fn typing(c: &mut Criterion) {
    let (server, client) = Connection::memory();
    let serving = std::thread::spawn(move || factlint::lsp::serve(server));
    let root = std::env::current_dir().expect("the repository");
    let initialize = Request::new(
        RequestId::from(1),
        "initialize".to_string(),
        json!({"capabilities": {}, "rootUri": format!("file://{}", root.display())}),
    );
    client
        .sender
        .send(initialize.into())
        .expect("the server runs");
    client.receiver.recv().expect("initialized");
    send(&client, "initialized", json!({}));
    let uri = format!(
        "file://{}",
        PathBuf::from(&root).join("bench-article.md").display()
    );
    let text = article();
    send(
        &client,
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    assert!(diagnostics_of(&client, 1) > 0, "the article has findings");

    let mut version = 1;
    let mut group = c.benchmark_group("lsp");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("type a character in a 5000-word article", |b| {
        b.iter(|| {
            version += 1;
            // Alternately type and delete a character at the start of line 3.
            let (end, typed) = if version % 2 == 0 { (0, "x") } else { (1, "") };
            let range = json!({"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": end}});
            send(
                &client,
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": range, "text": typed}]}),
            );
            diagnostics_of(&client, version)
        });
    });
    group.finish();
    drop(client);
    let _ = serving.join();
}

criterion_group!(benches, typing);
criterion_main!(benches);
