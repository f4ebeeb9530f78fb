//! The commands: setup first, then the loop over inputs.
//!
//! In: parsed flags and the two output streams. Out: an [`Exit`] code, or a
//! [`SetupError`] for problems found before any input was read (bad flags,
//! an unknown role, keyword data with errors). All fallible setup happens
//! before the first resume is opened. [`analyze_file`] is the only place a
//! per-file error becomes a reported event; the run then goes on.

use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use clap::ValueEnum;

use crate::analyze::Analyzer;
use crate::baseline::{Baseline, Change};
use crate::cli::{
    CheckArgs, CheckFormat, Cli, Command, ExtractArgs, LimitArgs, ListFormat, RolesCommand,
    ScreenArgs, ScreenFormat,
};
use crate::config::{self, Config, ConfigError};
use crate::exit::Exit;
use crate::extract::source::latex;
use crate::extract::worker::Extractor;
use crate::extract::{Document, FileError, Format, Limits, Origin, read_input, sniff};
use crate::findings::{self, Finding, Ignores};
use crate::jd::{self, Lexicon};
use crate::normalize::normalize;
use crate::output::AtomicFile;
use crate::report::{self, FileFailure, Outcome, Report, github, human, json, sarif};
use crate::roles::{self, DataError, Role, RoleSource, Shared, Tier, Weights};
use crate::screen::{self, Destination, inputs};

/// A problem that stops the run before any input is analyzed.
#[derive(Debug)]
pub enum SetupError {
    /// Wrong or conflicting flags.
    Usage(String),
    /// Keyword data with errors, all of them.
    Data(Vec<DataError>),
    /// A settings file (`.ats.toml`) with errors, all of them.
    Config(Vec<DataError>),
    /// Writing the output failed (a closed pipe is handled by the caller).
    Output(io::Error),
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SetupError::Usage(message) => f.write_str(message),
            SetupError::Data(errors) | SetupError::Config(errors) => {
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
            SetupError::Output(e) => write!(f, "cannot write output: {e}"),
        }
    }
}

impl From<io::Error> for SetupError {
    fn from(e: io::Error) -> SetupError {
        SetupError::Output(e)
    }
}

impl From<Vec<DataError>> for SetupError {
    fn from(errors: Vec<DataError>) -> SetupError {
        SetupError::Data(errors)
    }
}

/// Runs a command. The worker subcommand is handled by the binary before
/// this is called.
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, SetupError> {
    match &cli.command {
        Command::Check(args) => check(args, out, err),
        Command::Screen(args) => screen(args, out, err),
        Command::Extract(args) => extract(args, out, err),
        Command::Roles(command) => roles_command(command, out, err),
        Command::Worker(_) => Err(SetupError::Usage(
            "the worker subcommand is internal".to_owned(),
        )),
    }
}

impl From<&LimitArgs> for Limits {
    fn from(args: &LimitArgs) -> Limits {
        Limits {
            max_file_size: args.max_file_size,
            timeout: args.timeout,
            memory: args.max_memory,
        }
    }
}

/// This binary, which the extraction workers run.
fn ats_exe() -> Result<PathBuf, SetupError> {
    std::env::current_exe().map_err(|e| {
        SetupError::Usage(format!(
            "cannot find the ats executable to start the extraction worker: {e}"
        ))
    })
}

fn extractor(limits: Limits) -> Result<Extractor, SetupError> {
    Ok(Extractor::isolated(ats_exe()?, limits))
}

/// The name of an input in reports.
fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Rows of a `--role all` ranking that name their missing must-haves.
const DETAILED_ROWS: usize = 5;

