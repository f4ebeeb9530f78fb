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

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::structured::{self, MAX_DEPTH, Node, Value};
use crate::extract::text::{decode, line_index, line_starts};
use crate::extract::{Document, ErrorCode, FileError, Line, Stated, line_number};

/// Top-level keys of which a JSON object needs one to be read as a resume.
const RESUME_KEYS: &[&str] = &["basics", "work", "education", "skills", "projects"];

/// Extracts the text of a JSON Resume document.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let source = decode(bytes)?;
    let written = render(&source)?;
    Ok(structured::document(source, written))
}

/// Checks the syntax, then writes the resume's lines; with them, its jobs
/// and education entries as stated.
fn render(source: &str) -> Result<(Vec<Line>, Stated), FileError> {
    let root: &RawValue = serde_json::from_str(source).map_err(|e| syntax_error(source, &e))?;
    let root = Val(root);
    if root.first() != b'{' {
        return Err(not_a_resume());
    }
    // Valid syntax, so this fails only on a key that is no text (a lone
    // UTF-16 surrogate escape). Parsed from `source` itself, not the root's
    // slice, so that serde_json's position counts from the file's start.
    let resume: Entries<'_> = serde_json::from_str(source).map_err(|e| syntax_error(source, &e))?;
    let schema = RESUME_KEYS
        .iter()
        .any(|k| resume.0.iter().any(|(key, _)| key == k));
    let tree = Tree::new(source);
    let root = Node {
        line: 1,
        end_line: tree.end_line(root),
        key_line: 1,
        value: tree.map(resume, 0),
    };
    // A resume in a schema of the author's own (`"experience": [...]`
    // beside a name and e-mail) is read as a YAML one is, by its keys.
    if !schema && !structured::is_resume(&root) {
        return Err(not_a_resume());
    }
    Ok(structured::write(&root, schema))
}

fn not_a_resume() -> FileError {
    FileError::new(
        ErrorCode::UnsupportedFormat,
        "a JSON file that is not a resume (no basics, work or education, no name with contact, no list of jobs); check the PDF built from it instead",
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

/// Builds the tree of a JSON file's values, each with its lines.
struct Tree<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Tree<'s> {
    fn new(source: &'s str) -> Tree<'s> {
        Tree {
            source,
            starts: line_starts(source),
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

    /// A value and what it holds, decoded one level at a time down to
    /// [`MAX_DEPTH`].
    fn node(&self, v: Val<'_>, key_line: u32, depth: usize) -> Node {
        let value = if depth >= MAX_DEPTH {
            Value::Other
        } else {
            match v.first() {
                b'{' => serde_json::from_str::<Entries<'_>>(v.raw())
                    .map_or(Value::Other, |entries| self.map(entries, depth)),
                b'[' => Value::List(
                    v.items()
                        .into_iter()
                        .map(|item| self.node(item, self.line(item), depth + 1))
                        .collect(),
                ),
                _ => v.scalar().map_or(Value::Other, Value::Text),
            }
        };
        Node {
            line: self.line(v),
            end_line: self.end_line(v),
            key_line,
            value,
        }
    }

    fn map(&self, entries: Entries<'_>, depth: usize) -> Value {
        Value::Map(
            entries
                .0
                .into_iter()
                .map(|(key, raw)| {
                    let v = Val(raw);
                    let node = self.node(v, self.key_line(v), depth + 1);
                    (key, node)
                })
                .collect(),
        )
    }
}

/// An object's keys and undecoded values in the order written.
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Keys<'a> {
            type Value = Entries<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'a>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'a RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Keys(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Origin;
    use crate::vocab::{Section, heading_section};

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
    fn a_contact_map_of_the_author_s_own_beside_work_is_read() {
        // `work:` makes the file a JSON Resume, but its contact is in an
        // `info:` map, not in `basics:`.
        let json = r#"{"info": {"name": "Yue Wu", "email": "yw@example.edu",
  "phone": "(858) 555-0147", "linkedin": "https://www.linkedin.com/in/yw"},
"work": [{"position": "Research Assistant", "company": "UC San Diego Health"}]}"#;
        let got: Vec<String> = lines(json).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got[0], "Yue Wu", "{got:#?}");
        assert!(
            got.contains(&"yw@example.edu | (858) 555-0147".to_owned()),
            "{got:#?}"
        );
        assert!(
            got.contains(&"Linkedin: https://www.linkedin.com/in/yw".to_owned()),
            "{got:#?}"
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
                "a JSON file that is not a resume (no basics, work or education, no name with contact, no list of jobs); check the PDF built from it instead"
            );
        }
    }

    #[test]
    fn a_resume_in_a_schema_of_its_own_is_read_by_its_keys() {
        let json = r#"{
  "fullName": "Ada Example",
  "contact": {"email": "ada@example.com", "phone": "+1 555 0100"},
  "experience": [
    {"company": "Acme Freight", "title": "Backend Developer",
     "from": "2019-03", "to": "2021-06", "duties": ["Built the billing API"]}
  ]
}"#;
        let doc = extract(json.as_bytes()).expect("a resume");
        let job = &doc.stated.jobs[0];
        assert_eq!(job.name.as_deref(), Some("Acme Freight"));
        assert_eq!(job.position.as_deref(), Some("Backend Developer"));
        assert_eq!(job.dates.as_deref(), Some("2019-03 – 2021-06"));
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[..2], ["Ada Example", "ada@example.com | +1 555 0100"]);
        assert!(texts.contains(&"• Built the billing API"), "{texts:?}");
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
