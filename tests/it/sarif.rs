//! SARIF 2.1.0 output is checked against the official OASIS JSON schema,
//! vendored in tests/sarif/ (see its README.md) and compiled once, offline.

use std::sync::LazyLock;

use jsonschema::{Draft, Validator};
use serde_json::{Value, json};

/// The vendored schema, verbatim (tests/sarif/README.md says from where).
const SCHEMA: &str = include_str!("../sarif/sarif-schema-2.1.0.json");

/// The 2.1.0 schema's `language` pattern (run and toolComponent) has a stray
/// `]`: no valid draft-07 "regex", so the meta-schema check rejects the whole
/// schema. Errata 01 fixed it (oasis-tcs/sarif-spec#488); the copy compiled
/// here takes the errata's pattern, the file itself stays as published.
const LANGUAGE_PATTERN: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
const LANGUAGE_PATTERN_ERRATA_01: &str = r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#;

/// The schema compiled as draft-07 (what it declares), itself checked
/// against the draft-07 meta-schema, with `format` checked ("uri",
/// "uri-reference", "date-time") and unknown formats an error. The schema has
/// no external `$ref`, and jsonschema is built without its `resolve-http` and
/// `resolve-file` features, so nothing is ever fetched.
static VALIDATOR: LazyLock<Validator> = LazyLock::new(|| {
    assert_eq!(
        SCHEMA.matches(LANGUAGE_PATTERN).count(),
        2,
        "the vendored schema changed: is the language-pattern fix still needed?"
    );
    let fixed = SCHEMA.replace(LANGUAGE_PATTERN, LANGUAGE_PATTERN_ERRATA_01);
    let schema: Value = serde_json::from_str(&fixed).expect("vendored SARIF schema is JSON");
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
        "tests/sarif/sarif-schema-2.1.0.json is not the vendored OASIS schema"
    );
    assert_eq!(schema["properties"]["version"]["enum"], json!(["2.1.0"]));
    jsonschema::options()
        .with_draft(Draft::Draft7)
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(&schema)
        .expect("vendored SARIF schema compiles")
});

/// Every way `doc` breaks the schema, one line each: instance path, message.
fn schema_errors(doc: &Value) -> Vec<String> {
    VALIDATOR
        .iter_errors(doc)
        .map(|e| {
            let path = e.instance_path().as_str();
            let path = if path.is_empty() { "/" } else { path };
            format!("{path}: {e}")
        })
        .collect()
}

/// Panics, listing every error, unless `doc` is a valid SARIF 2.1.0 log.
pub(crate) fn assert_valid_sarif(doc: &Value) {
    let errors = schema_errors(doc);
    assert!(
        errors.is_empty(),
        "not valid SARIF 2.1.0 ({} errors):\n  {}\ndocument:\n{}",
        errors.len(),
        errors.join("\n  "),
        serde_json::to_string_pretty(doc).unwrap()
    );
}

/// One run, one rule, one result at a line and column of a resume.
fn minimal_log() -> Value {
    json!({
        "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "ats",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://example.com/ats",
                    "rules": [{
                        "id": "missing-keyword",
                        "shortDescription": { "text": "A keyword of the role is missing" }
                    }]
                }
            },
            "results": [{
                "ruleId": "missing-keyword",
                "level": "warning",
                "message": { "text": "\"kubernetes\" appears in the role but not in the resume" },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": "samples/backend-developer.txt" },
                        "region": { "startLine": 12, "startColumn": 3 }
                    }
                }]
            }]
        }]
    })
}

#[test]
fn minimal_log_is_valid() {
    assert_valid_sarif(&minimal_log());
}

#[test]
fn invalid_logs_are_rejected_with_every_error() {
    let mut doc = minimal_log();
    doc["version"] = json!("2.0.0");
    doc["runs"][0]["results"][0]["level"] = json!("critical");
    let panic = std::panic::catch_unwind(|| assert_valid_sarif(&doc))
        .expect_err("a wrong version and level must not validate");
    let message = panic
        .downcast_ref::<String>()
        .expect("assert! panics with a String");
    for needle in [
        "(2 errors)",
        "/version: ",
        "\"2.0.0\"",
        "/runs/0/results/0/level: ",
        "\"critical\"",
    ] {
        assert!(message.contains(needle), "no {needle:?} in:\n{message}");
    }

    // Formats are checked: a path with a space is no "uri-reference", so
    // the emitter has to percent-encode artifact URIs.
    const URI: &str = "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri";
    let mut doc = minimal_log();
    *doc.pointer_mut(URI).unwrap() = json!("my resume.pdf");
    let errors = schema_errors(&doc);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("{URI}: ")), "{errors:#?}");
    *doc.pointer_mut(URI).unwrap() = json!("my%20resume.pdf");
    assert_valid_sarif(&doc);
}
