//! Variants: a keyword's idea written in other words.
//!
//! In: a role's keywords (to build [`Variants`] once) and a [`NormText`].
//! Out: for each keyword, the places where the resume states it without
//! any of its forms. Three mechanisms, each over shared data, none over
//! one resume:
//!
//! - **forms**: the keyword's own words, inflected or derived, in any order
//!   within a short window of one sentence ("analyzed data" for Data
//!   Analysis, "deployed the model" for Model Deployment, "reviewed code"
//!   for Code Review). Words are compared by their Snowball stem, plus a
//!   small table of derivations the stemmer keeps apart ([`DERIVATIONS`]:
//!   analysis / analyze / analyst).
//! - **evidence**: a phrase from the role data that shows the skill without
//!   naming it (`evidence = ["churn"]` for Customer Retention), matched the
//!   same way.
//! - **spelling**: a long keyword written one edit away ("Kubernets",
//!   "Postgre SQL").
//!
//! A place that is plainly something else (an address, a contact label, an
//! organization's or a course's name: [`crate::senses`]) is never a variant.
//! Pure; linear in the text for a given role.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use crate::normalize::NormText;
use crate::roles::Keyword;
use crate::senses::wrong_sense;

/// How a variant was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum How {
    /// The keyword's words, inflected or in another order.
    Forms,
    /// A phrase the role data accepts as showing the skill.
    Evidence,
    /// A misspelling one edit away.
    Spelling,
}

impl How {
    pub fn name(self) -> &'static str {
        match self {
            How::Forms => "forms",
            How::Evidence => "evidence",
            How::Spelling => "spelling",
        }
    }
}

/// One place a keyword's variant was found: a byte range of
/// [`NormText::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub keyword: usize,
    pub start: usize,
    pub end: usize,
    pub how: How,
}

/// Words that carry no meaning of their own in a keyword ("Authentication
/// and Authorization", "Management of Change").
const STOP: &[&str] = &[
    "a", "an", "and", "of", "the", "for", "to", "in", "on", "with", "&", "or", "by", "at", "as",
];

/// Stems the Snowball stemmer leaves apart that are one idea in a resume,
/// mapped to one stem. Reviewed by hand; add a row only where every word
/// with the left stem means the right one.
const DERIVATIONS: &[(&str, &str)] = &[
    ("analysi", "analy"),
    ("analyz", "analy"),
    ("analys", "analy"),
    ("analyt", "analy"),
    ("analyst", "analy"),
    ("architectur", "architect"),
    ("engin", "engin"),
    ("troubleshoot", "troubleshoot"),
    ("secur", "secur"),
    ("visualis", "visual"),
    ("optimis", "optim"),
    ("organis", "organ"),
    ("automat", "autom"),
    ("scalabl", "scal"),
    ("scale", "scal"),
    ("reliabl", "reliab"),
    ("reliabil", "reliab"),
    ("maintain", "mainten"),
    ("mainten", "mainten"),
    ("collabor", "collabor"),
    ("deploy", "deploy"),
    ("negoti", "negoti"),
    ("recruit", "recruit"),
    ("budget", "budget"),
    ("forecast", "forecast"),
    ("mentor", "mentor"),
    ("onboard", "onboard"),
    ("schedul", "schedul"),
    ("administr", "administ"),
    ("administ", "administ"),
    ("reconcil", "reconcil"),
    ("respons", "respon"),
    ("respond", "respon"),
    ("troubleshot", "troubleshoot"),
    ("accru", "accru"),
];

/// Words that, standing between a pattern's words, say they belong to
/// different phrases ("wrote code for the review board").
const BREAKS: &[&str] = &[
    "for", "to", "in", "on", "at", "by", "with", "from", "into", "as", "via", "during", "after",
    "before", "while", "than",
];

/// A form's words longer than this are compared for misspellings.
const SPELLING_MIN_LETTERS: usize = 8;
/// Letters the stem of a one-word form needs before its inflections count.
const MIN_ONE_WORD_STEM: usize = 7;
/// Tokens a pattern's words may be spread over beyond their own number.
const WINDOW_SLACK: usize = 2;
/// Places listed (and counted) per keyword: one shows the advice, a few
/// show it is no accident.
const MAX_PLACES: usize = 5;

