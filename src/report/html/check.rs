//! The page of `check --format html`: a section per file (and per target
//! of a file checked against several, after a table ranking them; with
//! `--role all`, the ranking and the best role's section).
//!
//! A section leads with the score and its parts as bars, what stops an ATS
//! reading the file and how its pages were laid out; then the keywords
//! found (exactly or in other words) and missing, the terms to avoid with
//! their advice, and the text exactly as analyzed with the report's marks:
//! each keyword found, by tier; each term to avoid (advice on hover and in
//! a numbered note); the statements without a measured result; and the
//! hidden text, struck out.

use std::io::{self, Write};

use super::super::{
    Change, Comparison, Event, FileFailure, KeywordReport, Marked, Page, Printer, Report, plural,
};
use super::{Anchor, Html};
use crate::roles::Tier;
use crate::rules::{Code, Severity};
use crate::score::{Match, round2};

/// Collects the run's sections and writes the page at its end.
pub struct CheckPage<'w> {
    out: &'w mut dyn Write,
    body: Html,
    /// Sections written, for their anchors.
    sections: usize,
    /// The first file's name, for the title.
    title: Option<String>,
    files: usize,
}

impl<'w> CheckPage<'w> {
    pub fn new(out: &'w mut dyn Write) -> CheckPage<'w> {
        CheckPage {
            out,
            body: Html::new(),
            sections: 0,
            title: None,
            files: 0,
        }
    }

    fn next_anchor(&mut self) -> Anchor {
        self.sections += 1;
        Anchor::new("r", self.sections)
    }

    fn file_seen(&mut self, name: &str) {
        self.files += 1;
        if self.title.is_none() {
            self.title = Some(name.to_owned());
        }
    }

    fn report(&mut self, r: &Report) {
        self.file_seen(&r.file);
        let id = self.next_anchor();
        let h = &mut self.body;
        h.open_at("section", &id, "file");
        h.element("h1", &[], &r.file);
        write_report(h, r);
        h.close("section");
        h.markup("\n");
    }

    fn compared(&mut self, c: &Comparison) {
        self.file_seen(&c.file);
        let shown: Vec<&Report> = if c.all {
            c.reports.iter().take(1).collect()
        } else {
            c.reports.iter().collect()
        };
        let anchors: Vec<Anchor> = shown.iter().map(|_| self.next_anchor()).collect();
        let h = &mut self.body;
        h.open("section", &[("class", "file")]);
        h.element("h1", &[], &c.file);
        h.element(
            "p",
            &[("class", "dim")],
            &format!(
                "Against {} targets, best first; equal scores share a rank (2=).{}",
                c.reports.len(),
                if c.all {
                    " The best fit's report follows; for another role: ats check FILE --role ID."
                } else {
                    ""
                }
            ),
        );
        h.markup("<div class=\"wide\"><table><thead><tr><th class=\"n\">Rank</th><th class=\"n\">Score</th><th>Target</th><th class=\"n\">Must-have</th><th>Missing must-haves</th></tr></thead><tbody>\n");
        for (i, r) in c.reports.iter().enumerate() {
            let (found, total) = r.must_coverage();
            h.markup("<tr>");
            let rank = r.rank.map(|k| k.label()).unwrap_or_default();
            h.element("td", &[("class", "n")], &rank);
            h.element("td", &[("class", "n")], &r.score.to_string());
            h.open("td", &[]);
            match anchors.get(i) {
                Some(a) => h.link(a, &r.role.name),
                None => h.text(&r.role.name),
            }
            h.element("small", &[], &format!(" ({})", r.role.id));
            h.close("td");
            h.element("td", &[("class", "n")], &format!("{found}/{total}"));
            let missing: Vec<&str> = r.missing_must().collect();
            h.element("td", &[], &missing.join(", "));
            h.markup("</tr>\n");
        }
        h.markup("</tbody></table></div>\n");
        for (r, id) in shown.iter().zip(&anchors) {
            h.open_at("section", id, "target");
            h.element(
                "h2",
                &[],
                &format!("Against {} ({})", r.role.name, r.role.id),
            );
            write_report(h, r);
            h.close("section");
        }
        h.close("section");
        h.markup("\n");
    }

    fn failed(&mut self, f: &FileFailure) {
        self.file_seen(&f.file);
        let id = self.next_anchor();
        let h = &mut self.body;
        h.open_at("section", &id, "file");
        h.element("h1", &[], &f.file);
        h.open("p", &[("class", "bad")]);
        h.markup("<span class=\"icon\">✗</span>");
        h.text(&format!(
            "Could not be read ({}): {}",
            f.error.code.as_str(),
            f.error.message
        ));
        h.close("p");
        h.close("section");
        h.markup("\n");
    }

    fn finish(&mut self) -> io::Result<()> {
        let title = match (&self.title, self.files) {
            (Some(name), 1) => format!("ats check: {name}"),
            (_, n) => format!("ats check: {n} files"),
        };
        let body = std::mem::replace(&mut self.body, Html::new());
        let page = Html::document(&title, body, None);
        self.out.write_all(page.as_bytes())?;
        self.out.flush()
    }
}

impl Printer for CheckPage<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Report(r) => self.report(r),
            Event::Compared(c) => self.compared(c),
            Event::Failed(f) => self.failed(f),
            Event::Note(note) => {
                self.body.element("p", &[("class", "dim")], note);
            }
            Event::Finish(_) => return self.finish(),
            _ => {}
        }
        Ok(())
    }
}

