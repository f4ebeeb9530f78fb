//! ODT (OpenDocument text): our own reader on `zip` + `quick-xml`.
//!
//! In: the bytes of an ODT (a zip holding `content.xml`, usually with
//! `styles.xml` and `meta.xml`). Out: a [`Document`] with one line per
//! paragraph or heading (or per `text:line-break` inside one), each tagged
//! with where it came from: body, table, header, footer, text box or
//! footnote. Page headers come first, then the body, the footers and the
//! notes, as the DOCX reader orders them. List items start with `• ` so the
//! segmenter sees them as bullets. Hidden text (`text:hidden-text`,
//! `text:hidden-paragraph`, hidden sections, `text:display="none"`, white
//! on the page, under 3 pt, through automatic and common styles and their
//! parents) is kept apart in [`Document::hidden`], never analyzed.
//! Comments, tracked deletions, declarations, forms, note citations and
//! image alt text are not page text and are skipped.
//!
//! Bounded on hostile files: every part is read through a decompressed-size
//! cap and all parts share a budget (the sizes a zip declares are never
//! trusted), XML nesting depth is capped, style parent chains are followed
//! a fixed number of steps, runs of `text:s` spaces are capped, and nothing
//! recurses.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Seek};

use quick_xml::events::{BytesStart, Event};

use super::layout::{Hidden, HiddenHow, MIN_VISIBLE_SIZE};
use super::zipped::{Parts, attr, local};
use super::{Document, ErrorCode, FileError, Origin};

/// Deepest XML nesting accepted (real documents stay far below this).
const DEPTH_CAP: usize = 512;
/// Most parent styles followed from one style (real chains are a few long;
/// this also ends a style that names itself as its parent).
const STYLE_CHAIN: usize = 16;
/// Most spaces in a row that `text:s` may add: more says nothing, and a
/// cap keeps `<text:s text:c="999999999"/>` from allocating gigabytes.
const SPACE_RUN_CAP: usize = 64;
/// The font size of text no style sizes (ODF's and LibreOffice's default).
const DEFAULT_SIZE_PT: f64 = 12.0;

/// Reads the text of an ODT.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        FileError::new(
            ErrorCode::Corrupt,
            format!("a damaged ODT ({e}); open and re-save it in LibreOffice, or export a PDF"),
        )
    })?;
    let mut parts = Parts::new(zip, "ODT", "LibreOffice");
    refuse_encrypted(&mut parts)?;
    let content = parts.read("content.xml")?.ok_or_else(|| {
        FileError::new(
            ErrorCode::Corrupt,
            "a damaged ODT (no content.xml); open and re-save it in LibreOffice, or export a PDF",
        )
    })?;
    let styles_xml = parts.read("styles.xml")?;

    // Automatic styles are private to their part (both parts may have a
    // "P1"); common styles in styles.xml are shared by both.
    let mut common = Sheet::default();
    let mut margin_auto = Sheet::default();
    if let Some(xml) = &styles_xml {
        read_styles(xml, "styles.xml", &mut common, &mut margin_auto)?;
    }
    let mut body_auto = Sheet::default();
    read_styles(&content, "content.xml", &mut common, &mut body_auto)?;
    let page_dark = common.page_dark || margin_auto.page_dark;

    let mut out = Collected::default();
    if let Some(xml) = &styles_xml {
        let styles = Styles::new(&margin_auto, &common, page_dark);
        parse_text(xml, "styles.xml", &styles, &mut out)?;
    }
    parse_text(
        &content,
        "content.xml",
        &Styles::new(&body_auto, &common, page_dark),
        &mut out,
    )?;

    let pages = parts
        .read("meta.xml")
        .ok()
        .flatten()
        .and_then(|xml| page_count(&xml));
    let Collected {
        header,
        body,
        footer,
        notes,
        hidden,
        ..
    } = out;
    let lines = header.into_iter().chain(body).chain(footer).chain(notes);
    Ok(Document::of_lines(lines, pages, hidden))
}

/// A password-protected ODT keeps a zip whose parts are encrypted; its
/// manifest says so. Reading them would only give a confusing XML error.
fn refuse_encrypted<R: Read + Seek>(parts: &mut Parts<R>) -> Result<(), FileError> {
    let manifest = parts.read("META-INF/manifest.xml")?.unwrap_or_default();
    if manifest.windows(15).any(|w| w == b"encryption-data") {
        return Err(FileError::new(
            ErrorCode::Encrypted,
            "a password-protected ODT; save a copy without the password (LibreOffice: File → Save As, untick \"Save with password\"), or export a PDF",
        ));
    }
    Ok(())
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> FileError {
    FileError::new(
        ErrorCode::Corrupt,
        format!("malformed XML in {part} ({e}); re-save the file in LibreOffice"),
    )
}

/// One level deeper, refused past [`DEPTH_CAP`].
fn deeper(depth: usize, part: &str) -> Result<usize, FileError> {
    if depth >= DEPTH_CAP {
        return Err(FileError::new(
            ErrorCode::TooLarge,
            format!("{part} is nested more than {DEPTH_CAP} levels deep; refusing to read it"),
        ));
    }
    Ok(depth + 1)
}

// ---------------------------------------------------------------- styles

/// A font size as a style states it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Size {
    Points(f64),
    /// Relative to the parent style's size.
    Percent(f64),
}

/// What one style says about visibility; `None` is "as the parent says".
#[derive(Clone, Debug, Default)]
struct Style {
    parent: Option<String>,
    display_none: Option<bool>,
    white: Option<bool>,
    size: Option<Size>,
    /// The style paints a dark background (paragraph, cell, frame, or a
    /// text highlight): white text on it shows.
    dark: Option<bool>,
}

impl Style {
    fn read_text_properties(&mut self, e: &BytesStart<'_>) {
        if let Some(display) = attr(e, "display") {
            // "condition" with text:condition="none" is ODF's "always hidden".
            self.display_none = Some(display == "none" || display == "condition");
        }
        // The window colour (automatic, black on white) wins over fo:color.
        if attr(e, "use-window-font-color").is_some_and(|v| v == "true") {
            self.white = Some(false);
        } else if let Some(colour) = attr(e, "color") {
            self.white = Some(is_light(&colour));
        }
        if let Some(size) = attr(e, "font-size").and_then(|v| parse_size(&v)) {
            self.size = Some(size);
        }
        self.read_background(e);
    }

    fn read_background(&mut self, e: &BytesStart<'_>) {
        if let Some(dark) = background(e) {
            // A paragraph style may shade both the paragraph and its text.
            self.dark = Some(dark || self.dark == Some(true));
        }
    }
}

/// The styles of one kind (automatic or common) read from one part.
#[derive(Default)]
struct Sheet {
    /// family ("paragraph", "text", "table-cell", "graphic", ...) → name → style.
    families: HashMap<String, HashMap<String, Style>>,
    /// `style:default-style` per family.
    defaults: HashMap<String, Style>,
    /// A page layout paints a dark page.
    page_dark: bool,
}

/// Whether a colour (`#RRGGBB`) is white or nearly.
fn is_light(colour: &str) -> bool {
    let hex = colour.trim().trim_start_matches('#');
    hex.len() == 6
        && (0..3).all(|i| {
            hex.get(2 * i..2 * i + 2)
                .and_then(|channel| u8::from_str_radix(channel, 16).ok())
                .is_some_and(|channel| channel >= 0xF0)
        })
}

