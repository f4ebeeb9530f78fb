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
//!    same rules as for resumes). Names no role knows come from
//!    `terms.rs`. The posting's own multi-word phrases of content words are
//!    added when they occur at least twice outside noise ("payment
//!    ledger"), or once when they end in a word naming a practice ("flux
//!    analysis", "acute care"; `skill_heads`).
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

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::exit::SetupError;
use crate::extract::Document;
use crate::matcher::{Matcher, Target};
use crate::normalize::{NormText, normalize};
use crate::roles::resolve::builtin_roles;
use crate::roles::{
    AcronymPair, AvoidTerm, Keyword, Language, Role, RoleSource, Shared, Tier, Weights,
};
use crate::vocab::plural;

mod read;
mod terms;
mod words;

use read::Clause;
use terms::Occurrence;
pub use words::BUILTIN_JD;
use words::{WORDS, is_a_verb, is_not_a_name};

/// Every known keyword, merged from all roles and the common acronym pairs,
/// with each form (compared without case) in exactly one keyword.
#[derive(Debug)]
pub struct Lexicon {
    keywords: Vec<Keyword>,
    matcher: Matcher,
    /// The keywords that are spoken languages.
    languages: HashSet<usize>,
    /// The shared avoid terms every derived role extends, and their id.
    avoid: Vec<AvoidTerm>,
    extends: Vec<String>,
}

impl Lexicon {
    /// Merges the keywords of `roles` (in order: an earlier role's spelling
    /// wins), the acronym `pairs` and the spoken `languages`. Forms of the
    /// `generic` avoid terms are never keyword forms; derived roles extend
    /// them. A keyword's evidence is every role's for it, each phrase
    /// given to one keyword only.
    pub fn new(
        roles: &[Role],
        pairs: &[AcronymPair],
        languages: &[Language],
        generic: &[AvoidTerm],
    ) -> Lexicon {
        let avoid = generic;
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
                one_of: None,
                years: None,
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
        // Evidence after every form is claimed: a phrase that is some
        // keyword's form is that keyword, not evidence of another.
        let mut evidence: HashSet<String> = HashSet::new();
        for k in all() {
            let Some(&i) = index.get(&k.term.to_lowercase()) else {
                continue;
            };
            for phrase in &k.evidence {
                let key = phrase.to_lowercase();
                if !claimed.contains(&key) && evidence.insert(key) {
                    keywords[i].evidence.push(phrase.clone());
                }
            }
        }
        // Spoken languages, as written: "German", never "german".
        let mut language_ids = HashSet::new();
        for language in languages {
            if !claim(&mut claimed, &language.name) {
                continue;
            }
            language_ids.insert(keywords.len());
            let aliases = language
                .aliases
                .iter()
                .filter(|a| claim(&mut claimed, a))
                .cloned()
                .collect();
            keywords.push(Keyword {
                aliases,
                case_sensitive: true,
                ..Keyword::named(&language.name)
            });
        }
        let role = bare_role("lexicon", "Lexicon", keywords);
        let matcher = Matcher::for_few_searches(&role, &[]);
        Lexicon {
            keywords: role.keywords,
            matcher,
            languages: language_ids,
            avoid: generic.to_vec(),
            extends: if generic.is_empty() {
                Vec::new()
            } else {
                vec!["generic".to_owned()]
            },
        }
    }

    /// The lexicon of the built-in roles: every role (Backend Developer's
    /// spellings first: it was reviewed first), the common acronym pairs,
    /// the spoken languages, never a generic avoid term.
    pub fn builtin(shared: &Shared) -> Result<Lexicon, SetupError> {
        let mut all = builtin_roles(shared)?;
        all.sort_by_key(|r| r.id != "backend-developer");
        let generic = shared.fragments.get("generic").cloned().unwrap_or_default();
        Ok(Lexicon::new(
            &all,
            &shared.acronyms,
            &shared.languages,
            &generic,
        ))
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
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// `false` for names and the posting's own phrases.
    pub known: bool,
}

/// A role derived from a job description.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Derived {
    pub role: Role,
    /// The job title, when the posting states one.
    pub title: Option<String>,
    /// Must-have terms first, then strong, as in `role.keywords`.
    pub terms: Vec<DerivedTerm>,
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

/// Where a term came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Source {
    /// A keyword of the library (its index in the lexicon).
    Known(usize),
    /// A name no built-in role knows ("ClickHouse"), by its lowercase form.
    Named(String),
}

