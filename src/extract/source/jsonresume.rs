//! JSON Resume: a `resume.json` read as the resume a theme would print.
//!
//! In: bytes of a JSON Resume file (the jsonresume.org schema v1.0.0, plus the
//! older keys `company` and `gpa`). Out: a [`Document`] of
//! synthetic lines in reading order: name, label and contact line on top,
//! then for each non-empty section a heading line the segmenter knows
//! ("Summary", "Experience", "Projects", "Skills", "Education", ...) and its
//! entries: a title line ("position | company | dates"), summary lines, one
//! `• ` line per highlight, and an empty line after each entry so that no
//! bullet runs on into the next entry. Each line carries the line of the JSON
//! file its text sits on (a title or list line: the line of its first piece),
//! so findings point at what the author edits. URLs, profiles, pictures and
//! skill levels are left out: an ATS scores none of them. A text line that
//! the segmenter would take for a heading (a skill named "Tools") is written
//! as a bullet, so the synthetic resume has only the headings written here.
//!
//! Syntax is strict JSON, as `JSON.parse` and the JSON Resume tools read it.
//! Positions come from serde_json's `RawValue`: each value is a slice of the
//! decoded text, so its offset in that text gives its line. The first pass
//! checks the whole file without recursion (deep nesting cannot overflow the
//! stack); values are then decoded one level at a time as the schema is
//! walked, so nothing below a resume's few levels is ever decoded. Wrong types
//! are tolerated: a number where text goes is kept as written, a string where
//! a list goes is a list of one, anything else is skipped.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::extract::text::{decode, line_index, line_starts, split_lines};
use crate::extract::{
    Document, ErrorCode, FileError, Line, Origin, Source, Stated, StatedJob, StatedSchool,
    line_number,
};
use crate::vocab::{bullet_body, heading_section};

/// Top-level keys of which a JSON object needs one to be read as a resume.
const RESUME_KEYS: &[&str] = &["basics", "work", "education", "skills", "projects"];

/// Extracts the text of a JSON Resume document.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let source = decode(bytes)?;
    let (lines, stated) = render(&source)?;
    Ok(Document {
        lines,
        stated,
        pages: None,
        hidden: Vec::new(),
        layout: None,
        sources: vec![Source {
            path: String::new(),
            text: source,
        }],
        unread: Vec::new(),
        links: Vec::new(),
    })
}

/// Checks the syntax, then writes the resume's lines; with them, its
/// education entries as stated.
fn render(source: &str) -> Result<(Vec<Line>, Stated), FileError> {
    let root: &RawValue = serde_json::from_str(source).map_err(|e| syntax_error(source, &e))?;
    let root = Val(root);
    if root.first() != b'{' {
        return Err(not_a_resume());
    }
    // Valid syntax, so this fails only on a key that is no text (a lone
    // UTF-16 surrogate escape). Parsed from `source` itself, not the root's
    // slice, so that serde_json's position counts from the file's start.
    let resume = serde_json::from_str(source)
        .map(Obj)
        .map_err(|e| syntax_error(source, &e))?;
    if !RESUME_KEYS.iter().any(|k| resume.0.contains_key(*k)) {
        return Err(not_a_resume());
    }

    let mut w = Writer::new(source);
    w.basics(resume.get("basics"));
    w.section("Experience", resume.get("work"), true, Writer::work);
    w.section(
        "Volunteer Experience",
        resume.get("volunteer"),
        true,
        Writer::volunteer,
    );
    w.section("Projects", resume.get("projects"), true, Writer::project);
    w.section("Skills", resume.get("skills"), false, Writer::skill);
    w.section(
        "Education",
        resume.get("education"),
        true,
        Writer::education,
    );
    w.section(
        "Certifications",
        resume.get("certificates"),
        false,
        Writer::certificate,
    );
    w.section("Awards", resume.get("awards"), true, Writer::award);
    w.section(
        "Publications",
        resume.get("publications"),
        true,
        Writer::publication,
    );
    w.section(
        "Languages",
        resume.get("languages"),
        false,
        Writer::language,
    );
    w.section(
        "Interests",
        resume.get("interests"),
        false,
        Writer::interest,
    );
    w.section(
        "References",
        resume.get("references"),
        true,
        Writer::reference,
    );
    while w.lines.last().is_some_and(|l| l.text.is_empty()) {
        w.lines.pop();
    }
    Ok((w.lines, w.stated))
}

