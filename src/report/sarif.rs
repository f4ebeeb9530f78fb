//! SARIF 2.1.0 output (`--format sarif`), for GitHub code scanning and other
//! SARIF viewers.
//!
//! One run for the whole invocation: the tool's rules (one per check, stable
//! ids from [`crate::rules::Rule`]) and one result per finding, at its
//! file, line and column. Columns count Unicode code points
//! (`columnKind`). Each report's score goes in the run's property bag.
//! Tests validate this output against the official 2.1.0 schema.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::rules::{Rule, Severity};

use super::{Event, Printer, Report};

/// Collects the reports of a run and writes one SARIF log at its end.
pub struct Sarif<'w> {
    out: &'w mut dyn Write,
    reports: Vec<Report>,
}

impl<'w> Sarif<'w> {
    pub fn new(out: &'w mut dyn Write) -> Sarif<'w> {
        Sarif {
            out,
            reports: Vec::new(),
        }
    }
}

impl Printer for Sarif<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(r) => self.reports.push(r.clone()),
            // `check` refuses several targets with SARIF; a comparison
            // still lists each report's findings.
            Event::Compared(c) => self.reports.extend(c.reports.iter().cloned()),
            Event::Finish(_) => {
                write(self.out, &self.reports)?;
                self.out.flush()?;
            }
            _ => {}
        }
        Ok(())
    }
}

/// SARIF's name of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Writes the SARIF log of a run.
fn write(w: &mut dyn Write, reports: &[Report]) -> io::Result<()> {
    let rules = Rule::all();
    let rule_json: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "name": r.name(),
                "shortDescription": {"text": r.description()},
                "help": {"text": r.help()},
                "defaultConfiguration": {"level": level(r.severity())},
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut scores = Vec::new();
    for r in reports {
        for f in &r.detail.findings {
            let index = rules.iter().position(|rule| *rule == f.rule);
            let mut location = json!({"artifactLocation": {"uri": uri(&f.file)}});
            if let Some(line) = f.line {
                let mut region = json!({"startLine": line});
                if let Some(column) = f.column {
                    region["startColumn"] = json!(column);
                }
                location["region"] = region;
            }
            let mut result = json!({
                "ruleId": f.rule.id(),
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": location}],
            });
            if let Some(index) = index {
                result["ruleIndex"] = json!(index);
            }
            results.push(result);
        }
        let mut score = json!({
            "file": r.file,
            "role": r.role.id,
            "score": r.score,
            "parts": r.parts,
        });
        if let Some(change) = &r.change {
            score["baseline"] = json!({
                "file": change.baseline,
                "score": change.before,
                "must_have_newly_missing": change.newly_missing,
                "must_have_newly_found": change.newly_found,
                "new_avoid_terms": change.new_avoid,
            });
        }
        scores.push(score);
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "ats",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_json,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"scores": scores},
        }],
    });
    serde_json::to_writer_pretty(&mut *w, &log)?;
    writeln!(w)
}

/// A relative URI reference for a path: forward slashes, no leading `./`,
/// and every byte outside the unreserved set percent-encoded. Absolute
/// paths become `file://` URIs.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let (prefix, rest) = if path.starts_with('/') {
        ("file://", path.as_str())
    } else {
        ("", path.trim_start_matches("./"))
    };
    let mut out = String::from(prefix);
    for b in rest.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(uri("./cv/resume.tex"), "cv/resume.tex");
        assert_eq!(uri("my cv/résumé.md"), "my%20cv/r%C3%A9sum%C3%A9.md");
        assert_eq!(uri("/home/j/cv.tex"), "file:///home/j/cv.tex");
    }
}
