//! The page of `screen --format html`: the ranked table, filters by
//! status, and a section per file with what the CSV says of it.
//!
//! The filters are radio buttons and CSS; the table is in rank order and
//! an inline script, when it runs, makes each heading a button that sorts
//! by its column. Without the script the page is the same, in rank order.

use std::io::{self, Write};

use super::super::{Event, FileFailure, Printer, Report, Status, Summary, plural};
use super::{Anchor, Html, Script};
use crate::roles::Tier;
use crate::score::{Match, round2};

/// Sorts the table by a heading's column (numbers as numbers); a second
/// click reverses. Written once; its hash is in the page's policy.
const SORT: Script = Script {
    code: r#"(function(){var t=document.querySelector("table.rank");if(!t||!t.tBodies[0])return;var b=t.tBodies[0],hs=t.tHead.rows[0].cells;Array.prototype.forEach.call(hs,function(th,i){var k=document.createElement("button");k.type="button";k.textContent=th.textContent;th.textContent="";th.appendChild(k);k.addEventListener("click",function(){var up=th.getAttribute("aria-sort")!=="ascending";Array.prototype.forEach.call(hs,function(o){o.removeAttribute("aria-sort")});th.setAttribute("aria-sort",up?"ascending":"descending");var v=function(r){var c=r.cells[i];return c?(c.getAttribute("data-v")||c.textContent):""};var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=v(x),c=v(y),m=parseFloat(a),n=parseFloat(c),d=(isNaN(m)||isNaN(n))?a.localeCompare(c):m-n;return up?d:-d});rows.forEach(function(r){b.appendChild(r)})})})})();"#,
    hash: "'sha256-1Gmq4q/kAWorlzmgexWrOniz+YSBQ2QHn5ozA38CBnQ='",
};

/// One row of the table and its section.
enum Row {
    Ranked(Box<Report>),
    Failed(FileFailure),
}

/// Collects the ranking and writes the page at the run's end.
pub struct ScreenPage<'w> {
    out: &'w mut dyn Write,
    /// The target's name and id, and the must-haves every row lacks.
    target: Option<(String, String, Vec<String>)>,
    rows: Vec<Row>,
    notes: Vec<String>,
}

