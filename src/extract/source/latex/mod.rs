//! LaTeX: macros stripped, the text of their arguments kept, on its source
//! line.
//!
//! In: the bytes of a `.tex` file and, for a file on disk, its path (to
//! follow `\input`/`\include` of sibling files). Out: a [`Document`] with a
//! line for each piece of source that holds text, in reading order, each
//! tagged with the file ([`Document::sources`]) and line it came from. Text
//! the source spreads over several lines stays on its lines, so findings
//! point at the line to edit.
//!
//! What an ATS would read from the PDF is what comes out: headings
//! (`\section{Education}`, `\cvsection`, any macro defined with `\section`
//! in it) are lines of their own; list items (`\item`, `\resumeItem{}`, any
//! macro defined with `\item` in it) start with `• `, unless the list hides
//! its labels (`label={}`); the arguments of unknown macros (`\cventry{..}
//! {..}`) are kept, joined by ` | `. The preamble gives no text apart from
//! the header fields some classes set there (`\name`, `\email`, ...), but
//! its definitions (`\newcommand`, `\def`, `\NewDocumentCommand`,
//! `\newenvironment`) are read and expanded where used. Comments, layout
//! macros and their arguments, link targets, icons, `\iffalse` and
//! `comment` blocks are dropped.
//!
//! Bounded on hostile input: nothing recurses, macro expansion has a token
//! budget (recursive definitions stop), lookahead for optional arguments is
//! capped, includes are at most 16 deep, never circular, and each is read
//! with the size limit.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use unicode_normalization::UnicodeNormalization;

use crate::extract::text::decode;
use crate::extract::{
    Document, ErrorCode, FileError, Line, Origin, Source, line_number, read_input,
};

/// Deepest chain of `\input` files followed.
const MAX_INCLUDE_DEPTH: usize = 16;
/// Tokens macro expansion may produce in all: far more than any resume
/// needs, few enough that a recursive definition stops at once.
const EXPANSION_BUDGET: usize = 2_000_000;
/// What one expansion costs beyond the tokens it produces, so that a
/// macro that only calls itself also stops soon.
const EXPANSION_OVERHEAD: usize = 32;
/// Environments tracked as open at once; an unbalanced `\begin` flood
/// beyond this is ignored.
const MAX_OPEN_ENVS: usize = 1_000;
/// Tokens looked at for an optional `[...]` argument before deciding it is
/// plain text.
const MAX_OPTIONAL: usize = 512;
/// Tokens looked at for a name (`\begin{...}`, `\input{...}`).
const MAX_NAME: usize = 256;

/// Extracts the text of a LaTeX resume. With `path`, `\input` and
/// `\include` of sibling files are followed (each read with `max_size`).
pub fn extract(bytes: &[u8], path: Option<&Path>, max_size: u64) -> Result<Document, FileError> {
    let text = decode(bytes)?;
    let mut reader = Reader::new(path, max_size);
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
        sources: reader.sources,
    })
}

// ---------------------------------------------------------------------------
// Tokens

/// What a token is. Names, characters and text point into the source text
/// through [`Tok::start`]..[`Tok::end`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum K {
    /// `\name` (the range is the name).
    Word,
    /// `\` and one other character (the range is the character).
    Symbol,
    Text,
    /// Spaces or one line break.
    Space,
    /// A blank line.
    Par,
    Open,
    Close,
    Math,
    Align,
    /// `#1`..`#9` (0 for a lone `#`).
    Param(u8),
    Sup,
    Sub,
    Tilde,
    LBracket,
    RBracket,
    Star,
    /// Text taken as written: `\verb|..|`, and the braces after `\url` and
    /// `\href` (where `%`, `#`, `_` and `~` are characters, not markup).
    Verb,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    k: K,
    /// The source whose text the range points into.
    src: u16,
    /// Where the token's text shows: file and 0-based line. Tokens of a
    /// macro body carry the place the macro was used.
    at: u16,
    line: u32,
    /// From a macro body: its text joins the line being written.
    soft: bool,
    start: u32,
    end: u32,
}

impl Tok {
    /// A token with no text of its own, placed like `like`.
    fn synthetic(k: K, like: &Tok) -> Tok {
        Tok {
            k,
            start: 0,
            end: 0,
            ..*like
        }
    }
}

fn is_special(b: u8) -> bool {
    matches!(
        b,
        b'\\'
            | b'{'
            | b'}'
            | b'$'
            | b'&'
            | b'#'
            | b'^'
            | b'_'
            | b'~'
            | b'%'
            | b'['
            | b']'
            | b'*'
            | b'\n'
            | b'\r'
            | b' '
            | b'\t'
            | 0x0c
    )
}

/// Splits a range of one source into tokens, on demand. Comments are
/// dropped here, with the line break they end (as TeX does).
#[derive(Debug)]
struct Lexer {
    src: u16,
    pos: usize,
    end: usize,
    line: u32,
    /// At the start of a line: spaces are skipped, a line break is a blank line.
    line_start: bool,
    /// The link after `\url`/`\href`, read with the name.
    stash: Option<Tok>,
}

impl Lexer {
    fn new(src: u16, start: usize, end: usize, line: u32, line_start: bool) -> Lexer {
        Lexer {
            src,
            pos: start,
            end,
            line,
            line_start,
            stash: None,
        }
    }

    fn tok(&self, k: K, start: usize, end: usize, line: u32) -> Tok {
        Tok {
            k,
            src: self.src,
            at: self.src,
            line,
            soft: false,
            start: start as u32,
            end: end as u32,
        }
    }

