//! Reports: the one typed result of an analysis, the events a run produces,
//! and the printers that turn them into text.
//!
//! In: [`Report`]s built by [`crate::analyze`], per-file failures, and the
//! run's summary, as a stream of [`Event`]s. Out: text on a `&mut dyn Write`
//! given by the caller. Every output format is a [`Printer`]: `check`'s
//! [`human`], [`json`], [`sarif`] and [`github`], `screen`'s [`table`],
//! [`csv`] and [`jsonl`], both commands' [`html`] pages, and the
//! [`diagnostics`] on standard error. A
//! report carries everything a printer shows — the findings with ignores
//! applied, the score's weights and counts, the change since a baseline — so
//! printers only format: they compute nothing, read no files and re-parse
//! no strings.

pub mod csv;
pub mod diagnostics;
mod findings;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod role;
pub mod sarif;
pub mod style;
pub mod table;

use std::io;
use std::ops::Range;
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::candidate::Candidate;
use crate::extract::{ErrorCode, FileError, Format};
use crate::readability::Problem;
use crate::roles::Weights;
use crate::roles::{RoleSource, Tier};
use crate::rules::{Code, Finding};
use crate::score::{Counts, Match, Parts};
use crate::variants::How;
use crate::vocab::Section;

pub use findings::settle;

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The JSON schema version of [`Report`].
pub const SCHEMA_VERSION: u32 = 2;

/// The analysis of one resume against one role (SPEC "JSON report").
/// Field order is the JSON order and never changes within a schema version.
#[derive(Clone, Debug, Serialize, Deserialize)]
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
    pub readability: Vec<Problem>,
    /// How the bullets and dates read (`src/writing.rs`): none changes the
    /// score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub writing: Vec<crate::writing::Problem>,
    pub words: usize,
    pub pages: Option<u32>,
    /// The section headings found, in order: what the resume was split by.
    pub headings: Vec<HeadingRef>,
    /// How a PDF's pages were laid out (columns, OCR), when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<LayoutSummary>,
    /// The candidate's name and email, when the text shows them.
    pub candidate: Candidate,
    /// Findings silenced by `.ats.toml` ignores (not listed in the report).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ignored: usize,
    /// Place among several targets (`--role all`) or files (`screen`),
    /// best first; equal scores share a rank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// `screen`: other files with the same bytes, ranked once under this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicates: Vec<String>,
    /// `screen`: what a recruiter should know of the file first ([`Status`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// `screen`: the other files of the same person, ranked under this one
    /// (their best).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group: Vec<String>,
    /// `screen`: the first things to know about the file, at most three
    /// ([`Report::reasons`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// What printers show beyond the JSON: see [`Detail`].
    #[serde(skip)]
    pub detail: Detail,
    /// What changed since `--baseline`, when it has an earlier report.
    #[serde(skip)]
    pub change: Option<Change>,
}

/// How a PDF was laid out, in a report: the most columns on a page, and
/// each page's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayoutSummary {
    pub columns: usize,
    pub pages: Vec<PageSummary>,
}

/// One page of [`LayoutSummary`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageSummary {
    pub page: u32,
    pub columns: usize,
    /// The page's text is an OCR layer over a scan.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ocr: bool,
}

impl LayoutSummary {
    pub fn of(layout: &crate::extract::Layout) -> LayoutSummary {
        LayoutSummary {
            columns: layout.columns,
            pages: layout
                .pages
                .iter()
                .map(|p| PageSummary {
                    page: p.page,
                    columns: p.columns,
                    ocr: p.ocr,
                })
                .collect(),
        }
    }
}

/// The parts of a report that its JSON does not show, so that no printer
/// has to work them out again.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Detail {
    /// The report's findings, in a fixed order, with `.ats.toml` ignores
    /// applied ([`settle`]).
    pub findings: Vec<Finding>,
    /// The weights the score was computed with.
    pub weights: Weights,
    /// What the checks counted, behind each part of the score.
    pub counts: Counts,
    /// The text as analyzed and what to mark in it, when the analysis was
    /// asked to keep it (`--format html`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Box<Page>>,
}

