//! Check: misspelt words in what the resume says of its work (its
//! statements and its summary), with an English Hunspell dictionary
//! embedded in the binary (SCOWL's en_US, as Debian's `hunspell-en-us`
//! ships it: `vendor/dictionaries/`, permissive licence in `COPYRIGHT`),
//! read by `spellbook`.
//!
//! In: the normalized text, its segments and the words known beyond the
//! dictionary (every role's terms, aliases and acronyms, the technology
//! words of `keywords/shared/tech-words.txt`, the role being checked).
//! Out: one writing problem per misspelt word, with a suggestion when the
//! dictionary has one.
//!
//! What is never judged, because a dictionary cannot know it: a word with a
//! capital letter past its first (acronyms, `JavaScript`), a capitalized
//! word inside a sentence (names of people, places, products), a word with
//! a digit or a mark of code (`.`, `/`, `_`, `#`, `+`, `@`), words under
//! four letters, and any word the resume itself writes capitalized
//! elsewhere (a name it uses as a word), a word of another script. A
//! resume whose small words are German, French or Spanish more often than
//! English, or whose words are mostly unknown to the dictionary, is not in
//! English: it is not checked at all.
//!
//! Pure but for the dictionary, compiled once per process on first use.

use std::collections::HashSet;
use std::sync::LazyLock;

use spellbook::Dictionary;

use crate::normalize::NormText;
use crate::roles::Shared;
use crate::rules::{Severity, WritingCode as Code};
use crate::segment::Segments;
use crate::vocab::Section;
use crate::writing::Problem;

const AFF: &str = include_str!("../vendor/dictionaries/en_US.aff");
const DIC: &str = include_str!("../vendor/dictionaries/en_US.dic");
const TECH_WORDS: &str = include_str!("../keywords/shared/tech-words.txt");

/// At most this many words are reported per resume (the first ones): a
/// long list is noise, and suggestions cost time.
const MAX_REPORTED: usize = 20;

/// Share of checked words unknown to the dictionary above which the
/// resume is taken as not English and left unchecked (when more than three
/// words are unknown: two typos in a short resume are two typos).
const MAX_UNKNOWN_SHARE: f64 = 0.12;

static DICTIONARY: LazyLock<Option<Dictionary>> = LazyLock::new(|| Dictionary::new(AFF, DIC).ok());

/// Words every resume may use: the technology list and every built-in
/// role's terms, aliases, acronyms and evidence, split into words,
/// lowercased.
static KNOWN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut known = HashSet::new();
    for line in TECH_WORDS.lines() {
        let line = line.trim();
        if !line.is_empty() && !line.starts_with('#') {
            known.insert(line.to_lowercase());
        }
    }
    if let Ok(shared) = Shared::builtin()
        && let Ok(roles) = crate::roles::resolve::builtin_roles(&shared)
    {
        for role in &roles {
            for k in &role.keywords {
                let forms = std::iter::once(&k.term)
                    .chain(&k.aliases)
                    .chain(&k.acronym)
                    .chain(&k.evidence);
                for form in forms {
                    add_words(&mut known, form);
                }
            }
            for a in &role.avoid {
                add_words(&mut known, &a.term);
            }
        }
    }
    known
});

/// Whether `word` is one of the words every resume may use (a
/// technology's name: "JavaScript", "PowerShell").
pub(crate) fn is_known_term(word: &str) -> bool {
    KNOWN.contains(&word.to_lowercase())
}

/// Compiles the dictionary and the known words now: at set-up, where no
/// per-file time limit runs (a debug build takes seconds), not inside the
/// first file's analysis.
pub fn prepare() {
    LazyLock::force(&DICTIONARY);
    LazyLock::force(&KNOWN);
}

/// Adds the words of `phrase`, lowercased, to `known`.
pub fn add_words(known: &mut HashSet<String>, phrase: &str) {
    for w in phrase.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-')) {
        for part in std::iter::once(w).chain(w.split('-')) {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric());
            if !part.is_empty() {
                known.insert(part.to_lowercase());
            }
        }
    }
}

