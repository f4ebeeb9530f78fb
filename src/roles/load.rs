//! Loading and validating keyword TOML.
//!
//! The TOML is parsed into spanned values and walked by hand instead of
//! through `serde(deny_unknown_fields)`: serde stops at the first problem,
//! while a data author wants every problem of a file at once, each at its
//! `path:line:col`.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::config::Config;
use crate::findings::IgnoreFinding;

use super::{
    AcronymPair, AvoidTerm, DataError, Keyword, Role, RoleSource, Tier, Weights, is_valid_id,
};

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
const KEYWORD_KEYS: &[&str] = &["term", "aliases", "acronym", "case_sensitive", "weight"];
const AVOID_KEYS: &[&str] = &["term", "aliases", "instead"];
const SHARED_KEYS: &[&str] = &["summary", "avoid", "pair"];
const PAIR_KEYS: &[&str] = &["term", "acronym"];
const SCORING_KEYS: &[&str] = &["must", "strong", "context", "acronyms", "impact", "clean"];

/// Shared data: avoid lists that roles extend, and common acronym pairs.
#[derive(Clone, Debug, Default)]
pub struct Shared {
    /// Avoid terms by shared file id (`generic`, ...).
    pub fragments: BTreeMap<String, Vec<AvoidTerm>>,
    /// Acronym pairs from every shared file.
    pub acronyms: Vec<AcronymPair>,
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
    match role {
        Some(role) if c.errors.is_empty() => Ok(role),
        _ => {
            c.errors.sort();
            Err(c.errors)
        }
    }
}

const CONFIG_KEYS: &[&str] = &[
    "role",
    "keywords",
    "jd",
    "fail_under",
    "require_must_have",
    "format",
    "scoring",
    "ignore",
];
const IGNORE_KEYS: &[&str] = &["avoid", "readability", "findings"];
const CONFIG_FORMATS: &[&str] = &["text", "json", "sarif", "github"];

/// Loads and validates `.ats.toml` (SPEC "Command line"): every problem at
/// its `path:line:col`, all at once. Paths are returned as written; the
/// caller resolves them against the file's folder.
pub fn load_config(path: &str, text: &str) -> Result<Config, Vec<DataError>> {
    let mut c = Checker::new(path, text);
    let mut config = Config::default();
    if let Some(root) = c.parse() {
        let table = root.get_ref();
        c.check_keys(table, CONFIG_KEYS, ".ats.toml");
        config.role = c.str_or_list(table, "role");
        config.jd = c.str_or_list(table, "jd");
        config.keywords = c.optional_str(table, "keywords").map(|(s, _)| s);
        if let Some((n, span)) = c.number(table, "fail_under") {
            if n.fract() == 0.0 && (0.0..=100.0).contains(&n) {
                config.fail_under = Some(n as u32);
            } else {
                c.error(span, "`fail_under` must be a whole number from 0 to 100");
            }
        }
        config.require_must_have = c.bool(table, "require_must_have");
        if let Some((format, span)) = c.optional_str(table, "format") {
            if CONFIG_FORMATS.contains(&format.as_str()) {
                config.format = Some(format);
            } else {
                c.error(
                    span,
                    format!(
                        "unknown format \"{format}\" (expected one of: {})",
                        CONFIG_FORMATS.join(", ")
                    ),
                );
            }
        }
        if Checker::get(table, "scoring").is_some() {
            config.scoring = Some(c.weights(table));
        }
        if let Some(value) = Checker::get(table, "ignore") {
            match as_table(value) {
                Some(ignore) => {
                    c.check_keys(ignore.table, IGNORE_KEYS, "[ignore]");
                    config.ignore.avoid = c
                        .str_list(ignore.table, "avoid")
                        .into_iter()
                        .map(|(s, _)| s)
                        .collect();
                    config.ignore.readability = c
                        .str_list(ignore.table, "readability")
                        .into_iter()
                        .map(|(code, span)| {
                            if !crate::readability::CODES
                                .iter()
                                .any(|(known, _)| *known == code)
                            {
                                let known: Vec<&str> =
                                    crate::readability::CODES.iter().map(|(k, _)| *k).collect();
                                c.error(
                                    span,
                                    format!(
                                        "unknown readability code \"{code}\" (expected one of: {})",
                                        known.join(", ")
                                    ),
                                );
                            }
                            code
                        })
                        .collect();
                    for (entry, span) in c.str_list(ignore.table, "findings") {
                        match IgnoreFinding::parse(&entry) {
                            Ok(rule) => config.ignore.findings.push(rule),
                            Err(message) => c.error(span, message),
                        }
                    }
                }
                None => {
                    let found = type_name(value.get_ref());
                    c.error(
                        value.span(),
                        format!("`ignore` must be a table, not {found}"),
                    );
                }
            }
        }
    }
    if c.errors.is_empty() {
        Ok(config)
    } else {
        c.errors.sort();
        Err(c.errors)
    }
}