/// Whether an element's properties paint a dark background (`Some(false)`:
/// they paint none, or a light one; `None`: they do not say).
fn background(e: &BytesStart<'_>) -> Option<bool> {
    let colour = attr(e, "background-color").map(|c| c != "transparent" && !is_light(&c));
    let fill = match attr(e, "fill").as_deref() {
        None => None,
        Some("none") => Some(false),
        Some("solid") => Some(attr(e, "fill-color").is_some_and(|c| !is_light(&c))),
        // A gradient, hatch or picture behind the text: assume it shows white text.
        Some(_) => Some(true),
    };
    match (colour, fill) {
        (None, None) => None,
        (a, b) => Some(a == Some(true) || b == Some(true)),
    }
}

/// `12pt`, `0.5cm`, `85%` ... in points (or a percentage).
fn parse_size(value: &str) -> Option<Size> {
    let value = value.trim();
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let number: f64 = value.get(..split)?.parse().ok()?;
    if !number.is_finite() {
        return None;
    }
    let points_per_unit = match value.get(split..)?.trim() {
        "%" => return Some(Size::Percent(number)),
        "pt" => 1.0,
        "in" => 72.0,
        "cm" => 72.0 / 2.54,
        "mm" => 72.0 / 25.4,
        "pc" => 12.0,
        "px" => 0.75,
        _ => return None,
    };
    Some(Size::Points(number * points_per_unit))
}

/// Collects the style definitions of one part: `office:styles` into
/// `common`, `office:automatic-styles` into `auto`.
fn read_styles(
    xml: &[u8],
    part: &str,
    common: &mut Sheet,
    auto: &mut Sheet,
) -> Result<(), FileError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut depth = 0usize;
    // The depth of `office:automatic-styles` while inside it.
    let mut auto_depth: Option<usize> = None;
    // The style being read: family, name (`None` for a default style), style.
    let mut current: Option<(String, Option<String>, Style)> = None;
    loop {
        let event = reader.read_event().map_err(|e| xml_error(part, e))?;
        let (e, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                let name = e.name();
                match local(name.as_ref()) {
                    "automatic-styles" if auto_depth == Some(depth) => auto_depth = None,
                    "style" | "default-style" => {
                        let sheet = if auto_depth.is_some() {
                            &mut *auto
                        } else {
                            &mut *common
                        };
                        store_style(current.take(), sheet);
                    }
                    _ => {}
                }
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if !empty {
            depth = deeper(depth, part)?;
        }
        let sheet = if auto_depth.is_some() {
            &mut *auto
        } else {
            &mut *common
        };
        let name = e.name();
        match local(name.as_ref()) {
            "automatic-styles" if !empty => auto_depth = Some(depth),
            kind @ ("style" | "default-style") => {
                let style = Style {
                    parent: attr(&e, "parent-style-name"),
                    ..Style::default()
                };
                let name = if kind == "style" {
                    attr(&e, "name")
                } else {
                    None
                };
                current = Some((attr(&e, "family").unwrap_or_default(), name, style));
                if empty {
                    store_style(current.take(), sheet);
                }
            }
            "text-properties" => {
                if let Some((_, _, style)) = current.as_mut() {
                    style.read_text_properties(&e);
                }
            }
            "paragraph-properties"
            | "table-properties"
            | "table-row-properties"
            | "table-cell-properties"
            | "graphic-properties"
            | "section-properties" => {
                if let Some((_, _, style)) = current.as_mut() {
                    style.read_background(&e);
                }
            }
            "page-layout-properties" => sheet.page_dark |= background(&e) == Some(true),
            _ => {}
        }
    }
    Ok(())
}

fn store_style(current: Option<(String, Option<String>, Style)>, sheet: &mut Sheet) {
    match current {
        Some((family, Some(name), style)) => {
            sheet
                .families
                .entry(family)
                .or_default()
                .insert(name, style);
        }
        Some((family, None, style)) => {
            sheet.defaults.insert(family, style);
        }
        None => {}
    }
}

/// How text looks, as far as being seen goes.
#[derive(Clone, Copy, Debug)]
struct Look {
    display_none: bool,
    white: bool,
    size: f64,
}

/// The styles one part's text sees: its own automatic styles, then the
/// common ones.
struct Styles<'a> {
    auto: &'a Sheet,
    common: &'a Sheet,
    page_dark: bool,
    /// The look of a paragraph that no style changes.
    default_look: Look,
}

impl<'a> Styles<'a> {
    fn new(auto: &'a Sheet, common: &'a Sheet, page_dark: bool) -> Styles<'a> {
        let hard = Look {
            display_none: false,
            white: false,
            size: DEFAULT_SIZE_PT,
        };
        let mut styles = Styles {
            auto,
            common,
            page_dark,
            default_look: hard,
        };
        let default = common.defaults.get("paragraph");
        styles.default_look = styles.resolve_from("paragraph", default, hard).0;
        styles
    }

    fn get(&self, family: &str, name: &str) -> Option<&'a Style> {
        [self.auto, self.common]
            .into_iter()
            .find_map(|sheet| sheet.families.get(family)?.get(name))
    }

    /// The look of text in a `family` style named `name`, whose parent
    /// text looks like `base`; and whether the style paints a dark
    /// background (`None`: it says nothing of one).
    fn resolve(&self, family: &str, name: Option<&str>, base: Look) -> (Look, Option<bool>) {
        let first = name.and_then(|n| self.get(family, n));
        self.resolve_from(family, first, base)
    }

    fn resolve_from(
        &self,
        family: &str,
        first: Option<&'a Style>,
        base: Look,
    ) -> (Look, Option<bool>) {
        let chain = std::iter::successors(first, |style| {
            style
                .parent
                .as_deref()
                .and_then(|parent| self.get(family, parent))
        })
        .take(STYLE_CHAIN);
        let (mut display_none, mut white, mut dark) = (None, None, None);
        let mut size = None;
        let mut scale = 1.0;
        for style in chain {
            display_none = display_none.or(style.display_none);
            white = white.or(style.white);
            dark = dark.or(style.dark);
            if size.is_none() {
                match style.size {
                    Some(Size::Points(points)) => size = Some(points * scale),
                    Some(Size::Percent(percent)) => scale *= percent / 100.0,
                    None => {}
                }
            }
        }
        let look = Look {
            display_none: display_none.unwrap_or(base.display_none),
            white: white.unwrap_or(base.white),
            size: size.unwrap_or(base.size * scale),
        };
        // A family's default style (a shape's default fill) comes last.
        let dark = dark.or_else(|| self.common.defaults.get(family)?.dark);
        (look, dark)
    }
}

// ------------------------------------------------------------------ text

/// What holds at one open element: set when it opens, dropped when it closes.
#[derive(Clone, Copy, Debug)]
struct Ctx {
    /// Body, header or footer; `None` outside them (styles, settings).
    region: Option<Origin>,
    table: bool,
    text_box: bool,
    note: bool,
    /// Character data here is paragraph text (not the white space between
    /// a frame's or a note's own elements).
    inline: bool,
    /// Something behind the text here is dark (page, cell, frame, paragraph
    /// or highlight).
    dark: bool,
    /// Hidden whatever its look (`text:hidden-text`, a hidden section).
    vanish: bool,
    look: Look,
}

