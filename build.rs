#![allow(clippy::print_stdout)]
//! Embeds every role file in `keywords/`, every shared file in
//! `keywords/shared/` and every job-description data file in `keywords/jd/`
//! into the binary, sorted by id, so that a new file cannot be forgotten.

use std::fmt::Write as _;
use std::path::Path;

fn toml_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let id = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (id, p.display().to_string())
        })
        .collect();
    files.sort();
    files
}

fn table(name: &str, doc: &str, files: &[(String, String)]) -> String {
    let mut out = format!("/// {doc}\npub const {name}: &[(&str, &str)] = &[\n");
    for (id, path) in files {
        writeln!(out, "    ({id:?}, include_str!({path:?})),").expect("writing to a String");
    }
    out.push_str("];\n");
    out
}

fn write(file: &str, code: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(file);
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("keywords");
    println!("cargo::rerun-if-changed={}", root.display());
    println!("cargo::rerun-if-changed={}", root.join("shared").display());
    println!("cargo::rerun-if-changed={}", root.join("jd").display());
    let roles = toml_files(&root);
    let shared = toml_files(&root.join("shared"));
    let jd = toml_files(&root.join("jd"));
    let code = table(
        "BUILTIN_ROLES",
        "Built-in roles: (id, TOML text), sorted by id.",
        &roles,
    ) + &table(
        "BUILTIN_SHARED",
        "Built-in shared data: (id, TOML text). Roles name these in `extends`; `acronyms` applies to every resume.",
        &shared,
    );
    write("builtin.rs", &code);
    // Included by src/jd/words.rs: the word lists and cue patterns that read
    // a posting are not roles.
    write(
        "builtin_jd.rs",
        &table(
            "BUILTIN_JD",
            "Built-in job-description data: (id, TOML text), sorted by id. `src/jd/words.rs` reads it.",
            &jd,
        ),
    );
}
