//! The human report of `check`: what to fix, most important first.
//!
//! [`Human`] prints each report (led by its change since the baseline), and
//! for a file checked against several targets, each report and then a
//! table that compares them. Styles are written unconditionally (see
//! [`super::style`]).
//!
//! Every line fits the width it is given (a terminal's, or `COLUMNS`; at
//! least [`MIN_WIDTH`], at most [`MAX_WIDTH`]): a long entry wraps with a
//! hanging indent, a keyword list wraps between whole keywords under its
//! first one. Nothing is cut; a word wider than the line (a long path)
//! overflows it rather than being broken.

use std::io::{self, Write};

use textwrap::core::{Fragment, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::{Options, WordSeparator, WordSplitter};

use super::style::{BOLD, CYAN, DIM, GREEN, RED, YELLOW, paint, score_style};
use super::table::MIN_WIDTH;
use super::{AcronymSource, Change, Comparison, Event, KeywordReport, Printer, Report, plural};
use crate::roles::Tier;
use crate::rules::Severity;
use crate::score::{IMPACT_TARGET, Match, round2};

/// The widest a report is laid out, however wide the terminal: longer
/// lines are hard to read (clap's `--help` stops at the same width).
const MAX_WIDTH: usize = 100;

/// Rows of a `--role all` ranking that name their missing must-haves.
const DETAILED_ROWS: usize = 5;

/// The text report on standard output.
pub struct Human<'w> {
    out: &'w mut dyn Write,
    /// The columns lines are wrapped to.
    width: usize,
    /// A file was printed: the next one is set apart.
    printed: bool,
}

impl<'w> Human<'w> {
    /// `width`: the terminal's columns, or `None` when unknown (then
    /// [`MIN_WIDTH`]); kept between [`MIN_WIDTH`] and [`MAX_WIDTH`].
    pub fn new(out: &'w mut dyn Write, width: Option<usize>) -> Human<'w> {
        Human {
            out,
            width: width.unwrap_or(MIN_WIDTH).clamp(MIN_WIDTH, MAX_WIDTH),
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
                write_report(self.out, self.width, report)
            }
            Event::Compared(c) => {
                self.next_file()?;
                write_compared(self.out, self.width, c)
            }
            Event::Finish(_) => self.out.flush(),
            _ => Ok(()),
        }
    }
}

/// A report, led by its change since the baseline.
fn write_report(w: &mut dyn Write, width: usize, report: &Report) -> io::Result<()> {
    if let Some(change) = &report.change {
        write_change(w, width, change)?;
    }
    write_body(w, width, report)
}

fn write_compared(w: &mut dyn Write, width: usize, c: &Comparison) -> io::Result<()> {
    if !c.all {
        for (i, r) in c.reports.iter().enumerate() {
            if i > 0 {
                writeln!(w, "\n{}\n", "─".repeat(72))?;
            }
            write_report(w, width, r)?;
        }
        writeln!(w, "\n{}\n", "─".repeat(72))?;
    }
    let detailed = if c.all {
        DETAILED_ROWS
    } else {
        c.reports.len()
    };
    write_comparison(w, width, &c.file, &c.reports, detailed)?;
    if c.all
        && let Some(best) = c.reports.first()
    {
        // The command on a line of its own, so it is copied whole.
        writeln!(
            w,
            "\nEqual scores share a rank (2=). Full report for a role:\n  ats check {} --role {}",
            c.file, best.role.id
        )?;
    }
    Ok(())
}

