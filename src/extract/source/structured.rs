//! Structured sources (JSON Resume, YAML): a tree of values, each with the
//! source line it sits on, written out as the resume a theme would print.
//!
//! In: a [`Node`] tree, built by the JSON or the YAML reader. Out: synthetic
//! lines in reading order (name, label and contact on top, then for each
//! section a heading line the segmenter knows and its entries: a title line
//! "position | employer | place | dates", summary lines, one `• ` line per
//! highlight, an empty line after each entry so that no bullet runs on into
//! the next), and the jobs and schools as the source states them.
//!
//! Two shapes are read. A JSON Resume (a `basics` or `work` key) is written
//! in the schema's order. Any other tree is read by its keys as a person
//! names them: each key whose value is a list (or a map holding one, as
//! FRESH's `employment.history`) is a section, in the author's order, headed
//! by the key's words ("work_experience" → "Work Experience"); an entry's
//! fields are found by the names resume schemas give them (`company`,
//! `employer`, `organization`; `title`, `role`; `start_date`, `from`; ...).
//! RenderCV's `cv:` and its `sections:` are read the same way.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::split_lines;
use crate::extract::{Document, Line, Origin, Source, Stated, StatedJob, StatedSchool};
use crate::vocab::{Section, bullet_body, heading_section};

/// Levels of a tree a reader builds; a value below them is left out. A
/// resume has five or six.
pub(crate) const MAX_DEPTH: usize = 32;

/// One value of a structured source and the lines it sits on.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The line the value starts on.
    pub line: u32,
    /// The line the value ends on.
    pub end_line: u32,
    /// The line of the key the value belongs to (its own line in a list).
    pub key_line: u32,
    pub value: Value,
}

#[derive(Debug, Clone)]
pub(crate) enum Value {
    /// A string, or a number as written.
    Text(String),
    List(Vec<Node>),
    /// Keys in the order written; of duplicate keys the last counts.
    Map(Vec<(String, Node)>),
    /// Null, a boolean, a YAML alias, or a value below [`MAX_DEPTH`].
    Other,
}

impl Node {
    fn entries(&self) -> &[(String, Node)] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    fn is_map(&self) -> bool {
        matches!(self.value, Value::Map(_))
    }

    /// The value of a key, exactly as written (the last of duplicates, as
    /// in `JSON.parse`).
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        self.entries()
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The first of a field's names (written in [`folded`] form) whose
    /// value holds something.
    fn field(&self, names: &[&str]) -> Option<&Node> {
        names.iter().find_map(|name| {
            self.entries()
                .iter()
                .rev()
                .find(|(k, v)| folds_to(k, name) && !v.is_empty())
                .map(|(_, v)| v)
        })
    }

    fn is_empty(&self) -> bool {
        match &self.value {
            Value::Text(t) => t.trim().is_empty(),
            Value::List(items) => items.iter().all(Node::is_empty),
            Value::Map(entries) => entries.is_empty(),
            Value::Other => true,
        }
    }

    /// The elements of a list, or the value itself: a lone map or string
    /// where a list goes is read as a list of one.
    fn items(&self) -> Vec<&Node> {
        match &self.value {
            Value::List(items) => items.iter().collect(),
            _ => vec![self],
        }
    }

    fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// A key as its field is named: lower case, letters and digits only
/// ("start_date", "startDate" and "Start Date" are one name).
fn folded(key: &str) -> String {
    key.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether a key, folded, is `name` (compared as it folds, without
/// making the folded key).
fn folds_to(key: &str, name: &str) -> bool {
    key.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .eq(name.chars())
}

/// A key as a heading: "work_experience" and "workExperience" →
/// "Work Experience".
fn humanized(key: &str) -> String {
    let mut words = String::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if c == '_' || c == '-' || c.is_whitespace() {
            words.push(' ');
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            words.push(' ');
        }
        prev_lower = c.is_lowercase();
        words.push(c);
    }
    words
        .split_whitespace()
        .map(crate::vocab::upper_first)
        .collect::<Vec<_>>()
        .join(" ")
}

// The names schemas give a field, folded. The first that holds something
// counts.
const NAME: &[&str] = &["name", "fullname"];
const LABEL: &[&str] = &["label", "headline", "tagline", "title"];
/// Networks a contact map names by key (`linkedin: jdoe`).
const NETWORKS: &[&str] = &[
    "linkedin",
    "github",
    "gitlab",
    "twitter",
    "stackoverflow",
    "mastodon",
    "bitbucket",
    "orcid",
];
const EMAIL: &[&str] = &["email", "mail", "emailaddress"];
const PHONE: &[&str] = &["phone", "telephone", "tel", "mobile", "cell", "phonenumber"];
const URL: &[&str] = &["url", "website", "web", "homepage", "site", "portfolio"];
const PLACE: &[&str] = &["location", "address", "city", "residence"];
const PROFILES: &[&str] = &["profiles", "socialnetworks", "social", "networks"];
const SUMMARY: &[&str] = &["summary", "objective", "about", "bio"];
/// Maps beside the name that hold contact fields.
const CONTACT_MAPS: &[&str] = &[
    "contact",
    "contacts",
    "contactinfo",
    "personal",
    "personalinfo",
    "personaldetails",
    "info",
    "social",
];
/// Maps at the top that hold the author's name and contact.
const HEADER_MAPS: &[&str] = &[
    "meta", "header", "author", "owner", "person", "profile", "about",
];
const EMPLOYER: &[&str] = &[
    "name",
    "company",
    "employer",
    "organization",
    "organisation",
    "org",
    "workplace",
    "institution",
];
const POSITION: &[&str] = &["position", "title", "role", "jobtitle", "designation"];
const START: &[&str] = &[
    "startdate",
    "start",
    "from",
    "datestart",
    "begin",
    "since",
    "yearstart",
    "startyear",
    "timestart",
    "starttime",
];
const END: &[&str] = &[
    "enddate", "end", "to", "until", "dateend", "yearend", "endyear", "timeend", "endtime",
];
/// One field for a whole period ("2019 – 2021", "2012").
const PERIOD: &[&str] = &[
    "date", "dates", "period", "years", "year", "duration", "when",
];
const HIGHLIGHTS: &[&str] = &[
    "highlights",
    "bullets",
    "achievements",
    "accomplishments",
    "responsibilities",
    "duties",
    "tasks",
    "details",
    "items",
];
/// The tools a job used (`tech: [Kotlin, Java]`).
const TECHNOLOGIES: &[&str] = &[
    "tech",
    "technologies",
    "stack",
    "tools",
    "keywords",
    "skills",
];
const DESCRIPTION: &[&str] = &["description", "summary"];
/// A list of diplomas taken at one school.
const DIPLOMAS: &[&str] = &["diplomas", "degrees", "programs"];
/// A list of roles held at one employer.
const ROLES: &[&str] = &["roles", "positions", "titles"];
const INSTITUTION: &[&str] = &[
    "institution",
    "school",
    "university",
    "college",
    "name",
    "organization",
];
const DEGREE: &[&str] = &[
    "studytype",
    "degree",
    "degrees",
    "qualification",
    "diploma",
    "title",
];
const AREA: &[&str] = &[
    "area",
    "field",
    "fieldofstudy",
    "major",
    "subject",
    "discipline",
    "specialization",
    "program",
];
/// The list inside a section's map (FRESH: `employment: {history: [...]}`).
const LIST_IN_SECTION: &[&str] = &["history", "items", "entries", "list", "sets"];
/// Keys of a tree that are not the resume's text.
const NOT_TEXT: &[&str] = &[
    "meta",
    "schema",
    "design",
    "locale",
    "rendercvsettings",
    "settings",
    "config",
    "layout",
    "theme",
    "permalink",
    "version",
    "photo",
    "picture",
    "image",
    // bamos/cv's list of the sections to print, and their titles.
    "order",
    "style",
    "color",
];

/// The document of a structured source: its lines and stated entries,
/// and the source text kept so that findings can point at `file:line`.
pub(crate) fn document(source: String, (lines, stated): (Vec<Line>, Stated)) -> Document {
    // A value's Markdown link prints its label (see [`one_line`]); its
    // target is the document's link, as a PDF's link annotation is.
    static TARGET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\]\(((?:https?://|mailto:)[^()\s]+)\)").expect("valid"));
    let mut links = Vec::new();
    for target in TARGET.captures_iter(&source) {
        super::keep_link(&mut links, target[1].to_owned());
    }
    Document {
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
        links,
    }
}

/// Writes a tree's resume: its lines, and its jobs and schools as stated.
/// `json_resume`: the tree is read in the JSON Resume schema (a JSON file
/// always is); otherwise by the shape of its keys.
pub(crate) fn write(root: &Node, json_resume: bool) -> (Vec<Line>, Stated) {
    let mut w = Writer::default();
    // RenderCV keeps the resume under `cv:`.
    let cv = cv_of(root);
    if json_resume {
        w.json_resume(cv);
        // Keys of the author's own beside the schema's (`experience:`
        // under a JSON Resume's `basics:`).
        let extra = sections(cv)
            .into_iter()
            .filter(|(k, _)| !JSON_RESUME_KEYS.contains(&folded(k).as_str()))
            .collect();
        w.sections_of(extra, true);
    } else {
        // `meta: {name: …, contact: {…}}`: the author's name and contact
        // in a map of their own, where the top names no one.
        let header = HEADER_MAPS
            .iter()
            .filter_map(|k| cv.field(&[k]))
            .find(|m| m.is_map() && m.field(NAME).is_some())
            .filter(|_| cv.field(NAME).is_none());
        w.basics(header.unwrap_or(cv));
        w.sections_of(sections(cv), true);
    }
    while w.lines.last().is_some_and(|l| l.text.is_empty()) {
        w.lines.pop();
    }
    (w.lines, w.stated)
}

/// The keys a JSON Resume's writer reads, folded.
const JSON_RESUME_KEYS: &[&str] = &[
    "basics",
    "work",
    "volunteer",
    "projects",
    "skills",
    "education",
    "certificates",
    "awards",
    "publications",
    "languages",
    "interests",
    "references",
];

/// A tree's sections, each a name and its value: its keys, or, for a list
/// of titled sections (al-folio's `_data/cv.yml`: `- title: Education,
/// contents: [...]`), their titles.
fn sections(cv: &Node) -> Vec<(&str, &Node)> {
    match &cv.value {
        Value::List(items) => items
            .iter()
            .filter_map(|item| {
                let title = item
                    .field(&["title", "name", "heading", "section"])?
                    .text()?;
                let contents = item.field(&["contents", "content", "items", "entries"])?;
                Some((title, contents))
            })
            .collect(),
        _ => cv.entries().iter().map(|(k, v)| (k.as_str(), v)).collect(),
    }
}

/// Whether a tree holds a resume a reader can write: a JSON Resume, a list
/// of jobs or schools under a key that names them, or a name with an
/// e-mail or phone beside it.
pub(crate) fn is_resume(root: &Node) -> bool {
    let cv = cv_of(root);
    if is_json_resume(cv) {
        return true;
    }
    let contact = |names: &[&str]| {
        cv.field(names).is_some()
            || CONTACT_MAPS
                .iter()
                .filter_map(|k| cv.field(&[k]))
                .any(|m| m.field(names).is_some())
    };
    if contact(NAME) && (contact(EMAIL) || contact(PHONE)) {
        return true;
    }
    let inner = cv.get("sections").filter(|n| n.is_map()).unwrap_or(cv);
    sections(inner).into_iter().any(|(k, v)| {
        matches!(
            section_of(k),
            Some(Section::Experience | Section::Education)
        ) && list_of(v).is_some_and(|l| l.items().iter().any(|i| i.is_map()))
    })
}

/// The list a section's value holds: itself, the list in its map, or its
/// map when that is one entry (`education: {institution: ...}`).
fn list_of(value: &Node) -> Option<&Node> {
    match &value.value {
        Value::List(_) => Some(value),
        Value::Map(_) => value
            .field(LIST_IN_SECTION)
            .filter(|l| matches!(l.value, Value::List(_)))
            .or_else(|| {
                [EMPLOYER, POSITION, INSTITUTION, DEGREE]
                    .iter()
                    .any(|names| value.field(names).is_some_and(|v| v.text().is_some()))
                    .then_some(value)
            }),
        _ => None,
    }
}

/// A section's entries named by their keys, in a schema of the author's
/// own, as the list of entries the writers read; `None` when the value is
/// no such thing.
///
/// - `- Google: [{Program Manager: {timestart: …}}]`, `- Acme: {title: …}`:
///   a list of maps of one key each, that key the employer's (or the
///   school's) name over its details or its roles, each role's key its
///   title;
/// - `education: {bachelors: {school: …}, masters: {school: …}}`: a map of
///   entries under labels; only the entries that hold one of `fields`
///   (a school; an employer or a title) are kept, in the order written.
///
/// The first of `fields` names the entry's own name: a map that holds it
/// keeps its own (the key over it is a wrapper's, `- job: {company: …}`).
/// A list of entries named by their keys is read so in any section
/// (`projects: [{Atlas: {description: …}}]`, `fields` empty): the map
/// under the key would otherwise print nothing.
fn named_entries(value: &Node, fields: &[&[&str]]) -> Option<Node> {
    fn one_key(n: &Node) -> Option<&(String, Node)> {
        match &n.value {
            Value::Map(entries) if entries.len() == 1 => entries.first(),
            _ => None,
        }
    }
    let text = |t: &str, at: &Node| Node {
        line: at.key_line,
        end_line: at.key_line,
        key_line: at.key_line,
        value: Value::Text(t.trim().to_owned()),
    };
    // A map with a field added before its own, unless it holds that
    // field already (`- job: {company: Acme}`: the key is a wrapper's).
    let with = |field: &str, names: &[&str], name: &str, details: &Node| {
        if details.field(names).is_some() {
            return details.clone();
        }
        let mut entries = vec![(field.to_owned(), text(name, details))];
        entries.extend(details.entries().iter().cloned());
        Node {
            value: Value::Map(entries),
            ..details.clone()
        }
    };
    let nested =
        |v: &Node| v.is_map() || matches!(&v.value, Value::List(l) if l.iter().all(Node::is_map));
    match &value.value {
        Value::List(items)
            if !items.is_empty()
                && items
                    .iter()
                    .all(|i| one_key(i).is_some_and(|(_, v)| nested(v) && !v.is_empty())) =>
        {
            let entries = items
                .iter()
                .filter_map(one_key)
                .map(|(name, details)| match &details.value {
                    Value::List(roles) => {
                        let roles = roles
                            .iter()
                            .map(|r| match one_key(r) {
                                Some((title, d)) if d.is_map() => {
                                    with("position", POSITION, title, d)
                                }
                                _ => r.clone(),
                            })
                            .collect();
                        let roles = Node {
                            value: Value::List(roles),
                            ..details.clone()
                        };
                        Node {
                            line: details.key_line,
                            end_line: details.end_line,
                            key_line: details.key_line,
                            value: Value::Map(vec![
                                ("name".to_owned(), text(name, details)),
                                ("roles".to_owned(), roles),
                            ]),
                        }
                    }
                    _ => with(
                        "name",
                        fields.first().copied().unwrap_or_default(),
                        name,
                        details,
                    ),
                })
                .collect();
            Some(Node {
                value: Value::List(entries),
                ..value.clone()
            })
        }
        Value::Map(labelled) if list_of(value).is_none() => {
            let entries: Vec<Node> = labelled
                .iter()
                .map(|(_, v)| v)
                .filter(|v| holds_any(v, fields))
                .cloned()
                .collect();
            (!entries.is_empty()).then(|| Node {
                value: Value::List(entries),
                ..value.clone()
            })
        }
        _ => None,
    }
}

/// Whether a map holds text in one of `fields` (each a field's names).
fn holds_any(n: &Node, fields: &[&[&str]]) -> bool {
    n.is_map()
        && fields
            .iter()
            .any(|names| n.field(names).is_some_and(|v| v.text().is_some()))
}

/// Where a tree keeps its resume: RenderCV's `cv:` map, else its top.
pub(crate) fn cv_of(root: &Node) -> &Node {
    root.get("cv").filter(|n| n.is_map()).unwrap_or(root)
}

/// Whether a tree is a JSON Resume (written in YAML, say).
pub(crate) fn is_json_resume(root: &Node) -> bool {
    root.get("basics").is_some() || root.get("work").is_some()
}

/// A piece's text, as a structured field states it.
fn text_of(piece: &Option<Piece>) -> Option<String> {
    piece.as_ref().map(|p| p.text.clone())
}

/// Text on one output line and the source line it comes from.
struct Piece {
    text: String,
    line: u32,
}

/// Collapses a value to one line: control characters and line breaks become
/// spaces, runs of spaces one.
/// A value on one line, with LaTeX's escaped marks as they print (a
/// data file written for a LaTeX template: "Tuebingen \\& Max-Planck").
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    // (Most values hold no backslash: no copies for them.)
    let shown = if spaced.contains('\\') {
        spaced
            .replace("\\&", "&")
            .replace("\\%", "%")
            .replace("\\#", "#")
            .replace("\\_", "_")
    } else {
        spaced
    };
    // RenderCV prints a value's Markdown: a link shows its label, strong
    // text its words ("[JP Morgan Chase](https://www.jpmorgan.com)").
    let shown = if shown.contains("](") || shown.contains("**") {
        static LINK: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\[([^\[\]]+)\]\([^()\s]*\)|\*\*([^*]+)\*\*").expect("valid")
        });
        LINK.replace_all(&shown, |c: &regex::Captures<'_>| {
            c.get(1)
                .or_else(|| c.get(2))
                .map_or("", |m| m.as_str())
                .to_owned()
        })
        .into_owned()
    } else {
        shown
    };
    shown.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// A value as one piece of text: a string, a number, or the strings of a
/// list joined with commas.
fn piece(v: Option<&Node>) -> Option<Piece> {
    let pieces = v?
        .items()
        .into_iter()
        .filter_map(|item| {
            let text = one_line(item.text()?);
            (!text.is_empty()).then_some(Piece {
                text,
                line: item.line,
            })
        })
        .map(Some)
        .collect();
    join(pieces, ", ")
}

/// "start – end"; "start – Present" without an end, as themes print it; or
/// the one field a schema gives the whole period.
fn dates(obj: &Node) -> Option<Piece> {
    match (piece(obj.field(START)), piece(obj.field(END))) {
        (Some(s), Some(e)) => Some(Piece {
            text: format!("{} – {}", s.text, e.text),
            line: s.line,
        }),
        (Some(s), None) => Some(Piece {
            text: format!("{} – Present", s.text),
            line: s.line,
        }),
        (None, e) => e.or_else(|| piece(obj.field(PERIOD))),
    }
}

/// The values of an entry's keys on one line, joined with `sep`.
fn keyed(entry: &Node, keys: &[&str], sep: &str) -> Option<Piece> {
    join(keys.iter().map(|k| piece(entry.get(k))).collect(), sep)
}

/// A value's piece with a label: "Score: 3.7".
fn labelled(label: &str, v: Option<&Node>) -> Option<Piece> {
    piece(v).map(|p| Piece {
        text: format!("{label}: {}", p.text),
        line: p.line,
    })
}

/// Whether a list's entries are jobs: one of them, or a role listed
/// under one, has a title or dates.
fn holds_jobs(list: &Node) -> bool {
    let job = |e: &Node| {
        [POSITION, START, END, PERIOD]
            .iter()
            .any(|names| e.field(names).is_some())
    };
    list.items().iter().any(|e| {
        !e.is_map()
            || job(e)
            || e.field(ROLES)
                .is_some_and(|roles| roles.items().into_iter().any(job))
    })
}

/// The section a key names, as a heading of its words would open it
/// ("jobs", "schools" too).
fn section_of(key: &str) -> Option<Section> {
    heading_section(&humanized(key)).or_else(|| match folded(key).as_str() {
        "jobs" | "positions" | "career" | "workhistory" | "companies" | "employers"
        | "currentposition" | "currentpositions" | "previouspositions" => Some(Section::Experience),
        "schools" | "degrees" | "studies" => Some(Section::Education),
        _ => None,
    })
}

/// Builds the document's lines.
#[derive(Default)]
struct Writer {
    lines: Vec<Line>,
    stated: Stated,
}

impl Writer {
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
        self.push_raw(text, line);
    }

