//! Reading a posting into clauses: sentence-sized stretches, each with the
//! cue it is under (required, preferred, other, noise).
//!
//! - A heading sets the cue of the lines under it. Headings are recognized
//!   with a mark (`#`, bold, a trailing colon, all capitals), with an emoji
//!   or a number in front ("🚀 What you'll do", "2. The role"), as questions
//!   ("Who are we looking for?"), and in English, German, French and
//!   Spanish (the phrases are data: `keywords/jd/headings.toml`).
//! - An inline heading ("Must have: TypeScript", anywhere in a line) sets the
//!   cue of the text after it, up to the next one.
//! - Before the first heading of a posting with sections, a sentence is the
//!   company's introduction (noise) unless it speaks about the job ("you
//!   will", "this role", a bullet).
//! - A sentence can override its section: noise wins (equal opportunity,
//!   the company, applying), then an offer (pay, benefits) unless the
//!   sentence states a duty ("Administer benefits enrollment") or stands in
//!   a requirements list, then a preference, then the section, then
//!   requirement words.

use crate::normalize::NormText;
use crate::vocab::bullet_body;

use super::Cue;
use super::words::{
    ABOUT_JOB, FORWARD_PREFERRED, HEADINGS, HeadingCue, MUST_SENTENCE, NOISE_SENTENCE,
    OFFER_SENTENCE, PREFERRED_SENTENCE, WORDS, is_a_verb,
};

/// A sentence-sized stretch of the posting.
#[derive(Clone, Debug)]
pub(super) struct Clause {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) cue: Cue,
    /// The job title's line.
    pub(super) title: bool,
    /// A sentence about the company ("our engine feeds our machine
    /// learning models") in a section about the job: only names count there.
    pub(super) company: bool,
}

/// The cue of a known heading phrase in `lower` (lowercase), if any.
fn known_cue(lower: &str) -> Option<Cue> {
    if let Some(rest) = lower.strip_prefix("about ") {
        let about_the_job = &HEADINGS.about_the_job;
        if !about_the_job.iter().any(|w| rest.starts_with(w.as_str()))
            && rest.split_whitespace().count() <= 3
        {
            return Some(Cue::Noise);
        }
    }
    // Where each cue's first phrase stands in the heading.
    let at = |cue: &HeadingCue| -> Option<usize> {
        cue.phrases
            .iter()
            .filter(|p| contains_phrase(lower, p))
            .filter_map(|p| lower.find(p.as_str()))
            .min()
    };
    let mut found = HEADINGS.cues.iter().filter_map(|c| Some((c.cue, at(c)?)));
    let (cue, start) = found.next()?;
    // Requirements and duties named together: the noun that ends the
    // heading says what it is ("Essential Duties and Responsibilities" are
    // duties, "About the role and requirements" requirements).
    if cue == Cue::Must
        && let Some((Cue::Neutral, later)) = found.find(|(c, _)| *c == Cue::Neutral)
        && later > start
    {
        return Some(Cue::Neutral);
    }
    Some(cue)
}

/// An emoji, a symbol or a number before a heading: "🚀 What you'll do",
/// "2. The role", "IV) Profil". Returns the rest, or `None` when nothing
/// was there. Bullet marks are not taken: a bullet is never a heading.
fn lead_mark(t: &str) -> Option<&str> {
    let symbols = t.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !c.is_ascii() && bullet_body(&c.to_string()).is_none()
            || c == '\u{fe0f}'
            || c == '\u{200d}'
    });
    if symbols.len() != t.len() && symbols.starts_with(' ') {
        return Some(symbols.trim_start());
    }
    let digits = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let roman = t.trim_start_matches(['I', 'V', 'X']);
    for rest in [digits, roman] {
        if rest.len() < t.len()
            && rest.len() + 4 >= t.len()
            && let Some(r) = rest.strip_prefix(['.', ')'])
            && r.starts_with(' ')
        {
            return Some(r.trim_start());
        }
    }
    None
}

