//! `ats parse`: the form an ATS would fill from a resume (contact, jobs,
//! education, skills), as text or as JSON Resume with each entry's line.

use std::io::Write;

use crate::config::{ParseFlags, display_name};
use crate::exit::{Exit, SetupError};
use crate::normalize::normalize;
use crate::parse::resume::{Resume, read};
use crate::segment::segment;

use super::read_one;

pub(super) fn run(
    s: &ParseFlags,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let name = display_name(&s.file);
    let doc = match read_one(&s.file, &s.limits, err)? {
        Ok(doc) => doc,
        Err(exit) => return Ok(exit),
    };
    let text = normalize(&doc);
    let contact = crate::candidate::contact_of(&text, &doc.links).candidate;
    let resume = read(&text, &segment(&text), contact, &doc.stated);
    if s.json {
        let json = serde_json::to_string_pretty(&resume).map_err(std::io::Error::other)?;
        writeln!(out, "{json}")?;
    } else {
        print_text(&resume, &name, out)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// The form as a reader sees it: each field with its line, and what an ATS
/// would leave empty.
fn print_text(r: &Resume, name: &str, out: &mut dyn Write) -> std::io::Result<()> {
    const NONE: &str = "(not found)";
    writeln!(out, "{name}: the fields an ATS form gets")?;
    writeln!(out)?;
    writeln!(out, "Contact")?;
    let b = &r.basics;
    let profile = |network: &str| {
        b.profiles
            .iter()
            .find(|p| p.network == network)
            .map(|p| p.url.clone())
    };
    let rows: [(&str, &str, Option<String>); 7] = [
        ("Name", "name", b.name.clone()),
        ("E-mail", "email", b.email.clone()),
        ("Phone", "phone", b.phone.clone()),
        (
            "Location",
            "location",
            b.location.as_ref().map(|l| l.address.clone()),
        ),
        ("LinkedIn", "linkedin", profile("LinkedIn")),
        ("GitHub", "github", profile("GitHub")),
        ("Website", "url", b.url.clone()),
    ];
    for (label, key, value) in rows {
        match value {
            Some(v) => {
                let line = b
                    .lines
                    .get(key)
                    .map(|l| format!("line {l}"))
                    .unwrap_or_default();
                writeln!(out, "  {label:<9} {v:<44} {line}")?;
            }
            None => writeln!(out, "  {label:<9} {NONE}")?,
        }
    }
    writeln!(out)?;
    writeln!(out, "Work ({})", count(r.work.len(), "job"))?;
    for (i, w) in r.work.iter().enumerate() {
        let title = w.position.as_deref().unwrap_or(NONE);
        let employer = w.name.as_deref().unwrap_or(NONE);
        let place = w
            .location
            .as_deref()
            .map(|l| format!(" · {l}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:>2}  {title} · {employer}{place}  (line {})",
            i + 1,
            w.line
        )?;
        let start = w.start_date.as_deref().unwrap_or(NONE);
        let end = match (&w.end_date, w.dates.is_some_and(|d| d.present)) {
            (_, true) => "present".to_owned(),
            (Some(e), false) => e.clone(),
            (None, false) => NONE.to_owned(),
        };
        writeln!(
            out,
            "      {start} – {end} · {}",
            count(w.highlights.len(), "highlight")
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Education ({})", count(r.education.len(), "entry"))?;
    for (i, e) in r.education.iter().enumerate() {
        let degree = [e.study_type.as_deref(), e.area.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let degree = if degree.is_empty() {
            NONE.to_owned()
        } else {
            degree
        };
        let school = e.institution.as_deref().unwrap_or(NONE);
        let date = match (&e.start_date, &e.end_date) {
            (Some(s), Some(t)) => format!("{s} – {t}"),
            (None, Some(t)) => t.clone(),
            (Some(s), None) => format!("{s} –"),
            (None, None) => NONE.to_owned(),
        };
        writeln!(
            out,
            "  {:>2}  {degree} · {school} · {date}  (line {})",
            i + 1,
            e.line
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Skills ({})", count(r.skills.len(), "group"))?;
    for s in &r.skills {
        writeln!(
            out,
            "  {}: {}  (line {})",
            s.name,
            s.keywords.join(", "),
            s.line
        )?;
    }
    for (title, list) in [("Certificates", &r.certificates), ("Projects", &r.projects)] {
        if list.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{title} ({})", list.len())?;
        for n in list {
            writeln!(out, "  {}  (line {})", n.name, n.line)?;
        }
    }
    Ok(())
}

fn count(n: usize, what: &str) -> String {
    match (n, what) {
        (1, _) => format!("1 {what}"),
        (_, "entry") => format!("{n} entries"),
        _ => format!("{n} {what}s"),
    }
}
