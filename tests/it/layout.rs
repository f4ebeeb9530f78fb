//! PDFs printed by real engines (samples/layout: Chromium, pdfTeX,
//! LibreOffice, Typst), each with a truth file written from its source:
//! the words in reading order, the columns, the hidden words. `ats` must
//! read every engine's page as a person reads it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::util::{check_json, root, run};

struct Truth {
    name: String,
    pdf: PathBuf,
    columns: u64,
    /// The visible text, entry by entry, in reading order.
    order: Vec<String>,
    hidden: Vec<String>,
    compounds: Vec<String>,
    hyphenated: Vec<String>,
}

fn fixtures() -> Vec<Truth> {
    let dir = root().join("samples/layout");
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".truth.json"))
        .collect();
    paths.sort();
    for path in paths {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let strings = |key: &str| -> Vec<String> {
            v[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".truth.json")
            .to_owned();
        out.push(Truth {
            pdf: dir.join(format!("{name}.pdf")),
            name,
            columns: v["columns"].as_u64().unwrap(),
            order: strings("order"),
            hidden: strings("hidden"),
            compounds: strings("compounds"),
            hyphenated: strings("hyphenated_at_line_end"),
        });
    }
    assert!(out.len() >= 5, "the layout fixtures are missing");
    out
}

/// Words as compared: lower case, without surrounding punctuation; dashes
/// and quotes made plain (ats normalizes them itself).
fn tokens(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.replace(['\u{2013}', '\u{2014}'], "-")
                .replace(['\u{2019}', '\u{2018}'], "'")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn extract(pdf: &Path) -> String {
    let output = run(["extract".as_ref(), pdf.as_os_str()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Share of the truth's words (as a multiset) that the text has.
fn recall(truth: &[String], got: &[String]) -> f64 {
    let mut have: HashMap<&str, usize> = HashMap::new();
    for t in got {
        *have.entry(t).or_default() += 1;
    }
    let mut found = 0;
    for t in truth {
        if let Some(n) = have.get_mut(t.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            found += 1;
        }
    }
    found as f64 / truth.len().max(1) as f64
}

/// Share of the word pairs inside each truth entry that the text has next
/// to each other: low when a reader mixes columns or splits words.
fn order(truth: &Truth, got: &[String]) -> f64 {
    let pairs: HashSet<(&str, &str)> = got
        .windows(2)
        .map(|w| (w[0].as_str(), w[1].as_str()))
        .collect();
    let mut want = 0;
    let mut found = 0;
    for entry in &truth.order {
        let t = tokens(entry);
        for w in t.windows(2) {
            want += 1;
            found += usize::from(pairs.contains(&(w[0].as_str(), w[1].as_str())));
        }
    }
    found as f64 / want.max(1) as f64
}

#[test]
fn every_engine_s_page_is_read_word_for_word_and_in_order() {
    let mut failures = Vec::new();
    for truth in fixtures() {
        let text = extract(&truth.pdf);
        let got = tokens(&text);
        let want: Vec<String> = truth.order.iter().flat_map(|e| tokens(e)).collect();
        let (r, o) = (recall(&want, &got), order(&truth, &got));
        eprintln!("{:<22} recall {:.3}  order {:.3}", truth.name, r, o);
        if r < 0.98 || o < 0.95 {
            failures.push(format!("{}: recall {r:.3}, order {o:.3}", truth.name));
        }
        // Compounds keep their hyphen; words a line break split are whole.
        for word in &truth.compounds {
            if !text.to_lowercase().contains(&word.to_lowercase()) {
                failures.push(format!("{}: compound {word} lost its hyphen", truth.name));
            }
        }
        for word in &truth.hyphenated {
            if !got.contains(&word.to_lowercase()) {
                failures.push(format!(
                    "{}: {word} is still split at a line end",
                    truth.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn columns_are_reported_and_hidden_words_are_flagged_not_scored() {
    for truth in fixtures() {
        let report = check_json(&truth.pdf);
        assert_eq!(
            report["layout"]["columns"].as_u64(),
            Some(truth.columns),
            "{}: columns",
            truth.name
        );
        let codes: Vec<&str> = report["readability"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["code"].as_str())
            .collect();
        assert_eq!(
            codes.contains(&"multi-column"),
            truth.columns >= 2,
            "{}: {codes:?}",
            truth.name
        );
        assert_eq!(
            codes.contains(&"hidden-text"),
            !truth.hidden.is_empty(),
            "{}: {codes:?}",
            truth.name
        );
        if truth.hidden.is_empty() {
            continue;
        }
        let text = tokens(&extract(&truth.pdf));
        let visible: HashSet<String> = truth.order.iter().flat_map(|e| tokens(e)).collect();
        for word in &truth.hidden {
            let w = word.to_lowercase();
            assert!(
                visible.contains(&w) || !text.contains(&w),
                "{}: hidden {word} is in the text",
                truth.name
            );
        }
        let hidden = report["readability"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == "hidden-text")
            .unwrap();
        assert_eq!(hidden["severity"], "error");
        let message = hidden["message"].as_str().unwrap();
        assert!(message.contains("page 1"), "{message}");
    }
}

#[test]
fn extract_layout_shows_columns_blocks_and_hidden_text() {
    let dir = root().join("samples/layout");
    let output = run([
        "extract".as_ref(),
        "--layout".as_ref(),
        dir.join("chromium-two-column.pdf").as_os_str(),
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("page 1: 2 columns"), "{text}");
    assert!(text.contains(" c1 ") && text.contains(" c2 "), "{text}");
    let output = run([
        "extract".as_ref(),
        "--layout".as_ref(),
        dir.join("hidden-stuffing.pdf").as_os_str(),
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("hidden (under 3 pt) on page 1"), "{text}");
    assert!(
        text.contains("hidden (in the background colour) on page 1"),
        "{text}"
    );
}

/// One page drawn by hand: what each kind of hidden text looks like to
/// `ats extract --layout`, and what stays visible.
#[test]
fn clipped_white_tiny_and_invisible_text_is_hidden_and_white_on_dark_is_not() {
    use crate::hostile::{page_pdf, stream};
    let content =
        b"BT /F1 11 Tf 72 720 Td (Jane Doe, backend engineer who builds APIs in Go.) Tj ET\n\
        q 0 0 200 200 re W n BT /F1 11 Tf 300 600 Td (Clippedword) Tj ET Q\n\
        BT 1 1 1 rg /F1 11 Tf 72 650 Td (Whiteword) Tj ET\n\
        BT 0 g /F1 1 Tf 72 640 Td (Tinyword) Tj ET\n\
        BT 3 Tr /F1 11 Tf 72 630 Td (Invisibleword) Tj ET\n\
        0 0 0.3 rg 60 500 300 40 re f\n\
        BT 0 Tr 1 1 1 rg /F1 11 Tf 72 515 Td (Onadarkband) Tj ET";
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("hidden.pdf");
    std::fs::write(&pdf, page_pdf(stream("", content))).unwrap();
    let text = extract(&pdf);
    assert!(text.contains("Jane Doe"), "{text}");
    assert!(
        text.contains("Onadarkband"),
        "white on a dark band shows: {text}"
    );
    for word in ["Clippedword", "Whiteword", "Tinyword", "Invisibleword"] {
        assert!(!text.contains(word), "{word} is read: {text}");
    }
    let output = run(["extract".as_ref(), "--layout".as_ref(), pdf.as_os_str()]);
    let layout = String::from_utf8(output.stdout).unwrap();
    for (how, word) in [
        ("clipped away", "Clippedword"),
        ("in the background colour", "Whiteword"),
        ("under 3 pt", "Tinyword"),
        ("drawn invisible", "Invisibleword"),
    ] {
        assert!(
            layout.contains(&format!("hidden ({how}) on page 1: {word}")),
            "{how}: {layout}"
        );
    }
}

/// Canva draws the whole page as one form XObject, at four times the
/// page's size and flipped, under a `cm` that scales it down: each word
/// is where the page shows it, not where the form's own numbers put it
/// (off the page, read as hidden text). A form's `/Matrix` places it
/// too, and an image XObject draws no words.
#[test]
fn a_form_xobject_is_drawn_where_its_do_places_it() {
    use crate::hostile::{FONT, obj, pdf, stream};
    let page = b"q .25 0 0 -.25 0 792 cm 0 0 0 rg /X1 Do Q\n\
        q /X2 Do Q\n\
        q 100 0 0 100 72 100 cm /Im Do Q";
    let form = b"q 4 0 0 4 0 0 cm BT /F1 11 Tf 1 0 0 -1 72 80 Tm (Jane Doe) Tj ET\n\
        BT /F1 11 Tf 1 0 0 -1 72 100 Tm (Line cook at Harbor Grill, 2019 - 2023) Tj ET\n\
        BT /F1 11 Tf 1 0 0 -1 400 100 Tm (Portland, OR) Tj ET Q";
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X1 5 0 R /X2 7 0 R /Im 8 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", page),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 2448 3168] /Resources << /Font << /F1 6 0 R >> >>",
            form,
        ),
        obj(FONT),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 100 20] /Matrix [1 0 0 1 72 500] /Resources << /Font << /F1 6 0 R >> >>",
            b"BT /F1 11 Tf 0 5 Td (Skills: welding, forklift) Tj ET",
        ),
        stream(
            "/Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
            b"BT (",
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("canva.pdf");
    std::fs::write(&path, file).unwrap();
    let text = extract(&path);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        lines,
        [
            "Jane Doe",
            "Line cook at Harbor Grill, 2019 - 2023  Portland, OR",
            "Skills: welding, forklift"
        ],
        "{text}"
    );
    let output = run(["extract".as_ref(), "--layout".as_ref(), path.as_os_str()]);
    let layout = String::from_utf8(output.stdout).unwrap();
    assert!(!layout.contains("hidden"), "{layout}");
}

/// Chromium draws "fi" and "fl" as one glyph whose ToUnicode entry is
/// empty, and gives the letters as the span's `/ActualText`; LaTeX's icon
/// packages name their icons the same way. The span's text is read in
/// place of its glyphs (as poppler reads it), inline or named in the
/// page's `/Properties`; a span whose UTF-16 is broken, whose text is
/// far longer than its glyphs (words the page does not show) or is
/// direction marks alone, is read from its glyphs.
#[test]
fn a_span_s_actual_text_stands_for_its_glyphs() {
    use crate::hostile::{FONT, obj, pdf, stream};
    let content = b"BT /F1 11 Tf 72 720 Td (I automate the ) Tj \
        /Span <</ActualText <FEFF0066006C>>> BDC (X) Tj EMC (ux of the pro) Tj \
        /Span /P1 BDC (YZ) Tj EMC (l team.) Tj ET\n\
        BT /F1 11 Tf 72 700 Td (Broken ) Tj /Span <</ActualText <FEFFD800>>> BDC (Q) Tj EMC (span) Tj ET\n\
        BT /F1 11 Tf 72 680 Td (Icon ) Tj /Span <</ActualText (kubernetes terraform golang python rust kafka spark)>> BDC (*) Tj EMC ( here) Tj ET\n\
        BT /F1 11 Tf 72 660 Td (Sales) Tj /Span <</ActualText <FEFF202C>>> BDC ( ) Tj EMC /Span <</ActualText <FEFF202D>>> BDC EMC (Associate) Tj ET";
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /Properties << /P1 6 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", content),
        obj(FONT),
        obj("<< /ActualText (fi) >>"),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ligatures.pdf");
    std::fs::write(&path, file).unwrap();
    let text = extract(&path);
    assert!(
        text.contains("I automate the flux of the profil team."),
        "{text}"
    );
    assert!(!text.contains('X') && !text.contains("YZ"), "{text}");
    assert!(text.contains("Broken Qspan"), "{text}");
    // Google Docs wraps each space in a span of direction marks: the
    // space is read, not the marks.
    assert!(text.contains("Sales Associate"), "{text:?}");
    // Words far beyond what a span is drawn over are not read.
    assert!(
        text.contains("Icon * here") && !text.contains("kafka"),
        "{text}"
    );
}

/// xdvipdfmx names a font's ToUnicode CMap after the font file's path,
/// spaces and all ("MiKTeX 2.9"): the map is still read, so the page does
/// not come out as glyph numbers ("$XJ" for "Aug").
#[test]
fn a_to_unicode_map_named_with_spaces_is_read() {
    use crate::hostile::{obj, pdf, stream};
    let cmap = b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
        /CMapName /C:-Users-Me-MiKTeX 2.9-fonts-ClearSans-Regular.ttf,000-UTF16 def\n/CMapType 2 def\n\
        1 begincodespacerange\n<00> <FF>\nendcodespacerange\n\
        1 beginbfrange\n<03> <5D> <0020>\nendbfrange\nendcmap\n\
        CMapName currentdict /CMap defineresource pop\nend\nend\n";
    let content =
        b"BT /F1 11 Tf 72 720 Td ($XJ\x03\x15\x13\x15\x13\x03\x10\x036RIWZDUH\x03$UFKLWHFW) Tj ET";
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", content),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"),
        stream("", cmap),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xetex.pdf");
    std::fs::write(&path, file).unwrap();
    let text = extract(&path);
    assert!(text.contains("Aug 2020 - Software Architect"), "{text:?}");
}

/// The same resume printed by five engines is the same resume: the same
/// bullets (Chromium draws its bullets as shapes, the others type them),
/// the same keywords found, the same score.
#[test]
fn every_engine_s_print_of_one_resume_gets_the_same_report() {
    let reports: Vec<(String, serde_json::Value)> = fixtures()
        .into_iter()
        .map(|t| (t.name.clone(), check_json(&t.pdf)))
        .collect();
    let summary = |r: &serde_json::Value| {
        let found: Vec<&str> = r["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|k| k["found"] == true)
            .filter_map(|k| k["term"].as_str())
            .collect();
        (
            r["score"].as_u64(),
            r["quantification"]["bullets"].as_u64(),
            r["quantification"]["quantified"].as_u64(),
            found.join(", "),
        )
    };
    let (first, first_report) = &reports[0];
    let want = summary(first_report);
    assert!(want.1 >= Some(10), "{first}: bullets {:?}", want.1);
    for (name, report) in &reports[1..] {
        assert_eq!(summary(report), want, "{name} against {first}");
    }
}

/// A CID font without a ToUnicode map (XeLaTeX's Adobe Song, Heiti, Kaiti
/// in Chinese resumes) whose CIDs are Adobe-GB1's: the text is read with
/// the collection's own map, as poppler reads it, where it used to vanish.
#[test]
fn a_cjk_font_without_a_unicode_map_is_read_by_its_character_collection() {
    use crate::hostile::{obj, pdf, stream};
    let font = |ordering: &str| {
        pdf(&[
            obj("<< /Type /Catalog /Pages 2 0 R >>"),
            obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            obj(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            ),
            // CIDs 0x11cf and 0x0ed3 of Adobe-GB1 are 中 and 文.
            stream("", b"BT /F1 12 Tf 72 720 Td <11cf0ed3> Tj ET"),
            obj(
                "<< /Type /Font /Subtype /Type0 /BaseFont /AdobeSongStd-Light-Identity-H /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
            ),
            obj(&format!(
                "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /AdobeSongStd-Light /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>"
            )),
            obj(
                "<< /Type /FontDescriptor /FontName /AdobeSongStd-Light /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
            ),
        ])
    };
    let dir = tempfile::tempdir().unwrap();
    let gb1 = crate::util::write(dir.path(), "gb1.pdf", &font("GB1"));
    assert_eq!(extract(&gb1).trim(), "中文");
    // A collection the map is not for gives no made-up characters.
    let other = crate::util::write(dir.path(), "other.pdf", &font("Unknown"));
    assert!(!extract(&other).contains('中'));
}

/// A Type 3 font's widths are in its glyph space (Chromium's are 2048ths
/// of an em, by its FontMatrix): read as thousandths, every glyph was twice
/// its width and ran over the gap before the next word, so "Elicit – Senior
/// Engineer" came out as "Elicit– Senior Engineer".
#[test]
fn a_type3_font_s_widths_are_read_through_its_font_matrix() {
    use crate::hostile::{obj, pdf, stream};
    // Each glyph half an em wide: 1024 of 2048.
    let widths = vec!["1024"; 150 - 32 + 1].join(" ");
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        // "Elicit" is 36 points wide at 12 points; the dash 3 points
        // after it, "Senior Engineer" 3 points after the dash.
        stream(
            "",
            b"BT /F1 12 Tf 54 700 Td (Elicit) Tj ET\n\
              BT /F1 12 Tf 93 700 Td (\\226) Tj ET\n\
              BT /F1 12 Tf 102 700 Td (Senior Engineer) Tj ET",
        ),
        obj(&format!(
            "<< /Type /Font /Subtype /Type3 /FontMatrix [0.00048828125 0 0 0.00048828125 0 0] \
             /FontBBox [0 0 1024 1400] /CharProcs << >> /Resources << >> \
             /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding >> \
             /FirstChar 32 /LastChar 150 /Widths [{widths}] >>"
        )),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = crate::util::write(dir.path(), "type3.pdf", &file);
    assert_eq!(extract(&path).trim(), "Elicit - Senior Engineer");
}

/// A glyph named by its code ("uniFB01", as LaTeX's Lato names its
/// ligatures) is that character, as poppler reads it: "Infinnovation",
/// where the name was unknown and code 28 read as a hungarumlaut.
#[test]
fn a_glyph_named_by_its_code_is_that_character() {
    use crate::hostile::{obj, pdf, stream};
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", b"BT /F1 12 Tf 72 720 Td (In\\034nnovation Ltd) Tj ET"),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica \
             /Encoding << /Type /Encoding /Differences [28 /uniFB01 29 /u1F600] >> >>"),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = crate::util::write(dir.path(), "uni-names.pdf", &file);
    assert_eq!(extract(&path).trim(), "Infinnovation Ltd");
}

/// A ToUnicode CMap whose targets are one byte (`<C5> <D6> <C5>`, Latin-1
/// codes as some TeX fonts write them) is read as poppler reads it: the
/// page keeps its layout and its accented letters, where the parser used
/// to panic and the whole file fell back to a reader without positions
/// (an AltaCV resume came out as one line a paragraph).
#[test]
fn a_cmap_with_one_byte_targets_keeps_the_page_s_layout() {
    use crate::hostile::page_pdf_with_cmap;
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        1 begincodespacerange <00> <FF> endcodespacerange\n\
        2 beginbfrange\n<C5> <D6> <C5>\n<D8> <F6> <D8>\nendbfrange\n\
        1 beginbfchar\n<41> <41>\nendbfchar\nendcmap end end";
    let file = page_pdf_with_cmap(
        b"BT /F1 12 Tf 72 720 Td (Anders \\305ngstr\\366m) Tj ET\n\
          BT /F1 12 Tf 72 700 Td (Built REST APIs in Python and SQL for forty services.) Tj ET\n\
          BT /F1 12 Tf 72 680 Td (Led a team of five engineers across three time zones.) Tj ET",
        cmap,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = crate::util::write(dir.path(), "one-byte-cmap.pdf", &file);
    let text = extract(&path);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.first().copied(), Some("Anders Ångström"), "{text}");
    assert_eq!(lines.len(), 3, "{text}");
    let layout = run(["extract".as_ref(), "--layout".as_ref(), path.as_os_str()]);
    let shown = String::from_utf8_lossy(&layout.stdout);
    assert!(shown.contains("page 1"), "{shown}");
}

/// A two-page resume with a main column and a sidebar (AltaCV, Deedy):
/// the second page's main column goes on with the first page's jobs, not
/// with the sidebar's last section, which reads before it on the page.
#[test]
fn a_main_column_goes_on_from_one_page_to_the_next_past_the_sidebar() {
    use crate::hostile::{obj, pdf, stream};
    let page = |main: &[&str], side: &[&str]| {
        let mut content = String::new();
        for (i, line) in main.iter().enumerate() {
            let y = 740 - 14 * i;
            content.push_str(&format!("BT /F1 10 Tf 40 {y} Td ({line}) Tj ET\n"));
        }
        for (i, line) in side.iter().enumerate() {
            let y = 740 - 14 * i;
            content.push_str(&format!("BT /F1 10 Tf 430 {y} Td ({line}) Tj ET\n"));
        }
        content.into_bytes()
    };
    let bullets = |from: usize, n: usize| -> Vec<String> {
        (from..from + n)
            .map(|i| format!("- Built the billing service number {i} for forty teams"))
            .collect()
    };
    let mut first: Vec<String> = [
        "EXPERIENCE",
        "Acme Corp",
        "Backend Engineer",
        "Jan 2020 - Present",
    ]
    .map(String::from)
    .to_vec();
    first.extend(bullets(1, 14));
    let mut second = bullets(15, 3);
    second.extend(["Globex", "Data Engineer", "Mar 2017 - Dec 2019"].map(String::from));
    second.extend(bullets(18, 12));
    let side1 = [
        "EDUCATION",
        "State University",
        "B.S. Computer Science",
        "2016",
        "SKILLS",
        "Go",
        "Rust",
        "SQL",
        "Kafka",
    ];
    let side2 = ["LANGUAGES", "English", "French", "Spanish", "German"];
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let (first, second) = (refs(&first), refs(&second));
    let file = pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
        ),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
        ),
        stream("", &page(&first, &side1)),
        stream("", &page(&second, &side2)),
        obj(crate::hostile::FONT),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = crate::util::write(dir.path(), "sidebar.pdf", &file);
    let text = extract(&path);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let at = |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap();
    assert!(at("number 14 ") < at("number 15 "), "{text}");
    assert!(at("number 29 ") < at("EDUCATION"), "{text}");
    assert!(at("SKILLS") < at("LANGUAGES"), "{text}");
    let (value, _) = crate::util::run_json([
        "parse".as_ref(),
        "-f".as_ref(),
        "json".as_ref(),
        path.as_os_str(),
    ]);
    let employers: Vec<&str> = value["work"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(employers, ["Acme Corp", "Globex"], "{text}");
}
