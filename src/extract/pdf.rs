//! PDF: the text layer through `pdf-extract`.
//!
//! In: the bytes of a PDF. Out: a [`Document`] of the lines in content-stream
//! order, with the page count. An empty password is tried on encrypted files;
//! a file that needs a real password is an `encrypted` error.
//!
//! `pdf-extract` panics, overflows the stack or loops on some hostile files
//! (see `../shared/research/dependencies.md`), so the CLI calls this only
//! inside the worker process. When it panics, fails, or finds almost no words
//! in a file that has pages, lopdf's own (plainer) text extraction is tried
//! and the version with more words is kept: a real resume in the corpus
//! panics `pdf-extract` ("unexpected entry in unicode map") but reads fine
//! this way, and a font without a text mapping then shows as junk, which the
//! readability check reports, instead of as an empty page.

use std::io::Read;

use pdf_extract::{ColorSpace, MediaBox, Object, OutputDev, OutputError, Transform};

use super::layout::{self, Hidden, HiddenHow, Layout};
use super::{Document, ErrorCode, FileError, human_size};

/// Bytes the Flate- and LZW-compressed streams of one PDF may expand to, in
/// all.
/// Counted before the parser inflates anything, so a decompression bomb is
/// refused the same way on every machine, however fast or loaded, instead
/// of running into the memory or time limit.
pub const MAX_INFLATED: u64 = 64_000_000;

/// Objects one PDF may hold: far more than any resume, few enough to
/// read in bounded memory.
pub const MAX_OBJECTS: usize = 500_000;
/// Drawing operators the content streams of one PDF may hold, in all
/// (a dense resume page has a few thousand): the parser takes memory for
/// each, so past this the file is refused before it is parsed.
pub const MAX_OPERATORS: u64 = 1_500_000;
/// How deep arrays and dictionaries may nest in a content stream.
pub const MAX_NESTING: usize = 100;

/// Extracts the text layer of a PDF.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| corrupt(&e))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(FileError::new(
            ErrorCode::Encrypted,
            "the PDF needs a password to open; save an unprotected copy (print to PDF) and check that",
        ));
    }
    if doc.objects.len() > MAX_OBJECTS {
        return Err(too_large(format!(
            "the PDF holds {} objects (limit {MAX_OBJECTS}); it was not read",
            doc.objects.len()
        )));
    }
    inflate_streams(&mut doc)?;
    count_operators(&doc)?;
    let page_numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut glyphs = Glyphs {
        hyphenates: hyphenates(&doc),
        ..Glyphs::default()
    };
    let primary = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut glyphs)
    }));
    if glyphs.total > MAX_GLYPHS {
        return Err(too_large(format!(
            "the PDF's pages draw more than {MAX_GLYPHS} characters; it was not read"
        )));
    }
    let read = read_pages(std::mem::take(&mut glyphs.pages));
    // Hidden words count as read: the fallback would show them as text.
    let found = words_in(&read.lines) + read.hidden.iter().map(|h| words(&h.text)).sum::<usize>();
    let few = found < FEW_WORDS && !page_numbers.is_empty();
    let mut document = match primary {
        Ok(Ok(())) if !few => read.into_document(),
        outcome => {
            let fallback = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                doc.extract_text(&page_numbers)
            }));
            match (outcome, fallback) {
                (_, Ok(Ok(text))) if words(&text) > found => Document::from_lines(text.split('\n')),
                (Ok(Ok(())), _) => read.into_document(),
                (Ok(Err(OutputError::PdfError(e))), _) => return Err(corrupt(&e)),
                (Ok(Err(e)), _) => return Err(corrupt(&e)),
                (Err(payload), _) => std::panic::resume_unwind(payload),
            }
        }
    };
    document.pages = u32::try_from(page_numbers.len()).ok();
    document.links = links(&doc);
    Ok(document)
}

/// Links kept per document, and the longest address kept.
const MAX_LINKS: usize = 100;
const MAX_LINK_BYTES: usize = 300;

