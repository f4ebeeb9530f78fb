//! Opening files so that nothing blocks or overflows: only regular files,
//! opened without blocking and checked on the open file, within a size
//! limit.
//!
//! A leaf: every stage that reads a file the user names (inputs, settings,
//! role files, baselines, file lists) goes through here.

use std::fs::{File, FileType, Metadata};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Opens `path` for reading without blocking (a named pipe would block an
/// ordinary open), and returns what was opened, so that the type is checked
/// on the open file itself and cannot be swapped in between.
pub(crate) fn open(path: &Path) -> std::io::Result<(File, Metadata)> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let meta = file.metadata()?;
    Ok((file, meta))
}

/// `20 MB`, `512 KB`.
fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{} KB", bytes / 1_000)
    }
}

/// Largest settings, role, baseline or list file read: far above any real
/// one, low enough that a wrong path cannot take the memory.
pub(crate) const MAX_SETUP_FILE: u64 = 64 * 1000 * 1000;

/// Reads a file the run is set up with (`.ats.toml`, a role file, a
/// baseline, a file list) as UTF-8: only a regular file, opened without
/// blocking, at most [`MAX_SETUP_FILE`] bytes.
pub(crate) fn read_setup_file(path: &Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind};
    let (file, meta) = open(path)?;
    if let Some(what) = not_a_file(&meta.file_type()) {
        return Err(Error::other(what.trim_start_matches("is ").to_owned()));
    }
    if meta.len() > MAX_SETUP_FILE {
        return Err(Error::other(format!(
            "the file is {} (limit {})",
            size(meta.len()),
            size(MAX_SETUP_FILE)
        )));
    }
    let mut text = String::new();
    file.take(MAX_SETUP_FILE + 1)
        .read_to_string(&mut text)
        .map_err(|e| Error::new(ErrorKind::InvalidData, e))?;
    Ok(text)
}

/// What a file type is when it is not a regular file: the message of a
/// `not-a-file` error.
pub(crate) fn not_a_file(kind: &FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        None
    } else if kind.is_dir() {
        Some("is a folder; pass the resume files in it (for example folder/*.pdf)")
    } else if kind.is_fifo() {
        Some("is a named pipe (FIFO), not a file; save the resume to a file")
    } else if kind.is_socket() {
        Some("is a socket, not a file")
    } else if kind.is_char_device() || kind.is_block_device() {
        Some("is a device, not a file")
    } else {
        Some("is not a regular file")
    }
}
