//! CLI behaviour as data: each `tests/cmd/<case>.toml` names a command, its
//! input folder `<case>.in/`, and the expected stdout, stderr and exit code.
//! Update expectations with `TRYCMD=overwrite cargo test cli_cases`.
//!
//! The output does not depend on the terminal or the environment of the
//! run: cases run piped, with `COLUMNS` empty (no width: the text report
//! wraps at 80 columns, the screen table keeps whole cells, `--help` wraps
//! at 100), except those in `tests/cmd/width/`, which set their own.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .default_bin_path(env!("CARGO_BIN_EXE_ats"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "")
        .case("tests/cmd/*.toml");
}

/// Cases that set `COLUMNS` (a default here would override theirs).
#[test]
fn cli_cases_with_width() {
    trycmd::TestCases::new()
        .default_bin_path(env!("CARGO_BIN_EXE_ats"))
        .env("NO_COLOR", "1")
        .case("tests/cmd/width/*.toml");
}

/// `--role` twice and `--jd`: one JSON report per target, each naming its
/// target; one role with one job description is one merged target.
#[test]
fn several_targets_give_one_report_each() {
    let dir = crate::util::root().join("tests/cmd/targets.in");
    // `ats check resume.txt ROLES... --jd job.txt --format json`
    let check = |roles: &[&str]| {
        let mut args: Vec<std::ffi::OsString> = vec!["check".into(), dir.join("resume.txt").into()];
        for role in roles {
            args.extend(["--role".into(), (*role).into()]);
        }
        args.extend(["--jd".into(), dir.join("job.txt").into()]);
        args.extend(["--format".into(), "json".into()]);
        let (json, output) = crate::util::run_json(args);
        assert!(output.status.success());
        json
    };
    let json = check(&["backend-developer", "devops-engineer"]);
    let reports = json.as_array().unwrap();
    let targets: Vec<(&str, &str)> = reports
        .iter()
        .map(|r| {
            (
                r["role"]["id"].as_str().unwrap(),
                r["role"]["source"].as_str().unwrap(),
            )
        })
        .collect();
    let jd = format!("jd:{}", dir.join("job.txt").display());
    let mut sorted = targets.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            ("backend-developer", "builtin"),
            ("devops-engineer", "builtin"),
            (jd.as_str(), "job_description"),
        ]
    );
    // Best first, and the job description names its file.
    assert!(
        reports
            .windows(2)
            .all(|w| w[0]["score"].as_u64() >= w[1]["score"].as_u64())
    );
    let from_jd = reports
        .iter()
        .find(|r| r["role"]["source"] == "job_description")
        .unwrap();
    assert!(from_jd["role"]["jd"].as_str().unwrap().ends_with("job.txt"));

    let merged = check(&["backend-developer"]);
    assert_eq!(merged["role"]["source"], "merged", "one object: {merged}");
    let must: Vec<&str> = merged["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["tier"] == "must_have")
        .map(|k| k["term"].as_str().unwrap())
        .collect();
    // The role's must-haves, plus what the posting requires on top (Go,
    // Kubernetes, Docker are strong in the role, must-have in the posting).
    for term in [
        "API Development",
        "SQL",
        "Go",
        "Kubernetes",
        "Docker",
        "PostgreSQL",
    ] {
        assert!(must.contains(&term), "{term} not must-have in {must:?}");
    }
}