/// The resume's text exactly as it was analyzed, and the places a page
/// marks in it. The marks are the hits the report lists (a keyword's
/// `occurrences`, a variant's `variants`, the `avoid` entries, the
/// `unquantified` bullets), recorded where those lists are built, so a
/// page shows as many marks as the JSON lists occurrences.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Page {
    /// The normalized text, its lines joined by `\n`.
    pub text: String,
    /// Where each line starts in `text` (bytes), with its line number in
    /// the file (the lines of a report's findings).
    pub lines: Vec<(usize, u32)>,
    /// Marked byte ranges of `text`, in order, never overlapping.
    pub marks: Vec<Mark>,
    /// Lines (indexes into `lines`) of the statements listed as having no
    /// measured result.
    pub unquantified: Vec<usize>,
    /// The text a person cannot see (`hidden-text`), and how it is hidden.
    pub hidden: Vec<HiddenPart>,
}

/// A marked range of [`Page::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub what: Marked,
}

/// What a [`Mark`] is, as an index into the report's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Marked {
    /// An exact occurrence of `keywords[i]`.
    Keyword(usize),
    /// A place where `keywords[i]` is written in other words.
    Variant(usize),
    /// `avoid[i]`.
    Avoid(usize),
}

/// Hidden text, for a page.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HiddenPart {
    pub text: String,
    /// How a person would say it is hidden ("in the background colour").
    pub how: String,
    pub page: Option<u32>,
}

impl Page {
    /// The page of a settled report: its text, and a mark for each place
    /// the report lists (exact occurrences of found keywords, a variant's
    /// places, terms to avoid, statements without a measure).
    pub fn of(
        report: &Report,
        text: String,
        lines: Vec<(usize, u32)>,
        hidden: Vec<HiddenPart>,
    ) -> Page {
        let mut marks = Vec::new();
        for (i, k) in report.keywords.iter().enumerate() {
            let what = match k.how {
                Match::Exact => Marked::Keyword(i),
                Match::Variant => Marked::Variant(i),
                Match::Missing => continue,
            };
            let places = k
                .occurrences
                .iter()
                .map(|o| &o.bytes)
                .chain(k.variants.iter().map(|v| &v.bytes));
            marks.extend(places.map(|b| Mark {
                start: b.start,
                end: b.end,
                what,
            }));
        }
        for (i, a) in report.avoid.iter().enumerate() {
            marks.push(Mark {
                start: a.bytes.start,
                end: a.bytes.end,
                what: Marked::Avoid(i),
            });
        }
        let mut unquantified: Vec<usize> = report
            .quantification
            .unquantified
            .iter()
            .map(|b| b.index)
            .collect();
        unquantified.sort_unstable();
        unquantified.dedup();
        let mut page = Page {
            text,
            lines,
            marks,
            unquantified,
            hidden,
        };
        page.settle_marks();
        page
    }

    /// Keeps the marks that do not overlap one taken before them, taking
    /// exact keywords first, then terms to avoid, then variants (exact
    /// keyword hits never overlap each other), and sorts them by place.
    pub fn settle_marks(&mut self) {
        let rank = |m: &Mark| match m.what {
            Marked::Keyword(_) => 0,
            Marked::Avoid(_) => 1,
            Marked::Variant(_) => 2,
        };
        let mut all = std::mem::take(&mut self.marks);
        all.sort_by_key(|m| (rank(m), m.start));
        let mut kept: Vec<Mark> = Vec::with_capacity(all.len());
        let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
        for m in all {
            let before = taken.range(..m.end).next_back();
            if before.is_some_and(|(_, &end)| end > m.start) || m.start >= m.end {
                continue;
            }
            taken.insert(m.start, m.end);
            kept.push(m);
        }
        kept.sort_by_key(|m| m.start);
        self.marks = kept;
    }
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