    fn push_raw(&mut self, text: String, line: u32) {
        self.lines.push(Line {
            text,
            origin: Origin::Body,
            source_line: line,
            source_file: 0,
            level: 0,
        });
    }

    /// An empty line, which ends a bullet for the segmenter.
    fn blank(&mut self, line: u32) {
        if self.lines.last().is_some_and(|l| !l.text.is_empty()) {
            self.push_raw(String::new(), line);
        }
    }

    /// Text that may hold line breaks (a summary): one output line per line
    /// of the text, all at the string's source line. Lines the author
    /// started with "- " stay bullets.
    fn paragraph(&mut self, v: Option<&Node>) {
        let Some(v) = v else { return };
        for item in v.items() {
            let Some(text) = item.text() else { continue };
            for part in split_lines(text) {
                let part = one_line(part);
                if !part.is_empty() {
                    self.push(Some(Piece {
                        text: part,
                        line: item.line,
                    }));
                }
            }
        }
    }

    /// One `• ` line per highlight. A highlight is one bullet even when it
    /// holds line breaks, and a bullet mark the author typed is not doubled.
    fn bullets(&mut self, v: Option<&Node>) {
        let Some(v) = v else { return };
        for item in v.items() {
            let Some(text) = item.text() else { continue };
            let text = one_line(text);
            let body = bullet_body(&text).unwrap_or(&text).trim();
            if !body.is_empty() {
                self.push_raw(format!("• {body}"), item.line);
            }
        }
    }