    /// Consumes the line break at `pos` (`\n`, `\r\n` or `\r`).
    fn newline(&mut self, b: &[u8]) {
        if b[self.pos] == b'\r' && b.get(self.pos + 1) == Some(&b'\n') {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
        self.line_start = true;
    }

    fn next(&mut self, text: &str, at_letter: bool) -> Option<Tok> {
        if let Some(t) = self.stash.take() {
            return Some(t);
        }
        let b = text.as_bytes();
        while self.pos < self.end {
            let start = self.pos;
            let line = self.line;
            let k = match b[start] {
                b'\n' | b'\r' => {
                    let blank = self.line_start;
                    self.newline(b);
                    let k = if blank { K::Par } else { K::Space };
                    return Some(self.tok(k, start, start, line));
                }
                b' ' | b'\t' | 0x0c => {
                    while self.pos < self.end && matches!(b[self.pos], b' ' | b'\t' | 0x0c) {
                        self.pos += 1;
                    }
                    if self.line_start {
                        continue;
                    }
                    return Some(self.tok(K::Space, start, self.pos, line));
                }
                b'%' => {
                    while self.pos < self.end && !matches!(b[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    if self.pos < self.end {
                        self.newline(b);
                    }
                    continue;
                }
                b'\\' => return self.control(text, at_letter),
                b'#' => {
                    self.pos += 1;
                    self.line_start = false;
                    let digit = b
                        .get(self.pos)
                        .filter(|c| self.pos < self.end && c.is_ascii_digit())
                        .map(|c| c - b'0');
                    if digit.is_some() {
                        self.pos += 1;
                    }
                    return Some(self.tok(K::Param(digit.unwrap_or(0)), start, self.pos, line));
                }
                b'{' => K::Open,
                b'}' => K::Close,
                b'$' => K::Math,
                b'&' => K::Align,
                b'^' => K::Sup,
                b'_' => K::Sub,
                b'~' => K::Tilde,
                b'[' => K::LBracket,
                b']' => K::RBracket,
                b'*' => K::Star,
                _ => {
                    while self.pos < self.end && !is_special(b[self.pos]) {
                        self.pos += 1;
                    }
                    self.line_start = false;
                    return Some(self.tok(K::Text, start, self.pos, line));
                }
            };
            self.pos += 1;
            self.line_start = false;
            return Some(self.tok(k, start, self.pos, line));
        }
        None
    }

    /// Reads a control sequence; `pos` is at the backslash.
    fn control(&mut self, text: &str, at_letter: bool) -> Option<Tok> {
        let b = text.as_bytes();
        let line = self.line;
        let start = self.pos + 1;
        self.pos = start;
        self.line_start = false;
        if start >= self.end {
            return None;
        }
        let is_letter = |c: u8| c.is_ascii_alphabetic() || (at_letter && c == b'@');
        if is_letter(b[start]) {
            while self.pos < self.end && is_letter(b[self.pos]) {
                self.pos += 1;
            }
            let word = self.tok(K::Word, start, self.pos, line);
            match &text[start..self.pos] {
                "verb" => {
                    if let Some(t) = self.verb(b, line) {
                        return Some(t);
                    }
                }
                "url" | "href" | "nolinkurl" => self.stash_link(b),
                _ => {}
            }
            return Some(word);
        }
        if matches!(b[start], b'\n' | b'\r') {
            self.newline(b);
            return Some(self.tok(K::Symbol, start, start + 1, line));
        }
        let c = text[start..].chars().next()?;
        self.pos = start + c.len_utf8();
        Some(self.tok(K::Symbol, start, self.pos, line))
    }

    /// `\verb|text|` (or `\verb*`): the text up to the same delimiter.
    fn verb(&mut self, b: &[u8], line: u32) -> Option<Tok> {
        let mut p = self.pos;
        if b.get(p) == Some(&b'*') {
            p += 1;
        }
        let delim = *b.get(p).filter(|_| p < self.end)?;
        if !delim.is_ascii_punctuation() || delim == b'{' {
            return None;
        }
        let from = p + 1;
        let mut q = from;
        while q < self.end && b[q] != delim && !matches!(b[q], b'\n' | b'\r') {
            q += 1;
        }
        self.pos = if q < self.end && b[q] == delim {
            q + 1
        } else {
            q
        };
        Some(self.tok(K::Verb, from, q, line))
    }

    /// After `\url` or `\href`: the braced link, taken as written.
    fn stash_link(&mut self, b: &[u8]) {
        let mut p = self.pos;
        while p < self.end && matches!(b[p], b' ' | b'\t') {
            p += 1;
        }
        if p >= self.end || b[p] != b'{' {
            return;
        }
        let line = self.line;
        let from = p + 1;
        let mut depth = 1usize;
        let mut q = from;
        let mut breaks = 0u32;
        while q < self.end {
            match b[q] {
                b'\\' if b.get(q + 1).is_some_and(|c| !matches!(c, b'\n' | b'\r')) => q += 1,
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                b'\n' => breaks += 1,
                b'\r' if b.get(q + 1) != Some(&b'\n') => breaks += 1,
                _ => {}
            }
            q += 1;
        }
        let q = q.min(self.end);
        self.stash = Some(self.tok(K::Verb, from, q, line));
        self.pos = (q + 1).min(self.end);
        self.line += breaks;
    }
}

// ---------------------------------------------------------------------------
// What macros do

/// One argument of a known macro.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arg {
    /// An optional `*`.
    Star,
    /// An optional `[...]`, dropped.
    Opt,
    /// An optional `[...]` right after the name, dropped.
    OptTight,
    /// A mandatory argument, dropped.
    Omit,
    /// A mandatory argument, read as text.
    Text,
    /// Any number of braced arguments, read as text (layout sizes dropped).
    Rest,
    /// A link (`\url`), kept as written.
    VerbText,
}

/// How the text arguments of a macro are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Formatting: the text flows on, nothing added.
    Plain,
    /// Fields of an entry: ` | ` between arguments.
    Fields,
    /// Like fields, and a number or size after the first is a rating
    /// (`\cvskill{German}{3.5}`), dropped.
    Rated,
    /// A person's name: a space between the first arguments.
    Name,
    /// A header field that shows even when set in the preamble.
    Header,
    /// The argument is a line of its own.
    Heading,
    /// A list item: the text starts with `• `.
    Bullet,
    /// Horizontal space (`\hspace{..}`): the words around do not glue.
    Gap,
}

impl Kind {
    fn shown_in_preamble(self) -> bool {
        matches!(self, Kind::Name | Kind::Header)
    }
}

#[derive(Clone, Copy, Debug)]
enum Builtin {
    Call(Kind, &'static [Arg]),
    Symbol(&'static str),
    Space,
    Bar,
    Break,
    Item,
    Begin,
    End,
    Input,
    NewCommand { provide: bool },
    DocCommand,
    Def,
    Let,
    NewEnv,
    DocEnv,
    IfFalse,
    AtLetter(bool),
    Accent(char),
    SkipDimen,
    EndInput,
}

use Arg::{Omit, Opt, OptTight, Rest, Star, Text, VerbText};

const NOTHING: Builtin = Builtin::Call(Kind::Plain, &[]);
const UNKNOWN: &[Arg] = &[Star, OptTight, Rest];

/// Macros of LaTeX and common packages. A document's own definition of
/// one of these is ignored: templates redefine `\section` and the like for
/// looks, and the meaning an ATS needs is the standard one.
fn core(name: &str) -> Option<Builtin> {
    use Builtin as B;
    use Kind::{Fields, Gap, Heading, Plain};
    let b = match name {
        // Formatting and declarations: the text they hold flows on.
        "textbf" | "textit" | "textsl" | "textsc" | "texttt" | "textsf" | "textrm" | "textup"
        | "textmd" | "textnormal" | "emph" | "em" | "underline" | "uline" | "uuline" | "uwave"
        | "sout" | "xout" | "st" | "hl" | "ul" | "textsuperscript" | "textsubscript" | "mbox"
        | "hbox" | "vbox" | "fbox" | "text" | "mathrm" | "mathbf" | "mathit" | "mathsf"
        | "mathtt" | "mathnormal" | "boldsymbol" | "bm" | "operatorname" | "MakeUppercase"
        | "MakeLowercase" | "MakeTextUppercase" | "uppercase" | "lowercase" | "textls"
        | "centerline" | "leftline" | "rightline" | "vcenter" | "tiny" | "scriptsize"
        | "footnotesize" | "small" | "normalsize" | "large" | "Large" | "LARGE" | "huge"
        | "Huge" | "bfseries" | "itshape" | "scshape" | "mdseries" | "upshape" | "slshape"
        | "rmfamily" | "sffamily" | "ttfamily" | "normalfont" | "bf" | "it" | "sc" | "tt"
        | "sf" | "rm" | "sl" | "centering" | "raggedright" | "raggedleft" | "raggedbottom"
        | "noindent" | "indent" | "relax" | "protect" | "global" | "long" | "protected"
        | "noexpand" | "expandafter" | "fi" | "else" | "or" | "hline" | "toprule" | "midrule"
        | "bottomrule" | "hrule" | "vrule" | "columnbreak" | "maketitle" | "today" | "thepage"
        | "selectfont" | "strut" | "null" | "leavevmode" | "nopagebreak" | "hyperref"
        | "footnotemark" | "titlerule" => NOTHING,
        "footnote" | "footnotetext" => B::Call(Fields, &[Opt, Text]),
        "section" | "subsection" | "subsubsection" | "chapter" | "part" | "paragraph"
        | "subparagraph" | "addsec" | "minisec" => B::Call(Heading, &[Star, Opt, Text]),
        "item" => B::Item,
        "begin" => B::Begin,
        "end" => B::End,
        "input" | "include" | "subfile" | "import" | "subimport" | "inputfrom" | "subinputfrom"
        | "includefrom" | "subincludefrom" => B::Input,
        "newcommand" | "renewcommand" | "DeclareRobustCommand" => B::NewCommand { provide: false },
        "providecommand" => B::NewCommand { provide: true },
        "NewDocumentCommand"
        | "RenewDocumentCommand"
        | "ProvideDocumentCommand"
        | "DeclareDocumentCommand"
        | "NewExpandableDocumentCommand" => B::DocCommand,
        "def" | "gdef" | "edef" | "xdef" => B::Def,
        "let" | "glet" => B::Let,
        "newenvironment" | "renewenvironment" => B::NewEnv,
        "NewDocumentEnvironment"
        | "RenewDocumentEnvironment"
        | "ProvideDocumentEnvironment"
        | "DeclareDocumentEnvironment" => B::DocEnv,
        "iffalse" => B::IfFalse,
        "makeatletter" => B::AtLetter(true),
        "makeatother" => B::AtLetter(false),
        "c" | "u" | "v" | "H" | "r" | "k" | "d" | "b" | "t" => {
            B::Accent(name.chars().next().unwrap_or('c'))
        }
        "vskip" | "hskip" | "kern" | "mskip" => B::SkipDimen,
        "endinput" => B::EndInput,
        // Breaks and separators.
        "newline" | "linebreak" | "tabularnewline" | "cr" | "crcr" | "hfill" | "hfil" | "hss"
        | "dotfill" | "hrulefill" => B::Bar,
        "par" | "newpage" | "clearpage" | "cleardoublepage" | "pagebreak" | "smallskip"
        | "medskip" | "bigskip" | "vfill" | "bigbreak" | "medbreak" | "smallbreak" => B::Break,
        "quad" | "qquad" | "enskip" | "enspace" | "thinspace" | "space" | "nobreakspace" => {
            B::Space
        }
        "hspace" => B::Call(Gap, &[Star, Omit]),
        // Links: the target goes, the text stays.
        "href" => B::Call(Plain, &[Opt, Omit]),
        "url" | "nolinkurl" => B::Call(Plain, &[VerbText]),
        "hyperlink" | "hypertarget" => B::Call(Plain, &[Omit]),
        "texorpdfstring" => B::Call(Plain, &[Text, Omit]),
        // Boxes and colors: the settings go, the text stays.
        "textcolor" | "colorbox" | "color" | "pagecolor" | "rowcolor" | "cellcolor"
        | "columncolor" => B::Call(Plain, &[Opt, Omit]),
        "fcolorbox" => B::Call(Plain, &[Opt, Omit, Omit]),
        "foreignlanguage" => B::Call(Plain, &[Opt, Omit]),
        "makebox" | "framebox" => B::Call(Plain, &[Opt, Opt]),
        "parbox" => B::Call(Plain, &[Opt, Opt, Opt, Omit]),
        "raisebox" => B::Call(Plain, &[Omit, Opt, Opt]),
        "resizebox" => B::Call(Plain, &[Star, Omit, Omit]),
        "scalebox" => B::Call(Plain, &[Omit, Opt]),
        "rotatebox" => B::Call(Plain, &[Opt, Omit]),
        "multicolumn" => B::Call(Plain, &[Omit, Omit]),
        "multirow" => B::Call(Plain, &[Opt, Omit, Opt, Omit, Opt]),
        "bibitem" => B::Call(Plain, &[Opt, Omit]),
        // No text at all.
        "vspace" | "addvspace" | "enlargethispage" | "label" | "ref" | "pageref" | "eqref"
        | "autoref" | "cref" | "Cref" | "nameref" | "phantom" | "hphantom" | "vphantom"
        | "pagestyle" | "thispagestyle" | "pagenumbering" | "urlstyle" | "hypersetup"
        | "geometry" | "newgeometry" | "linespread" | "setstretch" | "hyphenation"
        | "usetikzlibrary" | "pgfplotsset" | "AtBeginDocument" | "AtEndDocument" | "newif"
        | "stepcounter" | "refstepcounter" | "newlength" | "nocite" | "bibliographystyle"
        | "bibliography" | "fontfamily" | "selectlanguage" | "cline" | "extracolsep"
        | "arrayrulecolor" | "ding" | "sethlcolor" | "ProvidesPackage" | "ProvidesClass"
        | "moderncvstyle" | "moderncvcolor" | "moderncvtheme" => B::Call(Plain, &[Star, Omit]),
        "usepackage" | "RequirePackage" | "documentclass" | "LoadClass" => {
            B::Call(Plain, &[Opt, Omit, Opt])
        }
        "includegraphics" | "includesvg" => B::Call(Plain, &[Star, Opt, Opt, Omit]),
        "cite" | "citep" | "citet" | "parencite" | "textcite" | "autocite" => {
            B::Call(Plain, &[Opt, Opt, Omit])
        }
        "addbibresource" | "setlist" | "fancyhead" | "fancyfoot" | "fancyhf" | "lhead"
        | "chead" | "rhead" | "lfoot" | "cfoot" | "rfoot" | "newcounter" => {
            B::Call(Plain, &[Opt, Omit, Opt])
        }
        "printbibliography" => B::Call(Plain, &[Opt]),
        "setlength"
        | "addtolength"
        | "settowidth"
        | "settoheight"
        | "setcounter"
        | "addtocounter"
        | "fontsize"
        | "AtBeginEnvironment"
        | "AtEndEnvironment"
        | "PassOptionsToPackage" => B::Call(Plain, &[Omit, Omit]),
        "usefont" => B::Call(Plain, &[Omit, Omit, Omit, Omit]),
        "setmainfont" | "setsansfont" | "setmonofont" | "fontspec" | "setCJKmainfont" => {
            B::Call(Plain, &[Opt, Omit, Opt])
        }
        "newfontfamily" => B::Call(Plain, &[Omit, Opt, Omit, Opt]),
        "definecolor" => B::Call(Plain, &[Opt, Omit, Omit, Omit]),
        "colorlet" => B::Call(Plain, &[Opt, Omit, Opt, Omit]),
        "titleformat" => B::Call(Plain, &[Star, Omit, Opt, Omit, Omit, Omit, Omit, Opt]),
        "titlespacing" => B::Call(Plain, &[Star, Omit, Omit, Omit, Omit, Opt]),
        "rule" => B::Call(Plain, &[Opt, Omit, Omit]),
        "faIcon" | "faicon" => B::Call(Plain, &[Star, Opt, Omit]),
        _ if name.starts_with("if") && name != "ifthenelse" => NOTHING,
        _ => return symbol(name).map(B::Symbol),
    };
    Some(b)
}

/// Macros of resume classes and templates. Used only when the document
/// does not define them itself (a definition says better what they show).
fn template(name: &str) -> Option<Builtin> {
    use Builtin as B;
    use Kind::{Bullet, Header, Heading, Name, Plain, Rated};
    let b = match name {
        "resumeItem" | "resumeSubItem" | "cvlistitem" | "cvlistdoubleitem" => {
            B::Call(Bullet, UNKNOWN)
        }
        "cvsection" | "cvsubsection" | "cvchapter" => B::Call(Heading, &[Star, Opt, Text]),
        "name" | "namesection" | "firstname" | "familyname" | "lastname" | "author" => {
            B::Call(Name, &[Opt, Rest])
        }
        "position" | "tagline" | "address" | "mobile" | "phone" | "email" | "homepage"
        | "github" | "gitlab" | "linkedin" | "twitter" | "stackoverflow" | "orcid"
        | "extrainfo" | "quote" | "title" | "social" => B::Call(Header, &[Opt, Rest]),
        "cvskill" | "skill" | "cvlanguage" => B::Call(Rated, UNKNOWN),
        "photo" => B::Call(Plain, &[Opt, Opt, Omit]),
        "photoR" | "photoL" | "photoC" => B::Call(Plain, &[Omit, Omit]),
        "wheelchart" => B::Call(Plain, &[Omit, Omit, Omit]),
        "mynames" | "columnratio" => B::Call(Plain, &[Omit]),
        "NewInfoField" => B::Call(Plain, &[Star, Omit, Omit, Opt]),
        "printinfo" => B::Call(Kind::Fields, &[Omit, Text, Opt]),
        "makecvheader" => B::Call(Plain, &[Opt]),
        "makecvfooter" => B::Call(Plain, &[Omit, Omit, Omit]),
        _ => return None,
    };
    Some(b)
}

/// Macros that print a character or a word.
fn symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        "LaTeXe" => "LaTeX2e",
        "XeLaTeX" => "XeLaTeX",
        "XeTeX" => "XeTeX",
        "LuaLaTeX" => "LuaLaTeX",
        "LuaTeX" => "LuaTeX",
        "BibTeX" => "BibTeX",
        "textbullet" | "bullet" => "•",
        "textbar" | "vert" | "mid" | "lvert" | "rvert" => "|",
        "textbackslash" | "backslash" => "\\",
        "ldots" | "dots" | "textellipsis" | "cdots" => "…",
        "cdot" | "cdotp" | "textperiodcentered" | "centerdot" => "·",
        "textendash" => "–",
        "textemdash" => "—",
        "textasciitilde" | "sim" => "~",
        "textasciicircum" => "^",
        "textunderscore" => "_",
        "textquoteleft" => "‘",
        "textquoteright" => "’",
        "textquotedblleft" => "“",
        "textquotedblright" => "”",
        "textless" => "<",
        "textgreater" => ">",
        "times" | "texttimes" => "×",
        "approx" => "≈",
        "pm" | "textpm" => "±",
        "le" | "leq" => "≤",
        "ge" | "geq" => "≥",
        "neq" | "ne" => "≠",
        "to" | "rightarrow" | "longrightarrow" | "textrightarrow" => "→",
        "leftarrow" | "textleftarrow" => "←",
        "Rightarrow" | "implies" => "⇒",
        "uparrow" => "↑",
        "downarrow" => "↓",
        "infty" => "∞",
        "degree" | "textdegree" => "°",
        "circ" => "∘",
        "star" | "ast" | "textasteriskcentered" => "*",
        "diamond" | "diamondsuit" => "◇",
        "checkmark" => "✓",
        "copyright" | "textcopyright" => "©",
        "textregistered" => "®",
        "texttrademark" => "™",
        "pounds" | "textsterling" => "£",
        "euro" | "texteuro" => "€",
        "yen" | "textyen" => "¥",
        "textdollar" => "$",
        "S" | "textsection" => "§",
        "P" | "textparagraph" => "¶",
        "dag" | "textdagger" => "†",
        "ddag" | "textdaggerdbl" => "‡",
        "ss" => "ß",
        "ae" => "æ",
        "AE" => "Æ",
        "oe" => "œ",
        "OE" => "Œ",
        "o" => "ø",
        "O" => "Ø",
        "aa" => "å",
        "AA" => "Å",
        "l" => "ł",
        "L" => "Ł",
        "i" => "ı",
        "j" => "ȷ",
        "slash" => "/",
        "textbraceleft" | "lbrace" => "{",
        "textbraceright" | "rbrace" => "}",
        _ => return None,
    })
}

