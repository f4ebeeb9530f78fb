//! The Spark example (`examples/spark/screen.py`, `local[2]`) over
//! `samples/`, a folder of duplicates and broken files, and the shared corpus
//! gives every file exactly one row, with the score, must-have count and
//! status a plain `ats screen` run gives it. Skipped with a note when
//! PySpark or Java is missing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;

use crate::util::{ats, corpus, root, sample, write};

/// What a row says of a file: score, must-haves found and in all, status.
type Row = (Option<u64>, Option<u64>, Option<u64>, String);

/// Every file under the folders, as Spark lists them (Hadoop leaves out
/// names starting with `.` or `_`).
fn files_under(dirs: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with(['.', '_']) {
                continue;
            }
            if entry.path().is_dir() {
                walk(&entry.path(), out);
            } else {
                out.push(entry.path());
            }
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        walk(dir, &mut out);
    }
    out.sort();
    out
}

/// The rows of a plain `ats screen` run, copies expanded, by path.
fn plain_rows(dirs: &[PathBuf]) -> BTreeMap<String, Row> {
    let output = ats()
        .arg("screen")
        .args(dirs)
        .args(["--role", "backend-developer", "--format", "jsonl"])
        .args(["--no-group", "--quiet", "--no-config", "--timeout", "120"])
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "ats screen: {:?}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let mut rows = BTreeMap::new();
    for line in output
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
    {
        let report: Value = serde_json::from_slice(line).unwrap();
        // The status: the line's own, or what it is made of (an error code;
        // no text or hidden text among the readability findings).
        let own = report["status"].as_str().map(str::to_owned);
        let row = if let Some(code) = report["error"]["code"].as_str() {
            (None, None, None, own.unwrap_or_else(|| code.to_owned()))
        } else {
            let must: Vec<&Value> = report["keywords"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|k| k["tier"] == "must_have")
                .collect();
            let found = must.iter().filter(|k| k["found"] == true).count();
            let codes: Vec<&str> = report["readability"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["code"].as_str().unwrap())
                .collect();
            let status = ["no-text", "hidden-text"]
                .into_iter()
                .find(|c| codes.contains(c))
                .unwrap_or("ok");
            (
                Some(report["score"].as_u64().unwrap()),
                Some(found as u64),
                Some(must.len() as u64),
                own.unwrap_or_else(|| status.to_owned()),
            )
        };
        let copies = report["duplicates"].as_array().cloned().unwrap_or_default();
        for file in std::iter::once(&report["file"]).chain(&copies) {
            let old = rows.insert(file.as_str().unwrap().to_owned(), row.clone());
            assert!(old.is_none(), "{file} twice in the plain run");
        }
    }
    rows
}

#[test]
fn spark_example_gives_every_file_one_row_with_the_plain_score() {
    if !crate::util::works("python3", &["-c", "import pyspark"])
        || !crate::util::works("java", &["-version"])
    {
        eprintln!("note: python3 with pyspark, or java, not found; skipping the Spark test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tmp_dir = tmp.path().canonicalize().unwrap();

    // Byte-identical copies of samples (one under a name to sanitize), a
    // broken PDF, a file that is not a resume.
    let extra = tmp_dir.join("extra");
    std::fs::create_dir_all(extra.join("sub")).unwrap();
    let strong = std::fs::read(sample("strong-backend.txt")).unwrap();
    write(&extra, "a.txt", &strong);
    write(&extra, "sub/b.txt", &strong);
    write(
        &extra,
        "Jane Doe (1) résumé.docx",
        &std::fs::read(sample("weak-backend.docx")).unwrap(),
    );
    write(&extra, "broken.pdf", b"not a PDF at all");
    write(&extra, "notes.toml", b"x = 1\n");

    let mut dirs = vec![root().join("samples").canonicalize().unwrap(), extra];
    match corpus() {
        Some(dir) => dirs.push(dir.canonicalize().unwrap()),
        None => eprintln!("note: the Spark test runs over samples/ only"),
    }
    let expected = plain_rows(&dirs);

    let rows_file = tmp_dir.join("rows.jsonl");
    let out = tmp_dir.join("parquet");
    let inputs: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    let start = Instant::now();
    let output = Command::new("python3")
        .arg(root().join("examples/spark/screen.py"))
        .arg(inputs.join(","))
        .args(["--role", "backend-developer", "--master", "local[2]"])
        .arg("--ats")
        .arg(env!("CARGO_BIN_EXE_ats"))
        .args(["--timeout", "120", "--top", "3"])
        .arg("--out")
        .arg(&out)
        .arg("--jsonl-out")
        .arg(&rows_file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "screen.py: {:?}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!("screen.py took {:.1?}:\n{stdout}", start.elapsed());
    assert!(out.join("_SUCCESS").is_file(), "no Parquet written");

    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for line in std::fs::read_to_string(&rows_file).unwrap().lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        let path = r["path"].as_str().unwrap();
        let path = path.strip_prefix("file:").unwrap_or(path).to_owned();
        let row = (
            r["score"].as_u64(),
            r["must_found"].as_u64(),
            r["must_total"].as_u64(),
            r["status"].as_str().unwrap().to_owned(),
        );
        assert!(rows.insert(path.clone(), row).is_none(), "{path}: two rows");
    }

    let files: BTreeSet<String> = files_under(&dirs)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let listed: BTreeSet<String> = rows.keys().cloned().collect();
    assert_eq!(listed, files, "one row per file");
    let mut skipped = 0;
    for file in &files {
        let got = &rows[file];
        match expected.get(file) {
            Some(want) => assert_eq!(got, want, "{file}: Spark row vs plain ats screen"),
            None => {
                assert_eq!(got, &(None, None, None, "skipped".to_owned()), "{file}");
                skipped += 1;
            }
        }
    }
    assert_eq!(
        files.len() - skipped,
        expected.len(),
        "plain rows all found"
    );
    for (file, want) in [
        ("extra/broken.pdf", "corrupt"),
        ("extra/notes.toml", "skipped"),
    ] {
        assert_eq!(rows[&tmp_dir.join(file).display().to_string()].3, want);
    }
}