    /// A heading and its entries; nothing when no entry gives text. `spaced`
    /// puts an empty line after each entry (entries with bullets need it;
    /// one-line entries such as skills read better without).
    fn section<F>(&mut self, heading: &str, value: Option<&Node>, spaced: bool, entry: F)
    where
        F: Fn(&mut Self, &Node),
    {
        let Some(value) = value else { return };
        self.blank(value.key_line);
        let mark = self.lines.len();
        self.push_raw(heading.to_owned(), value.key_line);
        for item in value.items() {
            if item.is_map() {
                entry(self, item);
            } else {
                // Text where an entry goes ("skills": ["Go", "SQL"]): kept.
                self.paragraph(Some(item));
            }
            if spaced {
                self.blank(item.end_line);
            }
        }
        if self.lines[mark + 1..].iter().all(|l| l.text.is_empty()) {
            self.lines.truncate(mark);
        }
        self.blank(value.end_line);
    }

    /// A JSON Resume, in the schema's order.
    fn json_resume(&mut self, resume: &Node) {
        match resume.get("basics").filter(|b| b.is_map()) {
            Some(basics) => self.basics(basics),
            // `work:` beside an `info:` map of the author's own: the
            // contact is read where the schema would not look.
            None => self.basics(resume),
        }
        self.section("Experience", resume.get("work"), true, Writer::work);
        self.section(
            "Volunteer Experience",
            resume.get("volunteer"),
            true,
            Writer::volunteer,
        );
        self.section("Projects", resume.get("projects"), true, Writer::project);
        self.section("Skills", resume.get("skills"), false, Writer::skill);
        self.section(
            "Education",
            resume.get("education"),
            true,
            Writer::education,
        );
        self.section(
            "Certifications",
            resume.get("certificates"),
            false,
            Writer::certificate,
        );
        self.section("Awards", resume.get("awards"), true, Writer::award);
        self.section(
            "Publications",
            resume.get("publications"),
            true,
            Writer::publication,
        );
        self.section(
            "Languages",
            resume.get("languages"),
            false,
            Writer::language,
        );
        self.section(
            "Interests",
            resume.get("interests"),
            false,
            Writer::interest,
        );
        self.section(
            "References",
            resume.get("references"),
            true,
            Writer::reference,
        );
    }

