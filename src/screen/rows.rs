//! What `screen` keeps of each file, and the three ways it prints them.
//!
//! A [`Row`] is the compact part of a [`Report`] the table and CSV need, so a
//! batch of thousands of files holds a few hundred bytes per file; the full
//! JSON of a report, for `--format jsonl`, waits in a spill file.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::candidate::Candidate;
use crate::extract::{FileError, Format};
use crate::report::human::{BOLD, DIM, RED, paint, score_style};
use crate::report::{RankKey, Report, SCHEMA_VERSION};
use crate::roles::Tier;
use crate::score::{Parts, round2};

/// Missing must-haves a table row names.
const TABLE_MISSING: usize = 3;
/// Widest missing-keywords and candidate cells in the table, in characters.
const MISSING_WIDTH: usize = 32;
const CANDIDATE_WIDTH: usize = 36;

/// One analyzed file, as `screen` ranks and prints it.
#[derive(Clone, Debug)]
pub struct Row {
    pub score: u32,
    pub must_share: f64,
    pub parts: Parts,
    pub must: (usize, usize),
    pub strong: (usize, usize),
    pub missing_must: Vec<String>,
    /// Distinct avoid terms found, in order of first appearance.
    pub avoid: Vec<String>,
    pub bullets: usize,
    pub quantified: usize,
    pub readability: Vec<&'static str>,
    pub candidate: Candidate,
    pub format: Format,
    pub pages: Option<u32>,
    pub words: usize,
}

impl Row {
    pub fn new(report: &Report) -> Row {
        let mut avoid: Vec<String> = Vec::new();
        for a in &report.avoid {
            if !avoid.contains(&a.term) {
                avoid.push(a.term.clone());
            }
        }
        let key = report.rank_key();
        Row {
            score: report.score,
            must_share: key.must_share,
            parts: report.parts,
            must: report.coverage(Tier::MustHave),
            strong: report.coverage(Tier::Strong),
            missing_must: report.missing_must().map(str::to_owned).collect(),
            avoid,
            bullets: report.quantification.bullets,
            quantified: report.quantification.quantified,
            readability: report.readability.iter().map(|f| f.code).collect(),
            candidate: report.candidate.clone(),
            format: report.format,
            pages: report.pages,
            words: report.words,
        }
    }

    pub fn rank_key<'a>(&self, file: &'a str) -> RankKey<'a> {
        RankKey {
            score: self.score,
            must_share: self.must_share,
            role: "",
            file,
        }
    }
}

/// A ranked row ready to print.
pub struct Ranked<'a> {
    pub rank: u32,
    /// Another row has the same rank.
    pub tied: bool,
    pub file: &'a str,
    /// Index of `file` among the run's inputs.
    pub index: usize,
    pub row: &'a Row,
    pub duplicates: &'a [String],
}

/// A file that could not be screened.
pub struct Failed<'a> {
    pub file: &'a str,
    pub error: &'a FileError,
}

// ───────────────────────────── CSV ─────────────────────────────

