//! `ats completions SHELL` and `ats man`: the shell completion scripts and
//! the manual page, generated from the clap definition in `cli.rs` so they
//! never drift from the flags. Both write to the writer they are given and
//! read nothing else.
//!
//! The manual is one page, `ats(1)`: the command's name, synopsis and
//! options, a list of the commands, then a section for each command (its
//! synopsis, options and examples; `roles` has one per subcommand), then
//! the examples, settings and exit codes of `--help`. One file to install,
//! and `man ats` answers for every flag, as ripgrep's and fd's pages do.

use std::io::{self, Write};

use clap::{Command, CommandFactory};
use clap_complete::Shell;
use clap_mangen::Man;
use roff::{Roff, bold, roman};

use crate::cli::Cli;

/// The completion script for `shell`.
pub(crate) fn completions(shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    // clap_complete offers hidden subcommands too: leave the worker out.
    let full = Cli::command();
    let mut cmd = Command::new("ats")
        .version(env!("CARGO_PKG_VERSION"))
        .args(full.get_arguments().cloned())
        .subcommands(full.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    // clap_complete panics when a write fails (a closed pipe): write to
    // memory, then out.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "ats", &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// The manual page, in roff.
pub(crate) fn man(out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    // Sets each subcommand's name as typed (`ats roles list`).
    cmd.build();
    let top = Man::new(cmd.clone()).title("ATS");
    let mut page = Page::default();
    page.add(|w| top.render_title(w))?;
    page.add(|w| top.render_name_section(w))?;
    page.add(|w| top.render_synopsis_section(w))?;
    page.add(|w| top.render_description_section(w))?;
    page.add(|w| top.render_options_section(w))?;

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    for sub in commands(&cmd) {
        roff.control("TP", []);
        roff.text([bold(typed_name(sub))]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
    }
    page.roff(&roff);

    let examples = cmd.get_after_help().map(ToString::to_string);
    for sub in commands(&cmd) {
        command_section(&mut page, sub, examples.as_deref())?;
    }
    if let Some(text) = &examples {
        page.roff(&verbatim("EXAMPLES", text));
    }
    page.add(|w| top.render_version_section(w))?;
    out.write_all(page.text.as_bytes())?;
    out.flush()
}

/// The commands a user runs, in the order of `--help`: no `help`, no
/// hidden worker.
fn commands(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help")
}

/// `ats roles list`.
fn typed_name(cmd: &Command) -> String {
    cmd.get_bin_name().unwrap_or(cmd.get_name()).to_owned()
}

/// A command's section (`ATS CHECK`): what it does, its synopsis and
/// options as subsections, and its examples unless they are the page's.
/// A command with subcommands has a section for each instead.
fn command_section(page: &mut Page, cmd: &Command, page_examples: Option<&str>) -> io::Result<()> {
    if cmd.has_subcommands() {
        for sub in commands(cmd) {
            command_section(page, sub, page_examples)?;
        }
        return Ok(());
    }
    let name = typed_name(cmd);
    let mut roff = Roff::new();
    roff.control("SH", [name.to_uppercase().as_str()]);
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    page.roff(&roff);
    // `--color` and `--help` are the page's options, said once at the top.
    let own = cmd.clone().mut_args(|arg| {
        let shared = arg.is_global_set() || arg.get_id() == "help";
        arg.hide(shared)
    });
    let man = Man::new(own);
    page.add_subsections(|w| man.render_synopsis_section(w))?;
    page.add_subsections(|w| man.render_options_section(w))?;
    if let Some(text) = cmd.get_after_help().map(ToString::to_string)
        && Some(text.as_str()) != page_examples
    {
        let mut roff = Roff::new();
        roff.control("SS", ["EXAMPLES"]);
        nofill(&mut roff, &text);
        page.roff(&roff);
    }
    Ok(())
}

/// A section of text kept as written (examples, aligned notes).
fn verbatim(title: &str, text: &str) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", [title]);
    nofill(&mut roff, text);
    roff
}

/// `text` line for line, not filled: examples stay one per line. The
/// leading "Examples:" of `--help` is the section's title already.
fn nofill(roff: &mut Roff, text: &str) {
    let text = text.strip_prefix("Examples:\n").unwrap_or(text);
    roff.control("nf", []);
    for line in text.lines() {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
}

/// The page being written: roff pieces, with the apostrophe preamble that
/// `roff` writes before each piece kept once, at the top.
#[derive(Default)]
struct Page {
    text: String,
}

impl Page {
    fn push(&mut self, piece: &str) {
        let preamble = Roff::new().render();
        if self.text.is_empty() {
            self.text.push_str(&preamble);
        }
        self.text
            .push_str(piece.strip_prefix(preamble.as_str()).unwrap_or(piece));
    }

    fn roff(&mut self, roff: &Roff) {
        self.push(&roff.render());
    }

    /// A piece clap_mangen renders.
    fn add(&mut self, render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<()> {
        let mut piece = Vec::new();
        render(&mut piece)?;
        self.push(&String::from_utf8_lossy(&piece));
        Ok(())
    }

    /// A piece clap_mangen renders as sections, as subsections of the
    /// current one. roff escapes a text line that starts with a period, so
    /// a line starting `.SH ` is a heading.
    fn add_subsections(
        &mut self,
        render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut piece = Vec::new();
        render(&mut piece)?;
        let piece = String::from_utf8_lossy(&piece);
        let demoted: String = piece
            .split_inclusive('\n')
            .map(|line| match line.strip_prefix(".SH ") {
                Some(title) => format!(".SS {title}"),
                None => line.to_owned(),
            })
            .collect();
        self.push(&demoted);
        Ok(())
    }
}
