//! DOCX: our own reader on `zip` + `quick-xml`.
//!
//! In: the bytes of a DOCX (a zip holding `word/document.xml`). Out: a
//! [`Document`] with one line per paragraph (or per line break inside one),
//! each tagged with where it came from: body, table, header, footer, text box
//! or footnote. List paragraphs (direct numbering or a list style) start with
//! `• ` so the segmenter sees them as bullets. Hidden runs (`w:vanish`, white
//! on the page, under 3 pt) are kept apart in [`Document::hidden`], never
//! analyzed.
//!
//! Whether a run shows is decided on its effective formatting, built the way
//! Word builds it: document defaults (`w:docDefaults/w:rPrDefault`), then the
//! paragraph style (`w:pStyle`, else the default paragraph style) with its
//! `w:basedOn` chain, then the character style (`w:rStyle`) with its chain,
//! then the run's own `w:rPr`. Keyword-stuffed resumes hide text this way: a
//! header style of 1 pt white text.
//!
//! Bounded on hostile files: every part is read through a decompressed-size
//! cap (the sizes a zip declares are never trusted), XML nesting depth is
//! capped, `w:basedOn` chains are followed at most [`BASED_ON_CAP`] steps
//! (cycles cut), and nothing recurses.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::layout::{Hidden, HiddenHow};
use super::{Document, ErrorCode, FileError, Line, Origin, line_number};

/// Largest decompressed size of one part.
const PART_CAP: u64 = 64 << 20;
/// Largest decompressed size of all parts read from one file.
const TOTAL_CAP: u64 = 160 << 20;
/// Deepest XML nesting accepted (real documents stay far below this).
const DEPTH_CAP: usize = 512;
/// Longest `w:basedOn` chain followed, the style itself included (Word's
/// built-in styles go 3 or 4 deep).
const BASED_ON_CAP: usize = 16;

/// Reads the text of a DOCX.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        FileError::new(
            ErrorCode::Corrupt,
            format!("a damaged DOCX ({e}); open and re-save it in Word, or export a PDF"),
        )
    })?;
    let mut budget = TOTAL_CAP;
    let styles = match read_part(&mut zip, "word/styles.xml", &mut budget)? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    let body = read_part(&mut zip, "word/document.xml", &mut budget)?
        .ok_or_else(|| FileError::new(ErrorCode::NotDocx, "not a DOCX (no word/document.xml)"))?;

    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    names.sort();
    let part_names = |prefix: &str| -> Vec<String> {
        names
            .iter()
            .filter(|n| n.starts_with(prefix) && n.ends_with(".xml") && !n.contains("/_rels/"))
            .cloned()
            .collect()
    };

    let mut out = Collected::default();
    // Headers come first (they sit above the body on the page), footers and
    // footnotes after it. Repeated headers (first page, even pages) are kept once.
    for name in part_names("word/header") {
        if let Some(xml) = read_part(&mut zip, &name, &mut budget)? {
            parse_part(&xml, &name, Origin::Header, &styles, &mut out)?;
        }
    }
    parse_part(&body, "word/document.xml", Origin::Body, &styles, &mut out)?;
    for (prefix, origin) in [
        ("word/footer", Origin::Footer),
        ("word/footnotes", Origin::Footnote),
        ("word/endnotes", Origin::Footnote),
    ] {
        for name in part_names(prefix) {
            if let Some(xml) = read_part(&mut zip, &name, &mut budget)? {
                parse_part(&xml, &name, origin, &styles, &mut out)?;
            }
        }
    }

    let pages = read_part(&mut zip, "docProps/app.xml", &mut budget)
        .ok()
        .flatten()
        .and_then(|xml| page_count(&xml));
    let lines = out
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, (text, origin))| Line {
            text,
            origin,
            source_line: line_number(i),
            source_file: 0,
        })
        .collect();
    Ok(Document {
        lines,
        pages,
        hidden: out.hidden,
        layout: None,
        sources: Vec::new(),
        unread: Vec::new(),
    })
}

/// Reads one zip entry through the caps; `None` when the entry is absent.
fn read_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, FileError> {
    let entry = match zip.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(FileError::new(
                ErrorCode::Corrupt,
                format!("cannot open {name} in the DOCX ({e}); re-save the file in Word"),
            ));
        }
    };
    let cap = PART_CAP.min(*budget);
    let mut data = Vec::new();
    entry.take(cap + 1).read_to_end(&mut data).map_err(|e| {
        FileError::new(
            ErrorCode::Corrupt,
            format!("damaged data in {name} ({e}); re-save the file in Word"),
        )
    })?;
    if data.len() as u64 > cap {
        return Err(FileError::new(
            ErrorCode::TooLarge,
            format!(
                "{name} expands to more than {} MB (a zip bomb?); refusing to read it",
                cap >> 20
            ),
        ));
    }
    *budget -= data.len() as u64;
    Ok(Some(data))
}

#[derive(Default)]
struct Collected {
    lines: Vec<(String, Origin)>,
    hidden: Vec<Hidden>,
    /// Header and footer paragraphs already emitted, to drop repeats.
    seen_margin_text: HashSet<String>,
    /// Hidden header and footer text already kept, to count it once.
    seen_margin_hidden: HashSet<String>,
}

/// State of one open paragraph (paragraphs nest through text boxes).
#[derive(Default)]
struct Para {
    text: String,
    hidden: String,
    /// Numbered directly (`w:numPr` with a non-zero `w:numId`).
    list: bool,
    /// The paragraph style as written (`w:pStyle`).
    style: Option<String>,
    origin: Option<Origin>,
    /// How the paragraph's hidden text was hidden (the first way seen).
    hidden_how: Option<HiddenHow>,
    /// The table cell holding the paragraph is shaded dark.
    cell_dark: bool,
    /// The paragraph's own shading (`w:pPr/w:shd`) is dark; `None` leaves
    /// it to the paragraph style.
    shd_dark: Option<bool>,
    /// Formatting set directly on the current run, and its character style.
    run: Look,
    run_style: Option<String>,
}

