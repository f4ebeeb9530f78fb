//! Plain text: decode bytes, split lines.
//!
//! In: bytes. Out: a [`Document`] whose line N is line N of the file.
//! Decoding: UTF-8 or UTF-16 with a byte-order mark, then UTF-8, then
//! Windows-1252 (what Notepad wrote for decades). NUL bytes or many control
//! characters mean the file is binary, not text.
//!
//! Text written in AsciiDoc (a `.txt` that `asciidoc` renders: `[[id]]`
//! anchors, titles underlined with `~~~` or `^^^`; or Asciidoctor's
//! `= Title` and `== Section` with `:attribute:` entries) is read as a reader of
//! the rendered page sees it: anchors and underlines are blank lines,
//! `https://site[label]` is its label, `*bold*`, `_italic_` and `^sup^`
//! lose their marks. reStructuredText, which shares the underlined titles,
//! is read the same way: a title's overline and a comment (".. x" and
//! the lines indented under it) are blank too, and a line block's bar
//! ("| 233 Spring St") goes. Attribute entries, block attributes, block
//! macros, comments and delimiters are blank; a title loses its equals
//! signs and a line its hard break (" +"). Org mode (`#+TITLE:` and its kin, `* `
//! headings) is read as its exported page shows it too: the title and
//! subtitle are lines of text, other keywords, property drawers and
//! source blocks are blank, a heading loses its stars, a link its target
//! (`[[url][label]]` is its label) and an HTML export block its tags,
//! scripts and styles. Line N is still line N of the file. An HTML page
//! (`.html`, or a text that opens with `<!DOCTYPE html>` or `<html>`) is
//! read as a browser flows it, without its head: its lines are the
//! page's, each with the source line its text began on.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use super::{Document, ErrorCode, FileError};

/// Decodes and splits a plain-text resume.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    extract_named(bytes, None)
}

/// Decodes and splits a plain-text resume whose file name may say how it
/// is written: a `.rst` file is reStructuredText, an `.adoc` AsciiDoc
/// and an `.org` Org mode, marks or not (a résumé in reStructuredText
/// need not hold a hyperlink target); other names are told by their
/// marks.
pub fn extract_named(bytes: &[u8], path: Option<&std::path::Path>) -> Result<Document, FileError> {
    extract_at(bytes, path, None, u64::MAX)
}

/// [`extract_named`] for a file on disk: an Org file's `#+INCLUDE:` and
/// `#+SETUPFILE:` are followed inside `root` (by default the file's
/// folder), the files they bring in adding up to `max_size` bytes at most.
pub(crate) fn extract_at(
    bytes: &[u8],
    path: Option<&Path>,
    root: Option<&Path>,
    max_size: u64,
) -> Result<Document, FileError> {
    let text = decode(bytes)?;
    let lines = split_lines(&text);
    let ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if matches!(ext.as_str(), "html" | "htm" | "xhtml") || is_html(&lines) {
        return Ok(html_read(&lines));
    }
    if ext == "org" || is_org(&lines) {
        return Ok(org_document(&text, path, root, max_size));
    }
    let rst = matches!(ext.as_str(), "rst" | "rest") || is_rst(&lines);
    if rst || matches!(ext.as_str(), "adoc" | "asciidoc") || is_asciidoc(&lines) {
        let dialect = if rst { Dialect::Rst } else { Dialect::AsciiDoc };
        let mut files = Includes::new(dialect, path, root, max_size);
        files.splice(0, &text, 0);
        let texts: Vec<&str> = files.lines.iter().map(|(_, _, t)| t.as_str()).collect();
        let shown = asciidoc_read(&texts, rst);
        let levels = if rst { rst_levels(&texts) } else { Vec::new() };
        // A grid table's row may print several lines, each keeping the
        // file and line it came from.
        let mut doc = Document::from_numbered(
            shown
                .iter()
                .enumerate()
                .flat_map(|(i, text)| text.split('\n').map(move |t| (i, t.to_owned()))),
        );
        for line in &mut doc.lines {
            let i = line.source_line.saturating_sub(1) as usize;
            if let Some(&(file, number, ref text)) = files.lines.get(i) {
                line.source_file = file;
                line.source_line = number;
                line.level = if rst {
                    levels.get(i).copied().unwrap_or(0)
                } else {
                    outline_level(text, '=').max(outline_level(text, '#'))
                };
            }
        }
        files.finish(&mut doc, &text);
        return Ok(doc);
    }
    Ok(Document::from_lines(lines))
}

/// How deep a heading an outline's line is by the marks it starts with
/// ("** Work" in Org, "=== Acme" in AsciiDoc): how many marks stand
/// before a space; 0 when the line is no heading.
fn outline_level(line: &str, mark: char) -> u8 {
    let marks = line.len() - line.trim_start_matches(mark).len();
    let heading =
        marks > 0 && line[marks..].starts_with([' ', '\t']) && !line[marks..].trim().is_empty();
    if heading {
        u8::try_from(marks).unwrap_or(u8::MAX)
    } else {
        0
    }
}

/// An Org mode keyword line: `#+TITLE: …`, `#+begin_export html`.
static ORG_KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^#\+([a-z_]+)(?::\s?(.*)|\s|$)").expect("valid"));

/// Whether the text is Org mode: two keyword lines and a heading.
fn is_org(lines: &[&str]) -> bool {
    lines.iter().filter(|l| ORG_KEYWORD.is_match(l)).count() >= 2
        && lines.iter().any(|l| l.starts_with("* "))
}

/// An Org file as its export prints it, with the files its `#+INCLUDE:`
/// lines name spliced in where they stand and the keyword lines
/// (`#+MACRO:`, `#+TITLE:`…) of the files its `#+SETUPFILE:` lines name:
/// a header kept in `personal-info.org` is the page's. Each line keeps the
/// file and line it came from.
fn org_document(text: &str, path: Option<&Path>, root: Option<&Path>, max_size: u64) -> Document {
    let mut files = Includes::new(Dialect::Org, path, root, max_size);
    files.splice(0, text, 0);
    let texts: Vec<&str> = files.lines.iter().map(|(_, _, t)| t.as_str()).collect();
    let mut doc = Document::from_lines(org_read(&texts));
    for (line, (&(file, number, _), text)) in
        doc.lines.iter_mut().zip(files.lines.iter().zip(&texts))
    {
        line.source_file = file;
        line.source_line = number;
        line.level = outline_level(text, '*');
    }
    files.finish(&mut doc, text);
    doc
}

/// The markup whose include lines a text resume may hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// `#+INCLUDE: "file.org"`, `#+SETUPFILE: setup.org`.
    Org,
    /// `include::file.adoc[]`.
    AsciiDoc,
    /// `.. include:: file.rst`.
    Rst,
}

/// An include line: the file it names, how it is written (for messages),
/// whether it brings in only the file's keyword lines (Org's
/// `#+SETUPFILE:`), and whether it brings in no text of the page (Org's
/// `#+INCLUDE: "x.py" src python`, a block of code).
struct Include<'a> {
    name: &'a str,
    written: String,
    setup: bool,
    code: bool,
}

impl Dialect {
    fn include(self, line: &str) -> Option<Include<'_>> {
        static ORG: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r#"(?i)^#\+(include|setupfile):\s*(?:"([^"]+)"|(\S+))(.*)$"#).expect("valid")
        });
        // `include::chapters/work.adoc[leveloffset=+1]`: AsciiDoc reads
        // the whole file whatever its attributes ask of its levels.
        static ADOC: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^include::([^\[\s][^\[]*)\[[^\]]*\]$").expect("valid"));
        static RST: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^\.\.\s+include::\s*(\S.*)$").expect("valid"));
        match self {
            Dialect::Org => {
                let caps = ORG.captures(line)?;
                let name = caps
                    .get(2)
                    .or_else(|| caps.get(3))
                    .map_or("", |m| m.as_str());
                let keyword = caps.get(1).map_or("", |m| m.as_str());
                let setup = keyword.eq_ignore_ascii_case("setupfile");
                let args = caps.get(4).map_or("", |m| m.as_str());
                Some(Include {
                    name,
                    written: format!("#+{keyword}: {name}"),
                    setup,
                    code: !setup && args.split_whitespace().any(|a| !a.starts_with(':')),
                })
            }
            Dialect::AsciiDoc => {
                let name = ADOC.captures(line)?.get(1)?.as_str();
                Some(Include {
                    name,
                    written: format!("include::{name}[]"),
                    setup: false,
                    code: false,
                })
            }
            Dialect::Rst => {
                let name = RST.captures(line)?.get(1)?.as_str().trim();
                // `.. include:: <isonum.txt>`: docutils' own files of
                // substitutions, no text of the page.
                let code = name.starts_with('<');
                Some(Include {
                    name,
                    written: format!(".. include:: {name}"),
                    setup: false,
                    code,
                })
            }
        }
    }
}

/// The files an Org, AsciiDoc or reStructuredText resume brings in, read
/// within bounds: only regular files inside the root,
/// [`Includes::DEPTH`] deep and [`Includes::FILES`] files at most, never
/// one already being read, all of them `max_size` bytes at most. What is
/// not read is said in `unread`, and the rest of the resume is still read.
struct Includes {
    dialect: Dialect,
    /// The folder of each source, which its includes are relative to.
    folders: Vec<Option<PathBuf>>,
    root: Option<PathBuf>,
    sources: Vec<super::Source>,
    /// (source, line number, text) of every line, in the page's order.
    lines: Vec<(u16, u32, String)>,
    /// The canonical paths being read, outermost first.
    chain: Vec<PathBuf>,
    unread: Vec<String>,
    left: u64,
}

impl Includes {
    const DEPTH: usize = 8;
    const FILES: usize = 64;

    fn new(dialect: Dialect, path: Option<&Path>, root: Option<&Path>, max_size: u64) -> Self {
        let folder = path.map(|p| p.parent().unwrap_or(Path::new("")).to_path_buf());
        Includes {
            dialect,
            root: super::include_root(root, folder.as_deref()),
            folders: vec![folder],
            sources: vec![super::Source {
                path: path.map(|p| p.display().to_string()).unwrap_or_default(),
                text: String::new(),
            }],
            lines: Vec::new(),
            chain: path
                .and_then(|p| std::fs::canonicalize(p).ok())
                .into_iter()
                .collect(),
            unread: Vec::new(),
            left: max_size,
        }
    }

