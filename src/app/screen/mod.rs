//! `ats screen`: rank a folder of resumes against one target.
//!
//! In: the settings (paths, target, format, limits, jobs). Out: the ranking
//! as [`Event`]s to the printer of the format (table, CSV, JSON Lines) on
//! standard output or in `-o FILE` (written whole or not at all), the
//! summary on standard error, and an [`Exit`].
//!
//! A pool of `jobs` threads takes file indexes from a shared counter. Each
//! thread owns a [`Worker`], so each has its own worker process, started on
//! its first file and reused until it dies (then the next file starts a
//! fresh one); the worker reads and analyzes each file under the memory and
//! time limits. A thread reads a file (`read_file`), and skips the work
//! when an identical file (same bytes, same format) was already claimed;
//! otherwise its worker analyzes it and the thread sends back the report. The
//! calling thread collects: with `--unordered` it prints each file as it
//! comes; it keeps each outcome in the state file ([`State`]; with `-o`,
//! the one `--resume` continues from) and only its rank key in memory, so
//! memory stays flat however many files a batch has. At the end it groups
//! identical files under their first path, ranks (score, must-have share,
//! path) and prints the reports in rank order, then the failures. Nothing depends on which thread
//! finished first, so `-j 1` and `-j 8` print the same bytes.

mod inputs;
mod state;

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{Screen, ScreenFormat, display_name};
use crate::exit::{Exit, SetupError};
use crate::extract::{ErrorCode, FileError, Input, Limits};
use crate::output::AtomicFile;
use crate::report::csv::Csv;
use crate::report::diagnostics::{Diagnostics, Mode};
use crate::report::jsonl::Jsonl;
use crate::report::table::Table;
use crate::report::{Event, FileFailure, Printer, RankKey, Report, Summary, rank};
use crate::roles::{Role, Shared};
use crate::worker::{Analysis, Worker};

use super::{Claims, Purpose, Read, analysis, ats_exe, interrupt_flag, read_file, targets, worker};
use inputs::Inputs;
pub(super) use state::Entry;
use state::{Key, Span, State};

pub(super) fn run(
    s: &Screen,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let shared = Shared::builtin()?;
    let roles = {
        let mut worker = worker(s.limits)?.with_include_root(s.include_root.clone());
        targets::resolve(&s.targets, &shared, &mut worker, &s.limits)?
    };
    let analysis = analysis(roles, &shared, s.analysis.clone());

    let mut paths = s.paths.clone();
    if let Some(list) = &s.files_from {
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
    let file = match &s.output {
        Some(path) => Some(
            AtomicFile::create(path)
                .map_err(|e| SetupError::Usage(format!("cannot write {}: {e}", path.display())))?,
        ),
        None => None,
    };
    let run = Run {
        settings: s,
        analysis,
        exe: ats_exe()?,
        cancel: interrupt_flag(),
    };
    Ok(run.run(found, file, out, err)?)
}

/// `-o FILE`: replaced only when the run completes. The table's colors
/// are for a terminal (standard output strips them itself when it is not
/// one); a file always gets plain text, so a table is stripped on its way.
enum FileOut {
    Plain(AtomicFile),
    Stripped(anstream::StripStream<Vec<u8>>, AtomicFile),
}

impl FileOut {
    fn new(file: AtomicFile, format: ScreenFormat) -> FileOut {
        match format {
            ScreenFormat::Table => FileOut::Stripped(anstream::StripStream::new(Vec::new()), file),
            ScreenFormat::Csv | ScreenFormat::Jsonl => FileOut::Plain(file),
        }
    }

    /// The file, with everything written so far in it.
    fn into_file(self) -> io::Result<AtomicFile> {
        match self {
            FileOut::Plain(f) => Ok(f),
            FileOut::Stripped(text, mut f) => {
                f.write_all(&text.into_inner())?;
                Ok(f)
            }
        }
    }
}

impl Write for FileOut {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            FileOut::Plain(f) => f.write(buf),
            FileOut::Stripped(text, _) => text.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            FileOut::Plain(f) => f.flush(),
            FileOut::Stripped(text, _) => text.flush(),
        }
    }
}