impl Ctx {
    fn hidden_how(&self) -> Option<HiddenHow> {
        if self.vanish || self.look.display_none {
            Some(HiddenHow::Vanish)
        } else if self.look.size < MIN_VISIBLE_SIZE {
            Some(HiddenHow::Tiny)
        } else if self.look.white && !self.dark {
            Some(HiddenHow::Background)
        } else {
            None
        }
    }
}

/// One open paragraph (paragraphs nest through frames and notes).
#[derive(Default)]
struct Para {
    text: String,
    hidden: String,
    hidden_how: Option<HiddenHow>,
    bullet: bool,
    /// An item of a list inside a list item: the page marks it apart
    /// ("◦").
    nested: bool,
    /// Where its lines go; `None`: outside body, header and footer.
    origin: Option<Origin>,
    /// The text so far ends in white space that collapses the next (ODF
    /// reads a run of spaces, tabs and newlines in the XML as one space,
    /// and none at the start of a paragraph).
    text_spaced: bool,
    hidden_spaced: bool,
    /// `text:hidden-paragraph`: the whole paragraph is hidden.
    vanish: bool,
}

impl Para {
    fn new(origin: Option<Origin>, bullet: bool) -> Para {
        Para {
            origin,
            bullet,
            text_spaced: true,
            hidden_spaced: true,
            ..Para::default()
        }
    }

    /// Character data from the XML, with ODF's white-space collapsing.
    fn push_xml(&mut self, data: &str, how: Option<HiddenHow>) {
        let (buffer, spaced) = self.buffer(how);
        for c in data.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                if !*spaced {
                    buffer.push(' ');
                    *spaced = true;
                }
            } else {
                buffer.push(c);
                *spaced = false;
            }
        }
    }

    /// Text an element stands for (`text:s`, `text:tab`, `text:line-break`).
    fn push_literal(&mut self, text: &str, how: Option<HiddenHow>) {
        let (buffer, spaced) = self.buffer(how);
        buffer.push_str(text);
        *spaced = text.ends_with('\n');
    }

    fn push_spaces(&mut self, count: usize, how: Option<HiddenHow>) {
        let (buffer, spaced) = self.buffer(how);
        let run = buffer
            .bytes()
            .rev()
            .take_while(|&b| b == b' ')
            .take(SPACE_RUN_CAP)
            .count();
        let n = count.min(SPACE_RUN_CAP - run);
        buffer.extend(std::iter::repeat_n(' ', n));
        *spaced = false;
    }

    fn buffer(&mut self, how: Option<HiddenHow>) -> (&mut String, &mut bool) {
        match how {
            Some(how) => {
                self.hidden_how.get_or_insert(how);
                (&mut self.hidden, &mut self.hidden_spaced)
            }
            None => (&mut self.text, &mut self.text_spaced),
        }
    }
}

#[derive(Default)]
struct Collected {
    header: Vec<(String, Origin)>,
    body: Vec<(String, Origin)>,
    footer: Vec<(String, Origin)>,
    notes: Vec<(String, Origin)>,
    hidden: Vec<Hidden>,
    /// Header and footer paragraphs already emitted, to drop repeats (the
    /// same header on the first, left and right pages).
    seen_margin_text: HashSet<String>,
}

/// Shapes whose paragraphs are drawn on the page like a text box's.
const SHAPES: &[&str] = &[
    "custom-shape",
    "rect",
    "ellipse",
    "circle",
    "polygon",
    "polyline",
    "regular-polygon",
    "path",
    "caption",
];

/// Elements whose content is not page text: comments, tracked deletions,
/// declarations, forms, note numbers, alt text, index templates.
fn is_skipped(qname: &str, name: &str, e: &BytesStart<'_>) -> bool {
    match name {
        "annotation"
        | "tracked-changes"
        | "sequence-decls"
        | "variable-decls"
        | "user-field-decls"
        | "dde-connection-decls"
        | "forms"
        | "note-citation"
        | "ruby-text"
        | "scripts"
        | "event-listeners" => true,
        // svg:title and svg:desc are an image's alt text; text:title is a
        // field that prints the document's title.
        "title" | "desc" => !qname.starts_with("text:"),
        // A header or footer switched off in the page style is not printed.
        "header" | "header-left" | "header-first" | "footer" | "footer-left" | "footer-first" => {
            attr(e, "display").is_some_and(|v| v == "false")
        }
        _ => name.ends_with("-source"),
    }
}

/// `text:is-hidden="false"`: the application evaluated the field's
/// condition and shows the text.
fn is_shown(e: &BytesStart<'_>) -> bool {
    attr(e, "is-hidden").is_some_and(|v| v == "false")
}

/// A section hidden outright, or on a condition that is plainly true.
/// Other conditions depend on fields this reader does not compute, and
/// text wrongly taken for hidden would go unanalyzed: such a section is read.
fn section_hidden(e: &BytesStart<'_>) -> bool {
    match attr(e, "display").as_deref() {
        Some("none") => true,
        Some("condition") => attr(e, "condition").is_some_and(|c| {
            let c = c.trim();
            matches!(c.strip_prefix("ooow:").unwrap_or(c), "1" | "true" | "TRUE")
        }),
        _ => false,
    }
}

/// Reads the paragraphs of one part (`content.xml`'s body, or the page
/// headers and footers of `styles.xml`).
struct TextReader<'a> {
    styles: &'a Styles<'a>,
    stack: Vec<Ctx>,
    paras: Vec<Para>,
    /// Per open list item: its first paragraph has not been seen yet.
    list_items: Vec<bool>,
    /// Shapes and frames placed on the page (`svg:x`, `svg:y`) that are
    /// open, and those closed whose anchor paragraph is still open.
    open_shapes: Vec<Placed>,
    placed: Vec<Placed>,
    out: &'a mut Collected,
}

/// A shape or frame set at a place on the page, and the body lines its
/// text became.
#[derive(Clone, Copy)]
struct Placed {
    x: f64,
    y: f64,
    /// `stack` depth of its element, and how many paragraphs were open
    /// around it (its anchor is the last of them).
    depth: usize,
    paras: usize,
    start: usize,
    end: usize,
}

/// A length of ODF (`3.99in`, `2.5cm`, `12mm`, `72pt`) in points.
fn points(length: &str) -> Option<f64> {
    let length = length.trim();
    let (number, unit) = length.split_at(length.find(|c: char| c.is_ascii_alphabetic())?);
    let value: f64 = number.trim().parse().ok()?;
    let scale = match unit {
        "in" => 72.0,
        "cm" => 72.0 / 2.54,
        "mm" => 72.0 / 25.4,
        "pt" => 1.0,
        "pc" => 12.0,
        _ => return None,
    };
    value.is_finite().then_some(value * scale)
}