/// The terms found so far: each with its keyword, its tally and where it
/// occurs.
#[derive(Default)]
struct Found {
    terms: Vec<(Source, Keyword, Tally)>,
    index: HashMap<Source, usize>,
    occurrences: Vec<Occurrence>,
}

impl Found {
    fn add(
        &mut self,
        source: Source,
        keyword: impl FnOnce() -> Keyword,
        clauses: &[Clause],
        c: usize,
        (start, end): (usize, usize),
    ) -> &mut Tally {
        let t = match self.index.get(&source) {
            Some(&t) => t,
            None => {
                self.index.insert(source.clone(), self.terms.len());
                self.terms.push((source, keyword(), Tally::default()));
                self.terms.len() - 1
            }
        };
        if !clauses[c].title {
            self.occurrences.push(Occurrence {
                start,
                end,
                term: t,
                clause: c,
            });
        }
        let tally = &mut self.terms[t].2;
        tally.add(&clauses[c], start);
        tally
    }
}

/// Turns a posting into a role named `id`.
pub fn derive(lexicon: &Lexicon, id: &str, jd_name: &str, doc: &Document) -> Derived {
    let text = normalize(doc);
    let (mut clauses, title) = read::clauses(&text);
    // "Fenwright builds compliance software for ISO 27001 audits": a
    // sentence whose subject is the company (a name its introduction, offer
    // or equal-opportunity text uses) is its blurb, wherever it stands.
    let names = company_names(&text.text, &clauses);
    for clause in &mut clauses {
        if clause.cue == Cue::Neutral
            && !clause.title
            && about_the_company(&text.text[clause.start..clause.end], &names)
        {
            clause.cue = Cue::Noise;
        }
    }
    let clause_index = |offset: usize| -> Option<usize> {
        let i = clauses.partition_point(|c| c.start <= offset);
        let i = i.checked_sub(1)?;
        (offset < clauses[i].end).then_some(i)
    };

    let mut found = Found::default();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    // Whether a clause asks for languages, read once per clause.
    let language_cue: Vec<std::cell::OnceCell<bool>> = (0..clauses.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    for hit in lexicon.matcher.find(&text) {
        let Target::Keyword(k) = lexicon.matcher.form(&hit).target else {
            continue;
        };
        let Some(c) = clause_index(hit.start) else {
            continue;
        };
        let clause = &clauses[c];
        covered.push((hit.start, hit.end));
        let surface = &text.text[hit.start..hit.end];
        let next_word = text.text[hit.end..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        if clause.cue == Cue::Noise || names_a_job(surface) || names_a_job(next_word) {
            continue;
        }
        // What precedes the hit in its clause, within the reach of the
        // checks below (a clause can be a whole one-line posting).
        let reach = terms::back(&text.text, hit.start, 120, clause.start);
        let before = &text.text[reach..hit.start];
        // "supervises and delegates to CNAs and LPNs": people the job
        // leads, not a credential it asks for.
        let plural_acronym = surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && text.text[hit.end..].starts_with('s');
        if plural_acronym && LEADS_PEOPLE.is_match(before) {
            continue;
        }
        // "a charge nurse, a CNA and a respiratory therapist", "work with
        // the SENCo": a job named among the duties, not a credential asked
        // for (under requirements, "CPA", "CCRN" are credentials).
        let term = &lexicon.keywords[k].term;
        if clause.cue == Cue::Neutral && term.split_whitespace().last().is_some_and(names_a_job) {
            continue;
        }
        // "no Android work in this role".
        if NEGATION.is_match(before) {
            continue;
        }
        // A spoken language is a skill where the posting asks for it as a
        // language ("fluent German", "German speaker", under requirements).
        let language = lexicon.languages.contains(&k);
        if language
            && !matches!(clause.cue, Cue::Must | Cue::Preferred)
            && !*language_cue[c]
                .get_or_init(|| LANGUAGE_CUE.is_match(&text.text[clause.start..clause.end]))
        {
            continue;
        }
        let starts_clause = reach == clause.start
            && before
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .is_empty();
        // A tool named in lowercase by its makers (pandas, dbt, pytest) is
        // as specific as a capitalized one, and so is a product written in
        // lowercase ("tune postgres" for PostgreSQL).
        let name = &lexicon.keywords[k].term;
        let lowercase_name = !name.chars().any(char::is_uppercase);
        let product = !name.contains(' ') && is_specific(name, true);
        // The object of a duty: "Monitor telemetry", "Tune postgres".
        let object_of_duty = clause.cue == Cue::Neutral && {
            let lead = before.trim_start_matches(|c: char| !c.is_alphanumeric());
            lead.split_whitespace().count() == 1 && is_a_verb(lead.trim()) && reach == clause.start
        };
        let specific = !clause.title
            && (lowercase_name || product || object_of_duty || is_specific(surface, starts_clause));
        if clause.company && !specific {
            continue;
        }
        let keyword = || lexicon.keywords[k].clone();
        found
            .add(Source::Known(k), keyword, &clauses, c, (hit.start, hit.end))
            .specific |= specific;
    }

    let known_spans = terms::Spans::new(covered.clone());
    // Names no built-in role knows: in every clause that is not noise.
    // Words of the noise (the company's name, its places) never count.
    let mut noise_words: HashSet<String> = HashSet::new();
    // A word the requirements or preferences name too ("go deep on Nomad"
    // in the introduction, "running Nomad" under requirements) is the
    // posting's, not the company's.
    let clause_words = |clause: &Clause| -> Vec<String> {
        text.text[clause.start..clause.end]
            .split(|c: char| !c.is_alphanumeric() && !"+#&.".contains(c))
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    for clause in clauses.iter().filter(|c| c.cue == Cue::Noise || c.title) {
        noise_words.extend(clause_words(clause));
    }
    for clause in clauses
        .iter()
        .filter(|c| matches!(c.cue, Cue::Must | Cue::Preferred))
    {
        for w in clause_words(clause) {
            noise_words.remove(&w);
        }
    }
    for (c, clause) in clauses.iter().enumerate() {
        if clause.cue == Cue::Noise || clause.title {
            continue;
        }
        // A short item of a requirements list ("Envoy.", "Makaton
        // training.") may start with the name.
        let list_item = matches!(clause.cue, Cue::Must | Cue::Preferred)
            && text.text[clause.start..clause.end]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                <= 3;
        for (s, e) in terms::named(
            &text.text,
            (clause.start, clause.end),
            list_item,
            &known_spans,
            &noise_words,
        ) {
            let surface = &text.text[s..e];
            let reach = terms::back(&text.text, s, 40, clause.start);
            if names_a_job(surface) || NEGATION.is_match(&text.text[reach..s]) {
                continue;
            }
            let key = surface.to_lowercase();
            let keyword = || Keyword {
                case_sensitive: surface
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase),
                ..Keyword::named(surface)
            };
            found
                .add(Source::Named(key), keyword, &clauses, c, (s, e))
                .specific = true;
        }
    }
    covered.extend(found.occurrences.iter().map(|o| (o.start, o.end)));
    found.occurrences.sort_by_key(|o| o.start);

    // Alternatives and years, from where the terms stand.
    let clause_starts: Vec<usize> = clauses.iter().map(|c| c.start).collect();
    let chains = terms::chains(&text.text, &found.occurrences);
    let groups = terms::groups(&text.text, &found.occurrences, &chains, &clause_starts);
    let years = terms::years(&text.text, &found.occurrences, &chains, clause_index);

    let phrases = repeated_phrases(&text.text, &clauses, &terms::Spans::new(covered));

    let mut terms: Vec<DerivedTerm> = Vec::new();
    let mut term_of: HashMap<usize, usize> = HashMap::new();
    for (t, (source, keyword, tally)) in found.terms.iter().enumerate() {
        // Only in the title: a title word, not a skill the posting asks for.
        // Only once, in lowercase, among the duties, and one word: a common
        // noun of the job ("monitoring", "dashboards"), not something to
        // screen on. A phrase ("distributed tracing") or a name stays.
        let one_word = !keyword.term.contains([' ', '-', '/']);
        let passing =
            tally.cue == Some(Cue::Neutral) && tally.count < 2 && !tally.specific && one_word;
        if tally.count == 0 || passing {
            continue;
        }
        let mut keyword = keyword.clone();
        keyword.years = years.iter().filter(|(y, _)| *y == t).map(|(_, n)| *n).max();
        term_of.insert(t, terms.len());
        terms.push(derived(
            keyword,
            tally,
            &text,
            matches!(source, Source::Known(_)),
        ));
    }
    // A phrase that is another term's form ("lease accounting" read apart
    // from "ASC 842 lease accounting") is that term. (One that is another
    // term's evidence is a skill of its own: "keyword research" for SEO.)
    let mut forms: HashSet<String> = terms
        .iter()
        .flat_map(|t| {
            let k = &t.keyword;
            std::iter::once(&k.term).chain(&k.aliases).chain(&k.acronym)
        })
        .map(|f| f.to_lowercase())
        .collect();
    for (phrase, tally) in phrases {
        if forms.insert(phrase.to_lowercase()) {
            terms.push(derived(Keyword::named(&phrase), &tally, &text, false));
        }
    }
    // A group's members share its id and its strongest cue. A term asked
    // for on its own elsewhere under as strong a cue is not an alternative.
    let mut next_group = 0;
    for group in groups {
        let members: Vec<usize> = group
            .iter()
            .filter_map(|t| term_of.get(t).copied())
            .filter(|&m| terms[m].keyword.one_of.is_none())
            .collect();
        if members.len() < 2 {
            continue;
        }
        let cue = members
            .iter()
            .map(|&m| terms[m].cue)
            .max()
            .unwrap_or(Cue::Neutral);
        for &m in &members {
            terms[m].keyword.one_of = Some(next_group);
            terms[m].cue = cue;
        }
        next_group += 1;
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
            // The posting's own repeated phrases need one more.
            Cue::Neutral if structured => {
                t.in_title || t.count >= DUTY_MUST_COUNT + usize::from(!t.known)
            }
            Cue::Neutral => {
                neutral_rank += 1;
                neutral_rank <= top
            }
        };
        t.keyword.tier = if must { Tier::MustHave } else { Tier::Strong };
    }
    // The members of a group share one tier: the strongest.
    let mut tier_of: HashMap<u32, Tier> = HashMap::new();
    for t in &terms {
        if let Some(g) = t.keyword.one_of {
            let tier = tier_of.entry(g).or_insert(t.keyword.tier);
            *tier = (*tier).min(t.keyword.tier);
        }
    }
    for t in &mut terms {
        if let Some(g) = t.keyword.one_of {
            t.keyword.tier = tier_of[&g];
        }
    }
    terms.sort_by_key(|t| t.keyword.tier);
    // Members of a group side by side, where the first one stands.
    let mut members: HashMap<u32, Vec<DerivedTerm>> = HashMap::new();
    for t in &terms {
        if let Some(g) = t.keyword.one_of {
            members.entry(g).or_default().push(t.clone());
        }
    }
    let mut ordered: Vec<DerivedTerm> = Vec::with_capacity(terms.len());
    for t in terms {
        match t.keyword.one_of {
            None => ordered.push(t),
            Some(g) => ordered.extend(members.remove(&g).unwrap_or_default()),
        }
    }
    let terms = ordered;

    let name = title.clone().unwrap_or_else(|| jd_name.to_owned());
    let mut role = bare_role(id, &name, terms.iter().map(|t| t.keyword.clone()).collect());
    role.summary = Some(format!("Derived from the job description {jd_name}."));
    role.jd = Some(jd_name.to_owned());
    // The same avoid terms as a saved `from-jd` role (`extends = ["generic"]`).
    role.avoid = lexicon.avoid.clone();
    role.extends = lexicon.extends.clone();
    Derived { role, title, terms }
}

/// The capitalized words of the posting's noise clauses that are no common
/// word: the company's name ("Fenwright", "Saltmarsh"), lowercase.
fn company_names(text: &str, clauses: &[Clause]) -> HashSet<String> {
    clauses
        .iter()
        .filter(|c| c.cue == Cue::Noise && !c.title)
        .flat_map(|c| text[c.start..c.end].split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && w.len() >= 3
                && !is_not_a_name(w)
                && !is_a_verb(w)
        })
        .map(str::to_lowercase)
        .collect()
}

