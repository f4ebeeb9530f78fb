//! `ats parse` against hand-labelled truth files (`tests/parse-truth/`):
//! field accuracy for contact, jobs and education, per field.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::util::{root, run, run_json};

/// Lowercase, one kind of dash, one space, no trailing punctuation or
/// soft hyphen: how two spellings of one value compare.
fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| *c != '\u{ad}')
        .map(|c| match c {
            '–' | '—' | '−' => '-',
            '’' | '‘' => '\'',
            c => c,
        })
        .collect();
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| ",.;:|".contains(c) || c.is_whitespace())
        .to_owned()
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(norm).filter(|s| !s.is_empty())
}

fn digits(v: Option<String>) -> Option<String> {
    v.map(|s| s.chars().filter(char::is_ascii_digit).collect())
}

/// A place without its postcode, which the truth files leave out or keep
/// as their writers chose ("city/region as printed"; `ats parse` gives it
/// apart, as `postalCode`): "chicago, il 60616" is "chicago, il".
fn place(v: Option<String>) -> Option<String> {
    static CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:^|[\s,\-])(?:[0-9]{5}-[0-9]{4}|[0-9]{4,6}|[a-z][0-9][a-z] ?[0-9][a-z][0-9]|[a-z]{1,2}[0-9][a-z0-9]? [0-9][a-z]{2})(?:$|[\s,])",
        )
        .unwrap()
    });
    v.map(|s| {
        let s = CODE.replace_all(&s, " ");
        norm(&s)
            .trim_matches(|c: char| c == '-' || c == ',' || c.is_whitespace())
            .to_owned()
    })
    .filter(|s| !s.is_empty())
}

/// A LinkedIn handle from a URL or a handle.
fn handle(v: Option<String>) -> Option<String> {
    v.map(|s| {
        s.trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned()
    })
}

/// A site without scheme, www and trailing slash.
fn site(v: Option<String>) -> Option<String> {
    v.map(|s| {
        s.trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/')
            .to_owned()
    })
}

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

fn add(tallies: &mut BTreeMap<&'static str, Tally>, field: &'static str, ok: bool) {
    let t = tallies.entry(field).or_default();
    t.total += 1;
    t.right += usize::from(ok);
}