/// A word as it stands in a line: where it starts (bytes) and whether it
/// opens its sentence.
struct Word<'a> {
    text: &'a str,
    opens: bool,
}

/// The words of a line, split at spaces and the punctuation around them;
/// tokens holding a mark of code or a digit are dropped.
fn words(line: &str, opens_line: bool) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut opens = opens_line;
    for token in line.split_inclusive(char::is_whitespace) {
        let raw = token.trim_end();
        let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let next_opens = raw.ends_with(['.', '!', '?', ':', ';']);
        if core.is_empty() {
            opens = opens || next_opens;
            continue;
        }
        let coded = core
            .chars()
            .any(|c| c.is_ascii_digit() || "./_#+@\\=<>|~&".contains(c));
        if !coded {
            // "cross-functional": each part is a word of its own.
            for (n, part) in core.split('-').enumerate() {
                if !part.is_empty() {
                    out.push(Word {
                        text: part,
                        opens: opens && n == 0,
                    });
                }
            }
        }
        opens = next_opens;
    }
    out
}

/// Prefixes written solid onto a word ("microservices", "subnets").
const PREFIXES: &[&str] = &[
    "anti", "auto", "bio", "co", "cross", "cyber", "de", "geo", "hyper", "inter", "micro", "multi",
    "non", "over", "post", "pre", "re", "self", "sub", "super", "tele", "un", "under", "uni",
    "web",
];

/// British spellings and their American forms, as endings.
const BRITISH: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ence", "ense"),
];

/// Whether `word` (lowercase) is a word: in the dictionary, a British
/// spelling of one ("organised", "colour"), or one behind a common prefix
/// ("subnets", "geospatial"). Two words written solid ("codebase") are
/// not guessed: "managable" would pass as "mana" + "gable"; the ones
/// resumes use are in the technology word list.
fn is_known(dict: &Dictionary, word: &str) -> bool {
    if dict.check(word) {
        return true;
    }
    for (gb, us) in BRITISH {
        if let Some(stem) = word.strip_suffix(gb)
            && dict.check(&format!("{stem}{us}"))
        {
            return true;
        }
    }
    PREFIXES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|tail| tail.len() >= 3 && dict.check(tail))
    })
}

/// The dictionary word one edit away from `word`: two letters swapped
/// ("inisght"), one dropped ("accross"), one added ("managable"), one
/// changed, tried in that order, letters a to z. Hunspell's own suggester
/// costs about 25 ms a word, which a screen of thousands of files would
/// feel; this costs well under one.
fn nearest(dict: &Dictionary, word: &str) -> Option<String> {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let capital = word.starts_with(char::is_uppercase);
    let letters = 'a'..='z';
    let mut candidates: Vec<Vec<char>> = Vec::new();
    for i in 0..lower.len().saturating_sub(1) {
        let mut w = lower.clone();
        w.swap(i, i + 1);
        candidates.push(w);
    }
    for i in 0..lower.len() {
        let mut w = lower.clone();
        w.remove(i);
        candidates.push(w);
    }
    for i in 0..=lower.len() {
        for c in letters.clone() {
            let mut w = lower.clone();
            w.insert(i, c);
            candidates.push(w);
        }
    }
    for i in 0..lower.len() {
        for c in letters.clone() {
            if lower[i] != c {
                let mut w = lower.clone();
                w[i] = c;
                candidates.push(w);
            }
        }
    }
    candidates.into_iter().find_map(|w| {
        let mut s: String = w.into_iter().collect();
        if !dict.check(&s) {
            return None;
        }
        if capital && let Some(first) = s.chars().next() {
            s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        Some(s)
    })
}

/// Whether the dictionary has no business judging `word` (see the module
/// notes).
/// A labelled field, not a sentence: "Github: jamestomasino", "Twitter:
/// mr_ino" (a handle is no word of the dictionary).
fn is_field(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        (1..=2).contains(&label.split_whitespace().count())
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && (1..=2).contains(&value.split_whitespace().count())
    })
}

