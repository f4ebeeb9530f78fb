//! Typst: markup stripped the way the page shows it, line numbers kept.
//!
//! In: bytes of a `.typ` file. Out: a [`Document`] with exactly one line per
//! source line, so that every finding points at the source. The file is
//! parsed by `typst-syntax` (the Typst compiler's own parser, which bounds
//! its nesting) and nothing is evaluated: there are no packages, fonts or
//! files to fetch, and a template's functions are not run.
//!
//! What shows:
//! - markup text, with escapes, shorthands (`--` is "–", `~` a space) and
//!   raw text; a list or enumeration item starts with `• `, which makes it
//!   a bullet for the segmenter; a heading keeps its text (the segmenter
//!   decides which are section headings); a term item is "Term: text";
//! - a function call's content (`#align(right)[…]`, `#grid([a], [b])`) and,
//!   for a template's own functions, the text of its arguments:
//!   `#work(title: "Engineer", company: "Acme")` shows "Engineer | Acme",
//!   the bar standing for where the template sets them apart; a start and
//!   an end (`start-date: "May 2024", end-date: "Present"`) are joined by a
//!   dash, as a range;
//! - the arguments a template takes in a show rule
//!   (`#show: resume.with(author: "Jane Doe", email: "…")`), which is where
//!   such templates put the name and contact details, with the values of a
//!   dictionary among them (`author: (firstname: "Jane", lastname: "Doe")`
//!   shows "Jane Doe" on the first name's line);
//! - `#link("…")[label]` shows its label (or its address without `mailto:`
//!   or `tel:`), and its address is one of the document's links;
//! - `#h(1fr)`, the gap that pushes a date to the right margin, is a bar.
//!
//! What does not: comments, `#let`, `#set`, `#import`, code blocks, labels
//! and references, pictures, drawn lines and icons, arguments that set a
//! style (`font: "…"`, `fill: …`), and a variable's value (`#name`), which
//! would need the code run.

use typst_syntax::{SyntaxKind, SyntaxNode, ast};

use crate::extract::text::{decode, line_index, line_starts};
use crate::extract::{Document, FileError};

/// Calls deeper than this are not walked: a bound for the walk's stack
/// beside the parser's own nesting bound.
const MAX_DEPTH: usize = 512;

/// Calls that draw, place a picture, read a file or compute: no text of
/// theirs is on the page.
const NOT_TEXT: &[&str] = &[
    "image",
    "v",
    "line",
    "pagebreak",
    "colbreak",
    "circle",
    "ellipse",
    "square",
    "polygon",
    "path",
    "curve",
    "read",
    "json",
    "yaml",
    "toml",
    "csv",
    "xml",
    "cbor",
    "bibliography",
    "counter",
    "state",
    "query",
    "metadata",
    "numbering",
    "datetime",
    "measure",
    "layout",
    "locate",
    "here",
    "lorem",
    "str",
    "repr",
    "type",
    "label",
];

/// Words in a named argument's name that say it sets a style, not text.
const STYLE_KEYS: &[&str] = &[
    "color",
    "colour",
    "font",
    "size",
    "paper",
    "lang",
    "region",
    "margin",
    "spacing",
    "weight",
    "fill",
    "stroke",
    "width",
    "height",
    "inset",
    "outset",
    "radius",
    "gutter",
    "columns",
    "rows",
    "align",
    "numbering",
    "theme",
    "style",
    "leading",
    "tracking",
    "format",
    "icon",
    "photo",
    "image",
    "logo",
    "path",
    "file",
    "accent",
    "justify",
    "dir",
    "kind",
    "supplement",
    "show",
    "hide",
    "template",
];

/// Strips Typst markup and keeps each piece of text on its source line.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let source = decode(bytes)?;
    let (lines, links) = strip(&source);
    Ok(super::document(source, lines, links))
}