/// One report: score and parts, readability and layout, keywords, terms
/// to avoid, the marked text.
fn write_report(h: &mut Html, r: &Report) {
    if let Some(change) = &r.change {
        write_change(h, change);
    }
    h.markup("<div class=\"top\"><div>");
    h.open("p", &[("class", "score")]);
    h.text(&format!("Score {}/100", r.score));
    h.close("p");
    h.element(
        "p",
        &[("class", "dim")],
        &format!("against {} ({})", r.role.name, r.role.id),
    );
    write_parts(h, r);
    h.markup("</div><div>");
    write_reading(h, r);
    h.markup("</div></div>\n");
    write_keywords(h, r);
    write_avoid(h, r);
    write_writing(h, r);
    match r.detail.page.as_deref() {
        Some(page) => write_text(h, r, page),
        None => h.element(
            "p",
            &[("class", "dim")],
            "The text is not part of this report.",
        ),
    }
}

fn write_change(h: &mut Html, change: &Change) {
    let (class, icon) = if change.is_regression() {
        ("bad", "▼")
    } else {
        ("ok", "▲")
    };
    h.open("p", &[("class", class)]);
    h.element("span", &[("class", "icon")], icon);
    h.text(&format!(
        "Since the baseline {}: score {}{}",
        change.baseline,
        change.score_line(),
        change.details_tail()
    ));
    h.close("p");
}

/// The score's parts as labelled bars, each with its value written.
fn write_parts(h: &mut Html, r: &Report) {
    let p = &r.parts;
    let w = &r.detail.weights;
    let tier = |tier: Tier| {
        let (found, total) = r.coverage(tier);
        format!("{found} of {total} found")
    };
    let rows: [(&str, f64, String, bool); 6] = [
        (
            "relevance",
            p.relevance,
            format!("{:.2} × must-have + {:.2} × strong", w.must, w.strong),
            false,
        ),
        ("must-have keywords", p.must, tier(Tier::MustHave), true),
        ("strong keywords", p.strong, tier(Tier::Strong), true),
        (
            "quality",
            p.quality,
            format!(
                "{:.2} + {:.2} × impact + {:.2} × clean",
                w.base(),
                w.impact,
                w.clean
            ),
            false,
        ),
        (
            "impact",
            p.impact,
            format!(
                "{} of {} statements measured",
                r.quantification.quantified, r.quantification.bullets
            ),
            true,
        ),
        (
            "clean",
            p.clean,
            {
                let n = r.avoid_terms().len();
                format!("{n} term{} to avoid", plural(n))
            },
            true,
        ),
    ];
    h.markup("<ul class=\"bars\" aria-label=\"Parts of the score\">\n");
    for (name, value, detail, sub) in rows {
        let value = round2(value).clamp(0.0, 1.0);
        h.open("li", &[("title", &detail)]);
        h.element("span", &[("class", if sub { "sub" } else { "" })], name);
        h.element("span", &[], &format!("{value:.2}"));
        let width = format!("width:{:.0}%", value * 100.0);
        h.markup("<span class=\"bar\">");
        h.open("span", &[("style", &width)]);
        h.markup("</span></span></li>\n");
    }
    h.markup("</ul>\n");
    h.element(
        "p",
        &[("class", "dim")],
        "Score = 100 × relevance × quality. Hover a part for what it counts.",
    );
}