    /// The distinct terms to avoid found, in order of first appearance.
    pub fn avoid_terms(&self) -> Vec<&str> {
        let mut terms: Vec<&str> = Vec::new();
        for a in &self.avoid {
            if !terms.contains(&a.term.as_str()) {
                terms.push(&a.term);
            }
        }
        terms
    }

    /// What a ranking makes of this file ([`Status`]), from its readability
    /// findings.
    pub fn screen_status(&self) -> Status {
        let has = |code: Code| self.readability.iter().any(|p| p.code == code);
        if has(Code::NoText) {
            Status::NoText
        } else if has(Code::HiddenText) {
            Status::HiddenText
        } else {
            Status::Ok
        }
    }

    /// The first things a recruiter should know of this file, most telling
    /// first, at most [`REASONS`]: no text, hidden text, a length no resume
    /// has, the must-haves missing, those only in other words, keywords only
    /// in a list, terms to avoid, statements without a measured result; or
    /// that every must-have is there.
    pub fn reasons(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in &self.readability {
            match p.code {
                Code::NoText => out.push("no text: scanned or image-only, needs OCR".to_owned()),
                Code::HiddenText => out.push("hidden text (ranked on the visible text)".to_owned()),
                Code::WordCount if p.severity == crate::rules::Severity::Warning => {
                    out.push(format!(
                        "{} words, far from a resume's 300 to 1,200",
                        self.words
                    ));
                }
                _ => {}
            }
        }
        let flagged = out.len();
        let must: Vec<&KeywordReport> = self
            .keywords
            .iter()
            .filter(|k| k.tier == Tier::MustHave)
            .collect();
        let missing: Vec<&str> = must
            .iter()
            .filter(|k| k.how == Match::Missing)
            .map(|k| k.term.as_str())
            .collect();
        if !missing.is_empty() {
            out.push(format!(
                "missing {} must-have{}: {}",
                missing.len(),
                plural(missing.len()),
                some_terms(&missing)
            ));
        }
        let variants: Vec<&str> = must
            .iter()
            .filter(|k| k.how == Match::Variant)
            .map(|k| k.term.as_str())
            .collect();
        if !variants.is_empty() {
            out.push(format!("only in other words: {}", some_terms(&variants)));
        }
        let listed: Vec<&str> = self
            .keywords
            .iter()
            .filter(|k| k.found && !k.in_context)
            .map(|k| k.term.as_str())
            .collect();
        if !listed.is_empty() {
            out.push(format!("keywords only in a list: {}", some_terms(&listed)));
        }
        let avoid = self.avoid_terms();
        if !avoid.is_empty() {
            out.push(format!("terms to avoid: {}", some_terms(&avoid)));
        }
        let q = &self.quantification;
        if q.bullets >= 3 && q.quantified == 0 {
            out.push(format!("no measured result in {} statements", q.bullets));
        }
        if missing.is_empty() && !must.is_empty() && out.len() < REASONS {
            out.insert(flagged, "every must-have found".to_owned());
        }
        out.truncate(REASONS);
        out
    }

    /// Drops what a row of a ranking (`screen`'s table and CSV) never shows
    /// — where each keyword occurs and in which forms, the repeats of a term
    /// to avoid, the bullets without a measure, the acronym entries, the
    /// findings — so a batch can hold thousands of reports cheaply. Counts,
    /// parts, coverage and the distinct terms to avoid stay true.
    pub fn trim_for_ranking(&mut self) {
        for k in &mut self.keywords {
            k.forms = Vec::new();
            k.occurrences = Vec::new();
            k.alternatives = Vec::new();
            k.variants = Vec::new();
        }
        self.headings = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        self.avoid.retain(|a| {
            let first = !seen.contains(&a.term);
            if first {
                seen.push(a.term.clone());
            }
            first
        });
        self.acronyms = Vec::new();
        self.quantification.unquantified = Vec::new();
        self.detail.findings = Vec::new();
        self.detail.page = None;
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

/// What `screen` makes of a file it read: ranked as usual, ranked on its
/// visible text but flagged, or not ranked at all because it has no text
/// (a scan that needs OCR). Files that could not be read have their error
/// code instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Ok,
    NoText,
    HiddenText,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::NoText => "no-text",
            Status::HiddenText => "hidden-text",
        }
    }
}