    /// The lines of source `src`, whose text is `text`, with what its
    /// includes bring in, `depth` files down from the resume.
    fn splice(&mut self, src: u16, text: &str, depth: usize) {
        // reStructuredText's include options, indented under it
        // (":start-line: 3", ":literal:"): not the page's text.
        static OPTION: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^\s+:[\w-]+:").expect("valid"));
        let lines = split_lines(text);
        let mut options = 0;
        for (i, line) in lines.iter().enumerate() {
            let number = super::line_number(i);
            if options > 0 {
                options -= 1;
                self.lines.push((src, number, String::new()));
                continue;
            }
            let Some(include) = self.dialect.include(line.trim()) else {
                self.lines.push((src, number, (*line).to_owned()));
                continue;
            };
            self.lines.push((src, number, String::new()));
            if self.dialect == Dialect::Rst {
                options = lines[i + 1..]
                    .iter()
                    .take_while(|l| OPTION.is_match(l))
                    .count();
            }
            // ":literal:", ":code: python": a block of code, shown as such,
            // not the page's text.
            let literal = lines[i + 1..=i + options].iter().any(|l| {
                [":literal:", ":code:"]
                    .iter()
                    .any(|o| l.trim().starts_with(o))
            });
            if include.code || literal {
                continue;
            }
            let site = match src {
                0 => format!("{} on line {number}", include.written),
                _ => format!(
                    "{} on line {number} of {}",
                    include.written,
                    self.sources[usize::from(src)].path
                ),
            };
            match self.read(src, include.name, depth) {
                Ok((index, included)) => {
                    if include.setup {
                        for (j, l) in split_lines(&included).into_iter().enumerate() {
                            if ORG_KEYWORD.is_match(l.trim())
                                && self.dialect.include(l.trim()).is_none()
                            {
                                self.lines
                                    .push((index, super::line_number(j), l.to_owned()));
                            }
                        }
                    } else {
                        self.splice(index, &included, depth + 1);
                    }
                    self.chain.pop();
                }
                Err(why) => self.unread.push(format!("{site}: {why}; it was not read")),
            }
        }
    }

    /// Gives the document the files read (when the resume brought any in)
    /// and what was not read; `text` is the resume's own.
    fn finish(mut self, doc: &mut Document, text: &str) {
        if self.sources.len() > 1 {
            self.sources[0].text = text.to_owned();
            doc.sources = self.sources;
        }
        doc.unread = self.unread;
    }

    /// Reads an included file: its source index and text, its canonical
    /// path pushed on the chain; or why it is not read.
    fn read(&mut self, src: u16, name: &str, depth: usize) -> Result<(u16, String), String> {
        let name = Path::new(name);
        let folder = self.folders[usize::from(src)].as_ref();
        let file = folder.map_or_else(|| name.to_path_buf(), |f| f.join(name));
        if folder.is_none() && !name.is_absolute() {
            return Err("a file read from standard input brings in no files".into());
        }
        if let Some(why) = super::refused_include(name, &file, self.root.as_deref()) {
            return Err(why.into());
        }
        let Ok(canonical) = std::fs::canonicalize(&file) else {
            return Err(format!("no such file {}", file.display()));
        };
        if self.chain.contains(&canonical) {
            return Err(format!("{} is already being read", file.display()));
        }
        if depth >= Self::DEPTH || self.sources.len() > Self::FILES {
            return Err(format!(
                "more than {} files or {} levels of files brought in",
                Self::FILES,
                Self::DEPTH
            ));
        }
        let bytes = super::read_input(&canonical, self.left).map_err(|e| match e.code {
            ErrorCode::TooLarge => {
                "the files brought in add up to more than the size limit".to_owned()
            }
            _ => format!("{}: {}", file.display(), e.message),
        })?;
        self.left = self.left.saturating_sub(bytes.len() as u64);
        let text = decode(&bytes).map_err(|e| format!("{}: {}", file.display(), e.message))?;
        let index = u16::try_from(self.sources.len()).map_err(|_| "too many files".to_owned())?;
        self.sources.push(super::Source {
            path: file.display().to_string(),
            text: text.clone(),
        });
        self.folders
            .push(Some(file.parent().unwrap_or(Path::new("")).to_path_buf()));
        self.chain.push(canonical);
        Ok((index, text))
    }
}

/// The lines of an Org mode text as its exported page shows them.
fn org_read(lines: &[&str]) -> Vec<String> {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]").expect("valid"));
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\*+\s+(?:[-+]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$").expect("valid")
    });
    static MARKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s(])([*=~/])([^\s*=~/](?:[^*=~/]*[^\s*=~/])?)([*=~/])($|[\s,.;:!?)])")
            .expect("valid")
    });
    let macros = OrgMacros::of(lines);
    // `#+OPTIONS: title:nil`: the export prints no title block (title,
    // author, e-mail).
    let untitled = lines.iter().any(|l| {
        ORG_KEYWORD.captures(l.trim()).is_some_and(|c| {
            c[1].eq_ignore_ascii_case("options")
                && c.get(2)
                    .is_some_and(|v| v.as_str().split_whitespace().any(|o| o == "title:nil"))
        })
    });
    let mut out = Vec::with_capacity(lines.len());
    // Inside a property drawer, a source block, an HTML export block, a
    // LaTeX one.
    let (mut drawer, mut source, mut html, mut latex) = (false, false, false, false);
    let mut html_lines = HtmlLines::default();
    for line in lines {
        let trimmed = line.trim();
        if let Some(caps) = ORG_KEYWORD.captures(trimmed) {
            let key = caps[1].to_lowercase();
            let value = caps.get(2).map_or("", |m| m.as_str().trim());
            match key.as_str() {
                "begin_src" | "begin_example" | "begin_comment" => source = true,
                "end_src" | "end_example" | "end_comment" => source = false,
                "begin_export" => {
                    html = value.is_empty() || trimmed.to_lowercase().contains("html");
                    latex = trimmed.to_lowercase().contains("latex");
                }
                "end_export" => (html, latex) = (false, false),
                // Org 8's blocks, before `#+begin_export`.
                "begin_html" => html = true,
                "end_html" => html = false,
                "begin_latex" => latex = true,
                "end_latex" => latex = false,
                _ => {}
            }
            let shown =
                !untitled && matches!(key.as_str(), "title" | "subtitle" | "author" | "email");
            out.push(if shown {
                value.to_owned()
            } else if key == "latex" {
                latex_line(value)
            } else if key == "html" {
                // "#+HTML: <b>Dec 2020 - present</b>": the HTML export
                // prints the markup's text.
                html_lines.shown(value)
            } else {
                String::new()
            });
            continue;
        }
        if trimmed.eq_ignore_ascii_case(":properties:") || trimmed.eq_ignore_ascii_case(":logbook:")
        {
            drawer = true;
        }
        if drawer || source || trimmed.starts_with("# ") || trimmed == "#" {
            if trimmed.eq_ignore_ascii_case(":end:") {
                drawer = false;
            }
            out.push(String::new());
            continue;
        }
        if html {
            out.push(html_lines.shown(line));
            continue;
        }
        if latex {
            out.push(latex_line(trimmed));
            continue;
        }
        // Indentation under a heading is the editor's, not the page's.
        let text = match HEADING.captures(line) {
            Some(caps) => macros.expand(&caps[1]),
            None => macros.expand(trimmed),
        };
        let text = LINK.replace_all(&text, |c: &regex::Captures<'_>| {
            c.get(2).map_or(&c[1], |label| label.as_str()).to_owned()
        });
        let text = org_latex(&text);
        // "*PhD Researcher* \\\\": a line break forced at the line's end
        // prints nothing.
        let text = text.strip_suffix("\\\\").map_or(&text[..], str::trim_end);
        let shown = unmarked(&MARKS, &whole_line_marked(text));
        out.push(match shown.strip_prefix('|') {
            Some(row) if trimmed.starts_with('|') => org_table_row(row),
            _ => shown,
        });
    }
    out
}

/// A row of an Org table as the export prints it: its cells apart by
/// two spaces, as a table's cells are in every format read here. A rule
/// ("|---+---|"), a row of column widths and alignments ("| <r> | <l> |")
/// and a row of column groups (first cell "/") print nothing, nor does
/// the mark in a first column of marks ("#", "!", "^", "_", "$", "*").
fn org_table_row(row: &str) -> String {
    let row = row.trim_end().strip_suffix('|').unwrap_or(row);
    if row.starts_with('-') {
        return String::new();
    }
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    let cookie = |cell: &&str| {
        cell.strip_prefix('<')
            .and_then(|c| c.strip_suffix('>'))
            .is_some_and(|c| {
                c.trim_start_matches(['l', 'r', 'c'])
                    .chars()
                    .all(|d| d.is_ascii_digit())
            })
    };
    if cells.first() == Some(&"/") || cells.iter().filter(|c| !c.is_empty()).all(cookie) {
        return String::new();
    }
    let marks = cells
        .first()
        .is_some_and(|c| ["#", "!", "^", "_", "$", "*"].contains(c));
    cells[usize::from(marks)..]
        .iter()
        .filter(|c| !c.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("  ")
}

/// A line set whole in one emphasis, whatever marks its words hold
/// ("/Ed. Züblin AG / Strabag AG, Germany/" in italics, "*Software
/// Developer / Project Engineer*" in bold): the words.
fn whole_line_marked(text: &str) -> std::borrow::Cow<'_, str> {
    for mark in ['/', '*', '_', '='] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark))
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace)
            && inner.chars().any(char::is_alphabetic)
        {
            return inner.into();
        }
    }
    text.into()
}

