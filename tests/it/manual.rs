//! `ats completions SHELL` and `ats man`: scripts each shell accepts that
//! complete every command, and one manual page `man` renders cleanly.

use std::process::{Command, Stdio};

use crate::util::{ats, run};

/// The commands a user runs; each must be completed and documented.
const COMMANDS: &[&str] = &[
    "check",
    "screen",
    "extract",
    "parse",
    "roles",
    "completions",
    "man",
];

fn stdout_of(args: &[&str]) -> String {
    let output = run(args);
    assert!(
        output.status.success(),
        "ats {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Whether `program` can be run (`program --version` starts).
fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn every_shell_gets_a_script_that_completes_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell}: no {command}");
        }
        // Flags of a subcommand, and the roles subcommands.
        for word in ["fail-under", "from-jd", "require-must-have"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
        // The internal worker is not offered.
        assert!(
            !script.contains(ats::worker::WORKER_COMMAND),
            "{shell}: offers the worker"
        );
    }
    let unknown = run(["completions", "tcsh"]);
    assert_eq!(unknown.status.code(), Some(2));
}

/// Each shell that is installed reads its script without a syntax error
/// (`bash -n`, `zsh -n`, `fish --no-execute`).
#[test]
fn shells_accept_their_scripts() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, check) in [("bash", "-n"), ("zsh", "-n"), ("fish", "--no-execute")] {
        if !installed(shell) {
            eprintln!(
                "note: {shell} is not installed; its completion script is not syntax-checked"
            );
            continue;
        }
        let path = dir.path().join(format!("ats.{shell}"));
        std::fs::write(&path, stdout_of(&["completions", shell])).unwrap();
        let output = Command::new(shell).arg(check).arg(&path).output().unwrap();
        assert!(
            output.status.success(),
            "{shell} {check}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn the_man_page_documents_every_command() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH ATS 1"), "{page}");
    for command in COMMANDS.iter().filter(|c| **c != "roles") {
        let section = format!(".SH \"ATS {}\"", command.to_uppercase());
        assert!(page.contains(&section), "no section {section}");
    }
    for sub in ["LIST", "SHOW", "LINT", "MATCH", "FROM-JD"] {
        let section = format!(".SH \"ATS ROLES {sub}\"");
        assert!(page.contains(&section), "no section {section}");
    }
    // Flags (roff escapes their hyphens) and the examples of --help.
    for flag in [
        r"\-\-fail\-under",
        r"\-\-require\-must\-have",
        r"\-\-files\-from",
    ] {
        assert!(page.contains(flag), "no {flag}");
    }
    assert!(page.contains("ats roles from\\-jd job.txt"), "{page}");
    let worker = ats::worker::WORKER_COMMAND.replace('-', r"\-");
    assert!(!page.contains(&worker), "the page documents the worker");
}

/// `man -l` renders the page with groff's warnings on, and prints none.
#[test]
fn man_renders_the_page_without_warnings() {
    if !installed("man") {
        eprintln!("note: man is not installed; the page is not rendered");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ats.1");
    std::fs::write(&path, stdout_of(&["man"])).unwrap();
    let output = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&path)
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "{stderr}");
    let text = String::from_utf8_lossy(&output.stdout);
    for heading in ["ATS CHECK", "ATS SCREEN", "ATS ROLES FROM-JD", "EXAMPLES"] {
        assert!(text.contains(heading), "{heading} not rendered:\n{text}");
    }
    // Examples keep one command a line.
    assert!(
        text.lines()
            .any(|l| l.trim() == "ats check resume.pdf --role backend-developer"),
        "{text}"
    );
}

/// `ats man` is generated from the same definition as `--help`: a flag
/// `--help` shows is in the page.
#[test]
fn the_man_page_and_help_agree() {
    let help = ats().args(["screen", "--help"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let page = stdout_of(&["man"]);
    let flags: Vec<&str> = help
        .split_whitespace()
        .filter(|w| w.starts_with("--") && w.len() > 3)
        .map(|w| w.trim_end_matches([',', '.', ')', ':']))
        .collect();
    assert!(flags.len() > 10, "{help}");
    for flag in flags {
        assert!(
            page.contains(&flag.replace('-', r"\-")),
            "--help shows {flag}, the page does not"
        );
    }
}
