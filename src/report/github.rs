//! GitHub Actions output (`--format github`): workflow commands that put
//! annotations on the changed lines of a pull request.
//!
//! `::error` / `::warning` / `::notice file=…,line=…,col=…,title=RULE::message`
//! per finding, led by the change since the baseline when there is one, and
//! closed by a `::notice` with the score. The missing must-haves share one
//! annotation: GitHub shows only 10 errors and 10 warnings per step. Values are escaped as the runner
//! expects (`%`, CR, LF; and `:` `,` in properties).

use std::io::{self, Write};

use crate::findings::{Level, MISSING_MUST_HAVE};
use crate::roles::Tier;

use super::FileFailure;
use super::sarif::Entry;

/// Writes the annotations of one analyzed file.
pub fn write(w: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
    let r = entry.report;
    if let Some(change) = &entry.change {
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
    let missing: Vec<&str> = entry
        .findings
        .iter()
        .filter(|f| f.rule == MISSING_MUST_HAVE)
        .map(|f| f.subject.as_str())
        .collect();
    if !missing.is_empty() {
        writeln!(
            w,
            "::error file={},title={}::{}",
            property(&r.file),
            property(MISSING_MUST_HAVE),
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
    for f in entry
        .findings
        .iter()
        .filter(|f| f.rule != MISSING_MUST_HAVE)
    {
        let command = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "notice",
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
            property(&f.rule),
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
pub fn write_failure(w: &mut dyn Write, failure: &FileFailure) -> io::Result<()> {
    writeln!(
        w,
        "::error file={},title={}::{}",
        property(&failure.file),
        property(&format!("ats: cannot read ({})", failure.error.code)),
        data(&failure.error.message)
    )
}

/// Writes a failed gate (the reason the job fails) as an error.
pub fn write_gate_failure(w: &mut dyn Write, message: &str) -> io::Result<()> {
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
