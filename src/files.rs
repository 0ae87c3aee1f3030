//! Reading inputs and writing outputs carefully.
//!
//! Inputs are read only from regular files and only up to a size limit: a FIFO would block
//! forever and a device such as `/dev/zero` never ends. Outputs replace their file
//! atomically (a temporary file in the same folder, renamed over it), keep its permissions and
//! owner, and are refused rather than break something: a read-only file, a file with several
//! hard links, or one that changed since it was read.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Bytes in a megabyte, the unit limits are written in.
pub const MB: u64 = 1024 * 1024;
/// A rule file is written by hand; anything larger is not one. This also bounds the names,
/// aliases and titles every article is searched for.
pub const MAX_RULE_FILE: u64 = MB;

/// The bytes of the regular file at `path` (a symbolic link is followed), refused when it is
/// larger than `limit` bytes; `what` names the limit in the error (`"an article"`).
pub fn read_limited(path: &Path, limit: u64, what: &str) -> io::Result<Vec<u8>> {
    let (file, metadata) = open_regular(path)?;
    let size = metadata.len();
    if size == 0 || size > limit {
        // No size the system knows (`/proc`), or too large: read on to the end, or to the
        // limit, which refuses it.
        return read_to_limit(file, limit, what);
    }
    // The bytes the open file has, in one call as a rule, and no call more to see its end.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(size).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens the file at `path` for reading if it is a regular file, with its metadata.
///
/// Opened without waiting (`O_NONBLOCK`: opening a FIFO would otherwise wait for a writer),
/// then looked at through the open file: one path lookup instead of two, and no window for
/// the file to be swapped between the look and the open. Reads of a regular file ignore
/// the flag. A file that cannot be opened at all (a socket) is named by what it is.
fn open_regular(path: &Path) -> io::Result<(File, fs::Metadata)> {
    use std::os::unix::fs::OpenOptionsExt;
    let opened = OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path);
    let file = match opened {
        Ok(file) => file,
        Err(error) => {
            return Err(match fs::metadata(path) {
                Ok(metadata) if !metadata.is_file() => not_a_regular_file(metadata.file_type()),
                _ => error,
            });
        }
    };
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(not_a_regular_file(metadata.file_type()));
    }
    Ok((file, metadata))
}

/// [`read_limited`], as UTF-8 text; an error names the first byte that is not.
pub fn read_text(path: &Path, limit: u64, what: &str) -> io::Result<String> {
    let bytes = read_limited(path, limit, what)?;
    String::from_utf8(bytes).map_err(|error| {
        let message = if is_utf16(error.as_bytes()) {
            "UTF-16 text; factlint reads UTF-8 only (convert it: iconv -f UTF-16 -t UTF-8)"
                .to_string()
        } else {
            let offset = error.utf8_error().valid_up_to();
            format!("not valid UTF-8 (invalid byte at offset {offset}); factlint reads UTF-8 only")
        };
        io::Error::new(io::ErrorKind::InvalidData, message)
    })
}

/// Whether `bytes` start with a UTF-16 byte order mark.
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Everything `reader` gives, refused past `limit` bytes.
pub fn read_to_limit(reader: impl Read, limit: u64, what: &str) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("larger than {}, the limit for {what}", size(limit)),
        ));
    }
    Ok(bytes)
}

/// `67108864` → `64 MB`.
pub fn size(bytes: u64) -> String {
    if bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else {
        format!("{bytes} bytes")
    }
}

fn not_a_regular_file(kind: fs::FileType) -> io::Error {
    use std::os::unix::fs::FileTypeExt;
    let what = if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    };
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{what}; factlint reads regular files only"),
    )
}

/// Replaces the file at `path` with `contents`, or creates it. A symbolic link is followed,
/// not replaced. `read` is what the file held when it was read, if it was: the file is then
/// written only if it still holds exactly that, so an edit made meanwhile is never lost.
///
/// The file is replaced whole or not at all, keeps its permissions and owner, and no
/// temporary file is left behind on any error. A read-only file and a file with several
/// hard links (which a rename would split from its other names) are refused.
pub fn replace(path: &Path, contents: &[u8], read: Option<&[u8]>) -> io::Result<()> {
    replace_with(path, read, |file| file.write_all(contents))
}

/// [`replace`], with the new contents written by `write` into the temporary file.
fn replace_with(
    path: &Path,
    read: Option<&[u8]>,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let (target, existing) = match fs::canonicalize(path) {
        Ok(target) => {
            let metadata = fs::metadata(&target)?;
            refuse_to_replace(&metadata)?;
            (target, Some(metadata))
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound && read.is_none() => {
            (path.to_path_buf(), None)
        }
        Err(error) => return Err(error),
    };
    let (temporary, mut file) = create_temporary(&target)?;
    let written = write(&mut file)
        .and_then(|()| match &existing {
            Some(metadata) => keep_mode_and_owner(&file, metadata),
            None => Ok(()),
        })
        .and_then(|()| file.sync_all())
        .and_then(|()| match read {
            Some(read) => unchanged_since_read(&target, read),
            None => Ok(()),
        })
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

fn refuse_to_replace(metadata: &fs::Metadata) -> io::Result<()> {
    if !metadata.is_file() {
        return Err(not_a_regular_file(metadata.file_type()));
    }
    if metadata.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only; factlint does not write read-only files",
        ));
    }
    if metadata.nlink() > 1 {
        return Err(io::Error::other(format!(
            "the file has {} hard links, which replacing it would break; not written",
            metadata.nlink()
        )));
    }
    Ok(())
}

