//! Which files a `screen` run reads.
//!
//! Folders are walked recursively in name order. Inside them, hidden entries
//! (a name starting with `.`) and files without a resume extension are
//! skipped quietly and only counted, and so are source files that are not a
//! resume of their own: a LaTeX file without `\documentclass` (a section
//! another file `\input`s) and a `.json` file that is not a resume. A
//! file named explicitly, on the command line or in `--files-from`, is
//! always read and reported, whatever its name. A folder that cannot be
//! read, and an entry named like a resume that cannot be (a pipe, socket or
//! device, a dangling link, a link loop), become failed rows, so nothing the
//! user pointed at goes unaccounted for.

use std::ffi::OsStr;
use std::io::{self, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::extract::source::{is_json_resume, is_latex_document, is_typst_document, yaml};
use crate::extract::{ErrorCode, FileError};
use crate::files::not_a_file;

/// Extensions a folder walk treats as resumes: every format `check` reads.
/// Formats `ats` cannot read (`.doc`, `.odt`, `.rtf`) are included so they
/// are reported, not lost.
pub(crate) const RESUME_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "doc", "odt", "rtf", "txt", "text", "md", "markdown", "rmd", "qmd", "tex",
    "ltx", "xtx", "typ", "json", "yaml", "yml", "org", "rst", "rest", "adoc", "asciidoc",
];

/// Skipped files the summary names; the rest are counted.
pub(crate) const NAMED_SKIPS: usize = 3;

/// Bytes of a source file looked at to tell a resume from a part of one.
const PEEK: u64 = 64 * 1024;

/// The files of a run, sorted by path, each once.
#[derive(Debug, Default)]
pub(crate) struct Inputs {
    pub(crate) files: Vec<PathBuf>,
    /// Folders (or entries) the walk could not read.
    pub(crate) unreadable: Vec<(PathBuf, FileError)>,
    /// Files in walked folders that are not resumes.
    pub(crate) skipped: usize,
    /// The first [`NAMED_SKIPS`] of them, to name in the summary.
    pub(crate) skipped_names: Vec<PathBuf>,
}

impl Inputs {
    fn skip(&mut self, path: PathBuf) {
        self.skipped += 1;
        if self.skipped_names.len() < NAMED_SKIPS {
            self.skipped_names.push(path);
        }
    }
}

/// Expands paths: folders into the resumes under them, files as they are.
pub(crate) fn gather(paths: &[PathBuf]) -> Inputs {
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
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => {
                let path = entry.into_path();
                // What the entry is, through a symbolic link; links to
                // folders are not followed, so a walk cannot loop.
                match std::fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => {}
                    Ok(meta) if meta.is_file() => {
                        if is_resume(&path) {
                            inputs.files.push(path);
                        } else {
                            inputs.skip(path);
                        }
                    }
                    // A pipe, socket or device named like a resume is a row
                    // that says what it is; it is never opened.
                    Ok(meta) if has_resume_extension(&path) => {
                        let what = not_a_file(&meta.file_type()).unwrap_or("is not a regular file");
                        inputs
                            .unreadable
                            .push((path, FileError::new(ErrorCode::NotAFile, what)));
                    }
                    Err(e) if has_resume_extension(&path) => {
                        let error = if e.raw_os_error() == Some(libc::ELOOP) {
                            FileError::new(
                                ErrorCode::Io,
                                "a symbolic link that leads back to itself (a link loop)",
                            )
                        } else if e.kind() == io::ErrorKind::NotFound {
                            FileError::new(
                                ErrorCode::NotFound,
                                "a symbolic link to a file that does not exist",
                            )
                        } else {
                            FileError::new(ErrorCode::Io, format!("cannot read: {e}"))
                        };
                        inputs.unreadable.push((path, error));
                    }
                    Ok(_) | Err(_) => inputs.skip(path),
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

/// The extension, lowercased, when it is one a walk reads.
fn resume_extension(path: &Path) -> Option<String> {
    let ext = path
        .extension()
        .and_then(OsStr::to_str)?
        .to_ascii_lowercase();
    RESUME_EXTENSIONS.contains(&ext.as_str()).then_some(ext)
}

fn has_resume_extension(path: &Path) -> bool {
    resume_extension(path).is_some()
}

/// A regular file a walk reads as a resume.
fn is_resume(path: &Path) -> bool {
    let Some(ext) = resume_extension(path) else {
        return false;
    };
    match ext.as_str() {
        "tex" | "ltx" | "xtx" => peek(path).is_some_and(|head| is_latex_document(&head)),
        "typ" => peek(path).is_some_and(|head| is_typst_document(&head)),
        "json" => peek(path).is_some_and(|head| is_json_resume(&head)),
        "yaml" | "yml" => peek(path).is_some_and(|head| yaml::is_resume(&head)),
        _ => true,
    }
}

/// The first bytes of a regular file, to look at what it holds (opened
/// without blocking, in case it was swapped for a pipe).
fn peek(path: &Path) -> Option<Vec<u8>> {
    let (file, meta) = crate::files::open(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut head = Vec::new();
    file.take(PEEK).read_to_end(&mut head).ok()?;
    Some(head)
}

/// Reads a list of paths, one per line (`-` reads standard input). Empty
/// lines are skipped; a trailing `\r` is dropped; nothing else is trimmed,
/// since a file name may begin or end with a space.
pub(crate) fn read_list(list: &Path) -> io::Result<Vec<PathBuf>> {
    let mut bytes = Vec::new();
    if list.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes = crate::files::read_setup_file(list)?.into_bytes();
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
        std::fs::create_dir_all(root.join("inbox/cv/sections"))?;
        for name in [
            "inbox/b.pdf",
            "inbox/a.DOCX",
            "inbox/2026/c.txt",
            "inbox/2026/old.doc",
            "inbox/2026/cv.qmd",
            "inbox/2026/resume.org",
            "inbox/photo.jpg",
            "inbox/.hidden.pdf",
            "inbox/cv/sections/work.tex",
            "inbox/cv/package.json",
            "inbox/cv/_config.yml",
            "inbox/.cache/d.pdf",
            "notes.jpg",
        ] {
            std::fs::write(root.join(name), "x")?;
        }
        std::fs::write(
            root.join("inbox/cv/resume.tex"),
            "% a comment\n\\documentclass{article}\n\\begin{document}Jane\\end{document}\n",
        )?;
        std::fs::write(
            root.join("inbox/cv/resume.json"),
            "{\"basics\": {\"name\": \"Jane\"}}",
        )?;
        std::fs::write(
            root.join("inbox/cv/resume.yaml"),
            "cv:\n  name: Jane\n  sections:\n    experience:\n      - company: Acme\n",
        )?;
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
                "inbox/2026/cv.qmd",
                "inbox/2026/old.doc",
                "inbox/2026/resume.org",
                "inbox/a.DOCX",
                "inbox/b.pdf",
                "inbox/cv/resume.json",
                "inbox/cv/resume.tex",
                "inbox/cv/resume.yaml",
                "notes.jpg"
            ]
        );
        assert_eq!(
            inputs.skipped, 4,
            "photo.jpg, the \\input section, package.json and _config.yml; hidden entries are not counted"
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