fn check(args: &CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, SetupError> {
    let config = check_config(args)?;
    let from_config = |path: &String| {
        config
            .as_ref()
            .map_or_else(|| PathBuf::from(path), |c| c.resolve(path))
    };
    // Flags that pick a target replace the file's target as a whole.
    let flags_pick = !args.role.is_empty() || !args.jd.is_empty();
    let (ids, jds) = match &config {
        Some(c) if !flags_pick => (c.role.clone(), c.jd.iter().map(from_config).collect()),
        _ => (args.role.clone(), args.jd.clone()),
    };
    let keywords = args
        .keywords
        .clone()
        .or_else(|| config.as_ref()?.keywords.as_ref().map(from_config));
    let format = match args.format {
        Some(format) => format,
        None => match config.as_ref().and_then(|c| c.format.as_deref()) {
            Some(name) => CheckFormat::from_str(name, true).map_err(SetupError::Usage)?,
            None => CheckFormat::Text,
        },
    };
    let config = config.unwrap_or_default();
    let baseline = args
        .baseline
        .as_deref()
        .map(Baseline::load)
        .transpose()
        .map_err(SetupError::Usage)?;

    let shared = Shared::builtin()?;
    let limits = Limits::from(&args.limits);
    let mut extractor = extractor(limits)?;
    let mut targets = resolve_targets(
        &ids,
        keywords.as_deref(),
        &jds,
        &shared,
        &mut extractor,
        &limits,
    )?;
    for role in &mut targets.roles {
        if let Some(weights) = config.scoring {
            role.weights = weights;
        }
        role.avoid.retain(|a| {
            let forms: Vec<&str> = std::iter::once(a.term.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .collect();
            !config.ignore.skips_avoid(&forms)
        });
    }
    let run = CheckRun {
        format,
        gates: Gates {
            fail_under: args.fail_under.or(config.fail_under),
            require_must_have: args.require_must_have || config.require_must_have == Some(true),
            fail_on_regression: args.fail_on_regression,
            exit_zero: args.exit_zero,
        },
        ignores: config.ignore,
        baseline,
        limits,
    };
    run.run(&args.files, targets, &shared, &mut extractor, out, err)
}

/// The `.ats.toml` of a `check` run: `--config`, or the one found from the
/// current directory up to the repository root, unless `--no-config`.
fn check_config(args: &CheckArgs) -> Result<Option<Config>, SetupError> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(path) => path.clone(),
        None => {
            let Some(found) = std::env::current_dir()
                .ok()
                .and_then(|dir| config::discover(&dir))
            else {
                return Ok(None);
            };
            found
        }
    };
    match config::load(&path) {
        Ok(config) => Ok(Some(config)),
        Err(ConfigError::Read(path, e)) => Err(SetupError::Usage(format!(
            "cannot read the settings file {}: {e}",
            path.display()
        ))),
        Err(ConfigError::Invalid(errors)) => Err(SetupError::Config(errors)),
    }
}

fn screen(args: &ScreenArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, SetupError> {
    let usage = |m: &str| Err(SetupError::Usage(m.to_owned()));
    if args.unordered && args.format != ScreenFormat::Jsonl {
        return usage("--unordered needs --format jsonl");
    }
    if args.unordered && args.top.is_some() {
        return usage("--top needs the whole ranking; it cannot be used with --unordered");
    }
    if args.role.as_deref() == Some("all") {
        return usage(
            "screen ranks files against one role; use `ats check FILE --role all` to rank roles",
        );
    }
    let shared = Shared::builtin()?;
    let limits = Limits::from(&args.limits);
    let mut extractor = extractor(limits)?;
    let mut targets = resolve_targets(
        args.role.as_slice(),
        args.keywords.as_deref(),
        args.jd.as_slice(),
        &shared,
        &mut extractor,
        &limits,
    )?;
    let role = targets.roles.remove(0);

    let mut paths = args.paths.clone();
    if let Some(list) = &args.files_from {
        let listed = inputs::read_list(list).map_err(|e| {
            SetupError::Usage(format!(
                "cannot read the file list {}: {e}",
                display_name(list)
            ))
        })?;
        paths.extend(listed);
    }
    let found = inputs::gather(&paths);
    if found.files.is_empty() && found.unreadable.is_empty() {
        return Err(SetupError::Usage(format!(
            "no resumes to screen in {} (looked for .{} files)",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            inputs::RESUME_EXTENSIONS.join(", .")
        )));
    }
    let dest = match &args.output {
        Some(path) if path.as_os_str() != "-" => Destination::File(
            AtomicFile::create(path)
                .map_err(|e| SetupError::Usage(format!("cannot write {}: {e}", path.display())))?,
        ),
        _ => Destination::Stdout(out),
    };
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        |n| usize::try_from(n).unwrap_or(1),
    );
    let settings = screen::Settings {
        format: args.format,
        unordered: args.unordered,
        top: args.top.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        jobs,
        quiet: args.quiet,
        limits,
        exe: ats_exe()?,
        progress: !args.quiet && io::stderr().is_terminal(),
    };
    let analyzer = Analyzer::new(role, shared.acronyms.clone());
    Ok(screen::run(
        &settings,
        &analyzer,
        found,
        dest,
        err,
        &interrupt_flag(),
    )?)
}

