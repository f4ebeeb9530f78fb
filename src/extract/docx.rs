//! DOCX: our own reader on `zip` + `quick-xml`.
//!
//! In: the bytes of a DOCX (a zip holding `word/document.xml`). Out: a
//! [`Document`] with one line per paragraph (or per line break inside one),
//! each tagged with where it came from: body, table, header, footer, text box
//! or footnote. List paragraphs (direct numbering or a list style) start with
//! `• ` so the segmenter sees them as bullets. Hidden runs (`w:vanish`, white
//! on the page, under 3 pt) are
//! kept apart in [`Document::hidden`], never analyzed.
//!
//! Bounded on hostile files: every part is read through a decompressed-size
//! cap (the sizes a zip declares are never trusted), XML nesting depth is
//! capped, and nothing recurses.

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

/// Reads the text of a DOCX.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        FileError::new(
            ErrorCode::Corrupt,
            format!("a damaged DOCX ({e}); open and re-save it in Word, or export a PDF"),
        )
    })?;
    let mut budget = TOTAL_CAP;
    let list_styles = match read_part(&mut zip, "word/styles.xml", &mut budget)? {
        Some(xml) => list_styles(&xml)?,
        None => HashSet::new(),
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
            parse_part(&xml, &name, Origin::Header, &list_styles, &mut out)?;
        }
    }
    parse_part(
        &body,
        "word/document.xml",
        Origin::Body,
        &list_styles,
        &mut out,
    )?;
    for (prefix, origin) in [
        ("word/footer", Origin::Footer),
        ("word/footnotes", Origin::Footnote),
        ("word/endnotes", Origin::Footnote),
    ] {
        for name in part_names(prefix) {
            if let Some(xml) = read_part(&mut zip, &name, &mut budget)? {
                parse_part(&xml, &name, origin, &list_styles, &mut out)?;
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
}

/// State of one open paragraph (paragraphs nest through text boxes).
#[derive(Default)]
struct Para {
    text: String,
    hidden: String,
    list: bool,
    style: Option<String>,
    origin: Option<Origin>,
    /// How the current run is hidden, if it is (`w:vanish`, white, tiny).
    run_hidden: Option<HiddenHow>,
    /// How the paragraph's hidden text was hidden (the first way seen).
    hidden_how: Option<HiddenHow>,
    /// The paragraph, or its run, is shaded dark: white text shows on it.
    dark: bool,
    /// The current run is white, or under 3 pt.
    run_white: bool,
    run_tiny: bool,
}

impl Para {
    /// Re-decides how the current run is hidden once its properties are
    /// all known (called on each property).
    fn settle_run(&mut self, vanish: Option<bool>) {
        let vanish = vanish.unwrap_or(self.run_hidden == Some(HiddenHow::Vanish));
        self.run_hidden = if vanish {
            Some(HiddenHow::Vanish)
        } else if self.run_tiny {
            Some(HiddenHow::Tiny)
        } else if self.run_white && !self.dark {
            Some(HiddenHow::Background)
        } else {
            None
        };
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
    list_styles: &HashSet<String>,
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
                    return Err(FileError::new(
                        ErrorCode::TooLarge,
                        format!(
                            "{part} is nested more than {DEPTH_CAP} levels deep; refusing to read it"
                        ),
                    ));
                }
                if skip_from.is_some() {
                    continue;
                }
                let name = e.name();
                match local(name.as_ref()) {
                    // Fallback repeats the Choice content (VML copy of a text
                    // box); deleted, moved-away and field-code text is not
                    // visible text.
                    "Fallback" | "delText" | "instrText" | "delInstrText" | "moveFrom" => {
                        skip_from = Some(depth);
                    }
                    "p" => paras.push(Para {
                        dark: cell_dark,
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
                            p.run_hidden = None;
                            p.run_white = false;
                            p.run_tiny = false;
                        }
                    }
                    "tc" => cell_dark = false,
                    "pPr" => in_ppr += 1,
                    "rPr" => in_rpr += 1,
                    "t" => in_t = true,
                    "tbl" => tables += 1,
                    "txbxContent" => text_boxes += 1,
                    _ => on_empty(&e, &mut paras, in_ppr, in_rpr, &mut cell_dark),
                }
            }
            Event::Empty(e) if skip_from.is_none() => {
                on_empty(&e, &mut paras, in_ppr, in_rpr, &mut cell_dark);
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
                            finish_paragraph(p, list_styles, out);
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
                push_text(&mut paras, &t);
            }
            Event::CData(t) if in_t && skip_from.is_none() => {
                push_text(&mut paras, &t.into_inner());
            }
            Event::GeneralRef(r) if in_t && skip_from.is_none() => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_owned),
                };
                if let Some(s) = resolved {
                    push_text(&mut paras, &s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // An unterminated paragraph (truncated XML that still parsed) keeps its text.
    while let Some(p) = paras.pop() {
        finish_paragraph(p, list_styles, out);
    }
    Ok(())
}

fn push_text(paras: &mut [Para], text: &str) {
    if let Some(p) = paras.last_mut() {
        if let Some(how) = p.run_hidden {
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
) {
    let name = e.name();
    // A cell's shading comes before its paragraphs.
    if local(name.as_ref()) == "shd" && paras.is_empty() {
        *cell_dark = attr(e, "fill").is_some_and(|f| f != "auto" && !is_light(&f));
        return;
    }
    let Some(p) = paras.last_mut() else {
        return;
    };
    match local(name.as_ref()) {
        // White text on a dark shading shows; on the page it does not.
        "shd"
            if (in_ppr > 0 || in_rpr > 0)
                && attr(e, "fill").is_some_and(|f| f != "auto" && !is_light(&f)) =>
        {
            p.dark = true;
            p.settle_run(None);
        }
        "shd" if in_ppr > 0 || in_rpr > 0 => {}
        "color" if in_rpr > 0 && in_ppr == 0 => {
            p.run_white = attr(e, "val").is_some_and(|v| is_light(&v));
            p.settle_run(None);
        }
        // `w:sz` is in half-points: under 6 is under 3 pt.
        "sz" if in_rpr > 0 && in_ppr == 0 => {
            p.run_tiny = attr(e, "val")
                .and_then(|v| v.parse::<u32>().ok())
                .is_some_and(|half_points| half_points < 6);
            p.settle_run(None);
        }
        "numId" if in_ppr > 0 && attr(e, "val").is_some_and(|v| v != "0") => p.list = true,
        "pStyle" if in_ppr > 0 => p.style = attr(e, "val"),
        // Paragraph-mark formatting (pPr/rPr) hides only the mark, not text.
        "vanish" | "specVanish" if in_rpr > 0 && in_ppr == 0 => {
            p.settle_run(Some(!is_off(e)));
        }
        _ if in_ppr > 0 || in_rpr > 0 => {}
        "tab" | "ptab" => push_text(std::slice::from_mut(p), "\t"),
        "br" | "cr" => push_text(std::slice::from_mut(p), "\n"),
        "noBreakHyphen" => push_text(std::slice::from_mut(p), "-"),
        "softHyphen" => push_text(std::slice::from_mut(p), "\u{AD}"),
        "sym" => {
            let c = attr(e, "char")
                .and_then(|hex| u32::from_str_radix(&hex, 16).ok())
                .and_then(char::from_u32);
            if let Some(c) = c {
                push_text(std::slice::from_mut(p), c.encode_utf8(&mut [0; 4]));
            }
        }
        _ => {}
    }
}

fn finish_paragraph(p: Para, list_styles: &HashSet<String>, out: &mut Collected) {
    let origin = p.origin.unwrap_or(Origin::Body);
    if !p.hidden.trim().is_empty() {
        out.hidden.push(Hidden {
            text: p.hidden.trim().to_owned(),
            how: p.hidden_how.unwrap_or(HiddenHow::Vanish),
            page: None,
        });
    }
    let list = p.list || p.style.as_ref().is_some_and(|s| list_styles.contains(s));
    let margin = matches!(origin, Origin::Header | Origin::Footer);
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

/// Style ids whose paragraphs are list items (numbering in the style or in a
/// style it is based on), e.g. Word's "List Bullet".
fn list_styles(xml: &[u8]) -> Result<HashSet<String>, FileError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut numbered: HashSet<String> = HashSet::new();
    let mut based_on: HashMap<String, String> = HashMap::new();
    let mut current: Option<String> = None;
    loop {
        match reader
            .read_event()
            .map_err(|e| xml_error("word/styles.xml", e))?
        {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                match local(name.as_ref()) {
                    "style" => current = attr(&e, "styleId"),
                    "basedOn" => {
                        if let (Some(id), Some(parent)) = (&current, attr(&e, "val")) {
                            based_on.insert(id.clone(), parent);
                        }
                    }
                    "numId" => {
                        if let Some(id) = &current
                            && attr(&e, "val").is_some_and(|v| v != "0")
                        {
                            numbered.insert(id.clone());
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) if local(e.name().as_ref()) == "style" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    let mut lists = HashSet::new();
    for id in based_on.keys().chain(numbered.iter()) {
        let mut cursor = Some(id.as_str());
        for _ in 0..16 {
            let Some(style) = cursor else { break };
            if numbered.contains(style) {
                lists.insert(id.clone());
                break;
            }
            cursor = based_on.get(style).map(String::as_str);
        }
    }
    Ok(lists)
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
            &HashSet::new(),
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
        parse_part(xml.as_bytes(), "d", Origin::Body, &HashSet::new(), &mut out).expect("parses");
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
            parse_part(xml.as_bytes(), "d", Origin::Body, &HashSet::new(), &mut out)
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
        parse_part(xml.as_bytes(), "d", Origin::Body, &HashSet::new(), &mut out).expect("parses");
        assert!(out.hidden.is_empty());
        assert_eq!(out.lines[0].0, "Experience");
    }

    #[test]
    fn docx_list_styles_follow_based_on() {
        let styles = br#"<w:styles><w:style w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="MyBullets"><w:basedOn w:val="ListBullet"/></w:style><w:style w:styleId="Heading1"/></w:styles>"#;
        let lists = list_styles(styles).expect("parses");
        assert!(lists.contains("ListBullet") && lists.contains("MyBullets"));
        assert!(!lists.contains("Heading1"));
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
            &HashSet::new(),
            &mut out,
        )
        .expect_err("too deep");
        assert_eq!(err.code, ErrorCode::TooLarge);
    }
}