#[test]
fn parsed_fields_agree_with_the_truth_files() {
    // `ATS_PARSE_TRUTH_DIR=dir`: measure a set of truth files kept outside
    // the repository (resumes labelled blind, whose files are not ours to
    // commit); their `file` is an absolute path. The floors then are not held.
    let outside = std::env::var_os("ATS_PARSE_TRUTH_DIR").map(PathBuf::from);
    let dir = outside
        .clone()
        .unwrap_or_else(|| root().join("tests/parse-truth"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        outside.is_some() || files.len() >= 15,
        "the truth files are in {}",
        dir.display()
    );
    // `ATS_PARSE_TRUTH=name,name`: measure those files alone (a set labelled
    // after the rules were written, say); the floors then are not held.
    let only: Option<Vec<String>> = std::env::var("ATS_PARSE_TRUTH").ok().map(|v| {
        v.split(',')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    });
    if let Some(only) = &only {
        files.retain(|f| {
            let name = f.file_name().unwrap_or_default().to_string_lossy();
            only.iter().any(|o| name.contains(o.as_str()))
        });
    }
    let mut tallies: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut misses = String::new();
    let mut read = 0;
    for truth_path in &files {
        let truth: Value =
            serde_json::from_str(&std::fs::read_to_string(truth_path).unwrap()).unwrap();
        let resume = root().join(truth["file"].as_str().unwrap());
        if !resume.exists() {
            println!(
                "skipped {}: {} is not here",
                truth_path.display(),
                resume.display()
            );
            continue;
        }
        read += 1;
        let output = run([
            "parse".as_ref(),
            resume.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        // A set labelled outside may hold a file `ats` refuses (YAML that
        // only a lax parser reads, say): every field of it is a miss, and
        // the set is still measured. The repository's files must all read.
        let got: Value = if output.status.success() {
            serde_json::from_slice(&output.stdout).expect("parse prints JSON")
        } else {
            assert!(outside.is_some(), "{stderr}");
            println!("refused: {}", stderr.trim());
            Value::Null
        };
        let name = resume.file_name().unwrap().to_string_lossy().into_owned();
        let mut miss = |what: String| misses.push_str(&format!("  {name}: {what}\n"));

        // Contact.
        let tb = &truth["basics"];
        let gb = &got["basics"];
        let linkedin = gb["profiles"]
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["network"] == "LinkedIn"))
            .and_then(|p| text(&p["url"]));
        let contact: [(&'static str, Option<String>, Option<String>); 6] = [
            ("name", text(&tb["name"]), text(&gb["name"])),
            ("email", text(&tb["email"]), text(&gb["email"])),
            (
                "phone",
                digits(text(&tb["phone"])),
                digits(text(&gb["phone"])),
            ),
            (
                "location",
                place(text(&tb["location"])),
                place(text(&gb["location"]["address"])),
            ),
            ("linkedin", handle(text(&tb["linkedin"])), handle(linkedin)),
            ("url", site(text(&tb["url"])), site(text(&gb["url"]))),
        ];
        // A handle behind a link where none is printed (`linkedin_link`,
        // read from the document's link): a parser that reads links may
        // give it.
        let linked = handle(text(&tb["linkedin_link"]));
        // The same for an address behind a `mailto:` link (`email_link`).
        let mailto = text(&tb["email_link"]).map(|m| m.trim_start_matches("mailto:").to_owned());
        for (field, want, have) in contact {
            let ok = want == have
                || (field == "linkedin" && linked.is_some() && linked == have)
                || (field == "email" && mailto.is_some() && mailto == have);
            if !ok {
                miss(format!("{field}: want {want:?}, got {have:?}"));
            }
            add(&mut tallies, field, ok);
        }

        // Jobs, each truth job matched with the parsed job of the same start
        // date, else the next one in order.
        let tw = truth["work"].as_array().cloned().unwrap_or_default();
        let gw = got["work"].as_array().cloned().unwrap_or_default();
        let mut used = vec![false; gw.len()];
        let mut next = 0;
        for t in &tw {
            let start = text(&t["startDate"]);
            let found = (0..gw.len())
                .find(|&i| !used[i] && start.is_some() && text(&gw[i]["startDate"]) == start)
                .or_else(|| (next..gw.len()).find(|&i| !used[i]));
            let g = found.map(|i| {
                used[i] = true;
                next = i + 1;
                &gw[i]
            });
            let field = |key: &str| g.and_then(|g| text(&g[key]));
            for (label, key) in [
                ("job employer", "name"),
                ("job title", "position"),
                ("job start", "startDate"),
                ("job end", "endDate"),
            ] {
                let (want, have) = (text(&t[key]), field(key));
                let ok = g.is_some() && want == have;
                if !ok {
                    miss(format!("{label}: want {want:?}, got {have:?}"));
                }
                add(&mut tallies, label, ok);
            }
        }
        let extra = used.iter().filter(|u| !**u).count();
        if extra > 0 {
            miss(format!("{extra} job(s) the truth does not list"));
        }
        add(&mut tallies, "no extra jobs", extra == 0);

        // Education, in order.
        let te = truth["education"].as_array().cloned().unwrap_or_default();
        let ge = got["education"].as_array().cloned().unwrap_or_default();
        for (i, t) in te.iter().enumerate() {
            // "Bachelor of Applied Studies" is the same degree whether it
            // is read whole or as "Bachelor" of the area "Applied Studies":
            // the labellers wrote both.
            let spelled = |e: &Value| {
                let kind = text(&e["studyType"])?;
                Some(match text(&e["area"]) {
                    Some(area) if !kind.contains(" of ") && !kind.contains(" in ") => {
                        format!("{kind} of {area}")
                    }
                    _ => kind,
                })
            };
            for (label, key) in [
                ("school", "institution"),
                ("degree", "studyType"),
                ("graduation", "endDate"),
            ] {
                let want = text(&t[key]);
                let have = ge.get(i).and_then(|g| text(&g[key]));
                let ok = want == have
                    || (key == "studyType"
                        && want.is_some()
                        && spelled(t) == ge.get(i).and_then(&spelled));
                if !ok {
                    miss(format!("{label}: want {want:?}, got {have:?}"));
                }
                add(&mut tallies, label, ok);
            }
        }
    }
    if read == 0 {
        println!("skipped: none of the truth files' resumes is here");
        return;
    }
    let mut report = format!("{read} resumes\nfield            right/total  accuracy\n");
    for (field, t) in &tallies {
        report.push_str(&format!(
            "{field:<16} {:>5}/{:<5}  {:.2}\n",
            t.right,
            t.total,
            t.right as f64 / t.total as f64
        ));
    }
    println!("{report}{misses}");
    if only.is_some() || outside.is_some() {
        println!("(not the repository's truth files: the floors are not held)");
        return;
    }
    let accuracy = |field: &str| {
        let t = &tallies[field];
        t.right as f64 / t.total as f64
    };
    // Held a little under the level reached (see docs/guide.md, "What an
    // ATS form gets"): a change that parses worse fails.
    for (field, floor) in FLOORS {
        assert!(
            accuracy(field) >= *floor,
            "{field}: {:.2} < {floor}\n{report}{misses}",
            accuracy(field)
        );
    }
}

/// The accuracy each field must keep: a little under what it reached on
/// the 91 truth files (docs/guide.md: "What an ATS form gets"), two of
/// them unreadable (a scan, a scrambled font) and seven templates'
/// placeholders (AltaCV's and pandoc's samples, a Chinese template's
/// "你的大名", three JobDeer templates whose phone is "135********"). The
/// issue's aims (0.95 for contact fields and job dates, 0.9 for employer
/// and title) are not all reached on them: name, location and phone are
/// under 0.95.
const FLOORS: &[(&str, f64)] = &[
    ("name", 0.89),
    ("email", 0.93),
    ("phone", 0.92),
    ("location", 0.9),
    ("linkedin", 0.96),
    ("url", 0.97),
    ("job start", 0.94),
    ("job end", 0.93),
    ("job title", 0.91),
    ("job employer", 0.92),
    ("school", 0.73),
    ("degree", 0.71),
    ("graduation", 0.78),
];

/// The writing checks speak on a weak resume, at its lines, and
/// `.ats.toml` silences a rule of them like any other finding.
#[test]
fn writing_findings_are_reported_and_silenced_by_the_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let resume = dir.path().join("resume.txt");
    std::fs::write(
        &resume,
        "Jane Doe\njane@example.com | (303) 555-0100\n\nExperience\n\
         Backend Developer | Acme Corp\nMar 2021 – Present\n\
         • I rebuilt the billing API and cut errors by 40%\n\
         • Utilized Kafka to move 40 batch jobs to streams\n\
         Developer | Beta Inc\n03/2016 – 12/2019\n\
         • Manage the ledger service for 3 teams\n",
    )
    .unwrap();
    let check = |extra: &[&str]| {
        let mut args = vec![
            "check",
            "resume.txt",
            "--role",
            "backend-developer",
            "--format",
            "json",
        ];
        args.extend(extra);
        let output = crate::util::ats()
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap();
        let value: Value = serde_json::from_slice(&output.stdout).unwrap();
        let codes: Vec<(String, u64)> = value["writing"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|p| {
                (
                    p["code"].as_str().unwrap().to_owned(),
                    p["line"].as_u64().unwrap(),
                )
            })
            .collect();
        (codes, value["ignored"].as_u64().unwrap_or(0))
    };
    let (codes, _) = check(&["--no-config"]);
    for (code, line) in [
        ("first-person", 7),
        ("weak-opener", 8),
        ("tense", 11),
        ("date-formats", 10),
        ("gap", 6),
    ] {
        assert!(
            codes.contains(&(code.to_owned(), line)),
            "{code} at line {line}: {codes:?}"
        );
    }
    std::fs::write(
        dir.path().join(".ats.toml"),
        "[ignore]\nfindings = [\"ats/writing/weak-opener\", \"ats/writing/gap\"]\n",
    )
    .unwrap();
    let (codes, ignored) = check(&[]);
    assert!(
        !codes.iter().any(|(c, _)| c == "weak-opener" || c == "gap"),
        "{codes:?}"
    );
    assert!(codes.iter().any(|(c, _)| c == "first-person"), "{codes:?}");
    assert!(ignored >= 2, "{ignored}");
}

/// A LinkedIn profile behind a link (the word "LinkedIn" or an icon,
/// linked) is the form's LinkedIn, in `parse` and in `check`'s contact
/// findings; a link to an employer's site is not the candidate's site.
#[test]
fn a_linkedin_profile_behind_a_link_is_read() {
    use crate::hostile::{FONT, obj, pdf, stream};
    let page = |annots: &str| {
        pdf(&[
            obj("<< /Type /Catalog /Pages 2 0 R >>"),
            obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            obj(&format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {annots} >>"
            )),
            stream(
                "",
                b"BT /F1 12 Tf 72 720 Td (Jane Doe) Tj 0 -16 Td (jane@example.com | \\(303\\) 555-0100 | Denver, CO | LinkedIn) Tj 0 -32 Td (Experience) Tj 0 -16 Td (Backend Engineer, Acme Corp, 2019 - 2023) Tj 0 -16 Td (Built the billing API in Python for 40 services.) Tj ET",
            ),
            obj(FONT),
            obj("<< /Type /Annot /Subtype /Link /Rect [300 700 360 716] /A << /S /URI /URI (https://www.linkedin.com/in/jane-doe-example/) >> >>"),
            obj("<< /Type /Annot /Subtype /Link /Rect [72 600 200 616] /A << /S /URI /URI (https://acme.example.com/) >> >>"),
        ])
    };
    let dir = tempfile::tempdir().unwrap();
    let linked = crate::util::write(dir.path(), "linked.pdf", &page("/Annots [6 0 R 7 0 R]"));
    let plain = crate::util::write(dir.path(), "plain.pdf", &page(""));
    let (form, _) = crate::util::run_json([
        "parse".as_ref(),
        linked.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let profiles = form["basics"]["profiles"].as_array().unwrap();
    assert_eq!(profiles.len(), 1, "{profiles:?}");
    assert_eq!(profiles[0]["username"], "jane-doe-example");
    assert!(form["basics"]["url"].is_null(), "{:?}", form["basics"]);
    let missing = |file: &std::path::Path| -> String {
        let report = crate::util::check_json(file);
        report["writing"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["code"] == "contact-fields")
            .map(|p| p["subject"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(missing(&linked), "");
    assert_eq!(missing(&plain), "LinkedIn");
}

#[test]
fn a_json_resume_s_jobs_and_education_are_taken_as_its_fields_state_them() {
    // A title with a dash, an employer with a comma, a school's name with a
    // dash and a comma, a course without a degree above a degree: the lines
    // alone cannot tell where the parts end.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("resume.json");
    std::fs::write(
        &path,
        r#"{
  "basics": {"name": "Ada Example"},
  "work": [
    {"position": "Full Stack Developer - SlashDB", "name": "Brands, Insurance & Co",
     "startDate": "2020-01", "highlights": ["Built the billing API in Go for 40 partners", "Cut hosting costs by 20% with autoscaling"]}
  ],
  "education": [
    {"institution": "Clever Institute - Human Coders, Paris", "area": "GraphQL",
     "startDate": "2019-11-18", "endDate": "2019-11-21"},
    {"institution": "Northeastern University", "studyType": "Bachelor of Science",
     "area": "Computer Science", "endDate": "2004-05"}
  ]
}"#,
    )
    .unwrap();
    let (got, output) = run_json([
        "parse".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert!(output.status.success());
    let job = &got["work"][0];
    assert_eq!(job["position"], "Full Stack Developer - SlashDB", "{got:#}");
    assert_eq!(job["name"], "Brands, Insurance & Co");
    assert_eq!(job["startDate"], "2020-01");
    assert!(job.get("endDate").is_none(), "{got:#}");
    assert_eq!(job["highlights"].as_array().map(Vec::len), Some(2));
    let education = got["education"].as_array().unwrap();
    assert_eq!(education.len(), 2, "{got:#}");
    assert_eq!(
        education[0]["institution"],
        "Clever Institute - Human Coders, Paris"
    );
    assert_eq!(education[0]["area"], "GraphQL");
    assert!(education[0].get("studyType").is_none(), "{got:#}");
    assert_eq!(education[0]["startDate"], "2019-11");
    assert_eq!(education[0]["endDate"], "2019-11");
    assert_eq!(education[1]["studyType"], "Bachelor of Science");
    assert_eq!(education[1]["institution"], "Northeastern University");
    assert_eq!(education[1]["endDate"], "2004-05");
    assert!(education[1].get("startDate").is_none(), "{got:#}");
    // Each entry keeps the line of the JSON it came from.
    assert_eq!(education[0]["_line"], 8);
    assert_eq!(education[1]["_line"], 10);
}

#[test]
fn a_typst_template_resume_is_read_from_its_functions_arguments() {
    // samples/typst/resume.typ: the name and contact are the arguments of
    // `#show: resume.with(…)`, each job a `#work(title:, company:,
    // location:, dates: dates-helper(start-date:, end-date:))` call.
    let path = root().join("samples/typst/resume.typ");
    let (got, output) = run_json([
        "parse".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert!(output.status.success());
    let basics = &got["basics"];
    assert_eq!(basics["name"], "Rowan Ashdown");
    assert_eq!(basics["email"], "rowan.ashdown@example.com");
    assert_eq!(basics["phone"], "(902) 555-0147");
    assert_eq!(basics["location"]["city"], "Halifax", "{basics:#}");
    let linkedin = basics["profiles"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["network"] == "LinkedIn"));
    assert!(linkedin.is_some(), "{basics:#}");
    let work = got["work"].as_array().unwrap();
    let jobs: Vec<_> = work
        .iter()
        .map(|j| {
            (
                j["position"].as_str().unwrap_or(""),
                j["name"].as_str().unwrap_or(""),
                j["startDate"].as_str().unwrap_or(""),
                j["endDate"].as_str().unwrap_or("present"),
                j["highlights"].as_array().map_or(0, Vec::len),
            )
        })
        .collect();
    assert_eq!(
        jobs,
        [
            (
                "Backend Developer",
                "Tidewater Freight",
                "2021-03",
                "present",
                3
            ),
            (
                "Software Developer",
                "Harbourline Credit Union",
                "2018-06",
                "2021-02",
                3
            ),
        ]
    );
    let school = &got["education"][0];
    assert_eq!(school["institution"], "Dalhousie University");
    assert_eq!(school["endDate"], "2018");
}
