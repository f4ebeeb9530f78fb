//! `--format html` of `check` and `screen`: one self-contained page that
//! marks as many keywords as the JSON lists, runs nothing a resume brings
//! (checked on the page's markup, and in headless Chromium's DOM when it
//! is installed), and fits a phone's width and a laptop's without a
//! horizontal scrollbar or a console error. The browser tests skip with a
//! note when `/usr/bin/chromium` (or `$CHROMIUM`) is absent.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::util::{ats, sample};

/// The tags the pages are made of; anything else came from an input.
const OUR_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "script", "section", "h1", "h2",
    "h3", "p", "div", "span", "strong", "small", "ul", "ol", "li", "mark", "sup", "a", "s",
    "table", "thead", "tbody", "tr", "th", "td", "input", "label", "dl", "dt", "dd", "button",
    "pre",
];
/// The attributes the pages use.
const OUR_ATTRIBUTES: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "class",
    "id",
    "title",
    "href",
    "style",
    "aria-hidden",
    "aria-label",
    "aria-sort",
    "type",
    "for",
    "checked",
    "data-v",
];

/// Every tag name and attribute name of a page, read the way a browser's
/// tokenizer reads them (text between tags and quoted values skipped).
fn tags_and_attributes(html: &str) -> (Vec<String>, Vec<String>) {
    let (mut tags, mut attributes) = (Vec::new(), Vec::new());
    let bytes = html.as_bytes();
    let mut i = 0;
    // Inside <style> and <script>, text is raw until the closing tag.
    let mut raw_until: Option<&str> = None;
    while i < bytes.len() {
        if let Some(end) = raw_until {
            match html[i..].find(end) {
                Some(at) => {
                    i += at;
                    raw_until = None;
                }
                None => break,
            }
        }
        let Some(at) = html[i..].find('<') else { break };
        i += at + 1;
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |n| i + n);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        if name.is_empty() {
            continue;
        }
        if name.starts_with('!') {
            // The doctype (the pages have no comments).
            tags.push(name);
            i = html[i..].find('>').map_or(html.len(), |n| i + n + 1);
            continue;
        }
        if !closing {
            tags.push(name.clone());
        }
        // Attributes until '>', skipping quoted values.
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                i += 1;
                break;
            }
            let end = html[i..]
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
                .map_or(html.len(), |n| i + n);
            attributes.push(html[i..end].to_ascii_lowercase());
            i = end;
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let close = html[i + 1..]
                            .find(q as char)
                            .map_or(html.len(), |n| i + 1 + n);
                        i = close + 1;
                    }
                    _ => {
                        i = html[i..]
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .map_or(html.len(), |n| i + n);
                    }
                }
            }
        }
        if !closing && (name == "style" || name == "script") {
            raw_until = Some(if name == "style" {
                "</style"
            } else {
                "</script"
            });
        }
    }
    (tags, attributes)
}

/// Fails when a page holds an element or attribute the page does not make,
/// a script other than `scripts` of its own, or a `javascript:` link.
fn assert_inert(what: &str, html: &str, scripts: usize) {
    let (tags, attributes) = tags_and_attributes(html);
    for tag in &tags {
        assert!(
            OUR_TAGS.contains(&tag.as_str()),
            "{what}: element <{tag}> is not the page's"
        );
    }
    for attribute in &attributes {
        assert!(
            OUR_ATTRIBUTES.contains(&attribute.as_str()),
            "{what}: attribute {attribute} is not the page's"
        );
    }
    let lower = html.to_ascii_lowercase();
    assert_eq!(lower.matches("<script").count(), scripts, "{what}: scripts");
    assert!(
        !lower.contains("href=\"javascript:"),
        "{what}: a javascript: link"
    );
    assert!(
        !attributes.iter().any(|a| a.starts_with("on")),
        "{what}: an event handler"
    );
}

