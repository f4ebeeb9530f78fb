//! RTF: our own bounded reader (RTF 1.9.1, the parts that carry text).
//!
//! In: the bytes of an RTF file (`{\rtf`, as [`super::sniff()`] saw it).
//! Out: a [`Document`] with one line per paragraph (or per `\line` break
//! inside one), each tagged with where it came from: body, table (`\intbl`,
//! `\cell`), header, footer, text box (`\shptxt`) or footnote. As in the DOCX
//! reader, header lines come first, then the body, then footers and
//! footnotes; a header or footer repeated by several sections is kept once.
//! List paragraphs (`\listtext`/`\pntext`, `\ls`, or a drawn bullet glyph)
//! start with `• `. Hidden text (`\v`, under 3 pt, white on the page) goes
//! to [`Document::hidden`], never into lines; tracked deletions are dropped.
//! Destinations without visible text (font, colour and style tables,
//! document info, pictures, objects, theme data, field instructions,
//! comments, every unknown `{\*...}` group) are skipped whole.
//!
//! Bounds: one pass over the bytes, no recursion (groups are an explicit
//! stack, at most 1024 deep: deeper groups are skipped whole,
//! however deep they go), no allocation sized by a number the file states
//! (`\binN` skips at most what is left), parameters saturate. Output is at
//! most a few bytes per input byte (a `\'hh` is four bytes of input for one
//! character of output). A truncated file gives what was read before the
//! cut; nothing in here panics on input.
//!
//! We write our own because the RTF crates on crates.io panic on bad input
//! and pull in wasm-bindgen.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use encoding_rs::Encoding;

use super::layout::{Hidden, HiddenHow};
use super::{Document, ErrorCode, FileError, Origin};

/// Deepest group nesting kept (Word writes under 20).
const DEPTH_CAP: usize = 1024;
/// Most fallback characters skipped after a `\u` (`\ucN`; Word writes 1 or 2).
const UC_CAP: i32 = 16;
/// Most fonts and colours remembered (real documents have a few hundred).
const TABLE_CAP: usize = 4096;

/// Reads the text of an RTF document.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    if !bytes.starts_with(b"{\\rtf") {
        return Err(FileError::new(
            ErrorCode::Corrupt,
            "not an RTF file (it does not start with {\\rtf); open it in a word processor and save it as DOCX or PDF",
        ));
    }
    let mut reader = Reader::new();
    for token in Lexer::new(bytes) {
        reader.token(token);
    }
    Ok(reader.finish())
}

// ---------------------------------------------------------------- tokens

/// One piece of RTF syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'a> {
    Open,
    Close,
    /// `\word` with its optional signed parameter (saturated to `i32`).
    Word(&'a [u8], Option<i32>),
    /// `\` and one non-letter (`\~`, `\*`, `\\`); `\` before a line break
    /// comes out as `\n` (the spec's other spelling of `\par`).
    Symbol(u8),
    /// `\'hh`: one byte in the current code page.
    Hex(u8),
    /// Raw text up to the next `\`, `{`, `}` or line break.
    Text(&'a [u8]),
}

/// Splits RTF into [`Token`]s. Line breaks in the source are not text and
/// are dropped here; `\binN` data is skipped here.
struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(bytes: &'a [u8]) -> Lexer<'a> {
        Lexer { bytes, pos: 0 }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    /// Reads what follows a `\`; `None` for a broken `\'` or a `\` at the end.
    fn control(&mut self) -> Option<Token<'a>> {
        self.pos += 1;
        let c = self.peek(0)?;
        if c.is_ascii_alphabetic() {
            let start = self.pos;
            while self.peek(0).is_some_and(|b| b.is_ascii_alphabetic()) {
                self.pos += 1;
            }
            let word = self.bytes.get(start..self.pos).unwrap_or_default();
            let param = self.param();
            // One space after a control word is its delimiter, not text.
            if self.peek(0) == Some(b' ') {
                self.pos += 1;
            }
            if word == b"bin" {
                // Raw binary data: never text, and it may hold braces.
                let len = param.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
                self.pos = self.pos.saturating_add(len).min(self.bytes.len());
            }
            return Some(Token::Word(word, param));
        }
        self.pos += 1;
        match c {
            b'\'' => {
                let hex = |b: Option<u8>| b.and_then(|b| char::from(b).to_digit(16));
                let hi = hex(self.peek(0))?;
                self.pos += 1;
                // A lone digit (a cut or broken escape) stands for nothing.
                let lo = hex(self.peek(0))?;
                self.pos += 1;
                u8::try_from(hi * 16 + lo).ok().map(Token::Hex)
            }
            b'\r' | b'\n' => Some(Token::Symbol(b'\n')),
            _ => Some(Token::Symbol(c)),
        }
    }

    /// An optional `-` and digits; digits past `i32` saturate (all are read).
    fn param(&mut self) -> Option<i32> {
        let negative =
            self.peek(0) == Some(b'-') && self.peek(1).is_some_and(|b| b.is_ascii_digit());
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut value: i64 = 0;
        while let Some(d) = self.peek(0).filter(u8::is_ascii_digit) {
            value = (value * 10 + i64::from(d - b'0')).min(i64::from(i32::MAX));
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        let value = if negative { -value } else { value };
        Some(i32::try_from(value).unwrap_or(i32::MAX))
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let b = self.peek(0)?;
            match b {
                b'{' => {
                    self.pos += 1;
                    return Some(Token::Open);
                }
                b'}' => {
                    self.pos += 1;
                    return Some(Token::Close);
                }
                b'\r' | b'\n' => self.pos += 1,
                b'\\' => {
                    if let Some(token) = self.control() {
                        return Some(token);
                    }
                }
                _ => {
                    let rest = self.bytes.get(self.pos..).unwrap_or_default();
                    let len = rest
                        .iter()
                        .position(|b| matches!(b, b'\\' | b'{' | b'}' | b'\r' | b'\n'))
                        .unwrap_or(rest.len());
                    self.pos += len;
                    return Some(Token::Text(rest.get(..len).unwrap_or_default()));
                }
            }
        }
    }
}

// ---------------------------------------------------------------- state

/// Where the text of a group goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dest {
    /// Into the current paragraph of the innermost text sink.
    Text,
    /// Nowhere (tables, pictures, field instructions, unknown `\*` groups).
    Skip,
    /// A list item's number or bullet (`\listtext`, `\pntext`): dropped,
    /// the paragraph starts with `• ` instead.
    ListText,
    /// `\fonttbl`: read for each font's character set.
    FontTable,
    /// `\colortbl`: read to tell white text.
    ColorTable,
    /// `\info`: read for `\nofpages`.
    Info,
    /// A drawing shape: no text except its `\shptxt` text box.
    Shape,
}

