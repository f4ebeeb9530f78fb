//! The state of a batch: every file's outcome, on disk, until the ranking.
//!
//! Reports wait here, not in memory, so memory stays flat however many
//! files a batch has; each is stored whole ([`report::encode`]) and read
//! back as the same typed [`Report`] (storage, not a format any printer
//! sees). Without `-o` the file is anonymous. With `-o FILE` it is
//! `.FILE.ats-state` beside the output, written as each file finishes and
//! removed when the output is written: a run that is killed leaves it, and
//! `--resume` picks it up, skipping every file whose content it already
//! holds, so the final output is the same bytes as an uninterrupted run's.
//!
//! Format: a first line `ats-screen-state 1 KEY`, where KEY hashes what
//! decides a file's outcome (targets, options, limits, version), then one
//! line per file: `DIGEST \t FORMAT \t report \t FACTS \t JSON` (FACTS: what
//! the ranking keeps in memory, [`Facts`]) or `DIGEST \t FORMAT \t error \t
//! JSON`. A line cut short by a kill is
//! dropped on resume.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use crate::extract::{FileError, Format};
use crate::report::{self, Report};

use super::facts::Facts;

const MAGIC: &str = "ats-screen-state 2";

/// A file's content and format: what its outcome depends on.
pub(super) type Key = ([u8; 32], Format);

/// Where a report sits in the state file.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Span {
    offset: u64,
    len: usize,
}

/// A file's outcome, as the state file holds it.
#[derive(Clone, Debug)]
pub(crate) enum Entry {
    Report { span: Span, facts: Box<Facts> },
    Error(FileError),
}

/// A report stored whole; done by the pool threads, so the collector only
/// writes bytes.
pub(super) fn encode(report: &Report) -> io::Result<Vec<u8>> {
    Ok(report::encode(std::slice::from_ref(report))?)
}

pub(super) struct State {
    writer: BufWriter<File>,
    end: u64,
    /// The named file (`-o`), removed once the output is written.
    path: Option<PathBuf>,
    /// Outcomes found in the file on resume.
    earlier: HashMap<Key, Entry>,
}

impl State {
    /// An anonymous state, for a run to standard output.
    pub(super) fn anonymous(key: &str) -> io::Result<State> {
        let mut state = State {
            writer: BufWriter::new(tempfile::tempfile()?),
            end: 0,
            path: None,
            earlier: HashMap::new(),
        };
        state.header(key)?;
        Ok(state)
    }

    /// The state beside `output`: a fresh one, or with `resume` the one an
    /// earlier run of the same settings left (an error when it was written
    /// by other settings).
    pub(super) fn beside(output: &Path, key: &str, resume: bool) -> Result<State, String> {
        let path = state_path(output);
        let existing = resume && path.exists();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(!existing)
            .open(&path)
            .map_err(|e| format!("cannot write the state file {}: {e}", path.display()))?;
        let mut state = State {
            writer: BufWriter::new(file),
            end: 0,
            path: Some(path.clone()),
            earlier: HashMap::new(),
        };
        let io = |e: io::Error| format!("cannot read the state file {}: {e}", path.display());
        if existing {
            state.load(key).map_err(io)??;
        } else {
            state.header(key).map_err(io)?;
        }
        Ok(state)
    }

    fn header(&mut self, key: &str) -> io::Result<()> {
        let line = format!("{MAGIC} {key}\n");
        self.writer.write_all(line.as_bytes())?;
        self.end = line.len() as u64;
        Ok(())
    }

