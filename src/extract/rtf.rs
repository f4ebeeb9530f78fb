//! RTF: being written.

use super::{Document, ErrorCode, FileError};

/// Reads the text of an RTF document.
pub fn extract(_bytes: &[u8]) -> Result<Document, FileError> {
    Err(FileError::new(
        ErrorCode::UnsupportedFormat,
        "an RTF document; save it as DOCX or PDF (File → Save As) and check that",
    ))
}