/// A keyword's words, as stems: found when all of them are in a window.
#[derive(Clone, Debug)]
struct Pattern {
    keyword: usize,
    stems: Vec<u32>,
    how: How,
    /// A one-word form, lower-cased: a word one edit from it shares its
    /// stem but is a misspelling ("kubernets"), not an inflection.
    word: Option<String>,
}

/// A long form compared letter by letter, for misspellings.
#[derive(Clone, Debug)]
struct Spelling {
    keyword: usize,
    /// Lower-cased, spaces kept.
    form: String,
    /// Lower-cased, without spaces or hyphens.
    joined: String,
    /// Its words, and its length in characters.
    words: usize,
    chars: usize,
}

/// The variant patterns of a role, built once.
pub struct Variants {
    stemmer: Stemmer,
    patterns: Vec<Pattern>,
    spellings: Vec<Spelling>,
    /// Stems that could be part of a pattern (most words are not).
    known: HashMap<String, u32>,
    /// The spellings by the first letter of their form.
    by_first: HashMap<char, Vec<usize>>,
}

impl std::fmt::Debug for Variants {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Variants")
            .field("patterns", &self.patterns.len())
            .field("spellings", &self.spellings.len())
            .finish()
    }
}

/// A word of the text: its byte range and stem.
#[derive(Clone, Debug)]
struct Token {
    start: usize,
    end: usize,
    /// The stem's number in [`Variants::known`], when a pattern uses it.
    stem: Option<u32>,
    /// The word lower-cased, and its length in characters.
    lower: String,
    chars: usize,
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

impl Variants {
    pub fn new(keywords: &[Keyword]) -> Variants {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut patterns = Vec::new();
        let mut spellings = Vec::new();
        let mut known: HashMap<String, u32> = HashMap::new();
        for (i, k) in keywords.iter().enumerate() {
            if k.case_sensitive {
                // Names such as Go, Rust or Flask: no inflection means the same.
                continue;
            }
            for form in std::iter::once(&k.term).chain(&k.aliases) {
                if let Some(stems) = form_stems(&stemmer, form).map(|s| intern(&mut known, s)) {
                    let word = (stems.len() == 1 && !form.contains([' ', '-']))
                        .then(|| form.to_lowercase());
                    patterns.push(Pattern {
                        keyword: i,
                        stems,
                        how: How::Forms,
                        word,
                    });
                }
                let joined: String = form
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .flat_map(char::to_lowercase)
                    .collect();
                if joined.chars().count() >= SPELLING_MIN_LETTERS
                    && form
                        .chars()
                        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
                {
                    let form = form.to_lowercase().replace('-', " ");
                    spellings.push(Spelling {
                        keyword: i,
                        words: form.split_whitespace().count(),
                        chars: joined.chars().count(),
                        form,
                        joined,
                    });
                }
            }
            for phrase in &k.evidence {
                if let Some(stems) = phrase_stems(&stemmer, phrase).map(|s| intern(&mut known, s)) {
                    patterns.push(Pattern {
                        keyword: i,
                        stems,
                        how: How::Evidence,
                        word: None,
                    });
                }
            }
        }
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (k, s) in spellings.iter().enumerate() {
            if let Some(first) = s.joined.chars().next() {
                by_first.entry(first).or_default().push(k);
            }
        }
        Variants {
            stemmer,
            patterns,
            spellings,
            known,
            by_first,
        }
    }