    /// The sections of a tree in its own schema, in the author's order:
    /// each key holding a list (or a map holding one) that is neither a
    /// contact field nor settings.
    /// `top`: the tree's top, where keys also name contact fields (inside
    /// RenderCV's `sections:` a "summary" is a section).
    fn sections_of(&mut self, sections: Vec<(&str, &Node)>, top: bool) {
        for (key, value) in sections {
            let name = folded(key);
            if name == "sections" && value.is_map() {
                // RenderCV: `sections: {experience: [...], ...}`.
                self.sections_of(self::sections(value), false);
                continue;
            }
            let contact = [NAME, LABEL, EMAIL, PHONE, URL, PLACE, PROFILES, SUMMARY]
                .iter()
                .any(|names| names.contains(&name.as_str()))
                || CONTACT_MAPS.contains(&name.as_str());
            if (top && contact) || NOT_TEXT.contains(&name.as_str()) {
                continue;
            }
            let section = section_of(key);
            let fields: &[&[&str]] = match section {
                Some(Section::Experience) => &[EMPLOYER, POSITION],
                Some(Section::Education) => &[INSTITUTION],
                _ => &[],
            };
            let named = named_entries(value, fields);
            // (A labelled map's other entries, `publication: {…}` beside
            // the schools, are sections of their own after it.)
            let others: Vec<(&str, &Node)> = match (&named, &value.value) {
                (Some(_), Value::Map(labelled)) => labelled
                    .iter()
                    .filter(|(_, v)| !holds_any(v, fields))
                    .map(|(k, v)| (k.as_str(), v))
                    .collect(),
                _ => Vec::new(),
            };
            let value = named.as_ref().unwrap_or(value);
            let list = list_of(value);
            let heading = humanized(key);
            match (section, list) {
                // `technicalExperience: [{name: Go, experience: 4}]`: a
                // list whose entries hold no title, role or dates is no
                // list of jobs, whatever its key says.
                (Some(Section::Experience), Some(list)) if !holds_jobs(list) => {
                    self.section(&heading, Some(list), true, Writer::entry);
                }
                (Some(Section::Experience), Some(list)) => {
                    self.section(&heading, Some(list), true, Writer::work);
                }
                (Some(Section::Education), Some(list)) => {
                    self.section(&heading, Some(list), true, Writer::education);
                }
                (Some(Section::Skills), Some(list)) => {
                    self.section(&heading, Some(list), false, Writer::skill);
                }
                (_, Some(list)) => self.section(&heading, Some(list), true, Writer::entry),
                (_, None) if value.is_map() => {
                    // `skills: {languages: [...], tools: [...]}`: a line
                    // per key.
                    self.blank(value.key_line);
                    self.push_raw(heading, value.key_line);
                    for (k, v) in value.entries() {
                        self.push(labelled(&humanized(k), Some(v)));
                    }
                    self.blank(value.end_line);
                }
                (_, None) => {}
            }
            self.sections_of(others, false);
        }
    }

