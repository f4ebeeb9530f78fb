//! The shared corpus of real and hostile files (`../shared/corpus`, present
//! in CI, absent from a user's clone): every file gives a JSON report or a
//! clean error, nothing crashes or hangs, every real resume in a format the
//! tool reads gives a report, and scanned resumes are called out.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use crate::util::{ats, corpus, readability_codes};

/// Formats a real resume must be read in (others may be "unsupported").
const READ_FORMATS: &[&str] = &["pdf", "docx", "txt", "md", "markdown"];

/// Image-only PDFs: nothing to read without OCR.
const SCANNED: &[&str] = &[
    "hostile/pdfminer__pdfminer.six__pdf-with-jbig2.pdf",
    "pdf/bjherger__ResumeParser__Yupeng_Kong_Resume.pdf",
];

/// The files of the corpus's folders, sorted.
pub(crate) fn corpus_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        if !sub.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(sub.path())
            .unwrap()
            .filter_map(Result::ok)
        {
            if file.path().is_file() {
                files.push(file.path());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn corpus_every_file_gives_a_report_or_a_clean_error() {
    let Some(dir) = corpus() else { return };
    let files = corpus_files(&dir);
    assert!(
        files.len() > 50,
        "corpus looks incomplete: {} files",
        files.len()
    );

    let mut cmd = ats();
    // A time limit far above any file's reading time (the slowest hostile
    // file takes about 11 s in a debug build): whether a real resume reads
    // must not depend on how fast or busy the machine is.
    cmd.args(["check", "--role", "backend-developer", "--format", "json"])
        .args(["--timeout", "120"])
        .args(&files);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(cmd.output());
    });
    // The whole corpus reads in seconds, so many minutes mean a hang.
    let output = rx
        .recv_timeout(Duration::from_secs(900))
        .expect("ats hung on the corpus")
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "status {:?}\n{stderr}",
        output.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let outcomes = value.as_array().unwrap();
    assert_eq!(outcomes.len(), files.len(), "every file accounted for");
    let mut reports = 0;
    for (path, outcome) in files.iter().zip(outcomes) {
        let rel = path
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if let Some(error) = outcome.get("error") {
            let message = error["message"].as_str().unwrap();
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{rel}: {error}"
            );
            let real = !rel.starts_with("hostile/");
            assert!(
                !(real && READ_FORMATS.contains(&ext.as_str())),
                "{rel}: a real resume in a supported format gave an error: {error}"
            );
        } else {
            reports += 1;
            assert_eq!(outcome["schema_version"], 2, "{rel}");
            let score = outcome["score"].as_u64().unwrap();
            assert!(score <= 100, "{rel}");
        }
        if SCANNED.contains(&rel.as_str()) {
            assert!(
                readability_codes(outcome).contains(&"no-text".to_owned()),
                "{rel}: {outcome}"
            );
            assert_eq!(outcome["score"], 0, "{rel}");
        }
    }
    eprintln!(
        "corpus: {} files, {reports} reports, {} clean errors",
        files.len(),
        files.len() - reports
    );
}
