//! Job descriptions turned into roles (SPEC "Checks 6").
//!
//! In: the extracted text of a job posting and a [`Lexicon`] (every keyword
//! of the built-in library and the common acronym pairs, merged). Out: a
//! [`Derived`] role, and the evidence for each of its keywords, printable as
//! TOML ([`crate::report::role::write_derived`]) that the role loader reads
//! back.
//!
//! How a posting is read:
//! 1. Lines are grouped under headings. `Requirements`, `Must have`,
//!    `Qualifications`, `What you'll need`... open a *must* section;
//!    `Preferred`, `Nice to have`, `Bonus`, `Pluses`... a *preferred* one;
//!    `Benefits`, `About us`, `Equal opportunity`, `Salary`... a *noise*
//!    section that is skipped; anything else (`Responsibilities`, no heading
//!    at all) a *neutral* one.
//! 2. Each line is split into sentences. A sentence can override its
//!    section: "Kafka is a plus" is preferred wherever it stands; a salary,
//!    benefits, equal-opportunity or company-blurb sentence is noise; in a
//!    neutral section "you must have" or "experience with" makes it *must*.
//! 3. Known keywords are found with the library's own matcher (all forms,
//!    same rules as for resumes). The posting's own repeated multi-word
//!    phrases ("payment ledger", "event sourcing") are added when they occur
//!    at least twice outside noise and are made of content words only.
//! 4. A keyword seen in a must sentence is `must_have`; else one seen in a
//!    preferred sentence is `strong`. The rest (seen only in neutral text)
//!    are ranked by how often and where they appear: in the job title or
//!    three times and more they are `must_have`, otherwise `strong`. A posting
//!    with no must or preferred cue at all has its best-ranked half (at most
//!    12) as `must_have`.
//!
//! The heading phrases, sentence patterns and word lists behind these steps
//! are data, in `keywords/jd/` (embedded, read once by `words.rs`).
//!
//! Pure: no I/O.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::Document;
use crate::matcher::{Matcher, Target};
use crate::normalize::{NormText, normalize};
use crate::roles::{AcronymPair, AvoidTerm, Keyword, Role, RoleSource, Tier, Weights};
use crate::vocab::{bullet_body, plural};

mod words;

pub use words::BUILTIN_JD;
use words::{
    FORWARD_PREFERRED, HEADINGS, MUST_SENTENCE, NOISE_SENTENCE, PREFERRED_SENTENCE, WORDS,
};

/// Every known keyword, merged from all roles and the common acronym pairs,
/// with each form (compared without case) in exactly one keyword.
#[derive(Debug)]
pub struct Lexicon {
    keywords: Vec<Keyword>,
    matcher: Matcher,
}

impl Lexicon {
    /// Merges the keywords of `roles` (in order: an earlier role's spelling
    /// wins) and the acronym `pairs`. Forms of `avoid` terms are never
    /// keyword forms.
    pub fn new(roles: &[Role], pairs: &[AcronymPair], avoid: &[AvoidTerm]) -> Lexicon {
        let mut claimed: HashSet<String> = HashSet::new();
        for a in avoid {
            for form in std::iter::once(&a.term).chain(&a.aliases) {
                claim(&mut claimed, form);
            }
        }
        let all = || roles.iter().flat_map(|r| &r.keywords);
        // Terms first, so a term is never swallowed as another's alias.
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let terms = all()
            .map(|k| (k.term.as_str(), k.case_sensitive))
            .chain(pairs.iter().map(|p| (p.term.as_str(), false)));
        for (term, case_sensitive) in terms {
            let key = term.to_lowercase();
            if index.contains_key(&key) || !claim(&mut claimed, term) {
                continue;
            }
            index.insert(key, keywords.len());
            keywords.push(Keyword {
                term: term.to_owned(),
                aliases: Vec::new(),
                acronym: None,
                case_sensitive,
                weight: 1.0,
                tier: Tier::Strong,
                evidence: Vec::new(),
            });
        }
        let extra = all()
            .map(|k| {
                (
                    &k.term,
                    k.acronym.as_ref(),
                    &k.aliases[..],
                    k.case_sensitive,
                )
            })
            .chain(
                pairs
                    .iter()
                    .map(|p| (&p.term, Some(&p.acronym), &[][..], false)),
            );
        for (term, acronym, aliases, case_sensitive) in extra {
            let Some(&i) = index.get(&term.to_lowercase()) else {
                continue;
            };
            let entry = &mut keywords[i];
            if let Some(acronym) = acronym
                && claim(&mut claimed, acronym)
            {
                match entry.acronym {
                    None => entry.acronym = Some(acronym.clone()),
                    Some(_) => entry.aliases.push(acronym.clone()),
                }
            }
            // A case-insensitive spelling must not loosen a case-sensitive
            // keyword, nor the other way round.
            if case_sensitive != entry.case_sensitive {
                continue;
            }
            for alias in aliases {
                if claim(&mut claimed, alias) {
                    entry.aliases.push(alias.clone());
                }
            }
        }
        let role = bare_role("lexicon", "Lexicon", keywords);
        let matcher = Matcher::for_few_searches(&role, &[]);
        Lexicon {
            keywords: role.keywords,
            matcher,
        }
    }

