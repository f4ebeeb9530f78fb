//! `ats`: an offline ATS resume keyword analyzer.
//!
//! Settings come first: [`config`] merges the command line's flags with
//! `.ats.toml` and checks them before any input is read. Then the pipeline
//! runs one way, each stage taking the previous stage's output and
//! read-only settings:
//!
//! ```text
//! bytes ──extract──▶ Document ──normalize──▶ NormText ──segment──▶ Segments
//!       ──match (Matcher)──▶ Hits ──checks + score──▶ Report ──Event──▶ Printer
//! ```
//!
//! - [`extract`] reads an input ([`extract::Input`]), sniffs its format by
//!   magic bytes and extracts PDF, DOCX, text and the source formats
//!   (Markdown, LaTeX, JSON Resume); PDF and DOCX parsers run in an isolated
//!   worker process.
//! - [`normalize`] rewrites text the way an ATS reads it (NFKC, dashes,
//!   hyphenation, letter-spacing) without moving lines.
//! - [`segment`] finds section headings and bullets, with the shared
//!   vocabulary of [`vocab`].
//! - [`roles`] loads and validates keyword data; [`matcher`] finds keywords
//!   with one Aho-Corasick automaton per role and token-boundary checks.
//! - [`analyze`] runs the checks ([`readability`], [`candidate`], measured
//!   results) and the [`score`], and builds the [`report::Report`] with its
//!   findings ([`rules`]).
//! - [`report`] holds the events of a run and their printers.
//! - [`jd`] turns a job description into a role, reading it with a lexicon
//!   of every built-in role's keywords; [`app`] runs the commands.
//!
//! `ARCHITECTURE.md` at the repository root is the map.
//!
//! The library never prints; the binary owns standard output and error.
//!
//! ```
//! use ats::analyze::Analyzer;
//! use ats::extract::{Document, Format};
//! use ats::roles::{Shared, load_role};
//!
//! let shared = Shared::builtin().unwrap();
//! let role = load_role("demo", "demo.toml", r#"
//!     name = "Demo"
//!     [[must_have]]
//!     term = "Kubernetes"
//!     aliases = ["K8s"]
//! "#, &shared).unwrap();
//! let doc = Document::from_lines(["Experience", "• Moved 40 services to K8s"]);
//! let report = Analyzer::new(role, shared.acronyms).analyze("cv.txt", Format::Text, &doc);
//! assert!(report.keywords[0].found);
//! assert_eq!(report.quantification.quantified, 1);
//! ```

pub mod analyze;
pub mod app;
pub(crate) mod baseline;
pub mod candidate;
pub mod config;
pub mod exit;
pub mod extract;
pub(crate) mod files;
pub mod jd;
pub mod matcher;
pub mod normalize;
pub(crate) mod output;
pub mod parse;
pub(crate) mod quantify;
pub mod readability;
pub mod report;
pub mod roles;
pub mod rules;
pub mod score;
pub mod segment;
pub mod senses;
pub mod spelling;
pub mod tenure;
pub(crate) mod tomlcheck;
pub mod variants;
pub mod vocab;
pub mod worker;
pub mod writing;