    /// The name, label, contact line, profiles and summary: of a JSON
    /// Resume's `basics`, or of a tree's top and the contact maps in it.
    fn basics(&mut self, basics: &Node) {
        let maps: Vec<&Node> = std::iter::once(basics)
            .chain(
                CONTACT_MAPS
                    .iter()
                    .filter_map(|k| basics.field(&[k]))
                    .filter(|m| m.is_map()),
            )
            .collect();
        let find = |names: &[&str]| maps.iter().find_map(|m| m.field(names));
        self.push(find(NAME).and_then(name_of));
        self.push(piece(find(LABEL)));
        let location = find(PLACE).and_then(|v| match v.is_map() {
            // "Halifax, Nova Scotia, CA", as a theme prints the place; a
            // region that repeats the city is said once ("Shanghai").
            true => {
                let loc = v;
                join(
                    {
                        let city = piece(loc.get("city"));
                        let region = piece(loc.field(&["region", "state"])).filter(|r| {
                            city.as_ref()
                                .is_none_or(|c| !c.text.eq_ignore_ascii_case(&r.text))
                        });
                        vec![city, region]
                    },
                    ", ",
                )
                .map(|place| {
                    join(
                        vec![Some(place), piece(loc.field(&["countrycode", "country"]))],
                        ", ",
                    )
                    .expect("the place is there")
                })
                .or_else(|| piece(loc.get("address")))
                .or_else(|| piece(loc.field(&["countrycode", "country"])))
            }
            false => piece(Some(v)),
        });
        let contact = join(
            vec![
                piece(find(EMAIL)),
                piece(find(PHONE)),
                piece(find(URL)),
                location,
            ],
            " | ",
        );
        self.push(contact);
        let mut links = profiles(find(PROFILES));
        if !find(PROFILES).is_some_and(Node::is_map) {
            // `linkedin: jdoe` beside the e-mail.
            for (key, v) in maps.iter().flat_map(|m| m.entries()) {
                if NETWORKS.contains(&folded(key).as_str()) && v.text().is_some() {
                    links.push(labelled(&humanized(key), Some(v)));
                }
            }
        }
        self.push(join(links, " | "));
        if let Some(summary) = basics.field(SUMMARY).filter(|s| !s.is_map()) {
            let mark = self.lines.len();
            self.blank(summary.key_line);
            self.push_raw("Summary".to_owned(), summary.key_line);
            self.paragraph(Some(summary));
            if self.lines.last().is_some_and(|l| l.text == "Summary") {
                self.lines.truncate(mark);
            }
        }
    }

