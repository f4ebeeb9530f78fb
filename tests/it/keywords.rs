//! The shipped keyword data: every file loads and lints, every file is
//! embedded in the binary, and the data follows the matching rules' needs.

use std::collections::BTreeSet;

use ats::roles::{BUILTIN_ROLES, BUILTIN_SHARED, Shared, Tier, load_role};

use crate::util::{root, run};

fn listed(dir: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join(dir))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn every_keyword_file_is_embedded() {
    let embedded: BTreeSet<String> = BUILTIN_ROLES
        .iter()
        .map(|(id, _)| (*id).to_owned())
        .collect();
    assert_eq!(
        embedded,
        listed("keywords"),
        "keywords/*.toml and BUILTIN_ROLES differ"
    );
    let shared: BTreeSet<String> = BUILTIN_SHARED
        .iter()
        .map(|(id, _)| (*id).to_owned())
        .collect();
    assert_eq!(
        shared,
        listed("keywords/shared"),
        "keywords/shared/*.toml and BUILTIN_SHARED differ"
    );
    for (id, text) in BUILTIN_ROLES {
        let on_disk = std::fs::read_to_string(root().join(format!("keywords/{id}.toml"))).unwrap();
        assert_eq!(*text, on_disk, "{id}: the embedded copy is stale");
    }
}

#[test]
fn every_builtin_role_loads_and_follows_the_data_rules() {
    let shared = Shared::builtin().unwrap_or_else(|e| panic!("shared data: {e:?}"));
    assert!(!shared.acronyms.is_empty());
    for (id, text) in BUILTIN_ROLES {
        let role = load_role(id, id, text, &shared).unwrap_or_else(|errors| {
            panic!(
                "{id}:\n{}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(
            role.tier(Tier::MustHave).count() >= 10,
            "{id}: too few must-have keywords"
        );
        assert!(
            role.tier(Tier::Strong).count() >= 15,
            "{id}: too few strong keywords"
        );
        assert!(
            role.avoid.len() >= 20,
            "{id}: shared avoid terms not extended"
        );
        for k in &role.keywords {
            let forms = std::iter::once(&k.term).chain(&k.aliases).chain(&k.acronym);
            for form in forms {
                // Two letters or fewer would match inside ordinary text
                // ("go", "it", "c") unless the case must match.
                let short = form.chars().filter(|c| c.is_alphanumeric()).count() <= 2;
                // Short acronyms are matched case-sensitively by the matcher itself.
                if short && k.acronym.as_ref() != Some(form) {
                    assert!(
                        k.case_sensitive,
                        "{id}: \"{form}\" ({}) must be case_sensitive",
                        k.term
                    );
                }
            }
            if let Some(acronym) = &k.acronym {
                assert_ne!(
                    acronym.to_lowercase(),
                    k.term.to_lowercase(),
                    "{id}: {}",
                    k.term
                );
            }
        }
    }
}

#[test]
fn ambiguous_words_are_case_sensitive_in_every_role() {
    // English words that are also skill names: lowercase use is prose.
    const AMBIGUOUS: &[&str] = &[
        "Go", "R", "C", "Swift", "Rust", "Ruby", "Flask", "Jest", "Dart", "Spring", "Express",
        "Shell", "Rails", "SOAP", "Chef", "Puppet",
    ];
    let shared = Shared::builtin().unwrap();
    for (id, text) in BUILTIN_ROLES {
        let role = load_role(id, id, text, &shared).unwrap();
        for k in &role.keywords {
            for form in std::iter::once(&k.term).chain(&k.aliases) {
                if AMBIGUOUS.contains(&form.as_str()) {
                    assert!(k.case_sensitive, "{id}: \"{form}\" must be case_sensitive");
                }
            }
        }
    }
}

#[test]
fn roles_lint_accepts_the_shipped_data() {
    let output = run(["roles", "lint", root().join("keywords").to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("ok: ") && stdout.contains("backend-developer.toml"),
        "{stdout}"
    );
}
