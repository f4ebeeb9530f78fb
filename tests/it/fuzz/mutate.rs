//! Seeded mutations: the same seed and case number give the same bytes on
//! every machine, so any finding is reproduced by its two numbers.
//!
//! Bytes are mutated blindly (flips, cuts, splices, repeats) and, where the
//! format has a structure a blind flip rarely reaches, through it: a DOCX's
//! XML parts are mutated inside the ZIP and the ZIP rebuilt; a PDF's
//! numbers, names and stream lengths are changed as tokens; text formats get
//! the characters and commands their parsers branch on.

use std::io::{Cursor, Read, Write};

use fastrand::Rng;

/// Values that sit on the edges parsers check.
const INTERESTING: &[&[u8]] = &[
    b"0",
    b"-1",
    b"4294967295",
    b"2147483648",
    b"99999999999999999999",
    b"1e308",
    b"NaN",
    b"\0",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xe2\x80\xae",
];

/// What a PDF parser branches on.
const PDF_TOKENS: &[&[u8]] = &[
    b" R ",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"\\",
    b"/Length 0",
    b"/Length 999999",
    b"/Filter /FlateDecode",
    b"/Filter /LZWDecode",
    b"/Type /ObjStm",
    b"/Type /XRef",
    b"/Parent 1 0 R",
    b"/Kids [3 0 R 3 0 R]",
    b"/Encoding /Identity-H",
    b"/ToUnicode 4 0 R",
    b"/Widths [ ]",
    b"/FirstChar 4294967295",
    b"BT",
    b"ET",
    b" Tj ",
    b" TJ ",
    b" Td ",
    b" Tm ",
    b" cm ",
    b" q ",
    b" Q ",
    b" Do ",
    b"endstream",
    b"endobj",
    b"startxref\n0\n",
    b"%%EOF",
];

/// What the source readers branch on (LaTeX, Markdown, Typst, JSON, text).
const SOURCE_TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"\\",
    b"%",
    b"$",
    b"&",
    b"#1",
    b"\\input{",
    b"\\input{../../etc/passwd}",
    b"\\include{/proc/self/environ}",
    b"\\newcommand{\\x}{\\x}",
    b"\\def\\a{\\a\\a}",
    b"\\begin{itemize}",
    b"\\end{itemize}",
    b"\\item ",
    b"\\section{",
    b"\\href{",
    b"\\verb|",
    b"\\begin{verbatim}",
    b"\\\\",
    b"\n\n",
    b"\r",
    b"\t",
    b"|",
    b"| --- |",
    b"```",
    b"# ",
    b"- ",
    b"1. ",
    b"> ",
    b"<!--",
    b"<div>",
    b"[",
    b"](",
    b"*",
    b"_",
    b"\"",
    b":",
    b",",
    b"null",
    b"[[[[[[[[",
    b"{\"basics\":",
    b"\"work\": [",
    // YAML: anchors and aliases, tags, block scalars, flow collections,
    // documents, complex keys.
    b"&a ",
    b"*a",
    b"!!binary ",
    b"!include ",
    b"|\n",
    b">-\n",
    b"? ",
    b"---\n",
    b"...\n",
    b"{a: [b, {c: d}]}",
    b"\n  - ",
    b"\\u0000",
    b"\\ud800",
    b"Python",
    b"Kubernetes",
    b"increased revenue by 40%",
    b"EXPERIENCE",
    b"#let x = ",
    b"#show: resume.with(",
    b"#work(title: \"",
    b"#h(1fr)",
    b"#link(\"",
    b")[",
    b"= ",
    b"/ ",
    b"--",
];

/// Applies one to four mutations chosen by `rng` to `seed`, knowing its
/// file extension.
pub(crate) fn mutate(rng: &mut Rng, seed: &[u8], ext: &str, others: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seed.to_vec();
    // Four DOCX cases in five mutate only inside the ZIP's parts: one blind
    // byte in the ZIP makes the rest of the stack unreachable.
    let inside_zip = matches!(ext, "docx" | "odt") && rng.u8(..5) != 0;
    for _ in 0..rng.usize(1..=4) {
        data = match ext {
            "docx" | "odt" if inside_zip => docx_part(rng, &data, others).unwrap_or(data),
            // Most PDF mutations keep every byte offset, so the
            // cross-reference table still points at the objects and the
            // mutation reaches the object and content parsers.
            "pdf" => match rng.u8(..8) {
                0..=2 => pdf_stream(rng, data.clone()).unwrap_or(data),
                3 => overwrite(rng, data, PDF_TOKENS),
                4 => pdf_number(rng, data),
                5 => flip(rng, data),
                6 => token(rng, data, PDF_TOKENS),
                _ => bytes(rng, data, others),
            },
            "tex" | "md" | "json" | "yaml" | "txt" | "toml" if rng.bool() => {
                token(rng, data, SOURCE_TOKENS)
            }
            _ => bytes(rng, data, others),
        };
    }
    data
}

