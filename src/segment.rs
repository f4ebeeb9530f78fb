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

use crate::normalize::{NormLine, NormText};
pub use crate::vocab::Section;
use crate::vocab::{bullet_body, heading_section, marked_heading, named_heading};

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
    /// What a reader counts as statements of work done: the bullets that
    /// are not a job's header line ("• Google  Mountain View, CA"), and in
    /// a section written as paragraphs, its sentences.
    pub statements: Vec<Bullet>,
    /// Lines that list courses taken, by line index: a Coursework section,
    /// a "Relevant Coursework:" line and the lines its list goes on to.
    /// Course titles name subjects, not skills shown.
    pub courses: Vec<bool>,
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
    // A short line with a range of dates ("Data Analyst, NOAA - 2002 to
    // 2005") below a statement that ends in ";" is the next job's header.
    if next.split_whitespace().count() <= 16
        && crate::parse::dates::find(next).is_some_and(|f| f.to.is_some())
    {
        return false;
    }
    let previous = previous.trim_end();
    if previous.ends_with([',', ';', '-', '&', '(', '/']) {
        return true;
    }
    let last_word = previous.rsplit(' ').next().unwrap_or("");
    CONTINUING_WORDS.contains(&last_word.to_lowercase().as_str())
}

/// Whether `next` is indented to where the text of the bullet line above
/// starts, as a text source wraps an item ("* Core developer of Rally," /
/// "  2015-2017"): it goes on with that item, whatever it says.
fn indented_under(above: &str, next: &str) -> bool {
    let column = |line: &str| line.chars().take_while(|c| *c == ' ').count();
    let at = column(next);
    if at < 2 || next.trim().is_empty() {
        return false;
    }
    let body = bullet_body(above).map_or(above.trim_start(), str::trim_start);
    let body_at = above.chars().count() - body.chars().count();
    at == body_at || (bullet_body(above).is_none() && at == column(above))
}

/// Whether the heading-like line `i` right under the Experience heading
/// ("EXPERIENCE" / "PERSONAL PROJECTS & CONTENT") is the section's first
/// entry, set in the style of the job titles below it, rather than a
/// section of its own that would leave Experience empty. A section's
/// usual name ("PROJECTS") is always a heading.
fn first_entry(text: &NormText, i: usize, headings: &[(usize, Section)], section: Section) -> bool {
    let Some(&(h, Section::Experience)) = headings.last() else {
        return false;
    };
    section != Section::Experience
        && text.lines[h + 1..i]
            .iter()
            .all(|l| l.text.trim().is_empty())
        && named_heading(&text.lines[i].text).is_none()
}

/// Nouns of a label over a job's own bullets.
const JOB_LABEL_NOUNS: &[&str] = &["achievements", "accomplishments", "highlights"];

/// Whether the heading-like line `i` ("Key Achievements") labels a job's
/// bullets inside Experience rather than opening a section of its own: it
/// is not a section's usual name, only a title holding a noun of a job's
/// achievements, bullets or statements follow it, and a job's header (a line with a
/// range of dates, not a bullet) follows them before the next heading.
fn labels_job(text: &NormText, i: usize, current: Section, section: Section) -> bool {
    let line = text.lines[i].text.to_lowercase();
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .collect();
    // "Accomplishments" alone names a section too; between two jobs it
    // labels the first one's bullets as well.
    let label_alone = words.len() == 1 && JOB_LABEL_NOUNS.contains(&words[0]);
    // "Projets :", "Projects:" run in over a job's bullets label the
    // projects of that job.
    let projects = section == Section::Projects && line.trim_end().ends_with([':', '：']);
    if current != Section::Experience
        || !projects
            && (section != Section::Other
                || (named_heading(&line).is_some() && !label_alone)
                || !words.iter().any(|w| JOB_LABEL_NOUNS.contains(w)))
    {
        return false;
    }
    let mut after = text.lines[i + 1..]
        .iter()
        .map(|l| l.text.as_str())
        .filter(|l| !l.trim().is_empty());
    // Bullets follow it, or statements a word processor set without
    // their marks ("Participated in the formulation of 3 projects…").
    if after
        .next()
        .is_none_or(|l| bullet_body(l).is_none() && l.split_whitespace().count() < 10)
    {
        return false;
    }
    text.lines[i + 1..]
        .iter()
        .map(|l| l.text.as_str())
        .take_while(|l| {
            heading_section(l).is_none_or(|s| s == Section::Other && named_heading(l).is_none())
        })
        .any(|l| {
            bullet_body(l).is_none()
                && l.split_whitespace().count() <= 12
                && crate::parse::dates::find(l).is_some_and(|f| f.to.is_some())
        })
}

/// Whether a heading of an outline source that names a section is one of
/// an entry's own: in a section of entries, deeper than the entries'
/// headings ("**** Skills" under "*** Acme" under "** Experience"), or as
/// deep and no common heading's name whole ("=== BBN Technologies" among
/// "=== Neomar" under "== Career").
fn under_entry(line: &NormLine, current: Section, entry_at: Option<u8>) -> bool {
    let entries = matches!(
        current,
        Section::Experience | Section::Education | Section::Projects
    );
    entries
        && line.level > 0
        && entry_at.is_some_and(|at| {
            line.level > at || (line.level == at && named_heading(&line.text).is_none())
        })
}

