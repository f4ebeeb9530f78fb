//! Reading: tokens expanded and turned into the lines an ATS would see.
//!
//! In: the decoded main source, its path (to follow `\input`) and the size
//! limit. Out: the [`Document`], its lines placed on the file and line
//! their text came from, and every source read. Tokens come from a stack of
//! [`Lexer`]s (one for each file being read) and token lists (macro bodies,
//! tokens given back); the document's definitions are kept and expanded
//! within the budget, and includes followed within the depth and size
//! limits (the limits are in [`super`]). [`Output`] joins the text into
//! lines.
//!
//! Cuts no characters into tokens (the lexer does) and keeps no table of
//! what LaTeX's and the templates' macros mean ([`super::builtins`] does);
//! it reads no file but the ones `\input` and its kin name.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use unicode_normalization::UnicodeNormalization;

use super::builtins::Arg::{Link, Omit, Opt, OptTight, Rest, Star, Text, VerbText};
use super::builtins::{
    Arg, Builtin, EnvKind, Kind, LENGTHS, UNKNOWN, combining, core, env_kind, is_icon,
    label_hidden, number_kind, symbol, template,
};
use super::lexer::{K, Lexer, Tok, comment_start, count_breaks};
use super::{
    EXPANSION_BUDGET, EXPANSION_OVERHEAD, MAX_INCLUDE_DEPTH, MAX_NAME, MAX_OPEN_ENVS, MAX_OPTIONAL,
};
use crate::extract::text::decode;
use crate::extract::{
    Document, ErrorCode, FileError, Line, Origin, Source, line_number, read_input,
};

/// Reads a decoded LaTeX source, and with `path` the files it brings in
/// from inside `root` (by default the folder of `path`).
pub(super) fn read(
    text: String,
    path: Option<&Path>,
    root: Option<&Path>,
    max_size: u64,
) -> Result<Document, FileError> {
    let mut reader = Reader::new(path, root, max_size);
    let main = reader.add_source(
        path.map(|p| p.display().to_string()).unwrap_or_default(),
        text,
    )?;
    reader.push_file(main, false);
    reader.run()?;
    reader.out.flush();
    Ok(Document {
        lines: reader.out.lines,
        pages: None,
        hidden: Vec::new(),
        layout: None,
        sources: reader.sources,
        unread: reader.unread,
        links: reader.links,
        stated: Default::default(),
    })
}

/// The start and end of `\begin{document}` outside comments.
fn find_begin_document(text: &str) -> Option<(usize, usize)> {
    const NEEDLE: &str = "\\begin{document}";
    let mut offset = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let code = &line[..comment_start(line)];
        if let Some(i) = code.find(NEEDLE) {
            return Some((offset + i, offset + i + NEEDLE.len()));
        }
        offset += line.len();
    }
    None
}

/// TeX's ligatures of plain text: dashes and quotes.
fn tex_text(raw: &str) -> Cow<'_, str> {
    if !raw.contains(['-', '`', '\'']) {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(
        raw.replace("---", "—")
            .replace("--", "–")
            .replace("``", "“")
            .replace("''", "”")
            .replace('`', "‘"),
    )
}

/// A link as shown: escapes undone, line breaks as spaces.
fn verb_text(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| "%#_&~$".contains(*n)) => {}
            '\n' | '\r' | '\t' => s.push(' '),
            _ => s.push(c),
        }
    }
    s
}

// ---------------------------------------------------------------------------
// Output

/// The most words an entry's line may hold for the next source line of its
/// fields to join it (a field the source wrapped, not a paragraph).
const WRAPPED_WORDS: usize = 8;

/// The tokens (words, spaces, marks) of a field from which it is a
/// paragraph printed under the entry's line.
const PARAGRAPH_TOKENS: usize = 24;

/// The words of a field, on the entry's first line, that a field wrapped
/// after them goes on from, however long the line is.
const WRAPPED_FIELD_WORDS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Sep {
    None,
    Space,
    Bar,
}

/// See `Reader::first_name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FirstName {
    None,
    /// `\firstname` is being read.
    Given,
    /// `\firstname` was read, and no text since.
    Read,
    /// `\familyname` after it is being read.
    Joining,
}

#[derive(Debug)]
struct Current {
    at: u16,
    line: u32,
    text: String,
    bullet: Option<char>,
}

/// The lines written so far. Text joins the current line while it comes
/// from the same source line (or from a macro body); a separator waits for
/// the next text on the same line and is dropped at a line's end.
#[derive(Debug)]
struct Output {
    lines: Vec<Line>,
    cur: Option<Current>,
    sep: Sep,
    /// The next text starts a new line.
    brk: bool,
    /// A macro body ended a row (`\\`): the next text starts a new line
    /// when it comes from another source line than the line being written
    /// (an argument the body lays out on the next row).
    row_end: bool,
    /// The next line starts with this mark (`•`, `◦` in a nested list).
    bullet: Option<char>,
}

impl Output {
    fn text(&mut self, s: &str, at: u16, line: u32, soft: bool) {
        if s.is_empty() {
            return;
        }
        let row_end = std::mem::take(&mut self.row_end);
        let append = !self.brk
            && self.cur.as_ref().is_some_and(|c| {
                let same = c.at == at && c.line == line;
                same || (soft && !row_end)
            });
        if !append {
            self.flush();
            self.cur = Some(Current {
                at,
                line,
                text: String::new(),
                bullet: std::mem::take(&mut self.bullet),
            });
            self.brk = false;
            self.sep = Sep::None;
        }
        let Some(cur) = self.cur.as_mut() else {
            return;
        };
        match self.sep {
            Sep::None => {}
            Sep::Space => cur.text.push(' '),
            Sep::Bar => cur.text.push_str(" | "),
        }
        self.sep = Sep::None;
        cur.text.push_str(s);
    }

    fn flush(&mut self) {
        let Some(cur) = self.cur.take() else {
            return;
        };
        let text = cur.text.trim();
        if text.is_empty() {
            return;
        }
        let text = if let Some(mark) = cur.bullet {
            format!("{mark} {text}")
        } else {
            text.to_owned()
        };
        self.lines.push(Line {
            text,
            origin: Origin::Body,
            source_line: line_number(cur.line as usize),
            source_file: cur.at,
            level: 0,
        });
    }
}

// ---------------------------------------------------------------------------
// Reading

#[derive(Clone, Debug)]
enum Param {
    Required,
    Optional(Vec<Tok>),
    Star,
}

#[derive(Debug)]
struct Macro {
    params: Vec<Param>,
    body: Vec<Tok>,
}

#[derive(Debug)]
struct EnvDef {
    params: Vec<Param>,
    begin: Vec<Tok>,
    end: Vec<Tok>,
}

#[derive(Debug)]
struct OpenEnv {
    name: String,
    /// For lists: whether items show a bullet.
    list: Option<bool>,
    /// For environments the document defines: their end code and arguments.
    end: Option<(Rc<EnvDef>, Vec<Vec<Tok>>)>,
}

/// A macro whose arguments are being read, one spec entry at a time.
#[derive(Clone, Copy, Debug)]
struct Call {
    kind: Kind,
    spec: &'static [Arg],
    next: usize,
    /// Text arguments started so far.
    texts: usize,
}

impl Call {
    fn new(kind: Kind, spec: &'static [Arg]) -> Call {
        Call {
            kind,
            spec,
            next: 0,
            texts: 0,
        }
    }
}

/// State to restore when a preamble ends, so that its unbalanced groups or
/// environments do not leak into the body.
#[derive(Clone, Copy, Debug)]
struct Mark {
    depth: usize,
    pending: usize,
    envs: usize,
}

#[derive(Debug)]
enum Frame {
    File {
        lexer: Lexer,
        preamble: Option<Mark>,
        /// Brought in by `\input` (its end pops the include chain).
        included: bool,
    },
    Toks {
        toks: Vec<Tok>,
        next: usize,
    },
}

