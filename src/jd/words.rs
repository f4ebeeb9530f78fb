//! The word lists and cue patterns that read a posting, as data: the files
//! of `keywords/jd/` (embedded by `build.rs` as [`BUILTIN_JD`]), each parsed
//! once, its patterns compiled once.
//!
//! - `headings.toml`: heading phrases per cue, in the order they are checked;
//!   phrase stems; the words that make "About ..." about the job; the heads of
//!   a job-title line.
//! - `sentences.toml`: the sentence patterns (noise, preferred, forward
//!   preferred, must), each a list of alternatives joined with `|` and
//!   matched without case.
//! - `words.toml`: break words, leading verbs, phrase words, title words.
//!
//! The built-in data is checked by `cargo test` (the tests below, and
//! `tests/it/keywords.rs` for the embedding), so data that does not load is
//! a bug: loading panics with a message that names the file.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use super::Cue;

include!(concat!(env!("OUT_DIR"), "/builtin_jd.rs"));

/// `keywords/jd/headings.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Headings {
    /// Heading phrases that take any ending, not only a plural `s`.
    pub(super) stems: Vec<String>,
    /// What follows "about " in a heading about the job, not the company.
    pub(super) about_the_job: Vec<String>,
    /// Heads of a line that states the job title ("Job Title: X").
    pub(super) title_heads: Vec<String>,
    /// Heading phrases per cue, in the order they are checked.
    #[serde(rename = "heading")]
    pub(super) cues: Vec<HeadingCue>,
}

/// One `[[heading]]` table: the phrases of one cue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HeadingCue {
    #[serde(deserialize_with = "cue")]
    pub(super) cue: Cue,
    pub(super) phrases: Vec<String>,
}

/// A cue by its name in the data: `preferred`, `noise`, `must`, `neutral`.
fn cue<'de, D: Deserializer<'de>>(d: D) -> Result<Cue, D::Error> {
    #[derive(Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Name {
        Noise,
        Neutral,
        Preferred,
        Must,
    }
    Ok(match Name::deserialize(d)? {
        Name::Noise => Cue::Noise,
        Name::Neutral => Cue::Neutral,
        Name::Preferred => Cue::Preferred,
        Name::Must => Cue::Must,
    })
}

/// `keywords/jd/sentences.toml`: the alternatives of each pattern.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sentences {
    noise: Vec<String>,
    offer: Vec<String>,
    about_job: Vec<String>,
    preferred: Vec<String>,
    forward_preferred: Vec<String>,
    must: Vec<String>,
}

/// `keywords/jd/words.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Words {
    /// Words that break a candidate skill phrase.
    pub(super) break_words: Vec<String>,
    /// Verbs dropped from the front of a phrase.
    pub(super) leading_verbs: Vec<String>,
    /// Words that make a short line a phrase, not a heading.
    pub(super) phrase_words: Vec<String>,
    /// Words that name a job, not a skill.
    pub(super) title_words: Vec<String>,
    /// More verbs that start a duty ("administer", "process"), besides
    /// `leading_verbs`.
    pub(super) duty_verbs: Vec<String>,
    /// Capitalized words and acronyms that are never a tool's name ("US",
    /// "CV", "Monday").
    pub(super) not_names: Vec<String>,
    /// Words that end a phrase naming a practice ("analysis", "auditing"):
    /// such a phrase is a skill when the posting names it once.
    pub(super) skill_heads: Vec<String>,
}

pub(super) static HEADINGS: LazyLock<Headings> = LazyLock::new(|| parse("headings"));

static SENTENCES: LazyLock<Sentences> = LazyLock::new(|| parse("sentences"));

pub(super) static WORDS: LazyLock<Words> = LazyLock::new(|| parse("words"));

/// Sentences that are never about the job's skills.
pub(super) static NOISE_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern("noise", &SENTENCES.noise));

/// Whether a capitalized word or acronym is never a tool's name on its
/// own: a word of `not_names`, `break_words` or `title_words`.
pub(super) fn is_not_a_name(token: &str) -> bool {
    /// `not_names`, and the other lists a name is never in. Sets: every
    /// token of every clause is looked up.
    static NOT_NAMES: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| WORDS.not_names.iter().map(String::as_str).collect());
    static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        WORDS
            .break_words
            .iter()
            .chain(&WORDS.title_words)
            .map(String::as_str)
            .collect()
    });
    let lower = token.to_lowercase();
    // "Tuesdays", "APIs": a plural of a word that is none.
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    NOT_NAMES.contains(lower.as_str())
        || NOT_NAMES.contains(singular)
        || COMMON.contains(lower.as_str())
}

/// Whether a word is a verb that starts a duty ("Build", "Administer").
pub(super) fn is_a_verb(token: &str) -> bool {
    static VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        WORDS
            .leading_verbs
            .iter()
            .chain(&WORDS.duty_verbs)
            .map(String::as_str)
            .collect()
    });
    VERBS.contains(token.to_lowercase().as_str())
}

/// Pay and benefits: noise unless the sentence states a duty.
pub(super) static OFFER_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern("offer", &SENTENCES.offer));

/// Sentences about the job rather than the company.
pub(super) static ABOUT_JOB: LazyLock<Regex> =
    LazyLock::new(|| pattern("about_job", &SENTENCES.about_job));

/// Words that make a sentence a preference wherever it stands.
pub(super) static PREFERRED_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern("preferred", &SENTENCES.preferred));

/// Words after which the rest of a sentence is a preference.
pub(super) static FORWARD_PREFERRED: LazyLock<Regex> =
    LazyLock::new(|| pattern("forward_preferred", &SENTENCES.forward_preferred));

/// Words that make a sentence a requirement in a neutral section.
pub(super) static MUST_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern("must", &SENTENCES.must));

