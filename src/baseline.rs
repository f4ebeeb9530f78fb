//! Baselines: what changed since an earlier run (`--baseline FILE`).
//!
//! In: the JSON written by an earlier `ats check --format json` (one report
//! or an array; failed files in it are skipped) and this run's [`Report`]s.
//! Out: a [`Change`] per report — score delta, must-haves newly missing or
//! newly found, new terms to avoid — that the text and GitHub outputs lead
//! with, and that `--fail-on-regression` gates on.

use std::path::Path;

use serde::Deserialize;

use crate::report::{Change, Report};
use crate::roles::Tier;

/// The parts of an earlier report a comparison needs. Unknown keys are
/// ignored; a report of schema_version 1 is refused with a clear message,
/// because its score was computed by another formula.
#[derive(Clone, Debug, Deserialize)]
struct Prior {
    #[serde(default = "version_one")]
    schema_version: u32,
    file: String,
    role: PriorRole,
    score: u32,
    #[serde(default)]
    keywords: Vec<PriorKeyword>,
    #[serde(default)]
    avoid: Vec<PriorAvoid>,
}

#[derive(Clone, Debug, Deserialize)]
struct PriorRole {
    id: String,
}

#[derive(Clone, Debug, Deserialize)]
struct PriorKeyword {
    term: String,
    tier: Tier,
    found: bool,
}

#[derive(Clone, Debug, Deserialize)]
struct PriorAvoid {
    term: String,
}

fn version_one() -> u32 {
    1
}

/// The reports of an earlier run.
#[derive(Clone, Debug)]
pub(crate) struct Baseline {
    /// The file, for messages.
    pub name: String,
    reports: Vec<Prior>,
}

impl Baseline {
    /// Reads a baseline file; a clear one-line message when it is not one.
    pub(crate) fn load(path: &Path) -> Result<Baseline, String> {
        let name = path.display().to_string();
        let text = crate::files::read_setup_file(path)
            .map_err(|e| format!("cannot read the baseline {name}: {e}"))?;
        Baseline::parse(&name, &text)
    }

    /// Parses the JSON of a baseline (`name` is for messages).
    pub(crate) fn parse(name: &str, text: &str) -> Result<Baseline, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            format!("the baseline {name} is not JSON ({e}); write it with `ats check FILE --format json > {name}`")
        })?;
        let items = match value {
            serde_json::Value::Array(items) => items,
            one => vec![one],
        };
        let reports: Vec<Prior> = items
            .into_iter()
            .filter_map(|item| serde_json::from_value(item).ok())
            .collect();
        if let Some(old) = reports
            .iter()
            .find(|r| r.schema_version < crate::report::SCHEMA_VERSION)
        {
            return Err(format!(
                "the baseline {name} is a schema_version {} report; scores are computed another way since schema_version {} (docs/checks.md, \"Score\"), so they cannot be compared: write a new baseline with `ats check FILE --format json > {name}`",
                old.schema_version,
                crate::report::SCHEMA_VERSION
            ));
        }
        if reports.is_empty() {
            return Err(format!(
                "the baseline {name} holds no ats report; write it with `ats check FILE --format json > {name}`"
            ));
        }
        Ok(Baseline {
            name: name.to_owned(),
            reports,
        })
    }

    /// The earlier report of the same file against the same role; failing
    /// that, the only earlier report against that role (the file may have
    /// moved, or been checked as its PDF).
    fn find(&self, report: &Report) -> Option<&Prior> {
        let same_role = || self.reports.iter().filter(|p| p.role.id == report.role.id);
        same_role()
            .find(|p| p.file == report.file)
            .or_else(|| match same_role().count() {
                1 => same_role().next(),
                _ => None,
            })
    }

    /// What changed for one report, or None when the baseline has no
    /// earlier report to compare it with.
    pub(crate) fn change(&self, report: &Report) -> Option<Change> {
        let prior = self.find(report)?;
        let was_found = |term: &str| {
            prior
                .keywords
                .iter()
                .find(|k| k.tier == Tier::MustHave && k.term == term)
                .map(|k| k.found)
        };
        let mut change = Change {
            baseline: self.name.clone(),
            before: prior.score,
            after: report.score,
            ..Change::default()
        };
        for k in report.keywords.iter().filter(|k| k.tier == Tier::MustHave) {
            match (was_found(&k.term), k.found) {
                (Some(true), false) => change.newly_missing.push(k.term.clone()),
                (Some(false), true) => change.newly_found.push(k.term.clone()),
                _ => {}
            }
        }
        for a in &report.avoid {
            if !prior.avoid.iter().any(|p| p.term == a.term) && !change.new_avoid.contains(&a.term)
            {
                change.new_avoid.push(a.term.clone());
            }
        }
        Some(change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_reads_reports_and_skips_failures() {
        let text = r#"[{"file":"a.pdf","error":{"code":"corrupt","message":"x"}},
            {"schema_version":2,"file":"cv.tex","role":{"id":"backend-developer"},"score":70,
             "keywords":[{"term":"Docker","tier":"must_have","found":true}],"avoid":[]}]"#;
        let b = Baseline::parse("main.json", text).expect("baseline");
        assert_eq!(b.reports.len(), 1);
        // A report of schema 1 scored by the old formula: refused, plainly.
        let old = text.replace("\"schema_version\":2,", "\"schema_version\":1,");
        let err = Baseline::parse("old.json", &old).expect_err("schema 1");
        assert!(
            err.contains("schema_version 1") && err.contains("write a new baseline"),
            "{err}"
        );
        let err = Baseline::parse("x.json", "{\"file\": 1}").expect_err("no report");
        assert!(err.contains("holds no ats report"), "{err}");
        let err = Baseline::parse("x.json", "nope").expect_err("not json");
        assert!(err.starts_with("the baseline x.json is not JSON"), "{err}");
    }
}
