//! The human report: what to fix, most important first.
//!
//! Writes ANSI styles unconditionally; the caller wraps the writer in
//! `anstream::AutoStream`, which strips them when the output is not a
//! terminal or `NO_COLOR` is set.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::{AcronymSource, FileFailure, KeywordReport, Report, Severity};
use crate::baseline::Change;
use crate::roles::{Tier, Weights};

pub(crate) const BOLD: Style = Style::new().bold();
pub(crate) const DIM: Style = Style::new().dimmed();
pub(crate) const GREEN: Style = AnsiColor::Green.on_default();
pub(crate) const YELLOW: Style = AnsiColor::Yellow.on_default();
pub(crate) const RED: Style = AnsiColor::Red.on_default();
const CYAN: Style = AnsiColor::Cyan.on_default();

/// Width used to wrap keyword lists.
const WIDTH: usize = 88;

pub(crate) fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// The color of a score: green from 75, yellow from 50, red below.
pub(crate) fn score_style(score: u32) -> Style {
    match score {
        75.. => GREEN,
        50.. => YELLOW,
        _ => RED,
    }
}

/// Writes one report.
/// Leads a report with what changed since the baseline.
pub fn write_change(w: &mut dyn Write, change: &Change) -> io::Result<()> {
    let style = if change.is_regression() {
        RED
    } else if change.after > change.before {
        GREEN
    } else {
        DIM
    };
    writeln!(
        w,
        "{} {}  {}",
        paint(BOLD, "Since baseline"),
        paint(style, &format!("score {}", change.score_line())),
        paint(DIM, &change.baseline),
    )?;
    for detail in change.details() {
        writeln!(w, "  {detail}")?;
    }
    writeln!(w)
}

/// `line 12  ` in the report's file, `sections/work.tex:12` in another.
fn at(file: Option<&str>, line: u32) -> String {
    match file {
        Some(file) => format!("{file}:{line}"),
        None => format!("line {line:<4}"),
    }
}

