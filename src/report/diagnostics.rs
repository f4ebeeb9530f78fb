//! What a run tells the user on standard error, beside its output.
//!
//! `check` and `extract`: one line per file that could not be read (the
//! file, the cause and its code), notes, and at the end the gates that
//! failed. `screen`: the summary line (files, ranked, copies, failures by
//! code, skipped, time); its failed files are rows of the output instead.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::style::{DIM, RED, paint};
use super::{Event, Printer, Summary, plural};

/// Which command's diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `check`, `extract`, `roles match`.
    Check,
    /// `screen`: only the summary line.
    Screen,
}

/// The standard-error printer.
pub struct Diagnostics<'w> {
    err: &'w mut dyn Write,
    mode: Mode,
}

impl<'w> Diagnostics<'w> {
    pub fn new(err: &'w mut dyn Write, mode: Mode) -> Diagnostics<'w> {
        Diagnostics { err, mode }
    }
}

impl Printer for Diagnostics<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match (self.mode, event) {
            (Mode::Check, Event::Failed(f)) => writeln!(
                self.err,
                "{} {}: {} {}",
                paint(RED.bold(), "error:"),
                f.file,
                f.error.message,
                paint(DIM, &format!("[{}]", f.error.code))
            ),
            (Mode::Check, Event::Note(note)) => writeln!(self.err, "note: {note}"),
            (Mode::Check, Event::Finish(summary)) => {
                for failure in &summary.gate_failures {
                    writeln!(self.err, "gate failed: {failure}")?;
                }
                if summary.exit_zero && !summary.gate_failures.is_empty() {
                    writeln!(self.err, "(--exit-zero: reporting only, exit code 0)")?;
                }
                Ok(())
            }
            (Mode::Screen, Event::Finish(summary)) => write_summary(self.err, summary),
            _ => Ok(()),
        }
    }
}

/// The closing line of `screen`.
fn write_summary(err: &mut dyn Write, s: &Summary) -> io::Result<()> {
    let secs = s.elapsed.as_secs_f64();
    let rate = if secs > 0.0 {
        s.files as f64 / secs
    } else {
        0.0
    };
    let target = s.target.as_deref().unwrap_or("the target");
    let mut line = format!(
        "screened {} file{} against {target} in {secs:.1} s ({rate:.0} files/s): {} ranked",
        s.files,
        plural(s.files),
        s.ranked
    );
    let mut under = Vec::new();
    if s.grouped > 0 {
        under.push(format!(
            "{} more file{} of the same people under them",
            s.grouped,
            plural(s.grouped)
        ));
    }
    if s.hidden_text > 0 {
        under.push(format!("{} with hidden text", s.hidden_text));
    }
    if !under.is_empty() {
        line.push_str(&format!(" ({})", under.join(", ")));
    }
    if s.no_text > 0 {
        line.push_str(&format!(", {} with no text (scanned: need OCR)", s.no_text));
    }
    if !s.filtered.is_empty() {
        let n: usize = s.filtered.iter().map(|(_, n)| n).sum();
        let why: Vec<String> = s.filtered.iter().map(|(w, n)| format!("{n} {w}")).collect();
        line.push_str(&format!(", {n} filtered out ({})", why.join(", ")));
    }
    if s.duplicates > 0 {
        line.push_str(&format!(
            ", {} identical cop{} ranked once",
            s.duplicates,
            if s.duplicates == 1 { "y" } else { "ies" }
        ));
    }
    if !s.failed.is_empty() {
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for code in &s.failed {
            *reasons.entry(code.as_str()).or_default() += 1;
        }
        let reasons: Vec<String> = reasons.iter().map(|(c, n)| format!("{n} {c}")).collect();
        line.push_str(&format!(
            ", {} failed ({})",
            s.failed.len(),
            reasons.join(", ")
        ));
    }
    if s.skipped > 0 {
        let more = if s.skipped > s.skipped_names.len() {
            ", …"
        } else {
            ""
        };
        line.push_str(&format!(
            "; {} other file{} in the folders skipped ({}{more})",
            s.skipped,
            plural(s.skipped),
            s.skipped_names.join(", ")
        ));
    }
    if s.resumed > 0 {
        line.push_str(&format!(
            "; {} report{} taken from the interrupted run",
            s.resumed,
            plural(s.resumed)
        ));
    }
    writeln!(err, "{line}")
}