impl Para {
    /// How the current run is hidden, if it is, on its effective formatting.
    fn run_hidden(&self, styles: &Styles) -> Option<HiddenHow> {
        let style = self.style.as_deref();
        let look = styles.run_look(style, self.run_style.as_deref(), self.run);
        // White text shows on a dark backdrop: the run's shading or
        // highlight, the paragraph's shading (its own, else its style's),
        // the table cell's.
        let on_dark = look.on_dark()
            || self.cell_dark
            || self
                .shd_dark
                .or_else(|| styles.paragraph(style).and_then(|s| s.shaded))
                .unwrap_or(false);
        if look.vanish == Some(true) {
            Some(HiddenHow::Vanish)
        } else if look.tiny == Some(true) {
            Some(HiddenHow::Tiny)
        } else if look.white == Some(true) && !on_dark {
            Some(HiddenHow::Background)
        } else {
            None
        }
    }
}

/// The run formatting that decides whether text shows, as set at one level
/// of Word's hierarchy (document defaults, one style, the run itself).
/// `None` is "not set here": the level below decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Look {
    /// `w:vanish` (or `w:specVanish`).
    vanish: Option<bool>,
    /// `w:color` is white or nearly; `Some(false)` for any other colour,
    /// `auto` included (auto is black on a white page).
    white: Option<bool>,
    /// `w:sz` is under 3 pt.
    tiny: Option<bool>,
    /// `w:shd` paints a dark backdrop behind the run.
    shaded: Option<bool>,
    /// `w:highlight` paints a dark backdrop behind the run.
    highlighted: Option<bool>,
}

impl Look {
    /// `self` over `base`: what `self` sets wins, the rest comes from `base`.
    fn over(self, base: Look) -> Look {
        Look {
            vanish: self.vanish.or(base.vanish),
            white: self.white.or(base.white),
            tiny: self.tiny.or(base.tiny),
            shaded: self.shaded.or(base.shaded),
            highlighted: self.highlighted.or(base.highlighted),
        }
    }

    fn on_dark(&self) -> bool {
        self.shaded == Some(true) || self.highlighted == Some(true)
    }

    /// Reads one child of a `w:rPr` (local name `name`); others are ignored.
    fn read(&mut self, name: &str, e: &BytesStart<'_>) {
        match name {
            "vanish" => self.vanish = Some(!is_off(e)),
            // Hidden even when Word shows hidden text; it never unhides.
            "specVanish" if !is_off(e) => self.vanish = Some(true),
            "color" => self.white = Some(is_white_color(e)),
            // `w:sz`, not `w:szCs` (complex scripts): under 3 pt hides.
            "sz" => {
                if let Some(half_points) = attr(e, "val").and_then(|v| half_points(&v)) {
                    self.tiny = Some(half_points < 6.0);
                }
            }
            "shd" => self.shaded = Some(is_dark_shading(e)),
            "highlight" => {
                self.highlighted =
                    Some(attr(e, "val").is_some_and(|v| !matches!(v.as_str(), "none" | "white")));
            }
            _ => {}
        }
    }
}

/// Kind of a style (`w:style/@w:type`); paragraph when not given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum StyleKind {
    #[default]
    Paragraph,
    Character,
    /// Table and numbering styles: never applied to runs here.
    Other,
}

/// One style with its `w:basedOn` chain folded in.
#[derive(Clone, Copy, Debug, Default)]
struct Style {
    kind: StyleKind,
    /// `w:rPr`: the run formatting the style gives.
    run: Look,
    /// `w:pPr/w:shd` is dark (paragraph styles).
    shaded: Option<bool>,
    /// `w:pPr/w:numPr/w:numId` is set (non-zero: a list style like Word's
    /// "List Bullet"; `0` takes numbering away).
    list: Option<bool>,
}

/// What `word/styles.xml` says about hiding text and lists. Parsed once.
#[derive(Default)]
struct Styles {
    /// `w:docDefaults/w:rPrDefault/w:rPr`.
    defaults: Look,
    /// Every style by `w:styleId`, its `w:basedOn` chain folded in.
    by_id: HashMap<String, Style>,
    /// The default paragraph style (`w:default="1"`), used by paragraphs
    /// without a `w:pStyle` (or naming a style that does not exist).
    default_paragraph: Option<String>,
}

impl Styles {
    /// The paragraph style applied to a paragraph whose `w:pStyle` is `id`.
    fn paragraph(&self, id: Option<&str>) -> Option<&Style> {
        let named = id
            .and_then(|id| self.by_id.get(id))
            .filter(|s| s.kind == StyleKind::Paragraph);
        named.or_else(|| {
            self.default_paragraph
                .as_deref()
                .and_then(|id| self.by_id.get(id))
                .filter(|s| s.kind == StyleKind::Paragraph)
        })
    }

    /// The character style a run's `w:rStyle` names, if it exists.
    fn character(&self, id: Option<&str>) -> Option<&Style> {
        id.and_then(|id| self.by_id.get(id))
            .filter(|s| s.kind == StyleKind::Character)
    }

    /// Whether paragraphs of style `id` are list items.
    fn is_list(&self, id: Option<&str>) -> bool {
        self.paragraph(id).is_some_and(|s| s.list == Some(true))
    }

    /// The effective formatting of a run: defaults, then the paragraph
    /// style, then the character style, then the run's own `direct` one.
    ///
    /// `w:vanish` is a toggle property (ECMA-376 17.7.3): in a style it flips
    /// what the levels before set, so a hidden character style in a hidden
    /// paragraph style shows; set directly it is absolute. (Within one
    /// style's `w:basedOn` chain the nearest setting wins.)
    fn run_look(&self, para_style: Option<&str>, char_style: Option<&str>, direct: Look) -> Look {
        let para = self
            .paragraph(para_style)
            .map(|s| s.run)
            .unwrap_or_default();
        let chars = self
            .character(char_style)
            .map(|s| s.run)
            .unwrap_or_default();
        let mut look = direct.over(chars.over(para.over(self.defaults)));
        let mut vanish = self.defaults.vanish == Some(true);
        for level in [para, chars] {
            if level.vanish == Some(true) {
                vanish = !vanish;
            }
        }
        look.vanish = Some(direct.vanish.unwrap_or(vanish));
        look
    }