/// Whether the heading-like line `i` inside Experience that would open
/// Education or Skills ("Amplify Education", "Pearson Education",
/// "Dextra Technologies •") is an employer's name: it is not a section's
/// usual name, and a job's title comes under it before any school or
/// degree, in the few lines to a range of dates.
fn names_employer(text: &NormText, i: usize, current: Section, section: Section) -> bool {
    use crate::parse::resume::{is_position, names_school_or_degree};
    if current != Section::Experience
        || !matches!(section, Section::Education | Section::Skills)
        || named_heading(&text.lines[i].text).is_some()
    {
        return false;
    }
    for line in text.lines[i + 1..]
        .iter()
        .map(|l| l.text.trim())
        .filter(|l| !l.is_empty())
        .take(6)
    {
        if names_school_or_degree(line) || heading_section(line).is_some() {
            return false;
        }
        if is_position(line) {
            return true;
        }
        if crate::parse::dates::find(line).is_some_and(|f| f.to.is_some()) {
            break;
        }
    }
    false
}

/// Whether the line `i` inside Education that would open Coursework
/// ("Courses" under each degree of a theme's Education) labels the
/// courses of the entry above: another school's dated line follows
/// before any other heading.
fn labels_school(text: &NormText, i: usize, current: Section, section: Section) -> bool {
    use crate::parse::resume::names_school_or_degree;
    current == Section::Education
        && section == Section::Coursework
        && text.lines[i + 1..]
            .iter()
            .map(|l| l.text.trim())
            .filter(|l| !l.is_empty())
            .take_while(|l| heading_section(l).is_none_or(|s| s == Section::Coursework))
            .any(|l| names_school_or_degree(l) && crate::parse::dates::find(l).is_some())
}

/// Whether the heading-like line `i` inside Experience ("Volunteer") is a
/// job's title: a job's word, right above a line with a range of dates,
/// as a title stood above its dated line in a job before it in the
/// section ("Medical Equipment Technician" / "Canadian Red Cross …  Oct
/// 2018 - July 2020").
fn titles_job(text: &NormText, i: usize, current: Section, headings: &[(usize, Section)]) -> bool {
    use crate::parse::resume::is_position;
    let titled = |k: usize| {
        let line = text.lines[k].text.trim();
        !line.is_empty()
            && line.split_whitespace().count() <= 5
            && is_position(line)
            && text.lines.get(k + 1).is_some_and(|next| {
                bullet_body(&next.text).is_none()
                    && crate::parse::dates::find(&next.text).is_some_and(|f| f.to.is_some())
            })
    };
    let Some(&(from, Section::Experience)) = headings.last() else {
        return false;
    };
    current == Section::Experience && titled(i) && (from + 1..i).any(titled)
}

/// The separator that sets a job header's fields apart ("Senior Engineer
/// | Acme | 2022 - 2025" → '|'), if the line has one. A spaced hyphen
/// counts outside the line's range of dates ("Monmouth Telecom - Red
/// Bank, NJ May 2022 - Oct 2022" → '-'; normalized text writes an en
/// dash so). `found` is the line's range, read by the caller.
fn header_separator(line: &str, found: &crate::parse::dates::Found) -> Option<char> {
    line.chars()
        .find(|c| ['|', '•', '·', '@', '—', '–'].contains(c))
        .or_else(|| {
            let undated = format!(
                "{} {}",
                line.get(..found.start).unwrap_or_default(),
                line.get(found.end..).unwrap_or_default()
            );
            undated.contains(" - ").then_some('-')
        })
}

/// Whether line `i`, in a section of skills, a summary or projects set
/// after Experience ("KEY STRENGTHS" or "Projects" between two jobs), is
/// a job's header that takes Experience up again: it reads as a header,
/// holds a range of dates, sets its fields apart as a header in
/// Experience above did, names a job (or the line under it does:
/// "Monmouth Telecom – Red Bank, NJ May 2022 – Oct 2022" over "Network
/// Operations Tech"), and bullets follow it before the next header.
fn resumes_experience(text: &NormText, i: usize, current: Section, shapes: &[char]) -> bool {
    use crate::parse::resume::is_position;
    let line = text.lines[i].text.trim();
    if !matches!(
        current,
        Section::Skills | Section::Summary | Section::Projects
    ) || bullet_body(line).is_some()
    {
        return false;
    }
    let Some(found) = crate::parse::dates::find(line).filter(|f| f.to.is_some()) else {
        return false;
    };
    if !header_separator(line, &found).is_some_and(|c| shapes.contains(&c)) || !is_header_line(line)
    {
        return false;
    }
    let mut next = text.lines[i + 1..]
        .iter()
        .map(|l| l.text.trim())
        .filter(|l| !l.is_empty())
        .take(2)
        .take_while(|l| crate::parse::dates::find(l).is_none());
    let title_under =
        |l: &str| bullet_body(l).is_none() && l.split_whitespace().count() <= 8 && is_position(l);
    // Bullets come next, or after a line of what the job was about.
    match next.next() {
        Some(l) if bullet_body(l).is_some() => is_position(line),
        Some(l) => (is_position(line) || title_under(l)) && next.any(|l| bullet_body(l).is_some()),
        None => false,
    }
}

