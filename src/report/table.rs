//! The ranked table of `screen` (`--format table`).
//!
//! A header naming the target (and the must-haves every row lacks, said
//! once), one row per ranked person (rank, score, must-have coverage, name
//! and how many more files they sent, e-mail, status, the must-haves *that
//! row* lacks, the file), then the files `--top` left out, the files of one
//! person, identical copies, the files with no text and those that could
//! not be read.
//!
//! Given a width (a terminal's, at least [`MIN_WIDTH`]), the table fits it:
//! rank, score, coverage and status always show, name and e-mail get a
//! fair share, the missing must-haves the room left, and the file only when
//! there is room. Without one (piped, `-o`, `--wide`) every cell is whole.
//! Rows are kept until the end so columns line up. Styles are written
//! unconditionally (see [`super::style`]).

use std::collections::HashMap;
use std::io::{self, Write};

use super::style::{BOLD, DIM, RED, YELLOW, paint, score_style};
use super::{Event, FileFailure, Printer, Report, Status, plural};
use crate::roles::Tier;
use crate::score::Match;

/// The narrowest table laid out; a narrower terminal wraps.
pub const MIN_WIDTH: usize = 80;
/// Spaces between columns.
const GAP: usize = 2;
/// The narrowest a name shrinks to in a fitted table, and the narrowest
/// missing-must-haves and file cells.
const NAME_MIN: usize = 10;
const MISSING_MIN: usize = 16;
const FILE_MIN: usize = 20;

/// One row, as text.
struct Row {
    rank: String,
    score: u32,
    must: String,
    name: String,
    /// Other files of the same person and identical copies (`+2`).
    more: usize,
    email: String,
    status: Status,
    /// The must-haves this row lacks beyond those every row lacks.
    missing: Vec<String>,
    /// The row lacks no must-have at all.
    complete: bool,
    file: String,
}

/// The table printer.
pub struct Table<'w> {
    out: &'w mut dyn Write,
    /// The terminal's width; `None` keeps every cell whole.
    width: Option<usize>,
    header: Option<(String, Vec<String>)>,
    rows: Vec<Row>,
    /// Rows with other files of the same person: (file, others).
    groups: Vec<(String, Vec<String>)>,
    /// Rows with copies: (file, copies).
    copies: Vec<(String, Vec<String>)>,
    no_text: Vec<String>,
    failed: Vec<FileFailure>,
}