/// A piece's text, as a structured field states it.
fn text_of(piece: &Option<Piece>) -> Option<String> {
    piece.as_ref().map(|p| p.text.clone())
}

fn not_a_resume() -> FileError {
    FileError::new(
        ErrorCode::UnsupportedFormat,
        "a JSON file that is not a JSON Resume (no basics, work or education); check the PDF built from it instead",
    )
}

/// A syntax error with its line as the document numbers lines and its column
/// in characters.
fn syntax_error(source: &str, err: &serde_json::Error) -> FileError {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let mut reason = full.strip_suffix(&suffix).unwrap_or(&full);
    let offset = error_offset(source, err.line(), err.column());
    // The check that validates the whole file skips values without decoding
    // them and so says "expected value" (or "key must be a string") at the
    // `]` or `}` after a trailing comma, the most common slip in a
    // hand-edited file; name it.
    if source[offset..].starts_with([']', '}']) && source[..offset].trim_end().ends_with(',') {
        reason = "trailing comma";
    }
    let (line, column) = position(source, offset);
    FileError::new(
        ErrorCode::Corrupt,
        format!(
            "invalid JSON at line {line}, column {column}: {reason}; fix the syntax (a JSON linter shows where)"
        ),
    )
}

/// Byte offset of serde_json's position (lines ended by `\n` only, 1-based
/// byte columns), on a character boundary.
fn error_offset(source: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => source
            .match_indices('\n')
            .nth(n - 2)
            .map_or(source.len(), |(i, _)| i + 1),
    };
    let mut offset = (line_start + column.saturating_sub(1)).min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The 1-based line of a byte offset as the document numbers lines (a lone
/// `\r` ends a line too, as in [`split_lines`]) and its 1-based column in
/// characters.
fn position(source: &str, offset: usize) -> (u32, usize) {
    let starts = line_starts(source);
    let index = line_index(&starts, offset);
    let start = starts.get(index).copied().unwrap_or(0).min(offset);
    (
        line_number(index),
        source[start..offset].chars().count() + 1,
    )
}

/// One JSON value, still undecoded: a slice of the source text.
#[derive(Clone, Copy)]
struct Val<'a>(&'a RawValue);

impl<'a> Val<'a> {
    fn raw(self) -> &'a str {
        self.0.get()
    }

    /// The first byte, which tells the type (a raw value is never empty and
    /// starts at its first character).
    fn first(self) -> u8 {
        self.raw().as_bytes().first().copied().unwrap_or(b'n')
    }

    fn object(self) -> Option<Obj<'a>> {
        if self.first() == b'{' {
            serde_json::from_str(self.raw()).map(Obj).ok()
        } else {
            None
        }
    }

    /// The elements of an array, or the value itself: a lone object or string
    /// where a list goes is read as a list of one.
    fn items(self) -> Vec<Val<'a>> {
        if self.first() == b'[' {
            serde_json::from_str::<Vec<&'a RawValue>>(self.raw())
                .map(|v| v.into_iter().map(Val).collect())
                .unwrap_or_default()
        } else {
            vec![self]
        }
    }

    /// A string, or a number as written (so `1e999` or a long phone number
    /// survive); `None` for anything else.
    fn scalar(self) -> Option<String> {
        match self.first() {
            // Only a lone surrogate escape fails here; such a string is skipped.
            b'"' => serde_json::from_str(self.raw()).ok(),
            b'-' | b'0'..=b'9' => Some(self.raw().to_owned()),
            _ => None,
        }
    }
}

/// A decoded object. Of duplicate keys the last wins, as in `JSON.parse`.
struct Obj<'a>(BTreeMap<String, &'a RawValue>);

impl<'a> Obj<'a> {
    fn get(&self, key: &str) -> Option<Val<'a>> {
        self.0.get(key).copied().map(Val)
    }
}

/// Text on one output line and the source line it comes from.
struct Piece {
    text: String,
    line: u32,
}

