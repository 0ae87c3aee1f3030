//! Autofix: applying the certain fixes findings carry, and writing the result safely.
//!
//! A fix is applied only when it is certain (`Finding::fix`, e.g. a house-style `prefer`).
//! Files are replaced atomically: the new text goes to a temporary file in the same folder,
//! which is then renamed over the article, so a failed write never leaves half an article.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::finding::{Finding, Fix};

/// Rounds of fix-and-recheck before giving up; fixes that overlap are applied one per round.
const MAX_ROUNDS: usize = 10;

/// An article after its fixes, and what is left to report about it.
#[derive(Debug)]
pub struct Fixed {
    pub article: Article,
    pub findings: Vec<Finding>,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Applies the findings' fixes and re-checks the result until no fix is left, so that the
/// findings returned are those of the final text and a second run changes nothing.
///
/// If a fixed text cannot be read as an article any more, the article is left as it was.
pub fn fix_until_stable(
    article: Article,
    findings: Vec<Finding>,
    check: impl Fn(&Article) -> Vec<Finding>,
) -> Fixed {
    let mut fixed = Fixed {
        article,
        findings,
        applied: 0,
    };
    for _ in 0..MAX_ROUNDS {
        let (text, applied) = apply(
            &fixed.article.source,
            fixed.findings.iter().filter_map(|f| f.fix.as_ref()),
        );
        if applied == 0 {
            break;
        }
        let Ok(article) = Article::from_bytes(&fixed.article.path, text.as_bytes()) else {
            break;
        };
        fixed.findings = check(&article);
        fixed.article = article;
        fixed.applied += applied;
    }
    fixed
}

/// `text` with `fixes` applied, and how many changed it. Fixes that overlap an earlier one,
/// fall outside the text or would not change it are skipped.
pub fn apply<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> (String, usize) {
    let mut fixes: Vec<&Fix> = fixes.into_iter().collect();
    fixes.sort_by_key(|fix| (fix.span.start, fix.span.end));
    let mut result = String::with_capacity(text.len());
    let mut copied_to = 0;
    let mut applied = 0;
    for fix in fixes {
        let Some(replaced) = text.get(fix.span.range()) else {
            continue;
        };
        if fix.span.start < copied_to || replaced == fix.replacement {
            continue;
        }
        result.push_str(&text[copied_to..fix.span.start]);
        result.push_str(&fix.replacement);
        copied_to = fix.span.end;
        applied += 1;
    }
    result.push_str(&text[copied_to..]);
    (result, applied)
}

/// Replaces the file at `path` with `contents`, keeping its permissions. The file is either
/// replaced whole or not at all; a symbolic link is followed, not replaced.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace_with(path, |file| file.write_all(contents))
}

/// Writes a temporary file next to `path` with `write`, then renames it over `path`. On any
/// error the temporary file is removed and `path` is untouched.
fn replace_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let target = fs::canonicalize(path)?;
    let permissions = fs::metadata(&target)?.permissions();
    let (temporary, mut file) = create_temporary(&target)?;
    let written = write(&mut file)
        .and_then(|()| file.set_permissions(permissions))
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&temporary, &target)
        });
    if written.is_err() {
        // Best effort: the error that matters is the one being returned.
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// A new, hidden file in `target`'s folder, so that the rename never crosses file systems.
fn create_temporary(target: &Path) -> io::Result<(PathBuf, File)> {
    let folder = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for attempt in 0..100 {
        let candidate = folder.join(format!(
            ".{name}.factlint-{}-{attempt}.tmp",
            std::process::id()
        ));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name for a temporary file",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn fix(text: &str, word: &str, replacement: &str) -> Fix {
        let start = text.find(word).unwrap();
        Fix {
            span: Span::new(start, start + word.len()),
            replacement: replacement.into(),
        }
    }

    #[test]
    fn applies_fixes_in_order_and_skips_overlaps_and_no_ops() {
        let text = "Kim Jong-un met Kim Jong-il.";
        let fixes = [
            fix(text, "Kim Jong-il", "Kim Jong Il"),
            fix(text, "Kim Jong-un", "Kim Jong Un"),
            fix(text, "Jong-un", "Jong Un"),
            fix(text, "met", "met"),
        ];
        let (fixed, applied) = apply(text, &fixes);
        assert_eq!(fixed, "Kim Jong Un met Kim Jong Il.");
        assert_eq!(applied, 2);
    }

    #[test]
    fn a_fix_outside_the_text_is_skipped() {
        let fixes = [Fix {
            span: Span::new(2, 40),
            replacement: "x".into(),
        }];
        assert_eq!(apply("short", &fixes), ("short".to_string(), 0));
    }

    #[test]
    fn writes_replace_the_file_and_keep_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }

    #[test]
    fn a_failed_write_leaves_the_original_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "original").unwrap();
        let result = replace_with(&path, |file| {
            file.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "original");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }

    #[test]
    fn a_symbolic_link_is_followed_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }
}
