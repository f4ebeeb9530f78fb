//! Format detection: magic bytes first, then the extension.
//!
//! In: the first bytes of a file and its path. Out: the [`Format`] to extract
//! with, or a [`FileError`] that says what the file is and what to do with it.
//! Reads nothing but the given bytes.

use std::io::Cursor;
use std::path::Path;

use super::{ErrorCode, FileError, Format};

const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decides how to read `bytes`.
pub fn sniff(bytes: &[u8], path: &Path) -> Result<Format, FileError> {
    let head = &bytes[..bytes.len().min(1024)];
    if memchr_slice(head, b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes);
    }
    if bytes.starts_with(OLE2_MAGIC) {
        return Err(ole2_error(bytes));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Ok(Format::Rtf);
    }
    if let Some(kind) = image_kind(bytes) {
        return Err(unsupported(format!(
            "a {kind} image: an ATS cannot read text in pictures; submit the resume as DOCX or PDF with real text"
        )));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        // R Markdown and Quarto are Markdown with a front matter and
        // code chunks.
        "md" | "markdown" | "rmd" | "qmd" => Ok(Format::Markdown),
        "tex" | "ltx" | "xtx" => Ok(Format::Latex),
        "typ" => Ok(Format::Typst),
        "json" => Ok(Format::JsonResume),
        "yaml" | "yml" => Ok(Format::Yaml),
        "pdf" | "docx" => Err(FileError::new(
            ErrorCode::Corrupt,
            format!(
                "named .{ext} but it is not a {} file (no {} signature); re-export it",
                ext.to_ascii_uppercase(),
                if ext == "pdf" { "%PDF-" } else { "zip" }
            ),
        )),
        // Org mode's comments ("# -*- mode: org -*-") read as Markdown's
        // headings: a text named for its markup is read as that markup.
        "org" | "rst" | "rest" | "adoc" | "asciidoc" => Ok(Format::Text),
        _ if markdown_in_text(bytes) => Ok(Format::Markdown),
        _ => Ok(Format::Text),
    }
}

/// Markdown saved as plain text ("resume.txt" that opens "# Bill Wiens"
/// and heads its sections "# Experience", "## Mar 2015 - Present: …"): its
/// first line is an ATX heading and two more lines are, each with a blank
/// line under it (a script's comments run on line after line).
fn markdown_in_text(bytes: &[u8]) -> bool {
    let heading = |line: &[u8]| {
        let hashes = line.iter().take_while(|&&b| b == b'#').count();
        (1..=6).contains(&hashes)
            && line.get(hashes) == Some(&b' ')
            && line[hashes..].iter().any(u8::is_ascii_alphanumeric)
    };
    let blank = |line: &[u8]| line.iter().all(u8::is_ascii_whitespace);
    let lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    let headed = |i: usize| heading(lines[i]) && lines.get(i + 1).is_none_or(|l| blank(l));
    let Some(first) = lines.iter().position(|l| !blank(l)) else {
        return false;
    };
    headed(first)
        && (first + 1..lines.len())
            .filter(|&i| headed(i))
            .nth(1)
            .is_some()
}

fn unsupported(message: impl Into<String>) -> FileError {
    FileError::new(ErrorCode::UnsupportedFormat, message)
}

/// A zip is a DOCX only when it holds `word/document.xml`; say what else it is.
fn sniff_zip(bytes: &[u8]) -> Result<Format, FileError> {
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(e) => {
            return Err(FileError::new(
                ErrorCode::Corrupt,
                format!(
                    "a damaged zip/DOCX file ({e}); open and re-save it in Word, or export a PDF"
                ),
            ));
        }
    };
    if archive.index_for_name("word/document.xml").is_some() {
        return Ok(Format::Docx);
    }
    let has = |prefix: &str| {
        archive
            .file_names()
            .any(|name| name.is_ok_and(|n| n.starts_with(prefix)))
    };
    let what = if has("xl/") {
        "a spreadsheet (XLSX)"
    } else if has("ppt/") {
        "a presentation (PPTX)"
    } else if archive.index_for_name("content.xml").is_some() {
        return odf_kind(&mut archive);
    } else {
        "a zip archive"
    };
    Err(FileError::new(
        ErrorCode::NotDocx,
        format!("not a DOCX ({what}, no word/document.xml); save the resume as DOCX or PDF"),
    ))
}