/// What stops an ATS reading the file, and the pages' layout.
fn write_reading(h: &mut Html, r: &Report) {
    h.element("h3", &[], "Can an ATS read it?");
    let words = match r.pages {
        Some(p) => format!(
            "{} words on {p} page{}, {} format",
            r.words,
            plural(p as usize),
            r.format.name()
        ),
        None => format!("{} words, {} format", r.words, r.format.name()),
    };
    h.element("p", &[("class", "dim")], &words);
    if let Some(layout) = &r.layout {
        let pages: Vec<String> = layout
            .pages
            .iter()
            .map(|p| {
                let ocr = if p.ocr { ", OCR text" } else { "" };
                format!(
                    "page {}: {} column{}{ocr}",
                    p.page,
                    p.columns,
                    plural(p.columns)
                )
            })
            .collect();
        h.element(
            "p",
            &[],
            &format!(
                "Layout: at most {} column{} ({})",
                layout.columns,
                plural(layout.columns),
                pages.join("; ")
            ),
        );
    }
    if r.readability.is_empty() {
        h.markup(
            "<p class=\"ok\"><span class=\"icon\">✓</span>No readability problems found.</p>\n",
        );
        return;
    }
    h.markup("<ul class=\"kw\">\n");
    for p in &r.readability {
        let (class, icon, label) = severity(p.severity);
        h.open("li", &[("class", class)]);
        h.element("span", &[("class", "icon"), ("aria-hidden", "true")], icon);
        h.element("strong", &[], &format!("{label} {}: ", p.code.as_str()));
        h.text(&p.message);
        h.markup("</li>\n");
    }
    h.markup("</ul>\n");
}

fn severity(s: Severity) -> (&'static str, &'static str, &'static str) {
    match s {
        Severity::Error => ("bad", "✗", "error"),
        Severity::Warning => ("warn", "!", "warning"),
        _ => ("dim", "i", "note"),
    }
}

/// Must-have and strong keywords: found exactly, in other words, missing.
fn write_keywords(h: &mut Html, r: &Report) {
    for (tier, title) in [
        (Tier::MustHave, "Must-have keywords"),
        (Tier::Strong, "Strong keywords"),
    ] {
        let all: Vec<&KeywordReport> = r.keywords.iter().filter(|k| k.tier == tier).collect();
        if all.is_empty() {
            continue;
        }
        let found = all.iter().filter(|k| k.found).count();
        h.element(
            "h2",
            &[],
            &format!("{title}: {found} of {} found", all.len()),
        );
        h.markup("<ul class=\"kw\">\n");
        let exact: Vec<&&KeywordReport> = all.iter().filter(|k| k.how == Match::Exact).collect();
        if tier == Tier::MustHave {
            exact.iter().for_each(|k| write_keyword(h, k));
        } else if !exact.is_empty() {
            // Strong keywords are many: those found in one line.
            let labels: Vec<String> = exact
                .iter()
                .map(|k| {
                    let listed = if k.in_context { "" } else { "*" };
                    format!("{}{listed} ×{}", k.label(), k.count)
                })
                .collect();
            h.markup("<li class=\"ok\"><span class=\"icon\" aria-hidden=\"true\">✓</span>");
            h.element("strong", &[], &format!("found ({}): ", labels.len()));
            h.text(&labels.join(", "));
            if exact.iter().any(|k| !k.in_context) {
                h.element(
                    "small",
                    &[],
                    " — * only in a list, not in a sentence or bullet",
                );
            }
            h.markup("</li>\n");
        }
        for k in all.iter().filter(|k| k.how == Match::Variant) {
            write_keyword(h, k);
        }
        let missing: Vec<&&KeywordReport> =
            all.iter().filter(|k| k.how == Match::Missing).collect();
        if tier == Tier::MustHave {
            for k in missing {
                write_keyword(h, k);
            }
        } else if !missing.is_empty() {
            // Strong keywords are many: the missing ones in one line.
            let labels: Vec<String> = missing.iter().map(|k| k.label()).collect();
            h.markup("<li class=\"bad\"><span class=\"icon\" aria-hidden=\"true\">✗</span>");
            h.element("strong", &[], &format!("missing ({}): ", labels.len()));
            h.text(&labels.join(", "));
            h.markup("</li>\n");
        }
        h.markup("</ul>\n");
    }
}

