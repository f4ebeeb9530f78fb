//! Printers of role data: `ats roles list`, `show` and `lint`.

use std::io::{self, Write};

use crate::roles::{Role, Tier};

/// `ats roles list`: a table, or JSON.
pub fn write_list(out: &mut dyn Write, all: &[Role], json: bool) -> io::Result<()> {
    let count = |role: &Role, tier| role.tier(tier).count();
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
        writeln!(out, "\n{title} ({})", role.tier(tier).count())?;
        for k in role.tier(tier) {
            let mut line = format!("  {}", k.term);
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
        "\nScore weights: must {} · strong {} · context {} · acronyms {} · impact {} · clean {}",
        w.must, w.strong, w.context, w.acronyms, w.impact, w.clean
    )
}

/// `ats roles lint`: a file that passed.
pub fn write_lint_ok(out: &mut dyn Write, path: &str, role: &Role) -> io::Result<()> {
    writeln!(
        out,
        "ok: {path} ({} must-have, {} strong, {} avoid)",
        role.tier(Tier::MustHave).count(),
        role.tier(Tier::Strong).count(),
        role.avoid.len()
    )
}