/// An OpenDocument zip is read when its `mimetype` entry says text (or
/// says nothing); a spreadsheet or a presentation is named.
fn odf_kind(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<Format, FileError> {
    let mut mimetype = Vec::new();
    if let Ok(entry) = archive.by_name("mimetype") {
        // The entry is a few dozen bytes; more is not a mimetype.
        let _ = std::io::Read::read_to_end(&mut std::io::Read::take(entry, 128), &mut mimetype);
    }
    let mimetype = String::from_utf8_lossy(&mimetype);
    let what = match mimetype
        .trim()
        .strip_prefix("application/vnd.oasis.opendocument.")
    {
        None | Some("text" | "text-template") => return Ok(Format::Odt),
        Some(kind) if kind.starts_with("spreadsheet") => "an OpenDocument spreadsheet (.ods)",
        Some(kind) if kind.starts_with("presentation") => "an OpenDocument presentation (.odp)",
        Some(_) => "an OpenDocument file that is not text",
    };
    Err(unsupported(format!(
        "{what}; save the resume as ODT, DOCX or PDF"
    )))
}

/// OLE2 compound files are legacy Word documents or password-protected OOXML.
fn ole2_error(bytes: &[u8]) -> FileError {
    // Stream names are stored in UTF-16LE in the directory entries.
    let encrypted_package = utf16le("EncryptedPackage");
    if memchr_slice(bytes, &encrypted_package) {
        return FileError::new(
            ErrorCode::Encrypted,
            "a password-protected Office document; remove the password (Word: File → Info → Protect Document) and save again, or export a PDF",
        );
    }
    if memchr_slice(bytes, &utf16le("WordDocument")) {
        return FileError::new(
            ErrorCode::LegacyDoc,
            "a legacy Word 97-2003 document (.doc); open it in Word or LibreOffice and save as .docx or PDF",
        );
    }
    FileError::new(
        ErrorCode::UnsupportedFormat,
        "a legacy Office file (OLE2); save the resume as DOCX or PDF",
    )
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("PNG")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("JPEG")
    } else if bytes.starts_with(b"GIF8") {
        Some("GIF")
    } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        Some("TIFF")
    } else {
        None
    }
}

fn memchr_slice(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniffed(bytes: &[u8], name: &str) -> Result<Format, ErrorCode> {
        sniff(bytes, Path::new(name)).map_err(|e| e.code)
    }

    #[test]
    fn sniff_uses_magic_bytes_before_extension() {
        type Case<'a> = (&'a str, &'a [u8], &'a str, Result<Format, ErrorCode>);
        let cases: &[Case<'_>] = &[
            ("pdf magic", b"%PDF-1.7\n...", "resume.txt", Ok(Format::Pdf)),
            ("pdf after junk", b"\r\n\r\n%PDF-1.4", "x", Ok(Format::Pdf)),
            (
                "text",
                b"Jane Doe\nEngineer",
                "resume.txt",
                Ok(Format::Text),
            ),
            (
                "markdown by extension",
                b"# Jane",
                "cv.md",
                Ok(Format::Markdown),
            ),
            (
                "quarto is markdown",
                b"---\ntitle: Resume\n---\n\n## Experiences\n",
                "resume.qmd",
                Ok(Format::Markdown),
            ),
            (
                "r markdown is markdown",
                b"---\ntitle: CV\n---\n\n# Education\n",
                "cv.Rmd",
                Ok(Format::Markdown),
            ),
            ("no extension is text", b"Jane", "resume", Ok(Format::Text)),
            (
                "markdown saved as text",
                b"# Bill Wiens\n\nbill@example.com\n\n# Experience\n\n## 2015 - Present: Engineer at *Acme*\n",
                "resume.txt",
                Ok(Format::Markdown),
            ),
            (
                "org mode's comments are no markdown headings",
                b"# -*- mode: org -*-\n\n#+TITLE: Resume\n\n# Ensure room\n\n# +LATEX_HEADER: x\n\n* Work\n",
                "resume.org",
                Ok(Format::Text),
            ),
            (
                "a script's comments are not markdown",
                b"# The resume's data\n# written once\n# Read it with care\nimport sys\n",
                "resume.py",
                Ok(Format::Text),
            ),
            (
                "one heading is not markdown",
                b"# Bill Wiens\nbill@example.com\n#1 in sales\n## \n",
                "resume.txt",
                Ok(Format::Text),
            ),
            ("rtf", b"{\\rtf1\\ansi", "cv.txt", Ok(Format::Rtf)),
            (
                "png",
                b"\x89PNG\r\n\x1a\n....",
                "cv.pdf",
                Err(ErrorCode::UnsupportedFormat),
            ),
            ("fake pdf", b"hello", "cv.pdf", Err(ErrorCode::Corrupt)),
            (
                "latex",
                b"\\documentclass{article}",
                "cv.tex",
                Ok(Format::Latex),
            ),
            (
                "json resume",
                b"{\"basics\": {}}",
                "resume.json",
                Ok(Format::JsonResume),
            ),
        ];
        for (name, bytes, file, want) in cases {
            assert_eq!(sniffed(bytes, file), *want, "{name}");
        }
    }

    #[test]
    fn sniff_ole2_says_legacy_or_encrypted() {
        let mut doc = OLE2_MAGIC.to_vec();
        doc.extend(vec![0; 100]);
        doc.extend(utf16le("WordDocument"));
        assert_eq!(sniffed(&doc, "a.doc"), Err(ErrorCode::LegacyDoc));

        let mut enc = OLE2_MAGIC.to_vec();
        enc.extend(utf16le("EncryptionInfo"));
        enc.extend(utf16le("EncryptedPackage"));
        assert_eq!(sniffed(&enc, "a.docx"), Err(ErrorCode::Encrypted));
    }

    #[test]
    fn sniff_zip_without_document_xml_is_not_docx() {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut w = zip::ZipWriter::new(&mut buf);
            w.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
                .expect("zip entry");
            w.finish().expect("zip");
        }
        let err = sniff(buf.get_ref(), Path::new("cv.docx")).expect_err("xlsx");
        assert_eq!(err.code, ErrorCode::NotDocx);
        assert!(err.message.contains("spreadsheet"), "{}", err.message);
    }
}
