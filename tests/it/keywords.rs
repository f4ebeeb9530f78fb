//! The shipped keyword data: every file loads and lints, every file is
//! embedded in the binary, and the data follows the matching rules' needs.

use std::collections::{BTreeMap, BTreeSet};

use ats::jd::BUILTIN_JD;
use ats::matcher::is_short;
use ats::roles::{BUILTIN_ROLES, BUILTIN_SHARED, Keyword, Role, Shared, Tier, load_role};

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
        assert!(*text == on_disk, "{id}: the embedded copy is stale");
    }
}

/// The job-description data (`keywords/jd/`, not roles): every file on disk
/// is embedded, and the embedded copy is the file. `src/jd/words.rs` tests
/// that it loads and is sane.
#[test]
fn every_jd_data_file_is_embedded() {
    let embedded: BTreeSet<String> = BUILTIN_JD.iter().map(|(id, _)| (*id).to_owned()).collect();
    assert_eq!(
        embedded,
        listed("keywords/jd"),
        "keywords/jd/*.toml and BUILTIN_JD differ"
    );
    for (id, text) in BUILTIN_JD {
        let on_disk =
            std::fs::read_to_string(root().join(format!("keywords/jd/{id}.toml"))).unwrap();
        assert!(*text == on_disk, "jd/{id}: the embedded copy is stale");
    }
}

