//! Who the resume is from: the candidate's name and email, for `screen`
//! tables and the JSON report.
//!
//! In: the normalized text. Out: a [`Candidate`] whose fields are `None` when
//! nothing plausible was found. The name is the first short line near the top
//! that reads like a personal name (two to four capitalized words, no digits,
//! not a heading such as "Resume" or "Experience", not a job title); on a contact line such as
//! `Jane Doe | jane@example.com` only the part before the first separator
//! counts. The email is the first address anywhere in the text.

use serde::{Deserialize, Serialize};

use crate::jd::names_a_job;
use crate::normalize::NormText;
use crate::readability::EMAIL;
use crate::vocab::heading_section;

/// Lines from the top that may hold the name.
const NAME_LINES: usize = 6;

/// Words that start a title line, not a name.
const NOT_NAMES: &[&str] = &[
    "resume",
    "résumé",
    "curriculum",
    "cv",
    "contact",
    "profile",
    "summary",
    "page",
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub name: Option<String>,
    pub email: Option<String>,
}

/// Finds the candidate's name and email.
pub(crate) fn find(text: &NormText) -> Candidate {
    let email = text
        .lines
        .iter()
        .find_map(|l| EMAIL.find(&l.text))
        .map(|m| m.as_str().to_owned());
    let name = text
        .lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take(NAME_LINES)
        .find_map(name_in_line);
    Candidate { name, email }
}

/// The name a line starts with, if it reads like one.
fn name_in_line(line: &str) -> Option<String> {
    let first = line
        .split(['|', '•', '·', ',', '–', '—', '\t'])
        .next()?
        .trim();
    let first = first.split("  ").next()?.trim();
    if heading_section(first).is_some() {
        return None;
    }
    let words: Vec<&str> = first.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || first.chars().count() > 40 {
        return None;
    }
    let namelike = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || ".'-’".contains(c))
    };
    if !words.iter().all(|w| namelike(w)) {
        return None;
    }
    if NOT_NAMES.contains(&words[0].to_lowercase().as_str()) || names_a_job(first) {
        return None;
    }
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;

    fn candidate(lines: &[&str]) -> Candidate {
        find(&normalize(&Document::from_lines(lines.iter().copied())))
    }

    #[test]
    fn name_and_email_from_the_top() {
        let c = candidate(&[
            "Jane Q. Doe",
            "Backend Engineer · jane.doe@example.com · +1 555 010 0199",
            "Experience",
        ]);
        assert_eq!(c.name.as_deref(), Some("Jane Q. Doe"));
        assert_eq!(c.email.as_deref(), Some("jane.doe@example.com"));
    }

    #[test]
    fn name_before_a_separator_and_in_capitals() {
        let c = candidate(&["MARÍA LÓPEZ-GARCÍA | maria@example.org | Madrid"]);
        assert_eq!(c.name.as_deref(), Some("MARÍA LÓPEZ-GARCÍA"));
        assert_eq!(c.email.as_deref(), Some("maria@example.org"));
    }

    #[test]
    fn titles_headings_and_sentences_are_not_names() {
        for lines in [
            &["Curriculum Vitae", "Experience"][..],
            &["Senior Backend Engineer", "Experience"][..],
            &["Professional Experience", "Built things"][..],
            &["Built 40 services in Go", "Skills"][..],
            &["=cmd|' /C calc'!A0"][..],
            &["I build reliable backend systems for fintech companies"][..],
        ] {
            assert_eq!(candidate(lines).name, None, "{lines:?}");
        }
        assert_eq!(
            candidate(&["Resume", "Sam Lee"]).name.as_deref(),
            Some("Sam Lee")
        );
    }
}