/// The formatting a group carries; `{` saves it, `}` restores it.
#[derive(Clone, Copy, Debug)]
struct State {
    dest: Dest,
    /// Fallback characters after each `\u` (`\ucN`).
    uc: u8,
    // Character formatting (`\plain` resets it).
    vanish: bool,
    deleted: bool,
    /// `None`: the document's default font (`\deff`).
    font: Option<i32>,
    /// Half-points (`\fs`); 24 by default.
    size: i32,
    /// Index into the colour table; 0 is "auto".
    color: usize,
    /// Character shading or highlight (`\cb`, `\chcbpat`, `\highlight`).
    shade: usize,
    // Paragraph formatting (`\pard` resets it).
    intbl: bool,
    ls: Option<i32>,
    ilvl: bool,
    /// Paragraph shading (`\cbpat`).
    para_shade: usize,
}

impl State {
    fn new() -> State {
        State {
            dest: Dest::Text,
            uc: 1,
            vanish: false,
            deleted: false,
            font: None,
            size: 24,
            color: 0,
            shade: 0,
            intbl: false,
            ls: None,
            ilvl: false,
            para_shade: 0,
        }
    }

    fn plain(&mut self) {
        self.vanish = false;
        self.deleted = false;
        self.font = None;
        self.size = 24;
        self.color = 0;
        self.shade = 0;
    }

    fn pard(&mut self) {
        self.intbl = false;
        self.ls = None;
        self.ilvl = false;
        self.para_shade = 0;
    }

    /// A list paragraph by its properties: `\lsN` (N > 0; `\ls0` is "no
    /// list"), or a level without a list id.
    fn is_list(&self) -> bool {
        self.ls.map_or(self.ilvl, |n| n > 0)
    }
}

/// One open `{`.
struct Frame {
    /// The state to restore at its `}`.
    saved: State,
    /// The group opened a text sink (header, footnote, ...) that ends with it.
    owns_sink: bool,
}

/// How bytes become characters.
#[derive(Clone, Copy, Debug)]
enum CodePage {
    Enc(&'static Encoding),
    /// A symbol font (`\fcharset2`): bytes above ASCII are its private-use
    /// glyphs (U+F0xx), as Word stores them in DOCX.
    Symbol,
}

/// The paragraph being read in one sink.
#[derive(Default)]
struct Para {
    text: String,
    hidden: String,
    hidden_how: Option<HiddenHow>,
    /// A `\listtext`/`\pntext` group was seen.
    bullet: bool,
}

/// A place text flows into: the body, or a header, footer, footnote or
/// text box whose paragraphs sit apart from the body's.
struct Sink {
    origin: Origin,
    /// Which part of the output its lines go to (see [`Collected`]).
    part: usize,
    para: Para,
}

/// Lines by output part: headers, body, footers, footnotes.
#[derive(Default)]
struct Collected {
    parts: [Vec<(String, Origin)>; 4],
    hidden: Vec<Hidden>,
    /// Header and footer paragraphs already emitted, to drop repeats.
    seen_margin_text: HashSet<String>,
}

const HEADER_PART: usize = 0;
const BODY_PART: usize = 1;
const FOOTER_PART: usize = 2;
const FOOTNOTE_PART: usize = 3;

/// Destinations with no visible text, skipped with their group.
const SKIPPED: &[&[u8]] = &[
    b"stylesheet",
    b"pict",
    b"object",
    b"objdata",
    b"themedata",
    b"colorschememapping",
    b"datastore",
    b"latentstyles",
    b"listtable",
    b"listoverridetable",
    b"listpicture",
    b"rsidtbl",
    b"generator",
    b"xmlnstbl",
    b"mmathPr",
    b"fldinst",
    b"bkmkstart",
    b"bkmkend",
    b"filetbl",
    b"revtbl",
    b"pgdsctbl",
    b"template",
    b"shppict",
    b"nonshppict",
    b"annotation",
    b"atnid",
    b"atnauthor",
    b"atndate",
    b"atntime",
    b"atnref",
    b"atnicn",
    b"atnparent",
    b"atrfstart",
    b"atrfend",
    b"ftnsep",
    b"ftnsepc",
    b"aftnsep",
    b"aftnsepc",
    b"pnseclvl",
    b"pntxta",
    b"pntxtb",
    b"userprops",
    b"docvar",
    b"xe",
    b"tc",
    b"tcn",
    b"txe",
    b"rxe",
    b"protusertbl",
    b"passwordhash",
    b"private",
];

/// Glyphs that start a drawn bullet item (`\bullet`, Symbol's U+F0B7, ...).
const BULLETS: &[char] = &[
    '•', '·', '∙', '▪', '▫', '◦', '●', '○', '■', '□', '‣', '⁃', '➢', '►', '\u{F0B7}', '\u{F0A7}',
    '\u{F076}', '\u{F0D8}', '\u{F0FC}',
];

/// Characters that mark a list item when a tab follows them.
const TAB_MARKERS: &[char] = &['\u{2013}', '\u{2014}', '-', '*', 'o', '>'];

// ---------------------------------------------------------------- reader

struct Reader {
    state: State,
    frames: Vec<Frame>,
    /// Open groups past [`DEPTH_CAP`]: everything inside them is skipped.
    too_deep: usize,
    /// A `\*` was just read: the next control word names an optional
    /// destination.
    star: bool,
    /// Fallback characters still to skip after a `\u`.
    skip: usize,
    /// A high surrogate from a `\u`, waiting for its low half.
    high: Option<u32>,
    /// Text bytes not yet decoded: consecutive ones are decoded together so
    /// double-byte code pages work.
    pending: Vec<u8>,
    code_page: CodePage,
    default_font: i32,
    /// Font number → its character set, when not the document's.
    fonts: HashMap<i32, CodePage>,
    /// The font the font table is describing.
    font_def: i32,
    colors: Vec<Option<[u8; 3]>>,
    /// The colour the colour table is describing (`None`: auto).
    color_def: Option<[u8; 3]>,
    /// A cell of the current table row is shaded dark: white text shows.
    row_dark: bool,
    /// The page has a background (`\*\background`): white text may show.
    page_background: bool,
    pages: Option<u32>,
    body: Sink,
    sinks: Vec<Sink>,
    out: Collected,
}

impl Reader {
    fn new() -> Reader {
        Reader {
            state: State::new(),
            frames: Vec::new(),
            too_deep: 0,
            star: false,
            skip: 0,
            high: None,
            pending: Vec::new(),
            code_page: CodePage::Enc(encoding_rs::WINDOWS_1252),
            default_font: 0,
            fonts: HashMap::new(),
            font_def: 0,
            colors: Vec::new(),
            color_def: None,
            row_dark: false,
            page_background: false,
            pages: None,
            body: Sink {
                origin: Origin::Body,
                part: BODY_PART,
                para: Para::default(),
            },
            sinks: Vec::new(),
            out: Collected::default(),
        }
    }

