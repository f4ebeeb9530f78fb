//! The anonymous file that holds reports until they are ranked, so memory
//! stays flat however many files a batch has.
//!
//! A report is stored as JSON with the parts its JSON does not show
//! ([`Detail`]), and read back as the same typed [`Report`]: storage, not a
//! format any printer sees.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::FileExt;

use serde::{Deserialize, Serialize};

use crate::report::{Detail, Report};

/// Where a report sits in the spill file.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Span {
    offset: u64,
    len: usize,
}

/// A report as stored.
#[derive(Deserialize)]
struct Stored {
    report: Report,
    detail: Detail,
}

/// [`Stored`], to write.
#[derive(Serialize)]
struct StoredRef<'a> {
    report: &'a Report,
    detail: &'a Detail,
}

/// A report as the spill file stores it; done by the pool threads, so the
/// collector only writes bytes.
pub(super) fn encode(report: &Report) -> io::Result<Vec<u8>> {
    let stored = StoredRef {
        report,
        detail: &report.detail,
    };
    Ok(serde_json::to_vec(&stored)?)
}

pub(super) struct Spill {
    writer: BufWriter<File>,
    end: u64,
}

impl Spill {
    pub(super) fn new() -> io::Result<Spill> {
        Ok(Spill {
            writer: BufWriter::new(tempfile::tempfile()?),
            end: 0,
        })
    }

    /// Stores a report [`encode`]d; where it is.
    pub(super) fn push(&mut self, bytes: &[u8]) -> io::Result<Span> {
        self.writer.write_all(bytes)?;
        let span = Span {
            offset: self.end,
            len: bytes.len(),
        };
        self.end += bytes.len() as u64;
        Ok(span)
    }

    /// The report stored at `span`.
    pub(super) fn read(&mut self, span: Span) -> io::Result<Report> {
        self.writer.flush()?;
        let mut buf = vec![0; span.len];
        self.writer.get_ref().read_exact_at(&mut buf, span.offset)?;
        let stored: Stored = serde_json::from_slice(&buf)?;
        let mut report = stored.report;
        report.detail = stored.detail;
        Ok(report)
    }
}
