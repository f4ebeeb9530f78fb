//! JSON output of `check` (SPEC "JSON report", schema_version 2; its JSON
//! Schema is `schemas/report-v2.json`).
//!
//! One outcome prints one object; several print an array, in the order of
//! the events (a file's targets best first). Failed inputs are
//! `{"file": ..., "error": {"code": ..., "message": ...}}` in the same place.
//! Pretty-printed with two spaces and a final newline; the same input gives
//! byte-identical output.

use std::io::{self, Write};

use super::{Event, Outcome, Printer};

/// Collects the outcomes of a run and writes them at its end.
pub struct Json<'w> {
    out: &'w mut dyn Write,
    outcomes: Vec<Outcome>,
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write) -> Json<'w> {
        Json {
            out,
            outcomes: Vec::new(),
        }
    }
}

impl Printer for Json<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(r) => self.outcomes.push(Outcome::Report(Box::new(r.clone()))),
            Event::Compared(c) => self.outcomes.extend(
                c.reports
                    .iter()
                    .map(|r| Outcome::Report(Box::new(r.clone()))),
            ),
            Event::Failed(f) => self.outcomes.push(Outcome::Failed(f.clone())),
            Event::Finish(_) => {
                match self.outcomes.as_slice() {
                    [one] => serde_json::to_writer_pretty(&mut *self.out, one)?,
                    many => serde_json::to_writer_pretty(&mut *self.out, many)?,
                }
                writeln!(self.out)?;
                self.out.flush()?;
            }
            _ => {}
        }
        Ok(())
    }
}