struct Reader {
    sources: Vec<Source>,
    /// What is read next: files, and tokens from macro bodies or given back.
    frames: Vec<Frame>,
    /// The folder `\input` paths are relative to (None: includes ignored).
    base: Option<PathBuf>,
    /// The folder includes must resolve into, canonical.
    root: PathBuf,
    /// Includes not read, one message each.
    unread: Vec<String>,
    /// The addresses the document links to (`\href`), and the profile a
    /// template's `\linkedin{handle}` links to.
    links: Vec<String>,
    max_size: u64,
    /// The files being read, outermost first, for cycle detection.
    chain: Vec<(PathBuf, u16)>,
    included_bytes: u64,
    macros: HashMap<String, Rc<Macro>>,
    aliases: HashMap<String, String>,
    user_envs: HashMap<String, Rc<EnvDef>>,
    envs: Vec<OpenEnv>,
    /// Macros waiting for the group at this depth to close.
    pending: Vec<(usize, Call)>,
    /// An entry's fields wrapped in the source (`\cventry{2005--present}
    /// {Freelance IT` / `consultant}{Masida}…`): the depth of the entry's
    /// first argument, the source line its text started on, and the last
    /// source line joined to it.
    wrapped: Option<(usize, u32, u32)>,
    /// A count of the arguments begun, and its value when text was last
    /// written: a source line joins only when the argument the line before
    /// ended in goes on (`{Freelance IT` / `consultant}`), not when a new
    /// argument starts on it (Awesome-CV's one argument a line).
    arg_serial: usize,
    last_arg: usize,
    /// Where the text of the argument begun last starts in the line being
    /// written.
    arg_start: usize,
    depth: usize,
    out: Output,
    preamble: bool,
    /// Header macros being read in the preamble (their text shows).
    header_depth: usize,
    /// Name macros being read: a line break in a name
    /// (`\cvname{Alan Fernando\\Rincón Vieyra}`) is a space.
    name_depth: usize,
    /// Where a name begun by `\firstname` stands: moderncv's
    /// `\familyname` after it goes on its line ("W. Augustine" / "Dunn,
    /// III Ph.D." print as one name). `Given` while the first name is
    /// read or was the last text; `Joining` while the family name is read.
    first_name: FirstName,
    math: bool,
    at_letter: bool,
    budget: usize,
    /// The language the document prints in, as babel or polyglossia names
    /// it ("italian"); English when the document does not say.
    language: String,
}