    pub fn len(&self) -> usize {
        self.keywords.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keywords.is_empty()
    }
}

/// Takes a form for one keyword of the lexicon: false when a keyword (or an
/// avoid term) already has it, or its plural.
fn claim(claimed: &mut HashSet<String>, form: &str) -> bool {
    let key = form.to_lowercase();
    if claimed.contains(&key) {
        return false;
    }
    claimed.extend(plural(&key));
    claimed.insert(key);
    true
}

fn bare_role(id: &str, name: &str, keywords: Vec<Keyword>) -> Role {
    Role {
        id: id.to_owned(),
        name: name.to_owned(),
        aliases: Vec::new(),
        summary: None,
        keywords,
        avoid: Vec::new(),
        weights: Weights::default(),
        extends: Vec::new(),
        source: RoleSource::JobDescription,
        jd: None,
    }
}

/// What a stretch of the posting says about the keywords in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// Benefits, salary, equal opportunity, company blurb: ignored.
    Noise,
    /// Responsibilities, overview, or no heading.
    Neutral,
    /// Preferred / nice to have / bonus.
    Preferred,
    /// Requirements / must have / qualifications.
    Must,
}

impl Cue {
    pub fn name(self) -> &'static str {
        match self {
            Cue::Noise => "noise",
            Cue::Neutral => "other",
            Cue::Preferred => "preferred",
            Cue::Must => "required",
        }
    }
}

/// A keyword the posting asks for, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedTerm {
    pub keyword: Keyword,
    /// How many times it occurs outside noise.
    pub count: usize,
    /// The strongest cue it was seen under.
    pub cue: Cue,
    /// Whether it is in the job title.
    pub in_title: bool,
    /// 1-based line of the first occurrence.
    pub first_line: u32,
    /// `false` for the posting's own repeated phrases.
    pub known: bool,
}

/// A role derived from a job description.
#[derive(Clone, Debug)]
pub struct Derived {
    pub role: Role,
    /// The job title, when the posting states one.
    pub title: Option<String>,
    /// Must-have terms first, then strong, as in `role.keywords`.
    pub terms: Vec<DerivedTerm>,
}

/// A sentence-sized stretch of the posting.
#[derive(Clone, Debug)]
struct Clause {
    start: usize,
    end: usize,
    cue: Cue,
    title: bool,
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
    HEADINGS.cues.iter().find_map(|c| {
        c.phrases
            .iter()
            .any(|p| contains_phrase(lower, p))
            .then_some(c.cue)
    })
}

/// Which kind of heading a line is, when it is one. A line with a heading
/// mark (`#`, bold, a trailing colon, all capitals) and a known phrase is
/// that kind of heading, and without a known phrase a neutral one; a line
/// without a mark must be a known phrase on its own or in title case
/// ("Preferred Qualifications").
fn heading_cue(line: &str) -> Option<Cue> {
    let trimmed = line.trim();
    let hashed = trimmed.starts_with('#');
    let t = trimmed.trim_start_matches('#').trim();
    let bold = t.starts_with("**") || t.starts_with("__");
    let t = t.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let (t, colon) = match t.strip_suffix(':') {
        Some(t) => (t.trim(), true),
        None => (t, false),
    };
    if t.is_empty() || bullet_body(t).is_some() || t.ends_with(['.', '!', '?', ',']) {
        return None;
    }
    let words = t.split_whitespace().count();
    let lower = t.to_lowercase();
    let upper = t.chars().any(char::is_alphabetic) && t.chars().all(|c| !c.is_lowercase());
    let marked = hashed || bold || colon || upper;
    let known = known_cue(&lower);
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

/// Whether a keyword occurrence (or a line) names a job rather than a skill
/// or a person: it has one of the title words of `keywords/jd/words.toml`.
pub(crate) fn names_a_job(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.title_words.contains(&w.to_lowercase()))
}

