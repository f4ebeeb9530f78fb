//! Layout: from the glyphs a PDF draws to the lines a person reads.
//!
//! In: each page's glyphs with their position, size and visibility
//! ([`Glyph`], collected by `pdf.rs`). Out: the page's lines in reading
//! order, what was hidden and how, and how the page is laid out
//! ([`PageLayout`]). Pure and deterministic: only the geometry decides.
//!
//! The stages, after poppler's and pdfminer's layout analysis:
//!
//! 1. **Visibility.** Glyphs drawn invisible (render mode 3), under 3 pt,
//!    in the colour of what is behind them, or off the page are set apart
//!    as hidden text. A page whose only text is invisible is an OCR layer
//!    over a scan and stays readable.
//! 2. **Lines.** Glyphs are grouped by baseline (superscripts join the line
//!    they sit on; small lines stacked beside a large name, which overlap
//!    its box but stand over one another, stay lines of their own) and cut
//!    into *segments* where a horizontal gap is wide enough to be a gutter
//!    or a tab stop, or where a narrower gap runs clear down the page
//!    between text on both sides (two columns set less than an em apart).
//! 3. **Words from gaps.** Inside a segment a space goes where the gap
//!    between two glyphs is wider than the segment's usual gap between
//!    letters by a fraction of the font size (or where a space is drawn):
//!    kerning never splits a word, letter-spaced headings (`S K I L L S`)
//!    come out whole, and ligatures are spelled out.
//! 4. **Blocks and reading order.** Segments on consecutive lines that
//!    overlap horizontally form blocks; blocks are ordered by a recursive
//!    XY-cut that prefers a vertical cut (a column gutter), takes a block
//!    alone in its band (a name across the page) first, and otherwise cuts
//!    at the widest horizontal gap. Rows of a table (cells on the same
//!    baselines on both sides of a gap) are not cut into columns; a
//!    section's heading in the margin, level with the section's first line,
//!    is a line of its own.
//! 5. **Hyphens.** A word broken across two lines of a block with a hyphen
//!    is joined unless it reads as a compound (`cloud-native`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::vocab;

/// Below this size (in points) text is too small to read: hidden.
pub const MIN_VISIBLE_SIZE: f64 = 3.0;

/// Pages with more segments than this are read in plain top-to-bottom
/// order: the ordering is quadratic in the worst case.
const MAX_ORDERED_SEGMENTS: usize = 5_000;

/// The widest region, in points, whose lines are counted point by point
/// across for a gutter (a page is under 1,500 points wide; a larger one
/// is read without that count).
const MAX_PAGE_POINTS: f64 = 5_000.0;

/// Why a glyph is not seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HiddenHow {
    /// Drawn in the colour of what is behind it (white on white).
    Background,
    /// Smaller than [`MIN_VISIBLE_SIZE`].
    Tiny,
    /// Text render mode 3 (or 7): drawn invisible.
    Invisible,
    /// Outside the page's box.
    OffPage,
    /// Outside the clipping region the page sets (`W`): drawn, never shown.
    Clipped,
    /// DOCX `w:vanish`.
    Vanish,
}

impl HiddenHow {
    /// How a person would say it.
    pub fn describe(self) -> &'static str {
        match self {
            HiddenHow::Background => "in the background colour",
            HiddenHow::Tiny => "under 3 pt",
            HiddenHow::Invisible => "drawn invisible",
            HiddenHow::OffPage => "off the page",
            HiddenHow::Clipped => "clipped away",
            HiddenHow::Vanish => "marked hidden",
        }
    }
}

/// One glyph as drawn: page space in points, `y` growing downwards.
#[derive(Clone, Debug)]
pub struct Glyph {
    pub x0: f64,
    pub x1: f64,
    /// The baseline.
    pub base: f64,
    /// The font size on the page.
    pub size: f64,
    pub text: GlyphText,
    pub hidden: Option<HiddenHow>,
    /// Set upright (not rotated or mirrored): only upright glyphs are laid
    /// out by position; the others are read in drawing order.
    pub upright: bool,
}

impl Glyph {
    fn is_space(&self) -> bool {
        self.text.is_blank()
    }
}

/// A glyph's text, kept inline when short (nearly always: one character),
/// so a page of glyphs is not a heap allocation per glyph.
#[derive(Clone, Debug)]
pub enum GlyphText {
    Inline { bytes: [u8; 14], len: u8 },
    Heap(Box<str>),
}

impl GlyphText {
    /// Only white space (or nothing): checked on the bytes when they are
    /// ASCII, as nearly all spaces are.
    fn is_blank(&self) -> bool {
        match self {
            GlyphText::Inline { bytes, len } if bytes[..usize::from(*len)].is_ascii() => bytes
                [..usize::from(*len)]
                .iter()
                .all(u8::is_ascii_whitespace),
            other => other.as_str().chars().all(char::is_whitespace),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Only ever built from a whole `&str` (see `From`), so always
            // valid UTF-8.
            GlyphText::Inline { bytes, len } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            GlyphText::Heap(text) => text,
        }
    }
}

impl From<&str> for GlyphText {
    fn from(text: &str) -> GlyphText {
        match u8::try_from(text.len()) {
            Ok(len) if text.len() <= 14 => {
                let mut bytes = [0u8; 14];
                bytes[..text.len()].copy_from_slice(text.as_bytes());
                GlyphText::Inline { bytes, len }
            }
            _ => GlyphText::Heap(text.into()),
        }
    }
}

impl From<String> for GlyphText {
    fn from(text: String) -> GlyphText {
        GlyphText::from(text.as_str())
    }
}

/// The glyphs of one page.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub number: u32,
    pub glyphs: Vec<Glyph>,
    /// Whether the program that made the PDF breaks words at line ends by
    /// itself (TeX, Typst). Word processors and browsers do not by
    /// default, so a hyphen at a line end in their PDFs is the author's.
    pub hyphenates: bool,
    /// Small filled shapes (left, top, right, bottom): list bullets a
    /// browser draws rather than types.
    pub marks: Vec<[f64; 4]>,
}

/// Text a person cannot see, by page and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hidden {
    pub text: String,
    pub how: HiddenHow,
    /// The page, for PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

/// How one page is laid out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageLayout {
    pub page: u32,
    /// Text columns side by side (1 for a single column).
    pub columns: usize,
    /// Blocks of text, in reading order.
    pub blocks: Vec<Block>,
    /// The page's only text is an invisible layer (OCR over a scan).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ocr: bool,
}

/// A block of lines, with its box (points, from the top left).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub lines: usize,
    /// The block's first line, shortened.
    pub first: String,
    /// Which column of the page the block is in (0 when the page has one
    /// or the block spans the columns).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub column: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What a PDF's pages were read as.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// The most columns on any page.
    pub columns: usize,
    pub pages: Vec<PageLayout>,
}

/// One page, read.
pub struct PageText {
    pub lines: Vec<String>,
    /// The column of each line (as [`Block::column`]), for the reader that
    /// carries a column on from one page to the next.
    pub columns: Vec<usize>,
    pub hidden: Vec<Hidden>,
    pub layout: PageLayout,
}

/// A run of glyphs on one baseline with no wide gap: part of a line.
#[derive(Clone, Debug)]
struct Segment {
    x0: f64,
    x1: f64,
    /// Top of the tallest glyph and the baseline.
    top: f64,
    base: f64,
    size: f64,
    text: String,
}

/// Reads one page.
pub fn read_page(page: Page) -> PageText {
    let number = page.number;
    let hyphenates = page.hyphenates;
    let marks = page.marks;
    let mut visible = page.glyphs;
    let mut hidden = Vec::new();
    if visible.iter().any(|g| g.hidden.is_some()) {
        (visible, hidden) = visible.into_iter().partition(|g| g.hidden.is_none());
    }
    let mut ocr = false;
    let mut hidden_glyphs = hidden;
    let has_visible_text = visible.iter().any(|g| !g.is_space());
    if !has_visible_text
        && !hidden_glyphs.is_empty()
        && hidden_glyphs
            .iter()
            .all(|g| g.hidden == Some(HiddenHow::Invisible))
    {
        // The only text is invisible: a scan's OCR layer, which is what an
        // ATS reads too.
        ocr = true;
        visible = std::mem::take(&mut hidden_glyphs);
        for g in &mut visible {
            g.hidden = None;
        }
    }
    let hidden = hidden_spans(hidden_glyphs, number);
    let (upright, turned): (Vec<Glyph>, Vec<Glyph>) = if visible.iter().all(|g| g.upright) {
        (visible, Vec::new())
    } else {
        visible.into_iter().partition(|g| g.upright)
    };
    let segments = segments(upright);
    let (mut lines, mut line_columns, blocks, columns) = order(segments, hyphenates, &marks);
    // Turned text (a title along the margin) in drawing order, after the
    // page's text.
    let mut run = String::new();
    for g in turned {
        push_spelled(&mut run, g.text.as_str());
    }
    let run = run.split_whitespace().collect::<Vec<_>>().join(" ");
    if !run.is_empty() {
        if lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push(String::new());
        }
        lines.push(run);
    }
    line_columns.resize(lines.len(), 0);
    PageText {
        lines,
        columns: line_columns,
        hidden,
        layout: PageLayout {
            page: number,
            columns,
            blocks,
            ocr,
        },
    }
}

/// Hidden glyphs as runs of text, one per line and way of hiding.
fn hidden_spans(glyphs: Vec<Glyph>, page: u32) -> Vec<Hidden> {
    let mut by_how: Vec<(HiddenHow, Vec<Glyph>)> = Vec::new();
    for g in glyphs {
        let how = g.hidden.unwrap_or(HiddenHow::Invisible);
        match by_how.iter_mut().find(|(h, _)| *h == how) {
            Some((_, list)) => list.push(g),
            None => by_how.push((how, vec![g])),
        }
    }
    by_how.sort_by_key(|(how, _)| *how);
    let mut out = Vec::new();
    for (how, glyphs) in by_how {
        for segment in segments(glyphs) {
            let text = segment.text.trim();
            if !text.is_empty() {
                out.push(Hidden {
                    text: text.to_owned(),
                    how,
                    page: Some(page),
                });
            }
        }
    }
    out
}

