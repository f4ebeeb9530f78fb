//! Extraction: bytes → [`Document`].
//!
//! In: the raw bytes of one input and its path (for the extension). Out: a
//! [`Document`] (lines of text, each tagged with where it came from) or a
//! [`FileError`] with a stable code. This is the only stage that looks at raw
//! bytes; nothing after it knows which format a line came from except through
//! [`Origin`].
//!
//! Every command reads a file the same way: [`Input::open`] reads it (with
//! the size limit, only a regular file, never blocking) and decides its
//! format by magic bytes first and the extension second ([`sniff()`]);
//! [`crate::worker::Worker`] turns it into a [`Document`], in a worker
//! process under the memory and time limits, whatever the format: PDF and
//! DOCX go through third-party parsers that can panic, overflow the stack or
//! loop on hostile files, and our own readers of text and the source formats
//! ([`source`]) are bounded only by the input's size. Extraction knows
//! nothing of keywords, sections or reports.

pub mod docx;
mod grid;
pub mod layout;
pub mod odt;
pub mod pdf;
pub mod rtf;
pub mod sniff;
pub mod source;
pub mod text;
mod zipped;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use layout::{Hidden, HiddenHow, Layout};
pub use sniff::sniff;
use source::{jsonresume, latex, markdown, typst, yaml};

/// The input formats the analyzer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Docx,
    /// OpenDocument text (LibreOffice, Google Docs' ".odt" download).
    Odt,
    Rtf,
    Text,
    Markdown,
    Latex,
    Typst,
    #[serde(rename = "json-resume")]
    JsonResume,
    /// A resume kept as YAML (RenderCV, FRESH, a schema of its own).
    Yaml,
}

impl Format {
    /// The name used in reports (`"pdf"`, `"docx"`, `"odt"`, `"rtf"`,
    /// `"text"`, `"markdown"`, `"latex"`, `"typst"`, `"json-resume"`,
    /// `"yaml"`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Rtf => "rtf",
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Latex => "latex",
            Format::Typst => "typst",
            Format::JsonResume => "json-resume",
            Format::Yaml => "yaml",
        }
    }

    /// The format a name stands for, as [`Format::name`] writes it.
    pub fn parse(name: &str) -> Option<Format> {
        [
            Format::Pdf,
            Format::Docx,
            Format::Odt,
            Format::Rtf,
            Format::Text,
            Format::Markdown,
            Format::Latex,
            Format::Typst,
            Format::JsonResume,
            Format::Yaml,
        ]
        .into_iter()
        .find(|f| f.name() == name)
    }

    /// Whether the input is a source (Markdown, LaTeX, Typst, JSON Resume, YAML) whose
    /// findings point at lines and columns the author edits.
    pub fn is_source(self) -> bool {
        matches!(
            self,
            Format::Markdown | Format::Latex | Format::Typst | Format::JsonResume | Format::Yaml
        )
    }
}

/// Where a line of text sits in the original file. Many ATS drop text that is
/// not in the body, so readability checks look at this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    Body,
    Table,
    Header,
    Footer,
    TextBox,
    Footnote,
}

impl Origin {
    /// True for places many ATS parsers skip (headers, footers, text boxes).
    pub fn is_skipped_by_ats(self) -> bool {
        matches!(self, Origin::Header | Origin::Footer | Origin::TextBox)
    }

    pub fn name(self) -> &'static str {
        match self {
            Origin::Body => "body",
            Origin::Table => "table",
            Origin::Header => "header",
            Origin::Footer => "footer",
            Origin::TextBox => "text-box",
            Origin::Footnote => "footnote",
        }
    }
}

/// One line of extracted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    pub origin: Origin,
    /// 1-based line in the source file for text and source formats; for PDF
    /// and DOCX the line in the extracted text (the same as its position).
    pub source_line: u32,
    /// Index into [`Document::sources`] of the file `source_line` is in:
    /// 0 for the input itself, more for files a LaTeX `\input` brought in.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub source_file: u16,
    /// How deep a heading the line is in an outline source (1 for
    /// Markdown's `#`, Org's `*`, AsciiDoc's `=`; 2 one level down); 0
    /// when the line is no heading there or the format has no outline.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub level: u8,
}