/// Whether a sentence opens with the company as its subject: one to three
/// capitalized words, one of them a name of `names`, then a verb in the
/// third person ("Fenwright builds", "Saltmarsh Mutual is").
fn about_the_company(sentence: &str, names: &HashSet<String>) -> bool {
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let mut named = false;
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if w.chars().next().is_some_and(char::is_uppercase) {
            named |= names.contains(&w.to_lowercase());
            continue;
        }
        return named && w.len() >= 2 && w.ends_with('s') && !w.ends_with("ss");
    }
    false
}

/// A negation just before a term: "no Android work", "not Java".
static NEGATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:no|not|non|without|never)\s+$").expect("valid"));

/// Words that ask for a language as a language.
static LANGUAGE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:fluen\w*|speak\w*|spoken|written|native|proficien\w*|languages?|bilingual|mother tongue|[ABC][12])\b")
        .expect("valid")
});

/// A verb of leading people earlier in the clause ("supervises", "mentor").
static LEADS_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:supervis|delegat|mentor|coach|oversee|overse|direct|train|manag|lead)\w*\b[^.;:]*$")
        .expect("valid")
});

/// How many times a skill named only in the duties must recur to be a
/// must-have of a posting with requirement or preference cues.
const DUTY_MUST_COUNT: usize = 2;

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

