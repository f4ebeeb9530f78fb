//! The documentation a newcomer follows: every relative link and image in
//! README.md and docs/*.md points at a file of the repository, every
//! `#anchor` at a heading of its page, and every command on the README's
//! first screen runs as shown. Links to the web are not fetched.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::util::{ats, root};

/// README.md and every Markdown page of docs/.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "docs/ has no Markdown page");
    pages.extend(docs);
    pages
}

fn events(markdown: &str) -> impl Iterator<Item = (Event<'_>, std::ops::Range<usize>)> {
    Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter()
}

/// The 1-based line of a byte offset.
fn line_of(markdown: &str, offset: usize) -> usize {
    markdown[..offset].matches('\n').count() + 1
}

/// GitHub's anchor for a heading: its text lowercased, every character but
/// letters, digits, `-`, `_` and spaces dropped, each space a `-`.
fn slug(heading: &str) -> String {
    heading
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a page's headings; a repeated one gets `-1`, `-2`, … as
/// on GitHub.
fn anchors(markdown: &str) -> HashSet<String> {
    let mut anchors = HashSet::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut heading: Option<String> = None;
    for (event, _) in events(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let base = slug(&heading.take().unwrap_or_default());
                let count = seen.entry(base.clone()).or_default();
                anchors.insert(match *count {
                    0 => base,
                    n => format!("{base}-{n}"),
                });
                *count += 1;
            }
            _ => {}
        }
    }
    anchors
}

/// Each link and image of a page: its line and destination.
fn links(markdown: &str) -> Vec<(usize, String)> {
    events(markdown)
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some((line_of(markdown, range.start), dest_url.into_string()))
            }
            _ => None,
        })
        .collect()
}

/// What is wrong with one relative link of `page`, if anything.
fn broken(
    page: &Path,
    dest: &str,
    pages: &mut HashMap<PathBuf, HashSet<String>>,
) -> Option<String> {
    let (path, anchor) = match dest.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (dest, None),
    };
    let target = if path.is_empty() {
        page.to_path_buf()
    } else {
        page.parent().unwrap().join(path)
    };
    let Ok(target) = target.canonicalize() else {
        return Some("no such file".into());
    };
    if !target.starts_with(root().canonicalize().unwrap()) {
        return Some("leaves the repository (broken on GitHub and in a clone)".into());
    }
    let anchor = anchor?;
    if target.extension().is_none_or(|ext| ext != "md") {
        return None; // a line of a source file, as GitHub shows it
    }
    let known = pages
        .entry(target.clone())
        .or_insert_with(|| anchors(&std::fs::read_to_string(&target).unwrap()));
    (!known.contains(anchor)).then(|| format!("no heading with the anchor #{anchor} in that page"))
}

#[test]
fn every_relative_link_and_anchor_of_the_docs_resolves() {
    let mut anchors_of = HashMap::new();
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let markdown = std::fs::read_to_string(&page).unwrap();
        let name = page.strip_prefix(root()).unwrap().display().to_string();
        for (line, dest) in links(&markdown) {
            if dest.contains("://") || dest.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            if let Some(problem) = broken(&page, &dest, &mut anchors_of) {
                problems.push(format!("{name}:{line}: ({dest}): {problem}"));
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} relative links found: is the parser reading the pages?"
    );
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_broken_link_or_anchor_is_caught() {
    let dir = root().join("docs");
    let page = dir.join("guide.md");
    let mut anchors_of = HashMap::new();
    for (dest, wanted) in [
        ("reference.md#exit-codes", None),
        ("#keep-your-resume-in-git-checked-in-ci", None),
        ("../samples/strong-backend.pdf", None),
        ("../keywords/", None),
        ("nowhere.md", Some("no such file")),
        ("reference.md#no-such-heading", Some("no heading")),
        ("#several-targets-and-role-all", Some("no heading")),
        ("../../", Some("leaves the repository")),
    ] {
        let got = broken(&page, dest, &mut anchors_of);
        match wanted {
            None => assert_eq!(got, None, "{dest}"),
            Some(wanted) => assert!(
                got.as_deref().is_some_and(|got| got.contains(wanted)),
                "{dest}: {got:?}, wanted {wanted:?}"
            ),
        }
    }
}

#[test]
fn anchors_follow_github() {
    for (heading, anchor) in [
        (
            "Several targets and `--role all`",
            "several-targets-and---role-all",
        ),
        (
            "JSON report (schema_version 2)",
            "json-report-schema_version-2",
        ),
        ("Settings: `.ats.toml`", "settings-atstoml"),
        ("Read the 2× with care", "read-the-2-with-care"),
    ] {
        assert_eq!(slug(heading), anchor, "{heading}");
    }
    let repeated = anchors("## Score\n\ntext\n\n## Score\n");
    assert!(
        repeated.contains("score") && repeated.contains("score-1"),
        "{repeated:?}"
    );
}

/// Runs every command of the README's first screen (its code blocks before
/// the first `##` heading): each line of a `sh` block, and each `$ ` line of
/// a `text` block, whose following lines are the output it shows.
/// `cargo run --release -- ARGS` and `ats ARGS` run this build's `ats` with
/// ARGS from the repository root and must exit 0, as a check with no gate
/// does, and print every line shown (in order; `...` skips lines);
/// `cargo test` must be there (it is this run).
#[test]
fn the_readme_first_screen_commands_run() {
    let markdown = std::fs::read_to_string(root().join("README.md")).unwrap();
    // (line of the command, the command, the output shown under it)
    let mut commands: Vec<(usize, String, Vec<String>)> = Vec::new();
    let mut block: Option<(usize, bool, String)> = None;
    for (event, range) in events(&markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) if level >= HeadingLevel::H2 => break,
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let shell = matches!(&*info, "sh" | "bash" | "console" | "shell");
                block = Some((line_of(&markdown, range.start) + 1, shell, String::new()));
            }
            Event::Text(text) => {
                if let Some((_, _, body)) = block.as_mut() {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let Some((first_line, shell, body)) = block.take() else {
                    continue;
                };
                for (i, line) in body.lines().enumerate() {
                    let command = if shell {
                        Some(line.trim())
                    } else {
                        line.strip_prefix("$ ")
                    };
                    match command {
                        Some(command) if command.is_empty() || command.starts_with('#') => {}
                        Some(command) => {
                            commands.push((first_line + i, command.into(), Vec::new()))
                        }
                        None => {
                            if let Some((_, _, shown)) = commands.last_mut() {
                                shown.push(line.into());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let (mut ran, mut tests) = (0, false);
    for (line, command, shown) in commands {
        let at = format!("README.md:{line}");
        if command == "cargo test" {
            tests = true;
            continue;
        }
        let Some(args) = command
            .strip_prefix("cargo run --release -- ")
            .or_else(|| command.strip_prefix("ats "))
        else {
            panic!("{at}: `{command}` is on the first screen but this test cannot run it");
        };
        let output = ats()
            .args(args.split_whitespace())
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{at}: `{command}` failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(!stdout.is_empty(), "{at}: `{command}` printed nothing");
        let mut printed = stdout.lines();
        for want in shown
            .iter()
            .filter(|want| want.trim() != "..." && !want.is_empty())
        {
            assert!(
                printed.any(|got| got == want),
                "{at}: `{command}` no longer prints this line (or not in this order); update the README:\n{want}\n\nit prints:\n{stdout}"
            );
        }
        ran += 1;
    }
    assert!(
        ran > 0,
        "README.md's first screen has no `cargo run --release -- …` command"
    );
    assert!(tests, "README.md's first screen does not say `cargo test`");
}
