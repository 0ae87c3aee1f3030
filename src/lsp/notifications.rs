//! What the editor tells the server: documents opened, changed, closed and saved, and files
//! of the workspace changed on disk.

use lsp_server::Notification;
use lsp_types::notification::{self as notify, Notification as _};
use lsp_types::{
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams,
};

use super::document::Document;
use super::{Server, parse, uri, workspace};

impl Server {
    pub(super) fn notified(&mut self, notification: Notification) -> Result<(), String> {
        match notification.method.as_str() {
            notify::DidOpenTextDocument::METHOD => {
                let Ok(params) = parse::<DidOpenTextDocumentParams>(notification) else {
                    return Ok(());
                };
                let item = params.text_document;
                let Some(path) = uri::to_path(&item.uri) else {
                    return Ok(());
                };
                if let Some(document) =
                    Document::open(path, &item.language_id, item.version, item.text)
                {
                    self.due.insert(item.uri.as_str().to_string());
                    self.documents.insert(item.uri, document);
                }
            }
            notify::DidChangeTextDocument::METHOD => {
                let Ok(params) = parse::<DidChangeTextDocumentParams>(notification) else {
                    return Ok(());
                };
                let uri = params.text_document.uri;
                if let Some(document) = self.documents.get_mut(&uri) {
                    document.change(params.text_document.version, params.content_changes);
                    self.due.insert(uri.as_str().to_string());
                }
            }
            notify::DidCloseTextDocument::METHOD => {
                let Ok(params) = parse::<DidCloseTextDocumentParams>(notification) else {
                    return Ok(());
                };
                let uri = params.text_document.uri;
                self.due.remove(uri.as_str());
                if self.documents.remove(&uri).is_some() {
                    self.publish(uri, Vec::new(), None)?;
                }
            }
            notify::DidSaveTextDocument::METHOD => {
                let Ok(params) = parse::<DidSaveTextDocumentParams>(notification) else {
                    return Ok(());
                };
                let path = uri::to_path(&params.text_document.uri);
                if path.is_some_and(|path| workspace::is_rule_or_config_file(&path)) {
                    self.reload()?;
                }
            }
            notify::DidChangeWatchedFiles::METHOD => {
                let Ok(params) = parse::<DidChangeWatchedFilesParams>(notification) else {
                    return Ok(());
                };
                let rules_changed = params
                    .changes
                    .iter()
                    .filter_map(|change| uri::to_path(&change.uri))
                    .any(|path| workspace::is_rule_or_config_file(&path));
                if rules_changed {
                    self.reload()?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Reads `factlint.yaml` and the sheets again, then checks every open document anew.
    fn reload(&mut self) -> Result<(), String> {
        self.workspace.reload();
        for (uri, document) in &mut self.documents {
            document.checked = None;
            self.due.insert(uri.as_str().to_string());
        }
        self.publish_problems()
    }
}