/// A `#+LaTeX:` line as the exported page prints it: `{\huge Brian
/// Peck} \\` is "Brian Peck" (the commands, their braces and the line
/// break go; what they hold stays, but for lengths: `\vspace{2em}`
/// prints nothing).
fn latex_line(value: &str) -> String {
    static COMMAND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\\[A-Za-z]+\*?\s*|\\\\|[{}]").expect("valid"));
    static LENGTH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^-?[0-9.]+(?:em|ex|pt|cm|mm|in|bp)$").expect("valid"));
    // An environment's bounds (`\begin{flushright}`) print nothing; a
    // comment runs to the line's end.
    static ENVIRONMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\\(?:begin|end)\{[A-Za-z*]+\}(?:\{[^{}]*\})?|(?:^|[^\\])%.*$").expect("valid")
    });
    let value = ENVIRONMENT.replace_all(value, " ");
    // `Curriculum Vitae\hfill Andrej Lamov`: a fill sets apart what is on
    // its two sides, as two spaces do in a text.
    value
        .split("\\hfill")
        .map(|part| {
            COMMAND
                .replace_all(part, " ")
                .split_whitespace()
                .filter(|w| !LENGTH.is_match(w))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("  ")
}

/// An Org line with LaTeX in it, as the LaTeX export prints it: a
/// command's arguments written one after the other (`{Nov. 2019--Pres.}{Systems Test
/// Engineer}{Safran}`, for a command the header defines) are fields apart
/// ("Nov. 2019--Pres. | Systems Test Engineer | Safran"); escaped marks
/// print themselves (`\&`), `\textbullet` a bullet, `~` a space; an
/// unescaped `%` starts a comment; other commands and braces print
/// nothing. A line without a command, an escaped mark or `}{` is as it
/// was.
fn org_latex(text: &str) -> std::borrow::Cow<'_, str> {
    static LATEX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\\(?:[A-Za-z]+|[&%_#$ ])|\}\{").expect("valid"));
    static COMMAND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\\(?:textbullet|ldots|[&%_#$ ])|\\[A-Za-z]+\*?\s*|\\$|[{}~]").expect("valid")
    });
    if !LATEX.is_match(text) {
        return text.into();
    }
    // The comment: from a `%` without its backslash.
    let end = text
        .char_indices()
        .find(|&(i, c)| c == '%' && !text[..i].ends_with('\\'))
        .map_or(text.len(), |(i, _)| i);
    let fields = text[..end].replace("}{", " | ");
    let shown = COMMAND.replace_all(&fields, |c: &regex::Captures<'_>| {
        match &c[0] {
            "\\textbullet" => " • ",
            "\\ldots" => "…",
            "~" | "\\ " => " ",
            "{" | "}" => "",
            "\\" => "",
            escaped if escaped.len() == 2 => &escaped[1..],
            _ => " ",
        }
        .to_owned()
    });
    shown
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

/// Org's macros as the export replaces them: `{{{author}}}`,
/// `{{{email}}}`, `{{{title}}}`, `{{{date}}}` and `{{{keyword(NAME)}}}`
/// give the document's keywords; a `#+MACRO: name body` gives its body
/// with `$1`, `$2`… its arguments (split at commas, `\,` a comma of
/// their own); an unknown macro gives its arguments. An export snippet
/// (`@@latex:…@@`, `@@html:…@@`) shows nothing, save a space set by
/// LaTeX's `\hfill` or `\hspace`, read as a field's gap ("Director
/// {{{right-align(Waterford School\, 2019--Present)}}}"). Bounded: macros
/// nest [`OrgMacros::DEPTH`] deep at most, a line grows to
/// [`OrgMacros::LONGEST`] bytes at most, and one line's expansion makes
/// [`OrgMacros::CALLS`] calls at most (macros that call each other ten
/// times over, eight deep, would make 10^8).
struct OrgMacros {
    keywords: std::collections::HashMap<String, String>,
    macros: std::collections::HashMap<String, String>,
}

impl OrgMacros {
    const DEPTH: usize = 8;
    const LONGEST: usize = 4_000;
    const CALLS: usize = 1_000;

    fn of(lines: &[&str]) -> Self {
        let mut keywords = std::collections::HashMap::new();
        let mut macros = std::collections::HashMap::new();
        for line in lines {
            let Some(caps) = ORG_KEYWORD.captures(line.trim()) else {
                continue;
            };
            let key = caps[1].to_lowercase();
            let value = caps.get(2).map_or("", |m| m.as_str().trim());
            if key == "macro" {
                if let Some((name, body)) = value.split_once(char::is_whitespace) {
                    macros.insert(name.to_lowercase(), body.trim().to_owned());
                }
            } else {
                keywords.entry(key).or_insert_with(|| value.to_owned());
            }
        }
        OrgMacros { keywords, macros }
    }

    fn expand(&self, text: &str) -> String {
        static SNIPPET: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"@@[A-Za-z-]+:(.*?)@@").expect("valid"));
        if !text.contains("{{{") && !text.contains("@@") {
            return text.to_owned();
        }
        let mut out = String::new();
        let mut calls = Self::CALLS;
        self.expand_into(text, 0, &mut out, &mut calls);
        SNIPPET
            .replace_all(&out, |c: &regex::Captures<'_>| {
                if c[1].contains("\\hfill") || c[1].contains("\\hspace") {
                    "  "
                } else {
                    ""
                }
            })
            .into_owned()
    }

    fn expand_into(&self, text: &str, depth: usize, out: &mut String, calls: &mut usize) {
        let mut rest = text;
        while let Some(open) = rest.find("{{{") {
            out.push_str(&rest[..open]);
            let after = &rest[open + 3..];
            // A macro's name starts with a letter: "{{{{FULL}}} }" is a
            // brace and a call.
            if !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                out.push('{');
                rest = &rest[open + 1..];
                continue;
            }
            let Some(close) = closing_braces(after) else {
                out.push_str(&rest[open..]);
                return;
            };
            if depth < Self::DEPTH && out.len() < Self::LONGEST && *calls > 0 {
                *calls -= 1;
                self.call(&after[..close], depth, out, calls);
            }
            rest = &after[close + 3..];
        }
        out.push_str(rest);
        if out.len() > Self::LONGEST {
            let mut end = Self::LONGEST;
            while !out.is_char_boundary(end) {
                end -= 1;
            }
            out.truncate(end);
        }
    }

    /// One macro call, `name` or `name(arguments)`, expanded into `out`.
    fn call(&self, call: &str, depth: usize, out: &mut String, calls: &mut usize) {
        let (name, args) = match call.split_once('(') {
            Some((name, args)) => (
                name.trim(),
                split_arguments(args.strip_suffix(')').unwrap_or(args)),
            ),
            None => (call.trim(), Vec::new()),
        };
        let name = name.to_lowercase();
        let keyword = |key: &str| self.keywords.get(key).cloned().unwrap_or_default();
        // A `#+MACRO:` of a built-in's name ("EMAIL") is the one the
        // export uses.
        let defined = self.macros.contains_key(&name);
        let body = match name.as_str() {
            "author" | "email" | "title" | "date" if !defined => keyword(&name),
            "keyword" => keyword(
                &args
                    .first()
                    .map_or(String::new(), |a| a.trim().to_lowercase()),
            ),
            _ => match self.macros.get(&name) {
                Some(body) => {
                    let mut body = body.clone();
                    for n in (1..=9).rev() {
                        let arg = args.get(n - 1).map_or("", String::as_str);
                        body = body.replace(&format!("${n}"), arg);
                    }
                    body
                }
                None => args.join(", "),
            },
        };
        self.expand_into(&body, depth + 1, out, calls);
    }
}

/// Where the `}}}` that closes a macro call opened just before `text`
/// is, past the calls nested in it.
fn closing_braces(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with("{{{") {
            depth += 1;
            i += 3;
        } else if text[i..].starts_with("}}}") {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
            i += 3;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

/// A macro's arguments: split at the commas outside nested calls, `\,`
/// a comma of the argument's own.
fn split_arguments(args: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0usize;
    let mut chars = args.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let last = out.last_mut().expect("one argument at least");
        if args[i..].starts_with("{{{") {
            depth += 1;
        } else if args[i..].starts_with("}}}") {
            depth = depth.saturating_sub(1);
        }
        match c {
            '\\' if chars.peek().is_some_and(|&(_, n)| n == ',') => {
                last.push(',');
                chars.next();
            }
            ',' if depth == 0 => out.push(String::new()),
            _ => last.push(c),
        }
    }
    out
}

/// Whether the text is an HTML page: its first tag opens the document.
fn is_html(lines: &[&str]) -> bool {
    lines
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            let l = l.trim_start_matches('\u{feff}').to_ascii_lowercase();
            l.starts_with("<!doctype html") || l.starts_with("<html")
        })
}

