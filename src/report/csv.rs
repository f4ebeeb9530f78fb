//! The CSV of `screen` (`--format csv`): one row per ranked file, then one
//! per file that could not be read, for a spreadsheet.
//!
//! Every cell that a spreadsheet would read as a formula is neutralized
//! ([`neutralize`]): text from resumes is data.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Event, FileFailure, Printer, Report};
use crate::roles::Tier;
use crate::score::{Match, round2};

/// The columns, in order.
pub const HEADER: &[&str] = &[
    "rank",
    "score",
    "status",
    "file",
    "name",
    "email",
    "phone",
    "linkedin",
    "location",
    "reasons",
    "must_have_found",
    "must_have_total",
    "found_must_have",
    "missing_must_have",
    "strong_found",
    "strong_total",
    "part_must",
    "part_strong",
    "part_relevance",
    "part_impact",
    "part_clean",
    "part_quality",
    "avoid_terms",
    "bullets",
    "quantified_bullets",
    "readability",
    "format",
    "pages",
    "words",
    "duplicates",
    "group",
    "message",
];

/// Makes a cell safe to open in a spreadsheet: a cell that begins with a
/// character a spreadsheet reads as a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return, or their full-width forms) gets a leading `'`, which
/// spreadsheets show as text (OWASP "CSV Injection").
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    if cell.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The CSV printer.
pub struct Csv<'w> {
    csv: csv::Writer<&'w mut dyn Write>,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Csv<'w> {
        Csv {
            csv: csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(out),
        }
    }

    fn record(&mut self, cells: &[String]) -> io::Result<()> {
        self.csv
            .write_record(cells.iter().map(|c| neutralize(c).into_owned()))?;
        Ok(())
    }

    fn report(&mut self, r: &Report) -> io::Result<()> {
        let part = |v: f64| format!("{:.2}", round2(v));
        let (must, must_total) = r.coverage(Tier::MustHave);
        let (strong, strong_total) = r.coverage(Tier::Strong);
        let readability: Vec<&str> = r.readability.iter().map(|p| p.code.as_str()).collect();
        let q = &r.quantification;
        let c = &r.candidate;
        let cells = [
            r.rank
                .map(|rank| rank.place.to_string())
                .unwrap_or_default(),
            r.score.to_string(),
            r.status.unwrap_or_default().as_str().to_owned(),
            r.file.clone(),
            c.name.clone().unwrap_or_default(),
            c.email.clone().unwrap_or_default(),
            c.phone.clone().unwrap_or_default(),
            c.linkedin.clone().unwrap_or_default(),
            c.location.clone().unwrap_or_default(),
            r.reasons.join("; "),
            must.to_string(),
            must_total.to_string(),
            must_have(r, false),
            must_have(r, true),
            strong.to_string(),
            strong_total.to_string(),
            part(r.parts.must),
            part(r.parts.strong),
            part(r.parts.relevance),
            part(r.parts.impact),
            part(r.parts.clean),
            part(r.parts.quality),
            r.avoid_terms().join("; "),
            q.bullets.to_string(),
            q.quantified.to_string(),
            readability.join("; "),
            r.format.name().to_owned(),
            r.pages.map(|p| p.to_string()).unwrap_or_default(),
            r.words.to_string(),
            r.duplicates.join("; "),
            r.group.join("; "),
            String::new(),
        ];
        self.record(&cells)
    }

    fn failure(&mut self, f: &FileFailure) -> io::Result<()> {
        let mut cells = vec![String::new(); HEADER.len()];
        cells[2] = f.error.code.as_str().to_owned();
        cells[3] = f.file.clone();
        cells[HEADER.len() - 1] = f.error.message.clone();
        self.record(&cells)
    }
}

/// The must-have keywords found (exactly or in other words) or missing,
/// as labels ("Java (one of Java, Kotlin)"), `; `-separated.
fn must_have(r: &Report, missing: bool) -> String {
    r.keywords
        .iter()
        .filter(|k| k.tier == Tier::MustHave && (k.how == Match::Missing) == missing)
        .map(super::KeywordReport::label)
        .collect::<Vec<_>>()
        .join("; ")
}

impl Printer for Csv<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Start { .. } => {
                self.csv.write_record(HEADER)?;
                Ok(())
            }
            Event::Report(r) => self.report(r),
            Event::Failed(f) => self.failure(f),
            Event::Finish(_) => self.csv.flush(),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(neutralize("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        for cell in ["+1 555", "-2+3", "@SUM(A1)", "\t=1", "＝1+1"] {
            assert!(neutralize(cell).starts_with('\''), "{cell:?}");
        }
        for cell in ["Jane Doe", "0.85", "", "a=b"] {
            assert_eq!(neutralize(cell), cell);
        }
    }
}
