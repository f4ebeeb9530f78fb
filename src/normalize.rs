//! Normalization: extracted lines → [`NormText`].
//!
//! In: a [`Document`]. Out: the same lines, one for one (so line numbers never
//! shift), rewritten the way an ATS reads them: Unicode NFKC (ligatures such as
//! `ﬁ` split, full-width letters narrowed), dashes and quotes made ASCII,
//! non-breaking and zero-width characters resolved, soft hyphens dropped,
//! words hyphenated across a line break joined on the first line, and
//! letter-spaced runs (`S K I L L S`, `2 0 2 2`) collapsed, and a year or
//! "Present" run into the capitalized word after it set apart
//! (`2019Assistant`). A private-use glyph
//! that starts a line (Word's Symbol-font bullet U+F0B7 and its kin) becomes
//! `•`. Case is kept: case-sensitive keywords need it.
//!
//! Pure: no I/O, deterministic.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use unicode_normalization::UnicodeNormalization;

use crate::extract::{Document, Origin};

/// One normalized line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormLine {
    pub text: String,
    pub origin: Origin,
    pub source_line: u32,
    pub source_file: u16,
    /// The heading's depth in an outline source ([`crate::extract::Line::level`]).
    pub level: u8,
}

/// The normalized text of a document: its lines, and all of them joined by
/// `\n` for matching, with the byte offset where each line starts.
#[derive(Clone, Debug, Default)]
pub struct NormText {
    pub lines: Vec<NormLine>,
    pub text: String,
    line_starts: Vec<usize>,
}

impl NormText {
    /// Index into [`NormText::lines`] of the line holding byte `offset` of
    /// [`NormText::text`].
    pub fn line_index(&self, offset: usize) -> usize {
        crate::extract::text::line_index(&self.line_starts, offset)
    }

    /// The byte range of line `index` in [`NormText::text`].
    pub fn line_range(&self, index: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[index];
        start..start + self.lines[index].text.len()
    }
}

/// Normalizes every line of a document.
pub fn normalize(doc: &Document) -> NormText {
    let mut lines: Vec<NormLine> = doc
        .lines
        .iter()
        .map(|line| NormLine {
            text: map_chars(&line.text).into_owned(),
            origin: line.origin,
            source_line: line.source_line,
            source_file: line.source_file,
            level: line.level,
        })
        .collect();
    join_hyphenated(&mut lines);
    for line in &mut lines {
        if line.text.contains('\u{AD}') {
            line.text.retain(|c| c != '\u{AD}');
        }
        if let Cow::Owned(collapsed) = collapse_letter_spacing(&line.text) {
            line.text = collapsed;
        }
        if let Cow::Owned(joined) = join_small_caps(&line.text) {
            line.text = joined;
        }
        if let Cow::Owned(apart) = unglue_dates(&line.text) {
            line.text = apart;
        }
        let trimmed = line.text.trim_end().len();
        line.text.truncate(trimmed);
    }
    let mut text = String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
    let mut line_starts = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        line_starts.push(text.len());
        text.push_str(&line.text);
    }
    NormText {
        lines,
        text,
        line_starts,
    }
}

/// Applies the character rewriting of [`normalize`] to a single string (a
/// keyword form), so that data and text agree: `Node.js`, `C#`, `“Go”`.
pub(crate) fn map_text(text: &str) -> String {
    let mut mapped = map_chars(text).into_owned();
    mapped.retain(|c| c != '\u{AD}');
    mapped
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}')
}

/// Character-level rewriting of one line (soft hyphens are kept: the line
/// joiner needs them).
fn map_chars(line: &str) -> Cow<'_, str> {
    let clean = line.bytes().all(|b| (0x20..0x7F).contains(&b));
    if clean {
        return Cow::Borrowed(line);
    }
    // Trademark-like signs would turn into letters under NFKC ("Java™" →
    // "JavaTM") and break the word; drop them first.
    let pre: String = line
        .chars()
        .filter(|c| !matches!(c, '™' | '®' | '©' | '℠'))
        .collect();
    let mut out = String::with_capacity(pre.len());
    let mut at_start = true;
    let mut chars = pre.nfkc().peekable();
    while let Some(c) = chars.next() {
        // A tab between two pieces of text sets them apart as fields
        // ("Team Lead⇥The Predictive Index⇥Oct 2021 – Nov 2022"), as two
        // spaces do; after a bullet or at the start it is a space.
        if c == '\t' && !at_start && !out.ends_with('•') {
            out.push_str("  ");
            continue;
        }
        let mapped = match c {
            '\t' => Some(' '),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
                Some('-')
            }
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Some('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Some('"'),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            '\u{AD}' => Some('\u{AD}'),
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() => None,
            c if at_start
                && is_private_use(c)
                && chars.peek().is_none_or(|n| n.is_whitespace()) =>
            {
                Some('•')
            }
            c => Some(c),
        };
        if let Some(m) = mapped {
            if !m.is_whitespace() {
                at_start = false;
            }
            out.push(m);
        }
    }
    Cow::Owned(out)
}