/// Reasons [`Report::reasons`] gives at most.
pub const REASONS: usize = 3;
/// Keywords a reason names before "+N".
const REASON_TERMS: usize = 3;

/// `A, B, C +2`
fn some_terms(terms: &[&str]) -> String {
    let mut out = terms[..terms.len().min(REASON_TERMS)].join(", ");
    if terms.len() > REASON_TERMS {
        out.push_str(&format!(" +{}", terms.len() - REASON_TERMS));
    }
    out
}

/// A place in a ranking. JSON shows the number; `tied` (another entry has
/// the same place) is for printers that write `2=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    pub place: u32,
    pub tied: bool,
}

impl Serialize for Rank {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.place)
    }
}

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rank, D::Error> {
        Ok(Rank {
            place: u32::deserialize(d)?,
            tied: false,
        })
    }
}

impl Rank {
    /// `3`, or `3=` when tied.
    pub fn label(self) -> String {
        if self.tied {
            format!("{}=", self.place)
        } else {
            self.place.to_string()
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
pub fn rank(keys: &[RankKey<'_>]) -> Vec<(usize, Rank)> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&keys[a], &keys[b]);
        b.score
            .cmp(&a.score)
            .then(b.must_share.total_cmp(&a.must_share))
            .then(a.role.cmp(b.role))
            .then(a.file.cmp(b.file))
    });
    let mut out: Vec<(usize, Rank)> = Vec::with_capacity(order.len());
    for (place, i) in order.into_iter().enumerate() {
        let rank = match out.last_mut() {
            Some((prev, rank)) if keys[*prev].score == keys[i].score => {
                rank.tied = true;
                *rank
            }
            _ => Rank {
                place: u32::try_from(place + 1).unwrap_or(u32::MAX),
                tied: false,
            },
        };
        out.push((i, rank));
    }
    out
}

/// Ranks reports in place, best first, and sets each one's [`Report::rank`].
pub fn rank_reports(reports: Vec<Report>) -> Vec<Report> {
    let keys: Vec<RankKey<'_>> = reports.iter().map(Report::rank_key).collect();
    let order = rank(&keys);
    let mut slots: Vec<Option<Report>> = reports.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(i, rank)| {
            let mut report = slots[i].take()?;
            report.rank = Some(rank);
            Some(report)
        })
        .collect()
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
    /// `builtin`, `keywords`, `job_description` or `merged`.
    pub source: RoleSource,
    /// The job description file, for `job_description` and `merged`.
    pub jd: Option<String>,
}

/// A must-have or strong keyword, found or not.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeywordReport {
    pub term: String,
    pub tier: Tier,
    /// The term, an alias or the acronym appears (`match` is `exact`).
    pub found: bool,
    /// `exact`, `variant` (the idea in other words, or misspelt) or `missing`.
    #[serde(rename = "match")]
    pub how: Match,
    /// Exact occurrences; for a variant, the places it was written.
    pub count: usize,
    /// The forms of the keyword (as the role spells them) that were seen.
    pub forms: Vec<String>,
    pub in_context: bool,
    /// What the keyword earned toward its tier, before its weight (SPEC
    /// "Score": 1, less for a list or one acronym form; 0.5 for a variant).
    #[serde(serialize_with = "crate::score::serialize_two_decimals")]
    pub credit: f64,
    pub occurrences: Vec<Occurrence>,
    /// For a variant: what was written, where, and which mechanism found it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantReport>,
    pub weight: f64,
    /// The acronym and aliases, so a reader knows what else would count.
    pub alternatives: Vec<String>,
    /// Years of experience the role asks for with it ("5+ years of Java").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// With `years`: the years of the resume's dated jobs whose lines name
    /// the keyword (rough: see `tenure.rs`); none when no such job is dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_shown: Option<f64>,
    /// For a one-of group ("Go or Java"): every member, in the role's order;
    /// `term` is the member that earned the most (the first when none did).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    /// Found with one form of its acronym pair only.
    #[serde(skip)]
    pub one_form: bool,
}

