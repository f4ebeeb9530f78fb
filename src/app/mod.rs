//! The commands: the loops over inputs, with settings already checked.
//!
//! In: [`Settings`] (flags and `.ats.toml`, merged by [`crate::config`]) and
//! the two output streams. Out: [`Event`](crate::report::Event)s fed to the
//! printers of the chosen format, and an [`Exit`]; or a [`SetupError`] for a
//! problem found before any input was read (an unknown role, keyword data
//! with errors, a job description that cannot be read). `read_file` is the
//! only place a file that cannot be read becomes a failure; the run then
//! goes on.
//!
//! - `check`: each file against each target, gates, baseline.
//! - `screen`: a folder ranked against one target, in parallel.
//! - `extract`: the text as the analyzer sees it.
//! - `roles`: list, show, lint, from-jd.
//! - `targets`: the roles and job descriptions a run checks against.

mod check;
mod extract;
mod roles;
mod screen;
mod targets;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::analyze::Analyzer;
use crate::config::Settings;
use crate::exit::{Exit, SetupError};
use crate::extract::{Document, Extractor, Format, Input, Limits};
use crate::report::{FileFailure, Report};

pub use targets::lexicon;

/// Runs a command. The worker subcommand is handled by the binary before
/// this is called.
pub fn run(
    settings: Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    match settings {
        Settings::Check(s) => check::run(&s, out, err),
        Settings::Screen(s) => screen::run(&s, out, err),
        Settings::Extract(s) => extract::run(&s, out, err),
        Settings::Roles(s) => roles::run(&s, out),
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

/// An extractor that reads PDF and DOCX in worker processes.
fn extractor(limits: Limits) -> Result<Extractor, SetupError> {
    Ok(Extractor::isolated(ats_exe()?, limits))
}

/// What one input gave.
enum Analyzed {
    /// A report for each analyzer, in order.
    Reports(Vec<Report>),
    /// The same content (and format) as the input of this index, which is
    /// analyzed instead.
    Duplicate(usize),
    /// The input could not be read.
    Failed(FileFailure),
}

/// Inputs claimed by content, so identical files are analyzed once.
#[derive(Default)]
struct Claims {
    seen: Mutex<HashMap<([u8; 32], Format), usize>>,
}

impl Claims {
    /// Claims an input for `index`; the index of the input that already
    /// has the same content, if one does.
    fn claim(&self, input: &Input, index: usize) -> Option<usize> {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let key = (input.digest(), input.format);
        if let Some(&of) = seen.get(&key) {
            return Some(of);
        }
        seen.insert(key, index);
        None
    }
}

/// An input read.
enum Read {
    Document(Format, Document),
    /// The same content (and format) as the input of this index.
    Duplicate(usize),
}

/// Reads one input; `name` is what reports call the file. With `claims`,
/// an input whose content was already claimed is not extracted again. The
/// only place where an input that cannot be read becomes a
/// [`FileFailure`], the event every printer shows.
fn read_file(
    path: &Path,
    name: &str,
    extractor: &mut Extractor,
    limits: &Limits,
    claims: Option<(&Claims, usize)>,
) -> Result<Read, FileFailure> {
    let failed = |error| FileFailure {
        file: name.to_owned(),
        error,
    };
    let input = Input::open(path, limits).map_err(failed)?;
    if let Some((claims, index)) = claims
        && let Some(of) = claims.claim(&input, index)
    {
        return Ok(Read::Duplicate(of));
    }
    let doc = extractor.extract(&input).map_err(failed)?;
    Ok(Read::Document(input.format, doc))
}

/// Reads one input and analyzes it against each analyzer.
fn analyze_file(
    path: &Path,
    name: &str,
    analyzers: &[Analyzer],
    extractor: &mut Extractor,
    limits: &Limits,
    claims: Option<(&Claims, usize)>,
) -> Analyzed {
    match read_file(path, name, extractor, limits, claims) {
        Ok(Read::Document(format, doc)) => Analyzed::Reports(
            analyzers
                .iter()
                .map(|a| a.analyze(name, format, &doc))
                .collect(),
        ),
        Ok(Read::Duplicate(of)) => Analyzed::Duplicate(of),
        Err(failure) => Analyzed::Failed(failure),
    }
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
