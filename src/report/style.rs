//! Colors of the terminal printers.
//!
//! Printers write ANSI styles unconditionally; the caller wraps the writer
//! in `anstream::AutoStream` (standard output) or `StripStream` (a file),
//! which drop them when the output is not a terminal, `NO_COLOR` is set or
//! `--color never` is given.

use anstyle::{AnsiColor, Style};

pub(crate) const BOLD: Style = Style::new().bold();
pub(crate) const DIM: Style = Style::new().dimmed();
pub(crate) const GREEN: Style = AnsiColor::Green.on_default();
pub(crate) const YELLOW: Style = AnsiColor::Yellow.on_default();
pub(crate) const RED: Style = AnsiColor::Red.on_default();
pub(crate) const CYAN: Style = AnsiColor::Cyan.on_default();

pub(crate) fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// The color of a score: green from 75, yellow from 50, red below.
pub(crate) fn score_style(score: u32) -> Style {
    match score {
        75.. => GREEN,
        50.. => YELLOW,
        _ => RED,
    }
}