fn stdout_of(output: &Output) -> String {
    assert!(
        output.status.success(),
        "ats failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// `ats check FILE --role backend-developer --format FORMAT`.
fn check(file: &Path, format: &str) -> Output {
    ats()
        .arg("check")
        .arg(file)
        .args([
            "--role",
            "backend-developer",
            "--no-config",
            "--format",
            format,
        ])
        .output()
        .unwrap()
}

/// Occurrences the JSON lists for the keywords found.
fn json_occurrences(file: &Path) -> usize {
    let report: Value = serde_json::from_str(&stdout_of(&check(file, "json"))).unwrap();
    report["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["found"] == true)
        .map(|k| k["occurrences"].as_array().unwrap().len())
        .sum()
}

/// The marks of keywords found in the page's text (the legend's aside).
fn keyword_marks(html: &str) -> usize {
    let text = &html[html
        .find("<div class=\"text\">")
        .expect("the text is on the page")..];
    let text = &text[..text.find("</div>").unwrap()];
    text.matches("<mark class=\"kw ").count()
}

#[test]
fn check_page_marks_each_occurrence_the_json_lists() {
    for name in [
        "weak-backend.txt",
        "strong-backend.pdf",
        "strong-backend.docx",
        "markdown/resume.md",
        "latex/resume.tex",
        "layout/hidden-stuffing.pdf",
    ] {
        let file = sample(name);
        let html = stdout_of(&check(&file, "html"));
        let report: Value = serde_json::from_str(&stdout_of(&check(&file, "json"))).unwrap();
        let score = format!("Score {}/100", report["score"]);
        assert!(html.contains(&score), "{name}: {score}");
        assert_eq!(keyword_marks(&html), json_occurrences(&file), "{name}");
        assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
        assert_inert(name, &html, 0);
        // Self-contained: nothing is loaded from elsewhere.
        for outside in ["src=", "url(", "@import", "http://", "https://"] {
            assert!(!html.contains(outside), "{name}: {outside}");
        }
    }
}

#[test]
fn check_page_shows_hidden_text_struck_out_and_unmeasured_statements() {
    let html = stdout_of(&check(&sample("layout/hidden-stuffing.pdf"), "html"));
    assert!(
        html.contains("<s class=\"hidden\">"),
        "hidden text struck out"
    );
    let weak = stdout_of(&check(&sample("weak-backend.txt"), "html"));
    let json: Value =
        serde_json::from_str(&stdout_of(&check(&sample("weak-backend.txt"), "json"))).unwrap();
    let unmeasured = json["quantification"]["unquantified"]
        .as_array()
        .unwrap()
        .len();
    let tagged = weak
        .matches("<span class=\"tag warn\" title=\"No measured result")
        .count();
    assert_eq!(
        tagged, unmeasured,
        "each statement without a measure is tagged"
    );
    let avoid = json["avoid"].as_array().unwrap().len();
    assert_eq!(
        weak.matches("<mark class=\"avoid\" title=\"Term to avoid [")
            .count(),
        avoid
    );
}

/// A resume that tries to run code, in a file whose name does too.
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let resume = "Jane <script>alert('x')</script> Doe\n\
        jane@example.com | \"><img src=x onerror=alert(1)> | [site](javascript:alert(1))\n\n\
        Summary\n\
        Backend developer building REST APIs in Python and Go with Docker <b onmouseover=alert(2)>and</b> Kubernetes.\n\n\
        Experience\n\
        - Built a payments API in Go <a href=\"javascript:alert(3)\">link</a> serving 2 million requests a day\n\
        - Responsible for <iframe src=javascript:alert(4)></iframe> CI/CD pipelines\n\n\
        Skills\nPython, Go, SQL, Docker, Kubernetes, PostgreSQL\n";
    std::fs::write(dir.path().join("\"><svg onload=alert(5)>.txt"), resume).unwrap();
    let other = resume
        .replace('<', "(")
        .replace("Jane", "John")
        .replace("jane@", "john@")
        + "- Designed microservices on Kubernetes with Terraform and PostgreSQL, cutting costs by 30%\n";
    std::fs::write(dir.path().join("plain.txt"), other).unwrap();
    dir
}

fn hostile_file(dir: &Path) -> PathBuf {
    dir.join("\"><svg onload=alert(5)>.txt")
}

/// `ats screen DIR --role backend-developer --format html` to stdout (exit
/// 2 when a file could not be read).
fn screen(dir: &Path) -> String {
    let output = ats()
        .arg("screen")
        .arg(dir)
        .args([
            "--role",
            "backend-developer",
            "--no-config",
            "--format",
            "html",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn pages_escape_what_a_resume_and_its_file_name_bring() {
    let dir = hostile_folder();
    let html = stdout_of(&check(&hostile_file(dir.path()), "html"));
    assert_inert("check", &html, 0);
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "the text is shown, escaped"
    );
    assert!(
        html.contains("&quot;&gt;&lt;svg onload=alert(5)&gt;.txt"),
        "the file name is shown, escaped"
    );
    let html = screen(dir.path());
    assert_inert("screen", &html, 1);
    assert!(html.contains("&quot;&gt;&lt;svg onload=alert(5)&gt;.txt"));
}

#[test]
fn check_writes_to_stdout_or_to_a_file_whole_and_plain() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = stdout_of(&check(&sample("weak-backend.txt"), "html"));
    let target = dir.path().join("report.html");
    let output = ats()
        .args([
            "check",
            "--role",
            "backend-developer",
            "--no-config",
            "--format",
            "html",
            "-o",
        ])
        .arg(&target)
        .arg(sample("weak-backend.txt"))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stdout.is_empty(), "with -o nothing goes to stdout");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), stdout);
    // The text report's colors stay on the terminal: the file is plain.
    let text = dir.path().join("report.txt");
    let output = ats()
        .args([
            "--color",
            "always",
            "check",
            "--role",
            "backend-developer",
            "--no-config",
            "-o",
        ])
        .arg(&text)
        .arg(sample("weak-backend.txt"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = std::fs::read_to_string(&text).unwrap();
    assert!(
        text.starts_with("Score ") && !text.contains('\u{1b}'),
        "{text}"
    );
    // A folder that does not exist fails before any file is read.
    let output = ats()
        .args([
            "check",
            "--role",
            "backend-developer",
            "--format",
            "html",
            "-o",
        ])
        .arg(dir.path().join("nope/report.html"))
        .arg(sample("weak-backend.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot write"));
}

#[test]
fn screen_page_has_a_row_and_a_section_per_file() {
    let dir = hostile_folder();
    std::fs::write(dir.path().join("broken.pdf"), b"%PDF-1.4 not really").unwrap();
    let html = screen(dir.path());
    let rows = html.matches("<tr class=\"s-").count();
    assert_eq!(rows, 3, "two people and a file that could not be read");
    assert!(html.contains("<tr class=\"s-failed\">"));
    for n in 1..=rows {
        assert!(
            html.contains(&format!("<a href=\"#f{n}\">")),
            "row {n} links"
        );
        assert!(
            html.contains(&format!("<section id=\"f{n}\"")),
            "section {n}"
        );
    }
}

// --- In a browser ---------------------------------------------------------

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if path.is_file() {
        Some(path)
    } else {
        eprintln!(
            "note: {} not found; skipping the browser test (apt-get install chromium)",
            path.display()
        );
        None
    }
}

/// Runs headless Chromium on a page at a width; returns the DOM after the
/// page's scripts ran and the console messages.
fn render(chromium: &Path, page: &Path, width: u32) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .args([
            "--no-first-run",
            "--disable-extensions",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={width},900"))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let console = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    (String::from_utf8(output.stdout).unwrap(), console)
}

/// What the measuring page reads from the page in its frame.
const MEASURE: &str = r#"<pre id="measure"></pre><script>
window.addEventListener("load", function () {
  var d = document.getElementById("page").contentDocument;
  document.getElementById("measure").textContent = JSON.stringify({
    scroll: d.documentElement.scrollWidth,
    client: d.documentElement.clientWidth,
    marks: d.querySelectorAll(".text mark.kw:not(.more)").length,
    score: (d.querySelector(".score") || {}).textContent || "",
    rows: d.querySelectorAll("table.rank tbody tr").length,
    foreign: d.querySelectorAll("img, svg, iframe, object, embed, [onerror], [onload], [onmouseover], a[href^='javascript:']").length,
    scripts: d.scripts.length,
    sorted: sortByScore(d),
    failedOnly: showOnly(d, "s-failed")
  });
});
// The scores, top to bottom, after a click on the Score heading.
function sortByScore(d) {
  var t = d.querySelector("table.rank"), b = t && t.tHead.rows[0].cells[1].querySelector("button");
  if (!b) return [];
  b.click();
  return Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[1].textContent; });
}
// The rows shown when only one status is asked for.
function showOnly(d, id) {
  var radio = d.getElementById(id), t = d.querySelector("table.rank");
  if (!radio || !t) return -1;
  radio.checked = true;
  return Array.prototype.filter.call(t.tBodies[0].rows, function (r) { return r.getClientRects().length > 0; }).length;
}
</script>"#;

