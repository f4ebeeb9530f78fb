//! `.ats.toml`: settings for a resume repository (SPEC "Command line").
//!
//! In: the current directory (for discovery) or a path given with
//! `--config`. Out: a [`Config`] whose paths [`Config::resolve`] takes
//! relative to the file's folder, or every problem in it at
//! `path:line:col`. The merge with the flags (which win) is
//! [`super::settings`]'s.
//!
//! ```toml
//! role = "backend-developer"        # or a list; or jd = "job.txt"
//! keywords = "keywords/"            # your own role files
//! fail_under = 75
//! require_must_have = true
//! format = "github"
//! spelling = false                 # no spelling check (on by default)
//!
//! [scoring]                         # weights, as in a role file
//! impact = 0.20
//! must = 0.40
//!
//! [ignore]
//! avoid = ["leadership"]            # not searched, not scored
//! readability = ["word-count"]      # codes dropped from the report
//! findings = ["ats/unquantified-bullet: Volunteer", "ats/missing-must-have: GraphQL"]
//! ```

use std::path::{Path, PathBuf};

use super::CheckFormat;
use crate::roles::Weights;
use crate::rules::{Code, IgnoreFinding, Ignores};
use crate::tomlcheck::{Checker, DataError, as_table, type_name};

/// The name looked for in the current directory and its parents.
pub const FILE_NAME: &str = ".ats.toml";

/// The settings of one `.ats.toml`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The file itself (empty until [`load`] sets it).
    pub path: PathBuf,
    pub role: Vec<String>,
    pub keywords: Option<String>,
    pub jd: Vec<String>,
    pub fail_under: Option<u32>,
    pub require_must_have: Option<bool>,
    /// `false`: no spelling check (it is on by default).
    pub spelling: Option<bool>,
    /// `text`, `json`, `sarif` or `github`.
    pub format: Option<CheckFormat>,
    pub scoring: Option<Weights>,
    pub ignore: Ignores,
}

impl Config {
    /// The folder of the file, when one was read (the repository root, by
    /// convention); LaTeX `\input`s may come from anywhere inside it.
    pub fn folder(&self) -> Option<PathBuf> {
        if self.path.as_os_str().is_empty() {
            return None;
        }
        match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => Some(dir.to_path_buf()),
            _ => Some(PathBuf::from(".")),
        }
    }

    /// A path from the file, relative to the file's folder.
    pub fn resolve(&self, path: &str) -> PathBuf {
        let path = Path::new(path);
        if path.is_absolute() {
            return path.to_path_buf();
        }
        match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.join(path),
            _ => path.to_path_buf(),
        }
    }
}

/// Looks for `.ats.toml` in `start` and its parents, stopping after the
/// first folder that holds `.git` (the repository root): a setting above the
/// repository must not change its checks.
pub fn discover(start: &Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(relative_to(&candidate, start));
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// `candidate` as a path relative to `start` when it is inside it or above
/// it, so messages read `../.ats.toml:3:1` rather than a long absolute path.
fn relative_to(candidate: &Path, start: &Path) -> PathBuf {
    let Some(dir) = candidate.parent() else {
        return candidate.to_path_buf();
    };
    let Ok(up) = start.strip_prefix(dir) else {
        return candidate.to_path_buf();
    };
    let mut path = PathBuf::new();
    for _ in up.components() {
        path.push("..");
    }
    path.push(FILE_NAME);
    path
}

/// Why a config could not be used.
#[derive(Debug)]
pub enum ConfigError {
    Read(PathBuf, std::io::Error),
    Invalid(Vec<DataError>),
}

/// Reads and validates a config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = crate::files::read_setup_file(path)
        .map_err(|e| ConfigError::Read(path.to_path_buf(), e))?;
    let mut config = parse(&path.display().to_string(), &text).map_err(ConfigError::Invalid)?;
    config.path = path.to_path_buf();
    Ok(config)
}

const CONFIG_KEYS: &[&str] = &[
    "role",
    "keywords",
    "jd",
    "fail_under",
    "require_must_have",
    "spelling",
    "format",
    "scoring",
    "ignore",
];
const IGNORE_KEYS: &[&str] = &["avoid", "readability", "findings"];