    /// Reads `word/styles.xml`: document defaults, and each style's run
    /// formatting, paragraph shading and numbering, folded along `w:basedOn`
    /// (root first, at most [`BASED_ON_CAP`] styles, cycles cut).
    fn parse(xml: &[u8]) -> Result<Styles, FileError> {
        const PART: &str = "word/styles.xml";
        struct Raw {
            based_on: Option<String>,
            style: Style,
        }
        /// The `w:style` being read: its id, raw content, and depth.
        struct Open {
            id: Option<String>,
            raw: Raw,
            depth: usize,
        }
        let mut reader = quick_xml::Reader::from_reader(xml);
        let mut raw: HashMap<String, Raw> = HashMap::new();
        let mut defaults = Look::default();
        let mut default_paragraph: Option<String> = None;
        let mut open: Option<Open> = None;
        let mut depth = 0usize;
        // Depths of the open `w:rPrDefault`, and of the `w:rPr` / `w:pPr`
        // whose children are read (those of a style or of the defaults;
        // nested ones like `w:tblStylePr/w:rPr` or `w:rPrChange/w:rPr` are not).
        let mut rpr_default_at: Option<usize> = None;
        let mut rpr_at: Option<usize> = None;
        let mut ppr_at: Option<usize> = None;
        loop {
            let (e, at, is_start) = match reader.read_event().map_err(|e| xml_error(PART, e))? {
                Event::Start(e) => {
                    depth += 1;
                    if depth > DEPTH_CAP {
                        return Err(too_deep(PART));
                    }
                    (e, depth, true)
                }
                Event::Empty(e) => (e, depth + 1, false),
                Event::End(_) => {
                    let at = depth;
                    depth = depth.saturating_sub(1);
                    for mark in [&mut rpr_default_at, &mut rpr_at, &mut ppr_at] {
                        if *mark == Some(at) {
                            *mark = None;
                        }
                    }
                    if open.as_ref().is_some_and(|o| o.depth == at)
                        && let Some(Open {
                            id: Some(id),
                            raw: r,
                            ..
                        }) = open.take()
                    {
                        raw.insert(id, r);
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = e.name();
            let name = local(name.as_ref());
            let style_child = open.as_ref().is_some_and(|o| at == o.depth + 1);
            match name {
                "style" => {
                    let kind = match attr(&e, "type").as_deref() {
                        None | Some("paragraph") => StyleKind::Paragraph,
                        Some("character") => StyleKind::Character,
                        Some(_) => StyleKind::Other,
                    };
                    let id = attr(&e, "styleId");
                    if kind == StyleKind::Paragraph
                        && attr(&e, "default").is_some_and(|v| is_on(&v))
                    {
                        default_paragraph.clone_from(&id);
                    }
                    let raw_style = Raw {
                        based_on: None,
                        style: Style {
                            kind,
                            ..Style::default()
                        },
                    };
                    match id {
                        Some(id) if !is_start => {
                            raw.insert(id, raw_style);
                        }
                        id if is_start => {
                            open = Some(Open {
                                id,
                                raw: raw_style,
                                depth: at,
                            });
                        }
                        _ => {}
                    }
                }
                "rPrDefault" if is_start => rpr_default_at = Some(at),
                "rPr"
                    if is_start && (style_child || rpr_default_at.is_some_and(|d| at == d + 1)) =>
                {
                    rpr_at = Some(at);
                }
                "pPr" if is_start && style_child => ppr_at = Some(at),
                "basedOn" if style_child => {
                    if let Some(o) = open.as_mut() {
                        o.raw.based_on = attr(&e, "val");
                    }
                }
                // Anywhere in a style's paragraph properties (`w:numPr/w:numId`).
                "numId" if ppr_at.is_some() => {
                    if let Some(o) = open.as_mut() {
                        o.raw.style.list = Some(attr(&e, "val").is_some_and(|v| v != "0"));
                    }
                }
                "shd" if ppr_at.is_some_and(|d| at == d + 1) => {
                    if let Some(o) = open.as_mut() {
                        o.raw.style.shaded = Some(is_dark_shading(&e));
                    }
                }
                _ if rpr_at.is_some_and(|d| at == d + 1) => match open.as_mut() {
                    Some(o) => o.raw.style.run.read(name, &e),
                    None => defaults.read(name, &e),
                },
                _ => {}
            }
        }

        let mut by_id = HashMap::with_capacity(raw.len());
        for (id, own) in &raw {
            // The style, then its parents up the `w:basedOn` chain.
            let mut chain: Vec<(&str, &Raw)> = vec![(id.as_str(), own)];
            while chain.len() < BASED_ON_CAP {
                let Some(parent) = chain.last().and_then(|(_, r)| r.based_on.as_deref()) else {
                    break;
                };
                if chain.iter().any(|(seen, _)| *seen == parent) {
                    break;
                }
                let Some(next) = raw.get(parent) else { break };
                chain.push((parent, next));
            }
            let folded = chain.iter().rev().fold(
                Style {
                    kind: own.style.kind,
                    ..Style::default()
                },
                |acc, (_, r)| Style {
                    kind: acc.kind,
                    run: r.style.run.over(acc.run),
                    shaded: r.style.shaded.or(acc.shaded),
                    list: r.style.list.or(acc.list),
                },
            );
            by_id.insert(id.clone(), folded);
        }
        Ok(Styles {
            defaults,
            by_id,
            default_paragraph,
        })
    }
}

/// Whether a `w:color`/`w:fill` value (hex RRGGBB) is white or nearly.
fn is_light(hex: &str) -> bool {
    hex.len() == 6
        && (0..3).all(|i| {
            u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).is_ok_and(|channel| channel >= 0xF0)
        })
}

fn local(name: &str) -> &str {
    match name.rfind(':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Value of the attribute whose local name is `key` (any namespace prefix,
/// so Strict OOXML reads like Transitional).
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn is_off(e: &BytesStart<'_>) -> bool {
    matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

fn is_on(value: &str) -> bool {
    matches!(value, "1" | "true" | "on")
}

/// Whether a `w:color` makes text white or nearly.
///
/// An explicit `w:val` decides: Word writes there the colour it resolved
/// from the theme. Without one (or `auto`), the theme colours `background1`
/// and `light1` are white: they map to the theme's `lt1`, the window colour
/// (FFFFFF) in Word's Office theme. A custom theme with a dark `lt1` is not
/// read; nor is `w14:textFill`. `w:themeShade` darkens (a shade of S turns
/// white into grey S S S), `w:themeTint` leaves white white.
fn is_white_color(e: &BytesStart<'_>) -> bool {
    match attr(e, "val") {
        Some(val) if !val.eq_ignore_ascii_case("auto") => is_light(&val),
        _ => {
            attr(e, "themeColor").is_some_and(|t| matches!(t.as_str(), "background1" | "light1"))
                && attr(e, "themeShade")
                    .is_none_or(|s| u8::from_str_radix(&s, 16).is_ok_and(|s| s >= 0xF0))
        }
    }
}

/// Whether a `w:shd` paints a dark (not near-white) backdrop: its fill, or
/// the pattern colour of a solid pattern.
fn is_dark_shading(e: &BytesStart<'_>) -> bool {
    let dark = |value: Option<String>| value.is_some_and(|v| v != "auto" && !is_light(&v));
    match attr(e, "val").as_deref() {
        Some("nil") => false,
        Some("solid") => dark(attr(e, "color")) || dark(attr(e, "fill")),
        _ => dark(attr(e, "fill")),
    }
}

/// A `w:sz` value in half-points: a number, or in Strict OOXML a measure
/// with a unit (`"1pt"`, `"0.5mm"`).
fn half_points(value: &str) -> Option<f64> {
    const UNITS: [(&str, f64); 6] = [
        ("pt", 2.0),
        ("pc", 24.0),
        ("pi", 24.0),
        ("in", 144.0),
        ("cm", 144.0 / 2.54),
        ("mm", 14.4 / 2.54),
    ];
    let value = value.trim();
    let (number, scale) = UNITS
        .iter()
        .find_map(|(unit, scale)| value.strip_suffix(unit).map(|n| (n, *scale)))
        .unwrap_or((value, 1.0));
    number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map(|n| n * scale)
}

fn too_deep(part: &str) -> FileError {
    FileError::new(
        ErrorCode::TooLarge,
        format!("{part} is nested more than {DEPTH_CAP} levels deep; refusing to read it"),
    )
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> FileError {
    FileError::new(
        ErrorCode::Corrupt,
        format!("malformed XML in {part} ({e}); re-save the file in Word"),
    )
}

/// Parses one WordprocessingML part into lines.
fn parse_part(
    xml: &[u8],
    part: &str,
    origin: Origin,
    styles: &Styles,
    out: &mut Collected,
) -> Result<(), FileError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut depth = 0usize;
    // While `Some(d)`, everything below depth `d` is skipped.
    let mut skip_from: Option<usize> = None;
    let mut paras: Vec<Para> = Vec::new();
    let mut in_ppr = 0usize;
    let mut in_rpr = 0usize;
    let mut in_t = false;
    let mut tables = 0usize;
    let mut text_boxes = 0usize;
    // The table cell being read is shaded dark (`w:tcPr/w:shd`).
    let mut cell_dark = false;

    loop {
        let event = reader.read_event().map_err(|e| xml_error(part, e))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > DEPTH_CAP {
                    return Err(too_deep(part));
                }
                if skip_from.is_some() {
                    continue;
                }
                let name = e.name();
                match local(name.as_ref()) {
                    // Fallback repeats the Choice content (VML copy of a text
                    // box); deleted, moved-away and field-code text is not
                    // visible text; a tracked formatting change holds the
                    // formatting before the change.
                    "Fallback" | "delText" | "instrText" | "delInstrText" | "moveFrom"
                    | "rPrChange" | "pPrChange" => {
                        skip_from = Some(depth);
                    }
                    "p" => paras.push(Para {
                        cell_dark,
                        origin: Some(if text_boxes > 0 {
                            Origin::TextBox
                        } else if tables > 0 && origin == Origin::Body {
                            Origin::Table
                        } else {
                            origin
                        }),
                        ..Para::default()
                    }),
                    "r" => {
                        if let Some(p) = paras.last_mut() {
                            p.run = Look::default();
                            p.run_style = None;
                        }
                    }
                    "tc" => cell_dark = false,
                    "pPr" => in_ppr += 1,
                    "rPr" => in_rpr += 1,
                    "t" => in_t = true,
                    "tbl" => tables += 1,
                    "txbxContent" => text_boxes += 1,
                    _ => on_empty(&e, &mut paras, in_ppr, in_rpr, &mut cell_dark, styles),
                }
            }
            Event::Empty(e) if skip_from.is_none() => {
                on_empty(&e, &mut paras, in_ppr, in_rpr, &mut cell_dark, styles);
            }
            Event::End(e) => {
                if let Some(d) = skip_from {
                    if depth == d {
                        skip_from = None;
                    }
                    depth = depth.saturating_sub(1);
                    continue;
                }
                depth = depth.saturating_sub(1);
                let name = e.name();
                match local(name.as_ref()) {
                    "p" => {
                        if let Some(p) = paras.pop() {
                            finish_paragraph(p, styles, out);
                        }
                    }
                    "pPr" => in_ppr = in_ppr.saturating_sub(1),
                    "rPr" => in_rpr = in_rpr.saturating_sub(1),
                    "t" => in_t = false,
                    "tc" => cell_dark = false,
                    "tbl" => tables = tables.saturating_sub(1),
                    "txbxContent" => text_boxes = text_boxes.saturating_sub(1),
                    _ => {}
                }
            }
            Event::Text(t) if in_t && skip_from.is_none() => {
                push_text(&mut paras, &t, styles);
            }
            Event::CData(t) if in_t && skip_from.is_none() => {
                push_text(&mut paras, &t.into_inner(), styles);
            }
            Event::GeneralRef(r) if in_t && skip_from.is_none() => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_owned),
                };
                if let Some(s) = resolved {
                    push_text(&mut paras, &s, styles);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // An unterminated paragraph (truncated XML that still parsed) keeps its text.
    while let Some(p) = paras.pop() {
        finish_paragraph(p, styles, out);
    }
    Ok(())
}

fn push_text(paras: &mut [Para], text: &str, styles: &Styles) {
    if let Some(p) = paras.last_mut() {
        if let Some(how) = p.run_hidden(styles) {
            p.hidden.push_str(text);
            p.hidden_how.get_or_insert(how);
        } else {
            p.text.push_str(text);
        }
    }
}

/// Handles elements that carry meaning without content (`<w:tab/>`,
/// `<w:vanish/>`, `<w:numId w:val="3"/>`, ...).
fn on_empty(
    e: &BytesStart<'_>,
    paras: &mut [Para],
    in_ppr: usize,
    in_rpr: usize,
    cell_dark: &mut bool,
    styles: &Styles,
) {
    let name = e.name();
    let name = local(name.as_ref());
    // A cell's shading comes before its paragraphs.
    if name == "shd" && paras.is_empty() {
        *cell_dark = is_dark_shading(e);
        return;
    }
    let Some(p) = paras.last_mut() else {
        return;
    };
    match (in_ppr > 0, in_rpr > 0) {
        // Paragraph properties.
        (true, false) => match name {
            "shd" => p.shd_dark = Some(is_dark_shading(e)),
            "numId" if attr(e, "val").is_some_and(|v| v != "0") => p.list = true,
            "pStyle" => p.style = attr(e, "val"),
            _ => {}
        },
        // The run's own properties.
        (false, true) => match name {
            "rStyle" => p.run_style = attr(e, "val"),
            _ => p.run.read(name, e),
        },
        // Paragraph-mark formatting (pPr/rPr) hides only the mark, not text.
        (true, true) => {}
        (false, false) => {
            let paras = std::slice::from_mut(p);
            match name {
                "tab" | "ptab" => push_text(paras, "\t", styles),
                "br" | "cr" => push_text(paras, "\n", styles),
                "noBreakHyphen" => push_text(paras, "-", styles),
                "softHyphen" => push_text(paras, "\u{AD}", styles),
                "sym" => {
                    let c = attr(e, "char")
                        .and_then(|hex| u32::from_str_radix(&hex, 16).ok())
                        .and_then(char::from_u32);
                    if let Some(c) = c {
                        push_text(paras, c.encode_utf8(&mut [0; 4]), styles);
                    }
                }
                _ => {}
            }
        }
    }
}

fn finish_paragraph(p: Para, styles: &Styles, out: &mut Collected) {
    let origin = p.origin.unwrap_or(Origin::Body);
    let margin = matches!(origin, Origin::Header | Origin::Footer);
    let hidden = p.hidden.trim();
    // Hidden text of a repeated header (first page, even pages) counts once.
    if !hidden.is_empty() && (!margin || out.seen_margin_hidden.insert(hidden.to_owned())) {
        out.hidden.push(Hidden {
            text: hidden.to_owned(),
            how: p.hidden_how.unwrap_or(HiddenHow::Vanish),
            page: None,
        });
    }
    let list = p.list || styles.is_list(p.style.as_deref());
    if margin && !p.text.trim().is_empty() && !out.seen_margin_text.insert(p.text.clone()) {
        return;
    }
    if margin && p.text.trim().is_empty() {
        return;
    }
    for (i, piece) in p.text.split('\n').enumerate() {
        let text = if i == 0 && list && !piece.trim().is_empty() {
            format!("• {piece}")
        } else {
            piece.to_owned()
        };
        out.lines.push((text, origin));
    }
}

fn page_count(xml: &[u8]) -> Option<u32> {
    let text = std::str::from_utf8(xml).ok()?;
    let start = text.find("<Pages>")? + "<Pages>".len();
    let end = start + text[start..].find('<')?;
    text[start..end].trim().parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(body: &str) -> Vec<(String, Origin)> {
        let xml = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let mut out = Collected::default();
        parse_part(
            xml.as_bytes(),
            "word/document.xml",
            Origin::Body,
            &Styles::default(),
            &mut out,
        )
        .expect("parses");
        out.lines
    }

    #[test]
    fn docx_paragraph_text_rules() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "runs join",
                "<w:p><w:r><w:t>Go</w:t></w:r><w:r><w:t xml:space=\"preserve\"> and Rust</w:t></w:r></w:p>",
                &["Go and Rust"],
            ),
            (
                "entities",
                "<w:p><w:r><w:t>R&amp;D &#8211; C#</w:t></w:r></w:p>",
                &["R&D \u{2013} C#"],
            ),
            (
                "tab and break",
                "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r></w:p>",
                &["A\tB", "C"],
            ),
            (
                "tracked changes",
                "<w:p><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p>",
                &["new"],
            ),
            (
                "moved text once",
                "<w:p><w:moveFrom><w:r><w:t>Kafka</w:t></w:r></w:moveFrom></w:p><w:p><w:moveTo><w:r><w:t>Kafka</w:t></w:r></w:moveTo></w:p>",
                &["", "Kafka"],
            ),
            (
                "field code dropped",
                "<w:p><w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r><w:r><w:t>site</w:t></w:r></w:p>",
                &["site"],
            ),
            (
                "symbol bullet",
                "<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t> item</w:t></w:r></w:p>",
                &["\u{F0B7} item"],
            ),
            (
                "direct list numbering",
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>Led it</w:t></w:r></w:p>",
                &["• Led it"],
            ),
            (
                "numId 0 is no list",
                "<w:p><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Plain</w:t></w:r></w:p>",
                &["Plain"],
            ),
        ];
        for (name, body, want) in cases {
            let got: Vec<String> = lines(body).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn docx_hidden_runs_are_kept_apart() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>Python</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>Kubernetes</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> dev</w:t></w:r></w:p></w:body></w:document>"#;
        let mut out = Collected::default();
        parse_part(
            xml.as_bytes(),
            "d",
            Origin::Body,
            &Styles::default(),
            &mut out,
        )
        .expect("parses");
        assert_eq!(out.lines[0].0, "Python dev");
        let hidden: Vec<&str> = out.hidden.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(hidden, ["Kubernetes"]);
    }

    #[test]
    fn docx_white_and_tiny_runs_are_hidden_unless_on_a_dark_shading() {
        let run =
            |props: &str, text: &str| format!("<w:r><w:rPr>{props}</w:rPr><w:t>{text}</w:t></w:r>");
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, HiddenHow)]);
        let cases: &[Case<'_>] = &[
            (
                "white on the page",
                &run(r#"<w:color w:val="FFFFFF"/>"#, "Kafka"),
                &[("Kafka", HiddenHow::Background)],
            ),
            (
                "near white",
                &run(r#"<w:color w:val="FAFBFC"/>"#, "Kafka"),
                &[("Kafka", HiddenHow::Background)],
            ),
            (
                "grey shows",
                &run(r#"<w:color w:val="808080"/>"#, "Kafka"),
                &[],
            ),
            (
                "1 pt",
                &run(r#"<w:sz w:val="2"/>"#, "Kafka"),
                &[("Kafka", HiddenHow::Tiny)],
            ),
            ("3 pt shows", &run(r#"<w:sz w:val="6"/>"#, "Kafka"), &[]),
            (
                "white on a dark run",
                &run(
                    r#"<w:shd w:val="clear" w:fill="1F3864"/><w:color w:val="FFFFFF"/>"#,
                    "Kafka",
                ),
                &[],
            ),
        ];
        for (what, body, want) in cases {
            let xml = format!(
                "<w:document><w:body><w:p><w:r><w:t>Visible </w:t></w:r>{body}</w:p></w:body></w:document>"
            );
            let mut out = Collected::default();
            parse_part(
                xml.as_bytes(),
                "d",
                Origin::Body,
                &Styles::default(),
                &mut out,
            )
            .expect("parses");
            let got: Vec<(&str, HiddenHow)> = out
                .hidden
                .iter()
                .map(|h| (h.text.as_str(), h.how))
                .collect();
            assert_eq!(got, *want, "{what}");
        }
        // A white heading in a dark table cell is read.
        let xml = r#"<w:document><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Experience</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let mut out = Collected::default();
        parse_part(
            xml.as_bytes(),
            "d",
            Origin::Body,
            &Styles::default(),
            &mut out,
        )
        .expect("parses");
        assert!(out.hidden.is_empty());
        assert_eq!(out.lines[0].0, "Experience");
    }

    #[test]
    fn docx_list_styles_follow_based_on() {
        let styles = br#"<w:styles><w:style w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="MyBullets"><w:basedOn w:val="ListBullet"/></w:style><w:style w:styleId="Heading1"/></w:styles>"#;
        let styles = Styles::parse(styles).expect("parses");
        assert!(styles.is_list(Some("ListBullet")) && styles.is_list(Some("MyBullets")));
        assert!(!styles.is_list(Some("Heading1")) && !styles.is_list(None));
    }

    #[test]
    fn docx_deep_nesting_is_refused_not_overflowed() {
        let body = "<w:tbl><w:tr><w:tc>".repeat(400) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
        let xml = format!("<w:document><w:body>{body}</w:body></w:document>");
        let mut out = Collected::default();
        let err = parse_part(
            xml.as_bytes(),
            "word/document.xml",
            Origin::Body,
            &Styles::default(),
            &mut out,
        )
        .expect_err("too deep");
        assert_eq!(err.code, ErrorCode::TooLarge);
    }
    /// A DOCX in memory: `body` in `word/document.xml`, `styles` (the inside
    /// of `w:styles`) in `word/styles.xml`, and `header` (the inside of
    /// `w:hdr`) in `word/header1.xml` when not empty.
    fn docx(styles: &str, header: &str, body: &str) -> Vec<u8> {
        use std::io::Write;
        const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let mut parts = vec![
            (
                "word/document.xml",
                format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
            ),
            (
                "word/styles.xml",
                format!("<w:styles {W}>{styles}</w:styles>"),
            ),
        ];
        if !header.is_empty() {
            parts.push(("word/header1.xml", format!("<w:hdr {W}>{header}</w:hdr>")));
        }
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, xml) in parts {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("zip");
            zip.write_all(xml.as_bytes()).expect("zip");
        }
        zip.finish().expect("zip").into_inner()
    }

    #[test]
    fn docx_styles_hide_text() {
        let style = |kind: &str, id: &str, inner: &str| {
            format!(r#"<w:style w:type="{kind}" w:styleId="{id}">{inner}</w:style>"#)
        };
        let tiny = style("paragraph", "Tiny", r#"<w:rPr><w:sz w:val="2"/></w:rPr>"#);
        let ghost = style(
            "character",
            "Ghost",
            r#"<w:rPr><w:color w:val="FFFFFF"/></w:rPr>"#,
        );
        let white_para = style(
            "paragraph",
            "White",
            r#"<w:rPr><w:color w:val="FFFFFF"/></w:rPr>"#,
        );
        let styled = |pstyle: &str, rpr: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{pstyle}"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let plain = |text: &str| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
        let name = plain("Ada Lovelace");
        type Case<'a> = (
            &'a str,
            String,
            String,
            String,
            &'a [&'a str],
            &'a [(&'a str, HiddenHow)],
        );
        let cases: Vec<Case<'_>> = vec![
            (
                "paragraph style of 1 pt",
                tiny.clone(),
                String::new(),
                name.clone() + &styled("Tiny", "", "Kafka Rust"),
                &["Ada Lovelace"],
                &[("Kafka Rust", HiddenHow::Tiny)],
            ),
            (
                "based on a tiny style",
                tiny.clone()
                    + &style(
                        "paragraph",
                        "Child",
                        r#"<w:basedOn w:val="Tiny"/><w:rPr><w:b/></w:rPr>"#,
                    ),
                String::new(),
                name.clone() + &styled("Child", "", "Kafka"),
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "a basedOn cycle ends",
                style(
                    "paragraph",
                    "A",
                    r#"<w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr>"#,
                ) + &style(
                    "paragraph",
                    "B",
                    r#"<w:basedOn w:val="A"/><w:rPr><w:sz w:val="2"/></w:rPr>"#,
                ) + &style("paragraph", "C", r#"<w:basedOn w:val="C"/>"#),
                String::new(),
                name.clone() + &styled("A", "", "Kafka") + &styled("C", "", "Go"),
                &["Ada Lovelace", "Go"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "character style white",
                ghost.clone(),
                String::new(),
                r#"<w:p><w:r><w:t xml:space="preserve">Ada </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Ghost"/></w:rPr><w:t>Kafka</w:t></w:r></w:p>"#
                    .to_owned(),
                &["Ada "],
                &[("Kafka", HiddenHow::Background)],
            ),
            (
                "direct black over a white style",
                ghost.clone() + &white_para,
                String::new(),
                styled(
                    "White",
                    r#"<w:rStyle w:val="Ghost"/><w:color w:val="000000"/>"#,
                    "Kafka",
                ),
                &["Kafka"],
                &[],
            ),
            (
                "auto colour in a character style over a white paragraph style",
                white_para.clone()
                    + &style(
                        "character",
                        "Link",
                        r#"<w:rPr><w:color w:val="auto"/></w:rPr>"#,
                    ),
                String::new(),
                styled("White", r#"<w:rStyle w:val="Link"/>"#, "Kafka"),
                &["Kafka"],
                &[],
            ),
            (
                "docDefaults 1 pt, body style 11 pt",
                r#"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="2"/></w:rPr></w:rPrDefault></w:docDefaults>"#
                    .to_owned()
                    + &style("paragraph", "Body", r#"<w:rPr><w:sz w:val="22"/></w:rPr>"#),
                String::new(),
                styled("Body", "", "Kafka"),
                &["Kafka"],
                &[],
            ),
            (
                "docDefaults 1 pt alone",
                r#"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="2"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>"#
                    .to_owned(),
                String::new(),
                plain("Kafka"),
                &[],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "white style on a dark paragraph-style shading",
                style(
                    "paragraph",
                    "Banner",
                    r#"<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr><w:rPr><w:color w:val="FFFFFF"/></w:rPr>"#,
                ),
                String::new(),
                styled("Banner", "", "Experience"),
                &["Experience"],
                &[],
            ),
            (
                "white style on a dark direct paragraph shading",
                white_para.clone(),
                String::new(),
                r#"<w:p><w:pPr><w:pStyle w:val="White"/><w:shd w:val="clear" w:fill="000000"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>"#
                    .to_owned(),
                &["Experience"],
                &[],
            ),
            (
                "white character style on a dark highlight",
                ghost.clone(),
                String::new(),
                r#"<w:p><w:r><w:rPr><w:rStyle w:val="Ghost"/><w:highlight w:val="darkBlue"/></w:rPr><w:t>Experience</w:t></w:r></w:p>"#
                    .to_owned(),
                &["Experience"],
                &[],
            ),
            (
                "default paragraph style tiny",
                r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="2"/></w:rPr></w:style>"#
                    .to_owned()
                    + &style("paragraph", "Big", r#"<w:rPr><w:sz w:val="24"/></w:rPr>"#),
                String::new(),
                plain("Kafka") + &styled("Big", "", "Ada Lovelace"),
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "header paragraph in a tiny white style",
                style(
                    "paragraph",
                    "Header",
                    r#"<w:rPr><w:color w:val="FFFFFF" w:themeColor="background1"/><w:sz w:val="2"/></w:rPr>"#,
                ),
                styled("Header", "", "Kafka Kubernetes"),
                name.clone(),
                &["Ada Lovelace"],
                &[("Kafka Kubernetes", HiddenHow::Tiny)],
            ),
            (
                "a repeated hidden header counts once",
                tiny.clone(),
                styled("Tiny", "", "Kafka") + &styled("Tiny", "", "Kafka"),
                name.clone(),
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "vanish in a style",
                style("character", "Gone", r#"<w:rPr><w:vanish/></w:rPr>"#),
                String::new(),
                name.clone()
                    + r#"<w:p><w:r><w:rPr><w:rStyle w:val="Gone"/></w:rPr><w:t>Kafka</w:t></w:r></w:p>"#,
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Vanish)],
            ),
            (
                "vanish toggles: a hidden character style in a hidden paragraph style shows",
                style("character", "Gone", r#"<w:rPr><w:vanish/></w:rPr>"#)
                    + &style("paragraph", "Away", r#"<w:rPr><w:vanish/></w:rPr>"#),
                String::new(),
                styled("Away", r#"<w:rStyle w:val="Gone"/>"#, "Kafka"),
                &["Kafka"],
                &[],
            ),
            (
                "direct vanish off over a hidden style",
                style("paragraph", "Away", r#"<w:rPr><w:vanish/></w:rPr>"#),
                String::new(),
                styled("Away", r#"<w:vanish w:val="0"/>"#, "Kafka"),
                &["Kafka"],
                &[],
            ),
            (
                "theme background1 without a value is white",
                style(
                    "character",
                    "Theme",
                    r#"<w:rPr><w:color w:themeColor="background1"/></w:rPr>"#,
                ),
                String::new(),
                name.clone()
                    + r#"<w:p><w:r><w:rPr><w:rStyle w:val="Theme"/></w:rPr><w:t>Kafka</w:t></w:r></w:p>"#,
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Background)],
            ),
            (
                "theme background1 darker 50% shows",
                style(
                    "paragraph",
                    "Grey",
                    r#"<w:rPr><w:color w:val="808080" w:themeColor="background1" w:themeShade="80"/></w:rPr>"#,
                ) + &style(
                    "paragraph",
                    "Grey2",
                    r#"<w:rPr><w:color w:themeColor="background1" w:themeShade="80"/></w:rPr>"#,
                ),
                String::new(),
                styled("Grey", "", "Kafka") + &styled("Grey2", "", "Go"),
                &["Kafka", "Go"],
                &[],
            ),
            (
                "Strict size with a unit",
                style("paragraph", "Strict", r#"<w:rPr><w:sz w:val="1pt"/></w:rPr>"#),
                String::new(),
                name.clone() + &styled("Strict", "", "Kafka"),
                &["Ada Lovelace"],
                &[("Kafka", HiddenHow::Tiny)],
            ),
            (
                "szCs alone does not hide",
                style("paragraph", "Cs", r#"<w:rPr><w:szCs w:val="2"/></w:rPr>"#),
                String::new(),
                styled("Cs", "", "Kafka"),
                &["Kafka"],
                &[],
            ),
            (
                "a tracked formatting change is the old formatting",
                String::new(),
                String::new(),
                r#"<w:p><w:r><w:rPr><w:color w:val="000000"/><w:rPrChange w:id="1" w:author="a"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:rPrChange></w:rPr><w:t>Kafka</w:t></w:r></w:p>"#
                    .to_owned(),
                &["Kafka"],
                &[],
            ),
            (
                "table-style conditional formatting is not the style's",
                style(
                    "table",
                    "Grid",
                    r#"<w:tblStylePr w:type="firstRow"><w:rPr><w:sz w:val="2"/></w:rPr></w:tblStylePr>"#,
                ) + r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:basedOn w:val="Grid"/></w:style>"#,
                String::new(),
                plain("Kafka"),
                &["Kafka"],
                &[],
            ),
        ];
        for (what, styles, header, body, want_lines, want_hidden) in &cases {
            let doc = extract(&docx(styles, header, body)).expect(what);
            let lines: Vec<&str> = doc
                .lines
                .iter()
                .map(|l| l.text.as_str())
                .filter(|t| !t.trim().is_empty())
                .collect();
            assert_eq!(lines, *want_lines, "{what}: lines");
            let hidden: Vec<(&str, HiddenHow)> = doc
                .hidden
                .iter()
                .map(|h| (h.text.as_str(), h.how))
                .collect();
            assert_eq!(hidden, *want_hidden, "{what}: hidden");
            if !header.is_empty() {
                assert!(
                    doc.lines.iter().all(|l| l.origin != Origin::Header),
                    "{what}: no header line"
                );
            }
        }
    }

    #[test]
    fn docx_sizes_and_colours() {
        let cases: &[(&str, Option<f64>)] = &[
            ("2", Some(2.0)),
            ("22", Some(22.0)),
            ("1pt", Some(2.0)),
            ("1.5pt", Some(3.0)),
            ("1in", Some(144.0)),
            ("-1", None),
            ("big", None),
            ("NaN", None),
        ];
        for (value, want) in cases {
            assert_eq!(half_points(value), *want, "{value}");
        }
        let colour = |xml: &str| {
            let mut reader = quick_xml::Reader::from_str(xml);
            match reader.read_event().expect("xml") {
                Event::Empty(e) => is_white_color(&e),
                other => panic!("{other:?}"),
            }
        };
        let cases: &[(&str, bool)] = &[
            (r#"<w:color w:val="FFFFFF"/>"#, true),
            (r#"<w:color w:val="ffffff"/>"#, true),
            (r#"<w:color w:val="auto"/>"#, false),
            (r#"<w:color w:val="000000"/>"#, false),
            (r#"<w:color w:themeColor="background1"/>"#, true),
            (r#"<w:color w:val="auto" w:themeColor="light1"/>"#, true),
            (
                r#"<w:color w:themeColor="background1" w:themeShade="F2"/>"#,
                true,
            ),
            (
                r#"<w:color w:themeColor="background1" w:themeShade="BF"/>"#,
                false,
            ),
            (r#"<w:color w:themeColor="text1"/>"#, false),
            (
                r#"<w:color w:val="000000" w:themeColor="background1"/>"#,
                false,
            ),
        ];
        for (xml, want) in cases {
            assert_eq!(colour(xml), *want, "{xml}");
        }
    }

    /// The shared corpus (next to the repository, when present): the
    /// jasonadsit resume hides its keyword lists in 1 pt white header and
    /// footer styles; the other DOCX read as before styles were applied
    /// (lines, visible words, hidden words, measured before the change).
    #[test]
    #[allow(clippy::print_stderr)]
    fn docx_corpus_style_hidden_text() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/docx");
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("no corpus at {dir}; skipped");
            return;
        };
        let read = |name: &str| {
            let bytes = std::fs::read(format!("{dir}/{name}")).expect("read");
            extract(&bytes).expect(name)
        };
        let words = |texts: &mut dyn Iterator<Item = &str>| -> usize {
            texts.map(|t| t.split_whitespace().count()).sum()
        };

        let doc = read("jasonadsit__resume__resume.docx");
        let hidden = words(&mut doc.hidden.iter().map(|h| h.text.as_str()));
        eprintln!(
            "jasonadsit: {} lines, {hidden} hidden words",
            doc.lines.len()
        );
        assert!((300..2000).contains(&hidden), "{hidden} hidden words");
        assert!(doc.hidden.iter().all(|h| h.how == HiddenHow::Tiny));
        assert!(doc.hidden[0].text.starts_with("CIS Controls,SANS"));
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        for want in [
            "Jason Adsit",
            // After a symbol-font phone icon.
            "(503) 949-2493 | jason.l.adsit@gmail.com",
            "7/2022-Present, Cybersecurity Assessment Manager, State of Oregon",
            "• Manage three distributed datacenter networks",
            "Scan This to Save My Contact Card",
        ] {
            assert!(texts.iter().any(|t| t.ends_with(want)), "{want}");
        }
        assert!(
            doc.lines
                .iter()
                .all(|l| !matches!(l.origin, Origin::Header | Origin::Footer)),
            "the header and footer are all hidden"
        );
        assert!(!texts.iter().any(|t| t.contains("Q2lwaGVyU2NydXBsZXM=")));

        // (file, lines, visible words, hidden words) before the change.
        let unchanged: &[(&str, usize, usize, usize)] = &[
            ("bjherger__ResumeParser__john_smith.docx", 55, 393, 0),
            ("gitobic__SoupBoss__01-Accountant.docx", 39, 216, 0),
            ("gitobic__SoupBoss__01-Desktop_Support.docx", 39, 288, 0),
            ("gitobic__SoupBoss__01-Office_Coordinator.docx", 34, 204, 0),
            ("gitobic__SoupBoss__02-Accountant.docx", 40, 241, 0),
            ("gitobic__SoupBoss__02-Desktop_Support.docx", 42, 331, 0),
            ("gitobic__SoupBoss__02-Office_Coordinator.docx", 26, 138, 0),
            // 7 white words on the dark fill of text boxes (a known miss:
            // a text box's shape fill is not read).
            ("gitobic__SoupBoss__Mickey01_docx.docx", 70, 1317, 7),
            ("gitobic__SoupBoss__Minnie01_docx.docx", 34, 906, 0),
            ("jamestomasino__resume__resume.docx", 111, 880, 0),
            ("mszep__pandoc_resume__resume_fr.docx", 73, 612, 0),
            (
                "srbhr__Resume-Matcher__Chinmaya_Shah_Resume.docx",
                47,
                436,
                0,
            ),
        ];
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".docx") && n != "jasonadsit__resume__resume.docx")
            .collect();
        names.sort();
        for name in names {
            let doc = read(&name);
            let got = (
                doc.lines.len(),
                words(&mut doc.lines.iter().map(|l| l.text.as_str())),
                words(&mut doc.hidden.iter().map(|h| h.text.as_str())),
            );
            eprintln!(
                "{name}: {} lines, {} words, {} hidden words",
                got.0, got.1, got.2
            );
            match unchanged.iter().find(|(n, ..)| *n == name) {
                Some(&(_, lines, visible, hidden)) => {
                    assert_eq!(got, (lines, visible, hidden), "{name}");
                }
                None => eprintln!("{name}: not measured before; not compared"),
            }
        }
    }
}