fn is_unjudged(word: &Word<'_>) -> bool {
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c);
    let letters = word.text.chars().filter(|c| c.is_alphabetic()).count();
    // Another script ("技术博客") is another language's word.
    if letters < 4 || word.text.chars().any(|c| !latin(c) && c != '\'') {
        return true;
    }
    let mut chars = word.text.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let later_upper = chars.any(char::is_uppercase);
    later_upper || (first_upper && !word.opens)
}

/// Small words of English, and of the languages resumes here are most
/// often written in besides (German, French, Spanish).
const ENGLISH_WORDS: &[&str] = &["the", "and", "of", "to", "for", "with", "in", "on", "a"];
const OTHER_WORDS: &[&str] = &[
    "und", "der", "die", "das", "mit", "von", "bei", "ich", "einem", "eine", "für", "auf", "le",
    "la", "les", "des", "et", "du", "une", "pour", "avec", "dans", "el", "los", "las", "del",
    "con", "para", "una", "y", "en",
];

/// Whether the resume reads as English: its small words are more often
/// English ones than German, French or Spanish ones.
fn is_english(text: &NormText) -> bool {
    let (mut english, mut other) = (0usize, 0usize);
    for line in &text.lines {
        for w in line.text.split(|c: char| !c.is_alphabetic()) {
            let is = |list: &[&str]| list.iter().any(|s| s.eq_ignore_ascii_case(w));
            if is(ENGLISH_WORDS) {
                english += 1;
            } else if is(OTHER_WORDS) {
                other += 1;
            }
        }
    }
    english >= other
}