/// The combining mark of an accent macro (`\'`, `\"`, `\c`, ...).
fn combining(mark: char) -> Option<char> {
    Some(match mark {
        '\'' => '\u{301}',
        '`' => '\u{300}',
        '^' => '\u{302}',
        '"' => '\u{308}',
        '~' => '\u{303}',
        '=' => '\u{304}',
        '.' => '\u{307}',
        'c' => '\u{327}',
        'u' => '\u{306}',
        'v' => '\u{30C}',
        'H' => '\u{30B}',
        'r' => '\u{30A}',
        'k' => '\u{328}',
        'd' => '\u{323}',
        'b' => '\u{331}',
        't' => '\u{361}',
        _ => return None,
    })
}

/// Icon fonts: `\faGithub`, `\faPhone*`, `\aiOrcid`.
fn is_icon(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 2 && (name.starts_with("fa") || name.starts_with("ai")) && b[2].is_ascii_uppercase()
}

/// How an environment's start is read.
#[derive(Clone, Copy, Debug)]
enum EnvKind {
    /// Items are bullets unless `[label={}]`.
    List,
    /// `\begin{list}{label}{settings}`.
    ListWithLabel,
    /// Content an ATS never reads as text (code, drawings, comments).
    Skip,
    /// Arguments (all settings) dropped; the content is text.
    Args(&'static [Arg]),
}

fn env_kind(name: &str) -> Option<EnvKind> {
    Some(match name {
        "itemize" | "enumerate" | "description" | "cvitems" | "compactitem" | "compactenum"
        | "compactdesc" | "itemize*" | "enumerate*" | "description*" | "inparaenum"
        | "asparaenum" | "asparaitem" => EnvKind::List,
        "list" => EnvKind::ListWithLabel,
        "comment" | "tikzpicture" | "pgfpicture" | "verbatim" | "Verbatim" | "lstlisting"
        | "minted" | "filecontents" | "filecontents*" => EnvKind::Skip,
        "tabular" | "longtable" | "array" => EnvKind::Args(&[Opt, Omit]),
        "tabular*" | "tabularx" | "tabulary" => EnvKind::Args(&[Omit, Opt, Omit]),
        "minipage" => EnvKind::Args(&[Opt, Opt, Opt, Omit]),
        "multicols" | "multicols*" => EnvKind::Args(&[Omit, Opt]),
        "paracol" | "spacing" => EnvKind::Args(&[Omit]),
        "adjustwidth" => EnvKind::Args(&[Omit, Omit]),
        "wrapfigure" => EnvKind::Args(&[Opt, Omit, Opt, Omit]),
        "figure" | "table" | "figure*" | "table*" => EnvKind::Args(&[Opt]),
        "document" | "center" | "flushleft" | "flushright" | "quote" | "quotation" | "abstract"
        | "cventries" | "cvhonors" | "cvskills" | "cvparagraph" | "cvsubentries" => {
            EnvKind::Args(&[])
        }
        _ => return None,
    })
}

/// Length registers that make an argument a size (`{0.5\textwidth}`).
const LENGTHS: &[&str] = &[
    "textwidth",
    "linewidth",
    "columnwidth",
    "paperwidth",
    "textheight",
    "paperheight",
    "hsize",
    "vsize",
    "baselineskip",
    "parskip",
    "parindent",
    "fill",
    "tabcolsep",
    "columnsep",
    "itemsep",
    "topsep",
    "leftmargin",
];

const UNITS: &[&str] = &[
    "pt", "em", "ex", "cm", "mm", "in", "bp", "pc", "sp", "dd", "cc", "mu", "px",
];

/// `Some(true)` for a size with a unit (`-1.5cm`), `Some(false)` for a
/// small bare number (`5`, `3.5`), `None` for anything else (`2021`).
fn number_kind(s: &str) -> Option<bool> {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let digits = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (number, unit) = s.split_at(digits);
    if !number.bytes().any(|b| b.is_ascii_digit()) || number.matches('.').count() > 1 {
        return None;
    }
    if unit.is_empty() {
        let small = number.contains('.') || number.len() <= 2;
        return small.then_some(false);
    }
    UNITS.contains(&unit).then_some(true)
}

/// Whether `enumitem` options hide the item labels (`label={}`).
fn label_hidden(options: &str) -> bool {
    let mut depth = 0usize;
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, c) in options.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&options[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&options[start..]);
    parts.iter().any(|part| {
        part.split_once('=').is_some_and(|(key, value)| {
            key.trim() == "label"
                && value
                    .trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace())
                    .is_empty()
        })
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

/// Where a `%` comment starts in a line (its length when there is none).
fn comment_start(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'%' => return i,
            _ => i += 1,
        }
    }
    line.len()
}

