//! `factlint lsp`: a Language Server Protocol server over standard input and output.
//!
//! It checks the Markdown, HTML and text articles open in the editor as they are typed (from
//! the editor's text, never from disk), offers the certain fixes as code actions, shows the
//! fact behind a finding on hover, and reports errors of the fact sheets and `factlint.yaml`
//! in those files, reloading them when they change. It never writes a file: edits go to the
//! editor, which applies them.
//!
//! One thread serves requests in order; a document is checked once no message has come for
//! [`DEBOUNCE`]. Changes that arrive while a check runs are all applied before the next one,
//! so a burst of keystrokes costs one check however short the debounce; it is kept short
//! because the writer waits for it on every change.

mod actions;
mod diagnostics;
mod document;
mod notifications;
mod position;
mod uri;
mod workspace;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::time::Duration;

use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as notify, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionParams, CodeActionProviderCapability, DidChangeWatchedFilesRegistrationOptions,
    FileSystemWatcher, GlobPattern, HoverParams, HoverProviderCapability, InitializeParams,
    PositionEncodingKind, PublishDiagnosticsParams, Registration, RegistrationParams,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};

use document::Document;
use workspace::Workspace;

/// How long the server waits for more changes before checking a changed document.
pub const DEBOUNCE: Duration = Duration::from_millis(5);

/// Serves the editor on standard input and output until it exits or closes the stream.
/// Malformed input ends the server with an error message, never a panic.
pub fn run_stdio() -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    let served = serve(connection);
    let transport = io_threads.join().map_err(|error| error.to_string());
    // A broken stream explains a failed handshake better than the handshake does.
    transport.and(served)
}

/// Serves one client on `connection`: the handshake, then every message until `exit`.
pub fn serve(connection: Connection) -> Result<(), String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|error| error.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let capabilities = serde_json::to_value(capabilities()).map_err(|e| e.to_string())?;
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": { "name": "factlint", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|error| error.to_string())?;
    let root = workspace_root(&params);
    let mut server = Server {
        workspace: Workspace::load(&root),
        connection,
        documents: HashMap::new(),
        due: BTreeSet::new(),
        problem_files: HashSet::new(),
        shut_down: false,
    };
    if watches_files(&params) {
        server.send(watch_request())?;
    }
    server.publish_problems()?;
    server.run()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// The first workspace folder, else the root URI, else the working directory.
fn workspace_root(params: &InitializeParams) -> PathBuf {
    let folder = params
        .workspace_folders
        .iter()
        .flatten()
        .map(|folder| &folder.uri);
    #[allow(deprecated)] // Older clients send only `rootUri`.
    let root_uri = params.root_uri.iter();
    folder
        .chain(root_uri)
        .find_map(uri::to_path)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

fn watches_files(params: &InitializeParams) -> bool {
    let watched = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|workspace| workspace.did_change_watched_files.as_ref());
    watched.and_then(|w| w.dynamic_registration) == Some(true)
}

/// Asks the client to report changes of `factlint.yaml` and the fact sheets.
fn watch_request() -> Message {
    let watchers = ["**/*.yaml", "**/*.yml"]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob.into()),
            kind: None,
        })
        .collect();
    let options = DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = Registration {
        id: "factlint-watch-rules".into(),
        method: notify::DidChangeWatchedFiles::METHOD.into(),
        register_options: serde_json::to_value(options).ok(),
    };
    let params = RegistrationParams {
        registrations: vec![registration],
    };
    Request::new(
        RequestId::from("factlint-watch-rules".to_string()),
        req::RegisterCapability::METHOD.into(),
        params,
    )
    .into()
}

struct Server {
    connection: Connection,
    workspace: Workspace,
    documents: HashMap<Uri, Document>,
    /// Documents changed since their last check.
    due: BTreeSet<String>,
    /// Files the last diagnostics of the workspace's problems went to.
    problem_files: HashSet<PathBuf>,
    /// `shutdown` was asked: requests are refused until `exit`.
    shut_down: bool,
}

/// Whether the server goes on after a message.
enum Flow {
    Continue,
    Exit,
}

