//! The JSON outputs hold to the schemas in `schemas/`: `check --format json`
//! and `screen --format jsonl` to `report-v2.json`, `parse --format json` to
//! `parse-v1.json`, over every sample (several roles, job descriptions,
//! several targets, copies, empty and broken files) and, when it is there,
//! every file of the shared corpus. The schemas forbid keys they do not
//! name, so a key added to an output fails here until its schema describes
//! it; and every key a schema names must show in some sample's output, so a
//! key the output dropped fails too. Compiled offline: the schemas have no
//! external `$ref`, and jsonschema is built without its resolvers.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use ats::extract::{ErrorCode, Format};
use ats::report::SCHEMA_VERSION;
use ats::rules::{Code, WritingCode};
use jsonschema::{Draft, ValidatorMap};
use serde_json::{Value, json};

use crate::corpus::corpus_files;
use crate::util::{check_json, corpus, root, run, sample, write};

const REPORT_SCHEMA: &str = include_str!("../../schemas/report-v2.json");
const PARSE_SCHEMA: &str = include_str!("../../schemas/parse-v1.json");

fn schema(text: &str) -> Value {
    serde_json::from_str(text).expect("the schema is JSON")
}

/// Every definition of a schema compiled (as draft 2020-12, the schema
/// itself checked against the meta-schema), keyed `#` and `#/$defs/NAME`.
fn compile(text: &str) -> ValidatorMap {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .build_map(&schema(text))
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

static REPORT: LazyLock<ValidatorMap> = LazyLock::new(|| compile(REPORT_SCHEMA));
static PARSE: LazyLock<ValidatorMap> = LazyLock::new(|| compile(PARSE_SCHEMA));

/// What a document is.
#[derive(Clone, Copy, Debug)]
enum Output {
    /// `check --format json`: an outcome or an array of them.
    Check,
    /// One line of `screen --format jsonl`.
    ScreenLine,
    /// `parse --format json`.
    Parse,
}

/// The definition one outcome or line is checked against: the specific
/// one, so an error names the key at fault rather than "not valid under
/// any of the oneOf schemas".
fn definition(output: Output, doc: &Value) -> &'static str {
    match output {
        Output::Check if doc.get("error").is_some() => "#/$defs/failure",
        Output::Check => "#/$defs/report",
        Output::ScreenLine if doc.get("error").is_some() => "#/$defs/screen_failure",
        Output::ScreenLine if doc["status"] == "duplicate" => "#/$defs/screen_duplicate",
        Output::ScreenLine => "#/$defs/screen_report",
        Output::Parse => "#",
    }
}

/// Documents checked so far, and every way they broke their schema.
#[derive(Default)]
struct Checked {
    documents: usize,
    errors: Vec<String>,
    /// Keys seen, as `definition.key` (see [`keys_seen`]).
    keys: BTreeSet<String>,
}

impl Checked {
    /// Checks one output of `ats` (`what` says which run, for errors).
    fn check(&mut self, what: &str, output: Output, doc: &Value) {
        self.documents += 1;
        let (map, root_pointer) = match output {
            Output::Parse => (&*PARSE, "#"),
            Output::Check => (&*REPORT, "#"),
            Output::ScreenLine => (&*REPORT, "#/$defs/screen_line"),
        };
        let parts: Vec<(String, &Value)> = match doc {
            Value::Array(items) if matches!(output, Output::Check) => items
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("/{i}"), item))
                .collect(),
            _ => vec![(String::new(), doc)],
        };
        let before = self.errors.len();
        for (prefix, part) in parts {
            let def = definition(output, part);
            let file = part["file"].as_str().unwrap_or(what);
            for e in map[def].iter_errors(part) {
                let path = format!("{prefix}{}", e.instance_path().as_str());
                let path = if path.is_empty() { "/" } else { &path };
                self.errors.push(format!("{file} ({what}): {path}: {e}"));
            }
            keys_seen(schema_of(output), def, part, &mut self.keys);
        }
        // The specific definitions passed: the whole must too (a parse
        // was checked whole already).
        if self.errors.len() == before && !matches!(output, Output::Parse) {
            for e in map[root_pointer].iter_errors(doc) {
                let path = e.instance_path().as_str();
                let path = if path.is_empty() { "/" } else { path };
                self.errors.push(format!("{what}: {path}: {e}"));
            }
        }
    }

    /// Panics listing every error, unless there are none.
    fn assert_valid(&self) {
        assert!(self.documents > 0, "nothing was checked");
        const SHOWN: usize = 40;
        let mut shown = self.errors[..self.errors.len().min(SHOWN)].join("\n  ");
        if self.errors.len() > SHOWN {
            shown.push_str(&format!("\n  ... and {} more", self.errors.len() - SHOWN));
        }
        assert!(
            self.errors.is_empty(),
            "{} schema errors in {} outputs (file: instance path: message):\n  {shown}",
            self.errors.len(),
            self.documents,
        );
    }
}