    /// The variants in a text of the keywords for which `wanted` is true
    /// (those without an exact form), in text order, a few per keyword.
    pub fn find(
        &self,
        text: &NormText,
        wanted: &dyn Fn(usize) -> bool,
        skip_lines: &[bool],
    ) -> Vec<Place> {
        let mut out: Vec<Place> = Vec::new();
        let mut per_keyword: HashMap<usize, usize> = HashMap::new();
        let mut cache: HashMap<String, Option<u32>> = HashMap::new();
        let skipped = |i: usize| skip_lines.get(i).copied().unwrap_or(false);
        let mut index = 0;
        while index < text.lines.len() {
            if skipped(index) {
                index += 1;
                continue;
            }
            // A sentence wrapped over several lines is read as one.
            let mut last = index;
            while last + 1 < text.lines.len()
                && !skipped(last + 1)
                && wraps(&text.lines[last].text, &text.lines[last + 1].text)
            {
                last += 1;
            }
            let range = text.line_range(index).start..text.line_range(last).end;
            index = last + 1;
            let block = &text.text[range.clone()];
            for (sentence_at, sentence) in sentences(block) {
                let base = range.start + sentence_at;
                let tokens = self.tokens(sentence, base, &mut cache);
                if tokens.is_empty() {
                    continue;
                }
                let mut found = self.match_patterns(&tokens, wanted);
                found.extend(self.match_spellings(&tokens, wanted));
                found.sort_by_key(|p| (p.start, p.keyword));
                for place in found {
                    if wrong_sense(&text.text, place.start, place.end) {
                        continue;
                    }
                    let n = per_keyword.entry(place.keyword).or_default();
                    if *n < MAX_PLACES
                        && !out
                            .iter()
                            .any(|p| p.keyword == place.keyword && p.start == place.start)
                    {
                        *n += 1;
                        out.push(place);
                    }
                }
            }
        }
        out
    }

    fn tokens(
        &self,
        sentence: &str,
        base: usize,
        cache: &mut HashMap<String, Option<u32>>,
    ) -> Vec<Token> {
        words(sentence)
            .map(|(at, w)| {
                let lower = w.to_lowercase();
                let stem = match cache.get(&lower) {
                    Some(&stem) => stem,
                    None => {
                        let stem = self.known.get(&stem_word(&self.stemmer, &lower)).copied();
                        cache.insert(lower.clone(), stem);
                        stem
                    }
                };
                Token {
                    start: base + at,
                    end: base + at + w.len(),
                    stem,
                    chars: lower.chars().count(),
                    lower,
                }
            })
            .collect()
    }

    fn match_patterns(&self, tokens: &[Token], wanted: &dyn Fn(usize) -> bool) -> Vec<Place> {
        let mut out = Vec::new();
        let mut present: Vec<u32> = tokens.iter().filter_map(|t| t.stem).collect();
        present.sort_unstable();
        present.dedup();
        if present.is_empty() {
            return out;
        }
        for p in &self.patterns {
            if !wanted(p.keyword) || !p.stems.iter().all(|s| present.binary_search(s).is_ok()) {
                continue;
            }
            let span = p.stems.len() + WINDOW_SLACK;
            // Every start where the window holds all the pattern's stems.
            for (i, t) in tokens.iter().enumerate() {
                if !t.stem.is_some_and(|stem| p.stems.contains(&stem)) {
                    continue;
                }
                let window = &tokens[i..tokens.len().min(i + span)];
                let mut used = vec![false; window.len()];
                let all = p.stems.iter().all(|s| {
                    window.iter().enumerate().any(|(j, w)| {
                        let hit = !used[j] && w.stem == Some(*s);
                        if hit {
                            used[j] = true;
                        }
                        hit
                    })
                });
                let last = used.iter().rposition(|u| *u).unwrap_or(0);
                // A keyword's own words must not be split by a preposition;
                // an evidence phrase may hold one ("concept to launch").
                let broken = p.how == How::Forms
                    && window[..=last]
                        .iter()
                        .zip(&used)
                        .any(|(w, u)| !u && BREAKS.contains(&w.lower.as_str()));
                if all && used[0] && !broken {
                    let misspelt = p.word.as_ref().is_some_and(|word| {
                        word.chars().count() >= SPELLING_MIN_LETTERS
                            && strsim::osa_distance(&t.lower, word) == 1
                    });
                    out.push(Place {
                        keyword: p.keyword,
                        start: window[0].start,
                        end: window[last].end,
                        how: if misspelt { How::Spelling } else { p.how },
                    });
                    break;
                }
            }
        }
        out
    }

