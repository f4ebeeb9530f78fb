//! Which screened files belong to one person, so a ranking has one row per
//! candidate (`--no-group` turns it off).
//!
//! In: each file's [`Candidate`] (name, e-mail, phone, LinkedIn, location).
//! Out: for each file, the group it belongs to. Two files are one person
//! when they share
//! - an e-mail address, or a LinkedIn profile;
//! - a phone number, unless the two files name different people (a
//!   company's switchboard on two resumes);
//! - a name of two words or more, and one more detail: an address at a
//!   template's domain, a fictional phone number, or the location.
//!
//! A template's placeholders never join anyone by themselves: an e-mail at
//! `example.com` or `email.com`, a 555-01xx phone number, a location (two
//! people can live in one city, or print one company's address) and a
//! placeholder name ("John Doe") only count beside a matching name.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::candidate::Candidate;

/// Domains of a template's sample addresses: such an address is a detail
/// that supports a name, never a person by itself.
const SAMPLE_DOMAINS: &[&str] = &[
    "example.com",
    "example.org",
    "example.net",
    "email.com",
    "domain.com",
    "yourdomain.com",
    "company.com",
    "test.com",
];

/// Names templates ship with; never a key of their own.
const SAMPLE_NAMES: &[&str] = &[
    "john doe",
    "jane doe",
    "john smith",
    "jane smith",
    "your name",
    "first last",
];

/// Files with one name compared pairwise, at most (a bucket of a common
/// name is cut here, so grouping stays linear).
const NAME_BUCKET: usize = 64;

/// The details of a file that can tell who it belongs to, normalized.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Person {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    /// The e-mail is at a template's sample domain.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    sample_email: bool,
    /// The last nine digits (a national number without its country code
    /// or trunk prefix: "+33 6 12…" and "06 12…" are one number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    /// A fictional number (555-01xx and the like).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    sample_phone: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    linkedin: Option<String>,
    /// Lowercase words without accents; two words or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location: Option<String>,
}

impl Person {
    pub(crate) fn of(c: &Candidate) -> Person {
        let email = c.email.as_deref().map(str::to_lowercase);
        let sample_email = email.as_deref().is_some_and(|e| {
            e.rsplit_once('@')
                .is_some_and(|(_, domain)| SAMPLE_DOMAINS.contains(&domain))
        });
        let digits: Option<String> = c
            .phone
            .as_deref()
            .map(|p| p.chars().filter(char::is_ascii_digit).collect());
        let digits = digits.filter(|d| d.len() >= 7);
        let sample_phone = digits.as_deref().is_some_and(is_sample_phone);
        let phone = digits.map(|d| d[d.len().saturating_sub(9)..].to_owned());
        Person {
            email,
            sample_email,
            phone,
            sample_phone,
            linkedin: c.linkedin.as_deref().map(linkedin_key),
            name: c.name.as_deref().and_then(name_key),
            location: c.location.as_deref().map(fold),
        }
    }

    /// A detail besides the name that two files share.
    fn shares_a_detail(&self, other: &Person) -> bool {
        let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        same(&self.email, &other.email)
            || same(&self.phone, &other.phone)
            || same(&self.linkedin, &other.linkedin)
            || same(&self.location, &other.location)
    }

    /// Both files name someone, and not the same person.
    fn names_differ(&self, other: &Person) -> bool {
        matches!((&self.name, &other.name), (Some(a), Some(b)) if a != b)
    }
}

/// For each person, the index of the first person of their group (so a
/// group is every index with the same value).
pub(crate) fn group(people: &[&Person]) -> Vec<usize> {
    let mut sets = Sets::new(people.len());
    let mut first: HashMap<(u8, &str), usize> = HashMap::new();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(e) = p.email.as_deref().filter(|_| !p.sample_email) {
            sets.join_key(&mut first, (0, e), i);
        }
        if let Some(l) = p.linkedin.as_deref() {
            sets.join_key(&mut first, (1, l), i);
        }
        if let Some(n) = p.name.as_deref() {
            let bucket = by_name.entry(n).or_default();
            if bucket.len() < NAME_BUCKET {
                bucket.push(i);
            }
        }
    }
    // A phone joins files whose names do not disagree.
    let mut by_phone: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(phone) = p.phone.as_deref().filter(|_| !p.sample_phone) {
            let bucket = by_phone.entry(phone).or_default();
            if let Some(&j) = bucket.iter().find(|&&j| !people[j].names_differ(p)) {
                sets.join(i, j);
            }
            if bucket.len() < NAME_BUCKET {
                bucket.push(i);
            }
        }
    }
    for bucket in by_name.values() {
        for (k, &i) in bucket.iter().enumerate() {
            for &j in &bucket[..k] {
                if people[i].shares_a_detail(people[j]) {
                    sets.join(i, j);
                }
            }
        }
    }
    (0..people.len()).map(|i| sets.root(i)).collect()
}

/// Disjoint sets whose root is always the smallest index.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.parent[high] = low;
    }

    fn join_key<'p>(
        &mut self,
        first: &mut HashMap<(u8, &'p str), usize>,
        key: (u8, &'p str),
        i: usize,
    ) {
        match first.get(&key) {
            Some(&j) => self.join(i, j),
            None => {
                first.insert(key, i);
            }
        }
    }
}

