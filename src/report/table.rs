//! The ranked table of `screen` (`--format table`).
//!
//! A header naming the target, one row per ranked file (rank, score,
//! must-have coverage, the first missing must-haves, the candidate, the
//! file), then the files `--top` left out, the identical copies, and the
//! files that could not be read. Styles are written unconditionally (see
//! [`super::style`]).

use std::io::{self, Write};

use super::style::{BOLD, DIM, RED, paint, score_style};
use super::{Event, FileFailure, Printer, Report, plural};

/// Missing must-haves a row names.
const TABLE_MISSING: usize = 3;
/// Widest missing-keywords and candidate cells, in characters.
const MISSING_WIDTH: usize = 32;
const CANDIDATE_WIDTH: usize = 36;

/// The table printer.
pub struct Table<'w> {
    out: &'w mut dyn Write,
    /// Rows with copies: (file, copies), for the section after the rows.
    copies: Vec<(String, Vec<String>)>,
    failed: Vec<FileFailure>,
}

impl<'w> Table<'w> {
    pub fn new(out: &'w mut dyn Write) -> Table<'w> {
        Table {
            out,
            copies: Vec::new(),
            failed: Vec::new(),
        }
    }

    fn row(&mut self, r: &Report) -> io::Result<()> {
        let missing: Vec<&str> = r.missing_must().collect();
        let missing = if missing.is_empty() {
            "none".to_owned()
        } else {
            let more = missing.len().saturating_sub(TABLE_MISSING);
            let mut shown = missing[..missing.len().min(TABLE_MISSING)].join(", ");
            if more > 0 {
                shown.push_str(&format!(", +{more}"));
            }
            shown
        };
        let c = &r.candidate;
        let candidate = match (&c.name, &c.email) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (Some(n), None) => n.clone(),
            (None, Some(e)) => format!("<{e}>"),
            (None, None) => "-".to_owned(),
        };
        let copies = if r.duplicates.is_empty() {
            String::new()
        } else {
            self.copies.push((r.file.clone(), r.duplicates.clone()));
            paint(DIM, &format!("  (+{} identical)", r.duplicates.len()))
        };
        let (found, total) = r.must_coverage();
        let rank = r.rank.map(|rank| rank.label()).unwrap_or_default();
        writeln!(
            self.out,
            "{rank:>5}  {}  {:>5}  {:<MISSING_WIDTH$}  {:<CANDIDATE_WIDTH$}  {}{copies}",
            paint(score_style(r.score), &format!("{:>5}", r.score)),
            format!("{found}/{total}"),
            fit(&missing, MISSING_WIDTH),
            fit(&candidate, CANDIDATE_WIDTH),
            r.file,
        )
    }

    /// What follows the rows: files left out, copies, failures.
    fn finish(&mut self, hidden: usize) -> io::Result<()> {
        let w = &mut *self.out;
        if hidden > 0 {
            writeln!(
                w,
                "{}",
                paint(
                    DIM,
                    &format!(
                        "  … {hidden} more ranked file{} (--top left them out)",
                        plural(hidden)
                    )
                )
            )?;
        }
        if !self.copies.is_empty() {
            writeln!(
                w,
                "\n{}",
                paint(BOLD, "Identical files (ranked once, under the first path)")
            )?;
            for (file, copies) in &self.copies {
                writeln!(w, "  {file} = {}", copies.join(", "))?;
            }
        }
        if !self.failed.is_empty() {
            let n = self.failed.len();
            writeln!(
                w,
                "\n{}",
                paint(BOLD, &format!("Could not screen {n} file{}", plural(n)))
            )?;
            for f in &self.failed {
                writeln!(
                    w,
                    "  {} {}: {} [{}]",
                    paint(RED, "✗"),
                    f.file,
                    f.error.message,
                    f.error.code
                )?;
            }
        }
        w.flush()
    }
}

impl Printer for Table<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Start { target: (name, id) } => {
                writeln!(
                    self.out,
                    "{}  {}",
                    paint(BOLD, &format!("Ranked against {name} ({id})")),
                    paint(DIM, "best first; equal scores share a rank (2=)")
                )?;
                writeln!(
                    self.out,
                    "{:>5}  {:>5}  {:>5}  {:<MISSING_WIDTH$}  {:<CANDIDATE_WIDTH$}  FILE",
                    "RANK", "SCORE", "MUST", "MISSING MUST-HAVES", "CANDIDATE"
                )
            }
            Event::Report(r) => self.row(r),
            Event::Failed(f) => {
                self.failed.push(f.clone());
                Ok(())
            }
            Event::Finish(summary) => self.finish(summary.hidden),
            _ => Ok(()),
        }
    }
}

/// Cuts `text` to `width` characters, ending with `…` when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}
