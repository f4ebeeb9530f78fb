//! Findings: a report as a list of located, rule-tagged problems, for CI.
//!
//! In: a finished [`Report`] and the `.ats.toml` [`Ignores`]. Out: the same
//! report with its findings in [`Detail::findings`](super::Detail), the
//! silenced ones removed from its lists and counted in `ignored`. Done once
//! per report ([`settle`], called by the analyzer), so every printer and
//! every gate sees the same findings. Pure.

use crate::roles::Tier;
use crate::rules::{Finding, Ignores, Rule, Severity};

use super::{AcronymSource, Report};

/// Computes a report's findings and applies the ignores: the findings they
/// hide leave the report's lists (a missing must-have stays listed as a
/// keyword: it is still missing), are counted in `ignored`, and never
/// reach a printer or a gate. The score is not changed.
pub fn settle(report: &mut Report, ignores: &Ignores) {
    let (hidden, shown): (Vec<Finding>, Vec<Finding>) =
        findings(report).into_iter().partition(|f| ignores.hides(f));
    if !hidden.is_empty() {
        let is_hidden = |rule: Rule, subject: &str, line: Option<u32>| {
            hidden
                .iter()
                .any(|f| f.rule == rule && f.subject == subject && f.line == line)
        };
        report
            .avoid
            .retain(|a| !is_hidden(Rule::AvoidTerm, &a.term, Some(a.line)));
        report.acronyms.retain(|a| {
            a.one_form().is_none()
                || !is_hidden(
                    Rule::AcronymPairing,
                    &format!("{} ({})", a.term, a.acronym),
                    a.line,
                )
        });
        report
            .quantification
            .unquantified
            .retain(|b| !is_hidden(Rule::UnquantifiedBullet, &b.text, Some(b.line)));
        report
            .readability
            .retain(|p| !is_hidden(Rule::Readability(p.code), p.code.as_str(), None));
        report
            .writing
            .retain(|p| !is_hidden(Rule::Writing(p.code), &p.subject, Some(p.line)));
    }
    report.ignored = hidden.len();
    report.detail.findings = shown;
}

/// The findings of a report, in a fixed order: missing must-haves, terms to
/// avoid, acronym pairing, unquantified bullets, readability, writing.
fn findings(report: &Report) -> Vec<Finding> {
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
            rule: Rule::MissingMustHave,
            severity: Severity::Error,
            file: report.file.clone(),
            line: None,
            column: None,
            message: format!(
                "Must-have keyword \"{}\"{also} is missing for {}",
                k.label(),
                report.role.name
            ),
            subject: k.term.clone(),
        });
    }
    for a in &report.avoid {
        out.push(Finding {
            rule: Rule::AvoidTerm,
            severity: Severity::Warning,
            file: file(&a.file),
            line: Some(a.line),
            column: a.column,
            message: format!("Avoid \"{}\": {}", a.text, a.instead),
            subject: a.term.clone(),
        });
    }
    for a in &report.acronyms {
        let Some((have, lack)) = a.one_form() else {
            continue;
        };
        let (severity, why) = match a.source {
            AcronymSource::Role => (Severity::Warning, "a keyword of the role"),
            AcronymSource::Common => (Severity::Info, "a common acronym"),
        };
        out.push(Finding {
            rule: Rule::AcronymPairing,
            severity,
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
            rule: Rule::UnquantifiedBullet,
            severity: Severity::Warning,
            file: file(&b.file),
            line: Some(b.line),
            column: b.column,
            message: format!("No measured result in this bullet: \"{}\"", b.text),
            subject: b.text.clone(),
        });
    }
    for p in &report.readability {
        out.push(Finding {
            rule: Rule::Readability(p.code),
            severity: p.severity,
            file: report.file.clone(),
            line: None,
            column: None,
            message: p.message.clone(),
            subject: p.code.as_str().to_owned(),
        });
    }
    for p in &report.writing {
        out.push(Finding {
            rule: Rule::Writing(p.code),
            severity: p.severity,
            file: report.file.clone(),
            line: (p.line > 0).then_some(p.line),
            column: None,
            message: p.message.clone(),
            subject: p.subject.clone(),
        });
    }
    out
}