fn builtin_roles() -> Vec<Role> {
    let shared = Shared::builtin().unwrap_or_else(|e| panic!("shared data: {e:?}"));
    BUILTIN_ROLES
        .iter()
        .map(|(id, text)| {
            load_role(id, id, text, &shared).unwrap_or_else(|errors| {
                panic!(
                    "{id}:\n{}",
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            })
        })
        .collect()
}

fn forms(k: &Keyword) -> impl Iterator<Item = &String> {
    std::iter::once(&k.term).chain(&k.aliases).chain(&k.acronym)
}

#[test]
fn the_library_covers_the_roles_recruiters_screen_for() {
    let ids: BTreeSet<&str> = BUILTIN_ROLES.iter().map(|(id, _)| *id).collect();
    assert!(ids.len() >= 30, "{} roles", ids.len());
    for id in [
        "backend-developer",
        "frontend-developer",
        "full-stack-developer",
        "mobile-developer",
        "cpp-developer",
        "embedded-software-engineer",
        "game-developer",
        "qa-automation-engineer",
        "api-developer",
        "software-architect",
        "technical-lead",
        "engineering-manager",
        "devops-engineer",
        "site-reliability-engineer",
        "cloud-architect",
        "network-engineer",
        "systems-administrator",
        "security-engineer",
        "database-administrator",
        "data-engineer",
        "big-data-engineer",
        "data-scientist",
        "data-analyst",
        "bi-developer",
        "machine-learning-engineer",
        "ai-specialist",
        "product-manager",
        "project-manager",
        "ux-ui-designer",
        "technical-writer",
        "it-support-specialist",
        "accountant",
        "financial-analyst",
        "marketing-manager",
        "sales-representative",
        "hr-specialist",
        "registered-nurse",
        "teacher",
        "office-administrator",
    ] {
        assert!(ids.contains(id), "no built-in role {id}");
    }
}

#[test]
fn every_builtin_role_loads_and_follows_the_data_rules() {
    let generic = Shared::builtin().unwrap().fragments["generic"].len();
    for role in builtin_roles() {
        let id = &role.id;
        assert!(
            role.tier(Tier::MustHave).count() >= 12,
            "{id}: too few must-have keywords"
        );
        assert!(
            role.tier(Tier::Strong).count() >= 15,
            "{id}: too few strong keywords"
        );
        assert!(
            role.avoid.len() > generic,
            "{id}: no role-specific avoid term, or generic not extended"
        );
        let text = std::fs::read_to_string(root().join(format!("keywords/{id}.toml"))).unwrap();
        assert!(
            text.starts_with('#') && text.contains("Based on"),
            "{id}: no comment saying what it is based on"
        );
        // No form twice in a role, compared without case (the loader's
        // rule, checked here on the shipped data as a whole).
        let mut seen = BTreeSet::new();
        for k in &role.keywords {
            for form in forms(k) {
                // A case-sensitive keyword may list case variants
                // ("Retrieval-Augmented Generation", "retrieval-augmented generation").
                let key = if k.case_sensitive {
                    form.clone()
                } else {
                    form.to_lowercase()
                };
                assert!(seen.insert(key), "{id}: \"{form}\" twice");
            }
            if let Some(acronym) = &k.acronym {
                assert_ne!(
                    acronym.to_lowercase(),
                    k.term.to_lowercase(),
                    "{id}: {}",
                    k.term
                );
            }
            // A term of two characters or fewer (R, C, Go) is always
            // case-sensitive. Short aliases and acronyms (JS, UI) are matched
            // exactly by the matcher whatever the keyword says: see
            // `matcher::tests::match_rules_table`, "a short alias is exact".
            if is_short(&k.term) {
                assert!(
                    k.case_sensitive,
                    "{id}: \"{}\" must be case_sensitive",
                    k.term
                );
            }
        }
    }
}

/// English words that are also skill names: in lowercase they are prose
/// ("go to", "spring of", "express delivery", "excel at", "react to").
const AMBIGUOUS: &[&str] = &[
    "Go",
    "R",
    "C",
    "Swift",
    "Rust",
    "Ruby",
    "Flask",
    "Jest",
    "Dart",
    "Spring",
    "Express",
    "Shell",
    "Rails",
    "SOAP",
    "Chef",
    "Puppet",
    "Salt",
    "Excel",
    "Access",
    "Word",
    "React",
    "Angular",
    "Unity",
    "Spark",
    "Hive",
    "Pig",
    "Helm",
    "Epic",
    "Canvas",
    "Blackboard",
    "Workday",
    "Greenhouse",
    "Lever",
    "Outreach",
    "Gong",
    "SAP",
    "Sketch",
    "Storm",
    "Beam",
    "Vault",
    "Consul",
    "Snowflake",
    "Looker",
    "Mode",
    "Ember",
    "Backbone",
    "Cypress",
    "Framer",
    "Elm",
];

#[test]
fn ambiguous_words_are_case_sensitive_in_every_role() {
    for role in builtin_roles() {
        for k in &role.keywords {
            for form in forms(k) {
                if AMBIGUOUS.iter().any(|w| w.eq_ignore_ascii_case(form)) {
                    assert!(
                        k.case_sensitive,
                        "{}: \"{form}\" must be case_sensitive",
                        role.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_skill_is_spelled_alike_in_every_role() {
    // The library is also one lexicon (job descriptions are read with it):
    // the same term must have the same case rule and acronym everywhere.
    let mut seen: BTreeMap<String, (String, bool, Option<String>)> = BTreeMap::new();
    let mut conflicts = Vec::new();
    for role in builtin_roles() {
        for k in &role.keywords {
            let key = k.term.to_lowercase();
            let this = (role.id.clone(), k.case_sensitive, k.acronym.clone());
            match seen.get(&key) {
                Some((first, cs, acronym)) if (*cs, acronym) != (k.case_sensitive, &k.acronym) => {
                    conflicts.push(format!(
                        "{}: {first} has case_sensitive={cs} acronym={acronym:?}, {} has {} {:?}",
                        k.term, role.id, k.case_sensitive, k.acronym
                    ));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, this);
                }
            }
        }
    }
    assert!(conflicts.is_empty(), "{}", conflicts.join("\n"));
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

#[test]
fn the_documented_table_of_roles_is_the_roles_list_output() {
    let output = run(["roles", "list"]);
    assert!(output.status.success());
    let listed = String::from_utf8(output.stdout).unwrap();
    let readme = std::fs::read_to_string(root().join("docs/roles.md")).unwrap();
    let start = readme.find("<!-- roles-list:start -->\n```text\n").unwrap();
    let block = &readme[start..];
    let block = &block[block.find("```text\n").unwrap() + 8..];
    let block = &block[..block.find("```").unwrap()];
    assert_eq!(
        block, listed,
        "docs/roles.md's table of roles is stale: paste `ats roles list` between the roles-list markers"
    );
}

/// The cases of issue 14 against the built-in role data, one named row
/// each: (role, a resume line under Experience, keyword, the match wanted).
/// They hold the data (aliases that are not synonyms removed, evidence
/// phrases) and the matcher together.
const ROLE_DATA_CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "worked on APIs is API work",
        "backend-developer",
        "Worked on APIs and performance for training models",
        "API Development",
        "variant",
    ),
    (
        "a thin REST layer is API work",
        "backend-developer",
        "Provides a thin REST layer on top for serving offline data",
        "API Development",
        "variant",
    ),
    (
        "analyzed data",
        "data-scientist",
        "Analyzed data from 40 sensors to find faults",
        "Data Analysis",
        "variant",
    ),
    (
        "visualized data",
        "data-scientist",
        "Visualized data for the operations team every week",
        "Data Visualization",
        "variant",
    ),
    (
        "deploy the model",
        "data-scientist",
        "Worked with engineers to deploy the model to production",
        "Model Deployment",
        "variant",
    ),
    (
        "reviewed code",
        "backend-developer",
        "Wrote and reviewed code for the payments service",
        "Code Review",
        "variant",
    ),
    (
        "installed software",
        "it-support-specialist",
        "Installed a new software program for 60 staff",
        "Software Installation",
        "variant",
    ),
    (
        "from conception to market",
        "product-manager",
        "Managing products from conception to market success",
        "Product Lifecycle",
        "variant",
    ),
    (
        "card authorization is not access control",
        "backend-developer",
        "Rebuilt the card authorization flow for 3 banks",
        "Authentication and Authorization",
        "missing",
    ),
    (
        "Bluetooth is not Bluetooth Low Energy",
        "embedded-software-engineer",
        "Built a robot with Arduino C, 3D printing and Bluetooth",
        "Bluetooth Low Energy",
        "missing",
    ),
    (
        "power distribution is not low-power design",
        "embedded-software-engineer",
        "Designed a proprietary power management/distribution system",
        "Low-Power Design",
        "missing",
    ),
    (
        "The Linux Foundation is not Linux",
        "devops-engineer",
        "Certified Kubernetes Administrator, The Linux Foundation",
        "Linux",
        "missing",
    ),
];

#[test]
fn issue_cases_against_the_builtin_role_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut wrong = Vec::new();
    for (name, role, line, term, want) in ROLE_DATA_CASES {
        let text = format!("Jane Doe\njane@example.com\n\nExperience\n• {line}\n");
        let path = crate::util::write(dir.path(), "cv.txt", text.as_bytes());
        let (report, _) = crate::util::run_json([
            "check".into(),
            path.into_os_string(),
            "--role".into(),
            (*role).into(),
            "--format".into(),
            "json".into(),
            "--no-config".into(),
        ]);
        let got = report["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["term"] == *term)
            .unwrap_or_else(|| panic!("{name}: {term} is not a keyword of {role}"))["match"]
            .as_str()
            .unwrap()
            .to_owned();
        if got != *want {
            wrong.push(format!("{name}: {term} is {got}, not {want}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
