//! `ats screen` on a batch built here: good resumes, identical copies and
//! files that fail in every way a recruiter's inbox has. Every file must be
//! accounted for, ranks must not depend on the number of workers, CSV cells
//! must be safe to open, and `-o` must never leave half a file.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use crate::hostile::{good_pdf, slow_pdf};
use crate::util::{ats, sample, write};

/// Writes the batch; returns the files a walk must find (hidden files and
/// non-resumes excluded), relative to `dir`.
fn batch(dir: &Path, with_slow: bool) -> Vec<String> {
    let text = |name: &str| std::fs::read(sample(name)).unwrap();
    std::fs::create_dir_all(dir.join("copies")).unwrap();
    let strong = text("strong-backend.txt");
    let analyst = text("data-analyst.txt");
    let mut files = vec![
        ("strong.txt", strong.clone()),
        ("copies/strong-again.txt", strong),
        ("weak.txt", text("weak-backend.txt")),
        ("copies/weak (1).txt", text("weak-backend.txt")),
        ("strong.docx", text("strong-backend.docx")),
        // Same text but one byte: not identical, and an equal score.
        ("tie-b.txt", analyst.clone()),
        ("tie-a.txt", [analyst.as_slice(), b"\n"].concat()),
        ("good.pdf", good_pdf()),
        ("truncated.pdf", {
            let pdf = text("strong-backend.pdf");
            pdf[..pdf.len() / 2].to_vec()
        }),
        ("old.doc", {
            // An OLE2 compound file with a WordDocument stream: Word 97-2003.
            let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            ole.resize(1024, 0);
            ole.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
            ole.resize(2048, 0);
            ole
        }),
        ("archive.docx", {
            let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            w.start_file("notes.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(b"not a word document").unwrap();
            w.finish().unwrap().into_inner()
        }),
    ];
    if with_slow {
        files.push(("slow.pdf", slow_pdf()));
    }
    for (name, bytes) in &files {
        write(dir, name, bytes);
    }
    write(dir, ".hidden.pdf", &good_pdf());
    write(dir, "photo.jpg", b"\xFF\xD8\xFF\xE0 not a resume");
    files.into_iter().map(|(n, _)| n.to_owned()).collect()
}

/// CSV rows as maps from column name to cell.
fn csv_rows(bytes: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), header.len(), "every row has every column");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

