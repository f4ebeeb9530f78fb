//! JSON Resume: the text of a `resume.json`, each piece on its source line.
//! (Being written; see issue 5.)

use super::{Document, ErrorCode, FileError};

/// Extracts the text of a JSON Resume document.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let _ = bytes;
    Err(FileError::new(
        ErrorCode::UnsupportedFormat,
        "JSON Resume is not read yet",
    ))
}
