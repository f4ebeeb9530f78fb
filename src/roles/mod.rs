//! Role keyword data: types, loading, validation, built-in roles.
//!
//! In: TOML text (built-in files compiled into the binary, or user files from
//! `--keywords`). Out: a validated [`Role`] or every problem found, each as a
//! [`DataError`] pointing at `path:line:col`; [`resolve`] picks the roles a
//! run names. Never reads resumes or job descriptions, never prints.

mod builtin;
mod load;
pub mod resolve;

use std::path::Path;

use serde::Serialize;

pub use crate::tomlcheck::DataError;
pub use builtin::{BUILTIN_ROLES, BUILTIN_SHARED, builtin_ids};
pub use load::{Language, Shared, load_role, load_shared};

/// Which tier of a role a keyword belongs to.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    MustHave,
    Strong,
}

impl Tier {
    pub fn name(self) -> &'static str {
        match self {
            Tier::MustHave => "must_have",
            Tier::Strong => "strong",
        }
    }
}

/// A keyword a role looks for; any of its forms counts as found.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Keyword {
    pub term: String,
    pub aliases: Vec<String>,
    pub acronym: Option<String>,
    pub case_sensitive: bool,
    pub weight: f64,
    pub tier: Tier,
    /// Phrases that show the skill without naming it ("cut churn by 8%"
    /// for Customer Retention): a resume that has one of them, and no
    /// form of the keyword, has a variant of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// The one-of group this keyword belongs to (an `any_of` entry: "Go or
    /// Java"): keywords with the same group are alternatives, and the group
    /// counts once, as its best member. Ids are unique within a role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_of: Option<u32>,
    /// Years of experience the role asks for with this keyword ("5+ years of
    /// Java"), when a posting states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
}

impl Keyword {
    /// A keyword with only a term: no other form, weight 1, strong.
    pub fn named(term: &str) -> Keyword {
        Keyword {
            term: term.to_owned(),
            aliases: Vec::new(),
            acronym: None,
            case_sensitive: false,
            weight: 1.0,
            tier: Tier::Strong,
            evidence: Vec::new(),
            one_of: None,
            years: None,
        }
    }
}

/// An overused or vague term, with what to write instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AvoidTerm {
    pub term: String,
    pub aliases: Vec<String>,
    pub instead: Option<String>,
}

/// A common acronym and its full term (shared data, any role).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AcronymPair {
    pub term: String,
    pub acronym: String,
}

/// Score weights (SPEC "Score", schema 2); a role or `.ats.toml` may
/// override them in `[scoring]`.
///
/// - `must` + `strong` = 1: how relevance weighs the two tiers;
/// - `context`, `acronyms`: what a keyword's credit loses when it appears
///   only in a list, or with one form of its acronym pair (together at
///   most 0.5, so an exact keyword always earns at least a variant's 0.5);
/// - `impact` + `clean` ≤ 1: what writing adds to quality; the rest of
///   quality ([`Weights::base`]) is earned by relevance alone.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Weights {
    pub must: f64,
    pub strong: f64,
    pub context: f64,
    pub acronyms: f64,
    pub impact: f64,
    pub clean: f64,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            must: 0.75,
            strong: 0.25,
            context: 0.25,
            acronyms: 0.15,
            impact: 0.25,
            clean: 0.15,
        }
    }
}

impl Weights {
    /// The share of quality that does not depend on writing.
    pub fn base(&self) -> f64 {
        (1.0 - self.impact - self.clean).max(0.0)
    }

    /// What is wrong with these weights, if anything (one message each).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let relevance = self.must + self.strong;
        if (relevance - 1.0).abs() > 1e-6 {
            out.push(format!(
                "`must` + `strong` add up to {relevance:.3}; they must add up to 1 (they split relevance between the tiers)"
            ));
        }
        let penalties = self.context + self.acronyms;
        if penalties > 0.5 + 1e-6 {
            out.push(format!(
                "`context` + `acronyms` add up to {penalties:.3}; at most 0.5, so a keyword found exactly never earns less than a variant"
            ));
        }
        let writing = self.impact + self.clean;
        if writing > 1.0 + 1e-6 {
            out.push(format!(
                "`impact` + `clean` add up to {writing:.3}; at most 1 (the share of quality that writing earns)"
            ));
        }
        out
    }
}

/// Where a role came from; reports say which target they were scored against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleSource {
    /// Compiled into the binary (`--role ID`).
    #[default]
    Builtin,
    /// A user file (`--keywords PATH`).
    Keywords,
    /// Derived from a job description (`--jd FILE`).
    JobDescription,
    /// A role merged with a job description (`--role ID --jd FILE`).
    Merged,
}

/// A validated role. Serialized only to hand it to a worker process.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Role {
    /// The file stem, kebab-case.
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub summary: Option<String>,
    /// Must-have keywords first, then strong, each in file order.
    pub keywords: Vec<Keyword>,
    /// The role's own avoid terms followed by those of the shared files it extends.
    pub avoid: Vec<AvoidTerm>,
    pub weights: Weights,
    pub extends: Vec<String>,
    pub source: RoleSource,
    /// The job description the role was derived from, as given on the
    /// command line.
    pub jd: Option<String>,
}

impl Role {
    pub fn tier(&self, tier: Tier) -> impl Iterator<Item = &Keyword> {
        self.keywords.iter().filter(move |k| k.tier == tier)
    }

    /// The role's entries in order: a plain keyword alone, or the members of
    /// one `any_of` group together (indexes into `keywords`).
    pub fn entries(&self) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = Vec::new();
        let mut group_at: std::collections::HashMap<u32, usize> = Default::default();
        for (i, k) in self.keywords.iter().enumerate() {
            match k.one_of {
                Some(g) => match group_at.get(&g) {
                    Some(&at) => out[at].push(i),
                    None => {
                        group_at.insert(g, out.len());
                        out.push(vec![i]);
                    }
                },
                None => out.push(vec![i]),
            }
        }
        out
    }

    /// How many entries of `tier` the role has, a one-of group counting once.
    pub fn tier_entries(&self, tier: Tier) -> usize {
        self.entries()
            .iter()
            .filter(|e| self.keywords[e[0]].tier == tier)
            .count()
    }
}

/// Whether `id` is a valid role id (kebab-case ASCII).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The role id a file stands for: its stem.
pub fn id_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