fn is_zero<N: Default + PartialEq>(n: &N) -> bool {
    *n == N::default()
}

/// A file that lines of a source document come from. Kept so that findings
/// can name the file and find their column in the line as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The path as given for the input (index 0), or the input's folder
    /// joined with the path of an `\input`/`\include` (later indexes).
    pub path: String,
    /// The decoded text of the file.
    pub text: String,
}

/// The text of one input, as extracted, before normalization.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub lines: Vec<Line>,
    /// Page count when the format has pages and states it.
    pub pages: Option<u32>,
    /// Text a person cannot see (DOCX `w:vanish`; PDF text that is white
    /// on white, tiny, invisible or off the page): flagged, never analyzed.
    pub hidden: Vec<Hidden>,
    /// How a PDF's pages were laid out (columns, blocks), as the layout
    /// stage read them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<Layout>,
    /// For source formats: the files the lines come from (see
    /// [`Line::source_file`]). Empty for PDF, DOCX and plain text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Files the document names but that were not read, one message each
    /// (a LaTeX `\input` outside the resume's folder, say): a finding,
    /// never the file's content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<String>,
    /// The web addresses of a PDF's links (`/URI` actions of its link
    /// annotations), in page order, or of a LaTeX source's (`\href`
    /// targets, the profile of a template's `\linkedin{handle}`): a
    /// LinkedIn profile or a site behind an icon, which ATS parsers read as
    /// contact details.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// For a JSON Resume: its jobs and education entries as the file
    /// states them, which the parse takes as they are rather than reading
    /// the lines written for them back (a title, an employer or a school
    /// may hold a dash or a comma that the lines alone cannot tell from a
    /// separator). Empty for every other format.
    #[serde(default, skip_serializing_if = "Stated::is_empty")]
    pub stated: Stated,
}

/// What a structured source states field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stated {
    pub jobs: Vec<StatedJob>,
    pub schools: Vec<StatedSchool>,
}

impl Stated {
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty() && self.schools.is_empty()
    }
}

/// A job as a structured source states it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedJob {
    /// Index in [`Document::lines`] of the job's title line.
    pub line: usize,
    pub name: Option<String>,
    pub position: Option<String>,
    pub location: Option<String>,
    /// The job's dates as its title line prints them ("2019-03 – Present").
    pub dates: Option<String>,
}

/// An education entry as a structured source states it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedSchool {
    /// Index in [`Document::lines`] of the entry's first line.
    pub line: usize,
    pub institution: Option<String>,
    pub area: Option<String>,
    pub study_type: Option<String>,
    /// The entry's dates as its lines print them ("2015-09-15 – Present").
    pub dates: Option<String>,
}

impl Document {
    /// A document of the lines a reader collected in order (numbered from
    /// 1), each with where it came from.
    pub(crate) fn of_lines(
        lines: impl IntoIterator<Item = (String, Origin)>,
        pages: Option<u32>,
        hidden: Vec<Hidden>,
    ) -> Document {
        Document {
            lines: lines
                .into_iter()
                .enumerate()
                .map(|(i, (text, origin))| Line {
                    text,
                    origin,
                    source_line: line_number(i),
                    source_file: 0,
                    level: 0,
                })
                .collect(),
            pages,
            hidden,
            layout: None,
            sources: Vec::new(),
            unread: Vec::new(),
            links: Vec::new(),
            stated: Stated::default(),
        }
    }

