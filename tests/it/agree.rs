//! One read path: `check` and `screen` read every file the same way, so a
//! file gives the same words, score and findings under both, and `screen`
//! reads every format `check` reads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{ats, corpus, root, sample};

/// Every file under `dir`, recursively, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// What a report says, without what only a ranking adds.
fn essence(report: &Value) -> Value {
    let mut report = report.clone();
    if let Some(object) = report.as_object_mut() {
        // What only a ranking says: its place, status, reasons and copies.
        for key in ["rank", "duplicates", "group", "status", "reasons", "file"] {
            object.remove(key);
        }
    }
    report
}

/// `check` and `screen` on the same files, named one by one, against the
/// same role: every file has the same outcome under both.
fn assert_check_and_screen_agree(files: &[PathBuf]) {
    let args = [
        "--role",
        "backend-developer",
        "--no-config",
        "--timeout",
        "120",
    ];
    let output = ats()
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .args(files)
        .output()
        .unwrap();
    let checked: Value = serde_json::from_slice(&output.stdout).unwrap();
    let checked = match checked {
        Value::Array(items) => items,
        one => vec![one],
    };
    assert_eq!(checked.len(), files.len(), "check accounts for every file");

    let output = ats()
        .arg("screen")
        .args(args)
        .args(["--format", "jsonl", "-j", "2", "--quiet", "--no-group"])
        .args(files)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let mut screened: BTreeMap<String, Value> = BTreeMap::new();
    for line in stdout.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        let file = value["file"].as_str().unwrap().to_owned();
        if let Some(copies) = value["duplicates"].as_array() {
            for copy in copies {
                screened.insert(copy.as_str().unwrap().to_owned(), value.clone());
            }
        }
        screened.insert(file, value);
    }

    let mut reports = 0;
    for (path, check) in files.iter().zip(&checked) {
        let name = path.display().to_string();
        let screen = screened
            .get(&name)
            .unwrap_or_else(|| panic!("screen has no row for {name}"));
        match check.get("error") {
            Some(error) => assert_eq!(
                screen["error"]["code"], error["code"],
                "{name}: the same error under check and screen"
            ),
            None => {
                reports += 1;
                assert_eq!(
                    essence(screen),
                    essence(check),
                    "{name}: check and screen disagree"
                );
            }
        }
    }
    assert!(reports > 0, "no file gave a report");
}

#[test]
fn check_and_screen_agree_on_every_sample() {
    assert_check_and_screen_agree(&files_under(&root().join("samples")));
}

#[test]
fn check_and_screen_agree_on_every_corpus_file() {
    let Some(dir) = corpus() else { return };
    let files: Vec<PathBuf> = files_under(&dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n != "MANIFEST.tsv" && n != "README.md")
        })
        .collect();
    assert_check_and_screen_agree(&files);
}

#[test]
fn screen_reads_a_latex_resume_with_its_inputs_from_a_folder() {
    let tex = sample("latex/resume.tex");
    let output = ats()
        .args(["check", "--role", "backend-developer", "--no-config"])
        .args(["--format", "json"])
        .arg(&tex)
        .output()
        .unwrap();
    let checked: Value = serde_json::from_slice(&output.stdout).unwrap();
    let output = ats()
        .args(["screen", "--role", "backend-developer", "--no-config"])
        .args(["--format", "jsonl"])
        .arg(sample("latex"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let row = |name: &str| {
        lines
            .iter()
            .find(|l| l["file"].as_str().is_some_and(|f| f.ends_with(name)))
    };
    assert!(
        row("sections/experience.tex").is_none(),
        "the section the resume \\inputs is not a row of its own: {stdout}"
    );
    let resume = row("latex/resume.tex").expect("the resume is a row");
    assert_eq!(
        (&resume["score"], &resume["words"]),
        (&checked["score"], &checked["words"]),
        "screen follows \\input as check does"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("1 other file in the folders skipped"),
        "{stderr}"
    );
}