/// Groups glyphs into lines by baseline and cuts the lines into segments
/// at wide gaps, with the words of each segment spelled out.
fn segments(mut glyphs: Vec<Glyph>) -> Vec<Segment> {
    glyphs.retain(|g| g.size.is_finite() && g.x0.is_finite() && g.base.is_finite());
    glyphs.sort_by(|a, b| a.base.total_cmp(&b.base).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Vec<Glyph>> = Vec::new();
    let mut line: Vec<Glyph> = Vec::new();
    // The box, from its top to a little under its baseline, of the largest
    // glyph of the line so far: a glyph joins the line when its own box
    // overlaps it by half of the smaller box (a superscript does; the line
    // under a large name does not).
    let mut reference: Option<(f64, f64)> = None;
    let span = |g: &Glyph| (g.base - 0.75 * g.size, g.base + 0.2 * g.size);
    for g in glyphs {
        let joins = reference.is_some_and(|(top, bottom)| {
            let (t, b) = span(&g);
            let overlap = bottom.min(b) - top.max(t);
            overlap >= 0.5 * (bottom - top).min(b - t)
        });
        if !joins && !line.is_empty() {
            lines.extend(stacked_lines(std::mem::take(&mut line)));
            reference = None;
        }
        if !g.is_space() && reference.is_none_or(|(top, bottom)| g.size * 0.95 > bottom - top) {
            reference = Some(span(&g));
        }
        line.push(g);
    }
    if !line.is_empty() {
        lines.extend(stacked_lines(line));
    }
    let gutters = narrow_gutters(&lines);
    let mut out = Vec::new();
    for (line, cuts) in lines.into_iter().zip(gutters) {
        split_line(line, &cuts, &mut out);
    }
    out
}

/// The most cells (lines × points across) [`narrow_gutters`] counts on a
/// page: two thousand lines of a letter-size page.
const MAX_GUTTER_CELLS: usize = 2_000 * 1_000;

/// Lines a narrow gutter runs between, for [`narrow_gutters`]: so many
/// lines with text close on both sides of one empty stretch are columns,
/// not a chance alignment of word spaces.
const GUTTER_LINES: usize = 8;

/// Gutters narrower than the gap [`split_line`] cuts at (two columns set
/// half an em apart, the left one justified to its edge): for each line,
/// the stretches across the page where it is to be cut. A stretch is one
/// no line's ink touches over a run of consecutive lines a quarter of the
/// text's height or taller, with ink within two ems on both sides of it
/// on [`GUTTER_LINES`] or more of them, those lines reaching six ems or
/// more on each side (as a median), two points wide or more.
fn narrow_gutters(lines: &[Vec<Glyph>]) -> Vec<Vec<(f64, f64)>> {
    let mut cuts = vec![Vec::new(); lines.len()];
    let inked = |g: &&Glyph| !g.is_space() && g.x1 > g.x0;
    // Where each line's ink starts and ends, and the page's.
    let starts: Vec<f64> = lines
        .iter()
        .map(|l| {
            l.iter()
                .filter(inked)
                .map(|g| g.x0)
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    let ends: Vec<f64> = lines
        .iter()
        .map(|l| {
            l.iter()
                .filter(inked)
                .map(|g| g.x1)
                .fold(f64::NEG_INFINITY, f64::max)
        })
        .collect();
    let left = starts.iter().copied().fold(f64::INFINITY, f64::min);
    let right = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let width = (right - left).ceil();
    if lines.len() < GUTTER_LINES || !(1.0..=MAX_PAGE_POINTS).contains(&width) {
        return cuts;
    }
    let cells = width as usize + 2;
    // Counted cell by cell for every line: a page of more is read without.
    if lines.len().saturating_mul(cells) > MAX_GUTTER_CELLS {
        return cuts;
    }
    let (top, bottom) = lines
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(t, b), g| {
            (t.min(g.base), b.max(g.base))
        });
    // Each line's ink, counted cell by cell from the left (a prefix sum):
    // `ink[l][b] - ink[l][a]` glyph edges lie in cells a..b.
    let mut ink: Vec<Vec<u32>> = Vec::with_capacity(lines.len());
    let mut reach: Vec<f64> = Vec::with_capacity(lines.len());
    for line in lines {
        let mut count = vec![0u32; cells + 1];
        for g in line.iter().filter(inked) {
            let a = ((g.x0 - left).floor().max(0.0) as usize).min(cells - 1);
            let b = ((g.x1 - left).ceil().max(0.0) as usize).min(cells - 1);
            for c in &mut count[a + 1..=b] {
                *c += 1;
            }
        }
        for c in 1..count.len() {
            count[c] += count[c - 1];
        }
        ink.push(count);
        let size = median(line.iter().filter(|g| !g.is_space()).map(|g| g.size)).unwrap_or(10.0);
        reach.push((2.0 * size).ceil());
    }
    let covered = |l: usize, a: usize, b: usize| ink[l][b.min(cells)] > ink[l][a.min(cells)];
    let mut gutter = vec![vec![false; cells]; lines.len()];
    for x in 1..cells - 1 {
        let mut l = 0;
        while l < lines.len() {
            if covered(l, x, x + 1) {
                l += 1;
                continue;
            }
            // A run of lines that leave cell x empty.
            let start = l;
            let mut bordered = Vec::new();
            while l < lines.len() && !covered(l, x, x + 1) {
                let r = reach[l] as usize;
                if covered(l, x.saturating_sub(r), x) && covered(l, x + 1, x + 1 + r) {
                    bordered.push(l);
                }
                l += 1;
            }
            // Text on both sides, not a column of dates beside titles:
            // the lines reach six ems or more each way, as a rule.
            let wide = |side: &dyn Fn(usize) -> f64| {
                median(bordered.iter().map(|&b| side(b) / (reach[b] / 2.0)))
                    .is_some_and(|w| w >= 6.0)
            };
            let x_at = left + x as f64;
            if let (Some(&first), Some(&last)) = (bordered.first(), bordered.last())
                && bordered.len() >= GUTTER_LINES
                && lines[last][0].base - lines[first][0].base >= 0.25 * (bottom - top)
                && wide(&|b| x_at - starts[b])
                && wide(&|b| ends[b] - x_at)
            {
                for row in &mut gutter[start..l] {
                    row[x] = true;
                }
            }
        }
    }
    for (l, row) in gutter.iter().enumerate() {
        let mut x = 0;
        while x < cells {
            if !row[x] {
                x += 1;
                continue;
            }
            let from = x;
            while x < cells && row[x] {
                x += 1;
            }
            if x - from >= 2 {
                cuts[l].push((left + from as f64, left + x as f64));
            }
        }
    }
    cuts
}

/// Parts of one line that are really lines of their own: small lines
/// stacked beside a large glyph's box (the phone and e-mail lines to the
/// right of a large name) overlap the box, and so each other, but never
/// the same stretch of the page across. Glyphs are gathered by baseline;
/// a group joins the first part it does not cover across, else starts a
/// part: a superscript, beside its word, stays in its line; two lines
/// over the same stretch are never letters shuffled into one.
fn stacked_lines(line: Vec<Glyph>) -> Vec<Vec<Glyph>> {
    // `segments` gives the line's glyphs in order of baseline already.
    let mut groups: Vec<Vec<Glyph>> = Vec::new();
    for g in line {
        let apart = groups
            .last()
            .and_then(|group| group.last())
            .is_some_and(|last| g.base - last.base > 0.3 * g.size.min(last.size).max(1.0));
        match groups.last_mut() {
            Some(group) if !apart => group.push(g),
            _ => groups.push(vec![g]),
        }
    }
    if groups.len() < 2 {
        return groups;
    }
    // Whether two glyphs share a stretch across the page (more than a
    // third of the narrower: not a kerned pair's touch).
    let shares = |a: &Glyph, b: &Glyph| {
        let narrower = (a.x1 - a.x0).min(b.x1 - b.x0).max(0.1);
        a.x1.min(b.x1) - a.x0.max(b.x0) > narrower / 3.0
    };
    // A group stands over a part when two or more of its glyphs stand
    // over the part's: one glyph (an accent set apart, a stray mark) never
    // makes a line of its own.
    let stacked = |group: &[Glyph], part: &[Glyph]| {
        group
            .iter()
            .filter(|g| !g.is_space() && part.iter().any(|p| !p.is_space() && shares(g, p)))
            .take(2)
            .count()
            >= 2
    };
    let mut parts: Vec<Vec<Glyph>> = Vec::new();
    for group in groups {
        match parts.iter_mut().find(|part| !stacked(&group, part)) {
            Some(part) => part.extend(group),
            None => parts.push(group),
        }
    }
    parts
}

/// Cuts one line's glyphs into segments at gaps wider than a gutter could
/// be narrow, and spells out each segment's words.
fn split_line(mut line: Vec<Glyph>, gutters: &[(f64, f64)], out: &mut Vec<Segment>) {
    line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let size = median(line.iter().filter(|g| !g.is_space()).map(|g| g.size)).unwrap_or(10.0);
    // The baseline of the line is that of its largest glyphs (not a
    // superscript's).
    let base = line
        .iter()
        .filter(|g| !g.is_space() && g.size >= size * 0.95)
        .map(|g| g.base)
        .fold(f64::NEG_INFINITY, f64::max);
    let base = if base.is_finite() { base } else { line[0].base };
    let mut start = 0;
    let mut end_x = f64::NEG_INFINITY;
    // Glyphs with ink in the segment so far, and whether the first is a
    // bullet.
    let mut inked = 0usize;
    let mut first_is_bullet = false;
    for i in 0..line.len() {
        if line[i].is_space() {
            continue;
        }
        // A bullet stays with the text it marks, hanging up to a few ems
        // before it; an icon far across the page (a sidebar's, level with
        // the main column's line) marks nothing there.
        let bullet = inked == 1 && first_is_bullet && line[i].x0 - end_x < 6.0 * size;
        let across = gutters
            .iter()
            .any(|&(a, b)| end_x <= a + 1.0 && line[i].x0 >= b - 1.0);
        if end_x.is_finite() && (line[i].x0 - end_x > 0.9 * size || across) && !bullet {
            push_segment(&line[start..i], base, out);
            start = i;
            inked = 0;
        }
        if inked == 0 {
            first_is_bullet = is_bullet(line[i].text.as_str());
        }
        inked += 1;
        end_x = end_x.max(line[i].x1);
    }
    push_segment(&line[start..], base, out);
}

fn push_segment(glyphs: &[Glyph], base: f64, out: &mut Vec<Segment>) {
    let ink: Vec<&Glyph> = glyphs.iter().filter(|g| !g.is_space()).collect();
    if ink.is_empty() {
        return;
    }
    let size = median(ink.iter().map(|g| g.size)).unwrap_or(10.0);
    // The usual gap between two letters of this segment: about zero, or
    // the letter spacing of a spaced-out heading.
    let gaps: Vec<f64> = glyphs
        .windows(2)
        .filter(|w| !w[0].is_space() && !w[1].is_space())
        .map(|w| (w[1].x0 - w[0].x1).max(0.0))
        .collect();
    let letter_gap = if gaps.len() >= 3 {
        median(gaps.iter().copied()).unwrap_or(0.0).min(0.6 * size)
    } else {
        0.0
    };
    // A tenth of an em and a bit: tighter than the tightest word space a
    // typesetter sets (about 0.17 em in condensed, justified text), wider
    // than kerning opens a pair.
    let threshold = letter_gap + 0.11 * size;
    let accented = accented_letters(glyphs);
    let mut text = String::new();
    let mut last_x1 = f64::NEG_INFINITY;
    let mut space_pending = false;
    for (k, g) in glyphs.iter().enumerate() {
        if g.is_space() {
            space_pending = true;
            continue;
        }
        let letter = match accented.get(k) {
            Some(Accented::Over) => continue,
            Some(Accented::Letter(letter)) => letter.as_str(),
            Some(Accented::Plain) | None => g.text.as_str(),
        };
        if !text.is_empty() && (space_pending || g.x0 - last_x1 > threshold) {
            text.push(' ');
        }
        space_pending = false;
        push_spelled(&mut text, letter);
        last_x1 = last_x1.max(g.x1);
    }
    out.push(Segment {
        x0: ink.iter().map(|g| g.x0).fold(f64::INFINITY, f64::min),
        x1: ink.iter().map(|g| g.x1).fold(f64::NEG_INFINITY, f64::max),
        top: ink
            .iter()
            .map(|g| g.base - g.size * 0.8)
            .fold(f64::INFINITY, f64::min),
        base,
        size,
        text,
    });
}

/// What a glyph of a segment spells once accents drawn apart are set on
/// their letters.
enum Accented {
    Plain,
    /// A letter with the accents over or under it: "ü".
    Letter(String),
    /// An accent set on a letter.
    Over,
}

/// The combining form of an accent a typesetter draws as a glyph of its
/// own (TeX's `\"u`: a "u" and a "¨" over it), spacing or combining.
fn combining_accent(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    Some(match c {
        '\u{B4}' | '\u{2CA}' | '\u{301}' => '\u{301}',
        '`' | '\u{2CB}' | '\u{300}' => '\u{300}',
        '\u{A8}' | '\u{308}' => '\u{308}',
        '\u{2C6}' | '\u{302}' => '\u{302}',
        '\u{2DC}' | '\u{303}' => '\u{303}',
        '\u{2C7}' | '\u{30C}' => '\u{30C}',
        '\u{2D8}' | '\u{306}' => '\u{306}',
        '\u{2D9}' | '\u{307}' => '\u{307}',
        '\u{2DA}' | '\u{30A}' => '\u{30A}',
        '\u{2DD}' | '\u{30B}' => '\u{30B}',
        '\u{B8}' | '\u{327}' => '\u{327}',
        '\u{AF}' | '\u{2C9}' | '\u{304}' => '\u{304}',
        '\u{2DB}' | '\u{328}' => '\u{328}',
        _ => return None,
    })
}

/// Accents a PDF draws as glyphs of their own, each set on the letter it
/// stands over: "Thu" "¨" "ringen" is "Thüringen", "Econom" "´" "ı" "a"
/// "Economía" (the dotless i under an accent is an i). An accent belongs
/// to the letter beside it in the line whose box holds its middle; one
/// over no letter ("App´s", an accent typed for an apostrophe) stays as
/// it is. Empty when no glyph is an accent (nearly every segment: this
/// runs for each).
fn accented_letters(glyphs: &[Glyph]) -> Vec<Accented> {
    use unicode_normalization::UnicodeNormalization;
    if !glyphs
        .iter()
        .any(|g| combining_accent(g.text.as_str()).is_some())
    {
        return Vec::new();
    }
    let mut out: Vec<Accented> = glyphs.iter().map(|_| Accented::Plain).collect();
    for k in 0..glyphs.len() {
        let Some(mark) = combining_accent(glyphs[k].text.as_str()) else {
            continue;
        };
        let a = &glyphs[k];
        let middle = (a.x0 + a.x1) / 2.0;
        let letter = |j: usize| {
            let g = &glyphs[j];
            !g.is_space()
                && combining_accent(g.text.as_str()).is_none()
                && g.text.as_str().chars().count() == 1
                && g.text.as_str().chars().all(char::is_alphabetic)
        };
        let before = (0..k)
            .rev()
            .find(|&j| !glyphs[j].is_space())
            .filter(|&j| letter(j));
        let after = (k + 1..glyphs.len())
            .find(|&j| !glyphs[j].is_space())
            .filter(|&j| letter(j));
        let holds = |j: &usize| glyphs[*j].x0 <= middle && middle <= glyphs[*j].x1;
        let Some(j) = before.filter(holds).or(after.filter(holds)) else {
            continue;
        };
        let mut letter = match &out[j] {
            Accented::Letter(l) => l.clone(),
            _ => glyphs[j].text.as_str().to_owned(),
        };
        letter = letter.replace('ı', "i").replace('ȷ', "j");
        letter.push(mark);
        out[j] = Accented::Letter(letter.nfc().collect());
        out[k] = Accented::Over;
    }
    out
}

/// A list marker drawn as a glyph on its own: a bullet mark the segmenter
/// knows ([`vocab::is_bullet_glyph`]), or a dash, star or suit a PDF
/// draws apart from its text.
fn is_bullet(text: &str) -> bool {
    // "▪️": a mark and the selector that asks for its emoji form.
    let mut chars = text
        .chars()
        .filter(|c| !matches!(c, '\u{FE0E}' | '\u{FE0F}'));
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    vocab::is_bullet_glyph(c) || matches!(c, '♦' | '☆' | '–' | '—' | '-' | '*' | '⋄')
}

/// Appends a glyph's text with ligatures spelled out.
fn push_spelled(text: &mut String, glyph: &str) {
    for c in glyph.chars() {
        match c {
            '\u{FB00}' => text.push_str("ff"),
            '\u{FB01}' => text.push_str("fi"),
            '\u{FB02}' => text.push_str("fl"),
            '\u{FB03}' => text.push_str("ffi"),
            '\u{FB04}' => text.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => text.push_str("st"),
            '\u{00AD}' => text.push('-'),
            c => text.push(c),
        }
    }
}

fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

/// Whether a line is a date as a margin's cell holds it: short, with a
/// year ("2010 – 2013", "Aug 2020 -", "2020 • 2 years").
fn is_date_cell(text: &str) -> bool {
    text.split_whitespace().count() <= 4
        && text
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

/// A block under construction: its segments and box.
#[derive(Clone, Debug)]
struct Group {
    members: Vec<usize>,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
    /// A section's heading set in the margin on lines of its own
    /// ("Professional" over "Experience"): read as one line.
    heading: bool,
}

/// A column that goes on below a sidebar's end: the blocks read last, after
/// the columns, that start within one column's stretch across the page and
/// reach no other, below every column's last block, are that column's
/// end (a main column's last jobs under a sidebar that stops above them),
/// read before the columns after it. A footer's line is not: the blocks
/// hold three lines or more.
fn continue_column(ordered: &mut Vec<(Group, usize)>, size: f64) {
    let tail = ordered.iter().rev().take_while(|(_, c)| *c == 0).count();
    let body = ordered.len() - tail;
    if tail == 0 || body == 0 || ordered[body - 1].1 == 0 {
        return;
    }
    let lines: usize = ordered[body..].iter().map(|(g, _)| g.members.len()).sum();
    if lines < 3 {
        return;
    }
    // The columns of the region just before the tail.
    let first = ordered[..body]
        .iter()
        .rposition(|(_, c)| *c == 0)
        .map_or(0, |i| i + 1);
    let region = &ordered[first..body];
    let last_column = region.iter().map(|(_, c)| *c).max().unwrap_or(0);
    // Each column's left and right edges and its bottom.
    let stretches: Vec<(f64, f64, f64)> = (0..=last_column)
        .map(|k| {
            region.iter().filter(|(_, c)| *c == k).fold(
                (f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY),
                |(x0, x1, y1), (g, _)| (x0.min(g.x0), x1.max(g.x1), y1.max(g.y1)),
            )
        })
        .collect();
    let stretch = |k: usize| stretches[k];
    let (tail_x0, tail_x1, tail_y0) = ordered[body..].iter().fold(
        (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY),
        |(x0, x1, y0), (g, _)| (x0.min(g.x0), x1.max(g.x1), y0.min(g.y0)),
    );
    let tolerance = 0.5 * size;
    for k in 1..last_column {
        let (x0, x1, _) = stretch(k);
        // Starting in the column, reaching no other (the last lines may
        // run a little past its usual edge).
        let within = tail_x0 >= x0 - tolerance && tail_x0 < x1;
        let below_all = (1..=last_column).all(|j| stretch(j).2 <= tail_y0);
        let apart = (1..=last_column)
            .filter(|&j| j != k)
            .all(|j| stretch(j).0 >= tail_x1 || stretch(j).1 <= tail_x0);
        if within && below_all && apart {
            let at = first
                + region
                    .iter()
                    .rposition(|(_, c)| *c == k)
                    .map_or(0, |i| i + 1);
            let moved: Vec<(Group, usize)> = ordered.drain(body..).map(|(g, _)| (g, k)).collect();
            ordered.splice(at..at, moved);
            return;
        }
    }
}

/// Orders a page's segments: its lines in reading order, its blocks and
/// its column count.
fn order(
    segments: Vec<Segment>,
    hyphenates: bool,
    marks: &[[f64; 4]],
) -> (Vec<String>, Vec<usize>, Vec<Block>, usize) {
    if segments.is_empty() {
        return (Vec::new(), Vec::new(), Vec::new(), 1);
    }
    let groups = if segments.len() > MAX_ORDERED_SEGMENTS {
        vec![group_of(&segments, (0..segments.len()).collect())]
    } else {
        blocks(&segments)
    };
    let size = median(segments.iter().map(|s| s.size)).unwrap_or(10.0);
    let page_top = groups.iter().map(|g| g.y0).fold(f64::INFINITY, f64::min);
    let page_height = groups
        .iter()
        .map(|g| g.y1)
        .fold(f64::NEG_INFINITY, f64::max)
        - page_top;
    let cut = Cutter {
        segments: &segments,
        size,
        page_top,
        page_height,
    };
    let mut ordered: Vec<(Group, usize)> = Vec::new();
    let columns = cut.order(groups, 0, &mut ordered);
    continue_column(&mut ordered, size);
    let mut lines = Vec::new();
    let mut line_columns: Vec<usize> = Vec::new();
    let mut blocks = Vec::new();
    let mut previous: Option<&Segment> = None;
    let mut previous_group: Option<usize> = None;
    let mut previous_column: Option<usize> = None;
    for (index, (group, column)) in ordered.iter().enumerate() {
        let mut members = group.members.clone();
        members.sort_by(|&a, &b| {
            let (a, b) = (&segments[a], &segments[b]);
            a.base.total_cmp(&b.base).then(a.x0.total_cmp(&b.x0))
        });
        let mut block_lines = 0;
        let first: String = members
            .first()
            .map(|&m| segments[m].text.chars().take(60).collect())
            .unwrap_or_default();
        if group.heading {
            let text: Vec<&str> = members.iter().map(|&m| segments[m].text.as_str()).collect();
            if lines.last().is_some_and(|l: &String| !l.is_empty()) {
                lines.push(String::new());
            }
            lines.push(text.join(" "));
            line_columns.resize(lines.len(), *column);
            // The line beside it starts a line of its own.
            previous = None;
            previous_group = Some(index);
            blocks.push(Block {
                x0: round(group.x0),
                y0: round(group.y0),
                x1: round(group.x1),
                y1: round(group.y1),
                lines: 1,
                first,
                column: *column,
            });
            continue;
        }
        for m in members {
            let s = &segments[m];
            // (Not across columns: a contact block beside the name.)
            let same_line = previous_column == Some(*column)
                && previous.is_some_and(|p| {
                    (p.base - s.base).abs() <= 0.3 * p.size.max(s.size) && s.x0 >= p.x1
                });
            // A section's heading set in the margin, level with the
            // section's first line ("EDUCATION   MS in Analytics, …"),
            // is a line of its own, as the page reads.
            let margin_heading = same_line
                && previous.is_some_and(|p| {
                    s.x0 - p.x1 > p.size.min(s.size)
                        && !p.text.ends_with(':')
                        && lines.last().is_some_and(|l| *l == p.text)
                        && vocab::named_heading(&p.text).is_some_and(|section| {
                            !matches!(section, vocab::Section::Other | vocab::Section::Top)
                        })
                });
            let same_line = same_line && !margin_heading;
            match (same_line, lines.last_mut()) {
                (true, Some(last)) => {
                    // Two spaces where a gap of three ems or more sets the
                    // segments apart (a tab stop between a title, its
                    // employer and its dates), as a text file would show
                    // it; one between the words of a name set wide.
                    let last: &mut String = last;
                    let wide = previous.is_some_and(|p| s.x0 - p.x1 >= 3.0 * p.size.max(s.size));
                    last.push_str(if wide { "  " } else { " " });
                    last.push_str(&s.text);
                }
                _ => {
                    // A blank line between blocks that do not follow each
                    // other closely keeps paragraphs apart.
                    let apart = previous_group != Some(index)
                        && previous.is_some_and(|p| s.top - p.base > 1.0 * size || s.base < p.base);
                    if apart && lines.last().is_some_and(|l: &String| !l.is_empty()) {
                        lines.push(String::new());
                    }
                    // A drawn bullet just left of the line, at its middle,
                    // marks a list item, as a typed one would.
                    let marked = marks.iter().any(|m| {
                        let middle = (m[1] + m[3]) / 2.0;
                        m[2] <= s.x0 + 0.5
                            && s.x0 - m[2] <= 2.0 * s.size
                            && middle >= s.base - 0.9 * s.size
                            && middle <= s.base
                    });
                    if marked {
                        lines.push(format!("• {}", s.text));
                    } else {
                        lines.push(s.text.clone());
                    }
                    block_lines += 1;
                }
            }
            previous = Some(s);
            previous_group = Some(index);
            previous_column = Some(*column);
            line_columns.resize(lines.len(), *column);
        }
        blocks.push(Block {
            x0: round(group.x0),
            y0: round(group.y0),
            x1: round(group.x1),
            y1: round(group.y1),
            lines: block_lines,
            first,
            column: *column,
        });
    }
    join_hyphens(&mut lines, hyphenates);
    (lines, line_columns, blocks, columns)
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn group_of(segments: &[Segment], members: Vec<usize>) -> Group {
    let mut g = Group {
        members: Vec::new(),
        heading: false,
        x0: f64::INFINITY,
        x1: f64::NEG_INFINITY,
        y0: f64::INFINITY,
        y1: f64::NEG_INFINITY,
    };
    for m in members {
        let s = &segments[m];
        g.x0 = g.x0.min(s.x0);
        g.x1 = g.x1.max(s.x1);
        g.y0 = g.y0.min(s.top);
        g.y1 = g.y1.max(s.base);
        g.members.push(m);
    }
    g
}

/// Segments on consecutive lines that overlap horizontally, joined into
/// blocks (union-find over neighbouring lines only: near-linear).
fn blocks(segments: &[Segment]) -> Vec<Group> {
    let n = segments.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Segments come out of `segments` line by line, top to bottom.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in 1..=n {
        if i == n || (segments[i].base - segments[start].base).abs() > 0.01 {
            lines.push((start, i));
            start = i;
        }
    }
    // Each segment joins the nearest segment above it that it overlaps
    // horizontally, when that one is on the line just above (the other
    // column's lines may sit between them).
    for k in 1..lines.len() {
        for b in lines[k].0..lines[k].1 {
            let sb = &segments[b];
            let mut j = k;
            while j > 0 {
                j -= 1;
                let (from, to) = lines[j];
                if sb.base - segments[from].base > 2.0 * sb.size.max(segments[from].size) {
                    break;
                }
                // A line of the other column that an overfull line crosses
                // the gutter to touch is no line of this block: lines of a
                // block stand under one another and share more than a
                // sliver.
                let Some(a) = (from..to).find(|&a| {
                    let sa = &segments[a];
                    let overlap = sa.x1.min(sb.x1) - sa.x0.max(sb.x0);
                    overlap > 0.0 && overlap >= 0.25 * (sa.x1 - sa.x0).min(sb.x1 - sb.x0)
                }) else {
                    continue;
                };
                let sa = &segments[a];
                let size = sa.size.max(sb.size);
                let close = sb.base - sa.base <= 1.7 * size && sb.top - sa.base <= 1.0 * size;
                let similar = (sa.size - sb.size).abs() <= 0.25 * size;
                if close && similar {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[rb] = ra;
                }
                break;
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index_of = vec![usize::MAX; n];
    for i in 0..n {
        let root = find(&mut parent, i);
        if index_of[root] == usize::MAX {
            index_of[root] = groups.len();
            groups.push(Vec::new());
        }
        groups[index_of[root]].push(i);
    }
    groups
        .into_iter()
        .map(|members| group_of(segments, members))
        .collect()
}

/// The recursive XY-cut.
struct Cutter<'a> {
    segments: &'a [Segment],
    size: f64,
    /// Where the page's text starts, and how far down it runs.
    page_top: f64,
    page_height: f64,
}

impl Cutter<'_> {
    /// Appends `groups` in reading order to `out`, each with its column
    /// (0 outside columns; `column` is the first number this region's
    /// columns take); returns how many columns sit side by side.
    fn order(&self, mut groups: Vec<Group>, column: usize, out: &mut Vec<(Group, usize)>) -> usize {
        if groups.len() <= 1 {
            out.extend(groups.into_iter().map(|g| (g, column)));
            return 1;
        }
        // A title alone above everything else (a name, a header across the
        // page) is read first, before any columns under it.
        groups.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
        let width = groups
            .iter()
            .map(|g| g.x1)
            .fold(f64::NEG_INFINITY, f64::max)
            - groups.iter().map(|g| g.x0).fold(f64::INFINITY, f64::min);
        let top = &groups[0];
        let prominent = top.x1 - top.x0 >= 0.5 * width
            || top
                .members
                .iter()
                .any(|&m| self.segments[m].size >= 1.2 * self.size);
        // A paragraph or a section's heading inside one of the columns
        // below it (a main column's first lines above a sidebar that
        // starts lower, under a photo) is that column's, no page title:
        // the columns are read as columns. A name stays a title.
        // The vertical cut, once it was looked for.
        let mut cut = None;
        if prominent && groups[1..].iter().all(|o| o.y0 >= top.y1) {
            let column_text = top.members.len() >= 3
                || top
                    .members
                    .iter()
                    .any(|&m| vocab::heading_section(&self.segments[m].text).is_some());
            if column_text {
                cut = Some(self.vertical_cut(&groups));
            }
            let within_column = cut
                .as_ref()
                .is_some_and(|c| c.as_ref().is_some_and(|(l, r)| self.is_columns(l, r)));
            if !within_column {
                let top = groups.remove(0);
                out.push((top, column));
                return self.order(groups, column, out);
            }
        }
        if let Some((left, right)) = self.margin_cut(&groups) {
            return self.beside_headings(left, right, column, out);
        }
        let cut = cut.unwrap_or_else(|| self.vertical_cut(&groups));
        // A header band whose contact block makes a column of the rows'
        // dates under it: read first, then the rows.
        if cut.is_some()
            && let Some(at) = self.header_band(&groups)
            && self.vertical_cut(&groups[at..]).is_none()
        {
            // The name, then the contact block beside it: columns of
            // their own, whose lines stay apart.
            let rest = groups.split_off(at);
            let band = match self.widest_gap(&groups) {
                Some((left, right)) => {
                    let first = column.max(1);
                    let a = self.order(left, first, out);
                    a + self.order(right, first + a, out)
                }
                None => self.order(groups, column, out),
            };
            return band.max(self.order(rest, column, out));
        }
        if let Some((left, right)) = cut {
            if self.is_columns(&left, &right) {
                let first = column.max(1);
                let a = self.order(left, first, out);
                let b = self.order(right, first + a, out);
                return a + b;
            }
            let a = self.order(left, column, out);
            let b = self.order(right, column, out);
            return a.max(b);
        }
        // A block alone in its band at the top or the bottom (a name across
        // the page, a footer) is read in its place.
        groups.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
        let alone = |i: usize, groups: &[Group]| {
            let g = &groups[i];
            groups
                .iter()
                .enumerate()
                .all(|(j, o)| j == i || o.y0 >= g.y1 || o.y1 <= g.y0)
        };
        if alone(0, &groups) {
            let top = groups.remove(0);
            out.push((top, column));
            return self.order(groups, column, out);
        }
        let bottom = (0..groups.len())
            .max_by(|&a, &b| groups[a].y1.total_cmp(&groups[b].y1))
            .unwrap_or(0);
        if alone(bottom, &groups) {
            let last = groups.remove(bottom);
            let n = self.order(groups, column, out);
            out.push((last, column));
            return n;
        }
        if let Some((top, rest)) = horizontal_cut(&groups) {
            let a = self.order(top, column, out);
            let b = self.order(rest, column, out);
            return a.max(b);
        }
        // Groups side by side that are not columns (the cells of a table):
        // their lines row by row, left to right.
        let row = 0.5 * self.size.max(1.0);
        let mut members: Vec<usize> = groups.into_iter().flat_map(|g| g.members).collect();
        members.sort_by_cached_key(|&m| {
            let s = &self.segments[m];
            ((s.base / row).round() as i64, (s.x0 * 10.0) as i64)
        });
        out.extend(
            members
                .into_iter()
                .map(|m| (group_of(self.segments, vec![m]), column)),
        );
        1
    }

    /// The blocks left of the first vertical gap from the left, when they
    /// are sections' headings set in a margin beside their sections, and
    /// the rest.
    fn margin_cut(&self, groups: &[Group]) -> Option<(Vec<Group>, Vec<Group>)> {
        let mut spans: Vec<(f64, f64)> = groups.iter().map(|g| (g.x0, g.x1)).collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut reach = spans.first()?.1;
        let at = spans[1..].iter().find_map(|&(x0, x1)| {
            let gap = x0 - reach;
            reach = reach.max(x1);
            (gap > 0.5 * self.size.min(12.0)).then_some(x0 - gap / 2.0)
        })?;
        let (left, right): (Vec<Group>, Vec<Group>) =
            groups.iter().cloned().partition(|g| g.x1 <= at);
        self.is_margin_headings(&left, &right)
            .then_some((left, right))
    }

    /// Whether the left side is sections' headings set in a margin beside
    /// their sections ("Education" level with a degree's line,
    /// "Professional" over "Experience" level with the first job's): blocks
    /// of one to three short lines whose first is level with a line of the
    /// right side, two in three of them naming a section, beside a side
    /// with more lines.
    fn is_margin_headings(&self, left: &[Group], right: &[Group]) -> bool {
        let short = |m: &usize| self.segments[*m].text.split_whitespace().count() <= 3;
        if left.is_empty()
            || !left
                .iter()
                .all(|g| g.members.len() <= 3 && g.members.iter().all(short))
        {
            return false;
        }
        let tolerance = 0.3 * self.size;
        // The right side's baselines, in order: a binary search finds one
        // level with a heading.
        let others = self.baselines(right);
        // (Or just over the section's first line: "Skills" a line above
        // its list, a template's heading set higher than its row.)
        let level = |base: f64| {
            let at = others.partition_point(|&y| y < base - tolerance);
            others.get(at).is_some_and(|&y| y <= base + 2.0 * self.size)
        };
        let mut named = 0;
        for g in left {
            let mut members = g.members.clone();
            members.sort_by(|&a, &b| self.segments[a].base.total_cmp(&self.segments[b].base));
            if !level(self.segments[members[0]].base) {
                return false;
            }
            let text: Vec<&str> = members
                .iter()
                .map(|&m| self.segments[m].text.as_str())
                .collect();
            if vocab::heading_section(&text.join(" ")).is_some() {
                named += 1;
            }
        }
        3 * named >= 2 * left.len() && others.len() > self.baselines(left).len()
    }

    /// Reads the right side as its own region, each heading of the left
    /// side just before the line it stands beside (the block holding that
    /// line is cut there).
    fn beside_headings(
        &self,
        mut left: Vec<Group>,
        right: Vec<Group>,
        column: usize,
        out: &mut Vec<(Group, usize)>,
    ) -> usize {
        let tolerance = 0.3 * self.size;
        let mut body = Vec::new();
        let columns = self.order(right, column, &mut body);
        left.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        for mut heading in left {
            let base = heading
                .members
                .iter()
                .map(|&m| self.segments[m].base)
                .fold(f64::INFINITY, f64::min);
            heading.heading = heading.members.len() > 1;
            let beside = body.iter().position(|(g, _): &(Group, usize)| {
                g.members
                    .iter()
                    .any(|&m| (self.segments[m].base - base).abs() <= tolerance)
            });
            let Some(at) = beside else {
                let at = body
                    .iter()
                    .position(|(g, _)| g.y0 >= heading.y0)
                    .unwrap_or(body.len());
                body.insert(at, (heading, column));
                continue;
            };
            let (group, group_column) = body.remove(at);
            let (above, below): (Vec<usize>, Vec<usize>) = group
                .members
                .iter()
                .partition(|&&m| self.segments[m].base < base - tolerance);
            let mut parts = Vec::new();
            if !above.is_empty() {
                parts.push((group_of(self.segments, above), group_column));
            }
            parts.push((heading, column));
            parts.push((group_of(self.segments, below), group_column));
            body.splice(at..at, parts);
        }
        out.extend(body);
        columns
    }

    /// The groups left and right of the widest vertical gap between them,
    /// if there is one.
    fn widest_gap(&self, groups: &[Group]) -> Option<(Vec<Group>, Vec<Group>)> {
        let mut spans: Vec<(f64, f64)> = groups.iter().map(|g| (g.x0, g.x1)).collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut best: Option<(f64, f64)> = None;
        let mut reach = spans.first()?.1;
        for &(x0, x1) in &spans[1..] {
            let gap = x0 - reach;
            if gap > 0.5 * self.size.min(12.0) && best.is_none_or(|(w, _)| gap > w) {
                best = Some((gap, reach + gap / 2.0));
            }
            reach = reach.max(x1);
        }
        let (_, at) = best?;
        Some(groups.iter().cloned().partition(|g| g.x1 <= at))
    }

    /// A band across the top of the page with a clear gap under it, the
    /// name set large beside its contact block, as the number of `groups`
    /// (sorted from the top) it holds. Read on its own, first, it leaves
    /// the rows under it ("Midable s.r.l." … "2023 - 2024" / "App
    /// Developement" … "Prato, IT") to be read as rows, not as a column of
    /// dates under the contact block.
    fn header_band(&self, groups: &[Group]) -> Option<usize> {
        let first = groups.first()?;
        if first.y0 > self.page_top + self.size {
            return None;
        }
        let mut bottom = first.y1;
        for k in 1..groups.len() {
            let next = &groups[k];
            if next.y0 >= bottom + self.size {
                let band = &groups[..k];
                let side_by_side = band.iter().any(|a| {
                    band.iter()
                        .any(|b| a.x1 < b.x0 && a.y0 < b.y1 && b.y0 < a.y1)
                });
                let name = band.iter().any(|g| {
                    g.members
                        .iter()
                        .any(|&m| self.segments[m].size >= 1.5 * self.size)
                });
                // A section's heading in it is a column's start: the
                // name of a sidebar beside the main column's first lines.
                let heading = band.iter().any(|g| {
                    g.members
                        .iter()
                        .any(|&m| vocab::heading_section(&self.segments[m].text).is_some())
                });
                return (side_by_side && name && !heading).then_some(k);
            }
            bottom = bottom.max(next.y1);
            if bottom - self.page_top > 0.2 * self.page_height {
                return None;
            }
        }
        None
    }

    /// The widest vertical gap between the groups, as the groups left and
    /// right of it; none when there is no gap or it separates the cells
    /// of table rows.
    fn vertical_cut(&self, groups: &[Group]) -> Option<(Vec<Group>, Vec<Group>)> {
        let Some((mut left, mut right)) = self.widest_gap(groups) else {
            return self
                .overfull_cut(groups)
                .filter(|(left, right)| !self.is_rows_margin(left, &self.baselines(right)));
        };
        self.dates_at_gutter(&mut left, &mut right);
        let baselines = self.baselines(&right);
        if left.is_empty()
            || right.is_empty()
            || (self.is_rows(&left, &right)
                && (!self.is_columns(&left, &right) || self.is_date_margin(&left, &baselines)))
            || self.is_fields_of_rows(&right, &left)
            || self.is_form(&left, &baselines)
            || self.is_flush_labels(&left, &baselines)
        {
            return None;
        }
        Some((left, right))
    }

    /// Whether `left` holds the first cells of the other side's rows, set
    /// in a margin however tall: a form's labels, a column of dates, or
    /// labels set flush right against the gutter.
    fn is_rows_margin(&self, left: &[Group], right_baselines: &[f64]) -> bool {
        self.is_form(left, right_baselines)
            || self.is_date_margin(left, right_baselines)
            || self.is_flush_labels(left, right_baselines)
    }

    /// Moves to the right side the dates set in a narrow column just left
    /// of the gutter (a timeline's years between a sidebar and the main
    /// column, "2022-2024" level with "BANORTE (Mexico)"): three or more
    /// lines alone, each a date, level with a line of the right side and
    /// well apart from the left side's lines beside it, where the left side
    /// is a sidebar with a block of text of its own. They are the right
    /// side's rows' first cells, which the sidebar's lines at their height
    /// would otherwise take.
    fn dates_at_gutter(&self, left: &mut Vec<Group>, right: &mut Vec<Group>) {
        let baselines = self.baselines(right);
        let apart = 1.5 * self.size;
        let at_gutter: Vec<usize> = (0..left.len())
            .filter(|&k| {
                let g = &left[k];
                let [m] = g.members[..] else {
                    return false;
                };
                let s = &self.segments[m];
                is_date_cell(&s.text)
                    && self.level_with(s, &baselines)
                    && left.iter().enumerate().all(|(j, h)| {
                        j == k || h.y1 <= g.y0 || h.y0 >= g.y1 || h.x1 <= g.x0 - apart
                    })
            })
            .collect();
        // Beside a sidebar: the left side holds a block of text of its own
        // (a margin of dates alone is read as one, see `is_date_margin`).
        let sidebar = left.iter().enumerate().any(|(k, g)| {
            !at_gutter.contains(&k)
                && g.members.len() >= 3
                && g.members
                    .iter()
                    .any(|&m| !self.segments[m].text.contains(|c: char| c.is_ascii_digit()))
        });
        if at_gutter.len() < 3 || !sidebar {
            return;
        }
        for k in at_gutter.into_iter().rev() {
            right.push(left.remove(k));
        }
    }

    /// A gutter that overfull lines cross: LaTeX sets a line too long for
    /// its column past the column's edge, a few points into the gutter or
    /// onto the next column's first letters, and then no gap runs clear
    /// down the page. The gutter is a stretch, between one column's ends
    /// and the next column's starts, an em and a half wide or more, that
    /// only such lines cross: one or two, each starting left of the stretch
    /// and reaching no more than an em past it; of several, the one fewest
    /// lines cross, then the widest. Taken only for columns of text on both
    /// sides, each group on the side where it starts.
    fn overfull_cut(&self, groups: &[Group]) -> Option<(Vec<Group>, Vec<Group>)> {
        let spans: Vec<(f64, f64, f64)> = groups
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| &self.segments[m]))
            .map(|s| (s.x0, s.x1, s.size))
            .collect();
        let allowed = (spans.len() / 20).max(1);
        // Columns are each a quarter of the page tall: a lower region
        // holds none (the recursion reaches many such).
        let top = groups.iter().map(|g| g.y0).fold(f64::INFINITY, f64::min);
        let bottom = groups
            .iter()
            .map(|g| g.y1)
            .fold(f64::NEG_INFINITY, f64::max);
        if bottom - top < 0.25 * self.page_height {
            return None;
        }
        // The lines' starts and ends in order, to count those that cross
        // a stretch without going through them all.
        let mut starts: Vec<f64> = spans.iter().map(|s| s.0).collect();
        let mut ends: Vec<f64> = spans.iter().map(|s| s.1).collect();
        starts.sort_by(f64::total_cmp);
        ends.sort_by(f64::total_cmp);
        // How many lines cover each point across the region.
        let left = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
        let right = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
        let width = (right - left).ceil();
        if !(1.0..=MAX_PAGE_POINTS).contains(&width) {
            return None;
        }
        let last = width as usize + 1;
        let mut cover = vec![0i64; last + 1];
        for &(a, b, _) in &spans {
            cover[((a - left).floor() as usize).min(last)] += 1;
            cover[((b - left).ceil() as usize).min(last)] -= 1;
        }
        for i in 1..cover.len() {
            cover[i] += cover[i - 1];
        }
        // Stretches few lines cover, with lines starting after them.
        let mut best: Option<(usize, f64, f64)> = None;
        let mut i = 0;
        while i < cover.len() {
            if cover[i] as usize > allowed {
                i += 1;
                continue;
            }
            let begin = i;
            while i < cover.len() && cover[i] as usize <= allowed {
                i += 1;
            }
            if i >= cover.len() || begin == 0 {
                continue;
            }
            let (from, to) = (left + begin as f64, left + i as f64 - 1.0);
            if to - from < 1.5 * self.size {
                continue;
            }
            // Those that start before its end, less those that end before
            // its start (which started before it too).
            let crossed =
                starts.partition_point(|&a| a < to) - ends.partition_point(|&b| b <= from);
            if crossed > allowed {
                continue;
            }
            let crossing: Vec<&(f64, f64, f64)> = spans
                .iter()
                .filter(|&&(a, b, _)| a < to && b > from)
                .collect();
            if crossing.len() > allowed
                || !crossing
                    .iter()
                    .all(|&&(a, b, size)| a < from && b <= to + size)
            {
                continue;
            }
            let better = best.is_none_or(|(n, w, _)| {
                crossing.len() < n || (crossing.len() == n && to - from > w)
            });
            if better {
                best = Some((crossing.len(), to - from, (from + to) / 2.0));
            }
        }
        let (_, _, at) = best?;
        let (left, right): (Vec<Group>, Vec<Group>) =
            groups.iter().cloned().partition(|g| g.x0 < at);
        if left.is_empty() || right.is_empty() || !self.is_columns(&left, &right) {
            return None;
        }
        Some((left, right))
    }

    fn baselines(&self, groups: &[Group]) -> Vec<f64> {
        let mut v: Vec<f64> = groups
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| self.segments[m].base))
            .collect();
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
        v
    }

    /// Whether the two sides are cells of the same rows rather than
    /// columns: nearly every line on each side has a line on the other side
    /// at its baseline (a table), or the side with fewer lines is single
    /// lines, or pairs of lines, beside lines of the other (dates beside
    /// job titles, a date over a place beside a title over an employer, a
    /// margin column of dates whose first lines are on entries' lines).
    fn is_rows(&self, left: &[Group], right: &[Group]) -> bool {
        let (l, r) = (self.baselines(left), self.baselines(right));
        let tolerance = 0.3 * self.size;
        let paired = |a: &[f64], b: &[f64]| {
            a.iter()
                .filter(|x| b.iter().any(|y| (*x - y).abs() <= tolerance))
                .count() as f64
                / a.len().max(1) as f64
        };
        let (pl, pr) = (paired(&l, &r), paired(&r, &l));
        if l.len() >= 2 && r.len() >= 2 && pl >= 0.8 && pr >= 0.8 {
            return true;
        }
        let single = |side: &[Group]| side.iter().all(|g| g.members.len() == 1);
        // A date over a place set flush right beside a title over an
        // employer: lines of one block that end together, and still fields
        // of the rows. Lines that end apart (a phrase wrapped, a grid's
        // cells) are not.
        let flush_right = self.is_flush_right(right);
        // A margin column of dates, each a line or a start over its end
        // ("Aug 2020 -" / "Present"), beside the entries (Twenty Seconds).
        // Each date's first line is on an entry's line.
        // Its month may stand alone over the year ("November" / "2024 -
        // Present", "May-" / "October 2024"), and a section's heading in
        // the margin may sit right over the first date ("Positions Held"
        // / "November" / "2024 - Present").
        let heading = |m: usize| vocab::heading_section(&self.segments[m].text).is_some();
        let dates = left.iter().any(|g| g.members.iter().any(|&m| !heading(m)))
            && left.iter().all(|g| {
                let members = match g.members[..] {
                    [first, ref rest @ ..] if heading(first) => rest,
                    ref all => all,
                };
                let Some(first) = members.first().map(|&m| &self.segments[m]) else {
                    return true;
                };
                members.len() <= 2
                    && members
                        .iter()
                        .any(|&m| self.segments[m].text.contains(|c: char| c.is_ascii_digit()))
                    && r.iter().any(|y| (first.base - y).abs() <= tolerance)
            });
        // The same column at the right edge, where Word may set a date a
        // line above its entry's line (its table cell starts higher): short
        // lines with a figure, half of them or more level with an entry's
        // line.
        let right_lines: Vec<&Segment> = right
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| &self.segments[m]))
            .collect();
        let level = right_lines
            .iter()
            .filter(|s| l.iter().any(|y| (s.base - y).abs() <= tolerance))
            .count();
        let dates_right = right_lines.len() >= 2
            && 2 * level >= right_lines.len()
            && right_lines.iter().all(|s| {
                s.text.contains(|c: char| c.is_ascii_digit())
                    && s.text.split_whitespace().count() <= 5
            });
        (l.len() <= r.len() && ((pl >= 0.8 && single(left)) || dates))
            || (r.len() <= l.len() && ((pr >= 0.8 && flush_right) || dates_right))
    }

    /// Whether a line is level with one of `baselines` (sorted, as
    /// [`Self::baselines`] gives them): a binary search away, as this runs
    /// at every level of the page's cut.
    fn level_with(&self, line: &Segment, baselines: &[f64]) -> bool {
        let tolerance = 0.3 * self.size;
        let at = baselines.partition_point(|&y| y < line.base - tolerance);
        baselines
            .get(at)
            .is_some_and(|&y| y <= line.base + tolerance)
    }

    /// Whether `left` is a margin column of dates, however tall: apart from
    /// sections' headings, every line of it is short and holds a year,
    /// and nearly all are level with a line of the other side ("2023 –"
    /// beside "Federal Ministry of Labour…", line after line). Such a
    /// column is the rows' first cells, not a sidebar. So is a margin of
    /// four dates or more among other short cells when every line of it
    /// is level with a line of the other side (a CV's table: dates beside
    /// schools, then languages beside their levels).
    /// `right_baselines` is sorted, as [`Self::baselines`] gives them.
    fn is_date_margin(&self, left: &[Group], right_baselines: &[f64]) -> bool {
        let lines: Vec<&Segment> = left
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| &self.segments[m]))
            .filter(|s| vocab::heading_section(&s.text).is_none())
            .collect();
        let level = lines
            .iter()
            .filter(|s| self.level_with(s, right_baselines))
            .count();
        let dates = lines.iter().filter(|s| is_date_cell(&s.text)).count();
        lines.len() >= 4
            && 5 * level >= 4 * lines.len()
            && (dates == lines.len()
                || (dates >= 4
                    && level == lines.len()
                    && lines.iter().all(|s| s.text.split_whitespace().count() <= 3)))
    }

    /// Whether `left` is a form's labels ("Surname", "Contact number",
    /// "Date of Birth") beside their values: four or more of its lines
    /// have a line of the other side at their baseline, and most of those
    /// are a personal detail's or a qualification's label.
    /// `right_baselines` is sorted, as [`Self::baselines`] gives them.
    fn is_form(&self, left: &[Group], right_baselines: &[f64]) -> bool {
        let lines: Vec<&Segment> = left
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| &self.segments[m]))
            .collect();
        let paired: Vec<&str> = lines
            .iter()
            .filter(|s| self.level_with(s, right_baselines))
            .map(|s| s.text.trim().trim_end_matches(':').trim())
            .collect();
        let labels = paired.iter().filter(|t| vocab::is_form_label(t)).count();
        // ("Name:" and "Adresse:" beside a value of five lines: a block
        // of the form that space set apart from the rest; every line of
        // the side a label, each level with a value.)
        let whole = labels >= 2 && labels == lines.len();
        (paired.len() >= 4 || whole) && 3 * labels >= 2 * paired.len()
    }

    /// Whether `left` is a margin of labels set flush right against the
    /// gutter, each level with its value (the EU's CV: "Telephone(s)",
    /// "Work Experience", "2010 – 2013"): four or more lines, nearly all
    /// short, ending at one edge and level with a line of the other side
    /// (a footer's line may be among them), their starts ragged. A
    /// sidebar's lines start together.
    /// `right_baselines` is sorted, as [`Self::baselines`] gives them.
    fn is_flush_labels(&self, left: &[Group], right_baselines: &[f64]) -> bool {
        let lines: Vec<&Segment> = left
            .iter()
            .flat_map(|g| g.members.iter().map(|&m| &self.segments[m]))
            .collect();
        let short = lines
            .iter()
            .filter(|s| s.text.split_whitespace().count() <= 5)
            .count();
        if lines.len() < 4 || 5 * short < 4 * lines.len() {
            return false;
        }
        let tolerance = 0.3 * self.size;
        let edge = lines.iter().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
        let flush = lines.iter().filter(|s| edge - s.x1 <= tolerance).count();
        let starts = lines.iter().map(|s| s.x0);
        let ragged = starts.clone().fold(f64::NEG_INFINITY, f64::max)
            - starts.fold(f64::INFINITY, f64::min)
            > 2.0 * self.size;
        let level = lines
            .iter()
            .filter(|s| self.level_with(s, right_baselines))
            .count();
        ragged && 5 * flush >= 4 * lines.len() && 5 * level >= 4 * lines.len()
    }

    /// Whether each block of `side` is a line, or a few lines that end
    /// together, set flush right (a place over a date, or over a job's two
    /// periods at one employer).
    fn is_flush_right(&self, side: &[Group]) -> bool {
        let tolerance = 0.3 * self.size;
        side.iter().all(|g| match g.members[..] {
            [_] => true,
            [first, ..] if g.members.len() <= 4 => {
                let end = self.segments[first].x1;
                g.members
                    .iter()
                    .all(|&m| (self.segments[m].x1 - end).abs() <= tolerance)
            }
            _ => false,
        })
    }

    /// Whether `side` is fields set at the end of the other side's rows
    /// rather than a column, however tall it is: a job's dates flush right
    /// on its header line down the page, with a grid of skills among them
    /// (Word's right tab stops). Every line of it is on a line of the
    /// other side, and most of its blocks are a line or two alone among
    /// the other side's lines: blocks whose neighbours across the gap have
    /// lines of their own above or below them (a job's bullets). A sidebar
    /// whose lines share the main column's baselines runs in blocks of
    /// several lines beside as many lines.
    fn is_fields_of_rows(&self, side: &[Group], other: &[Group]) -> bool {
        let tolerance = 0.3 * self.size;
        // The other side's baselines, in order: whether one lies in a
        // stretch is a binary search.
        let others = self.baselines(other);
        let any_in = |from: f64, to: f64| {
            let at = others.partition_point(|&y| y < from);
            others.get(at).is_some_and(|&y| y <= to)
        };
        let on_row = |base: f64| any_in(base - tolerance, base + tolerance);
        let lines = side.iter().flat_map(|g| g.members.iter());
        if !lines.clone().all(|&m| on_row(self.segments[m].base)) {
            return false;
        }
        // A block of a line or two with lines of the other side just
        // above or below it, beside none of its own.
        let alone = side
            .iter()
            .filter(|g| {
                g.members.len() <= 2 && {
                    let (top, bottom) = (
                        self.segments[g.members[0]].base,
                        self.segments[*g.members.last().unwrap_or(&g.members[0])].base,
                    );
                    any_in(top - 2.0 * self.size, top - tolerance - f64::EPSILON)
                        || any_in(bottom + tolerance + f64::EPSILON, bottom + 2.0 * self.size)
                }
            })
            .count();
        (alone >= 3 && 3 * alone >= 2 * side.len()) || self.is_flush_right(side)
    }

    /// Two sides tall enough and full enough to be columns of text rather
    /// than a date beside a title.
    fn is_columns(&self, left: &[Group], right: &[Group]) -> bool {
        let height = |side: &[Group]| {
            side.iter().map(|g| g.y1).fold(f64::NEG_INFINITY, f64::max)
                - side.iter().map(|g| g.y0).fold(f64::INFINITY, f64::min)
        };
        let lines = |side: &[Group]| self.baselines(side).len();
        // Columns hold paragraphs or lists: lines that follow each other.
        let runs = |side: &[Group]| side.iter().any(|g| g.members.len() >= 3);
        let tall = 0.25 * self.page_height;
        [left, right]
            .iter()
            .all(|side| lines(side) >= 4 && height(side) >= tall && runs(side))
    }
}

