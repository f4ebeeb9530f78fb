//! The human report of `check`: what to fix, most important first.
//!
//! [`Human`] prints each report (led by its change since the baseline), and
//! for a file checked against several targets, each report and then a
//! table that compares them. Styles are written unconditionally (see
//! [`super::style`]).

use std::io::{self, Write};

use super::style::{BOLD, CYAN, DIM, GREEN, RED, YELLOW, paint, score_style};
use super::{AcronymSource, Change, Comparison, Event, KeywordReport, Printer, Report, plural};
use crate::roles::Tier;
use crate::rules::Severity;
use crate::score::{IMPACT_TARGET, Match, round2};

/// Rows of a `--role all` ranking that name their missing must-haves.
const DETAILED_ROWS: usize = 5;

/// The text report on standard output.
pub struct Human<'w> {
    out: &'w mut dyn Write,
    /// A file was printed: the next one is set apart.
    printed: bool,
}

impl<'w> Human<'w> {
    pub fn new(out: &'w mut dyn Write) -> Human<'w> {
        Human {
            out,
            printed: false,
        }
    }

    /// Sets a file apart from the one before it.
    fn next_file(&mut self) -> io::Result<()> {
        if self.printed {
            writeln!(self.out, "\n{}\n", "═".repeat(72))?;
        }
        self.printed = true;
        Ok(())
    }
}

impl Printer for Human<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(report) => {
                self.next_file()?;
                write_report(self.out, report)
            }
            Event::Compared(c) => {
                self.next_file()?;
                write_compared(self.out, c)
            }
            Event::Finish(_) => self.out.flush(),
            _ => Ok(()),
        }
    }
}

/// A report, led by its change since the baseline.
fn write_report(w: &mut dyn Write, report: &Report) -> io::Result<()> {
    if let Some(change) = &report.change {
        write_change(w, change)?;
    }
    write_body(w, report)
}

fn write_compared(w: &mut dyn Write, c: &Comparison) -> io::Result<()> {
    if !c.all {
        for (i, r) in c.reports.iter().enumerate() {
            if i > 0 {
                writeln!(w, "\n{}\n", "─".repeat(72))?;
            }
            write_report(w, r)?;
        }
        writeln!(w, "\n{}\n", "─".repeat(72))?;
    }
    let detailed = if c.all {
        DETAILED_ROWS
    } else {
        c.reports.len()
    };
    write_comparison(w, &c.file, &c.reports, detailed)?;
    if c.all
        && let Some(best) = c.reports.first()
    {
        writeln!(
            w,
            "\nEqual scores share a rank (2=). Full report for a role: ats check {} --role {}",
            c.file, best.role.id
        )?;
    }
    Ok(())
}

/// Width used to wrap keyword lists.
const WIDTH: usize = 88;