impl KeywordReport {
    /// How a reader sees the keyword: "Java (5+ years)", "Go (one of Go,
    /// Java; 5+ years)" when a member of a group was found, "one of Go,
    /// Java" when none was.
    pub fn label(&self) -> String {
        let years = self.years.map(|y| format!("{y}+ years"));
        match (&self.one_of[..], self.how) {
            ([], _) => match years {
                Some(y) => format!("{} ({y})", self.term),
                None => self.term.clone(),
            },
            (all, Match::Missing) => {
                let mut label = format!("one of {}", all.join(", "));
                if let Some(y) = years {
                    label.push_str(&format!(" ({y})"));
                }
                label
            }
            (all, _) => {
                let mut inner = format!("one of {}", all.join(", "));
                if let Some(y) = years {
                    inner.push_str(&format!("; {y}"));
                }
                format!("{} ({inner})", self.term)
            }
        }
    }
}

/// A section heading as found: its line, its text and the section it opens.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HeadingRef {
    pub line: u32,
    pub text: String,
    pub section: Section,
}

/// Where a keyword's variant was written.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VariantReport {
    pub line: u32,
    pub section: Section,
    pub text: String,
    /// `forms`, `evidence` or `spelling`.
    pub how: How,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where in the analyzed text ([`Page`]); not in JSON.
    #[serde(skip)]
    pub bytes: Range<usize>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Occurrence {
    pub line: u32,
    pub section: Section,
    pub text: String,
    /// 1-based column (in characters) in the source line, for source
    /// formats where the text is found as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The file the line is in, when it is not the report's file (a LaTeX
    /// `\input`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where in the analyzed text ([`Page`]); not in JSON.
    #[serde(skip)]
    pub bytes: Range<usize>,
}

/// One occurrence of a term to avoid.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AvoidReport {
    pub term: String,
    pub line: u32,
    pub text: String,
    pub instead: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where in the analyzed text ([`Page`]); not in JSON.
    #[serde(skip)]
    pub bytes: Range<usize>,
}