/// The lines of an HTML page as a browser shows them, line N still line N
/// of the file: nothing of its head (the title is the tab's, the keywords
/// a search engine's), the text of its body between the tags, the cells
/// and blocks that share a line set apart by two spaces, a list item
/// marked as a bullet, the commonest entities decoded.
fn html_read(lines: &[&str]) -> Document {
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)<(/?)(li|td|th|div|p|h[1-6]|br|tr|table|section|ul|ol|dl|dd|dt|header|footer|article|aside|main|nav|address|blockquote)\b[^<>]*>")
            .expect("valid")
    });
    let mut html = HtmlLines::default();
    let mut head = false;
    // The page's lines: the source line each began on and its text; `None`
    // for the gap a closed paragraph or list leaves.
    let mut rows: Vec<(usize, Option<String>)> = Vec::new();
    // The block being read: the line it began on and its text so far (a
    // browser flows a block's words over the source's line breaks).
    let mut open: Option<(usize, String)> = None;
    let mut gap = false;
    let flush = |rows: &mut Vec<(usize, Option<String>)>,
                 open: &mut Option<(usize, String)>,
                 gap: &mut bool| {
        let Some((at, text)) = open.take() else {
            return;
        };
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if std::mem::take(gap) && rows.last().is_some_and(|(_, t)| t.is_some()) {
            rows.push((at, None));
        }
        match rows.last_mut() {
            Some((line, Some(last))) if *line == at => {
                last.push_str("  ");
                last.push_str(text);
            }
            _ => rows.push((at, Some(text.to_owned()))),
        }
    };
    // A tag broken over source lines (`<a href="…"` / `target="_blank">`)
    // is read whole with the next line.
    let mut carry = String::new();
    for (i, line) in lines.iter().enumerate() {
        let joined;
        let mut line: &str = if carry.is_empty() {
            line
        } else {
            joined = format!("{} {line}", std::mem::take(&mut carry));
            &joined
        };
        if let Some(open_tag) = line.rfind('<')
            && !line[open_tag..].contains('>')
            && line.len() < 4096
        {
            carry = line[open_tag..].to_owned();
            line = &line[..open_tag];
        }
        let lower = line.to_ascii_lowercase();
        if lower.contains("<head") && !lower.contains("<header") {
            head = true;
        }
        if head {
            if lower.contains("</head>") {
                head = false;
            }
            continue;
        }
        // A block's edge ends the text before it; a list item opens with a
        // bullet (marks the text cannot hold). The end of a paragraph or
        // a list leaves a gap (their margins).
        let marked = BLOCK.replace_all(line, |c: &regex::Captures<'_>| {
            let name = c[2].to_ascii_lowercase();
            if c[1].is_empty() && name == "li" {
                " \u{1}\u{2} ".to_owned()
            } else if !c[1].is_empty()
                && matches!(name.as_str(), "p" | "ul" | "ol" | "dl" | "blockquote")
            {
                " \u{1}\u{3} ".to_owned()
            } else {
                " \u{1} ".to_owned()
            }
        });
        let shown = html.shown(&marked);
        for (k, piece) in shown.split('\u{1}').enumerate() {
            // (A block inside a list item goes on after its bullet.)
            if k > 0 && open.as_ref().is_none_or(|(_, t)| t != "•") {
                flush(&mut rows, &mut open, &mut gap);
            }
            let piece = piece.trim();
            let piece = match piece.strip_prefix('\u{3}') {
                Some(rest) => {
                    gap = true;
                    rest.trim_start()
                }
                None => piece,
            };
            let (bullet, piece) = match piece.strip_prefix('\u{2}') {
                Some(item) => (true, item.trim_start()),
                None => (false, piece),
            };
            if piece.is_empty() && !bullet {
                continue;
            }
            match &mut open {
                Some((_, text)) => {
                    text.push(' ');
                    text.push_str(piece);
                }
                None => {
                    let text = if bullet {
                        format!("• {piece}")
                    } else {
                        piece.to_owned()
                    };
                    open = Some((i, text.trim_end().to_owned()));
                }
            }
        }
    }
    flush(&mut rows, &mut open, &mut gap);
    let mut doc = Document::from_lines(rows.iter().map(|(_, t)| t.clone().unwrap_or_default()));
    for (line, (at, _)) in doc.lines.iter_mut().zip(&rows) {
        line.source_line = super::line_number(*at);
    }
    doc
}

/// The text with the commonest HTML entities decoded (`&lt;`, `&#8211;`),
/// each once: `&amp;lt;` shows as `&lt;`.
fn entities(text: &str) -> String {
    static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});").expect("valid")
    });
    ENTITY
        .replace_all(text, |c: &regex::Captures<'_>| {
            let name = &c[1];
            let code =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok()
                } else {
                    match name {
                        "amp" => Some(0x26),
                        "nbsp" => Some(0xa0),
                        "lt" => Some(0x3c),
                        "gt" => Some(0x3e),
                        "quot" => Some(0x22),
                        "apos" => Some(0x27),
                        "ndash" => Some(0x2013),
                        "mdash" => Some(0x2014),
                        "rsquo" => Some(0x2019),
                        "lsquo" => Some(0x2018),
                        "bull" => Some(0x2022),
                        "middot" => Some(0xb7),
                        "copy" => Some(0xa9),
                        _ => None,
                    }
                };
            code.and_then(char::from_u32)
                .filter(|c| !c.is_control())
                .map_or_else(|| c[0].to_owned(), String::from)
        })
        .into_owned()
}

/// The lines of a block of HTML as a browser shows them: the text
/// between the tags, nothing of a script, a style or a comment.
#[derive(Default)]
pub(crate) struct HtmlLines {
    /// Inside a script or style element.
    script: bool,
    /// Inside a comment.
    comment: bool,
}

impl HtmlLines {
    /// The text line `line` of the block shows, its words one space apart.
    pub(crate) fn shown(&mut self, line: &str) -> String {
        static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^<>]*>").expect("valid"));
        static COMMENT: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"<!--.*?-->").expect("valid"));
        let mut line = line;
        if self.comment {
            let Some(end) = line.find("-->") else {
                return String::new();
            };
            line = &line[end + 3..];
            self.comment = false;
        }
        let lower = line.to_lowercase();
        let closes = lower.contains("</script") || lower.contains("</style");
        if self.script || lower.contains("<script") || lower.contains("<style") {
            self.script = !closes;
            return String::new();
        }
        let line = COMMENT.replace_all(line, " ");
        let line = match line.find("<!--") {
            Some(open) => {
                self.comment = true;
                &line[..open]
            }
            None => &line[..],
        };
        entities(&TAG.replace_all(line, " "))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// `text` without the paired marks `marks` finds around a word or words
/// (`*bold*`): its groups are what is before, the opening mark, the words,
/// the closing mark and what is after; a mark left unpaired stays.
fn unmarked(marks: &Regex, text: &str) -> String {
    marks
        .replace_all(text, |c: &regex::Captures<'_>| {
            if c[2] == c[4] {
                format!("{}{}{}", &c[1], &c[3], &c[5])
            } else {
                c[0].to_owned()
            }
        })
        .into_owned()
}

static ANCHOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[\[[\w:.-]+(?:,[^\]]*)?\]\]$").expect("valid"));

/// Whether the text is AsciiDoc or reStructuredText: two block anchors,
/// two titles underlined with a character Markdown does not underline
/// with, or a title set between two equal lines.
fn is_asciidoc(lines: &[&str]) -> bool {
    let anchors = lines.iter().filter(|l| ANCHOR.is_match(l.trim())).count();
    let underlined = lines
        .windows(2)
        .filter(|w| underline(w[0], w[1]).is_some_and(|c| matches!(c, '~' | '^' | '+')))
        .count();
    let overlined = lines.windows(3).any(|w| overline(w[0], w[1], w[2]));
    // "= Jane Doe" / "== Experience": titles marked by leading equals signs,
    // with a header attribute (":nofooter:") or a third title.
    let marked = lines.iter().filter(|l| ADOC_TITLE.is_match(l)).count();
    let attributes = lines.iter().filter(|l| ADOC_ATTRIBUTE.is_match(l)).count();
    anchors >= 2 || underlined >= 2 || overlined || (marked >= 2 && attributes >= 1) || marked >= 3
}

/// A reStructuredText hyperlink target (".. _Speedscale: https://…") or
/// directive (".. image:: photo.png").
static RST_EXPLICIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\.\. (?:_[^:]+:|[a-z][\w-]*::)").expect("valid"));

/// A reStructuredText reference: "`Speedscale`_", "`Velero <https://…>`_",
/// "Flask_", or an interpreted text's role (":code:`x`"): group 1 or 2 is
/// its text.
static RST_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?::[\w-]+:)?`([^`<]*?)\s*(?:<[^>`]*>)?`(?:__?)?|\b([A-Za-z0-9][\w.-]*?)__?\b")
        .expect("valid")
});

/// Whether the text is reStructuredText: titles underlined as Markdown
/// underlines them too ("===", "---"), with a mark only reStructuredText
/// has: a hyperlink target or directive, or two references or field-list
/// items (":Email: jane@example.com").
fn is_rst(lines: &[&str]) -> bool {
    let underlined = lines
        .windows(2)
        .filter(|w| underline(w[0], w[1]).is_some() && !w[0].trim().is_empty())
        .count();
    let explicit = lines.iter().any(|l| RST_EXPLICIT.is_match(l));
    let references = lines
        .iter()
        .filter(|l| l.contains("`_") || l.contains("`__"))
        .count();
    let fields = lines.iter().filter(|l| ADOC_ATTRIBUTE.is_match(l)).count();
    underlined >= 2 && (explicit || references >= 2 || fields >= 2)
}

/// An AsciiDoc title marked by equals signs: "= Jane Doe", "=== Acme".
static ADOC_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(={1,6})\s+(\S.*?)(?:\s+=+)?\s*$").expect("valid"));

/// An AsciiDoc block attribute line ("[source,python]", "[.lead]"),
/// block macro ("image::x.png[]", "include::a.adoc[]"), comment ("//
/// note"), delimiter ("----", "****", "////"), thematic break ("'''") or
/// page break ("<<<"): nothing of them is printed, nor of an attribute
/// entry ([`ADOC_ATTRIBUTE`]).
static ADOC_HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\[[^\[\]]*\]|[a-z]+::\S*\[.*\]|//(?:[^/].*)?|(?:-{4,}|\*{4,}|/{4,}|\.{4,}|_{4,}|\+{4,}|={4,})|'{3,}|<{3,})\s*$",
    )
    .expect("valid")
});

/// An AsciiDoc attribute entry: ":nofooter:", ":pdf-theme: x".
static ADOC_ATTRIBUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^:!?[\w-]+!?:(?:\s.*)?$").expect("valid"));

/// Whether `line` is a reStructuredText title's overline: `title` under it
/// and the same line again under the title.
fn overline(line: &str, title: &str, under: &str) -> bool {
    line.trim_end() == under.trim_end() && underline(title, line).is_some()
}

/// How deep a heading each line of a reStructuredText text is, as
/// docutils tells: each style of title (its underline's character, with
/// an overline or not) is one level deeper than the styles met before
/// it; 0 for a line that is no title.
fn rst_levels(lines: &[&str]) -> Vec<u8> {
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut levels = vec![0; lines.len()];
    let adornment = |l: &str| underline(l, l).is_some();
    let mut i = 0;
    while i + 1 < lines.len() {
        let (title, style, next) = match lines.get(i + 2) {
            Some(under) if overline(lines[i], lines[i + 1], under) => {
                let c = underline(lines[i + 1], under).unwrap_or('=');
                (i + 1, (c, true), i + 3)
            }
            _ => match underline(lines[i], lines[i + 1]) {
                Some(c) if !lines[i].trim().is_empty() && !adornment(lines[i]) => {
                    (i, (c, false), i + 2)
                }
                _ => {
                    i += 1;
                    continue;
                }
            },
        };
        let at = styles.iter().position(|s| *s == style).unwrap_or_else(|| {
            styles.push(style);
            styles.len() - 1
        });
        levels[title] = u8::try_from(at + 1).unwrap_or(u8::MAX);
        i = next;
    }
    levels
}

