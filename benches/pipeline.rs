//! Throughput of each stage and of the whole pipeline (divan).
//!
//! - `analyze`: normalize + segment + match + checks + score on extracted
//!   text resumes (the bundled samples and the text files of the corpus).
//! - `extract`: PDF and DOCX extraction of the corpus's real resumes,
//!   in-process (the parsers alone) and through the isolated worker (what
//!   `ats check` does: one worker process reused across files).
//!
//! Corpus benches are skipped with a note when `../shared/corpus` is absent.
//! Each bench checks what it measures (keywords found, words extracted), so
//! a fast wrong answer fails instead of looking good.
//!
//! Run: `cargo bench --bench pipeline`. Figures are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::print_stderr, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use ats::analyze::Analyzer;
use ats::extract::{Document, Format, Input, Limits, extract_in_process, sniff};
use ats::roles::{BUILTIN_ROLES, Shared, load_role};
use ats::worker::Worker;
use divan::counter::{BytesCount, ItemsCount};

fn main() {
    // pdf-extract panics on one real resume; extraction catches it and falls
    // back to lopdf. The worker silences the default hook the same way, so
    // in-process figures are not skewed by printing backtraces.
    std::panic::set_hook(Box::new(|_| {}));
    divan::main();
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

/// Files with the given extensions in `dir` (sorted).
fn files_in(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| extensions.contains(&x.to_string_lossy().as_ref()))
        })
        .collect();
    files.sort();
    files
}

fn analyzer() -> Analyzer {
    let shared = Shared::builtin().unwrap();
    let (id, text) = BUILTIN_ROLES[0];
    let role = load_role(id, id, text, &shared).unwrap();
    Analyzer::new(role, shared.acronyms)
}

/// Text resumes, extracted once: (bytes of text, document).
static TEXTS: LazyLock<Vec<(usize, Document)>> = LazyLock::new(|| {
    let mut paths = files_in(&root().join("samples"), &["txt"]);
    if let Some(dir) = corpus() {
        paths.extend(files_in(&dir.join("text"), &["txt", "md"]));
    }
    paths
        .iter()
        .filter(|p| !p.to_string_lossy().contains("job-"))
        .map(|p| {
            let bytes = std::fs::read(p).unwrap();
            let format = sniff(&bytes, p).unwrap();
            (bytes.len(), extract_in_process(&bytes, format).unwrap())
        })
        .collect()
});

/// Analysis of every text resume against backend-developer.
#[divan::bench]
fn analyze(bencher: divan::Bencher<'_, '_>) {
    let analyzer = analyzer();
    let docs = &*TEXTS;
    let bytes: usize = docs.iter().map(|(n, _)| n).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(docs.len()))
        .bench_local(|| {
            let mut found = 0;
            for (_, doc) in docs {
                let report = analyzer.analyze("bench", Format::Text, doc);
                found += report.keywords.iter().filter(|k| k.found).count();
            }
            assert!(found > 0, "no keyword found: the bench measures nothing");
            found
        });
}

/// Compiling the role: done once per run.
#[divan::bench]
fn build_matcher() -> Analyzer {
    analyzer()
}

/// Files read into memory, each with its sniffed format.
type Loaded = Vec<Input>;

/// Real resumes of one kind from the corpus, and their total size.
fn real(kind: &str, ext: &str) -> Option<(Loaded, usize)> {
    let Some(dir) = corpus() else {
        eprintln!("note: ../shared/corpus not found; skipping the {kind} extraction bench");
        return None;
    };
    let files: Loaded = files_in(&dir.join(kind), &[ext])
        .iter()
        .map(|p| Input::open(p, &Limits::default()).unwrap())
        .collect();
    let bytes = files.iter().map(|input| input.bytes.len()).sum();
    Some((files, bytes))
}

fn extract_all(bencher: divan::Bencher<'_, '_>, kind: &str, ext: &str, isolated: bool) {
    let Some((files, bytes)) = real(kind, ext) else {
        return;
    };
    let mut worker = if isolated {
        Worker::isolated(PathBuf::from(env!("CARGO_BIN_EXE_ats")), Limits::default())
    } else {
        Worker::in_process()
    };
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(files.len()))
        .bench_local(|| {
            let mut words = 0;
            for input in &files {
                if let Ok(doc) = worker.extract(input) {
                    words += doc
                        .lines
                        .iter()
                        .map(|l| l.text.split_whitespace().count())
                        .sum::<usize>();
                }
            }
            assert!(
                words > 1000,
                "extraction found almost nothing: {words} words"
            );
            words
        });
}

/// PDF text extraction in this process (pdf-extract, lopdf fallback).
#[divan::bench(sample_count = 10)]
fn extract_pdf(bencher: divan::Bencher<'_, '_>) {
    extract_all(bencher, "pdf", "pdf", false);
}

/// PDF extraction through the worker process, as the CLI does it.
#[divan::bench(sample_count = 10)]
fn extract_pdf_isolated(bencher: divan::Bencher<'_, '_>) {
    extract_all(bencher, "pdf", "pdf", true);
}

/// DOCX text extraction in this process (zip + quick-xml).
#[divan::bench(sample_count = 20)]
fn extract_docx(bencher: divan::Bencher<'_, '_>) {
    extract_all(bencher, "docx", "docx", false);
}

/// DOCX extraction through the worker process.
#[divan::bench(sample_count = 10)]
fn extract_docx_isolated(bencher: divan::Bencher<'_, '_>) {
    extract_all(bencher, "docx", "docx", true);
}
