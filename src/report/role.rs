//! Printers of role data: `ats roles list`, `show`, `lint` and `from-jd`.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::jd::{Derived, DerivedTerm};
use crate::roles::{Keyword, Role, Tier};

/// `ats roles list`: a table, or JSON.
pub fn write_list(out: &mut dyn Write, all: &[Role], json: bool) -> io::Result<()> {
    let count = |role: &Role, tier| role.tier_entries(tier);
    if json {
        let rows: Vec<serde_json::Value> = all
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "name": r.name,
                    "summary": r.summary,
                    "must_have": count(r, Tier::MustHave),
                    "strong": count(r, Tier::Strong),
                    "avoid": r.avoid.len(),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        return writeln!(out);
    }
    let width = all.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let name = all
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        out,
        "{:<width$}  {:<name$} {:>9} {:>7} {:>6}",
        "ID", "NAME", "MUST-HAVE", "STRONG", "AVOID"
    )?;
    for r in all {
        writeln!(
            out,
            "{:<width$}  {:<name$} {:>9} {:>7} {:>6}",
            r.id,
            r.name,
            count(r, Tier::MustHave),
            count(r, Tier::Strong),
            r.avoid.len()
        )?;
    }
    Ok(())
}

/// `ats roles show`: a role's keywords, avoid terms and weights.
pub fn write_show(out: &mut dyn Write, role: &Role) -> io::Result<()> {
    writeln!(out, "{} ({})", role.name, role.id)?;
    if let Some(summary) = &role.summary {
        writeln!(out, "{summary}")?;
    }
    if !role.aliases.is_empty() {
        writeln!(out, "Also known as: {}", role.aliases.join(", "))?;
    }
    for (tier, title) in [
        (Tier::MustHave, "Must-have keywords"),
        (Tier::Strong, "Strong keywords"),
    ] {
        writeln!(out, "\n{title} ({})", role.tier_entries(tier))?;
        for k in role.tier(tier) {
            let mut line = format!("  {}", k.term);
            if let Some(g) = k.one_of {
                let all: Vec<&str> = role
                    .keywords
                    .iter()
                    .filter(|m| m.one_of == Some(g))
                    .map(|m| m.term.as_str())
                    .collect();
                line.push_str(&format!("  (one of {})", all.join(", ")));
            }
            if let Some(years) = k.years {
                line.push_str(&format!("  {years}+ years"));
            }
            if let Some(acronym) = &k.acronym {
                line.push_str(&format!(" ({acronym})"));
            }
            if k.weight != 1.0 {
                line.push_str(&format!("  weight {}", k.weight));
            }
            if k.case_sensitive {
                line.push_str("  [case-sensitive]");
            }
            if !k.aliases.is_empty() {
                line.push_str(&format!("  also: {}", k.aliases.join(", ")));
            }
            if !k.evidence.is_empty() {
                line.push_str(&format!("  shown by: {}", k.evidence.join(", ")));
            }
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out, "\nTerms to avoid ({})", role.avoid.len())?;
    for a in &role.avoid {
        let instead = a.instead.as_deref().unwrap_or("");
        writeln!(out, "  {}  → {instead}", a.term)?;
    }
    let w = role.weights;
    writeln!(
        out,
        "\nScore weights: relevance = {} × must + {} × strong; a keyword only in a list loses {} (context), with one acronym form {} (acronyms); quality = {} + {} × impact + {} × clean",
        w.must,
        w.strong,
        w.context,
        w.acronyms,
        w.base(),
        w.impact,
        w.clean
    )
}

/// `ats roles lint`: a file that passed.
pub fn write_lint_ok(out: &mut dyn Write, path: &str, role: &Role) -> io::Result<()> {
    writeln!(
        out,
        "ok: {path} ({} must-have, {} strong, {} avoid)",
        role.tier_entries(Tier::MustHave),
        role.tier_entries(Tier::Strong),
        role.avoid.len()
    )
}

/// `ats roles from-jd`: a role derived from a job description, as a role
/// file the loader reads back, each keyword with where the posting asks
/// for it.
pub fn write_derived(w: &mut dyn Write, derived: &Derived) -> io::Result<()> {
    let role = &derived.role;
    let mut out = String::new();
    let jd = role.jd.as_deref().unwrap_or("a job description");
    let _ = writeln!(out, "# Derived by `ats roles from-jd` from {jd}.");
    let _ = writeln!(
        out,
        "# Each keyword says where the posting asks for it. Edit freely, then save as"
    );
    let _ = writeln!(
        out,
        "# <role-id>.toml and use it with `ats check --keywords <role-id>.toml`."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "name = {}", quote(&role.name));
    if let Some(summary) = &role.summary {
        let _ = writeln!(out, "summary = {}", quote(summary));
    }
    if !role.extends.is_empty() {
        let list: Vec<String> = role.extends.iter().map(|e| quote(e)).collect();
        let _ = writeln!(out, "extends = [{}]", list.join(", "));
    }
    // Evidence phrases go to the first keyword that brings them: a role
    // file gives each phrase to one keyword.
    let mut evidence_seen: std::collections::HashSet<String> = Default::default();
    let mut i = 0;
    while i < derived.terms.len() {
        let t = &derived.terms[i];
        let members: Vec<&DerivedTerm> = match t.keyword.one_of {
            Some(g) => derived.terms[i..]
                .iter()
                .take_while(|m| m.keyword.one_of == Some(g))
                .collect(),
            None => vec![t],
        };
        i += members.len();
        let _ = writeln!(out);
        for m in &members {
            let _ = writeln!(out, "# {}", origin(m));
        }
        let k = &t.keyword;
        let _ = writeln!(out, "[[{}]]", k.tier.name());
        if members.len() == 1 {
            write_forms(&mut out, k, &mut evidence_seen);
        } else {
            let _ = writeln!(out, "any_of = [");
            for m in &members {
                let mut forms = String::new();
                write_forms(&mut forms, &m.keyword, &mut evidence_seen);
                let inline: Vec<&str> = forms.lines().collect();
                let _ = writeln!(out, "    {{ {} }},", inline.join(", "));
            }
            let _ = writeln!(out, "]");
        }
        if let Some(years) = k.years {
            let _ = writeln!(out, "years = {years}");
        }
    }
    w.write_all(out.as_bytes())
}

/// Where the posting asks for a term, as a comment.
fn origin(t: &DerivedTerm) -> String {
    let times = if t.count == 1 { "once" } else { "times" };
    let count = if t.count == 1 {
        String::new()
    } else {
        format!("{} ", t.count)
    };
    let origin = if t.known {
        "known keyword"
    } else {
        "named in the posting"
    };
    let title = if t.in_title { ", in the title" } else { "" };
    let years = t
        .keyword
        .years
        .map(|y| format!(", {y}+ years"))
        .unwrap_or_default();
    format!(
        "{}: {origin}: {count}{times}{title}{years}, first on line {}, under {}",
        t.keyword.term,
        t.first_line,
        t.cue.name()
    )
}

/// A keyword's forms as `key = value` lines.
fn write_forms(
    out: &mut String,
    k: &Keyword,
    evidence_seen: &mut std::collections::HashSet<String>,
) {
    let _ = writeln!(out, "term = {}", quote(&k.term));
    if let Some(acronym) = &k.acronym {
        let _ = writeln!(out, "acronym = {}", quote(acronym));
    }
    if !k.aliases.is_empty() {
        let list: Vec<String> = k.aliases.iter().map(|a| quote(a)).collect();
        let _ = writeln!(out, "aliases = [{}]", list.join(", "));
    }
    if k.case_sensitive {
        let _ = writeln!(out, "case_sensitive = true");
    }
    let evidence: Vec<String> = k
        .evidence
        .iter()
        .filter(|e| evidence_seen.insert(e.to_lowercase()))
        .map(|e| quote(e))
        .collect();
    if !evidence.is_empty() {
        let _ = writeln!(out, "evidence = [{}]", evidence.join(", "));
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
