//! JSON output (SPEC "JSON report", schema_version 1).
//!
//! One outcome prints one object; several print an array. Failed inputs are
//! `{"file": ..., "error": {"code": ..., "message": ...}}` in the same place.
//! Pretty-printed with two spaces and a final newline; the same input gives
//! byte-identical output.

use std::io::{self, Write};

use super::Outcome;

/// Writes one outcome as an object, or several as an array.
pub fn write(w: &mut dyn Write, outcomes: &[Outcome]) -> io::Result<()> {
    match outcomes {
        [one] => serde_json::to_writer_pretty(&mut *w, one)?,
        many => serde_json::to_writer_pretty(&mut *w, many)?,
    }
    writeln!(w)
}