    /// Indexes what an earlier run stored, and cuts off a last line a kill
    /// left half written.
    fn load(&mut self, key: &str) -> io::Result<Result<(), String>> {
        let file = self.writer.get_mut();
        let mut reader = BufReader::new(&*file);
        let mut line = Vec::new();
        reader.read_until(b'\n', &mut line)?;
        if line != format!("{MAGIC} {key}\n").as_bytes() {
            return Ok(Err(
                "the state file was written by a run with other settings (role, limits, format or version); run without --resume to start again"
                    .to_owned(),
            ));
        }
        let mut end = line.len() as u64;
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line)?;
            if n == 0 || line.last() != Some(&b'\n') {
                break;
            }
            match parse(&line, end) {
                Some((key, entry)) => {
                    self.earlier.entry(key).or_insert(entry);
                }
                None => break,
            }
            end += n as u64;
        }
        drop(reader);
        file.set_len(end)?;
        file.seek(SeekFrom::Start(end))?;
        self.end = end;
        Ok(Ok(()))
    }

    /// The outcomes an earlier run left, to share with the pool.
    pub(super) fn take_earlier(&mut self) -> HashMap<Key, Entry> {
        std::mem::take(&mut self.earlier)
    }

    /// Stores a report [`encode`]d, with what the ranking keeps of it.
    pub(super) fn push_report(
        &mut self,
        key: &Key,
        facts: &Facts,
        bytes: &[u8],
    ) -> io::Result<Span> {
        let head = format!(
            "{}\treport\t{}\t",
            prefix(key),
            serde_json::to_string(facts)?
        );
        let span = self.append(&head, bytes)?;
        Ok(span)
    }

    /// Stores a failure of a file whose content was read.
    pub(super) fn push_error(&mut self, key: &Key, error: &FileError) -> io::Result<()> {
        let head = format!("{}\terror\t", prefix(key));
        self.append(&head, &serde_json::to_vec(error)?)?;
        Ok(())
    }

    fn append(&mut self, head: &str, payload: &[u8]) -> io::Result<Span> {
        self.writer.write_all(head.as_bytes())?;
        self.writer.write_all(payload)?;
        self.writer.write_all(b"\n")?;
        let span = Span {
            offset: self.end + head.len() as u64,
            len: payload.len(),
        };
        self.end += (head.len() + payload.len() + 1) as u64;
        if self.path.is_some() {
            // A kill loses at most the file being written.
            self.writer.flush()?;
        }
        Ok(span)
    }

    /// The report stored at `span`.
    pub(super) fn read(&mut self, span: Span) -> io::Result<Report> {
        self.writer.flush()?;
        let mut buf = vec![0; span.len];
        self.writer.get_ref().read_exact_at(&mut buf, span.offset)?;
        report::decode(&buf)?
            .pop()
            .ok_or_else(|| io::Error::other("an empty entry in the state file"))
    }

    /// Removes the named state file: the output is written.
    pub(super) fn finish(self) -> io::Result<()> {
        if let Some(path) = self.path {
            drop(self.writer);
            std::fs::remove_file(path)?;
        }
        Ok(())
    }

    /// The named state file, to tell the user.
    pub(super) fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

/// `.ranked.csv.ats-state` beside `ranked.csv`.
pub(super) fn state_path(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    output.with_file_name(format!(".{name}.ats-state"))
}

fn prefix(key: &Key) -> String {
    let digest: String = key.0.iter().map(|b| format!("{b:02x}")).collect();
    format!("{digest}\t{}", key.1.name())
}

/// One stored line: its key and where its payload is (`start`: the line's
/// offset in the file).
fn parse(line: &[u8], start: u64) -> Option<(Key, Entry)> {
    let text = std::str::from_utf8(line.strip_suffix(b"\n")?).ok()?;
    let mut fields = text.splitn(4, '\t');
    let (digest, format, kind, payload) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let mut bytes = [0u8; 32];
    if digest.len() != 64 {
        return None;
    }
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = u8::from_str_radix(digest.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    let format = Format::parse(format)?;
    let offset = start + (text.len() - payload.len()) as u64;
    let entry = match kind {
        "report" => {
            let (facts, report) = payload.split_once('\t')?;
            Entry::Report {
                span: Span {
                    offset: offset + facts.len() as u64 + 1,
                    len: report.len(),
                },
                facts: Box::new(serde_json::from_str(facts).ok()?),
            }
        }
        "error" => Entry::Error(serde_json::from_str(payload).ok()?),
        _ => return None,
    };
    Some(((bytes, format), entry))
}
