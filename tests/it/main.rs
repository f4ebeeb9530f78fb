//! One integration test binary (as ripgrep does): each module tests what a
//! user of one feature would notice.
#![allow(clippy::unwrap_used, clippy::print_stderr, clippy::print_stdout)]

mod action; // the GitHub Action: install script (release, checksum, once per job, build fallback), YAML, check step
mod agree; // one read path: check and screen give the same report for every file
mod cli; // CLI cases as data: tests/cmd/*.toml
mod corpus; // every file of ../shared/corpus: a report or a clean error
mod docs; // README and docs/: every relative link and anchor resolves, the first screen's commands run
mod docx; // DOCX fixtures written with docx-rs: header, table, text box, lists, hidden text
mod fuzz; // seeded mutations of samples and corpus: a report or a clean error, never a hang or crash
mod hostile; // files that crash, hang or exhaust parsers become per-file errors
mod html; // --format html of check and screen: marks agree with the JSON, nothing of a resume runs, fits 390 px and 1280 px in Chromium
mod jd; // job descriptions become roles: answer keys, noise, cues, from-jd
mod keywords; // shipped keyword data loads, lints and is embedded
mod layout; // PDFs from Chromium, pdfTeX, LibreOffice, Typst: words, order, columns, hidden text against truth files
mod manual; // ats completions and ats man: scripts each shell accepts, a page man renders cleanly
mod parse; // ats parse against hand-labelled truth files: contact, jobs, education, per field
mod report_text; // the text report of check fits COLUMNS and cuts no keyword
mod samples; // the bundled samples give the reports the README promises
mod sarif; // SARIF output validates against the vendored OASIS SARIF 2.1.0 schema
mod schema; // check, screen and parse JSON validate against schemas/ (report-v2.json, parse-v1.json)
mod score; // the score ranks: monotone under edits, relevance first, off-role resumes below on-role ones
mod screen; // screen: every file a row, duplicates, CSV injection, atomic -o, -j determinism
mod sources; // LaTeX, Markdown and JSON Resume sources: findings at file:line:col in JSON, SARIF, GitHub
mod spark; // examples/spark/screen.py on local[2]: every file one row, with the plain screen's score
mod spelling; // the spelling check on the corpus: known misspellings found, under one false alarm per resume
mod truth; // truth files of 25 real resumes: exact, variant, traps, against the reports
mod util;
