//! Job descriptions become roles: the team's postings in `samples/jd/`, each
//! with an answer key written blind to the code, give the expected
//! must-have and strong keywords (precision and recall per tier).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ats::extract::{Document, extract_in_process, read_input, sniff};
use ats::jd::{Derived, derive};
use ats::matcher::{Matcher, Target};
use ats::normalize::normalize;
use ats::roles::{Role, Shared, Tier, load_role};

use crate::util::{root, run};

/// The postings with an answer key: (key, every file of the posting). A
/// posting kept in several formats (`data-engineer.txt` and `.pdf`) lists
/// the text source first.
fn postings() -> Vec<(PathBuf, Vec<PathBuf>)> {
    let dir = root().join("samples/jd");
    let mut out = Vec::new();
    let mut keys: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.toml"))
        .collect();
    keys.sort();
    for key in keys {
        let name = key
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".expected.toml", "");
        let files: Vec<PathBuf> = ["txt", "md", "pdf", "docx"]
            .iter()
            .map(|ext| dir.join(format!("{name}.{ext}")))
            .filter(|p| p.is_file())
            .collect();
        assert!(!files.is_empty(), "no posting for {}", key.display());
        out.push((key, files));
    }
    out
}

fn read(path: &Path) -> Document {
    let bytes = read_input(path, 20_000_000).unwrap();
    let format = sniff(&bytes, path).unwrap();
    extract_in_process(&bytes, format).unwrap()
}

fn derived(path: &Path) -> Derived {
    let shared = Shared::builtin().unwrap();
    let lexicon = ats::app::lexicon(&shared).unwrap();
    derive(
        &lexicon,
        "posting",
        &path.display().to_string(),
        &read(path),
    )
}

/// An entry of an answer key: one skill, or a one-of group (`["Go", "Java"]`).
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum Entry {
    One(String),
    AnyOf(Vec<String>),
}

