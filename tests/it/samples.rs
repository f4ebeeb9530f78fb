//! The bundled samples: a strong and a weak resume of the same role in three
//! formats each. What a user of the README would check.

use crate::util::{check_json, found_terms, readability_codes, run, sample};

fn report(name: &str) -> serde_json::Value {
    check_json(&sample(name))
}

#[test]
fn strong_resume_scores_well_and_weak_resume_poorly() {
    let strong = report("strong-backend.txt");
    let weak = report("weak-backend.txt");
    let score = |r: &serde_json::Value| r["score"].as_u64().unwrap();
    assert!(score(&strong) >= 70, "strong: {}", score(&strong));
    assert!(score(&weak) <= 35, "weak: {}", score(&weak));
    // The weak resume is weak for the reasons the report names.
    assert!(weak["avoid"].as_array().unwrap().len() >= 10);
    assert!(weak["parts"]["impact"].as_f64().unwrap() < 0.5);
    assert_eq!(strong["avoid"].as_array().unwrap().len(), 0);
    assert_eq!(strong["parts"]["impact"].as_f64().unwrap(), 1.0);
}

#[test]
fn the_same_resume_reads_the_same_in_txt_docx_and_pdf() {
    for person in ["strong-backend", "weak-backend"] {
        let txt = report(&format!("{person}.txt"));
        for format in ["docx", "pdf"] {
            let other = report(&format!("{person}.{format}"));
            assert_eq!(
                found_terms(&txt),
                found_terms(&other),
                "{person}.{format}: keywords differ from the .txt"
            );
            assert_eq!(
                txt["score"], other["score"],
                "{person}.{format}: score differs from the .txt"
            );
            assert_eq!(
                txt["quantification"]["bullets"], other["quantification"]["bullets"],
                "{person}.{format}: bullets differ (list paragraphs and U+F0B7 bullets must count)"
            );
        }
    }
}

#[test]
fn contact_details_only_in_the_docx_header_are_flagged() {
    assert!(
        readability_codes(&report("weak-backend.docx")).contains(&"contact-in-header".to_owned())
    );
    assert!(
        !readability_codes(&report("weak-backend.txt")).contains(&"contact-in-header".to_owned())
    );
    assert!(
        !readability_codes(&report("weak-backend.pdf"))
            .iter()
            .any(|c| c.starts_with("contact"))
    );
}

#[test]
fn pdf_reports_page_count_and_json_is_deterministic() {
    let path = sample("strong-backend.pdf");
    let args = [
        "check",
        path.to_str().unwrap(),
        "-r",
        "backend-developer",
        "-f",
        "json",
    ];
    let first = run(args);
    let second = run(args);
    assert_eq!(first.stdout, second.stdout, "same input, different JSON");
    let value: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(value["pages"], 2);
    assert_eq!(value["schema_version"], 2);
    assert_eq!(value["format"], "pdf");
}

#[test]
fn job_description_sample_mentions_the_must_haves() {
    // The job description is plain text; checked as a resume it must find
    // most must-have keywords, which keeps the sample honest.
    let value = report("job-backend-acme.txt");
    let must_found = value["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["tier"] == "must_have" && k["found"] == true)
        .count();
    assert!(must_found >= 9, "{must_found}");
}

#[test]
fn role_all_ranks_the_intended_role_first() {
    for (file, role) in [
        ("strong-backend.txt", "backend-developer"),
        ("strong-backend.pdf", "backend-developer"),
        ("data-analyst.txt", "data-analyst"),
        ("registered-nurse.txt", "registered-nurse"),
        ("product-manager.txt", "product-manager"),
    ] {
        let (json, output) = crate::util::run_json([
            "check".as_ref(),
            sample(file).as_os_str(),
            "--role".as_ref(),
            "all".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        assert!(output.status.success(), "{file}");
        let reports = json.as_array().unwrap();
        assert!(reports.len() >= 30, "{file}: every role is scored");
        let ids: Vec<&str> = reports
            .iter()
            .map(|r| r["role"]["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids[0], role, "{file}: ranking {:?}", &ids[..5]);
        // Best first, numbered, and a clear winner: ahead of the runner-up.
        let scores: Vec<u64> = reports
            .iter()
            .map(|r| r["score"].as_u64().unwrap())
            .collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "{file}: {scores:?}"
        );
        assert_eq!(reports[0]["rank"], 1);
        assert!(
            scores[0] > scores[1],
            "{file}: a tie at the top: {:?}",
            &ids[..2]
        );
    }
}

#[test]
fn role_all_shows_a_ranking_with_missing_must_haves() {
    let output = run([
        "roles".as_ref(),
        "match".as_ref(),
        sample("registered-nurse.txt").as_os_str(),
    ]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let first = text.lines().nth(2).unwrap();
    assert!(first.trim_start().starts_with("1 "), "{text}");
    assert!(first.contains("registered-nurse"), "{text}");
    assert!(
        text.contains("Full report for a role:\n  ats check "),
        "{text}"
    );
}
