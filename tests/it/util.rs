//! Helpers: run the built `ats` binary, read its JSON, find the shared corpus.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `ats` binary built by cargo for these tests.
pub(crate) fn ats() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ats"));
    cmd.env("NO_COLOR", "1");
    // A busy machine (a CI runner, several builds at once) must not turn a
    // slow report into a timeout: tests that test the timeout pass
    // --timeout, which wins over this.
    cmd.env("ATS_TIMEOUT", "600");
    cmd
}

/// Runs `ats` with arguments.
pub(crate) fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    ats().args(args).output().expect("ats runs")
}

/// Runs `ats` and parses standard output as JSON.
pub(crate) fn run_json<I, S>(args: I) -> (serde_json::Value, Output)
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let output = run(args);
    let value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (value, output)
}

/// Checks one file against backend-developer and returns the JSON report;
/// fails the test when `ats` does not exit with 0.
pub(crate) fn check_json(path: &Path) -> serde_json::Value {
    let (value, output) = run_json([
        "check".as_ref(),
        path.as_os_str(),
        "--role".as_ref(),
        "backend-developer".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert!(
        output.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    value
}

/// Whether `program` runs and exits with success with `args`: how a test
/// that needs a tool (bash, Java, PySpark) finds out whether to skip.
pub(crate) fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The repository root.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `samples/`.
pub(crate) fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

/// `../shared/corpus` when it exists; otherwise prints why the caller skips.
pub(crate) fn corpus() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} not found; skipping the corpus test (it runs in CI)",
            dir.display()
        );
        None
    }
}

/// The found keywords of a JSON report, as terms.
pub(crate) fn found_terms(report: &serde_json::Value) -> Vec<String> {
    report["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["found"].as_bool().unwrap())
        .map(|k| k["term"].as_str().unwrap().to_owned())
        .collect()
}

/// The readability codes of a JSON report.
pub(crate) fn readability_codes(report: &serde_json::Value) -> Vec<String> {
    report["readability"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Writes bytes to `dir/name` (making its folders) and returns the path.
pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}
