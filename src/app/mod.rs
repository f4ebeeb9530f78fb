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
mod parse;
mod roles;
mod screen;
mod targets;

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::analyze::Options;
use crate::config::Settings;
use crate::exit::{Exit, SetupError};
use crate::extract::{Document, Format, Input, Limits};
use crate::report::{FileFailure, Report};
use crate::roles::{Role, Shared};
use crate::worker::{Analysis, Worker};

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
        Settings::Parse(s) => parse::run(&s, out, err),
        Settings::Roles(s) => roles::run(&s, out),
    }
}

/// The columns the terminal printers lay out to: the terminal's, when
/// standard output is one; otherwise `COLUMNS` if set (for scripts, and
/// tests, that want a width); `None` when neither says.
fn terminal_width() -> Option<usize> {
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return Some(usize::from(w));
    }
    std::env::var("COLUMNS").ok()?.trim().parse().ok()
}

/// This binary, which the extraction workers run.
fn ats_exe() -> Result<PathBuf, SetupError> {
    std::env::current_exe().map_err(|e| {
        SetupError::Usage(format!(
            "cannot find the ats executable to start the extraction worker: {e}"
        ))
    })
}

/// A worker that reads (and analyzes) files in worker processes.
fn worker(limits: Limits) -> Result<Worker, SetupError> {
    Ok(Worker::isolated(ats_exe()?, limits))
}

/// What one input gave.
enum Read {
    Document(Document),
    /// A report for each target, in order.
    Reports(Vec<Report>),
    /// The same content (and format) as the input of this index, which is
    /// read instead.
    Duplicate(usize),
    /// What an earlier, interrupted run found for the same content
    /// (`screen --resume`).
    Earlier(screen::Entry),
}

/// What to do with an input once it is read.
#[derive(Clone, Copy)]
enum Purpose {
    /// Its text (`extract`, job descriptions).
    Extract,
    /// Its reports; `trim`: only what a ranking row shows.
    Analyze { trim: bool },
}

/// Inputs claimed by content, so identical files are analyzed once.
#[derive(Default)]
struct Claims {
    seen: Mutex<HashMap<([u8; 32], Format), usize>>,
}

impl Claims {
    /// Claims a content for `index`; the index of the input that already
    /// has it, if one does.
    fn claim(&self, key: ([u8; 32], Format), index: usize) -> Option<usize> {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&of) = seen.get(&key) {
            return Some(of);
        }
        seen.insert(key, index);
        None
    }
}

/// Reads one input and, for [`Purpose::Analyze`], analyzes it; `name` is
/// what reports call the file. `known` sees the input first and may answer
/// for it (an identical file already claimed, an earlier run's outcome).
/// The only place where an input that cannot be read becomes a
/// [`FileFailure`], the event every printer shows.
/// Reads the one file of `extract` or `parse` in a worker: its document,
/// or the exit code once the reason it could not be read is printed (and
/// success for what needs no reading).
fn read_one(
    file: &Path,
    limits: &Limits,
    err: &mut dyn Write,
) -> Result<Result<Document, Exit>, SetupError> {
    use crate::report::diagnostics::{Diagnostics, Mode};
    use crate::report::{Event, Printer};
    let mut worker = worker(*limits)?;
    let name = crate::config::display_name(file);
    Ok(
        match read_file(file, &name, &mut worker, limits, Purpose::Extract, |_| None) {
            Ok(Read::Document(doc)) => Ok(doc),
            Ok(Read::Reports(_) | Read::Duplicate(_) | Read::Earlier(_)) => Err(Exit::Success),
            Err(failure) => {
                Diagnostics::new(err, Mode::Check).print(Event::Failed(&failure))?;
                Err(Exit::Error)
            }
        },
    )
}

fn read_file(
    path: &Path,
    name: &str,
    worker: &mut Worker,
    limits: &Limits,
    purpose: Purpose,
    known: impl FnOnce(&Input) -> Option<Read>,
) -> Result<Read, FileFailure> {
    let failed = |error| FileFailure {
        file: name.to_owned(),
        error,
    };
    let input = Input::open(path, limits).map_err(failed)?;
    if let Some(read) = known(&input) {
        return match read {
            Read::Earlier(screen::Entry::Error(error)) => Err(failed(error)),
            read => Ok(read),
        };
    }
    match purpose {
        Purpose::Extract => worker.extract(&input).map(Read::Document),
        Purpose::Analyze { trim } => worker.analyze(&input, name, trim).map(Read::Reports),
    }
    .map_err(failed)
}

/// The analysis of a run's targets, for its workers.
fn analysis(roles: Vec<Role>, shared: &Shared, options: Options) -> Arc<Analysis> {
    Arc::new(Analysis {
        roles,
        pairs: shared.acronyms.clone(),
        options,
    })
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
