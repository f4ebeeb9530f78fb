//! Grid tables, as reStructuredText and Pandoc Markdown write them:
//! borders of `+`, `-` and `=`, a `|` between cells, a cell free to span
//! rows and columns.
//!
//! ```text
//! +-------------------+------------------------------------+
//! | Bluehost          | Troubleshoot code and configuration |
//! |   Feb 2009 through+------------------------------------+
//! |   present         | Train coworkers                    |
//! +-------------------+------------------------------------+
//! ```
//!
//! Read line by line, a cell's wrapped lines are rows of their own and the
//! cell beside it cuts each one in two ("Feb 2009 through" | "Train …").
//! Here the table is cut into its cells as docutils does (each cell is the
//! rectangle its borders close) and printed in the order a reader takes
//! it: a row of one-line cells on one line, its cells apart by two spaces
//! as a table's cells print in every format read here; a row whose cells
//! span rows or hold paragraphs cell by cell, each paragraph on a line of
//! its own, a cell's wrapped lines joined.
//!
//! Bounded: a table of more than [`MOST_LINES`] lines or [`MOST_WIDTH`]
//! characters across, or one whose cells take more than [`MOST_STEPS`]
//! steps to find, is left as text; so is a block whose borders do not
//! close into cells.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

/// The most lines one table is read over.
const MOST_LINES: usize = 2_000;
/// The most characters across one table is read over.
const MOST_WIDTH: usize = 400;
/// The most border characters looked at to find one table's cells.
const MOST_STEPS: usize = 2_000_000;

/// The lines of `lines` as the tables in them print: `None` for a line
/// outside every table, the printed text for a line inside one (empty, or
/// several lines apart by `\n` where a cell's paragraphs outnumber its
/// rows). `shown` turns a paragraph's source into its printed text (marks
/// and references gone).
pub(crate) fn tables(lines: &[&str], shown: impl Fn(&str) -> String) -> Vec<Option<String>> {
    let mut out = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let Some(indent) = border(lines[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < lines.len() && in_block(lines[end], indent) {
            end += 1;
        }
        // The block's last border closes it.
        let Some(last) = (i + 1..end)
            .rev()
            .find(|&j| border(lines[j]) == Some(indent))
        else {
            i += 1;
            continue;
        };
        let rows: Vec<Vec<char>> = lines[i..=last]
            .iter()
            .map(|l| l.chars().skip(indent).collect())
            .collect();
        let width = rows[0].len();
        if rows.len() > MOST_LINES || width > MOST_WIDTH {
            i = last + 1;
            continue;
        }
        let grid: Vec<Vec<char>> = rows
            .into_iter()
            .map(|mut r| {
                r.resize(width, ' ');
                r
            })
            .collect();
        let Some(cells) = cut(&grid) else {
            i = last + 1;
            continue;
        };
        for line in &mut out[i..=last] {
            *line = Some(String::new());
        }
        place(&mut out[i..=last], &printed(&grid, &cells), &shown);
        i = last + 1;
    }
    out
}

/// The indent (in characters) of a table's border line ("+----+---+",
/// "+====+===+"), or None.
fn border(line: &str) -> Option<usize> {
    let body = line.trim();
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    (body.len() >= 5
        && body.starts_with('+')
        && body.ends_with('+')
        && body.bytes().all(|b| matches!(b, b'+' | b'-' | b'='))
        && body.bytes().any(|b| b != b'+'))
    .then_some(indent)
}

/// Whether the line goes on a table whose border is indented `indent`
/// characters: a row or a border at that indent.
fn in_block(line: &str, indent: usize) -> bool {
    let mut chars = line.chars();
    chars.by_ref().take(indent).all(char::is_whitespace) && matches!(chars.next(), Some('+' | '|'))
}

/// A cell: its border's top row, left column, bottom row and right column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Cell {
    top: usize,
    left: usize,
    bottom: usize,
    right: usize,
}

/// The grid's cells, in the order of their top-left corners, or None when
/// its borders do not close into cells that cover it (or finding them
/// would take more than [`MOST_STEPS`]).
fn cut(grid: &[Vec<char>]) -> Option<Vec<Cell>> {
    let (bottom, right) = (grid.len() - 1, grid[0].len() - 1);
    let mut steps = 0usize;
    // The last row each column is read to.
    let mut done: Vec<Option<usize>> = vec![None; right];
    let mut corners = BTreeSet::from([(0, 0)]);
    let mut cells = Vec::new();
    while let Some((top, left)) = corners.pop_first() {
        if top == bottom || left == right || done[left].is_some_and(|d| top < d) {
            continue;
        }
        let Some(cell) = scan(grid, top, left, &mut steps) else {
            if steps > MOST_STEPS {
                return None;
            }
            continue;
        };
        // The rows above it are read down to its top, in every column.
        let above = (cell.top > 0).then_some(cell.top);
        if done[cell.left..cell.right].iter().any(|&d| d != above) {
            return None;
        }
        for d in &mut done[cell.left..cell.right] {
            *d = Some(cell.bottom);
        }
        cells.push(cell);
        corners.insert((cell.top, cell.right));
        corners.insert((cell.bottom, cell.left));
    }
    done.iter().all(|&d| d == Some(bottom)).then_some(cells)
}

