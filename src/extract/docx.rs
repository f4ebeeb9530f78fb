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
//! White text shows on a dark backdrop: run shading or highlight, paragraph
//! shading (direct or from the style), a dark table cell, or the fill of the
//! text box or shape holding it (DrawingML `wps:spPr` or the shape style's
//! `a:fillRef`, theme colours from `word/theme/theme1.xml`; VML `fillcolor`
//! and `v:fill`). "Dark" is anything but white or nearly.
//!
//! Bounded on hostile files: every part is read through a decompressed-size
//! cap (the sizes a zip declares are never trusted), XML nesting depth is
//! capped, `w:basedOn` chains are followed at most [`BASED_ON_CAP`] steps
//! (cycles cut), and nothing recurses.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;

use quick_xml::events::{BytesStart, Event};

use super::layout::{Hidden, HiddenHow};
use super::zipped::{Parts, attr, local};
use super::{Document, ErrorCode, FileError, Origin};

/// Deepest XML nesting accepted (real documents stay far below this).
const DEPTH_CAP: usize = 512;
/// Longest `w:basedOn` chain followed, the style itself included (Word's
/// built-in styles go 3 or 4 deep).
const BASED_ON_CAP: usize = 16;

/// Reads the text of a DOCX.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        FileError::new(
            ErrorCode::Corrupt,
            format!("a damaged DOCX ({e}); open and re-save it in Word, or export a PDF"),
        )
    })?;
    let mut parts = Parts::new(zip, "DOCX", "Word");
    let mut styles = match parts.read("word/styles.xml")? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    // Only for shape fills: a damaged theme costs that, not the document.
    if let Ok(Some(xml)) = parts.read("word/theme/theme1.xml") {
        styles.theme = Theme::parse(&xml);
    }
    let body = parts
        .read("word/document.xml")?
        .ok_or_else(|| FileError::new(ErrorCode::NotDocx, "not a DOCX (no word/document.xml)"))?;

    let mut names: Vec<String> = parts
        .zip
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
        if let Some(xml) = parts.read(&name)? {
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
            if let Some(xml) = parts.read(&name)? {
                parse_part(&xml, &name, origin, &styles, &mut out)?;
            }
        }
    }

    let pages = parts
        .read("docProps/app.xml")
        .ok()
        .flatten()
        .and_then(|xml| page_count(&xml));
    Ok(Document::of_lines(out.lines, pages, out.hidden))
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
    /// At a list's level below the first (`w:ilvl` not `0`).
    nested: bool,
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
    /// The text box or shape holding the paragraph is filled dark.
    box_dark: bool,
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
        // the table cell's, the fill of the text box or shape.
        let on_dark = look.on_dark()
            || self.cell_dark
            || self.box_dark
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
    /// The theme's colours (`word/theme/theme1.xml`), for `a:schemeClr` in
    /// the fill of a text box or shape. Set by [`extract`], not by `parse`.
    theme: Theme,
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
            theme: Theme::default(),
        })
    }
}

/// Whether a `w:color`/`w:fill` value (hex RRGGBB) is white or nearly.
fn is_light(hex: &str) -> bool {
    hex_rgb(hex).is_some_and(light_rgb)
}

/// A hex RRGGBB colour.
fn hex_rgb(hex: &str) -> Option<[u8; 3]> {
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok();
    Some([channel(0)?, channel(1)?, channel(2)?])
}