/// Which kind of heading a line is, when it is one. A line with a heading
/// mark (`#`, bold, a trailing colon, all capitals) and a known phrase is
/// that kind of heading, and without a known phrase a neutral one; a line
/// without a mark must be a known phrase on its own or in title case
/// ("Preferred Qualifications"); an emoji or a number in front, or a
/// question mark after, needs a known phrase.
pub(super) fn heading_cue(line: &str) -> Option<Cue> {
    let trimmed = line.trim();
    let hashed = trimmed.starts_with('#');
    let t = trimmed.trim_start_matches('#').trim();
    let bold = t.starts_with("**") || t.starts_with("__");
    let t = t.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let (t, led) = match lead_mark(t) {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    let t = t.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let (t, colon) = match t.strip_suffix(':') {
        Some(t) => (t.trim(), true),
        None => (t, false),
    };
    let (t, question) = match t
        .strip_suffix('?')
        .or_else(|| t.strip_suffix('…'))
        .or_else(|| t.strip_suffix("..."))
    {
        Some(t) => (t.trim(), true),
        None => (t, false),
    };
    if t.is_empty() || bullet_body(t).is_some() || t.ends_with(['.', '!', '?', ',']) {
        return None;
    }
    let words = t.split_whitespace().count();
    let lower = t.to_lowercase();
    let known = known_cue(&lower);
    if led || question {
        return known.filter(|_| words <= 8);
    }
    let upper = t.chars().any(char::is_alphabetic) && t.chars().all(|c| !c.is_lowercase());
    let marked = hashed || bold || colon || upper;
    if marked {
        return match known {
            Some(cue) if words <= 7 => Some(cue),
            _ if words <= 6 => Some(Cue::Neutral),
            _ => None,
        };
    }
    let titled = t
        .split_whitespace()
        .all(|w| w.len() < 4 || w.starts_with(|c: char| c.is_uppercase()));
    let whole = HEADINGS.cues.iter().any(|c| {
        c.phrases
            .iter()
            .any(|p| lower == *p || lower == format!("{p}s"))
    });
    // "Bonus points", "Requirements and skills": a short line that starts
    // with a heading phrase and is not a phrase itself ("Experience with Go").
    let leading = words <= 3
        && !lower
            .split_whitespace()
            .any(|w| WORDS.phrase_words.iter().any(|p| p == w))
        && HEADINGS
            .cues
            .iter()
            .any(|c| c.phrases.iter().any(|p| lower.starts_with(p.as_str())));
    match known {
        Some(cue) if words <= 6 && (whole || titled || leading) => Some(cue),
        _ => None,
    }
}

/// `phrase` occurs in `text` on word boundaries (both lowercase); a plural
/// `s` may follow, and a stem ("responsibilit") takes any ending.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let start_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &text[i + phrase.len()..];
        let rest = if HEADINGS.stems.iter().any(|s| s == phrase) {
            rest.trim_start_matches(char::is_alphabetic)
        } else {
            rest.strip_prefix('s').unwrap_or(rest)
        };
        start_ok && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
    })
}

/// An inline heading: "Heading: text" at the start of a line or after a
/// sentence's end ("... and Node.js. Nice to have: GraphQL"). Returns each
/// one's cue, where its head starts and where its text starts.
pub(super) fn inline_headings(line: &str) -> Vec<(Cue, usize, usize)> {
    let mut out = Vec::new();
    for (colon, _) in line.match_indices(':') {
        let after = &line[colon + 1..];
        if !after.starts_with(' ') || after.trim().is_empty() {
            continue;
        }
        // The head: back to the line's start, a sentence's end or a bullet.
        let before = &line[..colon];
        let head_start = before.rfind([';', '.', '!', '?', '•', '|']).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let head = before[head_start..].trim();
        let head = bullet_body(head).unwrap_or(head).trim();
        let words = head.split_whitespace().count();
        if head.is_empty() || words > 5 {
            continue;
        }
        let Some(cue) = known_cue(&head.to_lowercase()) else {
            continue;
        };
        let at = head_start
            + before[head_start..]
                .find(head.split_whitespace().next().unwrap_or(head))
                .unwrap_or(0);
        out.push((cue, at, colon + 1));
    }
    out
}

/// A line that states the job title: "Job Title: X", "Position: X".
fn title_line(line: &str) -> Option<&str> {
    let (head, rest) = line.split_once(':')?;
    let head = head.trim().to_lowercase();
    HEADINGS
        .title_heads
        .contains(&head)
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}

