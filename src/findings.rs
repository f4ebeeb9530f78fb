//! Findings: a report as a list of located, rule-tagged problems, for CI.
//!
//! In: a [`Report`]. Out: [`Finding`]s, each with a stable rule id
//! (`ats/avoid-term`, `ats/readability/word-count`, ...), a level, and the
//! file, line and column it points at. SARIF, GitHub annotations and the
//! `--require-must-have` gate read these; [`Ignores`] (from `.ats.toml`)
//! silence them. Pure.

use serde::Serialize;

use crate::readability;
use crate::report::{AcronymSource, Report, Severity};
use crate::roles::Tier;

/// How serious a finding is (the SARIF levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Note,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}

/// A check whose findings share an id, a level and advice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: String,
    /// A short name (SARIF `name`): `MissingMustHave`.
    pub name: String,
    pub description: String,
    pub help: String,
    pub level: Level,
}

/// The rule of a must-have keyword not found (the `--require-must-have` gate).
pub const MISSING_MUST_HAVE: &str = "ats/missing-must-have";

const FIXED_RULES: &[(&str, &str, Level, &str, &str)] = &[
    (
        MISSING_MUST_HAVE,
        "MissingMustHave",
        Level::Error,
        "A must-have keyword of the role does not appear in the resume.",
        "Add the keyword, or one of the forms that also count, where you used it: in a bullet of Experience or Projects, not only in the skills list.",
    ),
    (
        "ats/avoid-term",
        "AvoidTerm",
        Level::Warning,
        "An overused term that recruiters and ATS rankings discount.",
        "Replace the term with what you did and a measured result.",
    ),
    (
        "ats/acronym-pairing",
        "AcronymPairing",
        Level::Warning,
        "A keyword appears only as its acronym, or only as its full term.",
        "Write both forms once, e.g. \"Machine Learning (ML)\": an ATS may search for either.",
    ),
    (
        "ats/unquantified-bullet",
        "UnquantifiedBullet",
        Level::Warning,
        "A bullet in Experience or Projects states no measured result.",
        "Add a number: a percentage, money, a count with its unit (40 services, 200 ms), or time saved.",
    ),
];

/// Every rule, fixed ones first, then one per readability code.
pub fn rules() -> Vec<Rule> {
    let fixed = FIXED_RULES
        .iter()
        .map(|(id, name, level, description, help)| Rule {
            id: (*id).to_owned(),
            name: (*name).to_owned(),
            description: (*description).to_owned(),
            help: (*help).to_owned(),
            level: *level,
        });
    let readability = readability::CODES.iter().map(|(code, description)| Rule {
        id: format!("ats/readability/{code}"),
        name: format!("Readability{}", camel(code)),
        description: (*description).to_owned(),
        help: "See the message: it says what the ATS cannot read and how to fix it.".to_owned(),
        level: if *code == "no-text" {
            Level::Error
        } else {
            Level::Warning
        },
    });
    fixed.chain(readability).collect()
}

/// `word-count` → `WordCount`.
fn camel(code: &str) -> String {
    code.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

/// One problem, where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub level: Level,
    /// The file the line is in: the report's, or a file it brings in.
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    /// What an ignore's text is compared with: the term, the bullet, the code.
    #[serde(skip)]
    pub subject: String,
}

/// The findings of a report, in a fixed order: missing must-haves, terms to
/// avoid, acronym pairing, unquantified bullets, readability.
pub fn findings(report: &Report) -> Vec<Finding> {
    let file = |included: &Option<String>| included.clone().unwrap_or_else(|| report.file.clone());
    let mut out = Vec::new();
    for k in report
        .keywords
        .iter()
        .filter(|k| k.tier == Tier::MustHave && !k.found)
    {
        let also = match k.alternatives.len() {
            0 => String::new(),
            1..=3 => format!(" (also counts: {})", k.alternatives.join(", ")),
            n => format!(
                " (also counts: {} and {} more)",
                k.alternatives[..3].join(", "),
                n - 3
            ),
        };
        out.push(Finding {
            rule: MISSING_MUST_HAVE.to_owned(),
            level: Level::Error,
            file: report.file.clone(),
            line: None,
            column: None,
            message: format!(
                "Must-have keyword \"{}\"{also} is missing for {}",
                k.term, report.role.name
            ),
            subject: k.term.clone(),
        });
    }
    for a in &report.avoid {
        out.push(Finding {
            rule: "ats/avoid-term".to_owned(),
            level: Level::Warning,
            file: file(&a.file),
            line: Some(a.line),
            column: a.column,
            message: format!("Avoid \"{}\": {}", a.text, a.instead),
            subject: a.term.clone(),
        });
    }
    for a in report
        .acronyms
        .iter()
        .filter(|a| !(a.acronym_found && a.full_found))
    {
        let (have, lack) = if a.acronym_found {
            (&a.acronym, &a.term)
        } else {
            (&a.term, &a.acronym)
        };
        let (level, why) = match a.source {
            AcronymSource::Role => (Level::Warning, "a keyword of the role"),
            AcronymSource::Common => (Level::Note, "a common acronym"),
        };
        out.push(Finding {
            rule: "ats/acronym-pairing".to_owned(),
            level,
            file: file(&a.file),
            line: a.line,
            column: a.column,
            message: format!(
                "\"{have}\" appears without \"{lack}\" ({why}): write \"{} ({})\" once",
                a.term, a.acronym
            ),
            subject: format!("{} ({})", a.term, a.acronym),
        });
    }
    for b in &report.quantification.unquantified {
        out.push(Finding {
            rule: "ats/unquantified-bullet".to_owned(),
            level: Level::Warning,
            file: file(&b.file),
            line: Some(b.line),
            column: b.column,
            message: format!("No measured result in this bullet: \"{}\"", b.text),
            subject: b.text.clone(),
        });
    }
    for f in &report.readability {
        out.push(Finding {
            rule: format!("ats/readability/{}", f.code),
            level: match f.severity {
                Severity::Error => Level::Error,
                Severity::Warning => Level::Warning,
                Severity::Info => Level::Note,
            },
            file: report.file.clone(),
            line: None,
            column: None,
            message: f.message.clone(),
            subject: f.code.to_owned(),
        });
    }
    out
}