/// Line breaks in `text`, counted as [`crate::extract::text::split_lines`] does.
fn count_breaks(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut n = 0u32;
    for (i, c) in b.iter().enumerate() {
        if *c == b'\n' || (*c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n = n.saturating_add(1);
        }
    }
    n
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Sep {
    None,
    Space,
    Bar,
}

#[derive(Debug)]
struct Current {
    at: u16,
    line: u32,
    text: String,
    bullet: bool,
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
    /// The next line starts with `• `.
    bullet: bool,
}

impl Output {
    fn text(&mut self, s: &str, at: u16, line: u32, soft: bool) {
        if s.is_empty() {
            return;
        }
        let append = !self.brk
            && self
                .cur
                .as_ref()
                .is_some_and(|c| soft || (c.at == at && c.line == line));
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
        let text = if cur.bullet {
            format!("• {text}")
        } else {
            text.to_owned()
        };
        self.lines.push(Line {
            text,
            origin: Origin::Body,
            source_line: line_number(cur.line as usize),
            source_file: cur.at,
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
    depth: usize,
    out: Output,
    preamble: bool,
    /// Header macros being read in the preamble (their text shows).
    header_depth: usize,
    math: bool,
    at_letter: bool,
    budget: usize,
}

impl Reader {
    fn new(path: Option<&Path>, max_size: u64) -> Reader {
        let base = path.map(|p| p.parent().map(Path::to_path_buf).unwrap_or_default());
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
            max_size,
            chain,
            included_bytes: 0,
            macros: HashMap::new(),
            aliases: HashMap::new(),
            user_envs: HashMap::new(),
            envs: Vec::new(),
            pending: Vec::new(),
            depth: 0,
            out: Output {
                lines: Vec::new(),
                cur: None,
                sep: Sep::None,
                brk: false,
                bullet: false,
            },
            preamble: false,
            header_depth: 0,
            math: false,
            at_letter: false,
            budget: EXPANSION_BUDGET,
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
        match find_begin_document(text) {
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

    fn brk(&mut self) {
        if self.shown() {
            self.out.brk = true;
        }
    }

    fn emit_str(&mut self, s: &str, t: &Tok) {
        if self.shown() {
            self.out.text(s, t.at, t.line, t.soft);
        }
    }

    fn emit_tok(&mut self, t: &Tok) {
        if !self.shown() {
            return;
        }
        let raw = self.sources[usize::from(t.src)]
            .text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("");
        self.out.text(&tex_text(raw), t.at, t.line, t.soft);
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
            Some(b) => return self.builtin(b, &name, t),
            None if is_icon(&name) => {
                self.eat_star();
                self.skip_optional(true);
            }
            None => self.call(Call::new(Kind::Fields, UNKNOWN)),
        }
        Ok(())
    }

    fn builtin(&mut self, b: Builtin, name: &str, t: &Tok) -> Result<(), FileError> {
        match b {
            Builtin::Call(kind, spec) => self.call(Call::new(kind, spec)),
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
            '\\' => {
                self.sep(Sep::Bar);
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
        Some(self.raw_of(&toks).trim().to_owned())
    }

    // -- macros with known arguments

    fn call(&mut self, call: Call) {
        if call.kind.shown_in_preamble() {
            self.header_depth += 1;
        }
        match call.kind {
            Kind::Bullet => self.item_mark(self.list_bullet()),
            Kind::Heading => {
                self.brk();
                if self.shown() {
                    self.out.bullet = false;
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
                    self.before_text(&call);
                    call.texts += 1;
                    if arg != Rest {
                        call.next += 1;
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
        let mut back = toks;
        back.push(close);
        self.unread(back);
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
    }

    // -- lists

    fn list_bullet(&self) -> bool {
        self.envs.iter().rev().find_map(|e| e.list).unwrap_or(true)
    }

    fn item_mark(&mut self, bullet: bool) {
        if self.shown() {
            self.out.brk = true;
            self.out.bullet = bullet;
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
            let space = Tok::synthetic(K::Space, last);
            label.push(space);
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
            self.out.bullet = false;
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
        if self.preamble || self.base.is_none() || name.as_os_str().is_empty() {
            return Ok(());
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
/// placed where the macro was used; the arguments keep their places.
fn substitute(body: &[Tok], args: &[Vec<Tok>], site: &Tok) -> Vec<Tok> {
    let mut out = Vec::with_capacity(body.len());
    for t in body {
        match t.k {
            K::Param(n) => {
                if let Some(a) = arg(args, n) {
                    out.extend_from_slice(a);
                }
            }
            _ => out.push(Tok {
                at: site.at,
                line: site.line,
                soft: true,
                ..*t
            }),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str) -> Document {
        extract(src.as_bytes(), None, 1 << 20).expect("extracts")
    }

    /// (line, text) of every line read.
    fn lines(src: &str) -> Vec<(u32, String)> {
        doc(src)
            .lines
            .into_iter()
            .map(|l| (l.source_line, l.text))
            .collect()
    }

    fn texts(src: &str) -> Vec<String> {
        lines(src).into_iter().map(|(_, t)| t).collect()
    }

    fn owned(want: &[(u32, &str)]) -> Vec<(u32, String)> {
        want.iter().map(|(n, t)| (*n, (*t).to_owned())).collect()
    }

    #[test]
    fn jake_style_macros_give_headings_fields_and_bullets() {
        let src = r"\documentclass{article}
\usepackage{enumitem} % comment
\newcommand{\resumeItem}[1]{\item\small{#1 \vspace{-2pt}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\begin{document}
\section{Work Experience}
\resumeSubHeadingListStart
  \resumeSubheading
    {Acme Corp}{Denver, CO}
    {Backend Engineer}{Jan 2020 -- Present}
  \begin{itemize}
    \resumeItem{Cut API latency by 40\% with Redis,
      serving 2M requests a day}
    \resumeItem{Led a team of 6}
  \end{itemize}
\resumeSubHeadingListEnd
\section*{Technical Skills}
\textbf{Languages}{: Go, Python}
\end{document}
Text after the end is not read.
";
        assert_eq!(
            lines(src),
            owned(&[
                (14, "Work Experience"),
                (17, "Acme Corp | Denver, CO"),
                (18, "Backend Engineer | Jan 2020 – Present"),
                (20, "• Cut API latency by 40% with Redis,"),
                (21, "serving 2M requests a day"),
                (22, "• Led a team of 6"),
                (25, "Technical Skills"),
                (26, "Languages: Go, Python"),
            ])
        );
    }

    #[test]
    fn sb2nov_style_items_in_a_bulleted_list_are_bullets() {
        // sb2nov's subheadings sit in a list whose labels show: the PDF has
        // a bullet before each company, so the text does too.
        let src = r"\newcommand{\resumeItem}[2]{\item\small{\textbf{#1}{: #2 \vspace{-2pt}}}}
\newcommand{\resumeSubItem}[2]{\resumeItem{#1}{#2}\vspace{-4pt}}
\begin{document}
\begin{itemize}[leftmargin=*]
  \resumeSubItem{Nostos}{Bulk data service from Hadoop to Cassandra.}
  \resumeItem{Dev Environment}
    {Docker and AWS based analytics environment.}
\end{itemize}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (5, "• Nostos: Bulk data service from Hadoop to Cassandra."),
                (6, "• Dev Environment:"),
                (7, "Docker and AWS based analytics environment."),
            ])
        );
    }

    #[test]
    fn comments_preamble_and_hidden_blocks_are_dropped() {
        let src = r"\documentclass{article}
Preamble text is never typeset.
\begin{document}
Kept % dropped comment
50\% of costs % a \% in the comment
joined%
word
\iffalse
\section{Old Job}
\fi
\begin{comment}
Commented out.
\end{comment}
\iffalse hidden \else shown \fi
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (4, "Kept"),
                (5, "50% of costs"),
                // TeX glues these; each piece stays on its line.
                (6, "joined"),
                (7, "word"),
                (14, "shown"),
            ])
        );
    }

    #[test]
    fn without_begin_document_the_whole_file_is_body() {
        assert_eq!(
            lines("\\section{Projects}\n\\item Built a CLI\n"),
            owned(&[(1, "Projects"), (2, "• Built a CLI")])
        );
    }

    #[test]
    fn special_characters_and_symbols() {
        let src = r#"A\\B and C\newline D
non~breaking, 2019--2021, wait---what
\& \% \$ \# \_ \{ \} \LaTeX{} and \TeX\ too
\'ecole, na\"ive, \c{c}a, {\'E}t\'e, \v{S}koda, \ss, \o
\textbullet{} Go \textbar{} Rust\ldots{} ``quoted'' `single'
Go $|$ Rust $\cdot$ C $\bullet$ x$^{2}$ a\_b snake_case
"#;
        assert_eq!(
            texts(src),
            vec![
                "A | B and C | D",
                "non breaking, 2019–2021, wait—what",
                "& % $ # _ { } LaTeX and TeX too",
                "école, naïve, ça, Été, Škoda, ß, ø",
                "• Go | Rust… “quoted” ‘single'",
                "Go | Rust · C • x2 a_b snake_case",
            ]
        );
    }

    #[test]
    fn links_icons_and_layout_macros_keep_only_their_text() {
        let src = r"\href{mailto:jane@example.com}{\faIcon{envelope} jane@example.com} $|$
\href{https://example.com/a%20b_c~d}{Portfolio} \url{https://example.com/x_y%z}
\vspace{-2pt}\hspace*{1em}\color{red}Red \textcolor{blue}{Blue} \faGithub\ jdoe
\includegraphics[width=2cm]{photo.png}\label{top}Next\hfill Right
\begin{minipage}[t]{0.5\textwidth}Inside\end{minipage}
";
        assert_eq!(
            texts(src),
            vec![
                "jane@example.com |",
                "Portfolio https://example.com/x_y%z",
                "Red Blue jdoe",
                "Next | Right",
                "Inside",
            ]
        );
    }

    #[test]
    fn items_follow_their_list_labels() {
        let src = r"\begin{itemize}
\item Plain bullet
\item[] No mark
\item[--] Dash mark
\item[Languages:] Go, Rust
\end{itemize}
\begin{itemize}[label={}]
\item Hidden label
\begin{enumerate}
\item Numbered \item Second on the same line
\end{enumerate}
\end{itemize}
\begin{description}
\item[\textbf{Cloud}] AWS
\end{description}";
        assert_eq!(
            lines(src),
            owned(&[
                (2, "• Plain bullet"),
                (3, "No mark"),
                (4, "• Dash mark"),
                (5, "• Languages: Go, Rust"),
                (8, "Hidden label"),
                (10, "• Numbered"),
                (10, "• Second on the same line"),
                (14, "• Cloud AWS"),
            ])
        );
    }

    #[test]
    fn unknown_and_template_macros_keep_their_arguments_apart() {
        let src = r"\cvsection{Experience}
\cventry{Engineer}{Acme}{Denver}{2020 -- 2022}{
  \begin{cvitems}
    \item {Shipped things}
  \end{cvitems}}
\cvevent{Lead}{Globex}{2019}{}
\cvskill{German}{3.5}
\cvtag{Go}\cvtag{Rust}
\resumeItem{Undefined bullet macro}
\begin{paracol}{2}\columnratio{0.6}Column text\end{paracol}
\name{Jane}{Doe}";
        assert_eq!(
            lines(src),
            owned(&[
                (1, "Experience"),
                (2, "Engineer | Acme | Denver | 2020 – 2022"),
                (4, "• Shipped things"),
                (6, "Lead | Globex | 2019"),
                (7, "German"),
                (8, "Go Rust"),
                (9, "• Undefined bullet macro"),
                (10, "Column text"),
                (11, "Jane Doe"),
            ])
        );
    }

    #[test]
    fn header_fields_set_in_the_preamble_show() {
        // Awesome-CV and moderncv set the name and contact details in the
        // preamble and print them in the body.
        let src = r"\documentclass{awesome-cv}
\name{Jane}{Doe}
\email{jane@example.com}
\geometry{left=1cm}
\begin{document}
\makecvheader
\cvsection{Summary}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[(2, "Jane Doe"), (3, "jane@example.com"), (7, "Summary"),])
        );
    }

    #[test]
    fn user_definitions_are_expanded() {
        let src = r"\newcommand{\mysection}[1]{\section{#1}\vspace{2pt}}
\newcommand{\bulletpoint}[2][Note]{\item \textbf{#1}: #2}
\NewDocumentCommand{\job}{m o m}{\textbf{#1} & #3}
\def\company#1{\textsc{#1}}
\let\oldsection\section
\newenvironment{entry}[1]{\subsection{#1}\begin{itemize}}{\end{itemize}}
\newcommand{\me}{Jane Doe}
\begin{document}
\mysection{Experience}
\begin{entry}{Acme}
\bulletpoint{Built APIs}
\bulletpoint[Impact]{Saved 30\%}
\end{entry}
\job{Engineer}[x]{2020} \company{Globex}
\oldsection{Education}
\me, BSc
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (9, "Experience"),
                (10, "Acme"),
                (11, "• Note: Built APIs"),
                (12, "• Impact: Saved 30%"),
                (14, "Engineer | 2020 Globex"),
                (15, "Education"),
                (16, "Jane Doe, BSc"),
            ])
        );
    }

    #[test]
    fn text_spread_over_lines_stays_on_its_lines() {
        let src = "\\resumeItem{Designed the\n  billing service\n\n  for 40 teams}\n\\textbf{Bold\nacross} lines";
        assert_eq!(
            lines(src),
            owned(&[
                (1, "• Designed the"),
                (2, "billing service"),
                (4, "for 40 teams"),
                (5, "Bold"),
                (6, "across lines"),
            ])
        );
    }

    #[test]
    fn sources_hold_the_main_text() {
        let d = extract(b"\\section{Skills}\n", Some(Path::new("cv.tex")), 1 << 20);
        let d = d.expect("extracts");
        assert_eq!(
            d.sources,
            vec![Source {
                path: "cv.tex".to_owned(),
                text: "\\section{Skills}\n".to_owned(),
            }]
        );
        assert_eq!(d.lines[0].source_file, 0);
        assert_eq!(d.lines[0].origin, Origin::Body);
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, text).expect("write");
        path
    }

    fn extract_file(path: &Path) -> Result<Document, FileError> {
        let bytes = std::fs::read(path).expect("read");
        extract(&bytes, Some(path), 1 << 20)
    }

    #[test]
    fn input_brings_in_files_at_their_place() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\input{preamble-ignored}\n\\begin{document}\nJane Doe\n\\input{sections/experience}\n\\include{skills.tex}\nEnd\n\\end{document}\n",
        );
        write(
            dir.path(),
            "sections/experience.tex",
            "% comment\n\\section{Experience}\n\\item Built APIs\n",
        );
        write(dir.path(), "skills.tex", "\\section{Skills}\nGo, SQL\n");
        let d = extract_file(&main).expect("extracts");
        let got: Vec<(u16, u32, &str)> = d
            .lines
            .iter()
            .map(|l| (l.source_file, l.source_line, l.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 3, "Jane Doe"),
                (1, 2, "Experience"),
                (1, 3, "• Built APIs"),
                (2, 1, "Skills"),
                (2, 2, "Go, SQL"),
                (0, 6, "End"),
            ]
        );
        let base = dir.path().display().to_string();
        assert_eq!(d.sources.len(), 3);
        assert_eq!(
            d.sources[1].path,
            format!("{base}{}sections/experience.tex", std::path::MAIN_SEPARATOR)
        );
        assert_eq!(
            d.sources[1].text,
            "% comment\n\\section{Experience}\n\\item Built APIs\n"
        );
        assert!(d.sources[2].path.ends_with("skills.tex"));
    }

    #[test]
    fn an_included_file_with_its_own_preamble_gives_its_body() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\begin{document}\n\\subfile{part}\nAfter\n\\end{document}\n",
        );
        write(
            dir.path(),
            "part.tex",
            "\\documentclass[cv]{subfiles}\nNot typeset\n\\begin{document}\nPart text\n\\end{document}\nNot read\n",
        );
        let d = extract_file(&main).expect("extracts");
        let got: Vec<(u16, u32, &str)> = d
            .lines
            .iter()
            .map(|l| (l.source_file, l.source_line, l.text.as_str()))
            .collect();
        assert_eq!(got, vec![(1, 4, "Part text"), (0, 3, "After")]);
    }

    #[test]
    fn input_is_ignored_without_a_path() {
        assert_eq!(texts("A\n\\input{nowhere}\nB"), vec!["A", "B"]);
    }

    #[test]
    fn missing_include_names_the_include_and_its_line() {
        let main = Path::new("cv.tex");
        let src = "Top\n\n\\input{sections/experience}\n";
        let err = extract(src.as_bytes(), Some(main), 1 << 20).expect_err("missing file");
        assert_eq!(err.code, ErrorCode::NotFound);
        assert_eq!(
            err.message,
            "\\input{sections/experience} on line 3: no such file sections/experience.tex"
        );
    }

    #[test]
    fn circular_includes_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(dir.path(), "cv.tex", "\\input{a}\n");
        write(dir.path(), "a.tex", "A\n\n\\input{cv}\n");
        let err = extract_file(&main).expect_err("cycle");
        assert_eq!(err.code, ErrorCode::Corrupt);
        let a = dir.path().join("a.tex").display().to_string();
        assert!(
            err.message
                .starts_with(&format!("\\input{{cv}} on line 3 of {a}: ")),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("is already being read"),
            "{}",
            err.message
        );
    }

    #[test]
    fn includes_nest_at_most_16_deep() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(dir.path(), "cv.tex", "\\input{f1}\n");
        for i in 1..=20 {
            write(
                dir.path(),
                &format!("f{i}.tex"),
                &format!("Level {i}\n\\input{{f{}}}\n", i + 1),
            );
        }
        let err = extract_file(&main).expect_err("too deep");
        assert_eq!(err.code, ErrorCode::Corrupt);
        assert!(
            err.message.contains("more than 16 levels deep"),
            "{}",
            err.message
        );
        assert!(
            err.message.starts_with("\\input{f17} on line 2 of "),
            "{}",
            err.message
        );
    }

    #[test]
    fn the_sample_resume_reads_as_its_pdf_would() {
        let main = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/latex/resume.tex");
        let d = extract_file(&main).expect("extracts");
        let find = |file: u16, line: u32| {
            d.lines
                .iter()
                .find(|l| l.source_file == file && l.source_line == line)
                .map(|l| l.text.as_str())
        };
        assert_eq!(find(0, 59), Some("Dana Whitfield"));
        assert_eq!(find(0, 66), Some("Education"));
        assert_eq!(find(1, 2), Some("Experience"));
        assert_eq!(
            find(1, 15),
            Some("• Maintained the internal deployment scripts for the platform team")
        );
        assert_eq!(
            find(1, 25),
            Some("• Team player who paired with testers and support staff on release days")
        );
        assert_eq!(
            find(0, 89),
            Some("• Trained ML models that flag likely subscription churn and served them")
        );
        assert_eq!(find(0, 95), Some("Technical Skills"));
        assert!(d.sources[1].path.ends_with("experience.tex"));
        let text: String = d.lines.iter().map(|l| l.text.as_str()).collect();
        for leak in [
            "\\",
            "resumeItem",
            "tabular",
            "0.97",
            "leftmargin",
            "vspace",
        ] {
            assert!(!text.contains(leak), "{leak} leaked");
        }
    }

    #[test]
    fn hostile_input_ends_without_panic() {
        let deep_braces = format!("{}x{}", "{".repeat(10_000), "}".repeat(10_000));
        let deep_bold = format!("{}x", "\\textbf{".repeat(10_000));
        let deep_macro = format!(
            "\\newcommand{{\\m}}[1]{{\\item #1}}\n{}x{}",
            "\\m{".repeat(10_000),
            "}".repeat(10_000)
        );
        let cases: Vec<String> = vec![
            "\\textbf{".to_owned(),
            "}}}}".to_owned(),
            "\\".to_owned(),
            "\\item[".to_owned(),
            "$ unbalanced math".to_owned(),
            "\\verb".to_owned(),
            "\\begin{".to_owned(),
            "\\end{itemize}".to_owned(),
            "\\href{unclosed".to_owned(),
            "\\newcommand{\\x}{".to_owned(),
            "\\def\\a{\\a}\\a".to_owned(),
            "\\def\\a{x\\a}\\a".to_owned(),
            "\\newcommand{\\b}{\\b\\b}\\b".to_owned(),
            "\\newcommand{\\c}[1]{\\c{#1#1}}\\c{x}".to_owned(),
            "\\newenvironment{e}{\\begin{e}}{}\\begin{e}".to_owned(),
            "\\'".to_owned(),
            "\\'{".to_owned(),
            "#1 ## & ^ _".to_owned(),
            "\\begin{itemize}".repeat(5_000),
            "\\item[x".repeat(5_000),
            "\\iffalse".to_owned(),
            deep_braces,
            deep_bold,
            deep_macro,
        ];
        for case in &cases {
            let _ = extract(case.as_bytes(), None, 1 << 24);
        }
        assert_eq!(texts(&cases[cases.len() - 3]), vec!["x"]);
    }

    #[test]
    fn a_large_file_is_read_in_linear_time() {
        let block = "\\resumeItem{Cut latency by 40\\% with \\textbf{Redis}, \\href{https://x.io}{docs}}\n% comment\n\\cventry{a}{b}{c}{d}{e}\n";
        let src = block.repeat(20_000);
        let start = std::time::Instant::now();
        let d = doc(&src);
        assert_eq!(d.lines.len(), 40_000);
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }
}