/// The schema `output` is checked against, as JSON.
fn schema_of(output: Output) -> &'static Value {
    static REPORT_VALUE: LazyLock<Value> = LazyLock::new(|| schema(REPORT_SCHEMA));
    static PARSE_VALUE: LazyLock<Value> = LazyLock::new(|| schema(PARSE_SCHEMA));
    match output {
        Output::Parse => &PARSE_VALUE,
        _ => &REPORT_VALUE,
    }
}

/// The subschema a `#`-pointer names.
fn resolve<'s>(schema: &'s Value, pointer: &str) -> &'s Value {
    let path = pointer.trim_start_matches('#');
    schema
        .pointer(path)
        .unwrap_or_else(|| panic!("no {pointer} in the schema"))
}

/// Walks `value` along the subschema at `pointer` (through `$ref`, `allOf`,
/// `properties` and `items`, all these schemas use) and records each key
/// met by its place in the schema: `definition.key`, `definition.key.key`
/// for an object inside a property (`root` is the schema itself).
fn keys_seen(schema: &Value, pointer: &str, value: &Value, seen: &mut BTreeSet<String>) {
    walk(
        schema,
        resolve(schema, pointer),
        &def_name(pointer),
        value,
        seen,
    );
}

/// `#/$defs/keyword` → `keyword`, `#` → `root`.
fn def_name(pointer: &str) -> String {
    match pointer.strip_prefix("#/$defs/") {
        Some(name) => name.to_owned(),
        None => "root".to_owned(),
    }
}

fn walk(schema: &Value, sub: &Value, place: &str, value: &Value, seen: &mut BTreeSet<String>) {
    if let Some(target) = sub["$ref"].as_str() {
        keys_seen(schema, target, value, seen);
    }
    for branch in sub["allOf"].as_array().into_iter().flatten() {
        walk(schema, branch, place, value, seen);
    }
    if let (Some(properties), Some(object)) = (sub["properties"].as_object(), value.as_object()) {
        for (key, inner) in object {
            if let Some(property) = properties.get(key) {
                let place = format!("{place}.{key}");
                walk(schema, property, &place, inner, seen);
                seen.insert(place);
            }
        }
    }
    if let (Some(items), Some(array)) = (sub.get("items"), value.as_array()) {
        for item in array {
            walk(schema, items, place, item, seen);
        }
    }
}

/// Every key a schema names, as [`keys_seen`] records them.
fn keys_named(schema: &Value) -> BTreeSet<String> {
    fn collect(place: &str, sub: &Value, out: &mut BTreeSet<String>) {
        if let Some(properties) = sub["properties"].as_object() {
            for (key, property) in properties {
                let place = format!("{place}.{key}");
                collect(&place, property, out);
                out.insert(place);
            }
        }
        if let Some(items) = sub.get("items") {
            collect(place, items, out);
        }
    }
    let mut out = BTreeSet::new();
    collect("root", schema, &mut out);
    for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
        collect(name, def, &mut out);
    }
    out
}

/// Panics unless every key `schema` names was seen: a key no output has
/// is one the output lost, or a schema that drifted.
fn assert_every_key_seen(name: &str, schema_text: &str, checked: &Checked) {
    let unseen: Vec<String> = keys_named(&schema(schema_text))
        .difference(&checked.keys)
        .cloned()
        .collect();
    assert!(
        unseen.is_empty(),
        "{name} names keys no sample output has (definition.key): {unseen:?}"
    );
}

