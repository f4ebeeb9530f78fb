//! The text report of `check` fits the width it is given (`COLUMNS` when
//! piped), and wrapping cuts nothing: every keyword the JSON report lists
//! is in the text.

use crate::util::{ats, root, run_json};

/// Every resume in samples/, in every format `check` reads.
const SAMPLES: &[&str] = &[
    "strong-backend.txt",
    "strong-backend.pdf",
    "strong-backend.docx",
    "weak-backend.txt",
    "weak-backend.pdf",
    "weak-backend.docx",
    "data-analyst.txt",
    "product-manager.txt",
    "registered-nurse.txt",
    "markdown/resume.md",
    "latex/resume.tex",
    "json/resume.json",
    "layout/chromium-single.pdf",
    "layout/chromium-two-column.pdf",
    "layout/hidden-render-mode.pdf",
    "layout/hidden-stuffing.pdf",
    "layout/latex-narrow.pdf",
    "layout/libreoffice-docx.pdf",
    "layout/typst.pdf",
];

/// `ats check SAMPLES... ARGS` in samples/ (paths as a user types them),
/// with `COLUMNS` set as a script would.
fn check_text(columns: &str, args: &[&str]) -> String {
    let out = ats()
        .current_dir(root().join("samples"))
        .arg("check")
        .args(args)
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Columns on a terminal (every character here is one column wide).
fn columns(line: &str) -> usize {
    line.chars().count()
}

/// Lines wider than `width`, but for a line whose overflow is one word no
/// line could hold with the rest (a long path).
fn too_wide(text: &str, width: usize) -> Vec<&str> {
    text.lines()
        .filter(|line| columns(line) > width)
        .filter(|line| !line.split_whitespace().any(|w| columns(w) > width / 2))
        .collect()
}

#[test]
fn check_text_fits_the_width() {
    // A wider terminal gets lines up to 100 columns, no longer (as --help).
    for (width, used) in [(80, 80), (120, 100)] {
        let mut args: Vec<&str> = SAMPLES.to_vec();
        args.extend(["--role", "backend-developer"]);
        let text = check_text(&width.to_string(), &args);
        assert!(
            text.lines().count() > 40 * SAMPLES.len(),
            "every report printed:\n{text}"
        );
        let wide = too_wide(&text, used);
        assert!(wide.is_empty(), "COLUMNS={width}: {wide:#?}");
        // The width is used, not a fixed narrow one: some lines are filled.
        assert!(
            text.lines().any(|l| columns(l) > used - 8),
            "COLUMNS={width}: no line near {used} columns"
        );
    }
    // A file against every role: the comparison table fits too.
    let text = check_text("80", &["weak-backend.txt", "--role", "all"]);
    let wide = too_wide(&text, 80);
    assert!(wide.is_empty(), "--role all: {wide:#?}");
    assert!(text.contains("TOP MISSING MUST-HAVES"), "{text}");
}

#[test]
fn wrapping_cuts_no_keyword() {
    let samples = root().join("samples");
    let mut args: Vec<std::ffi::OsString> = vec!["check".into()];
    args.extend(SAMPLES.iter().map(|s| samples.join(s).into_os_string()));
    args.extend(["--role", "backend-developer", "--format", "json"].map(Into::into));
    let (json, output) = run_json(args);
    assert!(output.status.success());
    let reports = json.as_array().unwrap();
    assert_eq!(reports.len(), SAMPLES.len());

    let mut args: Vec<&str> = SAMPLES.to_vec();
    args.extend(["--role", "backend-developer"]);
    let text = check_text("80", &args);
    // One report per file, set apart by a rule, in the order given.
    let texts: Vec<&str> = text.split(&"═".repeat(72)).collect();
    assert_eq!(texts.len(), SAMPLES.len());
    for (report, text) in reports.iter().zip(texts) {
        let file = report["file"].as_str().unwrap();
        // Wrapped lines read as one: a line break and its indent are a space.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for k in report["keywords"].as_array().unwrap() {
            let term = k["term"].as_str().unwrap();
            assert!(
                flat.contains(term),
                "{file}: keyword {term:?} not in\n{text}"
            );
            if k["tier"] == "must_have" && k["match"] == "missing" {
                for alt in k["alternatives"].as_array().unwrap() {
                    let alt = alt.as_str().unwrap();
                    assert!(
                        flat.contains(alt),
                        "{file}: {term:?} also counts {alt:?}, not in\n{text}"
                    );
                }
            }
        }
    }
}