impl<'w> ScreenPage<'w> {
    pub fn new(out: &'w mut dyn Write) -> ScreenPage<'w> {
        ScreenPage {
            out,
            target: None,
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let mut h = Html::new();
        let title = match &self.target {
            Some((name, id, _)) => format!("Ranked against {name} ({id})"),
            None => "ats screen".to_owned(),
        };
        let top = Anchor::new("t", 1);
        h.open_at("h1", &top, "");
        h.text(&title);
        h.close("h1");
        h.element(
            "p",
            &[("class", "dim")],
            "Best first; equal scores share a rank (2=). Each file links to its details below.",
        );
        if let Some((_, _, everywhere)) = &self.target
            && !everywhere.is_empty()
        {
            h.element(
                "p",
                &[],
                &format!("Missing in every row: {}", everywhere.join(", ")),
            );
        }
        for note in &self.notes {
            h.element("p", &[("class", "dim")], note);
        }
        write_summary(&mut h, summary);
        self.write_table(&mut h);
        for (i, row) in self.rows.iter().enumerate() {
            let id = Anchor::new("f", i + 1);
            h.open_at("section", &id, "file");
            match row {
                Row::Ranked(r) => write_details(&mut h, r),
                Row::Failed(f) => write_failure(&mut h, f),
            }
            h.markup("<p>");
            h.link(&top, "↑ the ranking");
            h.markup("</p></section>\n");
        }
        let page = Html::document(&title, h, Some(&SORT));
        self.out.write_all(page.as_bytes())?;
        self.out.flush()
    }

    fn write_table(&self, h: &mut Html) {
        let count = |status: &str| {
            self.rows
                .iter()
                .filter(|r| row_status(r).0 == status)
                .count()
        };
        h.markup("<section class=\"filters\">\n");
        h.markup("<input type=\"radio\" name=\"status\" id=\"s-all\" checked><label for=\"s-all\">all</label>\n");
        for (id, status, label) in [
            ("s-ok", "ok", "✓ ok"),
            ("s-hidden", "hidden-text", "⚠ hidden text"),
            ("s-notext", "no-text", "∅ no text"),
            ("s-failed", "failed", "✗ could not be read"),
        ] {
            h.open(
                "input",
                &[("type", "radio"), ("name", "status"), ("id", id)],
            );
            h.open("label", &[("for", id)]);
            h.text(&format!("{label} ({})", count(status)));
            h.markup("</label>\n");
        }
        h.markup("<div class=\"wide\"><table class=\"rank\"><thead><tr><th class=\"n\">Rank</th><th class=\"n\">Score</th><th>Status</th><th>Name</th><th class=\"n\">Must-have</th><th class=\"n\">Strong</th><th>Missing must-haves</th><th>File</th></tr></thead>\n<tbody>\n");
        for (i, row) in self.rows.iter().enumerate() {
            let id = Anchor::new("f", i + 1);
            let (status, icon) = row_status(row);
            let class = format!("s-{status}");
            h.open("tr", &[("class", &class)]);
            match row {
                Row::Ranked(r) => {
                    let (place, label) = r
                        .rank
                        .map(|k| (k.place.to_string(), k.label()))
                        .unwrap_or_default();
                    h.element("td", &[("class", "n"), ("data-v", &place)], &label);
                    h.element("td", &[("class", "n")], &r.score.to_string());
                    let shown = format!("{icon} {}", r.status.unwrap_or_default().as_str());
                    h.element("td", &[("data-v", status)], &shown);
                    h.element("td", &[], r.candidate.name.as_deref().unwrap_or(""));
                    let (must, must_total) = r.coverage(Tier::MustHave);
                    let (strong, strong_total) = r.coverage(Tier::Strong);
                    let share = |found: usize, total: usize| {
                        format!(
                            "{:.4}",
                            if total == 0 {
                                1.0
                            } else {
                                found as f64 / total as f64
                            }
                        )
                    };
                    h.element(
                        "td",
                        &[("class", "n"), ("data-v", &share(must, must_total))],
                        &format!("{must}/{must_total}"),
                    );
                    h.element(
                        "td",
                        &[("class", "n"), ("data-v", &share(strong, strong_total))],
                        &format!("{strong}/{strong_total}"),
                    );
                    let missing: Vec<&str> = r.missing_must().collect();
                    h.element("td", &[], &missing.join(", "));
                    h.open("td", &[]);
                    h.link(&id, &r.file);
                    h.close("td");
                }
                Row::Failed(f) => {
                    h.element("td", &[("class", "n"), ("data-v", "")], "");
                    h.element("td", &[("class", "n"), ("data-v", "-1")], "");
                    let shown = format!("{icon} {}", f.error.code.as_str());
                    h.element("td", &[("data-v", "failed")], &shown);
                    h.markup("<td></td><td class=\"n\" data-v=\"-1\"></td><td class=\"n\" data-v=\"-1\"></td><td></td>");
                    h.open("td", &[]);
                    h.link(&id, &f.file);
                    h.close("td");
                }
            }
            h.markup("</tr>\n");
        }
        h.markup("</tbody></table></div>\n</section>\n");
    }
}

/// A row's status class and its symbol.
fn row_status(row: &Row) -> (&'static str, &'static str) {
    match row {
        Row::Ranked(r) => match r.status.unwrap_or_default() {
            Status::Ok => ("ok", "✓"),
            Status::HiddenText => ("hidden-text", "⚠"),
            Status::NoText => ("no-text", "∅"),
        },
        Row::Failed(_) => ("failed", "✗"),
    }
}

fn write_summary(h: &mut Html, s: &Summary) {
    let mut parts = vec![format!("{} file{}", s.files, plural(s.files))];
    parts.push(format!("{} ranked", s.ranked));
    if s.hidden > 0 {
        parts.push(format!("{} left out by --top", s.hidden));
    }
    for (why, n) in &s.filtered {
        parts.push(format!("{n} {why}"));
    }
    if s.grouped > 0 {
        parts.push(format!("{} grouped under the same person", s.grouped));
    }
    if s.duplicates > 0 {
        parts.push(format!("{} identical copies", s.duplicates));
    }
    if !s.failed.is_empty() {
        parts.push(format!("{} could not be read", s.failed.len()));
    }
    if s.skipped > 0 {
        parts.push(format!("{} skipped (not resumes)", s.skipped));
    }
    h.element("p", &[], &parts.join(" · "));
}

/// What the CSV has of a ranked file.
fn write_details(h: &mut Html, r: &Report) {
    h.element("h2", &[], &r.file);
    let (must, must_total) = r.coverage(Tier::MustHave);
    let (strong, strong_total) = r.coverage(Tier::Strong);
    let labels = |missing: bool| {
        r.keywords
            .iter()
            .filter(|k| k.tier == Tier::MustHave && (k.how == Match::Missing) == missing)
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let p = &r.parts;
    let part = |v: f64| format!("{:.2}", round2(v));
    let c = &r.candidate;
    let q = &r.quantification;
    let readability: Vec<&str> = r.readability.iter().map(|p| p.code.as_str()).collect();
    let facts: Vec<(&str, String)> = vec![
        ("Rank", r.rank.map(|k| k.label()).unwrap_or_default()),
        ("Score", format!("{}/100", r.score)),
        ("Status", r.status.unwrap_or_default().as_str().to_owned()),
        ("Name", c.name.clone().unwrap_or_default()),
        ("E-mail", c.email.clone().unwrap_or_default()),
        ("Phone", c.phone.clone().unwrap_or_default()),
        ("LinkedIn", c.linkedin.clone().unwrap_or_default()),
        ("Location", c.location.clone().unwrap_or_default()),
        ("Reasons", r.reasons.join("; ")),
        ("Must-have", format!("{must} of {must_total}")),
        ("Must-have found", labels(false)),
        ("Must-have missing", labels(true)),
        ("Strong", format!("{strong} of {strong_total}")),
        (
            "Parts",
            format!(
                "must {} · strong {} · relevance {} · impact {} · clean {} · quality {}",
                part(p.must),
                part(p.strong),
                part(p.relevance),
                part(p.impact),
                part(p.clean),
                format_args!("{:.3}", p.quality)
            ),
        ),
        ("Terms to avoid", r.avoid_terms().join("; ")),
        (
            "Statements",
            format!("{} ({} with a measured result)", q.bullets, q.quantified),
        ),
        ("Readability", readability.join("; ")),
        ("Format", r.format.name().to_owned()),
        ("Pages", r.pages.map(|p| p.to_string()).unwrap_or_default()),
        ("Words", r.words.to_string()),
        ("Identical copies", r.duplicates.join("; ")),
        ("Same person", r.group.join("; ")),
    ];
    write_facts(h, &facts);
}

fn write_failure(h: &mut Html, f: &FileFailure) {
    h.element("h2", &[], &f.file);
    let facts = [
        (
            "Status",
            format!("could not be read: {}", f.error.code.as_str()),
        ),
        ("Message", f.error.message.clone()),
    ];
    write_facts(h, &facts);
}

/// The facts that are known, as a definition list.
fn write_facts(h: &mut Html, facts: &[(&str, String)]) {
    h.markup("<dl class=\"facts\">\n");
    for (name, value) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        h.element("dt", &[], name);
        h.element("dd", &[], value);
        h.markup("\n");
    }
    h.markup("</dl>\n");
}

impl Printer for ScreenPage<'_> {
    fn print(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Start {
                target,
                missing_everywhere,
            } => {
                self.target = Some((
                    target.0.to_owned(),
                    target.1.to_owned(),
                    missing_everywhere.to_vec(),
                ));
            }
            Event::Report(r) => self.rows.push(Row::Ranked(Box::new(r.clone()))),
            Event::Failed(f) => self.rows.push(Row::Failed(f.clone())),
            Event::Note(note) => self.notes.push(note.to_owned()),
            Event::Finish(summary) => return self.finish(summary),
            _ => {}
        }
        Ok(())
    }
}