impl Entry {
    fn members(&self) -> Vec<&str> {
        match self {
            Entry::One(s) => vec![s.as_str()],
            Entry::AnyOf(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// `samples/jd/<name>.expected.toml` (see `samples/jd/README.md`).
#[derive(Debug, serde::Deserialize)]
struct Key {
    must_have: Vec<Entry>,
    strong: Vec<Entry>,
    #[serde(default)]
    duties: Vec<String>,
    #[serde(default)]
    noise: Vec<String>,
    #[serde(default)]
    years: std::collections::BTreeMap<String, u32>,
}

/// The keywords of the matcher's role found in `phrase`, with whether the
/// form covers the whole phrase.
fn hits_in(matcher: &Matcher, phrase: &str) -> Vec<(usize, bool)> {
    let text = normalize(&Document::from_lines([phrase]));
    matcher
        .find(&text)
        .into_iter()
        .filter_map(|hit| match matcher.form(&hit).target {
            Target::Keyword(k) => Some((k, hit.start == 0 && hit.end == text.text.len())),
            _ => None,
        })
        .collect()
}

/// The keyword an answer-key phrase names: one of its forms covers the
/// whole phrase.
fn keyword_of(matcher: &Matcher, phrase: &str) -> Option<usize> {
    hits_in(matcher, phrase)
        .into_iter()
        .find_map(|(k, whole)| whole.then_some(k))
}

/// Every keyword with a form inside `phrase`.
fn keywords_in(matcher: &Matcher, phrase: &str) -> Vec<usize> {
    hits_in(matcher, phrase)
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// How one derived role agrees with its answer key. Counts, so postings
/// add up.
#[derive(Debug, Default, Clone)]
struct Figures {
    must: usize,
    must_found: usize,
    strong: usize,
    strong_found: usize,
    duties: usize,
    duties_found: usize,
    /// Must and strong entries found in some tier, and of those in the right one.
    found_any: usize,
    right_tier: usize,
    groups: usize,
    groups_right: usize,
    years: usize,
    years_right: usize,
    noise_hits: Vec<String>,
    derived: usize,
    /// Derived keywords that no entry of the key names.
    extra: Vec<String>,
    mistakes: Vec<String>,
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.must += o.must;
        self.must_found += o.must_found;
        self.strong += o.strong;
        self.strong_found += o.strong_found;
        self.duties += o.duties;
        self.duties_found += o.duties_found;
        self.found_any += o.found_any;
        self.right_tier += o.right_tier;
        self.groups += o.groups;
        self.groups_right += o.groups_right;
        self.years += o.years;
        self.years_right += o.years_right;
        self.noise_hits.extend(o.noise_hits.iter().cloned());
        self.derived += o.derived;
        self.extra.extend(o.extra.iter().cloned());
    }
    /// What the key asks for (must, strong, duties), found in some tier.
    fn recall(&self) -> f64 {
        ratio(
            self.found_any + self.duties_found,
            self.must + self.strong + self.duties,
        )
    }
    fn precision(&self) -> f64 {
        1.0 - ratio(self.extra.len(), self.derived)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Compares a derived role with its answer key.
fn compare(role: &Role, key: &Key) -> Figures {
    let matcher = Matcher::new(role, &[]);
    let mut f = Figures {
        derived: role.entries().len(),
        ..Figures::default()
    };
    let mut named: BTreeSet<usize> = BTreeSet::new();
    for (tier, entries) in [
        (Tier::MustHave, &key.must_have),
        (Tier::Strong, &key.strong),
    ] {
        for entry in entries {
            let members = entry.members();
            let found: Vec<Option<usize>> =
                members.iter().map(|m| keyword_of(&matcher, m)).collect();
            named.extend(found.iter().flatten());
            let all_found = found.iter().all(Option::is_some);
            let in_tier = found
                .iter()
                .flatten()
                .all(|&k| role.keywords[k].tier == tier);
            match tier {
                Tier::MustHave => f.must += 1,
                Tier::Strong => f.strong += 1,
            }
            if all_found {
                f.found_any += 1;
                if in_tier {
                    f.right_tier += 1;
                    match tier {
                        Tier::MustHave => f.must_found += 1,
                        Tier::Strong => f.strong_found += 1,
                    }
                } else {
                    f.mistakes.push(format!("{members:?} not {}", tier.name()));
                }
            } else {
                let lost: Vec<&&str> = members
                    .iter()
                    .zip(&found)
                    .filter(|(_, k)| k.is_none())
                    .map(|(m, _)| m)
                    .collect();
                f.mistakes
                    .push(format!("missed {lost:?} ({})", tier.name()));
            }
            if let Entry::AnyOf(_) = entry {
                f.groups += 1;
                let ids: BTreeSet<Option<u32>> = found
                    .iter()
                    .flatten()
                    .map(|&k| role.keywords[k].one_of)
                    .collect();
                if all_found && ids.len() == 1 && ids.first().is_some_and(Option::is_some) {
                    f.groups_right += 1;
                } else {
                    f.mistakes.push(format!("{members:?} not one group"));
                }
            }
        }
    }
    for duty in &key.duties {
        f.duties += 1;
        match keyword_of(&matcher, duty) {
            Some(k) => {
                named.insert(k);
                f.duties_found += 1;
            }
            None => f.mistakes.push(format!("missed duty \"{duty}\"")),
        }
    }
    for (term, years) in &key.years {
        f.years += 1;
        let got = keyword_of(&matcher, term).and_then(|k| role.keywords[k].years);
        if got == Some(*years) {
            f.years_right += 1;
        } else {
            f.mistakes
                .push(format!("{term}: {years} years, derived {got:?}"));
        }
    }
    for noise in &key.noise {
        for k in keywords_in(&matcher, noise) {
            f.noise_hits.push(format!(
                "\"{}\" in noise \"{noise}\"",
                role.keywords[k].term
            ));
        }
    }
    for entry in role.entries() {
        if !entry.iter().any(|k| named.contains(k)) {
            let k = &role.keywords[entry[0]];
            f.extra.push(format!("{} ({})", k.term, k.tier.name()));
        }
    }
    f
}

fn row(name: &str, f: &Figures) -> String {
    format!(
        "{name:<36} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}\n",
        format!("{}/{}", f.must_found, f.must),
        format!("{}/{}", f.strong_found, f.strong),
        format!("{}/{}", f.duties_found, f.duties),
        format!("{}/{}", f.right_tier, f.found_any),
        format!("{}/{}", f.groups_right, f.groups),
        f.noise_hits.len(),
        f.extra.len(),
    )
}

#[test]
fn postings_give_their_answer_keys() {
    let postings = postings();
    assert!(
        postings.len() >= 20,
        "the team's job descriptions are in samples/jd/"
    );
    let mut total = Figures::default();
    let mut report = String::from(
        "posting                               must strong duties tier  groups noise extra\n",
    );
    let mut worse = Vec::new();
    for (key_path, files) in &postings {
        let key: Key = toml::from_str(&std::fs::read_to_string(key_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", key_path.display()));
        let mut first: Option<Figures> = None;
        for file in files {
            let f = compare(&derived(file).role, &key);
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            report.push_str(&row(&name, &f));
            for m in f.mistakes.iter().chain(&f.noise_hits) {
                report.push_str(&format!("    {m}\n"));
            }
            if !f.extra.is_empty() {
                report.push_str(&format!("    extra: {}\n", f.extra.join(", ")));
            }
            match &first {
                None => {
                    total.add(&f);
                    first = Some(f);
                }
                // A PDF or DOCX print of a posting reads as well as its text.
                Some(text) => {
                    if f.recall() < text.recall() || f.noise_hits.len() > text.noise_hits.len() {
                        worse.push(name);
                    }
                }
            }
        }
    }
    report.push_str(&row("all postings (text of each)", &total));
    let must = ratio(total.must_found, total.must);
    let strong = ratio(total.strong_found, total.strong);
    let duties = ratio(total.duties_found, total.duties);
    let tier = ratio(total.right_tier, total.found_any);
    report.push_str(&format!(
        "must recall {must:.2}, strong recall {strong:.2}, duty recall {duties:.2}, tier accuracy {tier:.2}, \
         one-of groups {}/{}, years {}/{}, noise hits {}, precision {:.2} ({} extra of {})\n",
        total.groups_right,
        total.groups,
        total.years_right,
        total.years,
        total.noise_hits.len(),
        total.precision(),
        total.extra.len(),
        total.derived,
    ));
    println!("{report}");
    assert!(
        worse.is_empty(),
        "read worse than their text: {worse:?}\n{report}"
    );
    // The aims (must 0.95, strong 0.9, duties 0.85, no noise term
    // in any tier) are reached (must 0.95, strong 0.91, duties 0.86, tiers
    // 0.96, groups 28/30, no noise hit; see docs/job-postings.md): a change that reads
    // postings worse fails.
    assert!(must >= 0.95, "must recall {must:.3}\n{report}");
    assert!(strong >= 0.9, "strong recall {strong:.3}\n{report}");
    assert!(duties >= 0.85, "duty recall {duties:.3}\n{report}");
    assert!(tier >= 0.95, "tier accuracy {tier:.3}\n{report}");
    assert!(total.groups_right + 2 >= total.groups, "{report}");
    assert!(total.noise_hits.is_empty(), "{report}");
}

#[test]
fn noise_never_becomes_a_keyword() {
    // Benefits, salary, equal opportunity and the company blurb name things
    // that look like skills; none of them may come out.
    let text = "\
Backend Engineer

About Fooly
Fooly is a leading SaaS company. We are a team of 40 using Python and Kafka.

Requirements
- Strong Go and PostgreSQL skills.
- Excellent communication and ability to work in a team.

Nice to have
- Kubernetes is a plus.

Benefits
- Health insurance, 401(k), and a Python conference budget.
- Salary: $120,000 - $150,000 per year.

Fooly is an equal opportunity employer without regard to race or disability.
";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fooly.txt");
    std::fs::write(&path, text).unwrap();
    let derived = derived(&path);
    let terms = |tier| {
        derived
            .role
            .tier(tier)
            .map(|k| k.term.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(terms(Tier::MustHave), ["Go", "PostgreSQL"], "{derived:#?}");
    assert_eq!(terms(Tier::Strong), ["Kubernetes"]);
    assert_eq!(derived.title.as_deref(), Some("Backend Engineer"));
}

/// The terms a posting gives, each with its tier.
fn tiers_of(text: &str) -> Vec<(String, Tier)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("posting.txt");
    std::fs::write(&path, text).unwrap();
    derived(&path)
        .role
        .keywords
        .iter()
        .map(|k| (k.term.clone(), k.tier))
        .collect()
}

#[test]
fn the_posting_s_own_terms_are_read_and_other_people_s_tools_are_not() {
    // (posting, terms it must give with their tier, terms it must not give)
    type Case<'a> = (&'a str, &'a [(&'a str, Tier)], &'a [&'a str]);
    let cases: &[Case<'_>] = &[
        // A practice named once in a duty, and what it is done on is not.
        (
            "Staff Accountant\n\nWhat you'll do\n- Run flux analysis on the income statement.\n\nRequirements\n- US GAAP.\n",
            &[("flux analysis", Tier::Strong)],
            &["income statement", "Run flux analysis"],
        ),
        // A requirement's domain term, a known acronym inside it.
        (
            "Marketing Manager\n\nWhat you'll do\n- Run campaigns.\n\nRequirements\n- At least 3 years' experience in B2B marketing.\n",
            &[("B2B marketing", Tier::MustHave)],
            &[],
        ),
        // A verb or an adjective in front is not part of the term.
        (
            "Sales Lead\n\nResponsibilities\n- Bring disciplined spares forecasting to the team.\n- Agree data contracts with teams.\n- Fix the busiest pages of the site.\n\nRequirements\n- HubSpot.\n",
            &[
                ("spares forecasting", Tier::Strong),
                ("data contracts", Tier::Strong),
            ],
            &[
                "disciplined spares forecasting",
                "Agree data contracts",
                "busiest pages",
            ],
        ),
        // The company's blurb, wherever it stands, and tools the hire never
        // touches.
        (
            "Marketing Manager\nFenwright Assurance Ltd\n\nAbout the role\nFenwright builds compliance software for ISO 27001 and Cyber Essentials audits.\nOur sales team lives in Salesforce, and you will never have to open it.\nUntil two years ago most decisions were made in Excel workbooks.\n\nRequirements\n- HubSpot.\n",
            &[("HubSpot", Tier::MustHave)],
            &[
                "ISO 27001",
                "Cyber Essentials",
                "Salesforce",
                "Microsoft Excel",
                "Fenwright builds compliance",
            ],
        ),
        // Duties under a heading that also says "essential" are duties.
        (
            "ICU Nurse\n\nEssential Duties and Responsibilities\n- Run CRRT with nephrology.\n\nQualifications\n- BLS.\n",
            &[("CRRT", Tier::Strong)],
            &[],
        ),
        // A two-word tool offered as one of several.
        (
            "Data Engineer\n\nNice to have\n- Great Expectations or a similar data quality tool.\n",
            &[("Great Expectations", Tier::Strong)],
            &["Expectations"],
        ),
    ];
    for (text, want, never) in cases {
        let got = tiers_of(text);
        for (term, tier) in *want {
            assert!(
                got.iter().any(|(t, k)| t == term && k == tier),
                "{term:?} as {tier:?} from {text:?}: {got:?}"
            );
        }
        for term in *never {
            assert!(
                !got.iter().any(|(t, _)| t == term),
                "{term:?} from {text:?}: {got:?}"
            );
        }
    }
}

#[test]
fn sentence_cues_decide_the_tier_without_headings() {
    let text = "We need someone fluent in SQL and Tableau to own our reporting. \
You will build dashboards for finance. Python is a plus, and dbt would be nice. \
You must know statistics and be comfortable with Microsoft Excel.";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paragraph.txt");
    std::fs::write(&path, text).unwrap();
    let derived = derived(&path);
    let tier_of = |term: &str| {
        derived
            .role
            .keywords
            .iter()
            .find(|k| k.term == term)
            .map(|k| k.tier)
    };
    assert_eq!(tier_of("SQL"), Some(Tier::MustHave), "{derived:#?}");
    assert_eq!(tier_of("Tableau"), Some(Tier::MustHave));
    assert_eq!(tier_of("Microsoft Excel"), Some(Tier::MustHave));
    assert_eq!(tier_of("Python"), Some(Tier::Strong));
    assert_eq!(tier_of("dbt"), Some(Tier::Strong));
}

#[test]
fn from_jd_prints_toml_the_loader_reads_back() {
    let shared = Shared::builtin().unwrap();
    for posting in postings().into_iter().flat_map(|(_, files)| files) {
        let output = run(["roles".as_ref(), "from-jd".as_ref(), posting.as_os_str()]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let toml = String::from_utf8(output.stdout).unwrap();
        let role = load_role("derived", "derived.toml", &toml, &shared)
            .unwrap_or_else(|e| panic!("{}: {e:?}\n{toml}", posting.display()));
        let direct = derived(&posting).role;
        let terms = |r: &Role| {
            r.keywords
                .iter()
                .map(|k| (k.term.clone(), k.tier))
                .collect::<Vec<_>>()
        };
        assert_eq!(terms(&role), terms(&direct), "{}", posting.display());
        assert!(toml.starts_with("# Derived by `ats roles from-jd`"));
    }
}

#[test]
fn a_posting_and_its_saved_role_give_the_same_report() {
    // `--jd FILE` and `--keywords` on what `roles from-jd FILE` printed:
    // the same keywords, tiers, groups, years, avoid terms and score.
    let dir = tempfile::tempdir().unwrap();
    let resumes = [
        root().join("samples/strong-backend.txt"),
        root().join("samples/registered-nurse.txt"),
    ];
    let fields = |v: &serde_json::Value| {
        serde_json::json!({
            "score": v["score"],
            "parts": v["parts"],
            "keywords": v["keywords"],
            "avoid": v["avoid"],
            "acronyms": v["acronyms"],
        })
    };
    for posting in postings().into_iter().flat_map(|(_, files)| files) {
        let output = run(["roles".as_ref(), "from-jd".as_ref(), posting.as_os_str()]);
        assert!(output.status.success());
        let saved = dir.path().join("derived.toml");
        std::fs::write(&saved, &output.stdout).unwrap();
        for resume in &resumes {
            let (by_jd, _) = crate::util::run_json([
                "check".as_ref(),
                resume.as_os_str(),
                "--jd".as_ref(),
                posting.as_os_str(),
                "--format".as_ref(),
                "json".as_ref(),
            ]);
            let (by_file, _) = crate::util::run_json([
                "check".as_ref(),
                resume.as_os_str(),
                "--keywords".as_ref(),
                saved.as_os_str(),
                "--format".as_ref(),
                "json".as_ref(),
            ]);
            assert_eq!(
                fields(&by_jd),
                fields(&by_file),
                "{} against {}",
                resume.display(),
                posting.display()
            );
        }
    }
}

#[test]
fn years_asked_are_shown_beside_the_years_a_resume_shows() {
    let dir = tempfile::tempdir().unwrap();
    let posting = dir.path().join("job.txt");
    std::fs::write(
        &posting,
        "Backend Engineer\n\nRequirements\n- 5+ years of Java or Kotlin\n- 2 years of PostgreSQL\n",
    )
    .unwrap();
    let resume = dir.path().join("resume.txt");
    std::fs::write(
        &resume,
        "Jane Doe\njane@example.com\n\nExperience\nBackend Engineer, Acme\nMar 2019 - Feb 2021\n\
         - Built payment services in Java, cutting latency by 40%\nSoftware Engineer, Initech\n2016 - 2018\n\
         - Maintained Java batch jobs for 30 banks\n\nSkills\nJava, PostgreSQL\n",
    )
    .unwrap();
    let (report, _) = crate::util::run_json([
        "check".as_ref(),
        resume.as_os_str(),
        "--jd".as_ref(),
        posting.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let keyword = |term: &str| {
        report["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["term"] == term)
            .cloned()
            .unwrap_or_else(|| panic!("no {term} in {report:#}"))
    };
    let java = keyword("Java");
    assert_eq!(java["years"], 5, "{java:#}");
    assert_eq!(java["one_of"], serde_json::json!(["Java", "Kotlin"]));
    // Acme (2 years) and Initech (3 years) name Java.
    assert_eq!(java["years_shown"], 5.0, "{java:#}");
    // PostgreSQL is only in Skills: asked for, not shown in a dated job.
    let postgres = keyword("PostgreSQL");
    assert_eq!(postgres["years"], 2);
    assert!(postgres.get("years_shown").is_none(), "{postgres:#}");
    let output = crate::util::run([
        "check".as_ref(),
        resume.as_os_str(),
        "--jd".as_ref(),
        posting.as_os_str(),
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    // Lines wrap at 80 columns: read a wrapped line as one.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Java (one of Java, Kotlin; 5+ years)") && text.contains("about 5 years"),
        "{text}"
    );
}