/// Collapses a value to one line: control characters and line breaks become
/// spaces, runs of spaces one.
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins the pieces present with `sep`, at the line of the first.
fn join(pieces: Vec<Option<Piece>>, sep: &str) -> Option<Piece> {
    let pieces: Vec<Piece> = pieces.into_iter().flatten().collect();
    let line = pieces.first()?.line;
    let text = pieces
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(sep);
    Some(Piece { text, line })
}

/// Builds the document's lines.
struct Writer<'s> {
    source: &'s str,
    starts: Vec<usize>,
    lines: Vec<Line>,
    stated: Stated,
}

impl<'s> Writer<'s> {
    fn new(source: &'s str) -> Writer<'s> {
        Writer {
            source,
            starts: line_starts(source),
            lines: Vec::new(),
            stated: Stated::default(),
        }
    }

    /// Byte offset of a value in the source. Every value is a slice of the
    /// source (serde_json borrows raw values from the text it parses).
    fn offset(&self, v: Val<'_>) -> usize {
        (v.raw().as_ptr() as usize)
            .saturating_sub(self.source.as_ptr() as usize)
            .min(self.source.len())
    }

    fn line_at(&self, offset: usize) -> u32 {
        line_number(line_index(&self.starts, offset))
    }

    /// The line a value starts on.
    fn line(&self, v: Val<'_>) -> u32 {
        self.line_at(self.offset(v))
    }

    /// The line a value ends on.
    fn end_line(&self, v: Val<'_>) -> u32 {
        self.line_at(self.offset(v) + v.raw().len().saturating_sub(1))
    }

    /// The line of the key a value belongs to: found by stepping back over
    /// whitespace and the colon to the key's closing quote (a key holds no
    /// line break in valid JSON), since `"work":` and its `[` may sit on
    /// different lines.
    fn key_line(&self, v: Val<'_>) -> u32 {
        let json_ws: &[char] = &[' ', '\t', '\n', '\r'];
        let before = self.source.get(..self.offset(v)).unwrap_or("");
        let before = before.trim_end_matches(json_ws);
        let before = before.strip_suffix(':').unwrap_or(before);
        let before = before.trim_end_matches(json_ws);
        self.line_at(before.len().saturating_sub(1))
    }

    /// A value as one piece of text: a string, a number, or the strings of
    /// a list joined with commas.
    fn piece(&self, v: Option<Val<'_>>) -> Option<Piece> {
        let pieces = v?
            .items()
            .into_iter()
            .filter_map(|item| {
                let text = one_line(&item.scalar()?);
                (!text.is_empty()).then(|| Piece {
                    text,
                    line: self.line(item),
                })
            })
            .map(Some)
            .collect();
        join(pieces, ", ")
    }

    /// "start – end"; "start – Present" without an end, as themes print it.
    fn dates(&self, obj: &Obj<'_>, start: &str, end: &str) -> Option<Piece> {
        match (self.piece(obj.get(start)), self.piece(obj.get(end))) {
            (Some(s), Some(e)) => Some(Piece {
                text: format!("{} – {}", s.text, e.text),
                line: s.line,
            }),
            (Some(s), None) => Some(Piece {
                text: format!("{} – Present", s.text),
                line: s.line,
            }),
            (None, e) => e,
        }
    }

    /// A value's piece with a label: "Score: 3.7".
    fn labelled(&self, label: &str, v: Option<Val<'_>>) -> Option<Piece> {
        self.piece(v).map(|p| Piece {
            text: format!("{label}: {}", p.text),
            line: p.line,
        })
    }

    /// Pushes a text line. A short line that reads like a section name (a
    /// skill called "Tools", a job at "Experience Labs" without dates) would
    /// open a section for the segmenter; as a bullet it stays text.
    fn push(&mut self, piece: Option<Piece>) {
        let Some(Piece { text, line }) = piece else {
            return;
        };
        let text = if heading_section(&text).is_some() {
            format!("• {text}")
        } else {
            text
        };
        self.lines.push(Line {
            text,
            origin: Origin::Body,
            source_line: line,
            source_file: 0,
        });
    }

    fn push_raw(&mut self, text: String, line: u32) {
        self.lines.push(Line {
            text,
            origin: Origin::Body,
            source_line: line,
            source_file: 0,
        });
    }

    /// An empty line, which ends a bullet for the segmenter.
    fn blank(&mut self, line: u32) {
        if self.lines.last().is_some_and(|l| !l.text.is_empty()) {
            self.push_raw(String::new(), line);
        }
    }

    /// Text that may hold line breaks (a summary): one output line per line
    /// of the text, all at the string's source line, since the whole string,
    /// `\n` escapes included, sits on that one line of the file. Lines the
    /// author started with "- " stay bullets.
    fn paragraph(&mut self, v: Option<Val<'_>>) {
        let Some(v) = v else { return };
        for item in v.items() {
            let Some(text) = item.scalar() else { continue };
            let line = self.line(item);
            for part in split_lines(&text) {
                let part = one_line(part);
                if !part.is_empty() {
                    self.push(Some(Piece { text: part, line }));
                }
            }
        }
    }

    /// One `• ` line per highlight. A highlight is one bullet even when it
    /// holds line breaks, and a bullet mark the author typed is not doubled.
    fn bullets(&mut self, v: Option<Val<'_>>) {
        let Some(v) = v else { return };
        for item in v.items() {
            let Some(text) = item.scalar() else { continue };
            let text = one_line(&text);
            let body = bullet_body(&text).unwrap_or(&text).trim();
            if !body.is_empty() {
                let line = self.line(item);
                self.push_raw(format!("• {body}"), line);
            }
        }
    }

    /// A heading and its entries; nothing when no entry gives text. `spaced`
    /// puts an empty line after each entry (entries with bullets need it;
    /// one-line entries such as skills read better without).
    fn section<F>(&mut self, heading: &str, value: Option<Val<'_>>, spaced: bool, entry: F)
    where
        F: Fn(&mut Self, &Obj<'_>),
    {
        let Some(value) = value else { return };
        self.blank(self.key_line(value));
        let mark = self.lines.len();
        self.push_raw(heading.to_owned(), self.key_line(value));
        for item in value.items() {
            match item.object() {
                Some(obj) => entry(self, &obj),
                // Text where an entry goes ("skills": ["Go", "SQL"]): kept.
                None => self.paragraph(Some(item)),
            }
            if spaced {
                self.blank(self.end_line(item));
            }
        }
        if self.lines[mark + 1..].iter().all(|l| l.text.is_empty()) {
            self.lines.truncate(mark);
        }
        self.blank(self.end_line(value));
    }

    fn basics(&mut self, value: Option<Val<'_>>) {
        let Some(basics) = value.and_then(Val::object) else {
            return;
        };
        self.push(self.piece(basics.get("name")));
        self.push(self.piece(basics.get("label")));
        let location = basics.get("location").and_then(|v| match v.object() {
            // "Halifax, Nova Scotia, CA", as a theme prints the place; a
            // region that repeats the city is said once ("Shanghai").
            Some(loc) => join(
                {
                    let city = self.piece(loc.get("city"));
                    let region = self.piece(loc.get("region")).filter(|r| {
                        city.as_ref()
                            .is_none_or(|c| !c.text.eq_ignore_ascii_case(&r.text))
                    });
                    vec![city, region]
                },
                ", ",
            )
            .map(|place| {
                join(vec![Some(place), self.piece(loc.get("countryCode"))], ", ")
                    .expect("the place is there")
            })
            .or_else(|| self.piece(loc.get("address")))
            .or_else(|| self.piece(loc.get("countryCode"))),
            None => self.piece(Some(v)),
        });
        let contact = join(
            vec![
                self.piece(basics.get("email")),
                self.piece(basics.get("phone")),
                // "website": the schema's name for it before 1.0.
                self.piece(basics.get("url").or_else(|| basics.get("website"))),
                location,
            ],
            " | ",
        );
        self.push(contact);
        // "GitHub: https://github.com/jdoe | LinkedIn: …": a theme's links.
        let profiles = basics.get("profiles").map_or_else(Vec::new, |ps| {
            ps.items()
                .into_iter()
                .filter_map(|p| {
                    let p = p.object()?;
                    let url = self.piece(p.get("url"))?;
                    Some(Some(match self.piece(p.get("network")) {
                        Some(network) => Piece {
                            text: format!("{}: {}", network.text, url.text),
                            line: url.line,
                        },
                        None => url,
                    }))
                })
                .collect()
        });
        self.push(join(profiles, " | "));
        if let Some(summary) = basics.get("summary") {
            let mark = self.lines.len();
            self.blank(self.key_line(summary));
            self.push_raw("Summary".to_owned(), self.key_line(summary));
            self.paragraph(Some(summary));
            if self.lines.last().is_some_and(|l| l.text == "Summary") {
                self.lines.truncate(mark);
            }
        }
    }

    fn work(&mut self, job: &Obj<'_>) {
        let employer = self
            .piece(job.get("name"))
            .or_else(|| self.piece(job.get("company")));
        let (position, location) = (
            self.piece(job.get("position")),
            self.piece(job.get("location")),
        );
        let dates = self.dates(job, "startDate", "endDate");
        let stated = StatedJob {
            line: self.lines.len(),
            name: text_of(&employer),
            position: text_of(&position),
            location: text_of(&location),
            dates: text_of(&dates),
        };
        if stated.name.is_some() || stated.position.is_some() {
            self.stated.jobs.push(stated);
        }
        let title = join(
            vec![position, employer, location, dates],
            // Bars, not commas: a title, an employer or a place may hold
            // a comma of its own ("Architecte applicatif, Le Figaro,
            // France" reads as a title and a place).
            " | ",
        );
        self.push(title);
        self.paragraph(job.get("description"));
        self.paragraph(job.get("summary"));
        self.bullets(job.get("highlights"));
    }

    fn volunteer(&mut self, role: &Obj<'_>) {
        let title = join(
            vec![
                self.piece(role.get("position")),
                self.piece(role.get("organization")),
                self.dates(role, "startDate", "endDate"),
            ],
            ", ",
        );
        self.push(title);
        self.paragraph(role.get("summary"));
        self.bullets(role.get("highlights"));
    }

    fn project(&mut self, project: &Obj<'_>) {
        let title = join(
            vec![
                self.piece(project.get("name")),
                self.piece(project.get("roles")),
                self.piece(project.get("entity")),
                self.dates(project, "startDate", "endDate"),
            ],
            ", ",
        );
        self.push(title);
        self.paragraph(project.get("description"));
        self.bullets(project.get("highlights"));
        // Labelled so the segmenter reads it as a list, not a sentence.
        self.push(self.labelled("Keywords", project.get("keywords")));
    }

    /// "name: kw1, kw2" (the level is left out: no ATS scores it).
    fn skill(&mut self, skill: &Obj<'_>) {
        self.push(self.name_and_keywords(skill));
    }

    fn interest(&mut self, interest: &Obj<'_>) {
        self.push(self.name_and_keywords(interest));
    }

    fn name_and_keywords(&self, obj: &Obj<'_>) -> Option<Piece> {
        match (self.piece(obj.get("name")), self.piece(obj.get("keywords"))) {
            (Some(name), Some(keywords)) => Some(Piece {
                text: format!("{}: {}", name.text, keywords.text),
                line: name.line,
            }),
            (name, keywords) => name.or(keywords),
        }
    }

    fn education(&mut self, school: &Obj<'_>) {
        let first = self.lines.len();
        let (study_type, area) = (
            self.piece(school.get("studyType")),
            self.piece(school.get("area")),
        );
        let (institution, dates) = (
            self.piece(school.get("institution")),
            self.dates(school, "startDate", "endDate"),
        );
        let stated = StatedSchool {
            line: first,
            institution: text_of(&institution),
            area: text_of(&area),
            study_type: text_of(&study_type),
            dates: text_of(&dates),
        };
        // "Bachelor | Computer Science": a bar, as a degree may hold a
        // comma of its own.
        self.push(join(vec![study_type, area], " | "));
        self.push(join(vec![institution, dates], ", "));
        self.push(self.labelled("Score", school.get("score")));
        self.push(self.labelled("GPA", school.get("gpa")));
        self.push(self.labelled("Courses", school.get("courses")));
        let named = [&stated.institution, &stated.area, &stated.study_type];
        if self.lines.len() > first && named.iter().any(|v| v.is_some()) {
            self.stated.schools.push(stated);
        }
    }

    fn certificate(&mut self, cert: &Obj<'_>) {
        let line = join(
            vec![
                self.piece(cert.get("name")),
                self.piece(cert.get("issuer")),
                self.piece(cert.get("date")),
            ],
            ", ",
        );
        self.push(line);
    }

    fn award(&mut self, award: &Obj<'_>) {
        let line = join(
            vec![
                self.piece(award.get("title")),
                self.piece(award.get("awarder")),
                self.piece(award.get("date")),
            ],
            ", ",
        );
        self.push(line);
        self.paragraph(award.get("summary"));
    }

    fn publication(&mut self, publication: &Obj<'_>) {
        let line = join(
            vec![
                self.piece(publication.get("name")),
                self.piece(publication.get("publisher")),
                self.piece(publication.get("releaseDate")),
            ],
            ", ",
        );
        self.push(line);
        self.paragraph(publication.get("summary"));
    }

    fn language(&mut self, language: &Obj<'_>) {
        let line = join(
            vec![
                self.piece(language.get("language")),
                self.piece(language.get("fluency")),
            ],
            ": ",
        );
        self.push(line);
    }

    fn reference(&mut self, reference: &Obj<'_>) {
        self.push(self.piece(reference.get("name")));
        self.paragraph(reference.get("reference"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Section;

    const FIXTURE: &[u8] = include_bytes!("../../../samples/json/resume.json");

    fn lines(json: &str) -> Vec<(String, u32)> {
        extract(json.as_bytes())
            .expect("a resume")
            .lines
            .into_iter()
            .map(|l| (l.text, l.source_line))
            .collect()
    }

    /// The source line of the output line with exactly this text.
    fn line_of(doc: &Document, text: &str) -> u32 {
        doc.lines
            .iter()
            .find(|l| l.text == text)
            .unwrap_or_else(|| panic!("no line {text:?} in {:#?}", doc.lines))
            .source_line
    }

    fn error(json: &str) -> FileError {
        extract(json.as_bytes()).expect_err("not a readable resume")
    }

    #[test]
    fn fixture_lines_sit_on_their_json_lines() {
        let doc = extract(FIXTURE).expect("fixture");
        assert_eq!(doc.pages, None);
        assert_eq!(doc.sources.len(), 1);
        assert_eq!(doc.sources[0].text.as_bytes(), FIXTURE);
        assert!(
            doc.lines
                .iter()
                .all(|l| l.origin == Origin::Body && l.source_file == 0)
        );
        assert_eq!(doc.lines[0].text, "Marisol Quenneville");
        assert_eq!(doc.lines[0].source_line, 4);
        assert_eq!(
            line_of(
                &doc,
                "marisol.quenneville@example.com | (555) 555-0142 | https://marisol.example.com | Halifax, Nova Scotia, CA"
            ),
            6
        );
        // The profiles, as a theme links them, on the line of their address.
        assert_eq!(
            line_of(&doc, "GitHub: https://github.example.com/mquenneville"),
            19
        );
        assert_eq!(
            line_of(
                &doc,
                "• Maintained the internal deployment scripts for the platform team"
            ),
            34
        );
        assert_eq!(
            line_of(
                &doc,
                "Infrastructure: Docker, Kubernetes, AWS, Terraform, CI/CD"
            ),
            91
        );
        // Headings sit on the line of their key.
        assert_eq!(line_of(&doc, "Experience"), 23);
        assert_eq!(line_of(&doc, "Skills"), 71);
        // The older `company` key names the employer.
        assert_eq!(
            line_of(
                &doc,
                "Backend Developer | Brightwell Health Software | 2018-01 – 2021-03"
            ),
            40
        );
        // A summary with `\n` is several lines, all on the string's line.
        let summary: Vec<u32> = doc
            .lines
            .iter()
            .filter(|l| l.source_line == 9 && !l.text.is_empty())
            .map(|l| l.source_line)
            .collect();
        assert_eq!(summary.len(), 4, "heading and three lines");
        // The schema's address and an employer's site are no text of the
        // resume; the candidate's site and profiles are.
        for address in ["raw.githubusercontent.com", "tidewater.example.com"] {
            assert!(!doc.lines.iter().any(|l| l.text.contains(address)));
        }
    }

    #[test]
    fn a_region_that_repeats_the_city_is_said_once() {
        for (location, want) in [
            (
                r#"{"city": "Shanghai", "region": "Shanghai", "countryCode": "China"}"#,
                "Shanghai, China",
            ),
            (
                r#"{"city": "Halifax", "region": "Nova Scotia", "countryCode": "CA"}"#,
                "Halifax, Nova Scotia, CA",
            ),
            (r#"{"region": "Bavaria"}"#, "Bavaria"),
        ] {
            let json = format!(r#"{{"basics": {{"name": "Li Wei", "location": {location}}}}}"#);
            assert_eq!(lines(&json)[1].0, want, "{location}");
        }
    }

    #[test]
    fn wrong_types_are_skipped_or_kept_as_text() {
        let json = r#"{
  "basics": {"name": 42, "label": ["Backend", "Developer"], "email": null,
    "location": "Oslo", "summary": true},
  "work": {
    "position": 7,
    "name": {"odd": "object"},
    "startDate": 2019,
    "highlights": "Cut costs by 30%",
    "summary": ["First line", 3, null]
  },
  "skills": [
    "Go",
    {"name": "Cloud", "keywords": "AWS"},
    {"name": ["x"], "keywords": [1, [2], {"k": 3}]},
    [[["deep"]]]
  ],
  "education": "Self-taught",
  "projects": 12
}"#;
        assert_eq!(
            lines(json),
            vec![
                ("42".to_owned(), 2),
                ("Backend, Developer".to_owned(), 2),
                ("Oslo".to_owned(), 3),
                (String::new(), 4),
                ("Experience".to_owned(), 4),
                ("7 | 2019 – Present".to_owned(), 5),
                ("First line".to_owned(), 9),
                ("3".to_owned(), 9),
                ("• Cut costs by 30%".to_owned(), 8),
                (String::new(), 10),
                ("Projects".to_owned(), 18),
                ("12".to_owned(), 18),
                (String::new(), 18),
                ("Skills".to_owned(), 11),
                ("Go".to_owned(), 12),
                ("Cloud: AWS".to_owned(), 13),
                ("x: 1".to_owned(), 14),
                (String::new(), 16),
                ("Education".to_owned(), 17),
                ("Self-taught".to_owned(), 17),
            ]
        );
    }

    #[test]
    fn text_that_reads_like_a_heading_or_bullet_stays_in_its_place() {
        let json = r#"{"skills": [{"name": "Tools"}, {"name": "Leadership"}],
"work": [{"position": "Designer", "name": "Experience Labs",
  "highlights": ["- Ran 3 workshops\nfor 40 people", "  "]}],
"interests": [{"name": "Skills & Interests"}]}"#;
        let got: Vec<String> = lines(json).into_iter().map(|(t, _)| t).collect();
        assert!(got.contains(&"• Tools".to_owned()), "{got:#?}");
        assert!(got.contains(&"• Leadership".to_owned()), "{got:#?}");
        assert!(
            got.contains(&"• Designer | Experience Labs".to_owned()),
            "{got:#?}"
        );
        assert!(
            got.contains(&"• Ran 3 workshops for 40 people".to_owned()),
            "{got:#?}"
        );
        let doc = extract(json.as_bytes()).expect("resume");
        let headings: Vec<Section> = doc
            .lines
            .iter()
            .filter_map(|l| heading_section(&l.text))
            .collect();
        assert_eq!(
            headings,
            vec![Section::Experience, Section::Skills, Section::Other]
        );
    }

    #[test]
    fn heading_takes_the_line_of_its_key_and_empty_sections_vanish() {
        let json = "{\n  \"work\":\n  [\n    {\"position\": \"Dev\"}\n  ],\n  \"awards\": [],\n  \"skills\": [{\"level\": \"Master\"}],\n  \"basics\": {\"summary\": \"\"}\n}";
        assert_eq!(
            lines(json),
            vec![("Experience".to_owned(), 2), ("Dev".to_owned(), 4)]
        );
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let err =
            error("{\n  \"basics\": {\n    \"name\": \"Ana\"\n    \"label\": \"Dev\"\n  }\n}");
        assert_eq!(err.code, ErrorCode::Corrupt);
        assert_eq!(
            err.message,
            "invalid JSON at line 4, column 5: expected `,` or `}`; fix the syntax (a JSON linter shows where)"
        );
        // Strict JSON: a trailing comma, as JSON.parse rejects it.
        let err = error("{\"work\": [\n  {\"name\": \"A\"},\n]}");
        assert_eq!(err.code, ErrorCode::Corrupt);
        assert!(
            err.message
                .starts_with("invalid JSON at line 3, column 1: trailing comma"),
            "{}",
            err.message
        );
        let err = error("{\"basics\": {\"name\": \"A\",\n}}");
        assert!(
            err.message
                .starts_with("invalid JSON at line 2, column 1: trailing comma"),
            "{}",
            err.message
        );
        // Lines counted as the document counts them (a lone CR ends a line
        // too), columns in characters.
        let err = error("{\r\"basics\": {\"name\": \"Zoë\", x}}");
        assert!(
            err.message
                .starts_with("invalid JSON at line 2, column 27:"),
            "{}",
            err.message
        );
        let err = error("");
        assert!(
            err.message
                .starts_with("invalid JSON at line 1, column 1: EOF"),
            "{}",
            err.message
        );
        let err = error("{\"basics\": {\"name\": \"unterminated");
        assert_eq!(err.code, ErrorCode::Corrupt);
        // A top-level key that is no text, after blank lines.
        let err = error("\n\n{\"work\": [],\n \"\\udc00\": 1}");
        assert_eq!(err.code, ErrorCode::Corrupt);
        assert!(
            err.message.starts_with("invalid JSON at line 4,"),
            "{}",
            err.message
        );
    }

    #[test]
    fn json_that_is_not_a_resume_is_unsupported() {
        for json in [
            "[1, 2]",
            "\"resume\"",
            "42",
            "null",
            "{\"name\": \"x\", \"version\": \"1.0.0\"}",
            "{}",
        ] {
            let err = error(json);
            assert_eq!(err.code, ErrorCode::UnsupportedFormat, "{json}");
            assert_eq!(
                err.message,
                "a JSON file that is not a JSON Resume (no basics, work or education); check the PDF built from it instead"
            );
        }
    }

    #[test]
    fn deep_nesting_and_huge_numbers_do_not_panic() {
        let open = "[".repeat(100_000);
        let close = "]".repeat(100_000);
        assert_eq!(error(&open).code, ErrorCode::Corrupt);
        assert_eq!(
            error(&format!("{open}{close}")).code,
            ErrorCode::UnsupportedFormat
        );
        let objects = "{\"a\":".repeat(100_000) + "1" + &"}".repeat(100_000);
        assert_eq!(error(&objects).code, ErrorCode::UnsupportedFormat);
        let json = format!(
            "{{\"work\": [{{\"position\": \"Dev\", \"highlights\": [{open}{close}, \"Ok\"]}}, {open}{close}], \"basics\": {{\"phone\": 1e999999999, \"name\": -123456789012345678901234567890.5}}, \"skills\": {objects}}}"
        );
        let got: Vec<String> = lines(&json).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            vec![
                "-123456789012345678901234567890.5",
                "1e999999999",
                "",
                "Experience",
                "Dev",
                "• Ok",
            ]
        );
    }

    #[test]
    fn escapes_and_duplicate_keys_follow_json_parse() {
        let json = r#"{"basics": {"name": "Old", "name": "Ana \"AJ\" Lima\u00e9", "label": "Dev\tOps\u0007"},
"work": [{"highlights": ["Bad \ud800 surrogate", "Fine"]}]}"#;
        let got: Vec<String> = lines(json).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            vec!["Ana \"AJ\" Limaé", "Dev Ops", "", "Experience", "• Fine"]
        );
    }
}
