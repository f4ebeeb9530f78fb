//! The score: counts → a number from 0 to 100 with its parts.
//!
//! In: the counts the checks produced ([`Counts`]) and the role's
//! [`Weights`]. Out: [`Score`]. Pure, no I/O, deterministic; this module is
//! the SPEC formula and nothing else:
//!
//! ```text
//! score = 100 × (0.45·must + 0.15·strong + 0.10·context + 0.10·acronyms + 0.15·impact + 0.05·clean)
//! ```
//!
//! ```
//! use ats::score::{Counts, score};
//! use ats::roles::Weights;
//! let counts = Counts {
//!     must_found: 9.0, must_total: 12.0,      // must   = 0.75
//!     strong_found: 6.0, strong_total: 20.0,  // strong = 0.30
//!     found: 15, in_context: 12,              // context = 0.80
//!     with_acronym: 4, both_forms: 2,         // acronyms = 0.50
//!     bullets: 10, quantified: 3,             // impact = min(1, 3 / 6) = 0.50
//!     avoid_distinct: 1,                      // clean = 0.75
//!     no_text: false,
//! };
//! let s = score(&counts, &Weights::default());
//! // 100 × (0.3375 + 0.045 + 0.08 + 0.05 + 0.075 + 0.0375) = 62.5 → 63
//! assert_eq!(s.value, 63);
//! ```

use serde::{Deserialize, Serialize, Serializer};

use crate::roles::Weights;

/// What the checks counted for one resume against one role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Weight of must-have keywords found, and of all of them.
    pub must_found: f64,
    pub must_total: f64,
    /// Weight of strong keywords found, and of all of them.
    pub strong_found: f64,
    pub strong_total: f64,
    /// Keywords (must-have and strong) found, and those found in context.
    pub found: usize,
    pub in_context: usize,
    /// Found keywords that have an acronym, and those showing both forms.
    pub with_acronym: usize,
    pub both_forms: usize,
    /// Bullets in Experience and Projects, and those stating a measure.
    pub bullets: usize,
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
    pub context: f64,
    #[serde(serialize_with = "two_decimals")]
    pub acronyms: f64,
    #[serde(serialize_with = "two_decimals")]
    pub impact: f64,
    #[serde(serialize_with = "two_decimals")]
    pub clean: f64,
}

/// Rounds a part to two decimals, as reports show it (JSON and text alike).
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

fn two_decimals<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round2(*value))
}

/// A score and its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub value: u32,
    pub parts: Parts,
}

/// A part of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Must,
    Strong,
    Context,
    Acronyms,
    Impact,
    Clean,
}

/// What one part adds to the score: its value (0 to 1), its weight, and
/// the points `100 × value × weight` it gives, unrounded.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub part: Part,
    pub value: f64,
    pub weight: f64,
    pub points: f64,
}

/// Each part with its weight and points, in the order of the formula.
pub fn contributions(parts: &Parts, weights: &Weights) -> [Contribution; 6] {
    let one = |part, value: f64, weight: f64| Contribution {
        part,
        value,
        weight,
        points: 100.0 * value * weight,
    };
    [
        one(Part::Must, parts.must, weights.must),
        one(Part::Strong, parts.strong, weights.strong),
        one(Part::Context, parts.context, weights.context),
        one(Part::Acronyms, parts.acronyms, weights.acronyms),
        one(Part::Impact, parts.impact, weights.impact),
        one(Part::Clean, parts.clean, weights.clean),
    ]
}

/// The share of the impact part: quantified bullets over this share of all
/// bullets gives full marks.
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
    let parts = Parts {
        must: ratio(counts.must_found, counts.must_total, 1.0),
        strong: ratio(counts.strong_found, counts.strong_total, 1.0),
        context: ratio(counts.in_context as f64, counts.found as f64, 0.0),
        acronyms: ratio(counts.both_forms as f64, counts.with_acronym as f64, 1.0),
        impact: if counts.bullets == 0 {
            0.0
        } else {
            (counts.quantified as f64 / (IMPACT_TARGET * counts.bullets as f64)).min(1.0)
        },
        clean: (1.0 - AVOID_PENALTY * counts.avoid_distinct as f64).max(0.0),
    };
    if counts.no_text {
        return Score { value: 0, parts };
    }
    let total = weights.must * parts.must
        + weights.strong * parts.strong
        + weights.context * parts.context
        + weights.acronyms * parts.acronyms
        + weights.impact * parts.impact
        + weights.clean * parts.clean;
    // Rounded half up; the tiny epsilon keeps 62.5 from landing on 62 through
    // binary floating point (0.625 is not exact after the weighted sum).
    let value = (100.0 * total + 1e-9).round().clamp(0.0, 100.0) as u32;
    Score { value, parts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_hand_computed_case() {
        // must 10/12 (weights 1), strong 3/5, context 10/13, acronyms 1/2,
        // impact 5 of 10 bullets → min(1, 5/6), clean 1 - 0.25·2 = 0.5
        let counts = Counts {
            must_found: 10.0,
            must_total: 12.0,
            strong_found: 3.0,
            strong_total: 5.0,
            found: 13,
            in_context: 10,
            with_acronym: 2,
            both_forms: 1,
            bullets: 10,
            quantified: 5,
            avoid_distinct: 2,
            no_text: false,
        };
        let s = score(&counts, &Weights::default());
        // 0.45·0.8333 + 0.15·0.6 + 0.10·0.7692 + 0.10·0.5 + 0.15·0.8333 + 0.05·0.5
        // = 0.375 + 0.09 + 0.07692 + 0.05 + 0.125 + 0.025 = 0.74192
        assert_eq!(s.value, 74);
        assert!((s.parts.context - 10.0 / 13.0).abs() < 1e-12);
        assert!((s.parts.impact - 5.0 / 6.0).abs() < 1e-12);
        assert_eq!(s.parts.clean, 0.5);
    }

    #[test]
    fn score_edge_cases() {
        let empty = Counts::default();
        let s = score(&empty, &Weights::default());
        // Empty tiers count as 1, no found keywords give context 0, no
        // bullets give impact 0: 45 + 15 + 0 + 10 + 0 + 5 = 75.
        assert_eq!(s.parts.must, 1.0);
        assert_eq!(s.parts.context, 0.0);
        assert_eq!(s.parts.acronyms, 1.0);
        assert_eq!(s.parts.impact, 0.0);
        assert_eq!(s.value, 75);

        let lots = Counts {
            bullets: 10,
            quantified: 10,
            avoid_distinct: 9,
            ..Counts::default()
        };
        let s = score(&lots, &Weights::default());
        assert_eq!(s.parts.impact, 1.0, "capped at 1");
        assert_eq!(s.parts.clean, 0.0, "never below 0");

        let scanned = Counts {
            no_text: true,
            ..Counts::default()
        };
        assert_eq!(score(&scanned, &Weights::default()).value, 0);
    }

    #[test]
    fn score_uses_role_weights() {
        let counts = Counts {
            must_found: 1.0,
            must_total: 2.0,
            ..Counts::default()
        };
        let only_must = Weights {
            must: 1.0,
            strong: 0.0,
            context: 0.0,
            acronyms: 0.0,
            impact: 0.0,
            clean: 0.0,
        };
        assert_eq!(score(&counts, &only_must).value, 50);
    }
}