/// Leads a report with what changed since the baseline.
fn write_change(w: &mut dyn Write, change: &Change) -> io::Result<()> {
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

fn write_body(w: &mut dyn Write, report: &Report) -> io::Result<()> {
    let score_style = score_style(report.score).bold();
    writeln!(
        w,
        "{} {}  {}  {}",
        paint(BOLD, "Score"),
        paint(score_style, &format!("{}/100", report.score)),
        report.file,
        paint(DIM, &format!("→ {} ({})", report.role.name, report.role.id)),
    )?;
    write_parts(w, report)?;

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

    let missing: Vec<&&KeywordReport> = must.iter().filter(|k| k.how == Match::Missing).collect();
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
            writeln!(w, "  {} {}{also}", paint(RED, "✗"), k.label())?;
        }
    }
    let variants: Vec<&KeywordReport> = must
        .iter()
        .chain(strong.iter())
        .copied()
        .filter(|k| k.how == Match::Variant)
        .collect();
    if !variants.is_empty() {
        heading(
            w,
            &format!("Keywords written another way ({})", variants.len()),
        )?;
        for k in variants {
            write_variant(w, k)?;
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
            let mut note = if k.in_context {
                String::new()
            } else {
                paint(
                    YELLOW,
                    "  only in a list: use it in a bullet or your summary",
                )
            };
            if let Some(shown) = k.years_shown {
                note.push_str(&paint(
                    DIM,
                    &format!("  about {shown} years in the dated jobs that name it (rough)"),
                ));
            }
            writeln!(
                w,
                "  {} {} ×{}  {}{note}",
                paint(GREEN, "✓"),
                k.label(),
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
                format!("{}{mark} ×{}", k.label(), k.count)
            })
            .collect();
        let missing: Vec<String> = strong
            .iter()
            .filter(|k| k.how == Match::Missing)
            .map(|k| k.label())
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
            .filter(move |a| a.source == source && a.one_form().is_some())
    };
    let scored: Vec<_> = to_fix(AcronymSource::Role).collect();
    let common: Vec<String> = to_fix(AcronymSource::Common)
        .map(|a| format!("{} ({})", a.term, a.acronym))
        .collect();
    if !scored.is_empty() || !common.is_empty() {
        heading(w, "Acronyms without their full term, or the reverse")?;
        for a in scored {
            let Some((have, lack)) = a.one_form() else {
                continue;
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

    if !report.writing.is_empty() {
        heading(w, &format!("Writing ({})", report.writing.len()))?;
        for p in &report.writing {
            let style = match p.severity {
                Severity::Error => RED,
                Severity::Warning => YELLOW,
                Severity::Info => CYAN,
            };
            let place = if p.line > 0 {
                at(None, p.line)
            } else {
                String::new()
            };
            writeln!(
                w,
                "  {} {} {}",
                paint(DIM, &place),
                paint(style, &format!("{}:", p.code.as_str())),
                p.message
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

/// The parts of the score, as the analysis computed them, each with what
/// it counted: relevance (the tiers) times quality (the writing).
fn write_parts(w: &mut dyn Write, report: &Report) -> io::Result<()> {
    let c = &report.detail.counts;
    let weights = &report.detail.weights;
    let p = &report.parts;
    let tier = |tier: Tier| {
        let all = report.keywords.iter().filter(|k| k.tier == tier);
        let found = all.clone().filter(|k| k.how == Match::Exact).count();
        let variants = all.clone().filter(|k| k.how == Match::Variant).count();
        let listed = all
            .clone()
            .filter(|k| k.how == Match::Exact && !k.in_context)
            .count();
        let mut out = format!("{found} of {} found", all.count());
        if variants > 0 {
            out.push_str(&format!(", {variants} written another way"));
        }
        if listed > 0 {
            out.push_str(&format!(", {listed} only in a list"));
        }
        out
    };
    let line = |w: &mut dyn Write, name: &str, value: f64, detail: &str| {
        writeln!(
            w,
            "    {name:<19} {:>4.2}   {}",
            round2(value),
            paint(DIM, detail)
        )
    };
    writeln!(
        w,
        "  {:<21} {:>4.2}   {}",
        "relevance",
        round2(p.relevance),
        paint(
            DIM,
            &format!(
                "= {:.2} × must-have + {:.2} × strong",
                weights.must, weights.strong
            )
        )
    )?;
    line(w, "must-have keywords", p.must, &tier(Tier::MustHave))?;
    line(w, "strong keywords", p.strong, &tier(Tier::Strong))?;
    writeln!(
        w,
        "  {:<21} {:>4.2}   {}",
        "quality",
        round2(p.quality),
        paint(
            DIM,
            &format!(
                "= {:.2} + {:.2} × impact + {:.2} × clean",
                weights.base(),
                weights.impact,
                weights.clean
            )
        )
    )?;
    line(
        w,
        "impact",
        p.impact,
        &format!(
            "{} of {} statements state a measured result (target {:.0}%)",
            c.quantified,
            c.statements,
            IMPACT_TARGET * 100.0
        ),
    )?;
    line(
        w,
        "clean",
        p.clean,
        &if c.avoid_distinct == 0 {
            "no overused terms".to_owned()
        } else {
            format!(
                "{} overused term{}",
                c.avoid_distinct,
                plural(c.avoid_distinct)
            )
        },
    )?;
    Ok(())
}

/// "✓~ Data Analysis  you wrote "analyzed data" (line 14); postings
/// usually say "Data Analysis": use the exact phrase once".
fn write_variant(w: &mut dyn Write, k: &KeywordReport) -> io::Result<()> {
    let Some(first) = k.variants.first() else {
        return Ok(());
    };
    let how = match first.how {
        crate::variants::How::Spelling => "check the spelling: ",
        _ => "",
    };
    writeln!(
        w,
        "  {} {}  {}",
        paint(YELLOW, "✓~"),
        k.label(),
        paint(
            DIM,
            &format!(
                "you wrote \"{}\" ({}); {how}postings usually say \"{}\": use the exact phrase once",
                first.text,
                at(first.file.as_deref(), first.line).trim_end(),
                k.term
            )
        )
    )
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

/// How many missing must-haves a comparison row names.
const TOP_MISSING: usize = 3;

/// Writes one file's reports against several targets as a table, in the
/// order given (rank them first): rank, score, must-have coverage, target,
/// and for the first `detailed` rows the top missing must-haves.
fn write_comparison(
    w: &mut dyn Write,
    file: &str,
    reports: &[Report],
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
            r.rank
                .map_or_else(|| (i + 1).to_string(), |rank| rank.label())
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
