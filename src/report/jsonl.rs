//! JSON Lines of `screen` (`--format jsonl`, SPEC): one report per line
//! with its `rank`, `status`, `reasons` (and `duplicates`, the paths of
//! identical copies; `group`, the other files of the same person), then the
//! files with no text (`"status": "no-text"`, no rank), then a line
//! `{"file": ..., "status": CODE, "error": {...}}` per file that could not
//! be read. With `--unordered`, lines come as files finish, without ranks,
//! and a copy is a line `{"file": ..., "status": "duplicate",
//! "duplicate_of": ...}`.
//! Each line holds to `$defs/screen_line` of `schemas/report-v2.json`.

use std::io::{self, Write};

use super::{Event, Printer};

/// The JSON Lines printer.
pub struct Jsonl<'w> {
    out: &'w mut dyn Write,
    /// Flush after every line, so a reader of a pipe sees files as they
    /// finish (`--unordered`).
    streaming: bool,
}

impl<'w> Jsonl<'w> {
    pub fn new(out: &'w mut dyn Write, streaming: bool) -> Jsonl<'w> {
        Jsonl { out, streaming }
    }

    fn line(&mut self, value: &impl serde::Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut *self.out, value)?;
        writeln!(self.out)?;
        if self.streaming {
            self.out.flush()?;
        }
        Ok(())
    }
}

impl Printer for Jsonl<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(r) => self.line(r),
            Event::Failed(f) => self.line(&serde_json::json!({
                "file": f.file,
                "status": f.error.code,
                "error": f.error,
            })),
            Event::Duplicate { file, of } => self.line(&serde_json::json!({
                "file": file,
                "status": "duplicate",
                "duplicate_of": of,
            })),
            Event::Finish(_) => self.out.flush(),
            _ => Ok(()),
        }
    }
}
