//! `ats extract`: the text of a resume exactly as the analyzer sees it
//! (normalized, line for line), optionally numbered with each line's origin.

use std::io::Write;

use crate::config::{ExtractFlags, display_name};
use crate::exit::{Exit, SetupError};
use crate::extract::Origin;
use crate::normalize::normalize;
use crate::report::diagnostics::{Diagnostics, Mode};
use crate::report::{Event, Printer};

use super::{Purpose, Read, read_file, worker};

pub(super) fn run(
    s: &ExtractFlags,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let mut worker = worker(s.limits)?;
    let name = display_name(&s.file);
    let doc = match read_file(
        &s.file,
        &name,
        &mut worker,
        &s.limits,
        Purpose::Extract,
        |_| None,
    ) {
        Ok(Read::Document(doc)) => doc,
        Ok(Read::Reports(_) | Read::Duplicate(_) | Read::Earlier(_)) => return Ok(Exit::Success),
        Err(failure) => {
            Diagnostics::new(err, Mode::Check).print(Event::Failed(&failure))?;
            return Ok(Exit::Error);
        }
    };
    let text = normalize(&doc);
    let width = text
        .lines
        .last()
        .map_or(1, |l| l.source_line.to_string().len());
    for line in &text.lines {
        if s.line_numbers {
            let origin = match line.origin {
                Origin::Body => String::new(),
                other => format!("[{}] ", other.name()),
            };
            writeln!(out, "{:>width$} | {origin}{}", line.source_line, line.text)?;
        } else {
            writeln!(out, "{}", line.text)?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}
