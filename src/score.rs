//! The score: what the checks counted → a number from 0 to 100 with its parts.
//!
//! In: the credit each keyword earned and the other counts ([`Counts`]), and
//! the role's [`Weights`]. Out: [`Score`]. Pure, no I/O, deterministic; this
//! module is the SPEC formula (schema_version 2) and nothing else:
//!
//! ```text
//! credit(k)  = 1, less `context` (0.25) if k appears only in a list,
//!                 less `acronyms` (0.15) if k has an acronym and only one form appears;
//!              0.5 if only a variant of k appears; 0 when missing
//! must       = Σ weight·credit of the must-haves / Σ weight    (1 when the tier is empty)
//! strong     = the same for the strong tier
//! relevance  = 0.75·must + 0.25·strong                         (`must`, `strong`)
//! impact     = min(1, quantified / (0.6 × statements)); 0 when there are none
//! clean      = max(0, 1 − 0.25 × distinct avoid terms)
//! quality    = 0.6 + 0.25·impact + 0.15·clean                  (`impact`, `clean`)
//! score      = round(100 × relevance × quality)
//! ```
//!
//! It is monotone: adding a keyword anywhere, writing it in a sentence, or
//! adding the other form of its acronym never lowers a credit (a variant's
//! 0.5 is at most an exact keyword's worst credit, which the weights'
//! validation keeps at 0.5 or more), and quality only multiplies. Only avoid
//! terms and unquantified statements lower it. And relevance comes first: a
//! resume with no keyword of the role scores 0 however well it is written.
//!
//! ```
//! use ats::score::{Counts, score};
//! use ats::roles::Weights;
//! let counts = Counts {
//!     must_credit: 9.0, must_total: 12.0,      // must   = 0.75
//!     strong_credit: 6.0, strong_total: 20.0,  // strong = 0.30
//!     statements: 10, quantified: 3,           // impact = min(1, 3 / 6) = 0.50
//!     avoid_distinct: 1,                       // clean  = 0.75
//!     ..Counts::default()
//! };
//! let s = score(&counts, &Weights::default());
//! // relevance = 0.75·0.75 + 0.25·0.30 = 0.6375
//! // quality   = 0.6 + 0.25·0.50 + 0.15·0.75 = 0.8375
//! // 100 × 0.6375 × 0.8375 = 53.39 → 53
//! assert_eq!(s.value, 53);
//! ```

use serde::{Deserialize, Serialize, Serializer};

use crate::roles::Weights;

/// What a keyword earns when only a variant of it appears (its idea in
/// other words, a misspelling): half of an exact mention.
pub const VARIANT_CREDIT: f64 = 0.5;

/// How a keyword was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    /// The term, an alias or the acronym appears.
    Exact,
    /// Only the idea in other words, or a misspelling.
    Variant,
    #[default]
    Missing,
}

/// What one keyword earns (before its weight): see the module's formula.
pub fn credit(how: Match, list_only: bool, one_form: bool, weights: &Weights) -> f64 {
    match how {
        Match::Missing => 0.0,
        Match::Variant => VARIANT_CREDIT,
        Match::Exact => {
            let mut c = 1.0;
            if list_only {
                c -= weights.context;
            }
            if one_form {
                c -= weights.acronyms;
            }
            c.max(VARIANT_CREDIT)
        }
    }
}

/// What the checks counted for one resume against one role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Credit (weight × credit) of the must-have keywords, and their weight.
    pub must_credit: f64,
    pub must_total: f64,
    /// The same for strong keywords.
    pub strong_credit: f64,
    pub strong_total: f64,
    /// Statements in Experience and Projects (bullets, or sentences of a
    /// paragraph), and those stating a measure.
    pub statements: usize,
    pub quantified: usize,
    /// Distinct avoid terms found.
    pub avoid_distinct: usize,
    /// The readability error `no-text`: nothing to score.
    pub no_text: bool,
}

/// The parts of the score, each from 0 to 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Parts {
    #[serde(serialize_with = "two_decimals")]
    pub must: f64,
    #[serde(serialize_with = "two_decimals")]
    pub strong: f64,
    #[serde(serialize_with = "two_decimals")]
    pub relevance: f64,
    #[serde(serialize_with = "two_decimals")]
    pub impact: f64,
    #[serde(serialize_with = "two_decimals")]
    pub clean: f64,
    #[serde(serialize_with = "three_decimals")]
    pub quality: f64,
}

/// Rounds a part to two decimals, as reports show it (JSON and text alike).
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

fn two_decimals<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round2(*value))
}

/// Serializes a number rounded to two decimals (keyword credits).
pub fn serialize_two_decimals<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    two_decimals(value, s)
}

fn three_decimals<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((value * 1000.0).round() / 1000.0)
}

