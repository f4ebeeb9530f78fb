//! Right answers on real resumes (issue 14): the truth files of
//! `tests/truth/`, written by reading each resume of `../shared/corpus`,
//! against `ats check --format json`. Prints the figures
//! `benches/truth.py` prints (the script also shows each disagreement) and
//! holds the matcher to the aims where it reaches them.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
struct Truth {
    file: String,
    role: String,
    #[serde(default)]
    keywords: BTreeMap<String, Label>,
    #[serde(default)]
    trap: Vec<Trap>,
}

#[derive(Deserialize)]
struct Label {
    #[serde(rename = "match")]
    how: String,
}

#[derive(Deserialize)]
struct Trap {
    keyword: String,
}

#[derive(Default, Debug)]
struct Figures {
    resumes: usize,
    exact: usize,
    exact_hit: usize,
    tool_exact: usize,
    tool_exact_right: usize,
    variant: usize,
    variant_found: usize,
    absent: usize,
    invented: usize,
    false_missing: usize,
    traps: usize,
    trap_hits: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

#[test]
fn truth_files_agree_with_the_reports() {
    let Some(corpus) = crate::util::corpus() else {
        return;
    };
    let dir = crate::util::root().join("tests/truth");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/truth")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 20,
        "at least 20 truth files, found {}",
        paths.len()
    );
    let mut f = Figures::default();
    for path in &paths {
        let truth: Truth = toml::from_str(&std::fs::read_to_string(path).expect("read"))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resume = corpus.join(&truth.file);
        if !resume.is_file() {
            continue;
        }
        let (report, _) = crate::util::run_json([
            "check".into(),
            resume.into_os_string(),
            "--role".into(),
            truth.role.clone().into(),
            "--format".into(),
            "json".into(),
            "--no-config".into(),
        ]);
        f.resumes += 1;
        let got: BTreeMap<&str, &str> = report["keywords"]
            .as_array()
            .expect("keywords")
            .iter()
            .map(|k| {
                (
                    k["term"].as_str().expect("term"),
                    k["match"].as_str().expect("match"),
                )
            })
            .collect();
        for (term, label) in &truth.keywords {
            let Some(&how) = got.get(term.as_str()) else {
                panic!(
                    "{}: {term} is not a keyword of {}",
                    path.display(),
                    truth.role
                );
            };
            let want = label.how.as_str();
            f.exact += usize::from(want == "exact");
            f.exact_hit += usize::from(want == "exact" && how == "exact");
            f.tool_exact += usize::from(how == "exact");
            f.tool_exact_right += usize::from(how == "exact" && want == "exact");
            f.variant += usize::from(want == "variant");
            f.variant_found += usize::from(want == "variant" && how != "missing");
            f.absent += usize::from(want == "absent");
            f.invented += usize::from(want == "absent" && how == "variant");
            f.false_missing += usize::from(want != "absent" && how == "missing");
        }
        for trap in &truth.trap {
            if truth
                .keywords
                .get(&trap.keyword)
                .is_some_and(|l| l.how == "absent")
            {
                f.traps += 1;
                if got
                    .get(trap.keyword.as_str())
                    .is_some_and(|h| *h != "missing")
                {
                    f.trap_hits
                        .push(format!("{}: {}", truth.file, trap.keyword));
                }
            }
        }
    }
    if f.resumes == 0 {
        eprintln!("note: no truth file's resume is in the corpus; skipped");
        return;
    }
    let exact_recall = ratio(f.exact_hit, f.exact);
    let exact_precision = ratio(f.tool_exact_right, f.tool_exact);
    let invented = ratio(f.invented, f.absent);
    eprintln!(
        "truth, {} resumes: exact recall {exact_recall:.3} ({}/{}), exact precision {exact_precision:.3} ({}/{}), \
         variants found {:.3} ({}/{}), variants invented on absent keywords {invented:.3} ({}/{}), \
         false missing {} ({:.1} per 5 resumes), trap false positives {} of {} {:?}",
        f.resumes,
        f.exact_hit,
        f.exact,
        f.tool_exact_right,
        f.tool_exact,
        ratio(f.variant_found, f.variant),
        f.variant_found,
        f.variant,
        f.invented,
        f.absent,
        f.false_missing,
        5.0 * f.false_missing as f64 / f.resumes as f64,
        f.trap_hits.len(),
        f.traps,
        f.trap_hits,
    );
    // The aims that are met, held so they stay met.
    assert!(exact_recall >= 0.97, "exact recall {exact_recall:.3}");
    assert!(
        exact_precision >= 0.98,
        "exact precision {exact_precision:.3}"
    );
    assert!(
        invented <= 0.02,
        "variants invented on {invented:.3} of absent keywords"
    );
    assert!(
        f.trap_hits.is_empty(),
        "trap false positives: {:?}",
        f.trap_hits
    );
    // Not met yet (see docs/checks.md, "Measured on real resumes"): at most one false "missing" in
    // five resumes. Held at today's level so a change that makes it worse
    // fails.
    assert!(
        5 * f.false_missing <= 7 * f.resumes,
        "{} false missing in {} resumes",
        f.false_missing,
        f.resumes
    );
}