/// Set by the first Ctrl-C (or SIGTERM, SIGHUP): the run stops and removes
/// what it had started to write. A second one exits at once.
fn interrupt_flag() -> Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    Arc::clone(FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        let seen = Arc::clone(&flag);
        // Fails only when a handler is already set; the flag then stays unset.
        let _ = ctrlc::set_handler(move || {
            if seen.swap(true, Ordering::SeqCst) {
                std::process::exit(i32::from(Exit::Interrupted.code()));
            }
        });
        flag
    }))
}

/// What to check resumes against.
#[derive(Debug)]
pub struct Targets {
    pub roles: Vec<Role>,
    /// `--role all`: rank every role and show the ranking only.
    pub all: bool,
}

/// The settings of one `check` (or `roles match`) run.
struct CheckRun {
    format: CheckFormat,
    gates: Gates,
    ignores: Ignores,
    baseline: Option<Baseline>,
    limits: Limits,
}

/// What makes a run exit 1.
#[derive(Clone, Copy, Debug, Default)]
struct Gates {
    fail_under: Option<u32>,
    require_must_have: bool,
    fail_on_regression: bool,
    /// Report gate failures but exit 0.
    exit_zero: bool,
}

impl Gates {
    /// Why a report fails the gates, one message each.
    fn failures(
        &self,
        report: &Report,
        findings: &[Finding],
        change: Option<&Change>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.fail_under
            && report.score < n
        {
            out.push(format!("scored {}, below --fail-under {n}", report.score));
        }
        if self.require_must_have {
            let missing: Vec<&str> = findings
                .iter()
                .filter(|f| f.rule == findings::MISSING_MUST_HAVE)
                .map(|f| f.subject.as_str())
                .collect();
            if !missing.is_empty() {
                out.push(format!(
                    "misses must-have keywords ({}): {}",
                    missing.len(),
                    missing.join(", ")
                ));
            }
        }
        if self.fail_on_regression
            && let Some(change) = change
            && change.is_regression()
        {
            out.push(format!(
                "regressed since the baseline {}: score {}{}",
                change.baseline,
                change.score_line(),
                change.details_tail()
            ));
        }
        out
    }
}

