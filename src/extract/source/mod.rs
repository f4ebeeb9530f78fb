//! Source formats: the files people keep their resume in and edit.
//!
//! In: the bytes of a Markdown, LaTeX or JSON Resume file (and, for LaTeX,
//! its path, to follow `\input`). Out: a [`Document`](crate::extract::Document)
//! whose lines keep the source line (and file) they came from, with the
//! source text kept in [`Document::sources`](crate::extract::Document::sources)
//! so findings can point at `file:line:column`. Markup is stripped the way a
//! renderer would show the text; nothing here knows keywords or reports.

pub mod jsonresume;
pub mod latex;
pub mod markdown;
