//! Loading and validating keyword TOML: roles and shared data.
//!
//! Read with [`Checker`], so a data author sees every problem of a file at
//! once, each at its `path:line:col`. Reads no files: the caller passes the
//! text (built-in data is compiled in; user files are read by
//! [`super::resolve`]).

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use toml::de::DeValue;

use crate::tomlcheck::{Checker, DataError, Table, TableRef, as_table, type_name};

use super::{AcronymPair, AvoidTerm, Keyword, Role, RoleSource, Tier, Weights, is_valid_id};

const ROLE_KEYS: &[&str] = &[
    "name",
    "aliases",
    "summary",
    "extends",
    "scoring",
    "must_have",
    "strong",
    "avoid",
];
const KEYWORD_KEYS: &[&str] = &[
    "term",
    "aliases",
    "acronym",
    "case_sensitive",
    "weight",
    "evidence",
    "years",
];
/// An `any_of` entry: its members say the forms, the entry its weight.
const ANY_OF_KEYS: &[&str] = &["any_of", "weight", "years"];
/// A member of `any_of` written as a table.
const MEMBER_KEYS: &[&str] = &["term", "aliases", "acronym", "case_sensitive", "evidence"];
/// Words an evidence phrase may hold at most: a phrase, not a sentence.
const MAX_EVIDENCE_WORDS: usize = 6;
const AVOID_KEYS: &[&str] = &["term", "aliases", "instead"];
const SHARED_KEYS: &[&str] = &["summary", "avoid", "pair", "language"];
const LANGUAGE_KEYS: &[&str] = &["name", "aliases"];
const PAIR_KEYS: &[&str] = &["term", "acronym"];
const SCORING_KEYS: &[&str] = &["must", "strong", "context", "acronyms", "impact", "clean"];

/// Shared data: avoid lists that roles extend, and common acronym pairs.
#[derive(Clone, Debug, Default)]
pub struct Shared {
    /// Avoid terms by shared file id (`generic`, ...).
    pub fragments: BTreeMap<String, Vec<AvoidTerm>>,
    /// Acronym pairs from every shared file.
    pub acronyms: Vec<AcronymPair>,
    /// Spoken languages a posting can ask for (`shared/languages.toml`).
    pub languages: Vec<Language>,
}

/// A spoken language as a skill: "German", also written "Deutsch".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    pub name: String,
    pub aliases: Vec<String>,
}

impl Shared {
    /// Loads the shared data compiled into the binary.
    pub fn builtin() -> Result<Shared, Vec<DataError>> {
        let files: Vec<(String, String, &str)> = super::BUILTIN_SHARED
            .iter()
            .map(|(id, text)| {
                (
                    (*id).to_owned(),
                    format!("keywords/shared/{id}.toml"),
                    *text,
                )
            })
            .collect();
        load_shared(&files)
    }
}