    /// A job; each of the roles listed under it is one, at its employer.
    fn work(&mut self, job: &Node) {
        self.each_under(job, ROLES, Writer::job);
    }

    /// An entry, or each of the entries a list under it names (roles at
    /// an employer, diplomas at a school), with the entry they are under.
    fn each_under<F>(&mut self, entry: &Node, names: &[&str], write: F)
    where
        F: Fn(&mut Self, &Node, Option<&Node>),
    {
        let inner: Vec<&Node> = entry
            .field(names)
            .map(|l| l.items().into_iter().filter(|i| i.is_map()).collect())
            .unwrap_or_default();
        if inner.is_empty() {
            write(self, entry, None);
        }
        for item in inner {
            write(self, item, Some(entry));
            self.blank(item.end_line);
        }
    }

    /// One job's title line, stated fields, summary and highlights; a role
    /// takes the employer and place of the job it is listed under.
    fn job(&mut self, job: &Node, under: Option<&Node>) {
        // bamos/cv's `place:` beside its `location:` is the employer.
        let employer_of = |entry: &Node| {
            piece(entry.field(EMPLOYER)).or_else(|| {
                entry
                    .get("location")
                    .and_then(|_| piece(entry.get("place")))
            })
        };
        let employer = employer_of(under.unwrap_or(job));
        let position = piece(job.field(POSITION));
        let location =
            piece(job.get("location")).or_else(|| under.and_then(|p| piece(p.get("location"))));
        let dates = dates(job).or_else(|| under.and_then(dates));
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
        for name in DESCRIPTION {
            self.paragraph(job.field(&[name]));
        }
        self.bullets(job.field(HIGHLIGHTS));
        self.push(labelled("Technologies", job.field(TECHNOLOGIES)));
    }

    fn volunteer(&mut self, role: &Node) {
        let title = join(
            vec![
                piece(role.get("position")),
                piece(role.get("organization")),
                dates(role),
            ],
            ", ",
        );
        self.push(title);
        self.paragraph(role.get("summary"));
        self.bullets(role.get("highlights"));
    }

    fn project(&mut self, project: &Node) {
        let title = join(
            vec![
                piece(project.get("name")),
                piece(project.get("roles")),
                piece(project.get("entity")),
                dates(project),
            ],
            ", ",
        );
        self.push(title);
        self.paragraph(project.get("description"));
        self.bullets(project.get("highlights"));
        // Labelled so the segmenter reads it as a list, not a sentence.
        self.push(labelled("Keywords", project.get("keywords")));
    }

    /// "name: kw1, kw2" (the level is left out: no ATS scores it).
    fn skill(&mut self, skill: &Node) {
        self.push(name_and_keywords(skill));
    }

    fn interest(&mut self, interest: &Node) {
        self.push(name_and_keywords(interest));
    }

    /// A school's entry; each of the diplomas listed under it is one, at
    /// its school.
    fn education(&mut self, school: &Node) {
        self.each_under(school, DIPLOMAS, Writer::school);
    }

    fn school(&mut self, school: &Node, under: Option<&Node>) {
        let first = self.lines.len();
        let (study_type, area) = (piece(school.field(DEGREE)), piece(school.field(AREA)));
        let institution = piece(under.unwrap_or(school).field(INSTITUTION));
        let dates = dates(school);
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
        self.push(labelled("Score", school.get("score")));
        self.push(labelled("GPA", school.get("gpa")));
        self.push(labelled("Courses", school.get("courses")));
        let named = [&stated.institution, &stated.area, &stated.study_type];
        if self.lines.len() > first && named.iter().any(|v| v.is_some()) {
            self.stated.schools.push(stated);
        }
    }