/// The CSV columns, in order.
pub const CSV_HEADER: &[&str] = &[
    "rank",
    "score",
    "status",
    "file",
    "name",
    "email",
    "must_have_found",
    "must_have_total",
    "missing_must_have",
    "strong_found",
    "strong_total",
    "part_must",
    "part_strong",
    "part_context",
    "part_acronyms",
    "part_impact",
    "part_clean",
    "avoid_terms",
    "bullets",
    "quantified_bullets",
    "readability",
    "format",
    "pages",
    "words",
    "duplicates",
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

/// Writes the CSV: a header, the ranked rows, then the failed files.
pub fn write_csv(
    w: &mut dyn Write,
    ranked: &[Ranked<'_>],
    failed: &[Failed<'_>],
) -> io::Result<()> {
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    csv.write_record(CSV_HEADER)?;
    let part = |v: f64| format!("{:.2}", round2(v));
    for r in ranked {
        let row = r.row;
        let cells: Vec<String> = vec![
            r.rank.to_string(),
            row.score.to_string(),
            "ok".to_owned(),
            r.file.to_owned(),
            row.candidate.name.clone().unwrap_or_default(),
            row.candidate.email.clone().unwrap_or_default(),
            row.must.0.to_string(),
            row.must.1.to_string(),
            row.missing_must.join("; "),
            row.strong.0.to_string(),
            row.strong.1.to_string(),
            part(row.parts.must),
            part(row.parts.strong),
            part(row.parts.context),
            part(row.parts.acronyms),
            part(row.parts.impact),
            part(row.parts.clean),
            row.avoid.join("; "),
            row.bullets.to_string(),
            row.quantified.to_string(),
            row.readability.join("; "),
            row.format.name().to_owned(),
            row.pages.map(|p| p.to_string()).unwrap_or_default(),
            row.words.to_string(),
            r.duplicates.join("; "),
            String::new(),
        ];
        csv.write_record(cells.iter().map(|c| neutralize(c).into_owned()))?;
    }
    for f in failed {
        let mut cells = vec![String::new(); CSV_HEADER.len()];
        cells[2] = f.error.code.as_str().to_owned();
        cells[3] = f.file.to_owned();
        cells[CSV_HEADER.len() - 1] = f.error.message.clone();
        csv.write_record(cells.iter().map(|c| neutralize(c).into_owned()))?;
    }
    csv.flush()
}

// ──────────────────────────── JSONL ────────────────────────────

/// How a spilled report line starts: [`Report`] serialized with an empty
/// `file`, which [`jsonl_line`] fills in (a duplicate group is reported under
/// its first path, known only at the end).
pub fn spill_prefix() -> String {
    format!("{{\"schema_version\":{SCHEMA_VERSION},\"file\":\"\"")
}

/// A JSON Lines report: the spilled JSON with its file, `rank` (the last
/// field of a report) and, when the file had copies, `duplicates`.
pub fn jsonl_line(spilled: &str, r: &Ranked<'_>) -> io::Result<String> {
    let rest = spilled
        .strip_prefix(spill_prefix().as_str())
        .and_then(|rest| rest.strip_suffix('}'))
        .ok_or_else(|| io::Error::other("internal error: a spilled report is not as written"))?;
    let mut line = format!(
        "{{\"schema_version\":{SCHEMA_VERSION},\"file\":{}{rest},\"rank\":{}",
        serde_json::to_string(r.file)?,
        r.rank
    );
    if !r.duplicates.is_empty() {
        line.push_str(",\"duplicates\":");
        line.push_str(&serde_json::to_string(r.duplicates)?);
    }
    line.push('}');
    Ok(line)
}

/// A JSON Lines line for a failed file (SPEC).
pub fn jsonl_failure(f: &Failed<'_>) -> io::Result<String> {
    Ok(serde_json::to_string(&serde_json::json!({
        "file": f.file,
        "error": f.error,
    }))?)
}

// ──────────────────────────── table ────────────────────────────

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

/// Writes the ranked table, then the duplicates and the files that failed.
/// `hidden` is how many ranked rows `--top` left out.
pub fn write_table(
    w: &mut dyn Write,
    target: &str,
    ranked: &[Ranked<'_>],
    hidden: usize,
    failed: &[Failed<'_>],
) -> io::Result<()> {
    writeln!(
        w,
        "{}  {}",
        paint(BOLD, &format!("Ranked against {target}")),
        paint(DIM, "best first; equal scores share a rank (2=)")
    )?;
    writeln!(
        w,
        "{:>5}  {:>5}  {:>5}  {:<MISSING_WIDTH$}  {:<CANDIDATE_WIDTH$}  FILE",
        "RANK", "SCORE", "MUST", "MISSING MUST-HAVES", "CANDIDATE"
    )?;
    for r in ranked {
        let row = r.row;
        let rank = if r.tied {
            format!("{}=", r.rank)
        } else {
            r.rank.to_string()
        };
        let missing = if row.missing_must.is_empty() {
            "none".to_owned()
        } else {
            let mut shown: Vec<&str> = row
                .missing_must
                .iter()
                .take(TABLE_MISSING)
                .map(String::as_str)
                .collect();
            let more = row.missing_must.len().saturating_sub(TABLE_MISSING);
            let tail = format!("+{more}");
            if more > 0 {
                shown.push(&tail);
            }
            shown.join(", ")
        };
        let candidate = match (&row.candidate.name, &row.candidate.email) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (Some(n), None) => n.clone(),
            (None, Some(e)) => format!("<{e}>"),
            (None, None) => "-".to_owned(),
        };
        let copies = if r.duplicates.is_empty() {
            String::new()
        } else {
            paint(DIM, &format!("  (+{} identical)", r.duplicates.len()))
        };
        writeln!(
            w,
            "{rank:>5}  {}  {:>5}  {:<MISSING_WIDTH$}  {:<CANDIDATE_WIDTH$}  {}{copies}",
            paint(score_style(row.score), &format!("{:>5}", row.score)),
            format!("{}/{}", row.must.0, row.must.1),
            fit(&missing, MISSING_WIDTH),
            fit(&candidate, CANDIDATE_WIDTH),
            r.file,
        )?;
    }
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
    let with_copies: Vec<&Ranked<'_>> =
        ranked.iter().filter(|r| !r.duplicates.is_empty()).collect();
    if !with_copies.is_empty() {
        writeln!(
            w,
            "\n{}",
            paint(BOLD, "Identical files (ranked once, under the first path)")
        )?;
        for r in with_copies {
            writeln!(w, "  {} = {}", r.file, r.duplicates.join(", "))?;
        }
    }
    if !failed.is_empty() {
        writeln!(
            w,
            "\n{}",
            paint(
                BOLD,
                &format!(
                    "Could not screen {} file{}",
                    failed.len(),
                    plural(failed.len())
                )
            )
        )?;
        for f in failed {
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
    Ok(())
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
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

    #[test]
    fn a_jsonl_line_gets_its_file_rank_and_copies() -> io::Result<()> {
        let row = Row {
            score: 1,
            must_share: 0.0,
            parts: Parts::default(),
            must: (0, 0),
            strong: (0, 0),
            missing_must: Vec::new(),
            avoid: Vec::new(),
            bullets: 0,
            quantified: 0,
            readability: Vec::new(),
            candidate: Candidate::default(),
            format: Format::Text,
            pages: None,
            words: 0,
        };
        let copies = ["b \"2\".txt".to_owned()];
        let r = Ranked {
            rank: 3,
            tied: false,
            file: "a.txt",
            index: 0,
            row: &row,
            duplicates: &copies,
        };
        let spilled = format!("{},\"score\":1}}", spill_prefix());
        let line = jsonl_line(&spilled, &r)?;
        assert_eq!(
            line,
            r#"{"schema_version":1,"file":"a.txt","score":1,"rank":3,"duplicates":["b \"2\".txt"]}"#
        );
        let value: serde_json::Value = serde_json::from_str(&line)?;
        assert_eq!(value["duplicates"][0], "b \"2\".txt");
        assert!(jsonl_line("{\"schema_version\":1,\"file\":\"x\"}", &r).is_err());
        Ok(())
    }
}
