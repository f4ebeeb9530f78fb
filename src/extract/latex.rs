//! LaTeX: macros stripped, the text of their arguments kept, on its source
//! line. (Being written; see issue 5.)

use std::path::Path;

use super::text::decode;
use super::{Document, FileError, Source};

/// Extracts the text of a LaTeX resume. With `path`, `\input` and
/// `\include` of sibling files are followed (each read with `max_size`).
pub fn extract(bytes: &[u8], path: Option<&Path>, max_size: u64) -> Result<Document, FileError> {
    let _ = max_size;
    let source = decode(bytes)?;
    let mut doc = Document::from_lines(source.lines());
    doc.sources.push(Source {
        path: path.map(|p| p.display().to_string()).unwrap_or_default(),
        text: source,
    });
    Ok(doc)
}