/// The text of the embedded `keywords/jd/{id}.toml`.
fn text(id: &str) -> &'static str {
    BUILTIN_JD
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, text)| *text)
        .unwrap_or_else(|| panic!("keywords/jd/{id}.toml is not embedded"))
}

/// Parses a built-in file; its errors are bugs of the shipped data.
fn parse<T: DeserializeOwned>(id: &str) -> T {
    toml::from_str(text(id)).unwrap_or_else(|e| panic!("keywords/jd/{id}.toml: {e}"))
}

/// One case-insensitive pattern of a list of alternatives.
fn pattern(name: &str, alternatives: &[String]) -> Regex {
    Regex::new(&format!("(?i)(?:{})", alternatives.join("|"))).unwrap_or_else(|e| {
        panic!("keywords/jd/sentences.toml: `{name}` is not a valid pattern: {e}")
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// No empty list, no entry twice, no blank entry.
    fn check_list(file: &str, name: &str, list: &[String]) {
        assert!(!list.is_empty(), "{file}: `{name}` is empty");
        let mut seen = BTreeSet::new();
        for entry in list {
            assert!(
                !entry.is_empty() && entry.trim() == entry,
                "{file}: `{name}`: {entry:?} is blank or has spaces around it"
            );
            assert!(seen.insert(entry), "{file}: `{name}`: {entry:?} twice");
        }
    }

    /// A list compared with lowercase text: every entry lowercase.
    fn check_lowercase(file: &str, name: &str, list: &[String]) {
        check_list(file, name, list);
        for entry in list {
            assert!(
                *entry == entry.to_lowercase(),
                "{file}: `{name}`: {entry:?} is not lowercase, so it never matches"
            );
        }
    }

    /// A list compared with single words: lowercase, no space.
    fn check_words(name: &str, list: &[String]) {
        check_lowercase("words.toml", name, list);
        for entry in list {
            assert!(
                !entry.contains(char::is_whitespace),
                "words.toml: `{name}`: {entry:?} is not one word, so it never matches"
            );
        }
    }

    #[test]
    fn every_built_in_file_is_read() {
        let ids: BTreeSet<&str> = BUILTIN_JD.iter().map(|(id, _)| *id).collect();
        assert_eq!(
            ids,
            BTreeSet::from(["headings", "sentences", "words"]),
            "keywords/jd/ holds a file the code does not read, or lacks one"
        );
    }

    #[test]
    fn headings_load_and_are_sane() {
        let h = &*HEADINGS;
        check_lowercase("headings.toml", "stems", &h.stems);
        check_lowercase("headings.toml", "about_the_job", &h.about_the_job);
        check_lowercase("headings.toml", "title_heads", &h.title_heads);
        let cues: Vec<Cue> = h.cues.iter().map(|c| c.cue).collect();
        assert_eq!(
            cues.iter().collect::<BTreeSet<_>>().len(),
            4,
            "headings.toml: each cue once, got {cues:?}"
        );
        let at = |cue| cues.iter().position(|c| *c == cue);
        assert!(
            at(Cue::Preferred) < at(Cue::Must),
            "headings.toml: preferred must come before must (\"Preferred qualifications\")"
        );
        let mut phrases = BTreeSet::new();
        for c in &h.cues {
            let name = format!("{:?} phrases", c.cue);
            check_lowercase("headings.toml", &name, &c.phrases);
            for p in &c.phrases {
                assert!(phrases.insert(p), "headings.toml: {p:?} in two cues");
            }
        }
        for stem in &h.stems {
            assert!(
                phrases.contains(stem),
                "headings.toml: stem {stem:?} is no heading phrase"
            );
        }
    }

    #[test]
    fn sentence_patterns_load_and_every_alternative_compiles_alone() {
        let s = &*SENTENCES;
        for (name, list, regex) in [
            ("noise", &s.noise, &*NOISE_SENTENCE),
            ("preferred", &s.preferred, &*PREFERRED_SENTENCE),
            (
                "forward_preferred",
                &s.forward_preferred,
                &*FORWARD_PREFERRED,
            ),
            ("must", &s.must, &*MUST_SENTENCE),
        ] {
            check_list("sentences.toml", name, list);
            // Alone, so that joining with `|` only adds alternatives.
            for alternative in list {
                assert!(
                    Regex::new(alternative).is_ok(),
                    "sentences.toml: `{name}`: {alternative:?} is not a pattern on its own"
                );
            }
            assert!(!regex.as_str().is_empty());
        }
    }

    #[test]
    fn word_lists_load_and_are_sane() {
        let w = &*WORDS;
        check_words("break_words", &w.break_words);
        check_words("leading_verbs", &w.leading_verbs);
        check_words("phrase_words", &w.phrase_words);
        check_words("title_words", &w.title_words);
        check_words("duty_verbs", &w.duty_verbs);
        check_words("not_names", &w.not_names);
        check_words("skill_heads", &w.skill_heads);
    }

    #[test]
    fn the_patterns_read_typical_sentences() {
        assert!(OFFER_SENTENCE.is_match("We offer a $120k base and 401(k)."));
        assert!(NOISE_SENTENCE.is_match("Acme is an equal opportunity employer."));
        assert!(ABOUT_JOB.is_match("In this role you will own our APIs."));
        assert!(!ABOUT_JOB.is_match("Acme feeds our machine learning models."));
        assert!(PREFERRED_SENTENCE.is_match("Kafka is a plus"));
        assert_eq!(
            FORWARD_PREFERRED
                .find("Solid SQL, ideally PostgreSQL")
                .map(|m| m.start()),
            Some(11)
        );
        assert!(MUST_SENTENCE.is_match("5+ years with Go"));
        assert!(!MUST_SENTENCE.is_match("Build the payment ledger"));
    }
}