/// The character `line` underlines `title` with: a run of one of `=-~^+`
/// as long as the title, give or take two.
fn underline(title: &str, line: &str) -> Option<char> {
    let line = line.trim_end();
    let c = line.chars().next()?;
    let width = title.trim_end().chars().count();
    let len = line.chars().count();
    (matches!(c, '=' | '-' | '~' | '^' | '+')
        && width > 0
        && len >= 2
        && line.chars().all(|x| x == c)
        && len.abs_diff(width) <= 2)
        .then_some(c)
}

/// The lines of an AsciiDoc text as its rendered page shows them. A link
/// whose label wraps onto the next line ("…[Moxie" / "Interactive]") is
/// one line, on the first line's number; the line it took is blank.
fn asciidoc_read(lines: &[&str], rst: bool) -> Vec<String> {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:https?|ftp|mailto|tel|irc):(?://)?[^\s\[\]]+\[([^\]]*)\]").expect("valid")
    });
    static OPEN_LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:https?|ftp|mailto|tel|irc):(?://)?[^\s\[\]]+\[[^\]]*$").expect("valid")
    });
    static MARKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s(\[])([*_])([^\s*_](?:[^*_]*[^\s*_])?)([*_])($|[\s,.;:!?)\]])")
            .expect("valid")
    });
    static SUPERSCRIPT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\^([^\s^]{1,8})\^").expect("valid"));
    // An inline image ("image:tahoe.jpg[]", "image:https://x/a.jpg[ST,70,100]"):
    // a picture on the page, its attributes no text.
    static IMAGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\bimage:[^\s\[\]:][^\s\[\]]*\[[^\]]*\]").expect("valid"));
    // Wrapped link labels joined; `title[i]` is the line an underline at
    // `i + 1` is measured against.
    let mut joined: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let mut title: Vec<usize> = (0..lines.len()).collect();
    let mut i = 0;
    while i < joined.len() {
        if OPEN_LINK.is_match(&joined[i])
            && let Some(next) = lines.get(i + 1)
            && next.contains(']')
            && !next.trim().is_empty()
        {
            joined[i] = format!("{} {}", joined[i].trim_end(), next.trim_start());
            joined[i + 1] = String::new();
            title[i + 1] = i;
            i += 2;
            continue;
        }
        i += 1;
    }
    // reStructuredText's grid tables, cut into their cells.
    let grid = if rst {
        let joined: Vec<&str> = joined.iter().map(String::as_str).collect();
        super::grid::tables(&joined, rst_shown)
    } else {
        Vec::new()
    };
    let mut out = Vec::with_capacity(lines.len());
    // Inside a reStructuredText comment or directive (".. group x" and the
    // lines indented under it): nothing printed.
    let mut directive = false;
    let mut attributes = AdocAttributes::default();
    // Inside an AsciiDoc comment block (between two "////" lines):
    // nothing printed.
    let mut comment = false;
    // Inside an AsciiDoc table (between two "|===" lines).
    let mut table = false;
    for (i, line) in joined.iter().enumerate() {
        if !rst && line.trim_end().len() >= 4 && line.trim_end().bytes().all(|b| b == b'/') {
            comment = !comment;
            out.push(String::new());
            continue;
        }
        if comment {
            out.push(String::new());
            continue;
        }
        let line = &if rst {
            line.clone()
        } else {
            attributes.read(line)
        };
        // An empty comment ("..") takes the block indented under it; a
        // blank line inside the block does not end it.
        directive = line.starts_with(".. ")
            || (rst && line.trim_end() == "..")
            || (directive
                && (line.starts_with(char::is_whitespace) || line.trim().is_empty())
                && next_indented(&joined[i..]));
        if directive {
            out.push(String::new());
            continue;
        }
        if let Some(Some(text)) = grid.get(i) {
            out.push(text.clone());
            continue;
        }
        let is_underline = i > 0 && underline(&joined[title[i - 1]], line).is_some();
        // reStructuredText sets a title between two equal lines.
        let is_overline = joined
            .get(i + 2)
            .is_some_and(|under| overline(line, &joined[i + 1], under));
        if ANCHOR.is_match(line.trim())
            || is_underline
            || is_overline
            || (ADOC_ATTRIBUTE.is_match(line) && !rst)
            || ADOC_HIDDEN.is_match(line)
        {
            out.push(String::new());
            continue;
        }
        if rst {
            out.push(rst_shown(line));
            continue;
        }
        // "|===" opens and closes a table; a row's cells ("|Employer
        // |Adswizz", a cell's style before its bar: "2+a|") print apart
        // by two spaces, as a table's cells do in every format read here.
        if line.trim_end() == "|===" {
            table = !table;
            out.push(String::new());
            continue;
        }
        if table && let Some(cells) = adoc_row(line) {
            out.push(unmarked(&MARKS, &cells));
            continue;
        }
        // "=== Title, Employer": the title without its marks; a line's hard
        // break (" +") is not printed.
        let line = match ADOC_TITLE.captures(line) {
            Some(c) => c.get(2).map_or("", |m| m.as_str()),
            None => line.strip_suffix(" +").unwrap_or(line),
        };
        // A line block's bar ("| 233 Spring St") is not printed.
        let line = line.strip_prefix("| ").unwrap_or(line);
        let line = IMAGE.replace_all(line, "");
        let text = LINK.replace_all(&line, |c: &regex::Captures<'_>| {
            let label = &c[1];
            if label.is_empty() {
                c[0][..c[0].len() - 2].to_owned()
            } else {
                label.to_owned()
            }
        });
        let text = SUPERSCRIPT.replace_all(&text, "$1");
        // "Acme -- Rio de Janeiro, RJ": a double hyphen between spaces
        // prints as an em dash (Asciidoctor's replacement).
        let text = text.replace(" -- ", " — ");
        out.push(unmarked(&MARKS, &text));
    }
    out
}

/// A row of an AsciiDoc table, its cells apart by two spaces: a line
/// that opens with a cell's bar, maybe after the cell's style ("2+a|",
/// "^.^|"). None for a line that goes on a cell's text.
fn adoc_row(line: &str) -> Option<String> {
    static SPEC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9]*[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?\|").expect("valid")
    });
    let spec = SPEC.find(line)?;
    let cells: Vec<&str> = line[spec.end()..]
        .split('|')
        .map(|c| {
            // A later cell's style before its bar ("a|") is none of the
            // cell before it.
            let c = c.trim();
            match c.rsplit_once(' ') {
                Some((text, style)) if SPEC.is_match(&format!("{style}|")) && style.len() <= 4 => {
                    text.trim()
                }
                _ => c,
            }
        })
        .filter(|c| !c.is_empty())
        .collect();
    Some(cells.join("  "))
}

/// AsciiDoc's attributes as a document defines them (":email: j@x.org")
/// and its lines refer to them ("* {email}"), each reference replaced
/// with the value defined above it, as Asciidoctor does; a reference to
/// no attribute is left as written. Bounded: a value or a line grows to
/// [`AdocAttributes::LONGEST`] bytes at most.
#[derive(Default)]
struct AdocAttributes {
    values: std::collections::HashMap<String, String>,
}

impl AdocAttributes {
    const LONGEST: usize = 4_000;

    /// The line with its references replaced; an attribute entry is
    /// recorded (its own references replaced first).
    fn read(&mut self, line: &str) -> String {
        static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^:(!?)([A-Za-z0-9_][\w-]*)(!?):(?:\s+(.*))?$").expect("valid")
        });
        if let Some(c) = ENTRY.captures(line) {
            let name = c[2].to_lowercase();
            if c[1].is_empty() && c[3].is_empty() {
                let value = self.replaced(c.get(4).map_or("", |m| m.as_str().trim()));
                self.values.insert(name, value);
            } else {
                self.values.remove(&name);
            }
            return line.to_owned();
        }
        self.replaced(line)
    }

    fn replaced(&self, text: &str) -> String {
        static REFERENCE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\{([A-Za-z0-9_][\w-]*)\}").expect("valid"));
        if !text.contains('{') {
            return text.to_owned();
        }
        let mut out = String::new();
        let mut last = 0;
        for c in REFERENCE.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            out.push_str(&text[last..m.start()]);
            let name = c[1].to_lowercase();
            let builtin = match name.as_str() {
                "nbsp" | "sp" | "space" => Some(" "),
                "empty" | "zwsp" | "blank" => Some(""),
                "amp" => Some("&"),
                "lt" => Some("<"),
                "gt" => Some(">"),
                "vbar" => Some("|"),
                _ => None,
            };
            match self.values.get(&name).map(String::as_str).or(builtin) {
                Some(value) if out.len() + value.len() <= Self::LONGEST => out.push_str(value),
                _ => out.push_str(m.as_str()),
            }
            last = m.end();
        }
        out.push_str(&text[last..]);
        out
    }
}

/// Whether the first line of `lines` that is not blank is indented (a
/// directive's or comment's block goes on).
fn next_indented(lines: &[String]) -> bool {
    lines
        .iter()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with(char::is_whitespace))
}

