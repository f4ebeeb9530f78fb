//! A stable, seeded mutation runner: files of `samples/` and
//! `../shared/corpus` (and the role and `.ats.toml` files), mutated, must
//! each give a report or a clean per-file error: never a hang (`timeout`),
//! a crash, a run out of memory, or a panic in the process that runs `ats`.
//!
//! `cargo test` runs a bounded number of cases. `benches/fuzz.sh` runs it
//! for as long as asked. The knobs are environment variables:
//!
//! | variable             | default        | meaning                               |
//! |----------------------|----------------|---------------------------------------|
//! | `ATS_FUZZ_SEED`      | 1              | run seed; case `n` uses `seed`, `n`   |
//! | `ATS_FUZZ_CASES`     | 100            | cases to run                          |
//! | `ATS_FUZZ_SECONDS`   | unset          | run until then instead (no case cap)  |
//! | `ATS_FUZZ_CASE`      | unset          | run only this case (to reproduce one) |
//! | `ATS_FUZZ_FINDINGS`  | target/fuzz-findings | where failing inputs are saved  |
//! | `ATS_FUZZ_VERBOSE`   | unset          | print every case's outcome and message |
//!
//! A case is reproduced from its two numbers on any machine:
//! `ATS_FUZZ_SEED=s ATS_FUZZ_CASE=n cargo test --test it fuzz::`.

mod mutate;
mod seeds;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use ats::analyze::Options;
use ats::extract::{ErrorCode, FileError, Input, Limits};
use ats::roles::{Shared, load_role, resolve::builtin_role};
use ats::worker::{Analysis, Worker};

use seeds::{Kind, Seed};

/// What one run does, from the environment.
struct Plan {
    seed: u64,
    cases: u64,
    until: Option<Instant>,
    only: Option<u64>,
    findings: PathBuf,
    verbose: bool,
}

impl Plan {
    fn from_env() -> Plan {
        let number = |name: &str| {
            std::env::var(name).ok().map(|v| {
                v.parse::<u64>()
                    .unwrap_or_else(|_| panic!("{name}={v} is not a number"))
            })
        };
        let seconds = number("ATS_FUZZ_SECONDS");
        Plan {
            seed: number("ATS_FUZZ_SEED").unwrap_or(1),
            cases: if seconds.is_some() {
                u64::MAX
            } else {
                number("ATS_FUZZ_CASES").unwrap_or(100)
            },
            until: seconds.map(|s| Instant::now() + Duration::from_secs(s)),
            only: number("ATS_FUZZ_CASE"),
            findings: std::env::var_os("ATS_FUZZ_FINDINGS").map_or_else(
                || crate::util::root().join("target/fuzz-findings"),
                PathBuf::from,
            ),
            verbose: std::env::var_os("ATS_FUZZ_VERBOSE").is_some(),
        }
    }

    fn cases(&self) -> impl Iterator<Item = u64> + '_ {
        let range = match self.only {
            Some(n) => n..n + 1,
            None => 0..self.cases,
        };
        range.take_while(|_| self.until.is_none_or(|t| Instant::now() < t))
    }
}

/// What the cases gave.
#[derive(Default)]
struct Tally {
    runs: u64,
    /// By target and outcome: `pdf report`, `docx corrupt`, `role invalid`…
    outcomes: BTreeMap<(String, String), u64>,
    /// The cases that failed, with where their input was saved.
    failures: Vec<String>,
}

/// A per-file error that means something misbehaved on a mutated file:
/// a hang, a run out of memory, a worker that died (a signal, a stack
/// overflow), or a panic in `ats`'s own code. A panic inside a third-party
/// parser, caught and reported as `crashed` with a short cause, is the
/// clean error the design promises; it is counted apart (`crashed
/// (caught panic)`) with where it panicked.
fn classify(error: &FileError, input: &Input, analysis: &Arc<Analysis>) -> (String, bool) {
    match error.code {
        ErrorCode::Timeout | ErrorCode::OutOfMemory => (error.code.as_str().to_owned(), true),
        ErrorCode::Crashed if error.message.contains("reader failed on this file") => {
            match panic_site(input, analysis) {
                Some(site) if !site.starts_with("src/") => {
                    (format!("crashed (caught panic at {site})"), false)
                }
                Some(site) => (format!("crashed (panic in ats at {site})"), true),
                None => ("crashed (not reproduced in process)".to_owned(), true),
            }
        }
        code => (code.as_str().to_owned(), code == ErrorCode::Crashed),
    }
}

thread_local! {
    /// Set while [`panic_site`] replays a case on this thread.
    static REPLAY: Cell<bool> = const { Cell::new(false) };
    static SITE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where a case panics: replayed in this process (it came back from the
/// worker quickly, so it neither hangs nor exhausts memory), with a panic
/// hook that records the location on this thread only.
fn panic_site(input: &Input, analysis: &Arc<Analysis>) -> Option<String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if REPLAY.get() {
                let site = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                SITE.set(Some(site));
            } else {
                previous(info);
            }
        }));
    });
    let mut worker = Worker::in_process();
    worker.set_analysis(Arc::clone(analysis));
    REPLAY.set(true);
    SITE.set(None);
    let _ = worker.analyze(input, "resume", false);
    REPLAY.set(false);
    SITE.take().map(|site| {
        // A crate's files by crate and path, not by this machine's folders.
        site.rsplit_once("/registry/src/")
            .and_then(|(_, rest)| rest.split_once('/'))
            .map_or(site.clone(), |(_, rest)| rest.to_owned())
    })
}

