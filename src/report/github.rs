//! GitHub Actions output (`--format github`): workflow commands that put
//! annotations on the changed lines of a pull request.
//!
//! `::error` / `::warning` / `::notice file=…,line=…,col=…,title=RULE::message`
//! per finding, led by the change since the baseline when there is one, and
//! closed by a `::notice` with the score. The missing must-haves share one
//! annotation: GitHub shows only 10 errors and 10 warnings per step. Values are escaped as the runner
//! expects (`%`, CR, LF; and `:` `,` in properties).

use std::io::{self, Write};

use crate::roles::Tier;
use crate::rules::{Rule, Severity};

use super::{Event, FileFailure, Printer, Report};

/// Workflow commands on standard output, as files finish.
pub struct Github<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Github<'w> {
    pub fn new(out: &'w mut dyn Write) -> Github<'w> {
        Github { out }
    }
}

impl Printer for Github<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(r) => write(self.out, r),
            Event::Compared(c) => c.reports.iter().try_for_each(|r| write(self.out, r)),
            Event::Failed(f) => write_failure(self.out, f),
            Event::Finish(summary) => {
                // With --exit-zero a failed gate fails nothing: no error.
                if !summary.exit_zero {
                    for failure in &summary.gate_failures {
                        write_gate_failure(self.out, failure)?;
                    }
                }
                self.out.flush()
            }
            _ => Ok(()),
        }
    }
}

/// Writes the annotations of one analyzed file.
fn write(w: &mut dyn Write, r: &Report) -> io::Result<()> {
    if let Some(change) = &r.change {
        let command = if change.is_regression() {
            "warning"
        } else {
            "notice"
        };
        let message = format!(
            "{}: score {} since the baseline {}{}",
            r.file,
            change.score_line(),
            change.baseline,
            change.details_tail()
        );
        writeln!(
            w,
            "::{command} file={},title={}::{}",
            property(&r.file),
            property("ats: change since baseline"),
            data(&message)
        )?;
    }
    // GitHub shows at most 10 error annotations per step: the missing
    // must-haves are one annotation, so findings on lines keep their place.
    let findings = &r.detail.findings;
    let missing: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == Rule::MissingMustHave)
        .map(|f| f.subject.as_str())
        .collect();
    if !missing.is_empty() {
        writeln!(
            w,
            "::error file={},title={}::{}",
            property(&r.file),
            property(&Rule::MissingMustHave.id()),
            data(&format!(
                "{} must-have {} missing for {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "keyword"
                } else {
                    "keywords"
                },
                r.role.name,
                missing.join(", ")
            ))
        )?;
    }
    for f in findings.iter().filter(|f| f.rule != Rule::MissingMustHave) {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = format!("file={}", property(&f.file));
        if let Some(line) = f.line {
            props.push_str(&format!(",line={line}"));
            if let Some(column) = f.column {
                props.push_str(&format!(",col={column}"));
            }
        }
        writeln!(
            w,
            "::{command} {props},title={}::{}",
            property(&f.rule.id()),
            data(&f.message)
        )?;
    }
    let (must, must_total) = r.coverage(Tier::MustHave);
    let (strong, strong_total) = r.coverage(Tier::Strong);
    let q = &r.quantification;
    writeln!(
        w,
        "::notice file={},title={}::{}",
        property(&r.file),
        property(&format!("ats score {}/100", r.score)),
        data(&format!(
            "{} scored {}/100 against {}: must-have {must}/{must_total}, strong {strong}/{strong_total}, {} of {} bullets quantified, {} {} to avoid{}",
            r.file,
            r.score,
            r.role.name,
            q.quantified,
            q.bullets,
            r.avoid.len(),
            if r.avoid.len() == 1 { "term" } else { "terms" },
            if r.ignored > 0 {
                format!(", {} findings ignored by .ats.toml", r.ignored)
            } else {
                String::new()
            }
        ))
    )
}

/// Writes an input that could not be read as an error on the file.
fn write_failure(w: &mut dyn Write, failure: &FileFailure) -> io::Result<()> {
    writeln!(
        w,
        "::error file={},title={}::{}",
        property(&failure.file),
        property(&format!("ats: cannot read ({})", failure.error.code)),
        data(&failure.error.message)
    )
}

/// Writes a failed gate (the reason the job fails) as an error.
fn write_gate_failure(w: &mut dyn Write, message: &str) -> io::Result<()> {
    writeln!(
        w,
        "::error title={}::{}",
        property("ats: gate failed"),
        data(message)
    )
}

/// Escapes a message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (file, title).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_for_the_runner() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a,b: c"), "a%2Cb%3A c");
    }
}