/// The misspelt words of the resume's statements and summary. `role_words`
/// are the checked role's own words (a user's role or a job posting).
pub fn check(text: &NormText, segments: &Segments, role_words: &HashSet<String>) -> Vec<Problem> {
    let Some(dict) = DICTIONARY.as_ref().filter(|_| is_english(text)) else {
        return Vec::new();
    };
    // Words the resume writes capitalized inside a sentence are names.
    let mut names: HashSet<String> = HashSet::new();
    for line in &text.lines {
        for w in words(&line.text, true) {
            if !w.opens && w.text.starts_with(char::is_uppercase) {
                names.insert(w.text.to_lowercase());
            }
        }
    }
    // The lines judged: statements, and the summary's lines.
    let mut lines: Vec<(usize, usize)> = segments
        .statements
        .iter()
        .map(|s| (s.line, s.last_line))
        .collect();
    for (i, section) in segments.sections.iter().enumerate() {
        if *section == Section::Summary && !segments.headings.iter().any(|(h, _)| *h == i) {
            lines.push((i, i));
        }
    }
    lines.sort_unstable();
    lines.dedup();
    let mut checked = 0usize;
    let mut unknown: Vec<(usize, &str)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut last = None;
    for &(first, end) in &lines {
        for i in first..=end.min(text.lines.len().saturating_sub(1)) {
            if last.is_some_and(|l| i <= l) {
                continue;
            }
            last = Some(i);
            let line = &text.lines[i].text;
            let body = crate::vocab::bullet_body(line.trim()).unwrap_or(line.trim());
            if is_field(body) {
                continue;
            }
            for w in words(body, i == first) {
                if is_unjudged(&w) {
                    continue;
                }
                checked += 1;
                let lower = w.text.to_lowercase();
                let bare = lower.trim_end_matches("'s");
                if KNOWN.contains(bare)
                    || role_words.contains(bare)
                    || names.contains(bare)
                    || dict.check(w.text)
                    || is_known(dict, &lower)
                {
                    continue;
                }
                if seen.insert(lower) {
                    unknown.push((i, w.text));
                }
            }
        }
    }
    if checked == 0
        || (unknown.len() > 3 && unknown.len() as f64 / checked as f64 > MAX_UNKNOWN_SHARE)
    {
        return Vec::new();
    }
    unknown
        .into_iter()
        .take(MAX_REPORTED)
        .map(|(i, word)| {
            let message = match nearest(dict, word) {
                Some(s) => format!("\"{word}\" is not in the English dictionary: \"{s}\"?"),
                None => format!("\"{word}\" is not in the English dictionary"),
            };
            Problem {
                code: Code::Spelling,
                severity: Severity::Info,
                index: i,
                line: text.lines[i].source_line,
                message,
                subject: word.to_owned(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn flagged(lines: &[&str]) -> Vec<String> {
        let text = normalize(&Document::from_lines(lines.iter().copied()));
        let segments = segment(&text);
        check(&text, &segments, &HashSet::new())
            .into_iter()
            .map(|p| p.subject)
            .collect()
    }

    #[test]
    fn misspelt_words_of_statements_are_found_with_a_suggestion() {
        let text = normalize(&Document::from_lines([
            "Experience",
            "• Managed a team of five accross three time zones",
            "• Wrote managable deployment scripts for the billing service",
        ]));
        let problems = check(&text, &segment(&text), &HashSet::new());
        let words: Vec<&str> = problems.iter().map(|p| p.subject.as_str()).collect();
        assert_eq!(words, ["accross", "managable"]);
        assert_eq!(problems[0].line, 2);
        assert!(
            problems[0].message.contains("\"across\""),
            "{}",
            problems[0].message
        );
        assert!(
            problems[1].message.contains("\"manageable\""),
            "{}",
            problems[1].message
        );
        let dict = DICTIONARY.as_ref().expect("the dictionary compiles");
        assert_eq!(nearest(dict, "Evaulate").as_deref(), Some("Evaluate"));
        assert_eq!(nearest(dict, "inisght").as_deref(), Some("insight"));
    }

    #[test]
    fn what_a_dictionary_cannot_know_is_not_judged() {
        // (statement, why it passes)
        let cases: &[(&str, &str)] = &[
            (
                "• Migrated the Kubernetes clusters of Acme to Terraform",
                "names inside a sentence",
            ),
            (
                "• Built dashboards in JavaScript and GraphQL for the team",
                "inner capitals",
            ),
            (
                "• Tuned node.js services and k8s manifests for the platform",
                "code marks, digits",
            ),
            (
                "• Organised the colour palette of the analysed reports",
                "British spellings",
            ),
            (
                "• Split the subnets of the geospatial cluster for the team",
                "common prefixes",
            ),
            (
                "• Refactored the codebase and wrote the onboarding runbooks",
                "technology words",
            ),
            (
                "• Wrote Python microservices with Django and PostgreSQL",
                "every role's terms",
            ),
            ("* Github: jamestomasino", "a labelled field's handle"),
        ];
        for (line, why) in cases {
            let found = flagged(&["Experience", line, "• Ran the weekly release for the team"]);
            assert!(found.is_empty(), "{why}: {line:?} gave {found:?}");
        }
    }

    #[test]
    fn a_name_written_capitalized_elsewhere_is_known_and_other_sections_are_not_read() {
        let found = flagged(&[
            "Jane Doe",
            "Experience",
            "• Wrote the Zorblax importer for the finance team",
            "• zorblax jobs ran nightly for the finance team",
            "Skills",
            "Zorblax, qwertyuiop, Python",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_short_resume_in_german_is_not_checked() {
        let found = flagged(&[
            "Berufserfahrung",
            "- Backend Engineer bei Firma A",
            "- Arbeit in einem agilen Team, Code-Reviews, Testing",
            "- Entwicklung von APIs mit Python und Docker",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = flagged(&[
            "Experience",
            "• 修复了连接未正常关闭导致文件描述符耗尽的问题",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_resume_not_in_english_is_not_checked() {
        let found = flagged(&[
            "Expérience professionnelle",
            "• Développement d'un logiciel de supervision des compteurs électriques",
            "• Mise en place d'un service de supervision des équipements du réseau",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
