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

use serde::Serialize;

use crate::normalize::NormText;

/// The sections a resume is split into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Before the first heading: name, contact, often an untitled summary.
    Top,
    Summary,
    Experience,
    Projects,
    Skills,
    Education,
    Certifications,
    /// A recognized heading of another kind (Awards, Languages, Interests...).
    Other,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Top => "top",
            Section::Summary => "summary",
            Section::Experience => "experience",
            Section::Projects => "projects",
            Section::Skills => "skills",
            Section::Education => "education",
            Section::Certifications => "certifications",
            Section::Other => "other",
        }
    }
}

/// Heading names by section, compared after [`heading_key`].
const HEADINGS: &[(Section, &[&str])] = &[
    (
        Section::Summary,
        &[
            "summary",
            "professional summary",
            "career summary",
            "executive summary",
            "summary of qualifications",
            "qualifications summary",
            "profile",
            "professional profile",
            "career profile",
            "personal profile",
            "about",
            "about me",
            "objective",
            "career objective",
            "professional objective",
            "overview",
            "personal statement",
        ],
    ),
    (
        Section::Experience,
        &[
            "experience",
            "work experience",
            "professional experience",
            "relevant experience",
            "industry experience",
            "technical experience",
            "employment",
            "employment history",
            "work history",
            "career history",
            "professional background",
            "internships",
            "internship experience",
            "experience and internships",
            "work",
            "positions",
            "professional history",
        ],
    ),
    (
        Section::Projects,
        &[
            "projects",
            "personal projects",
            "selected projects",
            "key projects",
            "academic projects",
            "side projects",
            "technical projects",
            "project experience",
            "open source",
            "open source contributions",
            "open source projects",
            "portfolio",
        ],
    ),
    (
        Section::Skills,
        &[
            "skills",
            "technical skills",
            "key skills",
            "core skills",
            "skills summary",
            "skill set",
            "skillset",
            "core competencies",
            "competencies",
            "areas of expertise",
            "expertise",
            "technical expertise",
            "technologies",
            "technology",
            "tech stack",
            "tools",
            "tools and technologies",
            "technologies and tools",
            "skills and tools",
            "skills and abilities",
            "skills and expertise",
            "strengths",
            "key strengths",
            "technical proficiencies",
            "proficiencies",
            "programming languages",
            "languages and tools",
            "languages and technologies",
            "qualifications",
        ],
    ),
    (
        Section::Education,
        &[
            "education",
            "academic background",
            "educational background",
            "education and training",
            "academics",
            "academic qualifications",
            "education and certifications",
        ],
    ),
    (
        Section::Certifications,
        &[
            "certifications",
            "certification",
            "certificates",
            "licenses",
            "licenses and certifications",
            "certifications and licenses",
            "certifications and training",
            "professional certifications",
            "training",
            "courses",
            "coursework",
            "relevant coursework",
            "credentials",
        ],
    ),
    (
        Section::Other,
        &[
            "awards",
            "honors",
            "honors and awards",
            "awards and honors",
            "achievements",
            "accomplishments",
            "publications",
            "patents",
            "presentations",
            "talks",
            "volunteer",
            "volunteering",
            "volunteer experience",
            "volunteer work",
            "leadership",
            "activities",
            "extracurricular activities",
            "interests",
            "hobbies",
            "hobbies and interests",
            "languages",
            "references",
            "contact",
            "contact information",
            "personal information",
            "personal details",
            "additional information",
            "memberships",
            "affiliations",
            "professional affiliations",
        ],
    ),
];

/// Lower-cases, turns `&` into `and`, drops punctuation and collapses spaces.
fn heading_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    for word in line
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        if word == "&" {
            key.push_str("and");
        } else {
            for c in word.chars() {
                if c == '&' {
                    key.push_str(" and ");
                } else {
                    key.extend(c.to_lowercase());
                }
            }
        }
    }
    key
}

/// The section a heading line opens, if the line is a heading.
pub fn heading_section(line: &str) -> Option<Section> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > 48 || bullet_body(trimmed).is_some() {
        return None;
    }
    // "Skills: Python, Go" is a labelled list, not a heading.
    if let Some((_, after)) = trimmed.split_once(':')
        && !after.trim().is_empty()
    {
        return None;
    }
    let key = heading_key(trimmed);
    HEADINGS
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(section, _)| *section)
        .or_else(|| titled_heading(trimmed, &key))
}

/// Nouns that name a section inside a longer heading ("Programming Skills",
/// "Research Experience", "Education & Certifications").
const SECTION_NOUNS: &[(&str, Section)] = &[
    ("experience", Section::Experience),
    ("employment", Section::Experience),
    ("skills", Section::Skills),
    ("competencies", Section::Skills),
    ("technologies", Section::Skills),
    ("proficiencies", Section::Skills),
    ("projects", Section::Projects),
    ("education", Section::Education),
    ("certifications", Section::Certifications),
    ("certificates", Section::Certifications),
    ("licenses", Section::Certifications),
    ("summary", Section::Summary),
    ("profile", Section::Summary),
    ("objective", Section::Summary),
    ("awards", Section::Other),
    ("honors", Section::Other),
    ("publications", Section::Other),
    ("interests", Section::Other),
    ("activities", Section::Other),
];