    fn certificate(&mut self, cert: &Node) {
        self.push(keyed(cert, &["name", "issuer", "date"], ", "));
    }

    fn award(&mut self, award: &Node) {
        self.push(keyed(award, &["title", "awarder", "date"], ", "));
        self.paragraph(award.get("summary"));
    }

    fn publication(&mut self, publication: &Node) {
        self.push(keyed(
            publication,
            &["name", "publisher", "releaseDate"],
            ", ",
        ));
        self.paragraph(publication.get("summary"));
    }

    fn language(&mut self, language: &Node) {
        self.push(keyed(language, &["language", "fluency"], ": "));
    }

    fn reference(&mut self, reference: &Node) {
        self.push(piece(reference.get("name")));
        self.paragraph(reference.get("reference"));
    }

    /// An entry of a section no schema names (projects, awards, talks in
    /// a schema of the author's own): its short values on one line, its
    /// long ones as paragraphs, its lists as bullets.
    fn entry(&mut self, entry: &Node) {
        let mut head = Vec::new();
        let mut long = Vec::new();
        let mut lists = Vec::new();
        for (key, value) in entry.entries() {
            match &value.value {
                Value::Text(t) if t.split_whitespace().count() <= 12 => {
                    head.push(piece(Some(value)))
                }
                Value::Text(_) => long.push(value),
                Value::List(_) => lists.push((key, value)),
                _ => {}
            }
        }
        self.push(join(head, " | "));
        for value in long {
            self.paragraph(Some(value));
        }
        for (key, value) in lists {
            let short = value
                .items()
                .iter()
                .all(|i| i.text().is_some_and(|t| t.split_whitespace().count() <= 3));
            if short {
                self.push(labelled(&humanized(key), Some(value)));
            } else {
                self.bullets(Some(value));
            }
        }
    }
}

/// A name as a string, or as its parts (`{first: Jane, last: Doe}`).
fn name_of(v: &Node) -> Option<Piece> {
    if !v.is_map() {
        return piece(Some(v));
    }
    join(
        vec![
            piece(v.field(&["first", "firstname", "given", "givenname"])),
            piece(v.field(&["middle", "middlename"])),
            piece(v.field(&["last", "lastname", "family", "familyname", "surname"])),
        ],
        " ",
    )
}

/// "GitHub: https://github.com/jdoe | LinkedIn: …": a theme's links, from
/// a list of profiles or a map of network to handle.
fn profiles(v: Option<&Node>) -> Vec<Option<Piece>> {
    let Some(v) = v else { return Vec::new() };
    if v.is_map() {
        return v
            .entries()
            .iter()
            .filter(|(network, handle)| {
                let network = folded(network);
                // `social: {linkedin: jdoe, address: ...}`: the place is
                // said on the contact line.
                handle.text().is_some()
                    && ![EMAIL, PHONE, URL, PLACE]
                        .iter()
                        .any(|names| names.contains(&network.as_str()))
            })
            .map(|(network, handle)| labelled(&humanized(network), Some(handle)))
            .collect();
    }
    v.items()
        .into_iter()
        .filter_map(|p| {
            if !p.is_map() {
                return None;
            }
            let url = piece(p.field(&["url", "username", "handle", "user"]))?;
            Some(Some(match piece(p.get("network")) {
                Some(network) => Piece {
                    text: format!("{}: {}", network.text, url.text),
                    line: url.line,
                },
                None => url,
            }))
        })
        .collect()
}

fn name_and_keywords(obj: &Node) -> Option<Piece> {
    let name = piece(obj.field(&["name", "category", "label", "title"]));
    let keywords = piece(obj.field(&["keywords", "items", "skills", "list", "details"]));
    match (name, keywords) {
        (Some(name), Some(keywords)) => Some(Piece {
            text: format!("{}: {}", name.text, keywords.text),
            line: name.line,
        }),
        (name, keywords) => name.or(keywords),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_as_headings_and_field_names() {
        for (key, heading, folded_key) in [
            ("work_experience", "Work Experience", "workexperience"),
            ("workExperience", "Work Experience", "workexperience"),
            ("start-date", "Start Date", "startdate"),
            ("education", "Education", "education"),
        ] {
            assert_eq!(humanized(key), heading, "{key}");
            assert_eq!(folded(key), folded_key, "{key}");
        }
        assert_eq!(section_of("jobs"), Some(Section::Experience));
        assert_eq!(section_of("current_position"), Some(Section::Experience));
        assert_eq!(
            section_of("professional_experience"),
            Some(Section::Experience)
        );
        assert_eq!(section_of("schools"), Some(Section::Education));
    }
}
