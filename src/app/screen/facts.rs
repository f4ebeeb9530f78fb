//! What a ranking keeps in memory of each screened file: its score, its
//! status, whether the filters keep it, who it belongs to, and which
//! must-haves it misses. The report itself waits in the state file.

use serde::{Deserialize, Serialize};

use crate::config::Filters;
use crate::report::{Report, Status};
use crate::roles::{Role, Tier};
use crate::score::Match;

use super::person::Person;

/// Must-haves a row's [`Facts::missing`] can name (more are rare and only
/// lose the "missing in every file" line).
const MASK_BITS: usize = 128;

/// Why the filters left a file out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Filtered {
    /// Below `--min-score`.
    Score,
    /// Without every must-have (`--require-must-have`).
    MustHave,
    /// Without a keyword of `--require`.
    Required,
}

impl Filtered {
    /// For the summary: "3 below score 50".
    pub(crate) fn label(self, filters: &Filters) -> String {
        match self {
            Filtered::Score => format!("below score {}", filters.min_score.unwrap_or(0)),
            Filtered::MustHave => "without every must-have".to_owned(),
            Filtered::Required => format!("without {}", filters.require.join(" and ")),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Facts {
    pub(crate) score: u32,
    pub(crate) must_share: f64,
    pub(crate) status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) filtered: Option<Filtered>,
    pub(crate) person: Person,
    /// Bit i: the report's i-th must-have entry is missing.
    pub(crate) missing: u128,
}

impl Facts {
    pub(crate) fn of(report: &Report, filters: &Filters) -> Facts {
        let rank = report.rank_key();
        let mut missing = 0u128;
        let must = report.keywords.iter().filter(|k| k.tier == Tier::MustHave);
        for (i, k) in must.enumerate().take(MASK_BITS) {
            if k.how == Match::Missing {
                missing |= 1 << i;
            }
        }
        Facts {
            score: report.score,
            must_share: rank.must_share,
            status: report.screen_status(),
            filtered: filtered(report, filters),
            person: Person::of(&report.candidate),
            missing,
        }
    }
}

/// The first filter that leaves the report out. A keyword found in other
/// words (a variant) counts as there: the filters ask what a recruiter
/// asks, whether the candidate has the skill.
fn filtered(report: &Report, filters: &Filters) -> Option<Filtered> {
    if filters.min_score.is_some_and(|min| report.score < min) {
        return Some(Filtered::Score);
    }
    let has = |k: &crate::report::KeywordReport| k.how != Match::Missing;
    if filters.require_must_have
        && report
            .keywords
            .iter()
            .any(|k| k.tier == Tier::MustHave && !has(k))
    {
        return Some(Filtered::MustHave);
    }
    // A member of a one-of group is there when its group is met: the
    // posting asked for any one of them.
    let lacks = |wanted: &String| {
        !report.keywords.iter().any(|k| {
            has(k)
                && (k.term.eq_ignore_ascii_case(wanted)
                    || k.one_of.iter().any(|m| m.eq_ignore_ascii_case(wanted)))
        })
    };
    if filters.require.iter().any(lacks) {
        return Some(Filtered::Required);
    }
    None
}

/// `--require` names as the role writes them: each must be a must-have or
/// strong keyword of the role, by its name or an alias, in any case.
pub(crate) fn resolve_required(role: &Role, wanted: &[String]) -> Result<Vec<String>, String> {
    wanted
        .iter()
        .map(|w| {
            let w = w.trim();
            role.keywords
                .iter()
                .find(|k| {
                    k.term.eq_ignore_ascii_case(w)
                        || k.aliases.iter().any(|a| a.eq_ignore_ascii_case(w))
                })
                .map(|k| k.term.clone())
                .ok_or_else(|| {
                    let mut near: Vec<&str> = role
                        .keywords
                        .iter()
                        .map(|k| k.term.as_str())
                        .filter(|t| {
                            let (t, w) = (t.to_lowercase(), w.to_lowercase());
                            t.contains(&w) || w.contains(&t) || strsim::levenshtein(&t, &w) <= 2
                        })
                        .collect();
                    near.truncate(3);
                    let hint = if near.is_empty() {
                        format!("see `ats roles show {}`", role.id)
                    } else {
                        format!("did you mean {}?", near.join(", "))
                    };
                    format!("--require {w:?}: not a keyword of {} ({hint})", role.id)
                })
        })
        .collect()
}
