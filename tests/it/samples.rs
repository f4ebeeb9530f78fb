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
    assert_eq!(value["schema_version"], 1);
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