/// Loads and validates `.ats.toml` (SPEC "Command line"): every problem at
/// its `path:line:col`, all at once. Paths are returned as written; the
/// caller resolves them against the file's folder.
pub fn parse(path: &str, text: &str) -> Result<Config, Vec<DataError>> {
    let mut c = Checker::new(path, text);
    let mut config = Config::default();
    if let Some(root) = c.parse() {
        let table = root.get_ref();
        c.check_keys(table, CONFIG_KEYS, ".ats.toml");
        config.role = c.str_or_list(table, "role");
        config.jd = c.str_or_list(table, "jd");
        config.keywords = c.optional_str(table, "keywords").map(|(s, _)| s);
        if let Some((n, span)) = c.number(table, "fail_under") {
            if n.fract() == 0.0 && (0.0..=100.0).contains(&n) {
                config.fail_under = Some(n as u32);
            } else {
                c.error(span, "`fail_under` must be a whole number from 0 to 100");
            }
        }
        config.require_must_have = c.bool(table, "require_must_have");
        config.spelling = c.bool(table, "spelling");
        if let Some((format, span)) = c.optional_str(table, "format") {
            match CheckFormat::parse(&format) {
                Some(format) => config.format = Some(format),
                None => c.error(
                    span,
                    format!(
                        "unknown format \"{format}\" (expected one of: {})",
                        CheckFormat::NAMES.join(", ")
                    ),
                ),
            }
        }
        if Checker::get(table, "scoring").is_some() {
            config.scoring = Some(c.weights(table));
        }
        if let Some(value) = Checker::get(table, "ignore") {
            match as_table(value) {
                Some(ignore) => {
                    c.check_keys(ignore.table, IGNORE_KEYS, "[ignore]");
                    config.ignore.avoid = c
                        .str_list(ignore.table, "avoid")
                        .into_iter()
                        .map(|(s, _)| s)
                        .collect();
                    config.ignore.readability = c
                        .str_list(ignore.table, "readability")
                        .into_iter()
                        .filter_map(|(name, span)| {
                            let code = Code::parse(&name);
                            if code.is_none() {
                                let known: Vec<&str> =
                                    Code::ALL.iter().map(|k| k.as_str()).collect();
                                c.error(
                                    span,
                                    format!(
                                        "unknown readability code \"{name}\" (expected one of: {})",
                                        known.join(", ")
                                    ),
                                );
                            }
                            code
                        })
                        .collect();
                    for (entry, span) in c.str_list(ignore.table, "findings") {
                        match IgnoreFinding::parse(&entry) {
                            Ok(rule) => config.ignore.findings.push(rule),
                            Err(message) => c.error(span, message),
                        }
                    }
                }
                None => {
                    let found = type_name(value.get_ref());
                    c.error(
                        value.span(),
                        format!("`ignore` must be a table, not {found}"),
                    );
                }
            }
        }
    }
    c.finish(Some(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse(".ats.toml", text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn config_reads_every_setting() {
        let config = parse(
            ".ats.toml",
            "role = [\"backend-developer\", \"devops-engineer\"]\njd = \"job.txt\"\nkeywords = \"keywords\"\nfail_under = 70\nrequire_must_have = true\nformat = \"github\"\n[scoring]\nmust = 0.80\nstrong = 0.20\nimpact = 0.20\n[ignore]\navoid = [\"team player\"]\nreadability = [\"word-count\"]\nfindings = [\"ats/unquantified-bullet: Volunteer\"]\n",
        )
        .expect("valid config");
        assert_eq!(config.role, ["backend-developer", "devops-engineer"]);
        assert_eq!(config.jd, ["job.txt"]);
        assert_eq!(config.fail_under, Some(70));
        assert_eq!(config.require_must_have, Some(true));
        assert_eq!(config.format, Some(CheckFormat::Github));
        assert_eq!(config.scoring.map(|w| w.impact), Some(0.20));
        assert_eq!(config.ignore.avoid, ["team player"]);
        assert_eq!(config.ignore.findings[0].text.as_deref(), Some("Volunteer"));
        assert_eq!(config.ignore.readability, [Code::WordCount]);
    }

    #[test]
    fn config_reports_every_problem_at_its_place() {
        assert_eq!(
            errors(
                "role = \"x\"\nfail_undr = 70\nformat = \"xml\"\n[ignore]\navoid = \"one\"\nreadability = [\"nope\"]\nfindings = [\"ats/typo\"]\n"
            ),
            vec![
                ".ats.toml:2:1: unknown key `fail_undr` in .ats.toml; did you mean `fail_under`?",
                ".ats.toml:3:10: unknown format \"xml\" (expected one of: text, json, sarif, github, html)",
                ".ats.toml:5:9: `avoid` must be a list of strings, not a string",
                ".ats.toml:6:16: unknown readability code \"nope\" (expected one of: no-text, garbled-text, contact-missing, contact-in-header, text-box-content, hidden-text, heading-missing, word-count, include-not-read, multi-column, ocr-text, email-missing, name-missing, placeholder-contact)",
                ".ats.toml:7:13: unknown rule `ats/typo` (expected one of: ats/missing-must-have, ats/avoid-term, ats/acronym-pairing, ats/unquantified-bullet, ats/readability/<code>, ats/writing/<code>, ats/parse/<code>; optionally followed by `: text`)",
            ]
        );
        assert_eq!(
            errors("fail_under = 101\n"),
            vec![".ats.toml:1:14: `fail_under` must be a whole number from 0 to 100"]
        );
    }

    #[test]
    fn discovery_stops_at_the_repository_root() {
        let root = tempfile::tempdir().expect("tempdir");
        let repo = root.path().join("repo");
        let deep = repo.join("cv").join("src");
        std::fs::create_dir_all(&deep).expect("dirs");
        std::fs::write(root.path().join(FILE_NAME), "").expect("write");
        assert_eq!(discover(&deep), Some(PathBuf::from("../../../.ats.toml")));
        std::fs::create_dir(repo.join(".git")).expect("git");
        assert_eq!(
            discover(&deep),
            None,
            "a config above the repository is not used"
        );
        std::fs::write(repo.join(FILE_NAME), "").expect("write");
        assert_eq!(discover(&deep), Some(PathBuf::from("../../.ats.toml")));
        let config = Config {
            path: PathBuf::from("../../.ats.toml"),
            ..Config::default()
        };
        assert_eq!(config.resolve("job.txt"), PathBuf::from("../../job.txt"));
    }
}
