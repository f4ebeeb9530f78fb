//! Tokens: the text of a LaTeX source cut into control sequences, braces,
//! text and spaces.
//!
//! In: a byte range of one source's text, the 0-based line it starts on,
//! and whether `@` is a letter (`\makeatletter`, the reader's to say). Out:
//! [`Tok`]s on demand, each a range of the source text with its line.
//! `%` comments are dropped here, with the line break they end, and the
//! links after `\url` and `\href` are taken as written, because their `%`,
//! `#` and `~` are characters and must not start a comment or a parameter.
//! The rules for comments and line breaks are lent out too
//! ([`comment_start`], [`count_breaks`]), so that the reader's scans of raw
//! text agree with the tokens.
//!
//! Knows no macro meanings beyond the few names that change how the next
//! characters are cut (`\verb`, `\url`, `\href`, `\nolinkurl`); it expands
//! nothing and writes no text.

/// What a token is. Names, characters and text point into the source text
/// through [`Tok::start`]..[`Tok::end`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum K {
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
pub(super) struct Tok {
    pub(super) k: K,
    /// The source whose text the range points into.
    pub(super) src: u16,
    /// Where the token's text shows: file and 0-based line. Tokens of a
    /// macro body carry the place the macro was used.
    pub(super) at: u16,
    pub(super) line: u32,
    /// From a macro body: its text joins the line being written.
    pub(super) soft: bool,
    /// Of a short argument the body lays out on its own row: it joins
    /// like a body's text, but a line break of its own ends no row.
    pub(super) lent: bool,
    pub(super) start: u32,
    pub(super) end: u32,
}

impl Tok {
    /// A token with no text of its own, placed like `like`.
    pub(super) fn synthetic(k: K, like: &Tok) -> Tok {
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
pub(super) struct Lexer {
    pub(super) src: u16,
    pos: usize,
    end: usize,
    line: u32,
    /// At the start of a line: spaces are skipped, a line break is a blank line.
    line_start: bool,
    /// The link after `\url`/`\href`, read with the name.
    stash: Option<Tok>,
}

impl Lexer {
    pub(super) fn new(src: u16, start: usize, end: usize, line: u32, line_start: bool) -> Lexer {
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
            lent: false,
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

    pub(super) fn next(&mut self, text: &str, at_letter: bool) -> Option<Tok> {
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

/// Where a `%` comment starts in a line (its length when there is none).
pub(super) fn comment_start(line: &str) -> usize {
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
pub(super) fn count_breaks(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut n = 0u32;
    for (i, c) in b.iter().enumerate() {
        if *c == b'\n' || (*c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n = n.saturating_add(1);
        }
    }
    n
}
