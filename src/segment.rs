//! Segmentation: normalized lines → sections and bullets.
//!
//! In: a [`NormText`]. Out: [`Segments`]: the section of every line (from the
//! last standard heading above it), the headings found, and the bullets with
//! their wrapped continuation lines joined.
//!
//! A heading is a line that, apart from punctuation and case, is one of the
//! common names of a resume section ("Work Experience", "TECHNICAL SKILLS",
//! "Licenses & Certifications:"). A bullet is a line that starts with a bullet
//! mark (`•`, `◦`, `▪`, `-`, `*`, `–`, a private-use glyph such as Word's
//! U+F0B7, ...) or with a number and a dot. Pure: no I/O.

use crate::normalize::NormText;
pub use crate::vocab::Section;
use crate::vocab::{bullet_body, heading_section};

/// A bullet point with its wrapped lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bullet {
    /// Index of the line with the bullet mark.
    pub line: usize,
    /// Index of the last continuation line.
    pub last_line: usize,
    /// The text without the mark, continuation lines joined by spaces.
    pub text: String,
    pub section: Section,
}

/// Sections, headings and bullets of a document.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// The section of each line, by line index.
    pub sections: Vec<Section>,
    /// Heading lines: (line index, section opened).
    pub headings: Vec<(usize, Section)>,
    pub bullets: Vec<Bullet>,
}

impl Segments {
    /// Whether a heading of this section was found.
    pub fn has_section(&self, section: Section) -> bool {
        self.headings.iter().any(|(_, s)| *s == section)
    }
}

/// Words that, ending a line, say the sentence goes on below.
const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
    "the", "to", "via", "while", "with", "across",
];

/// Whether `next` continues the bullet whose text so far is `previous`. The
/// caller has already ruled out that `next` is a heading or a bullet.
fn continues(previous: &str, next: &str) -> bool {
    let next = next.trim_start();
    if next.is_empty() {
        return false;
    }
    if next.starts_with(|c: char| c.is_lowercase()) {
        return true;
    }
    let previous = previous.trim_end();
    if previous.ends_with([',', ';', '-', '&', '(', '/']) {
        return true;
    }
    let last_word = previous.rsplit(' ').next().unwrap_or("");
    CONTINUING_WORDS.contains(&last_word.to_lowercase().as_str())
}

/// Splits normalized text into sections and bullets.
pub fn segment(text: &NormText) -> Segments {
    let mut sections = Vec::with_capacity(text.lines.len());
    let mut headings = Vec::new();
    let mut bullets: Vec<Bullet> = Vec::new();
    let mut current = Section::Top;
    // Index into `bullets` of the bullet that may continue on the next line.
    let mut open: Option<usize> = None;
    for (i, line) in text.lines.iter().enumerate() {
        if let Some(section) = heading_section(&line.text) {
            current = section;
            headings.push((i, section));
            sections.push(section);
            open = None;
            continue;
        }
        sections.push(current);
        if let Some(body) = bullet_body(&line.text) {
            bullets.push(Bullet {
                line: i,
                last_line: i,
                text: body.trim_end().to_owned(),
                section: current,
            });
            open = Some(bullets.len() - 1);
            continue;
        }
        match open {
            Some(b) if continues(&bullets[b].text, &line.text) => {
                let bullet = &mut bullets[b];
                bullet.text.push(' ');
                bullet.text.push_str(line.text.trim());
                bullet.last_line = i;
            }
            _ => open = None,
        }
    }
    Segments {
        sections,
        headings,
        bullets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;

    fn segments(lines: &[&str]) -> Segments {
        segment(&normalize(&Document::from_lines(lines.iter().copied())))
    }

    #[test]
    fn segment_assigns_sections_and_joins_wrapped_bullets() {
        let s = segments(&[
            "Jane Doe",
            "EXPERIENCE",
            "Acme Corp, Backend Engineer",
            "• Cut API latency by",
            "40% with Redis caching",
            "• Led a team of 6 engineers",
            "Globex, Intern",
            "S K I L L S",
            "- Go, SQL",
        ]);
        assert_eq!(s.sections[0], Section::Top);
        assert_eq!(s.sections[2], Section::Experience);
        assert_eq!(s.sections[8], Section::Skills);
        assert_eq!(
            s.headings,
            vec![(1, Section::Experience), (7, Section::Skills)]
        );
        let texts: Vec<(&str, usize, Section)> = s
            .bullets
            .iter()
            .map(|b| (b.text.as_str(), b.line, b.section))
            .collect();
        assert_eq!(
            texts,
            vec![
                (
                    "Cut API latency by 40% with Redis caching",
                    3,
                    Section::Experience
                ),
                ("Led a team of 6 engineers", 5, Section::Experience),
                ("Go, SQL", 8, Section::Skills),
            ]
        );
        assert_eq!(s.bullets[0].last_line, 4);
    }
}
