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
//! elsewhere (a name it uses as a word). A resume whose words are mostly
//! unknown to the dictionary is not in English: it is not checked at all.
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
/// resume is taken as not English and left unchecked.
const MAX_UNKNOWN_SHARE: f64 = 0.12;

static DICTIONARY: LazyLock<Option<Dictionary>> =
    LazyLock::new(|| Dictionary::new(AFF, DIC).ok());

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

/// Whether the dictionary has no business judging `word` (see the module
/// notes).
fn is_unjudged(word: &Word<'_>) -> bool {
    let letters = word.text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || word.text.chars().any(|c| !c.is_alphabetic() && c != '\'') {
        return true;
    }
    let mut chars = word.text.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let later_upper = chars.any(char::is_uppercase);
    later_upper || (first_upper && !word.opens)
}

/// The misspelt words of the resume's statements and summary. `role_words`
/// are the checked role's own words (a user's role or a job posting).
pub fn check(text: &NormText, segments: &Segments, role_words: &HashSet<String>) -> Vec<Problem> {
    let Some(dict) = DICTIONARY.as_ref() else {
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
    if checked == 0 || unknown.len() as f64 / checked as f64 > MAX_UNKNOWN_SHARE {
        return Vec::new();
    }
    unknown
        .into_iter()
        .take(MAX_REPORTED)
        .map(|(i, word)| {
            let mut suggestions = Vec::new();
            dict.suggest(word, &mut suggestions);
            let message = match suggestions.first() {
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