/// Loads shared files: (id, path for messages, TOML text).
pub fn load_shared(files: &[(String, String, &str)]) -> Result<Shared, Vec<DataError>> {
    let mut shared = Shared::default();
    let mut errors = Vec::new();
    for (id, path, text) in files {
        let mut c = Checker::new(path, text);
        if let Some(table) = c.parse() {
            c.check_keys(table.get_ref(), SHARED_KEYS, "a shared file");
            let mut forms = Forms::default();
            let avoid = c.avoid_list(table.get_ref(), &mut forms);
            let mut pairs = Vec::new();
            for item in c.tables(table.get_ref(), "pair") {
                c.check_keys(item.table, PAIR_KEYS, "[[pair]]");
                let term = c.required_str(&item, "term");
                let acronym = c.required_str(&item, "acronym");
                if let (Some((term, term_span)), Some((acronym, acronym_span))) = (term, acronym) {
                    if term.eq_ignore_ascii_case(&acronym) {
                        c.error(acronym_span.clone(), "the acronym is the same as the term");
                    }
                    let owner = format!("pair \"{term}\" (line {})", c.line_of(&term_span));
                    c.add_form(&mut forms, &term, false, &owner, term_span);
                    c.add_form(&mut forms, &acronym, true, &owner, acronym_span);
                    pairs.push(AcronymPair { term, acronym });
                }
            }
            for item in c.tables(table.get_ref(), "language") {
                c.check_keys(item.table, LANGUAGE_KEYS, "[[language]]");
                let name = c.required_str(&item, "name");
                let aliases = c.str_list(item.table, "aliases");
                if let Some((name, span)) = name {
                    let owner = format!("language \"{name}\" (line {})", c.line_of(&span));
                    c.add_form(&mut forms, &name, true, &owner, span);
                    for (alias, span) in &aliases {
                        c.add_form(&mut forms, alias, true, &owner, span.clone());
                    }
                    shared.languages.push(Language {
                        name,
                        aliases: aliases.into_iter().map(|(a, _)| a).collect(),
                    });
                }
            }
            shared.fragments.insert(id.clone(), avoid);
            shared.acronyms.extend(pairs);
        }
        errors.extend(c.errors);
    }
    if errors.is_empty() {
        Ok(shared)
    } else {
        errors.sort();
        Err(errors)
    }
}

/// Loads and validates one role file. `path` is used in messages only.
pub fn load_role(
    id: &str,
    path: &str,
    text: &str,
    shared: &Shared,
) -> Result<Role, Vec<DataError>> {
    let mut c = Checker::new(path, text);
    let parsed = c.parse();
    let role = parsed.as_ref().and_then(|table| {
        let root = TableRef {
            table: table.get_ref(),
            span: table.span(),
        };
        c.role(id, &root, shared)
    });
    c.finish(role)
}

/// Every form of every keyword and avoid term seen so far in one file, to
/// report duplicates.
#[derive(Default)]
struct Forms {
    /// Lower-cased, space-collapsed form → (exact form, case-sensitive, owner).
    seen: HashMap<String, Vec<(String, bool, String)>>,
    /// Evidence phrase key → the keyword it shows.
    evidence: HashMap<String, String>,
}