/// The posting's own multi-word phrases, outside noise and never a known
/// keyword: two or three content words that occur at least twice
/// ("payment ledger", "event sourcing"), or that end in a word that names
/// a practice, once is enough ("flux analysis", "hemodynamic monitoring",
/// "first article inspection": `skill_heads` of `keywords/jd/words.toml`).
/// A headed phrase may hold a known keyword when it adds a word to it
/// ("SaaS sales", "secure code review").
fn repeated_phrases(
    text: &str,
    clauses: &[Clause],
    covered: &terms::Spans,
) -> Vec<(String, Tally)> {
    let breaks: HashSet<&str> = WORDS.break_words.iter().map(String::as_str).collect();
    let heads: HashSet<&str> = WORDS.skill_heads.iter().map(String::as_str).collect();
    let is_covered = |s: usize, e: usize| covered.overlaps(s, e);
    // Words seen in noise (company names, benefits) never start a phrase.
    let mut noise_words: HashSet<String> = HashSet::new();
    /// A phrase's surface, its tally, and whether it ends in a skill head
    /// (with its uncovered words, for the noise check).
    struct Candidate {
        surface: String,
        tally: Tally,
        /// Occurrences that hold no known keyword.
        plain: usize,
        /// Ends in a skill head, and was seen outside the company's blurb.
        headed: bool,
    }
    let mut counts: HashMap<String, Candidate> = HashMap::new();
    for clause in clauses {
        let words = words(text, clause.start, clause.end);
        if clause.cue == Cue::Noise || clause.title {
            noise_words.extend(words.into_iter().map(|w| w.2));
            continue;
        }
        // Split into runs of content words; a known keyword's words stay in
        // the run, marked.
        let mut run: Vec<(&(usize, usize, String), bool)> = Vec::new();
        let mut runs = Vec::new();
        for w in &words {
            let gap = run
                .last()
                .is_some_and(|prev| text[prev.0.1..w.0].chars().any(|c| !c.is_whitespace()));
            // "Q3" breaks; "B2B", "EEO-1" and "GA4" are words.
            let covered = is_covered(w.0, w.1);
            let breaker = breaks.contains(w.2.as_str())
                || (w.2.chars().any(|c| c.is_ascii_digit()) && !covered && is_not_a_name(&w.2));
            if breaker || gap {
                runs.push(std::mem::take(&mut run));
            }
            if !breaker {
                run.push((w, covered));
            }
        }
        runs.push(run);
        for mut run in runs {
            while run
                .first()
                .is_some_and(|(w, covered)| !covered && WORDS.leading_verbs.contains(&w.2))
            {
                run.remove(0);
            }
            for n in 2..=3 {
                for window in run.windows(n) {
                    let known = window.iter().filter(|(_, c)| *c).count();
                    let head = &window[n - 1];
                    // A duty's first word is its verb: "Agree data
                    // contracts" is "data contracts".
                    let opens_duty = n == 3
                        && clause.cue == Cue::Neutral
                        && text[clause.start..window[0].0.0]
                            .chars()
                            .all(|c| !c.is_alphanumeric());
                    let headed = !opens_duty
                        && heads.contains(head.0.2.as_str())
                        && (!window[0].1 || !head.1)
                        && window[..n - 1]
                            .iter()
                            .all(|(w, covered)| *covered || !modifies_loosely(&w.2, &breaks));
                    if known == n || (known > 0 && !headed) {
                        continue;
                    }
                    let key = window
                        .iter()
                        .map(|(w, _)| w.2.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let surface = text[window[0].0.0..head.0.1].to_owned();
                    let entry = counts.entry(key).or_insert_with(|| Candidate {
                        surface,
                        tally: Tally::default(),
                        plain: 0,
                        headed: false,
                    });
                    entry.tally.add(clause, window[0].0.0);
                    entry.plain += usize::from(known == 0);
                    entry.headed |= headed;
                }
            }
        }
    }
    let last_word = |key: &str| key.rsplit(' ').next().unwrap_or_default().to_owned();
    let mut kept: Vec<(String, String, Tally, bool)> = counts
        .into_iter()
        .filter(|(key, c)| {
            let repeated = c.plain >= 2;
            // The head may be a word of the offer too ("health care").
            let head = last_word(key);
            let noisy = key
                .split(' ')
                .any(|w| noise_words.contains(w) && (!c.headed || w != head));
            // Under requirements, the field the company works in is the
            // candidate's too ("acute care" in a hospital's posting).
            let asked = matches!(c.tally.cue, Some(Cue::Must | Cue::Preferred));
            (repeated || c.headed) && c.tally.count >= 1 && (!noisy || (c.headed && asked))
        })
        .map(|(key, c)| (key, c.surface, c.tally, c.plain >= 2))
        .collect();
    // A shorter phrase inside a longer one with as many occurrences is the
    // same phrase.
    let snapshot: Vec<(String, usize)> = kept
        .iter()
        .map(|(k, _, t, _)| (k.clone(), t.count))
        .collect();
    kept.retain(|(key, _, t, _)| {
        !snapshot.iter().any(|(other, count)| {
            other.len() > key.len()
                && *count >= t.count
                && format!(" {other} ").contains(&format!(" {key} "))
        })
    });
    // The most frequent repeated phrases, then headed ones in the order
    // they come.
    kept.sort_by(|a, b| {
        b.3.cmp(&a.3)
            .then(b.2.count.cmp(&a.2.count))
            .then(a.2.first.cmp(&b.2.first))
            .then(a.0.cmp(&b.0))
    });
    let repeated = kept.iter().filter(|k| k.3).count().min(MAX_REPEATED);
    let headed = kept.len().saturating_sub(repeated).min(MAX_HEADED);
    let mut out: Vec<(String, Tally)> = Vec::new();
    for (i, (_, surface, tally, is_repeated)) in kept.into_iter().enumerate() {
        if (is_repeated && i < repeated) || (!is_repeated && out.len() < repeated + headed) {
            out.push((
                surface.split_whitespace().collect::<Vec<_>>().join(" "),
                tally,
            ));
        }
    }
    out
}

/// Whether a word before a phrase's head only says how or when, or is a
/// verb: "built CI/CD pipelines", "paid social campaigns", "likes clean
/// reconciliations", "our busiest pages", "the team's reporting". Such a
/// word never starts a headed phrase (the shorter phrase is kept).
fn modifies_loosely(word: &str, breaks: &HashSet<&str>) -> bool {
    let mut stems: Vec<String> = ["s", "es", "d", "ed", "ing"]
        .iter()
        .filter_map(|suffix| word.strip_suffix(suffix).map(str::to_owned))
        .collect();
    stems.extend(word.strip_suffix("ing").map(|w| format!("{w}e")));
    word.ends_with("ed")
        || word.ends_with("est")
        || word.ends_with("'s")
        || word.ends_with("’s")
        || is_a_verb(word)
        || stems
            .iter()
            .any(|w| is_a_verb(w) || breaks.contains(w.as_str()))
}

/// How many repeated phrases, and then how many headed ones, a posting
/// gives at most.
const MAX_REPEATED: usize = 10;
const MAX_HEADED: usize = 24;

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
    fn merge_promotes_required_keywords_and_adds_the_rest() {
        let kw = |term: &str, tier| Keyword {
            term: term.to_owned(),
            aliases: Vec::new(),
            acronym: None,
            case_sensitive: false,
            weight: 1.0,
            tier,
            evidence: Vec::new(),
            one_of: None,
            years: None,
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