fn keep_mode_and_owner(file: &File, original: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(original.permissions())?;
    let created = file.metadata()?;
    if (created.uid(), created.gid()) != (original.uid(), original.gid()) {
        std::os::unix::fs::fchown(file, Some(original.uid()), Some(original.gid())).map_err(
            |error| {
                io::Error::new(
                    error.kind(),
                    format!("cannot keep the file's owner: {error}"),
                )
            },
        )?;
    }
    Ok(())
}

fn unchanged_since_read(target: &Path, read: &[u8]) -> io::Result<()> {
    // One byte more than was read is enough to tell that the file grew.
    let mut now = Vec::new();
    File::open(target)?
        .take(read.len() as u64 + 1)
        .read_to_end(&mut now)?;
    if now != read {
        return Err(io::Error::other(
            "the file changed since factlint read it; not written (run factlint again)",
        ));
    }
    Ok(())
}

/// A new, hidden file in `target`'s folder, so that the rename never crosses file systems.
fn create_temporary(target: &Path) -> io::Result<(PathBuf, File)> {
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
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
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn file_with(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, text).unwrap();
        (dir, path)
    }

    fn entries(dir: &tempfile::TempDir) -> usize {
        fs::read_dir(dir.path()).unwrap().count()
    }

    #[test]
    fn writes_replace_the_file_and_keep_its_permissions() {
        let (dir, path) = file_with("old");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        replace(&path, b"new", Some(b"old")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(entries(&dir), 1, "no temporary left");
    }

    #[test]
    fn a_missing_file_is_created_when_nothing_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        replace(&path, b"report", None).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "report");
        assert!(replace(&dir.path().join("gone.md"), b"x", Some(b"old")).is_err());
    }

    #[test]
    fn a_failed_write_leaves_the_original_and_no_temporary_file() {
        let (dir, path) = file_with("original");
        let result = replace_with(&path, None, |file| {
            file.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "original");
        assert_eq!(entries(&dir), 1, "no temporary left");
    }

    #[test]
    fn an_edit_made_since_the_file_was_read_is_kept() {
        let (dir, path) = file_with("edited meanwhile");
        let error = replace(&path, b"fixed", Some(b"as read")).unwrap_err();
        assert!(error.to_string().contains("changed since"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited meanwhile");
        assert_eq!(entries(&dir), 1, "no temporary left");
    }

    #[test]
    fn a_read_only_file_is_refused() {
        let (_dir, path) = file_with("old");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let error = replace(&path, b"new", Some(b"old")).unwrap_err();
        assert!(error.to_string().contains("read-only"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[test]
    fn a_file_with_hard_links_is_refused_not_split() {
        let (dir, path) = file_with("old");
        let other = dir.path().join("b.md");
        fs::hard_link(&path, &other).unwrap();
        let error = replace(&path, b"new", Some(b"old")).unwrap_err();
        assert!(error.to_string().contains("hard links"), "{error}");
        assert_eq!(fs::read_to_string(&other).unwrap(), "old");
    }

    #[test]
    fn a_symbolic_link_is_followed_not_replaced() {
        let (dir, target) = file_with("old");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        replace(&link, b"new", Some(b"old")).unwrap();
        let link_type = fs::symlink_metadata(&link).unwrap().file_type();
        assert!(link_type.is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("p.md");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let error = read_limited(&fifo, MB, "an article").unwrap_err();
        assert_eq!(
            error.to_string(),
            "a FIFO; factlint reads regular files only"
        );
    }

    #[test]
    fn a_file_is_read_whole_in_one_call_or_to_its_end() {
        let (_dir, path) = file_with("old text");
        assert_eq!(read_limited(&path, MB, "an article").unwrap(), b"old text");
        // The system gives no size for these: read to the end.
        let status = read_limited(Path::new("/proc/self/status"), MB, "a file").unwrap();
        assert!(String::from_utf8(status).unwrap().contains("\nPid:"));
        let error = read_limited(&path, 3, "an article").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::FileTooLarge);
    }

    #[test]
    fn folders_sockets_and_devices_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("s.md");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        for (path, what) in [
            (dir.path(), "a folder"),
            (socket.as_path(), "a socket"),
            (Path::new("/dev/zero"), "a device"),
        ] {
            let error = read_limited(path, MB, "an article").unwrap_err();
            let expected = format!("{what}; factlint reads regular files only");
            assert_eq!(error.to_string(), expected, "{}", path.display());
        }
        let missing = read_limited(&dir.path().join("gone.md"), MB, "an article").unwrap_err();
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn text_that_is_not_utf8_names_its_offset_or_utf16() {
        let (_dir, path) = file_with("");
        fs::write(&path, b"story: caf\xe9").unwrap();
        let error = read_text(&path, MB, "a rule file").unwrap_err();
        assert!(error.to_string().contains("offset 10"), "{error}");
        fs::write(&path, b"\xff\xfes\0t\0").unwrap();
        let error = read_text(&path, MB, "a rule file").unwrap_err();
        assert!(error.to_string().starts_with("UTF-16 text"), "{error}");
    }

    #[test]
    fn reading_stops_at_the_limit() {
        let error = read_to_limit(io::repeat(0), 10, "an article").unwrap_err();
        assert_eq!(
            error.to_string(),
            "larger than 10 bytes, the limit for an article"
        );
        assert_eq!(
            read_to_limit(&b"0123456789"[..], 10, "x").unwrap().len(),
            10
        );
        assert_eq!(size(64 * MB), "64 MB");
    }
}