/// A blind byte-level mutation.
fn bytes(rng: &mut Rng, mut data: Vec<u8>, others: &[Vec<u8>]) -> Vec<u8> {
    if data.is_empty() {
        data.push(rng.u8(..));
        return data;
    }
    let at = rng.usize(..data.len());
    match rng.u8(..8) {
        0 => {
            let bit = rng.u8(..8);
            data[at] ^= 1 << bit;
        }
        1 => data[at] = rng.u8(..),
        2 => {
            let end = (at + rng.usize(1..=64)).min(data.len());
            data.drain(at..end);
        }
        3 => {
            // Repeat a span: long lines, deep nesting, many hits.
            let end = (at + rng.usize(1..=256)).min(data.len());
            let span = data[at..end].to_vec();
            let times = if rng.u8(..16) == 0 {
                2000
            } else {
                rng.usize(1..=16)
            };
            let tail = data.split_off(end);
            for _ in 0..times {
                data.extend_from_slice(&span);
            }
            data.extend_from_slice(&tail);
        }
        4 => data.truncate(at),
        5 => {
            let value = INTERESTING[rng.usize(..INTERESTING.len())];
            data.splice(at..at, value.iter().copied());
        }
        6 => {
            // Splice in a piece of another seed of any format.
            if let Some(other) = pick(rng, others)
                && !other.is_empty()
            {
                let from = rng.usize(..other.len());
                let end = (from + rng.usize(1..=1024)).min(other.len());
                data.splice(at..at, other[from..end].iter().copied());
            }
        }
        _ => {
            let end = (at + rng.usize(1..=8)).min(data.len());
            for b in &mut data[at..end] {
                *b = rng.u8(..);
            }
        }
    }
    data
}

/// Inserts, or overwrites with, a token the format's parser branches on.
fn token(rng: &mut Rng, mut data: Vec<u8>, tokens: &[&[u8]]) -> Vec<u8> {
    let token = tokens[rng.usize(..tokens.len())];
    let at = if data.is_empty() {
        0
    } else {
        rng.usize(..=data.len())
    };
    if rng.bool() || at == data.len() {
        let times = if rng.u8(..32) == 0 {
            rng.usize(100..=5000)
        } else {
            1
        };
        let insert: Vec<u8> = token.repeat(times);
        data.splice(at..at, insert);
    } else {
        let end = (at + token.len()).min(data.len());
        data.splice(at..end, token.iter().copied());
    }
    data
}

/// Overwrites bytes with a token, keeping the length.
fn overwrite(rng: &mut Rng, mut data: Vec<u8>, tokens: &[&[u8]]) -> Vec<u8> {
    let token = tokens[rng.usize(..tokens.len())];
    if data.len() > token.len() {
        let at = rng.usize(..data.len() - token.len());
        data[at..at + token.len()].copy_from_slice(token);
    }
    data
}

/// Flips one bit, keeping the length.
fn flip(rng: &mut Rng, mut data: Vec<u8>) -> Vec<u8> {
    if !data.is_empty() {
        let at = rng.usize(..data.len());
        data[at] ^= 1 << rng.u8(..8);
    }
    data
}

/// Mutates the content of one stream whose `/Length` is written in its
/// dictionary: inflated, mutated with content-stream operators, deflated
/// again and written back in its place when it still fits (the rest padded
/// with newlines after the end of the compressed data), so no offset moves.
fn pdf_stream(rng: &mut Rng, mut data: Vec<u8>) -> Option<Vec<u8>> {
    let starts: Vec<usize> = find_all(&data, b"stream")
        .filter(|&i| !data[..i].ends_with(b"end"))
        .collect();
    let at = *pick(rng, &starts)?;
    let mut begin = at + b"stream".len();
    if data.get(begin) == Some(&b'\r') {
        begin += 1;
    }
    if data.get(begin) == Some(&b'\n') {
        begin += 1;
    }
    // The `/Length` of this stream's dictionary: the last one before it.
    let dict = &data[at.saturating_sub(2048)..at];
    let key = find_all(dict, b"/Length").last()?;
    let digits: Vec<u8> = dict[key + b"/Length".len()..]
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    let rest = &dict[key + b"/Length".len()..];
    let after = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .skip(digits.len())
        .take(4)
        .copied()
        .collect::<Vec<u8>>();
    if after.starts_with(b" 0 R") {
        return None; // an indirect length
    }
    let length: usize = std::str::from_utf8(&digits).ok()?.parse().ok()?;
    let end = begin.checked_add(length)?;
    let raw = data.get(begin..end)?.to_vec();
    let flated = dict[key..].windows(11).any(|w| w == b"FlateDecode");
    let mut content = if flated {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(raw.as_slice())
            .take(1 << 22)
            .read_to_end(&mut out)
            .ok()?;
        out
    } else {
        raw.clone()
    };
    for _ in 0..rng.usize(1..=3) {
        content = if rng.bool() {
            token(rng, content, CONTENT_TOKENS)
        } else {
            bytes(rng, content, &[])
        };
    }
    let mut packed = if flated {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&content).ok()?;
        z.finish().ok()?
    } else {
        content
    };
    if packed.len() > length {
        return None;
    }
    packed.resize(length, b'\n');
    data[begin..end].copy_from_slice(&packed);
    Some(data)
}