pub fn write_report(w: &mut dyn Write, report: &Report, weights: &Weights) -> io::Result<()> {
    let score_style = score_style(report.score).bold();
    writeln!(
        w,
        "{} {}  {}  {}",
        paint(BOLD, "Score"),
        paint(score_style, &format!("{}/100", report.score)),
        report.file,
        paint(DIM, &format!("→ {} ({})", report.role.name, report.role.id)),
    )?;
    write_parts(w, report, weights)?;

    let must: Vec<&KeywordReport> = report
        .keywords
        .iter()
        .filter(|k| k.tier == Tier::MustHave)
        .collect();
    let strong: Vec<&KeywordReport> = report
        .keywords
        .iter()
        .filter(|k| k.tier == Tier::Strong)
        .collect();

    let missing: Vec<&&KeywordReport> = must.iter().filter(|k| !k.found).collect();
    if !missing.is_empty() {
        heading(
            w,
            &format!(
                "Must-have keywords missing ({} of {})",
                missing.len(),
                must.len()
            ),
        )?;
        for k in missing {
            let also = if k.alternatives.is_empty() {
                String::new()
            } else {
                paint(
                    DIM,
                    &format!("  also counts: {}", shorten(&k.alternatives, 5)),
                )
            };
            writeln!(w, "  {} {}{also}", paint(RED, "✗"), k.term)?;
        }
    }
    let found: Vec<&&KeywordReport> = must.iter().filter(|k| k.found).collect();
    if !found.is_empty() {
        heading(
            w,
            &format!(
                "Must-have keywords found ({} of {})",
                found.len(),
                must.len()
            ),
        )?;
        for k in found {
            let first = &k.occurrences[0];
            let note = if k.in_context {
                String::new()
            } else {
                paint(
                    YELLOW,
                    "  only in a list: use it in a bullet or your summary",
                )
            };
            writeln!(
                w,
                "  {} {} ×{}  {}{note}",
                paint(GREEN, "✓"),
                k.term,
                k.count,
                paint(
                    DIM,
                    &format!("line {} ({})", first.line, first.section.name())
                ),
            )?;
        }
    }
    if !strong.is_empty() {
        let found: Vec<String> = strong
            .iter()
            .filter(|k| k.found)
            .map(|k| {
                let mark = if k.in_context { "" } else { "*" };
                format!("{}{mark} ×{}", k.term, k.count)
            })
            .collect();
        let missing: Vec<String> = strong
            .iter()
            .filter(|k| !k.found)
            .map(|k| k.term.clone())
            .collect();
        heading(
            w,
            &format!(
                "Strong keywords found ({} of {})",
                found.len(),
                strong.len()
            ),
        )?;
        if found.is_empty() {
            writeln!(w, "  none")?;
        } else {
            wrap(w, &found)?;
            if found.iter().any(|f| f.contains("* ×")) {
                writeln!(
                    w,
                    "  {}",
                    paint(DIM, "* only in a list, not in a sentence or bullet")
                )?;
            }
        }
        if !missing.is_empty() {
            heading(w, &format!("Strong keywords missing ({})", missing.len()))?;
            wrap(w, &missing)?;
        }
    }

    if !report.avoid.is_empty() {
        heading(w, &format!("Terms to avoid ({})", report.avoid.len()))?;
        for a in &report.avoid {
            writeln!(
                w,
                "  {} \"{}\" → {}",
                paint(DIM, &at(a.file.as_deref(), a.line)),
                paint(YELLOW, &a.text),
                a.instead
            )?;
        }
    }

    let to_fix = |source: AcronymSource| {
        report
            .acronyms
            .iter()
            .filter(move |a| a.source == source && !(a.acronym_found && a.full_found))
    };
    let scored: Vec<_> = to_fix(AcronymSource::Role).collect();
    let common: Vec<String> = to_fix(AcronymSource::Common)
        .map(|a| format!("{} ({})", a.term, a.acronym))
        .collect();
    if !scored.is_empty() || !common.is_empty() {
        heading(w, "Acronyms without their full term, or the reverse")?;
        for a in scored {
            let (have, lack) = if a.acronym_found {
                (&a.acronym, &a.term)
            } else {
                (&a.term, &a.acronym)
            };
            writeln!(
                w,
                "  \"{have}\" appears but \"{lack}\" does not: write \"{} ({})\" once",
                a.term, a.acronym
            )?;
        }
        if !common.is_empty() {
            writeln!(
                w,
                "  {}",
                paint(
                    DIM,
                    "common acronyms with one form only (advice, not scored):"
                )
            )?;
            wrap(w, &common)?;
        }
    }

    let q = &report.quantification;
    if q.bullets == 0 {
        heading(w, "Measured results")?;
        writeln!(
            w,
            "  no bullets found in Experience or Projects; list achievements as bullets with numbers"
        )?;
    } else if !q.unquantified.is_empty() {
        heading(
            w,
            &format!(
                "Bullets without a measured result ({} of {}; {} quantified)",
                q.unquantified.len(),
                q.bullets,
                q.quantified
            ),
        )?;
        for b in &q.unquantified {
            writeln!(
                w,
                "  {} {}",
                paint(DIM, &at(b.file.as_deref(), b.line)),
                b.text
            )?;
        }
    }

    if !report.readability.is_empty() {
        heading(w, "What an ATS cannot read")?;
        for f in &report.readability {
            let style = match f.severity {
                Severity::Error => RED,
                Severity::Warning => YELLOW,
                Severity::Info => CYAN,
            };
            writeln!(
                w,
                "  {} {} {}",
                paint(style, &format!("{:<7}", f.severity.name())),
                paint(DIM, &format!("{}:", f.code)),
                f.message
            )?;
        }
    }
    let pages = match report.pages {
        Some(1) => " · 1 page".to_owned(),
        Some(n) => format!(" · {n} pages"),
        None => String::new(),
    };
    let ignored = match report.ignored {
        0 => String::new(),
        1 => " · 1 finding ignored by .ats.toml".to_owned(),
        n => format!(" · {n} findings ignored by .ats.toml"),
    };
    writeln!(
        w,
        "\n{}",
        paint(DIM, &format!("{} words{pages}{ignored}", report.words))
    )?;
    Ok(())
}

fn heading(w: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(w, "\n{}", paint(BOLD, title))
}