/// Splits normalized text into sections and bullets.
pub fn segment(text: &NormText) -> Segments {
    let mut sections = Vec::with_capacity(text.lines.len());
    let mut headings = Vec::new();
    let mut bullets: Vec<Bullet> = Vec::new();
    let mut current = Section::Top;
    // Index into `bullets` of the bullet that may continue on the next line.
    let mut open: Option<usize> = None;
    // How Experience's dated headers set their fields apart.
    let mut shapes: Vec<char> = Vec::new();
    // The labels over jobs' bullets seen in Experience ("Accomplishments").
    let mut job_labels: Vec<String> = Vec::new();
    // The marks that set a common heading's name apart ("• Education").
    let mut heading_marks: Vec<char> = Vec::new();
    // In an outline source: how deep the heading that opened the current
    // section is, and the shallowest heading under it that opened none
    // (an entry's: "*** Acme" under "** Experience").
    let mut opened_at = 0u8;
    let mut entry_at: Option<u8> = None;
    // How deep the last heading holding a range of dates is ("***
    // /Developer (July 2019 - June 2021)/"), while no heading as deep or
    // shallower has followed it: a heading under it is the entry's own,
    // whatever section holds them (an Org CV's jobs under no heading).
    let mut dated_at: Option<u8> = None;
    for l in &text.lines {
        if marked_heading(&l.text).is_some()
            && let Some(mark) = l.text.trim_start().chars().next()
            && !heading_marks.contains(&mark)
        {
            heading_marks.push(mark);
        }
    }
    for (i, line) in text.lines.iter().enumerate() {
        if line.level > 0 {
            if crate::parse::dates::find(&line.text).is_some_and(|f| f.to.is_some()) {
                dated_at = Some(line.level);
            } else if dated_at.is_some_and(|at| line.level <= at) {
                dated_at = None;
            }
        }
        if current == Section::Experience
            && bullet_body(&line.text).is_none()
            && let Some(found) = crate::parse::dates::find(&line.text).filter(|f| f.to.is_some())
            && let Some(c) = header_separator(&line.text, &found)
            && !shapes.contains(&c)
        {
            shapes.push(c);
        } else if resumes_experience(text, i, current, &shapes) {
            current = Section::Experience;
        }
        // "Languages:" inside Skills labels programming languages, not a
        // section of spoken ones.
        let label_in_skills = current == Section::Skills
            && line
                .text
                .trim()
                .trim_end_matches(':')
                .eq_ignore_ascii_case("languages");
        // "• Education" followed by a line that is not a bullet: a heading
        // with an icon before it, not the first item of a list. So is
        // "• Past Experience", any heading's name, where the same mark
        // sets a common heading's name apart ("• Recent Experience").
        let marked = || {
            let section = marked_heading(&line.text).or_else(|| {
                let mark = line.text.trim_start().chars().next()?;
                heading_marks
                    .contains(&mark)
                    .then(|| heading_section(bullet_body(&line.text)?))
                    .flatten()
            })?;
            text.lines[i + 1..]
                .iter()
                .find(|l| !l.text.trim().is_empty())
                .is_some_and(|next| bullet_body(&next.text).is_none())
                .then_some(section)
        };
        if let Some(section) = heading_section(&line.text)
            .filter(|_| !label_in_skills)
            .filter(|&section| {
                // The last job's label, the same as the jobs' above.
                let again = current == Section::Experience
                    && job_labels.contains(&line.text.trim().to_lowercase());
                let label = again || labels_job(text, i, current, section);
                if label {
                    job_labels.push(line.text.trim().to_lowercase());
                }
                !label
            })
            .filter(|&section| !first_entry(text, i, &headings, section))
            .filter(|&section| !names_employer(text, i, current, section))
            .filter(|&section| !labels_school(text, i, current, section))
            .filter(|_| !titles_job(text, i, current, &headings))
            .filter(|_| !under_entry(line, current, entry_at))
            .filter(|_| dated_at.is_none_or(|at| line.level <= at))
            .or_else(marked)
        {
            current = section;
            opened_at = line.level;
            entry_at = None;
            headings.push((i, section));
            sections.push(section);
            open = None;
            continue;
        }
        sections.push(current);
        if line.level > opened_at {
            entry_at = Some(entry_at.map_or(line.level, |at| at.min(line.level)));
        }
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
            Some(b)
                if continues(&bullets[b].text, &line.text)
                    || indented_under(&text.lines[bullets[b].last_line].text, &line.text) =>
            {
                let bullet = &mut bullets[b];
                bullet.text.push(' ');
                bullet.text.push_str(line.text.trim());
                bullet.last_line = i;
            }
            _ => open = None,
        }
    }
    let statements = statements(text, &sections, &headings, &bullets);
    let courses = courses(text, &sections, &headings);
    Segments {
        sections,
        headings,
        bullets,
        statements,
        courses,
    }
}