/// Cuts at the widest horizontal gap between groups: those above it, and
/// the rest.
fn horizontal_cut(groups: &[Group]) -> Option<(Vec<Group>, Vec<Group>)> {
    let mut spans: Vec<(f64, f64)> = groups.iter().map(|g| (g.y0, g.y1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut best: Option<(f64, f64)> = None;
    let mut reach = spans[0].1;
    for &(y0, y1) in &spans[1..] {
        let gap = y0 - reach;
        if gap > 0.0 && best.is_none_or(|(w, _)| gap > w) {
            best = Some((gap, reach + gap / 2.0));
        }
        reach = reach.max(y1);
    }
    let (_, at) = best?;
    let (top, rest) = groups.iter().cloned().partition(|g| g.y1 <= at);
    Some((top, rest))
}

/// First words of a compound that a line break does not split: a hyphen
/// after them at a line end is kept.
const COMPOUND_HEADS: &[&str] = &[
    "back", "best", "client", "cloud", "co", "cost", "cross", "customer", "cutting", "data",
    "detail", "e", "end", "event", "fast", "fault", "front", "full", "hands", "high", "in",
    "large", "long", "low", "mission", "non", "object", "open", "peer", "real", "results", "off",
    "on", "read", "self", "server", "short", "small", "state", "team", "test", "time", "user",
    "well", "world", "write", "zero",
];

/// Endings a hyphenating typesetter splits off a word (`build-ing`); never
/// the second part of a compound.
const SUFFIXES: &[&str] = &[
    "able", "al", "ally", "ance", "ation", "ed", "ence", "er", "ers", "es", "ful", "ible", "ing",
    "ings", "ion", "ions", "ity", "ive", "less", "ly", "ment", "ments", "ness", "ous", "tion",
    "tions",
];

/// Joins a word a line break split with a hyphen (`infra-` / `structure`)
/// by moving the rest of the word up to the line it started on; keeps the
/// hyphen of a compound: one the document also writes whole with its
/// hyphen, one whose second part is a word the document uses on its own
/// (`zero-` / `downtime`), or one with a usual first part (`cloud-`).
/// The document's own words decide before the list: `database` anywhere
/// else joins `data-` / `base`. When the PDF's maker does not hyphenate
/// (`hyphenates` false), every hyphen is kept unless the document writes
/// the word whole elsewhere.
fn join_hyphens(lines: &mut [String], hyphenates: bool) {
    let mut words: HashMap<String, usize> = HashMap::new();
    for w in lines.iter().flat_map(|l| l.split_whitespace()) {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        *words.entry(w).or_default() += 1;
    }
    for i in 0..lines.len().saturating_sub(1) {
        let Some(head) = lines[i].split_whitespace().last() else {
            continue;
        };
        let Some(stem) = head.strip_suffix('-') else {
            continue;
        };
        let stem_word = stem.rsplit('-').next().unwrap_or(stem);
        if !stem_word.chars().last().is_some_and(char::is_alphabetic) {
            continue;
        }
        let next = lines[i + 1].trim_start();
        let Some(tail) = next.split_whitespace().next() else {
            continue;
        };
        if !tail.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let bare_tail = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
        let joined = format!("{stem}{bare_tail}").to_lowercase();
        let hyphened = format!("{stem}-{bare_tail}").to_lowercase();
        let tail_word = bare_tail.to_lowercase();
        let keep = if words.contains_key(&joined)
            || (hyphenates && SUFFIXES.contains(&tail_word.as_str()))
        {
            false
        } else {
            !hyphenates
                || words.contains_key(&hyphened)
                || bare_tail.contains('-')
                || (tail_word.chars().count() >= 3
                    && words.get(&tail_word).is_some_and(|n| *n >= 2))
                || COMPOUND_HEADS.contains(&stem_word.to_lowercase().as_str())
        };
        let glue = if keep { "-" } else { "" };
        let new_head = format!("{stem}{glue}{tail}");
        let rest = next[tail.len()..].trim_start().to_owned();
        let cut = lines[i].len() - head.len();
        lines[i].truncate(cut);
        lines[i].push_str(&new_head);
        lines[i + 1] = rest;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `text` set at `x`, `base` in a font of `size` whose
    /// letters are `advance` em wide, with `spacing` points between them.
    fn word(text: &str, x: f64, base: f64, size: f64, spacing: f64) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut x = x;
        for c in text.chars() {
            let w = 0.5 * size;
            out.push(Glyph {
                x0: x,
                x1: x + w,
                base,
                size,
                text: c.to_string().into(),
                hidden: None,
                upright: true,
            });
            x += w + spacing;
        }
        out
    }

    fn line(words: &[&str], x: f64, base: f64, size: f64) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut x = x;
        for w in words {
            let glyphs = word(w, x, base, size, 0.0);
            x = glyphs.last().map_or(x, |g| g.x1) + 0.3 * size;
            out.extend(glyphs);
        }
        out
    }

    /// A line set flush right, its last glyph ending at `end`.
    fn line_ending_at(words: &[&str], end: f64, base: f64, size: f64) -> Vec<Glyph> {
        let mut glyphs = line(words, 0.0, base, size);
        let shift = end - glyphs.last().map_or(0.0, |g| g.x1);
        for g in &mut glyphs {
            g.x0 += shift;
            g.x1 += shift;
        }
        glyphs
    }

    /// The page's lines without the blank ones between blocks.
    fn nonblank(page: &PageText) -> Vec<&str> {
        page.lines
            .iter()
            .map(String::as_str)
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn read(glyphs: Vec<Glyph>) -> PageText {
        read_page(Page {
            number: 1,
            glyphs,
            hyphenates: true,
            marks: Vec::new(),
        })
    }

    #[test]
    fn accents_drawn_apart_are_set_on_their_letters() {
        // pdfTeX's `\"u`: a "u", then a "¨" over it, then the rest; `\'\i`:
        // the accent drawn first, over a dotless i.
        let accent = |mark: &str, x: f64| Glyph {
            x0: x,
            x1: x + 5.0,
            base: 100.0,
            size: 10.0,
            text: mark.into(),
            hidden: None,
            upright: true,
        };
        let mut glyphs = word("Thu", 72.0, 100.0, 10.0, 0.0);
        glyphs.push(accent("\u{A8}", 82.5));
        glyphs.extend(word("ringen", 87.0, 100.0, 10.0, 0.0));
        glyphs.extend(word("Econom", 130.0, 100.0, 10.0, 0.0));
        glyphs.push(accent("\u{B4}", 159.0));
        glyphs.extend(word("ıa", 160.0, 100.0, 10.0, 0.0));
        // An accent over no letter stays itself ("App´s", typed for an
        // apostrophe, just after the p).
        glyphs.push(accent("\u{B4}", 175.0));
        glyphs.extend(word("App", 200.0, 100.0, 10.0, 0.0));
        glyphs.push(accent("\u{B4}", 213.0));
        glyphs.extend(word("s", 218.0, 100.0, 10.0, 0.0));
        let page = read(glyphs);
        assert_eq!(nonblank(&page), ["Thüringen Economía ´ App´s"]);
    }

    #[test]
    fn words_come_from_gaps_not_from_chunks() {
        let cases: &[(&str, Vec<Glyph>, &str)] = &[
            (
                "plain words",
                line(&["Built", "REST", "APIs"], 72.0, 100.0, 10.0),
                "Built REST APIs",
            ),
            (
                "letter-spaced heading",
                {
                    let mut g = word("WORK", 72.0, 100.0, 10.0, 3.0);
                    let end = g.last().map_or(0.0, |g| g.x1);
                    g.extend(word("HISTORY", end + 3.0 + 3.5, 100.0, 10.0, 3.0));
                    g
                },
                "WORK HISTORY",
            ),
            (
                "kerning never splits",
                {
                    let mut g = word("Qualifications", 72.0, 100.0, 10.0, 0.0);
                    g[4].x0 += 1.0; // a kern of 0.1 em
                    g[4].x1 += 1.0;
                    g
                },
                "Qualifications",
            ),
            (
                "ligature spelled out",
                vec![
                    Glyph {
                        x0: 72.0,
                        x1: 77.0,
                        base: 100.0,
                        size: 10.0,
                        text: "e".into(),
                        hidden: None,
                        upright: true,
                    },
                    Glyph {
                        x0: 77.0,
                        x1: 83.0,
                        base: 100.0,
                        size: 10.0,
                        text: "\u{FB03}".into(),
                        hidden: None,
                        upright: true,
                    },
                    Glyph {
                        x0: 83.0,
                        x1: 88.0,
                        base: 100.0,
                        size: 10.0,
                        text: "cient".into(),
                        hidden: None,
                        upright: true,
                    },
                ],
                "efficient",
            ),
        ];
        for (what, glyphs, want) in cases {
            let page = read(glyphs.clone());
            assert_eq!(page.lines, vec![(*want).to_owned()], "{what}");
        }
    }

    #[test]
    fn lines_stacked_beside_a_large_name_stay_apart() {
        // moderncv: a phone line and an e-mail line, right-aligned, whose
        // baselines fall within the box of the large name to their left.
        let mut glyphs = line(&["Alfred", "Pennyworth"], 70.0, 110.0, 22.0);
        glyphs.extend(line(&["(123)", "456-7890"], 440.0, 104.5, 9.0));
        glyphs.extend(line(&["alfred.p@email.com"], 430.0, 116.5, 9.0));
        // A superscript beside its word and a footnote mark stay in line.
        glyphs.extend(line(&["Rank", "1"], 70.0, 300.0, 10.0));
        glyphs.extend(word("st", 97.0, 296.5, 6.0, 0.0));
        glyphs.extend(line(&["of", "40"], 105.0, 300.0, 10.0));
        let page = read(glyphs);
        let text = nonblank(&page);
        assert!(text.contains(&"Alfred Pennyworth"), "{text:?}");
        assert!(text.contains(&"(123) 456-7890"), "{text:?}");
        assert!(text.contains(&"alfred.p@email.com"), "{text:?}");
        assert!(
            text.iter()
                .any(|l| l.starts_with("Rank 1") && l.ends_with("of 40")),
            "{text:?}"
        );
    }

    #[test]
    fn a_date_over_a_place_flush_right_stays_on_the_title_and_employer_lines() {
        // Typst's and LaTeX's `#h(1fr)` / `\hfill`: the date and the place
        // end at the right margin; the bullets stop short of them, so a
        // channel of white runs down the page between the two.
        let flush_right = |words: &[&str], base: f64| line_ending_at(words, 540.0, base, 10.0);
        let mut glyphs = line(&["Experience"], 72.0, 80.0, 12.0);
        let jobs = [
            (
                "Backend Developer",
                "Mar 2021 – Present",
                "Tidewater Freight",
                "Halifax, NS",
            ),
            (
                "Software Developer",
                "Jun 2018 – Feb 2021",
                "Harbourline",
                "Dartmouth, NS",
            ),
        ];
        for (i, (title, dates, employer, place)) in jobs.iter().enumerate() {
            let top = 100.0 + 80.0 * i as f64;
            let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
            glyphs.extend(line(&words(title), 72.0, top, 10.0));
            glyphs.extend(flush_right(&words(dates), top));
            glyphs.extend(line(&words(employer), 72.0, top + 14.0, 10.0));
            glyphs.extend(flush_right(&words(place), top + 14.0));
            glyphs.extend(line(
                &["•", "Built", "an", "API", "in", "Go"],
                72.0,
                top + 28.0,
                10.0,
            ));
            glyphs.extend(line(
                &["•", "Cut", "costs", "by", "35%"],
                72.0,
                top + 42.0,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(
            text[1..3],
            [
                "Backend Developer  Mar 2021 – Present",
                "Tidewater Freight  Halifax, NS"
            ],
            "{text:?}"
        );
        assert_eq!(
            text[5..7],
            [
                "Software Developer  Jun 2018 – Feb 2021",
                "Harbourline  Dartmouth, NS"
            ],
            "{text:?}"
        );
    }

    #[test]
    fn places_over_periods_flush_right_stay_on_their_lines_in_a_column() {
        // friggeri-cv's main column: a place over a year beside each
        // degree, a place over two periods beside an employer over two
        // titles; Education's fields end short of Experience's. Three
        // lines of fields stacked, and taller than a quarter page, they
        // are still no column.
        let at = |words: &[&str], end: f64, base: f64| {
            let mut g = line(words, 0.0, base, 10.0);
            let shift = end - g.last().map_or(0.0, |g| g.x1);
            for glyph in &mut g {
                glyph.x0 += shift;
                glyph.x1 += shift;
            }
            g
        };
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["Education"], 200.0, 80.0, 12.0);
        let rows: &[(f64, &str, &str, f64)] = &[
            (
                100.0,
                "M.A., Public Policy, Trinity College",
                "Hartford, CT",
                522.0,
            ),
            (114.0, "Honors in Graduate Scholarship", "2011", 522.0),
            (
                140.0,
                "B.A., Economics, Bethel University",
                "St.Paul, MN",
                522.0,
            ),
            (154.0, "Cum Laude", "2007", 522.0),
            (
                200.0,
                "Kentucky Department of Education",
                "Frankfort, KY",
                534.0,
            ),
            (214.0, "Strategic Data Analyst", "2015–Present", 534.0),
            (228.0, "Data Project Fellow", "2015–2017", 534.0),
        ];
        for &(base, text, field, end) in rows {
            glyphs.extend(line(&words(text), 200.0, base, 10.0));
            glyphs.extend(at(&words(field), end, base));
        }
        glyphs.extend(line(&["Experience"], 200.0, 180.0, 12.0));
        for i in 0..8 {
            let base = 250.0 + 14.0 * f64::from(i);
            glyphs.extend(line(
                &["Led", "a", "team", "of", "analysts"],
                200.0,
                base,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "M.A., Public Policy, Trinity College  Hartford, CT",
            "Cum Laude  2007",
            "Kentucky Department of Education  Frankfort, KY",
            "Data Project Fellow  2015–2017",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_margin_column_of_dates_stays_on_its_entries_lines() {
        // Twenty Seconds CV: each job's dates in a narrow column left of
        // it, a start over its end ("Aug 2020 -" / "Present") or one date;
        // the end's line may have no line of the entry beside it.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["Experience"], 150.0, 60.0, 12.0);
        let jobs = [
            (
                "Aug 2020 -",
                Some("Present"),
                "Software Architect at Epic",
                3,
            ),
            ("Oct 2017", None, "Senior Developer at Epic", 4),
            ("May 2011 -", Some("Dec 2011"), "Intern at Maverick", 2),
        ];
        let mut top = 100.0;
        for (start, end, title, bullets) in jobs {
            glyphs.extend(line(&words(start), 150.0, top, 10.0));
            if let Some(end) = end {
                glyphs.extend(line(&words(end), 150.0, top + 14.0, 10.0));
            }
            glyphs.extend(line(&words(title), 215.0, top, 10.0));
            // The first bullet a line and a half below the title.
            for b in 0..bullets {
                let y = top + 21.0 + 14.0 * b as f64;
                glyphs.extend(line(
                    &["•", "Built", "the", "tools", "we", "use"],
                    215.0,
                    y,
                    10.0,
                ));
            }
            top += 35.0 + 14.0 * bullets as f64;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Aug 2020 - Software Architect at Epic",
            "Oct 2017 Senior Developer at Epic",
            "May 2011 - Intern at Maverick",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_month_over_its_year_in_the_margin_stays_on_its_entries_lines() {
        // A Word CV: the section's heading right over the first date, each
        // date's month alone over its year, beside an employer over a
        // title.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        // The page's name above, its last section far below.
        let across = |s: &'static str, y: f64| line(&words(s), 150.0, y, 10.0);
        let mut glyphs = across(
            "Jane Doe, Neuroscientist, Boston MA, jane@example.com",
            40.0,
        );
        glyphs.extend(across(
            "References are available on request from the lab",
            700.0,
        ));
        glyphs.extend(line(&["Positions", "Held"], 150.0, 86.0, 10.0));
        let jobs = [
            (
                "November",
                "2024 - Present",
                "Harvard Medical School",
                "Research Fellow",
            ),
            (
                "May-",
                "October 2024",
                "Brandeis University",
                "Postdoctoral Associate",
            ),
        ];
        let mut top = 100.0;
        for (month, year, employer, title) in jobs {
            glyphs.extend(line(&words(month), 150.0, top, 10.0));
            glyphs.extend(line(&words(year), 150.0, top + 14.0, 10.0));
            glyphs.extend(line(&words(employer), 260.0, top, 10.0));
            glyphs.extend(line(&words(title), 260.0, top + 14.0, 10.0));
            glyphs.extend(line(
                &["Studied", "the", "taste", "of", "things"],
                260.0,
                top + 28.0,
                10.0,
            ));
            top += 50.0;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Positions Held",
            "November  Harvard Medical School",
            "2024 - Present  Research Fellow",
            "May-  Brandeis University",
            "October 2024  Postdoctoral Associate",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_tall_margin_column_of_dates_is_the_rows_first_cells() {
        // An academic CV: a date or a range beside each one-line entry, a
        // column of them down the page, as tall as a sidebar.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let rows = [
            ("2023 -", "Federal Ministry of Labour"),
            ("2017 -", "Research Associate, DIW Berlin"),
            ("2021 - 2023", "Fellow, FNA Network"),
            ("2018 - 2023", "Affiliate Member, DFG CRC"),
            ("2017 - 2023", "DIW Graduate Center"),
            ("2016 - 2023", "Berlin School of Economics"),
            ("2015 - 2016", "RA & TA, HU Berlin"),
            ("2014 - 2015", "RA, UCLA"),
        ];
        let mut glyphs = Vec::new();
        for (i, (dates, entry)) in rows.iter().enumerate() {
            let y = 100.0 + 14.0 * i as f64;
            glyphs.extend(line(&words(dates), 150.0, y, 10.0));
            glyphs.extend(line(&words(entry), 260.0, y, 10.0));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for (dates, entry) in rows {
            let want = format!("{dates}  {entry}");
            assert!(text.contains(&want.as_str()), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_margin_of_dates_languages_and_levels_is_the_rows_first_cells() {
        // A Swiss Word CV: the education's dates beside its entries, then
        // the languages beside their levels and the levels of IT skills
        // beside the tools, in one narrow column under the sections'
        // headings, every line of it level with its row's other cell.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&words("Aus- und Weiterbildung"), 63.0, 270.0, 12.0);
        let blocks: [(&str, &[(&str, &str)]); 3] = [
            (
                "",
                &[
                    (
                        "02/2019 - 12/2019",
                        "Bachelor in Informatik, Hochschule Luzern (2 Semester)",
                    ),
                    (
                        "09/2018 - 02/2019",
                        "Bachelor in Informatik, ETH Zürich (1 Semester)",
                    ),
                    (
                        "10/2015 - 06/2017",
                        "Expertin Rechnungslegung und Controlling, AKAD Business AG Zürich",
                    ),
                    (
                        "09/2011 - 09/2015",
                        "Bachelor in Business Administration, Studienrichtung: Controlling - Hochschule Luzern",
                    ),
                    (
                        "10/2009 - 06/2010",
                        "Berufsmatura für gelernte Berufsleute - KV Luzern",
                    ),
                    (
                        "08/2002 - 07/2005",
                        "Kaufmännische Lehre - Kaufmännische Berufsschule Nidwalden",
                    ),
                ],
            ),
            (
                "Sprachen",
                &[
                    ("Deutsch", "Muttersprache"),
                    ("Englisch", "fliessend in Wort und Schrift"),
                    ("Französisch", "Schulkenntnisse (B2)"),
                    ("Japanisch", "Grundkenntnisse (A1)"),
                ],
            ),
            (
                "IT Skills",
                &[
                    (
                        "Expertenwissen",
                        "MS Office Excel and Word, SAP (FI-CO), Cognos Controller",
                    ),
                    (
                        "Gute Kenntnisse",
                        "MS-Office PowerPoint and Access, SAP (MM, SD), Hyperion, Sage 200, Abacus",
                    ),
                    (
                        "Grundkenntnisse",
                        "Java, HTML, CSS, JavaScript, MS Project, Visio, Visual Studio, Eclipse",
                    ),
                ],
            ),
        ];
        let mut y = 293.0;
        for (heading, rows) in blocks {
            if !heading.is_empty() {
                glyphs.extend(line(&words(heading), 63.0, y, 12.0));
                y += 23.0;
            }
            for (cell, entry) in rows {
                glyphs.extend(line(&words(cell), 67.0, y, 10.0));
                glyphs.extend(line(&words(entry), 209.0, y, 10.0));
                y += 12.5;
            }
            y += 20.0;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for (cell, entry) in blocks[0].1 {
            let on_one_line = text
                .iter()
                .any(|l| l.starts_with(cell) && l.ends_with(entry));
            assert!(on_one_line, "{cell} {entry}: {text:?}");
        }
    }

    #[test]
    fn dates_flush_right_stay_on_their_lines_beside_a_grid_of_skills() {
        // Word's right tab stop: each job's dates at the end of its header
        // line, bullets under it, and a grid of skills whose third column
        // stands where the dates do: the dates are no column of the page.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["WORK", "EXPERIENCE"], 200.0, 60.0, 12.0);
        let jobs = [
            ("Lobby Store | Cashier | Durham, NC", "Fall 2016 - Present"),
            ("KYNG | Founder | Durham, NC", "Fall 2016 - Present"),
            ("Apps | Founder | New York, NY", "April - July 2016"),
            (
                "REZI | Design Intern | New York, NY",
                "March 2016 - July 2016",
            ),
            ("BLEU | Web Intern | New York, NY", "Aug 2015 - Feb 2016"),
        ];
        let mut top = 100.0;
        for (header, dates) in jobs {
            glyphs.extend(line(&words(header), 40.0, top, 10.0));
            glyphs.extend(line(&words(dates), 470.0, top, 10.0));
            for b in 0..3 {
                let y = top + 14.0 * f64::from(b + 1);
                glyphs.extend(line(
                    &["•", "Built", "the", "tools", "we", "use"],
                    55.0,
                    y,
                    10.0,
                ));
            }
            top += 70.0;
        }
        glyphs.extend(line(&["SKILLS"], 200.0, top, 12.0));
        for (i, row) in [
            ["Office", "HTML", "WordPress"],
            ["Python", "C", "Final Cut"],
            ["Java", "Go", "3D"],
            ["Rust", "SQL", "Music"],
        ]
        .iter()
        .enumerate()
        {
            let base = top + 30.0 + 14.0 * i as f64;
            for (cell, x) in row.iter().zip([40.0, 200.0, 470.0]) {
                glyphs.extend(line(&["•", cell], x, base, 10.0));
            }
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Lobby Store | Cashier | Durham, NC  Fall 2016 - Present",
            "Apps | Founder | New York, NY  April - July 2016",
            "BLEU | Web Intern | New York, NY  Aug 2015 - Feb 2016",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
        assert_eq!(page.layout.columns, 1, "{text:?}");
    }

    #[test]
    fn a_heading_in_the_margin_is_a_line_of_its_own() {
        let mut glyphs = line(&["EDUCATION"], 40.0, 100.0, 10.0);
        glyphs.extend(line(&["MS", "in", "Analytics,", "USF"], 140.0, 100.0, 10.0));
        glyphs.extend(line(&["BS", "in", "Math,", "UCLA"], 140.0, 114.0, 10.0));
        glyphs.extend(line(&["EXPERIENCE"], 40.0, 140.0, 10.0));
        glyphs.extend(line(
            &["Data", "Analyst,", "City", "of", "Hope"],
            140.0,
            140.0,
            10.0,
        ));
        // A label beside its value in a table stays on its row, two
        // spaces for the tab stop between them.
        glyphs.extend(line(&["Languages"], 40.0, 170.0, 10.0));
        glyphs.extend(line(&["English,", "French"], 140.0, 170.0, 10.0));
        let page = read(glyphs);
        let text = nonblank(&page);
        assert!(text.contains(&"EDUCATION"), "{text:?}");
        assert!(text.contains(&"MS in Analytics, USF"), "{text:?}");
        assert!(text.contains(&"EXPERIENCE"), "{text:?}");
        assert!(text.contains(&"Data Analyst, City of Hope"), "{text:?}");
        assert!(text.contains(&"Languages  English, French"), "{text:?}");
    }

    #[test]
    fn headings_in_a_margin_column_open_the_sections_beside_them() {
        // A Word table: headings in a left column, two of them on two
        // lines ("Professional" / "Experience"), the entries in the middle
        // and their dates at the right edge, one set a line above its
        // entry's line.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["Brian", "Kui"], 250.0, 50.0, 14.0);
        let mut top = 90.0;
        let sections: [(&[&str], &[&str], &[&str]); 3] = [
            (
                &["Experience", "Summary"],
                &["• Experienced CPA providing data analysis for consulting work."],
                &[],
            ),
            (
                &["Education"],
                &[
                    "M.S. Analytics",
                    "University of San Francisco",
                    "B.S. Cognitive Science",
                    "University of California, Los Angeles",
                ],
                &["6/2015 (expected)", "", "12/2001", ""],
            ),
            (
                &["Professional", "Experience"],
                &[
                    "Manager - Hemming Morse, LLP, Los Angeles, CA",
                    "• Reporting complex analysis for litigation engagements.",
                    "• Maintain client relationships and train staff.",
                    "Senior Data Analyst - Market Scan, Camarillo, CA",
                    "• Develop applications in VB.NET and macros in VBA.",
                    "• Train other analysts.",
                ],
                &["05/04 - 06/14", "", "", "02/02 - 05/04", "", ""],
            ),
        ];
        for (heading, entries, dates) in sections {
            for (i, h) in heading.iter().enumerate() {
                glyphs.extend(line(&[h], 58.0, top + 12.0 * i as f64, 10.0));
            }
            for (i, entry) in entries.iter().enumerate() {
                let base = top + 12.0 * i as f64;
                glyphs.extend(line(&words(entry), 160.0, base, 10.0));
                if let Some(date) = dates.get(i).filter(|d| !d.is_empty()) {
                    // The second job's dates most of a line above it.
                    let base = if i == 3 { base - 7.0 } else { base };
                    glyphs.extend(line(&words(date), 500.0, base, 10.0));
                }
            }
            top += 12.0 * entries.len() as f64 + 30.0;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        let at = |want: &str| text.iter().position(|l| *l == want);
        for want in [
            "Experience Summary",
            "Education",
            "M.S. Analytics  6/2015 (expected)",
            "Professional Experience",
            "Manager - Hemming Morse, LLP, Los Angeles, CA  05/04 - 06/14",
        ] {
            assert!(at(want).is_some(), "{want}: {text:?}");
        }
        assert!(
            at("Education") < at("M.S. Analytics  6/2015 (expected)"),
            "{text:?}"
        );
        assert!(at("Experience Summary") < at("Education"), "{text:?}");
        // The date set high comes just before its entry's line.
        let senior = at("Senior Data Analyst - Market Scan, Camarillo, CA");
        assert!(senior.is_some(), "{text:?}");
        assert_eq!(at("02/02 - 05/04").map(|i| i + 1), senior, "{text:?}");
    }

    #[test]
    fn headings_in_a_margin_set_just_above_their_sections_open_them() {
        // A resume builder's page: the name and the contact block across
        // the top, then headings in the left margin, each a line or so
        // above its section's first line, not level with it.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["Adijat", "Kinoshi"], 150.0, 50.0, 14.0);
        glyphs.extend(line(&["ada@example.com"], 466.0, 50.0, 9.0));
        glyphs.extend(line(&["(347)", "933-0260"], 484.0, 62.0, 9.0));
        glyphs.extend(line(&["New", "York"], 500.0, 74.0, 9.0));
        let mut top = 110.0;
        let sections: [(&str, &[&str]); 3] = [
            (
                "Skills",
                &["• Neonatal care", "• People Person", "• Patient Relations"],
            ),
            (
                "Education",
                &[
                    "Bachelor of Science in Nursing",
                    "City University of New York, Lehman College",
                    "05/2008",
                ],
            ),
            ("Languages", &["• English"]),
        ];
        for (heading, entries) in sections {
            glyphs.extend(line(&[heading], 34.0, top, 9.0));
            for (i, entry) in entries.iter().enumerate() {
                let base = top + 14.0 + 12.0 * i as f64;
                glyphs.extend(line(&words(entry), 150.0, base, 9.0));
                // The skills in a grid of two columns.
                if heading == "Skills" {
                    glyphs.extend(line(&["•", "Teamwork"], 369.0, base, 9.0));
                }
            }
            top += 14.0 + 12.0 * entries.len() as f64 + 24.0;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        let at = |want: &str| text.iter().position(|l| *l == want);
        for (heading, first) in [
            ("Skills", "• Neonatal care"),
            ("Education", "Bachelor of Science in Nursing"),
            ("Languages", "• English"),
        ] {
            let first = text.iter().position(|l| l.starts_with(first));
            assert_eq!(at(heading).map(|i| i + 1), first, "{text:?}");
        }
    }

    #[test]
    fn a_contact_block_beside_the_name_leaves_the_rows_under_it_rows() {
        // The name large on the left, its contact block of four lines on
        // the right, then entries whose dates and places sit at the right
        // edge, level with the entries' first two lines.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&["Mirco", "Bochicchio"], 60.0, 64.0, 20.0);
        for (i, contact) in [
            "mirco@example.com",
            "+39 320-0508-074",
            "/mirco-b",
            "/1boch1",
        ]
        .iter()
        .enumerate()
        {
            glyphs.extend(line(&words(contact), 380.0, 50.0 + 12.0 * i as f64, 10.0));
        }
        glyphs.extend(line(&["Jobs"], 60.0, 130.0, 12.0));
        let mut top = 150.0;
        for (employer, title, bullet, date, place) in [
            (
                "Midable s.r.l.",
                "App Developement",
                "• Software developer of iOS apps",
                "2023 - 2024",
                "Prato, IT",
            ),
            (
                "Pentaqo s.r.l.",
                "Software Developement",
                "• Developed a Web App",
                "2023",
                "Remote",
            ),
            (
                "Forensis-Lab",
                "Educational Internship",
                "• Worked on data recovery apps",
                "2019",
                "Prato, IT",
            ),
        ] {
            // Set flush right, ending at 570.
            let right =
                |text: &'static str, base: f64| line_ending_at(&words(text), 570.0, base, 10.0);
            glyphs.extend(line(&words(employer), 60.0, top, 10.0));
            glyphs.extend(right(date, top));
            glyphs.extend(line(&words(title), 60.0, top + 14.0, 10.0));
            glyphs.extend(right(place, top + 14.0));
            glyphs.extend(line(&words(bullet), 64.0, top + 28.0, 10.0));
            top += 63.0;
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Midable s.r.l.  2023 - 2024",
            "App Developement  Prato, IT",
            "Pentaqo s.r.l.  2023",
            "Forensis-Lab  2019",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
        let at = |want: &str| text.iter().position(|l| l.contains(want));
        assert!(at("mirco@example.com") < at("Jobs"), "{text:?}");
    }

    #[test]
    fn personal_details_labels_stay_on_their_values_lines() {
        // A Word CV's personal details, each label with a colon beside its
        // value, some values over several lines.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&words("ASHTARI, Babak"), 200.0, 60.0, 12.0);
        let rows = [
            ("Date of birth:", "February 19th, 1988"),
            ("Place of birth:", "Tehran"),
            ("E-mail address:", "ashtari@example.com"),
            ("Matrimonial status:", "Married"),
            ("Address:", "Unit 12, Amini alley, Younesyan st,"),
            ("", "Damavand ave, Tehran 1731783685"),
            ("Phone numbers:", "+98-21-77991579"),
            ("", "+98-912-7621031"),
            // Headings in the labels' column, with no value beside them.
            ("Academic Studies:", ""),
            ("Master's Degree:", ""),
            ("Bachelor's Degree:", ""),
        ];
        for (i, (label, value)) in rows.iter().enumerate() {
            let base = 100.0 + 28.0 * i as f64;
            if !label.is_empty() {
                glyphs.extend(line(&words(label), 60.0, base, 10.0));
            }
            if !value.is_empty() {
                glyphs.extend(line(&words(value), 200.0, base, 10.0));
            }
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Place of birth:  Tehran",
            "Matrimonial status:  Married",
            "Phone numbers:  +98-21-77991579",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_german_cv_s_labels_stay_on_their_values_lines() {
        // A Lebenslauf's table: two labels beside a value of four lines,
        // a gap, then more labels, each beside its value.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(&words("Persönliche Daten"), 60.0, 80.0, 12.0);
        let rows: [(&str, &str, f64); 9] = [
            ("Name:", "Johannes Georg Müller", 110.0),
            ("Adresse:", "Kurpfalzstraße 154", 124.0),
            ("", "67435 Neustadt an der Weinstraße", 138.0),
            ("", "Telefon:0163/2055604", 152.0),
            ("", "E-Mail: jgm@example.com", 166.0),
            ("Geburtsdatum:", "18.Dezember 2003", 200.0),
            ("Geburtsort:", "Bad Soden", 214.0),
            ("Staatsangehörigkeit:", "deutsch", 228.0),
            ("Geschwister:", "Christoph", 242.0),
        ];
        for (label, value, base) in rows {
            if !label.is_empty() {
                glyphs.extend(line(&words(label), 60.0, base, 10.0));
            }
            glyphs.extend(line(&words(value), 200.0, base, 10.0));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Name:  Johannes Georg Müller",
            "Adresse:  Kurpfalzstraße 154",
            "Geburtsort:  Bad Soden",
            "Staatsangehörigkeit:  deutsch",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_form_s_labels_stay_on_their_values_lines() {
        // A Word table of personal details: labels on the left, values
        // on the right, an address wrapped over two lines, and a heading
        // over the table that reaches into the values' column.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = line(
            &words("PERSONAL INFORMATION AND QUALIFICATIONS"),
            60.0,
            80.0,
            12.0,
        );
        let rows = [
            ("Surname", "Ackerman"),
            ("Name", "Waldo"),
            ("Contact number", "078 181 6131"),
            ("E-mail", "waldo@example.com"),
            ("Date of Birth", "6 July 1993"),
            ("Gender", "Male"),
            ("Nationality", "SA Citizen"),
            ("Home Address", "66 General Froneman Str, Vanderbijlpark,"),
            ("", "1911"),
            ("School", "Driehoek High School, Vanderbijlpark"),
            ("Grade", "12"),
            ("University", "B.Comm Financial Accountancy degree"),
        ];
        for (i, (label, value)) in rows.iter().enumerate() {
            let base = 110.0 + 14.0 * i as f64;
            if !label.is_empty() {
                glyphs.extend(line(&words(label), 60.0, base, 10.0));
            }
            glyphs.extend(line(&words(value), 250.0, base, 10.0));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Surname  Ackerman",
            "Contact number  078 181 6131",
            "Home Address  66 General Froneman Str, Vanderbijlpark,",
            "School  Driehoek High School, Vanderbijlpark",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn labels_set_flush_right_in_a_margin_stay_on_their_values_lines() {
        // The EU's CV: each label set flush right against the gutter, an
        // em from its value, a job's dates among them, and a job's lines
        // with no label of their own.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let rows = [
            ("Personal information", "SERGEI IVANOV"),
            ("Telephone(s)", "+47 400 00 000"),
            ("Email(s)", "sergei@example.com"),
            ("Nationality(-ies)", "Norway"),
            ("Work Experience", ""),
            ("2013 - 2020", "Research Institute of Bergen, Norway."),
            ("", "- Geosteering workflows for drilling"),
            ("", "- Real-time data with physical models"),
            (
                "2010 - 2013",
                "PhD Research Fellow, University of Bergen, Norway.",
            ),
            (
                "2009 - 2010",
                "Summer student, Statoil Research Center, Bergen.",
            ),
        ];
        let mut glyphs = Vec::new();
        for (i, (label, value)) in rows.iter().enumerate() {
            let base = 100.0 + 14.0 * i as f64;
            if !label.is_empty() {
                glyphs.extend(line_ending_at(&words(label), 150.0, base, 10.0));
            }
            if !value.is_empty() {
                glyphs.extend(line(&words(value), 160.0, base, 10.0));
            }
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "Personal information SERGEI IVANOV",
            "Telephone(s) +47 400 00 000",
            "2013 - 2020 Research Institute of Bergen, Norway.",
            "2010 - 2013 PhD Research Fellow, University of Bergen, Norway.",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
    }

    #[test]
    fn a_timeline_s_years_between_a_sidebar_and_the_main_column_stay_on_their_jobs() {
        // A Canva page: a sidebar, then each job's years just left of the
        // gutter, level with the job's first line in the main column.
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let mut glyphs = Vec::new();
        // (The sidebar's lines are set on a leading of their own; its
        // profile's address reaches over the years' column, above them.)
        glyphs.extend(line(
            &["www.linkedin.com/in/jane-doe-mexico12"],
            20.0,
            80.0,
            10.0,
        ));
        for i in 0..14u8 {
            let base = 106.0 + 13.0 * f64::from(i);
            let item = char::from(b'a' + i).to_string();
            glyphs.extend(line(&["Sidebar", "item", &item], 20.0, base, 10.0));
        }
        let main = [
            "BANORTE (Mexico)",
            "Deputy Credit Risk Manager",
            "Led a team of five analysts.",
            "Built internal risk models.",
            "",
            "Credit Risk Specialist",
            "Recalibrated the behaviour model.",
            "",
            "Credit Risk Analyst",
            "Monitored portfolio indicators.",
            "",
            "SCOTIABANK (Mexico)",
            "Designed collection strategies.",
        ];
        for (i, text) in main.iter().enumerate() {
            if !text.is_empty() {
                glyphs.extend(line(&words(text), 250.0, 100.0 + 14.0 * i as f64, 10.0));
            }
        }
        for (i, years) in [
            (0, "2022-2024"),
            (5, "2021-2022"),
            (8, "2020-2021"),
            (11, "2018-2020"),
        ] {
            glyphs.extend(line(&[years], 190.0, 100.0 + 14.0 * f64::from(i), 10.0));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        for want in [
            "2022-2024 BANORTE (Mexico)",
            "2021-2022 Credit Risk Specialist",
            "2018-2020 SCOTIABANK (Mexico)",
        ] {
            assert!(text.contains(&want), "{want}: {text:?}");
        }
        assert!(text.contains(&"Sidebar item a"), "{text:?}");
    }

    #[test]
    fn a_sidebar_and_a_main_column_are_read_one_after_the_other() {
        let mut glyphs = line(&["Jane", "Doe"], 200.0, 40.0, 18.0);
        for i in 0..8 {
            let base = 100.0 + 14.0 * f64::from(i);
            glyphs.extend(line(&["Side", &format!("s{i}")], 40.0, base, 10.0));
            glyphs.extend(line(
                &["Main", "column", "text", &format!("m{i}")],
                200.0,
                base + 3.0,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(text[0], "Jane Doe");
        assert_eq!(text[1], "Side s0");
        assert_eq!(text[8], "Side s7");
        assert_eq!(text[9], "Main column text m0");
        assert_eq!(page.layout.columns, 2);
    }

    #[test]
    fn a_sidebar_that_starts_under_a_photo_is_read_as_a_column() {
        // The main column's heading and paragraph stand above the
        // sidebar's first line (a photo is over it): they are the main
        // column's, not a title across the page; a sidebar's icon level
        // with a main column's line marks nothing there.
        let mut glyphs = line(&["CAREER", "PROFILE"], 230.0, 70.0, 12.0);
        for i in 0..4 {
            let base = 100.0 + 14.0 * f64::from(i);
            glyphs.extend(line(
                &["Senior", "developer", "with", "years", &format!("p{i}")],
                230.0,
                base,
                10.0,
            ));
        }
        glyphs.extend(line(&["Jane", "Doe"], 20.0, 280.0, 12.0));
        for i in 0..8 {
            let base = 300.0 + 14.0 * f64::from(i);
            glyphs.extend(line(&["Side", &format!("s{i}")], 20.0, base, 10.0));
            glyphs.extend(line(
                &["Main", "column", "text", &format!("m{i}")],
                230.0,
                base + 3.0,
                10.0,
            ));
        }
        glyphs.extend(line(&["\u{f092}"], 27.0, 420.0, 12.0));
        glyphs.extend(line(&["Contact:", "+65", "9048"], 230.0, 416.0, 9.0));
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(text[0], "Jane Doe", "{text:?}");
        assert_eq!(text[1], "Side s0", "{text:?}");
        let at = |s: &str| text.iter().position(|l| l.starts_with(s));
        assert!(at("CAREER PROFILE") > at("Side s7"), "{text:?}");
        assert_eq!(
            at("Senior"),
            at("CAREER PROFILE").map(|i| i + 1),
            "{text:?}"
        );
        assert!(text.contains(&"Contact: +65 9048"), "{text:?}");
        assert_eq!(page.layout.columns, 2);
    }

    #[test]
    fn a_main_column_that_goes_on_below_the_sidebar_is_read_before_it() {
        let mut glyphs = line(&["Jane", "Doe"], 40.0, 40.0, 18.0);
        for i in 0..8 {
            let base = 100.0 + 14.0 * f64::from(i);
            glyphs.extend(line(
                &["Main", "column", "text", &format!("m{i}")],
                40.0,
                base,
                10.0,
            ));
            glyphs.extend(line(&["Side", &format!("s{i}")], 140.0, base, 10.0));
        }
        // The main column's last job, under the sidebar's end, its lines
        // reaching to 3 pt from the sidebar's edge: no gap runs clear down
        // the page.
        for i in 8..12 {
            let base = 100.0 + 14.0 * f64::from(i) + 20.0;
            glyphs.extend(line(
                &["Last", "jobs", "lines", "go", &format!("k{}", i - 8)],
                40.0,
                base,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(text[8], "Main column text m7", "{text:?}");
        assert_eq!(text[9], "Last jobs lines go k0", "{text:?}");
        assert_eq!(text[13], "Side s0", "{text:?}");
    }

    #[test]
    fn an_overfull_line_that_crosses_the_gutter_leaves_the_columns_apart() {
        // LaTeX sets a line too long for its column a few points into the
        // next one: no gap runs clear down the page any more.
        let mut glyphs = line(&["Jane", "Doe"], 40.0, 40.0, 18.0);
        for i in 0..8 {
            let base = 100.0 + 14.0 * f64::from(i);
            let left: &[&str] = if i == 5 {
                &["Left", "column", "text", "that", "runs", "over", "edge"]
            } else {
                &["Left", "column", "text", "l"]
            };
            glyphs.extend(line(left, 40.0, base, 10.0));
            glyphs.extend(line(
                &["Right", "column", &format!("r{i}")],
                200.0,
                base + 5.5,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(text[0], "Jane Doe");
        assert_eq!(text[1], "Left column text l", "{text:?}");
        assert_eq!(text[6], "Left column text that runs over edge", "{text:?}");
        assert_eq!(text[8], "Left column text l", "{text:?}");
        assert_eq!(text[9], "Right column r0", "{text:?}");
        assert_eq!(page.layout.columns, 2);
    }

    #[test]
    fn columns_less_than_an_em_apart_are_read_one_after_the_other() {
        // A justified left column ends 0.6 em before the right one starts:
        // narrower than the gap a line is cut at, but clear down the page.
        // A column of years as close to its titles stays on the titles'
        // lines.
        let mut glyphs = line(&["Jane", "Doe"], 40.0, 40.0, 18.0);
        for i in 0..10 {
            let base = 100.0 + 14.0 * f64::from(i);
            let left = line(
                &[
                    "Left",
                    "column",
                    "text",
                    "set",
                    "to",
                    "its",
                    &format!("e{i}"),
                ],
                40.0,
                base,
                10.0,
            );
            let edge = left.iter().map(|g| g.x1).fold(0.0, f64::max);
            glyphs.extend(left);
            glyphs.extend(line(
                &["Right", "column", &format!("r{i}")],
                edge + 6.0,
                base,
                10.0,
            ));
        }
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(text[1], "Left column text set to its e0", "{text:?}");
        assert_eq!(text[10], "Left column text set to its e9", "{text:?}");
        assert_eq!(text[11], "Right column r0", "{text:?}");

        let mut glyphs = Vec::new();
        for i in 0..10 {
            let base = 100.0 + 14.0 * f64::from(i);
            let year = line(&[&format!("{}", 2010 + i)], 40.0, base, 10.0);
            let edge = year.iter().map(|g| g.x1).fold(0.0, f64::max);
            glyphs.extend(year);
            glyphs.extend(line(
                &["Engineer,", "Acme", "Corporation"],
                edge + 6.0,
                base,
                10.0,
            ));
        }
        let page = read(glyphs);
        assert_eq!(nonblank(&page)[0], "2010 Engineer, Acme Corporation");
        assert_eq!(page.layout.columns, 1);
    }

    #[test]
    fn table_rows_and_dates_stay_on_their_lines() {
        let mut glyphs = Vec::new();
        for (i, (label, value)) in [
            ("Languages", "Go Rust"),
            ("Cloud", "AWS GCP"),
            ("Data", "SQL Kafka"),
        ]
        .iter()
        .enumerate()
        {
            let base = 100.0 + 14.0 * i as f64;
            glyphs.extend(line(&[label], 72.0, base, 10.0));
            glyphs.extend(line(
                &value.split(' ').collect::<Vec<_>>(),
                200.0,
                base,
                10.0,
            ));
        }
        glyphs.extend(line(&["Engineer,", "Acme"], 72.0, 160.0, 10.0));
        glyphs.extend(line(&["2019-2022"], 450.0, 160.0, 10.0));
        let page = read(glyphs);
        let text = nonblank(&page);
        assert_eq!(
            text,
            [
                "Languages  Go Rust",
                "Cloud  AWS GCP",
                "Data  SQL Kafka",
                "Engineer, Acme  2019-2022"
            ]
        );
        assert_eq!(page.layout.columns, 1);
    }

    #[test]
    fn hyphens_at_line_ends_join_split_words_and_keep_compounds() {
        let cases: &[(&[&str], &[&str])] = &[
            (
                &["built infra-", "structure for"],
                &["built infrastructure", "for"],
            ),
            (&["a cloud-", "native stack"], &["a cloud-native", "stack"]),
            (&["end-", "to-end tests"], &["end-to-end", "tests"]),
            (&["scal-", "able, scalable"], &["scalable,", "scalable"]),
            (&["REST-", "APIs"], &["REST-", "APIs"]),
            (
                &["zero-", "downtime; no downtime"],
                &["zero-downtime;", "no downtime"],
            ),
            (&["data-", "base; a database"], &["database;", "a database"]),
            (&["zero-", "downtime"], &["zero-downtime", ""]),
            (&["read-", "ing lists"], &["reading", "lists"]),
        ];
        // A word processor's line-end hyphen is the author's.
        let mut lines = vec!["a read-".to_owned(), "through cache".to_owned()];
        join_hyphens(&mut lines, false);
        assert_eq!(lines, ["a read-through", "cache"]);
        for (input, want) in cases {
            let mut lines: Vec<String> = input.iter().map(|s| (*s).to_owned()).collect();
            join_hyphens(&mut lines, true);
            assert_eq!(lines, *want, "{input:?}");
        }
    }

    #[test]
    fn a_drawn_bullet_marks_its_line_as_a_list_item() {
        let mut glyphs = line(&["Cut", "latency", "by", "40%"], 90.0, 100.0, 10.0);
        glyphs.extend(line(&["Plain", "line"], 72.0, 120.0, 10.0));
        let page = read_page(Page {
            number: 1,
            glyphs,
            hyphenates: true,
            // A 4-point dot 8 points left of the first line, at its middle.
            marks: vec![[78.0, 94.0, 82.0, 98.0], [300.0, 500.0, 304.0, 504.0]],
        });
        let lines = nonblank(&page);
        assert_eq!(lines, ["• Cut latency by 40%", "Plain line"]);
        // An emoji's mark ("▪️", the mark and the selector of its emoji
        // form) hanging more than an em left of its text stays with it.
        let mut glyphs = vec![Glyph {
            x0: 35.0,
            x1: 43.0,
            base: 100.0,
            size: 10.0,
            text: "\u{25AA}\u{FE0F}".into(),
            hidden: None,
            upright: true,
        }];
        glyphs.extend(line(&["Cut", "latency"], 54.0, 100.0, 10.0));
        let mut segments = Vec::new();
        split_line(glyphs, &[], &mut segments);
        let texts: Vec<&str> = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["\u{25AA}\u{FE0F} Cut latency"]);
    }

    #[test]
    fn hidden_text_is_set_apart_and_an_ocr_layer_is_kept() {
        let mut glyphs = line(&["Visible", "resume", "text"], 72.0, 100.0, 10.0);
        let mut stuffed = line(&["Kubernetes", "Terraform"], 72.0, 120.0, 1.2);
        for g in &mut stuffed {
            g.hidden = Some(HiddenHow::Tiny);
        }
        glyphs.extend(stuffed);
        let page = read(glyphs);
        assert_eq!(page.lines, ["Visible resume text"]);
        assert_eq!(page.hidden.len(), 1);
        assert_eq!(page.hidden[0].how, HiddenHow::Tiny);
        assert_eq!(page.hidden[0].text, "Kubernetes Terraform");

        let mut ocr = line(&["Scanned", "resume"], 72.0, 100.0, 10.0);
        for g in &mut ocr {
            g.hidden = Some(HiddenHow::Invisible);
        }
        let page = read(ocr);
        assert_eq!(page.lines, ["Scanned resume"]);
        assert!(page.layout.ocr);
        assert!(page.hidden.is_empty());
    }
}