/// Whether an occurrence looks like a named thing (a tool, product,
/// certification, acronym) rather than a common noun: a capital that does
/// not merely start its sentence, a digit or a symbol.
fn is_specific(surface: &str, starts_clause: bool) -> bool {
    let mut chars = surface.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    (first_upper && !starts_clause)
        || chars.any(|c| c.is_uppercase() || c.is_ascii_digit() || "+#./".contains(c))
}

/// A `Heading: text` line ("Nice to have: Terraform"): the heading's cue
/// and where the text starts.
fn inline_heading(line: &str) -> Option<(Cue, usize)> {
    let (head, rest) = line.split_once(':')?;
    let body = bullet_body(head).unwrap_or(head).trim();
    if body.is_empty() || body.split_whitespace().count() > 5 || rest.trim().is_empty() {
        return None;
    }
    let cue = known_cue(&body.to_lowercase())?;
    Some((cue, head.len() + 1))
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

/// Splits the posting into clauses with their cues.
fn clauses(text: &NormText) -> (Vec<Clause>, Option<String>) {
    let mut out = Vec::new();
    // In a posting with sections, the text before the first heading (after
    // the title) is the company's introduction.
    let headings = text
        .lines
        .iter()
        .filter(|l| heading_cue(&l.text).is_some())
        .count();
    let mut section = if headings >= 2 {
        Cue::Noise
    } else {
        Cue::Neutral
    };
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
            });
            seen_text = true;
            continue;
        }
        if let Some(cue) = heading_cue(raw) {
            section = cue;
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
                });
                continue;
            }
        }
        let mut from = 0;
        let mut line_section = section;
        if let Some((cue, at)) = inline_heading(raw) {
            // A labelled bullet ("• Bonus: Rust") speaks for itself only.
            if bullet_body(raw).is_none() {
                section = cue;
            }
            line_section = cue;
            from = at;
        }
        for (s, e) in sentences(raw, from) {
            // "Solid SQL, ideally PostgreSQL": what follows "ideally" is a
            // preference, what precedes it is not.
            let cue = sentence_cue(&raw[s..e], line_section);
            let split = FORWARD_PREFERRED
                .find(&raw[s..e])
                .map(|m| s + m.start())
                .filter(|split| *split > s && cue != Cue::Noise);
            let mut push = |start: usize, end: usize, cue: Cue| {
                out.push(Clause {
                    start: range.start + start,
                    end: range.start + end,
                    cue,
                    title: false,
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
    (out, title)
}

/// The cue of one sentence under a section's cue: noise wins, then a
/// preference, then the section, then requirement words.
fn sentence_cue(sentence: &str, section: Cue) -> Cue {
    if section == Cue::Noise || NOISE_SENTENCE.is_match(sentence) {
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

/// Byte ranges of the sentences of a line, from `from`. A sentence ends at
/// `.`, `!`, `?` or `;` followed by a space, and a new inline heading
/// ("Nice to have:") starts a sentence.
fn sentences(line: &str, from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut start = from;
    for i in from..bytes.len() {
        let end_mark = matches!(bytes[i], b'.' | b'!' | b'?' | b';')
            && bytes.get(i + 1).is_none_or(|b| *b == b' ');
        if end_mark {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out.retain(|(s, e)| !line[*s..*e].trim().is_empty());
    out
}

#[derive(Debug, Default)]
struct Tally {
    count: usize,
    cue: Option<Cue>,
    in_title: bool,
    first: usize,
    /// Written at least once as a named thing (see [`is_specific`]).
    specific: bool,
}

impl Tally {
    fn add(&mut self, clause: &Clause, at: usize) {
        if self.count == 0 && !self.in_title {
            self.first = at;
        }
        if clause.title {
            self.in_title = true;
            return;
        }
        self.count += 1;
        self.cue = self.cue.max(Some(clause.cue));
    }
}

/// Turns a posting into a role named `id`.
pub fn derive(lexicon: &Lexicon, id: &str, jd_name: &str, doc: &Document) -> Derived {
    let text = normalize(doc);
    let (clauses, title) = clauses(&text);
    let clause_at = |offset: usize| -> Option<&Clause> {
        let i = clauses.partition_point(|c| c.start <= offset);
        let c = clauses.get(i.checked_sub(1)?)?;
        (offset < c.end).then_some(c)
    };

    let mut known: BTreeMap<usize, Tally> = BTreeMap::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for hit in lexicon.matcher.find(&text) {
        let Target::Keyword(k) = lexicon.matcher.form(&hit).target else {
            continue;
        };
        let Some(clause) = clause_at(hit.start) else {
            continue;
        };
        covered.push((hit.start, hit.end));
        let surface = &text.text[hit.start..hit.end];
        let next_word = text.text[hit.end..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        if clause.cue == Cue::Noise || names_a_job(surface) || names_a_job(next_word) {
            continue;
        }
        let before = &text.text[clause.start..hit.start];
        let starts_clause = before
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .is_empty();
        // A tool named in lowercase by its makers (pandas, dbt, pytest) is
        // as specific as a capitalized one.
        let lowercase_name = !lexicon.keywords[k].term.chars().any(char::is_uppercase);
        let tally = known.entry(k).or_default();
        tally.add(clause, hit.start);
        tally.specific |= !clause.title && (lowercase_name || is_specific(surface, starts_clause));
    }

    let phrases = repeated_phrases(&text.text, &clauses, &covered);

    let mut terms: Vec<DerivedTerm> = Vec::new();
    for (k, tally) in known {
        // Only in the title: a title word, not a skill the posting asks for.
        // Only once, in lowercase, among the duties: a common noun of the
        // job ("monitoring", "dashboards"), not something to screen on.
        let passing = tally.cue == Some(Cue::Neutral) && tally.count < 2 && !tally.specific;
        if tally.count == 0 || passing {
            continue;
        }
        terms.push(derived(lexicon.keywords[k].clone(), &tally, &text, true));
    }
    for (phrase, tally) in phrases {
        let keyword = Keyword {
            term: phrase,
            aliases: Vec::new(),
            acronym: None,
            case_sensitive: false,
            weight: 1.0,
            tier: Tier::Strong,
            evidence: Vec::new(),
        };
        terms.push(derived(keyword, &tally, &text, false));
    }

    let structured = clauses
        .iter()
        .any(|c| matches!(c.cue, Cue::Must | Cue::Preferred));
    terms.sort_by(|a, b| {
        b.in_title
            .cmp(&a.in_title)
            .then(b.count.cmp(&a.count))
            .then(a.first_line.cmp(&b.first_line))
            .then(a.keyword.term.cmp(&b.keyword.term))
    });
    let neutral = terms.iter().filter(|t| t.cue == Cue::Neutral).count();
    let top = neutral.div_ceil(2).min(12);
    let mut neutral_rank = 0;
    for t in &mut terms {
        let must = match t.cue {
            Cue::Must => true,
            Cue::Preferred | Cue::Noise => false,
            Cue::Neutral if structured => t.in_title || t.count >= 3,
            Cue::Neutral => {
                neutral_rank += 1;
                neutral_rank <= top
            }
        };
        t.keyword.tier = if must { Tier::MustHave } else { Tier::Strong };
    }
    terms.sort_by_key(|t| t.keyword.tier);

    let name = title.clone().unwrap_or_else(|| jd_name.to_owned());
    let mut role = bare_role(id, &name, terms.iter().map(|t| t.keyword.clone()).collect());
    role.summary = Some(format!("Derived from the job description {jd_name}."));
    role.jd = Some(jd_name.to_owned());
    Derived { role, title, terms }
}

fn derived(keyword: Keyword, tally: &Tally, text: &NormText, known: bool) -> DerivedTerm {
    let line = text.line_index(tally.first);
    DerivedTerm {
        keyword,
        count: tally.count,
        cue: tally.cue.unwrap_or(Cue::Neutral),
        in_title: tally.in_title,
        first_line: text.lines.get(line).map_or(0, |l| l.source_line),
        known,
    }
}

/// A word of a clause: its byte range in the text and its lowercase form.
fn words(text: &str, start: usize, end: usize) -> Vec<(usize, usize, String)> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[A-Za-z][A-Za-z0-9'+#]*(?:[.\-/][A-Za-z0-9+#]+)*").expect("valid")
    });
    WORD.find_iter(&text[start..end])
        .map(|m| {
            (
                start + m.start(),
                start + m.end(),
                m.as_str().to_lowercase(),
            )
        })
        .collect()
}

/// Multi-word phrases of content words that occur at least twice outside
/// noise and outside known keywords.
fn repeated_phrases(
    text: &str,
    clauses: &[Clause],
    covered: &[(usize, usize)],
) -> Vec<(String, Tally)> {
    let breaks: HashSet<&str> = WORDS.break_words.iter().map(String::as_str).collect();
    let is_covered = |s: usize, e: usize| covered.iter().any(|(cs, ce)| s < *ce && *cs < e);
    // Words seen in noise (company names, benefits) never start a phrase.
    let mut noise_words: HashSet<String> = HashSet::new();
    let mut counts: HashMap<String, (String, Tally)> = HashMap::new();
    for clause in clauses {
        let words = words(text, clause.start, clause.end);
        if clause.cue == Cue::Noise || clause.title {
            noise_words.extend(words.into_iter().map(|w| w.2));
            continue;
        }
        // Split into runs of content words.
        let mut run: Vec<&(usize, usize, String)> = Vec::new();
        let mut runs = Vec::new();
        for w in &words {
            let gap = run
                .last()
                .is_some_and(|prev| text[prev.1..w.0].chars().any(|c| !c.is_whitespace()));
            let breaker = breaks.contains(w.2.as_str())
                || is_covered(w.0, w.1)
                || w.2.chars().any(|c| c.is_ascii_digit());
            if breaker || gap {
                runs.push(std::mem::take(&mut run));
            }
            if !breaker {
                run.push(w);
            }
        }
        runs.push(run);
        for mut run in runs {
            while run
                .first()
                .is_some_and(|w| WORDS.leading_verbs.contains(&w.2))
            {
                run.remove(0);
            }
            for n in 2..=3 {
                for window in run.windows(n) {
                    let key = window
                        .iter()
                        .map(|w| w.2.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let surface = text[window[0].0..window[n - 1].1].to_owned();
                    let entry = counts
                        .entry(key)
                        .or_insert_with(|| (surface, Tally::default()));
                    entry.1.add(clause, window[0].0);
                }
            }
        }
    }
    let mut kept: Vec<(String, String, Tally)> = counts
        .into_iter()
        .filter(|(key, (_, t))| t.count >= 2 && !key.split(' ').any(|w| noise_words.contains(w)))
        .map(|(key, (surface, t))| (key, surface, t))
        .collect();
    // A shorter phrase inside a longer one with as many occurrences is the
    // same phrase.
    let snapshot: Vec<(String, usize)> =
        kept.iter().map(|(k, _, t)| (k.clone(), t.count)).collect();
    kept.retain(|(key, _, t)| {
        !snapshot.iter().any(|(other, count)| {
            other.len() > key.len()
                && *count >= t.count
                && format!(" {other} ").contains(&format!(" {key} "))
        })
    });
    kept.sort_by(|a, b| b.2.count.cmp(&a.2.count).then(a.0.cmp(&b.0)));
    kept.truncate(10);
    kept.into_iter()
        .map(|(_, surface, t)| (surface.split_whitespace().collect::<Vec<_>>().join(" "), t))
        .collect()
}

/// Merges a role with a job description's role: the role's keywords keep
/// their tier unless the posting requires them; the posting's other
/// keywords are added in their own tier.
pub fn merge(base: &Role, jd: &Role) -> Role {
    let mut merged = base.clone();
    let forms = |k: &Keyword| -> Vec<String> {
        std::iter::once(&k.term)
            .chain(&k.aliases)
            .chain(&k.acronym)
            .map(|f| f.to_lowercase())
            .collect()
    };
    /// Who already has a form.
    #[derive(Clone, Copy)]
    enum Owner {
        Base(usize),
        Taken,
    }
    let mut seen: HashMap<String, Owner> = HashMap::new();
    for (i, k) in merged.keywords.iter().enumerate() {
        for f in forms(k) {
            seen.insert(f, Owner::Base(i));
        }
    }
    for a in &merged.avoid {
        for f in std::iter::once(&a.term).chain(&a.aliases) {
            seen.insert(f.to_lowercase(), Owner::Taken);
        }
    }
    let mut added = Vec::new();
    for k in &jd.keywords {
        let existing = forms(k).iter().find_map(|f| seen.get(f).copied());
        match existing {
            Some(Owner::Taken) => {}
            Some(Owner::Base(i)) => {
                if k.tier == Tier::MustHave {
                    merged.keywords[i].tier = Tier::MustHave;
                }
            }
            None => {
                let mut k = k.clone();
                let mut own: HashSet<String> = HashSet::new();
                k.aliases.retain(|a| {
                    let key = a.to_lowercase();
                    !seen.contains_key(&key) && own.insert(key)
                });
                if k.acronym
                    .as_ref()
                    .is_some_and(|a| seen.contains_key(&a.to_lowercase()))
                {
                    k.acronym = None;
                }
                for f in forms(&k) {
                    seen.insert(f, Owner::Taken);
                }
                added.push(k);
            }
        }
    }
    merged.keywords.extend(added);
    merged.keywords.sort_by_key(|k| k.tier);
    let jd_name = jd.jd.clone().unwrap_or_default();
    merged.id = format!("{}+{}", base.id, jd.id);
    merged.name = format!("{} + {}", base.name, jd_name);
    merged.source = RoleSource::Merged;
    merged.jd = jd.jd.clone();
    merged
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
            ("Nice to have", Some(Cue::Preferred)),
            ("Bonus points", Some(Cue::Preferred)),
            ("**Pluses**", Some(Cue::Preferred)),
            ("Benefits", Some(Cue::Noise)),
            ("About Acme", Some(Cue::Noise)),
            ("About the role", Some(Cue::Neutral)),
            ("Responsibilities:", Some(Cue::Neutral)),
            ("Tech stack:", Some(Cue::Neutral)),
            // Phrases and bullets are not headings.
            ("Experience with Go", None),
            ("Python experience", None),
            ("- Requirements", None),
            ("We offer a great salary and benefits.", None),
        ];
        for (line, want) in cases {
            assert_eq!(heading_cue(line), *want, "{line:?}");
        }
    }

    #[test]
    fn inline_headings_and_sentences() {
        assert_eq!(
            inline_heading("Nice to have: Terraform"),
            Some((Cue::Preferred, 13))
        );
        assert_eq!(inline_heading("Note: we are remote"), None);
        assert_eq!(
            sentences("Go is required. Kafka is a plus; Rust too", 0),
            [(0, 15), (15, 32), (32, 41)]
        );
    }

    #[test]
    fn merge_promotes_required_keywords_and_adds_the_rest() {
        let kw = |term: &str, tier| Keyword {
            term: term.to_owned(),
            aliases: Vec::new(),
            acronym: None,
            case_sensitive: false,
            weight: 1.0,
            tier,
            evidence: Vec::new(),
        };
        let base = bare_role(
            "base",
            "Base",
            vec![kw("SQL", Tier::MustHave), kw("Kubernetes", Tier::Strong)],
        );
        let mut jd = bare_role(
            "jd:job.txt",
            "Job",
            vec![kw("kubernetes", Tier::MustHave), kw("Kafka", Tier::Strong)],
        );
        jd.jd = Some("job.txt".to_owned());
        let merged = merge(&base, &jd);
        let tiers: Vec<(&str, Tier)> = merged
            .keywords
            .iter()
            .map(|k| (k.term.as_str(), k.tier))
            .collect();
        assert_eq!(
            tiers,
            [
                ("SQL", Tier::MustHave),
                ("Kubernetes", Tier::MustHave),
                ("Kafka", Tier::Strong)
            ]
        );
        assert_eq!(merged.id, "base+jd:job.txt");
        assert_eq!(merged.source, RoleSource::Merged);
    }
}