    /// Builds a document from plain lines, all in the body, numbered from 1.
    pub fn from_lines<I, S>(lines: I) -> Document
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Document::from_numbered(lines.into_iter().map(Into::into).enumerate())
    }

    /// Builds a document from plain lines, all in the body, each with the
    /// index (from 0) of the source line it prints; several lines may
    /// print one.
    pub(crate) fn from_numbered(lines: impl IntoIterator<Item = (usize, String)>) -> Document {
        let lines = lines
            .into_iter()
            .map(|(i, text)| Line {
                text,
                origin: Origin::Body,
                source_line: line_number(i),
                source_file: 0,
                level: 0,
            })
            .collect();
        Document {
            lines,
            pages: None,
            hidden: Vec::new(),
            layout: None,
            sources: Vec::new(),
            unread: Vec::new(),
            links: Vec::new(),
            stated: Stated::default(),
        }
    }
}

/// Converts a 0-based index to a 1-based line number, saturating.
pub(crate) fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// Stable codes for inputs that could not be analyzed. They appear in JSON
/// output and in `screen` summaries, so they never change meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NotFound,
    Io,
    TooLarge,
    UnsupportedFormat,
    LegacyDoc,
    Encrypted,
    NotDocx,
    BinaryFile,
    Corrupt,
    Timeout,
    Crashed,
    OutOfMemory,
    NotAFile,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not-found",
            ErrorCode::Io => "io",
            ErrorCode::TooLarge => "too-large",
            ErrorCode::UnsupportedFormat => "unsupported-format",
            ErrorCode::LegacyDoc => "legacy-doc",
            ErrorCode::Encrypted => "encrypted",
            ErrorCode::NotDocx => "not-docx",
            ErrorCode::BinaryFile => "binary-file",
            ErrorCode::Corrupt => "corrupt",
            ErrorCode::Timeout => "timeout",
            ErrorCode::Crashed => "crashed",
            ErrorCode::OutOfMemory => "out-of-memory",
            ErrorCode::NotAFile => "not-a-file",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why one input could not be analyzed: a code and a one-line message that
/// says what to do. The file name is added by the printer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct FileError {
    pub code: ErrorCode,
    pub message: String,
}

impl FileError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> FileError {
        FileError {
            code,
            message: message.into(),
        }
    }
}

/// Limits applied to every input.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_file_size: u64,
    /// Per-file wall-clock limit for the worker.
    pub timeout: std::time::Duration,
    /// Address-space limit of the worker process, in bytes.
    pub memory: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_file_size: 20 * 1000 * 1000,
            timeout: std::time::Duration::from_secs(10),
            memory: 1 << 30,
        }
    }
}

/// One input, read into memory and recognized: what a
/// [`Worker`](crate::worker::Worker) takes.
#[derive(Clone, Debug)]
pub struct Input {
    /// The path as given; `-` is standard input.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub format: Format,
}

impl Input {
    /// Reads `path` (`-`: standard input) with the size limit and decides
    /// its format.
    pub fn open(path: &Path, limits: &Limits) -> Result<Input, FileError> {
        let bytes = read_input(path, limits.max_file_size)?;
        let format = sniff(&bytes, path)?;
        Ok(Input {
            path: path.to_path_buf(),
            bytes,
            format,
        })
    }

    /// The file on disk, when the input is one (not standard input).
    pub fn file(&self) -> Option<&Path> {
        (self.path.as_os_str() != "-").then_some(self.path.as_path())
    }

    /// A hash of the content, to recognize identical files.
    pub fn digest(&self) -> [u8; 32] {
        *blake3::hash(&self.bytes).as_bytes()
    }
}