impl<'w> Table<'w> {
    /// `width`: the terminal's columns (at least [`MIN_WIDTH`] are used),
    /// or `None` for whole cells.
    pub fn new(out: &'w mut dyn Write, width: Option<usize>) -> Table<'w> {
        Table {
            out,
            width: width.map(|w| w.max(MIN_WIDTH)),
            header: None,
            rows: Vec::new(),
            groups: Vec::new(),
            copies: Vec::new(),
            no_text: Vec::new(),
            failed: Vec::new(),
        }
    }

    fn keep(&mut self, r: &Report) {
        if r.status == Some(Status::NoText) {
            self.no_text.push(r.file.clone());
            return;
        }
        if !r.duplicates.is_empty() {
            self.copies.push((r.file.clone(), r.duplicates.clone()));
        }
        if !r.group.is_empty() {
            self.groups.push((r.file.clone(), r.group.clone()));
        }
        let everywhere = self.header.as_ref().map_or(&[][..], |h| &h.1[..]);
        let lacking: Vec<String> = r
            .keywords
            .iter()
            .filter(|k| k.tier == Tier::MustHave && k.how == Match::Missing)
            .map(super::KeywordReport::label)
            .collect();
        let (found, total) = r.must_coverage();
        self.rows.push(Row {
            rank: r.rank.map(|rank| rank.label()).unwrap_or_default(),
            score: r.score,
            must: format!("{found}/{total}"),
            name: r.candidate.name.clone().unwrap_or_else(|| "-".to_owned()),
            more: r.group.len() + r.duplicates.len(),
            email: r.candidate.email.clone().unwrap_or_default(),
            status: r.status.unwrap_or_default(),
            complete: lacking.is_empty(),
            missing: lacking
                .into_iter()
                .filter(|m| !everywhere.contains(m))
                .collect(),
            file: r.file.clone(),
        });
    }

    fn print_header(&mut self) -> io::Result<()> {
        let Some((target, everywhere)) = &self.header else {
            return Ok(());
        };
        let title = format!("Ranked against {target}");
        let hint =
            "best first; equal scores share a rank (2=); missing must-haves: the rarest first";
        let room = self.width.unwrap_or(usize::MAX);
        if title.chars().count() + GAP + hint.chars().count() <= room {
            writeln!(self.out, "{}  {}", paint(BOLD, &title), paint(DIM, hint))?;
        } else {
            writeln!(self.out, "{}", paint(BOLD, &fit(&title, room)))?;
        }
        if !everywhere.is_empty() {
            let lead = "Missing in every row: ";
            let list = everywhere.join(", ");
            let list = fit(&list, room.saturating_sub(lead.len()));
            writeln!(self.out, "{}{list}", paint(DIM, lead))?;
        }
        Ok(())
    }

    fn print_rows(&mut self) -> io::Result<()> {
        // A row's missing must-haves, those fewest rows lack first: what
        // sets the row apart comes before what nearly everyone lacks.
        let mut lacking: HashMap<String, usize> = HashMap::new();
        for row in &self.rows {
            for m in &row.missing {
                *lacking.entry(m.clone()).or_default() += 1;
            }
        }
        for row in &mut self.rows {
            row.missing
                .sort_by_key(|m| lacking.get(m).copied().unwrap_or(0));
        }
        let widths = Widths::new(&self.rows, self.width);
        let head = Row {
            rank: "RANK".into(),
            score: 0,
            must: "MUST".into(),
            name: "NAME".into(),
            more: 0,
            email: "E-MAIL".into(),
            status: Status::Ok,
            missing: Vec::new(),
            complete: false,
            file: "FILE".into(),
        };
        let line = widths.line(&head, true);
        writeln!(self.out, "{}", line.trim_end())?;
        for row in &self.rows {
            let line = widths.line(row, false);
            writeln!(self.out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// What follows the rows.
    fn finish(&mut self, hidden: usize) -> io::Result<()> {
        self.print_header()?;
        self.print_rows()?;
        let w = &mut *self.out;
        if hidden > 0 {
            let note = format!(
                "  … {hidden} more ranked {} (--top left them out)",
                if hidden == 1 { "row" } else { "rows" }
            );
            writeln!(w, "{}", paint(DIM, &note))?;
        }
        let sections = [
            (
                "Files of one person (ranked once, under their best file)",
                &self.groups,
                "+",
            ),
            (
                "Identical files (ranked once, under the first path)",
                &self.copies,
                "=",
            ),
        ];
        for (title, list, sign) in sections {
            if !list.is_empty() {
                writeln!(w, "\n{}", paint(BOLD, title))?;
                for (file, others) in list {
                    writeln!(w, "  {file} {sign} {}", others.join(", "))?;
                }
            }
        }
        if !self.no_text.is_empty() {
            let n = self.no_text.len();
            writeln!(
                w,
                "\n{}",
                paint(
                    BOLD,
                    &format!(
                        "No text: {n} file{} to read by eye or OCR (not ranked)",
                        plural(n)
                    )
                )
            )?;
            for file in &self.no_text {
                writeln!(w, "  {} {file}", paint(YELLOW, "?"))?;
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
            Event::Start {
                target: (name, id),
                missing_everywhere,
            } => {
                self.header = Some((format!("{name} ({id})"), missing_everywhere.to_vec()));
                Ok(())
            }
            Event::Report(r) => {
                self.keep(r);
                Ok(())
            }
            Event::Failed(f) => {
                self.failed.push(f.clone());
                Ok(())
            }
            Event::Finish(summary) => self.finish(summary.hidden),
            _ => Ok(()),
        }
    }
}

/// The width of each column; `files: 0` and `file: 0` leave them out.
struct Widths {
    rank: usize,
    must: usize,
    name: usize,
    /// "FILES": how many more files the person sent, when anyone sent several.
    files: usize,
    email: usize,
    status: usize,
    missing: usize,
    file: usize,
}

const SCORE: usize = 5;

impl Widths {
    fn new(rows: &[Row], width: Option<usize>) -> Widths {
        let widest = |f: &dyn Fn(&Row) -> usize, head: &str| {
            rows.iter()
                .map(f)
                .max()
                .unwrap_or(0)
                .max(head.chars().count())
        };
        let mut w = Widths {
            rank: widest(&|r| r.rank.len(), "RANK"),
            must: widest(&|r| r.must.len(), "MUST"),
            name: widest(&|r| r.name.chars().count(), "NAME"),
            files: if rows.iter().any(|r| r.more > 0) {
                "FILES".len()
            } else {
                0
            },
            email: widest(&|r| r.email.chars().count(), "E-MAIL"),
            status: widest(&|r| r.status.as_str().len(), "STATUS"),
            missing: widest(
                &|r| missing_cell(r, usize::MAX).chars().count(),
                "MISSING MUST-HAVES",
            ),
            file: widest(&|r| r.file.chars().count(), "FILE"),
        };
        let Some(total) = width else {
            return w;
        };
        // Rank, score, coverage, files and status always show whole; name,
        // e-mail and the missing must-haves share the rest, the missing
        // must-haves a third at least; the file takes what is left.
        let files = if w.files > 0 { w.files + GAP } else { 0 };
        let fixed = w.rank + SCORE + w.must + w.status + 6 * GAP + files;
        let room = total.saturating_sub(fixed);
        let missing_floor = w.missing.min(MISSING_MIN.max(room / 3));
        let rest = room.saturating_sub(missing_floor);
        let name = w.name.min(NAME_MIN.max(rest * 2 / 5));
        w.email = w.email.min(rest.saturating_sub(name));
        w.name = w.name.min(rest.saturating_sub(w.email));
        w.missing = w.missing.min(room.saturating_sub(w.name + w.email));
        let after = room.saturating_sub(w.name + w.email + w.missing + GAP);
        w.file = if after >= FILE_MIN {
            w.file.min(after)
        } else {
            0
        };
        w
    }

    fn line(&self, row: &Row, head: bool) -> String {
        let gap = " ".repeat(GAP);
        let pad = |text: String, width: usize| {
            let n = text.chars().count();
            format!("{text}{}", " ".repeat(width.saturating_sub(n)))
        };
        let (score, status, missing, files) = if head {
            (
                format!("{:>SCORE$}", "SCORE"),
                pad("STATUS".into(), self.status),
                fit("MISSING MUST-HAVES", self.missing),
                "FILES".to_owned(),
            )
        } else {
            let status_style = match row.status {
                Status::Ok => DIM,
                _ => YELLOW,
            };
            (
                paint(score_style(row.score), &format!("{:>SCORE$}", row.score)),
                paint(status_style, &pad(row.status.as_str().into(), self.status)),
                missing_cell(row, self.missing),
                if row.more > 0 {
                    format!("+{}", row.more)
                } else {
                    String::new()
                },
            )
        };
        let mut line = format!(
            "{:>rank$}{gap}{score}{gap}{:>must$}{gap}{}{gap}",
            row.rank,
            row.must,
            pad(fit(&row.name, self.name), self.name),
            rank = self.rank,
            must = self.must,
        );
        if self.files > 0 {
            line.push_str(&format!("{files:>width$}{gap}", width = self.files));
        }
        line.push_str(&format!(
            "{}{gap}{status}{gap}{}",
            pad(fit(&row.email, self.email), self.email),
            pad(missing, self.missing),
        ));
        if self.file > 0 {
            line.push_str(&gap);
            line.push_str(&fit_left(&row.file, self.file));
        }
        line
    }
}

/// As many whole must-haves as fit, then "+N"; "none" when the row lacks
/// none, "-" when it lacks only those every row lacks.
fn missing_cell(row: &Row, width: usize) -> String {
    if row.missing.is_empty() {
        return if row.complete { "none" } else { "-" }.to_owned();
    }
    let mut out = String::new();
    for (i, term) in row.missing.iter().enumerate() {
        let rest = row.missing.len() - i - 1;
        let more = if rest > 0 {
            format!(" +{rest}")
        } else {
            String::new()
        };
        let sep = if out.is_empty() { "" } else { ", " };
        let next = format!("{out}{sep}{term}");
        if next.chars().count() + more.chars().count() <= width {
            out = next;
            continue;
        }
        let left = row.missing.len() - i;
        if out.is_empty() {
            // Not even one whole: cut the first.
            let tail = format!(" +{}", left - 1);
            let tail = if left > 1 { tail } else { String::new() };
            return format!(
                "{}{tail}",
                fit(term, width.saturating_sub(tail.chars().count()))
            );
        }
        return format!("{out} +{left}");
    }
    out
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

/// Cuts a path from the left, keeping its end (the file's name).
fn fit_left(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        text.to_owned()
    } else {
        let tail: String = text.chars().skip(n - width.saturating_sub(1)).collect();
        format!("…{tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(missing: &[&str]) -> Row {
        Row {
            rank: "1".into(),
            score: 50,
            must: "3/6".into(),
            name: "Jane Doe".into(),
            more: 0,
            email: "jane@example.org".into(),
            status: Status::Ok,
            missing: missing.iter().map(|m| (*m).to_owned()).collect(),
            complete: missing.is_empty(),
            file: "inbox/jane.pdf".into(),
        }
    }

    #[test]
    fn missing_cells_keep_whole_names_and_count_the_rest() {
        let r = row(&["SQL", "Docker", "Kubernetes"]);
        let cases = [
            (40, "SQL, Docker, Kubernetes"),
            (20, "SQL, Docker +1"),
            (10, "SQL +2"),
            (5, "S… +2"),
        ];
        for (width, want) in cases {
            assert_eq!(missing_cell(&r, width), want, "width {width}");
            assert!(missing_cell(&r, width).chars().count() <= width.max(5));
        }
        assert_eq!(missing_cell(&row(&[]), 10), "none");
    }

    #[test]
    fn a_fitted_table_is_never_wider_than_the_terminal() {
        let mut long = row(&["Server-Side Programming", "API Development", "SQL"]);
        long.name = "Alice Priyanka Benziger-Montgomery".into();
        long.email = "alice.priyanka.benziger@university.example.edu".into();
        long.file = "inbox/2026/applications/backend/alice-benziger-resume-final-v3.pdf".into();
        long.more = 2;
        let rows = vec![long, row(&["SQL"])];
        for width in [80, 100, 120, 200] {
            let w = Widths::new(&rows, Some(width));
            for r in &rows {
                let line = w.line(r, false);
                let plain =
                    String::from_utf8(anstream::adapter::strip_bytes(line.as_bytes()).into_vec())
                        .unwrap_or_default();
                assert!(
                    plain.trim_end().chars().count() <= width,
                    "{width}: {plain:?} is {} wide",
                    plain.trim_end().chars().count()
                );
            }
            assert_eq!(
                w.file > 0,
                width >= 200,
                "{width}: the file shows only with room"
            );
        }
        let whole = Widths::new(&rows, None);
        let line = whole.line(&rows[0], false);
        assert!(line.contains("alice-benziger-resume-final-v3.pdf"));
        assert!(line.contains("Alice Priyanka Benziger-Montgomery"));
        assert!(line.contains("+2"));
    }
}
