//! Reports: the one typed result of an analysis, and its printers.
//!
//! In: [`Report`]s and [`FileFailure`]s built by [`crate::analyze`]. Out:
//! text written to a `&mut dyn Write` given by the caller, as the human
//! report ([`human`]) or the JSON of SPEC ([`json`]). Printers never look at
//! files or re-parse strings; they only format these types.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use serde::Serialize;

use crate::candidate::Candidate;
use crate::extract::{FileError, Format};
use crate::roles::{RoleSource, Tier};
use crate::score::Parts;
use crate::segment::Section;

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The JSON schema version of [`Report`].
pub const SCHEMA_VERSION: u32 = 1;

/// The analysis of one resume against one role (SPEC "JSON report").
/// Field order is the JSON order and never changes within a schema version.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub file: String,
    pub format: Format,
    pub role: RoleRef,
    pub score: u32,
    pub parts: Parts,
    pub keywords: Vec<KeywordReport>,
    pub avoid: Vec<AvoidReport>,
    pub acronyms: Vec<AcronymReport>,
    pub quantification: Quantification,
    pub readability: Vec<Finding>,
    pub words: usize,
    pub pages: Option<u32>,
    /// The candidate's name and email, when the text shows them.
    pub candidate: Candidate,
    /// Findings silenced by `.ats.toml` ignores (not listed in the report).
    #[serde(skip_serializing_if = "is_zero")]
    pub ignored: usize,
    /// Place among several targets (`--role all`) or files (`screen`),
    /// best first; equal scores share a rank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
}

impl Report {
    /// Keywords of a tier found, and in all.
    pub fn coverage(&self, tier: Tier) -> (usize, usize) {
        let all = self.keywords.iter().filter(|k| k.tier == tier);
        (all.clone().filter(|k| k.found).count(), all.count())
    }

    /// Must-have keywords found, and in all.
    pub fn must_coverage(&self) -> (usize, usize) {
        self.coverage(Tier::MustHave)
    }

    /// The must-have keywords not found, in role order.
    pub fn missing_must(&self) -> impl Iterator<Item = &str> {
        self.keywords
            .iter()
            .filter(|k| k.tier == Tier::MustHave && !k.found)
            .map(|k| k.term.as_str())
    }

    /// What [`rank`] orders this report by.
    pub fn rank_key(&self) -> RankKey<'_> {
        let (found, total) = self.must_coverage();
        RankKey {
            score: self.score,
            must_share: if total == 0 {
                1.0
            } else {
                found as f64 / total as f64
            },
            role: &self.role.id,
            file: &self.file,
        }
    }
}

/// What a ranking compares, in order: score (higher first), the share of
/// must-have keywords found (higher first), then role id and file name.
#[derive(Clone, Copy, Debug)]
pub struct RankKey<'a> {
    pub score: u32,
    pub must_share: f64,
    pub role: &'a str,
    pub file: &'a str,
}

/// The order of `keys`, best first, as (index, rank) pairs: equal scores
/// share a rank (1, 2, 2, 4), and the other fields of [`RankKey`] only break
/// ties, so the order is the same on every run.
pub fn rank(keys: &[RankKey<'_>]) -> Vec<(usize, u32)> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&keys[a], &keys[b]);
        b.score
            .cmp(&a.score)
            .then(b.must_share.total_cmp(&a.must_share))
            .then(a.role.cmp(b.role))
            .then(a.file.cmp(b.file))
    });
    let mut rank = 0;
    let mut previous = None;
    order
        .into_iter()
        .enumerate()
        .map(|(place, i)| {
            if previous != Some(keys[i].score) {
                rank = place as u32 + 1;
                previous = Some(keys[i].score);
            }
            (i, rank)
        })
        .collect()
}

/// [`rank`] for reports.
pub fn ranking(reports: &[&Report]) -> Vec<(usize, u32)> {
    rank(&reports.iter().map(|r| r.rank_key()).collect::<Vec<_>>())
}

#[derive(Clone, Debug, Serialize)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
    /// `builtin`, `keywords`, `job_description` or `merged`.
    pub source: RoleSource,
    /// The job description file, for `job_description` and `merged`.
    pub jd: Option<String>,
}

/// A must-have or strong keyword, found or not.
#[derive(Clone, Debug, Serialize)]
pub struct KeywordReport {
    pub term: String,
    pub tier: Tier,
    pub found: bool,
    pub count: usize,
    /// The forms of the keyword (as the role spells them) that were seen.
    pub forms: Vec<String>,
    pub in_context: bool,
    pub occurrences: Vec<Occurrence>,
    pub weight: f64,
    /// The acronym and aliases, so a reader knows what else would count.
    pub alternatives: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Occurrence {
    pub line: u32,
    pub section: Section,
    pub text: String,
    /// 1-based column (in characters) in the source line, for source
    /// formats where the text is found as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The file the line is in, when it is not the report's file (a LaTeX
    /// `\input`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// Where a finding sits: line, and for source formats the column and the
/// included file it is in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: u32,
    pub column: Option<u32>,
    pub file: Option<String>,
}

/// One occurrence of a term to avoid.
#[derive(Clone, Debug, Serialize)]
pub struct AvoidReport {
    pub term: String,
    pub line: u32,
    pub text: String,
    pub instead: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// Whether a keyword with an acronym shows both forms.
#[derive(Clone, Debug, Serialize)]
pub struct AcronymReport {
    pub term: String,
    pub acronym: String,
    pub acronym_found: bool,
    pub full_found: bool,
    /// `role` for the role's keywords (these count in the score), `common`
    /// for common acronyms seen in the resume (advice only).
    pub source: AcronymSource,
    /// Where the form that is present first appears.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AcronymSource {
    Role,
    Common,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Quantification {
    pub bullets: usize,
    pub quantified: usize,
    pub unquantified: Vec<BulletRef>,
}

#[derive(Clone, Debug, Serialize)]
pub struct BulletRef {
    pub line: u32,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A readability finding: what an ATS cannot read in the file.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
}

/// An input that could not be analyzed.
#[derive(Clone, Debug, Serialize)]
pub struct FileFailure {
    pub file: String,
    pub error: FileError,
}

/// What one input produced.
#[derive(Clone, Debug)]
pub enum Outcome {
    Report(Box<Report>),
    Failed(FileFailure),
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Report(r) => r.serialize(s),
            Outcome::Failed(f) => f.serialize(s),
        }
    }
}
