//! Source formats: the files people keep their resume in and edit.
//!
//! In: the bytes of a Markdown, LaTeX, Typst or JSON Resume file (and, for LaTeX,
//! its path, to follow `\input`). Out: a [`Document`](crate::extract::Document)
//! whose lines keep the source line (and file) they came from, with the
//! source text kept in [`Document::sources`](crate::extract::Document::sources)
//! so findings can point at `file:line:column`. Markup is stripped the way a
//! renderer would show the text; nothing here knows keywords or reports.

pub mod jsonresume;
pub mod latex;
pub mod markdown;
mod structured;
pub mod typst;
pub mod yaml;

use crate::extract::{Document, Source};

/// Link addresses a source keeps for the document's links; one with more
/// keeps its first ones.
const MAX_LINKS: usize = 256;

/// Keeps a link's address among a source's links, up to [`MAX_LINKS`].
pub(crate) fn keep_link(links: &mut Vec<String>, address: String) {
    if links.len() < MAX_LINKS && !address.is_empty() {
        links.push(address);
    }
}

/// A source file's document: one line per source line, the links its
/// markup points to, and the source text kept so that findings can point
/// at `file:line:column`.
fn document(source: String, lines: Vec<String>, links: Vec<String>) -> Document {
    let mut doc = Document::from_lines(lines);
    doc.links = links;
    doc.sources.push(Source {
        path: String::new(),
        text: source,
    });
    doc
}

/// Whether the first bytes of a LaTeX file start a document of its own
/// (`\documentclass` outside a comment) rather than a part that another
/// file `\input`s.
pub fn is_latex_document(head: &[u8]) -> bool {
    String::from_utf8_lossy(head).lines().any(|line| {
        let code = line.split('%').next().unwrap_or("");
        code.contains("\\documentclass") || code.contains("\\documentstyle")
    })
}

/// Whether the first bytes of a Typst file look like a document rather than
/// a template's functions: a heading at the start of a line, or a show
/// rule that applies a template to the rest (`#show: resume.with(`).
pub fn is_typst_document(head: &[u8]) -> bool {
    String::from_utf8_lossy(head).lines().any(|line| {
        let line = line.trim_start();
        (line.starts_with('=') && line.trim_start_matches('=').starts_with(' '))
            || line.replace(' ', "").starts_with("#show:")
    })
}

/// Whether the first bytes of a JSON file look like a resume: a key
/// `basics`, `work`, `education` or `experience` (a JSON Resume, or one in
/// a schema of its own, which [`jsonresume::extract`] reads by its keys).
pub fn is_json_resume(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    ["\"basics\"", "\"work\"", "\"education\"", "\"experience\""]
        .iter()
        .any(|key| {
            text.match_indices(key)
                .any(|(i, _)| text[i + key.len()..].trim_start().starts_with(':'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_told_from_a_part_of_one() {
        assert!(is_latex_document(b"% cv\n\\documentclass[11pt]{article}\n"));
        assert!(!is_latex_document(
            b"% \\documentclass{article}\n\\section{Work}\n"
        ));
        assert!(!is_latex_document(
            b"\\section{Experience}\n\\item Built APIs\n"
        ));
        assert!(is_json_resume(b"{\n  \"basics\" : {\"name\": \"Jane\"}}"));
        assert!(is_json_resume(b"{\"work\": []}"));
        assert!(!is_json_resume(
            b"{\"name\": \"ats\", \"version\": \"1.0.0\"}"
        ));
        assert!(!is_json_resume(b"[\"basics\", \"work\"]"));
        assert!(is_typst_document(b"#set page(margin: 1cm)\n= Jane Doe\n"));
        assert!(is_typst_document(
            b"#import \"t.typ\": *\n#show: resume.with(author: \"J\")\n"
        ));
        assert!(!is_typst_document(
            b"#let resume(author: \"\", body) = {\n  show heading: it => it\n  body\n}\n"
        ));
    }
}