/// One plain-text line per source line, and the links' addresses.
pub fn strip(source: &str) -> (Vec<String>, Vec<String>) {
    let starts = line_starts(source);
    let mut w = Writer {
        starts: &starts,
        lines: vec![String::new(); starts.len()],
        bullet: vec![false; starts.len()],
        links: Vec::new(),
    };
    let root = typst_syntax::parse(source);
    w.markup(&root, 0, 0);
    let lines = w
        .lines
        .iter()
        .zip(&w.bullet)
        .map(|(line, bullet)| {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let line = line.trim_matches(|c| c == '|' || c == ' ');
            if *bullet && !line.is_empty() {
                format!("• {line}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    (lines, w.links)
}

struct Writer<'a> {
    starts: &'a [usize],
    lines: Vec<String>,
    bullet: Vec<bool>,
    links: Vec<String>,
}

/// The children of `node` with their byte offsets in the source.
fn children(node: &SyntaxNode, offset: usize) -> impl Iterator<Item = (&SyntaxNode, usize)> {
    node.children().scan(offset, |at, child| {
        let start = *at;
        *at += child.len();
        Some((child, start))
    })
}

impl Writer<'_> {
    /// Appends `text` to the line holding byte `offset`.
    fn put(&mut self, offset: usize, text: &str) {
        let i = line_index(self.starts, offset);
        if let Some(line) = self.lines.get_mut(i) {
            line.push_str(&text.replace(['\n', '\r'], " "));
        }
    }

    /// Sets the next part of a call apart from what its line already holds.
    fn sep(&mut self, offset: usize, sep: &str) {
        let i = line_index(self.starts, offset);
        if let Some(line) = self.lines.get_mut(i)
            && !line.trim().is_empty()
            && !line.trim_end().ends_with('|')
        {
            line.push_str(sep);
        }
    }

    fn markup(&mut self, node: &SyntaxNode, offset: usize, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let mut after_hash = false;
        for (child, at) in children(node, offset) {
            if std::mem::take(&mut after_hash) {
                self.code(child, at, depth + 1);
                continue;
            }
            match child.kind() {
                SyntaxKind::Hash => after_hash = true,
                SyntaxKind::Text | SyntaxKind::SmartQuote | SyntaxKind::MathText => {
                    self.put(at, child.leaf_text());
                }
                SyntaxKind::Space => self.put(at, " "),
                SyntaxKind::Escape => {
                    if let Some(e) = child.cast::<ast::Escape<'_>>() {
                        self.put(at, e.get().encode_utf8(&mut [0; 4]));
                    }
                }
                SyntaxKind::Shorthand => {
                    if let Some(s) = child.cast::<ast::Shorthand<'_>>() {
                        match s.get() {
                            '\u{ad}' => {}
                            '\u{a0}' => self.put(at, " "),
                            c => self.put(at, c.encode_utf8(&mut [0; 4])),
                        }
                    }
                }
                SyntaxKind::Link => {
                    let url = child.leaf_text().to_string();
                    self.put(at, &url);
                    self.link(url);
                }
                SyntaxKind::ListItem | SyntaxKind::EnumItem => {
                    let i = line_index(self.starts, at);
                    if let Some(b) = self.bullet.get_mut(i) {
                        *b = true;
                    }
                    self.markup(child, at, depth + 1);
                }
                SyntaxKind::Colon if node.kind() == SyntaxKind::TermItem => self.put(at, ": "),
                SyntaxKind::Raw => {
                    for (line, at) in children(child, at) {
                        if line.kind() == SyntaxKind::Text {
                            self.put(at, line.leaf_text());
                        }
                    }
                }
                SyntaxKind::Markup
                | SyntaxKind::Strong
                | SyntaxKind::Emph
                | SyntaxKind::Heading
                | SyntaxKind::TermItem
                | SyntaxKind::ContentBlock
                | SyntaxKind::Equation
                | SyntaxKind::Math => self.markup(child, at, depth + 1),
                _ => {}
            }
        }
    }

    /// An expression embedded in markup (after `#`) or an argument's value.
    fn code(&mut self, node: &SyntaxNode, offset: usize, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match node.kind() {
            SyntaxKind::FuncCall => self.call(node, offset, depth),
            SyntaxKind::ContentBlock => self.markup(node, offset, depth + 1),
            SyntaxKind::Str => {
                if let Some(s) = node.cast::<ast::Str<'_>>() {
                    self.put(offset, &s.get());
                }
            }
            SyntaxKind::Array | SyntaxKind::Parenthesized => {
                for (item, at) in children(node, offset) {
                    if matches!(
                        item.kind(),
                        SyntaxKind::Str | SyntaxKind::ContentBlock | SyntaxKind::FuncCall
                    ) {
                        self.sep(at, " | ");
                        self.code(item, at, depth + 1);
                    }
                }
            }
            SyntaxKind::ShowRule => {
                // `#show: resume.with(author: "…")`: a template's arguments.
                if let Some((call, at)) = children(node, offset)
                    .filter(|(c, _)| c.kind() == SyntaxKind::FuncCall)
                    .last()
                {
                    self.call(call, at, depth + 1);
                }
            }
            // Variables, fields, code blocks, bindings, rules, imports,
            // conditions and loops would need the code run.
            _ => {}
        }
    }

    fn call(&mut self, node: &SyntaxNode, offset: usize, depth: usize) {
        let mut parts = children(node, offset);
        let Some((callee, _)) = parts.next() else {
            return;
        };
        let name = callee.full_text();
        let last = name.rsplit('.').next().unwrap_or("");
        // `resume.with(…)`: the function's name is before `.with`.
        let last = if last == "with" {
            name.trim_end_matches(".with")
                .rsplit('.')
                .next()
                .unwrap_or("")
        } else {
            last
        };
        let lower = last.to_ascii_lowercase();
        if NOT_TEXT.contains(&lower.as_str())
            || lower.contains("icon")
            || lower.starts_with("fa-")
            || name.starts_with("fa.")
            || name.starts_with("sym.")
            || name.starts_with("calc.")
        {
            return;
        }
        let Some((args, args_at)) = parts.find(|(c, _)| c.kind() == SyntaxKind::Args) else {
            return;
        };
        match lower.as_str() {
            "h" => {
                let fr = args.full_text().contains("fr");
                self.put(args_at, if fr { " | " } else { " " });
                return;
            }
            "link" => {
                let dest = children(args, args_at)
                    .find_map(|(a, _)| a.cast::<ast::Str<'_>>())
                    .map(|s| s.get().to_string());
                let content =
                    children(args, args_at).any(|(a, _)| a.kind() == SyntaxKind::ContentBlock);
                if let Some(dest) = dest {
                    if !content {
                        let shown = dest
                            .strip_prefix("mailto:")
                            .or_else(|| dest.strip_prefix("tel:"))
                            .unwrap_or(&dest);
                        self.put(offset, shown);
                    }
                    self.link(dest);
                }
                for (a, at) in children(args, args_at) {
                    if a.kind() == SyntaxKind::ContentBlock {
                        self.markup(a, at, depth + 1);
                    }
                }
                return;
            }
            _ => {}
        }
        self.arguments(args, args_at, depth);
    }

    /// A template function's content and text arguments, or a dictionary's
    /// values (`author: (firstname: "Jane", lastname: "Doe", …)`), set
    /// apart; a first name and a last name make one name, on the first
    /// name's line.
    fn arguments(&mut self, args: &SyntaxNode, args_at: usize, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let mut start_like = false;
        let mut first_name: Option<usize> = None;
        for (arg, at) in children(args, args_at) {
            let (value, value_at, key) = match arg.kind() {
                SyntaxKind::Named => {
                    let mut named = children(arg, at);
                    let key = named
                        .next()
                        .map(|(k, _)| k.full_text().to_ascii_lowercase().to_string())
                        .unwrap_or_default();
                    let Some((value, value_at)) = named
                        .filter(|(c, _)| !c.kind().is_trivia() && c.kind() != SyntaxKind::Colon)
                        .last()
                    else {
                        continue;
                    };
                    if STYLE_KEYS.iter().any(|k| key.contains(k)) {
                        continue;
                    }
                    (value, value_at, key)
                }
                SyntaxKind::Str
                | SyntaxKind::ContentBlock
                | SyntaxKind::FuncCall
                | SyntaxKind::Array => (arg, at, String::new()),
                _ => continue,
            };
            let bare = key.replace(['-', '_'], "");
            if bare == "firstname" {
                first_name = Some(value_at);
            }
            if matches!(bare.as_str(), "lastname" | "surname" | "familyname")
                && let Some(first) = first_name
                && value.kind() == SyntaxKind::Str
            {
                self.put(first, " ");
                self.code(value, first, depth + 1);
                continue;
            }
            if value.kind() == SyntaxKind::Dict {
                self.arguments(value, value_at, depth + 1);
                continue;
            }
            let ends = key.starts_with("end") || key == "to" || key == "until";
            self.sep(value_at, if start_like && ends { " – " } else { " | " });
            start_like = key.starts_with("start") || key == "from";
            self.code(value, value_at, depth + 1);
        }
    }

    fn link(&mut self, url: String) {
        super::keep_link(&mut self.links, url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(src: &str) -> Vec<String> {
        let (lines, _) = strip(src);
        assert_eq!(lines.len(), src.lines().count().max(1), "{lines:#?}");
        lines
    }

    #[test]
    fn markup_keeps_source_lines_and_marks_list_items() {
        let src = "#set page(margin: 1cm)\n#let gap() = v(4pt)\n= Jane Doe\n// a comment\n== Experience\n*Rust Engineer* #h(1fr) 2021/04 -- 2023/02 \\\nEdge \\& Node #h(1fr) San Francisco, US\n- Cut costs by _30%_ with `Go`\n+ Led ~3 people\n/ Languages: English, French\n#gap()\n";
        let l = lines(src);
        assert_eq!(l[0], "", "set rule dropped");
        assert_eq!(l[1], "", "let binding dropped");
        assert_eq!(l[2], "Jane Doe");
        assert_eq!(l[3], "", "comment dropped");
        assert_eq!(l[4], "Experience");
        assert_eq!(l[5], "Rust Engineer | 2021/04 – 2023/02");
        assert_eq!(l[6], "Edge & Node | San Francisco, US");
        assert_eq!(l[7], "• Cut costs by 30% with Go");
        assert_eq!(l[8], "• Led 3 people");
        assert_eq!(l[9], "Languages: English, French");
        assert_eq!(l[10], "", "a call without text shows nothing");
    }

    #[test]
    fn links_show_their_label_and_are_kept() {
        let src = "#link(\"https://www.linkedin.com/in/jdoe/\")[LinkedIn] | #link(\"mailto:j@x.dev\") | https://jdoe.dev\n";
        let (l, links) = strip(src);
        assert_eq!(l[0], "LinkedIn | j@x.dev | https://jdoe.dev");
        assert_eq!(
            links,
            [
                "https://www.linkedin.com/in/jdoe/",
                "mailto:j@x.dev",
                "https://jdoe.dev"
            ]
        );
    }

    #[test]
    fn a_templates_arguments_show_their_text_and_not_their_style() {
        let src = r##"#import "@preview/basic-resume:0.2.8": *
#show: resume.with(
  author: "Jane Doe",
  location: "Halifax, NS",
  email: "jane@example.com",
  accent-color: "#26428b",
  font: "New Computer Modern",
)
#work(
  title: "Backend Developer",
  company: "Acme Corp",
  dates: dates-helper(start-date: "May 2021", end-date: "Present"),
)
- Built an API
#edu(institution: "Dalhousie University", degree: "B.Sc. Computer Science", dates: "2019")
#text(font: "Inter", fill: blue)[Plain words] #fa-icon("github") #image("me.png")
#grid(columns: 2, [*Skills*], [Rust, Go])
"##;
        let l = lines(src);
        assert_eq!(l[0], "", "import dropped");
        assert_eq!(l[2], "Jane Doe");
        assert_eq!(l[3], "Halifax, NS");
        assert_eq!(l[4], "jane@example.com");
        assert_eq!(l[5], "", "a colour is no text");
        assert_eq!(l[6], "", "a font is no text");
        assert_eq!(l[9], "Backend Developer");
        assert_eq!(l[10], "Acme Corp");
        assert_eq!(l[11], "May 2021 – Present");
        assert_eq!(l[13], "• Built an API");
        assert_eq!(
            l[14],
            "Dalhousie University | B.Sc. Computer Science | 2019"
        );
        assert_eq!(l[15], "Plain words", "style, icons and pictures dropped");
        assert_eq!(l[16], "Skills | Rust, Go");
        // A dictionary of the author's details: its values on their lines,
        // the first and last names as one.
        let l = lines(
            r#"#show: resume.with(
  author: (
    firstname: "Ashton",
    lastname: "Kemerling",
    email: "ashton@example.com",
    accent-color: "26428b",
  ),
)"#,
        );
        assert_eq!(l[2], "Ashton Kemerling");
        assert_eq!(l[3], "");
        assert_eq!(l[4], "ashton@example.com");
        assert_eq!(l[5], "", "a colour is no text");
    }

    #[test]
    fn broken_or_deeply_nested_source_does_not_panic() {
        for src in [
            "#work(title: \"unclosed",
            "*bold without end\n= \n#",
            &"#box[".repeat(5000),
            &"#f(".repeat(5000),
            &"(".repeat(100_000),
            &"- ".repeat(10_000),
        ] {
            let (lines, _) = strip(src);
            assert_eq!(lines.len(), src.lines().count().max(1));
        }
    }
}