fn screen(dir: &Path, args: &[&str]) -> Output {
    ats()
        .arg("screen")
        .arg(dir)
        .args(["--role", "backend-developer"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_file_of_a_mixed_batch_is_a_row_and_the_summary_counts_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let expected = batch(dir, true);
    let started = Instant::now();
    // One row per file here; grouping by person has its own test. The
    // time limit is far above what the small files need on a busy machine
    // (a 1 s limit once stopped a two-line text file there).
    let output = screen(dir, &["--format", "csv", "--timeout", "30", "--no-group"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a file failed; stderr:\n{stderr}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "the slow file is stopped at --timeout"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    let rows = csv_rows(&output.stdout);
    let rel = |cell: &str| {
        Path::new(cell)
            .strip_prefix(dir)
            .unwrap()
            .display()
            .to_string()
    };
    let status = |name: &str| {
        rows.iter()
            .find(|r| rel(&r["file"]) == name)
            .map(|r| r["status"].clone())
            .unwrap_or_else(|| panic!("no row for {name}"))
    };
    assert_eq!(status("truncated.pdf"), "corrupt");
    assert_eq!(status("old.doc"), "legacy-doc");
    assert_eq!(status("archive.docx"), "not-docx");
    for name in ["strong.docx", "good.pdf", "tie-a.txt", "tie-b.txt"] {
        assert_eq!(status(name), "ok", "{name}");
    }
    // The slow file is stopped either way, and no test hangs on a clock:
    // at `--timeout` on a very slow machine, or, as a rule, at the count of
    // characters a PDF may draw (2 million; it draws 2.2 million).
    let failed = rows.iter().find(|r| rel(&r["file"]) == "slow.pdf").unwrap();
    match failed["status"].as_str() {
        "timeout" => assert!(failed["message"].contains("longer than 30 s"), "{failed:?}"),
        "too-large" => assert!(failed["message"].contains("characters"), "{failed:?}"),
        other => panic!("slow.pdf: {other}: {failed:?}"),
    }

    // Each identical pair is one row, under its first path, naming the other.
    let strong = rows
        .iter()
        .find(|r| rel(&r["file"]) == "copies/strong-again.txt")
        .unwrap();
    assert_eq!(rel(&strong["duplicates"]), "strong.txt");
    let weak = rows
        .iter()
        .find(|r| rel(&r["file"]) == "copies/weak (1).txt")
        .unwrap();
    assert_eq!(rel(&weak["duplicates"]), "weak.txt");

    // Every file is accounted for exactly once; hidden and other files not at all.
    let mut seen: Vec<String> = Vec::new();
    for r in &rows {
        seen.push(rel(&r["file"]));
        seen.extend(
            r["duplicates"]
                .split("; ")
                .filter(|d| !d.is_empty())
                .map(rel),
        );
    }
    seen.sort();
    let mut want = expected.clone();
    want.sort();
    assert_eq!(seen, want);

    // Ranked rows first, best first, ties by path; then the failures.
    let ranks: Vec<u32> = rows
        .iter()
        .filter(|r| r["status"] == "ok")
        .map(|r| r["rank"].parse().unwrap())
        .collect();
    assert_eq!(ranks.len(), 6);
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(rows[..6].iter().all(|r| r["status"] == "ok"));
    let pos = |name: &str| rows.iter().position(|r| rel(&r["file"]) == name).unwrap();
    let (a, b) = (&rows[pos("tie-a.txt")], &rows[pos("tie-b.txt")]);
    assert_eq!(
        (&a["rank"], &a["score"]),
        (&b["rank"], &b["score"]),
        "a tie"
    );
    assert_eq!(pos("tie-a.txt") + 1, pos("tie-b.txt"), "ties in path order");
    assert!(strong["score"].parse::<u32>().unwrap() > weak["score"].parse::<u32>().unwrap());
    assert_eq!(strong["rank"], "1");

    assert!(
        stderr.contains(&format!(
            "screened {} files against backend-developer",
            expected.len()
        )),
        "{stderr}"
    );
    let slow = failed["status"].as_str();
    assert!(stderr.contains(&format!(": 6 ranked, 2 identical copies ranked once, 4 failed (1 corrupt, 1 legacy-doc, 1 not-docx, 1 {slow}); 1 other file in the folders skipped")), "{stderr}");
}

#[test]
fn output_is_the_same_bytes_with_one_worker_or_four() {
    let tmp = tempfile::tempdir().unwrap();
    batch(tmp.path(), false);
    for format in ["csv", "jsonl", "table"] {
        let one = screen(tmp.path(), &["--format", format, "-j", "1"]);
        let four = screen(tmp.path(), &["--format", format, "-j", "4"]);
        assert_eq!(one.status.code(), Some(2));
        assert!(!one.stdout.is_empty());
        assert!(
            one.stdout == four.stdout,
            "{format} differs between -j 1 and -j 4:\n{}\n---\n{}",
            String::from_utf8_lossy(&one.stdout),
            String::from_utf8_lossy(&four.stdout)
        );
    }
    // JSON Lines: one report per line with its rank, failures as error lines.
    let out = screen(tmp.path(), &["--format", "jsonl", "--no-group"]);
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 9, "6 ranked and 3 failed");
    assert_eq!(lines[0]["rank"], 1);
    assert_eq!(lines[0]["schema_version"], 2);
    assert!(lines[0]["keywords"].is_array());
    assert_eq!(lines[0]["duplicates"].as_array().unwrap().len(), 1);
    assert_eq!(lines[8]["error"]["code"], "corrupt");
}

#[test]
fn formula_cells_are_neutralized_in_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let name = "=cmd|' calc'!A0.txt";
    write(
        tmp.path(),
        name,
        b"=cmd|' /C calc'!A0\n+1 555 0100 | @evil\nExperience\n- Built REST APIs in Python for 40 services\n",
    );
    let output = ats()
        .current_dir(tmp.path())
        .args([
            "screen",
            name,
            "--role",
            "backend-developer",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let rows = csv_rows(&output.stdout);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["file"], format!("'{name}"));
    for (column, cell) in &rows[0] {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "{column} starts a formula: {cell:?}"
        );
    }
}

/// Starts a run that will sit on `slow.pdf` for a long time.
fn start_slow_run(dir: &Path, args: &[&str]) -> Child {
    write(
        dir,
        "a.txt",
        &std::fs::read(sample("strong-backend.txt")).unwrap(),
    );
    write(
        dir,
        "b.txt",
        &std::fs::read(sample("weak-backend.txt")).unwrap(),
    );
    write(dir, "slow.pdf", &slow_pdf());
    ats()
        .arg("screen")
        .arg(dir)
        .args(["--role", "backend-developer", "-j", "1", "--timeout", "120"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Temporary files `-o` left in `dir`.
fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .collect()
}

fn wait_for(what: &str, mut ready: impl FnMut() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(started.elapsed() < Duration::from_secs(60), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn an_interrupted_run_leaves_no_partial_output() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let target = out_dir.join("ranked.jsonl");
    let child = start_slow_run(
        &inbox,
        &[
            "--format",
            "jsonl",
            "--unordered",
            "-o",
            target.to_str().unwrap(),
        ],
    );
    // a.txt and b.txt are written to the temporary file; slow.pdf is running.
    wait_for("two lines in the temporary file", || {
        temporary_files(&out_dir)
            .iter()
            .any(|p| std::fs::read(p).is_ok_and(|b| b.iter().filter(|&&c| c == b'\n').count() >= 2))
    });
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(!target.exists(), "no partial {}", target.display());
    assert_eq!(temporary_files(&out_dir), Vec::<PathBuf>::new());
}

#[test]
fn a_killed_run_keeps_the_previous_output() {
    let tmp = tempfile::tempdir().unwrap();
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let target = tmp.path().join("ranked.csv");
    std::fs::write(&target, "the previous ranking\n").unwrap();
    let mut child = start_slow_run(&inbox, &["--format", "csv", "-o", target.to_str().unwrap()]);
    wait_for("the temporary file", || {
        !temporary_files(tmp.path()).is_empty()
    });
    std::thread::sleep(Duration::from_millis(300));
    // SIGKILL: no handler runs, so the temporary file may stay behind, but
    // the target is never touched until the run completes.
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "the previous ranking\n"
    );
}

#[test]
fn a_table_written_to_a_file_has_no_color_codes() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "one.txt",
        &std::fs::read(sample("strong-backend.txt")).unwrap(),
    );
    let target = tmp.path().join("ranked.txt");
    let output = ats()
        .arg("screen")
        .arg(tmp.path())
        .args(["--role", "backend-developer", "--color", "always", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let table = std::fs::read_to_string(&target).unwrap();
    assert!(
        table.contains("Ranked against Backend Developer"),
        "{table}"
    );
    assert!(!table.contains('\x1b'), "{table:?}");
}

#[test]
fn files_from_reads_a_list_and_reports_missing_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(
        dir,
        "one.txt",
        &std::fs::read(sample("strong-backend.txt")).unwrap(),
    );
    let list = write(dir, "list.txt", b"one.txt\nmissing.pdf\n\n");
    let output = ats()
        .current_dir(dir)
        .args(["screen", "--files-from"])
        .arg(&list)
        .args(["--role", "backend-developer", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let rows = csv_rows(&output.stdout);
    let files: BTreeSet<(&str, &str)> = rows
        .iter()
        .map(|r| (r["file"].as_str(), r["status"].as_str()))
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([("missing.pdf", "not-found"), ("one.txt", "ok")])
    );
}

/// Pipes, sockets, dangling links and link loops named like resumes are
/// rows that say what they are, never opened (a pipe would block the run);
/// a name that is not UTF-8 is written so the file can be found again.
#[test]
fn every_folder_entry_is_accounted_for_and_nothing_blocks() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let resume = std::fs::read(sample("strong-backend.txt")).unwrap();
    write(dir, "jane.txt", &resume);
    let odd = std::ffi::OsStr::from_bytes(b"\xffodd 50%.txt");
    std::fs::write(
        dir.join(odd),
        std::fs::read(sample("weak-backend.txt")).unwrap(),
    )
    .unwrap();
    let fifo_ok = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.pdf"))
        .status()
        .is_ok_and(|s| s.success());
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("sock.docx")).unwrap();
    std::os::unix::fs::symlink(dir.join("missing.pdf"), dir.join("gone.pdf")).unwrap();
    std::os::unix::fs::symlink(dir.join("loop.pdf"), dir.join("loop.pdf")).unwrap();
    std::os::unix::fs::symlink(dir.join("notes"), dir.join("notes-link")).unwrap();

    let mut child = ats()
        .arg("screen")
        .arg(dir)
        .args([
            "--role",
            "backend-developer",
            "--no-config",
            "--format",
            "csv",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("screen to end", || child.try_wait().unwrap().is_some());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let rows = csv_rows(&output.stdout);
    let status = |name: &str| {
        rows.iter()
            .find(|r| r["file"].ends_with(name))
            .map(|r| r["status"].clone())
            .unwrap_or_else(|| panic!("no row for {name}: {rows:?}"))
    };
    assert_eq!(status("jane.txt"), "ok");
    assert_eq!(
        status("/%FFodd 50%25.txt"),
        "ok",
        "the name, percent-encoded"
    );
    if fifo_ok {
        assert_eq!(status("pipe.pdf"), "not-a-file");
    }
    assert_eq!(status("sock.docx"), "not-a-file");
    assert_eq!(status("gone.pdf"), "not-found");
    assert_eq!(status("loop.pdf"), "io");
    assert!(
        stderr.contains("; 1 other file in the folders skipped"),
        "the link named like no resume is counted: {stderr}"
    );

    // Named on the command line, a pipe is an error at once, not a hang.
    if fifo_ok {
        let mut child = ats()
            .args(["check", "--role", "backend-developer", "--no-config"])
            .arg(dir.join("pipe.pdf"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_for("check to end", || child.try_wait().unwrap().is_some());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("named pipe (FIFO)"), "{stderr}");

        // So is a pipe given as a setting: a baseline, a role file.
        for flag in ["--baseline", "--keywords"] {
            let mut child = ats()
                .args(["check", "--role", "backend-developer", "--no-config", flag])
                .arg(dir.join("pipe.pdf"))
                .arg(dir.join("jane.txt"))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            wait_for("check to end", || child.try_wait().unwrap().is_some());
            let output = child.wait_with_output().unwrap();
            assert_eq!(output.status.code(), Some(2), "{flag}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains("named pipe"), "{flag}: {stderr}");
        }
    }
}

/// A run killed with SIGKILL midway is continued with `--resume`: the files
/// it had read are not read again, and the output is the same bytes as an
/// uninterrupted run's.
#[test]
fn a_killed_run_resumes_to_the_same_output() {
    let tmp = tempfile::tempdir().unwrap();
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    write(
        &inbox,
        "a.txt",
        &std::fs::read(sample("strong-backend.txt")).unwrap(),
    );
    write(
        &inbox,
        "b.txt",
        &std::fs::read(sample("weak-backend.txt")).unwrap(),
    );
    write(&inbox, "slow.pdf", &slow_pdf());
    write(
        &inbox,
        "z.pdf",
        &std::fs::read(sample("strong-backend.pdf")).unwrap(),
    );
    let run = |output: &Path, extra: &[&str]| {
        ats()
            .arg("screen")
            .arg(&inbox)
            .args(["--role", "backend-developer", "--no-config", "-j", "1"])
            .args(["--timeout", "5", "--format", "csv", "-o"])
            .arg(output)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let reference = tmp.path().join("reference.csv");
    let status = run(&reference, &[]).wait().unwrap();
    assert_eq!(status.code(), Some(2), "slow.pdf times out");

    // Killed while slow.pdf is read: a.txt and b.txt are in the state.
    let target = tmp.path().join("ranked.csv");
    let state = tmp.path().join(".ranked.csv.ats-state");
    let mut child = run(&target, &[]);
    wait_for("two files in the state", || {
        std::fs::read_to_string(&state).is_ok_and(|s| s.lines().count() > 2)
    });
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!target.exists(), "a killed run writes no output");

    let output = run(&target, &["--resume"]).wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("taken from the interrupted run"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&target).unwrap(),
        std::fs::read(&reference).unwrap(),
        "the resumed output is the uninterrupted one"
    );
    assert!(!state.exists(), "the state goes once the output is written");

    // A state left by other settings is not used for them.
    let mut child = run(&target, &[]);
    wait_for("a state", || state.exists());
    child.kill().unwrap();
    child.wait().unwrap();
    let output = ats()
        .arg("screen")
        .arg(&inbox)
        .args(["--role", "devops-engineer", "--no-config", "-o"])
        .arg(&target)
        .arg("--resume")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("other settings"), "{stderr}");
}

/// A resume as plain text: a name, contact lines, and a few statements.
fn person_txt(name: &str, contact: &str, body: &str) -> Vec<u8> {
    format!(
        "{name}\n{contact}\n\nExperience\nBackend Engineer, Acme, 2019 - 2024\n{body}\n\nSkills\nPython, SQL\n"
    )
    .into_bytes()
}

#[test]
fn the_files_of_one_person_are_one_row_and_different_people_are_not_joined() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let apis = "- Built REST APIs in Python and SQL for 40 services, cutting latency 30%";
    let less = "- Wrote Python scripts";
    // Ann sent three files: the best one is her row.
    write(
        dir,
        "ann/resume.txt",
        &person_txt("Ann Lee", "ann.lee@gmail.com | +1 617 222 3333", apis),
    );
    write(
        dir,
        "ann/old.txt",
        &person_txt("Ann Lee", "ann.lee@gmail.com", less),
    );
    write(
        dir,
        "ann/cv.md",
        &person_txt("Ann M. Lee", "617-222-3333", less),
    );
    // Two people who kept one template's sample address and phone.
    write(
        dir,
        "bo.txt",
        &person_txt("Bo Chen", "jane@example.com | 206-555-0149", less),
    );
    write(
        dir,
        "cy.txt",
        &person_txt("Cy Diaz", "jane@example.com | 206-555-0149", less),
    );

    let out = screen(dir, &["--format", "csv"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = csv_rows(&out.stdout);
    let name = |r: &std::collections::HashMap<String, String>| {
        Path::new(&r["file"])
            .strip_prefix(dir)
            .unwrap()
            .display()
            .to_string()
    };
    let files: Vec<String> = rows.iter().map(name).collect();
    assert_eq!(
        files,
        ["ann/resume.txt", "bo.txt", "cy.txt"],
        "one row per person, Ann's best first"
    );
    let group: BTreeSet<String> = rows[0]["group"]
        .split("; ")
        .map(|p| {
            Path::new(p)
                .strip_prefix(dir)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        group,
        BTreeSet::from(["ann/cv.md".to_owned(), "ann/old.txt".to_owned()])
    );
    assert_eq!(
        rows[0]["phone"], "'+1 617 222 3333",
        "a leading + is neutralized"
    );
    assert_eq!(rows[1]["rank"], rows[2]["rank"], "Bo and Cy tie, apart");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("3 ranked (2 more files of the same people under them)"),
        "{stderr}"
    );

    // The table says it too; --no-group gives every file its row.
    let table = screen(dir, &["--quiet"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("Files of one person"), "{text}");
    let apart = csv_rows(&screen(dir, &["--format", "csv", "--no-group"]).stdout);
    assert_eq!(apart.len(), 5);
    assert!(apart.iter().all(|r| r["group"].is_empty()));
}

#[test]
fn a_scan_is_listed_apart_and_hidden_text_is_flagged_in_its_row() {
    use crate::hostile::{page_pdf, stream};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(dir, "good.pdf", &good_pdf());
    // A page with only a picture's worth of drawing: no text at all.
    write(
        dir,
        "scan.pdf",
        &page_pdf(stream("", b"0.5 g 72 72 400 600 re f")),
    );
    // White words on the white page under the visible ones.
    write(
        dir,
        "stuffed.pdf",
        &page_pdf(stream(
            "",
            b"BT /F1 12 Tf 72 720 Td (Experience: built REST APIs in Python for 40 services at Acme, 2019 to 2024.) Tj ET \
              BT 1 1 1 rg /F1 12 Tf 72 700 Td (Kubernetes Docker Microservices Terraform SQL) Tj ET",
        )),
    );
    let out = screen(dir, &["--format", "jsonl", "--no-group"]);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let files: Vec<&str> = lines
        .iter()
        .map(|l| l["file"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        files.last(),
        Some(&"scan.pdf"),
        "the scan comes after the ranking: {files:?}"
    );
    let scan = lines.last().unwrap();
    assert_eq!(scan["status"], "no-text");
    assert!(scan.get("rank").is_none(), "a scan is not ranked as 0");
    assert!(scan["reasons"][0].as_str().unwrap().contains("needs OCR"));
    let stuffed = lines
        .iter()
        .find(|l| l["file"].as_str().unwrap().ends_with("stuffed.pdf"))
        .unwrap();
    assert_eq!(stuffed["status"], "hidden-text");
    assert!(stuffed["rank"].is_u64(), "ranked on its visible text");
    assert!(
        stuffed["reasons"][0]
            .as_str()
            .unwrap()
            .starts_with("hidden text")
    );
    let kubernetes = stuffed["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["term"] == "Containerization" || k["term"] == "Kubernetes");
    assert!(
        kubernetes.is_none_or(|k| k["match"] == "missing"),
        "hidden words earn nothing"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 ranked (1 with hidden text), 1 with no text (scanned: need OCR)"),
        "{stderr}"
    );

    let table = String::from_utf8_lossy(&screen(dir, &["--quiet"]).stdout).into_owned();
    assert!(table.contains("hidden-text"), "{table}");
    assert!(table.contains("No text: 1 file"), "{table}");
}

#[test]
fn filters_keep_what_was_asked_and_count_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(
        dir,
        "strong.txt",
        &std::fs::read(sample("strong-backend.txt")).unwrap(),
    );
    write(
        dir,
        "weak.txt",
        &std::fs::read(sample("weak-backend.txt")).unwrap(),
    );
    write(
        dir,
        "analyst.txt",
        &std::fs::read(sample("data-analyst.txt")).unwrap(),
    );
    let all = csv_rows(&screen(dir, &["--format", "csv"]).stdout);
    assert_eq!(all.len(), 3);
    let score = |name: &str| -> u32 {
        all.iter().find(|r| r["file"].ends_with(name)).unwrap()["score"]
            .parse()
            .unwrap()
    };
    let (strong, weak) = (score("strong.txt"), score("weak.txt"));
    assert!(strong > weak);

    let min = (strong + weak).div_ceil(2).to_string();
    let out = screen(dir, &["--format", "csv", "--min-score", &min]);
    let kept = csv_rows(&out.stdout);
    assert!(
        kept.iter()
            .all(|r| r["score"].parse::<u32>().unwrap() >= strong.min(min.parse().unwrap()))
    );
    assert!(kept.iter().any(|r| r["file"].ends_with("strong.txt")));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let gone = 3 - kept.len();
    assert!(gone > 0);
    assert!(
        stderr.contains(&format!("{gone} filtered out ({gone} below score {min})")),
        "{stderr}"
    );

    // --require: a keyword the weak resume lacks, in any case.
    let out = screen(dir, &["--format", "csv", "--require", "microservices"]);
    let kept = csv_rows(&out.stdout);
    assert!(
        kept.iter().all(|r| !r["file"].ends_with("weak.txt")),
        "{kept:?}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("filtered out"));

    // A keyword the role does not have is a usage error, before any file.
    let out = screen(dir, &["--require", "Dockr"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not a keyword of backend-developer") && stderr.contains("Docker"),
        "{stderr}"
    );

    // --require-must-have: nobody here has all twelve.
    let out = screen(dir, &["--format", "csv", "--require-must-have"]);
    assert!(csv_rows(&out.stdout).is_empty());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("3 filtered out (3 without every must-have)")
    );
}

#[test]
fn a_fitted_table_keeps_to_the_width_asked() {
    let tmp = tempfile::tempdir().unwrap();
    batch(tmp.path(), false);
    for columns in ["80", "100", "132"] {
        let out = ats()
            .arg("screen")
            .arg(tmp.path())
            .args(["--role", "backend-developer", "--quiet"])
            .env("COLUMNS", columns)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let width: usize = columns.parse().unwrap();
        let table: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
        assert!(table.len() > 3, "{text}");
        for line in &table {
            assert!(line.chars().count() <= width, "{columns}: {line:?}");
        }
    }
    // Without a width (piped, -o, --wide) every cell is whole.
    let out = ats()
        .arg("screen")
        .arg(tmp.path())
        .args(["--role", "backend-developer", "--quiet", "--wide"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("FILE") && !text.contains('…'), "{text}");
}

#[test]
fn every_format_check_reads_is_screened_in_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let body = "Experience\\par Backend Engineer, Acme, 2019 - 2024\\par Built REST APIs in Python and SQL for 40 services, cutting latency 30%\\par";
    write(
        dir,
        "rtf/ann.rtf",
        format!("{{\\rtf1\\ansi\\ansicpg1252{{\\fonttbl\\f0 Arial;}}\\f0 Ann Lee\\par ann@a.org\\par {body}}}").as_bytes(),
    );
    for (name, sample_path) in [
        ("tex/resume.tex", "latex/resume.tex"),
        ("json/resume.json", "json/resume.json"),
        ("md/resume.md", "markdown/resume.md"),
    ] {
        write(dir, name, &std::fs::read(sample(sample_path)).unwrap());
    }
    // The LaTeX resume's \input files, beside it as in its repository.
    for entry in std::fs::read_dir(sample("latex/sections")).unwrap() {
        let entry = entry.unwrap();
        let name = format!("tex/sections/{}", entry.file_name().to_string_lossy());
        write(dir, &name, &std::fs::read(entry.path()).unwrap());
    }
    let out = screen(dir, &["--format", "jsonl", "--no-group"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let formats: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["format"].as_str().unwrap().to_owned()
        })
        .collect();
    assert!(formats.contains("rtf"), "{formats:?}");
    for format in ["latex", "json-resume", "markdown"] {
        assert!(
            formats.contains(format),
            "{format} not screened: {formats:?}"
        );
    }
    // Only the section the LaTeX resume brings in is not a resume of its own.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 other file in the folders skipped (")
            && stderr.contains("experience.tex)"),
        "{stderr}"
    );
}