/// One `screen` run, its setup done.
struct Run<'a> {
    settings: &'a Screen,
    /// One target.
    analysis: Arc<Analysis>,
    /// The `ats` binary, started as the extraction worker.
    exe: PathBuf,
    cancel: Arc<AtomicBool>,
}

/// What a pool thread reports for one file.
enum Done {
    /// A report, stored whole (encoded here, in the pool), with what it is
    /// ranked by; with `--unordered` also the report itself, to print as it
    /// comes.
    Screened {
        index: usize,
        key: Key,
        score: u32,
        must_share: f64,
        stored: Vec<u8>,
        streamed: Option<Box<Report>>,
    },
    /// An earlier, interrupted run's report of the same content.
    Earlier {
        index: usize,
        span: Span,
        score: u32,
        must_share: f64,
    },
    /// Same bytes and format as the file at the second index.
    Duplicate(usize, usize),
    /// A file that could not be read; with the key of its content when the
    /// content was read, so a resumed run need not try again.
    Failed(usize, FileFailure, Option<Key>),
}

/// What the collector keeps of one file.
enum Slot {
    Pending,
    /// A report in the state file, and what it is ranked by.
    Screened {
        span: Span,
        score: u32,
        must_share: f64,
    },
    Duplicate(usize),
    Failed(FileError),
}

