//! ODT (OpenDocument text): being written.

use super::{Document, ErrorCode, FileError};

/// Reads the text of an ODT.
pub fn extract(_bytes: &[u8]) -> Result<Document, FileError> {
    Err(FileError::new(
        ErrorCode::UnsupportedFormat,
        "an OpenDocument file (.odt); save it as DOCX or PDF and check that",
    ))
}