/// Opens the page, as it is, in a frame `width` pixels wide (headless
/// Chromium's window is at least 500 wide), and returns what [`MEASURE`]
/// read from it; the frame shows no console message either.
fn measure(chromium: &Path, html: &str, dir: &Path, width: u32) -> Value {
    let srcdoc = html.replace('&', "&amp;").replace('"', "&quot;");
    let frame = format!(
        "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"page\" \
         style=\"border:0;width:{width}px;height:900px\" srcdoc=\"{srcdoc}\"></iframe>{MEASURE}</body></html>"
    );
    let path = dir.join(format!("measure-{width}.html"));
    std::fs::write(&path, frame).unwrap();
    let (dom, console) = render(chromium, &path, 1300);
    assert!(console.is_empty(), "console at {width} px: {console:#?}");
    let at =
        dom.find("<pre id=\"measure\">").expect("the measure ran") + "<pre id=\"measure\">".len();
    let json = &dom[at..at + dom[at..].find("</pre>").unwrap()];
    let m: Value = serde_json::from_str(&json.replace("&amp;", "&")).unwrap();
    eprintln!("measured at {width} px: {m}");
    m
}

/// The page as it is: no console message (a refused script or load, an
/// error), and the DOM holds nothing of the input's.
fn open_as_is(chromium: &Path, html: &str, dir: &Path, scripts: usize) -> String {
    let path = dir.join("page.html");
    std::fs::write(&path, html).unwrap();
    let (dom, console) = render(chromium, &path, 1280);
    assert!(console.is_empty(), "console: {console:#?}");
    assert_inert("the browser's DOM", &dom, scripts);
    dom
}