impl Run<'_> {
    /// The state of the batch: beside `-o FILE` (and read back with
    /// `--resume`), or anonymous.
    fn state(&self, output: Option<&std::path::Path>) -> io::Result<State> {
        let s = self.settings;
        let key = self.state_key()?;
        match output {
            Some(path) => State::beside(path, &key, s.resume).map_err(io::Error::other),
            None => State::anonymous(&key),
        }
    }

    /// What decides a file's outcome, hashed: the targets and options, the
    /// limits, whether reports are trimmed, where `\input` may reach, and
    /// this version of `ats`.
    fn state_key(&self) -> io::Result<String> {
        let s = self.settings;
        let decided = serde_json::json!({
            "analysis": &*self.analysis,
            "trim": s.format != ScreenFormat::Jsonl,
            "max_file_size": s.limits.max_file_size,
            "timeout": s.limits.timeout.as_secs_f64(),
            "memory": s.limits.memory,
            "include_root": s.include_root.as_ref().map(|p| display_name(p)),
            "version": env!("CARGO_PKG_VERSION"),
        });
        let bytes = serde_json::to_vec(&decided)?;
        Ok(blake3::hash(&bytes).to_hex().to_string())
    }

    /// The target (settings allow exactly one).
    fn role(&self) -> &Role {
        &self.analysis.roles[0]
    }

    fn run(
        &self,
        inputs: Inputs,
        file: Option<AtomicFile>,
        stdout: &mut dyn Write,
        err: &mut dyn Write,
    ) -> io::Result<Exit> {
        let s = self.settings;
        let started = Instant::now();
        let names: Vec<String> = inputs.files.iter().map(|p| display_name(p)).collect();
        let mut state = self.state(file.as_ref().map(AtomicFile::target))?;
        let earlier = state.take_earlier();
        let mut file = file.map(|f| FileOut::new(f, s.format));
        let out: &mut dyn Write = match file.as_mut() {
            Some(f) => f,
            None => stdout,
        };
        let mut format: Box<dyn Printer + '_> = match s.format {
            ScreenFormat::Table => Box::new(Table::new(out)),
            ScreenFormat::Csv => Box::new(Csv::new(out)),
            ScreenFormat::Jsonl => Box::new(Jsonl::new(out, s.unordered)),
        };
        let (slots, resumed) =
            self.collect(&inputs.files, &names, &mut state, &earlier, &mut *format)?;
        if self.cancel.load(Ordering::Relaxed) {
            drop(format);
            let what = match file {
                Some(f) => format!(
                    "; {} was not written (run again with --resume to go on from {})",
                    f.into_file()?.target().display(),
                    state
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ),
                None => String::new(),
            };
            writeln!(err, "ats: interrupted{what}")?;
            return Ok(Exit::Interrupted);
        }

        let outcome = Outcome::new(slots, &names, inputs.unreadable);
        let mut summary = Summary {
            files: inputs.files.len() + outcome.failed_reading,
            duplicates: outcome.duplicates,
            failed: outcome.failed.iter().map(|f| f.error.code).collect(),
            skipped: inputs.skipped,
            resumed,
            target: Some(self.role().id.clone()),
            ..Summary::default()
        };
        let role = self.role();
        if !s.unordered {
            format.print(Event::Start {
                target: (&role.name, &role.id),
            })?;
            let ranked = outcome.ranked(&names);
            summary.ranked = ranked.len();
            let shown = s.top.map_or(ranked.len(), |n| n.min(ranked.len()));
            summary.hidden = ranked.len() - shown;
            for (i, rank) in ranked.into_iter().take(shown) {
                let screened = &outcome.screened[i];
                let mut report = state.read(screened.span)?;
                report.file.clone_from(&names[screened.first]);
                report.rank = Some(rank);
                report.duplicates = screened.copies.clone();
                format.print(Event::Report(&report))?;
            }
            for failure in &outcome.failed {
                format.print(Event::Failed(failure))?;
            }
        } else {
            summary.ranked = outcome.screened.len();
        }
        summary.elapsed = started.elapsed();
        format.print(Event::Finish(&summary))?;
        drop(format);
        if let Some(f) = file {
            f.into_file()?.commit()?;
        }
        state.finish()?;
        if !s.quiet {
            Diagnostics::new(err, Mode::Screen).print(Event::Finish(&summary))?;
        }
        Ok(if outcome.failed.is_empty() {
            Exit::Success
        } else {
            Exit::Error
        })
    }

    /// Runs the pool and collects what it sends. With `--unordered`, prints
    /// each file as it comes.
    fn collect(
        &self,
        files: &[PathBuf],
        names: &[String],
        state: &mut State,
        earlier: &HashMap<Key, Entry>,
        format: &mut dyn Printer,
    ) -> io::Result<(Vec<Slot>, usize)> {
        let s = self.settings;
        let pool = Pool {
            files,
            names,
            next: AtomicUsize::new(0),
            claims: Claims::default(),
            earlier,
            limits: s.limits,
            cancel: &self.cancel,
            streamed: s.unordered,
            rows_only: s.format != ScreenFormat::Jsonl,
        };
        let show_progress = !s.quiet && io::stderr().is_terminal();
        let bar = progress_bar(show_progress, files.len());
        let jobs = s.jobs.clamp(1, files.len().max(1));
        let collected = std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel();
            for _ in 0..jobs {
                let tx = tx.clone();
                let pool = &pool;
                scope.spawn(move || {
                    let mut worker = Worker::isolated(self.exe.clone(), s.limits)
                        .with_include_root(s.include_root.clone())
                        .cancel_on(Arc::clone(&self.cancel));
                    worker.set_analysis(Arc::clone(&self.analysis));
                    pool.work(&mut worker, &tx);
                });
            }
            drop(tx);
            let mut collector = Collector {
                slots: (0..files.len()).map(|_| Slot::Pending).collect(),
                state,
                stream: s.unordered.then_some(format),
                names,
                bar: &bar,
                resumed: 0,
            };
            let result = collector.collect(&rx);
            if result.is_err() {
                // Stop the pool; it drains into the closed channel.
                self.cancel.store(true, Ordering::Relaxed);
            }
            drop(rx);
            result.map(|()| (collector.slots, collector.resumed))
        });
        bar.finish_and_clear();
        collected
    }
}

/// Read-only state the pool threads share.
struct Pool<'a> {
    files: &'a [PathBuf],
    names: &'a [String],
    next: AtomicUsize,
    claims: Claims,
    /// What an earlier, interrupted run found (`--resume`), by content.
    earlier: &'a HashMap<Key, Entry>,
    limits: Limits,
    cancel: &'a AtomicBool,
    /// `--unordered`: reports go to the printer as they come.
    streamed: bool,
    /// The format prints one row per file (table, CSV): reports are kept
    /// trimmed to what a row shows.
    rows_only: bool,
}