impl CheckRun {
    fn run(
        &self,
        files: &[PathBuf],
        targets: Targets,
        shared: &Shared,
        extractor: &mut Extractor,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Exit, SetupError> {
        let several = targets.roles.len() > 1;
        if several && matches!(self.format, CheckFormat::Sarif | CheckFormat::Github) {
            return Err(SetupError::Usage(
                "--format sarif and github report findings against one target; pick one role"
                    .to_owned(),
            ));
        }
        let weights: Vec<Weights> = targets.roles.iter().map(|r| r.weights).collect();
        // Building a role's automaton costs more than searching one resume
        // with a slower one; with many roles and few files, build quickly.
        let quick = targets.roles.len() * 4 > files.len();
        let analyzers: Vec<Analyzer> = targets
            .roles
            .into_iter()
            .map(|role| {
                if quick {
                    Analyzer::for_few_documents(role, shared.acronyms.clone())
                } else {
                    Analyzer::new(role, shared.acronyms.clone())
                }
            })
            .collect();
        let mut outcomes = Vec::new();
        let mut sarif_reports: Vec<(Report, Vec<Finding>, Option<Change>)> = Vec::new();
        let mut failed = false;
        let mut gate_failures: Vec<String> = Vec::new();
        let mut printed = false;
        for path in files {
            let file = display_name(path);
            let (format, doc) = match read_document(path, extractor, &self.limits) {
                Ok(read) => read,
                Err(error) => {
                    let failure = FileFailure { file, error };
                    human::write_failure(err, &failure)?;
                    if self.format == CheckFormat::Github {
                        github::write_failure(out, &failure)?;
                    }
                    outcomes.push(Outcome::Failed(failure));
                    failed = true;
                    continue;
                }
            };
            let mut reports: Vec<(Report, Weights)> = analyzers
                .iter()
                .zip(&weights)
                .map(|(a, w)| {
                    let mut report = a.analyze(&file, format, &doc);
                    self.ignores.apply(&mut report);
                    (report, *w)
                })
                .collect();
            if several {
                let order = report::ranking(&reports.iter().map(|(r, _)| r).collect::<Vec<_>>());
                let mut slots: Vec<Option<(Report, Weights)>> =
                    reports.into_iter().map(Some).collect();
                reports = order
                    .into_iter()
                    .filter_map(|(i, rank)| {
                        let (mut r, w) = slots[i].take()?;
                        r.rank = Some(rank);
                        Some((r, w))
                    })
                    .collect();
            }
            let changes: Vec<Option<Change>> = reports
                .iter()
                .map(|(r, _)| self.baseline.as_ref().and_then(|b| b.change(r)))
                .collect();
            let findings: Vec<Vec<Finding>> = reports
                .iter()
                .map(|(r, _)| {
                    findings::findings(r)
                        .into_iter()
                        .filter(|f| !self.ignores.hides(f))
                        .collect()
                })
                .collect();
            // With `--role all` the gate asks whether any role fits.
            let gated = if targets.all { 1 } else { reports.len() };
            for i in 0..gated {
                let r = &reports[i].0;
                let against = if several {
                    format!(" against {}", r.role.id)
                } else {
                    String::new()
                };
                for why in self.gates.failures(r, &findings[i], changes[i].as_ref()) {
                    gate_failures.push(format!("{}{against} {why}", r.file));
                }
            }
            if let Some(b) = &self.baseline
                && changes.iter().all(Option::is_none)
            {
                writeln!(
                    err,
                    "note: the baseline {} has no earlier report of {file}; nothing to compare",
                    b.name
                )?;
            }
            match self.format {
                CheckFormat::Text => {
                    if printed {
                        writeln!(out, "\n{}\n", "═".repeat(72))?;
                    }
                    printed = true;
                    if !targets.all {
                        for (i, (r, w)) in reports.iter().enumerate() {
                            if i > 0 {
                                writeln!(out, "\n{}\n", "─".repeat(72))?;
                            }
                            if let Some(change) = &changes[i] {
                                human::write_change(out, change)?;
                            }
                            human::write_report(out, r, w)?;
                        }
                    }
                    if several {
                        if !targets.all {
                            writeln!(out, "\n{}\n", "─".repeat(72))?;
                        }
                        let refs: Vec<&Report> = reports.iter().map(|(r, _)| r).collect();
                        let detailed = if targets.all {
                            DETAILED_ROWS
                        } else {
                            refs.len()
                        };
                        human::write_comparison(out, &file, &refs, detailed)?;
                        if targets.all
                            && let Some((best, _)) = reports.first()
                        {
                            writeln!(
                                out,
                                "\nEqual scores share a rank (2=). Full report for a role: ats check {file} --role {}",
                                best.role.id
                            )?;
                        }
                    }
                }
                CheckFormat::Json => {
                    outcomes.extend(
                        reports
                            .into_iter()
                            .map(|(r, _)| Outcome::Report(Box::new(r))),
                    );
                }
                CheckFormat::Github => {
                    for ((r, _), (findings, change)) in
                        reports.iter().zip(findings.into_iter().zip(changes))
                    {
                        let entry = sarif::Entry {
                            report: r,
                            findings,
                            change,
                        };
                        github::write(out, &entry)?;
                    }
                }
                CheckFormat::Sarif => {
                    for ((r, _), (findings, change)) in
                        reports.into_iter().zip(findings.into_iter().zip(changes))
                    {
                        sarif_reports.push((r, findings, change));
                    }
                }
            }
        }
        match self.format {
            CheckFormat::Json => json::write(out, &outcomes)?,
            CheckFormat::Sarif => {
                let entries: Vec<sarif::Entry<'_>> = sarif_reports
                    .iter()
                    .map(|(report, findings, change)| sarif::Entry {
                        report,
                        findings: findings.clone(),
                        change: change.clone(),
                    })
                    .collect();
                sarif::write(out, &entries)?;
            }
            CheckFormat::Text | CheckFormat::Github => {}
        }
        if self.format == CheckFormat::Github && !self.gates.exit_zero {
            for failure in &gate_failures {
                github::write_gate_failure(out, failure)?;
            }
        }
        out.flush()?;
        for failure in &gate_failures {
            writeln!(err, "gate failed: {failure}")?;
        }
        if self.gates.exit_zero && !gate_failures.is_empty() {
            writeln!(err, "(--exit-zero: reporting only, exit code 0)")?;
        }
        let gate_failed = !gate_failures.is_empty() && !self.gates.exit_zero;
        Ok(Exit::from_run(failed, gate_failed))
    }
}

/// Every built-in role, loaded.
fn builtin_roles(shared: &Shared) -> Result<Vec<Role>, SetupError> {
    let mut all = Vec::new();
    let mut errors = Vec::new();
    for id in roles::builtin_ids() {
        match builtin_role(id, shared) {
            Some(Ok(role)) => all.push(role),
            Some(Err(e)) => errors.extend(e),
            None => {}
        }
    }
    if errors.is_empty() {
        Ok(all)
    } else {
        Err(SetupError::Data(errors))
    }
}

/// The library of known keywords: every built-in role, the common acronym
/// pairs, never a generic avoid term.
pub fn lexicon(shared: &Shared) -> Result<Lexicon, SetupError> {
    let mut all = builtin_roles(shared)?;
    // Backend Developer was reviewed first; its spellings win.
    all.sort_by_key(|r| r.id != "backend-developer");
    let generic = shared.fragments.get("generic").cloned().unwrap_or_default();
    Ok(Lexicon::new(&all, &shared.acronyms, &generic))
}

/// Reads a job description and derives a role from it.
fn read_jd(
    path: &Path,
    lexicon: &Lexicon,
    extractor: &mut Extractor,
    limits: &Limits,
) -> Result<jd::Derived, SetupError> {
    let (_, doc) = read_document(path, extractor, limits).map_err(|e| {
        SetupError::Usage(format!(
            "cannot read the job description {}: {} [{}]",
            display_name(path),
            e.message,
            e.code.as_str()
        ))
    })?;
    // The id names the file, so reports and tables say which posting it was.
    let name = display_name(path);
    let derived = jd::derive(lexicon, &format!("jd:{name}"), &name, &doc);
    if derived.role.keywords.is_empty() {
        return Err(SetupError::Usage(format!(
            "the job description {} names no known skill or repeated skill phrase; \
             is it the posting's text?",
            display_name(path)
        )));
    }
    Ok(derived)
}

/// Picks the targets from `--role` (repeatable, or `all`), `--keywords` and
/// `--jd` (repeatable). One role and one job description are merged into
/// one target; otherwise each is a target of its own.
fn resolve_targets(
    ids: &[String],
    keywords: Option<&Path>,
    jds: &[PathBuf],
    shared: &Shared,
    extractor: &mut Extractor,
    limits: &Limits,
) -> Result<Targets, SetupError> {
    if ids.iter().any(|id| id == "all") {
        if ids.len() > 1 || !jds.is_empty() {
            return Err(SetupError::Usage(
                "--role all ranks every role on its own; drop the other --role and --jd flags"
                    .to_owned(),
            ));
        }
        let mut roles = builtin_roles(shared)?;
        if let Some(path) = keywords {
            roles.extend(load_user_roles(path, shared)?);
        }
        return Ok(Targets { roles, all: true });
    }
    let mut roles = Vec::new();
    if ids.is_empty() {
        if keywords.is_some() || jds.is_empty() {
            roles.push(resolve_role(None, keywords, shared)?);
        }
    } else {
        for id in ids {
            let role = resolve_role(Some(id), keywords, shared)?;
            if roles.iter().any(|r: &Role| r.id == role.id) {
                return Err(SetupError::Usage(format!("--role {id} is given twice")));
            }
            roles.push(role);
        }
    }
    if !jds.is_empty() {
        let lexicon = lexicon(shared)?;
        let mut derived = Vec::new();
        for path in jds {
            derived.push(read_jd(path, &lexicon, extractor, limits)?.role);
        }
        if roles.len() == 1 && derived.len() == 1 {
            let base = roles.remove(0);
            roles.push(jd::merge(&base, &derived[0]));
        } else {
            roles.extend(derived);
        }
    }
    Ok(Targets { roles, all: false })
}

/// Reads one input, decides its format and extracts its text.
fn read_document(
    path: &Path,
    extractor: &mut Extractor,
    limits: &Limits,
) -> Result<(Format, Document), FileError> {
    let bytes = read_input(path, limits.max_file_size)?;
    let format = sniff(&bytes, path)?;
    let doc = if format == Format::Latex && path.as_os_str() != "-" {
        latex::extract(&bytes, Some(path), limits.max_file_size)?
    } else {
        extractor.extract(&bytes, format)?
    };
    Ok((format, doc))
}

/// Reads, extracts and analyzes one input. Every problem with the input
/// becomes an [`Outcome::Failed`] here and nowhere else.
pub fn analyze_file(
    path: &Path,
    analyzer: &Analyzer,
    extractor: &mut Extractor,
    limits: &Limits,
) -> Outcome {
    let file = display_name(path);
    match read_document(path, extractor, limits) {
        Ok((format, doc)) => Outcome::Report(Box::new(analyzer.analyze(&file, format, &doc))),
        Err(error) => Outcome::Failed(FileFailure { file, error }),
    }
}

fn extract(
    args: &ExtractArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let limits = Limits::from(&args.limits);
    let mut extractor = extractor(limits)?;
    let path = &args.file;
    let doc = match read_document(path, &mut extractor, &limits) {
        Ok((_, doc)) => doc,
        Err(error) => {
            human::write_failure(
                err,
                &FileFailure {
                    file: display_name(path),
                    error,
                },
            )?;
            return Ok(Exit::Error);
        }
    };
    let text = normalize(&doc);
    let width = text
        .lines
        .last()
        .map_or(1, |l| l.source_line.to_string().len());
    for line in &text.lines {
        if args.line_numbers {
            let origin = match line.origin {
                Origin::Body => String::new(),
                other => format!("[{}] ", other.name()),
            };
            writeln!(out, "{:>width$} | {origin}{}", line.source_line, line.text)?;
        } else {
            writeln!(out, "{}", line.text)?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// A role file found on disk: (id, path, text).
type RoleFile = (String, PathBuf, String);

/// Reads a role file, or every `*.toml` in a folder (sorted, not recursive).
fn read_role_files(path: &Path) -> Result<Vec<RoleFile>, SetupError> {
    let unreadable = |p: &Path, e: io::Error| {
        SetupError::Usage(format!("cannot read keyword data {}: {e}", p.display()))
    };
    let mut files = Vec::new();
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| unreadable(path, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
            .collect();
        entries.sort();
        if entries.is_empty() {
            return Err(SetupError::Usage(format!(
                "no role files (*.toml) in {}",
                path.display()
            )));
        }
        for p in entries {
            let text = std::fs::read_to_string(&p).map_err(|e| unreadable(&p, e))?;
            files.push((roles::id_from_path(&p), p, text));
        }
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| unreadable(path, e))?;
        files.push((roles::id_from_path(path), path.to_path_buf(), text));
    }
    Ok(files)
}

/// Loads user role files, collecting every error of every file.
fn load_user_roles(path: &Path, shared: &Shared) -> Result<Vec<Role>, SetupError> {
    let mut roles = Vec::new();
    let mut errors = Vec::new();
    for (id, p, text) in read_role_files(path)? {
        match roles::load_role(&id, &p.display().to_string(), &text, shared) {
            Ok(mut role) => {
                role.source = RoleSource::Keywords;
                roles.push(role);
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(roles)
    } else {
        Err(SetupError::Data(errors))
    }
}

/// Loads a built-in role by id.
pub fn builtin_role(id: &str, shared: &Shared) -> Option<Result<Role, Vec<DataError>>> {
    roles::BUILTIN_ROLES
        .iter()
        .find(|(rid, _)| *rid == id)
        .map(|(rid, text)| roles::load_role(rid, &format!("keywords/{rid}.toml"), text, shared))
}

/// Picks the role to check against from `--role` and `--keywords`.
fn resolve_role(
    role: Option<&str>,
    keywords: Option<&Path>,
    shared: &Shared,
) -> Result<Role, SetupError> {
    let user = match keywords {
        Some(path) => load_user_roles(path, shared)?,
        None => Vec::new(),
    };
    match (role, keywords) {
        (None, None) => Err(SetupError::Usage(format!(
            "no role given: pass --role ID ({} built-in roles: see `ats roles list`), \
             --role all, --jd FILE or --keywords FILE",
            roles::builtin_ids().count()
        ))),
        (None, Some(path)) => match user.len() {
            1 => Ok(user.into_iter().next().expect("one role")),
            _ => Err(SetupError::Usage(format!(
                "{} holds {} roles; pick one with --role ({})",
                path.display(),
                user.len(),
                user.iter()
                    .map(|r| r.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
        (Some(id), _) => {
            if let Some(role) = user.into_iter().find(|r| r.id == id) {
                return Ok(role);
            }
            match builtin_role(id, shared) {
                Some(result) => Ok(result?),
                None => Err(SetupError::Usage(unknown_role(id))),
            }
        }
    }
}

fn unknown_role(id: &str) -> String {
    // Words every other role shares say nothing about which one was meant.
    const COMMON: &[&str] = &["developer", "engineer", "manager", "specialist", "analyst"];
    let known: Vec<&str> = roles::builtin_ids().collect();
    let words = |s: &str| -> Vec<String> {
        s.split(['-', '_', ' '])
            .map(str::to_ascii_lowercase)
            .filter(|w| !w.is_empty() && !COMMON.contains(&w.as_str()))
            .collect()
    };
    let wanted = words(id);
    let mut close: Vec<(usize, &str)> = known
        .iter()
        .map(|k| {
            let shared = words(k).iter().filter(|w| wanted.contains(w)).count();
            let contains = k.contains(id) || id.contains(*k);
            (shared + 2 * usize::from(contains), *k)
        })
        .filter(|(score, _)| *score > 0)
        .collect();
    close.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let close: Vec<&str> = close.into_iter().take(3).map(|(_, k)| k).collect();
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!(" Did you mean {}?", close.join(" or "))
    };
    format!(
        "unknown role \"{id}\".{hint} See `ats roles list` for the {} built-in roles.",
        known.len()
    )
}

fn roles_command(
    command: &RolesCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let shared = Shared::builtin()?;
    match command {
        RolesCommand::Match {
            files,
            keywords,
            format,
            limits,
        } => {
            let limits = Limits::from(limits);
            let mut extractor = extractor(limits)?;
            let targets = resolve_targets(
                &["all".to_owned()],
                keywords.as_deref(),
                &[],
                &shared,
                &mut extractor,
                &limits,
            )?;
            let run = CheckRun {
                format: *format,
                gates: Gates::default(),
                ignores: Ignores::default(),
                baseline: None,
                limits,
            };
            return run.run(files, targets, &shared, &mut extractor, out, err);
        }
        RolesCommand::FromJd { file, limits } => {
            let limits = Limits::from(limits);
            let mut extractor = extractor(limits)?;
            let lexicon = lexicon(&shared)?;
            let derived = read_jd(file, &lexicon, &mut extractor, &limits)?;
            let generic = shared.fragments.contains_key("generic");
            out.write_all(jd::to_toml(&derived, generic).as_bytes())?;
        }
        RolesCommand::List { format, keywords } => {
            let mut all = Vec::new();
            for id in roles::builtin_ids() {
                if let Some(role) = builtin_role(id, &shared) {
                    all.push(role?);
                }
            }
            if let Some(path) = keywords {
                all.extend(load_user_roles(path, &shared)?);
            }
            list_roles(&all, *format, out)?;
        }
        RolesCommand::Show { id, keywords } => {
            let role = resolve_role(Some(id), keywords.as_deref(), &shared)?;
            show_role(&role, out)?;
        }
        RolesCommand::Lint { paths } => return lint(paths, &shared, out),
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn list_roles(all: &[Role], format: ListFormat, out: &mut dyn Write) -> io::Result<()> {
    let count = |role: &Role, tier| role.tier(tier).count();
    match format {
        ListFormat::Json => {
            let rows: Vec<serde_json::Value> = all
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id,
                        "name": r.name,
                        "summary": r.summary,
                        "must_have": count(r, Tier::MustHave),
                        "strong": count(r, Tier::Strong),
                        "avoid": r.avoid.len(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        ListFormat::Text => {
            let width = all.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
            let name = all
                .iter()
                .map(|r| r.name.chars().count())
                .max()
                .unwrap_or(4)
                .max(4);
            writeln!(
                out,
                "{:<width$}  {:<name$} {:>9} {:>7} {:>6}",
                "ID", "NAME", "MUST-HAVE", "STRONG", "AVOID"
            )?;
            for r in all {
                writeln!(
                    out,
                    "{:<width$}  {:<name$} {:>9} {:>7} {:>6}",
                    r.id,
                    r.name,
                    count(r, Tier::MustHave),
                    count(r, Tier::Strong),
                    r.avoid.len()
                )?;
            }
            Ok(())
        }
    }
}

fn show_role(role: &Role, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{} ({})", role.name, role.id)?;
    if let Some(summary) = &role.summary {
        writeln!(out, "{summary}")?;
    }
    if !role.aliases.is_empty() {
        writeln!(out, "Also known as: {}", role.aliases.join(", "))?;
    }
    for (tier, title) in [
        (Tier::MustHave, "Must-have keywords"),
        (Tier::Strong, "Strong keywords"),
    ] {
        writeln!(out, "\n{title} ({})", role.tier(tier).count())?;
        for k in role.tier(tier) {
            let mut line = format!("  {}", k.term);
            if let Some(acronym) = &k.acronym {
                line.push_str(&format!(" ({acronym})"));
            }
            if k.weight != 1.0 {
                line.push_str(&format!("  weight {}", k.weight));
            }
            if k.case_sensitive {
                line.push_str("  [case-sensitive]");
            }
            if !k.aliases.is_empty() {
                line.push_str(&format!("  also: {}", k.aliases.join(", ")));
            }
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out, "\nTerms to avoid ({})", role.avoid.len())?;
    for a in &role.avoid {
        let instead = a.instead.as_deref().unwrap_or("");
        writeln!(out, "  {}  → {instead}", a.term)?;
    }
    let w = role.weights;
    writeln!(
        out,
        "\nScore weights: must {} · strong {} · context {} · acronyms {} · impact {} · clean {}",
        w.must, w.strong, w.context, w.acronyms, w.impact, w.clean
    )
}

fn lint(paths: &[PathBuf], shared: &Shared, out: &mut dyn Write) -> Result<Exit, SetupError> {
    let mut failed = false;
    for path in paths {
        let files = match read_role_files(path) {
            Ok(files) => files,
            Err(e) => {
                writeln!(out, "{}: {e}", path.display())?;
                failed = true;
                continue;
            }
        };
        for (id, p, text) in files {
            match roles::load_role(&id, &p.display().to_string(), &text, shared) {
                Ok(role) => writeln!(
                    out,
                    "ok: {} ({} must-have, {} strong, {} avoid)",
                    p.display(),
                    role.tier(Tier::MustHave).count(),
                    role.tier(Tier::Strong).count(),
                    role.avoid.len()
                )?,
                Err(errors) => {
                    failed = true;
                    for e in errors {
                        writeln!(out, "{e}")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(if failed { Exit::Error } else { Exit::Success })
}