#[test]
fn check_page_in_a_browser_shows_the_score_and_every_mark_and_fits() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    // The heading names the file: a long path with no space must wrap,
    // wherever the clone lies (CI's was longer than the one here).
    let deep = dir
        .path()
        .join("a-folder-name-long-enough-to-need-breaking-on-any-phone")
        .join("and_another_one_without_any_space_or_hyphen_in_it");
    std::fs::create_dir_all(&deep).unwrap();
    for name in ["strong-backend.pdf", "weak-backend.txt"] {
        let file = deep.join(name);
        std::fs::copy(sample(name), &file).unwrap();
        let html = stdout_of(&check(&file, "html"));
        let report: Value = serde_json::from_str(&stdout_of(&check(&file, "json"))).unwrap();
        open_as_is(&chromium, &html, dir.path(), 0);
        for width in [1280, 390] {
            let m = measure(&chromium, &html, dir.path(), width);
            assert_eq!(
                m["score"],
                format!("Score {}/100", report["score"]),
                "{name} at {width}"
            );
            assert_eq!(m["marks"], json_occurrences(&file), "{name} at {width}");
            assert!(
                m["scroll"].as_u64() <= m["client"].as_u64(),
                "{name}: horizontal scrollbar at {width}: {m}"
            );
            assert_eq!(m["foreign"], 0);
        }
    }
}

#[test]
fn screen_page_in_a_browser_sorts_fits_and_runs_nothing_of_a_resume() {
    let Some(chromium) = chromium() else { return };
    let dir = hostile_folder();
    std::fs::write(dir.path().join("broken.pdf"), b"%PDF-1.4 not really").unwrap();
    let out = tempfile::tempdir().unwrap();
    let html = screen(dir.path());
    // The sorting script ran under the page's policy: the headings are buttons.
    let dom = open_as_is(&chromium, &html, out.path(), 1);
    assert!(
        dom.contains("<th class=\"n\"><button type=\"button\">Score</button></th>"),
        "{dom}"
    );
    for width in [1280, 390] {
        let m = measure(&chromium, &html, out.path(), width);
        assert_eq!(m["rows"], 3, "two people and a file that could not be read");
        assert_eq!(
            m["failedOnly"], 1,
            "the status filter shows only the failed file"
        );
        // Ascending: the failed file (no score) first, then by score.
        let sorted: Vec<&str> = m["sorted"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(sorted[0], "", "{sorted:?}");
        let scores: Vec<u32> = sorted[1..].iter().map(|s| s.parse().unwrap()).collect();
        assert!(scores.len() == 2 && scores[0] < scores[1], "{sorted:?}");
        assert_eq!(m["foreign"], 0);
        assert_eq!(m["scripts"], 1, "the page's own");
        assert!(
            m["scroll"].as_u64() <= m["client"].as_u64(),
            "horizontal scrollbar at {width}: {m}"
        );
    }
    let check = stdout_of(&check(&hostile_file(dir.path()), "html"));
    open_as_is(&chromium, &check, out.path(), 0);
    let m = measure(&chromium, &check, out.path(), 390);
    assert_eq!(
        (m["foreign"].as_u64(), m["scripts"].as_u64()),
        (Some(0), Some(0))
    );
}