/// Joins `develop-` / `ment` split across two lines of the same origin: the
/// whole word goes on the first line, so both line numbers stay valid.
fn join_hyphenated(lines: &mut [NormLine]) {
    for i in 0..lines.len().saturating_sub(1) {
        if lines[i].origin != lines[i + 1].origin {
            continue;
        }
        let head = lines[i].text.trim_end();
        let cut = if let Some(stem) = head.strip_suffix('\u{AD}') {
            stem.len()
        } else if let Some(stem) = head.strip_suffix('-') {
            let mut tail = stem.chars().rev();
            let last_two_lower = tail.next().is_some_and(char::is_lowercase)
                && tail.next().is_some_and(char::is_lowercase);
            if !last_two_lower {
                continue;
            }
            stem.len()
        } else {
            continue;
        };
        let next = lines[i + 1].text.trim_start();
        if !next.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let word_len = next.find(char::is_whitespace).unwrap_or(next.len());
        let word = next[..word_len].to_owned();
        let rest = next[word_len..].trim_start().to_owned();
        lines[i].text.truncate(cut);
        lines[i].text.push_str(&word);
        lines[i + 1].text = rest;
    }
}

/// Sets a year or "Present" apart from a capitalized word run into it
/// ("August 2019Assistant Machine Operator", "April 2023 - CurrentParking
/// Lot Supervisor"): a date typed against the title after it, or a date
/// set at the right margin that the text layer ran into the next word.
fn unglue_dates(line: &str) -> Cow<'_, str> {
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)((?:19[5-9][0-9]|20[0-4][0-9])|(?i:present|current))(\p{Lu}\p{Ll})")
            .expect("valid")
    });
    GLUED.replace_all(line, "$1 $2")
}

/// Rewrites a line left to right. At each position `step` either writes a
/// replacement for a run of characters and returns where to go on, or
/// returns `None` to keep the character. Borrows when nothing changed.
fn rewrite(
    line: &str,
    mut step: impl FnMut(&[char], usize, &mut String) -> Option<usize>,
) -> Cow<'_, str> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        match step(&chars, i, &mut out) {
            Some(next) => i = next,
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    if out == line {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(out)
    }
}

/// Collapses runs of three or more single letters or digits separated by
/// single spaces: `S K I L L S` → `SKILLS`, `2 0 2 2` → `2022`. Words inside a
/// letter-spaced heading are separated by wider gaps, which end a run.
pub(crate) fn collapse_letter_spacing(line: &str) -> Cow<'_, str> {
    rewrite(line, |chars, i, out| {
        let n = chars.len();
        let alnum = |k: usize| k < n && chars[k].is_alphanumeric();
        let single = |k: usize| alnum(k) && (k == 0 || !alnum(k - 1)) && !alnum(k + 1);
        if !single(i) {
            return None;
        }
        let mut j = i;
        let mut count = 1;
        while j + 2 < n && chars[j + 1] == ' ' && single(j + 2) {
            j += 2;
            count += 1;
        }
        if count < 3 {
            return None;
        }
        out.extend((i..=j).step_by(2).map(|k| chars[k]));
        // The wider gap that separated letter-spaced words becomes an
        // ordinary space.
        let gap = chars[j + 1..].iter().take_while(|c| **c == ' ').count();
        if gap >= 2 {
            out.push(' ');
            return Some(j + 1 + gap);
        }
        Some(j + 1)
    })
}