/// What a content-stream parser and the text layout branch on.
const CONTENT_TOKENS: &[&[u8]] = &[
    b" BT ",
    b" ET ",
    b" Tj ",
    b" TJ ",
    b" ' ",
    b" Td ",
    b" TD ",
    b" Tm ",
    b" T* ",
    b" Tf ",
    b" TL ",
    b" Tz ",
    b" Ts ",
    b" cm ",
    b" q ",
    b" Q ",
    b" Do ",
    b" 0 0 0 0 0 0 Tm ",
    b" 1e30 0 0 1e30 0 0 cm ",
    b" -99999 99999 Td ",
    b" /F1 0 Tf ",
    b" /F99 12 Tf ",
    b" [(A) -99999 (B)] TJ ",
    b" (\\(\\)) Tj ",
    b" <FEFF00410042> Tj ",
    b" <00> Tj ",
    b" [[[[[[[[[[ ",
    b" << /A << /B << ",
    b" BI /W 1 /H 1 ID \xff EI ",
    b" 3 Tr ",
    b" 1 0 0 1 306 0 Tm ",
];

fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    hay.windows(needle.len())
        .enumerate()
        .filter(move |(_, w)| *w == needle)
        .map(|(i, _)| i)
}

/// Changes one run of ASCII digits in a PDF (an object number, a length,
/// an offset, a coordinate) to a value on an edge.
fn pdf_number(rng: &mut Rng, mut data: Vec<u8>) -> Vec<u8> {
    if data.is_empty() {
        return data;
    }
    let start = rng.usize(..data.len());
    let Some(at) = data[start..].iter().position(u8::is_ascii_digit) else {
        return data;
    };
    let at = start + at;
    let end = at + data[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let value: &[u8] = match rng.u8(..5) {
        0 => b"0",
        1 => b"1",
        2 => b"4294967296",
        3 => b"99999",
        _ => INTERESTING[rng.usize(..INTERESTING.len())],
    };
    data.splice(at..end, value.iter().copied());
    data
}

/// Mutates one part of a ZIP (most often an XML part) and rebuilds the ZIP,
/// so the mutation reaches the XML reader rather than the ZIP checksum.
fn docx_part(rng: &mut Rng, data: &[u8], others: &[Vec<u8>]) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).ok()?;
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).ok()?;
        let mut body = Vec::new();
        file.read_to_end(&mut body).ok()?;
        parts.push((file.name().ok()?.into_owned(), body));
    }
    if parts.is_empty() {
        return None;
    }
    let xml: Vec<usize> = (0..parts.len())
        .filter(|&i| parts[i].0.ends_with(".xml") || parts[i].0.ends_with(".rels"))
        .collect();
    let chosen = if !xml.is_empty() && rng.u8(..4) != 0 {
        // document.xml most of the time: it holds the text.
        xml.iter()
            .copied()
            .find(|&i| parts[i].0 == "word/document.xml" && rng.bool())
            .unwrap_or_else(|| xml[rng.usize(..xml.len())])
    } else {
        rng.usize(..parts.len())
    };
    let body = std::mem::take(&mut parts[chosen].1);
    parts[chosen].1 = if rng.bool() {
        token(rng, body, XML_TOKENS)
    } else {
        bytes(rng, body, others)
    };
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in &parts {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        out.start_file(name.as_str(), options).ok()?;
        out.write_all(body).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

/// What the DOCX XML reader branches on.
const XML_TOKENS: &[&[u8]] = &[
    b"<w:p>",
    b"</w:p>",
    b"<w:r><w:t>",
    b"</w:t></w:r>",
    b"<w:tab/>",
    b"<w:br/>",
    b"<w:vanish/>",
    b"<w:tbl><w:tr><w:tc>",
    b"<w:txbxContent>",
    b"<w:numPr><w:ilvl w:val=\"9999\"/><w:numId w:val=\"-1\"/></w:numPr>",
    b"<w:hyperlink r:id=\"rId999\">",
    b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
    b"&a;",
    b"&#0;",
    b"&#xFFFFFFFF;",
    b"<![CDATA[",
    b"]]>",
    b"<?xml version=\"1.0\"?>",
    b"<",
    b">",
    b"\"",
];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> Option<&'a T> {
    (!items.is_empty()).then(|| &items[rng.usize(..items.len())])
}