/// The web addresses of the document's link annotations (`/A` with a
/// `/URI`), in page order, without `mailto:` and `tel:` (the text has
/// those); counted, so a PDF of a million links costs no more than 100.
fn links(doc: &pdf_extract::Document) -> Vec<String> {
    let resolve = |o: &Object| -> Option<Object> {
        match o {
            Object::Reference(id) => doc.get_object(*id).ok().cloned(),
            other => Some(other.clone()),
        }
    };
    let mut out: Vec<String> = Vec::new();
    for page in doc.get_pages().values() {
        let Ok(annotations) = doc.get_page_annotations(*page) else {
            continue;
        };
        for annotation in annotations {
            let action = annotation.get(b"A").ok().and_then(resolve);
            let uri = action
                .as_ref()
                .and_then(|a| a.as_dict().ok())
                .and_then(|a| a.get(b"URI").ok())
                .and_then(resolve);
            let Some(Object::String(bytes, _)) = uri else {
                continue;
            };
            if bytes.len() > MAX_LINK_BYTES {
                continue;
            }
            let uri = String::from_utf8_lossy(&bytes).trim().to_owned();
            let lower = uri.to_ascii_lowercase();
            if uri.is_empty() || lower.starts_with("mailto:") || lower.starts_with("tel:") {
                continue;
            }
            if !out.contains(&uri) {
                out.push(uri);
            }
            if out.len() >= MAX_LINKS {
                return out;
            }
        }
    }
    out
}

/// Whether the program that made the PDF (its `/Producer` or `/Creator`)
/// breaks words at line ends by itself: TeX and Typst do; word processors
/// and browsers (LibreOffice, Word, Chromium's Skia, Google Docs, Quartz)
/// do not unless asked. Unknown makers are taken to.
fn hyphenates(doc: &pdf_extract::Document) -> bool {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| match o {
            Object::Reference(id) => doc.get_object(*id),
            other => Ok(other),
        })
        .and_then(Object::as_dict);
    let Ok(info) = info else {
        return true;
    };
    let field = |key: &[u8]| {
        info.get(key)
            .ok()
            .and_then(|o| pdf_extract::decode_text_string(o).ok())
            .map(|t| t.to_lowercase())
            .unwrap_or_default()
    };
    let maker = format!("{} {}", field(b"Producer"), field(b"Creator"));
    let word_processor = [
        "libreoffice",
        "openoffice",
        "microsoft",
        "word",
        "skia",
        "chrom",
        "google",
        "quartz",
        "pages",
        "wkhtmltopdf",
    ]
    .iter()
    .any(|m| maker.contains(m));
    let typesetter = ["tex", "typst"].iter().any(|m| maker.contains(m));
    typesetter || !word_processor
}

/// The pages of a PDF, read by the layout stage.
struct PagesRead {
    lines: Vec<String>,
    hidden: Vec<Hidden>,
    layout: Layout,
}

impl PagesRead {
    fn into_document(self) -> Document {
        let mut document = Document::from_lines(self.lines);
        document.hidden = self.hidden;
        document.layout = Some(self.layout);
        document
    }
}