/// Joins the first letter of a word set in small capitals, which PDF text
/// often carries apart: `P ROFILE` → `PROFILE`, `D ATA S CIENCE` →
/// `DATA SCIENCE`. A lone capital is joined only to a following run of two
/// or more capitals that is not followed by a lowercase letter.
pub(crate) fn join_small_caps(line: &str) -> Cow<'_, str> {
    rewrite(line, |chars, i, out| {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if !(starts_word && chars[i].is_uppercase() && i + 2 < chars.len() && chars[i + 1] == ' ') {
            return None;
        }
        // "T & J INTERNATIONAL LLC": an initial after an ampersand is a
        // name's, no word's first letter.
        if chars[..i]
            .iter()
            .rev()
            .find(|c| **c != ' ')
            .is_some_and(|c| matches!(c, '&' | '+'))
        {
            return None;
        }
        let caps = chars[i + 2..]
            .iter()
            .take_while(|c| c.is_uppercase())
            .count();
        let after = chars.get(i + 2 + caps);
        if caps < 2 || after.is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        out.push(chars[i]);
        Some(i + 2)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(lines: &[&str]) -> Vec<String> {
        normalize(&Document::from_lines(lines.iter().copied()))
            .lines
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn normalize_rewrites_characters_like_an_ats() {
        let cases: &[(&str, &str, &str)] = &[
            ("ligature fi", "ﬁnance and ﬂow", "finance and flow"),
            ("ligature ffi", "eﬃcient", "efficient"),
            ("full-width", "ＡＷＳ", "AWS"),
            ("en dash range", "2019–2021", "2019-2021"),
            ("em dash", "Acme — Lead", "Acme - Lead"),
            ("smart quotes", "“Go” isn’t", "\"Go\" isn't"),
            ("nbsp", "Spring\u{A0}Boot", "Spring Boot"),
            ("zero width", "Kuber\u{200B}netes", "Kubernetes"),
            ("soft hyphen", "micro\u{AD}services", "microservices"),
            ("trademark", "Java™ and AWS®", "Java and AWS"),
            ("tab", "Python\tGo", "Python  Go"),
            ("leading tab", "\tGo", " Go"),
            ("symbol bullet", "\u{F0B7}\tBuilt APIs", "• Built APIs"),
            (
                "pua inside text kept",
                "Call \u{F095} now",
                "Call \u{F095} now",
            ),
            ("trailing space", "Go   ", "Go"),
        ];
        for (name, input, want) in cases {
            assert_eq!(norm(&[input]), vec![(*want).to_owned()], "{name}");
        }
    }

    #[test]
    fn normalize_joins_words_hyphenated_across_lines() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "hard hyphen",
                &["Built the deploy-", "ment pipeline"],
                &["Built the deployment", "pipeline"],
            ),
            (
                "soft hyphen",
                &["micro\u{AD}", "services at scale"],
                &["microservices", "at scale"],
            ),
            (
                "capital next line is not a continuation",
                &["Full-", "Stack"],
                &["Full-", "Stack"],
            ),
            (
                "dash after a space is not hyphenation",
                &["Skills -", "python"],
                &["Skills -", "python"],
            ),
            (
                "single letter before hyphen kept",
                &["e-", "mail"],
                &["e-", "mail"],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(norm(input), *want, "{name}");
        }
    }

    #[test]
    fn normalize_collapses_letter_spaced_runs() {
        let cases: &[(&str, &str)] = &[
            ("S K I L L S", "SKILLS"),
            ("W O R K  E X P E R I E N C E", "WORK EXPERIENCE"),
            ("2 0 2 2 - 2 0 2 3", "2022 - 2023"),
            ("Jan 2 0 2 2", "Jan 2022"),
            ("C R Go", "C R Go"),
            ("a b", "a b"),
            ("Built 3 APIs in 2 weeks", "Built 3 APIs in 2 weeks"),
        ];
        for (input, want) in cases {
            assert_eq!(collapse_letter_spacing(input), *want, "{input}");
        }
    }

    #[test]
    fn normalize_joins_small_caps() {
        let cases: &[(&str, &str)] = &[
            ("P ROFILE", "PROFILE"),
            ("C ONTACT DETAILS", "CONTACT DETAILS"),
            (
                "D ATA S CIENCE I NTERN at Acme",
                "DATA SCIENCE INTERN at Acme",
            ),
            ("Athul S IVAN", "Athul SIVAN"),
            ("Plan A for Q3", "Plan A for Q3"),
            ("A Team", "A Team"),
            ("AWS S3 bucket", "AWS S3 bucket"),
            ("T & J INTERNATIONAL LLC", "T & J INTERNATIONAL LLC"),
        ];
        for (input, want) in cases {
            assert_eq!(join_small_caps(input), *want, "{input}");
        }
    }

    #[test]
    fn normalize_sets_a_date_apart_from_the_word_run_into_it() {
        let cases: &[(&str, &str)] = &[
            (
                "Pharmatech, May 2019 - August 2019Assistant Machine Operator",
                "Pharmatech, May 2019 - August 2019 Assistant Machine Operator",
            ),
            (
                "Diamond Parking, April 2023 - CurrentParking Lot Supervisor",
                "Diamond Parking, April 2023 - Current Parking Lot Supervisor",
            ),
            ("Windows2019Server", "Windows2019Server"),
            ("Q3 2019Q4 2020", "Q3 2019Q4 2020"),
            ("12019Software", "12019Software"),
            ("the CurrentCost meter", "the Current Cost meter"),
        ];
        for (input, want) in cases {
            assert_eq!(unglue_dates(input), *want, "{input}");
        }
    }

    #[test]
    fn normalize_keeps_line_count_and_offsets() {
        let text = normalize(&Document::from_lines(["Jane", "", "Go dev"]));
        assert_eq!(text.text, "Jane\n\nGo dev");
        assert_eq!(text.line_index(0), 0);
        assert_eq!(text.line_index(5), 1);
        assert_eq!(text.line_index(6), 2);
        assert_eq!(&text.text[text.line_range(2)], "Go dev");
    }
}