/// See [`Segments::courses`].
fn courses(text: &NormText, sections: &[Section], headings: &[(usize, Section)]) -> Vec<bool> {
    let mut courses: Vec<bool> = Vec::with_capacity(text.lines.len());
    for (i, (line, section)) in text.lines.iter().zip(sections).enumerate() {
        // A list of courses goes on while its lines end with a comma.
        let continued = i > 0
            && courses[i - 1]
            && text.lines[i - 1].text.trim_end().ends_with(',')
            && !headings.iter().any(|(h, _)| *h == i);
        courses.push(*section == Section::Coursework || is_course_line(&line.text) || continued);
    }
    courses
}

/// A line labelled as a list of courses: "Relevant Coursework: ...".
fn is_course_line(line: &str) -> bool {
    let body = bullet_body(line).unwrap_or(line);
    body.split_once(':').is_some_and(|(label, _)| {
        label.split_whitespace().count() <= 4 && heading_section(label) == Some(Section::Coursework)
    })
}

/// Small words a job's header line may hold in lowercase.
const HEADER_CONNECTORS: &[&str] = &[
    "of", "and", "in", "at", "for", "the", "to", "on", "de", "la", "du", "des", "und", "&", "-",
    "–", "—", "|", "present", "current", "now", "e", "et", "y", "da", "do", "dos", "das", "del",
    "di", "van", "von", "der",
];

/// Words names are joined with in other languages, which statements use
/// too ("Desarrollo en Python y PHP"): a dated line may have them
/// ("Visiting Scholar, Seminar für Ästhetik, Institut für
/// Kulturwissenschaften, Humboldt Universität, Berlin (1994-95)").
const DATED_CONNECTORS: &[&str] = &["für", "zur", "zum", "voor", "pour", "en"];

/// Whether a word is one a header's names are joined with ("of", "and").
pub(crate) fn is_connector(word: &str) -> bool {
    HEADER_CONNECTORS.contains(&word.to_lowercase().as_str())
}

/// Whether a line reads as a job's header (employer, title, place, dates)
/// rather than a statement: no word in lowercase but connectors, or a date
/// with at most one such word, and short.
pub fn is_header_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    // The line's range, read only where it decides (this runs on every
    // bullet).
    let trimmed = line.trim();
    let range = || crate::parse::dates::find(trimmed).filter(|f| f.to.is_some());
    // A dated line's words are counted without its range and the marks
    // that set it apart ("… India - from May'17 to March'20"), and
    // without a remark in brackets ("University of Toronto, Lecturer
    // (History Dept, New College, Dept for the Study of Religion, Faculty
    // of Information) (2010-19)").
    if words.len() > 14 {
        let Some(f) = range() else {
            return false;
        };
        static REMARK: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new(r"\([^()0-9]*\)").expect("valid"));
        let counted = REMARK
            .replace_all(
                &format!(
                    "{} {}",
                    trimmed.get(..f.start).unwrap_or_default(),
                    trimmed.get(f.end..).unwrap_or_default()
                ),
                " ",
            )
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        if counted > 14 {
            return false;
        }
    }
    // "Built the API": a short statement opened by what was done, with a
    // small word after the verb and nothing set apart as a header's fields
    // are ("Embedded System Engineer", "Advanced Micro Devices | Austin"
    // stay headers).
    let separated = line.contains(['|', ',', '•', '·', '@', '–', '—']) || line.contains(" - ");
    let small_next = words
        .get(1)
        .is_some_and(|w| w.starts_with(char::is_lowercase) || is_connector(w));
    if !separated && small_next && opens_with_a_deed(words[0]) {
        return false;
    }
    let lowercase = words
        .iter()
        .filter(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.starts_with(char::is_lowercase) && !is_connector(bare)
        })
        .count();
    if lowercase == 0 && words.len() <= 12 {
        return true;
    }
    // "Ride with GPS | Portland, OR": a short line of names whose fields
    // bars set apart, one small word among them.
    if lowercase == 1 && words.len() <= 8 && line.contains(" | ") {
        return true;
    }
    // "… India, from Mar'20 to Nov'20": a range in any form the date
    // reader knows dates the line too.
    let joined = words
        .iter()
        .filter(|w| DATED_CONNECTORS.contains(&w.to_lowercase().as_str()))
        .count();
    lowercase.saturating_sub(joined) <= 1
        && (words.iter().any(|w| {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
        }) || range().is_some())
}