fn write_keyword(h: &mut Html, k: &KeywordReport) {
    let (class, icon, what) = match k.how {
        Match::Exact => ("ok", "✓", "found"),
        Match::Variant => ("warn", "≈", "written another way"),
        Match::Missing => ("bad", "✗", "missing"),
    };
    h.open("li", &[("class", class)]);
    h.element("span", &[("class", "icon"), ("aria-hidden", "true")], icon);
    h.element("strong", &[], &k.label());
    let mut notes = vec![what.to_owned()];
    match k.how {
        Match::Exact => {
            notes.push(format!("×{}", k.count));
            if !k.in_context {
                notes.push("only in a list: use it in a bullet or your summary".to_owned());
            }
            if let Some(shown) = k.years_shown {
                notes.push(format!(
                    "about {shown} years in the dated jobs that name it"
                ));
            }
        }
        Match::Variant => {
            let mut written: Vec<String> = Vec::new();
            for v in &k.variants {
                let quoted = format!("\"{}\"", v.text);
                if !written.contains(&quoted) {
                    written.push(quoted);
                }
            }
            notes.push(format!("as {}; write \"{}\"", written.join(", "), k.term));
        }
        Match::Missing => {
            if !k.alternatives.is_empty() {
                notes.push(format!("also counts: {}", k.alternatives.join(", ")));
            }
        }
    }
    h.element("small", &[], &format!(" — {}", notes.join("; ")));
    h.markup("</li>\n");
}

/// The terms to avoid, numbered as their notes in the text.
fn write_avoid(h: &mut Html, r: &Report) {
    let terms = r.avoid_terms();
    if terms.is_empty() {
        return;
    }
    h.element("h2", &[], &format!("Terms to avoid ({})", terms.len()));
    h.markup("<ol>\n");
    for (i, term) in terms.iter().enumerate() {
        let Some(first) = r.avoid.iter().find(|a| a.term == *term) else {
            continue;
        };
        let lines: Vec<String> = r
            .avoid
            .iter()
            .filter(|a| a.term == *term)
            .map(|a| a.line.to_string())
            .collect();
        let id = Anchor::new("n", i + 1);
        h.open_at("li", &id, "");
        h.markup("<span aria-hidden=\"true\">⚠ </span>");
        h.element("strong", &[], term);
        h.text(&format!(" (line {}): {}", lines.join(", "), first.instead));
        h.markup("</li>\n");
    }
    h.markup("</ol>\n");
}

/// How the bullets and dates read (no part of the score).
fn write_writing(h: &mut Html, r: &Report) {
    if r.writing.is_empty() {
        return;
    }
    h.element("h2", &[], &format!("Writing ({})", r.writing.len()));
    h.markup("<ul class=\"kw\">\n");
    for p in &r.writing {
        let (class, icon, label) = severity(p.severity);
        h.open("li", &[("class", class)]);
        h.element("span", &[("class", "icon"), ("aria-hidden", "true")], icon);
        h.element("strong", &[], &format!("{label} line {}: ", p.line));
        h.text(&p.message);
        h.markup("</li>\n");
    }
    h.markup("</ul>\n");
}

