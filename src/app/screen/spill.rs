//! The anonymous file that holds reports until they are ranked, so memory
//! stays flat however many files a batch has.
//!
//! A report is stored with the parts its JSON does not show
//! ([`report::encode`]), and read back as the same typed [`Report`]:
//! storage, not a format any printer sees.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::FileExt;

use crate::report::{self, Report};

/// A report as the spill file stores it (with its detail); done by the pool
/// threads, so the collector only writes bytes.
pub(super) fn encode(report: &Report) -> io::Result<Vec<u8>> {
    Ok(report::encode(std::slice::from_ref(report))?)
}

/// Where a report sits in the spill file.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Span {
    offset: u64,
    len: usize,
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
        report::decode(&buf)?
            .pop()
            .ok_or_else(|| io::Error::other("an empty entry in the spill file"))
    }
}