/// Past tenses that do not end in "-ed", as bullets open with them.
const IRREGULAR_PAST: &[&str] = &[
    "built",
    "led",
    "ran",
    "wrote",
    "made",
    "cut",
    "grew",
    "drove",
    "won",
    "set",
    "took",
    "gave",
    "sold",
    "taught",
    "began",
    "brought",
    "bought",
    "chose",
    "did",
    "drew",
    "found",
    "held",
    "kept",
    "met",
    "paid",
    "saw",
    "sent",
    "spent",
    "stood",
    "thought",
    "oversaw",
    "rebuilt",
    "rewrote",
    "undertook",
    "got",
];

/// Whether a word is a verb in the past tense ("Built", "Automated") that
/// opens a statement.
fn opens_with_a_deed(word: &str) -> bool {
    let word = word.to_lowercase();
    IRREGULAR_PAST.contains(&word.as_str())
        || (word.len() >= 5 && word.ends_with("ed") && word.chars().all(char::is_alphabetic))
}

/// Words a sentence needs to be a statement of its own.
const MIN_STATEMENT_WORDS: usize = 5;

/// The statements of a document: see [`Segments::statements`].
fn statements(
    text: &NormText,
    sections: &[Section],
    headings: &[(usize, Section)],
    bullets: &[Bullet],
) -> Vec<Bullet> {
    let mut out: Vec<Bullet> = bullets
        .iter()
        .filter(|b| !is_header_line(&b.text))
        .cloned()
        .collect();
    // Sections (from one heading to the next) of Experience or Projects
    // with no bullet but the headers' ("• Consilio | Portland, OR") are
    // written as paragraphs.
    let mut starts: Vec<usize> = headings.iter().map(|(i, _)| *i).collect();
    starts.push(text.lines.len());
    for pair in starts.windows(2) {
        let (from, to) = (pair[0] + 1, pair[1]);
        if from >= to || !matches!(sections[from], Section::Experience | Section::Projects) {
            continue;
        }
        if bullets
            .iter()
            .any(|b| (from..to).contains(&b.line) && !is_header_line(&b.text))
        {
            continue;
        }
        out.extend(paragraph_sentences(text, from..to, sections[from]));
    }
    out.sort_by_key(|b| b.line);
    out
}