impl Pool<'_> {
    fn work(&self, worker: &mut Worker, tx: &Sender<Done>) {
        while !self.cancel.load(Ordering::Relaxed) {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if index >= self.files.len() {
                break;
            }
            if tx.send(self.screen(index, worker)).is_err() {
                break;
            }
        }
    }

    /// One file: an identical one already claimed, an earlier run's
    /// outcome, or the worker's.
    fn screen(&self, index: usize, worker: &mut Worker) -> Done {
        let mut key: Option<Key> = None;
        let mut from_earlier = false;
        let known = |input: &Input| {
            let k = (input.digest(), input.format);
            key = Some(k);
            if let Some(of) = self.claims.claim(k, index) {
                return Some(Read::Duplicate(of));
            }
            let entry = self.earlier.get(&k)?;
            from_earlier = true;
            Some(Read::Earlier(entry.clone()))
        };
        let purpose = Purpose::Analyze {
            trim: self.rows_only,
        };
        let read = read_file(
            &self.files[index],
            &self.names[index],
            worker,
            &self.limits,
            purpose,
            known,
        );
        let Some(key) = key else {
            // The content was never read: nothing to remember of it.
            return match read {
                Err(failure) => Done::Failed(index, failure, None),
                Ok(_) => Done::Failed(
                    index,
                    FileFailure {
                        file: self.names[index].clone(),
                        error: FileError::new(ErrorCode::Crashed, "read without its content"),
                    },
                    None,
                ),
            };
        };
        match read {
            Ok(Read::Reports(mut reports)) => {
                let Some(report) = reports.pop() else {
                    return Done::Failed(
                        index,
                        FileFailure {
                            file: self.names[index].clone(),
                            error: FileError::new(ErrorCode::Crashed, "no report"),
                        },
                        None,
                    );
                };
                let rank = report.rank_key();
                let (score, must_share) = (rank.score, rank.must_share);
                match state::encode(&report) {
                    Ok(stored) => Done::Screened {
                        index,
                        key,
                        score,
                        must_share,
                        stored,
                        streamed: self.streamed.then(|| Box::new(report)),
                    },
                    Err(e) => Done::Failed(
                        index,
                        FileFailure {
                            file: self.names[index].clone(),
                            error: FileError::new(ErrorCode::Io, e.to_string()),
                        },
                        None,
                    ),
                }
            }
            Ok(Read::Earlier(Entry::Report {
                span,
                score,
                must_share,
            })) => Done::Earlier {
                index,
                span,
                score,
                must_share,
            },
            Ok(Read::Duplicate(of)) => Done::Duplicate(index, of),
            Ok(Read::Document(_) | Read::Earlier(Entry::Error(_))) => Done::Failed(
                index,
                FileFailure {
                    file: self.names[index].clone(),
                    error: FileError::new(ErrorCode::Crashed, "read without a report"),
                },
                None,
            ),
            // An earlier run's failure is in the state already.
            Err(failure) => Done::Failed(index, failure, (!from_earlier).then_some(key)),
        }
    }
}

fn progress_bar(show: bool, total: usize) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files · {rate} · {elapsed} (ETA {eta})")
    {
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} files/s", state.per_sec());
            },
        ));
    }
    bar
}

/// The collecting side of the pool.
struct Collector<'a, 'p> {
    slots: Vec<Slot>,
    state: &'a mut State,
    /// `--unordered`: the printer files go to as they arrive.
    stream: Option<&'a mut (dyn Printer + 'p)>,
    names: &'a [String],
    bar: &'a ProgressBar,
    /// Reports taken from an earlier run's state.
    resumed: usize,
}

