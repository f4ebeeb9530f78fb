//! Which files a `screen` run reads.
//!
//! Folders are walked recursively in name order. Inside them, hidden entries
//! (a name starting with `.`) and files without a resume extension are
//! skipped quietly and only counted. A file named explicitly, on the command
//! line or in `--files-from`, is always read and reported, whatever its name.
//! A folder that cannot be read becomes a failed row, so nothing the user
//! pointed at goes unaccounted for.

use std::ffi::OsStr;
use std::io::{self, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::extract::{ErrorCode, FileError};

/// Extensions a folder walk treats as resumes. Formats `ats` cannot read
/// (`.doc`, `.odt`, `.rtf`) are included so they are reported, not lost.
pub const RESUME_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "doc", "odt", "rtf", "txt", "text", "md", "markdown",
];

/// The files of a run, sorted by path, each once.
#[derive(Debug, Default)]
pub struct Inputs {
    pub files: Vec<PathBuf>,
    /// Folders (or entries) the walk could not read.
    pub unreadable: Vec<(PathBuf, FileError)>,
    /// Files in walked folders that are hidden or not resumes.
    pub skipped: usize,
}

/// Expands paths: folders into the resumes under them, files as they are.
pub fn gather(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut inputs);
        } else {
            inputs.files.push(path.clone());
        }
    }
    inputs.files.sort();
    inputs.files.dedup();
    inputs
}

fn walk(root: &Path, inputs: &mut Inputs) {
    let entries = WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in entries {
        match entry {
            Ok(entry) => {
                // A symbolic link counts when it leads to a file; links to
                // folders are not followed, so a walk cannot loop.
                let is_file = entry.file_type().is_file()
                    || (entry.path_is_symlink() && entry.path().is_file());
                if !is_file {
                    continue;
                }
                if is_resume(entry.path()) {
                    inputs.files.push(entry.into_path());
                } else {
                    inputs.skipped += 1;
                }
            }
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let cause = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                inputs.unreadable.push((
                    path,
                    FileError::new(ErrorCode::Io, format!("cannot read the folder: {cause}")),
                ));
            }
        }
    }
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_bytes().first() == Some(&b'.')
}

fn is_resume(path: &Path) -> bool {
    path.extension().and_then(OsStr::to_str).is_some_and(|ext| {
        RESUME_EXTENSIONS
            .iter()
            .any(|known| ext.eq_ignore_ascii_case(known))
    })
}

/// Reads a list of paths, one per line (`-` reads standard input). Empty
/// lines are skipped; a trailing `\r` is dropped; nothing else is trimmed,
/// since a file name may begin or end with a space.
pub fn read_list(list: &Path) -> io::Result<Vec<PathBuf>> {
    let mut bytes = Vec::new();
    if list.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(list)?;
    }
    Ok(bytes
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .filter(|line| !line.is_empty())
        .map(|line| PathBuf::from(OsStr::from_bytes(line)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_skips_hidden_and_other_files_but_keeps_named_ones() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        std::fs::create_dir_all(root.join("inbox/2026"))?;
        std::fs::create_dir_all(root.join("inbox/.cache"))?;
        for name in [
            "inbox/b.pdf",
            "inbox/a.DOCX",
            "inbox/2026/c.txt",
            "inbox/2026/old.doc",
            "inbox/photo.jpg",
            "inbox/.hidden.pdf",
            "inbox/.cache/d.pdf",
            "notes.jpg",
        ] {
            std::fs::write(root.join(name), "x")?;
        }
        let inputs = gather(&[root.join("inbox"), root.join("notes.jpg")]);
        let names: Vec<String> = inputs
            .files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "inbox/2026/c.txt",
                "inbox/2026/old.doc",
                "inbox/a.DOCX",
                "inbox/b.pdf",
                "notes.jpg"
            ]
        );
        assert_eq!(
            inputs.skipped, 1,
            "photo.jpg; hidden entries are not counted"
        );
        assert!(inputs.unreadable.is_empty());
        Ok(())
    }

    #[test]
    fn a_list_has_one_path_per_line() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let list = dir.path().join("list.txt");
        std::fs::write(&list, "a.pdf\r\n\n dir/b c.docx\n")?;
        assert_eq!(
            read_list(&list)?,
            [PathBuf::from("a.pdf"), PathBuf::from(" dir/b c.docx")]
        );
        Ok(())
    }
}