    fn token(&mut self, token: Token<'_>) {
        if self.too_deep > 0 {
            match token {
                Token::Open => self.too_deep += 1,
                Token::Close => self.too_deep -= 1,
                _ => {}
            }
            return;
        }
        match token {
            Token::Text(run) => self.text(run),
            // Escaped braces and backslashes are bytes of the text, and may
            // be the second byte of a double-byte character.
            Token::Hex(b) | Token::Symbol(b @ (b'\\' | b'{' | b'}')) => self.byte(b),
            Token::Open => {
                self.flush();
                self.open();
            }
            Token::Close => {
                self.flush();
                self.close();
            }
            Token::Word(word, param) => {
                self.flush();
                self.word(word, param);
            }
            Token::Symbol(c) => {
                self.flush();
                self.symbol(c);
            }
        }
    }

    /// The group is nested in the document's (a destination at the top
    /// level would swallow the whole document).
    fn nested(&self) -> bool {
        self.frames.len() >= 2
    }

    fn top(&mut self) -> &mut Sink {
        self.sinks.last_mut().unwrap_or(&mut self.body)
    }

    /// A `\*` not followed by a control word: the group is skipped (not
    /// at the top level, where it would skip the whole document).
    fn settle_star(&mut self) {
        if std::mem::take(&mut self.star) && self.nested() {
            self.state.dest = Dest::Skip;
        }
    }

    fn open(&mut self) {
        self.skip = 0;
        self.settle_star();
        if self.frames.len() >= DEPTH_CAP {
            self.too_deep = 1;
            return;
        }
        self.frames.push(Frame {
            saved: self.state,
            owns_sink: false,
        });
    }

    fn close(&mut self) {
        self.skip = 0;
        self.star = false;
        // An extra `}` closes nothing.
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if frame.owns_sink {
            self.end_paragraph(false);
            self.sinks.pop();
        }
        self.state = frame.saved;
    }

    fn text(&mut self, run: &[u8]) {
        let skipped = self.skip.min(run.len());
        self.skip -= skipped;
        let run = run.get(skipped..).unwrap_or_default();
        if run.is_empty() {
            return;
        }
        if self.star && run.iter().all(|b| *b == b' ') {
            return;
        }
        self.settle_star();
        match self.state.dest {
            Dest::Text => self.pending.extend_from_slice(run),
            Dest::ColorTable => {
                for _ in run.iter().filter(|b| **b == b';') {
                    self.end_color();
                }
            }
            _ => {}
        }
    }

    fn byte(&mut self, b: u8) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        self.settle_star();
        if self.state.dest == Dest::Text {
            self.pending.push(b);
        }
    }

