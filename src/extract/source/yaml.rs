//! YAML resumes: a `resume.yaml` read as the resume its template prints.
//!
//! In: bytes of a YAML file that holds a resume: RenderCV's `cv:`, FRESH,
//! a JSON Resume written in YAML, or a schema of the author's own (a site's
//! `_data/resume.yml`, a build script's single source). Out: the
//! [`Document`] the structured writer makes of its tree (see
//! [`super::structured`]), each line at the YAML line its text sits on.
//!
//! The file is read by saphyr-parser's event parser (YAML 1.2), which keeps
//! no recursion of its own; the tree built from its events is bounded here:
//! no level below [`MAX_DEPTH`] is kept, an alias is never expanded (so an
//! alias bomb is a few empty values, not gigabytes), and a file of more
//! than [`MAX_EVENTS`] events is refused. Only the first document of a
//! stream is read. Plain `null`, `~` and booleans hold no text.

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};

use super::structured::{self, MAX_DEPTH, Node, Value};
use crate::extract::text::decode;
use crate::extract::{Document, ErrorCode, FileError};

/// Events (scalars, starts and ends of lists and maps) a YAML resume may
/// hold; a long resume has a few thousand.
const MAX_EVENTS: usize = 200_000;

/// Extracts the text of a YAML resume.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let source = decode(bytes)?;
    let root = tree(&source)?;
    if !structured::is_resume(&root) {
        return Err(FileError::new(
            ErrorCode::UnsupportedFormat,
            "a YAML file that is not a resume (no name with contact, no list of jobs or education); check the PDF built from it instead",
        ));
    }
    let json_resume = structured::is_json_resume(structured::cv_of(&root));
    let written = structured::write(&root, json_resume);
    Ok(structured::document(source, written))
}

/// Whether the first bytes of a YAML file hold a resume (what [`extract`]
/// reads), for a folder walk; a head cut short is read to its last line.
pub fn is_resume(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let whole = text.rfind('\n').map_or(&text[..], |i| &text[..=i]);
    tree(whole).is_ok_and(|root| structured::is_resume(&root))
}

/// A list or map still open, with the key waiting for its value.
struct Open {
    line: u32,
    key_line: u32,
    value: Value,
    key: Option<(String, u32)>,
}