/// Every form of every keyword and avoid term seen so far in one file, to
/// report duplicates.
#[derive(Default)]
struct Forms {
    /// Lower-cased, space-collapsed form → (exact form, case-sensitive, owner).
    seen: HashMap<String, Vec<(String, bool, String)>>,
}

fn form_key(form: &str) -> String {
    form.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

struct Checker<'a> {
    path: &'a str,
    text: &'a str,
    errors: Vec<DataError>,
}

type Table<'i> = DeTable<'i>;

impl<'a> Checker<'a> {
    fn new(path: &'a str, text: &'a str) -> Checker<'a> {
        Checker {
            path,
            text,
            errors: Vec::new(),
        }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = self.position(span.start);
        self.errors.push(DataError {
            path: self.path.to_owned(),
            line,
            column,
            message: message.into(),
        });
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        self.position(span.start).0
    }

    fn parse(&mut self) -> Option<Spanned<Table<'a>>> {
        let (table, errors) = DeTable::parse_recoverable(self.text);
        if errors.is_empty() {
            return Some(table);
        }
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = format!("invalid TOML: {}", e.message().trim());
            self.error(span, message);
        }
        None
    }

    fn check_keys(&mut self, table: &Table<'_>, allowed: &[&str], context: &str) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let message = match allowed.iter().find(|a| edit_distance(a, name) <= 2) {
                    Some(close) => {
                        format!("unknown key `{name}` in {context}; did you mean `{close}`?")
                    }
                    None => format!(
                        "unknown key `{name}` in {context} (expected one of: {})",
                        allowed.join(", ")
                    ),
                };
                self.error(key.span(), message);
            }
        }
    }

    fn get<'t>(table: &'t Table<'a>, key: &str) -> Option<&'t Spanned<DeValue<'a>>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn key_span(table: &Table<'a>, key: &str) -> Option<Range<usize>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(k, _)| k.span())
    }

    /// A string value: present, a string, not empty, not padded.
    fn string(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) if s.trim().is_empty() => {
                self.error(value.span(), format!("{what} is empty"));
                None
            }
            DeValue::String(s) if s.trim() != s.as_ref() => {
                self.error(
                    value.span(),
                    format!("{what} has leading or trailing spaces"),
                );
                None
            }
            DeValue::String(s) => Some(s.to_string()),
            other => {
                self.error(
                    value.span(),
                    format!("{what} must be a string, not {}", type_name(other)),
                );
                None
            }
        }
    }

    fn optional_str(&mut self, table: &Table<'a>, key: &str) -> Option<(String, Range<usize>)> {
        let value = Self::get(table, key)?;
        let s = self.string(value, &format!("`{key}`"))?;
        Some((s, value.span()))
    }

    fn required_str(
        &mut self,
        table: &TableRef<'_, 'a>,
        key: &str,
    ) -> Option<(String, Range<usize>)> {
        if Self::get(table.table, key).is_none() {
            self.error(table.span.clone(), format!("missing `{key}`"));
            return None;
        }
        self.optional_str(table.table, key)
    }

    fn str_list(&mut self, table: &Table<'a>, key: &str) -> Vec<(String, Range<usize>)> {
        let Some(value) = Self::get(table, key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let found = type_name(value.get_ref());
            self.error(
                value.span(),
                format!("`{key}` must be a list of strings, not {found}"),
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                let s = self.string(item, &format!("an entry of `{key}`"))?;
                Some((s, item.span()))
            })
            .collect()
    }

    /// A string, or a list of strings.
    fn str_or_list(&mut self, table: &Table<'a>, key: &str) -> Vec<String> {
        match Self::get(table, key).map(Spanned::get_ref) {
            Some(DeValue::Array(_)) => self
                .str_list(table, key)
                .into_iter()
                .map(|(s, _)| s)
                .collect(),
            Some(_) => self
                .optional_str(table, key)
                .map(|(s, _)| s)
                .into_iter()
                .collect(),
            None => Vec::new(),
        }
    }

    fn bool(&mut self, table: &Table<'a>, key: &str) -> Option<bool> {
        let value = Self::get(table, key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                let found = type_name(other);
                self.error(
                    value.span(),
                    format!("`{key}` must be true or false, not {found}"),
                );
                None
            }
        }
    }

    fn number(&mut self, table: &Table<'a>, key: &str) -> Option<(f64, Range<usize>)> {
        let value = Self::get(table, key)?;
        let parsed = match value.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => i.as_str().replace('_', "").parse().ok(),
            DeValue::Float(f) => f.as_str().replace('_', "").parse().ok(),
            _ => None,
        };
        match parsed {
            Some(n) => Some((n, value.span())),
            None => {
                let found = type_name(value.get_ref());
                self.error(
                    value.span(),
                    format!("`{key}` must be a number, not {found}"),
                );
                None
            }
        }
    }

    /// The tables of an array of tables (`[[key]]`).
    fn tables<'t>(&mut self, table: &'t Table<'a>, key: &str) -> Vec<TableRef<'t, 'a>> {
        let Some(value) = Self::get(table, key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let found = type_name(value.get_ref());
            self.error(
                value.span(),
                format!("`{key}` must be an array of tables ([[{key}]]), not {found}"),
            );
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items.iter() {
            match as_table(item) {
                Some(t) => tables.push(t),
                None => {
                    let found = type_name(item.get_ref());
                    self.error(
                        item.span(),
                        format!("entries of `{key}` must be tables, not {found}"),
                    );
                }
            }
        }
        tables
    }

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

    fn keyword(
        &mut self,
        item: &TableRef<'_, 'a>,
        tier: Tier,
        forms: &mut Forms,
    ) -> Option<Keyword> {
        let table = item.table;
        let context = format!("[[{}]]", tier.name());
        self.check_keys(table, KEYWORD_KEYS, &context);
        let term = self.required_str(item, "term");
        let aliases = self.str_list(table, "aliases");
        let acronym = self.optional_str(table, "acronym");
        let case_sensitive = self.bool(table, "case_sensitive").unwrap_or(false);
        let weight = match self.number(table, "weight") {
            Some((w, span)) if !(w > 0.0 && w <= 100.0) => {
                self.error(span, "`weight` must be a number above 0 and at most 100");
                1.0
            }
            Some((w, _)) => w,
            None => 1.0,
        };
        let (term, term_span) = term?;
        // "APIs" next to "API" is already matched by the plural rule.
        let singular_forms: Vec<String> = std::iter::once(&term)
            .chain(aliases.iter().map(|(a, _)| a))
            .chain(acronym.iter().map(|(a, _)| a))
            .filter_map(|f| crate::matcher::plural(f).map(|p| (f, p)))
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
        Some(Keyword {
            term,
            aliases: aliases.into_iter().map(|(a, _)| a).collect(),
            acronym: acronym.map(|(a, _)| a),
            case_sensitive,
            weight,
            tier,
        })
    }

    fn weights(&mut self, table: &Table<'a>) -> Weights {
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
        let sum = weights.sum();
        if (sum - 1.0).abs() > 1e-6 {
            let span = Self::key_span(table, "scoring").unwrap_or(value.span());
            self.error(
                span,
                format!("the [scoring] weights add up to {sum:.3}; they must add up to 1 (unset weights keep their defaults)"),
            );
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
        for tier in [Tier::MustHave, Tier::Strong] {
            for item in self.tables(table, tier.name()) {
                keywords.extend(self.keyword(&item, tier, &mut forms));
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

/// A table and the span it covers (the root table or an entry of `[[...]]`).
#[derive(Clone)]
struct TableRef<'t, 'i> {
    table: &'t Table<'i>,
    span: Range<usize>,
}

fn as_table<'t, 'i>(value: &'t Spanned<DeValue<'i>>) -> Option<TableRef<'t, 'i>> {
    match value.get_ref() {
        DeValue::Table(table) => Some(TableRef {
            table,
            span: value.span(),
        }),
        _ => None,
    }
}

/// Levenshtein distance, for "did you mean" on misspelt keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
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
                "test-role.toml:2:2: the [scoring] weights add up to 1.450; they must add up to 1 (unset weights keep their defaults)",
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