fn read_pages(pages: Vec<layout::Page>) -> PagesRead {
    let mut read = PagesRead {
        lines: Vec::new(),
        hidden: Vec::new(),
        layout: Layout::default(),
    };
    let mut texts: Vec<layout::PageText> = pages.into_iter().map(layout::read_page).collect();
    // Each page's lines, with the next pages' main column moved up where
    // it goes on from this page's.
    let mut taken = vec![false; texts.len()];
    let mut pages_lines: Vec<Vec<String>> = Vec::with_capacity(texts.len());
    for i in 0..texts.len() {
        if taken[i] {
            // Its main column went up to an earlier page: the rest.
            pages_lines.push(lines_of(&texts[i], |c| c != 1));
            continue;
        }
        let mut lines = std::mem::take(&mut texts[i].lines);
        let mut at = last_of_column(&texts[i].columns, 1).map(|k| k + 1);
        let mut from = i;
        while let Some(insert) = at
            && from + 1 < texts.len()
            && goes_on(&texts[from], &texts[from + 1])
        {
            let run = lines_of(&texts[from + 1], |c| c == 1);
            let count = run.len() + 1;
            lines.splice(insert..insert, std::iter::once(String::new()).chain(run));
            taken[from + 1] = true;
            at = Some(insert + count);
            from += 1;
        }
        pages_lines.push(lines);
    }
    for (text, lines) in texts.into_iter().zip(pages_lines) {
        if !read.lines.is_empty() && !lines.is_empty() {
            read.lines.push(String::new());
        }
        read.lines.extend(lines);
        read.hidden.extend(text.hidden);
        read.layout.columns = read.layout.columns.max(text.layout.columns);
        read.layout.pages.push(text.layout);
    }
    read.layout.columns = read.layout.columns.max(1);
    read
}

/// A page's lines whose column `keep` takes.
fn lines_of(text: &layout::PageText, keep: impl Fn(usize) -> bool) -> Vec<String> {
    text.lines
        .iter()
        .zip(&text.columns)
        .filter(|(_, c)| keep(**c))
        .map(|(l, _)| l.clone())
        .collect()
}

/// Index of the last line of `column`, when the column's lines follow one
/// another.
fn last_of_column(columns: &[usize], column: usize) -> Option<usize> {
    let first = columns.iter().position(|&c| c == column)?;
    let last = columns.iter().rposition(|&c| c == column)?;
    columns[first..=last]
        .iter()
        .all(|&c| c == column)
        .then_some(last)
}

/// Whether `next` page's first column goes on from `page`'s: both pages
/// hold a main column and a sidebar of another width (AltaCV, Deedy), the
/// first columns stand in the same place, and the next page's starts
/// without a heading, in the middle of a section. Newspaper columns, of
/// one width, flow from the second column to the next page's first, as
/// they are read already.
fn goes_on(page: &layout::PageText, next: &layout::PageText) -> bool {
    let span = |t: &layout::PageText, column: usize| {
        let blocks = t.layout.blocks.iter().filter(|b| b.column == column);
        let x0 = blocks.clone().map(|b| b.x0).fold(f64::INFINITY, f64::min);
        let x1 = blocks.map(|b| b.x1).fold(f64::NEG_INFINITY, f64::max);
        (x0.is_finite() && x1.is_finite()).then_some((x0, x1))
    };
    let (Some(a1), Some(a2), Some(b1)) = (span(page, 1), span(page, 2), span(next, 1)) else {
        return false;
    };
    let (w1, w2) = (a1.1 - a1.0, a2.1 - a2.0);
    let sidebar = (w1 - w2).abs() > 0.2 * w1.max(w2);
    let same_place = (a1.0 - b1.0).abs() <= 5.0 && (a1.1 - b1.1).abs() <= 0.15 * w1;
    let first = next
        .lines
        .iter()
        .zip(&next.columns)
        .find(|(l, c)| **c == 1 && !l.trim().is_empty())
        .map(|(l, _)| l.as_str());
    page.layout.columns == 2
        && sidebar
        && same_place
        && last_of_column(&page.columns, 1).is_some()
        && last_of_column(&next.columns, 1).is_some()
        && first.is_some_and(|l| {
            crate::vocab::heading_section(l).is_none() && crate::vocab::marked_heading(l).is_none()
        })
}

fn words_in(lines: &[String]) -> usize {
    lines.iter().map(|l| words(l)).sum()
}