/// The tree of the stream's first document.
fn tree(source: &str) -> Result<Node, FileError> {
    let mut open: Vec<Open> = Vec::new();
    // Levels of a list or map below MAX_DEPTH being passed over, and the
    // line the outermost of them starts on.
    let mut skipped = (0usize, 0u32);
    for (count, event) in Parser::new_from_str(source).enumerate() {
        if count >= MAX_EVENTS {
            return Err(FileError::new(
                ErrorCode::TooLarge,
                format!(
                    "a YAML file of more than {MAX_EVENTS} values; a resume holds a few thousand"
                ),
            ));
        }
        let (event, span) = event.map_err(|e| syntax_error(&e))?;
        let line = line_of(span.start.line());
        let end_line = line_of(span.end.line());
        if skipped.0 > 0 {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => skipped.0 += 1,
                Event::SequenceEnd | Event::MappingEnd => {
                    skipped.0 -= 1;
                    if skipped.0 == 0 {
                        let node = leaf(Value::Other, skipped.1, line);
                        if let Some(root) = attach(&mut open, node) {
                            return Ok(root);
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        let done = match event {
            Event::Scalar(text, style, _, _) => Some(leaf(scalar(&text, style), line, end_line)),
            // Never expanded: an alias is an empty value.
            Event::Alias(_) => Some(leaf(Value::Other, line, end_line)),
            Event::SequenceStart(..) | Event::MappingStart(..) if open.len() >= MAX_DEPTH => {
                skipped = (1, line);
                None
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                open.push(Open {
                    line,
                    key_line: line,
                    value: if matches!(event, Event::SequenceStart(..)) {
                        Value::List(Vec::new())
                    } else {
                        Value::Map(Vec::new())
                    },
                    key: None,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => open.pop().map(|o| Node {
                line: o.line,
                end_line: line,
                key_line: o.key_line,
                value: o.value,
            }),
            _ => None,
        };
        if let Some(node) = done
            && let Some(root) = attach(&mut open, node)
        {
            return Ok(root);
        }
    }
    // An empty stream.
    Ok(leaf(Value::Other, 1, 1))
}

/// Puts a finished value where it belongs: in the list or map open around
/// it, as a map's key, or, when nothing is open, as the document's root.
fn attach(open: &mut [Open], mut node: Node) -> Option<Node> {
    let Some(parent) = open.last_mut() else {
        return Some(node);
    };
    match &mut parent.value {
        Value::List(items) => items.push(node),
        Value::Map(entries) => match parent.key.take() {
            Some((key, key_line)) => {
                node.key_line = key_line;
                entries.push((key, node));
            }
            None => {
                // A key: its text (a list or map as a key names nothing).
                let key = match node.value {
                    Value::Text(t) => t,
                    _ => String::new(),
                };
                parent.key = Some((key, node.line));
            }
        },
        _ => {}
    }
    None
}

fn leaf(value: Value, line: u32, end_line: u32) -> Node {
    Node {
        line,
        end_line,
        key_line: line,
        value,
    }
}

/// A scalar's value: text, or nothing for a plain null or boolean.
fn scalar(text: &str, style: ScalarStyle) -> Value {
    let empty = matches!(
        text,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
    );
    if style == ScalarStyle::Plain && empty {
        Value::Other
    } else {
        Value::Text(text.to_owned())
    }
}

fn line_of(line: usize) -> u32 {
    u32::try_from(line.max(1)).unwrap_or(u32::MAX)
}

fn syntax_error(err: &ScanError) -> FileError {
    FileError::new(
        ErrorCode::Corrupt,
        format!(
            "invalid YAML at line {}, column {}: {}; fix the syntax (a YAML linter shows where)",
            err.marker().line(),
            err.marker().col() + 1,
            err.info()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::StatedJob;

    fn lines(yaml: &str) -> Vec<(String, u32)> {
        extract(yaml.as_bytes())
            .expect("a resume")
            .lines
            .into_iter()
            .map(|l| (l.text, l.source_line))
            .collect()
    }

    /// (employer, title, dates) of each job the file states.
    fn jobs(yaml: &str) -> Vec<(String, String, String)> {
        let doc = extract(yaml.as_bytes()).expect("a resume");
        doc.stated
            .jobs
            .iter()
            .map(
                |StatedJob {
                     name,
                     position,
                     dates,
                     ..
                 }| {
                    let s = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
                    (s(name), s(position), s(dates))
                },
            )
            .collect()
    }

    fn error(yaml: &str) -> FileError {
        extract(yaml.as_bytes()).expect_err("not read")
    }

    #[test]
    fn the_sample_s_lines_sit_on_their_yaml_lines() {
        let sample = include_str!("../../../samples/yaml/resume.yaml");
        let got = lines(sample);
        let at = |text: &str| {
            got.iter()
                .find(|(t, _)| t.starts_with(text))
                .map(|(_, line)| *line)
        };
        assert_eq!(at("Tobias Lindqvist-Ormond"), Some(5));
        assert_eq!(at("Experience"), Some(19));
        assert_eq!(
            at(
                "Senior Backend Engineer | Fjordline Freight AB | Gothenburg, Sweden | 2021-04 – present"
            ),
            Some(21),
            "{got:?}"
        );
        assert_eq!(at("• Maintained the internal deployment scripts"), Some(28));
        assert_eq!(at("Summary"), Some(16));
        assert_eq!(at("Languages: Go, Java, SQL, Python"), Some(50));
        // The design settings are not text of the resume.
        assert_eq!(at("Design"), None);
        assert!(got.iter().all(|(t, _)| !t.contains("classic")), "{got:?}");
    }

    #[test]
    fn the_schemas_people_keep_resumes_in_give_the_same_jobs() {
        let want = vec![(
            "Acme Freight".to_owned(),
            "Backend Developer".to_owned(),
            "2019-03 – 2021-06".to_owned(),
        )];
        for (schema, yaml) in [
            (
                "JSON Resume in YAML",
                "basics:\n  name: Ada Example\nwork:\n  - name: Acme Freight\n    position: Backend Developer\n    startDate: 2019-03\n    endDate: 2021-06\n",
            ),
            (
                "RenderCV",
                "cv:\n  name: Ada Example\n  sections:\n    experience:\n      - company: Acme Freight\n        position: Backend Developer\n        start_date: 2019-03\n        end_date: 2021-06\n",
            ),
            (
                "FRESH",
                "name: Ada Example\nemployment:\n  history:\n    - employer: Acme Freight\n      position: Backend Developer\n      start: 2019-03\n      end: 2021-06\n",
            ),
            (
                "own, with a role list",
                "name:\n  first: Ada\n  last: Example\njobs:\n  - company: Acme Freight\n    roles:\n      - title: Backend Developer\n        from: 2019-03\n        to: 2021-06\n",
            ),
            (
                "al-folio's titled sections",
                "- title: Experience\n  type: time_table\n  contents:\n    - title: Backend Developer\n      institution: Acme Freight\n      year: 2019-03 – 2021-06\n",
            ),
            (
                "Jekyll data, one period field",
                "basics:\n  name: Ada Example\nexperience:\n  - company: Acme Freight\n    position: Backend Developer\n    period: 2019-03 – 2021-06\n",
            ),
            (
                "bamos/cv: the employer a place beside its location, the sections' order no text",
                "name:\n  first: Ada\n  last: Example\norder:\n  - [current_position, Current Position]\ncurrent_position:\n  - place: Acme Freight\n    location: Berlin\n    title: Backend Developer\n    dates: 2019-03 – 2021-06\n",
            ),
            (
                "an academic's own: years by their own keys",
                "meta:\n  name: Ada Example\nprofessional_employment:\n  - year_start: 2019-03\n    year_end: 2021-06\n    title: Backend Developer\n    organization: Acme Freight\n",
            ),
            (
                "the employer's name a key over its roles, each role's title a key",
                "name: Ada Example\nemail: ada@example.com\nprofessional experience:\n- Acme Freight:\n  - Backend Developer:\n      bullets:\n      - Ran the queues.\n      timestart: 2019-03\n      timeend: 2021-06\n",
            ),
            (
                "the employer's name a key over its details",
                "name: Ada Example\nemail: ada@example.com\njobs:\n- Acme Freight:\n    title: Backend Developer\n    from: 2019-03\n    to: 2021-06\n",
            ),
            (
                "a wrapper's key over each job, which names its employer",
                "name: Ada Example\nemail: ada@example.com\njobs:\n- job:\n    company: Acme Freight\n    title: Backend Developer\n    from: 2019-03\n    to: 2021-06\n",
            ),
        ] {
            assert_eq!(jobs(yaml), want, "{schema}");
        }
    }

    #[test]
    fn schools_under_labels_are_entries_and_the_other_labels_sections() {
        let yaml = "name: Ada Example\nemail: ada@example.com\neducation:\n  bachelors:\n    degree: Bachelor of Arts\n    school: University of Colorado\n    year: 2011\n  publication:\n    title: A Tale of Two Arc Lengths\n    journal: Proc. AMS\n";
        let doc = extract(yaml.as_bytes()).expect("read");
        let schools: Vec<Option<String>> = doc
            .stated
            .schools
            .iter()
            .map(|s| s.institution.clone())
            .collect();
        assert_eq!(schools, [Some("University of Colorado".to_owned())]);
        let got = lines(yaml);
        let at = |text: &str| got.iter().position(|(t, _)| t.starts_with(text));
        assert!(at("Publication").is_some(), "{got:?}");
        assert!(
            at("Publication") < at("A Tale of Two Arc Lengths"),
            "{got:?}"
        );
        assert!(at("Education") < at("Publication"), "{got:?}");
    }

    #[test]
    fn a_name_in_parts_and_contact_maps_make_the_top_lines() {
        let got = lines(
            "name:\n  first: Matthew\n  last: Example\nsocial:\n  linkedin: mexample\n  address: Boston, MA\ncontact:\n  email: m@example.com\n",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Matthew Example",
                "m@example.com | Boston, MA",
                "Linkedin: mexample"
            ]
        );
        // The name and contact in a map of their own at the top.
        let got = lines(
            "meta:\n  name: Hassan Example\n  contact:\n    email: h@example.edu\n    phone: \"+61 431 452 426\"\neducation:\n  - degree: PhD\n    institution: University of Melbourne\n",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts[..2],
            ["Hassan Example", "h@example.edu | +61 431 452 426"]
        );
    }

    #[test]
    fn latex_s_escaped_marks_in_a_value_print_as_marks() {
        let got = lines(
            "name: Ada Example\nexperience:\n  - company: Tuebingen \\& Max-Planck\n    position: 100\\% Engineer\n",
        );
        assert!(
            got.iter()
                .any(|(t, _)| t.contains("Tuebingen & Max-Planck") && t.contains("100% Engineer")),
            "{got:?}"
        );
    }

    #[test]
    fn a_value_s_markdown_prints_as_rendercv_shows_it() {
        let got = jobs(
            "cv:\n  name: Ada Example\n  sections:\n    experience:\n      - company: \"[JP Morgan Chase](https://www.jpmorgan.com)\"\n        position: \"**Lead** Engineer\"\n        start_date: 2020-01\n",
        );
        assert_eq!(
            got,
            [(
                "JP Morgan Chase".to_owned(),
                "Lead Engineer".to_owned(),
                "2020-01 – Present".to_owned()
            )]
        );
    }

    #[test]
    fn nulls_booleans_and_aliases_hold_no_text() {
        let got = lines(
            "name: Ada Example\nemail: &mail a@example.com\nexperience:\n  - company: *mail\n    position: Developer\n    remote: true\n    end: ~\n    start: 2020\n",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert!(texts.contains(&"Developer | 2020 – Present"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("true")), "{texts:?}");
    }

    #[test]
    fn files_that_are_no_resume_or_no_yaml_get_a_clear_error() {
        let workflow = "name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n";
        assert_eq!(error(workflow).code, ErrorCode::UnsupportedFormat);
        assert_eq!(error("").code, ErrorCode::UnsupportedFormat);
        assert_eq!(
            error("# only a comment\n").code,
            ErrorCode::UnsupportedFormat
        );
        let bad = error("name: Ada\nexperience:\n  - company: [Acme\n");
        assert_eq!(bad.code, ErrorCode::Corrupt);
        assert!(
            bad.message.starts_with("invalid YAML at line "),
            "{}",
            bad.message
        );
    }

    #[test]
    fn alias_bombs_deep_nesting_and_huge_files_are_bounded() {
        // Billion laughs: nine levels of ten aliases each; never expanded.
        let mut bomb =
            String::from("name: Ada Example\nemail: a@example.com\na0: &a0 [lol, lol]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let doc = extract(bomb.as_bytes()).expect("read without expanding");
        assert!(doc.lines.len() < 100, "{}", doc.lines.len());
        // Block nesting far below the kept levels: cut, not a stack overflow.
        let mut deep = String::from("name: Ada Example\nemail: a@example.com\nx:\n");
        for level in 1..2_000 {
            deep.push_str(&format!("{}k:\n", "  ".repeat(level)));
        }
        assert!(extract(deep.as_bytes()).is_ok());
        // Flow nesting: the parser's own limit, a clear error.
        let flow = format!(
            "name: Ada Example\nx: {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(error(&flow).code, ErrorCode::Corrupt);
        // Too many values: refused, the same way on any machine.
        let huge = format!(
            "name: Ada Example\nskills: [{}]\n",
            vec!["go"; MAX_EVENTS].join(", ")
        );
        assert_eq!(error(&huge).code, ErrorCode::TooLarge);
    }
}
