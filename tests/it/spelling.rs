//! The spelling check on real resumes: the misspellings of
//! tests/spelling-truth.tsv are found, and other reported words (false
//! alarms) stay under one per resume, the bar for keeping it on by default.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::util::{corpus, root, run};

/// The spelling findings of `files`, by file name.
fn spelling_findings(files: &[PathBuf]) -> BTreeMap<String, Vec<String>> {
    let mut args: Vec<std::ffi::OsString> = vec!["check".into()];
    args.extend(files.iter().map(|f| f.clone().into_os_string()));
    args.extend(["--role", "backend-developer", "--format", "json"].map(Into::into));
    let output = run(args);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let reports = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    let mut out = BTreeMap::new();
    for report in reports {
        let Some(file) = report["file"].as_str() else {
            continue;
        };
        let name = file.rsplit('/').next().unwrap_or(file).to_owned();
        let words = report["writing"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["code"] == "spelling")
            .filter_map(|p| p["subject"].as_str().map(str::to_owned))
            .collect();
        out.insert(name, words);
    }
    out
}

#[test]
fn misspellings_are_found_and_false_alarms_stay_under_one_per_resume() {
    let Some(corpus) = corpus() else {
        return;
    };
    let truth_text =
        std::fs::read_to_string(root().join("tests/spelling-truth.tsv")).expect("truth file");
    let truth: BTreeSet<(String, String)> = truth_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(f, w)| (f.to_owned(), w.to_owned()))
        .collect();
    let resume = |p: &PathBuf| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["pdf", "docx", "md", "tex", "txt", "json"].contains(&e))
    };
    let mut files: Vec<PathBuf> = ["pdf", "docx", "text"]
        .iter()
        .flat_map(|d| std::fs::read_dir(corpus.join(d)).into_iter().flatten())
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(resume)
        .collect();
    files.sort();
    let found = spelling_findings(&files);
    let mut false_alarms: Vec<(String, String)> = Vec::new();
    let mut hits = 0;
    for (file, words) in &found {
        for word in words {
            if truth.contains(&(file.clone(), word.clone())) {
                hits += 1;
            } else {
                false_alarms.push((file.clone(), word.clone()));
            }
        }
    }
    let missed: Vec<&(String, String)> = truth
        .iter()
        .filter(|(f, w)| !found.get(f).is_some_and(|ws| ws.contains(w)))
        .collect();
    let per_resume = false_alarms.len() as f64 / found.len().max(1) as f64;
    println!(
        "spelling over {} corpus resumes: {hits} of {} known misspellings found; {} other words reported ({per_resume:.2} per resume)",
        found.len(),
        truth.len(),
        false_alarms.len()
    );
    for (file, word) in &false_alarms {
        println!("  not in the truth file: {file}: {word}");
    }
    assert!(
        found.len() >= 40,
        "only {} reports read from the corpus",
        found.len()
    );
    assert!(
        missed.is_empty(),
        "known misspellings not reported: {missed:?}"
    );
    assert!(
        per_resume < 1.0,
        "{per_resume:.2} false alarms per resume: the spelling check should be off by default"
    );
}