/// Runs `ats` and returns its standard output; the exit code must be one
/// of `codes` (2 when some input cannot be read).
fn stdout_of(args: &[&str], codes: &[i32]) -> String {
    let output = run(args);
    let code = output.status.code().unwrap_or(-1);
    assert!(
        codes.contains(&code),
        "ats {} exited with {code}:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

fn json_of(args: &[&str], codes: &[i32]) -> Value {
    let text = stdout_of(args, codes);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("ats {}: not JSON ({e}):\n{text}", args.join(" ")))
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Every file under `samples/`, sorted: resumes in every format, job
/// descriptions, READMEs, truth files (which `check` refuses: errors are
/// outcomes too).
fn sample_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.is_file() {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("samples"), &mut files);
    files.sort();
    files
}

/// The resumes among the samples: what `parse` and the other roles read.
fn sample_resumes() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [
        "strong-backend.txt",
        "strong-backend.docx",
        "strong-backend.pdf",
        "weak-backend.txt",
        "weak-backend.docx",
        "weak-backend.pdf",
        "data-analyst.txt",
        "registered-nurse.txt",
        "product-manager.txt",
        "latex/resume.tex",
        "markdown/resume.md",
        "json/resume.json",
    ]
    .iter()
    .map(|name| sample(name))
    .collect();
    let layout = std::fs::read_dir(sample("layout")).unwrap();
    let mut pdfs: Vec<PathBuf> = layout
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    files.extend(pdfs);
    files
}

/// The job descriptions among the samples (`--jd`).
fn sample_jds() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(sample("jd"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".toml") && !name.ends_with(".py") && name != "README.md"
        })
        .collect();
    files.sort();
    files.push(sample("job-backend-acme.txt"));
    files
}