    /// Decodes the pending bytes in the current font's code page.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        let text = decode(self.current_code_page(), &bytes);
        self.emit(&text);
        self.pending = bytes;
        self.pending.clear();
    }

    fn current_code_page(&self) -> CodePage {
        let font = self.state.font.unwrap_or(self.default_font);
        self.fonts.get(&font).copied().unwrap_or(self.code_page)
    }

    fn symbol(&mut self, c: u8) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match c {
            b'*' => self.star = true,
            b'~' => self.emit("\u{A0}"),
            b'_' => self.emit("-"),
            b'\n' if self.state.dest == Dest::Text => self.end_paragraph(false),
            // `\-` (optional hyphen), `\:`, `\|` and the rest show nothing.
            _ => {}
        }
    }

    fn word(&mut self, word: &[u8], param: Option<i32>) {
        // A control word counts as one fallback character after `\u`.
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        if self.state.dest == Dest::Skip {
            return;
        }
        if std::mem::take(&mut self.star) {
            self.starred(word);
            return;
        }
        match self.state.dest {
            Dest::Text => self.text_word(word, param),
            Dest::FontTable => self.font_word(word, param),
            Dest::ColorTable => self.color_word(word, param),
            Dest::Info => {
                if word == b"nofpages" {
                    self.pages = param.and_then(|n| u32::try_from(n).ok()).filter(|n| *n > 0);
                }
            }
            Dest::Shape => match word {
                b"shptxt" | b"dptxbxtext" => self.open_sink(Origin::TextBox),
                // The shape's result repeats the text box as an old-style
                // drawing object.
                b"shprslt" => self.state.dest = Dest::Skip,
                _ => {}
            },
            Dest::ListText | Dest::Skip => {}
        }
    }

    /// `{\*\word ...}`: an optional destination. Only shapes (whose text
    /// boxes are text) and old-style list numbering mean anything here.
    fn starred(&mut self, word: &[u8]) {
        if !self.nested() {
            return;
        }
        let dest = self.state.dest;
        self.state.dest = Dest::Skip;
        match word {
            b"shpinst" if matches!(dest, Dest::Text | Dest::Shape) => {
                self.state.dest = Dest::Shape;
            }
            b"pn" if dest == Dest::Text => {
                self.top().para.bullet = true;
            }
            b"background" => self.page_background = true,
            _ => {}
        }
    }

    /// A control word in text: a character, a break, a destination or
    /// formatting.
    fn text_word(&mut self, word: &[u8], param: Option<i32>) {
        if let Some(text) = special_character(word) {
            self.emit(text);
        } else if !self.destination(word) {
            self.format(word, param);
        }
    }

    /// Starts the destination `word` names, if it names one.
    fn destination(&mut self, word: &[u8]) -> bool {
        match word {
            b"header" | b"headerl" | b"headerr" | b"headerf" => self.open_sink(Origin::Header),
            b"footer" | b"footerl" | b"footerr" | b"footerf" => self.open_sink(Origin::Footer),
            b"footnote" => self.open_sink(Origin::Footnote),
            b"shptxt" | b"dptxbxtext" => self.open_sink(Origin::TextBox),
            // At the top level a destination would swallow the document.
            _ if !self.nested() => return false,
            b"listtext" | b"pntext" | b"pn" => {
                self.top().para.bullet = true;
                self.state.dest = Dest::ListText;
            }
            b"fonttbl" => self.state.dest = Dest::FontTable,
            b"colortbl" => {
                self.colors.clear();
                self.color_def = None;
                self.state.dest = Dest::ColorTable;
            }
            b"info" => self.state.dest = Dest::Info,
            b"shp" | b"do" => self.state.dest = Dest::Shape,
            _ if SKIPPED.contains(&word) => self.state.dest = Dest::Skip,
            _ => return false,
        }
        true
    }

    /// Breaks, Unicode, code pages and the formatting that decides where
    /// text goes and whether it shows.
    fn format(&mut self, word: &[u8], param: Option<i32>) {
        match word {
            b"par" | b"sect" => self.end_paragraph(false),
            b"cell" | b"nestcell" | b"row" | b"nestrow" => self.end_paragraph(true),
            b"line" | b"page" | b"column" => self.line_break(),
            b"u" => {
                if let Some(n) = param {
                    self.unicode(n);
                }
            }
            b"uc" => {
                let n = param.unwrap_or(1).clamp(0, UC_CAP);
                self.state.uc = u8::try_from(n).unwrap_or(1);
            }
            b"ansi" => self.code_page = CodePage::Enc(encoding_rs::WINDOWS_1252),
            b"mac" => self.code_page = CodePage::Enc(encoding_rs::MACINTOSH),
            b"ansicpg" => {
                if let Some(encoding) = param.and_then(code_page) {
                    self.code_page = CodePage::Enc(encoding);
                }
            }
            b"deff" => self.default_font = param.unwrap_or(0),
            b"f" => self.state.font = Some(param.unwrap_or(0)),
            // `\fs0` is no size; it is not taken as tiny.
            b"fs" => {
                if let Some(size) = param.filter(|n| *n > 0) {
                    self.state.size = size;
                }
            }
            b"cf" => self.state.color = index(param),
            b"cb" | b"chcbpat" | b"highlight" => self.state.shade = index(param),
            b"cbpat" => self.state.para_shade = index(param),
            b"clcbpat" | b"trcbpat" if self.is_dark(index(param)) => self.row_dark = true,
            b"trowd" => self.row_dark = false,
            b"v" => self.state.vanish = param != Some(0),
            b"deleted" => self.state.deleted = param != Some(0),
            b"plain" => self.state.plain(),
            b"pard" => self.state.pard(),
            b"intbl" => self.state.intbl = true,
            b"itap" if param.is_some_and(|n| n >= 1) => self.state.intbl = true,
            b"ls" => self.state.ls = param,
            b"ilvl" => self.state.ilvl = true,
            _ => {}
        }
    }

    fn font_word(&mut self, word: &[u8], param: Option<i32>) {
        let code_page = match word {
            b"f" => {
                self.font_def = param.unwrap_or(0);
                return;
            }
            b"fcharset" => param.and_then(charset),
            b"cpg" => param.and_then(code_page).map(CodePage::Enc),
            _ => None,
        };
        if let Some(code_page) = code_page
            && (self.fonts.len() < TABLE_CAP || self.fonts.contains_key(&self.font_def))
        {
            self.fonts.insert(self.font_def, code_page);
        }
    }

    fn color_word(&mut self, word: &[u8], param: Option<i32>) {
        let channel = match word {
            b"red" => 0,
            b"green" => 1,
            b"blue" => 2,
            _ => return,
        };
        let value = u8::try_from(param.unwrap_or(0).clamp(0, 255)).unwrap_or(0);
        self.color_def.get_or_insert([0; 3])[channel] = value;
    }

    /// A `;` in the colour table ends one colour.
    fn end_color(&mut self) {
        let color = self.color_def.take();
        if self.colors.len() < TABLE_CAP {
            self.colors.push(color);
        }
    }

    fn is_light(&self, index: usize) -> bool {
        matches!(self.colors.get(index), Some(Some(rgb)) if rgb.iter().all(|c| *c >= 0xF0))
    }

    fn is_dark(&self, index: usize) -> bool {
        index > 0 && matches!(self.colors.get(index), Some(Some(_))) && !self.is_light(index)
    }

    /// Starts a header, footer, footnote or text box: its paragraphs are
    /// collected apart from the body paragraph it sits in, until its `}`.
    fn open_sink(&mut self, origin: Origin) {
        if !self.nested() {
            return;
        }
        let part = match origin {
            Origin::Header => HEADER_PART,
            Origin::Footer => FOOTER_PART,
            Origin::Footnote => FOOTNOTE_PART,
            _ => self.top().part,
        };
        if let Some(frame) = self.frames.last_mut()
            && !frame.owns_sink
        {
            frame.owns_sink = true;
            self.sinks.push(Sink {
                origin,
                part,
                para: Para::default(),
            });
        }
        self.state.dest = Dest::Text;
    }

    /// `\uN`: one UTF-16 unit (negative N counts from 65536), then the
    /// fallback characters for readers without Unicode are skipped.
    fn unicode(&mut self, n: i32) {
        let unit = u32::try_from(i64::from(n).rem_euclid(65536)).unwrap_or(0xFFFD);
        let high = self.high.take();
        match unit {
            0xD800..=0xDBFF => self.high = Some(unit),
            0xDC00..=0xDFFF => {
                if let Some(high) = high {
                    let c = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00);
                    if let Some(c) = char::from_u32(c) {
                        self.emit(c.encode_utf8(&mut [0; 4]));
                    }
                }
            }
            _ => {
                if let Some(c) = char::from_u32(unit) {
                    self.emit(c.encode_utf8(&mut [0; 4]));
                }
            }
        }
        self.skip = usize::from(self.state.uc);
    }

    /// How text written now would be hidden, as the DOCX reader decides it.
    fn hidden_how(&self) -> Option<HiddenHow> {
        let s = self.state;
        // `\fs` is in half-points: under 6 is under 3 pt.
        if s.vanish {
            Some(HiddenHow::Vanish)
        } else if (1..6).contains(&s.size) {
            Some(HiddenHow::Tiny)
        } else if self.is_light(s.color)
            && !self.page_background
            && !self.row_dark
            && !self.is_dark(s.shade)
            && !self.is_dark(s.para_shade)
            // A text box may be filled dark; its fill is not read.
            && self.sinks.last().is_none_or(|s| s.origin != Origin::TextBox)
        {
            Some(HiddenHow::Background)
        } else {
            None
        }
    }

    /// Adds text to the current paragraph (or its hidden text).
    fn emit(&mut self, text: &str) {
        self.high = None;
        if self.state.dest != Dest::Text || self.state.deleted {
            return;
        }
        let how = self.hidden_how();
        let para = &mut self.top().para;
        let visible = text.chars().filter(|c| !c.is_control() || *c == '\t');
        match how {
            Some(how) => {
                if text.chars().any(|c| !c.is_whitespace()) {
                    para.hidden_how.get_or_insert(how);
                }
                para.hidden.extend(visible);
            }
            None => para.text.extend(visible),
        }
    }

    fn line_break(&mut self) {
        if self.hidden_how().is_none() && !self.state.deleted {
            self.top().para.text.push('\n');
        }
    }

    fn end_paragraph(&mut self, cell: bool) {
        let list = self.state.is_list();
        let in_table = cell || self.state.intbl;
        let sink = self.top();
        let para = std::mem::take(&mut sink.para);
        let origin = if sink.origin == Origin::Body && in_table {
            Origin::Table
        } else {
            sink.origin
        };
        let part = sink.part;
        self.out.add(para, origin, part, list);
    }

    /// The end of the input: open paragraphs keep their text, even when
    /// the file was cut short.
    fn finish(mut self) -> Document {
        self.flush();
        while !self.sinks.is_empty() {
            self.end_paragraph(false);
            self.sinks.pop();
        }
        self.end_paragraph(false);
        Document::of_lines(
            self.out.parts.into_iter().flatten(),
            self.pages,
            self.out.hidden,
        )
    }
}