#[test]
fn mutated_files_get_a_report_or_a_clean_error() {
    let plan = Plan::from_env();
    let seeds = seeds::collect();
    assert!(
        seeds.iter().any(|s| s.kind == Kind::Document),
        "no seed files found under samples/"
    );
    let documents: Vec<&Seed> = seeds.iter().filter(|s| s.kind == Kind::Document).collect();
    let all: Vec<Vec<u8>> = seeds.iter().map(|s| s.bytes.clone()).collect();
    let shared = Shared::builtin().unwrap();
    let role = builtin_role("backend-developer", &shared).unwrap().unwrap();
    let analysis = Arc::new(Analysis {
        roles: vec![role],
        pairs: shared.acronyms.clone(),
        options: Options::default(),
    });
    // The limits `ats` uses, with more time: a debug build on a busy machine
    // is slow, and only a real hang should reach the limit.
    let limits = Limits {
        timeout: Duration::from_secs(60),
        ..Limits::default()
    };
    let mut worker = Worker::isolated(PathBuf::from(env!("CARGO_BIN_EXE_ats")), limits);
    worker.set_analysis(Arc::clone(&analysis));
    let dir = tempfile::tempdir().unwrap();
    let mut tally = Tally::default();
    let started = Instant::now();

    for case in plan.cases() {
        let mut rng =
            fastrand::Rng::with_seed(plan.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ case);
        let seed = &seeds[rng.usize(..seeds.len())];
        let seed = if seed.kind == Kind::Document || rng.u8(..4) == 0 {
            seed
        } else {
            documents[rng.usize(..documents.len())]
        };
        let bytes = mutate::mutate(&mut rng, &seed.bytes, &seed.ext, &all);
        let (target, outcome, failed, message) = match seed.kind {
            Kind::Document => document(
                &mut worker,
                &analysis,
                dir.path(),
                &seed.ext,
                &bytes,
                &limits,
            ),
            Kind::Role => setting("role", || {
                load_role("fuzzed", "fuzzed.toml", &text(&bytes), &shared).is_ok()
            }),
            Kind::Config => setting("config", || {
                ats::config::file::parse(".ats.toml", &text(&bytes)).is_ok()
            }),
        };
        tally.runs += 1;
        if plan.verbose {
            eprintln!(
                "case {case} {target} {outcome} (from {}): {message}",
                seed.name
            );
        }
        if failed {
            let name = format!("{target}-{}-{case}.{}", plan.seed, seed.ext);
            std::fs::create_dir_all(&plan.findings).unwrap();
            let saved = plan.findings.join(&name);
            std::fs::write(&saved, &bytes).unwrap();
            tally.failures.push(format!(
                "{target} {outcome} (from {}): saved to {}; reproduce with ATS_FUZZ_SEED={} ATS_FUZZ_CASE={case}",
                seed.name,
                saved.display(),
                plan.seed
            ));
        }
        *tally
            .outcomes
            .entry((target.to_owned(), outcome))
            .or_default() += 1;
    }

    let elapsed = started.elapsed();
    eprintln!(
        "fuzz: seed {}, {} cases from {} seeds in {:.1} s ({:.0} cases/s)",
        plan.seed,
        tally.runs,
        seeds.len(),
        elapsed.as_secs_f64(),
        tally.runs as f64 / elapsed.as_secs_f64().max(1e-9)
    );
    for ((target, outcome), n) in &tally.outcomes {
        eprintln!("fuzz:   {target:<8} {n:>6}  {outcome}");
    }
    assert!(tally.runs > 0, "no case ran");
    assert!(
        tally.failures.is_empty(),
        "{} of {} mutated files hung, crashed or ran out of memory:\n{}",
        tally.failures.len(),
        tally.runs,
        tally.failures.join("\n")
    );
}

/// Reads and analyzes one mutated document as `ats` does: written to a
/// file with its seed's extension, opened (size limit, format sniffed) and
/// analyzed in the worker.
fn document(
    worker: &mut Worker,
    analysis: &Arc<Analysis>,
    dir: &Path,
    ext: &str,
    bytes: &[u8],
    limits: &Limits,
) -> (&'static str, String, bool, String) {
    let path = dir.join(format!("resume.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let target = target_of(ext);
    let input = match Input::open(&path, limits) {
        Ok(input) => input,
        Err(e) => {
            let failed = e.code == ErrorCode::Crashed;
            return (target, e.code.as_str().to_owned(), failed, e.message);
        }
    };
    match worker.analyze(&input, "resume", false) {
        Ok(_) => (target, "report".to_owned(), false, String::new()),
        Err(e) => {
            let (outcome, failed) = classify(&e, &input, analysis);
            (target, outcome, failed, e.message)
        }
    }
}

fn target_of(ext: &str) -> &'static str {
    match ext {
        "pdf" => "pdf",
        "docx" | "doc" => "docx",
        "odt" => "odt",
        "rtf" => "rtf",
        "tex" => "latex",
        "md" => "markdown",
        "typ" => "typst",
        "json" => "json",
        "yaml" => "yaml",
        _ => "text",
    }
}

/// Parses a settings file in this process, as `ats` does: a panic is a
/// failure; an invalid file is a clean error.
fn setting(
    target: &'static str,
    parse: impl FnOnce() -> bool,
) -> (&'static str, String, bool, String) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse)) {
        Ok(true) => (target, "valid".to_owned(), false, String::new()),
        Ok(false) => (target, "invalid".to_owned(), false, String::new()),
        Err(_) => (target, "panic".to_owned(), true, String::new()),
    }
}

/// Settings files are read as UTF-8 text, as `ats` reads them.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