/// `check --format json` over the samples, every way its shape can vary:
/// every sample file (errors included), other roles, several targets at
/// once, `--role all`, job descriptions alone and merged with a role, and
/// ignores from a config file.
fn check_samples(checked: &mut Checked) {
    const JSON: [&str; 2] = ["--format", "json"];
    let backend = ["--role", "backend-developer"];

    let files = sample_files();
    let mut args = [&["check"][..], &backend, &JSON].concat();
    args.extend(files.iter().map(|p| path_str(p)));
    checked.check("check samples/", Output::Check, &json_of(&args, &[2]));

    let resumes = sample_resumes();
    let mut args = [&["check"][..], &JSON].concat();
    for role in ["data-analyst", "registered-nurse", "product-manager"] {
        args.extend(["--role", role]);
    }
    args.extend(resumes.iter().map(|p| path_str(p)));
    checked.check("check, three roles", Output::Check, &json_of(&args, &[0]));

    let analyst = sample("data-analyst.txt");
    let args = [&["check", path_str(&analyst), "--role", "all"][..], &JSON].concat();
    checked.check("check --role all", Output::Check, &json_of(&args, &[0]));

    // One resume against one target prints an object, not an array.
    let strong = sample("strong-backend.txt");
    let acme = sample("job-backend-acme.txt");
    let args = [
        &["check", path_str(&strong), "--jd", path_str(&acme)][..],
        &backend,
        &JSON,
    ]
    .concat();
    let merged = json_of(&args, &[0]);
    assert!(merged.is_object(), "one file, one target: {merged}");
    checked.check("check --role --jd", Output::Check, &merged);

    let jds = sample_jds();
    let mut args = [&["check", path_str(&strong), path_str(&analyst)][..], &JSON].concat();
    for jd in &jds {
        args.extend(["--jd", path_str(jd)]);
    }
    let doc = json_of(&args, &[0]);
    checked.check("check --jd (every sample)", Output::Check, &doc);

    let dir = tempfile::tempdir().unwrap();
    let files = extras(dir.path());
    let mut args = [&["check"][..], &backend, &JSON].concat();
    args.extend(files.iter().map(|p| path_str(p)));
    let doc = json_of(&args, &[2]);
    assert!(doc.to_string().contains(r#""ocr":true"#), "scan.pdf: {doc}");
    checked.check("check (extras)", Output::Check, &doc);

    let config = write(
        dir.path(),
        "ats.toml",
        b"[ignore]\navoid = [\"synergy\"]\nreadability = [\"contact-in-header\"]\n",
    );
    let weak = sample("weak-backend.docx");
    let args = [
        &["check", path_str(&weak), "--config", path_str(&config)][..],
        &backend,
        &JSON,
    ]
    .concat();
    let ignoring = json_of(&args, &[0]);
    assert!(ignoring["ignored"].as_u64().unwrap() >= 1, "{ignoring}");
    checked.check("check --config (ignores)", Output::Check, &ignoring);
}

/// Files beside the samples with what no sample has: two copies of one
/// resume, an empty file (no text), a PDF that cannot be read, a file with
/// hidden text, a scan's page under an invisible OCR layer.
fn extras(dir: &Path) -> Vec<PathBuf> {
    use crate::hostile::{page_pdf, stream};
    let strong = std::fs::read(sample("strong-backend.txt")).unwrap();
    let hidden = std::fs::read(sample("layout/hidden-stuffing.pdf")).unwrap();
    let scan = page_pdf(stream(
        "",
        b"BT 3 Tr /F1 11 Tf 72 720 Td (Jordan Example, backend engineer: REST APIs in Go and SQL.) Tj ET",
    ));
    vec![
        write(dir, "copy-a.txt", &strong),
        write(dir, "copy-b.txt", &strong),
        write(dir, "empty.txt", b""),
        write(dir, "broken.pdf", b"%PDF-1.7\nnot a pdf at all\n"),
        write(dir, "hidden.pdf", &hidden),
        write(dir, "scan.pdf", &scan),
    ]
}

/// `screen --format jsonl` over the samples and the batch extras, ranked
/// with groups; then over the extras alone without grouping and
/// `--unordered` (copies as lines of their own).
fn screen_samples(checked: &mut Checked) {
    let dir = tempfile::tempdir().unwrap();
    extras(dir.path());
    let samples = path_str(&root().join("samples")).to_owned();
    let extras = path_str(dir.path()).to_owned();
    let mut statuses = BTreeSet::new();
    for (what, paths, flag) in [
        ("screen", vec![samples.as_str(), extras.as_str()], None),
        (
            "screen --no-group",
            vec![extras.as_str()],
            Some("--no-group"),
        ),
        (
            "screen --unordered",
            vec![extras.as_str()],
            Some("--unordered"),
        ),
    ] {
        let mut args = vec!["screen", "--role", "backend-developer", "--format", "jsonl"];
        args.extend(paths);
        args.extend(flag);
        let text = stdout_of(&args, &[2]);
        for (i, line) in text.lines().enumerate() {
            let doc: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{what}: line {} is not JSON ({e}): {line}", i + 1));
            statuses.insert(doc["status"].as_str().unwrap_or_default().to_owned());
            checked.check(&format!("{what}, line {}", i + 1), Output::ScreenLine, &doc);
        }
    }
    // Every kind of line was written, so every kind was checked.
    for status in ["ok", "no-text", "hidden-text", "duplicate", "corrupt"] {
        assert!(
            statuses.contains(status),
            "no line with status {status}: {statuses:?}"
        );
    }
}

/// A resume with what no sample has: a LinkedIn address.
const LINKEDIN_RESUME: &str = "\
Jordan Example
Austin, TX | jordan@example.com | (512) 555-0134 | linkedin.com/in/jordan-example

Experience
Backend Engineer, Example Corp, Jan 2020 - Present
- Built 12 services in Go.
";

/// `parse --format json` of every sample resume, and of one with a
/// LinkedIn address.
fn parse_samples(checked: &mut Checked) {
    let dir = tempfile::tempdir().unwrap();
    let linkedin = write(dir.path(), "linkedin.txt", LINKEDIN_RESUME.as_bytes());
    for file in sample_resumes().into_iter().chain([linkedin]) {
        let doc = json_of(&["parse", path_str(&file), "--format", "json"], &[0]);
        checked.check(path_str(&file), Output::Parse, &doc);
    }
}

#[test]
fn check_and_screen_output_of_the_samples_hold_to_the_report_schema() {
    let mut checked = Checked::default();
    check_samples(&mut checked);
    screen_samples(&mut checked);
    checked.assert_valid();
    assert_every_key_seen("report-v2.json", REPORT_SCHEMA, &checked);
}

#[test]
fn parse_output_of_the_sample_resumes_holds_to_the_parse_schema() {
    let mut checked = Checked::default();
    parse_samples(&mut checked);
    checked.assert_valid();
    assert_every_key_seen("parse-v1.json", PARSE_SCHEMA, &checked);
}

#[test]
fn corpus_check_json_holds_to_the_schema() {
    let Some(dir) = corpus() else { return };
    let files = corpus_files(&dir);
    // As tests/it/corpus.rs: a time limit far above any file's reading
    // time, so a busy machine does not turn a report into a timeout.
    let mut args = vec!["check", "--role", "backend-developer", "--format", "json"];
    args.extend(["--timeout", "120"]);
    args.extend(files.iter().map(|f| path_str(f)));
    let doc = json_of(&args, &[0, 2]);
    let outcomes = doc.as_array().expect("several files print an array");
    assert_eq!(outcomes.len(), files.len(), "every file accounted for");
    let reports = outcomes.iter().filter(|o| o.get("error").is_none()).count();
    let mut checked = Checked::default();
    checked.check("check corpus", Output::Check, &doc);
    checked.assert_valid();
    eprintln!(
        "corpus: {} files, {reports} reports and {} errors hold to the schema",
        files.len(),
        files.len() - reports
    );
}

/// The errors `doc` gets, as `instance path: message`.
fn errors(output: Output, doc: &Value) -> Vec<String> {
    let mut checked = Checked::default();
    checked.check("test", output, doc);
    checked.errors
}

#[test]
fn a_key_the_schema_does_not_name_or_a_wrong_type_fails() {
    let report = check_json(&sample("strong-backend.txt"));
    assert_eq!(errors(Output::Check, &report), Vec::<String>::new());

    let mut extra = report.clone();
    extra["keywords"][0]["confidence"] = json!(0.9);
    let found = errors(Output::Check, &extra);
    assert!(
        found.len() == 1 && found[0].contains("/keywords/0: ") && found[0].contains("confidence"),
        "{found:?}"
    );

    let mut retyped = report.clone();
    retyped["score"] = json!("79");
    retyped["keywords"][0]["match"] = json!("fuzzy");
    let found = errors(Output::Check, &retyped);
    assert!(found.iter().any(|e| e.contains("/score: ")), "{found:?}");
    assert!(
        found.iter().any(|e| e.contains("/keywords/0/match: ")),
        "{found:?}"
    );

    // `found` is true exactly when `match` is `exact` (SPEC).
    let mut contradicts = report.clone();
    assert_eq!(contradicts["keywords"][0]["match"], "exact");
    contradicts["keywords"][0]["found"] = json!(false);
    let found = errors(Output::Check, &contradicts);
    assert!(
        found.iter().any(|e| e.contains("/keywords/0/found: ")),
        "{found:?}"
    );

    let mut missing = report.clone();
    missing.as_object_mut().unwrap().remove("candidate");
    let found = errors(Output::Check, &missing);
    assert!(found.iter().any(|e| e.contains("candidate")), "{found:?}");

    // An error in the second outcome of an array names its index.
    let array = json!([report.clone(), extra]);
    let found = errors(Output::Check, &array);
    assert!(
        found.iter().any(|e| e.contains("/1/keywords/0: ")),
        "{found:?}"
    );

    // A screen line is a report with its status.
    let found = errors(Output::ScreenLine, &report);
    assert!(found.iter().any(|e| e.contains("status")), "{found:?}");

    let mut parse = json!({
        "basics": {"profiles": [], "_lines": {}},
        "work": [{"highlights": [], "_line": 3, "startDate": "March 2020"}],
        "education": [], "skills": [], "certificates": [], "projects": []
    });
    let found = errors(Output::Parse, &parse);
    assert!(
        found.iter().any(|e| e.contains("/work/0/startDate: ")),
        "{found:?}"
    );
    parse["work"][0]["startDate"] = json!("2020-03");
    assert_eq!(errors(Output::Parse, &parse), Vec::<String>::new());
}

/// The schema's version is the report's, and the codes and formats it lists
/// are the ones the code has.
#[test]
fn the_schema_names_the_current_version_codes_and_formats() {
    let schema = schema(REPORT_SCHEMA);
    assert_eq!(
        schema["$defs"]["report"]["properties"]["schema_version"]["const"],
        json!(SCHEMA_VERSION),
        "the report's schema_version changed: write schemas/report-v{SCHEMA_VERSION}.json"
    );
    assert!(
        schema["$id"]
            .as_str()
            .unwrap()
            .ends_with(&format!("report-v{SCHEMA_VERSION}")),
        "{}",
        schema["$id"]
    );
    let strings = |pointer: &str| -> Vec<String> {
        schema
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("no {pointer}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let readability: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        strings("/$defs/readability_problem/properties/code/examples"),
        readability
    );
    let writing: Vec<&str> = WritingCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        strings("/$defs/writing_problem/properties/code/examples"),
        writing
    );
    for code in strings("/$defs/error_code/examples") {
        serde_json::from_value::<ErrorCode>(json!(code))
            .unwrap_or_else(|e| panic!("{code} is not an error code: {e}"));
    }
    for name in strings("/$defs/format/enum") {
        assert!(Format::parse(&name).is_some(), "{name} is not a format");
    }
}