fn form_key(form: &str) -> String {
    form.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl<'a> Checker<'a> {
    /// Records a form; reports it when another keyword or avoid term (or the
    /// same one) already uses it.
    fn add_form(
        &mut self,
        forms: &mut Forms,
        form: &str,
        case_sensitive: bool,
        owner: &str,
        span: Range<usize>,
    ) {
        let key = form_key(form);
        let entries = forms.seen.entry(key).or_default();
        let clash = entries.iter().find(|(exact, cs, other)| {
            let same_owner = other == owner;
            if *cs && case_sensitive && same_owner {
                exact == form
            } else {
                true
            }
        });
        if let Some((_, _, other)) = clash {
            let message = if other == owner {
                format!("\"{form}\" is listed twice in {owner}")
            } else {
                format!("duplicate \"{form}\": already used by {other}")
            };
            let owner_string = owner.to_owned();
            entries.push((form.to_owned(), case_sensitive, owner_string));
            self.error(span, message);
        } else {
            entries.push((form.to_owned(), case_sensitive, owner.to_owned()));
        }
    }

    fn avoid_list(&mut self, table: &Table<'a>, forms: &mut Forms) -> Vec<AvoidTerm> {
        let mut list = Vec::new();
        for item in self.tables(table, "avoid") {
            self.check_keys(item.table, AVOID_KEYS, "[[avoid]]");
            let term = self.required_str(&item, "term");
            let aliases = self.str_list(item.table, "aliases");
            let instead = self.optional_str(item.table, "instead").map(|(s, _)| s);
            let Some((term, span)) = term else { continue };
            let owner = format!("avoid term \"{term}\" (line {})", self.line_of(&span));
            self.add_form(forms, &term, false, &owner, span);
            for (alias, span) in &aliases {
                self.add_form(forms, alias, false, &owner, span.clone());
            }
            list.push(AvoidTerm {
                term,
                aliases: aliases.into_iter().map(|(a, _)| a).collect(),
                instead,
            });
        }
        list
    }

    /// One `[[must_have]]` or `[[strong]]` entry: a keyword, or the members
    /// of an `any_of` group (given the id `group`).
    fn entry(
        &mut self,
        item: &TableRef<'_, 'a>,
        tier: Tier,
        forms: &mut Forms,
        group: u32,
    ) -> Vec<Keyword> {
        let table = item.table;
        let context = format!("[[{}]]", tier.name());
        let Some(any_of) = Self::get(table, "any_of") else {
            self.check_keys(table, KEYWORD_KEYS, &context);
            let weight = self.weight(table);
            let years = self.years(table);
            return self
                .keyword(item, forms)
                .map(|k| Keyword {
                    tier,
                    weight,
                    years,
                    ..k
                })
                .into_iter()
                .collect();
        };
        self.check_keys(table, ANY_OF_KEYS, &format!("{context} with `any_of`"));
        let weight = self.weight(table);
        let years = self.years(table);
        let DeValue::Array(items) = any_of.get_ref() else {
            let found = type_name(any_of.get_ref());
            self.error(
                any_of.span(),
                format!("`any_of` must be a list of terms or keyword tables, not {found}"),
            );
            return Vec::new();
        };
        if items.len() < 2 {
            self.error(
                any_of.span(),
                "`any_of` needs at least two alternatives; write one keyword with `term`",
            );
        }
        let mut members = Vec::new();
        for member in items.iter() {
            let keyword = match as_table(member) {
                Some(t) => {
                    self.check_keys(t.table, MEMBER_KEYS, "a member of `any_of`");
                    self.keyword(&t, forms)
                }
                None => {
                    let Some(term) = self.string(member, "an entry of `any_of`") else {
                        continue;
                    };
                    self.keyword_forms(
                        (term, member.span()),
                        Vec::new(),
                        None,
                        Vec::new(),
                        false,
                        forms,
                    )
                }
            };
            members.extend(keyword.map(|k| Keyword {
                tier,
                weight,
                years,
                one_of: Some(group),
                ..k
            }));
        }
        members
    }

    fn weight(&mut self, table: &Table<'a>) -> f64 {
        match self.number(table, "weight") {
            Some((w, span)) if !(w > 0.0 && w <= 100.0) => {
                self.error(span, "`weight` must be a number above 0 and at most 100");
                1.0
            }
            Some((w, _)) => w,
            None => 1.0,
        }
    }

    /// `years = 5`: a whole number of years, 1 to 50.
    fn years(&mut self, table: &Table<'a>) -> Option<u32> {
        let (n, span) = self.number(table, "years")?;
        if n.fract() != 0.0 || !(1.0..=50.0).contains(&n) {
            self.error(span, "`years` must be a whole number from 1 to 50");
            return None;
        }
        Some(n as u32)
    }

    /// The forms of a keyword table (`term`, `aliases`, `acronym`,
    /// `case_sensitive`, `evidence`), checked and recorded.
    fn keyword(&mut self, item: &TableRef<'_, 'a>, forms: &mut Forms) -> Option<Keyword> {
        let table = item.table;
        let term = self.required_str(item, "term");
        let aliases = self.str_list(table, "aliases");
        let acronym = self.optional_str(table, "acronym");
        let evidence = self.str_list(table, "evidence");
        let case_sensitive = self.bool(table, "case_sensitive").unwrap_or(false);
        self.keyword_forms(term?, aliases, acronym, evidence, case_sensitive, forms)
    }

    fn keyword_forms(
        &mut self,
        (term, term_span): (String, Range<usize>),
        aliases: Vec<(String, Range<usize>)>,
        acronym: Option<(String, Range<usize>)>,
        evidence: Vec<(String, Range<usize>)>,
        case_sensitive: bool,
        forms: &mut Forms,
    ) -> Option<Keyword> {
        // "APIs" next to "API" is already matched by the plural rule.
        let singular_forms: Vec<String> = std::iter::once(&term)
            .chain(aliases.iter().map(|(a, _)| a))
            .chain(acronym.iter().map(|(a, _)| a))
            .filter_map(|f| crate::vocab::plural(f).map(|p| (f, p)))
            .map(|(_, p)| p.to_lowercase())
            .collect();
        for (alias, span) in &aliases {
            if singular_forms.contains(&alias.to_lowercase()) {
                self.error(
                    span.clone(),
                    format!("\"{alias}\" is the plural of another form of this keyword, and plurals match on their own"),
                );
            }
        }
        let owner = format!("keyword \"{term}\" (line {})", self.line_of(&term_span));
        self.add_form(forms, &term, case_sensitive, &owner, term_span);
        for (alias, span) in &aliases {
            self.add_form(forms, alias, case_sensitive, &owner, span.clone());
        }
        if let Some((acronym, span)) = &acronym {
            if form_key(acronym) == form_key(&term) {
                self.error(span.clone(), "the acronym is the same as the term");
            } else {
                self.add_form(forms, acronym, case_sensitive, &owner, span.clone());
            }
        }
        let own: Vec<String> = std::iter::once(&term)
            .chain(aliases.iter().map(|(a, _)| a))
            .chain(acronym.iter().map(|(a, _)| a))
            .map(|f| form_key(f))
            .collect();
        for (phrase, span) in &evidence {
            let words = phrase.split_whitespace().count();
            if crate::variants::breaks_phrase(phrase) {
                self.error(
                    span.clone(),
                    format!("evidence \"{phrase}\" holds punctuation that ends a phrase in a resume (`,` `;` `|` `: ` or a bracket after a space), so it could never match"),
                );
            } else if words == 0 || words > MAX_EVIDENCE_WORDS {
                self.error(
                    span.clone(),
                    format!(
                        "evidence \"{phrase}\" must be a phrase of 1 to {MAX_EVIDENCE_WORDS} words"
                    ),
                );
            } else if own.contains(&form_key(phrase)) {
                self.error(
                    span.clone(),
                    format!("evidence \"{phrase}\" is already a form of this keyword; an evidence phrase shows the skill without naming it"),
                );
            } else if let Some(other) = forms.evidence.insert(form_key(phrase), owner.clone()) {
                self.error(
                    span.clone(),
                    format!("duplicate evidence \"{phrase}\": already evidence of {other}"),
                );
            }
        }
        Some(Keyword {
            term,
            aliases: aliases.into_iter().map(|(a, _)| a).collect(),
            acronym: acronym.map(|(a, _)| a),
            case_sensitive,
            evidence: evidence.into_iter().map(|(e, _)| e).collect(),
            ..Keyword::named("")
        })
    }

    /// The `[scoring]` table of a role file or a settings file.
    pub(crate) fn weights(&mut self, table: &Table<'a>) -> Weights {
        let mut weights = Weights::default();
        let Some(value) = Self::get(table, "scoring") else {
            return weights;
        };
        let Some(scoring) = as_table(value) else {
            let found = type_name(value.get_ref());
            self.error(
                value.span(),
                format!("`scoring` must be a table, not {found}"),
            );
            return weights;
        };
        self.check_keys(scoring.table, SCORING_KEYS, "[scoring]");
        for key in SCORING_KEYS {
            if let Some((w, span)) = self.number(scoring.table, key) {
                if !(0.0..=1.0).contains(&w) {
                    self.error(span, format!("`{key}` must be between 0 and 1"));
                    continue;
                }
                let slot = match *key {
                    "must" => &mut weights.must,
                    "strong" => &mut weights.strong,
                    "context" => &mut weights.context,
                    "acronyms" => &mut weights.acronyms,
                    "impact" => &mut weights.impact,
                    _ => &mut weights.clean,
                };
                *slot = w;
            }
        }
        let problems = weights.problems();
        if !problems.is_empty() {
            let span = Self::key_span(table, "scoring").unwrap_or(value.span());
            for problem in problems {
                self.error(
                    span.clone(),
                    format!("[scoring]: {problem} (unset weights keep their defaults; the weights changed meaning in schema 2, see docs/checks.md, \"Score\")"),
                );
            }
        }
        weights
    }

    fn role(&mut self, id: &str, root: &TableRef<'_, 'a>, shared: &Shared) -> Option<Role> {
        let table = root.table;
        if !is_valid_id(id) {
            self.error(
                0..0,
                format!("role id \"{id}\" (the file name) must be kebab-case: lowercase letters, digits and '-'"),
            );
        }
        self.check_keys(table, ROLE_KEYS, "a role file");
        let name = self.required_str(root, "name").map(|(n, _)| n);
        let aliases = self.str_list(table, "aliases");
        let summary = self.optional_str(table, "summary").map(|(s, _)| s);
        let extends = self.str_list(table, "extends");
        let weights = self.weights(table);

        let mut forms = Forms::default();
        // Shared avoid terms first, so a role keyword that clashes with one is
        // reported at the role's line.
        let mut inherited = Vec::new();
        for (fragment, span) in &extends {
            match shared.fragments.get(fragment) {
                Some(avoid) => {
                    for term in avoid {
                        let owner = format!("avoid term \"{}\" (shared/{fragment})", term.term);
                        for form in std::iter::once(&term.term).chain(&term.aliases) {
                            forms.seen.entry(form_key(form)).or_default().push((
                                form.clone(),
                                false,
                                owner.clone(),
                            ));
                        }
                    }
                    inherited.extend(avoid.iter().cloned());
                }
                None => {
                    let known: Vec<&str> = shared.fragments.keys().map(String::as_str).collect();
                    self.error(
                        span.clone(),
                        format!(
                            "unknown shared data \"{fragment}\" in `extends` (known: {})",
                            known.join(", ")
                        ),
                    );
                }
            }
        }

        let mut keywords = Vec::new();
        let mut groups = 0;
        for tier in [Tier::MustHave, Tier::Strong] {
            for item in self.tables(table, tier.name()) {
                keywords.extend(self.entry(&item, tier, &mut forms, groups));
                groups += 1;
            }
        }
        let mut avoid = self.avoid_list(table, &mut forms);
        avoid.extend(inherited);
        if keywords.is_empty() && self.errors.is_empty() {
            self.error(
                root.span.start..root.span.start,
                "a role needs at least one [[must_have]] or [[strong]] keyword",
            );
        }
        Some(Role {
            id: id.to_owned(),
            name: name?,
            aliases: aliases.into_iter().map(|(a, _)| a).collect(),
            summary,
            keywords,
            avoid,
            weights,
            extends: extends.into_iter().map(|(e, _)| e).collect(),
            source: RoleSource::Builtin,
            jd: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        let shared = Shared::builtin().expect("shared data");
        match load_role("test-role", "test-role.toml", text, &shared) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn load_reports_each_problem_at_its_place() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "unknown key",
                "name = \"X\"\nsumary = \"s\"\n[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:2:1: unknown key `sumary` in a role file; did you mean `summary`?",
            ),
            (
                "missing name",
                "[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:1:1: missing `name`",
            ),
            (
                "empty term",
                "name = \"X\"\n[[strong]]\nterm = \"\"\n",
                "test-role.toml:3:8: `term` is empty",
            ),
            (
                "wrong type",
                "name = \"X\"\n[[strong]]\nterm = 3\n",
                "test-role.toml:3:8: `term` must be a string, not an integer",
            ),
            (
                "duplicate alias",
                "name = \"X\"\n[[must_have]]\nterm = \"Rust\"\naliases = [\"go\"]\n[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:6:8: duplicate \"Go\": already used by keyword \"Rust\" (line 3)",
            ),
            (
                "bad weights",
                "name = \"X\"\n[scoring]\nmust = 0.9\n[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:2:2: [scoring]: `must` + `strong` add up to 1.150; they must add up to 1",
            ),
            (
                "penalties too large",
                "name = \"X\"\n[scoring]\ncontext = 0.4\nacronyms = 0.3\n[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:2:2: [scoring]: `context` + `acronyms` add up to 0.700; at most 0.5",
            ),
            (
                "writing too large",
                "name = \"X\"\n[scoring]\nimpact = 0.8\nclean = 0.3\n[[strong]]\nterm = \"Go\"\n",
                "test-role.toml:2:2: [scoring]: `impact` + `clean` add up to 1.100; at most 1",
            ),
            (
                "evidence that names the keyword",
                "name = \"X\"\n[[strong]]\nterm = \"Customer Retention\"\naliases = [\"retention\"]\nevidence = [\"Retention\"]\n",
                "test-role.toml:5:13: evidence \"Retention\" is already a form of this keyword",
            ),
            (
                "evidence twice",
                "name = \"X\"\n[[strong]]\nterm = \"A B\"\nevidence = [\"churn\"]\n[[strong]]\nterm = \"C D\"\nevidence = [\"Churn\"]\n",
                "test-role.toml:7:13: duplicate evidence \"Churn\": already evidence of keyword \"A B\"",
            ),
            (
                "one alternative",
                "name = \"X\"\n[[must_have]]\nany_of = [\"Go\"]\n",
                "test-role.toml:3:10: `any_of` needs at least two alternatives",
            ),
            (
                "term beside any_of",
                "name = \"X\"\n[[must_have]]\nany_of = [\"Go\", \"Java\"]\nterm = \"Go\"\n",
                "test-role.toml:4:1: unknown key `term` in [[must_have]] with `any_of`",
            ),
            (
                "unknown key in a member",
                "name = \"X\"\n[[must_have]]\nany_of = [\"Go\", { term = \"Java\", weight = 2 }]\n",
                "test-role.toml:3:34: unknown key `weight` in a member of `any_of`",
            ),
            (
                "a member twice",
                "name = \"X\"\n[[must_have]]\nany_of = [\"Go\", \"go\"]\n",
                "test-role.toml:3:17: duplicate \"go\": already used by keyword \"Go\" (line 3)",
            ),
            (
                "years not whole",
                "name = \"X\"\n[[must_have]]\nterm = \"Go\"\nyears = 2.5\n",
                "test-role.toml:4:9: `years` must be a whole number from 1 to 50",
            ),
            (
                "evidence too long",
                "name = \"X\"\n[[strong]]\nterm = \"A B\"\nevidence = [\"one two three four five six seven\"]\n",
                "test-role.toml:4:13: evidence \"one two three four five six seven\" must be a phrase of 1 to 6 words",
            ),
            (
                "syntax",
                "name = \"X\n",
                "test-role.toml:1:10: invalid TOML",
            ),
            (
                "no keywords",
                "name = \"X\"\n",
                "test-role.toml:1:1: a role needs at least one [[must_have]] or [[strong]] keyword",
            ),
        ];
        for (name, text, want) in cases {
            let got = errors(text);
            assert!(got.iter().any(|e| e.starts_with(want)), "{name}: {got:#?}");
        }
    }

    #[test]
    fn load_collects_all_errors_of_a_file() {
        let got = errors("name = \"X\"\nfoo = 1\nbar = 2\n[[strong]]\nterm = \"\"\n");
        assert_eq!(got.len(), 3, "{got:#?}");
    }

    #[test]
    fn case_variants_are_allowed_inside_one_case_sensitive_keyword() {
        let text = "name = \"X\"\n[[strong]]\nterm = \"Go\"\naliases = [\"Golang\", \"golang\"]\ncase_sensitive = true\n";
        assert_eq!(errors(text), Vec::<String>::new());
    }
}