/// Inflates the Flate streams of a PDF ahead of the parser, counting the
/// bytes, and refuses the file when they pass [`MAX_INFLATED`]. A stream
/// that inflates cleanly and has no other filter or parameters is stored
/// inflated, so the parser does not inflate it again; the others are only
/// counted (the parser inflates them as it always did). Images are not
/// counted (the text layer never inflates them), nor are the object and
/// cross-reference streams the loader already inflated.
fn inflate_streams(doc: &mut pdf_extract::Document) -> Result<(), FileError> {
    let mut total: u64 = 0;
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let name_of = |key: &[u8]| stream.dict.get(key).and_then(Object::as_name).ok();
        let is_image = name_of(b"Subtype") == Some(b"Image".as_slice());
        // Object and cross-reference streams were inflated when the file
        // was loaded; the parser does not read them again.
        let loaded = matches!(name_of(b"Type"), Some(b"ObjStm" | b"XRef"));
        if is_image || loaded {
            continue;
        }
        let Ok(filters) = stream.filters() else {
            continue;
        };
        let left = MAX_INFLATED - total;
        let (n, inflated) = match filters.first().copied() {
            Some(b"FlateDecode" | b"Fl") => inflate(&stream.content, left),
            Some(b"LZWDecode" | b"LZW") => {
                let early_change = stream
                    .dict
                    .get(b"DecodeParms")
                    .and_then(Object::as_dict)
                    .and_then(|p| p.get(b"EarlyChange"))
                    .and_then(Object::as_i64)
                    .map_or(true, |v| v != 0);
                (lzw_len(&stream.content, early_change, left + 1), None)
            }
            _ => continue,
        };
        let plain = filters.len() == 1 && stream.dict.get(b"DecodeParms").is_err();
        if n > left {
            return Err(too_large(format!(
                "the PDF's compressed streams inflate to more than {} (a decompression bomb?); it was not read",
                human_size(MAX_INFLATED)
            )));
        }
        total += n;
        if let (true, Some(inflated)) = (plain, inflated) {
            stream.set_plain_content(inflated);
        }
    }
    Ok(())
}

fn too_large(message: String) -> FileError {
    FileError::new(ErrorCode::TooLarge, message)
}

/// Counts the operators of the page contents and form XObjects the parser
/// will run (those stored plain, which [`inflate_streams`] makes of nearly
/// all), and how deep their operands nest, before the parser builds them.
fn count_operators(doc: &pdf_extract::Document) -> Result<(), FileError> {
    let mut ids: Vec<pdf_extract::ObjectId> = doc
        .get_pages()
        .values()
        .flat_map(|&page| doc.get_page_contents(page))
        .collect();
    ids.extend(doc.objects.iter().filter_map(|(id, object)| {
        let Object::Stream(stream) = object else {
            return None;
        };
        let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
        (subtype == Some(b"Form".as_slice())).then_some(*id)
    }));
    ids.sort_unstable();
    ids.dedup();
    let mut operators: u64 = 0;
    for id in ids {
        let Ok(Object::Stream(stream)) = doc.get_object(id) else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        scan_content(&stream.content, &mut operators).map_err(too_large)?;
    }
    Ok(())
}

