//! Parts of a zip (DOCX, ODT) read through caps, and the XML helpers both
//! readers share.
//!
//! The sizes a zip declares are never trusted: each part is read through a
//! decompressed-size cap, and all parts of one file share a budget, so a zip
//! bomb fails the same way on any machine (`too-large`).

use std::io::{Read, Seek};

use quick_xml::events::BytesStart;

use super::{ErrorCode, FileError};

/// Largest decompressed size of one part.
pub(crate) const PART_CAP: u64 = 64 << 20;
/// Largest decompressed size of all parts read from one file.
pub(crate) const TOTAL_CAP: u64 = 160 << 20;

/// A zip being read, with what is left of its budget.
pub(crate) struct Parts<R> {
    pub(crate) zip: zip::ZipArchive<R>,
    budget: u64,
    /// What the file is and what re-saves it, for messages ("DOCX", "Word").
    kind: &'static str,
    editor: &'static str,
}

impl<R: Read + Seek> Parts<R> {
    pub(crate) fn new(zip: zip::ZipArchive<R>, kind: &'static str, editor: &'static str) -> Self {
        Parts {
            zip,
            budget: TOTAL_CAP,
            kind,
            editor,
        }
    }

    /// Reads one part through the caps; `None` when it is absent. The part
    /// is inflated twice: once counted into nothing, so a bomb is refused
    /// before any memory is taken for it (the same way under any memory
    /// limit), then into a buffer of the counted size.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, FileError> {
        let cap = PART_CAP.min(self.budget);
        let Some(size) = self.inflate(name, |entry| {
            std::io::copy(&mut entry.take(cap + 1), &mut std::io::sink())
        })?
        else {
            return Ok(None);
        };
        if size > cap {
            return Err(FileError::new(
                ErrorCode::TooLarge,
                format!(
                    "{name} expands to more than {} MB (a zip bomb?); refusing to read it",
                    cap >> 20
                ),
            ));
        }
        let data = self.inflate(name, |entry| {
            let mut data = Vec::new();
            data.try_reserve_exact(size as usize)?;
            entry.take(size).read_to_end(&mut data)?;
            Ok(data)
        })?;
        if let Some(data) = &data {
            self.budget -= data.len() as u64;
        }
        Ok(data)
    }

    /// Opens part `name` and hands it to `read`; `None` when it is absent.
    fn inflate<T>(
        &mut self,
        name: &str,
        read: impl FnOnce(&mut zip::read::ZipFile<'_, R>) -> std::io::Result<T>,
    ) -> Result<Option<T>, FileError> {
        let (kind, editor) = (self.kind, self.editor);
        let mut entry = match self.zip.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(FileError::new(
                    ErrorCode::Corrupt,
                    format!("cannot open {name} in the {kind} ({e}); re-save the file in {editor}"),
                ));
            }
        };
        read(&mut entry).map(Some).map_err(|e| {
            FileError::new(
                ErrorCode::Corrupt,
                format!("damaged data in {name} ({e}); re-save the file in {editor}"),
            )
        })
    }
}

/// A name without its namespace prefix (`w:p` → `p`).
pub(crate) fn local(name: &str) -> &str {
    match name.rfind(':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Value of the attribute whose local name is `key` (any namespace prefix,
/// so Strict OOXML reads like Transitional).
pub(crate) fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}