/// Puts the text of the shapes anchored in one paragraph in reading
/// order: a page built of shapes (LibreOffice's drawn boxes, each set at
/// its place) keeps them in the order they were drawn, not read. Columns
/// are the shapes' left edges an inch or more apart, read left to right,
/// each top to bottom.
fn reorder_placed(body: &mut Vec<(String, Origin)>, shapes: &mut [Placed]) {
    if shapes.len() < 2 || shapes.windows(2).any(|w| w[0].end != w[1].start) {
        return;
    }
    let (from, to) = (shapes[0].start, shapes[shapes.len() - 1].end);
    if to > body.len() {
        return;
    }
    let mut lefts: Vec<f64> = shapes.iter().map(|s| s.x).collect();
    lefts.sort_by(f64::total_cmp);
    // Where each column starts: a left edge an inch past the one before.
    let starts: Vec<f64> = lefts
        .windows(2)
        .filter(|w| w[1] - w[0] >= 72.0)
        .map(|w| w[1])
        .collect();
    let column = |x: f64| starts.partition_point(|&start| start <= x);
    shapes.sort_by(|a, b| column(a.x).cmp(&column(b.x)).then(a.y.total_cmp(&b.y)));
    let lines: Vec<(String, Origin)> = body.drain(from..to).collect();
    let ordered: Vec<(String, Origin)> = shapes
        .iter()
        .flat_map(|s| lines[s.start - from..s.end - from].iter().cloned())
        .collect();
    body.splice(from..from, ordered);
}