    fn match_spellings(&self, tokens: &[Token], wanted: &dyn Fn(usize) -> bool) -> Vec<Place> {
        let mut out = Vec::new();
        for i in 0..tokens.len() {
            let Some(first) = tokens[i].lower.chars().next() else {
                continue;
            };
            let Some(candidates) = self.by_first.get(&first) else {
                continue;
            };
            // A misspelling keeps its first letters (`misspelt` asks for
            // two; three here, as long keywords are misspelt further on).
            let head: String = tokens[i].lower.chars().take(3).collect();
            for s in candidates.iter().map(|&k| &self.spellings[k]) {
                if !wanted(s.keyword) || !s.joined.starts_with(&head) {
                    continue;
                }
                // The same number of words, or one more or one less (a
                // space lost or added: "Postgre SQL", "Java script").
                let mut chars = 0;
                for n in 1..=s.words + 1 {
                    let Some(token) = tokens.get(i + n - 1) else {
                        break;
                    };
                    chars += token.chars;
                    if chars > s.chars + 1 {
                        break;
                    }
                    if n + 1 < s.words || chars + 1 < s.chars {
                        continue;
                    }
                    let run = &tokens[i..i + n];
                    let written: Vec<&str> = run.iter().map(|t| t.lower.as_str()).collect();
                    if misspelt(&s.joined, &s.form, &written) {
                        out.push(Place {
                            keyword: s.keyword,
                            start: run[0].start,
                            end: run[n - 1].end,
                            how: How::Spelling,
                        });
                    }
                }
            }
        }
        out
    }
}

/// Whether the words of `run` are the form misspelt by one edit: letters
/// (a space lost or added counts as that one edit), never the form itself.
fn misspelt(joined: &str, form: &str, written: &[&str]) -> bool {
    if written.iter().any(|w| w.is_empty()) {
        return false;
    }
    let spaced = written.join(" ");
    let glued: String = written.concat();
    if spaced == form {
        return false;
    }
    if glued == joined {
        // Only a space lost or added: "Postgre SQL", "Java Script".
        return strsim::osa_distance(&spaced, form) == 1;
    }
    if glued.chars().count().abs_diff(joined.chars().count()) > 1 {
        return false;
    }
    let same_start = glued.chars().take(2).eq(joined.chars().take(2));
    same_start && letters_close(&glued, joined) && strsim::osa_distance(&glued, joined) == 1
}

/// A cheap bound before the edit distance: one edit changes the counts of
/// the letters by at most two in all (a swap by none).
fn letters_close(a: &str, b: &str) -> bool {
    let mut counts = [0i32; 37];
    let slot = |c: char| match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26 + c as usize - '0' as usize,
        _ => 36,
    };
    for c in a.chars() {
        counts[slot(c)] += 1;
    }
    for c in b.chars() {
        counts[slot(c)] -= 1;
    }
    counts.iter().map(|n| n.unsigned_abs()).sum::<u32>() <= 2
}

/// Whether line `next` goes on with the sentence of line `line`: it starts
/// in lowercase, or `line` ends mid-phrase.
fn wraps(line: &str, next: &str) -> bool {
    let next = next.trim_start();
    let line = line.trim_end();
    !next.is_empty()
        && !line.is_empty()
        && (next.starts_with(char::is_lowercase) || line.ends_with(['-', '&', '/']))
}

/// Whether the byte at `i` ends a phrase: `. ! ?` and `:` before a space
/// or the end, `; , |` and square brackets anywhere, a round bracket that
/// stands apart ("(see below)", not "401(k)").
fn ends_phrase(bytes: &[u8], i: usize) -> bool {
    let spaced_after = bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
    let spaced_before = i == 0 || bytes[i - 1].is_ascii_whitespace();
    match bytes[i] {
        b'.' | b'!' | b'?' | b':' => spaced_after,
        b';' | b',' | b'|' | b'[' | b']' => true,
        b'(' => spaced_before,
        b')' => spaced_after,
        _ => false,
    }
}

