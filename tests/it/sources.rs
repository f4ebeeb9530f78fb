//! Resume sources in CI: the team's sample Markdown, LaTeX, Typst and JSON Resume
//! files give findings at the exact source line and column, the same in
//! JSON, SARIF and GitHub output.

use std::path::Path;

use ats::analyze::Analyzer;
use ats::extract::{Document, Format, extract_in_process};
use ats::normalize::normalize;
use ats::report::AcronymSource;
use ats::roles::Shared;
use ats::roles::resolve::builtin_role;
use ats::segment::segment;
use ats::vocab::Section;
use serde_json::Value;

use crate::util::{ats, root};

/// A finding the test expects, by rule and a piece of its text.
struct Expect<'a> {
    rule: &'a str,
    /// A piece of the finding's text: the term, or the bullet's words.
    text: &'a str,
    /// The file the finding is in, as printed (relative to `samples/`).
    file: &'a str,
    line: u64,
    column: u64,
}

/// Runs `ats check FILE --role backend-developer --no-config --format F` in
/// `samples/` and returns standard output.
fn check(file: &str, format: &str) -> String {
    let output = ats()
        .current_dir(root().join("samples"))
        .args(["check", file, "--role", "backend-developer", "--no-config"])
        .args(["--format", format])
        .output()
        .expect("ats runs");
    assert!(
        output.status.success(),
        "{file} --format {format}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// (file, line, column) of a finding in the JSON report.
fn json_location(report: &Value, e: &Expect<'_>) -> Option<(String, u64, u64)> {
    let list: Vec<&Value> = match e.rule {
        "ats/avoid-term" => report["avoid"].as_array()?.iter().collect(),
        "ats/unquantified-bullet" => report["quantification"]["unquantified"]
            .as_array()?
            .iter()
            .collect(),
        "ats/acronym-pairing" => report["acronyms"].as_array()?.iter().collect(),
        _ => return None,
    };
    let item = list.into_iter().find(|item| {
        ["term", "text", "acronym"]
            .iter()
            .any(|k| item[k].as_str().is_some_and(|s| s.contains(e.text)))
    })?;
    let file = item["file"]
        .as_str()
        .or(report["file"].as_str())?
        .to_owned();
    Some((file, item["line"].as_u64()?, item["column"].as_u64()?))
}

/// (uri, line, column) of a finding in the SARIF log.
fn sarif_location(log: &Value, e: &Expect<'_>) -> Option<(String, u64, u64)> {
    let result = log["runs"][0]["results"].as_array()?.iter().find(|r| {
        r["ruleId"] == e.rule
            && r["message"]["text"]
                .as_str()
                .is_some_and(|m| m.contains(e.text))
    })?;
    let location = &result["locations"][0]["physicalLocation"];
    Some((
        location["artifactLocation"]["uri"].as_str()?.to_owned(),
        location["region"]["startLine"].as_u64()?,
        location["region"]["startColumn"].as_u64()?,
    ))
}

/// (file, line, column) of a finding in the GitHub workflow commands.
fn github_location(commands: &str, e: &Expect<'_>) -> Option<(String, u64, u64)> {
    let line = commands
        .lines()
        .find(|l| l.contains(&format!("title={}::", e.rule)) && l.contains(e.text))?;
    let props = line.split_once(' ')?.1.split("::").next()?;
    let get = |key: &str| {
        props
            .split(',')
            .find_map(|p| p.strip_prefix(&format!("{key}=")))
            .map(str::to_owned)
    };
    Some((
        get("file")?,
        get("line")?.parse().ok()?,
        get("col")?.parse().ok()?,
    ))
}

/// Asserts every expected finding at its place in all three formats.
fn assert_located(file: &str, expected: &[Expect<'_>]) {
    let report: Value = serde_json::from_str(&check(file, "json")).expect("JSON report");
    let sarif: Value = serde_json::from_str(&check(file, "sarif")).expect("SARIF log");
    crate::sarif::assert_valid_sarif(&sarif);
    let github = check(file, "github");
    for e in expected {
        let want = Some((e.file.to_owned(), e.line, e.column));
        assert_eq!(
            json_location(&report, e),
            want,
            "JSON: {} {:?}",
            e.rule,
            e.text
        );
        assert_eq!(
            sarif_location(&sarif, e),
            want,
            "SARIF: {} {:?}",
            e.rule,
            e.text
        );
        assert_eq!(
            github_location(&github, e),
            want,
            "GitHub: {} {:?}\n{github}",
            e.rule,
            e.text
        );
    }
    // The source text itself shows the finding where it is reported.
    for e in expected {
        let text = std::fs::read_to_string(Path::new(&root().join("samples").join(e.file)))
            .expect("source file");
        let line = text.lines().nth(e.line as usize - 1).expect("line exists");
        let at: String = line.chars().skip(e.column as usize - 1).collect();
        assert!(
            at.to_lowercase()
                .starts_with(&e.text.to_lowercase()[..e.text.len().min(8)]),
            "{}:{}:{} reads {at:?}, not {:?}",
            e.file,
            e.line,
            e.column,
            e.text
        );
    }
}

#[test]
fn markdown_findings_point_at_their_source_lines() {
    assert_located(
        "markdown/resume.md",
        &[
            Expect {
                rule: "ats/avoid-term",
                text: "team player",
                file: "markdown/resume.md",
                line: 13,
                column: 15,
            },
            Expect {
                rule: "ats/unquantified-bullet",
                text: "Maintained the internal deployment scripts",
                file: "markdown/resume.md",
                line: 23,
                column: 3,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "CI/CD",
                file: "markdown/resume.md",
                line: 12,
                column: 49,
            },
        ],
    );
}

#[test]
fn json_resume_findings_point_at_their_source_lines() {
    assert_located(
        "json/resume.json",
        &[
            Expect {
                rule: "ats/avoid-term",
                text: "Team player",
                file: "json/resume.json",
                line: 47,
                column: 10,
            },
            Expect {
                rule: "ats/unquantified-bullet",
                text: "Maintained the internal deployment scripts",
                file: "json/resume.json",
                line: 34,
                column: 10,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "ML",
                file: "json/resume.json",
                line: 35,
                column: 21,
            },
        ],
    );
}

#[test]
fn yaml_findings_point_at_their_source_lines() {
    // A RenderCV file: the highlights are list items under `experience:`.
    assert_located(
        "yaml/resume.yaml",
        &[
            Expect {
                rule: "ats/avoid-term",
                text: "Team player",
                file: "yaml/resume.yaml",
                line: 37,
                column: 13,
            },
            Expect {
                rule: "ats/unquantified-bullet",
                text: "Maintained the internal deployment scripts",
                file: "yaml/resume.yaml",
                line: 28,
                column: 13,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "ML",
                file: "yaml/resume.yaml",
                line: 36,
                column: 19,
            },
        ],
    );
}

#[test]
fn typst_findings_point_at_their_source_lines() {
    // The template's functions are defined in the file and its resume is
    // their arguments; the bullets are markup list items.
    assert_located(
        "typst/resume.typ",
        &[
            Expect {
                rule: "ats/avoid-term",
                text: "Helped with",
                file: "typst/resume.typ",
                line: 56,
                column: 3,
            },
            Expect {
                rule: "ats/unquantified-bullet",
                text: "Moved nightly batch jobs",
                file: "typst/resume.typ",
                line: 46,
                column: 3,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "CI/CD",
                file: "typst/resume.typ",
                line: 55,
                column: 9,
            },
        ],
    );
}

/// Roles whose keywords the pair comparison looks for: together they cover
/// the corpus resumes (software, data, security, management).
const PAIR_ROLES: &[&str] = &[
    "backend-developer",
    "full-stack-developer",
    "data-scientist",
    "security-engineer",
    "project-manager",
];

/// Keywords found in a file against [`PAIR_ROLES`].
fn found_keywords(path: &Path) -> std::collections::BTreeSet<String> {
    let mut args = vec![
        "check".into(),
        path.as_os_str().to_owned(),
        "--no-config".into(),
        "--format".into(),
        "json".into(),
    ];
    for role in PAIR_ROLES {
        args.extend(["--role".into(), std::ffi::OsString::from(role)]);
    }
    let (json, output) = crate::util::run_json(args);
    assert!(
        output.status.code() == Some(0),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    json.as_array()
        .expect("one report per role")
        .iter()
        .flat_map(|r| r["keywords"].as_array().expect("keywords").iter())
        .filter(|k| k["found"] == true)
        .map(|k| k["term"].as_str().expect("term").to_owned())
        .collect()
}

/// Where a source and the PDF built from it find different keywords: the
/// keywords only in the source, only in the PDF, and why. Every other pair
/// must agree exactly, and each entry here must still be exact, so the list
/// is always the current truth.
const EXPLAINED: &[(&str, &[&str], &[&str], &str)] = &[(
    "jasonadsit__resume__resume",
    &["JavaScript", "Power BI"],
    &[],
    "the PDF is an older revision (other phone number, no JavaScript or Power BI); its \
         block of 1.2-point keyword text (\"Oracle Java ... SAP Audit\", the words of job \
         postings) is hidden text now, flagged and not counted, so the keywords only it \
         had (Java, CSS, R, Authentication and Authorization) are no longer found",
)];

#[test]
fn corpus_sources_find_the_same_keywords_as_their_pdfs() {
    let Some(corpus) = crate::util::corpus() else {
        return;
    };
    let dir = corpus.join("pdf");
    let mut sources: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/pdf")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["tex", "xtx", "md", "markdown", "typ", "json"].contains(&e))
                && p.with_extension("pdf").is_file()
        })
        .collect();
    sources.sort();
    assert!(
        sources.len() >= 10,
        "expected the corpus sources, found {sources:?}"
    );
    let results: Vec<(String, Vec<String>, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = sources
            .iter()
            .map(|source| {
                s.spawn(move || {
                    let from_source = found_keywords(source);
                    let from_pdf = found_keywords(&source.with_extension("pdf"));
                    let stem = source
                        .file_stem()
                        .expect("stem")
                        .to_string_lossy()
                        .into_owned();
                    eprintln!(
                        "{stem}: {} keywords in the source, {} in the PDF, {} in both",
                        from_source.len(),
                        from_pdf.len(),
                        from_source.intersection(&from_pdf).count()
                    );
                    (
                        stem,
                        from_source.difference(&from_pdf).cloned().collect(),
                        from_pdf.difference(&from_source).cloned().collect(),
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("pair thread"))
            .collect()
    });
    let mut wrong = Vec::new();
    for (stem, only_source, only_pdf) in &results {
        let (want_source, want_pdf) = EXPLAINED.iter().find(|(s, ..)| s == stem).map_or(
            (Vec::new(), Vec::new()),
            |(_, a, b, _)| {
                (
                    a.iter().map(|t| (*t).to_owned()).collect(),
                    b.iter().map(|t| (*t).to_owned()).collect(),
                )
            },
        );
        if (only_source, only_pdf) != (&want_source, &want_pdf) {
            wrong.push(format!(
                "{stem}: only in the source {only_source:?}, only in the PDF {only_pdf:?}"
            ));
        }
    }
    for (stem, ..) in EXPLAINED {
        assert!(
            results.iter().any(|(s, ..)| s == stem),
            "{stem} is explained but not in the corpus"
        );
    }
    assert!(
        wrong.is_empty(),
        "pairs that disagree differently from EXPLAINED:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn latex_findings_point_at_the_source_line_and_the_input_file() {
    assert_located(
        "latex/resume.tex",
        &[
            Expect {
                rule: "ats/avoid-term",
                text: "Team player",
                file: "latex/sections/experience.tex",
                line: 25,
                column: 21,
            },
            Expect {
                rule: "ats/unquantified-bullet",
                text: "Maintained the internal deployment scripts",
                file: "latex/sections/experience.tex",
                line: 15,
                column: 21,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "ML",
                file: "latex/resume.tex",
                line: 89,
                column: 29,
            },
            Expect {
                rule: "ats/acronym-pairing",
                text: "CI/CD",
                file: "latex/sections/experience.tex",
                line: 13,
                column: 27,
            },
        ],
    );
}

#[test]
fn a_missing_input_file_is_a_warning_and_the_rest_is_checked() {
    // A repository that keeps its contact details out of git
    // ("personal-info.tex" in .gitignore) is checked in CI without them.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cv.tex"),
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\input{sections/work}\nBuilt REST APIs in Go and PostgreSQL for 2M users.\n\\end{document}\n",
    )
    .unwrap();
    let output = ats()
        .current_dir(dir.path())
        .args([
            "check",
            "cv.tex",
            "--role",
            "backend-developer",
            "--no-config",
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    assert_ne!(output.status.code(), Some(2), "{output:?}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = report.to_string();
    assert!(
        text.contains("include-not-read")
            && text.contains("\\\\input{sections/work} on line 4: no such file sections/work.tex; it was not read"),
        "{text}"
    );
    assert!(
        text.contains("PostgreSQL"),
        "the rest of the resume is read: {text}"
    );
}

/// The JSON Resume sample, extracted as `check` reads it.
fn json_resume_fixture() -> Document {
    let bytes = std::fs::read(root().join("samples/json/resume.json")).expect("the sample");
    extract_in_process(&bytes, Format::JsonResume).expect("a JSON Resume")
}

/// The source line of the output line with exactly this text.
fn line_of(doc: &Document, text: &str) -> u32 {
    doc.lines
        .iter()
        .find(|l| l.text == text)
        .map(|l| l.source_line)
        .unwrap_or_else(|| panic!("no line {text:?}"))
}

#[test]
fn fixture_headings_are_read_by_the_segmenter() {
    let doc = json_resume_fixture();
    let segments = segment(&normalize(&doc));
    let found: Vec<Section> = segments.headings.iter().map(|(_, s)| *s).collect();
    assert_eq!(
        found,
        vec![
            Section::Summary,
            Section::Experience,
            Section::Projects,
            Section::Skills,
            Section::Education,
            Section::Certifications,
            Section::Other,
            Section::Other,
        ]
    );
    // Ten highlights, each one bullet that ends on its own line.
    let bullets: Vec<&str> = segments.bullets.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(bullets.len(), 10, "{bullets:#?}");
    assert!(segments.bullets.iter().all(|b| b.line == b.last_line));
}

#[test]
fn fixture_planted_findings_point_at_their_lines() {
    let shared = Shared::builtin().expect("shared data");
    let role = builtin_role("backend-developer", &shared)
        .expect("built-in role")
        .expect("valid role");
    let doc = json_resume_fixture();
    let report =
        Analyzer::new(role, shared.acronyms).analyze("resume.json", Format::JsonResume, &doc);
    let avoid: Vec<(&str, u32)> = report
        .avoid
        .iter()
        .map(|a| (a.term.as_str(), a.line))
        .collect();
    assert_eq!(avoid, vec![("team player", 47)]);
    let q = &report.quantification;
    assert_eq!((q.bullets, q.quantified), (10, 9), "{q:?}");
    assert_eq!(q.unquantified[0].line, 34);
    let one_form: Vec<&str> = report
        .acronyms
        .iter()
        .filter(|a| a.acronym_found != a.full_found)
        .map(|a| a.acronym.as_str())
        .collect();
    assert_eq!(one_form, vec!["ML"]);
    let ml = report
        .acronyms
        .iter()
        .find(|a| a.acronym == "ML")
        .expect("ML reported");
    assert_eq!(ml.source, AcronymSource::Common);
    // "ML" sits only on line 35.
    assert_eq!(
        line_of(
            &doc,
            "• Shipped an ML model that flags late shipments, adopted by 40 dispatchers"
        ),
        35
    );
}

/// A pull request's resume cannot make CI print files outside its folder:
/// `\input` of an absolute path or a `..` escape is a finding, never read.
#[test]
fn latex_inputs_outside_the_resume_folder_are_a_finding_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("creds.txt");
    std::fs::write(&secret, "AWS_SECRET_ACCESS_KEY=leaked\n").unwrap();
    std::fs::create_dir(dir.path().join("cv")).unwrap();
    let resume = dir.path().join("cv/resume.tex");
    std::fs::write(
        &resume,
        format!(
            "\\documentclass{{article}}\n\\begin{{document}}\nJane Doe\n\\input{{{}}}\n\\input{{../creds.txt}}\n\\input{{/proc/self/environ}}\n\\end{{document}}\n",
            secret.display()
        ),
    )
    .unwrap();
    for format in ["github", "json", "sarif", "text"] {
        let output = ats()
            .args(["check", "--role", "backend-developer", "--no-config"])
            .args(["--format", format])
            .arg(&resume)
            .output()
            .unwrap();
        let all = [output.stdout.as_slice(), output.stderr.as_slice()].concat();
        let all = String::from_utf8_lossy(&all);
        assert!(!all.contains("AWS_SECRET"), "{format}: {all}");
        assert!(all.contains("include-not-read"), "{format}: {all}");
    }
    let output = ats().arg("extract").arg(&resume).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "Jane Doe\n");
}
