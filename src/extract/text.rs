//! Plain text: decode bytes, split lines.
//!
//! In: bytes. Out: a [`Document`] whose line N is line N of the file.
//! Decoding: UTF-8 or UTF-16 with a byte-order mark, then UTF-8, then
//! Windows-1252 (what Notepad wrote for decades). NUL bytes or many control
//! characters mean the file is binary, not text.

use super::{Document, ErrorCode, FileError};

/// Decodes and splits a plain-text resume.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let text = decode(bytes)?;
    Ok(Document::from_lines(split_lines(&text)))
}

/// Decodes text bytes to a `String` (BOM-aware, UTF-8, then Windows-1252).
pub(crate) fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(binary());
        }
        return check_not_binary(text.into_owned());
    }
    if bytes.contains(&0) {
        return Err(binary());
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    };
    check_not_binary(text)
}

fn binary() -> FileError {
    FileError::new(
        ErrorCode::BinaryFile,
        "a binary file, not a resume format this tool reads; save the resume as PDF, DOCX or plain text",
    )
}

/// Rejects text that is mostly control characters (binary junk that happened
/// to decode).
fn check_not_binary(text: String) -> Result<String, FileError> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')) {
            control += 1;
        }
    }
    if total > 0 && control * 10 > total {
        return Err(binary());
    }
    Ok(text)
}

/// Splits on `\n`, `\r\n` and lone `\r`, keeping empty lines so that line
/// numbers match the file.
pub(crate) fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// Byte offset where each line of [`split_lines`] starts in `text`.
pub(crate) fn line_starts(text: &str) -> Vec<usize> {
    split_lines(text)
        .iter()
        .map(|line| line.as_ptr() as usize - text.as_ptr() as usize)
        .collect()
}

/// 0-based index of the line holding byte `offset`, given [`line_starts`].
pub(crate) fn line_index(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_boms_utf8_and_windows_1252() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("utf-8", "Zoë – Go".as_bytes(), "Zoë – Go"),
            ("utf-8 bom", b"\xEF\xBB\xBFJane", "Jane"),
            ("utf-16le bom", b"\xFF\xFEJ\0a\0n\0e\0", "Jane"),
            ("utf-16be bom", b"\xFE\xFF\0J\0a\0n\0e", "Jane"),
            (
                "windows-1252",
                b"Caf\xE9 \x96 \x93quoted\x94",
                "Café – “quoted”",
            ),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(*want), "{name}");
        }
    }

    #[test]
    fn decode_rejects_binary() {
        let err = decode(b"PK\0\0\x01\x02garbage").expect_err("NUL bytes");
        assert_eq!(err.code, ErrorCode::BinaryFile);
        let junk: Vec<u8> = (0u8..32).cycle().take(400).filter(|b| *b != 0).collect();
        assert_eq!(
            decode(&junk).map_err(|e| e.code),
            Err(ErrorCode::BinaryFile)
        );
    }

    #[test]
    fn split_lines_keeps_numbering_for_all_line_endings() {
        assert_eq!(split_lines("a\r\nb\rc\n\nd"), vec!["a", "b", "c", "", "d"]);
        assert_eq!(split_lines("a\n"), vec!["a"]);
        assert!(split_lines("").is_empty());
    }
}