/// A line of reStructuredText as its rendered page shows it: a field
/// list's item ":Email: x" is its name and body ("Email: x"), a
/// reference its text, a line block's bar gone, and strong, emphasis and
/// literal text without their marks.
fn rst_shown(line: &str) -> String {
    static FIELD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*):([^:\s][^:]*?):(?:\s+|$)").expect("valid"));
    static MARKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(^|[\s(\[])(\*\*|\*|``)([^\s*`](?:[^*`]*[^\s*`])?)(\*\*|\*|``)($|[\s,.;:!?)\]'’])",
        )
        .expect("valid")
    });
    // A line block's bar ("| 233 Spring St"), indented under a field's
    // name or right after it (":2012 : | **Engineer – Dacast**"), is not
    // printed.
    static LINE_BLOCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*(?:[^\s:|][^:|]*:\s+)?)\|(?:\s+|$)").expect("valid"));
    let line = FIELD.replace(line, "$1$2: ");
    let line = LINE_BLOCK.replace(&line, "$1");
    let line = RST_REFERENCE.replace_all(&line, |c: &regex::Captures<'_>| {
        c.get(1).or(c.get(2)).map_or("", |m| m.as_str()).to_owned()
    });
    // Strong text wrapped over two lines: "in **Office National" /
    // "Aérospatiales**, Toulouse." loses its marks on each.
    static OPEN_STRONG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|\s)\*\*([^\s*][^*]*)$").expect("valid"));
    static CLOSE_STRONG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*[^*]*[^\s*])\*\*($|[\s,.;:!?)])").expect("valid"));
    // A reference wrapped over two lines: "at the `Endless OS Foundation"
    // / "<https://www.endlessos.org/>`_ (previous …)" prints its words
    // without its marks and its target.
    static OPEN_REFERENCE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|[\s(])`([^\s`][^`]*)$").expect("valid"));
    static CLOSE_REFERENCE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*)([^`<]*?)\s*<[^<>`\s]*>`__?").expect("valid"));
    let shown = unmarked(&MARKS, &line);
    let shown = OPEN_STRONG.replace(&shown, "$1$2");
    let shown = CLOSE_STRONG.replace(&shown, "$1$2");
    let shown = OPEN_REFERENCE.replace(&shown, "$1$2");
    let shown = CLOSE_REFERENCE.replace(&shown, "$1$2");
    // A mark escaped to print as itself ("L\. Grover", "\*"): the
    // backslash is not printed.
    static ESCAPED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\\([^\sA-Za-z0-9])").expect("valid"));
    ESCAPED.replace_all(&shown, "$1").trim_end().to_owned()
}

/// Decodes text bytes to a `String` (BOM-aware, UTF-8, then Windows-1252).
pub(crate) fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(binary());
        }
        return check_not_binary(text.into_owned());
    }
    if bytes.contains(&0) {
        return Err(binary());
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    };
    check_not_binary(text)
}

fn binary() -> FileError {
    FileError::new(
        ErrorCode::BinaryFile,
        "a binary file, not a resume format this tool reads; save the resume as PDF, DOCX or plain text",
    )
}

/// Rejects text that is mostly control characters (binary junk that happened
/// to decode).
fn check_not_binary(text: String) -> Result<String, FileError> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')) {
            control += 1;
        }
    }
    if total > 0 && control * 10 > total {
        return Err(binary());
    }
    Ok(text)
}

/// Splits on `\n`, `\r\n` and lone `\r`, keeping empty lines so that line
/// numbers match the file.
pub(crate) fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// Byte offset where each line of [`split_lines`] starts in `text`.
pub(crate) fn line_starts(text: &str) -> Vec<usize> {
    split_lines(text)
        .iter()
        .map(|line| line.as_ptr() as usize - text.as_ptr() as usize)
        .collect()
}