/// Splits the posting into clauses with their cues; also returns the job
/// title when the posting states one.
pub(super) fn clauses(text: &NormText) -> (Vec<Clause>, Option<String>) {
    let mut out = Vec::new();
    // In a posting with sections, the text before the first heading (after
    // the title) is the company's introduction, sentence by sentence.
    let headings = text
        .lines
        .iter()
        .map(|l| {
            usize::from(heading_cue(&l.text).is_some())
                + inline_headings(&l.text)
                    .iter()
                    .filter(|h| matches!(h.0, Cue::Must | Cue::Preferred))
                    .count()
        })
        .sum::<usize>();
    let mut intro = headings >= 2;
    let mut section = Cue::Neutral;
    let mut title: Option<String> = None;
    let mut seen_text = false;
    for (i, line) in text.lines.iter().enumerate() {
        let range = text.line_range(i);
        let raw = line.text.as_str();
        if raw.trim().is_empty() {
            continue;
        }
        if let Some(t) = title_line(raw) {
            title.get_or_insert_with(|| t.to_owned());
            out.push(Clause {
                start: range.start + (raw.len() - t.len()),
                end: range.end,
                cue: Cue::Neutral,
                title: true,
                company: false,
            });
            seen_text = true;
            continue;
        }
        if let Some(cue) = heading_cue(raw) {
            section = cue;
            intro = false;
            continue;
        }
        // The first line, when short and not a sentence, is the title.
        if !seen_text {
            seen_text = true;
            let words = raw.split_whitespace().count();
            if title.is_none() && words <= 10 && !raw.trim_end().ends_with('.') {
                title = Some(raw.trim().to_owned());
                out.push(Clause {
                    start: range.start,
                    end: range.end,
                    cue: Cue::Neutral,
                    title: true,
                    company: false,
                });
                continue;
            }
        }
        let bullet = bullet_body(raw).is_some();
        // Stretches of the line, each under its own inline heading.
        let mut stretches: Vec<(usize, usize, Cue, bool)> = Vec::new();
        let mut from = 0;
        let mut cue_here = section;
        let mut intro_here = intro;
        for (cue, head, text_at) in inline_headings(raw) {
            if head > from {
                stretches.push((from, head, cue_here, intro_here));
            }
            // "Python experience:" under a bonus heading stays a bonus.
            let cue = if section == Cue::Preferred && cue == Cue::Must {
                Cue::Preferred
            } else {
                cue
            };
            // A labelled line ("Location: Berlin", "• Bonus: Rust") speaks
            // for itself; a requirements label opens a section.
            let opens_section = if head == 0 {
                !bullet && cue != Cue::Noise
            } else {
                cue != Cue::Noise
            };
            if opens_section {
                section = cue;
                intro = false;
            }
            cue_here = cue;
            intro_here = intro;
            from = text_at;
        }
        stretches.push((from, raw.len(), cue_here, intro_here));
        for (s0, e0, line_section, intro) in stretches {
            for (s, e) in sentences(raw, s0, e0) {
                let sentence = &raw[s..e];
                let about_job = bullet || ABOUT_JOB.is_match(sentence);
                let cue = if intro && !about_job {
                    Cue::Noise
                } else {
                    sentence_cue(sentence, line_section)
                };
                let company = !about_job && line_section == Cue::Neutral && OURS.is_match(sentence);
                // "Solid SQL, ideally PostgreSQL": what follows "ideally" is a
                // preference, what precedes it is not.
                let split = FORWARD_PREFERRED
                    .find(sentence)
                    .map(|m| s + m.start())
                    .filter(|split| *split > s && cue != Cue::Noise);
                let mut push = |start: usize, end: usize, cue: Cue| {
                    out.push(Clause {
                        start: range.start + start,
                        end: range.start + end,
                        cue,
                        title: false,
                        company,
                    });
                };
                match split {
                    Some(split) => {
                        push(s, split, sentence_cue(&raw[s..split], line_section));
                        push(split, e, Cue::Preferred);
                    }
                    None => push(s, e, cue),
                }
            }
        }
    }
    (out, title)
}

/// A sentence that speaks of "we" and "our".
static OURS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:we|our|we're|we've)\b").expect("valid")
});

/// Whether a sentence states a duty: it starts with a verb of the job
/// ("Administer benefits enrollment", "Process payroll").
fn states_a_duty(sentence: &str) -> bool {
    let body = bullet_body(sentence.trim())
        .unwrap_or(sentence)
        .trim_start();
    is_a_verb(
        body.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default(),
    )
}

/// The cue of one sentence under a section's cue: noise wins, then an
/// offer that is not a duty or a requirement, then a preference, then the
/// section, then requirement words.
pub(super) fn sentence_cue(sentence: &str, section: Cue) -> Cue {
    let offer = OFFER_SENTENCE.is_match(sentence)
        && !matches!(section, Cue::Must | Cue::Preferred)
        && !states_a_duty(sentence);
    if section == Cue::Noise || NOISE_SENTENCE.is_match(sentence) || offer {
        Cue::Noise
    } else if PREFERRED_SENTENCE.is_match(sentence) {
        Cue::Preferred
    } else if section != Cue::Neutral {
        section
    } else if MUST_SENTENCE.is_match(sentence) {
        Cue::Must
    } else {
        Cue::Neutral
    }
}