impl Server {
    fn run(&mut self) -> Result<(), String> {
        loop {
            let message = if self.due.is_empty() {
                self.connection
                    .receiver
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                self.connection.receiver.recv_timeout(DEBOUNCE)
            };
            match message {
                Ok(message) => {
                    if let Flow::Exit = self.handle(message)? {
                        return Ok(());
                    }
                }
                Err(RecvTimeoutError::Timeout) => self.check_due()?,
                // The client closed the stream (or it was malformed): nothing more to do.
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
        }
    }

    fn handle(&mut self, message: Message) -> Result<Flow, String> {
        match message {
            Message::Request(request) if self.shut_down => {
                let message = "the server is shutting down".to_string();
                let response =
                    Response::new_err(request.id, ErrorCode::InvalidRequest as i32, message);
                self.send(response.into())?;
            }
            Message::Request(request) if request.method == req::Shutdown::METHOD => {
                // Only `exit` is expected now; a stream closed instead ends the server as well.
                self.shut_down = true;
                self.due.clear();
                self.send(Response::new_ok(request.id, ()).into())?;
            }
            Message::Request(request) => {
                let response = self.respond(request);
                self.send(response.into())?;
            }
            Message::Notification(notification) if notification.method == notify::Exit::METHOD => {
                return Ok(Flow::Exit);
            }
            Message::Notification(_) if self.shut_down => {}
            Message::Notification(notification) => self.notified(notification)?,
            // The client's answer to the watch registration: nothing to do.
            Message::Response(_) => {}
        }
        Ok(Flow::Continue)
    }

    fn respond(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            req::CodeActionRequest::METHOD => parse::<CodeActionParams>(request)
                .map(|params| self.code_actions(params))
                .map(|actions| serde_json::to_value(actions).unwrap_or_default()),
            req::HoverRequest::METHOD => parse::<HoverParams>(request)
                .map(|params| self.hover(params))
                .map(|hover| serde_json::to_value(hover).unwrap_or_default()),
            method => Err((
                ErrorCode::MethodNotFound,
                format!("factlint does not handle {method}"),
            )),
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    fn code_actions(&mut self, params: CodeActionParams) -> Vec<lsp_types::CodeActionOrCommand> {
        let uri = params.text_document.uri;
        let Some(document) = self.checked(&uri) else {
            return Vec::new();
        };
        actions::code_actions(&uri, document, params.range)
    }

    fn hover(&mut self, params: HoverParams) -> Option<lsp_types::Hover> {
        let at = params.text_document_position_params;
        let workspace = &self.workspace;
        let document = self.documents.get_mut(&at.text_document.uri)?;
        document.check(workspace);
        let offset = document.lines.offset(&document.text, at.position);
        actions::hover(document, offset, workspace)
    }

    /// The open document at `uri`, checked in its current version.
    fn checked(&mut self, uri: &Uri) -> Option<&Document> {
        let document = self.documents.get_mut(uri)?;
        document.check(&self.workspace);
        Some(document)
    }

    /// Checks the documents changed since their last check and publishes their diagnostics.
    fn check_due(&mut self) -> Result<(), String> {
        let due = std::mem::take(&mut self.due);
        let uris: Vec<Uri> = self
            .documents
            .keys()
            .filter(|uri| due.contains(uri.as_str()))
            .cloned()
            .collect();
        for uri in uris {
            let Some(document) = self.documents.get_mut(&uri) else {
                continue;
            };
            document.check(&self.workspace);
            let found = diagnostics::of_document(&uri, document, &self.workspace);
            let version = document.version;
            self.publish(uri, found, Some(version))?;
        }
        Ok(())
    }

    /// Publishes the workspace's problems in their files, and clears files that had some.
    fn publish_problems(&mut self) -> Result<(), String> {
        let by_file = diagnostics::of_problems(&self.workspace.problems);
        let now: HashSet<PathBuf> = by_file.keys().cloned().collect();
        let cleared: Vec<PathBuf> = self.problem_files.difference(&now).cloned().collect();
        for path in cleared {
            if let Some(uri) = uri::from_path(&path) {
                self.publish(uri, Vec::new(), None)?;
            }
        }
        for (path, found) in by_file {
            if let Some(uri) = uri::from_path(&path) {
                self.publish(uri, found, None)?;
            }
        }
        self.problem_files = now;
        Ok(())
    }

    fn publish(
        &self,
        uri: Uri,
        diagnostics: Vec<lsp_types::Diagnostic>,
        version: Option<i32>,
    ) -> Result<(), String> {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(notify::PublishDiagnostics::METHOD.into(), params).into())
    }

    fn send(&self, message: Message) -> Result<(), String> {
        self.connection
            .sender
            .send(message)
            .map_err(|_| "the client closed the connection".to_string())
    }
}

/// The parameters of a request or notification, or the protocol's error for them.
fn parse<P: serde::de::DeserializeOwned>(
    message: impl Into<Message>,
) -> Result<P, (ErrorCode, String)> {
    let params = match message.into() {
        Message::Request(request) => request.params,
        Message::Notification(notification) => notification.params,
        Message::Response(_) => serde_json::Value::Null,
    };
    serde_json::from_value(params).map_err(|error| (ErrorCode::InvalidParams, error.to_string()))
}