/// One `[ignore] findings` entry: a rule, optionally only where the
/// finding's subject (term, bullet text, code) contains `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoreFinding {
    pub rule: String,
    pub text: Option<String>,
}

impl IgnoreFinding {
    /// Parses `ats/unquantified-bullet` or `ats/unquantified-bullet: Maintained`.
    pub fn parse(entry: &str) -> Result<IgnoreFinding, String> {
        let (rule, text) = match entry.split_once(':') {
            Some((rule, text)) => (rule.trim(), Some(text.trim().to_owned())),
            None => (entry.trim(), None),
        };
        if !rules().iter().any(|r| r.id == rule) {
            let known: Vec<String> = FIXED_RULES
                .iter()
                .map(|r| r.0.to_owned())
                .chain(std::iter::once("ats/readability/<code>".to_owned()))
                .collect();
            return Err(format!(
                "unknown rule `{rule}` (expected one of: {}; optionally followed by `: text`)",
                known.join(", ")
            ));
        }
        Ok(IgnoreFinding {
            rule: rule.to_owned(),
            text: text.filter(|t| !t.is_empty()),
        })
    }

    fn hides(&self, f: &Finding) -> bool {
        f.rule == self.rule
            && self
                .text
                .as_ref()
                .is_none_or(|t| f.subject.to_lowercase().contains(&t.to_lowercase()))
    }
}

/// What `.ats.toml` silences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ignores {
    /// Avoid terms (or their aliases) not searched at all: they neither
    /// show nor lower the score.
    pub avoid: Vec<String>,
    /// Readability codes dropped from the report.
    pub readability: Vec<String>,
    /// Findings hidden from every output and from the gates; the score
    /// still counts them.
    pub findings: Vec<IgnoreFinding>,
}

impl Ignores {
    pub fn is_empty(&self) -> bool {
        self.avoid.is_empty() && self.readability.is_empty() && self.findings.is_empty()
    }

    /// Whether a finding is silenced.
    pub fn hides(&self, f: &Finding) -> bool {
        f.rule
            .strip_prefix("ats/readability/")
            .is_some_and(|code| self.readability.iter().any(|c| c == code))
            || self.findings.iter().any(|i| i.hides(f))
    }

    /// Whether an avoid term (by its term or an alias) is to be skipped.
    pub fn skips_avoid(&self, forms: &[&str]) -> bool {
        self.avoid
            .iter()
            .any(|a| forms.iter().any(|f| f.eq_ignore_ascii_case(a)))
    }

    /// Removes the silenced entries from a report's lists, so every format
    /// shows the same findings, and counts them in `report.ignored`.
    /// Keywords stay listed (a missing must-have is still missing); the
    /// score is not changed.
    pub fn apply(&self, report: &mut Report) {
        if self.is_empty() {
            return;
        }
        let hidden: Vec<Finding> = findings(report)
            .into_iter()
            .filter(|f| self.hides(f))
            .collect();
        let is_hidden = |rule: &str, subject: &str, line: Option<u32>| {
            hidden
                .iter()
                .any(|f| f.rule == rule && f.subject == subject && f.line == line)
        };
        report
            .avoid
            .retain(|a| !is_hidden("ats/avoid-term", &a.term, Some(a.line)));
        report.acronyms.retain(|a| {
            a.acronym_found && a.full_found
                || !is_hidden(
                    "ats/acronym-pairing",
                    &format!("{} ({})", a.term, a.acronym),
                    a.line,
                )
        });
        report
            .quantification
            .unquantified
            .retain(|b| !is_hidden("ats/unquantified-bullet", &b.text, Some(b.line)));
        report
            .readability
            .retain(|f| !is_hidden(&format!("ats/readability/{}", f.code), f.code, None));
        report.ignored = hidden.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_readability_code_has_a_rule() {
        let source = include_str!("readability.rs");
        let ids: Vec<String> = rules().into_iter().map(|r| r.id).collect();
        for piece in source.split("code: \"").skip(1) {
            let code = piece.split('"').next().unwrap_or("");
            assert!(
                ids.contains(&format!("ats/readability/{code}")),
                "readability code {code} has no rule"
            );
        }
        assert_eq!(camel("contact-in-header"), "ContactInHeader");
    }

    #[test]
    fn ignore_entries_parse_rule_and_text() {
        assert_eq!(
            IgnoreFinding::parse("ats/unquantified-bullet: Maintained the"),
            Ok(IgnoreFinding {
                rule: "ats/unquantified-bullet".to_owned(),
                text: Some("Maintained the".to_owned())
            })
        );
        assert!(IgnoreFinding::parse("ats/readability/word-count").is_ok());
        let err = IgnoreFinding::parse("ats/avoid").expect_err("unknown rule");
        assert!(err.contains("ats/avoid-term"), "{err}");
    }
}