fn parse_text(
    xml: &[u8],
    part: &str,
    styles: &Styles<'_>,
    out: &mut Collected,
) -> Result<(), FileError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut text = TextReader {
        styles,
        stack: Vec::new(),
        paras: Vec::new(),
        list_items: Vec::new(),
        open_shapes: Vec::new(),
        placed: Vec::new(),
        out,
    };
    let mut depth = 0usize;
    // While `Some(d)`, everything below depth `d` is skipped.
    let mut skip_from: Option<usize> = None;
    loop {
        match reader.read_event().map_err(|e| xml_error(part, e))? {
            Event::Start(e) => {
                depth = deeper(depth, part)?;
                if skip_from.is_none() && !text.open(&e) {
                    skip_from = Some(depth);
                }
            }
            Event::Empty(e) if skip_from.is_none() => text.empty(&e),
            Event::End(e) => {
                match skip_from {
                    Some(d) if d == depth => skip_from = None,
                    Some(_) => {}
                    None => text.close(local(e.name().as_ref())),
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if skip_from.is_none() => text.data(&t),
            Event::CData(t) if skip_from.is_none() => text.data(&t),
            Event::GeneralRef(r) if skip_from.is_none() => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_owned),
                };
                if let Some(s) = resolved {
                    text.data(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // An unterminated paragraph (truncated XML that still parsed) keeps its text.
    while let Some(p) = text.paras.pop() {
        finish_paragraph(p, text.out);
    }
    Ok(())
}

impl TextReader<'_> {
    fn top(&self) -> Ctx {
        self.stack.last().copied().unwrap_or(Ctx {
            region: None,
            table: false,
            text_box: false,
            note: false,
            inline: false,
            dark: self.styles.page_dark,
            vanish: false,
            look: self.styles.default_look,
        })
    }

    /// An element opens. Returns false when its content is to be skipped
    /// (then nothing was opened and [`Self::close`] is not called).
    fn open(&mut self, e: &BytesStart<'_>) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        if is_skipped(qname.as_ref(), name, e) {
            return false;
        }
        let parent = self.top();
        let mut ctx = parent;
        self.apply_styles(name, e, &mut ctx);
        match name {
            "body" => ctx.region = Some(Origin::Body),
            "header" | "header-left" | "header-first" => ctx.region = Some(Origin::Header),
            "footer" | "footer-left" | "footer-first" => ctx.region = Some(Origin::Footer),
            "p" | "h" => self.open_paragraph(name == "p", &ctx),
            "list-item" | "numbered-paragraph" => self.list_items.push(true),
            "list-header" => self.list_items.push(false),
            "hidden-text" => {
                let how = (!is_shown(e)).then_some(HiddenHow::Vanish);
                // The text is in the attribute (the content repeats it).
                if let Some(value) = attr(e, "string-value") {
                    if parent.inline
                        && let Some(p) = self.paras.last_mut()
                    {
                        p.push_xml(&value, how.or(parent.hidden_how()));
                    }
                    return false;
                }
                ctx.vanish |= how.is_some();
            }
            "hidden-paragraph" => {
                let conditional = attr(e, "condition").is_some_and(|c| !c.trim().is_empty());
                if conditional
                    && !is_shown(e)
                    && let Some(p) = self.paras.last_mut()
                {
                    p.vanish = true;
                }
            }
            "s" | "tab" | "line-break" => self.literal(name, e, &parent),
            _ => {}
        }
        // A shape or frame at its place on the page, not inside another.
        if (name == "frame" || SHAPES.contains(&name))
            && !parent.text_box
            && self.open_shapes.is_empty()
            && let (Some(x), Some(y)) = (
                attr(e, "x").as_deref().and_then(points),
                attr(e, "y").as_deref().and_then(points),
            )
        {
            self.open_shapes.push(Placed {
                x,
                y,
                depth: self.stack.len(),
                paras: self.paras.len(),
                start: self.out.body.len(),
                end: self.out.body.len(),
            });
        }
        self.stack.push(ctx);
        true
    }

    /// What an element's style and kind change: the look of its text,
    /// what is behind it, whether it is a table, a text box or a note.
    fn apply_styles(&self, name: &str, e: &BytesStart<'_>, ctx: &mut Ctx) {
        let styles = self.styles;
        let style = attr(e, "style-name");
        let style = style.as_deref();
        match name {
            "p" | "h" => {
                let (look, dark) = styles.resolve("paragraph", style, styles.default_look);
                ctx.look = look;
                ctx.dark |= dark == Some(true);
                ctx.inline = true;
            }
            "span" | "a" => {
                let (look, dark) = styles.resolve("text", style, ctx.look);
                ctx.look = look;
                ctx.dark |= dark == Some(true);
            }
            "table" | "table-row" | "table-cell" | "covered-table-cell" | "section" => {
                let family = if name == "covered-table-cell" {
                    "table-cell"
                } else {
                    name
                };
                ctx.dark |= styles.resolve(family, style, ctx.look).1 == Some(true);
                ctx.table |= name == "table";
                ctx.vanish |= name == "section" && section_hidden(e);
            }
            "frame" => ctx.dark |= styles.resolve("graphic", style, ctx.look).1 == Some(true),
            // A shape is filled unless its style says otherwise.
            shape if SHAPES.contains(&shape) => {
                ctx.dark |= styles.resolve("graphic", style, ctx.look).1 != Some(false);
                ctx.text_box = true;
            }
            "text-box" => ctx.text_box = true,
            "note" => ctx.note = true,
            _ => {}
        }
        // Only a paragraph's own character data is its text, not the white
        // space between the elements of a frame, a table or a note in it.
        if matches!(
            name,
            "frame" | "text-box" | "note" | "table" | "image" | "object" | "object-ole"
        ) || SHAPES.contains(&name)
        {
            ctx.inline = false;
        }
    }

    /// An empty element opens and closes at once (`<text:p/>` is an empty line).
    fn empty(&mut self, e: &BytesStart<'_>) {
        if self.open(e) {
            self.close(local(e.name().as_ref()));
        }
    }

    fn close(&mut self, name: &str) {
        self.stack.pop();
        if let Some(shape) = self.open_shapes.last()
            && shape.depth == self.stack.len()
        {
            let mut shape = *shape;
            self.open_shapes.pop();
            shape.end = self.out.body.len();
            self.placed.push(shape);
        }
        match name {
            "p" | "h" => {
                if let Some(p) = self.paras.pop() {
                    // The shapes anchored in this paragraph, in reading order.
                    let open = self.paras.len();
                    if self.placed.iter().any(|s| s.paras > open) {
                        let (mut anchored, rest): (Vec<Placed>, Vec<Placed>) =
                            self.placed.drain(..).partition(|s| s.paras > open);
                        self.placed = rest;
                        reorder_placed(&mut self.out.body, &mut anchored);
                    }
                    finish_paragraph(p, self.out);
                }
            }
            "list-item" | "numbered-paragraph" | "list-header" => {
                self.list_items.pop();
            }
            _ => {}
        }
    }

    fn open_paragraph(&mut self, is_p: bool, ctx: &Ctx) {
        // Only the first paragraph of a list item carries its bullet.
        let first_in_item = self.list_items.last_mut().is_some_and(std::mem::take);
        let origin = ctx.region.map(|region| {
            if ctx.note {
                Origin::Footnote
            } else if ctx.text_box {
                Origin::TextBox
            } else if ctx.table && region == Origin::Body {
                Origin::Table
            } else {
                region
            }
        });
        let mut para = Para::new(origin, is_p && first_in_item);
        para.nested = self.list_items.len() >= 2;
        // A paragraph in a hidden section is not on the page at all.
        para.vanish = ctx.vanish;
        self.paras.push(para);
    }

    /// `text:s`, `text:tab`, `text:line-break`.
    fn literal(&mut self, name: &str, e: &BytesStart<'_>, parent: &Ctx) {
        if !parent.inline {
            return;
        }
        let how = parent.hidden_how();
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        match name {
            "s" => {
                let count = attr(e, "c")
                    .and_then(|c| c.trim().parse::<usize>().ok())
                    .unwrap_or(1);
                p.push_spaces(count, how);
            }
            "tab" => p.push_literal("\t", how),
            // A hidden line break joins hidden words, not lines.
            _ if how.is_some() => p.push_literal(" ", how),
            _ => p.push_literal("\n", how),
        }
    }

    fn data(&mut self, data: &str) {
        let ctx = self.top();
        if !ctx.inline {
            return;
        }
        if let Some(p) = self.paras.last_mut() {
            p.push_xml(data, ctx.hidden_how());
        }
    }
}

fn finish_paragraph(p: Para, out: &mut Collected) {
    let Some(origin) = p.origin else {
        return;
    };
    if p.vanish {
        let text = format!("{} {}", p.text.replace('\n', " "), p.hidden);
        record_hidden(out, &text, HiddenHow::Vanish);
        return;
    }
    record_hidden(out, &p.hidden, p.hidden_how.unwrap_or(HiddenHow::Vanish));
    let margin = matches!(origin, Origin::Header | Origin::Footer);
    if margin && (p.text.trim().is_empty() || !out.seen_margin_text.insert(p.text.clone())) {
        return;
    }
    let lines = match origin {
        Origin::Header => &mut out.header,
        Origin::Footer => &mut out.footer,
        Origin::Footnote => &mut out.notes,
        Origin::Body | Origin::Table | Origin::TextBox => &mut out.body,
    };
    for (i, piece) in p.text.split('\n').enumerate() {
        let text = if i == 0 && p.bullet && !piece.trim().is_empty() {
            let mark = if p.nested { '◦' } else { '•' };
            format!("{mark} {piece}")
        } else {
            piece.to_owned()
        };
        lines.push((text, origin));
    }
}

fn record_hidden(out: &mut Collected, text: &str, how: HiddenHow) {
    let text = text.trim();
    if !text.is_empty() {
        out.hidden.push(Hidden {
            text: text.to_owned(),
            how,
            page: None,
        });
    }
}

/// `meta:document-statistic/@meta:page-count`, when stated.
fn page_count(xml: &[u8]) -> Option<u32> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e)
                if local(e.name().as_ref()) == "document-statistic" =>
            {
                return attr(&e, "page-count")?
                    .trim()
                    .parse()
                    .ok()
                    .filter(|&n| n > 0);
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    const NS: &str = concat!(
        r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
        r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
        r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
        r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
        r#"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" "#,
        r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
        r#"xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" "#,
        r#"xmlns:xlink="http://www.w3.org/1999/xlink" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" "#,
        r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""#,
    );

    /// A `content.xml`: automatic styles and the body's text.
    fn content(auto_styles: &str, body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{auto_styles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        )
    }

    /// A `styles.xml`: common styles, automatic styles, master pages.
    fn styles(common: &str, auto: &str, master_pages: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>{common}</office:styles><office:automatic-styles>{auto}</office:automatic-styles><office:master-styles>{master_pages}</office:master-styles></office:document-styles>"#
        )
    }

    /// An ODT zip: `mimetype` stored first, as the format asks, then `parts`.
    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        w.start_file("mimetype", stored).expect("zip");
        w.write_all(b"application/vnd.oasis.opendocument.text")
            .expect("zip");
        for (name, text) in parts {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("zip");
            w.write_all(text.as_bytes()).expect("zip");
        }
        w.finish().expect("zip").into_inner()
    }

    /// An ODT of a `content.xml` and a `styles.xml` (left out when empty).
    fn odt(content_xml: &str, styles_xml: &str) -> Vec<u8> {
        if styles_xml.is_empty() {
            zip_of(&[("content.xml", content_xml)])
        } else {
            zip_of(&[("content.xml", content_xml), ("styles.xml", styles_xml)])
        }
    }

    fn lines(doc: &Document) -> Vec<(&str, Origin)> {
        doc.lines
            .iter()
            .map(|l| (l.text.as_str(), l.origin))
            .collect()
    }

    fn hidden(doc: &Document) -> Vec<(&str, HiddenHow)> {
        doc.hidden
            .iter()
            .map(|h| (h.text.as_str(), h.how))
            .collect()
    }

    /// The text lines of a body with no styles.
    fn texts(body: &str) -> Vec<String> {
        let doc = extract(&odt(&content("", body), "")).expect("reads");
        doc.lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn odt_paragraph_text_rules() {
        let many_spaces = format!("A{}B", " ".repeat(SPACE_RUN_CAP));
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "paragraphs and headings",
                r#"<text:h text:outline-level="1">Jane Doe</text:h><text:p>Backend developer</text:p>"#,
                &["Jane Doe", "Backend developer"],
            ),
            (
                "spans and links join",
                r#"<text:p>Go <text:span text:style-name="T1">and</text:span> <text:a xlink:href="https://x">Rust</text:a></text:p>"#,
                &["Go and Rust"],
            ),
            (
                "entities",
                "<text:p>R&amp;D &#8211; C#</text:p>",
                &["R&D \u{2013} C#"],
            ),
            (
                "text:s with a count",
                r#"<text:p>A<text:s text:c="3"/>B<text:s/>C</text:p>"#,
                &["A   B C"],
            ),
            (
                "text:s count capped",
                r#"<text:p>A<text:s text:c="999999999"/><text:s text:c="9"/>B</text:p>"#,
                &[many_spaces.as_str()],
            ),
            (
                "tab and line break",
                "<text:p>A<text:tab/>B<text:line-break/>C</text:p>",
                &["A\tB", "C"],
            ),
            (
                "XML white space collapses",
                "<text:p>\n   Built   REST\n   APIs <text:span> in</text:span> Go</text:p>",
                &["Built REST APIs in Go"],
            ),
            (
                "empty paragraph is an empty line",
                "<text:p>A</text:p><text:p/><text:p>B</text:p>",
                &["A", "", "B"],
            ),
            (
                "list items are bullets, their later paragraphs are not, a nested one marked apart",
                "<text:list><text:list-item><text:p>Led it</text:p><text:p>and more</text:p></text:list-item>\
                 <text:list-item><text:p>Shipped</text:p><text:list><text:list-item><text:p>Nested</text:p></text:list-item></text:list></text:list-item>\
                 <text:list-header><text:p>No label</text:p></text:list-header></text:list>",
                &["• Led it", "and more", "• Shipped", "◦ Nested", "No label"],
            ),
            (
                "comments, tracked deletions and declarations are skipped",
                r#"<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
                   <text:variable-decls><text:variable-decl office:value-type="string" text:name="v"/></text:variable-decls>
                   <office:forms/>
                   <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Ann</dc:creator></office:change-info><text:p>Old text</text:p></text:deletion></text:changed-region></text:tracked-changes>
                   <text:p>Python<office:annotation><dc:creator>Bob</dc:creator><text:p>fix this</text:p></office:annotation> developer<text:change text:change-id="c1"/></text:p>"#,
                &["Python developer"],
            ),
            (
                "image alt text is skipped, a title field is kept",
                "<text:p>Jane <text:title>Resume</text:title><draw:frame draw:name=\"Photo\">\n  <draw:image xlink:href=\"p.png\"/>\n  <svg:title>Portrait</svg:title><svg:desc>Me</svg:desc>\n</draw:frame></text:p>",
                &["Jane Resume"],
            ),
            (
                // LibreOffice's drawn boxes, each at its place, in the
                // order they were drawn: read by columns, top to bottom.
                "shapes anchored in a paragraph are read in reading order",
                r#"<text:p><draw:custom-shape svg:x="-0.9in" svg:y="3.9in"><text:p>Grundskola (2010-2019)</text:p></draw:custom-shape><draw:custom-shape svg:x="4.0in" svg:y="0.8in"><text:p>jane@example.com</text:p></draw:custom-shape><draw:custom-shape svg:x="-0.9in" svg:y="-0.16in"><text:p>UTBILDNING</text:p></draw:custom-shape><draw:custom-shape svg:x="3.99in" svg:y="-0.05in"><text:p>Jane Doe</text:p></draw:custom-shape><draw:custom-shape svg:x="-0.9in" svg:y="2.3in"><text:p>Medieteknik (2019-2022)</text:p></draw:custom-shape></text:p><text:p>After</text:p>"#,
                &[
                    "UTBILDNING",
                    "Medieteknik (2019-2022)",
                    "Grundskola (2010-2019)",
                    "Jane Doe",
                    "jane@example.com",
                    "",
                    "After",
                ],
            ),
            (
                "a footnote stays out of its paragraph",
                r#"<text:p>Led the Kafka migration<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>At Acme, 2019</text:p></text:note-body></text:note>.</text:p><text:p>Next</text:p>"#,
                &["Led the Kafka migration.", "Next", "At Acme, 2019"],
            ),
        ];
        for (what, body, want) in cases {
            assert_eq!(texts(body), *want, "{what}");
        }
    }

    #[test]
    fn odt_origins_follow_the_page() {
        let master = r#"<style:master-page style:name="Standard">
            <style:header><text:p>Jane Doe · jane@example.com</text:p></style:header>
            <style:header-first><text:p>Jane Doe · jane@example.com</text:p></style:header-first>
            <style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>
            <style:footer-left style:display="false"><text:p>Never printed</text:p></style:footer-left>
            </style:master-page>"#;
        let body = r#"<text:h>Experience<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Since 2019</text:p></text:note-body></text:note></text:h>
            <table:table><table:table-row>
              <table:table-cell><text:p>Go</text:p><text:p>Rust</text:p></table:table-cell>
              <table:table-cell><text:list><text:list-item><text:p>Kafka</text:p></text:list-item></text:list></table:table-cell>
            </table:table-row></table:table>
            <text:p><draw:frame><draw:text-box><text:p>Sidebar skills</text:p></draw:text-box></draw:frame>After the frame</text:p>"#;
        let doc = extract(&odt(&content("", body), &styles("", "", master))).expect("reads");
        assert_eq!(
            lines(&doc),
            [
                ("Jane Doe · jane@example.com", Origin::Header),
                ("Experience", Origin::Body),
                ("Go", Origin::Table),
                ("Rust", Origin::Table),
                ("• Kafka", Origin::Table),
                ("Sidebar skills", Origin::TextBox),
                ("After the frame", Origin::Body),
                ("Page 1", Origin::Footer),
                ("Since 2019", Origin::Footnote),
            ]
        );
        let numbers: Vec<u32> = doc.lines.iter().map(|l| l.source_line).collect();
        assert_eq!(numbers, (1..=9).collect::<Vec<u32>>());
        assert!(doc.lines.iter().all(|l| l.source_file == 0));
        assert!(doc.hidden.is_empty());
    }

    #[test]
    fn odt_hidden_text_is_kept_apart() {
        let text_style = |name: &str, props: &str| {
            format!(
                r#"<style:style style:name="{name}" style:family="text"><style:text-properties {props}/></style:style>"#
            )
        };
        let span =
            r#"<text:p>Python <text:span text:style-name="T1">Kafka</text:span> dev</text:p>"#;
        struct Case<'a> {
            what: &'a str,
            /// content.xml automatic styles, styles.xml common and automatic styles.
            styles: [String; 3],
            body: &'a str,
            lines: &'a [&'a str],
            hidden: &'a [(&'a str, HiddenHow)],
        }
        let none = String::new;
        let cases = [
            Case {
                what: "text:display none",
                styles: [text_style("T1", r#"text:display="none""#), none(), none()],
                body: span,
                lines: &["Python dev"],
                hidden: &[("Kafka", HiddenHow::Vanish)],
            },
            Case {
                what: "white on the page",
                styles: [text_style("T1", r##"fo:color="#ffffff""##), none(), none()],
                body: span,
                lines: &["Python dev"],
                hidden: &[("Kafka", HiddenHow::Background)],
            },
            Case {
                what: "near white",
                styles: [text_style("T1", r##"fo:color="#FAFBFC""##), none(), none()],
                body: span,
                lines: &["Python dev"],
                hidden: &[("Kafka", HiddenHow::Background)],
            },
            Case {
                what: "grey shows",
                styles: [text_style("T1", r##"fo:color="#808080""##), none(), none()],
                body: span,
                lines: &["Python Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "the window colour wins over white",
                styles: [
                    text_style(
                        "T1",
                        r##"fo:color="#ffffff" style:use-window-font-color="true""##,
                    ),
                    none(),
                    none(),
                ],
                body: span,
                lines: &["Python Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "2 pt",
                styles: [text_style("T1", r#"fo:font-size="2pt""#), none(), none()],
                body: span,
                lines: &["Python dev"],
                hidden: &[("Kafka", HiddenHow::Tiny)],
            },
            Case {
                what: "3 pt shows",
                styles: [text_style("T1", r#"fo:font-size="3pt""#), none(), none()],
                body: span,
                lines: &["Python Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "20% of the default 12 pt",
                styles: [text_style("T1", r#"fo:font-size="20%""#), none(), none()],
                body: span,
                lines: &["Python dev"],
                hidden: &[("Kafka", HiddenHow::Tiny)],
            },
            Case {
                what: "white on a dark paragraph shows",
                styles: [
                    text_style("T1", r##"fo:color="#FFFFFF""##)
                        + r##"<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:background-color="#1f3864"/></style:style>"##,
                    none(),
                    none(),
                ],
                body: r#"<text:p text:style-name="P1">Python <text:span text:style-name="T1">Kafka</text:span> dev</text:p>"#,
                lines: &["Python Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "white in a dark table cell shows",
                styles: [
                    text_style("T1", r##"fo:color="#FFFFFF""##)
                        + r##"<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/></style:style>"##,
                    none(),
                    none(),
                ],
                body: r#"<table:table><table:table-row><table:table-cell table:style-name="C1"><text:p><text:span text:style-name="T1">Experience</text:span></text:p></table:table-cell></table:table-row></table:table>"#,
                lines: &["Experience"],
                hidden: &[],
            },
            Case {
                what: "white on a dark page shows",
                styles: [
                    text_style("T1", r##"fo:color="#FFFFFF""##),
                    none(),
                    r##"<style:page-layout style:name="pm1"><style:page-layout-properties fo:background-color="#202020"/></style:page-layout>"##.to_owned(),
                ],
                body: span,
                lines: &["Python Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "white and tiny through a common parent style",
                styles: [
                    r#"<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Stuffing"/>"#.to_owned(),
                    r##"<style:style style:name="Stuffing" style:family="paragraph"><style:text-properties fo:color="#FFFFFF" fo:font-size="1pt"/></style:style>"##.to_owned(),
                    none(),
                ],
                body: r#"<text:p text:style-name="P1">Kafka, Spark, Airflow</text:p><text:p>Go</text:p>"#,
                lines: &["", "Go"],
                hidden: &[("Kafka, Spark, Airflow", HiddenHow::Tiny)],
            },
            Case {
                what: "text:hidden-text",
                styles: [none(), none(), none()],
                body: r#"<text:p>Go <text:hidden-text text:condition="ooow:1" text:string-value="Kafka">Kafka</text:hidden-text>dev</text:p>"#,
                lines: &["Go dev"],
                hidden: &[("Kafka", HiddenHow::Vanish)],
            },
            Case {
                what: "text:hidden-paragraph with a condition",
                styles: [none(), none(), none()],
                body: r#"<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Kafka Spark</text:p><text:p>Go</text:p>"#,
                lines: &["Go"],
                hidden: &[("Kafka Spark", HiddenHow::Vanish)],
            },
            Case {
                what: "a shown text:hidden-text",
                styles: [none(), none(), none()],
                body: r#"<text:p>Go <text:hidden-text text:condition="ooow:0" text:string-value="Kafka" text:is-hidden="false">Kafka</text:hidden-text> dev</text:p>"#,
                lines: &["Go Kafka dev"],
                hidden: &[],
            },
            Case {
                what: "white in a dark frame shows",
                styles: [
                    text_style("T1", r##"fo:color="#FFFFFF""##)
                        + r##"<style:style style:name="fr1" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#2a2a2a"/></style:style>"##,
                    none(),
                    none(),
                ],
                body: r#"<text:p><draw:frame draw:style-name="fr1"><draw:text-box><text:p><text:span text:style-name="T1">Skills</text:span></text:p></draw:text-box></draw:frame></text:p>"#,
                lines: &["Skills", ""],
                hidden: &[],
            },
            Case {
                what: "white in a filled shape shows",
                styles: [text_style("T1", r##"fo:color="#FFFFFF""##), none(), none()],
                body: r#"<text:p><draw:custom-shape><text:p><text:span text:style-name="T1">Skills</text:span></text:p></draw:custom-shape></text:p>"#,
                lines: &["Skills", ""],
                hidden: &[],
            },
            Case {
                what: "a section shown on a condition is read",
                styles: [none(), none(), none()],
                body: r#"<text:section text:name="S1" text:display="condition" text:condition="ooow:Lang == 2"><text:p>Kafka</text:p></text:section>"#,
                lines: &["Kafka"],
                hidden: &[],
            },
            Case {
                what: "a hidden section",
                styles: [none(), none(), none()],
                body: r#"<text:section text:name="S1" text:display="none"><text:p>Kafka</text:p></text:section><text:p>Go</text:p>"#,
                lines: &["Go"],
                hidden: &[("Kafka", HiddenHow::Vanish)],
            },
        ];
        for case in &cases {
            let [auto, common, margin_auto] = &case.styles;
            let file = odt(&content(auto, case.body), &styles(common, margin_auto, ""));
            let doc = extract(&file).expect("reads");
            let got: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(got, case.lines, "{}: lines", case.what);
            assert_eq!(hidden(&doc), case.hidden, "{}: hidden", case.what);
        }
    }

    #[test]
    fn odt_hidden_header_is_not_a_header_line() {
        // The keyword-stuffing trick: a header in 1 pt white, set by the
        // paragraph style of styles.xml's own automatic styles.
        let auto = r##"<style:style style:name="MP1" style:family="paragraph"><style:text-properties fo:color="#ffffff" fo:font-size="1pt"/></style:style>"##;
        let master = r#"<style:master-page style:name="Standard"><style:header><text:p text:style-name="MP1">Kubernetes Terraform</text:p></style:header></style:master-page>"#;
        let doc = extract(&odt(
            &content("", "<text:p>Jane Doe</text:p>"),
            &styles("", auto, master),
        ))
        .expect("reads");
        assert_eq!(lines(&doc), [("Jane Doe", Origin::Body)]);
        assert_eq!(hidden(&doc), [("Kubernetes Terraform", HiddenHow::Tiny)]);
    }

    #[test]
    fn odt_page_count_from_meta() {
        let body = content("", "<text:p>Jane</text:p>");
        let meta = format!(
            r#"<office:document-meta {NS}><office:meta><meta:document-statistic meta:page-count="2" meta:word-count="1"/></office:meta></office:document-meta>"#
        );
        let with = extract(&zip_of(&[("content.xml", &body), ("meta.xml", &meta)])).expect("reads");
        assert_eq!(with.pages, Some(2));
        let without = extract(&zip_of(&[("content.xml", &body)])).expect("reads");
        assert_eq!(without.pages, None);
    }

    #[test]
    fn odt_damaged_files_are_clean_errors() {
        let good = odt(&content("", "<text:p>Jane Doe</text:p>"), "");
        let cases: Vec<(&str, Vec<u8>, ErrorCode)> = vec![
            (
                "not a zip",
                b"PK\x03\x04 nothing more".to_vec(),
                ErrorCode::Corrupt,
            ),
            (
                "cut in half",
                good.get(..good.len() / 2).unwrap_or_default().to_vec(),
                ErrorCode::Corrupt,
            ),
            (
                "no content.xml",
                zip_of(&[("styles.xml", "<x/>")]),
                ErrorCode::Corrupt,
            ),
            (
                "mismatched tags",
                zip_of(&[(
                    "content.xml",
                    "<office:text><text:p>Go</text:h></office:text>",
                )]),
                ErrorCode::Corrupt,
            ),
            (
                "password-protected",
                zip_of(&[
                    ("content.xml", "\u{1}\u{2}binary"),
                    (
                        "META-INF/manifest.xml",
                        r#"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"#,
                    ),
                ]),
                ErrorCode::Encrypted,
            ),
        ];
        for (what, bytes, code) in cases {
            let err = extract(&bytes).expect_err(what);
            assert_eq!(err.code, code, "{what}: {}", err.message);
            assert!(!err.message.contains('\n'), "{what}: one line");
        }
        let err = extract(b"PK\x03\x04 nothing more").expect_err("not a zip");
        assert!(err.message.contains("damaged ODT"), "{}", err.message);
        assert!(err.message.contains("LibreOffice"), "{}", err.message);
    }

    #[test]
    fn odt_deep_nesting_is_refused_not_overflowed() {
        let n = 100_000;
        let body = format!(
            "<text:p>{}x{}</text:p>",
            "<text:span>".repeat(n),
            "</text:span>".repeat(n)
        );
        let err = extract(&odt(&content("", &body), "")).expect_err("too deep");
        assert_eq!(err.code, ErrorCode::TooLarge);
        assert!(err.message.contains("nested"), "{}", err.message);
    }

    #[test]
    fn odt_zip_bomb_part_is_refused() {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        w.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("zip");
        w.write_all(b"<office:document-content><office:body><office:text><text:p>")
            .expect("zip");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..=(crate::extract::zipped::PART_CAP >> 20) {
            w.write_all(&chunk).expect("zip");
        }
        let bytes = w.finish().expect("zip").into_inner();
        assert!(bytes.len() < 1 << 20, "the file is small, its part is not");
        let err = extract(&bytes).expect_err("over the cap");
        assert_eq!(err.code, ErrorCode::TooLarge);
        assert!(err.message.contains("content.xml"), "{}", err.message);
    }

    #[test]
    fn odt_truncated_xml_never_panics() {
        let auto = r##"<style:style style:name="T1" style:family="text" style:parent-style-name="T1"><style:text-properties fo:color="#fff" fo:font-size="85%" text:display="none"/></style:style>"##;
        let body = r#"<text:h>Jane</text:h><text:list><text:list-item><text:p>A<text:s text:c="-3"/>B<text:span text:style-name="T1">C</text:span></text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>D<text:note><text:note-body><text:p>E</text:p></text:note-body></text:note><text:hidden-paragraph text:condition="x"/></text:p></table:table-cell></table:table-row></table:table><text:p><draw:frame><draw:text-box><text:p>F<text:line-break/>G</text:p></draw:text-box></draw:frame></text:p>"#;
        let full = content(auto, body);
        for cut in 0..=full.len() {
            if let Some(prefix) = full.get(..cut) {
                // Ok or a clean error; a panic fails the test.
                let _ = extract(&odt(prefix, ""));
            }
        }
    }

    /// The ODTs of the shared corpus (read-only, outside the repository),
    /// checked against what their XML says.
    #[test]
    #[allow(clippy::print_stderr)]
    fn odt_corpus_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/docx");
        if !dir.is_dir() {
            eprintln!(
                "note: {} not found; skipping the ODT corpus test",
                dir.display()
            );
            return;
        }
        let read = |name: &str| {
            let bytes = std::fs::read(dir.join(name)).expect("corpus file");
            extract(&bytes).expect(name)
        };
        let has = |doc: &Document, text: &str, origin: Origin| {
            doc.lines
                .iter()
                .any(|l| l.text == text && l.origin == origin)
        };

        let jason = read("jasonadsit__resume__resume.odt");
        assert_eq!(
            jason.lines.first().map(|l| l.text.as_str()),
            Some("Jason Adsit")
        );
        for line in [
            "7/2022-Present, Cybersecurity Assessment Manager, State of Oregon",
            "• CISA qualified to conduct Risk and Vulnerability Assessments (RVA)",
            "3/2003-3/2004, Supply Sergeant, Oregon Army National Guard",
            "Scan This to Save My Contact Card",
        ] {
            assert!(has(&jason, line, Origin::Body), "{line}");
        }
        // Its header and footer are keyword stuffing in 1 pt white (the
        // "Header" and "Footer" paragraph styles): hidden, not margin lines.
        assert!(jason.lines.iter().all(|l| l.origin == Origin::Body));
        assert_eq!(jason.hidden.len(), 2);
        assert!(jason.hidden.iter().all(|h| h.how == HiddenHow::Tiny));
        assert!(
            jason
                .hidden
                .iter()
                .any(|h| h.text.starts_with("CIS Controls,SANS"))
        );
        assert_eq!(jason.pages, Some(2));

        let james = read("jamestomasino__resume__resume.odt");
        assert_eq!(
            james.lines.first().map(|l| l.text.as_str()),
            Some("James Tomasino")
        );
        for line in [
            "Experience",
            "Skills & Expertise",
            "• JavaScript†",
            "• Atlanta Addy Awards 2009",
            // An award's line nested under the award.
            "◦ Gold: Website Flash, Online (Fight for Gotham City)",
        ] {
            assert!(has(&james, line, Origin::Body), "{line}");
        }
        assert_eq!(james.pages, None);

        let emily = read("eyspahn__resume__resume.odt");
        assert_eq!(
            emily.lines.first().map(|l| l.text.as_str()),
            Some("Emily Y. Spahn")
        );
        for line in [
            "based in Seattle WA Email: eyspahn@gmail.com",
            "GitHub: github.com/eyspahn",
            "Experience",
            "• Lead developer of mission planning software for aerial seeding missions",
            "Communities and Volunteering",
        ] {
            assert!(has(&emily, line, Origin::Body), "{line}");
        }
        assert!(emily.hidden.is_empty());

        // The DOCX twins: every line of their body is read from the ODT too
        // (James's DOCX was made from a different source and ends
        // differently).
        for (name, differ) in [
            ("jasonadsit__resume__resume", 0),
            ("jamestomasino__resume__resume", 1),
        ] {
            let odt_doc = read(&format!("{name}.odt"));
            let docx_bytes = std::fs::read(dir.join(format!("{name}.docx"))).expect("corpus file");
            let docx_doc = super::super::docx::extract(&docx_bytes).expect("docx reads");
            let missing: Vec<&str> = docx_doc
                .lines
                .iter()
                .filter(|l| l.origin == Origin::Body && !l.text.trim().is_empty())
                .filter(|l| !odt_doc.lines.iter().any(|o| o.text == l.text))
                .map(|l| l.text.as_str())
                .collect();
            assert_eq!(missing.len(), differ, "{name}: {missing:?}");
        }
    }
}