/// Byte ranges of the sentences of `line[from..to]`. A sentence ends at
/// `.`, `!`, `?` or `;` followed by a space.
pub(super) fn sentences(line: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut start = from;
    for i in from..to {
        let end_mark = matches!(bytes[i], b'.' | b'!' | b'?' | b';')
            && bytes.get(i + 1).is_none_or(|b| *b == b' ');
        if end_mark {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < to {
        out.push((start, to));
    }
    out.retain(|(s, e)| !line[*s..*e].trim().is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_recognized_with_or_without_marks() {
        let cases: &[(&str, Option<Cue>)] = &[
            ("Requirements", Some(Cue::Must)),
            ("## What you'll need", Some(Cue::Must)),
            ("QUALIFICATIONS:", Some(Cue::Must)),
            ("Preferred Qualifications", Some(Cue::Preferred)),
            ("Essential Duties and Responsibilities", Some(Cue::Neutral)),
            ("## About the role and requirements", Some(Cue::Must)),
            ("Nice to have", Some(Cue::Preferred)),
            ("Bonus points", Some(Cue::Preferred)),
            ("**Pluses**", Some(Cue::Preferred)),
            ("Benefits", Some(Cue::Noise)),
            ("About Acme", Some(Cue::Noise)),
            ("About the role", Some(Cue::Neutral)),
            ("Responsibilities:", Some(Cue::Neutral)),
            ("Tech stack:", Some(Cue::Neutral)),
            // Emoji, numbers, questions and other languages.
            ("## 🚀 What you'll do", Some(Cue::Neutral)),
            ("✨ Bonus points", Some(Cue::Preferred)),
            ("2. What we're looking for", Some(Cue::Must)),
            ("4) Nice to haves", Some(Cue::Preferred)),
            ("Who are we looking for?", Some(Cue::Must)),
            ("Even better if…", Some(Cue::Preferred)),
            ("Dein Profil", Some(Cue::Must)),
            ("Wünschenswert", Some(Cue::Preferred)),
            ("Was wir bieten", Some(Cue::Noise)),
            ("Profil recherché", Some(Cue::Must)),
            ("Les plus", Some(Cue::Preferred)),
            ("Qui sommes-nous ?", Some(Cue::Noise)),
            ("Requisitos", Some(Cue::Must)),
            ("Se valorará", Some(Cue::Preferred)),
            ("Responsabilidades", Some(Cue::Neutral)),
            // Phrases and bullets are not headings.
            ("Experience with Go", None),
            ("Python experience", None),
            ("- Requirements", None),
            ("We offer a great salary and benefits.", None),
            ("1. Kubernetes", None),
            ("Do you like Go?", None),
        ];
        for (line, want) in cases {
            assert_eq!(heading_cue(line), *want, "{line:?}");
        }
    }

    #[test]
    fn inline_headings_and_sentences() {
        assert_eq!(
            inline_headings("Nice to have: Terraform"),
            [(Cue::Preferred, 0, 13)]
        );
        let line = "We build tools. Must have: Go and SQL. Nice to have: Rust.";
        let found: Vec<Cue> = inline_headings(line).iter().map(|h| h.0).collect();
        assert_eq!(found, [Cue::Must, Cue::Preferred]);
        assert!(inline_headings("Note: we are remote").is_empty());
        assert_eq!(
            sentences("Go is required. Kafka is a plus; Rust too", 0, 41),
            [(0, 15), (15, 32), (32, 41)]
        );
    }

    #[test]
    fn an_offer_is_noise_but_a_duty_about_benefits_is_not() {
        let cases: &[(&str, Cue, Cue)] = &[
            (
                "We offer great benefits and a 401(k).",
                Cue::Neutral,
                Cue::Noise,
            ),
            (
                "Administer benefits enrollment and leave.",
                Cue::Neutral,
                Cue::Neutral,
            ),
            (
                "Experience with benefits administration.",
                Cue::Must,
                Cue::Must,
            ),
            ("Salary: $120,000 to $150,000.", Cue::Neutral, Cue::Noise),
            (
                "Acme is an equal opportunity employer.",
                Cue::Must,
                Cue::Noise,
            ),
        ];
        for (sentence, section, want) in cases {
            assert_eq!(sentence_cue(sentence, *section), *want, "{sentence:?}");
        }
    }
}