/// White or nearly: every channel at least F0. Anything else is a dark
/// backdrop for white text (shading, shape fills).
fn light_rgb(rgb: [u8; 3]) -> bool {
    rgb.iter().all(|&channel| channel >= 0xF0)
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

/// Deepest nesting of text boxes and shapes whose fills are followed (a
/// shape inside another's text box); deeper ones read as unfilled.
const SHAPE_CAP: usize = 16;

/// The colour scheme of the theme (`a:clrScheme` in
/// `word/theme/theme1.xml`): `dk1`, `lt1`, `dk2`, `lt2`, `accent1`..`6`,
/// `hlink`, `folHlink`, each an RGB colour.
#[derive(Default)]
struct Theme {
    colours: HashMap<String, [u8; 3]>,
}

impl Theme {
    /// Reads the first `a:clrScheme` of a theme part. Malformed XML keeps
    /// what was read before it (the theme only colours shape fills).
    fn parse(xml: &[u8]) -> Theme {
        let mut reader = quick_xml::Reader::from_reader(xml);
        let mut colours = HashMap::new();
        let mut depth = 0usize;
        // Depth of the open `a:clrScheme`, and the scheme slot being read.
        let mut scheme_at: Option<usize> = None;
        let mut slot: Option<String> = None;
        loop {
            let (e, at, is_start) = match reader.read_event() {
                Ok(Event::Start(e)) => {
                    depth += 1;
                    if depth > DEPTH_CAP {
                        break;
                    }
                    (e, depth, true)
                }
                Ok(Event::Empty(e)) => (e, depth + 1, false),
                Ok(Event::End(_)) => {
                    if scheme_at == Some(depth) {
                        break;
                    }
                    depth = depth.saturating_sub(1);
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            let name = e.name();
            let name = local(name.as_ref());
            match scheme_at {
                None if name == "clrScheme" && is_start => scheme_at = Some(at),
                Some(d) if at == d + 1 => slot = is_start.then(|| name.to_owned()),
                Some(d) if at == d + 2 => {
                    let rgb = match name {
                        "srgbClr" => attr(&e, "val"),
                        "sysClr" => attr(&e, "lastClr"),
                        _ => None,
                    }
                    .and_then(|v| hex_rgb(&v));
                    if let (Some(slot), Some(rgb)) = (slot.take(), rgb) {
                        colours.insert(slot, rgb);
                    }
                }
                _ => {}
            }
        }
        Theme { colours }
    }

    /// The colour an `a:schemeClr@val` names, through Word's default colour
    /// mapping (`bg1` is `lt1`, `tx1` is `dk1`, ...). Without a theme (or
    /// a slot missing from it), the light slots read as white and the dark
    /// and accent ones as black: a fill in an accent colour counts as dark.
    /// `phClr` (a style's placeholder) is unknown.
    fn scheme(&self, val: &str) -> Option<[u8; 3]> {
        let slot = match val {
            "bg1" => "lt1",
            "tx1" => "dk1",
            "bg2" => "lt2",
            "tx2" => "dk2",
            other => other,
        };
        if let Some(rgb) = self.colours.get(slot) {
            return Some(*rgb);
        }
        match slot {
            "lt1" | "lt2" => Some([0xFF; 3]),
            "dk1" | "dk2" | "hlink" | "folHlink" => Some([0; 3]),
            _ if slot.starts_with("accent") => Some([0; 3]),
            _ => None,
        }
    }
}

/// A text box's or shape's fill: the backdrop of the text in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fill {
    /// No fill (`a:noFill`, `filled="f"`), a see-through one, or one not
    /// read (a picture, a group's fill, an unknown colour): what lies
    /// beneath shows.
    Clear,
    Dark,
    Light,
}

/// One open text box or shape: DrawingML `wps:wsp`, or a VML `v:shape`
/// (`v:rect`, `v:roundrect`, ...).
struct Shape {
    /// Depth of its element.
    at: usize,
    vml: bool,
    fill: Fill,
    /// `wps:spPr` said how it is filled, so the style's `a:fillRef` does not.
    given: bool,
    /// Depths of the open `wps:spPr` and `wps:style`.
    props_at: Option<usize>,
    style_at: Option<usize>,
}

/// A DrawingML fill being read (`a:solidFill`, `a:gradFill`, `a:pattFill`
/// in `wps:spPr`, or `a:fillRef` in `wps:style`): dark when every colour
/// in it is.
struct Paint {
    at: usize,
    colours: usize,
    all_dark: bool,
    /// A colour was unknown or mostly transparent.
    clear: bool,
}

/// A DrawingML colour being read: its base, then its modifiers in order.
struct Colour {
    at: usize,
    rgb: Option<[f64; 3]>,
    alpha: f64,
}

impl Colour {
    /// Applies a colour modifier (`a:lumMod`, `a:lumOff`, `a:shade`,
    /// `a:tint`, `a:alpha`; others are ignored). Shade and tint are taken
    /// on sRGB values, close enough to tell white from not.
    fn modify(&mut self, name: &str, e: &BytesStart<'_>) {
        let Some(v) = attr(e, "val")
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite())
            .map(|v| v / 100_000.0)
        else {
            return;
        };
        if name == "alpha" {
            self.alpha = v;
            return;
        }
        let Some(rgb) = self.rgb.as_mut() else { return };
        match name {
            "lumMod" | "lumOff" => {
                let [h, s, l] = to_hsl(*rgb);
                let l = if name == "lumMod" { l * v } else { l + v };
                *rgb = from_hsl([h, s, l.clamp(0.0, 1.0)]);
            }
            "shade" => rgb.iter_mut().for_each(|c| *c *= v.clamp(0.0, 1.0)),
            "tint" => rgb
                .iter_mut()
                .for_each(|c| *c += (1.0 - *c) * (1.0 - v.clamp(0.0, 1.0))),
            _ => {}
        }
    }
}

/// The open text boxes and shapes of a part, innermost last, with the fill
/// being read. The fill of a text box is the backdrop of every paragraph of
/// its `w:txbxContent`; a clear one shows the fill of the shape it sits in.
#[derive(Default)]
struct Shapes {
    stack: Vec<Shape>,
    paint: Option<Paint>,
    colour: Option<Colour>,
}

impl Shapes {
    /// Whether the innermost filled shape is filled dark.
    fn dark(&self) -> bool {
        self.stack
            .iter()
            .rev()
            .map(|s| s.fill)
            .find(|f| *f != Fill::Clear)
            == Some(Fill::Dark)
    }

    /// An element opening (`is_start`) or empty, at depth `at`.
    fn element(&mut self, e: &BytesStart<'_>, at: usize, is_start: bool, theme: &Theme) {
        let qname = e.name();
        let qname = qname.as_ref();
        let name = local(qname);
        let vml = qname.starts_with("v:");
        if is_start && (name == "wsp" || (vml && is_vml_shape(name))) {
            if self.stack.len() < SHAPE_CAP {
                self.stack.push(Shape {
                    at,
                    vml,
                    fill: if vml { vml_fill(e) } else { Fill::Clear },
                    given: false,
                    props_at: None,
                    style_at: None,
                });
            }
            return;
        }
        let Some(shape) = self.stack.last_mut() else {
            return;
        };
        if shape.vml {
            // `v:fill` refines the shape's `fillcolor`.
            if vml && name == "fill" && at == shape.at + 1 {
                shape.fill = vml_fill_child(e, shape.fill);
            }
            return;
        }
        if at == shape.at + 1 && is_start {
            match name {
                "spPr" => shape.props_at = Some(at),
                "style" => shape.style_at = Some(at),
                _ => {}
            }
            return;
        }
        if shape.props_at.is_some_and(|d| at == d + 1) {
            match name {
                "solidFill" | "gradFill" | "pattFill" | "noFill" | "blipFill" | "grpFill" => {
                    shape.given = true;
                    shape.fill = Fill::Clear;
                    if is_start && matches!(name, "solidFill" | "gradFill" | "pattFill") {
                        self.start_paint(at);
                    }
                }
                _ => {}
            }
            return;
        }
        if shape.style_at.is_some_and(|d| at == d + 1) && name == "fillRef" && !shape.given {
            // `idx="0"` is no fill; any other takes the theme's fill style,
            // read as a solid fill in the colour given here.
            shape.fill = Fill::Clear;
            if is_start && attr(e, "idx").is_some_and(|i| i != "0") {
                self.start_paint(at);
            }
            return;
        }
        if self.paint.is_none() {
            return;
        }
        if let Some(colour) = self.colour.as_mut() {
            if at == colour.at + 1 {
                colour.modify(name, e);
            }
            return;
        }
        let rgb = match name {
            "srgbClr" => attr(e, "val").and_then(|v| hex_rgb(&v)),
            "schemeClr" => attr(e, "val").and_then(|v| theme.scheme(&v)),
            "sysClr" => attr(e, "lastClr").and_then(|v| hex_rgb(&v)),
            "prstClr" => attr(e, "val").and_then(|v| named_rgb(&v)),
            "scrgbClr" | "hslClr" => None,
            _ => return,
        };
        self.colour = Some(Colour {
            at,
            rgb: rgb.map(|c| c.map(|c| f64::from(c) / 255.0)),
            alpha: 1.0,
        });
        if !is_start {
            self.end_colour();
        }
    }

    fn start_paint(&mut self, at: usize) {
        self.paint = Some(Paint {
            at,
            colours: 0,
            all_dark: true,
            clear: false,
        });
        self.colour = None;
    }

    fn end_colour(&mut self) {
        let (Some(colour), Some(paint)) = (self.colour.take(), self.paint.as_mut()) else {
            return;
        };
        match colour.rgb {
            Some(rgb) if colour.alpha >= 0.5 => {
                // Rounded the way the colour would be written out.
                let rgb = rgb.map(|c| (c.clamp(0.0, 1.0) * 255.0).round() as u8);
                paint.colours += 1;
                paint.all_dark &= !light_rgb(rgb);
            }
            _ => paint.clear = true,
        }
    }

    /// An element closing at depth `at`.
    fn end(&mut self, at: usize) {
        if self.colour.as_ref().is_some_and(|c| c.at == at) {
            self.end_colour();
        }
        if let Some(paint) = self.paint.take_if(|p| p.at == at) {
            self.colour = None;
            if let Some(shape) = self.stack.last_mut() {
                shape.fill = match paint {
                    Paint { clear: true, .. } | Paint { colours: 0, .. } => Fill::Clear,
                    Paint { all_dark: true, .. } => Fill::Dark,
                    _ => Fill::Light,
                };
            }
        }
        let Some(shape) = self.stack.last_mut() else {
            return;
        };
        for mark in [&mut shape.props_at, &mut shape.style_at] {
            if *mark == Some(at) {
                *mark = None;
            }
        }
        if shape.at == at {
            self.stack.pop();
        }
    }
}

/// VML elements that draw a shape with a fill (and may hold a text box).
fn is_vml_shape(name: &str) -> bool {
    matches!(
        name,
        "shape" | "rect" | "roundrect" | "oval" | "polyline" | "curve" | "arc"
    )
}

/// A VML shape's own fill: `fillcolor`, unless `filled="f"`. Without a
/// `fillcolor` (VML's default is white) it is taken as clear.
fn vml_fill(e: &BytesStart<'_>) -> Fill {
    if attr(e, "filled").is_some_and(|v| !is_vml_on(&v)) {
        return Fill::Clear;
    }
    attr(e, "fillcolor").map_or(Fill::Clear, |c| vml_colour_fill(&c))
}

/// A `v:fill` child: `on="f"` or an `opacity` under one half clears the
/// fill, `color` replaces the shape's `fillcolor`.
fn vml_fill_child(e: &BytesStart<'_>, fill: Fill) -> Fill {
    if attr(e, "on").is_some_and(|v| !is_vml_on(&v)) {
        return Fill::Clear;
    }
    let opacity = attr(e, "opacity").and_then(|v| {
        let v = v.trim();
        match v.strip_suffix('f') {
            // Fixed point 16.16.
            Some(n) => n.trim().parse::<f64>().ok().map(|n| n / 65536.0),
            None => v.parse::<f64>().ok(),
        }
    });
    if opacity.is_some_and(|o| o < 0.5) {
        return Fill::Clear;
    }
    attr(e, "color").map_or(fill, |c| vml_colour_fill(&c))
}

fn is_vml_on(value: &str) -> bool {
    matches!(value, "t" | "true" | "1" | "on")
}

/// A VML colour (`#2D73B4`, `#2d73b4 [3204]`, `#fff`, `navy`) as a fill.
fn vml_colour_fill(value: &str) -> Fill {
    let value = value.split_whitespace().next().unwrap_or_default();
    let rgb = match value.strip_prefix('#') {
        Some(hex) if hex.len() == 3 => {
            let double: String = hex.chars().flat_map(|c| [c, c]).collect();
            hex_rgb(&double)
        }
        Some(hex) => hex_rgb(hex),
        None => named_rgb(value),
    };
    match rgb {
        Some(rgb) if light_rgb(rgb) => Fill::Light,
        Some(_) => Fill::Dark,
        None => Fill::Clear,
    }
}

/// The sixteen basic colour names (VML colours, DrawingML `a:prstClr`).
fn named_rgb(name: &str) -> Option<[u8; 3]> {
    const NAMES: [(&str, [u8; 3]); 17] = [
        ("black", [0x00, 0x00, 0x00]),
        ("white", [0xFF, 0xFF, 0xFF]),
        ("silver", [0xC0, 0xC0, 0xC0]),
        ("gray", [0x80, 0x80, 0x80]),
        ("grey", [0x80, 0x80, 0x80]),
        ("maroon", [0x80, 0x00, 0x00]),
        ("red", [0xFF, 0x00, 0x00]),
        ("purple", [0x80, 0x00, 0x80]),
        ("fuchsia", [0xFF, 0x00, 0xFF]),
        ("green", [0x00, 0x80, 0x00]),
        ("lime", [0x00, 0xFF, 0x00]),
        ("olive", [0x80, 0x80, 0x00]),
        ("yellow", [0xFF, 0xFF, 0x00]),
        ("navy", [0x00, 0x00, 0x80]),
        ("blue", [0x00, 0x00, 0xFF]),
        ("teal", [0x00, 0x80, 0x80]),
        ("aqua", [0x00, 0xFF, 0xFF]),
    ];
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, rgb)| *rgb)
}