/// Counts the operators of a content stream into `operators`, and checks
/// how deep its arrays and dictionaries nest; which limit it passes, if it
/// does. Strings, comments and inline image data are skipped.
fn scan_content(bytes: &[u8], operators: &mut u64) -> Result<(), String> {
    let delimiter = |c: u8| c.is_ascii_whitespace() || b"()<>[]{}/%".contains(&c);
    let mut depth: usize = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let mut open = 0usize;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => open += 1,
                        b')' => {
                            open -= 1;
                            if open == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'<' => {
                while i < bytes.len() && bytes[i] != b'>' {
                    i += 1;
                }
                i += 1;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 2;
            }
            b'[' => {
                depth += 1;
                i += 1;
            }
            b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'/' => {
                i += 1;
                while i < bytes.len() && !delimiter(bytes[i]) {
                    i += 1;
                }
            }
            c if c.is_ascii_alphabetic() || c == b'\'' || c == b'"' => {
                let start = i;
                while i < bytes.len() && !delimiter(bytes[i]) {
                    i += 1;
                }
                *operators += 1;
                if *operators > MAX_OPERATORS {
                    return Err(format!(
                        "the PDF's pages hold more than {MAX_OPERATORS} drawing operations; it was not read"
                    ));
                }
                if &bytes[start..i] == b"ID" {
                    // Inline image data, up to whitespace, `EI`, whitespace.
                    while i + 3 < bytes.len()
                        && !(bytes[i].is_ascii_whitespace()
                            && &bytes[i + 1..i + 3] == b"EI"
                            && delimiter(bytes[i + 3]))
                    {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
        if depth > MAX_NESTING {
            return Err(format!(
                "a content stream of the PDF nests arrays or dictionaries more than {MAX_NESTING} deep; it was not read"
            ));
        }
    }
    Ok(())
}

/// Inflates zlib data, counting at most `cap + 1` bytes: how many bytes it
/// gives, and all of them when it inflated cleanly within the cap. Damaged
/// data is counted as the parser reads it: what inflates before the
/// damage, or, when nothing does, the same data as raw deflate without its
/// header.
fn inflate(data: &[u8], cap: u64) -> (u64, Option<Vec<u8>>) {
    // Flate rarely gives less than twice its input; sizing for that saves
    // most of the regrowing.
    let guess = data
        .len()
        .saturating_mul(4)
        .min(usize::try_from(cap).unwrap_or(usize::MAX));
    let mut out = Vec::with_capacity(guess);
    let read = flate2::read::ZlibDecoder::new(data)
        .take(cap + 1)
        .read_to_end(&mut out);
    let n = out.len() as u64;
    match read {
        Ok(_) if n <= cap => (n, Some(out)),
        Ok(_) => (n, None),
        Err(_) if out.is_empty() && data.len() > 2 => {
            let mut raw = flate2::read::DeflateDecoder::new(&data[2..]).take(cap + 1);
            (count(&mut raw), None)
        }
        Err(_) => (n, None),
    }
}

/// How many bytes LZW data decodes to (as lopdf decodes it), counting at
/// most `cap`.
fn lzw_len(data: &[u8], early_change: bool, cap: u64) -> u64 {
    use weezl::{BitOrder, LzwStatus, decode::Decoder};
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut out = [0u8; 32 * 1024];
    let mut input = data;
    let mut total: u64 = 0;
    while total < cap {
        let step = decoder.decode_bytes(input, &mut out);
        total += step.consumed_out as u64;
        input = &input[step.consumed_in..];
        let stuck = step.consumed_in == 0 && step.consumed_out == 0;
        if stuck || !matches!(step.status, Ok(LzwStatus::Ok)) {
            break;
        }
    }
    total
}

/// Bytes a reader gives until its end or an error.
fn count(reader: &mut impl Read) -> u64 {
    let mut buf = [0u8; 32 * 1024];
    let mut total: u64 = 0;
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        total += n as u64;
    }
    total
}

/// Below this many words the fallback extractor is tried.
const FEW_WORDS: usize = 20;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn corrupt(e: &dyn std::fmt::Display) -> FileError {
    FileError::new(
        ErrorCode::Corrupt,
        format!("not a readable PDF ({e}); re-export it from the original document"),
    )
}

/// Glyphs the pages of one PDF may draw, in all: far more than any resume
/// (a dense page has about 5,000), few enough to lay out in bounded memory.
pub const MAX_GLYPHS: usize = 2_000_000;

/// Filled areas per page kept to tell what is behind a light glyph.
const MAX_FILLS: usize = 256;

/// Collects each page's glyphs with their position, size and visibility,
/// for the layout stage.
#[derive(Default)]
struct Glyphs {
    pages: Vec<layout::Page>,
    /// The page box: left, bottom, right, top (PDF space).
    page_box: (f64, f64, f64, f64),
    /// The fill colour (luminance, when known) and render mode of the text
    /// being shown.
    luminance: Option<f64>,
    render_mode: i64,
    /// The clipping region's box (PDF space), when the page set one.
    clip: Option<[f64; 4]>,
    /// Filled rectangles of the page, in drawing order: box (page space,
    /// y down) and luminance.
    fills: Vec<([f64; 4], f64)>,
    total: usize,
    /// Whether the PDF's maker hyphenates by itself ([`hyphenates`]).
    hyphenates: bool,
}

/// How light a colour is, 0 (black) to 1 (white), when the colour space
/// says.
fn luminance(colorspace: &ColorSpace, color: &[f64]) -> Option<f64> {
    let rgb = |r: f64, g: f64, b: f64| 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let by_count = |c: &[f64]| match *c {
        [g] => Some(g),
        [r, g, b] => Some(rgb(r, g, b)),
        [c, m, y, k] => Some(rgb(
            (1.0 - c) * (1.0 - k),
            (1.0 - m) * (1.0 - k),
            (1.0 - y) * (1.0 - k),
        )),
        _ => None,
    };
    match colorspace {
        ColorSpace::DeviceGray
        | ColorSpace::DeviceRGB
        | ColorSpace::DeviceCMYK
        | ColorSpace::CalRGB(_)
        | ColorSpace::CalGray(_)
        | ColorSpace::ICCBased(_) => by_count(color),
        _ => None,
    }
    .map(|l| l.clamp(0.0, 1.0))
}

impl Glyphs {
    /// What is painted behind a point: the last filled rectangle drawn
    /// under it, or the white page.
    fn background(&self, x: f64, y: f64) -> f64 {
        self.fills
            .iter()
            .rev()
            .find(|(b, _)| b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3])
            .map_or(1.0, |(_, l)| *l)
    }
}

impl OutputDev for Glyphs {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_box = (media_box.llx, media_box.lly, media_box.urx, media_box.ury);
        self.fills.clear();
        self.pages.push(layout::Page {
            number: page_num,
            glyphs: Vec::new(),
            hyphenates: self.hyphenates,
            marks: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn text_style(
        &mut self,
        colorspace: &ColorSpace,
        color: &[f64],
        render_mode: i64,
        clip: Option<&[f64; 4]>,
    ) -> Result<(), OutputError> {
        self.luminance = luminance(colorspace, color);
        self.render_mode = render_mode;
        self.clip = clip.copied();
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        colorspace: &ColorSpace,
        color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        let full = self.fills.len() >= MAX_FILLS
            && self.pages.last().is_none_or(|p| p.marks.len() >= MAX_FILLS);
        if full {
            return Ok(());
        }
        let light = luminance(colorspace, color);
        let Some(bounds) = pdf_extract::path_bounds(path, ctm) else {
            return Ok(());
        };
        // In page space, y down: left, top, right, bottom.
        let (left, _, _, top) = self.page_box;
        let b = [
            bounds[0] - left,
            top - bounds[3],
            bounds[2] - left,
            top - bounds[1],
        ];
        let (w, h) = (b[2] - b[0], b[3] - b[1]);
        // A dot or a small square: a drawn list bullet, perhaps.
        let dot =
            (1.0..=8.0).contains(&w) && (1.0..=8.0).contains(&h) && w <= 2.0 * h && h <= 2.0 * w;
        if dot
            && let Some(page) = self.pages.last_mut()
            && page.marks.len() < MAX_FILLS
        {
            page.marks.push(b);
        }
        // A thin rule or a dot is not a background.
        if let Some(light) = light
            && w > 4.0
            && h > 4.0
            && self.fills.len() < MAX_FILLS
        {
            self.fills.push((b, light));
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        self.total += 1;
        if self.total > MAX_GLYPHS {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let (left, bottom, right, top) = self.page_box;
        let x = trm.m31 - left;
        let base = top - trm.m32;
        let scale_x = (trm.m11 * trm.m11 + trm.m12 * trm.m12).sqrt();
        let scale_y = (trm.m21 * trm.m21 + trm.m22 * trm.m22).sqrt();
        let size = (font_size * scale_y).abs();
        let advance = (width * font_size * scale_x).abs();
        // Clipped away: an upright glyph wholly outside the clip's box (PDF
        // space, y up), with two points of slack; a glyph the clip cuts
        // through still shows in part.
        let upright = trm.m11 > 0.0 && trm.m22 > 0.0 && trm.m12.abs() <= 0.1 * trm.m11;
        let (x0, x1, y0, y1) = (
            trm.m31,
            trm.m31 + advance,
            trm.m32 - 0.2 * size,
            trm.m32 + 0.75 * size,
        );
        let clipped = upright
            && self.clip.is_some_and(|c| {
                x1 < c[0] - 2.0 || x0 > c[2] + 2.0 || y1 < c[1] - 2.0 || y0 > c[3] + 2.0
            });
        let hidden = if matches!(self.render_mode, 3 | 7) {
            Some(HiddenHow::Invisible)
        } else if clipped && !char.trim().is_empty() {
            Some(HiddenHow::Clipped)
        } else if x + advance < -1.0
            || x > right - left + 1.0
            || base < -1.0
            || base - size > top - bottom + 1.0
        {
            Some(HiddenHow::OffPage)
        } else if size < layout::MIN_VISIBLE_SIZE && !char.trim().is_empty() {
            Some(HiddenHow::Tiny)
        } else {
            match self.luminance {
                // Light text: invisible when what is behind it is as light.
                Some(l) if l >= 0.75 && !char.trim().is_empty() => {
                    let behind = self.background(x + advance / 2.0, base - size / 3.0);
                    ((l - behind).abs() < 0.12).then_some(HiddenHow::Background)
                }
                _ => None,
            }
        };
        if let Some(page) = self.pages.last_mut() {
            page.glyphs.push(layout::Glyph {
                x0: x,
                x1: x + advance,
                base,
                size,
                text: char.into(),
                hidden,
                // The baseline runs left to right (a slant, as in a
                // synthesized italic, keeps it upright).
                upright,
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lzw_is_counted_as_lopdf_decodes_it() {
        use weezl::{BitOrder, encode::Encoder};
        let zeros = vec![0u8; 1 << 20];
        let packed = Encoder::with_tiff_size_switch(BitOrder::Msb, 8)
            .encode(&zeros)
            .expect("encodes");
        assert!(packed.len() < zeros.len() / 50, "a bomb in small");
        assert_eq!(lzw_len(&packed, true, 10 << 20), 1 << 20);
        assert!(
            lzw_len(&packed, true, 100_000) >= 100_000,
            "stops past the cap"
        );
        let (n, inflated) = inflate(b"not zlib at all", 1000);
        assert_eq!((n, inflated), (0, None));
    }

    #[test]
    fn operators_are_counted_and_nesting_checked() {
        let cases: &[(&[u8], u64)] = &[
            (b"BT /F1 12 Tf 72 720 Td (Hi (there) \\) ET) Tj ET", 5),
            (b"q [1 2] 0 d <48 49> Tj Q % a comment Tj\nBT", 5),
            (b"BI /W 2 /H 1 ID \x00ET Tj\x01 EI Q", 4),
            (b"<< /A [1 [2]] >> BDC EMC", 2),
        ];
        for (content, want) in cases {
            let mut n = 0;
            scan_content(content, &mut n).expect("within the limits");
            assert_eq!(n, *want, "{:?}", String::from_utf8_lossy(content));
        }
        let deep = "[".repeat(MAX_NESTING + 1);
        let err = scan_content(deep.as_bytes(), &mut 0).expect_err("too deep");
        assert!(err.contains("more than 100 deep"), "{err}");
        let mut n = MAX_OPERATORS;
        let err = scan_content(b"Q", &mut n).expect_err("too many");
        assert!(err.contains("drawing operations"), "{err}");
    }
}