/// Words a heading does not contain: with them the line is a phrase
/// ("Experience with Python"), not a title.
const PHRASE_WORDS: &[&str] = &[
    "with", "in", "of", "for", "at", "to", "on", "by", "from", "as", "the", "a", "an", "my", "our",
    "is", "are", "was", "i",
];

/// A short title-case line holding a section noun: up to four words, each
/// capitalized (or `&`/`and`), no phrase words.
fn titled_heading(line: &str, key: &str) -> Option<Section> {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let titled = words.iter().all(|w| {
        *w == "and"
            || w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase)
    });
    if !titled || key.split(' ').any(|w| PHRASE_WORDS.contains(&w)) {
        return None;
    }
    key.split(' ')
        .find_map(|w| SECTION_NOUNS.iter().find(|(noun, _)| *noun == w))
        .map(|(_, section)| *section)
}

const BULLET_GLYPHS: &[char] = &[
    '•', '◦', '▪', '▫', '■', '□', '●', '○', '◆', '◇', '►', '▸', '▹', '‣', '⁃', '·', '∙', '➢', '➤',
    '✓', '✔', '❖', '✦', '★', '»', '→', '⦿', '⚬',
];

/// The text after a bullet mark when the line is a bullet.
pub fn bullet_body(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let rest_at = first.len_utf8();
    if BULLET_GLYPHS.contains(&first) || matches!(first, '\u{E000}'..='\u{F8FF}') {
        return Some(line[rest_at..].trim_start());
    }
    if matches!(first, '-' | '*' | '+') {
        let rest = &line[rest_at..];
        return rest
            .starts_with(char::is_whitespace)
            .then(|| rest.trim_start());
    }
    if first.is_ascii_digit() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &line[digits..];
        if digits <= 2
            && let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
            && after.starts_with(char::is_whitespace)
            && after.trim_start().starts_with(char::is_alphabetic)
        {
            return Some(after.trim_start());
        }
    }
    None
}

/// Whether a line is a list of items ("Languages: Go, Rust, SQL",
/// "Docker | Kubernetes | Terraform") rather than a sentence. Keywords in
/// such lines are not "in context".
pub fn is_list_line(line: &str) -> bool {
    let body = bullet_body(line).unwrap_or(line).trim();
    let separators = body
        .chars()
        .filter(|c| matches!(c, ',' | '|' | ';' | '•' | '·'))
        .count();
    if let Some((label, rest)) = body.split_once(':')
        && label.split_whitespace().count() <= 4
        && separators >= 1
        && !rest.trim().is_empty()
    {
        return true;
    }
    let words = body.split_whitespace().count();
    separators >= 2 && words <= (separators + 1) * 3
}

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

    #[test]
    fn heading_section_recognizes_common_variants() {
        let cases: &[(&str, Option<Section>)] = &[
            ("EXPERIENCE", Some(Section::Experience)),
            ("Work Experience:", Some(Section::Experience)),
            ("  Professional Experience  ", Some(Section::Experience)),
            ("Technical Skills", Some(Section::Skills)),
            ("Skills & Tools", Some(Section::Skills)),
            ("Licenses & Certifications", Some(Section::Certifications)),
            ("PROFESSIONAL SUMMARY", Some(Section::Summary)),
            ("Education", Some(Section::Education)),
            ("Personal Projects", Some(Section::Projects)),
            ("— Awards —", Some(Section::Other)),
            ("Programming Skills", Some(Section::Skills)),
            ("Research Experience", Some(Section::Experience)),
            ("EDUCATION & CERTIFICATIONS", Some(Section::Education)),
            ("Skills & Interests", Some(Section::Skills)),
            ("Experience with Python", None),
            ("relevant experience includes", None),
            ("Senior Software Engineer", None),
            ("Skills: Python, Go, SQL", None),
            ("Experienced backend engineer", None),
            ("• Skills", None),
        ];
        for (line, want) in cases {
            assert_eq!(heading_section(line), *want, "{line:?}");
        }
    }

    #[test]
    fn bullet_body_recognizes_marks() {
        let cases: &[(&str, Option<&str>)] = &[
            ("• Built APIs", Some("Built APIs")),
            ("◦ nested", Some("nested")),
            ("▪ square", Some("square")),
            ("- dash", Some("dash")),
            ("* star", Some("star")),
            ("\u{F0B7} symbol font", Some("symbol font")),
            ("\u{F0A7}wingdings", Some("wingdings")),
            ("1. First", Some("First")),
            ("12) Twelfth", Some("Twelfth")),
            ("-5% cost", None),
            ("2019 - 2021", None),
            ("3.5 GPA", None),
            ("Plain line", None),
        ];
        for (line, want) in cases {
            assert_eq!(bullet_body(line), *want, "{line:?}");
        }
    }

    #[test]
    fn list_lines_are_not_sentences() {
        let cases: &[(&str, bool)] = &[
            ("Languages: Go, Rust, SQL", true),
            ("Go, Python, Java, SQL", true),
            ("Docker | Kubernetes | Terraform", true),
            ("• Tech: Java, Spring", true),
            (
                "Built REST APIs in Go, Python and Java serving 1M users",
                false,
            ),
            (
                "Designed, built, and shipped the billing service used by 40 teams",
                false,
            ),
            ("Led the migration to Kubernetes", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_list_line(line), *want, "{line:?}");
        }
    }

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