/// Lowercase, without accents, words of letters only.
fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name as a key: folded, initials dropped, two words or more, not a
/// template's sample.
fn name_key(name: &str) -> Option<String> {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| w.chars().count() > 1)
        .collect();
    let key = words.join(" ");
    (words.len() >= 2 && !SAMPLE_NAMES.contains(&key.as_str())).then_some(key)
}

/// 555-01xx (North American fiction), one digit repeated, or 123456789….
fn is_sample_phone(digits: &str) -> bool {
    let local = &digits[digits.len().saturating_sub(7)..];
    local.starts_with("55501")
        || (digits.len() >= 10 && digits[digits.len() - 7..digits.len() - 4] == *"555")
        || digits.chars().all(|c| digits.starts_with(c))
        || "01234567890".contains(digits)
        || "9876543210".contains(digits)
}

/// `linkedin.com/in/jane-doe/` → `jane-doe`.
fn linkedin_key(url: &str) -> String {
    let lower = url.to_lowercase();
    let tail = lower.rsplit_once("/in/").map_or(lower.as_str(), |(_, t)| t);
    tail.trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, email: &str, phone: &str, location: &str) -> Person {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Person::of(&Candidate {
            name: some(name),
            email: some(email),
            phone: some(phone),
            linkedin: None,
            location: some(location),
        })
    }

    /// The groups as lists of indexes.
    fn groups(people: &[Person]) -> Vec<Vec<usize>> {
        let roots = group(&people.iter().collect::<Vec<_>>());
        let mut out: Vec<Vec<usize>> = Vec::new();
        for (i, &root) in roots.iter().enumerate() {
            match out.iter_mut().find(|g| g[0] == root) {
                Some(g) => g.push(i),
                None => out.push(vec![i]),
            }
        }
        out
    }

    #[test]
    fn files_of_one_person_are_grouped_and_different_people_are_not() {
        type Case<'a> = (&'a str, Vec<Person>, Vec<Vec<usize>>);
        let cases: Vec<Case<'_>> = vec![
            (
                "one e-mail, two names (a resume and a CV)",
                vec![
                    person("Byungjin Park", "posquit0.bj@gmail.com", "", ""),
                    person("Claud D. Park", "Posquit0.BJ@gmail.com", "", ""),
                ],
                vec![vec![0, 1]],
            ),
            (
                "a phone, the same name written two ways",
                vec![
                    person("Martin Piégay", "", "+33 6 12 34 56 78", ""),
                    person("MARTIN PIEGAY", "", "06 12 34 56 78", ""),
                ],
                vec![vec![0, 1]],
            ),
            (
                "a switchboard's phone on two people's resumes",
                vec![
                    person("Ann Lee", "", "(206) 321-4567", ""),
                    person("Bo Chen", "", "206.321.4567", ""),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "a template's sample address alone",
                vec![
                    person("Ann Lee", "emoore@email.com", "", ""),
                    person("Bo Chen", "emoore@email.com", "", ""),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "a name and a sample address together",
                vec![
                    person(
                        "Ebony Moore",
                        "emoore@email.com",
                        "206-555-0149",
                        "Seattle, WA",
                    ),
                    person(
                        "Ebony Moore",
                        "emoore@email.com",
                        "206-555-0149",
                        "Seattle, WA",
                    ),
                ],
                vec![vec![0, 1]],
            ),
            (
                "a fictional phone alone",
                vec![
                    person("Ann Lee", "", "206-555-0149", ""),
                    person("Bo Chen", "", "206-555-0149", ""),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "one name, one city, nothing else",
                vec![
                    person("Ann Lee", "ann@a.org", "", "Boston, MA"),
                    person("Ann Lee", "", "", "Boston, MA"),
                ],
                vec![vec![0, 1]],
            ),
            (
                "one name, different cities and addresses",
                vec![
                    person("Ann Lee", "ann@a.org", "", "Boston, MA"),
                    person("Ann Lee", "lee@b.org", "", "Austin, TX"),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "a sample name with one city",
                vec![
                    person("John Doe", "john.doe@email.com", "", "San Francisco, CA"),
                    person("John Doe", "hello@openresume.com", "", "San Francisco, CA"),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "one company address (location) for two people",
                vec![
                    person("Ann Lee", "", "", "Seattle, WA"),
                    person("Bo Chen", "", "", "Seattle, WA"),
                ],
                vec![vec![0], vec![1]],
            ),
            (
                "chains: e-mail joins 0-1, phone joins 1-2",
                vec![
                    person("Ann Lee", "ann@a.org", "", ""),
                    person("Ann Lee", "ann@a.org", "617 222 3333", ""),
                    person("", "", "617-222-3333", ""),
                ],
                vec![vec![0, 1, 2]],
            ),
        ];
        for (name, people, want) in cases {
            assert_eq!(groups(&people), want, "{name}");
        }
    }

    #[test]
    fn linkedin_profiles_compare_by_handle() {
        let a = Person::of(&Candidate {
            linkedin: Some("https://www.linkedin.com/in/Jane-Doe/".into()),
            ..Candidate::default()
        });
        let b = Person::of(&Candidate {
            linkedin: Some("linkedin.com/in/jane-doe".into()),
            ..Candidate::default()
        });
        assert_eq!(group(&[&a, &b]), [0, 0]);
    }
}