impl Collector<'_, '_> {
    fn collect(&mut self, rx: &Receiver<Done>) -> io::Result<()> {
        loop {
            let done = match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(done) => done,
                Err(RecvTimeoutError::Timeout) => {
                    self.bar.tick();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            };
            self.bar.inc(1);
            match done {
                Done::Screened {
                    index,
                    key,
                    score,
                    must_share,
                    stored,
                    streamed,
                } => {
                    let span = self.state.push_report(&key, score, must_share, &stored)?;
                    if let (Some(stream), Some(report)) = (self.stream.as_mut(), streamed) {
                        stream.print(Event::Report(&report))?;
                    }
                    self.slots[index] = Slot::Screened {
                        span,
                        score,
                        must_share,
                    };
                }
                Done::Earlier {
                    index,
                    span,
                    score,
                    must_share,
                } => {
                    self.resumed += 1;
                    if let Some(stream) = self.stream.as_mut() {
                        let mut report = self.state.read(span)?;
                        report.file.clone_from(&self.names[index]);
                        stream.print(Event::Report(&report))?;
                    }
                    self.slots[index] = Slot::Screened {
                        span,
                        score,
                        must_share,
                    };
                }
                Done::Duplicate(index, of) => {
                    if let Some(stream) = self.stream.as_mut() {
                        stream.print(Event::Duplicate {
                            file: &self.names[index],
                            of: &self.names[of],
                        })?;
                    }
                    self.slots[index] = Slot::Duplicate(of);
                }
                Done::Failed(index, failure, key) => {
                    if let Some(key) = key {
                        self.state.push_error(&key, &failure.error)?;
                    }
                    if let Some(stream) = self.stream.as_mut() {
                        stream.print(Event::Failed(&failure))?;
                    }
                    self.slots[index] = Slot::Failed(failure.error);
                }
            }
        }
    }
}

/// A screened file as the ranking sees it.
struct Screened {
    /// Index of the path it is reported under: the first of its copies.
    first: usize,
    span: Span,
    score: u32,
    must_share: f64,
    /// Paths of identical copies.
    copies: Vec<String>,
}

/// The collected results, grouped.
struct Outcome {
    screened: Vec<Screened>,
    /// Failed files, sorted by path.
    failed: Vec<FileFailure>,
    /// Of `failed`, how many are folders the walk could not read.
    failed_reading: usize,
    duplicates: usize,
}

impl Outcome {
    fn new(slots: Vec<Slot>, names: &[String], unreadable: Vec<(PathBuf, FileError)>) -> Outcome {
        let mut copies: Vec<Vec<usize>> = vec![Vec::new(); slots.len()];
        for (index, slot) in slots.iter().enumerate() {
            if let Slot::Duplicate(of) = slot {
                copies[*of].push(index);
            }
        }
        let mut screened = Vec::new();
        let mut failed = Vec::new();
        let mut duplicates = 0;
        for (index, slot) in slots.into_iter().enumerate() {
            let file = names[index].clone();
            match slot {
                Slot::Screened {
                    span,
                    score,
                    must_share,
                } => {
                    // Paths are sorted, so the smallest index is the first path.
                    let mut group = std::mem::take(&mut copies[index]);
                    group.push(index);
                    group.sort_unstable();
                    duplicates += group.len() - 1;
                    screened.push(Screened {
                        first: group[0],
                        span,
                        score,
                        must_share,
                        copies: group[1..].iter().map(|&i| names[i].clone()).collect(),
                    });
                }
                Slot::Failed(error) => failed.push(FileFailure { file, error }),
                Slot::Pending => failed.push(FileFailure {
                    file,
                    error: FileError::new(
                        ErrorCode::Crashed,
                        "not screened (the run stopped early)",
                    ),
                }),
                Slot::Duplicate(_) => {}
            }
        }
        let failed_reading = unreadable.len();
        failed.extend(unreadable.into_iter().map(|(p, error)| FileFailure {
            file: display_name(&p),
            error,
        }));
        failed.sort_by(|a, b| a.file.cmp(&b.file));
        Outcome {
            screened,
            failed,
            failed_reading,
            duplicates,
        }
    }

    /// Indexes into `screened`, best first, with their ranks.
    fn ranked(&self, names: &[String]) -> Vec<(usize, crate::report::Rank)> {
        let keys: Vec<RankKey<'_>> = self
            .screened
            .iter()
            .map(|s| RankKey {
                score: s.score,
                must_share: s.must_share,
                role: "",
                file: &names[s.first],
            })
            .collect();
        rank(&keys)
    }
}