/// A score and its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub value: u32,
    pub parts: Parts,
}

/// The share of the impact part: quantified statements over this share of
/// all statements gives full marks.
pub const IMPACT_TARGET: f64 = 0.6;
/// What each distinct avoid term takes off the clean part.
pub const AVOID_PENALTY: f64 = 0.25;

fn ratio(part: f64, whole: f64, empty: f64) -> f64 {
    if whole > 0.0 {
        (part / whole).clamp(0.0, 1.0)
    } else {
        empty
    }
}

/// Computes the score (SPEC "Score").
pub fn score(counts: &Counts, weights: &Weights) -> Score {
    let must = ratio(counts.must_credit, counts.must_total, 1.0);
    let strong = ratio(counts.strong_credit, counts.strong_total, 1.0);
    let impact = if counts.statements == 0 {
        0.0
    } else {
        (counts.quantified as f64 / (IMPACT_TARGET * counts.statements as f64)).min(1.0)
    };
    let clean = (1.0 - AVOID_PENALTY * counts.avoid_distinct as f64).max(0.0);
    let relevance = weights.must * must + weights.strong * strong;
    let quality = weights.base() + weights.impact * impact + weights.clean * clean;
    let parts = Parts {
        must,
        strong,
        relevance,
        impact,
        clean,
        quality,
    };
    if counts.no_text {
        return Score { value: 0, parts };
    }
    // Rounded half up; the tiny epsilon keeps 62.5 from landing on 62 through
    // binary floating point.
    let value = (100.0 * relevance * quality + 1e-9)
        .round()
        .clamp(0.0, 100.0) as u32;
    Score { value, parts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(must: (f64, f64), strong: (f64, f64), q: (usize, usize), avoid: usize) -> Counts {
        Counts {
            must_credit: must.0,
            must_total: must.1,
            strong_credit: strong.0,
            strong_total: strong.1,
            statements: q.0,
            quantified: q.1,
            avoid_distinct: avoid,
            ..Counts::default()
        }
    }

    #[test]
    fn score_hand_computed_case() {
        // must 10/12, strong 3/5 → relevance 0.75·0.8333 + 0.25·0.6 = 0.775
        // impact min(1, 5/6) = 0.8333, clean 0.5 → quality 0.6 + 0.2083 + 0.075 = 0.8833
        // 100 × 0.775 × 0.8833 = 68.46 → 68
        let s = score(
            &counts((10.0, 12.0), (3.0, 5.0), (10, 5), 2),
            &Weights::default(),
        );
        assert_eq!(s.value, 68);
        assert!((s.parts.relevance - 0.775).abs() < 1e-12);
        assert!((s.parts.impact - 5.0 / 6.0).abs() < 1e-12);
        assert_eq!(s.parts.clean, 0.5);
    }

    #[test]
    fn relevance_comes_first() {
        // Perfect writing, no keyword: 0. Keywords alone earn 60% of their worth.
        let w = Weights::default();
        let writing_only = counts((0.0, 12.0), (0.0, 60.0), (10, 10), 0);
        assert_eq!(score(&writing_only, &w).value, 0);
        let keywords_only = counts((12.0, 12.0), (60.0, 60.0), (0, 0), 4);
        assert_eq!(score(&keywords_only, &w).value, 60);
        let both = counts((12.0, 12.0), (60.0, 60.0), (10, 10), 0);
        assert_eq!(score(&both, &w).value, 100);
        let scanned = Counts {
            no_text: true,
            ..both
        };
        assert_eq!(score(&scanned, &w).value, 0);
    }

    #[test]
    fn credits_never_drop_as_a_keyword_is_written_better() {
        let w = Weights::default();
        // missing < variant ≤ exact in a list with one acronym form < ... < exact
        let ladder = [
            credit(Match::Missing, false, false, &w),
            credit(Match::Variant, false, false, &w),
            credit(Match::Exact, true, true, &w),
            credit(Match::Exact, true, false, &w),
            credit(Match::Exact, false, true, &w),
            credit(Match::Exact, false, false, &w),
        ];
        assert_eq!(ladder, [0.0, 0.5, 0.6, 0.75, 0.85, 1.0]);
        // Even with the largest penalties the weights allow, exact ≥ variant.
        let harsh = Weights {
            context: 0.5,
            acronyms: 0.5,
            ..w
        };
        assert!(credit(Match::Exact, true, true, &harsh) >= VARIANT_CREDIT);
    }

    #[test]
    fn score_uses_role_weights() {
        let only_must = Weights {
            must: 1.0,
            strong: 0.0,
            impact: 0.0,
            clean: 0.0,
            ..Weights::default()
        };
        let s = score(&counts((1.0, 2.0), (0.0, 5.0), (0, 0), 0), &only_must);
        assert_eq!(s.value, 50);
    }
}