/// The sentences of the paragraphs in lines `range`: header lines and blank
/// lines end a paragraph; a sentence ends at `. ` (or the paragraph's end).
fn paragraph_sentences(
    text: &NormText,
    range: std::ops::Range<usize>,
    section: Section,
) -> Vec<Bullet> {
    let mut out = Vec::new();
    let last_line = range.end.saturating_sub(1);
    // (line index where the current sentence began, its text)
    let mut current: Option<(usize, String)> = None;
    let flush = |current: &mut Option<(usize, String)>, last: usize, out: &mut Vec<Bullet>| {
        if let Some((line, sentence)) = current.take() {
            let sentence = sentence.trim().to_owned();
            if sentence.split_whitespace().count() >= MIN_STATEMENT_WORDS {
                out.push(Bullet {
                    line,
                    last_line: last,
                    text: sentence,
                    section,
                });
            }
        }
    };
    for i in range {
        let line = text.lines[i].text.trim();
        if line.is_empty() || is_header_line(line) {
            flush(&mut current, i.saturating_sub(1), &mut out);
            continue;
        }
        let mut rest = line;
        while !rest.is_empty() {
            let end = rest.match_indices(". ").map(|(at, _)| at + 1).find(|&at| {
                // Not after an initial or a short abbreviation ("e.g.", "Inc.").
                let word = rest[..at].rsplit(' ').next().unwrap_or("");
                word.trim_end_matches('.').chars().count() > 3
                    || word.trim_end_matches('.').chars().all(|c| c.is_lowercase())
            });
            let (piece, after) = match end {
                Some(at) => (&rest[..at], rest[at..].trim_start()),
                None => (rest, ""),
            };
            let entry = current.get_or_insert_with(|| (i, String::new()));
            if !entry.1.is_empty() {
                entry.1.push(' ');
            }
            entry.1.push_str(piece);
            if end.is_some() || piece.ends_with('.') {
                flush(&mut current, i, &mut out);
            }
            rest = after;
        }
    }
    flush(&mut current, last_line, &mut out);
    out
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
    fn a_job_header_shaped_as_experience_s_takes_it_up_again() {
        let s = segments(&[
            "Professional Experience",
            "Senior Software Engineer | Deep Green X | April 2025 - Present",
            "• Built the validator",
            "Key Strengths",
            "Security: a track record of audits",
            "Software Engineer | Tacvue | 2019 - 2022",
            "• Built dApps",
            "Volunteering",
            "Mentor | Code Club | 2018 - 2019",
            "• Taught children",
        ]);
        assert_eq!(s.sections[4], Section::Skills);
        assert_eq!(s.sections[5], Section::Experience);
        assert_eq!(s.sections[6], Section::Experience);
        // Volunteering stays its own section.
        assert_ne!(s.sections[8], Section::Experience);
        // A skills line with a bar and dates but no bullets under it, or
        // set apart otherwise than the jobs were, is no job.
        let s = segments(&[
            "Experience",
            "Engineer | Acme | 2019 - 2022",
            "• Built things",
            "Skills",
            "Rust, Go | Engineer tools 2019 - 2022",
            "Python, 2020",
            "• Built more",
            "Engineer, Beta, 2010 - 2012",
            "• Built more",
        ]);
        assert_eq!(s.sections[4], Section::Skills);
        assert_eq!(s.sections[7], Section::Skills);
        // A heading of projects inside the first job; the jobs after it
        // set their title on the line under the header.
        let s = segments(&[
            "Career History",
            "Zip Code Wilmington – Wilmington, DE Oct 2022 - Current",
            "Software Developer",
            "• Completed 1000 hours of projects",
            "Projects",
            "• Dialogue Alley - an online forum",
            "Looking For Guide – React Native app 2021 – 2022",
            "• Built a companion app",
            "ReUnion Rx – Atlantic Highlands, NJ Dec 2017 – Oct 2022",
            "Pharmaceutical Delivery Driver",
            "• Delivered to nursing homes",
        ]);
        assert_eq!(s.sections[5], Section::Projects);
        assert_eq!(s.sections[6], Section::Projects, "a project is no job");
        assert_eq!(s.sections[8], Section::Experience);
        assert_eq!(s.sections[10], Section::Experience);
    }

    #[test]
    fn a_titled_label_between_jobs_does_not_end_experience() {
        // "Key Achievements" holds a section's noun, but a job follows it.
        let s = segments(&[
            "Work Experience",
            "Web Developer",
            "November 2022 - Present",
            "- Built the payments app",
            "Key Achievements",
            "- Moved the app to React Native",
            "Blockchain Developer",
            "November 2020 - October 2023",
            "- Wrote smart contracts",
            "Education",
        ]);
        assert_eq!(s.sections[4], Section::Experience);
        assert_eq!(s.sections[6], Section::Experience);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (9, Section::Education)]
        );
        // With no job after it, it is a section of its own.
        let s = segments(&[
            "Work Experience",
            "Web Developer",
            "November 2022 - Present",
            "- Built the payments app",
            "Key Achievements",
            "- Speaker at JSConf 2021",
        ]);
        assert_eq!(s.sections[5], Section::Other);
        // "Accomplishments" alone names a section, but between two jobs it
        // labels the first one's bullets, and the last job's the same label.
        let s = segments(&[
            "Experience",
            "Software Engineer, SynerMed",
            "Monterey Park, CA - June 2017-Dec 2017",
            "Accomplishments",
            "• Built CI/CD pipelines",
            "Engineering Intern, Crownpeak",
            "Los Angeles, CA - 2012-2014",
            "Accomplishments",
            "• Debugged WCF services",
            "Education",
        ]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (9, Section::Education)]
        );
        assert_eq!(s.sections[8], Section::Experience);
        // "Projets :" run in over a job's bullets labels its projects
        // when a job follows; "Projects" at the end is a section.
        let s = segments(&[
            "Expériences professionnelles",
            "Atos Worldline, Seclin Mars 2009 -> Août 2015",
            "Projets :",
            "* Développement d'un module d'authentification (2015, 2 mois)",
            "Goto Software, Hem Septembre 2000 -> Février 2006",
            "* Support technique",
            "Projects",
            "* A compiler",
        ]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (6, Section::Projects)]
        );
        // A usual section name is always a heading.
        let s = segments(&[
            "Work Experience",
            "Web Developer, 2022 - Present",
            "Awards",
            "Best Paper, ICSE 2019 - 2020",
        ]);
        assert_eq!(s.sections[3], Section::Other);
    }

    #[test]
    fn a_jobs_word_over_dated_lines_as_the_titles_above_is_a_title() {
        // "Volunteer" names a section, but here it stands over its
        // employer's dated line as each job's title did above it.
        let lines = [
            "Professional Experience",
            "Medical Equipment Technician",
            "Canadian Red Cross (Kamloops, BC Canada)  Oct 2018 - July 2020",
            "Maintained the inventory of medical equipment.",
            "",
            "Volunteer",
            "BC SPCA (Kamloops, BC Canada)  Mar 2017 - Apr 2019",
            "Developed a network in a new community.",
            "",
            "Research Associate",
            "SUNY Research Foundation  Sept 2011 - May 2012",
        ];
        let s = segments(&lines);
        assert_eq!(s.sections[5], Section::Experience);
        assert_eq!(s.sections[9], Section::Experience);
        // Set apart from its dated line, or with no title above it in
        // the shape, it is a heading.
        let mut apart = lines;
        apart[5] = "Volunteer";
        apart[6] = "";
        assert_ne!(segments(&apart).sections[9], Section::Experience);
        let s = segments(&[
            "Experience",
            "Canadian Red Cross  Oct 2018 - July 2020",
            "",
            "Volunteer",
            "BC SPCA  Mar 2017 - Apr 2019",
        ]);
        assert_ne!(s.sections[4], Section::Experience);
    }

    #[test]
    fn an_outline_s_heading_under_an_entry_is_the_entry_s_own() {
        use crate::extract::source::markdown;
        use crate::extract::text::extract_named;
        use std::path::Path;
        // The section of the line that holds `text`, in a document read
        // by the extractor a file named `name` goes to.
        let section_of = |name: &str, source: &str, text: &str| {
            let doc = if name.ends_with(".md") {
                markdown::extract(source.as_bytes()).expect("Markdown is read")
            } else {
                extract_named(source.as_bytes(), Some(Path::new(name))).expect("the text is read")
            };
            let norm = normalize(&doc);
            let s = segment(&norm);
            let i = norm
                .lines
                .iter()
                .position(|l| l.text == text)
                .expect("the line is in the document");
            s.sections[i]
        };
        // Org: "**** Skills" under "*** Acme" under "** Experience" lists
        // the job's tools; the jobs after it are jobs.
        let org = "#+TITLE: CV\n#+AUTHOR: Jane Doe\n* Jane Doe\n** Experience\n\
                   *** Acme Ltd\nEngineer, 2019 - 2021\n**** Skills\nRust, Go\n\
                   *** Beta Inc\nDeveloper, 2016 - 2019\n** Education\n*** MIT\n";
        assert_eq!(section_of("cv.org", org, "Rust, Go"), Section::Experience);
        assert_eq!(section_of("cv.org", org, "Beta Inc"), Section::Experience);
        assert_eq!(section_of("cv.org", org, "MIT"), Section::Education);
        // AsciiDoc: "=== BBN Technologies" among the employers' headings
        // under "== Career" is an employer, not a list of technologies.
        let adoc = "= Phil Chu\n\n== Career\n\n=== Neomar\n_1999 - 2000 San Francisco_\n\n\
                    === BBN Technologies\n_1994 - 1995 Cambridge_\n\nWrote code.\n\n\
                    == Skills\n\nLisp\n";
        assert_eq!(
            section_of("cv.adoc", adoc, "Wrote code."),
            Section::Experience
        );
        assert_eq!(section_of("cv.adoc", adoc, "Lisp"), Section::Skills);
        // reStructuredText: the same, its levels told by the order its
        // title styles first appear in (an overlined title is a style of
        // its own).
        let rst = "=========\nJane Doe\n=========\n\nExperience\n==========\n\nNeomar\n------\n\n\
                   1999 - 2000\n\nCellular Technologies\n---------------------\n\n\
                   March 2000 - April 2001\n\n* Built the website.\n\nSkills\n======\n\nLisp\n";
        assert_eq!(
            section_of("cv.rst", rst, "* Built the website."),
            Section::Experience
        );
        assert_eq!(section_of("cv.rst", rst, "Lisp"), Section::Skills);
        // Markdown: the same; a common heading's name as deep as the
        // entries opens its section ("### Education" after "### Acme").
        let md = "# Jane Doe\n\n## Experience\n\n### Acme\n2019 - 2021\n\n#### Skills\n\
                  Rust, Go\n\n### Beta Technologies\n2016 - 2019\n\n### Education\n\nMIT\n";
        assert_eq!(section_of("cv.md", md, "Rust, Go"), Section::Experience);
        assert_eq!(
            section_of("cv.md", md, "Beta Technologies"),
            Section::Experience
        );
        assert_eq!(section_of("cv.md", md, "MIT"), Section::Education);
        // Jobs under no heading: a heading under a dated entry's is the
        // entry's own; one as deep as the employers' after them opens
        // its section.
        let org = "#+TITLE: CV\n#+AUTHOR: Jane Doe\n* Jane Doe\n** Acme Ltd\n\
                   *** /Engineer (July 2019 - June 2021)/\n**** Skills\nRust, Go\n\
                   ** Beta Inc\n*** /Developer (2016 - 2019)/\nBuilt things\n** Education\nMIT\n";
        assert_eq!(section_of("cv.org", org, "Rust, Go"), Section::Top);
        assert_eq!(section_of("cv.org", org, "Built things"), Section::Top);
        assert_eq!(section_of("cv.org", org, "MIT"), Section::Education);
        // No outline: a heading's name opens its section, as before.
        let plain = segments(&["Experience", "Acme", "2019 - 2021", "Skills", "Rust, Go"]);
        assert_eq!(plain.sections[4], Section::Skills);
    }

    #[test]
    fn a_title_right_under_experience_is_its_first_entry() {
        let s = segments(&[
            "EXPERIENCE",
            "PERSONAL PROJECTS & CONTENT",
            "• Host of a podcast",
            "PRINCIPAL DEVELOPER ADVOCATE",
            "11/2021 - Present | New Relic",
            "SKILLS",
        ]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (5, Section::Skills)]
        );
        assert_eq!(s.sections[4], Section::Experience);
        // A section's usual name is a heading wherever it stands.
        let s = segments(&["EXPERIENCE", "PROJECTS", "• A compiler"]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (1, Section::Projects)]
        );
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

    #[test]
    fn a_dated_job_header_below_a_statement_ending_in_a_semicolon_is_no_part_of_it() {
        let s = segments(&[
            "Experience",
            "Hydraulic Engineer, WEST Consultants - 2008 to 2013",
            "• Analyzed and visualized data using Fortran, GIS and Excel;",
            "Data Analyst, National Ocean Service / NOAA via ARTI (contractor) - 2002 to 2005",
            "• Ran models for the river basin;",
            "using Fortran and GIS",
        ]);
        let lasts: Vec<(usize, usize)> = s.bullets.iter().map(|b| (b.line, b.last_line)).collect();
        assert_eq!(lasts, vec![(2, 2), (4, 5)]);
    }

    #[test]
    fn a_heading_with_an_icon_mark_is_a_heading_and_a_list_item_is_not() {
        let s = segments(&[
            "• Education",
            "Xidian University, B.S. in Electronics Engineering",
            "Skills",
            "• Skills",
            "• Python",
        ]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Education), (2, Section::Skills)]
        );
        assert_eq!(s.bullets.len(), 2, "{:?}", s.bullets);
        // Where the mark sets a common heading's name apart, it sets any
        // heading's name apart ("• Past Experience"); a list of skills'
        // items is still a list.
        let s = segments(&[
            "• Recent Experience",
            "Engineer, Acme  2015 - 2019",
            "• Past Experience",
            "Developer, Globex  2012 - 2015",
            "• Technical Skills",
            "• Communication Skills",
            "• Python",
        ]);
        assert_eq!(
            s.headings,
            vec![(0, Section::Experience), (2, Section::Experience)]
        );
        assert_eq!(s.bullets.len(), 3, "{:?}", s.bullets);
    }

    #[test]
    fn job_header_lines_are_not_statements() {
        let cases: &[(&str, bool)] = &[
            ("Google Mountain View, CA", true),
            ("Coursera  Mountain View, CA  2014 - 2016", true),
            (
                "Senior Software Engineer, Acme Corp, Jan 2019 – Present",
                true,
            ),
            ("Product Manager, Google, Mountain View, CA, USA", true),
            ("Cut API latency by 40% with Redis caching", false),
            ("Led a team of 6 engineers", false),
            ("Worked on APIs and performance for training models", false),
            ("Built Kafka pipelines in 2019 for payments", false),
            // Short and in capitals, but opened by what was done.
            ("Built the API", false),
            ("Automated the Release Process", false),
            ("Embedded System Engineer 2016/12-2023/11", true),
            ("Advanced Micro Devices | Austin, TX", true),
            // One small word among names that bars set apart.
            ("Ride with GPS | Portland, OR", true),
            ("Built caches with Redis | cut latency", false),
            // A range with two-digit years, introduced by "from".
            (
                "Lead Consultant, Proximity Labs Pvt Ltd, India, from Mar’20 to Nov’20",
                true,
            ),
            (
                "Chief Technology Officer, The Wedding Brigade (Sitara Digital Ventures Pvt Ltd), Mumbai, India - from May’17 to March’20",
                true,
            ),
            // A long remark in brackets; names joined by "für".
            (
                "University of Toronto, Lecturer (History Dept, New College, Dept for the Study of Religion, Faculty of Information) (2010-19)",
                true,
            ),
            (
                "Visiting Scholar, Seminar für Ästhetik, Institut für Kulturwissenschaften, Humboldt Universität, Berlin (1994-95)",
                true,
            ),
            // But no statement undated.
            ("Desarrollo en Python y PHP", false),
            (
                "Hauptansprechpartner für Wirtschaftsprüfer und Steuerberater",
                false,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(is_header_line(line), *want, "{line:?}");
        }
        let s = segments(&[
            "Experience",
            "• Google Mountain View, CA",
            "• Cut API latency by 40% with Redis caching",
        ]);
        let texts: Vec<&str> = s.statements.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Cut API latency by 40% with Redis caching"]);
    }

    #[test]
    fn paragraphs_in_experience_are_split_into_sentences() {
        let s = segments(&[
            "Experience",
            "2017 - Product Manager, Google, Mountain View, CA, USA",
            "Present Leading cross-functional teams to design and launch products. Developing",
            "product strategies and making data-driven decisions.",
            "2012 - 2017 Software Development Engineer III, Amazon, Seattle, WA, USA",
            "Led a team of developers in building scalable e-commerce applications.",
            "Education",
            "Stanford University. Master of Business Administration in strategy.",
        ]);
        let texts: Vec<&str> = s.statements.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Present Leading cross-functional teams to design and launch products.",
                "Developing product strategies and making data-driven decisions.",
                "Led a team of developers in building scalable e-commerce applications.",
            ]
        );
        assert_eq!((s.statements[1].line, s.statements[1].last_line), (2, 3));
        // The list items are the employers' lines alone (sb2nov's layout):
        // the plain lines are the statements still.
        let s = segments(&[
            "Experience",
            "• Consilio | Portland, OR",
            "Staff Cloud Engineer | May 2025 - Present",
            "Automation: Worked with the architects on cluster tooling.",
        ]);
        let texts: Vec<&str> = s.statements.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Automation: Worked with the architects on cluster tooling."]
        );
    }
}