/// The text as analyzed, with the page's marks, line numbers, the
/// statements without a measure tagged, and the hidden text struck out.
fn write_text(h: &mut Html, r: &Report, page: &Page) {
    let marked = page
        .marks
        .iter()
        .filter(|m| matches!(m.what, Marked::Keyword(_)))
        .count();
    h.element("h2", &[], "The text as an ATS reads it");
    h.markup("<p class=\"legend\">");
    h.markup("<span><mark class=\"kw must\">must-have</mark> bold, solid line</span>");
    h.markup("<span><mark class=\"kw strong\">strong</mark> dotted line</span>");
    h.markup("<span><mark class=\"var\">other words</mark> italic, dashed line</span>");
    h.markup("<span><mark class=\"avoid\">to avoid</mark> wavy line, ⚠, note number</span>");
    h.markup("<span><span class=\"tag warn\">no number</span> a statement without a measured result</span>");
    h.markup("</p>\n");
    h.element(
        "p",
        &[("class", "dim")],
        &format!(
            "{marked} keyword occurrence{} marked; line numbers are the file's.",
            plural(marked)
        ),
    );
    let avoid_terms = r.avoid_terms();
    let text = page.text.as_str();
    let mut pos = 0;
    let (mut line, mut mark) = (0, 0);
    // The open mark's end and look.
    let mut open: Option<(usize, Look)> = None;
    let mut unquantified = page.unquantified.iter().peekable();
    h.markup("<div class=\"text\">");
    loop {
        let next_line = page.lines.get(line).map(|l| l.0);
        let next_mark = page.marks.get(mark).filter(|_| open.is_none());
        if open.as_ref().is_some_and(|(end, _)| *end <= pos) {
            if let Some((_, look)) = open.take() {
                close_mark(h, look.note);
            }
        } else if next_line.is_some_and(|at| at <= pos) {
            // A mark that goes on to this line is closed for the line's
            // number and opened again (as a part the count leaves out).
            if open.is_some() {
                h.markup("</mark>");
            }
            let number = page.lines[line].1.to_string();
            h.element("span", &[("class", "ln"), ("aria-hidden", "true")], &number);
            while unquantified.next_if(|&&i| i < line).is_some() {}
            if unquantified.next_if(|&&i| i == line).is_some() {
                h.markup("<span class=\"tag warn\" title=\"No measured result: add a number (how many, how much, how fast)\">no number</span>");
            }
            if let Some((_, look)) = &open {
                h.open("mark", &[("class", look.more), ("title", &look.title)]);
            }
            line += 1;
        } else if let Some(m) = next_mark.filter(|m| m.start <= pos) {
            mark += 1;
            let look = look(r, m.what, &avoid_terms);
            h.open("mark", &[("class", look.class), ("title", &look.title)]);
            open = Some((m.end, look));
        } else if pos >= text.len() {
            break;
        } else {
            let next = [
                open.as_ref().map(|o| o.0),
                next_line,
                next_mark.map(|m| m.start),
            ]
            .into_iter()
            .flatten()
            .filter(|&at| at > pos)
            .min()
            .unwrap_or(text.len())
            .min(text.len());
            match text.get(pos..next) {
                Some(run) => h.text(run),
                // Not on a character boundary: place nothing more.
                None => {
                    h.text(text.get(pos..).unwrap_or(""));
                    break;
                }
            }
            pos = next;
        }
    }
    if let Some((_, look)) = open {
        close_mark(h, look.note);
    }
    h.markup("</div>\n");
    let hidden_reported = r.readability.iter().any(|p| p.code == Code::HiddenText);
    if hidden_reported && !page.hidden.is_empty() {
        h.element(
            "h3",
            &[],
            "Hidden text (not counted here; an ATS reads it, a person does not)",
        );
        h.markup("<ul class=\"kw\">\n");
        for part in &page.hidden {
            h.markup("<li><span class=\"tag bad\">hidden</span>");
            h.element("s", &[("class", "hidden")], &part.text);
            let at = part.page.map(|p| format!(", page {p}")).unwrap_or_default();
            h.element("small", &[], &format!(" ({}{at})", part.how));
            h.markup("</li>\n");
        }
        h.markup("</ul>\n");
    }
}

/// How a mark looks: its classes (and those of its part on a following
/// line, which the count of marks leaves out), its title, and the note
/// number of a term to avoid.
struct Look {
    class: &'static str,
    more: &'static str,
    title: String,
    note: Option<usize>,
}

/// Closes a mark; a term to avoid gets its note's number, linked.
fn close_mark(h: &mut Html, note: Option<usize>) {
    h.markup("</mark>");
    if let Some(n) = note {
        h.markup("<sup>");
        h.link(&Anchor::new("n", n), &n.to_string());
        h.markup("</sup>");
    }
}

fn look(r: &Report, what: Marked, avoid_terms: &[&str]) -> Look {
    let plain = |title: String| Look {
        class: "",
        more: "more",
        title,
        note: None,
    };
    match what {
        Marked::Keyword(i) | Marked::Variant(i) => {
            let Some(k) = r.keywords.get(i) else {
                return plain(String::new());
            };
            let must = k.tier == Tier::MustHave;
            let tier = if must { "must-have" } else { "strong" };
            match (what, must) {
                (Marked::Keyword(_), true) => Look {
                    class: "kw must",
                    more: "more kw must",
                    title: format!("{tier} keyword: {}", k.term),
                    note: None,
                },
                (Marked::Keyword(_), false) => Look {
                    class: "kw strong",
                    more: "more kw strong",
                    title: format!("{tier} keyword: {}", k.term),
                    note: None,
                },
                (_, must) => Look {
                    class: if must { "var must" } else { "var strong" },
                    more: if must {
                        "more var must"
                    } else {
                        "more var strong"
                    },
                    title: format!(
                        "{tier} keyword {}, in other words: write \"{}\"",
                        k.term, k.term
                    ),
                    note: None,
                },
            }
        }
        Marked::Avoid(i) => {
            let Some(a) = r.avoid.get(i) else {
                return plain(String::new());
            };
            let note = avoid_terms.iter().position(|t| *t == a.term).map(|p| p + 1);
            let number = note.map(|n| format!(" [{n}]")).unwrap_or_default();
            Look {
                class: "avoid",
                more: "more avoid",
                title: format!("Term to avoid{number}: {}. {}", a.term, a.instead),
                note,
            }
        }
    }
}