/// Whether a phrase of role data holds punctuation that ends a phrase in a
/// resume, so that it could never match as a whole.
pub fn breaks_phrase(phrase: &str) -> bool {
    let bytes = phrase.as_bytes();
    (0..bytes.len()).any(|i| {
        // The end of the phrase itself is no break ("std::move", "Node.js").
        i + 1 < bytes.len() && ends_phrase(bytes, i)
            || matches!(bytes[i], b';' | b',' | b'|' | b'[' | b']')
    })
}

/// Splits a line into phrases: sentences (at `. `, `! `, `? `), and the
/// items of a list (at `;`, `:`, `,`, `|`, brackets), so that a variant's
/// words come from one statement, not from neighbouring skills.
fn sentences(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        let ends = ends_phrase(bytes, i);
        if ends {
            out.push((start, &line[start..i]));
            start = i + 1;
        }
    }
    if start < line.len() {
        out.push((start, &line[start..]));
    }
    out
}

/// The numbers of stems, each given one the first time it is seen.
fn intern(known: &mut HashMap<String, u32>, stems: Vec<String>) -> Vec<u32> {
    stems
        .into_iter()
        .map(|s| {
            let next = u32::try_from(known.len()).unwrap_or(u32::MAX);
            *known.entry(s).or_insert(next)
        })
        .collect()
}

fn stem_word(stemmer: &Stemmer, lower: &str) -> String {
    let stem = stemmer.stem(lower);
    DERIVATIONS
        .iter()
        .find(|(from, _)| stem.starts_with(from) && stem.len() <= from.len() + 3)
        .map_or_else(|| stem.into_owned(), |(_, to)| (*to).to_owned())
}

/// The stems of a keyword form, when its inflections mean the same thing:
/// plain words only (no `C++`, `Node.js`, `CI/CD`), no acronym in capitals.
fn form_stems(stemmer: &Stemmer, form: &str) -> Option<Vec<String>> {
    let plain = form
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '&');
    // An acronym alone ("AWS") has no inflection; within a phrase ("API
    // Development") it is one of the words.
    let acronym = !form.contains(' ')
        && form
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if !plain || acronym {
        return None;
    }
    let stems = phrase_stems(stemmer, form)?;
    // One word: only when it has a real suffix to vary ("Budgeting",
    // "Scalability"), never a short name; and a form whose words repeat
    // ("Business-to-Business") is not its one word.
    let words = form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !STOP.contains(&w.to_lowercase().as_str()))
        .count();
    // A one-word pattern needs a long stem: short ones reach too far
    // ("Normalization" would take "normal", "Grading" any "grade").
    let one_word = !form.contains([' ', '-']);
    if stems.len() == 1 && (!one_word || words > 1 || stems[0].chars().count() < MIN_ONE_WORD_STEM)
    {
        return None;
    }
    Some(stems)
}