/// Leads a report with what changed since the baseline.
fn write_change(w: &mut dyn Write, width: usize, change: &Change) -> io::Result<()> {
    let style = if change.is_regression() {
        RED
    } else if change.after > change.before {
        GREEN
    } else {
        DIM
    };
    let lead = format!(
        "{} {}  ",
        paint(BOLD, "Since baseline"),
        paint(style, &format!("score {}", change.score_line())),
    );
    para(w, width, &lead, &paint(DIM, &change.baseline), 2)?;
    for detail in change.details() {
        para(w, width, "  ", &detail, 4)?;
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

fn write_body(w: &mut dyn Write, width: usize, report: &Report) -> io::Result<()> {
    let score_style = score_style(report.score).bold();
    let score = format!(
        "{} {}  {}",
        paint(BOLD, "Score"),
        paint(score_style, &format!("{}/100", report.score)),
        report.file,
    );
    let role = paint(DIM, &format!("→ {} ({})", report.role.name, report.role.id));
    if display_width(&score) + 2 + display_width(&role) <= width {
        writeln!(w, "{score}  {role}")?;
    } else {
        // A long path: the role on the next line, whole.
        writeln!(w, "{score}")?;
        para(w, width, "  ", &role, 4)?;
    }
    write_parts(w, width, report)?;

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
                    &format!("  also counts: {}", k.alternatives.join(", ")),
                )
            };
            let lead = format!("  {} ", paint(RED, "✗"));
            para(w, width, &lead, &format!("{}{also}", k.label()), 4)?;
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
            write_variant(w, width, k)?;
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
            let lead = format!("  {} ", paint(GREEN, "✓"));
            let text = format!(
                "{} ×{}  {}{note}",
                k.label(),
                k.count,
                paint(
                    DIM,
                    &format!("line {} ({})", first.line, first.section.name())
                ),
            );
            para(w, width, &lead, &text, 4)?;
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
            list(w, width, &found)?;
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
            list(w, width, &missing)?;
        }
    }

    if !report.avoid.is_empty() {
        heading(w, &format!("Terms to avoid ({})", report.avoid.len()))?;
        for a in &report.avoid {
            let place = at(a.file.as_deref(), a.line);
            let lead = format!("  {} ", paint(DIM, &place));
            let text = format!("\"{}\" → {}", paint(YELLOW, &a.text), a.instead);
            para(w, width, &lead, &text, hang_under(&lead, width))?;
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
            let text = format!(
                "\"{have}\" appears but \"{lack}\" does not: write \"{} ({})\" once",
                a.term, a.acronym
            );
            para(w, width, "  ", &text, 4)?;
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
            list(w, width, &common)?;
        }
    }

    let q = &report.quantification;
    if q.bullets == 0 {
        heading(w, "Measured results")?;
        para(
            w,
            width,
            "  ",
            "no bullets found in Experience or Projects; list achievements as bullets with numbers",
            2,
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
            let lead = format!("  {} ", paint(DIM, &at(b.file.as_deref(), b.line)));
            para(w, width, &lead, &b.text, hang_under(&lead, width))?;
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
            let lead = format!("  {} ", paint(DIM, &place));
            let text = format!(
                "{} {}",
                paint(style, &format!("{}:", p.code.as_str())),
                p.message
            );
            para(w, width, &lead, &text, hang_under(&lead, width))?;
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
            let lead = format!("  {} ", paint(style, &format!("{:<7}", f.severity.name())));
            let text = format!("{} {}", paint(DIM, &format!("{}:", f.code)), f.message);
            para(w, width, &lead, &text, hang_under(&lead, width))?;
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

/// The column of the parts' details: continuation lines start there.
const DETAIL_COLUMN: usize = 31;

/// The parts of the score, as the analysis computed them, each with what
/// it counted: relevance (the tiers) times quality (the writing).
fn write_parts(w: &mut dyn Write, width: usize, report: &Report) -> io::Result<()> {
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
    // `  relevance             0.79   ` then the detail, which wraps under
    // itself; a part of a part is indented two more.
    let line = |w: &mut dyn Write, depth: usize, name: &str, value: f64, detail: &str| {
        let indent = 2 * depth;
        let name_width = 23 - indent;
        let lead = format!(
            "{:indent$}{name:<name_width$} {:>4.2}   ",
            "",
            round2(value)
        );
        para(w, width, &lead, &paint(DIM, detail), DETAIL_COLUMN)
    };
    line(
        w,
        1,
        "relevance",
        p.relevance,
        &format!(
            "= {:.2} × must-have + {:.2} × strong",
            weights.must, weights.strong
        ),
    )?;
    line(w, 2, "must-have keywords", p.must, &tier(Tier::MustHave))?;
    line(w, 2, "strong keywords", p.strong, &tier(Tier::Strong))?;
    line(
        w,
        1,
        "quality",
        p.quality,
        &format!(
            "= {:.2} + {:.2} × impact + {:.2} × clean",
            weights.base(),
            weights.impact,
            weights.clean
        ),
    )?;
    line(
        w,
        2,
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
        2,
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
fn write_variant(w: &mut dyn Write, width: usize, k: &KeywordReport) -> io::Result<()> {
    let Some(first) = k.variants.first() else {
        return Ok(());
    };
    let how = match first.how {
        crate::variants::How::Spelling => "check the spelling: ",
        _ => "",
    };
    let lead = format!("  {} ", paint(YELLOW, "✓~"));
    let text = format!(
        "{}  {}",
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
    );
    para(w, width, &lead, &text, 5)
}

/// Writes `lead` then `text`, wrapped to `width` between words; lines after
/// the first are indented `hang` columns. Widths are display columns (ANSI
/// styles count for none); a word is never broken, so one wider than the
/// line overflows it.
fn para(w: &mut dyn Write, width: usize, lead: &str, text: &str, hang: usize) -> io::Result<()> {
    let indent = " ".repeat(hang);
    let options = Options::new(width)
        .initial_indent(lead)
        .subsequent_indent(&indent)
        .break_words(false)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        writeln!(w, "{line}")?;
    }
    Ok(())
}

/// Continuation lines under the text that follows `lead` (`  line 12   `),
/// unless the lead takes more than half the line (a long file name).
fn hang_under(lead: &str, width: usize) -> usize {
    let lead = display_width(lead);
    if lead * 2 > width { 4 } else { lead }
}

/// A piece of a keyword list: an entry (`Spring Boot ×2,`), or a word of
/// an entry too wide for any line.
#[derive(Debug)]
struct Item<'a> {
    text: &'a str,
    /// Ends its entry, and another entry follows.
    comma: bool,
    width: usize,
}

impl Fragment for Item<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        1.0
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Writes items comma-separated, as many whole items a line as fit, each
/// line indented under the first item.
fn list(w: &mut dyn Write, width: usize, items: &[String]) -> io::Result<()> {
    list_after(w, width, "  ", 2, items, None)
}

/// Writes `lead`, then items comma-separated, then `tail` (`+4 more`): as
/// many whole items a line as fit, lines after the first indented `hang`
/// columns. An item wider than a whole line is wrapped between its words.
fn list_after(
    w: &mut dyn Write,
    width: usize,
    lead: &str,
    hang: usize,
    items: &[String],
    tail: Option<&str>,
) -> io::Result<()> {
    let line_room = width.saturating_sub(hang);
    let mut pieces: Vec<Item<'_>> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let comma = i + 1 < items.len();
        let whole = display_width(item) + usize::from(comma);
        if whole <= line_room {
            pieces.push(Item {
                text: item,
                comma,
                width: whole,
            });
            continue;
        }
        let words: Vec<&str> = item.split(' ').filter(|w| !w.is_empty()).collect();
        for (j, word) in words.iter().enumerate() {
            let comma = comma && j + 1 == words.len();
            pieces.push(Item {
                text: word,
                comma,
                width: display_width(word) + usize::from(comma),
            });
        }
    }
    if let Some(tail) = tail {
        pieces.push(Item {
            text: tail,
            comma: false,
            width: display_width(tail),
        });
    }
    let rooms = [
        width.saturating_sub(display_width(lead)) as f64,
        line_room as f64,
    ];
    for (n, line) in wrap_first_fit(&pieces, &rooms).into_iter().enumerate() {
        let mut out = if n == 0 {
            lead.to_owned()
        } else {
            " ".repeat(hang)
        };
        for (i, piece) in line.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(piece.text);
            if piece.comma {
                out.push(',');
            }
        }
        writeln!(w, "{}", out.trim_end())?;
    }
    Ok(())
}