/// The cell whose top-left corner is at (`top`, `left`): along its top
/// border to a corner, down that column to a corner, back along its
/// bottom border and up its left one, each border whole.
fn scan(grid: &[Vec<char>], top: usize, left: usize, steps: &mut usize) -> Option<Cell> {
    let at = |r: usize, c: usize| grid[r][c];
    if at(top, left) != '+' {
        return None;
    }
    for right in left + 1..grid[0].len() {
        *steps += 1;
        match at(top, right) {
            '+' => {}
            '-' | '=' => continue,
            _ => return None,
        }
        for bottom in top + 1..grid.len() {
            *steps += 1;
            match at(bottom, right) {
                '+' => {}
                '|' => continue,
                _ => break,
            }
            *steps += right - left + bottom - top;
            let closed = (left + 1..right).all(|c| matches!(at(bottom, c), '-' | '=' | '+'))
                && at(bottom, left) == '+'
                && (top + 1..bottom).all(|r| matches!(at(r, left), '|' | '+'));
            if closed {
                return Some(Cell {
                    top,
                    left,
                    bottom,
                    right,
                });
            }
            if *steps > MOST_STEPS {
                return None;
            }
        }
        if *steps > MOST_STEPS {
            return None;
        }
    }
    None
}

/// The paragraphs the table prints, in reading order, each with the row
/// of the grid it starts on and the cell it is in (its index in `cells`).
fn printed(grid: &[Vec<char>], cells: &[Cell]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < cells.len() {
        let top = cells[k].top;
        let row = cells[k..].iter().take_while(|c| c.top == top).count();
        let texts: Vec<Vec<(usize, String)>> = cells[k..k + row]
            .iter()
            .map(|c| paragraphs(grid, c))
            .collect();
        // A row of one-line cells that end together prints on one line.
        let flat = cells[k..k + row]
            .iter()
            .all(|c| c.bottom == cells[k].bottom)
            && texts.iter().all(|t| t.len() <= 1);
        if flat {
            let parts: Vec<&str> = texts.iter().flatten().map(|(_, t)| t.as_str()).collect();
            if let Some((first, _)) = texts.iter().flatten().next() {
                out.push((*first, k, parts.join("  ")));
            }
        } else {
            for (n, text) in texts.into_iter().enumerate() {
                out.extend(text.into_iter().map(|(row, t)| (row, k + n, t)));
            }
        }
        k += row;
    }
    out
}

/// A cell's paragraphs, each with the grid row it starts on: its lines
/// without the cell's common indent, a wrapped line joined to the one it
/// goes on, a list's item or a field ("- B.Tech …", ":Email: …") starting
/// a paragraph of its own, as does a line indented otherwise than the
/// text above it.
fn paragraphs(grid: &[Vec<char>], cell: &Cell) -> Vec<(usize, String)> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-*+•‣◦▪]\s+|(?:\d{1,3}|[A-Za-z#])[.)]\s+|:[^:\s][^:]*:(?:\s+|$))")
            .expect("valid")
    });
    let lines: Vec<(usize, String)> = (cell.top + 1..cell.bottom)
        .map(|r| {
            let text: String = grid[r][cell.left + 1..cell.right].iter().collect();
            (r, text.trim_end().to_owned())
        })
        .collect();
    let common = lines
        .iter()
        .filter(|(_, l)| !l.is_empty())
        .map(|(_, l)| l.chars().take_while(|c| c.is_whitespace()).count())
        .min()
        .unwrap_or(0);
    let mut out: Vec<(usize, String)> = Vec::new();
    // The indent a line that goes on the paragraph above has, if one is open.
    let mut goes_on: Option<usize> = None;
    for (r, line) in lines {
        let body = line.trim_start();
        if body.is_empty() {
            goes_on = None;
            continue;
        }
        let indent = line.chars().take_while(|c| c.is_whitespace()).count() - common;
        let opens = OPENS.find(body);
        match (goes_on, &mut out.last_mut()) {
            (Some(at), Some((_, text))) if opens.is_none() && at == indent => {
                text.push(' ');
                text.push_str(body);
            }
            _ => {
                out.push((r, body.to_owned()));
                goes_on = Some(indent + opens.map_or(0, |m| m.as_str().chars().count()));
            }
        }
    }
    out
}