/// Whether a keyword with an acronym shows both forms.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AcronymReport {
    pub term: String,
    pub acronym: String,
    pub acronym_found: bool,
    pub full_found: bool,
    /// `role` for the role's keywords (these count in the score), `common`
    /// for common acronyms seen in the resume (advice only).
    pub source: AcronymSource,
    /// Where the form that is present first appears.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl AcronymReport {
    /// The form that appears and the one that does not, when only one does.
    pub fn one_form(&self) -> Option<(&str, &str)> {
        match (self.acronym_found, self.full_found) {
            (true, false) => Some((&self.acronym, &self.term)),
            (false, true) => Some((&self.term, &self.acronym)),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AcronymSource {
    Role,
    Common,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Quantification {
    pub bullets: usize,
    pub quantified: usize,
    pub unquantified: Vec<BulletRef>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BulletRef {
    pub line: u32,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Which line of the analyzed text ([`Page::lines`]); not in JSON.
    #[serde(skip)]
    pub index: usize,
}

/// What changed since the baseline, for one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The baseline file, as given.
    pub baseline: String,
    pub before: u32,
    pub after: u32,
    pub newly_missing: Vec<String>,
    pub newly_found: Vec<String>,
    pub new_avoid: Vec<String>,
}

impl Change {
    /// A lower score, or a must-have that was found and is now missing.
    pub fn is_regression(&self) -> bool {
        self.after < self.before || !self.newly_missing.is_empty()
    }

    /// `72 → 68 (-4)`.
    pub fn score_line(&self) -> String {
        let delta = i64::from(self.after) - i64::from(self.before);
        let sign = match delta {
            d if d > 0 => "+",
            0 => "±",
            _ => "",
        };
        format!("{} → {} ({sign}{delta})", self.before, self.after)
    }

    /// [`Change::details`] as `; a; b` to follow the score (empty when none).
    pub fn details_tail(&self) -> String {
        self.details().iter().map(|d| format!("; {d}")).collect()
    }

    /// The changes other than the score, one phrase each.
    pub fn details(&self) -> Vec<String> {
        let mut out = Vec::new();
        let list = |items: &[String]| {
            items
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.newly_missing.is_empty() {
            out.push(format!(
                "must-have newly missing: {}",
                list(&self.newly_missing)
            ));
        }
        if !self.newly_found.is_empty() {
            out.push(format!(
                "must-have newly found: {}",
                list(&self.newly_found)
            ));
        }
        if !self.new_avoid.is_empty() {
            out.push(format!("new terms to avoid: {}", list(&self.new_avoid)));
        }
        out
    }
}

/// An input that could not be analyzed.
#[derive(Clone, Debug, Serialize)]
pub struct FileFailure {
    pub file: String,
    pub error: FileError,
}

/// One file's reports against several targets, ranked best first
/// (`check --role a --role b`, `--jd`, `--role all`).
#[derive(Clone, Debug)]
pub struct Comparison {
    pub file: String,
    pub reports: Vec<Report>,
    /// `--role all`: the ranking only, not each report.
    pub all: bool,
}

/// How a run ended, for the closing lines.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Files named or found.
    pub files: usize,
    /// Reports ranked (`screen`), and of them those `--top` left out.
    pub ranked: usize,
    pub hidden: usize,
    /// Files with the same bytes as a ranked one.
    pub duplicates: usize,
    /// `screen`: files ranked under another file of the same person.
    pub grouped: usize,
    /// `screen`: files with no text (scans needing OCR), listed unranked.
    pub no_text: usize,
    /// `screen`: ranked files flagged for hidden text.
    pub hidden_text: usize,
    /// `screen`: files the filters left out, by reason ("below score 50").
    pub filtered: Vec<(String, usize)>,
    /// The error code of every file that could not be read.
    pub failed: Vec<ErrorCode>,
    /// Files in walked folders that are not resumes.
    pub skipped: usize,
    /// The first few of them, by path.
    pub skipped_names: Vec<String>,
    /// Outcomes taken from an earlier, interrupted run (`screen --resume`).
    pub resumed: usize,
    /// Why the run fails its gates (`check`), one line each.
    pub gate_failures: Vec<String>,
    /// `--exit-zero`: gate failures are reported, not acted on.
    pub exit_zero: bool,
    /// What `screen` ranked against (the role id).
    pub target: Option<String>,
    pub elapsed: Duration,
}

/// What a run produces, in order. Per-file errors become
/// [`Event::Failed`] in one place (`app`); every output is a [`Printer`]
/// of these.
#[derive(Clone, Copy, Debug)]
pub enum Event<'a> {
    /// `screen` is about to print a ranking against this target (name, id).
    Start {
        target: (&'a str, &'a str),
        /// `screen`: the must-haves every ranked row shown lacks (said once
        /// by the table; the other formats list them in each row).
        missing_everywhere: &'a [String],
    },
    /// One file against one target. In a `screen` ranking it carries its
    /// rank and copies.
    Report(&'a Report),
    /// One file against several targets.
    Compared(&'a Comparison),
    /// A file that could not be read.
    Failed(&'a FileFailure),
    /// `screen --unordered`: a file with the same bytes as one screened.
    Duplicate { file: &'a str, of: &'a str },
    /// Something to tell the user that is about the run, not a file's
    /// content.
    Note(&'a str),
    /// The end of the run.
    Finish(&'a Summary),
}

/// An output format: writes the events it cares about, in order.
pub trait Printer {
    fn print(&mut self, event: Event<'_>) -> io::Result<()>;
}

/// A report and its [`Detail`] together: how a report crosses to another
/// process or waits in a spill file, to be read back whole. (The JSON
/// report of SPEC leaves the detail out.)
#[derive(Serialize)]
struct WholeRef<'a> {
    report: &'a Report,
    detail: &'a Detail,
}

#[derive(Deserialize)]
struct Whole {
    report: Report,
    detail: Detail,
}

/// Reports with their details, as JSON.
pub fn encode(reports: &[Report]) -> serde_json::Result<Vec<u8>> {
    let whole: Vec<WholeRef<'_>> = reports
        .iter()
        .map(|report| WholeRef {
            report,
            detail: &report.detail,
        })
        .collect();
    serde_json::to_vec(&whole)
}

/// Reports written by [`encode`].
pub fn decode(bytes: &[u8]) -> serde_json::Result<Vec<Report>> {
    let whole: Vec<Whole> = serde_json::from_slice(bytes)?;
    Ok(whole
        .into_iter()
        .map(|w| {
            let mut report = w.report;
            report.detail = w.detail;
            report
        })
        .collect())
}

/// What one input produced, for printers that collect (JSON).
#[derive(Clone, Debug)]
pub enum Outcome {
    Report(Box<Report>),
    Failed(FileFailure),
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Report(r) => r.serialize(s),
            Outcome::Failed(f) => f.serialize(s),
        }
    }
}

/// `""` for one, `"s"` for more.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_scores_share_a_place_and_are_marked_tied() {
        let key = |score, file| RankKey {
            score,
            must_share: 1.0,
            role: "",
            file,
        };
        let keys = [key(50, "c"), key(70, "a"), key(50, "b"), key(20, "d")];
        let order: Vec<(usize, String)> = rank(&keys)
            .into_iter()
            .map(|(i, r)| (i, r.label()))
            .collect();
        assert_eq!(
            order,
            [
                (1, "1".to_owned()),
                (2, "2=".to_owned()),
                (0, "2=".to_owned()),
                (3, "4".to_owned())
            ]
        );
    }

    #[test]
    fn page_marks_never_overlap_and_exact_keywords_are_kept_first() {
        let mark = |start, end, what| Mark { start, end, what };
        let mut page = Page {
            marks: vec![
                mark(10, 20, Marked::Variant(3)),
                mark(0, 5, Marked::Avoid(0)),
                mark(12, 16, Marked::Keyword(1)),
                mark(4, 8, Marked::Keyword(0)),
                mark(30, 30, Marked::Keyword(2)),
                mark(16, 25, Marked::Avoid(1)),
            ],
            ..Page::default()
        };
        page.settle_marks();
        assert_eq!(
            page.marks,
            [
                mark(4, 8, Marked::Keyword(0)),
                mark(12, 16, Marked::Keyword(1)),
                mark(16, 25, Marked::Avoid(1)),
            ]
        );
    }

    #[test]
    fn change_reads_as_a_sentence() {
        let change = Change {
            baseline: "main.json".to_owned(),
            before: 72,
            after: 68,
            newly_missing: vec!["Docker".to_owned()],
            newly_found: vec![],
            new_avoid: vec!["team player".to_owned()],
        };
        assert!(change.is_regression());
        assert_eq!(change.score_line(), "72 → 68 (-4)");
        assert_eq!(
            change.details(),
            [
                "must-have newly missing: \"Docker\"",
                "new terms to avoid: \"team player\""
            ]
        );
        let same = Change {
            before: 70,
            after: 70,
            ..Change::default()
        };
        assert!(!same.is_regression());
        assert_eq!(same.score_line(), "70 → 70 (±0)");
    }
}