impl Collected {
    fn add(&mut self, para: Para, origin: Origin, part: usize, list: bool) {
        let hidden = para.hidden.trim();
        if !hidden.is_empty() {
            self.hidden.push(Hidden {
                text: hidden.to_owned(),
                how: para.hidden_how.unwrap_or(HiddenHow::Vanish),
                page: None,
            });
        }
        if para.text.trim().is_empty() {
            return;
        }
        let margin = matches!(origin, Origin::Header | Origin::Footer);
        if margin && !self.seen_margin_text.insert(para.text.clone()) {
            return;
        }
        let Some(lines) = self.parts.get_mut(part) else {
            return;
        };
        let mut first = true;
        for piece in para.text.split('\n') {
            // Leading space is the layout of the source (a space after
            // `{\chftn}`, a tab before an item), not text.
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            let text = if std::mem::take(&mut first) {
                bulleted(piece, list || para.bullet)
            } else {
                piece.to_owned()
            };
            if !text.is_empty() {
                lines.push((text, origin));
            }
        }
    }
}

/// A list item's line as the DOCX reader writes it: `• ` and the text,
/// whatever bullet glyph (and tab) the document drew.
fn bulleted(line: &str, list: bool) -> String {
    let trimmed = line.trim_start();
    let mut chars = trimmed.chars();
    let first = chars.next();
    let rest = chars.as_str();
    let spaced = rest.is_empty() || rest.starts_with(char::is_whitespace);
    let marker = match first {
        Some(c) if BULLETS.contains(&c) => spaced,
        // A dash is a marker only before the tab that indents the item
        // (pandoc's second level: `\endash\tab`); before a space it is text.
        Some(c) if TAB_MARKERS.contains(&c) => rest.starts_with('\t'),
        _ => false,
    };
    if marker {
        let rest = rest.trim_start();
        return if rest.is_empty() {
            String::new()
        } else {
            format!("• {rest}")
        };
    }
    if list {
        format!("• {trimmed}")
    } else {
        line.to_owned()
    }
}

/// The character a control word stands for (`\emdash` → `—`).
fn special_character(word: &[u8]) -> Option<&'static str> {
    Some(match word {
        b"tab" => "\t",
        b"emdash" => "\u{2014}",
        b"endash" => "\u{2013}",
        b"emspace" | b"enspace" | b"qmspace" => " ",
        b"bullet" => "\u{2022}",
        b"lquote" => "\u{2018}",
        b"rquote" => "\u{2019}",
        b"ldblquote" => "\u{201C}",
        b"rdblquote" => "\u{201D}",
        _ => return None,
    })
}

/// A colour or shading index; 0 ("auto") for none or nonsense.
fn index(param: Option<i32>) -> usize {
    param.and_then(|n| usize::try_from(n).ok()).unwrap_or(0)
}

fn decode(code_page: CodePage, bytes: &[u8]) -> Cow<'_, str> {
    match code_page {
        CodePage::Enc(encoding) => encoding.decode_without_bom_handling(bytes).0,
        CodePage::Symbol => bytes
            .iter()
            .filter_map(|&b| {
                if b < 0x80 {
                    Some(char::from(b))
                } else {
                    char::from_u32(0xF000 + u32::from(b))
                }
            })
            .collect(),
    }
}

/// A Windows code page number (`\ansicpgN`, `\cpgN`) as an encoding.
fn code_page(n: i32) -> Option<&'static Encoding> {
    use encoding_rs as e;
    Some(match n {
        866 => e::IBM866,
        874 => e::WINDOWS_874,
        932 => e::SHIFT_JIS,
        936 => e::GBK,
        949 => e::EUC_KR,
        950 => e::BIG5,
        1250 => e::WINDOWS_1250,
        1251 => e::WINDOWS_1251,
        1252 => e::WINDOWS_1252,
        1253 => e::WINDOWS_1253,
        1254 => e::WINDOWS_1254,
        1255 => e::WINDOWS_1255,
        1256 => e::WINDOWS_1256,
        1257 => e::WINDOWS_1257,
        1258 => e::WINDOWS_1258,
        10000 => e::MACINTOSH,
        10007 => e::X_MAC_CYRILLIC,
        20866 => e::KOI8_R,
        20932 => e::EUC_JP,
        21866 => e::KOI8_U,
        28591 => e::WINDOWS_1252,
        28592 => e::ISO_8859_2,
        28595 => e::ISO_8859_5,
        28597 => e::ISO_8859_7,
        54936 => e::GB18030,
        65001 => e::UTF_8,
        _ => return None,
    })
}

