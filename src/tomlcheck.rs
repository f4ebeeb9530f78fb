//! The checker of hand-written TOML: every problem of a file at once, each
//! at its `path:line:col`.
//!
//! The TOML is parsed into spanned values and walked by hand instead of
//! through `serde(deny_unknown_fields)`: serde stops at the first problem,
//! while the author of a role file or an `.ats.toml` wants all of them.
//! Role files ([`crate::roles`]) and settings files ([`crate::config`]) add
//! their own rules on top of these readers.
//!
//! A leaf: it knows TOML and error positions, nothing of roles or settings.

use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A problem in keyword data or settings, at a place in a file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DataError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// Reads one file and collects its errors.
pub(crate) struct Checker<'a> {
    path: &'a str,
    text: &'a str,
    pub(crate) errors: Vec<DataError>,
}

pub(crate) type Table<'i> = DeTable<'i>;

impl<'a> Checker<'a> {
    pub(crate) fn new(path: &'a str, text: &'a str) -> Checker<'a> {
        Checker {
            path,
            text,
            errors: Vec::new(),
        }
    }

    /// The value read, or every error of the file, sorted by place.
    pub(crate) fn finish<T>(mut self, value: Option<T>) -> Result<T, Vec<DataError>> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => {
                self.errors.sort();
                Err(self.errors)
            }
        }
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    pub(crate) fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = self.position(span.start);
        self.errors.push(DataError {
            path: self.path.to_owned(),
            line,
            column,
            message: message.into(),
        });
    }

    pub(crate) fn line_of(&self, span: &Range<usize>) -> usize {
        self.position(span.start).0
    }

    pub(crate) fn parse(&mut self) -> Option<Spanned<Table<'a>>> {
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

    pub(crate) fn check_keys(&mut self, table: &Table<'_>, allowed: &[&str], context: &str) {
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

    pub(crate) fn get<'t>(table: &'t Table<'a>, key: &str) -> Option<&'t Spanned<DeValue<'a>>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    pub(crate) fn key_span(table: &Table<'a>, key: &str) -> Option<Range<usize>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(k, _)| k.span())
    }

    /// A string value: present, a string, not empty, not padded.
    pub(crate) fn string(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Option<String> {
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

    pub(crate) fn optional_str(
        &mut self,
        table: &Table<'a>,
        key: &str,
    ) -> Option<(String, Range<usize>)> {
        let value = Self::get(table, key)?;
        let s = self.string(value, &format!("`{key}`"))?;
        Some((s, value.span()))
    }

    pub(crate) fn required_str(
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

    pub(crate) fn str_list(&mut self, table: &Table<'a>, key: &str) -> Vec<(String, Range<usize>)> {
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
    pub(crate) fn str_or_list(&mut self, table: &Table<'a>, key: &str) -> Vec<String> {
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

    pub(crate) fn bool(&mut self, table: &Table<'a>, key: &str) -> Option<bool> {
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

    pub(crate) fn number(&mut self, table: &Table<'a>, key: &str) -> Option<(f64, Range<usize>)> {
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
    pub(crate) fn tables<'t>(&mut self, table: &'t Table<'a>, key: &str) -> Vec<TableRef<'t, 'a>> {
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
}

/// A table and the span it covers (the root table or an entry of `[[...]]`).
#[derive(Clone)]
pub(crate) struct TableRef<'t, 'i> {
    pub(crate) table: &'t Table<'i>,
    pub(crate) span: Range<usize>,
}

pub(crate) fn as_table<'t, 'i>(value: &'t Spanned<DeValue<'i>>) -> Option<TableRef<'t, 'i>> {
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

pub(crate) fn type_name(value: &DeValue<'_>) -> &'static str {
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