/// The stems of a phrase's meaningful words (at most one of each).
fn phrase_stems(stemmer: &Stemmer, phrase: &str) -> Option<Vec<String>> {
    let mut stems: Vec<String> = Vec::new();
    for (_, w) in words(&phrase.replace('-', " ")) {
        let lower = w.to_lowercase();
        if STOP.contains(&lower.as_str()) {
            continue;
        }
        let stem = stem_word(stemmer, &lower);
        if !stems.contains(&stem) {
            stems.push(stem);
        }
    }
    (!stems.is_empty()).then_some(stems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::roles::Tier;

    fn keyword(term: &str, aliases: &[&str], evidence: &[&str]) -> Keyword {
        Keyword {
            term: term.to_owned(),
            aliases: aliases.iter().map(|s| (*s).to_owned()).collect(),
            acronym: None,
            case_sensitive: false,
            weight: 1.0,
            tier: Tier::MustHave,
            evidence: evidence.iter().map(|s| (*s).to_owned()).collect(),
            one_of: None,
            years: None,
        }
    }

    /// (keyword, evidence phrases, text, the variant's text and how, or None)
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static str,
        Option<(&'static str, How)>,
    );

    const CASES: &[Case] = &[
        (
            "Data Analysis",
            &[],
            "Analyzed data from 40 sensors",
            Some(("Analyzed data", How::Forms)),
        ),
        (
            "Data Visualization",
            &[],
            "Visualized the data in Tableau",
            Some(("Visualized the data", How::Forms)),
        ),
        (
            "Model Deployment",
            &[],
            "Helped deploy the model to production",
            Some(("deploy the model", How::Forms)),
        ),
        (
            "Code Review",
            &[],
            "Reviewed code for a team of 6",
            Some(("Reviewed code", How::Forms)),
        ),
        (
            "Performance Optimization",
            &[],
            "Optimized query performance by 30%",
            Some(("Optimized query performance", How::Forms)),
        ),
        (
            "Software Installation",
            &[],
            "Installed a new software program for 40 users",
            Some(("Installed a new software", How::Forms)),
        ),
        ("Budgeting", &[], "Owned the marketing budget", None),
        (
            "Troubleshooting",
            &[],
            "Troubleshot printers for 40 staff",
            Some(("Troubleshot", How::Forms)),
        ),
        ("On-Call", &[], "Called back 30 customers a day", None),
        (
            "Normalization",
            &[],
            "Restored normal service within an hour",
            None,
        ),
        (
            "Customer Retention",
            &["churn"],
            "Cut churn by 8% in one year",
            Some(("churn", How::Evidence)),
        ),
        (
            "Stakeholder Management",
            &["aligned executives"],
            "Aligned executives and partner teams",
            Some(("Aligned executives", How::Evidence)),
        ),
        (
            "Kubernetes",
            &[],
            "Ran Kubernets clusters",
            Some(("Kubernets", How::Spelling)),
        ),
        (
            "PostgreSQL",
            &[],
            "Tuned Postgre SQL indexes",
            Some(("Postgre SQL", How::Spelling)),
        ),
        // Too far apart, another sentence, or not there at all.
        (
            "Data Analysis",
            &[],
            "Collected data from many different sources for the finance team's analysis",
            None,
        ),
        (
            "Data Analysis",
            &[],
            "Gathered data. Analysis of it came later",
            None,
        ),
        ("Code Review", &[], "Wrote code for the review board", None),
        (
            "Model Deployment",
            &[],
            "Built role models for students",
            None,
        ),
        // Wrong senses are not variants either.
        ("Caching", &[], "CS 3410 Cache Race Bot Tournament", None),
        (
            "Data Analysis",
            &[],
            "Member of the Data Analysis Society",
            None,
        ),
        // Inflection is not a misspelling of another long word.
        (
            "Networking",
            &[],
            "Set up network configurations for 3 offices",
            Some(("network", How::Forms)),
        ),
        // A phrase wrapped onto the next line is one phrase.
        (
            "Computer Vision",
            &["image segmentation"],
            "Built machine learning-based image\nsegmentation for microscopy",
            Some(("image\nsegmentation", How::Evidence)),
        ),
        ("Data Analysis", &[], "Data\nAnalysis", None),
    ];

    #[test]
    fn variants_table() {
        for (term, evidence, text, want) in CASES {
            let keywords = vec![keyword(term, &[], evidence)];
            let variants = Variants::new(&keywords);
            let norm = normalize(&Document::from_lines(text.split('\n')));
            let found = variants.find(&norm, &|_| true, &[]);
            let got = found.first().map(|p| (&norm.text[p.start..p.end], p.how));
            assert_eq!(got, *want, "{term} in {text:?}");
        }
    }

    #[test]
    fn only_wanted_keywords_are_searched() {
        let keywords = vec![keyword("Data Analysis", &[], &[])];
        let variants = Variants::new(&keywords);
        let norm = normalize(&Document::from_lines(["Analyzed data"]));
        assert!(variants.find(&norm, &|_| false, &[]).is_empty());
    }
}