/// A font's character set (`\fcharsetN`) as a code page; `None` for ANSI
/// and default (the document's code page) and sets we cannot decode.
fn charset(n: i32) -> Option<CodePage> {
    use encoding_rs as e;
    let encoding = match n {
        2 => return Some(CodePage::Symbol),
        77 => e::MACINTOSH,
        128 => e::SHIFT_JIS,
        129 => e::EUC_KR,
        134 => e::GBK,
        136 => e::BIG5,
        161 => e::WINDOWS_1253,
        162 => e::WINDOWS_1254,
        163 => e::WINDOWS_1258,
        177 => e::WINDOWS_1255,
        178 => e::WINDOWS_1256,
        186 => e::WINDOWS_1257,
        204 => e::WINDOWS_1251,
        222 => e::WINDOWS_874,
        238 => e::WINDOWS_1250,
        _ => return None,
    };
    Some(CodePage::Enc(encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(rtf: &str) -> Document {
        extract(rtf.as_bytes()).expect("reads")
    }

    fn texts(rtf: &str) -> Vec<String> {
        read(rtf).lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn rtf_text_rules() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "plain paragraphs",
                r"{\rtf1\ansi Jane Doe\par Software Engineer\par}",
                &["Jane Doe", "Software Engineer"],
            ),
            (
                "cp1252 hex bytes",
                r"{\rtf1\ansi\ansicpg1252 Caf\'e9 \'96 \'93quoted\'94\par}",
                &["Café – “quoted”"],
            ),
            (
                "unicode with its fallback skipped",
                r"{\rtf1 Price \u8364?5\par}",
                &["Price €5"],
            ),
            ("uc0: no fallback", r"{\rtf1\uc0 A\u8364 5\par}", &["A€5"]),
            (
                "uc2: two hex fallbacks",
                r"{\rtf1\uc2 A\u8364\'80\'80B\par}",
                &["A€B"],
            ),
            (
                "uc is scoped to its group",
                r"{\rtf1 {\uc2 \u233??}\u233?x\par}",
                &["ééx"],
            ),
            ("negative unicode", r"{\rtf1 \u-21504?\par}", &["가"]),
            (
                "surrogate pair",
                r"{\rtf1 \u-10179?\u-8704? ok\par}",
                &["😀 ok"],
            ),
            (
                "control symbols",
                r"{\rtf1 a\~b\-c\_d \{x\} \\\par}",
                &["a\u{A0}bc-d {x} \\"],
            ),
            (
                "special characters",
                r"{\rtf1 a\emdash b\endash c \lquote x\rquote  \ldblquote y\rdblquote\par}",
                &["a—b–c ‘x’ “y”"],
            ),
            (
                "tab and line break",
                r"{\rtf1 A\tab B\line C\par}",
                &["A\tB", "C"],
            ),
            (
                "source line breaks are not text",
                "{\\rtf1 Sys\r\ntem\nAdmin\\par}",
                &["SystemAdmin"],
            ),
            (
                "backslash before a line break is a paragraph",
                "{\\rtf1 One\\\nTwo\\par}",
                &["One", "Two"],
            ),
            (
                "blank lines dropped, spaces trimmed",
                r"{\rtf1 A  \par\par   \par\tab B\par}",
                &["A", "B"],
            ),
            (
                "font, colour, style tables and info skipped",
                r"{\rtf1{\fonttbl{\f0\fswiss Helvetica;}{\f1 Times New Roman;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}{\s1 heading 1;}}{\info{\title My CV}{\author Jane}}\f0 Jane\par}",
                &["Jane"],
            ),
            (
                "a stray star at the top level skips nothing",
                r"{\rtf1\*\generator x; Jane\par}",
                &["x; Jane"],
            ),
            (
                "unknown starred destination skipped",
                r"{\rtf1 A{\*\unknown secret {nested} {\b text}}B\par}",
                &["AB"],
            ),
            (
                "hyperlink: instruction skipped, result kept",
                r#"{\rtf1 See {\field{\*\fldinst{HYPERLINK "https://x.example"}}{\fldrslt{\ul my site}}}.\par}"#,
                &["See my site."],
            ),
            (
                "pictures, theme data, bookmarks and comments skipped",
                r"{\rtf1 A{\*\shppict{\pict\pngblip 89504e47}}{\nonshppict{\pict 0102}}{\*\themedata 504b0304}{\*\bkmkstart _GoBack}{\*\atnid JD}{\*\annotation note}B\par}",
                &["AB"],
            ),
            (
                "binary data skipped, braces in it too",
                r"{\rtf1 A{\*\blob\bin6 }}}{{{}B\par}",
                &["AB"],
            ),
            (
                "binary outside a group",
                r"{\rtf1 A\bin3 xyzB\par}",
                &["AB"],
            ),
            (
                "binary longer than the file",
                r"{\rtf1 A\par\bin999999999 xyz",
                &["A"],
            ),
            (
                "Cyrillic code page",
                r"{\rtf1\ansi\ansicpg1251 \'c8\'e2\'e0\'ed\par}",
                &["Иван"],
            ),
            (
                "a font's character set",
                r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset204 Arial Cyr;}}\f0 Caf\'e9 {\f1 \'c8}\par}",
                &["Café И"],
            ),
            (
                "double-byte code page",
                r"{\rtf1\ansi\ansicpg932 \'93\'fa\'96\'7b\par}",
                &["日本"],
            ),
            (
                "list text becomes a bullet",
                r"{\rtf1{\pntext\f3 \'b7\tab}\pard\ls1 item\par}",
                &["• item"],
            ),
            (
                "numbered list text becomes a bullet",
                r"{\rtf1{\listtext\pard\plain 1.\tab}\pard\ls2\ilvl0 First\par\pard Plain\par}",
                &["• First", "Plain"],
            ),
            (
                "drawn bullets",
                r"{\rtf1{\pard \bullet \tab Phone\par}{\pard \endash \tx360\tab Nested\par}{\pard \endash  en dash text\par}}",
                &["• Phone", "• Nested", "– en dash text"],
            ),
            ("ls0 is no list", r"{\rtf1\pard\ls0 Plain\par}", &["Plain"]),
            (
                "pard ends the list",
                r"{\rtf1\pard\ls1 One\par\pard Two\par}",
                &["• One", "Two"],
            ),
            (
                "tracked deletion dropped",
                r"{\rtf1 Kept{\deleted  gone}\par}",
                &["Kept"],
            ),
            (
                "extra closing braces ignored",
                r"{\rtf1 A}}} B\par}",
                &["A B"],
            ),
            (
                "truncated file keeps what was read",
                r"{\rtf1 {\pard First\par}{\pard Seco",
                &["First", "Seco"],
            ),
            ("truncated hex escape", r"{\rtf1 A\'e", &["A"]),
            ("truncated control word", r"{\rtf1 A\", &["A"]),
            ("no text", r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}}", &[]),
        ];
        for (what, rtf, want) in cases {
            assert_eq!(texts(rtf), *want, "{what}");
        }
    }

    #[test]
    fn rtf_origins() {
        use Origin::{Body, Footer, Footnote, Header, Table, TextBox};
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, Origin)]);
        let cases: &[Case<'_>] = &[
            (
                "header and footer around the body",
                r"{\rtf1{\header \pard Jane Doe\par}{\footer \pard Page 1\par}\pard Body\par}",
                &[("Jane Doe", Header), ("Body", Body), ("Page 1", Footer)],
            ),
            (
                "a header repeated by a section kept once",
                r"{\rtf1{\headerr Jane\par}Body\par\sect{\headerr Jane\par}More\par}",
                &[("Jane", Header), ("Body", Body), ("More", Body)],
            ),
            (
                "table cells",
                r"{\rtf1\trowd\cellx1000\cellx2000\pard\intbl Go\cell Rust\cell\row\pard After\par}",
                &[("Go", Table), ("Rust", Table), ("After", Body)],
            ),
            (
                "footnote apart from its paragraph",
                r"{\rtf1\pard Led the team{\super\chftn}{\footnote\pard\plain{\super\chftn} Source: report.\par} daily.\par}",
                &[("Led the team daily.", Body), ("Source: report.", Footnote)],
            ),
            (
                "text box once, not its drawing-object copy",
                r"{\rtf1 Body\par{\shp{\*\shpinst{\sp{\sn shapeType}{\sv 202}}{\shptxt \pard Boxed\par}}{\shprslt{\*\do\dptxbxtext{\pard Boxed\par}}}}}",
                &[("Body", Body), ("Boxed", TextBox)],
            ),
        ];
        for (what, rtf, want) in cases {
            let got: Vec<(String, Origin)> = read(rtf)
                .lines
                .into_iter()
                .map(|l| (l.text, l.origin))
                .collect();
            let want: Vec<(String, Origin)> =
                want.iter().map(|(t, o)| ((*t).to_owned(), *o)).collect();
            assert_eq!(got, want, "{what}");
        }
        let doc = read(r"{\rtf1 A\par B\par}");
        let numbers: Vec<u32> = doc.lines.iter().map(|l| l.source_line).collect();
        assert_eq!(numbers, [1, 2]);
    }

    #[test]
    fn rtf_hidden_text_is_kept_apart() {
        let white = r"{\colortbl;\red255\green255\blue255;\red31\green56\blue100;}";
        type Case<'a> = (&'a str, String, &'a [&'a str], &'a [(&'a str, HiddenHow)]);
        let cases: &[Case<'_>] = &[
            (
                "\\v group",
                r"{\rtf1 Python{\v  Kubernetes} dev\par}".to_owned(),
                &["Python dev"],
                &[("Kubernetes", HiddenHow::Vanish)],
            ),
            (
                "\\v and \\v0",
                r"{\rtf1 A\v  secret\v0  B\par}".to_owned(),
                &["A B"],
                &[("secret", HiddenHow::Vanish)],
            ),
            (
                "\\plain ends it",
                r"{\rtf1 \v x\plain y\par}".to_owned(),
                &["y"],
                &[("x", HiddenHow::Vanish)],
            ),
            (
                "under 3 pt",
                r"{\rtf1 Visible {\fs2 Kafka}\par}".to_owned(),
                &["Visible"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "white on the page",
                format!(r"{{\rtf1{white}Visible {{\cf1 Kafka}}\par}}"),
                &["Visible"],
                &[("Kafka", HiddenHow::Background)],
            ),
            (
                "white on a dark highlight shows",
                format!(r"{{\rtf1{white}Visible {{\cf1\highlight2 Kafka}}\par}}"),
                &["Visible Kafka"],
                &[],
            ),
        ];
        for (what, rtf, lines, hidden) in cases {
            let doc = read(rtf);
            let got: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(got, *lines, "{what}");
            let got: Vec<(&str, HiddenHow)> = doc
                .hidden
                .iter()
                .map(|h| (h.text.as_str(), h.how))
                .collect();
            assert_eq!(got, *hidden, "{what}");
        }
    }

    #[test]
    fn rtf_page_count_comes_from_info() {
        assert_eq!(read(r"{\rtf1{\info{\nofpages2}}A\par}").pages, Some(2));
        assert_eq!(read(r"{\rtf1 A\par}").pages, None);
    }

    #[test]
    fn rtf_deep_nesting_is_bounded_not_overflowed() {
        let n = 1_000_000;
        let deep = format!(
            r"{{\rtf1 before{}deep{} after\par}}",
            "{".repeat(n),
            "}".repeat(n)
        );
        assert_eq!(texts(&deep), ["before after"]);
        let unclosed = format!(r"{{\rtf1 A\par{}B", "{".repeat(n));
        assert_eq!(texts(&unclosed), ["A"]);
    }

    #[test]
    fn rtf_every_truncation_reads_and_stays_small() {
        let sample = concat!(
            r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset2 Symbol;}}",
            r"{\colortbl;\red255\green255\blue255;}{\header Jane\par}",
            r"{\pntext\f1 \'b7\tab}\pard\ls1 Caf\'e9 \u8364? {\v hidden}\par",
            r"\trowd\cellx100\pard\intbl {\field{\*\fldinst HYPERLINK x}{\fldrslt site}}\cell\row",
            r"{\footnote note\par}{\*\x\bin4 }}}}}\uc2\u-10179\'3f\'3f\u-8704??\line end\par}",
        );
        for cut in 0..=sample.len() {
            let bytes = &sample.as_bytes()[..cut];
            let Ok(doc) = extract(bytes) else {
                assert!(cut < 5, "cut at {cut}");
                continue;
            };
            let out: usize = doc.lines.iter().map(|l| l.text.len()).sum::<usize>()
                + doc.hidden.iter().map(|h| h.text.len()).sum::<usize>();
            assert!(out <= 3 * cut, "cut at {cut}: {out} bytes out");
        }
        let whole = texts(sample);
        assert_eq!(
            whole,
            ["Jane", "• Café €", "site", "😀", "end", "note"],
            "{whole:?}"
        );
    }

    /// Seeded mutations of the sample towards RTF's own syntax (braces,
    /// escapes, digits): always a document, never a panic, never large.
    #[test]
    fn rtf_mutations_read_and_stay_small() {
        let sample = concat!(
            r"{\rtf1\ansi\ansicpg932{\fonttbl{\f1\fcharset2 Symbol;}}{\colortbl;\red255\green255\blue255;}",
            r"{\header{\shp{\*\shpinst{\shptxt Box\par}}}}\uc2\u-10179\'82\'a0\u-8704??",
            r"{\listtext\f1 \'b7\tab}\ls1\intbl\'93\'fa{\v\cf1\fs2 x}\cell\row{\footnote n\par}\bin2 }{\par}",
        );
        let alphabet = b"{}\\'*;- 09afuvbinparcell\r\n";
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            let mut bytes = sample.as_bytes().to_vec();
            for _ in 0..rng.usize(1..8) {
                let at = rng.usize(5..bytes.len());
                let b = alphabet[rng.usize(..alphabet.len())];
                match rng.u8(..3) {
                    0 => bytes[at] = b,
                    1 => bytes.insert(at, b),
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            let doc = extract(&bytes).expect("still starts with {\\rtf");
            let out: usize = doc.lines.iter().map(|l| l.text.len()).sum::<usize>()
                + doc.hidden.iter().map(|h| h.text.len()).sum::<usize>();
            assert!(out <= 3 * bytes.len(), "{out} bytes out of {}", bytes.len());
        }
    }

    #[test]
    fn rtf_other_bytes_are_refused() {
        let err = extract(b"PK\x03\x04").expect_err("not RTF");
        assert_eq!(err.code, ErrorCode::Corrupt);
    }

    /// The RTFs of the shared corpus, read as a user would see them (their
    /// DOCX twins checked by eye: same lines, see each case).
    #[test]
    #[allow(clippy::print_stderr)]
    fn rtf_corpus_files() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/docx");
        if !std::path::Path::new(dir).is_dir() {
            eprintln!("no corpus at {dir}; skipping the RTF corpus check");
            return;
        }
        let read_file = |name: &str| {
            let bytes = std::fs::read(format!("{dir}/{name}")).expect("corpus file");
            extract(&bytes).expect("reads")
        };
        /// A line with font-table or theme junk in it.
        fn junk(doc: &Document) -> Option<&str> {
            doc.lines.iter().map(|l| l.text.as_str()).find(|l| {
                let hex_run = l
                    .split(|c: char| !c.is_ascii_hexdigit())
                    .any(|w| w.len() >= 32);
                hex_run
                    || [
                        "Times New Roman",
                        "Helvetica;",
                        "HYPERLINK",
                        "panose",
                        "MSIP_Label",
                    ]
                    .iter()
                    .any(|j| l.contains(j))
            })
        }

        let doc = read_file("jamestomasino__resume__resume.rtf");
        let lines: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(lines.len(), 111);
        assert_eq!(lines[0], "James Tomasino");
        assert_eq!(lines[2], "• Phone: 410.929.3008");
        assert!(lines.contains(&"Experience"));
        assert!(lines.contains(&"• Gold: Website Flash, Online (Fight for Gotham City)"));
        assert!(lines.iter().any(|l| l.contains("denoted with a † symbol")));
        assert!(lines.iter().any(|l| l.starts_with("©2013 James Tomasino.")));
        assert_eq!(junk(&doc), None);

        let doc = read_file("mszep__pandoc_resume__resume_fr.rtf");
        let lines: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(lines.len(), 71);
        assert_eq!(lines[0], "Martin Piegay");
        assert!(lines.contains(&"Compétences"));
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Je suis un jeune ingénieur logiciel"))
        );
        assert!(lines.contains(&"Diplôme d’ingénieur; Télécom Saint-Étienne (FR)"));
        assert!(
            lines.contains(&"• Flæg: Une interface en ligne de commande dynamique et auto généré")
        );
        assert_eq!(junk(&doc), None);

        // Word, 1.3 MB: fonts, styles, lists, a QR-code picture and theme
        // data around 49 lines of text; the keyword-stuffed header and
        // footer are set in 1 pt white type.
        let doc = read_file("jasonadsit__resume__resume.rtf");
        let lines: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(lines.len(), 49);
        assert_eq!(lines[0], "Jason Adsit");
        assert_eq!(lines[1], "Home  (503) 949-2493 | jason.l.adsit@gmail.com");
        assert_eq!(
            lines[3],
            "7/2022-Present, Cybersecurity Assessment Manager, State of Oregon"
        );
        assert!(
            lines
                .contains(&"• Liaison to the Oregon Titan Fusion Center’s IT Sector Working Group")
        );
        assert_eq!(lines[48], "Scan This to Save My Contact Card");
        assert!(doc.lines.iter().all(|l| l.origin == Origin::Body));
        assert_eq!(junk(&doc), None);
        assert_eq!(doc.pages, Some(2));
        assert_eq!(doc.hidden.len(), 2);
        assert!(doc.hidden.iter().all(|h| h.how == HiddenHow::Tiny));
        assert!(doc.hidden[0].text.starts_with("CIS Controls,SANS,OSCIO"));
        assert!(
            doc.hidden[1]
                .text
                .starts_with("Policy and Planning (PLCYPLN)")
        );
    }
}