/// RGB (0..1 each) to hue, saturation, lightness (0..1 each).
fn to_hsl([r, g, b]: [f64; 3]) -> [f64; 3] {
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let l = (max + min) / 2.0;
    let d = max - min;
    if d <= f64::EPSILON {
        return [0.0, 0.0, l];
    }
    let s = if l > 0.5 {
        d / (2.0 - max - min)
    } else {
        d / (max + min)
    };
    let h = if max == r {
        (g - b) / d + if g < b { 6.0 } else { 0.0 }
    } else if max == g {
        (b - r) / d + 2.0
    } else {
        (r - g) / d + 4.0
    };
    [h / 6.0, s, l]
}

fn from_hsl([h, s, l]: [f64; 3]) -> [f64; 3] {
    if s <= f64::EPSILON {
        return [l; 3];
    }
    let q = if l < 0.5 {
        l * (1.0 + s)
    } else {
        l + s - l * s
    };
    let p = 2.0 * l - q;
    let channel = |t: f64| {
        let t = t.rem_euclid(1.0);
        if t < 1.0 / 6.0 {
            p + (q - p) * 6.0 * t
        } else if t < 0.5 {
            q
        } else if t < 2.0 / 3.0 {
            p + (q - p) * (2.0 / 3.0 - t) * 6.0
        } else {
            p
        }
    };
    [channel(h + 1.0 / 3.0), channel(h), channel(h - 1.0 / 3.0)]
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
    // The open text boxes and shapes, with their fills.
    let mut shapes = Shapes::default();

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
                shapes.element(&e, depth, true, &styles.theme);
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
                        box_dark: text_boxes > 0 && shapes.dark(),
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
                shapes.element(&e, depth + 1, false, &styles.theme);
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
                shapes.end(depth);
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
            // A level below the first: the page marks it apart ("◦").
            "ilvl" => p.nested = attr(e, "val").is_some_and(|v| v != "0"),
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
            let mark = if p.nested { '◦' } else { '•' };
            format!("{mark} {piece}")
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

    /// The body part `xml` read with no styles.
    fn body_part(xml: &str) -> Collected {
        let mut out = Collected::default();
        parse_part(
            xml.as_bytes(),
            "word/document.xml",
            Origin::Body,
            &Styles::default(),
            &mut out,
        )
        .expect("parses");
        out
    }

    fn lines(body: &str) -> Vec<(String, Origin)> {
        let xml = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let out = body_part(&xml);
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
                "a list's second level marked apart",
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>2019-Present: Acme</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>Led it</w:t></w:r></w:p>",
                &["• 2019-Present: Acme", "◦ Led it"],
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
        let out = body_part(xml);
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
            let out = body_part(&xml);
            let got: Vec<(&str, HiddenHow)> = out
                .hidden
                .iter()
                .map(|h| (h.text.as_str(), h.how))
                .collect();
            assert_eq!(got, *want, "{what}");
        }
        // A white heading in a dark table cell is read.
        let xml = r#"<w:document><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Experience</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let out = body_part(xml);
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

    /// White text in a text box or shape shows on a dark fill (DrawingML
    /// `wps:spPr`, the style's `a:fillRef`, VML `fillcolor` / `v:fill`) and
    /// is hidden on a light one or none. The DrawingML box is the one read;
    /// its VML copy in `mc:Fallback` (filled dark here) is not.
    #[test]
    fn docx_text_box_fills_are_backdrops() {
        let white = |text: &str| {
            format!(
                r#"<w:p><w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let heading = white("WORK EXPERIENCE");
        // A DrawingML text box with a black outline (`a:ln`, not a fill).
        let wsp = |fill: &str, style: &str, inner: &str| {
            format!(
                r#"<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6400800" cy="241300"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill}<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>{style}<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"#
            )
        };
        let anchored = |shape: &str, inner: &str| {
            format!(
                r##"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{shape}</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape type="#_x0000_t202" fillcolor="#2d73b4" stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor</w:t></w:r></w:p>"##
            )
        };
        let boxed = |fill: &str| anchored(&wsp(fill, "", &heading), &heading);
        let styled = |fill: &str, fill_ref: &str| {
            let style = format!(
                r#"<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef>{fill_ref}<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>"#
            );
            anchored(&wsp(fill, &style, &heading), &heading)
        };
        let solid = |colour: &str| format!("<a:solidFill>{colour}</a:solidFill>");
        let vml = |shape: &str, inner: &str| {
            format!(
                r#"<w:p><w:r><w:pict>{shape}<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>Anchor</w:t></w:r></w:p>"#
            )
        };
        const SHOWN: &[(&str, Origin)] = &[
            ("WORK EXPERIENCE", Origin::TextBox),
            ("Anchor", Origin::Body),
        ];
        const HIDDEN: &[(&str, Origin)] = &[("Anchor", Origin::Body)];
        type Case<'a> = (&'a str, String, &'a [(&'a str, Origin)]);
        let cases: Vec<Case<'_>> = vec![
            (
                "dark solid fill",
                boxed(&solid(r#"<a:srgbClr val="2D73B4"/>"#)),
                SHOWN,
            ),
            (
                "light solid fill",
                boxed(&solid(r#"<a:srgbClr val="F2F2F2"/>"#)),
                HIDDEN,
            ),
            ("no fill", boxed("<a:noFill/>"), HIDDEN),
            ("no fill given, only an outline", boxed(""), HIDDEN),
            (
                "accent colour (no theme: dark)",
                boxed(&solid(r#"<a:schemeClr val="accent1"/>"#)),
                SHOWN,
            ),
            (
                "background colour (no theme: white)",
                boxed(&solid(r#"<a:schemeClr val="bg1"/>"#)),
                HIDDEN,
            ),
            (
                "background colour darker 50%",
                boxed(&solid(
                    r#"<a:schemeClr val="bg1"><a:lumMod val="50000"/></a:schemeClr>"#,
                )),
                SHOWN,
            ),
            (
                "accent colour lighter 95%",
                boxed(&solid(
                    r#"<a:schemeClr val="accent1"><a:lumMod val="5000"/><a:lumOff val="95000"/></a:schemeClr>"#,
                )),
                HIDDEN,
            ),
            (
                "a dark fill fully transparent",
                boxed(&solid(
                    r#"<a:srgbClr val="000000"><a:alpha val="0"/></a:srgbClr>"#,
                )),
                HIDDEN,
            ),
            (
                "dark gradient",
                boxed(
                    r#"<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="1F3864"/></a:gs><a:gs pos="100000"><a:schemeClr val="tx2"/></a:gs></a:gsLst><a:lin ang="5400000"/></a:gradFill>"#,
                ),
                SHOWN,
            ),
            (
                "gradient to white",
                boxed(
                    r#"<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="1F3864"/></a:gs><a:gs pos="100000"><a:srgbClr val="FFFFFF"/></a:gs></a:gsLst></a:gradFill>"#,
                ),
                HIDDEN,
            ),
            (
                "style fill in an accent colour",
                styled(
                    "",
                    r#"<a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>"#,
                ),
                SHOWN,
            ),
            (
                "style fill 0 is none",
                styled(
                    "",
                    r#"<a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef>"#,
                ),
                HIDDEN,
            ),
            (
                "no fill over the style's fill",
                styled(
                    "<a:noFill/>",
                    r#"<a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>"#,
                ),
                HIDDEN,
            ),
            (
                "VML fillcolor dark",
                vml(
                    r##"<v:shape type="#_x0000_t202" fillcolor="#2D73B4">"##,
                    &heading,
                ),
                SHOWN,
            ),
            (
                "VML fillcolor with a scheme index",
                vml(
                    r##"<v:shape type="#_x0000_t202" fillcolor="#2d73b4 [3204]">"##,
                    &heading,
                ),
                SHOWN,
            ),
            (
                "VML named colour",
                vml(r#"<v:shape fillcolor="navy">"#, &heading),
                SHOWN,
            ),
            (
                "VML fillcolor light",
                vml(r##"<v:shape fillcolor="#fff">"##, &heading),
                HIDDEN,
            ),
            (
                "VML not filled",
                vml(r##"<v:shape fillcolor="#2D73B4" filled="f">"##, &heading),
                HIDDEN,
            ),
            (
                "VML v:fill colour",
                vml(r##"<v:shape><v:fill color="#2D73B4"/>"##, &heading),
                SHOWN,
            ),
            (
                "VML v:fill off",
                vml(
                    r##"<v:shape fillcolor="#2D73B4"><v:fill on="f"/>"##,
                    &heading,
                ),
                HIDDEN,
            ),
            (
                "VML v:fill see-through",
                vml(
                    r##"<v:shape fillcolor="#2D73B4"><v:fill opacity="0"/>"##,
                    &heading,
                ),
                HIDDEN,
            ),
            (
                "VML rectangle",
                r##"<w:p><w:r><w:pict><v:rect fillcolor="#000"><v:textbox><w:txbxContent>"##
                    .to_owned()
                    + &heading
                    + "</w:txbxContent></v:textbox></v:rect></w:pict></w:r><w:r><w:t>Anchor</w:t></w:r></w:p>",
                SHOWN,
            ),
        ];
        for (what, body, want) in &cases {
            let doc = extract(&docx("", "", body)).expect(what);
            let got: Vec<(&str, Origin)> = doc
                .lines
                .iter()
                .filter(|l| !l.text.trim().is_empty())
                .map(|l| (l.text.as_str(), l.origin))
                .collect();
            assert_eq!(got, *want, "{what}: lines");
            let hidden: Vec<(&str, HiddenHow)> = doc
                .hidden
                .iter()
                .map(|h| (h.text.as_str(), h.how))
                .collect();
            let want_hidden: &[(&str, HiddenHow)] = if want.len() == 1 {
                &[("WORK EXPERIENCE", HiddenHow::Background)]
            } else {
                &[]
            };
            assert_eq!(hidden, want_hidden, "{what}: hidden");
        }

        // Nested boxes: a clear inner box shows the outer fill, a light one
        // covers it; text after the box, in the paragraph holding it, is on
        // the page again.
        let dark = solid(r#"<a:srgbClr val="1F3864"/>"#);
        let light = solid(r#"<a:srgbClr val="FFFFFF"/>"#);
        let nested = |inner_fill: &str| {
            let inner = format!(
                "<w:p><w:r><w:drawing>{}</w:drawing></w:r>{}</w:p>",
                wsp(inner_fill, "", &white("Kafka")),
                r#"<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Rust</w:t></w:r>"#,
            );
            format!(
                "<w:p><w:r><w:drawing>{}</w:drawing></w:r>{}</w:p>",
                wsp(&dark, "", &inner),
                r#"<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Go</w:t></w:r>"#,
            )
        };
        for (what, inner_fill, want_lines, want_hidden) in [
            (
                "clear inside dark",
                "<a:noFill/>",
                &["Kafka", "Rust"][..],
                &["Go"][..],
            ),
            (
                "light inside dark",
                light.as_str(),
                &["Rust"],
                &["Kafka", "Go"],
            ),
        ] {
            let doc = extract(&docx("", "", &nested(inner_fill))).expect(what);
            let lines: Vec<&str> = doc
                .lines
                .iter()
                .map(|l| l.text.as_str())
                .filter(|t| !t.trim().is_empty())
                .collect();
            assert_eq!(lines, want_lines, "{what}: lines");
            let hidden: Vec<&str> = doc.hidden.iter().map(|h| h.text.as_str()).collect();
            assert_eq!(hidden, want_hidden, "{what}: hidden");
        }
    }

    /// `a:schemeClr` takes its colour from the theme when there is one.
    #[test]
    fn docx_text_box_scheme_colours_follow_the_theme() {
        let theme = Theme::parse(
            br#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Dark"><a:dk1><a:sysClr val="windowText" lastClr="FFFFFF"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="1F1F1F"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="F8F8F8"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2></a:clrScheme></a:themeElements><a:extraClrSchemeLst><a:extraClrScheme><a:clrScheme name="Other"><a:accent2><a:srgbClr val="FFFFFF"/></a:accent2></a:clrScheme></a:extraClrScheme></a:extraClrSchemeLst></a:theme>"#,
        );
        assert_eq!(theme.scheme("bg1"), Some([0x1F; 3]));
        assert_eq!(theme.scheme("tx1"), Some([0xFF; 3]));
        assert_eq!(theme.scheme("accent2"), Some([0xC0, 0x50, 0x4D]));
        // Not in this theme: by kind.
        assert_eq!(theme.scheme("accent5"), Some([0; 3]));
        assert_eq!(theme.scheme("phClr"), None);
        let styles = Styles {
            theme,
            ..Styles::default()
        };
        for (colour, shown) in [("bg1", true), ("accent1", false), ("accent2", true)] {
            let xml = format!(
                r#"<w:document><w:body><w:p><w:r><w:drawing><wps:wsp><wps:spPr><a:solidFill><a:schemeClr val="{colour}"/></a:solidFill></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Summary</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r></w:p></w:body></w:document>"#
            );
            let mut out = Collected::default();
            parse_part(xml.as_bytes(), "d", Origin::Body, &styles, &mut out).expect("parses");
            let lines: Vec<&str> = out.lines.iter().map(|(t, _)| t.as_str()).collect();
            assert_eq!(lines.contains(&"Summary"), shown, "{colour}: {lines:?}");
            assert_eq!(out.hidden.is_empty(), shown, "{colour}");
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
            // Its three white headings sit in text boxes filled dark blue
            // (2D73B4): read since shape fills are backdrops (before: the
            // same 70 lines, 1317 words, 7 of them hidden).
            ("gitobic__SoupBoss__Mickey01_docx.docx", 70, 1324, 0),
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

    /// The shared corpus (when present): Mickey01's white headings in text
    /// boxes filled dark blue are read, and nothing of it is hidden.
    #[test]
    #[allow(clippy::print_stderr)]
    fn docx_corpus_text_box_fills() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/docx/gitobic__SoupBoss__Mickey01_docx.docx"
        );
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("no corpus file {path}; skipped");
            return;
        };
        let doc = extract(&bytes).expect("Mickey01");
        let hidden: Vec<&str> = doc.hidden.iter().map(|h| h.text.as_str()).collect();
        assert!(hidden.is_empty(), "hidden: {hidden:?}");
        for heading in [
            "PROFESSIONAL SUMMARY",
            "AREAS OF EXPERTISE",
            "WORK EXPERIENCE",
        ] {
            assert!(
                doc.lines
                    .iter()
                    .any(|l| l.text == heading && l.origin == Origin::TextBox),
                "{heading}"
            );
        }
    }
}