/// 0-based index of the line holding byte `offset`, given [`line_starts`].
pub(crate) fn line_index(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines an extraction of `src` shows.
    fn texts_of(src: &str) -> Vec<String> {
        let doc = extract(src.as_bytes()).expect("text");
        doc.lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn an_html_page_shows_its_body_s_text_as_a_browser_flows_it() {
        let page = "<!DOCTYPE html>\n<html>\n<head>\n<title>Frank resume</title>\n<meta name=\"keywords\" content=\"Docker, Kubernetes\">\n</head>\n<body>\n<h2>Francis Refol</h2>\n<table><tr><td>QA&nbsp;Manager, R&amp;D &amp;lt;QA&amp;gt;</td>\n<td>Jul 2022&ndash;Aug 2024</td></tr></table>\n<div class=\"company\"><a href=\"https://x.example\"\n target=\"_blank\">Helix\nSoftware</a> | Edison, NJ</div>\n<ul>\n<li>\n<b>Led</b> the tests of\nfour releases.</li>\n</ul>\n<p>Education</p>\n</body></html>\n";
        let d = extract_named(page.as_bytes(), Some(std::path::Path::new("index.html")))
            .expect("reads");
        let got: Vec<(u32, &str)> = d
            .lines
            .iter()
            .map(|l| (l.source_line, l.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (8, "Francis Refol"),
                (9, "QA Manager, R&D &lt;QA&gt;"),
                (10, "Jul 2022–Aug 2024"),
                (12, "Helix Software | Edison, NJ"),
                (15, "• Led the tests of four releases."),
                (19, ""),
                (19, "Education"),
            ]
        );
    }

    #[test]
    fn decode_handles_boms_utf8_and_windows_1252() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("utf-8", "Zoë – Go".as_bytes(), "Zoë – Go"),
            ("utf-8 bom", b"\xEF\xBB\xBFJane", "Jane"),
            ("utf-16le bom", b"\xFF\xFEJ\0a\0n\0e\0", "Jane"),
            ("utf-16be bom", b"\xFE\xFF\0J\0a\0n\0e", "Jane"),
            (
                "windows-1252",
                b"Caf\xE9 \x96 \x93quoted\x94",
                "Café – “quoted”",
            ),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(*want), "{name}");
        }
    }

    #[test]
    fn decode_rejects_binary() {
        let err = decode(b"PK\0\0\x01\x02garbage").expect_err("NUL bytes");
        assert_eq!(err.code, ErrorCode::BinaryFile);
        let junk: Vec<u8> = (0u8..32).cycle().take(400).filter(|b| *b != 0).collect();
        assert_eq!(
            decode(&junk).map_err(|e| e.code),
            Err(ErrorCode::BinaryFile)
        );
    }

    #[test]
    fn an_asciidoc_table_prints_its_cells_apart() {
        let src = "== Work experience\n\n=== TL, big data (10/2017 - present)\n[cols=\"1,3\"]\n|===\n|Employer |Adswizz\n|Position held |Senior Developer\n2+a|\nMain activities:\n\n* Coordinate a team\n|===\n";
        let read = asciidoc_read(&split_lines(src), false);
        assert_eq!(
            read,
            [
                "Work experience",
                "",
                "TL, big data (10/2017 - present)",
                "",
                "",
                "Employer  Adswizz",
                "Position held  Senior Developer",
                "",
                "Main activities:",
                "",
                "* Coordinate a team",
                "",
            ]
        );
    }

    #[test]
    fn asciidoctor_titles_attributes_and_breaks_are_read_as_printed() {
        let src = ":nofooter:\n:pdf-theme: theme.yml\n\n= Jane Doe\n\n*jane@example.com* +\n\
                   *https://github.com/jd[github.com/jd]*\n\n== Work History\n\n\
                   === Engineer, Acme Inc.\n\n_May 2021 - October 2023_\n[.lead]\n// a comment\n\
                   ----\ncode\n----\nimage::logo.png[]\n";
        let lines = split_lines(src);
        assert!(is_asciidoc(&lines));
        let read = asciidoc_read(&lines, false);
        assert_eq!(read.len(), lines.len());
        assert_eq!(read[..4], ["", "", "", "Jane Doe"]);
        assert_eq!(read[5], "jane@example.com");
        assert_eq!(read[6], "github.com/jd");
        assert_eq!(read[8], "Work History");
        assert_eq!(read[10], "Engineer, Acme Inc.");
        assert_eq!(read[12], "May 2021 - October 2023");
        // A double hyphen between spaces is an em dash.
        let dashed = asciidoc_read(
            &split_lines("= Jane Doe\n\n=== PUC-RJ -- Rio de Janeiro, RJ\n"),
            false,
        );
        assert_eq!(dashed[2], "PUC-RJ — Rio de Janeiro, RJ");
        assert_eq!(read[13..], ["", "", "", "code", "", ""]);
        // A comment block between "////" lines, and a comment run against
        // its slashes ("//[cols=2]"), print nothing.
        let src = ":lang: fr\n= Jane Doe\n\nName::\n    Jane\n////\nTéléphone::\n    06.13.84.54.33\n////\n//[cols=2]\n== Work\n";
        let read = asciidoc_read(&split_lines(src), false);
        assert_eq!(read[5..10], ["", "", "", "", ""], "{read:?}");
        assert_eq!(read[10], "Work");
        // An inline image prints no text, its attributes neither; nor does
        // one behind an address.
        let src = "= Jane Doe\n\nimage:tahoe.jpg[]\n\nimage:apl.jpg[APL,100,100] \
                   image:https://x.example/sts61.jpg[ST,70,100]\nSee image:icon.png[] here.\n";
        let read = asciidoc_read(&split_lines(src), false);
        assert_eq!(read[2], "");
        assert_eq!(read[4].trim(), "");
        assert_eq!(read[5], "See  here.");
        // Two "=" lines without an attribute are not enough: a plain text's
        // banner ("== Notes ==") stays as it is.
        assert!(!is_asciidoc(&split_lines(
            "== Notes ==\nJane\n== More ==\n"
        )));
    }

    #[test]
    fn restructured_text_field_lists_and_references_read_as_rendered() {
        let src = "Jane Doe\n--------\n\n:Email: jane@example.com\n\nPositions Held\n==============\n\n\
                   :2022: Engineer, `Speedscale`_. Built the `cloud service <https://x.example>`_ with Flask_.\n\n\
                   * Wrote **fast** code in ``Rust``.\n\n.. _Speedscale: https://speedscale.example\n";
        let lines = split_lines(src);
        assert!(is_rst(&lines));
        let texts = texts_of(src);
        assert_eq!(texts[3], "Email: jane@example.com");
        assert_eq!(
            texts[8],
            "2022: Engineer, Speedscale. Built the cloud service with Flask."
        );
        assert_eq!(texts[10], "* Wrote fast code in Rust.");
        assert_eq!(texts[12], "");
        // An empty comment hides the block under it, blank lines and all;
        // strong text wrapped over two lines loses its marks.
        let src = "Jane Doe\n--------\n\nWork\n----\n\nJob in **Office National\nAérospatiales**, Toulouse.\n\n..\n   2009: Intern\n\n   Hidden job.\n\nShown again.\n\n.. _x: https://x.example\n";
        let texts = texts_of(src);
        assert_eq!(texts[6], "Job in Office National");
        assert_eq!(texts[7], "Aérospatiales, Toulouse.");
        assert!(texts[8..14].iter().all(String::is_empty), "{texts:?}");
        assert_eq!(texts[14], "Shown again.");
        // A reference wrapped over two lines loses its marks and target.
        let src = "Jane Doe\n--------\n\nWork\n----\n\n:2019-2021:\n  Engineer at the `Endless OS\n  Foundation <https://x.example/>`_ (previous Endless Mobile).\n";
        let doc = extract_named(src.as_bytes(), Some(Path::new("resume.rst"))).expect("reads");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[7], "  Engineer at the Endless OS");
        assert_eq!(texts[8], "  Foundation (previous Endless Mobile).");
        // A line block in a field's body prints its lines without their
        // bars, right after the field's name or indented under it.
        let src = "Jane Doe\n--------\n\nWork\n----\n\n:2012 : | **Engineer – Dacast – Paris (75)**\n        | Built the API.\n        |\n";
        let doc = extract_named(src.as_bytes(), Some(Path::new("resume.rst"))).expect("reads");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[6], "2012 : Engineer – Dacast – Paris (75)");
        assert_eq!(texts[7], "        Built the API.");
        assert_eq!(texts[8], "");
        // Markdown's underlined titles alone are no reStructuredText.
        assert!(!is_rst(&split_lines(
            "Jane Doe\n========\n\nWork\n----\n\nAcme_Corp, `code` here\n"
        )));
    }

    #[test]
    fn asciidoc_text_is_read_as_its_page_shows_it() {
        let src = "[[jane-doe]]\nJane Doe\n--------\n\n[[experience]]\nExperience\n~~~~~~~~~~\n\n\
                   *Senior Developer* at http://acme.example[Acme Corp]\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n\
                   _June 2011 - February 2013_ (1 year 9 months)\n\
                   * Email: mailto:jane@example.com[jane@example.com]\n\
                   Built *10* tools in my_snake_case and 2*3*4 ways^†^\n\
                   Nuclear Technician at http://navy.example/a/[US\nNavy]\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            vec![
                "",
                "Jane Doe",
                "",
                "",
                "",
                "Experience",
                "",
                "",
                "Senior Developer at Acme Corp",
                "",
                "",
                "June 2011 - February 2013 (1 year 9 months)",
                "* Email: jane@example.com",
                "Built 10 tools in my_snake_case and 2*3*4 ways†",
                "Nuclear Technician at US Navy",
                "",
                "",
            ]
        );
    }

    #[test]
    fn restructured_text_titles_and_line_blocks_read_as_printed() {
        let src = ".. options=latex\n   no-footer\n==========\n Jane Doe\n==========\n\n| 12 Elm St\n| Lincoln, NE 68521\n\n\
                   Experience\n==========\n\nAcme Corp\n---------\n\nEngineer\n~~~~~~~~\n\
                   April 2018 - Present\n";
        let doc = extract(src.as_bytes()).expect("text");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.trim()).collect();
        assert_eq!(
            texts,
            vec![
                "",
                "",
                "",
                "Jane Doe",
                "",
                "",
                "12 Elm St",
                "Lincoln, NE 68521",
                "",
                "Experience",
                "",
                "",
                "Acme Corp",
                "",
                "",
                "Engineer",
                "",
                "April 2018 - Present",
            ]
        );
    }

    #[test]
    fn a_file_named_rst_is_restructured_text_without_its_marks() {
        // Underlined titles and strong text, but no hyperlink target or
        // field list: the name says how it is written.
        let src = "THOMAS FAULKNER\n===============\n\nWORK EXPERIENCE\n---------------\n\nRiverstone Software\n\n  2017 - present\n\n  **Software Engineer**\n";
        let named = extract_named(src.as_bytes(), Some(std::path::Path::new("cv/resume.rst")))
            .expect("text");
        let texts: Vec<&str> = named.lines.iter().map(|l| l.text.trim()).collect();
        assert_eq!(texts[1], "", "an underline is not printed");
        assert_eq!(texts[10], "Software Engineer");
        let plain =
            extract_named(src.as_bytes(), Some(std::path::Path::new("resume.txt"))).expect("text");
        assert_eq!(plain.lines[10].text.trim(), "**Software Engineer**");
    }

    #[test]
    fn restructured_text_s_grid_tables_print_cell_by_cell_and_escapes_as_their_marks() {
        let src = "Employment History\n==================\n\n\
                   +------------------------+-----------------------------+\n\
                   | L\\. Grover, individual | Maintain computer systems   |\n\
                   |   Sep 2004 through     +-----------------------------+\n\
                   |   May 2005             | Develop process for         |\n\
                   |                        | tracking references         |\n\
                   +------------------------+-----------------------------+\n";
        let doc = extract_named(src.as_bytes(), Some(Path::new("resume.rst"))).expect("text");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.trim()).collect();
        // The lines a cell's paragraphs add are numbered by the row they
        // print: the dates under the employer's line, the duty beside it.
        let numbers: Vec<u32> = doc.lines.iter().map(|l| l.source_line).collect();
        assert_eq!(numbers[4..8], [5, 6, 6, 6]);
        assert_eq!(
            texts[3..],
            [
                "",
                "L. Grover, individual",
                "Sep 2004 through May 2005",
                "",
                "Maintain computer systems",
                "",
                "Develop process for tracking references",
                "",
                ""
            ]
        );
    }

    #[test]
    fn org_mode_s_forced_breaks_and_a_line_set_in_italics_print_their_words() {
        let src = "#+TITLE: Gene Kao\n#+OPTIONS: toc:nil\n* Work Experience\n** 02/2017 - 07/2018:\n*Software Developer / Project Engineer* \\\\\n/Ed. Züblin AG / Strabag AG, Germany/\n";
        assert_eq!(
            texts_of(src),
            vec![
                "Gene Kao",
                "",
                "Work Experience",
                "02/2017 - 07/2018:",
                "Software Developer / Project Engineer",
                "Ed. Züblin AG / Strabag AG, Germany",
            ]
        );
        // "#+HTML:" lines print their markup's text, as the HTML export
        // does; "#+HTML_HEAD:" prints nothing.
        let src = "#+TITLE: Jane Doe\n#+HTML_HEAD: <link rel=\"stylesheet\" href=\"x.css\" />\n#+HTML: <h2 id=\"title\">WEB DEVELOPER</h2>\n* Experience\n** Software Engineer, Acme\n#+HTML: <b>Dec 2020 - present</b>\n";
        assert_eq!(
            texts_of(src),
            vec![
                "Jane Doe",
                "",
                "WEB DEVELOPER",
                "Experience",
                "Software Engineer, Acme",
                "Dec 2020 - present",
            ]
        );
    }

    #[test]
    fn org_mode_is_read_as_its_exported_page_shows_it() {
        let src = "#+TITLE: Jane Doe\n#+OPTIONS: toc:nil\n#+begin_export html\n<script>\nga('send');\n</script>\n\
                   <a href=\"mailto:jane@example.com\">jane@example.com</a>\n#+end_export\n\
                   * Professional experience\n** - acme\n  :PROPERTIES:\n  :CLASS: job\n  :END:\n\
                   \x20 - [[https://acme.example][Acme Corp]]\n  - *Senior Developer*\n  - Since Nov 2018\n\
                   # a comment\n#+begin_src sh\nmake all\n#+end_src\n";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            vec![
                "Jane Doe",
                "",
                "",
                "",
                "",
                "",
                "jane@example.com",
                "",
                "Professional experience",
                "acme",
                "",
                "",
                "",
                "- Acme Corp",
                "- Senior Developer",
                "- Since Nov 2018",
                "",
                "",
                "",
                "",
            ]
        );
    }

    #[test]
    fn org_8_s_html_and_latex_blocks_print_their_text() {
        // Before `#+begin_export`: `#+BEGIN_HTML` prints the markup's text,
        // `#+BEGIN_LATEX` the LaTeX's words, a fill two spaces, an
        // environment's bounds and lengths nothing.
        let src = "#+OPTIONS: toc:nil\n#+BEGIN_HTML\n<h1>Curriculum Vitae</h1>\n#+END_HTML\n#+BEGIN_LATEX\n\\begin{flushleft}\n\
                   \x20 \\bfseries\\Large Curriculum Vitae\\hfill Andrej Lamov\\normalfont\n\\end{flushleft}\n\
                   \\vspace{-12pt}%\n  414 81 Gothenburg\\\\\n#+END_LATEX\n* Education\n";
        assert_eq!(
            texts_of(src),
            vec![
                "",
                "",
                "Curriculum Vitae",
                "",
                "",
                "",
                "Curriculum Vitae  Andrej Lamov",
                "",
                "",
                "414 81 Gothenburg",
                "",
                "Education",
            ]
        );
    }

    #[test]
    fn an_org_table_prints_its_cells_without_its_rules_and_marks() {
        let src = "#+TITLE: Resume\n#+OPTIONS: num:nil\n| / | <r> | <l> |\n|   | Name | K. C. Juntunen |\n\
                   |---+------+-----|\n| # | Email | kc@example.com |\n* Experience\n";
        assert_eq!(
            texts_of(src),
            vec![
                "Resume",
                "",
                "",
                "Name  K. C. Juntunen",
                "",
                "Email  kc@example.com",
                "Experience"
            ]
        );
    }

    #[test]
    fn an_org_latex_line_prints_what_its_commands_hold_and_italics_lose_their_marks() {
        // Italics between slashes lose their marks; a path keeps its.
        let src = "#+TITLE:\n#+OPTIONS: toc:nil\n#+LaTeX: {\\huge Brian Peck} \\\\\n#+LaTeX: \\vspace{2em}\n* Education\n- /Master of Science/, USC, 2014 in /usr/local/\n";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            vec![
                "",
                "",
                "Brian Peck",
                "",
                "Education",
                "- Master of Science, USC, 2014 in /usr/local/"
            ]
        );
    }

    #[test]
    fn an_org_line_with_latex_prints_as_the_latex_export_does() {
        // `title:nil` prints no title block; a command's arguments are
        // fields apart; escaped marks print; a comment does not.
        let src = "#+TITLE: Complete Resumé\n#+AUTHOR: Marius Peter\n#+OPTIONS: title:nil toc:nil\n\
                   * Work\n** {Nov. 2019--Pres.}{Systems Test Engineer}{Safran Passenger Solutions, Los Angeles}\n\
                   - Water \\& waste systems \\textbullet\\ rigs % hidden\n- Fluid Mechanics \\textbullet\\\n- Plain line, 100% kept\n";
        assert_eq!(
            texts_of(src),
            vec![
                "",
                "",
                "",
                "Work",
                "Nov. 2019--Pres. | Systems Test Engineer | Safran Passenger Solutions, Los Angeles",
                "- Water & waste systems • rigs",
                "- Fluid Mechanics •",
                "- Plain line, 100% kept",
            ]
        );
    }

    #[test]
    fn org_macros_are_expanded_as_the_export_does() {
        let src = "#+TITLE: CV\n#+AUTHOR: Jane Doe\n#+Phone: (650) 555-0100\n\
                   #+MACRO: right-align @@latex:\\hfill @@@@html:<span class=r>@@$1@@html:</span>@@\n\
                   #+MACRO: loop {{{loop($1)}}}\n\
                   #+MACRO: m1 {{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}{{{m0}}}\n\
                   #+MACRO: m2 {{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}{{{m1}}}\n\
                   #+MACRO: m3 {{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}{{{m2}}}\n\
                   #+MACRO: m4 {{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}{{{m3}}}\n\
                   #+MACRO: m5 {{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}{{{m4}}}\n\
                   #+MACRO: m6 {{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}{{{m5}}}\n\
                   #+MACRO: m7 {{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}{{{m6}}}\n\
                   * {{{author}}}\n| phone | {{{keyword(Phone)}}} |\n\
                   ** Director {{{right-align(Waterford School\\, 2019--Present)}}} :job:\n\
                   {{{unknown(kept)}}} {{{loop(x)}}}end {{{open\n\
                   {{{m7(x)}}}done";
        let texts = texts_of(src);
        assert_eq!(
            texts[12..],
            [
                "Jane Doe",
                "phone  (650) 555-0100",
                "Director   Waterford School, 2019--Present",
                "kept end {{{open",
                "done",
            ]
        );
    }

    #[test]
    fn an_org_header_kept_in_an_included_file_is_the_page_s() {
        // The macros a header uses are defined in a file the resume
        // includes; a macro named like a built-in ("EMAIL") is the user's;
        // a brace before a call ("{{{{FULL}}} }") is LaTeX's.
        let dir = tempfile::tempdir().expect("tempdir");
        let cv = dir.path().join("cv");
        std::fs::create_dir(&cv).expect("mkdir");
        std::fs::write(
            cv.join("personal-info.org"),
            "#+MACRO: FIRST Marc\n#+MACRO: FULL {{{FIRST}}} Corrales\n\
             #+MACRO: EMAIL marc@example.org\n#+INCLUDE: \"resume.org\"\n",
        )
        .expect("write");
        std::fs::write(
            dir.path().join("secret.org"),
            "#+MACRO: FULL Someone Else\n",
        )
        .expect("write");
        std::fs::write(
            cv.join("setup.org"),
            "#+MACRO: PHONE +34 667 878 228\nNot text.\n",
        )
        .expect("write");
        let src = "#+OPTIONS: toc:nil\n#+INCLUDE: ../secret.org\n#+INCLUDE: personal-info.org\n\
                   #+SETUPFILE: setup.org\n#+INCLUDE: \"code.py\" src python\n\
                   #+INCLUDE: missing.org\n\
                   \\resheader{{{{FULL}}} }{ {{{EMAIL}}} }{ {{{PHONE}}} }\n* Experience\n";
        let path = cv.join("resume.org");
        std::fs::write(&path, src).expect("write");
        let doc = extract_at(src.as_bytes(), Some(&path), None, 1 << 20).expect("reads");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        let header = "Marc Corrales | marc@example.org | +34 667 878 228";
        assert!(texts.contains(&header), "{texts:?}");
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("Someone") || t.contains("Not text"))
        );
        // Each line keeps its file and line: the header is line 7 of the
        // resume, the included macros lines of personal-info.org.
        let at = doc.lines.iter().find(|l| l.text == header).expect("header");
        assert_eq!((at.source_file, at.source_line), (0, 7));
        let first = &doc.sources[usize::from(doc.lines[3].source_file)];
        assert!(first.path.ends_with("personal-info.org"), "{}", first.path);
        // What was not read is said, and why: outside the folder, the
        // resume including itself again, a file not there.
        assert_eq!(doc.unread.len(), 3, "{:?}", doc.unread);
        assert!(doc.unread[0].contains("../secret.org on line 2: outside the resume's folder"));
        assert!(
            doc.unread[1].contains("is already being read"),
            "{:?}",
            doc.unread
        );
        assert!(doc.unread[2].contains("no such file"), "{:?}", doc.unread);
        // Read without a path (standard input), nothing is brought in.
        let alone = extract_at(src.as_bytes(), None, None, 1 << 20).expect("reads");
        assert!(alone.sources.is_empty());
        assert!(!alone.lines.iter().any(|l| l.text.contains("Marc")));
    }

    #[test]
    fn asciidoc_and_rst_includes_bring_in_the_files_they_name() {
        // A resume whose jobs are kept in files it includes, as Org's do:
        // each line keeps its file and line; a file outside the folder, a
        // file not there and docutils' own files are not read, and what is
        // not read is said.
        let dir = tempfile::tempdir().expect("tempdir");
        let cv = dir.path().join("cv");
        std::fs::create_dir(&cv).expect("mkdir");
        std::fs::write(
            cv.join("work.adoc"),
            "=== Principal Architect\n****\nParsec Labs\n****\n",
        )
        .expect("write");
        std::fs::write(dir.path().join("secret.adoc"), "Someone Else\n").expect("write");
        let src = "= Dan Mack\n\n== Experience\n\ninclude::work.adoc[leveloffset=+1]\n\
                   include::../secret.adoc[]\ninclude::missing.adoc[]\n\n<<<\n'''\n";
        let path = cv.join("resume.adoc");
        std::fs::write(&path, src).expect("write");
        let doc = extract_at(src.as_bytes(), Some(&path), None, 1 << 20).expect("reads");
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        let at = doc
            .lines
            .iter()
            .find(|l| l.text == "Principal Architect")
            .expect("the included job");
        assert_eq!((at.source_line, at.level), (1, 3));
        assert!(
            doc.sources[usize::from(at.source_file)]
                .path
                .ends_with("work.adoc")
        );
        assert!(texts.contains(&"Parsec Labs"), "{texts:?}");
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("Someone") || t.contains("<<<") || t.contains("'''"))
        );
        assert_eq!(doc.unread.len(), 2, "{:?}", doc.unread);
        assert!(doc.unread[0].contains("include::../secret.adoc[] on line 6: outside"));
        assert!(doc.unread[1].contains("no such file"), "{:?}", doc.unread);

        std::fs::write(cv.join("jobs.rst"), "Parsec Labs\n-----------\n").expect("write");
        std::fs::write(cv.join("code.py"), "secret = 1\n").expect("write");
        let src = "Dan Mack\n========\n\n.. include:: jobs.rst\n   :start-line: 0\n\
                   .. include:: <isonum.txt>\n.. include:: code.py\n   :literal:\n";
        let path = cv.join("resume.rst");
        std::fs::write(&path, src).expect("write");
        let doc = extract_at(src.as_bytes(), Some(&path), None, 1 << 20).expect("reads");
        let at = doc
            .lines
            .iter()
            .find(|l| l.text == "Parsec Labs")
            .expect("the included heading");
        assert!(
            doc.sources[usize::from(at.source_file)]
                .path
                .ends_with("jobs.rst")
        );
        assert!(doc.unread.is_empty(), "{:?}", doc.unread);
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            !texts.iter().any(|t| t.contains("secret")
                || t.contains(":literal:")
                || t.contains("start-line")),
            "{texts:?}"
        );
        // Read without a path (standard input), nothing is brought in.
        let alone = extract_at(src.as_bytes(), None, None, 1 << 20).expect("reads");
        assert!(!alone.lines.iter().any(|l| l.text.contains("Parsec")));
    }

    #[test]
    fn asciidoc_attribute_references_print_their_values() {
        let src = "= Jason Felice\n:email: jason@example.com\n:github: jf\n:site: https://{github}.dev\n\n\
                   * {email}\n* GitHub https://github.com/{github}[{github}]\n* {site}\n\
                   * {unknown} a{nbsp}b\n:email!:\n{email}\n";
        let lines = split_lines(src);
        let read = asciidoc_read(&lines, false);
        assert_eq!(
            read[5..],
            [
                "* jason@example.com",
                "* GitHub jf",
                "* https://jf.dev",
                "* {unknown} a b",
                "",
                "{email}"
            ]
        );
    }

    #[test]
    fn plain_text_with_dashes_under_headings_is_not_asciidoc() {
        let src = "Jane Doe\n--------\nExperience\n----------\n*Senior* at http://x.example[Acme]";
        let doc = extract(src.as_bytes()).expect("text");
        assert_eq!(doc.lines[1].text, "--------");
        assert_eq!(doc.lines[4].text, "*Senior* at http://x.example[Acme]");
    }

    #[test]
    fn split_lines_keeps_numbering_for_all_line_endings() {
        assert_eq!(split_lines("a\r\nb\rc\n\nd"), vec!["a", "b", "c", "", "d"]);
        assert_eq!(split_lines("a\n"), vec!["a"]);
        assert!(split_lines("").is_empty());
    }
}