/// Reads an input (`-` is standard input) with the size limit applied before
/// and while reading, so a huge file is never loaded.
pub fn read_input(path: &Path, max_size: u64) -> Result<Vec<u8>, FileError> {
    let too_large = |size: u64| {
        FileError::new(
            ErrorCode::TooLarge,
            format!(
                "file is {} (limit {}); raise --max-file-size if it really is a resume",
                human_size(size),
                human_size(max_size)
            ),
        )
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(max_size.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| {
                FileError::new(ErrorCode::Io, format!("cannot read standard input: {e}"))
            })?;
    } else {
        let (file, meta) = crate::files::open(path).map_err(|e| io_error(&e))?;
        if let Some(what) = crate::files::not_a_file(&meta.file_type()) {
            // A folder has always been an `io` error; codes keep their meaning.
            let code = if meta.is_dir() {
                ErrorCode::Io
            } else {
                ErrorCode::NotAFile
            };
            return Err(FileError::new(code, what));
        }
        if meta.len() > max_size {
            return Err(too_large(meta.len()));
        }
        file.take(max_size.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| io_error(&e))?;
    }
    if bytes.len() as u64 > max_size {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The folder a resume's includes (LaTeX's `\input`, Org's `#+INCLUDE:`)
/// must resolve into, canonical: `root` (the `.ats.toml`'s folder), else
/// the resume's own `folder` (`""` is the working folder). None when it
/// cannot be resolved: then no include is read.
pub(crate) fn include_root(root: Option<&Path>, folder: Option<&Path>) -> Option<PathBuf> {
    let root = root.or(folder)?;
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    std::fs::canonicalize(root).ok()
}

/// Why the file an include names may not be read, if it may not: only
/// regular files inside `root`, after symbolic links are resolved, are
/// read. A file that does not exist is left to the caller, which says so.
pub(crate) fn refused_include(
    name: &Path,
    file: &Path,
    root: Option<&Path>,
) -> Option<&'static str> {
    if name.is_absolute() {
        return Some("an absolute path, outside the resume's folder");
    }
    let canonical = std::fs::canonicalize(file).ok()?;
    if !root.is_some_and(|r| canonical.starts_with(r)) {
        return Some("outside the resume's folder");
    }
    match std::fs::metadata(&canonical) {
        Ok(meta) if meta.is_file() => None,
        _ => Some("not a regular file"),
    }
}

fn io_error(e: &std::io::Error) -> FileError {
    match e.kind() {
        std::io::ErrorKind::NotFound => FileError::new(ErrorCode::NotFound, "no such file"),
        std::io::ErrorKind::PermissionDenied => FileError::new(ErrorCode::Io, "permission denied"),
        _ => FileError::new(ErrorCode::Io, format!("cannot read: {e}")),
    }
}

/// Formats a byte count for messages: `20 MB`, `512 KB`, `900 B`.
pub(crate) fn human_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        let mb = bytes as f64 / 1e6;
        if mb >= 10.0 {
            format!("{mb:.0} MB")
        } else {
            format!("{mb:.1} MB")
        }
    } else if bytes >= 1_000 {
        format!("{} KB", bytes / 1_000)
    } else {
        format!("{bytes} B")
    }
}

/// Extracts a document in this process, for trusted bytes (benches,
/// tests): a parser may panic, overflow the stack or loop on a hostile
/// file. Every command reads through a [`Worker`](crate::worker::Worker),
/// which runs this in a worker process under the limits.
pub fn extract_in_process(bytes: &[u8], format: Format) -> Result<Document, FileError> {
    extract_bytes(bytes, format, None, None, &Limits::default())
}

/// [`extract_in_process`] for a file on disk, whose LaTeX `\input`s are
/// followed inside `root` (by default the file's folder) with the limits.
pub(crate) fn extract_bytes(
    bytes: &[u8],
    format: Format,
    file: Option<&Path>,
    root: Option<&Path>,
    limits: &Limits,
) -> Result<Document, FileError> {
    match format {
        Format::Text => text::extract_at(bytes, file, root, limits.max_file_size),
        Format::Markdown => markdown::extract(bytes),
        Format::Latex => latex::extract(bytes, file, root, limits.max_file_size),
        Format::Typst => typst::extract(bytes),
        Format::JsonResume => jsonresume::extract(bytes),
        Format::Yaml => yaml::extract(bytes),
        Format::Pdf => pdf::extract(bytes),
        Format::Docx => docx::extract(bytes),
        Format::Odt => odt::extract(bytes),
        Format::Rtf => rtf::extract(bytes),
    }
}
