//! The files mutations start from: every resume under `samples/` and, when
//! it is there, `../shared/corpus` (its hostile files aside: they are made
//! to reach the limits, so their mutations would too); the shipped role
//! files; `.ats.toml` files.

use std::path::Path;

use crate::util::{corpus, root};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A resume, read and analyzed in the worker.
    Document,
    /// A role file.
    Role,
    /// An `.ats.toml`.
    Config,
}

pub(crate) struct Seed {
    pub(crate) name: String,
    pub(crate) ext: String,
    pub(crate) kind: Kind,
    pub(crate) bytes: Vec<u8>,
}

const DOCUMENTS: &[&str] = &[
    "pdf", "docx", "doc", "odt", "rtf", "txt", "md", "tex", "typ", "json", "yaml",
];

/// Every seed, in a fixed order (so a seed and a case number name the same
/// input on every machine with the same files).
pub(crate) fn collect() -> Vec<Seed> {
    let mut seeds = Vec::new();
    let root = root();
    walk(&root.join("samples"), &root, &mut seeds, &|p| {
        !p.components().any(|c| c.as_os_str() == "make")
    });
    let roles = root.join("keywords");
    walk(&roles, &root, &mut seeds, &|p| {
        p.parent() == Some(roles.as_path())
    });
    walk(&root.join("tests/cmd"), &root, &mut seeds, &|p| {
        p.file_name().is_some_and(|n| n == ".ats.toml")
    });
    // `corpus()` says when it is missing: the runner then mutates samples only.
    if let Some(corpus) = corpus() {
        walk(&corpus, &corpus, &mut seeds, &|p| {
            !p.components().any(|c| c.as_os_str() == "hostile")
        });
    }
    seeds
}

fn walk(dir: &Path, base: &Path, seeds: &mut Vec<Seed>, keep: &dyn Fn(&Path) -> bool) {
    let mut paths: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| keep(p))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let kind = if name == ".ats.toml" {
            Kind::Config
        } else if ext == "toml" && !name.ends_with(".expected.toml") {
            Kind::Role
        } else if DOCUMENTS.contains(&ext.as_str()) {
            Kind::Document
        } else {
            continue;
        };
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let ext = if kind == Kind::Config {
            "toml".to_owned()
        } else {
            ext
        };
        seeds.push(Seed {
            name: path
                .strip_prefix(base)
                .unwrap_or(&path)
                .display()
                .to_string(),
            ext,
            kind,
            bytes,
        });
    }
}