/// How many missing must-haves a comparison row names.
const TOP_MISSING: usize = 3;

/// Columns before a comparison's target: `  RANK  SCORE  MUST-HAVE  `.
const TARGET_COLUMN: usize = 26;
/// The room a comparison keeps for its missing must-haves before it
/// narrows the target column (at 80 columns, every built-in role id fits).
const MISSING_ROOM: usize = 25;

/// Writes one file's reports against several targets as a table, in the
/// order given (rank them first): rank, score, must-have coverage, target,
/// and for the first `detailed` rows the top missing must-haves (wrapped
/// under their column). A target longer than its column is written whole,
/// its must-haves on the lines below.
fn write_comparison(
    w: &mut dyn Write,
    width: usize,
    file: &str,
    reports: &[Report],
    detailed: usize,
) -> io::Result<()> {
    let title = paint(BOLD, &format!("{} targets", reports.len()));
    para(
        w,
        width,
        &format!("{title}  "),
        &paint(DIM, &format!("{file}, best first")),
        2,
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
    let widest = width
        .saturating_sub(TARGET_COLUMN + 2 + MISSING_ROOM)
        .max(6);
    let name_width = names
        .iter()
        .map(|n| display_width(n))
        .max()
        .unwrap_or(6)
        .clamp(6, widest);
    writeln!(
        w,
        "  {:>4}  {:>5}  {:>9}  {:<name_width$}  TOP MISSING MUST-HAVES",
        "RANK", "SCORE", "MUST-HAVE", "TARGET"
    )?;
    for (i, r) in reports.iter().enumerate() {
        let (found, total) = r.must_coverage();
        let missing: Vec<String> = r.missing_must().map(str::to_owned).collect();
        let detail = if i >= detailed {
            Vec::new()
        } else if missing.is_empty() {
            vec![paint(GREEN, "none")]
        } else {
            missing.iter().take(TOP_MISSING).cloned().collect()
        };
        let more = missing.len().saturating_sub(TOP_MISSING);
        let more = (!detail.is_empty() && more > 0).then(|| format!("+{more} more"));
        let lead = format!(
            "  {:>4}  {}  {:>9}  {:<name_width$}  ",
            labels[i],
            paint(score_style(r.score), &format!("{:>5}", r.score)),
            format!("{found}/{total}"),
            names[i],
        );
        let hang = TARGET_COLUMN + name_width + 2;
        if detail.is_empty() {
            writeln!(w, "{}", lead.trim_end())?;
        } else if display_width(&names[i]) > name_width {
            // A target wider than its column: its must-haves start below.
            writeln!(w, "{}", lead.trim_end())?;
            list_after(w, width, &" ".repeat(hang), hang, &detail, more.as_deref())?;
        } else {
            list_after(w, width, &lead, hang, &detail, more.as_deref())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> Vec<String> {
        let mut out = Vec::new();
        write(&mut out).unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&out)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_long_entry_wraps_under_its_text_and_keeps_every_word() {
        let text =
            "contact-fields: the form gets no phone, location, LinkedIn: add it to the top lines";
        let cases: [(&str, usize, &[&str]); 3] = [
            (
                "wraps with a hanging indent",
                40,
                &[
                    "  line 1    contact-fields: the form",
                    "            gets no phone, location,",
                    "            LinkedIn: add it to the top",
                    "            lines",
                ],
            ),
            (
                "fits on one line",
                100,
                &[
                    "  line 1    contact-fields: the form gets no phone, location, LinkedIn: add it to the top lines",
                ],
            ),
            (
                "a word wider than the line overflows, whole",
                20,
                &[
                    "  line 1    contact-fields:",
                    "            the form",
                    "            gets no",
                    "            phone,",
                    "            location,",
                    "            LinkedIn:",
                    "            add it",
                    "            to the",
                    "            top",
                    "            lines",
                ],
            ),
        ];
        for (name, width, want) in cases {
            let got = lines(|w| para(w, width, "  line 1    ", text, 12));
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn styles_take_no_columns() {
        let lead = format!("  {} ", paint(RED, "✗"));
        let text = paint(
            DIM,
            "Event-Driven Architecture also counts: event driven design",
        );
        let got = lines(|w| para(w, 40, &lead, &text, 4));
        // 34 columns and 14 bytes of styles: a byte count would have
        // moved "also" down.
        assert!(got[0].len() > 40, "{got:?}");
        let plain: Vec<String> = got
            .iter()
            .map(|l| {
                String::from_utf8_lossy(&anstream::adapter::strip_bytes(l.as_bytes()).into_vec())
                    .into_owned()
            })
            .collect();
        assert_eq!(
            plain,
            [
                "  ✗ Event-Driven Architecture also",
                "    counts: event driven design"
            ],
            "hyphenated words are not split at the hyphen either"
        );
    }

    #[test]
    fn keyword_lists_wrap_between_whole_keywords_under_the_first() {
        let items: Vec<String> = [
            "Spring Boot ×2",
            "Amazon Web Services ×4",
            "Event-Driven Architecture ×1",
            "C# ×1",
            "AWS Certified Solutions Architect* ×1",
        ]
        .map(str::to_owned)
        .to_vec();
        let got = lines(|w| list(w, 60, &items));
        assert_eq!(
            got,
            [
                "  Spring Boot ×2, Amazon Web Services ×4,",
                "  Event-Driven Architecture ×1, C# ×1,",
                "  AWS Certified Solutions Architect* ×1",
            ]
        );
        // A keyword no line holds is wrapped between its words; a word no
        // line holds overflows.
        let got = lines(|w| list(w, 20, &items[1..3]));
        assert_eq!(
            got,
            [
                "  Amazon Web",
                "  Services ×4,",
                "  Event-Driven",
                "  Architecture ×1"
            ]
        );
        let got = lines(|w| list(w, 10, &items[2..3]));
        assert_eq!(got, ["  Event-Driven", "  Architecture", "  ×1"]);
    }

    #[test]
    fn a_comparison_row_wraps_its_must_haves_under_their_column() {
        let missing = [
            "Continuous Integration/Continuous Delivery",
            "Data Visualization",
        ]
        .map(str::to_owned);
        let lead = format!(
            "  {:>4}  {:>5}  {:>9}  {:<20}  ",
            "2=", 48, "7/14", "api-developer"
        );
        let got = lines(|w| list_after(w, 80, &lead, 48, &missing, Some("+7 more")));
        assert_eq!(
            got,
            [
                "    2=     48       7/14  api-developer         Continuous",
                "                                                Integration/Continuous Delivery,",
                "                                                Data Visualization +7 more",
            ]
        );
    }
}