/// Each paragraph put on the row it starts on, or after the paragraph
/// before it when that one was put lower (a cell that spans rows is read
/// whole before the cells beside it): a row may print several lines
/// (apart by `\n`). Two cells' paragraphs are kept apart by a blank line,
/// as their cells' borders keep them apart on the page.
fn place(
    out: &mut [Option<String>],
    paragraphs: &[(usize, usize, String)],
    shown: &impl Fn(&str) -> String,
) {
    let mut before: Option<(usize, usize)> = None;
    for (row, cell, text) in paragraphs {
        let at = before.map_or(*row, |(r, _)| (*row).max(r));
        let line = out[at].get_or_insert_with(String::new);
        let apart = before.is_some_and(|(r, c)| c != *cell && at <= r + 1);
        if !line.is_empty() {
            line.push('\n');
        }
        if apart {
            line.push('\n');
        }
        line.push_str(&shown(text));
        before = Some((at, *cell));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(src: &str) -> Vec<String> {
        let lines: Vec<&str> = src.lines().collect();
        tables(&lines, str::to_owned)
            .into_iter()
            .zip(&lines)
            .flat_map(|(t, l)| match t {
                Some(t) => t.split('\n').map(str::to_owned).collect(),
                None => vec![format!("(text) {l}")],
            })
            .collect()
    }

    #[test]
    fn a_row_of_one_line_cells_prints_on_one_line() {
        let got = read(
            "+-----------+------------------+\n\
             | Scripting | Python, Perl,    |\n\
             |           | bash             |\n\
             +-----------+------------------+\n\
             | Other     | Vim, Git         |\n\
             +===========+==================+\n",
        );
        assert_eq!(
            got,
            [
                "",
                "Scripting  Python, Perl, bash",
                "",
                "",
                "Other  Vim, Git",
                ""
            ]
        );
    }

    #[test]
    fn a_cell_that_spans_rows_prints_before_the_cells_beside_it() {
        let got = read(
            "Employment\n\
             +------------------+----------------------+\n\
             | Bluehost         | Troubleshoot code    |\n\
             |   Feb 2009       +----------------------+\n\
             |   through present| Train coworkers in   |\n\
             |                  | troubleshooting      |\n\
             |                  +----------------------+\n\
             |                  | Answer questions     |\n\
             +------------------+----------------------+\n\
             | Temporary work   |                      |\n\
             |   May 2005       |                      |\n\
             +------------------+----------------------+\n",
        );
        assert_eq!(
            got,
            [
                "(text) Employment",
                "",
                "Bluehost",
                "Feb 2009 through present",
                "",
                "Troubleshoot code",
                "",
                "Train coworkers in troubleshooting",
                "",
                "",
                "Answer questions",
                "",
                "Temporary work",
                "May 2005",
                ""
            ]
        );
    }

    #[test]
    fn a_cells_list_items_and_fields_are_paragraphs_of_their_own() {
        let got = read(
            "    +------+---------------------+\n\
             \x20   | 2011 | - B.Tech from       |\n\
             \x20   |      |   Amrita, Coimbatore|\n\
             \x20   |      | - CGPA 7.27         |\n\
             \x20   |      | :Email: a@b.org     |\n\
             \x20   |      | :Tel: 123           |\n\
             \x20   +------+---------------------+\n",
        );
        assert_eq!(
            got,
            [
                "",
                "2011",
                "",
                "- B.Tech from Amrita, Coimbatore",
                "",
                "- CGPA 7.27",
                ":Email: a@b.org",
                ":Tel: 123",
                ""
            ]
        );
    }

    #[test]
    fn borders_that_do_not_close_into_cells_are_text() {
        for src in [
            // The right border stops short.
            "+-----+-----+\n| a   | b   |\n| c   | d\n+-----+-----+\n",
            // A row's bar missing on the left: the block ends above it.
            "+-----+\n| a   |\n  b   |\n",
            // One border alone.
            "+-----+-----+\n",
        ] {
            let got = read(src);
            assert!(
                got.iter().all(|l| l.starts_with("(text)")),
                "{src:?} → {got:?}"
            );
        }
    }

    #[test]
    fn a_table_too_wide_or_too_long_is_text() {
        let wide = format!(
            "+{0}+\n|{1}|\n+{0}+\n",
            "-".repeat(MOST_WIDTH),
            " ".repeat(MOST_WIDTH)
        );
        assert!(read(&wide).iter().all(|l| l.starts_with("(text)")));
        let long = format!("+---+\n{}+---+\n", "| a |\n".repeat(MOST_LINES));
        assert!(read(&long).iter().all(|l| l.starts_with("(text)")));
        let fits = format!("+---+\n{}+---+\n", "| a |\n".repeat(MOST_LINES - 2));
        assert!(read(&fits).iter().all(|l| !l.starts_with("(text)")));
    }
}