impl Reader {
    fn new(path: Option<&Path>, root: Option<&Path>, max_size: u64) -> Reader {
        let base = path.map(|p| p.parent().map(Path::to_path_buf).unwrap_or_default());
        let root = crate::extract::include_root(root, base.as_deref()).unwrap_or_default();
        let chain = path
            .map(|p| {
                (
                    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()),
                    0,
                )
            })
            .into_iter()
            .collect();
        Reader {
            sources: Vec::new(),
            frames: Vec::new(),
            base,
            root,
            unread: Vec::new(),
            links: Vec::new(),
            max_size,
            chain,
            included_bytes: 0,
            macros: HashMap::new(),
            aliases: HashMap::new(),
            user_envs: HashMap::new(),
            envs: Vec::new(),
            pending: Vec::new(),
            wrapped: None,
            arg_serial: 0,
            arg_start: 0,
            last_arg: 0,
            depth: 0,
            out: Output {
                lines: Vec::new(),
                cur: None,
                sep: Sep::None,
                brk: false,
                row_end: false,
                bullet: None,
            },
            preamble: false,
            header_depth: 0,
            name_depth: 0,
            first_name: FirstName::None,
            math: false,
            at_letter: false,
            budget: EXPANSION_BUDGET,
            language: "english".to_owned(),
        }
    }

    fn add_source(&mut self, path: String, text: String) -> Result<u16, FileError> {
        if u32::try_from(text.len()).is_err() {
            return Err(FileError::new(
                ErrorCode::TooLarge,
                format!("{path} is over 4 GB; this is not a resume"),
            ));
        }
        let index = u16::try_from(self.sources.len()).map_err(|_| {
            FileError::new(
                ErrorCode::Corrupt,
                "brings in more than 65535 files with \\input; merge them",
            )
        })?;
        self.sources.push(Source { path, text });
        Ok(index)
    }

    /// Starts reading a source; its preamble, if it has one, first.
    fn push_file(&mut self, src: u16, included: bool) {
        let text = &self.sources[usize::from(src)].text;
        let len = text.len();
        // A file brought in by the preamble is all preamble.
        match find_begin_document(text).filter(|_| !self.preamble) {
            Some((start, end)) => {
                let line = count_breaks(&text[..end]);
                self.frames.push(Frame::File {
                    lexer: Lexer::new(src, end, len, line, false),
                    preamble: None,
                    included,
                });
                let mark = Mark {
                    depth: self.depth,
                    pending: self.pending.len(),
                    envs: self.envs.len(),
                };
                self.frames.push(Frame::File {
                    lexer: Lexer::new(src, 0, start, 0, true),
                    preamble: Some(mark),
                    included: false,
                });
                self.preamble = true;
            }
            None => self.frames.push(Frame::File {
                lexer: Lexer::new(src, 0, len, 0, true),
                preamble: None,
                included,
            }),
        }
    }

    fn run(&mut self) -> Result<(), FileError> {
        loop {
            match self.next() {
                Some(t) => self.step(t)?,
                None => match self.frames.pop() {
                    Some(frame) => self.closed(frame),
                    None => return Ok(()),
                },
            }
        }
    }

    /// The next token. None at the end of a file (the frame stays, so that
    /// no argument runs from one file into the next) or of everything.
    fn next(&mut self) -> Option<Tok> {
        loop {
            match self.frames.last_mut()? {
                Frame::Toks { toks, next } => {
                    if let Some(t) = toks.get(*next) {
                        *next += 1;
                        return Some(*t);
                    }
                    self.frames.pop();
                }
                Frame::File { lexer, .. } => {
                    let text = &self.sources[usize::from(lexer.src)].text;
                    return lexer.next(text, self.at_letter);
                }
            }
        }
    }

    /// Bookkeeping for a frame that ended.
    fn closed(&mut self, frame: Frame) {
        if let Frame::File {
            preamble, included, ..
        } = frame
        {
            if let Some(mark) = preamble {
                self.preamble = false;
                self.header_depth = 0;
                self.name_depth = 0;
                self.depth = mark.depth;
                self.pending.truncate(mark.pending);
                self.envs.truncate(mark.envs);
                self.out.brk = true;
            }
            if included {
                self.chain.pop();
            }
        }
    }

    /// Stops reading the current file (`\end{document}`, `\endinput`).
    fn end_file(&mut self) {
        while let Some(frame) = self.frames.pop() {
            if matches!(frame, Frame::File { .. }) {
                self.closed(frame);
                return;
            }
        }
    }

    /// Gives tokens back, to be read next.
    fn unread(&mut self, toks: Vec<Tok>) {
        if !toks.is_empty() {
            self.frames.push(Frame::Toks { toks, next: 0 });
        }
    }

    /// Pushes a macro body, dropping spent bodies first so that a macro
    /// that ends by calling itself does not pile up frames.
    fn push_body(&mut self, toks: Vec<Tok>) {
        while matches!(self.frames.last(), Some(Frame::Toks { toks, next }) if *next >= toks.len())
        {
            self.frames.pop();
        }
        self.unread(toks);
    }

    fn raw(&self, t: &Tok) -> &str {
        self.sources[usize::from(t.src)]
            .text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// Tokens written back as source (for names, options and labels).
    fn raw_of(&self, toks: &[Tok]) -> String {
        let mut s = String::new();
        for t in toks {
            match t.k {
                K::Word | K::Symbol => {
                    s.push('\\');
                    s.push_str(self.raw(t));
                }
                K::Text | K::Verb => s.push_str(self.raw(t)),
                K::Space | K::Par => s.push(' '),
                K::Open => s.push('{'),
                K::Close => s.push('}'),
                K::Math => s.push('$'),
                K::Align => s.push('&'),
                K::Param(n) => {
                    s.push('#');
                    s.push(char::from(b'0' + n));
                }
                K::Sup => s.push('^'),
                K::Sub => s.push('_'),
                K::Tilde => s.push('~'),
                K::LBracket => s.push('['),
                K::RBracket => s.push(']'),
                K::Star => s.push('*'),
            }
        }
        s
    }

    // -- output, hidden in the preamble except for header fields

    fn shown(&self) -> bool {
        !self.preamble || self.header_depth > 0
    }

    fn sep(&mut self, sep: Sep) {
        if self.shown() {
            self.out.sep = self.out.sep.max(sep);
        }
    }

    /// The text shown so far on the current line ends with a dash, and no
    /// separator has come after it.
    fn after_dash(&self) -> bool {
        self.out.sep == Sep::None
            && self
                .out
                .cur
                .as_ref()
                .is_some_and(|c| c.text.trim_end().ends_with(['-', '–', '—']))
    }

    fn brk(&mut self) {
        if self.shown() {
            self.out.brk = true;
        }
    }

    fn emit_str(&mut self, s: &str, t: &Tok) {
        if self.shown() {
            let soft = t.soft || self.joins(t) || self.names_on();
            self.out.text(s, t.at, t.line, soft);
        }
    }

    fn emit_tok(&mut self, t: &Tok) {
        if !self.shown() {
            return;
        }
        let soft = t.soft || self.joins(t) || self.names_on();
        let raw = self.sources[usize::from(t.src)]
            .text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("");
        self.out.text(&tex_text(raw), t.at, t.line, soft);
    }

    /// Whether this text goes on the line of the first name before it
    /// (see [`FirstName`]); text outside a name ends the chance.
    fn names_on(&mut self) -> bool {
        if self.name_depth == 0 {
            self.first_name = FirstName::None;
        }
        self.first_name == FirstName::Joining
    }

    /// Whether text from a later source line inside an entry's fields joins
    /// the entry's line: the source wrapped a short field (the line so far
    /// holds at most [`WRAPPED_WORDS`] words), and then every text of that
    /// source line does. Once a source line does not join, none does.
    fn joins(&mut self, t: &Tok) -> bool {
        let same_arg = std::mem::replace(&mut self.last_arg, self.arg_serial) == self.arg_serial;
        let Some((depth, first, last)) = self.wrapped else {
            return false;
        };
        if self.depth <= depth || t.line <= first {
            return false;
        }
        if t.line == last {
            return true;
        }
        // The line so far is short, or the field is: a name of a word or
        // three wrapped after a long title ("… | Discovery" / "Holdings}").
        let short = same_arg
            && self.out.cur.as_ref().is_some_and(|c| {
                let field = c.text.get(self.arg_start..).unwrap_or(&c.text);
                let words = field
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric));
                c.line == first
                    && c.at == t.at
                    && (c.text.split_whitespace().count() <= WRAPPED_WORDS
                        || words.count() <= WRAPPED_FIELD_WORDS)
            });
        self.wrapped = short.then_some((depth, first, t.line));
        short
    }

    fn emit_verb(&mut self, t: &Tok) {
        let text = verb_text(self.raw(t));
        self.emit_str(text.trim(), t);
    }

    // -- the main loop

    fn step(&mut self, t: Tok) -> Result<(), FileError> {
        match t.k {
            K::Text | K::LBracket | K::RBracket | K::Star => self.emit_tok(&t),
            K::Sup | K::Sub if !self.math => self.emit_tok(&t),
            K::Verb => self.emit_verb(&t),
            K::Space | K::Tilde => self.sep(Sep::Space),
            K::Align => self.sep(Sep::Bar),
            K::Par => {
                self.math = false;
                self.brk();
            }
            K::Open => self.depth += 1,
            K::Close => self.close_group(),
            K::Math => self.math = !self.math,
            K::Sup | K::Sub | K::Param(_) => {}
            K::Symbol => self.symbol(&t),
            K::Word => return self.word(&t),
        }
        Ok(())
    }

    fn close_group(&mut self) {
        let Some(depth) = self.depth.checked_sub(1) else {
            return;
        };
        self.depth = depth;
        if let Some(&(at, call)) = self.pending.last()
            && at == depth
        {
            self.pending.pop();
            self.advance(call);
        }
    }

    fn word(&mut self, t: &Tok) -> Result<(), FileError> {
        let mut name = self.raw(t).to_owned();
        if let Some(target) = self.aliases.get(&name) {
            name.clone_from(target);
        }
        let builtin = core(&name);
        if builtin.is_none()
            && let Some(m) = self.macros.get(&name).cloned()
        {
            if !self.expand(&m.params, &m.body, t) {
                self.call(Call::new(Kind::Fields, UNKNOWN));
            }
            return Ok(());
        }
        match builtin.or_else(|| template(&name)) {
            Some(b) if name == "linkedin" => {
                self.profile_arg();
                return self.builtin(b, &name, t);
            }
            // The nth package's `\nth{2}`: the number and its ordinal's
            // letters ("2nd").
            None if name == "nth" => {
                let toks = self.arg_tokens();
                let n = self.raw_of(&toks).trim().to_owned();
                let suffix = match (
                    n.parse::<u64>().ok().map(|v| (v % 10, v % 100)),
                    n.is_empty(),
                ) {
                    (_, true) => "",
                    (Some((_, 11..=13)), _) => "th",
                    (Some((1, _)), _) => "st",
                    (Some((2, _)), _) => "nd",
                    (Some((3, _)), _) => "rd",
                    _ => "th",
                };
                self.emit_str(&format!("{n}{suffix}"), t);
            }
            // moderncv's `\social[linkedin]{handle}`: the profile the
            // handle beside its icon links to.
            Some(b) if name == "social" => {
                if let Some(kind) = self.optional(false) {
                    if self.raw_of(&kind).trim().eq_ignore_ascii_case("linkedin") {
                        self.profile_arg();
                    }
                    let mut toks = vec![Tok::synthetic(K::LBracket, t)];
                    toks.extend(kind);
                    toks.push(Tok::synthetic(K::RBracket, t));
                    self.unread(toks);
                }
                return self.builtin(b, &name, t);
            }
            // babel's main language ("[italian,main=english]{babel}": the
            // `main` option, else the last one) and polyglossia's.
            Some(_) if matches!(name.as_str(), "usepackage" | "RequirePackage") => {
                let options = self.optional(false).map(|o| self.raw_of(&o));
                let package = self.arg_tokens();
                if self.raw_of(&package).trim() == "babel"
                    && let Some(options) = options
                {
                    let options: Vec<&str> = options.split(',').map(str::trim).collect();
                    let main = options
                        .iter()
                        .find_map(|o| o.strip_prefix("main="))
                        .or_else(|| options.iter().rev().find(|o| !o.contains('=')).copied());
                    if let Some(main) = main.filter(|m| !m.is_empty()) {
                        self.language = main.to_owned();
                    }
                }
                self.skip_optional(false);
            }
            _ if matches!(
                name.as_str(),
                "setdefaultlanguage" | "setmainlanguage" | "selectlanguage"
            ) =>
            {
                self.skip_optional(false);
                let language = self.arg_tokens();
                let language = self.raw_of(&language).trim().to_owned();
                if !language.is_empty() {
                    self.language = language;
                }
            }
            // A text in two languages (`\IfLanguageName{english}{Education}
            // {Educazione}`, iflang; babel's `\iflanguage`): the page shows
            // the document's language's.
            _ if matches!(name.as_str(), "IfLanguageName" | "iflanguage") => {
                let language = self.arg_tokens();
                let yes = self.arg_tokens();
                let no = self.arg_tokens();
                let shown = if self.raw_of(&language).trim() == self.language {
                    yes
                } else {
                    no
                };
                self.unread(shown);
            }
            // `\InputIfFileExists{personal_info.tex}{}{\photo{me.png}}`: the
            // file and the first branch when the file is in the resume's
            // folder, else the second branch.
            None if matches!(name.as_str(), "InputIfFileExists" | "IfFileExists") => {
                let Some(file) = self.name_arg() else {
                    return Ok(());
                };
                let yes = self.arg_tokens();
                let no = self.arg_tokens();
                let path = PathBuf::from(&file);
                let full = self.include_path(&path);
                let there = self.base.is_some()
                    && !file.is_empty()
                    && full.is_file()
                    && self.refused(&path, &full).is_none();
                if !there {
                    self.unread(no);
                    return Ok(());
                }
                self.unread(yes);
                if name == "InputIfFileExists" {
                    return self.include(t, "input", &path);
                }
            }
            Some(b) => return self.builtin(b, &name, t),
            None if is_icon(&name) => {
                self.eat_star();
                self.skip_optional(true);
            }
            // A class's header field set in the preamble by a macro the
            // reader does not know (europecv's `\ecvname{…}`,
            // `\ecvtelephone[mobile]{phone}`): its text shows, the
            // optional argument's too.
            None if self.preamble
                && let Some(kind) = preamble_field(&name) =>
            {
                if let Some(opt) = self.optional(false) {
                    let mut toks = vec![Tok::synthetic(K::Open, t)];
                    toks.extend(opt);
                    toks.push(Tok::synthetic(K::Close, t));
                    self.unread(toks);
                }
                self.call(Call::new(kind, &[Rest]));
            }
            None => self.call(Call::new(Kind::Fields, UNKNOWN)),
        }
        Ok(())
    }

    fn builtin(&mut self, b: Builtin, name: &str, t: &Tok) -> Result<(), FileError> {
        match b {
            Builtin::Call(kind, spec) => {
                if kind == Kind::Name {
                    self.first_name = match (name, self.first_name) {
                        ("firstname", _) => FirstName::Given,
                        ("familyname" | "lastname", FirstName::Given | FirstName::Read) => {
                            FirstName::Joining
                        }
                        _ => FirstName::None,
                    };
                }
                self.call(Call::new(kind, spec));
            }
            Builtin::Symbol(s) => self.emit_str(s, t),
            Builtin::Space => self.sep(Sep::Space),
            Builtin::Bar => {
                self.sep(Sep::Bar);
                self.eat_star();
                self.skip_optional(true);
            }
            Builtin::Break => {
                self.brk();
                self.skip_optional(true);
            }
            Builtin::Item => self.item(),
            Builtin::Begin => self.begin(t),
            Builtin::End => self.end(t),
            Builtin::Input => return self.input(t, name),
            Builtin::NewCommand { provide } => self.new_command(provide),
            Builtin::DocCommand => self.doc_command(),
            Builtin::Def => self.def(),
            Builtin::Let => self.let_(),
            Builtin::NewEnv => self.new_env(),
            Builtin::DocEnv => self.doc_env(),
            Builtin::IfFalse => self.skip_false(),
            Builtin::AtLetter(on) => self.at_letter = on,
            Builtin::Accent(mark) => self.accent(mark),
            Builtin::SkipDimen => self.skip_dimen(),
            Builtin::EndInput => self.end_file(),
        }
        Ok(())
    }

    fn symbol(&mut self, t: &Tok) {
        let c = self.raw(t).chars().next().unwrap_or(' ');
        match c {
            // A line break right after a dash ("Nov. 2012--\\Present" in a
            // date column) breaks a range, not a row: the range reads on.
            '\\' => {
                self.sep(if self.after_dash() || self.name_depth > 0 {
                    Sep::Space
                } else {
                    Sep::Bar
                });
                self.out.row_end |= !t.lent && self.shown();
                self.eat_star();
                self.skip_optional(true);
            }
            ' ' | '\n' | '\r' | '\t' | ',' | ';' | ':' | '>' => self.sep(Sep::Space),
            '\'' | '`' | '^' | '"' | '~' | '=' | '.' => self.accent(c),
            '!' | '/' | '-' | '@' | '(' | ')' | '[' | ']' | '|' | '*' => {}
            _ => self.emit_tok(t),
        }
    }

    // -- arguments

    /// The next token that may start an argument, and the space skipped
    /// before it (to give back with it when it is not one).
    fn peek_arg(&mut self) -> Option<(Tok, Option<Tok>)> {
        let mut space = None;
        loop {
            let t = self.next()?;
            if t.k == K::Space {
                space = Some(t);
                continue;
            }
            return Some((t, space));
        }
    }

    fn give_back(&mut self, t: Tok, space: Option<Tok>) {
        let mut toks = Vec::with_capacity(2);
        toks.extend(space);
        toks.push(t);
        self.unread(toks);
    }

    fn eat_star(&mut self) {
        if let Some(t) = self.next()
            && t.k != K::Star
        {
            self.unread(vec![t]);
        }
    }

    /// The rest of a group whose `{` was read, without its `}`.
    fn collect_group(&mut self) -> Vec<Tok> {
        let mut toks = Vec::new();
        let mut depth = 1usize;
        while let Some(t) = self.next() {
            match t.k {
                K::Open => depth += 1,
                K::Close => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            toks.push(t);
        }
        toks
    }

    /// The rest of a group whose `{` was read and its `}`, if it closes
    /// within `max` tokens; otherwise everything read is given back.
    fn short_group(&mut self, max: usize) -> Option<(Vec<Tok>, Tok)> {
        let mut toks = Vec::new();
        let mut depth = 1usize;
        while toks.len() < max {
            let Some(t) = self.next() else {
                break;
            };
            match t.k {
                K::Open => depth += 1,
                K::Close => {
                    depth -= 1;
                    if depth == 0 {
                        return Some((toks, t));
                    }
                }
                _ => {}
            }
            toks.push(t);
        }
        self.unread(toks);
        None
    }

    /// After a `{`: whether the group holds [`PARAGRAPH_TOKENS`] tokens or
    /// more. Reads nothing away.
    fn long_group(&mut self) -> bool {
        match self.short_group(PARAGRAPH_TOKENS) {
            Some((toks, close)) => {
                self.unread_group(toks, close);
                false
            }
            None => true,
        }
    }

    /// Gives back a group [`Self::short_group`] read, its closing brace
    /// included.
    fn unread_group(&mut self, mut toks: Vec<Tok>, close: Tok) {
        toks.push(close);
        self.unread(toks);
    }

    /// A mandatory argument as tokens: a group's content or one token.
    fn arg_tokens(&mut self) -> Vec<Tok> {
        let Some((t, space)) = self.peek_arg() else {
            return Vec::new();
        };
        match t.k {
            K::Open => self.collect_group(),
            K::Close | K::Par => {
                self.give_back(t, space);
                Vec::new()
            }
            _ => vec![t],
        }
    }

    /// An optional `[...]` argument's content.
    fn optional(&mut self, tight: bool) -> Option<Vec<Tok>> {
        let (t, space) = if tight {
            (self.next()?, None)
        } else {
            self.peek_arg()?
        };
        if t.k != K::LBracket {
            self.give_back(t, space);
            return None;
        }
        let mut toks = Vec::new();
        let mut depth = 0usize;
        while toks.len() < MAX_OPTIONAL {
            let Some(u) = self.next() else {
                break;
            };
            match u.k {
                K::RBracket if depth == 0 => return Some(toks),
                K::Par => {
                    toks.push(u);
                    break;
                }
                K::Open => depth += 1,
                K::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            toks.push(u);
        }
        // Not closed nearby: a bracket in the text, not an argument.
        toks.insert(0, t);
        if let Some(s) = space {
            toks.insert(0, s);
        }
        self.unread(toks);
        None
    }

    fn skip_optional(&mut self, tight: bool) {
        let _ = self.optional(tight);
    }

    fn drop_arg(&mut self) {
        let Some((t, space)) = self.peek_arg() else {
            return;
        };
        match t.k {
            K::Open => {
                self.collect_group();
            }
            K::Verb | K::Word | K::Symbol => {}
            _ => self.give_back(t, space),
        }
    }

    /// A link's address, kept in the document's links and not shown.
    fn link_arg(&mut self) {
        let Some((t, space)) = self.peek_arg() else {
            return;
        };
        let address = match t.k {
            K::Verb => verb_text(self.raw(&t)).trim().to_owned(),
            K::Open => {
                let toks = self.collect_group();
                self.raw_of(&toks).trim().to_owned()
            }
            _ => return self.give_back(t, space),
        };
        self.keep_link(address);
    }

    /// Notes the profile a template's `\linkedin{handle}` links to; the
    /// handle is then read as the header's text.
    fn profile_arg(&mut self) {
        let Some((t, space)) = self.peek_arg() else {
            return;
        };
        if t.k == K::Open
            && let Some((toks, close)) = self.short_group(MAX_NAME)
        {
            let handle = self.raw_of(&toks).trim().replace("\\_", "_");
            if handle.contains("linkedin.com/") {
                self.keep_link(handle);
            } else if !handle.is_empty()
                && handle
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
            {
                self.keep_link(format!("https://www.linkedin.com/in/{handle}"));
            }
            self.unread_group(toks, close);
        }
        self.give_back(t, space);
    }

    fn keep_link(&mut self, address: String) {
        crate::extract::source::keep_link(&mut self.links, address);
    }

    /// A braced name (`\begin{itemize}`), or None (nothing read) when there
    /// is none nearby.
    fn name_arg(&mut self) -> Option<String> {
        let (t, space) = self.peek_arg()?;
        if t.k != K::Open {
            self.give_back(t, space);
            return None;
        }
        let Some((toks, _)) = self.short_group(MAX_NAME) else {
            self.give_back(t, space);
            return None;
        };
        Some(self.name_of(&toks, 0).trim().to_owned())
    }

    /// A file's name as written, a macro without arguments put in place of
    /// its name (`\import{\sectiondir}{education}` after
    /// `\newcommand*{\sectiondir}{cv/}`), to a depth of four.
    fn name_of(&self, toks: &[Tok], depth: usize) -> String {
        let mut name = String::new();
        for t in toks {
            let defined = (t.k == K::Word && depth < 4)
                .then(|| self.macros.get(self.raw(t)))
                .flatten()
                .filter(|m| m.params.is_empty());
            match defined {
                Some(m) => name.push_str(&self.name_of(&m.body, depth + 1)),
                None => name.push_str(&self.raw_of(std::slice::from_ref(t))),
            }
        }
        name
    }

    // -- macros with known arguments

    fn call(&mut self, call: Call) {
        if call.kind.shown_in_preamble() {
            self.header_depth += 1;
        }
        if call.kind == Kind::Name {
            self.name_depth += 1;
        }
        match call.kind {
            Kind::Bullet => self.item_mark(self.list_bullet()),
            Kind::Heading => {
                self.brk();
                if self.shown() {
                    self.out.bullet = None;
                }
            }
            _ => {}
        }
        self.advance(call);
    }

    /// Reads a macro's arguments from `call.next` on. A text argument in
    /// braces is left to the main loop; the call waits in `pending` for its
    /// `}` and then goes on here.
    fn advance(&mut self, mut call: Call) {
        while let Some(&arg) = call.spec.get(call.next) {
            match arg {
                Star => self.eat_star(),
                Opt => self.skip_optional(false),
                OptTight => self.skip_optional(true),
                Omit => self.drop_arg(),
                Link => self.link_arg(),
                Text | Rest | VerbText => {
                    let Some((t, space)) = self.peek_arg() else {
                        break;
                    };
                    if t.k == K::Verb && arg == VerbText {
                        self.before_text(&call);
                        call.texts += 1;
                        self.emit_verb(&t);
                        call.next += 1;
                        continue;
                    }
                    if t.k != K::Open {
                        self.give_back(t, space);
                        break;
                    }
                    if arg == Rest && self.skip_size(&call) {
                        continue;
                    }
                    // moderncv's `\cventry{dates}{title}{employer}{city}{}
                    // {A paragraph…}`: a paragraph after an entry's fields
                    // is printed under them, a line of its own.
                    if call.kind == Kind::Fields && call.texts >= 3 && self.long_group() {
                        self.brk();
                    } else {
                        self.before_text(&call);
                    }
                    call.texts += 1;
                    if arg != Rest {
                        call.next += 1;
                    }
                    self.arg_serial += 1;
                    self.arg_start = self.out.cur.as_ref().map_or(0, |c| c.text.len());
                    if call.texts == 1 && matches!(call.kind, Kind::Fields | Kind::Rated) {
                        self.wrapped = Some((self.depth, t.line, t.line));
                    }
                    self.pending.push((self.depth, call));
                    self.depth += 1;
                    return;
                }
            }
            call.next += 1;
        }
        self.finish(&call);
    }

    /// After a `{` of a field: drops the group when it holds only a size
    /// (`{0.5\textwidth}`, `{2cm}`) or, in a rating, a number after the
    /// first field (`\cvskill{German}{3.5}`).
    fn skip_size(&mut self, call: &Call) -> bool {
        let Some((toks, close)) = self.short_group(8) else {
            return false;
        };
        let (mut size, mut number, mut other) = (false, false, false);
        for t in &toks {
            match t.k {
                K::Space => {}
                K::Text => match number_kind(self.raw(t)) {
                    Some(true) => size = true,
                    Some(false) => number = true,
                    None => other = true,
                },
                K::Word if LENGTHS.contains(&self.raw(t)) => size = true,
                _ => other = true,
            }
        }
        let rating = number && call.kind == Kind::Rated && call.texts > 0;
        if !other && (size || rating) {
            return true;
        }
        // Text after all: give it back, closing brace included.
        self.unread_group(toks, close);
        false
    }

    fn before_text(&mut self, call: &Call) {
        match call.kind {
            Kind::Plain | Kind::Heading | Kind::Gap => {}
            Kind::Name if call.texts < 2 => self.sep(Sep::Space),
            _ if call.texts == 0 => self.sep(Sep::Space),
            _ => self.sep(Sep::Bar),
        }
    }

    fn finish(&mut self, call: &Call) {
        if matches!(call.kind, Kind::Fields | Kind::Rated)
            && self.wrapped.is_some_and(|(depth, ..)| depth >= self.depth)
        {
            self.wrapped = None;
        }
        match call.kind {
            Kind::Heading => self.brk(),
            Kind::Gap => self.sep(Sep::Space),
            Kind::Plain => {}
            _ if call.texts > 0 => self.sep(Sep::Space),
            _ => {}
        }
        if call.kind.shown_in_preamble() {
            self.header_depth = self.header_depth.saturating_sub(1);
        }
        if call.kind == Kind::Name {
            self.name_depth = self.name_depth.saturating_sub(1);
            self.first_name = match self.first_name {
                FirstName::Given if call.texts > 0 => FirstName::Read,
                _ => FirstName::None,
            };
        }
    }

    // -- lists

    fn list_bullet(&self) -> bool {
        self.envs.iter().rev().find_map(|e| e.list).unwrap_or(true)
    }

    /// Starts an item's line. An item of a list inside a list whose items
    /// show a mark is marked `◦`: the page sets it apart from the outer
    /// list's (sb2nov's companies are the outer items, their statements the
    /// inner ones; Jake's outer list hides its marks).
    fn item_mark(&mut self, bullet: bool) {
        if self.shown() {
            let depth = self.envs.iter().filter(|e| e.list == Some(true)).count();
            self.out.brk = true;
            self.out.bullet = bullet.then_some(if depth > 1 { '◦' } else { '•' });
        }
    }

    fn item(&mut self) {
        let mut bullet = self.list_bullet();
        let mut words = None;
        if let Some(label) = self.optional(false) {
            match self.label_kind(&label) {
                Label::Blank => bullet = false,
                Label::Glyph => bullet = true,
                Label::Words => {
                    bullet = true;
                    words = Some(label);
                }
            }
        }
        self.item_mark(bullet);
        if let Some(mut label) = words
            && let Some(last) = label.last()
        {
            // "\item[Hackathon Participant] Major League Hacking --- 2017":
            // a description list's label, set in bold on the page, is a
            // field of its own; one that ends in its own colon or stop
            // ("\item[Languages:] Python") runs on into its text.
            let punctuated = label
                .iter()
                .rev()
                .find(|t| matches!(t.k, K::Text | K::Verb))
                .is_some_and(|t| self.raw(t).trim_end().ends_with([':', '.', ',', '-', ';']));
            let end = Tok::synthetic(if punctuated { K::Space } else { K::Align }, last);
            label.push(end);
            self.unread(label);
        }
    }

    fn label_kind(&self, toks: &[Tok]) -> Label {
        let mut glyph = false;
        for t in toks {
            let shows = match t.k {
                K::Text | K::Verb => self.raw(t),
                K::Word => symbol(self.raw(t)).unwrap_or(""),
                K::Symbol | K::Star | K::Sup | K::Sub => "*",
                _ => "",
            };
            if shows.chars().any(char::is_alphanumeric) {
                return Label::Words;
            }
            glyph |= !shows.is_empty();
        }
        if glyph { Label::Glyph } else { Label::Blank }
    }

    // -- environments

    fn begin(&mut self, t: &Tok) {
        let Some(name) = self.name_arg() else {
            return;
        };
        self.brk();
        if let Some(kind) = env_kind(&name) {
            match kind {
                EnvKind::Skip => self.skip_env(&name),
                EnvKind::List => {
                    let hidden = self
                        .optional(false)
                        .is_some_and(|opts| label_hidden(&self.raw_of(&opts)));
                    self.open_env(name, Some(!hidden), None);
                }
                EnvKind::ListWithLabel => {
                    let label = self.arg_tokens();
                    let shown = !matches!(self.label_kind(&label), Label::Blank);
                    self.drop_arg();
                    self.open_env(name, Some(shown), None);
                }
                EnvKind::Args(spec) => {
                    if name != "document" {
                        self.open_env(name, None, None);
                    }
                    self.advance(Call::new(Kind::Plain, spec));
                }
            }
            return;
        }
        if let Some(def) = self.user_envs.get(&name).cloned() {
            let args = self.read_params(&def.params, t);
            if self.spend(&def.begin, &args) {
                let toks = substitute(&def.begin, &args, t);
                self.open_env(name, None, Some((def, args)));
                self.push_body(toks);
                return;
            }
            self.give_back_args(args, t);
        }
        self.open_env(name, None, None);
        self.call(Call::new(Kind::Fields, &[OptTight, Rest]));
    }

    fn open_env(
        &mut self,
        name: String,
        list: Option<bool>,
        end: Option<(Rc<EnvDef>, Vec<Vec<Tok>>)>,
    ) {
        if self.envs.len() < MAX_OPEN_ENVS {
            self.envs.push(OpenEnv { name, list, end });
        }
    }

    fn end(&mut self, t: &Tok) {
        let Some(name) = self.name_arg() else {
            return;
        };
        self.brk();
        if self.shown() {
            self.out.bullet = None;
        }
        if name == "document" {
            self.end_file();
            return;
        }
        let Some(i) = self.envs.iter().rposition(|e| e.name == name) else {
            return;
        };
        let closed = self.envs.split_off(i);
        if let Some(OpenEnv {
            end: Some((def, args)),
            ..
        }) = closed.into_iter().next()
            && self.spend(&def.end, &args)
        {
            let toks = substitute(&def.end, &args, t);
            self.push_body(toks);
        }
    }

    /// Skips to `\end{name}`.
    fn skip_env(&mut self, name: &str) {
        while let Some(t) = self.next() {
            if t.k == K::Word && self.raw(&t) == "end" && self.name_arg().as_deref() == Some(name) {
                return;
            }
        }
    }

    /// Skips an `\iffalse` block to its `\fi` (or `\else`).
    fn skip_false(&mut self) {
        let mut nested = 0usize;
        while let Some(t) = self.next() {
            if t.k != K::Word {
                continue;
            }
            let name = self.raw(&t);
            if name == "fi" {
                if nested == 0 {
                    return;
                }
                nested -= 1;
            } else if name == "else" && nested == 0 {
                return;
            } else if name.starts_with("if") && name != "ifthenelse" {
                nested += 1;
            }
        }
    }

    // -- definitions

    fn def_name(&mut self) -> Option<String> {
        let (t, space) = self.peek_arg()?;
        match t.k {
            K::Word | K::Symbol => Some(self.raw(&t).to_owned()),
            K::Open => {
                let (toks, _) = self.short_group(MAX_NAME)?;
                toks.iter()
                    .find(|u| matches!(u.k, K::Word | K::Symbol))
                    .map(|u| self.raw(u).to_owned())
            }
            _ => {
                self.give_back(t, space);
                None
            }
        }
    }

    /// A body as stored: `\url{#1}` (read as a link) becomes a parameter again.
    fn body(&self, toks: Vec<Tok>) -> Vec<Tok> {
        let mut out = Vec::with_capacity(toks.len());
        for t in toks {
            let raw = self.raw(&t).as_bytes();
            if t.k == K::Verb && raw.len() == 2 && raw[0] == b'#' && raw[1].is_ascii_digit() {
                out.push(Tok::synthetic(K::Open, &t));
                out.push(Tok::synthetic(K::Param(raw[1] - b'0'), &t));
                out.push(Tok::synthetic(K::Close, &t));
            } else {
                out.push(t);
            }
        }
        out
    }

    fn count_arg(&mut self) -> usize {
        self.optional(false)
            .map(|toks| self.raw_of(&toks).trim().parse().unwrap_or(0))
            .unwrap_or(0)
            .min(9)
    }

    fn define(&mut self, name: String, params: Vec<Param>, body: Vec<Tok>, provide: bool) {
        if core(&name).is_some() || (provide && self.macros.contains_key(&name)) {
            return;
        }
        let body = self.body(body);
        self.aliases.remove(&name);
        self.macros.insert(name, Rc::new(Macro { params, body }));
    }

    /// `\newcommand*{\name}[n][default]{body}` and its kin.
    fn new_command(&mut self, provide: bool) {
        self.eat_star();
        let Some(name) = self.def_name() else {
            return;
        };
        let params = self.counted_params();
        let body = self.arg_tokens();
        self.define(name, params, body, provide);
    }

    /// The `[n][default]` of `\newcommand` and `\newenvironment`: n
    /// parameters, the first optional when a default is given.
    fn counted_params(&mut self) -> Vec<Param> {
        let n = self.count_arg();
        let default = self.optional(false);
        let mut params: Vec<Param> = (0..n).map(|_| Param::Required).collect();
        if let (Some(first), Some(default)) = (params.first_mut(), default) {
            *first = Param::Optional(default);
        }
        params
    }

    /// `\NewDocumentCommand{\name}{m o}{body}`.
    fn doc_command(&mut self) {
        let Some(name) = self.def_name() else {
            return;
        };
        let spec = self.arg_tokens();
        let params = xparse_params(&self.raw_of(&spec));
        let body = self.arg_tokens();
        self.define(name, params, body, false);
    }

    /// The control sequence right after `\def` or `\let`; anything else is
    /// put back.
    fn cs_name(&mut self) -> Option<String> {
        let (t, _) = self.peek_arg()?;
        if !matches!(t.k, K::Word | K::Symbol) {
            self.unread(vec![t]);
            return None;
        }
        Some(self.raw(&t).to_owned())
    }

    /// `\def\name#1#2{body}`.
    fn def(&mut self) {
        let Some(name) = self.cs_name() else {
            return;
        };
        let mut n = 0u8;
        loop {
            let Some(u) = self.next() else {
                return;
            };
            match u.k {
                K::Open => break,
                K::Param(d) => n = n.max(d),
                K::Par => return,
                _ => {}
            }
        }
        let body = self.collect_group();
        let params = (0..n).map(|_| Param::Required).collect();
        self.define(name, params, body, false);
    }

    /// `\let\new\old` (or `\let\new=\old`).
    fn let_(&mut self) {
        let Some(name) = self.cs_name() else {
            return;
        };
        let Some((mut target, _)) = self.peek_arg() else {
            return;
        };
        if target.k == K::Text && self.raw(&target) == "=" {
            let Some((next, _)) = self.peek_arg() else {
                return;
            };
            target = next;
        }
        if target.k != K::Word || core(&name).is_some() {
            return;
        }
        let target = self.raw(&target).to_owned();
        if let Some(m) = self.macros.get(&target).cloned() {
            self.macros.insert(name, m);
        } else {
            self.macros.remove(&name);
            self.aliases.insert(name, target);
        }
    }

    /// `\newenvironment{name}[n][default]{begin}{end}`.
    fn new_env(&mut self) {
        self.eat_star();
        let Some(name) = self.name_arg() else {
            return;
        };
        let params = self.counted_params();
        let begin = self.arg_tokens();
        let end = self.arg_tokens();
        self.define_env(name, params, begin, end);
    }

    /// `\NewDocumentEnvironment{name}{spec}{begin}{end}`.
    fn doc_env(&mut self) {
        let Some(name) = self.name_arg() else {
            return;
        };
        let spec = self.arg_tokens();
        let params = xparse_params(&self.raw_of(&spec));
        let begin = self.arg_tokens();
        let end = self.arg_tokens();
        self.define_env(name, params, begin, end);
    }

    fn define_env(&mut self, name: String, params: Vec<Param>, begin: Vec<Tok>, end: Vec<Tok>) {
        if env_kind(&name).is_some() {
            return;
        }
        let begin = self.body(begin);
        let end = self.body(end);
        self.user_envs
            .insert(name, Rc::new(EnvDef { params, begin, end }));
    }

    // -- expansion

    /// The arguments of a use of a macro the document defined. A default
    /// value comes from the definition, so it is placed like the body.
    fn read_params(&mut self, params: &[Param], site: &Tok) -> Vec<Vec<Tok>> {
        let mut args = Vec::with_capacity(params.len());
        for p in params {
            args.push(match p {
                Param::Required => self.arg_tokens(),
                Param::Optional(default) => self
                    .optional(false)
                    .unwrap_or_else(|| substitute(default, &[], site)),
                Param::Star => {
                    self.eat_star();
                    Vec::new()
                }
            });
        }
        args
    }

    /// Takes the cost of an expansion from the budget; false (and the
    /// budget spent) when it does not fit.
    fn spend(&mut self, body: &[Tok], args: &[Vec<Tok>]) -> bool {
        let mut cost = args
            .iter()
            .map(Vec::len)
            .fold(EXPANSION_OVERHEAD, usize::saturating_add);
        for t in body {
            let n = match t.k {
                K::Param(n) => arg(args, n).map_or(0, Vec::len),
                _ => 1,
            };
            cost = cost.saturating_add(n);
        }
        match self.budget.checked_sub(cost) {
            Some(left) => {
                self.budget = left;
                true
            }
            None => {
                self.budget = 0;
                false
            }
        }
    }

    /// Expands a macro the document defined. False when the budget is
    /// spent: its arguments are then given back as groups, to be read as
    /// the text of an unknown macro.
    fn expand(&mut self, params: &[Param], body: &[Tok], site: &Tok) -> bool {
        if self.budget == 0 {
            return false;
        }
        let args = self.read_params(params, site);
        if !self.spend(body, &args) {
            self.give_back_args(args, site);
            return false;
        }
        let toks = substitute(body, &args, site);
        self.push_body(toks);
        true
    }

    fn give_back_args(&mut self, args: Vec<Vec<Tok>>, site: &Tok) {
        let mut toks = Vec::new();
        for a in args {
            toks.push(Tok::synthetic(K::Open, site));
            toks.extend(a);
            toks.push(Tok::synthetic(K::Close, site));
        }
        self.unread(toks);
    }

    // -- characters

    /// `\'e`, `\"{o}`, `\c c`: the letter with its accent.
    fn accent(&mut self, mark: char) {
        let Some(comb) = combining(mark) else {
            return;
        };
        let Some((t, space)) = self.peek_arg() else {
            return;
        };
        let (base, rest, at) = match t.k {
            K::Text => {
                let raw = self.raw(&t);
                let Some(c) = raw.chars().next() else {
                    return;
                };
                (c, raw[c.len_utf8()..].to_owned(), t)
            }
            K::Word if matches!(self.raw(&t), "i" | "j") => {
                (self.raw(&t).chars().next().unwrap_or('i'), String::new(), t)
            }
            K::Open => {
                let Some((toks, _)) = self.short_group(8) else {
                    return;
                };
                let Some(first) = toks.iter().find(|u| matches!(u.k, K::Text | K::Word)) else {
                    return;
                };
                let raw = self.raw(first);
                let Some(c) = raw.chars().next() else {
                    return;
                };
                let rest = if first.k == K::Text {
                    raw[c.len_utf8()..].to_owned()
                } else {
                    String::new()
                };
                (c, rest, *first)
            }
            _ => {
                self.give_back(t, space);
                return;
            }
        };
        let mut text: String = [base, comb].iter().collect::<String>().nfc().collect();
        text.push_str(&tex_text(&rest));
        self.emit_str(&text, &at);
    }

    /// `\vskip -1.5cm`: the size goes with the macro.
    fn skip_dimen(&mut self) {
        let Some((t, space)) = self.peek_arg() else {
            return;
        };
        let size = match t.k {
            K::Text => number_kind(self.raw(&t).trim_start_matches('=')).is_some(),
            K::Word => LENGTHS.contains(&self.raw(&t)),
            _ => false,
        };
        if !size {
            self.give_back(t, space);
        }
    }

    // -- includes

    fn input(&mut self, t: &Tok, cmd: &str) -> Result<(), FileError> {
        let parts = if cmd.contains("import") || cmd.ends_with("from") {
            2
        } else {
            1
        };
        let mut name = PathBuf::new();
        for _ in 0..parts {
            let Some(part) = self.name_arg() else {
                return Ok(());
            };
            name.push(part);
        }
        if self.base.is_none() || name.as_os_str().is_empty() {
            return Ok(());
        }
        // "\input{personal-info}" in the preamble: moderncv's \phone and
        // \email set in a file of their own. Only its header fields show;
        // one that is not in the resume's folder ("glyphtounicode", a TeX
        // system file) is no part of the resume.
        if self.preamble {
            let file = self.include_path(&name);
            if !file.is_file() || self.refused(&name, &file).is_some() {
                return Ok(());
            }
        }
        self.include(t, cmd, &name)
    }

    /// Where a token is, for messages: `line 42` or `line 3 of sections/a.tex`.
    fn site(&self, t: &Tok) -> String {
        let line = line_number(t.line as usize);
        match t.at {
            0 => format!("line {line}"),
            at => format!("line {line} of {}", self.sources[usize::from(at)].path),
        }
    }

    fn include(&mut self, t: &Tok, cmd: &str, name: &Path) -> Result<(), FileError> {
        let site = format!("\\{cmd}{{{}}} on {}", name.display(), self.site(t));
        let file = self.include_path(name);
        if let Some(why) = self.refused(name, &file) {
            self.unread.push(format!("{site}: {why}; it was not read"));
            return Ok(());
        }
        // A file the repository keeps out of sight ("personal-info.tex" in
        // .gitignore) is not there for a CI run: the rest of the resume is
        // still read, and the report says what was left out.
        if !file.exists() {
            let shown = file.display();
            self.unread
                .push(format!("{site}: no such file {shown}; it was not read"));
            return Ok(());
        }
        let canonical = self.check_chain(&site, cmd, &file)?;
        let src = self.load(&site, &file)?;
        let size = self.sources[usize::from(src)].text.len() as u64;
        self.included_bytes = self.included_bytes.saturating_add(size);
        let cap = self.max_size.saturating_mul(4);
        if self.included_bytes > cap {
            return Err(FileError::new(
                ErrorCode::TooLarge,
                format!(
                    "{site}: the files brought in by \\input add up to more than {}; raise --max-file-size if it really is a resume",
                    crate::extract::human_size(cap)
                ),
            ));
        }
        self.chain.push((canonical, src));
        self.push_file(src, true);
        Ok(())
    }

    /// Why an include may not be read, if it may not: only regular files
    /// inside the root, after symbolic links are resolved, are read. A file
    /// that does not exist is left to the caller, which says so.
    fn refused(&self, name: &Path, file: &Path) -> Option<&'static str> {
        let root = Some(self.root.as_path()).filter(|r| !r.as_os_str().is_empty());
        crate::extract::refused_include(name, file, root)
    }

    /// The main file's folder joined with the name, `.tex` added when the
    /// name has no extension (as TeX looks for it).
    fn include_path(&self, name: &Path) -> PathBuf {
        let file = self.base.clone().unwrap_or_default().join(name);
        if name.extension().is_some() {
            return file;
        }
        let mut with_ext = file.into_os_string();
        with_ext.push(".tex");
        PathBuf::from(with_ext)
    }

    /// Refuses an include that is too deep or loops back; returns the
    /// file's canonical path.
    fn check_chain(&self, site: &str, cmd: &str, file: &Path) -> Result<PathBuf, FileError> {
        let shown = file.display().to_string();
        if self.chain.len() > MAX_INCLUDE_DEPTH {
            return Err(FileError::new(
                ErrorCode::Corrupt,
                format!(
                    "{site}: files are brought in more than {MAX_INCLUDE_DEPTH} levels deep; flatten the \\input chain"
                ),
            ));
        }
        let canonical = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        if let Some(i) = self.chain.iter().position(|(p, _)| *p == canonical) {
            let mut names: Vec<&str> = self.chain[i..]
                .iter()
                .map(|(_, src)| self.sources[usize::from(*src)].path.as_str())
                .collect();
            names.push(&shown);
            return Err(FileError::new(
                ErrorCode::Corrupt,
                format!(
                    "{site}: {shown} is already being read ({}); remove the \\{cmd} that loops back",
                    names.join(" → ")
                ),
            ));
        }
        Ok(canonical)
    }

    /// The source of an included file, read once however often it is included.
    fn load(&mut self, site: &str, file: &Path) -> Result<u16, FileError> {
        let shown = file.display().to_string();
        if let Some(i) = self.sources.iter().position(|s| s.path == shown) {
            return Ok(u16::try_from(i).unwrap_or(u16::MAX));
        }
        let bytes = read_input(file, self.max_size).map_err(|e| match e.code {
            ErrorCode::NotFound => {
                FileError::new(ErrorCode::NotFound, format!("{site}: no such file {shown}"))
            }
            code => FileError::new(code, format!("{site}: {shown}: {}", e.message)),
        })?;
        let text = decode(&bytes)
            .map_err(|e| FileError::new(e.code, format!("{site}: {shown}: {}", e.message)))?;
        self.add_source(shown, text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    /// `\item[]`: no mark.
    Blank,
    /// `\item[--]`, `\item[$\bullet$]`: a bullet.
    Glyph,
    /// `\item[Languages:]`: a bullet, and the label is text.
    Words,
}

fn arg(args: &[Vec<Tok>], n: u8) -> Option<&Vec<Tok>> {
    usize::from(n).checked_sub(1).and_then(|i| args.get(i))
}

/// A macro body with its arguments in place. The body's own tokens are
/// placed where the macro was used; the arguments keep their places, but
/// for one after the body's first text that the source holds on one line
/// (`\job` / `{Luxoft}` / `{Senior Project Manager}` / `{Jun 2021}` each
/// on a line, laid out by the body as "#1 • #2" and "#3 - #4 • #5";
/// sb2nov's `\resumeItem{TensorFlow}` / `{A sentence of any length.}`
/// under "#1: #2"): it goes on the line the body prints it on.
fn substitute(body: &[Tok], args: &[Vec<Tok>], site: &Tok) -> Vec<Tok> {
    let one_line = |a: &[Tok]| {
        let texts: Vec<&Tok> = a.iter().filter(|t| t.k == K::Text).collect();
        texts
            .windows(2)
            .all(|w| w[0].line == w[1].line && w[0].at == w[1].at)
            && !a.iter().any(|t| t.k == K::Par)
    };
    let mut out = Vec::with_capacity(body.len());
    let mut text_seen = false;
    for t in body {
        match t.k {
            K::Param(n) => {
                if let Some(a) = arg(args, n) {
                    if text_seen && one_line(a) {
                        out.extend(a.iter().map(|t| Tok {
                            soft: true,
                            lent: true,
                            ..*t
                        }));
                    } else {
                        out.extend_from_slice(a);
                    }
                    text_seen |= a.iter().any(|t| t.k == K::Text);
                }
            }
            _ => {
                text_seen |= t.k == K::Text;
                out.push(Tok {
                    at: site.at,
                    line: site.line,
                    soft: true,
                    ..*t
                });
            }
        }
    }
    out
}

/// The parameters of an `xparse` argument spec (`m o O{x} s t+ r()`).
fn xparse_params(spec: &str) -> Vec<Param> {
    let mut params = Vec::new();
    let mut chars = spec.chars().filter(|c| !c.is_whitespace());
    while let Some(c) = chars.next() {
        match c {
            'm' | 'v' | 'l' | 'u' => params.push(Param::Required),
            'r' | 'R' => {
                params.push(Param::Required);
                chars.nth(1);
            }
            'o' | 'O' => params.push(Param::Optional(Vec::new())),
            'd' | 'D' => {
                params.push(Param::Optional(Vec::new()));
                chars.nth(1);
            }
            's' => params.push(Param::Star),
            't' => {
                params.push(Param::Star);
                chars.next();
            }
            '{' => {
                // A default value or embellishments: not a parameter.
                let mut depth = 1usize;
                for d in chars.by_ref() {
                    match d {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if params.len() >= 9 {
            break;
        }
    }
    params
}

/// The kind of header field an unknown macro sets: a short prefix of
/// letters and a field's name ("ecvname", "ecvemail", "ecvtelephone"),
/// not a longer one ("ecvfootername", "ecvdateofbirth").
fn preamble_field(name: &str) -> Option<Kind> {
    const FIELDS: &[&str] = &[
        "name",
        "address",
        "telephone",
        "phone",
        "mobile",
        "email",
        "mail",
        "homepage",
        "website",
        "linkedin",
        "github",
    ];
    let lower = name.to_ascii_lowercase();
    FIELDS.iter().find_map(|field| {
        let prefix = lower.strip_suffix(field)?;
        ((1..=4).contains(&prefix.len()) && prefix.chars().all(|c| c.is_ascii_lowercase())).then(
            || {
                if *field == "name" {
                    Kind::Name
                } else {
                    Kind::Header
                }
            },
        )
    })
}
