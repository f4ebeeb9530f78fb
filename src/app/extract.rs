//! `ats extract`: the text of a resume exactly as the analyzer sees it
//! (normalized, line for line), optionally numbered with each line's origin.

use std::io::Write;

use crate::config::{ExtractFlags, display_name};
use crate::exit::{Exit, SetupError};
use crate::extract::{Document, Origin};
use crate::normalize::normalize;

use super::read_one;

pub(super) fn run(
    s: &ExtractFlags,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let name = display_name(&s.file);
    let doc = match read_one(&s.file, &s.limits, err)? {
        Ok(doc) => doc,
        Err(exit) => return Ok(exit),
    };
    if s.layout {
        print_layout(&doc, &name, out)?;
        out.flush()?;
        return Ok(Exit::Success);
    }
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

/// What the layout stage decided, page by page: columns, the blocks in
/// reading order (box in points from the top left, first line), and the
/// text it set apart as hidden.
fn print_layout(doc: &Document, name: &str, out: &mut dyn Write) -> std::io::Result<()> {
    match &doc.layout {
        Some(layout) => {
            let pages = layout.pages.len();
            writeln!(
                out,
                "{name}: {pages} page{}, at most {} column{}",
                if pages == 1 { "" } else { "s" },
                layout.columns,
                if layout.columns == 1 { "" } else { "s" }
            )?;
            for page in &layout.pages {
                let ocr = if page.ocr {
                    ", text from an OCR layer"
                } else {
                    ""
                };
                writeln!(
                    out,
                    "page {}: {} column{}{ocr}",
                    page.page,
                    page.columns,
                    if page.columns == 1 { "" } else { "s" }
                )?;
                for (i, b) in page.blocks.iter().enumerate() {
                    let column = if b.column == 0 {
                        "  ".to_owned()
                    } else {
                        format!("c{}", b.column)
                    };
                    writeln!(
                        out,
                        "  {:>3} {column} {:>5.0},{:<5.0} {:>5.0},{:<5.0} {:>3} line{} | {}",
                        i + 1,
                        b.x0,
                        b.y0,
                        b.x1,
                        b.y1,
                        b.lines,
                        if b.lines == 1 { " " } else { "s" },
                        b.first
                    )?;
                }
            }
        }
        None => writeln!(out, "{name}: no page layout (only PDF pages are laid out)")?,
    }
    for h in &doc.hidden {
        let page = h.page.map(|p| format!(" on page {p}")).unwrap_or_default();
        let text: String = h.text.chars().take(80).collect();
        writeln!(out, "hidden ({}){page}: {text}", h.how.describe())?;
    }
    Ok(())
}