fn write_parts(w: &mut dyn Write, report: &Report, weights: &Weights) -> io::Result<()> {
    let count = |tier: Tier| {
        let all = report.keywords.iter().filter(|k| k.tier == tier);
        let total = all.clone().count();
        let found = all.filter(|k| k.found).count();
        format!("{found} of {total} found")
    };
    let found = report.keywords.iter().filter(|k| k.found).count();
    let in_context = report
        .keywords
        .iter()
        .filter(|k| k.found && k.in_context)
        .count();
    let scored: Vec<_> = report
        .acronyms
        .iter()
        .filter(|a| a.source == AcronymSource::Role)
        .collect();
    let both = scored
        .iter()
        .filter(|a| a.acronym_found && a.full_found)
        .count();
    let q = &report.quantification;
    let distinct = {
        let mut terms: Vec<&str> = report.avoid.iter().map(|a| a.term.as_str()).collect();
        terms.sort_unstable();
        terms.dedup();
        terms.len()
    };
    let p = &report.parts;
    let rows = [
        (
            "must-have keywords",
            p.must,
            weights.must,
            count(Tier::MustHave),
        ),
        (
            "strong keywords",
            p.strong,
            weights.strong,
            count(Tier::Strong),
        ),
        (
            "in context",
            p.context,
            weights.context,
            format!(
                "{in_context} of {found} found keywords used in Summary, Experience or Projects"
            ),
        ),
        (
            "acronyms",
            p.acronyms,
            weights.acronyms,
            if scored.is_empty() {
                "no found keyword has an acronym".to_owned()
            } else {
                format!("{both} of {} show both acronym and full term", scored.len())
            },
        ),
        (
            "impact",
            p.impact,
            weights.impact,
            format!(
                "{} of {} bullets state a measured result (target 60%)",
                q.quantified, q.bullets
            ),
        ),
        (
            "clean",
            p.clean,
            weights.clean,
            if distinct == 0 {
                "no overused terms".to_owned()
            } else {
                format!(
                    "{distinct} overused term{}",
                    if distinct == 1 { "" } else { "s" }
                )
            },
        ),
    ];
    for (name, part, weight, detail) in rows {
        let points = part * weight * 100.0;
        writeln!(
            w,
            "  {:<19} {:>4.2} × {:>2.0} = {:>4.1}   {}",
            name,
            crate::score::round2(part),
            weight * 100.0,
            points,
            paint(DIM, &detail)
        )?;
    }
    Ok(())
}

fn shorten(items: &[String], max: usize) -> String {
    let mut out = items
        .iter()
        .take(max)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > max {
        out.push_str(", …");
    }
    out
}

/// Writes items comma-separated, wrapped and indented.
fn wrap(w: &mut dyn Write, items: &[String]) -> io::Result<()> {
    let mut line = String::from(" ");
    for (i, item) in items.iter().enumerate() {
        let piece = if i + 1 == items.len() {
            item.clone()
        } else {
            format!("{item},")
        };
        if line.len() + piece.len() + 1 > WIDTH && line.len() > 1 {
            writeln!(w, "{line}")?;
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(&piece);
    }
    writeln!(w, "{line}")
}

/// Writes a file that could not be analyzed (one line, for standard error).
pub fn write_failure(w: &mut dyn Write, failure: &FileFailure) -> io::Result<()> {
    writeln!(
        w,
        "{} {}: {} {}",
        paint(RED.bold(), "error:"),
        failure.file,
        failure.error.message,
        paint(DIM, &format!("[{}]", failure.error.code))
    )
}

/// How many missing must-haves a comparison row names.
const TOP_MISSING: usize = 3;

/// Writes one file's reports against several targets as a table, in the
/// order given (rank them first): rank, score, must-have coverage, target,
/// and for the first `detailed` rows the top missing must-haves.
pub fn write_comparison(
    w: &mut dyn Write,
    file: &str,
    reports: &[&Report],
    detailed: usize,
) -> io::Result<()> {
    writeln!(
        w,
        "{}  {}",
        paint(BOLD, &format!("{} targets", reports.len())),
        paint(DIM, &format!("{file}, best first")),
    )?;
    let labels: Vec<String> = reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let rank = r.rank.unwrap_or(i as u32 + 1);
            let shared = reports
                .iter()
                .filter(|o| o.rank.is_some() && o.rank == r.rank)
                .count()
                > 1;
            if shared {
                format!("{rank}=")
            } else {
                rank.to_string()
            }
        })
        .collect();
    // The id is what `--role` takes; a job description's id is its file stem.
    let names: Vec<String> = reports.iter().map(|r| r.role.id.clone()).collect();
    let name_width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(6)
        .clamp(6, 48);
    writeln!(
        w,
        "  {:>4}  {:>5}  {:>9}  {:<name_width$}  TOP MISSING MUST-HAVES",
        "RANK", "SCORE", "MUST-HAVE", "TARGET"
    )?;
    for (i, r) in reports.iter().enumerate() {
        let (found, total) = r.must_coverage();
        let missing: Vec<String> = r.missing_must().map(str::to_owned).collect();
        let detail = if i >= detailed {
            String::new()
        } else if missing.is_empty() {
            paint(GREEN, "none")
        } else {
            shorten(&missing, TOP_MISSING)
        };
        let name: String = names[i].chars().take(name_width).collect();
        writeln!(
            w,
            "  {:>4}  {}  {:>9}  {:<name_width$}  {detail}",
            labels[i],
            paint(score_style(r.score), &format!("{:>5}", r.score)),
            format!("{found}/{total}"),
            name,
        )?;
    }
    Ok(())
}
